#include "credentialmatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "imagereference.h"

namespace PullScope {

namespace {

struct SchemelessUrl
{
    QString host; // with port
    QString path;
};

// url.Parse("https://" + s) reduced to what the keyring reads: the authority and the path.
SchemelessUrl parseSchemeless(const QString &s)
{
    SchemelessUrl u;
    QString rest = s;
    const int cut = int(rest.indexOf(QRegularExpression(QStringLiteral("[?#]"))));
    if (cut >= 0)
        rest = rest.left(cut);
    const int slash = int(rest.indexOf(QLatin1Char('/')));
    u.host = slash < 0 ? rest : rest.left(slash);
    u.path = slash < 0 ? QString() : rest.mid(slash);
    const int at = int(u.host.lastIndexOf(QLatin1Char('@')));
    if (at >= 0)
        u.host = u.host.mid(at + 1);
    return u;
}

// net.SplitHostPort, falling back to the whole authority without a port.
void splitHost(const QString &authority, QStringList *parts, QString *port)
{
    QString host = authority;
    port->clear();
    if (authority.startsWith(QLatin1Char('['))) {
        const int close = int(authority.indexOf(QLatin1Char(']')));
        if (close > 0 && authority.mid(close + 1).startsWith(QLatin1Char(':'))) {
            host = authority.mid(1, close - 1);
            *port = authority.mid(close + 2);
        }
    } else if (authority.count(QLatin1Char(':')) == 1) {
        const int colon = int(authority.indexOf(QLatin1Char(':')));
        host = authority.left(colon);
        *port = authority.mid(colon + 1);
    }
    *parts = host.split(QLatin1Char('.'));
}

bool classMatch(const QString &pattern, int *pi, QChar c, bool *ok)
{
    // pattern.at(*pi) == '['; Go: [^...] negates, ranges a-z, backslash escapes.
    int i = *pi + 1;
    bool negate = false;
    if (i < pattern.size() && pattern.at(i) == QLatin1Char('^')) {
        negate = true;
        ++i;
    }
    bool matched = false;
    bool first = true;
    while (i < pattern.size()) {
        if (pattern.at(i) == QLatin1Char(']') && !first)
            break;
        first = false;
        QChar lo = pattern.at(i);
        if (lo == QLatin1Char('\\') && i + 1 < pattern.size())
            lo = pattern.at(++i);
        QChar hi = lo;
        if (i + 2 < pattern.size() && pattern.at(i + 1) == QLatin1Char('-') && pattern.at(i + 2) != QLatin1Char(']')) {
            hi = pattern.at(i + 2);
            if (hi == QLatin1Char('\\') && i + 3 < pattern.size()) {
                hi = pattern.at(i + 3);
                ++i;
            }
            i += 2;
        }
        if (lo <= c && c <= hi)
            matched = true;
        ++i;
    }
    if (i >= pattern.size()) {
        *ok = false; // ErrBadPattern: the kubelet treats it as no match
        return false;
    }
    *pi = i + 1;
    return matched != negate;
}

bool globFrom(const QString &pattern, int pi, const QString &text, int ti, bool *ok)
{
    while (pi < pattern.size()) {
        const QChar p = pattern.at(pi);
        if (p == QLatin1Char('*')) {
            while (pi < pattern.size() && pattern.at(pi) == QLatin1Char('*'))
                ++pi;
            for (int k = ti; k <= text.size(); ++k) {
                if (globFrom(pattern, pi, text, k, ok))
                    return true;
                if (!*ok)
                    return false;
            }
            return false;
        }
        if (ti >= text.size())
            return false;
        if (p == QLatin1Char('?')) {
            ++pi;
            ++ti;
            continue;
        }
        if (p == QLatin1Char('[')) {
            int next = pi;
            if (!classMatch(pattern, &next, text.at(ti), ok))
                return false;
            pi = next;
            ++ti;
            continue;
        }
        QChar literal = p;
        if (p == QLatin1Char('\\') && pi + 1 < pattern.size())
            literal = pattern.at(++pi);
        if (literal != text.at(ti))
            return false;
        ++pi;
        ++ti;
    }
    return ti == text.size();
}

bool urlsMatch(const QString &glob, const QString &target)
{
    const SchemelessUrl g = parseSchemeless(glob);
    const SchemelessUrl t = parseSchemeless(target);
    QStringList gParts;
    QStringList tParts;
    QString gPort;
    QString tPort;
    splitHost(g.host, &gParts, &gPort);
    splitHost(t.host, &tParts, &tPort);
    if (gPort != tPort || gParts.size() != tParts.size() || !t.path.startsWith(g.path))
        return false;
    for (int i = 0; i < gParts.size(); ++i) {
        if (!CredentialMatcher::globMatch(gParts[i], tParts[i]))
            return false;
    }
    return true;
}

// keyring.go isDefaultRegistryMatch
bool isDefaultRegistryMatch(const QString &image)
{
    const int slash = int(image.indexOf(QLatin1Char('/')));
    const QString first = slash < 0 ? image : image.left(slash);
    if (first.isEmpty())
        return false;
    if (slash < 0)
        return true;
    if (first == QLatin1String("docker.io") || first == QLatin1String("index.docker.io"))
        return true;
    return !first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char(':'));
}

QString imageName(const QString &image)
{
    const ImageReference ref = ImageReference::parse(image);
    return ref.isValid() ? ref.name() : QString();
}

} // namespace

bool CredentialMatcher::globMatch(const QString &pattern, const QString &text)
{
    bool ok = true;
    const bool matched = globFrom(pattern, 0, text, 0, &ok);
    return ok && matched;
}

QString CredentialMatcher::keyringKey(const QString &configKey)
{
    QString value = configKey;
    if (!value.startsWith(QLatin1String("https://")) && !value.startsWith(QLatin1String("http://")))
        value = QStringLiteral("https://") + value;
    const SchemelessUrl u = parseSchemeless(value.mid(value.indexOf(QLatin1String("://")) + 3));
    QString path = u.path;
    if (path.startsWith(QLatin1String("/v2/")) || path.startsWith(QLatin1String("/v1/")))
        path = path.mid(3);
    if (!path.isEmpty() && path != QLatin1String("/"))
        return u.host + path;
    return u.host;
}

bool CredentialMatcher::matches(const QString &configKey, const QString &image)
{
    const QString name = imageName(image);
    if (name.isEmpty())
        return false;
    const QString key = keyringKey(configKey);
    if (urlsMatch(key, name))
        return true;
    return key == QLatin1String("index.docker.io") && isDefaultRegistryMatch(name);
}

QStringList CredentialMatcher::matchingKeys(const QStringList &configKeys, const QString &image)
{
    const QString name = imageName(image);
    QStringList out;
    if (name.isEmpty())
        return out;
    for (const QString &k : configKeys) {
        if (urlsMatch(keyringKey(k), name))
            out << k;
    }
    // The Docker Hub fallback applies only when nothing matched directly.
    if (out.isEmpty() && isDefaultRegistryMatch(name)) {
        for (const QString &k : configKeys) {
            if (keyringKey(k) == QLatin1String("index.docker.io"))
                out << k;
        }
    }
    return out;
}

QString CredentialMatcher::mismatchWarning(const QStringList &configKeys, const QString &image)
{
    const QString name = imageName(image);
    if (name.isEmpty() || !matchingKeys(configKeys, image).isEmpty())
        return {};
    return QCoreApplication::translate("Generate",
        "The kubelet would not use these credentials for %1: no registry key (%2) matches its host, port and "
        "path the way the kubelet compares them. Use the image's registry host as the server, e.g. %3.")
        .arg(image, configKeys.join(QStringLiteral(", ")), ImageReference::parse(image).registry);
}

} // namespace PullScope

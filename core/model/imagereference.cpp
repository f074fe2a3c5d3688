#include "imagereference.h"

#include <QCoreApplication>

#include <algorithm>

// A hand-written scanner for the grammar of github.com/distribution/reference
// (ParseNormalizedNamed, as vendored by the kubelet 1.25-1.32). Upstream reports
// every syntax failure as "invalid reference format"; the scanner names the broken
// part (domain, tag, digest) so the diagnosis can say what to fix.

namespace PullScope {

namespace {

const QLatin1String DefaultDomain("docker.io");
const QLatin1String LegacyDefaultDomain("index.docker.io");
const QLatin1String OfficialRepoPrefix("library/");
const QLatin1String Localhost("localhost");
const QLatin1String DefaultTag("latest");
// distribution/reference before v0.6 counts the whole name, domain included.
constexpr qsizetype NameTotalLengthMax = 255;
constexpr qsizetype TagLengthMax = 128;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
bool isLowerAlnum(QChar c)
{
    return (c.unicode() >= u'a' && c.unicode() <= u'z') || isDigit(c);
}
bool isAlnum(QChar c)
{
    return isLowerAlnum(c) || (c.unicode() >= u'A' && c.unicode() <= u'Z');
}
bool isWord(QChar c)
{
    return isAlnum(c) || c == u'_';
}
bool isLowerHex(QChar c)
{
    return isDigit(c) || (c.unicode() >= u'a' && c.unicode() <= u'f');
}
bool isHex(QChar c)
{
    return isLowerHex(c) || (c.unicode() >= u'A' && c.unicode() <= u'F');
}

template<typename Pred> bool allOf(QStringView s, Pred pred)
{
    return std::all_of(s.begin(), s.end(), pred);
}

// [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
bool isDomainComponent(QStringView s)
{
    return !s.isEmpty() && isAlnum(s.front()) && isAlnum(s.back())
        && allOf(s, [](QChar c) { return isAlnum(c) || c == u'-'; });
}

// host [':' port], host = domain-name | '[' ipv6 ']'; the port is digits, unbounded, as upstream.
bool isDomainAndPort(QStringView s)
{
    QStringView rest;
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        const QStringView inside = close > 1 ? s.mid(1, close - 1) : QStringView();
        if (inside.isEmpty() || !allOf(inside, [](QChar c) { return isHex(c) || c == u':'; }))
            return false;
        rest = s.mid(close + 1);
    } else {
        const qsizetype colon = s.indexOf(u':');
        const QStringView host = colon < 0 ? s : s.left(colon);
        const auto parts = host.split(u'.');
        if (!std::all_of(parts.begin(), parts.end(), isDomainComponent))
            return false;
        rest = colon < 0 ? QStringView() : s.mid(colon);
    }
    if (rest.isEmpty())
        return true;
    const QStringView port = rest.mid(1);
    return rest.front() == u':' && !port.isEmpty() && allOf(port, isDigit);
}

// [a-z0-9]+ joined by exactly ".", "_", "__" or a run of '-'.
bool isPathComponent(QStringView s)
{
    qsizetype i = 0;
    for (;;) {
        const qsizetype runStart = i;
        while (i < s.size() && isLowerAlnum(s[i]))
            ++i;
        if (i == runStart)
            return false;
        if (i == s.size())
            return true;
        const qsizetype sepStart = i;
        while (i < s.size() && !isLowerAlnum(s[i]))
            ++i;
        const QStringView sep = s.mid(sepStart, i - sepStart);
        if (sep != QLatin1String(".") && sep != QLatin1String("_") && sep != QLatin1String("__")
            && !allOf(sep, [](QChar c) { return c == u'-'; }))
            return false;
    }
}

bool isPath(QStringView s)
{
    const auto parts = s.split(u'/');
    return std::all_of(parts.begin(), parts.end(), isPathComponent);
}

// [\w][\w.-]{0,127}
bool isTag(QStringView s)
{
    return !s.isEmpty() && s.size() <= TagLengthMax && isWord(s.front())
        && allOf(s, [](QChar c) { return isWord(c) || c == u'.' || c == u'-'; });
}

// The reference grammar's digest: [A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)* ':' [0-9a-fA-F]{32,}
bool isDigestSyntax(QStringView s)
{
    const qsizetype colon = s.indexOf(u':');
    if (colon < 0 || s.size() - colon - 1 < 32 || !allOf(s.mid(colon + 1), isHex))
        return false;
    bool atComponentStart = true;
    for (QChar c : s.left(colon)) {
        if (atComponentStart) {
            if (!isAlnum(c) || isDigit(c))
                return false;
            atComponentStart = false;
        } else if (c == u'-' || c == u'_' || c == u'+' || c == u'.') {
            atComponentStart = true;
        } else if (!isAlnum(c)) {
            return false;
        }
    }
    return !atComponentStart;
}

// go-digest's Validate with the algorithms the kubelet links in.
bool isSupportedDigest(QStringView s)
{
    const qsizetype colon = s.indexOf(u':');
    const QStringView algorithm = s.left(colon);
    const QStringView hex = s.mid(colon + 1);
    const qsizetype length = algorithm == QLatin1String("sha256") ? 64
        : algorithm == QLatin1String("sha384")                    ? 96
        : algorithm == QLatin1String("sha512")                    ? 128
                                                                  : 0;
    return length > 0 && hex.size() == length && allOf(hex, isLowerHex);
}

struct Parts
{
    QString domain;
    QString path;
    QString tag;
    QString digest;
};

// The anchored ReferenceRegexp on `s`: [domain '/'] path [':' tag] ['@' digest].
// A domain can only be the first component, so trying it first is what the
// regexp's greedy optional group does.
ImageReference::Error scan(const QString &s, Parts &out)
{
    using Error = ImageReference::Error;
    const QStringView view(s);
    const qsizetype slash = s.indexOf(u'/');
    qsizetype pathStart = 0;
    if (slash > 0 && isDomainAndPort(view.left(slash))) {
        out.domain = s.left(slash);
        pathStart = slash + 1;
    }
    qsizetype i = pathStart;
    while (i < s.size() && s[i] != u':' && s[i] != u'@')
        ++i;
    out.path = s.mid(pathStart, i - pathStart);
    if (!isPath(out.path))
        return Error::InvalidFormat;
    if (i < s.size() && s[i] == u':') {
        qsizetype tagEnd = s.indexOf(u'@', i + 1);
        if (tagEnd < 0)
            tagEnd = s.size();
        out.tag = s.mid(i + 1, tagEnd - i - 1);
        if (out.tag.isEmpty())
            return Error::InvalidFormat;
        if (!isTag(out.tag))
            return Error::InvalidTag;
        i = tagEnd;
    }
    if (i < s.size()) { // s[i] is '@'
        out.digest = s.mid(i + 1);
        if (out.digest.isEmpty())
            return Error::InvalidFormat;
        if (!isDigestSyntax(out.digest))
            return Error::InvalidDigest;
    }
    return Error::None;
}

bool isIdentifier(const QString &s)
{
    return s.size() == 64 && allOf(s, isLowerHex);
}

QString joinName(const QString &domain, const QString &path)
{
    return domain.isEmpty() ? path : domain + u'/' + path;
}

} // namespace

ImageReference ImageReference::parse(const QString &text)
{
    ImageReference ref;
    ref.original = text;
    auto fail = [&ref](Error e) {
        ref.error = e;
        return ref;
    };
    if (text.isEmpty())
        return fail(Error::Empty);
    // A bare image id would otherwise read as a repository name.
    if (isIdentifier(text))
        return fail(Error::InvalidFormat);

    // splitDockerDomain
    QString domain = DefaultDomain;
    QString remainder = text;
    bool domainWritten = false;
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0) {
        const QString first = text.left(slash);
        if (first == Localhost || first == LegacyDefaultDomain || first.contains(u'.') || first.contains(u':')
            || first.toLower() != first) {
            domain = first == LegacyDefaultDomain ? QString(DefaultDomain) : first;
            remainder = text.mid(slash + 1);
            domainWritten = first != LegacyDefaultDomain;
        }
    }
    if (domain == DefaultDomain && !remainder.contains(u'/'))
        remainder.prepend(OfficialRepoPrefix);

    // Upstream checks everything up to the first ':' of the remainder, which also
    // catches an upper-case digest algorithm ("nginx@SHA256:...").
    const QString remote = remainder.left(remainder.indexOf(u':'));
    if (remote.toLower() != remote)
        return fail(Error::Uppercase);

    const QString full = domain + u'/' + remainder;
    Parts parts;
    Error e = scan(full, parts);
    if (e != Error::None) {
        Parts lowered;
        if (scan(full.toLower(), lowered) == Error::None)
            return fail(Error::Uppercase);
        // The writer meant a registry there, and it is what broke the parse.
        if (domainWritten && !isDomainAndPort(domain))
            e = Error::InvalidDomain;
        return fail(e);
    }
    if (joinName(parts.domain, parts.path).size() > NameTotalLengthMax)
        return fail(Error::NameTooLong);
    if (!parts.digest.isEmpty() && !isSupportedDigest(parts.digest))
        return fail(Error::InvalidDigest);

    // An empty domain is upstream's too: `foo_bar.com/x` is no host but a valid path.
    ref.registry = parts.domain;
    ref.repository = parts.path;
    ref.tag = parts.tag;
    ref.digest = parts.digest;
    return ref;
}

QString ImageReference::effectiveTag() const
{
    if (!isValid())
        return {};
    if (!tag.isEmpty())
        return tag;
    return digest.isEmpty() ? QString(DefaultTag) : QString();
}

QString ImageReference::name() const
{
    return isValid() ? joinName(registry, repository) : QString();
}

namespace {
QString withSuffixes(const QString &name, const QString &tag, const QString &digest)
{
    QString out = name;
    if (!tag.isEmpty())
        out += u':' + tag;
    if (!digest.isEmpty())
        out += u'@' + digest;
    return out;
}
} // namespace

QString ImageReference::normalized() const
{
    if (!isValid())
        return original;
    return withSuffixes(name(), effectiveTag(), digest);
}

QString ImageReference::familiar() const
{
    if (!isValid())
        return original;
    QString shortName = name();
    if (registry == DefaultDomain) {
        shortName = repository;
        // Only one level below library/ is an official image.
        const QString official = repository.mid(OfficialRepoPrefix.size());
        if (repository.startsWith(OfficialRepoPrefix) && !official.contains(u'/'))
            shortName = official;
    }
    return withSuffixes(shortName, effectiveTag(), digest);
}

QString ImageReference::errorText() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("ImageReference", "The image name is empty.");
    case Error::InvalidFormat:
        return QCoreApplication::translate("ImageReference",
            "Invalid reference format: the image name does not match "
            "[registry/]repository[:tag][@digest].");
    case Error::Uppercase:
        return QCoreApplication::translate("ImageReference", "The repository name must be lowercase.");
    case Error::NameTooLong:
        return QCoreApplication::translate(
            "ImageReference", "The repository name must not be more than 255 characters.");
    case Error::InvalidTag:
        return QCoreApplication::translate("ImageReference",
            "Invalid tag: a tag starts with a letter, digit or underscore and has at most "
            "128 letters, digits, underscores, periods and dashes.");
    case Error::InvalidDigest:
        return QCoreApplication::translate("ImageReference",
            "Invalid digest: expected algorithm:hex, such as sha256: followed by 64 "
            "lowercase hexadecimal digits.");
    case Error::InvalidDomain:
        return QCoreApplication::translate("ImageReference", "Invalid registry host or port.");
    }
    return {};
}

QString ImageReference::errorId(Error e)
{
    switch (e) {
    case Error::None:
        return {};
    case Error::Empty:
        return QStringLiteral("empty");
    case Error::InvalidFormat:
        return QStringLiteral("invalid-format");
    case Error::Uppercase:
        return QStringLiteral("uppercase");
    case Error::NameTooLong:
        return QStringLiteral("name-too-long");
    case Error::InvalidTag:
        return QStringLiteral("invalid-tag");
    case Error::InvalidDigest:
        return QStringLiteral("invalid-digest");
    case Error::InvalidDomain:
        return QStringLiteral("invalid-domain");
    }
    return {};
}

QString ImageReference::applyDefaultTag(const QString &spec)
{
    const ImageReference ref = parse(spec);
    if (ref.isValid() && ref.tag.isEmpty() && ref.digest.isEmpty())
        return spec + QLatin1String(":latest");
    return spec;
}

} // namespace PullScope

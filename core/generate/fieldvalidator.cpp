#include "fieldvalidator.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace PullScope {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

int firstControl(const QString &value)
{
    for (int i = 0; i < value.size(); ++i) {
        if (isControl(value.at(i).unicode()))
            return i;
    }
    return -1;
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

// Characters allowed in a URL component besides unreserved ones; '%' must start a
// valid percent escape. Anything else (quotes, spaces, backslashes, non-ASCII) is refused.
bool validUrlPart(const QString &s, const QString &extra)
{
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (isAsciiAlnum(c) || QStringLiteral("-._~").contains(c) || extra.contains(c))
            continue;
        if (c == QLatin1Char('%') && i + 2 < s.size() && isHex(s.at(i + 1)) && isHex(s.at(i + 2))) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

// DNS-1123: lower-case alphanumerics and '-', starting and ending alphanumeric.
bool isDns1123Label(const QString &s, int maxLength)
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    for (int i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        const bool alnum = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
        if (!alnum && !(u == '-' && i > 0 && i < s.size() - 1))
            return false;
    }
    return true;
}

bool isHostForm(const QString &host, bool allowGlob)
{
    if (host.startsWith(QLatin1Char('[')))
        return host.endsWith(QLatin1Char(']')) && FieldValidator::isIPv6(host.mid(1, host.size() - 2));
    return FieldValidator::isIPv4(host) || FieldValidator::isDnsName(host, allowGlob);
}

} // namespace

QString FieldValidator::displayValue(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == '\n')
            out += QStringLiteral("\\n");
        else if (u == '\r')
            out += QStringLiteral("\\r");
        else if (u == '\t')
            out += QStringLiteral("\\t");
        else if (isControl(u))
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
        if (out.size() > 80) {
            out = out.left(80) + QChar(0x2026);
            break;
        }
    }
    return out;
}

QString FieldValidator::noControlCharacters(const QString &field, const QString &value)
{
    const int at = firstControl(value);
    if (at < 0)
        return {};
    return QCoreApplication::translate("Generate",
        "%1 contains a control character (such as a line break) at position %2; only a password may contain one.")
        .arg(field)
        .arg(at + 1);
}

QString FieldValidator::required(const QString &field, const QString &value)
{
    const QString control = noControlCharacters(field, value);
    if (!control.isEmpty())
        return control;
    if (value.isEmpty())
        return QCoreApplication::translate("Generate", "%1 is required and must not be empty.").arg(field);
    return {};
}

QString FieldValidator::kubernetesName(const QString &field, const QString &value)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    bool ok = value.size() <= 253;
    if (ok) {
        const QStringList labels = value.split(QLatin1Char('.'));
        for (const QString &label : labels)
            ok = ok && isDns1123Label(label, 253);
    }
    if (ok)
        return {};
    return QCoreApplication::translate("Generate",
        "%1: '%2' is not a valid Kubernetes name: use at most 253 lower-case letters, digits, '-' and '.', "
        "starting and ending with a letter or digit.")
        .arg(field, displayValue(value));
}

QString FieldValidator::kubernetesLabel(const QString &field, const QString &value)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    if (isDns1123Label(value, 63))
        return {};
    return QCoreApplication::translate("Generate",
        "%1: '%2' is not a valid Kubernetes namespace: use at most 63 lower-case letters, digits and '-', "
        "starting and ending with a letter or digit.")
        .arg(field, displayValue(value));
}

bool FieldValidator::isDnsName(const QString &value, bool allowGlobLabels)
{
    if (value.isEmpty() || value.size() > 253)
        return false;
    const QStringList labels = value.split(QLatin1Char('.'));
    bool allNumeric = true;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (int i = 0; i < label.size(); ++i) {
            const QChar c = label.at(i);
            if (isAsciiAlnum(c))
                continue;
            if (allowGlobLabels && c == QLatin1Char('*'))
                continue;
            if (c == QLatin1Char('-') && i > 0 && i < label.size() - 1)
                continue;
            return false;
        }
        allNumeric = allNumeric && allDigits(label);
    }
    // "999.1.1.1" reads as a broken address, not a name.
    return !allNumeric;
}

bool FieldValidator::isIPv4(const QString &value)
{
    const QStringList parts = value.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        if (!allDigits(p) || p.size() > 3 || (p.size() > 1 && p.startsWith(QLatin1Char('0'))) || p.toInt() > 255)
            return false;
    }
    return true;
}

bool FieldValidator::isIPv6(const QString &value)
{
    if (!value.contains(QLatin1Char(':')) || value.contains(QLatin1Char('%')))
        return false;
    for (const QChar c : value) {
        if (!isHex(c) && c != QLatin1Char(':') && c != QLatin1Char('.'))
            return false;
    }
    QHostAddress address;
    return address.setAddress(value) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool FieldValidator::isPort(const QString &value)
{
    return allDigits(value) && value.size() <= 5 && value.toInt() >= 1 && value.toInt() <= 65535;
}

bool FieldValidator::splitHostPort(const QString &value, QString *host, QString *port)
{
    QString h;
    QString p;
    if (value.startsWith(QLatin1Char('['))) {
        const int close = value.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        h = value.left(close + 1);
        const QString rest = value.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            p = rest.mid(1);
            if (!isPort(p))
                return false;
        }
    } else {
        const int colons = int(value.count(QLatin1Char(':')));
        if (colons > 1)
            return false;
        if (colons == 1) {
            const int at = int(value.indexOf(QLatin1Char(':')));
            h = value.left(at);
            p = value.mid(at + 1);
            if (!isPort(p))
                return false;
        } else {
            h = value;
        }
    }
    if (h.isEmpty())
        return false;
    if (host)
        *host = h;
    if (port)
        *port = p;
    return true;
}

QString FieldValidator::registryHost(const QString &field, const QString &value)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    QString host;
    if (splitHostPort(value, &host, nullptr) && isHostForm(host, false))
        return {};
    return QCoreApplication::translate("Generate",
        "%1: '%2' is not a valid registry host: write host or host:port (an IPv6 address in brackets, "
        "e.g. [fd00::1]:5000), without a scheme or path.")
        .arg(field, displayValue(value));
}

QString FieldValidator::registryServer(const QString &field, const QString &value)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    QString rest = value;
    if (rest.startsWith(QLatin1String("https://")))
        rest = rest.mid(8);
    else if (rest.startsWith(QLatin1String("http://")))
        rest = rest.mid(7);
    const int slash = int(rest.indexOf(QLatin1Char('/')));
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash);
    QString host;
    bool ok = splitHostPort(authority, &host, nullptr) && isHostForm(host, true);
    for (const QChar c : path)
        ok = ok && (isAsciiAlnum(c) || QStringLiteral("-._/").contains(c));
    if (ok)
        return {};
    return QCoreApplication::translate("Generate",
        "%1: '%2' is not a valid registry server: write host[:port][/path], optionally after https:// "
        "(e.g. https://index.docker.io/v1/ or harbor.example.com/project).")
        .arg(field, displayValue(value));
}

QString FieldValidator::url(const QString &field, const QString &value, int options)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    QString rest;
    QString shown = value;
    if (value.startsWith(QLatin1String("http://")))
        rest = value.mid(7);
    else if (value.startsWith(QLatin1String("https://")))
        rest = value.mid(8);
    else
        return QCoreApplication::translate(
            "Generate", "%1: '%2' is not a valid URL: it must start with http:// or https://.")
            .arg(field, displayValue(value));
    const int slash = int(rest.indexOf(QLatin1Char('/')));
    QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash);
    const int at = int(authority.lastIndexOf(QLatin1Char('@')));
    if (at >= 0) {
        // Never echo a password, not even in an error message.
        shown = value.left(value.size() - rest.size()) + QStringLiteral("***@") + rest.mid(at + 1);
        if (!(options & AllowCredentials))
            return QCoreApplication::translate(
                "Generate", "%1: '%2': a user name or password is not allowed in this URL.")
                .arg(field, displayValue(shown));
        const QString userInfo = authority.left(at);
        if (userInfo.isEmpty() || !validUrlPart(userInfo, QStringLiteral("!$&'()*+,;=:")))
            return QCoreApplication::translate("Generate",
                "%1: '%2' is not a valid URL: percent-encode special characters in the user name and password "
                "(e.g. @ as %40).")
                .arg(field, displayValue(shown));
        authority = authority.mid(at + 1);
    }
    if (rest.contains(QLatin1Char('?')) || rest.contains(QLatin1Char('#')))
        return QCoreApplication::translate(
            "Generate", "%1: '%2' is not a valid URL here: remove the query or fragment.")
            .arg(field, displayValue(shown));
    QString host;
    if (!splitHostPort(authority, &host, nullptr) || !isHostForm(host, false))
        return QCoreApplication::translate("Generate",
            "%1: '%2' is not a valid URL: the host must be a DNS name, an IPv4 address or an IPv6 address in "
            "brackets, with an optional port 1-65535.")
            .arg(field, displayValue(shown));
    if (!path.isEmpty() && path != QLatin1String("/")) {
        if (!(options & AllowPath))
            return QCoreApplication::translate("Generate", "%1: '%2': this URL takes no path.")
                .arg(field, displayValue(shown));
        if (!validUrlPart(path, QStringLiteral("/!$&'()*+,;=:@")))
            return QCoreApplication::translate(
                "Generate", "%1: '%2' is not a valid URL: the path has characters that must be percent-encoded.")
                .arg(field, displayValue(shown));
    }
    return {};
}

QString FieldValidator::cidr(const QString &field, const QString &value)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    const QStringList parts = value.split(QLatin1Char('/'));
    bool ok = parts.size() == 2 && allDigits(parts[1]) && parts[1].size() <= 3
        && !(parts[1].size() > 1 && parts[1].startsWith(QLatin1Char('0')));
    if (ok) {
        const int prefix = parts[1].toInt();
        if (isIPv4(parts[0]))
            ok = prefix <= 32;
        else if (isIPv6(parts[0]))
            ok = prefix <= 128;
        else
            ok = false;
    }
    if (ok)
        return {};
    return QCoreApplication::translate("Generate",
        "%1: '%2' is not a valid CIDR: write an address and a prefix length, e.g. 10.244.0.0/16 or fd00::/108.")
        .arg(field, displayValue(value));
}

QString FieldValidator::domain(const QString &field, const QString &value)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    if (isDnsName(value, false))
        return {};
    return QCoreApplication::translate("Generate",
        "%1: '%2' is not a valid domain: use letters, digits and '-' in dot-separated labels, e.g. cluster.local.")
        .arg(field, displayValue(value));
}

QString FieldValidator::noProxyItem(const QString &field, const QString &value)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    bool ok = false;
    if (value == QLatin1String("*")) {
        ok = true;
    } else if (value.contains(QLatin1Char('/'))) {
        ok = cidr(field, value).isEmpty();
    } else if (isIPv6(value)) {
        ok = true;
    } else {
        QString rest = value;
        if (rest.startsWith(QLatin1String("*.")))
            rest = rest.mid(2);
        else if (rest.startsWith(QLatin1Char('.')))
            rest = rest.mid(1);
        QString host;
        ok = splitHostPort(rest, &host, nullptr)
            && (isHostForm(host, false) || (host.size() == value.size() && host == QLatin1String("localhost")));
        // A leading dot or "*." only makes sense before a name.
        if (ok && rest.size() != value.size())
            ok = isDnsName(host, false);
    }
    if (ok)
        return {};
    return QCoreApplication::translate("Generate",
        "%1: '%2' is not a valid NO_PROXY entry: use a host name (optionally with a leading '.'), an IP address, "
        "a CIDR, or *, each host optionally with :port.")
        .arg(field, displayValue(value));
}

QString FieldValidator::systemdServiceName(const QString &field, const QString &value)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    bool ok = value.size() <= 248 && !value.startsWith(QLatin1Char('.')) && !value.startsWith(QLatin1Char('-'));
    for (const QChar c : value)
        ok = ok && (isAsciiAlnum(c) || QStringLiteral(":_.-@").contains(c));
    if (ok)
        return {};
    return QCoreApplication::translate("Generate",
        "%1: '%2' is not a valid systemd service name: use letters, digits and ':', '_', '.', '-', '@', "
        "without the .service suffix.")
        .arg(field, displayValue(value));
}

QString FieldValidator::email(const QString &field, const QString &value)
{
    return noControlCharacters(field, value);
}

QString FieldValidator::registryUsername(const QString &field, const QString &value)
{
    QString problem = required(field, value);
    if (!problem.isEmpty())
        return problem;
    if (!value.contains(QLatin1Char(':')))
        return {};
    return QCoreApplication::translate("Generate",
        "%1 must not contain ':': the registry reads the credentials as user:password and would cut the name there.")
        .arg(field);
}

} // namespace PullScope

#include "probe/proxyselector.h"

#include <QHostAddress>
#include <QStringList>

namespace PullScope {

namespace {
QString firstOf(const QProcessEnvironment &env, const char *upper, const char *lower)
{
    const QString u = env.value(QString::fromLatin1(upper));
    return !u.isEmpty() ? u : env.value(QString::fromLatin1(lower));
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

// "host:port", "[v6]:port", "host" -> host and port (-1 when none).
void splitHostPort(QString entry, QString *host, int *port)
{
    *port = -1;
    if (entry.startsWith(QLatin1Char('['))) {
        const int close = entry.indexOf(QLatin1Char(']'));
        if (close > 0) {
            *host = entry.mid(1, close - 1);
            if (entry.mid(close + 1).startsWith(QLatin1Char(':')))
                *port = entry.mid(close + 2).toInt();
            return;
        }
    }
    const int colon = entry.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && entry.indexOf(QLatin1Char(':')) == colon) {
        bool ok = false;
        const int p = entry.mid(colon + 1).toInt(&ok);
        if (ok) {
            *port = p;
            entry.truncate(colon);
        }
    }
    *host = entry;
}
} // namespace

ProxySelector::ProxySelector(const QProcessEnvironment &env)
    : m_httpProxy(firstOf(env, "HTTP_PROXY", "http_proxy"))
    , m_httpsProxy(firstOf(env, "HTTPS_PROXY", "https_proxy"))
    , m_noProxy(firstOf(env, "NO_PROXY", "no_proxy"))
{
}

ProxySelector ProxySelector::explicitProxy(const QString &proxyUrl, const QString &noProxy)
{
    ProxySelector s {QProcessEnvironment()};
    s.m_httpProxy = proxyUrl;
    s.m_httpsProxy = proxyUrl;
    s.m_noProxy = noProxy;
    return s;
}

QUrl ProxySelector::parseProxyUrl(const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    QString v = value.trimmed();
    if (!v.contains(QLatin1String("://")))
        v.prepend(QLatin1String("http://"));
    return QUrl(v);
}

bool ProxySelector::bypassed(const QString &rawHost, int port) const
{
    const QString host = rawHost.toLower();
    if (isLoopback(host))
        return true;
    const QHostAddress ip(host);
    const QStringList entries = m_noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (!ip.isNull() && subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol
                && ip.isInSubnet(subnet))
                return true;
            continue;
        }
        QString entryHost;
        int entryPort = -1;
        splitHostPort(entry, &entryHost, &entryPort);
        if (entryPort > 0 && entryPort != port)
            continue;
        const QHostAddress entryIp(entryHost);
        if (!entryIp.isNull()) {
            if (!ip.isNull() && ip.isEqual(entryIp))
                return true;
            continue;
        }
        if (!ip.isNull())
            continue;
        if (entryHost.startsWith(QLatin1String("*.")))
            entryHost.remove(0, 1);
        if (entryHost.startsWith(QLatin1Char('.'))) {
            if (host.endsWith(entryHost))
                return true;
        } else if (host == entryHost || host.endsWith(QLatin1Char('.') + entryHost)) {
            return true;
        }
    }
    return false;
}

QUrl ProxySelector::proxyFor(const QUrl &target) const
{
    const bool https = target.scheme() == QLatin1String("https");
    const QString value = https ? m_httpsProxy : m_httpProxy;
    if (value.isEmpty())
        return {};
    if (bypassed(target.host(), target.port(https ? 443 : 80)))
        return {};
    return parseProxyUrl(value);
}

} // namespace PullScope

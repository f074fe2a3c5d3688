#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace PullScope {

// The proxy a Go program (containerd, CRI-O, dockerd) uses for a URL:
// http.ProxyFromEnvironment, i.e. golang.org/x/net/http/httpproxy. HTTPS_PROXY for https
// URLs, HTTP_PROXY for http ones (upper case read first, then lower case); NO_PROXY entries
// are "*", an IP, a CIDR, a domain (itself and its subdomains), ".domain" (subdomains
// only; "*.domain" is read the same), each optionally with ":port". localhost and loopback
// addresses are never proxied.
class ProxySelector
{
public:
    // From variables (the process environment or a node's drop-in).
    explicit ProxySelector(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // One proxy for every scheme (--proxy), still subject to the loopback rule and NO_PROXY
    // when noProxy is given.
    static ProxySelector explicitProxy(const QString &proxyUrl, const QString &noProxy = {});

    // The proxy URL for target, or an empty URL for a direct connection.
    QUrl proxyFor(const QUrl &target) const;
    // True when NO_PROXY (or the loopback rule) exempts host:port.
    bool bypassed(const QString &host, int port) const;

    // A proxy value as Go reads it: a missing scheme means http://.
    static QUrl parseProxyUrl(const QString &value);

private:
    QString m_httpProxy;
    QString m_httpsProxy;
    QString m_noProxy;
};

} // namespace PullScope

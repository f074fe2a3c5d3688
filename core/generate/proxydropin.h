#pragma once

#include <QString>
#include <QStringList>

#include <functional>

#include "generatedfile.h"

namespace PullScope {

struct ProxyOptions
{
    QString service; // containerd, docker, kubelet, crio (any systemd service name, no .service)
    QString httpProxy; // http(s)://[user:pass@]host[:port]
    QString httpsProxy; // empty: the HTTP proxy is used for HTTPS too
    QStringList noProxy; // extra NO_PROXY entries
    QStringList podCidrs;
    QStringList serviceCidrs; // empty: kubeadm's default 10.96.0.0/12, with a warning
    QStringList nodeCidrs;
    QString clusterDomain; // empty: cluster.local
    QString apiServer; // host, host:port or URL of the API server
    QStringList mirrors; // registry mirrors (hosts or URLs) reached without the proxy
};

// The systemd drop-in etc/systemd/system/SERVICE.service.d/http-proxy.conf that gives a
// container runtime (or the kubelet) HTTP_PROXY/HTTPS_PROXY/NO_PROXY in both cases, as Go's
// http.ProxyFromEnvironment reads them (upstream-facts section 6).
class ProxyDropIn
{
public:
    using FieldLabel = std::function<QString(const QString &fieldId)>;

    // Field ids: service, http-proxy, https-proxy, no-proxy, pod-cidr, service-cidr, node-cidr,
    // cluster-domain, api-server, mirror. Default labels are "--id".
    static QString validate(const ProxyOptions &options, const FieldLabel &label = {});
    // NO_PROXY in order: localhost, 127.0.0.1, ::1, pod, service and node ranges, .svc,
    // .CLUSTER-DOMAIN, the API server, the mirrors, the extra entries; duplicates dropped.
    static QStringList noProxyList(const ProxyOptions &options);
    // The variables the drop-in sets, in file order (name, value).
    static QList<QPair<QString, QString>> environment(const ProxyOptions &options);
    // Assumes validate() passed.
    static GeneratedSet generate(const ProxyOptions &options);
    static QString dropInPath(const QString &service);

    // One Environment= line whose value systemd reads back as exactly "NAME=value":
    // double-quoted, '\\' and '"' escaped, '%' doubled (specifiers are expanded first).
    static QString environmentLine(const QString &name, const QString &value);
    // The host part of a mirror or API server given as host, host:port or URL.
    static QString hostOf(const QString &hostOrUrl);
};

} // namespace PullScope

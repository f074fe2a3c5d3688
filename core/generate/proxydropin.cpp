#include "proxydropin.h"

#include <QCoreApplication>

#include "fieldvalidator.h"

namespace PullScope {

namespace {

QString defaultLabel(const QString &id)
{
    return QStringLiteral("--") + id;
}

bool hasCredentials(const QString &url)
{
    const int scheme = int(url.indexOf(QLatin1String("://")));
    const QString rest = scheme < 0 ? url : url.mid(scheme + 3);
    return rest.section(QLatin1Char('/'), 0, 0).contains(QLatin1Char('@'));
}

QString hostOrUrlProblem(const QString &label, const QString &value)
{
    if (value.contains(QLatin1String("://")))
        return FieldValidator::url(label, value, FieldValidator::AllowPath);
    return FieldValidator::registryHost(label, value);
}

QString clusterDomainOf(const ProxyOptions &o)
{
    return o.clusterDomain.isEmpty() ? QStringLiteral("cluster.local") : o.clusterDomain;
}

QStringList serviceCidrsOf(const ProxyOptions &o)
{
    return o.serviceCidrs.isEmpty() ? QStringList {QStringLiteral("10.96.0.0/12")} : o.serviceCidrs;
}

} // namespace

QString ProxyDropIn::hostOf(const QString &hostOrUrl)
{
    QString rest = hostOrUrl;
    const int scheme = int(rest.indexOf(QLatin1String("://")));
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    rest = rest.section(QLatin1Char('/'), 0, 0);
    rest = rest.mid(rest.lastIndexOf(QLatin1Char('@')) + 1);
    QString host;
    if (!FieldValidator::splitHostPort(rest, &host, nullptr))
        return rest;
    // NO_PROXY takes IPv6 addresses bare; a name without port matches every port.
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    return host;
}

QString ProxyDropIn::dropInPath(const QString &service)
{
    return QStringLiteral("etc/systemd/system/") + service + QStringLiteral(".service.d/http-proxy.conf");
}

QString ProxyDropIn::validate(const ProxyOptions &o, const FieldLabel &labelFn)
{
    const FieldLabel label = labelFn ? labelFn : FieldLabel(defaultLabel);
    QString p = FieldValidator::systemdServiceName(label(QStringLiteral("service")), o.service);
    if (p.isEmpty())
        p = FieldValidator::url(label(QStringLiteral("http-proxy")), o.httpProxy, FieldValidator::AllowCredentials);
    if (p.isEmpty() && !o.httpsProxy.isEmpty())
        p = FieldValidator::url(label(QStringLiteral("https-proxy")), o.httpsProxy, FieldValidator::AllowCredentials);
    for (const QString &item : o.noProxy) {
        if (p.isEmpty())
            p = FieldValidator::noProxyItem(label(QStringLiteral("no-proxy")), item);
    }
    const std::pair<const char *, const QStringList *> cidrs[]
        = {{"pod-cidr", &o.podCidrs}, {"service-cidr", &o.serviceCidrs}, {"node-cidr", &o.nodeCidrs}};
    for (const auto &c : cidrs) {
        for (const QString &v : *c.second) {
            if (p.isEmpty())
                p = FieldValidator::cidr(label(QString::fromLatin1(c.first)), v);
        }
    }
    if (p.isEmpty() && !o.clusterDomain.isEmpty())
        p = FieldValidator::domain(label(QStringLiteral("cluster-domain")), o.clusterDomain);
    if (p.isEmpty() && !o.apiServer.isEmpty())
        p = hostOrUrlProblem(label(QStringLiteral("api-server")), o.apiServer);
    for (const QString &m : o.mirrors) {
        if (p.isEmpty())
            p = hostOrUrlProblem(label(QStringLiteral("mirror")), m);
    }
    return p;
}

QStringList ProxyDropIn::noProxyList(const ProxyOptions &o)
{
    QStringList out {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    out << o.podCidrs << serviceCidrsOf(o) << o.nodeCidrs;
    out << QStringLiteral(".svc") << QLatin1Char('.') + clusterDomainOf(o);
    if (!o.apiServer.isEmpty())
        out << hostOf(o.apiServer);
    for (const QString &m : o.mirrors)
        out << hostOf(m);
    out << o.noProxy;
    out.removeDuplicates();
    return out;
}

QList<QPair<QString, QString>> ProxyDropIn::environment(const ProxyOptions &o)
{
    const QString https = o.httpsProxy.isEmpty() ? o.httpProxy : o.httpsProxy;
    const QString noProxy = noProxyList(o).join(QLatin1Char(','));
    return {
        {QStringLiteral("HTTP_PROXY"), o.httpProxy},
        {QStringLiteral("http_proxy"), o.httpProxy},
        {QStringLiteral("HTTPS_PROXY"), https},
        {QStringLiteral("https_proxy"), https},
        {QStringLiteral("NO_PROXY"), noProxy},
        {QStringLiteral("no_proxy"), noProxy},
    };
}

QString ProxyDropIn::environmentLine(const QString &name, const QString &value)
{
    QString quoted;
    const QString assignment = name + QLatin1Char('=') + value;
    for (const QChar c : assignment) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            quoted += QLatin1Char('\\');
        else if (c == QLatin1Char('%'))
            quoted += QLatin1Char('%');
        quoted += c;
    }
    return QStringLiteral("Environment=\"") + quoted + QLatin1Char('"');
}

GeneratedSet ProxyDropIn::generate(const ProxyOptions &o)
{
    GeneratedSet set;
    QString text = QStringLiteral("# Written by PullScope: proxy settings for %1.service.\n"
                                  "# Go reads the upper-case names first; both cases are set for other tools.\n"
                                  "[Service]\n")
                       .arg(o.service);
    const auto env = environment(o);
    for (const auto &kv : env)
        text += environmentLine(kv.first, kv.second) + QLatin1Char('\n');
    const bool credentials = hasCredentials(o.httpProxy) || hasCredentials(o.httpsProxy);
    set.files << GeneratedFile {dropInPath(o.service), text.toUtf8(), credentials};

    if (credentials)
        set.warnings << QCoreApplication::translate("Generate",
            "The proxy URL holds a user name and password. Files in /etc/systemd/system are world-readable by "
            "default and `systemctl show` prints the Environment to every local user: keep the drop-in at mode "
            "0600, or put the variables in an EnvironmentFile= readable by root only.");
    if (o.serviceCidrs.isEmpty())
        set.warnings << QCoreApplication::translate("Generate",
            "No service CIDR given: NO_PROXY holds kubeadm's default 10.96.0.0/12. Check the cluster's "
            "--service-cluster-ip-range.");
    if (o.podCidrs.isEmpty())
        set.warnings << QCoreApplication::translate("Generate",
            "No pod CIDR given: traffic to pod addresses would go through the proxy. Add the cluster's pod "
            "range (kubectl get nodes -o jsonpath='{.items[*].spec.podCIDR}').");
    if (o.service == QLatin1String("kubelet"))
        set.warnings << QCoreApplication::translate("Generate",
            "Image pulls are made by the container runtime (containerd, CRI-O or dockerd), not the kubelet: set "
            "the proxy on the runtime's service for pulls; the kubelet's proxy only affects its own traffic "
            "(API server, credential providers).");

    const QString dir = QStringLiteral("/etc/systemd/system/") + o.service + QStringLiteral(".service.d");
    set.applyCommands << QStringLiteral("sudo mkdir -p ") + dir
                      << QStringLiteral("sudo install -m ")
            + (credentials ? QStringLiteral("0600") : QStringLiteral("0644")) + QLatin1Char(' ') + set.files.last().path
            + QLatin1Char(' ') + dir + QStringLiteral("/http-proxy.conf")
                      << QStringLiteral("sudo systemctl daemon-reload")
                      << QStringLiteral("sudo systemctl restart ") + o.service;
    set.verifyCommands << QStringLiteral("systemctl show --property=Environment ") + o.service;
    return set;
}

} // namespace PullScope

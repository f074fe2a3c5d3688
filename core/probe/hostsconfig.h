#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace PullScope {

// One host containerd would try for a registry, from certs.d/<dir>/hosts.toml.
struct HostsEndpoint
{
    QUrl apiRoot; // scheme://host[:port]/v2 (or the given path with override_path)
    QStringList capabilities; // pull, resolve, push
    QStringList caFiles; // absolute paths
    bool skipVerify = false;
    bool isServer = false; // the registry itself (`server`, or the default upstream)

    bool canResolve() const { return capabilities.contains(QStringLiteral("resolve")); }
};

// containerd's reading of a hosts directory (config_path) for one registry: the directory
// looked up as host_port_, host:port, then _default (Unix); the [host."URL"] entries in the
// order they are written, then `server` (or the registry's default endpoint) last; ca paths
// relative to the directory; "/v2" appended unless override_path. Without hosts.toml the
// directory's *.crt files are CAs for the default endpoint (Docker's certs.d layout).
class HostsConfig
{
public:
    // The directory containerd would use under hostsDir, or empty when none applies.
    static QString directoryFor(const QString &hostsDir, const QString &registry);
    // False with a translated message when hosts.toml does not parse. No directory: the
    // registry's default endpoint alone.
    static bool load(const QString &hostsDir, const QString &registry, QList<HostsEndpoint> *endpoints,
        QStringList *warnings, QString *error);
    static QUrl defaultServer(const QString &registry);
};

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "generatedfile.h"

namespace PullScope {

// A file hosts.toml refers to (a CA, a client certificate or key). With `content` the file
// is written beside hosts.toml and referenced by a relative name, so the folder is
// self-contained; without, `path` is a path on the node used as it is (the legacy
// conversion keeps the node's own ca_file paths).
struct HostsFileRef
{
    QString path;
    QByteArray content;
    bool isSet() const { return !path.isEmpty() || !content.isEmpty(); }
};

struct MirrorHeader
{
    QString name;
    QString value; // a name given twice becomes an array, in the given order
};

// One [host."URL"] entry of hosts.toml, or (as MirrorOptions::upstream) the settings of
// the `server` itself.
struct MirrorEndpoint
{
    QString url;
    QStringList capabilities; // empty: pull, resolve
    HostsFileRef ca;
    HostsFileRef clientCert;
    HostsFileRef clientKey; // optional beside clientCert (a PEM may hold both)
    bool skipVerify = false;
    bool overridePath = false;
    QList<MirrorHeader> headers;
};

// What `generate mirror` and the mirror wizard produce: containerd's
// certs.d/HOST/hosts.toml for one registry, and the config.toml lines enabling config_path.
struct MirrorOptions
{
    QString registry; // host[:port] as in image names, or _default
    QList<MirrorEndpoint> mirrors; // tried in this order
    // Never fall back to the registry itself: the last mirror becomes `server`, because
    // containerd adds the upstream as the last host whenever `server` is absent.
    bool noFallback = false;
    // Settings of the upstream server (url empty: the registry's default endpoint).
    MirrorEndpoint upstream;
    QString containerdVersion = QStringLiteral("1.7"); // 1.6, 1.7, 2.0 or 2.1
    QString certsDir = QStringLiteral("/etc/containerd/certs.d");
    // Emit etc/containerd/config.toml.snippet; off when the caller merges the node's
    // config.toml itself (ContainerdConfigMerger).
    bool configSnippet = true;
};

class MirrorGenerator
{
public:
    // Empty when the options can be generated, else a translated message naming the field.
    static QString validate(const MirrorOptions &options);
    // The files, commands and warnings; call validate() first (invalid options give an
    // empty set with the message as its only warning).
    static GeneratedSet generate(const MirrorOptions &options);

    // hosts.toml alone, with the names of the files placed beside it.
    static QByteArray hostsToml(
        const MirrorOptions &options, QList<GeneratedFile> *besideFiles = nullptr, QStringList *warnings = nullptr);
    // The config.toml lines that make containerd read certsDir: `version = 2` and the
    // io.containerd.grpc.v1.cri table for 1.x, `version = 3` and io.containerd.cri.v1.images for 2.x.
    static QByteArray configPathSnippet(const QString &containerdVersion, const QString &certsDir);
    // The TOML table path holding config_path for a config file of `configVersion`
    // (1: plugins.cri, 2: io.containerd.grpc.v1.cri, 3: io.containerd.cri.v1.images).
    static QStringList registryTablePath(int configVersion);
    static int configVersionFor(const QString &containerdVersion);

    // https://registry-1.docker.io for docker.io, https://HOST otherwise, empty for _default.
    static QString defaultUpstream(const QString &registry);
    // certs.d/<dir>: the registry as written in image names (host:port keeps its colon).
    static QString hostsDirectory(const QString &registry);
    // "1.6", "1.7", "2.0", "2.1"; the wizard's choice list.
    static QStringList containerdVersions();
    // The nearest supported version for a node's containerRuntimeVersion such as
    // "containerd://1.7.13"; empty when it is not containerd.
    static QString containerdVersionFromRuntime(const QString &containerRuntimeVersion);
    // An image that exercises the mirror in the verify commands.
    static QString sampleImage(const QString &registry);
};

} // namespace PullScope

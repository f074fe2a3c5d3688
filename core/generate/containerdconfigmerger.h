#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace PullScope {

struct ContainerdConfigMerge
{
    QString error; // translated; nothing to apply when set
    QByteArray merged; // the node's config.toml with config_path set
    QByteArray diff; // unified diff from the node's file to `merged`
    // The folder hosts.toml files must go to: the requested one, or the config_path the
    // node already had (kept, never replaced).
    QString certsDir;
    QStringList warnings; // translated
};

// Sets config_path in a node's existing config.toml by editing its text in place, so the
// user's comments, order and every other setting stay. The legacy registry.mirrors and
// configs.*.tls tables (which containerd refuses next to config_path) are commented out,
// not deleted, after a marker line; credentials (auths, configs.*.auth) stay active.
// The result is parsed back with toml++ before it is returned.
class ContainerdConfigMerger
{
public:
    static ContainerdConfigMerge merge(const QByteArray &current, const QString &certsDir,
        const QString &containerdVersion, const QString &nodePath = QStringLiteral("/etc/containerd/config.toml"));
};

} // namespace PullScope

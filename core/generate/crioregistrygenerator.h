#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "generatedfile.h"

namespace PullScope {

// A CRI-O / containers-image mirror: one [[registry]] with its [[registry.mirror]]
// entries (registries.conf v2, upstream-facts 5.2).
struct CrioMirrorOptions
{
    QString registry; // the prefix: host[:port] with an optional /namespace
    QString location; // empty: the prefix itself
    // Tried in order before the registry. A URL (http:// marks the mirror insecure) or a
    // bare host[:port][/path].
    QStringList mirrors;
    QString pullFromMirror; // empty, all, digest-only or tag-only
};

struct CrioMerge
{
    QString error; // translated
    QByteArray merged;
    QByteArray diff;
    QStringList warnings;
};

class CrioRegistryGenerator
{
public:
    static QString validate(const CrioMirrorOptions &options);
    // The [[registry]] block (toml++).
    static QByteArray registryBlock(const CrioMirrorOptions &options);
    // etc/containers/registries.conf.d/50-pullscope-<registry>.conf with the commands and warnings.
    static GeneratedSet generate(const CrioMirrorOptions &options);
    // Adds the mirrors to a node's registries.conf or drop-in, by text: an existing
    // [[registry]] for the same prefix gets the missing [[registry.mirror]] entries after
    // its own, otherwise the block is appended. Nothing of the file is removed.
    static CrioMerge merge(const QByteArray &current, const CrioMirrorOptions &options, const QString &nodePath);
    // Node path of the drop-in generate() writes (relative, no leading slash).
    static QString dropInPath(const QString &registry);
};

} // namespace PullScope

#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include "clustersnapshot.h"
#include "loadoptions.h"

namespace PullScope {

// Reads kubectl YAML (multi-document, Lists, single objects) with the libyaml event
// parser. A List's items are built and mapped one at a time, so a 40 MB dump never
// becomes one tree; aliases are expanded under a budget so alias bombs fail cleanly.
// A large file in kubectl's block style is cut into items (YamlItemSplitter) that are
// parsed on worker threads; anything else, and any error, goes the serial way.
class YamlLoader
{
    Q_DECLARE_TR_FUNCTIONS(YamlLoader)
public:
    static bool load(QIODevice &in, qint64 totalSize, const QString &fileName, ClusterSnapshot &out,
        const LoadOptions &options, LoadError *error);
};

} // namespace PullScope

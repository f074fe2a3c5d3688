#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include "clustersnapshot.h"
#include "loadoptions.h"

namespace PullScope {

// Reads kubectl JSON (a List or typed list, a single object, or a bare array) from a
// device in chunks. The top-level `items` array is split into items by a small
// scanner and each item is parsed with simdjson On-Demand, so memory stays near the
// size of what is kept, not the size of the file.
class JsonLoader
{
    Q_DECLARE_TR_FUNCTIONS(JsonLoader)
public:
    static bool load(QIODevice &in, qint64 totalSize, const QString &fileName, ClusterSnapshot &out,
        const LoadOptions &options, LoadError *error);
};

} // namespace PullScope

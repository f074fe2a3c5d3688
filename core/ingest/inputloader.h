#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include "clustersnapshot.h"
#include "loadoptions.h"

namespace PullScope {

// Entry point for every offline input: a file, a folder (e.g. `kubectl cluster-info
// dump --output-directory`) or "-" for standard input. The format is told from the
// content, never from the name.
class InputLoader
{
    Q_DECLARE_TR_FUNCTIONS(InputLoader)
public:
    enum class Format { Unknown, Binary, Empty, Json, Yaml, Describe, EventTable };

    static Format detect(const QByteArray &head);
    static QString formatName(Format f);

    static bool loadPath(const QString &path, ClusterSnapshot &out, const LoadOptions &options, LoadError *error);
    static bool loadData(const QByteArray &data, const QString &name, ClusterSnapshot &out, const LoadOptions &options,
        LoadError *error);
};

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QString>

#include "clustersnapshot.h"

namespace PullScope {

// `kubectl get events` tables (with and without NAMESPACE, -o wide) and
// `kubectl events` output. Columns are found from the header line's positions.
class EventTableParser
{
public:
    static bool looksLike(const QByteArray &head);
    // On failure returns false and sets *error to "FILE:LINE: reason".
    static bool parse(const QByteArray &data, const QString &fileName, ClusterSnapshot &out, QString *error);
};

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QString>

#include "clustersnapshot.h"

namespace PullScope {

// `kubectl describe pod` text, one or many pods (separated by blank lines and a new
// "Name:" block). Relative ages stay in Event::age / firstAge until resolved against --now.
class DescribeParser
{
public:
    static bool looksLike(const QByteArray &head);
    // On failure returns false and sets *error to "FILE:LINE: reason".
    static bool parse(const QByteArray &data, const QString &fileName, ClusterSnapshot &out, QString *error);
};

} // namespace PullScope

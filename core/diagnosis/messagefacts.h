#pragma once

#include <QString>
#include <QStringView>

namespace PullScope {

// Facts read out of kubelet event and waiting messages (formats in
// upstream-facts.md 1.2-1.4).
namespace MessageFacts {

// The image named by a kubelet image message: `Pulling image "nginx:1.25"` ->
// nginx:1.25. Empty when the message names none.
QString imageOf(const QString &message);

// Go time.Duration.String() text ("49.18401355s", "1m0.809s", "717ms", "1.5µs") in
// seconds; -1 when malformed.
double goDurationSeconds(QStringView text);

// kubectl's human durations ("2m10s", "10m", "22h", "3d4h", "2y10d") in seconds;
// -1 for "<unknown>", "<invalid>" or malformed text.
qint64 humanAgeSeconds(QStringView text);

// From a Pulled "Successfully pulled image ..." message: pull time in seconds (-1 when
// absent) and image size in bytes (-1 when absent).
double pulledSeconds(const QString &message);
qint64 pulledImageSize(const QString &message);

// "Created container nginx", "Started container: nginx", "Back-off restarting failed
// container app in pod ..." -> the container name; empty when none.
QString containerOf(const QString &message);

// Drops the aggregation prefix "(combined from similar events): ".
QString withoutAggregationPrefix(const QString &message);

} // namespace MessageFacts
} // namespace PullScope

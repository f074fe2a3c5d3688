#pragma once

#include <QList>
#include <QStringList>

#include "clustersnapshot.h"

namespace PullScope {

// A pod with its events handed to its containers. Events name their container by
// fieldPath; describe text and tables often do not, so the image in the message, the
// container named in "Created container x", or a pod's only container decide.
struct PodEvidence
{
    Pod pod;
    QList<QList<Event>> containerEvents; // parallel to pod.containers, oldest first
    QList<Event> podEvents; // not tied to one container (Scheduled, ...)
    QStringList provisionalNames; // containers named after their image, until an event names them
};

QList<PodEvidence> attributeEvents(const ClusterSnapshot &snapshot);

} // namespace PullScope

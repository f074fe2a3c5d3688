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

// attributeEvents() one pod at a time: the events are grouped by pod up front (as
// indexes), and a pod's evidence is built only when asked for, so a large dump is
// never held twice. Pods are the snapshot's, then those known only from events.
class PodEventGroups
{
public:
    explicit PodEventGroups(const ClusterSnapshot &snapshot);
    int size() const { return int(m_perPod.size()); }
    PodEvidence evidence(int pod) const;

private:
    const ClusterSnapshot &m_snapshot;
    QList<Pod> m_eventOnlyPods;
    QList<QList<int>> m_perPod; // event indexes per pod, in input order
};

} // namespace PullScope

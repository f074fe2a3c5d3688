#pragma once

#include <QList>
#include <QStringList>

#include <vector>

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
    int size() const { return int(m_first.size()) - 1; }
    PodEvidence evidence(int pod) const;

private:
    const ClusterSnapshot &m_snapshot;
    QList<Pod> m_eventOnlyPods;
    // Event indexes grouped by pod, in input order within a pod: pod p's are
    // m_eventIds[m_first[p]] up to m_eventIds[m_first[p + 1]]. One block for all pods:
    // a list per pod was an allocation per pod, 200k of them in a large dump.
    std::vector<int> m_first;
    std::vector<int> m_eventIds;
};

} // namespace PullScope

#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

#include "event.h"
#include "pod.h"

namespace PullScope {

// The newest of the valid times offered, compared as milliseconds: QDateTime's
// operator> checks both sides' validity and time specs on every call, and a large dump
// has millions of timestamps. The times offered must outlive it.
class NewestTime
{
public:
    void offer(const QDateTime &t)
    {
        if (!t.isValid())
            return;
        const qint64 ms = t.toMSecsSinceEpoch();
        if (!m_newest || ms > m_ms) {
            m_newest = &t;
            m_ms = ms;
        }
    }
    QDateTime value() const { return m_newest ? *m_newest : QDateTime(); }

private:
    const QDateTime *m_newest = nullptr;
    qint64 m_ms = 0;
};

// Everything read from the inputs, merged: one pod per namespace/name, events kept
// once across inputs (CONTRACT.md: same object, reason, message and first timestamp).
struct ClusterSnapshot
{
    QStringList inputs;
    QStringList warnings;
    QList<Pod> pods;
    QList<Event> events;
    QList<Node> nodes;
    QList<SecretInfo> secrets;
    QList<ServiceAccountInfo> serviceAccounts;
    QList<Workload> workloads;
    bool hadSecrets = false; // any Secret object was in the input
    // When the input says it was taken (a training scenario's `now`): the default --now,
    // ahead of the newest timestamp. Invalid for kubectl output, which does not say.
    QDateTime takenAt;

    // Merges `other` into this snapshot.
    void merge(ClusterSnapshot &&other);
    // Folds in a single pod (merging with an existing one by namespace/name).
    void addPod(Pod &&pod);
    // Adds an event of the input being read (no de-duplication within one input).
    void addEvent(Event &&event);

    // Newest absolute timestamp in the events, for the default --now.
    QDateTime newestTimestamp() const;

    int podIndex(const QString &ns, const QString &name) const;
    const Node *findNode(const QString &name) const;

private:
    QHash<QString, int> m_podIndex;
    // Events by a hash of object, reason and message, for folding duplicates across
    // inputs. Built only when a second input is merged (a single dump needs none), for
    // the first m_indexedEvents events.
    QHash<size_t, QList<int>> m_eventIndex;
    int m_indexedEvents = 0;
    QHash<QString, int> m_nodeIndex;
    QHash<int, QHash<QString, int>> m_containerIndex; // only for pods with many containers
    static size_t eventKey(const Event &e);
    bool isEmpty() const;
    // Adds an event from another input, folding it into an equal one of the first
    // `earlierInputs` events.
    void mergeEvent(Event &&event, int earlierInputs);
};

} // namespace PullScope

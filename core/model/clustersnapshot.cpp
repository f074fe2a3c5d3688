#include "clustersnapshot.h"

namespace PullScope {

namespace {
template<typename T> void fillIfEmpty(T &target, const T &from)
{
    if (target.isEmpty())
        target = from;
}

void mergeContainer(Container &into, const Container &from)
{
    if (!into.hasSpec && from.hasSpec) {
        into.image = from.image;
        into.imageFromMessages = false;
        into.imagePullPolicy = from.imagePullPolicy;
        into.type = from.type;
        into.hasSpec = true;
    } else if (into.image.isEmpty()) {
        into.image = from.image;
        into.imageFromMessages = from.imageFromMessages;
    }
    fillIfEmpty(into.imagePullPolicy, from.imagePullPolicy);
    // A status with more detail (a message, a running state) wins over a bare one.
    if (!into.status.present
        || (from.status.present && into.status.waitingMessage.isEmpty() && !from.status.waitingMessage.isEmpty()))
        into.status = from.status;
}

// `names` indexes into.containers by name for pods with many containers, where a
// linear search per merged container made many records of one pod quadratic.
void mergePod(Pod &into, Pod &&from, QHash<QString, int> *names)
{
    fillIfEmpty(into.uid, from.uid);
    fillIfEmpty(into.node, from.node);
    fillIfEmpty(into.phase, from.phase);
    fillIfEmpty(into.owner.kind, from.owner.kind);
    fillIfEmpty(into.owner.name, from.owner.name);
    fillIfEmpty(into.serviceAccount, from.serviceAccount);
    fillIfEmpty(into.lastAppliedConfiguration, from.lastAppliedConfiguration);
    for (const QString &s : std::as_const(from.imagePullSecrets))
        if (!into.imagePullSecrets.contains(s))
            into.imagePullSecrets.append(s);
    into.hasSpec = into.hasSpec || from.hasSpec;
    if (!into.creationTimestamp.isValid())
        into.creationTimestamp = from.creationTimestamp;
    if (into.origin.file.isEmpty())
        into.origin = from.origin;
    for (Container &c : from.containers) {
        Container *existing = nullptr;
        if (names) {
            const int i = names->value(c.name, -1);
            existing = i >= 0 ? &into.containers[i] : nullptr;
        } else {
            existing = into.findContainer(c.name);
        }
        if (existing) {
            mergeContainer(*existing, c);
        } else {
            if (names)
                names->insert(c.name, int(into.containers.size()));
            into.containers.append(std::move(c));
        }
    }
}
} // namespace

size_t ClusterSnapshot::eventKey(const Event &e)
{
    // Timestamps and field path are left out of the key: describe text and tables carry
    // only relative ages, and describe before 1.35 no field path, yet an event seen in a
    // JSON dump and in describe text is one event. sameEvent() tells apart the candidates
    // that share a key (a hash, not the joined text: a 1.2M-event dump would otherwise keep
    // a second copy of every message in the index).
    size_t h = qHash(e.objectNamespace(), 0);
    h = qHash(e.objectName(), h);
    h = qHash(e.reason, h);
    return qHash(e.message, h);
}

namespace {
// Whether two events with the same object, reason and message are one event seen twice.
bool sameEvent(const Event &a, const Event &b)
{
    if (a.objectNamespace() != b.objectNamespace() || a.objectName() != b.objectName() || a.reason != b.reason
        || a.message != b.message)
        return false;
    if (a.firstTimestamp.isValid() && b.firstTimestamp.isValid() && a.firstTimestamp != b.firstTimestamp)
        return false;
    if (!a.fieldPath().isEmpty() && !b.fieldPath().isEmpty() && a.fieldPath() != b.fieldPath())
        return false;
    return true;
}
} // namespace

void ClusterSnapshot::addEvent(Event &&event)
{
    // Within one input every row is its own event (an init container and a container
    // pulling the same image print the same text): only merge() folds duplicates.
    events.append(std::move(event));
}

void ClusterSnapshot::mergeEvent(Event &&event, int earlierInputs)
{
    QList<int> &candidates = m_eventIndex[eventKey(event)];
    for (int index : std::as_const(candidates)) {
        if (index >= earlierInputs)
            break;
        Event &existing = events[index];
        if (!sameEvent(existing, event))
            continue;
        // Same event: keep the richer copy's facts.
        existing.count = std::max(existing.count, event.count);
        if (!existing.firstTimestamp.isValid())
            existing.firstTimestamp = event.firstTimestamp;
        if (!existing.lastTimestamp.isValid()
            || (event.lastTimestamp.isValid() && event.lastTimestamp > existing.lastTimestamp))
            existing.lastTimestamp = event.lastTimestamp;
        fillIfEmpty(existing.type, event.type);
        // The subject fields the other copy may know; only a subject that gains one is
        // copied out of those it shares.
        static constexpr QString EventSubject::*Fillable[]
            = {&EventSubject::objectUid, &EventSubject::fieldPath, &EventSubject::host, &EventSubject::source};
        const EventSubject &more = event.subject();
        for (QString EventSubject::*field : Fillable)
            if ((existing.subject().*field).isEmpty() && !(more.*field).isEmpty())
                existing.editSubject().*field = more.*field;
        return;
    }
    candidates.append(int(events.size()));
    events.append(std::move(event));
    // Indexed already: a third input must see this one's events too.
    m_indexedEvents = int(events.size());
}

void ClusterSnapshot::addPod(Pod &&pod)
{
    const QString key = pod.key();
    auto it = m_podIndex.constFind(key);
    if (it != m_podIndex.constEnd()) {
        Pod &into = pods[*it];
        QHash<QString, int> *names = nullptr;
        if (into.containers.size() + pod.containers.size() > 16) {
            names = &m_containerIndex[*it];
            if (names->isEmpty())
                for (int i = 0; i < into.containers.size(); ++i)
                    names->insert(into.containers[i].name, i);
        }
        mergePod(into, std::move(pod), names);
        return;
    }
    m_podIndex.insert(key, int(pods.size()));
    pods.append(std::move(pod));
}

bool ClusterSnapshot::isEmpty() const
{
    return inputs.isEmpty() && warnings.isEmpty() && pods.isEmpty() && events.isEmpty() && nodes.isEmpty()
        && secrets.isEmpty() && serviceAccounts.isEmpty() && workloads.isEmpty() && !hadSecrets && !takenAt.isValid();
}

void ClusterSnapshot::merge(ClusterSnapshot &&other)
{
    // The first input merged into an empty snapshot is taken whole, indexes included:
    // re-adding 200k pods and a million events one by one doubled the cost of a load.
    if (isEmpty()) {
        *this = std::move(other);
        return;
    }
    for (const QString &i : std::as_const(other.inputs))
        inputs.append(i);
    warnings.append(other.warnings);
    for (Pod &p : other.pods)
        addPod(std::move(p));
    const int earlierInputs = int(events.size());
    for (; m_indexedEvents < earlierInputs; ++m_indexedEvents)
        m_eventIndex[eventKey(events[m_indexedEvents])].append(m_indexedEvents);
    for (Event &e : other.events)
        mergeEvent(std::move(e), earlierInputs);
    for (Node &n : other.nodes) {
        if (m_nodeIndex.contains(n.name))
            continue;
        m_nodeIndex.insert(n.name, int(nodes.size()));
        nodes.append(std::move(n));
    }
    secrets.append(other.secrets);
    serviceAccounts.append(other.serviceAccounts);
    workloads.append(other.workloads);
    hadSecrets = hadSecrets || other.hadSecrets;
    if (!takenAt.isValid() || (other.takenAt.isValid() && other.takenAt > takenAt))
        takenAt = other.takenAt;
}

QDateTime ClusterSnapshot::newestTimestamp() const
{
    NewestTime newest;
    for (const Event &e : events) {
        newest.offer(e.firstTimestamp);
        newest.offer(e.lastTimestamp);
    }
    return newest.value();
}

int ClusterSnapshot::podIndex(const QString &ns, const QString &name) const
{
    return m_podIndex.value(ns + QLatin1Char('/') + name, -1);
}

const Node *ClusterSnapshot::findNode(const QString &name) const
{
    // Nodes that came through merge() are indexed; others (built by hand) are searched.
    const int i = m_nodeIndex.value(name, -1);
    if (i >= 0 && i < nodes.size() && nodes[i].name == name)
        return &nodes[i];
    for (const Node &n : nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

} // namespace PullScope

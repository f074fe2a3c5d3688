#include "eventattribution.h"

#include <QHash>

#include <algorithm>

#include "imagereference.h"
#include "messagefacts.h"

namespace PullScope {

namespace {
QDateTime when(const Event &e)
{
    return e.lastTimestamp.isValid() ? e.lastTimestamp : e.firstTimestamp;
}

// Oldest first; events without a time (an age of "<unknown>") sort before all others.
bool earlier(const Event &a, const Event &b)
{
    const QDateTime ta = when(a), tb = when(b);
    if (ta.isValid() != tb.isValid())
        return !ta.isValid();
    return ta.isValid() && ta < tb;
}

bool sameImage(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const ImageReference ra = ImageReference::parse(a), rb = ImageReference::parse(b);
    return ra.isValid() && rb.isValid() && ra.normalized() == rb.normalized();
}

// A container known only from events that do not name it is called after its image.
QString nameFromImage(const QString &image)
{
    const ImageReference ref = ImageReference::parse(image);
    QString base = ref.isValid() ? ref.repository.section(QLatin1Char('/'), -1) : image;
    return base.isEmpty() ? QStringLiteral("container") : base;
}

int ensureContainer(
    PodEvidence &pe, const QString &name, const QString &kind, const QString &image, bool provisional = false)
{
    for (int i = 0; i < pe.pod.containers.size(); ++i)
        if (pe.pod.containers[i].name == name)
            return i;
    // "Created container web" names the container that image events could only call
    // after its image: with one such container, it is that one.
    if (!provisional && pe.provisionalNames.size() == 1) {
        for (int i = 0; i < pe.pod.containers.size(); ++i) {
            if (pe.pod.containers[i].name == pe.provisionalNames.first()) {
                pe.provisionalNames.clear();
                pe.pod.containers[i].name = name;
                return i;
            }
        }
    }
    if (provisional)
        pe.provisionalNames << name;
    Container c;
    c.name = name;
    c.type = kind == QLatin1String("init")   ? ContainerType::Init
        : kind == QLatin1String("ephemeral") ? ContainerType::Ephemeral
                                             : ContainerType::Container;
    c.image = image;
    c.imageFromMessages = !image.isEmpty();
    pe.pod.containers.append(c);
    pe.containerEvents.append(QList<Event>());
    return int(pe.pod.containers.size() - 1);
}

void assign(PodEvidence &pe, const Event &e)
{
    QString name = e.containerName();
    if (name.isEmpty())
        name = MessageFacts::containerOf(e.message);
    if (!name.isEmpty()) {
        // The image is read from the message only when the container needs it: one
        // known by its spec (most) has its own.
        const auto known = std::find_if(
            pe.pod.containers.cbegin(), pe.pod.containers.cend(), [&](const Container &c) { return c.name == name; });
        const QString image = known == pe.pod.containers.cend() || known->image.isEmpty()
            ? MessageFacts::imageOf(e.message)
            : QString();
        const int i = ensureContainer(pe, name, e.containerKind(), image);
        if (pe.pod.containers[i].image.isEmpty() && !image.isEmpty()) {
            pe.pod.containers[i].image = image;
            pe.pod.containers[i].imageFromMessages = true;
        }
        pe.containerEvents[i].append(e);
        return;
    }
    const QString image = MessageFacts::imageOf(e.message);
    if (!image.isEmpty()) {
        bool any = false;
        for (int i = 0; i < pe.pod.containers.size(); ++i) {
            if (sameImage(pe.pod.containers[i].image, image)) {
                pe.containerEvents[i].append(e);
                any = true;
            }
        }
        if (!any) {
            // With exactly one container whose image is unknown, it is that one.
            if (pe.pod.containers.size() == 1 && pe.pod.containers[0].image.isEmpty()) {
                pe.pod.containers[0].image = image;
                pe.pod.containers[0].imageFromMessages = true;
                pe.containerEvents[0].append(e);
            } else {
                // A container named only by "Created container x" so far takes the image.
                int i = -1;
                for (int c = 0; c < pe.pod.containers.size() && pe.provisionalNames.isEmpty(); ++c)
                    if (pe.pod.containers[c].image.isEmpty() && !pe.pod.containers[c].hasSpec)
                        i = i == -1 ? c : -2;
                if (i >= 0) {
                    pe.pod.containers[i].image = image;
                    pe.pod.containers[i].imageFromMessages = true;
                } else {
                    i = ensureContainer(pe, nameFromImage(image), QString(), image, true);
                }
                pe.containerEvents[i].append(e);
            }
        }
        return;
    }
    pe.podEvents.append(e);
}

bool isPullError(const QString &message)
{
    static const QStringList names
        = {QStringLiteral("ErrImagePull"), QStringLiteral("ImagePullBackOff"), QStringLiteral("ErrImageNeverPull"),
            QStringLiteral("InvalidImageName"), QStringLiteral("ImageInspectError"), QStringLiteral("InspectFailed"),
            QStringLiteral("RegistryUnavailable"), QStringLiteral("SignatureValidationFailed")};
    const QString m = MessageFacts::withoutAggregationPrefix(message);
    return m.startsWith(QLatin1String("Error: ")) && names.contains(m.mid(7).trimmed());
}

bool hasImageEvents(const QList<Event> &events)
{
    for (const Event &e : events)
        if (!MessageFacts::imageOf(e.message).isEmpty())
            return true;
    return false;
}
} // namespace

PodEventGroups::PodEventGroups(const ClusterSnapshot &snapshot)
    : m_snapshot(snapshot)
{
    const int known = int(snapshot.pods.size());
    QHash<QString, int> byKey;
    byKey.reserve(known);
    for (int i = 0; i < known; ++i)
        byKey.insert(snapshot.pods[i].key(), i);
    // For events that carry no namespace (describe text before the namespace line,
    // hand-made tables): built on the first such event, as dumps have none and a
    // list per pod name costs an allocation per pod.
    QHash<QString, QList<int>> byName;
    bool byNameBuilt = false;
    // First the pod of each event, then the events of each pod in one block.
    std::vector<int> podOf(size_t(snapshot.events.size()), -1);
    int pods = known;
    // The events of a pod mostly come one after another (the API lists them by name,
    // which starts with the pod's), with their names' strings shared: the last pod
    // found is tried first, without building its key.
    QString lastNamespace, lastName;
    int lastIdx = -1;
    for (int i = 0; i < snapshot.events.size(); ++i) {
        const Event &e = snapshot.events[i];
        if (!e.objectKind().isEmpty() && e.objectKind() != QLatin1String("Pod"))
            continue;
        if (e.objectName().isEmpty())
            continue;
        int idx = -1;
        if (!e.objectNamespace().isEmpty()) {
            if (lastIdx >= 0 && e.objectName() == lastName && e.objectNamespace() == lastNamespace) {
                podOf[size_t(i)] = lastIdx;
                continue;
            }
            idx = byKey.value(e.objectNamespace() + QLatin1Char('/') + e.objectName(), -1);
        } else {
            if (!byNameBuilt) {
                for (int p = 0; p < known; ++p)
                    byName[snapshot.pods[p].name].append(p);
                for (int p = 0; p < m_eventOnlyPods.size(); ++p)
                    byName[m_eventOnlyPods[p].name].append(known + p);
                byNameBuilt = true;
            }
            const QList<int> candidates = byName.value(e.objectName());
            if (candidates.size() == 1)
                idx = candidates.first();
        }
        if (idx < 0) {
            // A pod known only from its events.
            Pod pod;
            pod.name = e.objectName();
            pod.namespace_ = e.objectNamespace();
            pod.uid = e.objectUid();
            pod.node = e.host();
            pod.origin = e.origin();
            idx = pods++;
            byKey.insert(pod.key(), idx);
            if (byNameBuilt)
                byName[pod.name].append(idx);
            m_eventOnlyPods.append(std::move(pod));
        }
        podOf[size_t(i)] = idx;
        if (!e.objectNamespace().isEmpty()) {
            lastNamespace = e.objectNamespace();
            lastName = e.objectName();
            lastIdx = idx;
        }
    }
    m_first.assign(size_t(pods) + 1, 0);
    for (const int p : podOf)
        if (p >= 0)
            ++m_first[size_t(p) + 1];
    for (size_t p = 1; p < m_first.size(); ++p)
        m_first[p] += m_first[p - 1];
    m_eventIds.resize(size_t(m_first.back()));
    std::vector<int> next(m_first.begin(), m_first.end() - 1);
    for (size_t i = 0; i < podOf.size(); ++i)
        if (podOf[i] >= 0)
            m_eventIds[size_t(next[size_t(podOf[i])]++)] = int(i);
}

PodEvidence PodEventGroups::evidence(int p) const
{
    const ClusterSnapshot &snapshot = m_snapshot;
    const qsizetype known = snapshot.pods.size();
    PodEvidence pe;
    pe.pod = p < known ? snapshot.pods[p] : m_eventOnlyPods[p - known];
    pe.containerEvents.resize(pe.pod.containers.size());
    QList<int> ids(m_eventIds.begin() + m_first[size_t(p)], m_eventIds.begin() + m_first[size_t(p) + 1]);
    std::stable_sort(
        ids.begin(), ids.end(), [&](int a, int b) { return earlier(snapshot.events[a], snapshot.events[b]); });
    for (int i : std::as_const(ids)) {
        const Event &e = snapshot.events[i];
        if (pe.pod.node.isEmpty() && !e.host().isEmpty() && e.source() == QLatin1String("kubelet"))
            pe.pod.node = e.host();
        // A pod with a single container owns all its events.
        if (pe.pod.containers.size() == 1 && e.containerName().isEmpty()) {
            Container &only = pe.pod.containers[0];
            // Read only while the image is unknown: most pods have their spec.
            if (only.image.isEmpty()) {
                const QString image = MessageFacts::imageOf(e.message);
                if (!image.isEmpty()) {
                    only.image = image;
                    only.imageFromMessages = true;
                }
            }
            const QString named = MessageFacts::containerOf(e.message);
            if (named.isEmpty() || named == only.name) {
                pe.containerEvents[0].append(e);
                continue;
            }
        }
        assign(pe, e);
    }
    // "Error: ErrImagePull" and the pull-secret warning name no container: they
    // belong to the containers that were pulling.
    QList<Event> rest;
    for (const Event &e : std::as_const(pe.podEvents)) {
        const bool secret = e.reason == QLatin1String("FailedToRetrieveImagePullSecret");
        if (!secret && !isPullError(e.message)) {
            rest.append(e);
            continue;
        }
        bool placed = false;
        for (int c = 0; c < pe.pod.containers.size(); ++c) {
            if (pe.pod.containers.size() == 1 || hasImageEvents(pe.containerEvents[c])) {
                pe.containerEvents[c].append(e);
                placed = true;
            }
        }
        if (!placed)
            rest.append(e);
    }
    // With one container, what the kubelet said about the pod is about it.
    if (pe.pod.containers.size() == 1) {
        QList<Event> podLevel;
        for (const Event &e : std::as_const(rest)) {
            if (e.source() == QLatin1String("default-scheduler") || e.reason == QLatin1String("Scheduled")
                || e.reason == QLatin1String("FailedScheduling"))
                podLevel.append(e);
            else
                pe.containerEvents[0].append(e);
        }
        rest = podLevel;
    }
    pe.podEvents = rest;
    // The lists were filled in time order but for the pod-level events placed after: a
    // sorted one is left as it is (what a stable sort leaves it), without a sort's buffer.
    for (QList<Event> &list : pe.containerEvents)
        if (!std::is_sorted(list.cbegin(), list.cend(), earlier))
            std::stable_sort(list.begin(), list.end(), earlier);
    return pe;
}

QList<PodEvidence> attributeEvents(const ClusterSnapshot &snapshot)
{
    const PodEventGroups groups(snapshot);
    QList<PodEvidence> out;
    out.reserve(groups.size());
    for (int p = 0; p < groups.size(); ++p)
        out.append(groups.evidence(p));
    return out;
}

} // namespace PullScope

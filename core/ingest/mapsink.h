#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "clustersnapshot.h"

namespace PullScope {

// Where mapped objects go, plus the shared helpers the mapper needs: a string pool
// (reasons, namespaces, node names repeat hundreds of thousands of times in a large
// dump; sharing them keeps memory near the size of the distinct text) and a fast
// RFC 3339 reader.
class MapSink
{
    Q_DECLARE_TR_FUNCTIONS(MapSink)
public:
    explicit MapSink(ClusterSnapshot &out, QString file)
        : m_out(&out)
        , m_file(std::move(file))
    {
    }

    ClusterSnapshot &out() { return *m_out; }
    // Pods go through here: folded into out() by namespace/name, or, for a sink that
    // fills a part of a larger input (setPart()), appended as read, to be folded in
    // input order by whoever merges the parts.
    void addPod(Pod &&pod)
    {
        if (m_part)
            m_out->pods.append(std::move(pod));
        else
            m_out->addPod(std::move(pod));
    }
    void setPart(ClusterSnapshot &part)
    {
        m_out = &part;
        m_part = true;
    }
    // Folds a part filled by another sink (setPart()) into out(), as if this sink had
    // read its objects; mergeIgnored() takes over that sink's ignored kinds.
    // `endOffset`: where in the input the part's last item ends; `eventItemBytes`: how
    // many of its bytes were the items that made its events. With setInputSize(), they
    // size the events list for the whole input once (see reserveEvents()).
    void mergePart(ClusterSnapshot &&part, qint64 endOffset = -1, qint64 eventItemBytes = 0);
    // The input's size in bytes, when known (0: unknown, as for a pipe).
    void setInputSize(qint64 bytes) { m_inputSize = bytes; }
    void mergeIgnored(const MapSink &other);
    const QString &file() const { return m_file; }

    QString intern(std::string_view s);
    size_t pooled() const { return m_poolUsed; } // strings in the pool now (tests)
    // An event message, trimmed. Most are distinct ("Successfully pulled image ... in
    // 2.1s"), but the short ones repeat across pods ("Created container web", "Pulling
    // image \"nginx\""): those seen lately are shared, in a cache of fixed size so that
    // a dump's distinct messages are not all kept twice while it is read.
    QString message(std::string_view s);
    // The subject of an event, shared with the events of the same container read
    // lately: those of a pod come together in a dump. A cache of fixed size, as for
    // messages; equal subjects missed by it are merely not shared.
    QSharedDataPointer<EventSubject> shareSubject(EventSubject &&subject);
    static QDateTime parseTime(std::string_view s); // invalid on malformed
    void noteIgnoredKind(const QString &kind);
    // Hands what this input produced to `out` (only once the whole input was read, so
    // a failed or cancelled load leaves nothing half-merged).
    void commitTo(ClusterSnapshot &out);

private:
    void reserveEvents(qsizetype needed, qint64 endOffset);

    ClusterSnapshot *m_out;
    qint64 m_inputSize = 0;
    qint64 m_eventItemBytes = 0; // bytes of the items that made the events merged so far
    qint64 m_eventItems = 0;
    bool m_part = false;
    QString m_file;
    // An open-addressing table (power-of-two size, linear probing): std::unordered_map
    // took a division and a node hop per lookup, and every short field of every item
    // is looked up. Keys point into m_poolKeys (a deque never moves its elements), so
    // a lookup needs no std::string of its own; an entry with a null key is free.
    struct PoolEntry
    {
        quint64 hash = 0;
        std::string_view key;
        QString value;
    };
    std::vector<PoolEntry> m_pool;
    size_t m_poolUsed = 0;
    std::deque<std::string> m_poolKeys;
    // Bounded: what repeats (reasons, namespaces, nodes, images, the pod named by a run
    // of events) is back in the pool at its next use after a clear, while pod names and
    // uids seen once would grow it without end: 30k entries per loader thread, 8 MB
    // of a 100 MB dump's peak, freed only at the end of the load. 8192 entries were
    // 1.5 MB more of the 40 MB YAML dump's peak than 2048, and no faster.
    static constexpr size_t MaxPooled = 2048;
    void clearPool();
    void growPool();
    // message(): a direct-mapped cache (the slot picked by the hash; a new text
    // replaces the old one there).
    struct RecentEntry
    {
        quint64 hash = 0;
        std::string key;
        QString value;
    };
    std::vector<RecentEntry> m_recent;
    std::vector<QSharedDataPointer<EventSubject>> m_subjects; // shareSubject()'s cache
    QHash<QString, int> m_ignored;
};

} // namespace PullScope

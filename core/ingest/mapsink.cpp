#include "mapsink.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace PullScope {

namespace {
// A word at a time (the keys are names, ids and reasons, up to 64 bytes), then
// Fibonacci-scrambled so that the top bits pick the slot.
quint64 poolHash(std::string_view s)
{
    quint64 h = s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        quint64 w;
        std::memcpy(&w, s.data() + i, 8);
        h = ((h << 5) | (h >> 59)) ^ w;
        h *= 0x517cc1b727220a95ULL;
    }
    // The last 1-7 bytes in two overlapping loads (or three single bytes): a memcpy of
    // a length not known when compiled is a call.
    if (const size_t tail = s.size() - i; tail > 0) {
        const char *p = s.data() + i;
        quint64 w;
        if (tail >= 4) {
            quint32 first, last;
            std::memcpy(&first, p, 4);
            std::memcpy(&last, p + tail - 4, 4);
            w = first | (quint64(last) << 32);
        } else {
            w = quint64(quint8(p[0])) | (quint64(quint8(p[tail / 2])) << 8) | (quint64(quint8(p[tail - 1])) << 16);
        }
        h = ((h << 5) | (h >> 59)) ^ w;
        h *= 0x517cc1b727220a95ULL;
    }
    return (h ^ (h >> 29)) * 0x9e3779b97f4a7c15ULL;
}
} // namespace

QString MapSink::intern(std::string_view s)
{
    if (s.empty())
        return {};
    // Long strings (messages) rarely repeat exactly; pooling them would only cost.
    if (s.size() > 64)
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    if (m_poolUsed >= MaxPooled)
        clearPool();
    if (2 * (m_poolUsed + 1) > m_pool.size())
        growPool();
    const quint64 h = poolHash(s);
    const size_t mask = m_pool.size() - 1;
    size_t i = size_t(h >> 32) & mask;
    for (;; i = (i + 1) & mask) {
        PoolEntry &e = m_pool[i];
        if (e.key.data() == nullptr)
            break;
        if (e.hash == h && e.key == s)
            return e.value;
    }
    PoolEntry &e = m_pool[i];
    e.hash = h;
    e.key = std::string_view(m_poolKeys.emplace_back(s));
    e.value = QString::fromUtf8(s.data(), qsizetype(s.size()));
    ++m_poolUsed;
    return e.value;
}

QString MapSink::message(std::string_view s)
{
    // Longer messages carry durations, sizes or pod names, and rarely repeat.
    constexpr size_t MaxShared = 128;
    constexpr int SlotBits = 12;
    if (s.empty() || s.size() > MaxShared)
        return QString::fromUtf8(s.data(), qsizetype(s.size())).trimmed();
    if (m_recent.empty())
        m_recent.resize(size_t(1) << SlotBits);
    const quint64 h = poolHash(s);
    RecentEntry &e = m_recent[size_t(h >> (64 - SlotBits))];
    if (e.hash == h && e.key == s)
        return e.value;
    e.hash = h;
    e.key.assign(s.data(), s.size());
    e.value = QString::fromUtf8(s.data(), qsizetype(s.size())).trimmed();
    return e.value;
}

namespace {
// Pooled fields of a hit share their text: compared by address first, as a full
// comparison of eight strings per event showed in profiles.
bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

bool sameSubject(const EventSubject &a, const EventSubject &b)
{
    return sameText(a.objectName, b.objectName) && sameText(a.fieldPath, b.fieldPath)
        && sameText(a.objectNamespace, b.objectNamespace) && sameText(a.objectUid, b.objectUid)
        && sameText(a.objectKind, b.objectKind) && sameText(a.source, b.source) && sameText(a.host, b.host)
        && sameText(a.file, b.file);
}
} // namespace

QSharedDataPointer<EventSubject> MapSink::shareSubject(EventSubject &&subject)
{
    constexpr int SlotBits = 10;
    if (m_subjects.empty())
        m_subjects.resize(size_t(1) << SlotBits);
    // The fields come from the string pool, so equal ones mostly share their text: its
    // address is the hash. Equal texts at different addresses only land elsewhere.
    quint64 h = 0;
    for (const QString *f : {&subject.objectKind, &subject.objectNamespace, &subject.objectName, &subject.objectUid,
             &subject.fieldPath, &subject.source, &subject.host, &subject.file})
        h = (h ^ quint64(quintptr(f->constData()))) * 0x9e3779b97f4a7c15ULL;
    QSharedDataPointer<EventSubject> &slot = m_subjects[size_t(h >> (64 - SlotBits))];
    if (!slot || !sameSubject(*std::as_const(slot), subject))
        slot = new EventSubject(std::move(subject));
    return slot;
}

void MapSink::clearPool()
{
    for (PoolEntry &e : m_pool)
        e = PoolEntry();
    m_poolKeys.clear();
    m_poolUsed = 0;
}

void MapSink::growPool()
{
    std::vector<PoolEntry> old;
    old.swap(m_pool);
    m_pool.resize(std::max<size_t>(old.size() * 2, 1024));
    const size_t mask = m_pool.size() - 1;
    for (PoolEntry &e : old) {
        if (e.key.data() == nullptr)
            continue;
        size_t i = size_t(e.hash >> 32) & mask;
        while (m_pool[i].key.data() != nullptr)
            i = (i + 1) & mask;
        m_pool[i] = std::move(e);
    }
}

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}
} // namespace

QDateTime MapSink::parseTime(std::string_view s)
{
    // 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.123456Z, 2024-05-01T12:00:00+02:00
    int y, mo, d, h, mi, sec;
    if (s.size() < 20 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':'
        || !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, sec))
        return {};
    size_t pos = 19;
    int ms = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int scale = 100;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            ms += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
    }
    int offsetSeconds = 0;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om))
            return {};
        offsetSeconds = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return {};
    }
    if (pos != s.size())
        return {};
    // The same checks as QDate and QTime, and the milliseconds since the epoch computed
    // here: building a QDateTime from QDate and QTime costs several times more, and a
    // large dump has millions of timestamps.
    static const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > monthDays[mo - 1] + (mo == 2 && leap ? 1 : 0) || h > 23 || mi > 59
        || sec > 59)
        return {};
    // Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    const int yy = y - (mo <= 2 ? 1 : 0);
    const int era = yy / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    const qint64 secs = days * 86400 + h * 3600 + mi * 60 + sec - offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + ms, Qt::UTC);
}

void MapSink::reserveEvents(qsizetype needed, qint64 endOffset)
{
    // Grown by doubling, the list of a large dump's events was at its last growth an
    // old and a new array at once (30 MB of a 100 MB dump's peak, for an array then a
    // third empty). Instead, once there is room for no more, it is sized for
    // the input's end: as many more events as the bytes left hold at the bytes per
    // event item seen so far. Events usually come after the pods, so every byte left
    // is counted as events; an overestimate is address space never touched, not
    // resident memory. When the estimate falls short, it is made again.
    if (m_inputSize <= 0 || endOffset < 0 || m_eventItems <= 0 || m_eventItemBytes <= 0)
        return;
    const qint64 left = std::max<qint64>(0, m_inputSize - endOffset);
    // Never more array than twice the bytes left: only items shorter than an Event is
    // large get less room than they take, and a file of events followed by gigabytes of
    // pods does not ask for more address space than its size.
    const qint64 more = std::min(
        qint64(double(left) * double(m_eventItems) / double(m_eventItemBytes)), 2 * left / qint64(sizeof(Event)));
    // Room to spare on both sides: items later in the input may be shorter, and an
    // estimate that falls short near the end must not re-grow by a few events at a time.
    const qint64 wanted = std::max<qint64>(needed + more + more / 16, needed + needed / 4);
    m_out->events.reserve(qsizetype(wanted));
}

void MapSink::mergePart(ClusterSnapshot &&part, qint64 endOffset, qint64 eventItemBytes)
{
    ClusterSnapshot &out = *m_out;
    for (Pod &p : part.pods)
        out.addPod(std::move(p));
    m_eventItemBytes += eventItemBytes;
    m_eventItems += eventItemBytes > 0 ? part.events.size() : 0;
    if (out.events.isEmpty()) {
        out.events = std::move(part.events);
    } else {
        if (out.events.size() + part.events.size() > out.events.capacity())
            reserveEvents(out.events.size() + part.events.size(), endOffset);
        out.events.append(std::move(part.events));
    }
    out.nodes.append(std::move(part.nodes));
    out.secrets.append(std::move(part.secrets));
    out.serviceAccounts.append(std::move(part.serviceAccounts));
    out.workloads.append(std::move(part.workloads));
    out.hadSecrets = out.hadSecrets || part.hadSecrets;
}

void MapSink::mergeIgnored(const MapSink &other)
{
    for (auto it = other.m_ignored.cbegin(); it != other.m_ignored.cend(); ++it)
        m_ignored[it.key()] += it.value();
}

void MapSink::noteIgnoredKind(const QString &kind)
{
    m_ignored[kind.isEmpty() ? QStringLiteral("?") : kind] += 1;
}

void MapSink::commitTo(ClusterSnapshot &out)
{
    m_out->inputs << m_file;
    if (!m_ignored.isEmpty()) {
        QStringList parts;
        for (auto it = m_ignored.cbegin(); it != m_ignored.cend(); ++it)
            parts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
        parts.sort();
        m_out->warnings << tr("%1: ignored objects of kinds not used for diagnosis: %2")
                               .arg(m_file, parts.join(QStringLiteral(", ")));
    }
    out.merge(std::move(*m_out));
}

} // namespace PullScope

#include "containerfilterindex.h"

#include <QHash>
#include <QStringMatcher>

#include <algorithm>

#include "reportwriter.h"
#include "rulebook.h"

namespace PullScope {

namespace {

// The generic fields a plain term is looked for in (CONTRACT.md's cause id and title
// live in the Cause values). State is left out: "ok" or "failing" as a plain word
// would match half the cluster by accident; state:... asks for it explicitly.
constexpr ContainerFilterIndex::Field GenericFields[]
    = {ContainerFilterIndex::Namespace, ContainerFilterIndex::Pod, ContainerFilterIndex::Container,
        ContainerFilterIndex::Image, ContainerFilterIndex::Cause, ContainerFilterIndex::Node};

int fieldOfKey(const QString &key)
{
    static const QHash<QString, int> keys = {
        {QStringLiteral("ns"), ContainerFilterIndex::Namespace},
        {QStringLiteral("namespace"), ContainerFilterIndex::Namespace},
        {QStringLiteral("pod"), ContainerFilterIndex::Pod},
        {QStringLiteral("container"), ContainerFilterIndex::Container},
        {QStringLiteral("image"), ContainerFilterIndex::Image},
        {QStringLiteral("cause"), ContainerFilterIndex::Cause},
        {QStringLiteral("node"), ContainerFilterIndex::Node},
        {QStringLiteral("state"), ContainerFilterIndex::State},
    };
    return keys.value(key, -1);
}

} // namespace

void ContainerFilterIndex::clear()
{
    for (int f = 0; f < FieldCount; ++f) {
        m_pools[f] = Pool();
        m_ids[f] = std::vector<int>();
        m_raw[f] = std::vector<QString>();
    }
    m_count = 0;
}

void ContainerFilterIndex::build(const DiagnosisReport &report)
{
    clear();
    m_count = int(report.containers.size());
    // Values are found again by their hash (an integer key: a QHash<QString> of 200k
    // pod names costs several times more), checked against the stored original.
    QHash<size_t, int> known[FieldCount];
    known[Pod].reserve(m_count);
    // Neighbouring containers mostly share namespace, pod, node, image and state:
    // checking the previous value first skips most lookups.
    const QString *last[FieldCount] = {};
    int lastId[FieldCount];
    std::fill(std::begin(lastId), std::end(lastId), -1);

    auto addValue = [this](Field f, const QString &value, const QString &lower) {
        Pool &p = m_pools[f];
        p.offsets.push_back(int(p.buffer.size()));
        p.buffer += lower;
        p.buffer += QLatin1Char('\n');
        m_raw[f].push_back(value);
        return int(p.offsets.size()) - 1;
    };
    const QString none;
    // Cause id 0 is "no cause", so that every container has a Cause value.
    known[Cause].insert(qHash(none, 0), addValue(Cause, none, none));

    const RuleBook &rules = RuleBook::builtin();
    for (int f = 0; f < FieldCount; ++f)
        m_ids[f].resize(size_t(m_count));
    for (int c = 0; c < m_count; ++c) {
        const ContainerDiagnosis &d = report.containers[c];
        const QString *raw[FieldCount]
            = {&d.namespace_, &d.pod, &d.container, &d.image, d.hasCause ? &d.cause.id : &none, &d.node, &d.state};
        for (int f = 0; f < FieldCount; ++f) {
            const QString &value = *raw[f];
            int id = lastId[f];
            if (id < 0 || value != *last[f]) {
                const size_t h = qHash(value, 0);
                auto it = known[f].constFind(h);
                if (it != known[f].constEnd() && m_raw[f][size_t(*it)] == value) {
                    id = *it;
                } else {
                    QString lower = value.toLower();
                    if (f == Cause) {
                        // Both languages, whatever the language of the run, so that a
                        // term typed in either finds the cause.
                        QString en = d.cause.title, zh = d.cause.title;
                        if (const RuleBook::Rule *r = rules.rule(value)) {
                            en = r->title.en;
                            zh = r->title.zh;
                        }
                        lower += QLatin1Char('\n') + en.toLower() + QLatin1Char('\n') + zh.toLower();
                    }
                    id = addValue(Field(f), value, lower);
                    // On a (64-bit) hash collision the first value keeps the slot and the
                    // second is simply stored twice.
                    if (it == known[f].constEnd())
                        known[f].insert(h, id);
                }
                last[f] = &value;
                lastId[f] = id;
            }
            m_ids[f][size_t(c)] = id;
        }
    }
    for (Pool &p : m_pools) {
        p.offsets.push_back(int(p.buffer.size()));
        p.ascii = std::all_of(p.buffer.cbegin(), p.buffer.cend(), [](QChar ch) { return ch.unicode() < 0x80; });
    }
}

QStringView ContainerFilterIndex::value(Field f, int id) const
{
    const Pool &p = m_pools[f];
    const int start = p.offsets[size_t(id)];
    return QStringView(p.buffer).mid(start, p.offsets[size_t(id) + 1] - start - 1);
}

std::vector<ContainerFilterIndex::Term> ContainerFilterIndex::parse(const QString &filter)
{
    std::vector<Term> terms;
    const qsizetype n = filter.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && filter[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const bool startsQuoted = filter[i] == QLatin1Char('"');
        QString token;
        while (i < n && !filter[i].isSpace()) {
            if (filter[i] == QLatin1Char('"')) {
                ++i;
                while (i < n && filter[i] != QLatin1Char('"'))
                    token += filter[i++];
                if (i < n)
                    ++i;
            } else {
                token += filter[i++];
            }
        }
        Term t;
        t.value = token;
        const qsizetype colon = startsQuoted ? -1 : token.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const int field = fieldOfKey(token.left(colon).toLower());
            if (field >= 0) {
                t.field = field;
                t.value = token.mid(colon + 1);
            }
        }
        t.value = t.value.toLower();
        // "cause:" while still typing restricts nothing yet.
        if (!t.value.isEmpty())
            terms.push_back(t);
    }
    return terms;
}

bool ContainerFilterIndex::matchValues(Field f, const Term &term, std::vector<char> &hits) const
{
    const int count = valueCount(f);
    hits.assign(size_t(std::max(count, 0)), 0);
    bool any = false;
    if (f == State) {
        // Few values; the translated name ("失败") is looked up now, in today's language.
        for (int id = 0; id < count; ++id) {
            const QString &state = m_raw[State][size_t(id)];
            if (state.toLower().contains(term.value) || ReportWriter::stateName(state).toLower().contains(term.value)) {
                hits[size_t(id)] = 1;
                any = true;
            }
        }
        return any;
    }
    if (f == Cause && term.field == Cause) {
        // cause:<exact id> (what the cause list sets) means that cause only, not every
        // cause whose title happens to contain the word.
        for (int id = 1; id < count; ++id) {
            if (m_raw[Cause][size_t(id)].compare(term.value, Qt::CaseInsensitive) == 0) {
                hits[size_t(id)] = 1;
                return true;
            }
        }
    }
    const Pool &p = m_pools[f];
    // Kubernetes names are ASCII: a term typed in Chinese need not scan 200k pod names.
    if (p.ascii && !std::all_of(term.value.cbegin(), term.value.cend(), [](QChar ch) { return ch.unicode() < 0x80; }))
        return false;
    const QStringMatcher matcher(term.value, Qt::CaseSensitive);
    const QStringView buffer(p.buffer);
    // Boyer-Moore pays off with long needles; Qt's own search (a vectorised scan for
    // the first character) is faster for one or two.
    const bool shortNeedle = term.value.size() < 3;
    auto next = [&](qsizetype from) {
        return shortNeedle ? buffer.indexOf(term.value, from) : matcher.indexIn(buffer, from);
    };
    qsizetype pos = 0;
    while ((pos = next(pos)) >= 0) {
        const auto it = std::upper_bound(p.offsets.begin(), p.offsets.end(), int(pos));
        const size_t id = size_t(it - p.offsets.begin()) - 1;
        hits[id] = 1;
        any = true;
        pos = p.offsets[id + 1]; // the rest of this value cannot add anything
    }
    return any;
}

int ContainerFilterIndex::evaluate(const QString &filter, std::vector<char> &visible) const
{
    const size_t n = size_t(m_count);
    visible.assign(n, 1);
    const std::vector<Term> terms = parse(filter);
    if (terms.empty())
        return m_count;
    std::vector<char> matched(n);
    std::vector<char> hits;
    for (const Term &term : terms) {
        std::fill(matched.begin(), matched.end(), 0);
        bool some = false;
        auto addField = [&](Field f) {
            if (!matchValues(f, term, hits))
                return;
            some = true;
            const int *ids = m_ids[f].data();
            const char *h = hits.data();
            char *m = matched.data();
            for (size_t c = 0; c < n; ++c)
                m[c] |= h[ids[c]];
        };
        if (term.field >= 0) {
            addField(Field(term.field));
        } else {
            for (Field f : GenericFields)
                addField(f);
        }
        if (!some) {
            std::fill(visible.begin(), visible.end(), 0);
            return 0;
        }
        for (size_t c = 0; c < n; ++c)
            visible[c] &= matched[c];
    }
    return int(std::count(visible.begin(), visible.end(), 1));
}

} // namespace PullScope

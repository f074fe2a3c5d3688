#include "containertree.h"

#include <algorithm>
#include <climits>
#include <numeric>

#include "rulebook.h"

namespace PullScope {

namespace {

const QString NotAPullProblem = QStringLiteral("not-a-pull-problem");

// The pod-template-hash a Deployment appends to its ReplicaSets: rand.SafeEncodeString
// of a 32-bit hash, no vowels and no 0 or 1, so that a word-like suffix ("backend",
// "v2") is never taken for one.
bool looksLikeHash(QStringView s)
{
    if (s.size() < 6 || s.size() > 10)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'2' && u <= u'9') || QStringView(u"bcdfghjklmnpqrstvwxz").contains(c);
    });
}

// The CronJob controller names its Jobs "<cronjob>-<scheduled time in minutes since
// the epoch>"; at least 6 digits keeps "migrate-2" a Job of its own.
bool looksLikeScheduleSuffix(QStringView s)
{
    return s.size() >= 6 && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

int mergeCause(int a, int b)
{
    if (b == -1 || a == b)
        return a;
    if (a == -1)
        return b;
    return -2;
}

// Equal values share a rank so that ties keep the canonical order.
template<typename Less> std::vector<int> ranks(int count, Less less)
{
    std::vector<int> order(size_t(std::max(count, 0)));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), less);
    std::vector<int> rank(order.size());
    int r = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            ++r;
        rank[size_t(order[i])] = r;
    }
    return rank;
}

} // namespace

int ContainerTree::Aggregate::worst() const
{
    for (int c = CatCount - 1; c >= 0; --c)
        if (counts[size_t(c)] > 0)
            return c;
    return -1;
}

OwnerRef ContainerTree::workloadGroup(const OwnerRef &owner)
{
    if (owner.kind.isEmpty() || owner.name.isEmpty())
        return {};
    const qsizetype dash = owner.name.lastIndexOf(QLatin1Char('-'));
    const QStringView suffix = dash > 0 ? QStringView(owner.name).mid(dash + 1) : QStringView();
    if (owner.kind == QLatin1String("ReplicaSet") && looksLikeHash(suffix))
        return {QStringLiteral("Deployment"), owner.name.left(dash)};
    if (owner.kind == QLatin1String("Job") && looksLikeScheduleSuffix(suffix))
        return {QStringLiteral("CronJob"), owner.name.left(dash)};
    return owner;
}

void ContainerTree::buildTree()
{
    using F = ContainerFilterIndex;
    const int n = int(m_report->containers.size());

    // Discover namespaces, groups and pods in report order, numbered per kind. The
    // engine lists a pod's containers together and replicas mostly one after the
    // other, so the previous pod and owner are tried before any lookup.
    std::vector<int> nsOfValue(size_t(m_index.valueCount(F::Namespace)), -1);
    std::vector<int> nsRep;
    QHash<QString, int> groupOfKey;
    std::vector<int> groupNs, groupRep;
    m_groups.clear();
    std::vector<int> podOfValue(size_t(m_index.valueCount(F::Pod)), -1); // first pod of that name
    QHash<qint64, int> podElsewhere; // the same name in another namespace
    std::vector<int> podParent, podRep, podNs; // podParent: group number, or -1 - namespace number
    std::vector<int> containerPod;
    containerPod.resize(size_t(n));
    int lastPod = -1;
    const OwnerRef *lastOwner = nullptr;
    int lastOwnerNs = -1, lastOwnerParent = -1;
    for (int c = 0; c < n; ++c) {
        const ContainerDiagnosis &d = m_report->containers[c];
        const int nsValue = m_index.id(F::Namespace, c);
        int &ns = nsOfValue[size_t(nsValue)];
        if (ns < 0) {
            ns = int(nsRep.size());
            nsRep.push_back(c);
        }
        const int podValue = m_index.id(F::Pod, c);
        int pod
            = lastPod >= 0 && podNs[size_t(lastPod)] == ns && m_index.id(F::Pod, podRep[size_t(lastPod)]) == podValue
            ? lastPod
            : -1;
        if (pod < 0) {
            const int first = podOfValue[size_t(podValue)];
            if (first >= 0 && podNs[size_t(first)] == ns)
                pod = first;
            else if (first >= 0)
                pod = podElsewhere.value((qint64(ns) << 32) | qint64(podValue), -1);
        }
        if (pod < 0) {
            pod = int(podRep.size());
            if (podOfValue[size_t(podValue)] < 0)
                podOfValue[size_t(podValue)] = pod;
            else
                podElsewhere.insert((qint64(ns) << 32) | qint64(podValue), pod);
            podRep.push_back(c);
            podNs.push_back(ns);
            int parent;
            if (lastOwner && lastOwnerNs == ns && lastOwner->kind == d.owner.kind && lastOwner->name == d.owner.name) {
                parent = lastOwnerParent;
            } else {
                const OwnerRef group = workloadGroup(d.owner);
                if (group.kind.isEmpty()) {
                    parent = -1 - ns;
                } else {
                    const QString key = QString::number(nsValue) + QLatin1Char('\x1f') + group.kind
                        + QLatin1Char('\x1f') + group.name;
                    auto git = groupOfKey.constFind(key);
                    if (git != groupOfKey.constEnd()) {
                        parent = *git;
                    } else {
                        parent = int(m_groups.size());
                        groupOfKey.insert(key, parent);
                        m_groups.push_back({group.kind, group.name, d.image});
                        groupNs.push_back(ns);
                        groupRep.push_back(c);
                    }
                }
                lastOwner = &d.owner;
                lastOwnerNs = ns;
                lastOwnerParent = parent;
            }
            podParent.push_back(parent);
        }
        lastPod = pod;
        containerPod[size_t(c)] = pod;
        const int parent = podParent[size_t(pod)];
        if (parent >= 0 && m_groups[size_t(parent)].image != d.image)
            m_groups[size_t(parent)].image.clear(); // mixed images: show none
    }

    m_nsBase = 1;
    m_groupBase = m_nsBase + int(nsRep.size());
    m_podBase = m_groupBase + int(m_groups.size());
    m_containerBase = m_podBase + int(podRep.size());
    const int total = m_containerBase + n;
    m_parent.assign(size_t(total), 0);
    m_kind.assign(size_t(total), NamespaceNode);
    m_rep.assign(size_t(total), -1);
    m_parent[0] = -1;
    for (size_t i = 0; i < nsRep.size(); ++i)
        m_rep[size_t(m_nsBase) + i] = nsRep[i];
    for (size_t i = 0; i < m_groups.size(); ++i) {
        const size_t node = size_t(m_groupBase) + i;
        m_kind[node] = GroupNode;
        m_parent[node] = m_nsBase + groupNs[i];
        m_rep[node] = groupRep[i];
    }
    for (size_t i = 0; i < podRep.size(); ++i) {
        const size_t node = size_t(m_podBase) + i;
        m_kind[node] = PodNode;
        m_parent[node] = podParent[i] >= 0 ? m_groupBase + podParent[i] : m_nsBase + (-1 - podParent[i]);
        m_rep[node] = podRep[i];
    }
    m_category.resize(size_t(n));
    for (int c = 0; c < n; ++c) {
        const size_t node = size_t(m_containerBase + c);
        m_kind[node] = ContainerNode;
        m_parent[node] = m_podBase + containerPod[size_t(c)];
        m_rep[node] = c;
        const ContainerDiagnosis &d = m_report->containers[c];
        Category cat = CatUnknown;
        if (d.state == QLatin1String("failing"))
            cat = d.hasCause && d.cause.id == NotAPullProblem ? CatNotAPull : CatFailing;
        else if (d.state == QLatin1String("pulling"))
            cat = CatPulling;
        else if (d.state == QLatin1String("ok"))
            cat = CatOk;
        else if (d.state == QLatin1String("recovered"))
            cat = CatRecovered;
        m_category[size_t(c)] = cat;
    }

    // Children as contiguous ranges (a counting sort by parent); containers stay in
    // report order, which is the engine's init, app, ephemeral order.
    m_childCount.assign(size_t(m_containerBase), 0);
    for (int node = 1; node < total; ++node)
        ++m_childCount[size_t(m_parent[size_t(node)])];
    m_childBegin.assign(size_t(m_containerBase), 0);
    for (int p = 1; p < m_containerBase; ++p)
        m_childBegin[size_t(p)] = m_childBegin[size_t(p) - 1] + m_childCount[size_t(p) - 1];
    m_canonical.assign(size_t(total - 1), 0);
    {
        std::vector<int> fill(m_childBegin);
        for (int node = 1; node < total; ++node)
            m_canonical[size_t(fill[size_t(m_parent[size_t(node)])]++)] = node;
    }

    // Namespaces, workloads and pods by name, case-insensitively; a workload sorts by its
    // own name (not its kind) among the pods without owner, where one looks for it.
    std::vector<QString> groupLower(m_groups.size());
    for (size_t i = 0; i < m_groups.size(); ++i)
        groupLower[i] = m_groups[i].name.toLower();
    auto nameKey = [&](int node) -> QStringView {
        switch (m_kind[size_t(node)]) {
        case NamespaceNode:
            return m_index.value(F::Namespace, m_index.id(F::Namespace, m_rep[size_t(node)]));
        case GroupNode:
            return groupLower[size_t(node - m_groupBase)];
        default:
            return m_index.value(F::Pod, m_index.id(F::Pod, m_rep[size_t(node)]));
        }
    };
    auto less = [&](int a, int b) {
        const int c = nameKey(a).compare(nameKey(b));
        if (c != 0)
            return c < 0;
        if (m_kind[size_t(a)] != m_kind[size_t(b)])
            return m_kind[size_t(a)] < m_kind[size_t(b)];
        if (m_kind[size_t(a)] == GroupNode) {
            const int k = m_groups[size_t(a - m_groupBase)].kind.compare(m_groups[size_t(b - m_groupBase)].kind);
            if (k != 0)
                return k < 0;
        }
        return a < b;
    };
    for (int p = 0; p < m_podBase; ++p) {
        auto begin = m_canonical.begin() + m_childBegin[size_t(p)];
        std::sort(begin, begin + m_childCount[size_t(p)], less);
    }
}

void ContainerTree::applySort()
{
    using F = ContainerFilterIndex;
    m_children = m_canonical;
    if (m_sortColumn < 0 || !m_report)
        return;
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    auto range = [this](int p) {
        auto begin = m_children.begin() + m_childBegin[size_t(p)];
        return std::make_pair(begin, begin + m_childCount[size_t(p)]);
    };
    auto sortBy = [&](int fromParent, int toParent, const std::vector<int> &key) {
        for (int p = fromParent; p < toParent; ++p) {
            auto [b, e] = range(p);
            if (desc)
                std::stable_sort(b, e, [&](int x, int y) { return key[size_t(x)] > key[size_t(y)]; });
            else
                std::stable_sort(b, e, [&](int x, int y) { return key[size_t(x)] < key[size_t(y)]; });
        }
    };
    const int total = int(m_parent.size());
    const int n = total - m_containerBase;
    switch (m_sortColumn) {
    case SortByName:
        // Canonical order is the name order, and names under one parent are unique.
        if (desc)
            for (int p = 0; p < m_containerBase; ++p) {
                auto [b, e] = range(p);
                std::reverse(b, e);
            }
        return;
    case SortByState: {
        // Containers here; the levels above sort by the worst state of what the filter
        // leaves them, in rebuildVisible().
        std::vector<int> key(size_t(total), 0);
        for (int c = 0; c < n; ++c)
            key[size_t(m_containerBase + c)] = m_category[size_t(c)];
        sortBy(m_podBase, m_containerBase, key);
        return;
    }
    default:
        break;
    }
    std::vector<int> rank;
    F::Field field = F::Node;
    if (m_sortColumn == SortByCause) {
        field = F::Cause;
        std::vector<QString> lower(m_causeTitles.size());
        for (size_t i = 0; i < lower.size(); ++i)
            lower[i] = m_causeTitles[i].toLower();
        rank = ranks(int(lower.size()), [&](int a, int b) { return lower[size_t(a)] < lower[size_t(b)]; });
    } else {
        field = m_sortColumn == SortByImage ? F::Image : F::Node;
        rank = ranks(
            m_index.valueCount(field), [&](int a, int b) { return m_index.value(field, a) < m_index.value(field, b); });
    }
    // A row above the containers sorts where its first (or, descending, last) container
    // would.
    std::vector<int> key(size_t(total), desc ? -1 : INT_MAX);
    for (int c = 0; c < n; ++c)
        key[size_t(m_containerBase + c)] = rank[size_t(m_index.id(field, c))];
    for (int p = m_containerBase - 1; p >= 0; --p) {
        auto [b, e] = range(p);
        for (auto it = b; it != e; ++it)
            key[size_t(p)]
                = desc ? std::max(key[size_t(p)], key[size_t(*it)]) : std::min(key[size_t(p)], key[size_t(*it)]);
    }
    sortBy(0, m_containerBase, key);
}

bool ContainerTree::nodeVisible(int node) const
{
    return node >= m_containerBase ? m_visible[size_t(node - m_containerBase)] != 0 : m_agg[size_t(node)].total() > 0;
}

void ContainerTree::rebuildVisible()
{
    using F = ContainerFilterIndex;
    const int total = int(m_parent.size());
    const int n = total - m_containerBase;
    m_agg.assign(size_t(m_containerBase), Aggregate());
    m_causeAgg.assign(size_t(m_containerBase), -1);
    m_visibleCauses.assign(size_t(m_index.valueCount(F::Cause)), 0);
    m_visibleContainers = 0;
    for (int c = 0; c < n; ++c) {
        if (!m_visible[size_t(c)])
            continue;
        const size_t p = size_t(m_parent[size_t(m_containerBase + c)]);
        ++m_agg[p].counts[m_category[size_t(c)]];
        ++m_agg[p].sum;
        const int cause = m_index.id(F::Cause, c);
        if (cause > 0) {
            m_causeAgg[p] = mergeCause(m_causeAgg[p], cause);
            ++m_visibleCauses[size_t(cause)];
        }
        ++m_visibleContainers;
    }
    // Children are numbered after their parents, so one backward pass sums bottom-up.
    for (int node = m_containerBase - 1; node >= 1; --node) {
        const Aggregate &a = m_agg[size_t(node)];
        if (a.total() == 0)
            continue;
        const size_t p = size_t(m_parent[size_t(node)]);
        for (int k = 0; k < CatCount; ++k)
            m_agg[p].counts[size_t(k)] += a.counts[size_t(k)];
        m_agg[p].sum += a.sum;
        m_causeAgg[p] = mergeCause(m_causeAgg[p], m_causeAgg[size_t(node)]);
    }

    m_visBegin.assign(size_t(m_containerBase), 0);
    m_visCount.assign(size_t(m_containerBase), 0);
    m_visRow.assign(size_t(total), -1);
    m_visChildren.clear();
    m_visChildren.reserve(size_t(total));
    std::vector<int> buckets[CatCount];
    for (int p = 0; p < m_containerBase; ++p) {
        if (p != 0 && m_agg[size_t(p)].total() == 0)
            continue;
        const int begin = int(m_visChildren.size());
        m_visBegin[size_t(p)] = begin;
        const int end = m_childBegin[size_t(p)] + m_childCount[size_t(p)];
        for (int i = m_childBegin[size_t(p)]; i < end; ++i) {
            const int child = m_children[size_t(i)];
            if (nodeVisible(child))
                m_visChildren.push_back(child);
        }
        m_visCount[size_t(p)] = int(m_visChildren.size()) - begin;
        if (m_sortColumn == SortByState && p < m_podBase && m_visCount[size_t(p)] > 1) {
            // A stable bucket sort by worst state: six buckets, linear time.
            for (auto &b : buckets)
                b.clear();
            for (int i = begin; i < int(m_visChildren.size()); ++i)
                buckets[m_agg[size_t(m_visChildren[size_t(i)])].worst()].push_back(m_visChildren[size_t(i)]);
            int out = begin;
            for (int k = 0; k < CatCount; ++k)
                for (int child : buckets[m_sortOrder == Qt::DescendingOrder ? CatCount - 1 - k : k])
                    m_visChildren[size_t(out++)] = child;
        }
        for (int i = begin, row = 0; i < int(m_visChildren.size()); ++i, ++row)
            m_visRow[size_t(m_visChildren[size_t(i)])] = row;
    }
}

void ContainerTree::refreshCauseTitles(const QString &lang)
{
    m_titleLanguage = lang;
    const int count = m_index.valueCount(ContainerFilterIndex::Cause);
    m_causeTitles.assign(size_t(std::max(count, 0)), QString());
    for (int id = 1; id < count; ++id) {
        const QString cause = m_index.causeId(id);
        // An id these rules do not know keeps its own name rather than "unknown"'s title.
        m_causeTitles[size_t(id)]
            = RuleBook::builtin().rule(cause) ? RuleBook::builtin().describe(cause, lang).title : cause;
    }
}

void ContainerTree::prepare(std::shared_ptr<const DiagnosisReport> report, ContainerFilterIndex &&index,
    const QString &filter, int sortColumn, Qt::SortOrder order, const QString &lang)
{
    m_filter = filter;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    if (!report) {
        reset();
        return;
    }
    m_report = std::move(report);
    m_index = std::move(index);
    buildTree();
    refreshCauseTitles(lang);
    applySort();
    m_visibleContainers = m_index.evaluate(m_filter, m_visible);
    rebuildVisible();
}

void ContainerTree::reset()
{
    // The sort and the filter are the view's choice and outlive the report.
    const QString filter = m_filter;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    *this = ContainerTree();
    m_filter = filter;
    m_sortColumn = column;
    m_sortOrder = order;
}

} // namespace PullScope

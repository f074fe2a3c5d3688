#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "containerfilterindex.h"
#include "diagnosis.h"

namespace PullScope {

// The pod list's data over one DiagnosisReport, without the model: the
// namespace -> owner workload -> pod -> container tree in flat vectors indexed by node
// number (no object per row), so that filtering and sorting 200k pods is a rebuild of a
// few arrays. Node numbers are grouped by kind: the root (0), namespaces, workload
// groups, pods, then one node per report container in report order.
//
// A plain value with no Qt object in it, so that LoadJob builds it on its own thread
// and ContainerTreeModel only swaps it in: building it for 200k pods takes far longer
// than the GUI thread may stall.
class ContainerTree
{
public:
    // Builds everything for `report`: the tree, the cause titles in `lang`, the order of
    // `sortColumn` (ContainerTreeModel::Column, -1 none) and what `filter` shows.
    void prepare(std::shared_ptr<const DiagnosisReport> report, ContainerFilterIndex &&index, const QString &filter,
        int sortColumn, Qt::SortOrder order, const QString &lang);
    // Back to no report at all.
    void reset();

    // The group a pod is listed under (see ContainerTreeModel::workloadGroup).
    static OwnerRef workloadGroup(const OwnerRef &owner);

protected:
    // Node kinds as stored in m_kind; the same values as ContainerTreeModel::Kind.
    enum NodeKind : std::uint8_t { NamespaceNode, GroupNode, PodNode, ContainerNode };
    // Badge categories, least to most severe.
    enum Category : std::uint8_t { CatOk, CatRecovered, CatUnknown, CatPulling, CatNotAPull, CatFailing, CatCount };
    struct Aggregate
    {
        std::array<int, CatCount> counts {};
        int sum = 0; // of counts, asked for on every row
        int total() const { return sum; }
        int worst() const; // -1 when empty
    };
    struct Group
    {
        QString kind;
        QString name;
        QString image; // when every container has the same, else empty
    };
    // Column numbers of ContainerTreeModel::Column that sort differently.
    enum SortKey { SortByName = 0, SortByState = 1, SortByCause = 2, SortByImage = 3 };

    void buildTree();
    void applySort();
    void rebuildVisible();
    void refreshCauseTitles(const QString &lang);
    bool nodeVisible(int node) const;

    std::shared_ptr<const DiagnosisReport> m_report;
    ContainerFilterIndex m_index;
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_titleLanguage; // of m_causeTitles

    // Static tree.
    std::vector<int> m_parent; // per node; -1 for the root
    std::vector<std::uint8_t> m_kind; // per node (NodeKind; the root is NamespaceNode, unused)
    std::vector<int> m_rep; // per node: a report index of a container under it
    std::vector<int> m_childBegin; // per non-container node, into m_children
    std::vector<int> m_childCount;
    std::vector<int> m_canonical; // children in namespace/name order
    std::vector<int> m_children; // children in the current sort order
    std::vector<Group> m_groups; // per group node, from m_groupBase
    std::vector<std::uint8_t> m_category; // per report container
    int m_nsBase = 1, m_groupBase = 1, m_podBase = 1, m_containerBase = 1;

    // What the filter shows.
    std::vector<char> m_visible; // per report container
    std::vector<Aggregate> m_agg; // per non-container node
    std::vector<int> m_causeAgg; // per non-container node: cause value id, -1 none, -2 mixed
    std::vector<int> m_visBegin; // per non-container node, into m_visChildren
    std::vector<int> m_visCount;
    std::vector<int> m_visRow; // per node: row under its parent
    std::vector<int> m_visChildren;
    std::vector<int> m_visibleCauses; // per cause value id
    int m_visibleContainers = 0;

    std::vector<QString> m_causeTitles; // per cause value id, in m_titleLanguage
};

} // namespace PullScope

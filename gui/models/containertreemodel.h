#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QMap>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "containerfilterindex.h"
#include "diagnosis.h"

namespace PullScope {

// The pod list: namespace -> owner workload -> pod -> container over one
// DiagnosisReport. The tree lives in flat vectors indexed by node number (no object
// per row), so that filtering and sorting 200k pods is a rebuild of a few arrays.
// Node numbers are grouped by kind: the root (0), namespaces, workload groups, pods,
// then one node per report container in report order.
class ContainerTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, CauseColumn, ImageColumn, NodeColumn, ColumnCount };
    enum Kind { NamespaceKind, GroupKind, PodKind, ContainerKind };
    enum Role {
        StateRole = Qt::UserRole + 1, // container state; worst child's state for the others
        CauseIdRole, // cause id; for the others the one cause all share, else empty
        ReportIndexRole, // index into report->containers, -1 for the others
        KindRole, // Kind
        BadgeColorRole, // QColor of the badge (Theme::stateColor)
        ContainerTypeRole, // "container", "init", "ephemeral"; empty for the others
        VisibleContainersRole, // containers shown under this row (1 for a container)
        FailingContainersRole, // of those, failing for a pull problem
    };
    Q_ENUM(Kind)

    explicit ContainerTreeModel(QObject *parent = nullptr);
    ~ContainerTreeModel() override;

    void setReport(std::shared_ptr<const DiagnosisReport> report);
    // The same with the filter index already built for `report` (LoadJob builds it on
    // its thread, so a 200k-pod report does not stall the window).
    void setReport(std::shared_ptr<const DiagnosisReport> report, ContainerFilterIndex &&prebuilt);
    std::shared_ptr<const DiagnosisReport> report() const { return m_report; }

    // ContainerFilterIndex::parse describes the syntax.
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }

    // The group a pod is listed under: ReplicaSets of a Deployment become the
    // Deployment, Jobs of a CronJob the CronJob; empty kind when the pod has no owner.
    static OwnerRef workloadGroup(const OwnerRef &owner);

    const ContainerDiagnosis *container(const QModelIndex &index) const;
    QModelIndex indexForContainer(int reportIndex) const;
    // Cause id -> containers, of what the filter shows.
    QMap<QString, int> causeCounts() const;
    int visibleContainers() const { return m_visibleContainers; }
    // The cause title in the current rule language (RuleBook), cached.
    QString causeTitle(const QString &causeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Name, worst state, cause title, image or node; ties keep namespace/name order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged(int visibleContainers);

private:
    // Badge categories, least to most severe.
    enum Category : std::uint8_t { CatOk, CatRecovered, CatUnknown, CatPulling, CatNotAPull, CatFailing, CatCount };
    struct Aggregate
    {
        std::array<int, CatCount> counts {};
        int sum = 0; // of counts, asked for on every row
        int total() const { return sum; }
        int worst() const; // -1 when empty
    };

    void buildTree();
    void applySort();
    void rebuildVisible();
    void relayout(); // re-sorts and tells views, keeping persistent indexes
    void refreshCauseTitles();
    int nodeOf(const QModelIndex &index) const;
    bool nodeVisible(int node) const;
    QString nodeName(int node) const;
    QString aggregateText(const Aggregate &a) const;
    QString stateText(int reportIndex) const;
    QString categoryState(int category) const;
    QColor categoryColor(int category) const;
    QIcon badge(const QColor &color) const;
    QVariant containerData(int node, int column, int role) const;
    QVariant groupData(int node, int column, int role) const;

    std::shared_ptr<const DiagnosisReport> m_report;
    ContainerFilterIndex m_index;
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // Static tree.
    std::vector<int> m_parent; // per node; -1 for the root
    std::vector<std::uint8_t> m_kind; // per node (Kind; the root is NamespaceKind, unused)
    std::vector<int> m_rep; // per node: a report index of a container under it
    std::vector<int> m_childBegin; // per non-container node, into m_children
    std::vector<int> m_childCount;
    std::vector<int> m_canonical; // children in namespace/name order
    std::vector<int> m_children; // children in the current sort order
    struct Group
    {
        QString kind;
        QString name;
        QString image; // when every container has the same, else empty
    };
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

    std::vector<QString> m_causeTitles; // per cause value id, current language
    mutable QHash<QRgb, QIcon> m_badges;
};

} // namespace PullScope

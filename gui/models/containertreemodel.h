#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QMap>

#include <memory>

#include "containerfilterindex.h"
#include "containertree.h"
#include "diagnosis.h"

namespace PullScope {

// The pod list: namespace -> owner workload -> pod -> container over one
// DiagnosisReport. ContainerTree holds the tree (flat vectors, see there); this is its
// item model: rows, texts, badges, sorting and filtering.
class ContainerTreeModel : public QAbstractItemModel, private ContainerTree
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
    // Swaps in a tree prepared off the GUI thread (LoadJob), which is cheap whatever its
    // size, and takes its filter; the sort stays the model's. `tree` gets the model's
    // previous data, for the caller to free where it does not stall the window.
    void setTree(ContainerTree &tree);
    std::shared_ptr<const DiagnosisReport> report() const { return m_report; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

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
    void relayout(); // re-sorts and tells views, keeping persistent indexes
    int nodeOf(const QModelIndex &index) const;
    QString nodeName(int node) const;
    QString aggregateText(const Aggregate &a) const;
    QString stateText(int reportIndex) const;
    QString categoryState(int category) const;
    QColor categoryColor(int category) const;
    QIcon badge(const QColor &color) const;
    QVariant containerData(int node, int column, int role) const;
    QVariant groupData(int node, int column, int role) const;

    mutable QHash<QRgb, QIcon> m_badges;
};

} // namespace PullScope

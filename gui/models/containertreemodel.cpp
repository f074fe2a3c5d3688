#include "containertreemodel.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

#include "languagemanager.h"
#include "reportwriter.h"
#include "rulebook.h"
#include "theme.h"

namespace PullScope {

namespace {

const QString NotAPullProblem = QStringLiteral("not-a-pull-problem");

} // namespace

// ContainerTree stores kinds and sorts by column number without knowing the model.
static_assert(int(ContainerTreeModel::NamespaceKind) == 0 && int(ContainerTreeModel::GroupKind) == 1
    && int(ContainerTreeModel::PodKind) == 2 && int(ContainerTreeModel::ContainerKind) == 3);
static_assert(int(ContainerTreeModel::NameColumn) == 0 && int(ContainerTreeModel::StateColumn) == 1
    && int(ContainerTreeModel::CauseColumn) == 2 && int(ContainerTreeModel::ImageColumn) == 3);

ContainerTreeModel::ContainerTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] {
        refreshCauseTitles(LanguageManager::ruleLanguage());
        // State names are matched in the current language: a state: term may now match
        // something else.
        const auto terms = ContainerFilterIndex::parse(m_filter);
        if (std::any_of(terms.begin(), terms.end(),
                [](const ContainerFilterIndex::Term &t) { return t.field == ContainerFilterIndex::State; })) {
            setFilter(m_filter);
        } else {
            // Every visible text may have changed, and a cause sort with it. A layout
            // change makes views ask again for everything without collapsing the tree,
            // which a dataChanged per parent (200k of them) would cost far more to say.
            relayout();
        }
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    });
}

ContainerTreeModel::~ContainerTreeModel() = default;

void ContainerTreeModel::setReport(std::shared_ptr<const DiagnosisReport> report)
{
    ContainerFilterIndex index;
    if (report)
        index.build(*report);
    setReport(std::move(report), std::move(index));
}

void ContainerTreeModel::setReport(std::shared_ptr<const DiagnosisReport> report, ContainerFilterIndex &&prebuilt)
{
    ContainerTree tree;
    tree.prepare(
        std::move(report), std::move(prebuilt), m_filter, m_sortColumn, m_sortOrder, LanguageManager::ruleLanguage());
    setTree(tree);
}

void ContainerTreeModel::setTree(ContainerTree &tree)
{
    beginResetModel();
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    std::swap(static_cast<ContainerTree &>(*this), tree);
    if (m_report) {
        // Catch up with what changed while the tree was being prepared; rare, and
        // each step is one pass over the arrays.
        const QString lang = LanguageManager::ruleLanguage();
        const bool retitle = m_titleLanguage != lang;
        if (retitle)
            refreshCauseTitles(lang);
        if (column != m_sortColumn || order != m_sortOrder || (retitle && column == CauseColumn)) {
            m_sortColumn = column;
            m_sortOrder = order;
            applySort();
            rebuildVisible();
        }
    } else {
        m_sortColumn = column;
        m_sortOrder = order;
    }
    endResetModel();
    Q_EMIT filterChanged(m_visibleContainers);
}

OwnerRef ContainerTreeModel::workloadGroup(const OwnerRef &owner)
{
    return ContainerTree::workloadGroup(owner);
}

void ContainerTreeModel::relayout()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> nodes;
    nodes.reserve(size_t(from.size()));
    for (const QModelIndex &i : from)
        nodes.push_back(nodeOf(i));
    if (m_report) {
        applySort();
        rebuildVisible();
    }
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int node = nodes[size_t(i)];
        const bool shown = node > 0 && size_t(node) < m_visRow.size() && m_visRow[size_t(node)] >= 0;
        to.append(shown ? createIndex(m_visRow[size_t(node)], from[i].column(), quintptr(node)) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ContainerTreeModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    relayout();
}

void ContainerTreeModel::setFilter(const QString &filter)
{
    beginResetModel();
    m_filter = filter;
    if (m_report) {
        m_visibleContainers = m_index.evaluate(m_filter, m_visible);
        rebuildVisible();
    }
    endResetModel();
    Q_EMIT filterChanged(m_visibleContainers);
}

QString ContainerTreeModel::causeTitle(const QString &causeId) const
{
    for (int id = 1; id < int(m_causeTitles.size()); ++id)
        if (m_index.causeId(id) == causeId)
            return m_causeTitles[size_t(id)];
    return RuleBook::builtin().rule(causeId)
        ? RuleBook::builtin().describe(causeId, LanguageManager::ruleLanguage()).title
        : causeId;
}

const ContainerDiagnosis *ContainerTreeModel::container(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    if (node < m_containerBase || !m_report)
        return nullptr;
    return &m_report->containers[node - m_containerBase];
}

QModelIndex ContainerTreeModel::indexForContainer(int reportIndex) const
{
    if (!m_report || reportIndex < 0 || reportIndex >= int(m_visible.size()) || !m_visible[size_t(reportIndex)])
        return {};
    const int node = m_containerBase + reportIndex;
    return createIndex(m_visRow[size_t(node)], 0, quintptr(node));
}

QMap<QString, int> ContainerTreeModel::causeCounts() const
{
    QMap<QString, int> counts;
    for (int id = 1; id < int(m_visibleCauses.size()); ++id)
        if (m_visibleCauses[size_t(id)] > 0)
            counts[m_index.causeId(id)] += m_visibleCauses[size_t(id)];
    return counts;
}

int ContainerTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex ContainerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_visCount.empty())
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const int p = nodeOf(parent);
    if (p >= m_containerBase || row >= m_visCount[size_t(p)])
        return {};
    return createIndex(row, column, quintptr(m_visChildren[size_t(m_visBegin[size_t(p)] + row)]));
}

QModelIndex ContainerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_parent[size_t(nodeOf(child))];
    if (p <= 0)
        return {};
    return createIndex(m_visRow[size_t(p)], 0, quintptr(p));
}

int ContainerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_visCount.empty() || (parent.isValid() && parent.column() != 0))
        return 0;
    const int p = nodeOf(parent);
    return p < m_containerBase ? m_visCount[size_t(p)] : 0;
}

int ContainerTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ContainerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index) >= m_containerBase)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant ContainerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case CauseColumn:
        return tr("Cause");
    case ImageColumn:
        return tr("Image");
    case NodeColumn:
        return tr("Node");
    default:
        return {};
    }
}

QHash<int, QByteArray> ContainerTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(CauseIdRole, "causeId");
    names.insert(ReportIndexRole, "reportIndex");
    names.insert(KindRole, "kind");
    names.insert(BadgeColorRole, "badgeColor");
    names.insert(ContainerTypeRole, "containerType");
    names.insert(VisibleContainersRole, "visibleContainers");
    names.insert(FailingContainersRole, "failingContainers");
    return names;
}

QString ContainerTreeModel::categoryState(int category) const
{
    switch (category) {
    case CatOk:
        return QStringLiteral("ok");
    case CatRecovered:
        return QStringLiteral("recovered");
    case CatPulling:
        return QStringLiteral("pulling");
    case CatNotAPull:
    case CatFailing:
        return QStringLiteral("failing");
    default:
        return QStringLiteral("unknown");
    }
}

QColor ContainerTreeModel::categoryColor(int category) const
{
    return Theme::stateColor(categoryState(category), category == CatNotAPull ? NotAPullProblem : QString());
}

QIcon ContainerTreeModel::badge(const QColor &color) const
{
    auto it = m_badges.constFind(color.rgba());
    if (it != m_badges.constEnd())
        return *it;
    QIcon icon;
    // Two sizes so that HiDPI screens get a crisp dot rather than a scaled one.
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal margin = size * 0.2;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pm);
    }
    m_badges.insert(color.rgba(), icon);
    return icon;
}

QString ContainerTreeModel::stateText(int reportIndex) const
{
    if (m_category[size_t(reportIndex)] == CatNotAPull)
        return tr("image OK, container failing");
    return ReportWriter::stateName(m_report->containers[reportIndex].state);
}

QString ContainerTreeModel::aggregateText(const Aggregate &a) const
{
    const int total = a.total();
    const int failing = a.counts[CatFailing];
    const int notAPull = a.counts[CatNotAPull];
    if (failing > 0 && notAPull > 0)
        return tr("%1 failing, %2 not a pull problem / %3").arg(failing).arg(notAPull).arg(total);
    if (failing > 0)
        return tr("%1 failing / %2").arg(failing).arg(total);
    if (notAPull > 0)
        return tr("%1 not a pull problem / %2").arg(notAPull).arg(total);
    if (a.counts[CatPulling] > 0)
        return tr("%1 pulling / %2").arg(a.counts[CatPulling]).arg(total);
    if (a.counts[CatUnknown] > 0)
        return tr("%1 unknown / %2").arg(a.counts[CatUnknown]).arg(total);
    return tr("%1 ok / %2").arg(a.counts[CatOk] + a.counts[CatRecovered]).arg(total);
}

QString ContainerTreeModel::nodeName(int node) const
{
    const ContainerDiagnosis &d = m_report->containers[m_rep[size_t(node)]];
    switch (m_kind[size_t(node)]) {
    case NamespaceKind:
        return d.namespace_.isEmpty() ? tr("(no namespace)") : d.namespace_;
    case GroupKind: {
        const Group &g = m_groups[size_t(node - m_groupBase)];
        return g.kind + QLatin1Char(' ') + g.name;
    }
    case PodKind:
        return d.pod;
    default:
        return d.container;
    }
}

QVariant ContainerTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_report)
        return {};
    const int node = nodeOf(index);
    return node >= m_containerBase ? containerData(node, index.column(), role) : groupData(node, index.column(), role);
}

QVariant ContainerTreeModel::containerData(int node, int column, int role) const
{
    const int rc = node - m_containerBase;
    const ContainerDiagnosis &d = m_report->containers[rc];
    const int category = m_category[size_t(rc)];
    const int causeValue = m_index.id(ContainerFilterIndex::Cause, rc);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            if (d.containerType == ContainerType::Init)
                return tr("%1 (init)").arg(d.container);
            if (d.containerType == ContainerType::Ephemeral)
                return tr("%1 (ephemeral)").arg(d.container);
            return d.container;
        case StateColumn:
            return stateText(rc);
        case CauseColumn:
            return m_causeTitles[size_t(causeValue)];
        case ImageColumn:
            return d.image;
        case NodeColumn:
            return d.node;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == NameColumn)
            return badge(categoryColor(category));
        return {};
    case Qt::ForegroundRole:
        // The state text carries the badge's colour too, so the marking survives a
        // narrow Name column.
        if (column == StateColumn && category == CatNotAPull)
            return Theme::notAPullProblem();
        return {};
    case Qt::ToolTipRole: {
        if (category == CatNotAPull)
            return tr("The image is fine; the container fails for another reason: %1")
                .arg(d.cause.detail.isEmpty() ? m_causeTitles[size_t(causeValue)] : d.cause.detail);
        QString tip = stateText(rc);
        if (causeValue > 0)
            tip += QStringLiteral(": ") + m_causeTitles[size_t(causeValue)];
        if (!d.cause.detail.isEmpty())
            tip += QLatin1Char('\n') + d.cause.detail;
        return tip;
    }
    case StateRole:
        return d.state;
    case CauseIdRole:
        return causeValue > 0 ? m_index.causeId(causeValue) : QString();
    case ReportIndexRole:
        return rc;
    case KindRole:
        return int(ContainerKind);
    case BadgeColorRole:
        return categoryColor(category);
    case ContainerTypeRole:
        return containerTypeId(d.containerType);
    case VisibleContainersRole:
        return 1;
    case FailingContainersRole:
        return category == CatFailing ? 1 : 0;
    default:
        return {};
    }
}

QVariant ContainerTreeModel::groupData(int node, int column, int role) const
{
    const Aggregate &a = m_agg[size_t(node)];
    const int causeValue = m_causeAgg[size_t(node)];
    const int kind = m_kind[size_t(node)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return nodeName(node);
        case StateColumn:
            return aggregateText(a);
        case CauseColumn:
            if (causeValue > 0)
                return m_causeTitles[size_t(causeValue)];
            return causeValue == -2 ? tr("several causes") : QString();
        case ImageColumn:
            if (kind == GroupKind)
                return m_groups[size_t(node - m_groupBase)].image;
            if (kind == PodKind) {
                QStringList images;
                const int begin = m_visBegin[size_t(node)];
                for (int i = begin; i < begin + m_visCount[size_t(node)]; ++i) {
                    const QString &image = m_report->containers[m_visChildren[size_t(i)] - m_containerBase].image;
                    if (!images.contains(image))
                        images.append(image);
                }
                return images.join(QStringLiteral(", "));
            }
            return {};
        case NodeColumn:
            return kind == PodKind ? m_report->containers[m_rep[size_t(node)]].node : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == NameColumn)
            return badge(categoryColor(a.worst()));
        return {};
    case Qt::ToolTipRole:
        return QString(nodeName(node) + QLatin1Char('\n') + aggregateText(a));
    case StateRole:
        return categoryState(a.worst());
    case CauseIdRole:
        return causeValue > 0 ? m_index.causeId(causeValue) : QString();
    case ReportIndexRole:
        return -1;
    case KindRole:
        return kind;
    case BadgeColorRole:
        return categoryColor(a.worst());
    case ContainerTypeRole:
        return QString();
    case VisibleContainersRole:
        return a.total();
    case FailingContainersRole:
        return a.counts[CatFailing];
    default:
        return {};
    }
}

} // namespace PullScope

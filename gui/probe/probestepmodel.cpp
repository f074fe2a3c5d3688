#include "probe/probestepmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include "probe/probetext.h"
#include "probe/registryprobe.h"
#include "theme.h"

namespace PullScope {

ProbeStepModel::ProbeStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    clear();
}

int ProbeStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ProbeStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProbeStep &s = m_steps.at(index.row());
    const RowState state = m_states.at(index.row());
    switch (role) {
    case StepIdRole:
        return s.id;
    case StatusIdRole:
        return statusId(state);
    case StatusColorRole:
        return statusColor(state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn:
            return ProbeText::stepName(s.id);
        case StatusColumn:
            return statusText(state);
        case TimeColumn:
            return s.ms >= 0 ? tr("%1 ms").arg(QLocale().toString(s.ms)) : QString();
        case DetailColumn:
            return s.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StepColumn)
            return QString(s.id + QStringLiteral(": ") + ProbeText::stepDescription(s.id));
        if (index.column() == DetailColumn && !s.detail.isEmpty())
            return s.detail;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return statusColor(state);
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusColor(state);
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn || state == RowState::Fail) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ProbeStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

void ProbeStepModel::clear()
{
    beginResetModel();
    m_steps.clear();
    m_states.clear();
    for (const QString &id : RegistryProbe::stepIds()) {
        ProbeStep s;
        s.id = id;
        m_steps << s;
        m_states << RowState::Pending;
    }
    endResetModel();
}

void ProbeStepModel::start()
{
    clear();
    m_states[0] = RowState::Running;
    changed(0);
}

void ProbeStepModel::stepFinished(const QString &id, int status, const QString &detail)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    // A hosts dir with several hosts runs the steps once per host: the first step again
    // starts the next host's run.
    if (m_states.at(row) != RowState::Running && m_states.at(row) != RowState::Pending) {
        for (int r = 0; r < m_steps.size(); ++r) {
            m_steps[r] = ProbeStep {m_steps[r].id, ProbeStep::Status::Skip, {}, -1, {}};
            m_states[r] = RowState::Pending;
        }
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    m_steps[row].status = ProbeStep::Status(status);
    m_steps[row].detail = detail;
    m_states[row] = fromStatus(ProbeStep::Status(status));
    changed(row);
    if (row + 1 < m_steps.size() && m_states.at(row + 1) == RowState::Pending
        && ProbeStep::Status(status) != ProbeStep::Status::Fail
        && ProbeStep::Status(status) != ProbeStep::Status::Skip) {
        m_states[row + 1] = RowState::Running;
        changed(row + 1);
    }
}

void ProbeStepModel::setResult(const ProbeResult &result)
{
    beginResetModel();
    m_steps.clear();
    m_states.clear();
    const QStringList ids = RegistryProbe::stepIds();
    for (const QString &id : ids) {
        const ProbeStep *s = result.step(id);
        m_steps << (s ? *s : ProbeStep {id, ProbeStep::Status::Skip, {}, -1, {}});
        m_states << fromStatus(m_steps.last().status);
    }
    endResetModel();
}

void ProbeStepModel::stopRunning()
{
    for (int r = 0; r < m_states.size(); ++r) {
        if (m_states.at(r) == RowState::Running || m_states.at(r) == RowState::Pending) {
            m_states[r] = RowState::Skip;
            changed(r);
        }
    }
}

ProbeStepModel::RowState ProbeStepModel::rowState(int row) const
{
    return m_states.value(row, RowState::Pending);
}

int ProbeStepModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_steps.size(); ++r)
        if (m_steps.at(r).id == id)
            return r;
    return -1;
}

void ProbeStepModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProbeStepModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

ProbeStepModel::RowState ProbeStepModel::fromStatus(ProbeStep::Status s)
{
    switch (s) {
    case ProbeStep::Status::Pass:
        return RowState::Pass;
    case ProbeStep::Status::Fail:
        return RowState::Fail;
    case ProbeStep::Status::Skip:
        return RowState::Skip;
    case ProbeStep::Status::NotApplicable:
        return RowState::NotApplicable;
    }
    return RowState::Skip;
}

QString ProbeStepModel::statusId(RowState s)
{
    switch (s) {
    case RowState::Pending:
        return QStringLiteral("pending");
    case RowState::Running:
        return QStringLiteral("running");
    case RowState::Pass:
        return ProbeStep::statusId(ProbeStep::Status::Pass);
    case RowState::Fail:
        return ProbeStep::statusId(ProbeStep::Status::Fail);
    case RowState::Skip:
        return ProbeStep::statusId(ProbeStep::Status::Skip);
    case RowState::NotApplicable:
        return ProbeStep::statusId(ProbeStep::Status::NotApplicable);
    }
    return {};
}

QColor ProbeStepModel::statusColor(RowState s)
{
    switch (s) {
    case RowState::Pending:
    case RowState::Skip:
        return Theme::notReached();
    case RowState::Running:
        return Theme::inProgress();
    case RowState::Pass:
        return Theme::taken();
    case RowState::Fail:
        return Theme::failing();
    case RowState::NotApplicable:
        return Theme::notApplicable();
    }
    return Theme::notReached();
}

QString ProbeStepModel::statusText(RowState s)
{
    switch (s) {
    case RowState::Pending:
        return QString();
    case RowState::Running:
        return tr("running...");
    case RowState::Pass:
        return ProbeText::statusText(ProbeStep::Status::Pass);
    case RowState::Fail:
        return ProbeText::statusText(ProbeStep::Status::Fail);
    case RowState::Skip:
        return ProbeText::statusText(ProbeStep::Status::Skip);
    case RowState::NotApplicable:
        return ProbeText::statusText(ProbeStep::Status::NotApplicable);
    }
    return {};
}

} // namespace PullScope

#include "kubectltext.h"
#include "eventtablemodel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

#include "theme.h"

namespace PullScope {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventTableModel::setContainer(const ContainerDiagnosis *d, const QDateTime &now)
{
    beginResetModel();
    m_events = d ? d->events : QList<Event>();
    m_now = now;
    m_evidenceRow = -1;
    m_matchStart = m_matchEnd = -1;
    if (d && d->hasCause && d->cause.evidence.source == QLatin1String("event") && d->cause.evidence.event >= 0
        && d->cause.evidence.event < m_events.size()) {
        const Evidence &ev = d->cause.evidence;
        m_evidenceRow = ev.event;
        const QString &message = m_events.at(m_evidenceRow).message;
        if (ev.matchStart >= 0 && ev.matchEnd > ev.matchStart) {
            // The span's offsets are into the evidence message; they hold for the event's
            // own message only when it is that text.
            if (ev.message == message && ev.matchEnd <= message.size()) {
                m_matchStart = ev.matchStart;
                m_matchEnd = ev.matchEnd;
            } else if (ev.matchEnd <= ev.message.size()) {
                const QString needle = ev.message.mid(ev.matchStart, ev.matchEnd - ev.matchStart);
                const qsizetype at = message.indexOf(needle);
                if (at >= 0) {
                    m_matchStart = int(at);
                    m_matchEnd = int(at + needle.size());
                }
            }
        }
    }
    endResetModel();
}

const Event *EventTableModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    const bool evidence = index.row() == m_evidenceRow;
    const bool warning = e.type == QLatin1String("Warning");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return e.type;
        case ReasonColumn:
            return e.reason;
        case AgeColumn:
            return KubectlText::eventAge(e, m_now);
        case CountColumn:
            return e.count;
        case MessageColumn:
            return e.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return e.message;
        if (index.column() == AgeColumn) {
            QStringList lines;
            if (e.firstTimestamp.isValid())
                lines << tr("first seen %1").arg(e.firstTimestamp.toUTC().toString(Qt::ISODate));
            if (e.lastTimestamp.isValid())
                lines << tr("last seen %1").arg(e.lastTimestamp.toUTC().toString(Qt::ISODate));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TypeColumn && warning && qobject_cast<QApplication *>(QCoreApplication::instance()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (warning && (index.column() == TypeColumn || index.column() == ReasonColumn))
            return Theme::failing();
        break;
    case Qt::FontRole:
        if (evidence) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MatchStartRole:
        return evidence ? m_matchStart : -1;
    case MatchEndRole:
        return evidence ? m_matchEnd : -1;
    case EvidenceRole:
        return evidence;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case ReasonColumn:
        return tr("Reason");
    case AgeColumn:
        return tr("Age");
    case CountColumn:
        return tr("Count");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void EventTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_events.size()) - 1, AgeColumn), {Qt::ToolTipRole});
}

} // namespace PullScope

#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "diagnosis.h"

namespace PullScope {

// One container's events (ContainerDiagnosis::events, oldest first) as kubectl describe
// shows them: Type, Reason, Age, Count, Message, with the cause's evidence event marked
// and its matched span exposed for the highlight delegate.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, ReasonColumn, AgeColumn, CountColumn, MessageColumn, ColumnCount };
    enum Role {
        MatchStartRole = Qt::UserRole + 1, // UTF-16 offset in the message, -1 off the evidence row
        MatchEndRole,
        EvidenceRole, // bool: this row is the cause's evidence
    };

    explicit EventTableModel(QObject *parent = nullptr);

    // `d` may be null (nothing selected); the model keeps a copy of the events.
    void setContainer(const ContainerDiagnosis *d, const QDateTime &now);
    int evidenceRow() const { return m_evidenceRow; }
    const Event *event(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Header texts are tr(); tell the views after a language switch.
    void retranslate();

private:
    QList<Event> m_events;
    QDateTime m_now;
    int m_evidenceRow = -1;
    int m_matchStart = -1;
    int m_matchEnd = -1;
};

} // namespace PullScope

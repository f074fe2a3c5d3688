#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "probe/proberesult.h"

namespace PullScope {

// The probe's steps as table rows (step, status, time, detail), filled live as steps
// finish and replaced by the final result. Rows are the eight CONTRACT steps, always in
// their order, so a row never moves while a probe runs.
class ProbeStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, StatusColumn, TimeColumn, DetailColumn, ColumnCount };
    enum Role {
        StepIdRole = Qt::UserRole + 1, // the CONTRACT step id
        StatusIdRole, // pass, fail, skip, not-applicable (CONTRACT), running or pending
        StatusColorRole, // the theme colour of the status
    };
    // Where a row stands; the finished states mirror ProbeStep::Status.
    enum class RowState { Pending, Running, Pass, Fail, Skip, NotApplicable };

    explicit ProbeStepModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every row pending, the first one running: a probe starts.
    void start();
    // A step finished (RegistryProbe::stepFinished); the next pending row runs. A step
    // seen again means the probe moved on to the next host of a hosts dir: rows restart.
    void stepFinished(const QString &id, int status, const QString &detail);
    // The final word: rows from the result (durations, certificates), nothing running.
    void setResult(const ProbeResult &result);
    // Rows left running or pending become skipped: the probe was cancelled or stopped.
    void stopRunning();
    void clear();

    RowState rowState(int row) const;
    int rowOf(const QString &id) const;
    const ProbeStep &step(int row) const { return m_steps.at(row); }
    // Re-sets translated texts (names, statuses, headers).
    void retranslate();

    static QString statusId(RowState s);
    static QColor statusColor(RowState s);
    static QString statusText(RowState s);
    static RowState fromStatus(ProbeStep::Status s);

private:
    void changed(int row);

    QList<ProbeStep> m_steps;
    QList<RowState> m_states;
};

} // namespace PullScope

#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

#include "clustersnapshot.h"
#include "containertree.h"
#include "diagnosis.h"
#include "loadoptions.h"
#include "reportwriter.h"

class QThread;

namespace PullScope {

struct LoadResult
{
    std::shared_ptr<const DiagnosisReport> report;
    QStringList inputs;
    // The pod list's data (tree, search index, sort order), built here rather than on
    // the GUI thread, unfiltered; ContainerTreeModel::setTree() swaps it in.
    std::shared_ptr<ContainerTree> tree;
    ReportSummary summary; // for the status bar
    int firstFailing = -1; // report index of the first failing container, shown first
    // Read from memory (a live cluster's store), not from files: inputs holds its name,
    // which is no path to remember among the recent inputs.
    bool fromData = false;
};

// Reads inputs and diagnoses them off the GUI thread, reporting bytes read; the window
// stays responsive on a 700 MB dump and Cancel stops the read at the next chunk.
class LoadJob : public QObject
{
    Q_OBJECT
public:
    explicit LoadJob(QObject *parent = nullptr);
    ~LoadJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Starts loading `paths` (files, folders or ":/" resources), replacing a running load.
    bool start(const QStringList &paths, const QString &lang, int stallMinutes = 10);
    // The same for data in memory (a live cluster's kubectl-style List), diagnosed against
    // `now` (a live cluster is read now; invalid: its newest timestamp, as for a file).
    bool startData(
        const QByteArray &data, const QString &name, const QString &lang, const QDateTime &now, int stallMinutes = 10);
    // The order the pod list is sorted in (ContainerTreeModel::sortColumn()), for the
    // loads started from now on.
    void setTreeOrder(int sortColumn, Qt::SortOrder order);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const PullScope::LoadResult &result);
    void failed(const QString &message);
    void cancelled();

private:
    void wait();
    // Reads into the snapshot on the load thread; false when it failed or was cancelled
    // (it has posted why).
    using Reader = std::function<bool(ClusterSnapshot &snapshot, const LoadOptions &options,
        const std::function<void(std::function<void(LoadJob *)>)> &post)>;
    void run(const Reader &read, const QStringList &inputs, const QString &lang, const QDateTime &now, int stallMinutes,
        bool fromData);

    QThread *m_thread = nullptr;
    int m_generation = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace PullScope

Q_DECLARE_METATYPE(PullScope::LoadResult)

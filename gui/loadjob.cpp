#include "loadjob.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

#include "diagnosisengine.h"
#include "inputloader.h"

namespace PullScope {

namespace {
qint64 totalSize(const QStringList &paths)
{
    qint64 total = 0;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QDirIterator it(p, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                total += it.fileInfo().size();
            }
        } else {
            total += info.size();
        }
    }
    return total;
}
} // namespace

LoadJob::LoadJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PullScope::LoadResult>();
}

LoadJob::~LoadJob()
{
    cancel();
    wait();
}

void LoadJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void LoadJob::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void LoadJob::setTreeOrder(int sortColumn, Qt::SortOrder order)
{
    m_sortColumn = sortColumn;
    m_sortOrder = order;
}

bool LoadJob::start(const QStringList &paths, const QString &lang, int stallMinutes)
{
    auto read = [paths](ClusterSnapshot &snapshot, const LoadOptions &options,
                    const std::function<void(std::function<void(LoadJob *)>)> &post) {
        const qint64 total = totalSize(paths);
        qint64 before = 0; // bytes of the inputs already read
        for (const QString &p : paths) {
            LoadOptions o;
            o.progress = [&](qint64 done, qint64) { return options.progress(before + done, total); };
            LoadError error;
            if (!InputLoader::loadPath(p, snapshot, o, &error)) {
                // progress() answers whether to go on: false when Cancel came meanwhile.
                if (!error.cancelled && !options.progress(before, total))
                    error.cancelled = true;
                if (error.cancelled) {
                    post([](LoadJob *job) { Q_EMIT job->cancelled(); });
                } else {
                    const QString message = error.toString();
                    post([message](LoadJob *job) { Q_EMIT job->failed(message); });
                }
                return false;
            }
            before += QFileInfo(p).isDir() ? 0 : QFileInfo(p).size();
        }
        return true;
    };
    run(read, paths, lang, QDateTime(), stallMinutes, false);
    return true;
}

bool LoadJob::startData(
    const QByteArray &data, const QString &name, const QString &lang, const QDateTime &now, int stallMinutes)
{
    auto read = [data, name](ClusterSnapshot &snapshot, const LoadOptions &options,
                    const std::function<void(std::function<void(LoadJob *)>)> &post) {
        LoadError error;
        if (InputLoader::loadData(data, name, snapshot, options, &error))
            return true;
        if (error.cancelled) {
            post([](LoadJob *job) { Q_EMIT job->cancelled(); });
        } else {
            const QString message = error.toString();
            post([message](LoadJob *job) { Q_EMIT job->failed(message); });
        }
        return false;
    };
    run(read, {name}, lang, now, stallMinutes, true);
    return true;
}

void LoadJob::run(const Reader &read, const QStringList &inputs, const QString &lang, const QDateTime &now,
    int stallMinutes, bool fromData)
{
    // A new load replaces a running one (the reader stops at its next chunk).
    if (m_thread) {
        cancel();
        wait();
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancelFlag = m_cancel;
    const int generation = ++m_generation;
    const int sortColumn = m_sortColumn;
    const Qt::SortOrder sortOrder = m_sortOrder;
    QPointer<LoadJob> self(this);
    // Runs `f` on the GUI thread, unless a newer load has replaced this one.
    auto post = [self, generation](std::function<void(LoadJob *)> f) {
        QMetaObject::invokeMethod(
            self,
            [self, generation, f]() {
                if (self && self->m_generation == generation)
                    f(self);
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([=]() {
        QElapsedTimer sinceReport;
        sinceReport.start();
        LoadOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            // At most ~20 updates a second: the GUI thread has better things to do.
            if (sinceReport.elapsed() > 50) {
                sinceReport.restart();
                post([done, total](LoadJob *job) { Q_EMIT job->progress(done, total); });
            }
            return !cancelFlag->load();
        };
        ClusterSnapshot snapshot;
        if (!read(snapshot, options, post))
            return;
        if (cancelFlag->load()) {
            post([](LoadJob *job) { Q_EMIT job->cancelled(); });
            return;
        }
        DiagnosisOptions o;
        o.now = now.isValid() ? now : DiagnosisEngine::defaultNow(snapshot);
        o.lang = lang;
        o.stallMinutes = stallMinutes;
        DiagnosisEngine::resolveRelativeAges(snapshot, o.now);
        auto report = std::make_shared<DiagnosisReport>(DiagnosisEngine::diagnose(snapshot, o));
        // The snapshot is not needed any more: free it here, not after the report is shown.
        snapshot = ClusterSnapshot();
        ContainerFilterIndex index;
        index.build(*report);
        auto tree = std::make_shared<ContainerTree>();
        tree->prepare(report, std::move(index), QString(), sortColumn, sortOrder, lang);
        int firstFailing = -1;
        for (int i = 0; i < report->containers.size() && firstFailing < 0; ++i)
            if (report->containers[i].state == QLatin1String("failing"))
                firstFailing = i;
        LoadResult result {report, inputs, tree, ReportWriter::summarize(*report), firstFailing, fromData};
        post([result](LoadJob *job) { Q_EMIT job->finished(result); });
    });
    connect(
        m_thread, &QThread::finished, this, [this]() { wait(); }, Qt::QueuedConnection);
    m_thread->start();
}

} // namespace PullScope

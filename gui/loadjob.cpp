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

bool LoadJob::start(const QStringList &paths, const QString &lang, int stallMinutes)
{
    // A new load replaces a running one (the reader stops at its next chunk).
    if (m_thread) {
        cancel();
        wait();
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancelFlag = m_cancel;
    const int generation = ++m_generation;
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
        const qint64 total = totalSize(paths);
        qint64 before = 0; // bytes of the inputs already read
        QElapsedTimer sinceReport;
        sinceReport.start();
        LoadOptions options;
        options.progress = [&](qint64 done, qint64) {
            // At most ~20 updates a second: the GUI thread has better things to do.
            if (sinceReport.elapsed() > 50) {
                sinceReport.restart();
                const qint64 at = before + done;
                post([at, total](LoadJob *job) { Q_EMIT job->progress(at, total); });
            }
            return !cancelFlag->load();
        };
        ClusterSnapshot snapshot;
        for (const QString &p : paths) {
            LoadError error;
            if (!InputLoader::loadPath(p, snapshot, options, &error)) {
                if (error.cancelled || cancelFlag->load()) {
                    post([](LoadJob *job) { Q_EMIT job->cancelled(); });
                } else {
                    const QString message = error.toString();
                    post([message](LoadJob *job) { Q_EMIT job->failed(message); });
                }
                return;
            }
            before += QFileInfo(p).isDir() ? 0 : QFileInfo(p).size();
        }
        if (cancelFlag->load()) {
            post([](LoadJob *job) { Q_EMIT job->cancelled(); });
            return;
        }
        DiagnosisOptions o;
        o.now = DiagnosisEngine::defaultNow(snapshot);
        o.lang = lang;
        o.stallMinutes = stallMinutes;
        DiagnosisEngine::resolveRelativeAges(snapshot, o.now);
        auto report = std::make_shared<DiagnosisReport>(DiagnosisEngine::diagnose(snapshot, o));
        auto index = std::make_shared<ContainerFilterIndex>();
        index->build(*report);
        LoadResult result {report, paths, index};
        post([result](LoadJob *job) { Q_EMIT job->finished(result); });
    });
    connect(
        m_thread, &QThread::finished, this, [this]() { wait(); }, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

} // namespace PullScope

#include "live/connectjob.h"

#include <QPointer>
#include <QThread>

#include "live/liveconnection.h"

namespace PullScope {

ConnectJob::ConnectJob(QObject *parent)
    : QObject(parent)
{
}

ConnectJob::~ConnectJob()
{
    cancel();
    stopThread();
}

void ConnectJob::stopThread()
{
    if (!m_thread)
        return;
    // check() waits in a local event loop; quitting the thread ends that wait (a running
    // exec plugin still ends first, by its own timeout).
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ConnectJob::cancel()
{
    ++m_generation;
    // Only a connection still being checked: a checked one may be live in the window now.
    if (m_checking && m_connection)
        m_connection->abort();
    m_checking = false;
    if (m_thread)
        m_thread->quit();
}

void ConnectJob::start(const std::shared_ptr<LiveConnection> &connection, int timeoutMs)
{
    cancel();
    stopThread();
    m_connection = connection;
    m_result = ClusterConnector::CheckResult();
    const int generation = ++m_generation;
    m_checking = true;
    QPointer<ConnectJob> self(this);
    std::shared_ptr<LiveConnection> c = connection;
    m_thread = QThread::create([self, c, generation, timeoutMs]() {
        const ClusterConnector::CheckResult r = c->connector().check(timeoutMs);
        QMetaObject::invokeMethod(
            self,
            [self, generation, r]() {
                if (!self || self->m_generation != generation)
                    return;
                self->m_result = r;
                self->m_checking = false;
                Q_EMIT self->finished(r.ok);
            },
            Qt::QueuedConnection);
    });
    QThread *thread = m_thread;
    connect(
        thread, &QThread::finished, this,
        [this, thread]() {
            if (m_thread == thread)
                stopThread();
        },
        Qt::QueuedConnection);
    m_thread->start();
}

} // namespace PullScope

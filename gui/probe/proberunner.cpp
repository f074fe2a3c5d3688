#include "probe/proberunner.h"

#include <QThread>
#include <QTimer>

#include "probe/registryprobe.h"

namespace PullScope {

ProbeRunner::ProbeRunner(QObject *parent)
    : QObject(parent)
{
    m_cancelRepeat = new QTimer(this);
    m_cancelRepeat->setInterval(50);
    connect(m_cancelRepeat, &QTimer::timeout, this, [this] {
        if (m_probe)
            m_probe->cancel();
    });
}

ProbeRunner::~ProbeRunner()
{
    stopThread();
}

bool ProbeRunner::start(const ProbeOptions &options)
{
    if (m_thread)
        return false;
    m_probe = new RegistryProbe(options);
    m_pending = std::make_shared<ProbeResult>();
    m_thread = QThread::create([probe = m_probe, pending = m_pending] { *pending = probe->run(); });
    m_thread->setObjectName(QStringLiteral("registry probe"));
    m_probe->moveToThread(m_thread);
    const int generation = ++m_generation;
    // Queued: emitted on the probe's thread, delivered here in order, before finished().
    // A probe stopped meanwhile may still have steps in the queue: they are dropped.
    connect(
        m_probe, &RegistryProbe::stepFinished, this,
        [this, generation](const QString &id, int status, const QString &detail) {
            if (generation == m_generation)
                Q_EMIT stepFinished(id, status, detail);
        },
        Qt::QueuedConnection);
    connect(
        m_thread, &QThread::finished, this,
        [this, generation] {
            if (generation == m_generation && m_thread)
                onThreadFinished();
        },
        Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void ProbeRunner::cancel()
{
    if (!m_probe)
        return;
    m_probe->cancel();
    m_cancelRepeat->start();
}

void ProbeRunner::stop()
{
    ++m_generation;
    stopThread();
}

void ProbeRunner::onThreadFinished()
{
    m_result = *m_pending;
    stopThread();
    Q_EMIT finished();
}

void ProbeRunner::stopThread()
{
    m_cancelRepeat->stop();
    if (!m_thread)
        return;
    if (m_thread->isRunning())
        m_probe->cancel();
    while (!m_thread->wait(50))
        m_probe->cancel();
    delete m_probe; // its thread has ended: nothing of it runs any more
    m_probe = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_pending.reset();
}

} // namespace PullScope

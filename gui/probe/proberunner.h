#pragma once

#include <QObject>

#include <memory>

#include "probe/probeoptions.h"
#include "probe/proberesult.h"

class QThread;
class QTimer;

namespace PullScope {

class RegistryProbe;

// Runs one RegistryProbe on a thread of its own and reports its steps back on the GUI
// thread. Destroying the runner cancels a running probe and waits for its thread, which
// cancel() ends within a fraction of a second: no probe thread outlives its window.
class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProbeRunner(QObject *parent = nullptr);
    ~ProbeRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    // False when a probe is already running.
    bool start(const ProbeOptions &options);
    // Cancels a running probe and waits for its thread (a fraction of a second); no
    // finished() follows.
    void stop();
    // The last finished probe's result.
    const ProbeResult &result() const { return m_result; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void stepFinished(const QString &id, int status, const QString &detail);
    void finished();

private:
    void onThreadFinished();
    void stopThread();

    QThread *m_thread = nullptr;
    RegistryProbe *m_probe = nullptr; // lives in m_thread
    // Written by the thread before it ends, read once it has.
    std::shared_ptr<ProbeResult> m_pending;
    ProbeResult m_result;
    // RegistryProbe::run() clears its cancel flag when it begins, so a cancel() that
    // arrives before the thread got there is repeated until the thread ends.
    QTimer *m_cancelRepeat = nullptr;
    int m_generation = 0; // tells a stale thread's finished() from the current one's
};

} // namespace PullScope

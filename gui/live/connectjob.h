#pragma once

#include <QObject>

#include <memory>

#include "kube/clusterconnector.h"

class QThread;

namespace PullScope {

class LiveConnection;

// ClusterConnector::check() on a thread of its own (it blocks: TLS, exec plugins, two
// requests), reported back on the GUI thread. cancel() drops the answer and ends the
// check's wait; destroying the job waits for its thread.
class ConnectJob : public QObject
{
    Q_OBJECT
public:
    explicit ConnectJob(QObject *parent = nullptr);
    ~ConnectJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Replaces a running check.
    void start(const std::shared_ptr<LiveConnection> &connection, int timeoutMs = 15000);
    std::shared_ptr<LiveConnection> connection() const { return m_connection; }
    const ClusterConnector::CheckResult &result() const { return m_result; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // result() holds the answer.
    void finished(bool ok);

private:
    void stopThread();

    QThread *m_thread = nullptr;
    std::shared_ptr<LiveConnection> m_connection;
    ClusterConnector::CheckResult m_result;
    int m_generation = 0;
    bool m_checking = false; // a check is under way: cancel() aborts its consent question
};

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>

#include "kube/authdoctor.h"
#include "live/liveconnection.h"

class QThread;

namespace PullScope {

class LiveConnection;
class LiveWorker;

// The window's live cluster: a LiveSession on a worker thread of its own, its store's
// List handed to the GUI thread after each (debounced) change, and its state as the
// window shows it. Stopping (or destroying the controller) ends the session and joins the
// thread.
class LiveController : public QObject
{
    Q_OBJECT
public:
    enum class State { Off, Listing, Live, Paused, Reconnecting, Failed };
    Q_ENUM(State)

    explicit LiveController(QObject *parent = nullptr);
    ~LiveController() override;

    // Who answers exec plugin consent questions of the sessions started from now on
    // (called on `context`'s thread).
    void setConsentAsker(QObject *context, LiveConnection::Asker asker);

    // Starts a session over `connection` (checked already), replacing the running one.
    // `all`: every namespace, falling back to the context's when that is forbidden.
    void start(const std::shared_ptr<LiveConnection> &connection, const QString &namespaceName, bool all);
    void stop();
    void pause();
    void resume();

    bool isActive() const { return m_thread != nullptr; }
    State state() const { return m_state; }
    // Why Reconnecting or Failed (one line, translated).
    QString stateDetail() const { return m_detail; }
    // The auth doctor's reading of a Failed session.
    AuthDiagnosis failure() const { return m_failure; }
    std::shared_ptr<LiveConnection> connection() const { return m_connection; }
    QString namespaceName() const { return m_namespace; }
    bool allNamespaces() const { return m_all; }
    // The namespace shown after a fallback; empty for all.
    QString effectiveNamespace() const { return m_effectiveNamespace; }
    QStringList warnings() const { return m_warnings; }
    // The store as it is now, a kubectl-style List (waits for the session's thread).
    QByteArray snapshot() const;

Q_SIGNALS:
    void stateChanged(PullScope::LiveController::State state);
    // A new List to diagnose: the first complete list, then after changes.
    void dataReady(const QByteArray &listJson);
    void warningsChanged(const QStringList &warnings);

private:
    friend class LiveWorker; // posts the session's news through these
    void setState(State s, const QString &detail);
    void deliver(const QByteArray &json, const QString &effectiveNamespace);
    void setWarnings(const QStringList &warnings, const QString &effectiveNamespace);
    void setFailure(const AuthDiagnosis &diagnosis, const QString &detail);

    QThread *m_thread = nullptr;
    LiveWorker *m_worker = nullptr; // lives in m_thread; owns the session
    std::shared_ptr<LiveConnection> m_connection;
    QString m_namespace;
    bool m_all = false;
    bool m_holding = false; // Pause asked for: nothing more is shown
    State m_state = State::Off;
    QString m_detail;
    AuthDiagnosis m_failure;
    QString m_effectiveNamespace;
    QStringList m_warnings;
    int m_generation = 0;
    QObject *m_askerContext = nullptr;
    LiveConnection::Asker m_asker;
};

} // namespace PullScope

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>

#include "kube/apierror.h"
#include "kube/kubeobjectstore.h"
#include "kube/resourcesync.h"

class QNetworkAccessManager;

namespace PullScope {

// A live view of one cluster scope: pods, events, nodes, service accounts and secret
// metadata, each kept by a ResourceSync in one KubeObjectStore. A cluster-wide list that
// RBAC forbids falls back to the context's namespace, with a warning saying why. Changes
// are announced debounced (updated()), so a burst of events costs one rebuild.
// Lives in one thread (the one it was created in, or moved to before start()).
class LiveSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Listing, Live, Paused, Failed };
    Q_ENUM(State)

    struct Options
    {
        QUrl server;
        RequestPreparer prepare;
        // Explicit proxy (kubeconfig proxy-url); without one the environment's, by Go's rules.
        QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString namespaceName; // empty: all namespaces
        QString fallbackNamespace; // the context's, used when cluster scope is forbidden
        bool watch = true;
        bool eventsK8sIo = false;
        int pageSize = 500;
        int debounceMs = 300;
        int requestTimeoutMs = 30000;
        // Reconnecting a broken watch: doubling from first to max (client-go: 800 ms to 30 s).
        int firstBackoffMs = 1000;
        int maxBackoffMs = 30000;
        int watchTimeoutSeconds = 300;
    };

    explicit LiveSession(const Options &options, QObject *parent = nullptr);
    ~LiveSession() override;

    void start();
    void pause();
    void resume();
    void stop();

    State state() const { return m_state; }
    const KubeObjectStore &store() const { return m_store; }
    QStringList warnings() const { return m_warnings; }
    // The namespace actually shown (after a fallback), empty for all.
    QString effectiveNamespace() const { return m_ns; }
    ApiError lastError() const { return m_error; }
    const QList<ResourceSync *> &syncs() const { return m_syncs; }
    // Some list or watch failed and is being retried (the view keeps what it had).
    bool isReconnecting() const { return !m_retrying.isEmpty(); }

    // For the CLI: runs an event loop until every list is in (true) or the session failed
    // or the time ran out (false, *error says which).
    bool waitUntilListed(int timeoutMs, ApiError *error);

Q_SIGNALS:
    void listed();
    void updated();
    void failed(const PullScope::ApiError &error);
    void stateChanged(PullScope::LiveSession::State state);
    void warning(const QString &text);
    void progress(const QString &kind, int items);
    // A list or watch failed and is retried in delayMs; emitted for every retry.
    void reconnecting(const QString &kind, const PullScope::ApiError &error, int delayMs);
    // Every retried list and watch answers again.
    void reconnected();

private:
    void createSyncs();
    void onSyncListed();
    void onSyncFailed(ResourceSync *sync, const ApiError &error);
    void setState(State s);
    void addWarning(const QString &text);

    Options m_options;
    QString m_ns;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    KubeObjectStore m_store;
    QList<ResourceSync *> m_syncs;
    QTimer m_debounce;
    State m_state = State::Idle;
    QStringList m_warnings;
    ApiError m_error;
    bool m_fellBack = false;
    QSet<ResourceSync *> m_retrying;
};

} // namespace PullScope

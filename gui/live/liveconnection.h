#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

#include "kube/clusterconnector.h"
#include "kube/connectionsettings.h"
#include "kube/execconsentstore.h"
#include "kube/execcredentialprovider.h"
#include "kube/kubeconfig.h"

class QObject;

namespace PullScope {

// One kubeconfig context ready to connect: its resolved settings, the exec plugin runner
// and the connector built on them. Shared by the connect check and the live session that
// follows (both on worker threads), so it is handed around as a shared_ptr.
//
// Exec plugins run only with consent: a command in the consent store runs; any other is
// put to the user on the GUI thread (the asker) while the worker waits. "Allow once" is
// remembered by this connection only, "Always allow" in the store.
class LiveConnection
{
public:
    enum class Consent { Deny, AllowOnce, AlwaysAllow };
    // Runs on the thread of the asker's context object (the GUI thread).
    using Asker = std::function<Consent(const ExecConsentRequest &)>;

    // Loads `kubeconfig` (empty: KUBECONFIG, else ~/.kube/config) and resolves `context`
    // (empty: the current one). `namespaceName` (empty: the context's) is where the check
    // asks for pods. Null with a translated message naming the file and key.
    static std::shared_ptr<LiveConnection> open(const QString &kubeconfig, const QString &context,
        const QString &namespaceName, const QString &consentStorePath, QString *error);
    ~LiveConnection();

    // The asker is called through `context`'s thread; set it before the first check. Also
    // lifts an abort(): a connection is reused when its session restarts.
    void setAsker(QObject *context, Asker asker);
    // Ends a pending consent question with Deny and refuses all later ones: the owner of
    // the asker's context is going away, or the check was cancelled.
    void abort();

    QString kubeconfig() const { return m_kubeconfig; }
    const KubeConfig &config() const { return m_config; }
    const ConnectionSettings &settings() const { return m_settings; }
    // The context's own namespace ("default" when it names none): where a user who may not
    // list all namespaces is shown.
    QString contextNamespace() const { return m_contextNamespace; }
    ClusterConnector &connector() { return *m_connector; }
    ExecConsentStore &consentStore() { return m_store; }
    // How many times the user was asked (for tests).
    int questionsAsked() const { return m_questions.load(); }

private:
    LiveConnection(const QString &consentStorePath);
    bool consent(const ExecConsentRequest &request);
    Consent askOnGuiThread(const ExecConsentRequest &request);

    QString m_kubeconfig;
    KubeConfig m_config;
    ConnectionSettings m_settings;
    QString m_contextNamespace;
    ExecConsentStore m_store;
    std::unique_ptr<ExecCredentialProvider> m_exec;
    std::unique_ptr<ClusterConnector> m_connector;

    QMutex m_mutex; // guards m_allowedOnce, m_askerContext and m_asker
    QSet<QString> m_allowedOnce;
    QObject *m_askerContext = nullptr; // cleared by abort(), before its owner goes
    Asker m_asker;
    std::atomic<bool> m_aborted {false};
    std::atomic<int> m_questions {0};
};

} // namespace PullScope

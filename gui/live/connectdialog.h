#pragma once

#include <QDialog>

#include <memory>

#include "kube/authdoctor.h"
#include "kube/authfailure.h"
#include "kube/connectionsettings.h"
#include "kube/kubeconfig.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QGroupBox;

namespace PullScope {

class ConnectJob;
class LiveConnection;

// File > Connect to Cluster: a kubeconfig, one of its contexts and a namespace (or all),
// with what the context resolves to (user, server, how it logs in, warnings such as
// insecure-skip-tls-verify). Connect checks the connection off the GUI thread (Cancel
// stops waiting); a failure is explained by the auth doctor, in the UI language, as
// selectable text with a Copy button. Accepted once the check passed: connection() is
// ready for a live session.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Empty: KUBECONFIG, else ~/.kube/config.
    void setKubeconfig(const QString &path);
    QString kubeconfig() const;
    void setContext(const QString &name);
    QString context() const;
    // `all` picks "All namespaces"; else `ns` (empty: the context's).
    void setNamespace(const QString &ns, bool all);
    QString namespaceName() const; // empty with allNamespaces()
    bool allNamespaces() const;
    // Where "Always allow" remembers exec plugin commands (empty: the default store).
    void setConsentStorePath(const QString &path) { m_consentStorePath = path; }

    // Starts the check, as the Connect button does.
    void connectNow();
    // Shows a failure found elsewhere (a context switch in the window).
    void showFailure(const AuthFailure &failure);

    std::shared_ptr<LiveConnection> connection() const { return m_connection; }
    bool isBusy() const;
    // The shown failure's diagnosis (empty stepId: none shown).
    AuthDiagnosis diagnosis() const { return m_diagnosis; }
    QString failureText() const;
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *copyButton() const { return m_copy; }
    QComboBox *contextCombo() const { return m_context; }
    QComboBox *namespaceCombo() const { return m_namespace; }
    QLabel *warningsLabel() const { return m_warnings; }

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void loadConfig();
    void showContext();
    void browse();
    void onCheckFinished(bool ok);
    void setBusy(bool busy);
    void explainFailure();
    void clearFailure();

    KubeConfig m_config;
    bool m_configLoaded = false;
    QString m_configError;
    ConnectionSettings m_settings; // of the chosen context, when it resolved
    QString m_resolveError;
    QString m_consentStorePath;
    std::shared_ptr<LiveConnection> m_connection;
    ConnectJob *m_job = nullptr;
    AuthFailure m_failure;
    ConnectionSettings m_failureSettings;
    AuthDiagnosis m_diagnosis;

    QLabel *m_kubeconfigLabel = nullptr, *m_contextLabel = nullptr, *m_namespaceLabel = nullptr, *m_userLabel = nullptr,
           *m_serverLabel = nullptr, *m_authLabel = nullptr, *m_warningsTitle = nullptr;
    QLineEdit *m_kubeconfig = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_context = nullptr;
    QComboBox *m_namespace = nullptr;
    QLabel *m_user = nullptr, *m_server = nullptr, *m_auth = nullptr, *m_warnings = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QGroupBox *m_failureBox = nullptr;
    QPlainTextEdit *m_failureText = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace PullScope

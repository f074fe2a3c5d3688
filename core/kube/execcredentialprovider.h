#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <functional>

#include "kube/authfailure.h"
#include "kube/connectionsettings.h"

namespace PullScope {

class ExecConsentStore;

// What an exec plugin returned (ExecCredential status).
struct ExecCredential
{
    QString token;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QDateTime expiry; // invalid: valid until the server rejects it
};

// The command a kubeconfig wants to run, shown to the user for approval.
struct ExecConsentRequest
{
    QString program; // resolved absolute path
    QStringList args;
    QString kubeconfig;
    QString userName;
    QString commandLine() const; // program and args, shell-quoted for display
};
using ExecConsentCallback = std::function<bool(const ExecConsentRequest &)>;

// Runs a kubeconfig's exec credential plugin the way client-go does: the configured env on
// top of ours, KUBERNETES_EXEC_INFO with the apiVersion, spec.interactive (always false:
// PullScope never hands the plugin a terminal) and, with provideClusterInfo, the cluster.
// Credentials are cached per command until expirationTimestamp (or until invalidate()).
// A plugin runs only once its exact command is in the consent store or the callback
// approves it (the approval is then stored). Blocking; thread-safe.
class ExecCredentialProvider
{
    Q_DECLARE_TR_FUNCTIONS(ExecCredentialProvider)
public:
    // `store` may be null (nothing remembered); `consent` may be empty (nothing approved
    // unless already stored). The CLI's --allow-exec passes a callback returning true.
    ExecCredentialProvider(ExecConsentStore *store, ExecConsentCallback consent);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // The environment plugins start from (default: this process's).
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

    // Cached credentials when still valid, else runs the plugin. False with `failure` set.
    bool credential(const ConnectionSettings &settings, ExecCredential *out, AuthFailure *failure);
    // Forget the cached credential of these settings (the server answered 401).
    void invalidate(const ConnectionSettings &settings);
    // How many times a plugin process was started.
    int runCount() const;

    // The program `command` names: a path as is, a bare name looked up in env's PATH.
    // Empty when not found or not executable.
    static QString resolveProgram(const QString &command, const QProcessEnvironment &env);
    // The KUBERNETES_EXEC_INFO value for these settings.
    static QByteArray execInfo(const ConnectionSettings &settings);
    // Parses an ExecCredential; false with a translated reason (never quoting the output).
    static bool parseCredential(const QByteArray &json, const QString &apiVersion, ExecCredential *out, QString *error);

private:
    static QString cacheKey(const ConnectionSettings &settings);

    ExecConsentStore *m_store;
    ExecConsentCallback m_consent;
    int m_timeoutMs = 60000;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    mutable QMutex m_mutex;
    QHash<QString, ExecCredential> m_cache;
    int m_runs = 0;
};

} // namespace PullScope

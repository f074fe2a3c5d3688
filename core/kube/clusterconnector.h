#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSslError>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

#include "kube/apierror.h"
#include "kube/authfailure.h"
#include "kube/connectionsettings.h"

class QNetworkAccessManager;
class QNetworkRequest;

namespace PullScope {

class ExecCredentialProvider;

// Turns resolved kubeconfig settings into what Qt Network needs to talk to the API server:
// the proxy (once per QNetworkAccessManager) and, for each request, the TLS configuration
// (CA, client certificate, peer verification, tls-server-name as verify name and SNI) and
// the Authorization and Impersonate-* headers. The API client calls configure() once and
// prepare() before every request, and classify() on every failed reply.
class ClusterConnector
{
    Q_DECLARE_TR_FUNCTIONS(ClusterConnector)
public:
    // `exec` runs exec plugins (it holds the consent decisions and the credential cache);
    // it must outlive the connector. Null: a kubeconfig with exec fails with ExecConsent.
    // `env` supplies HTTPS_PROXY/HTTP_PROXY/NO_PROXY when the cluster has no proxy-url.
    explicit ClusterConnector(const ConnectionSettings &settings, ExecCredentialProvider *exec = nullptr,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    const ConnectionSettings &settings() const { return m_settings; }

    // The server URL (keeping a path prefix such as Rancher's /k8s/clusters/<id>) + path.
    QUrl url(const QString &path, const QUrlQuery &query = QUrlQuery()) const;
    // proxy-url, else the environment's proxy for the server (Go's rules), else none.
    QNetworkProxy proxy() const;
    // Sets proxy() on the manager; Qt's system proxy is never consulted.
    void configure(QNetworkAccessManager &nam) const;

    // Sets the TLS configuration, verify name and auth headers on `request` (whose URL is
    // already set). May run the exec plugin (blocking) and re-reads tokenFile. False with
    // `failure` when no usable credential can be had: exec failures, an expired or not yet
    // valid client certificate (checked from its dates before connecting), an expired oidc
    // id-token, an unreadable token file.
    bool prepare(QNetworkRequest &request, AuthFailure *failure = nullptr);

    // What went wrong with a finished reply; Kind::None when it succeeded (2xx). `body`
    // is the reply's content (read by the caller); `sslErrors` those the reply's
    // sslErrors() signal reported.
    AuthFailure classify(QNetworkReply *reply, const QByteArray &body, const QList<QSslError> &sslErrors) const;
    // The same for an ApiError from the API client (ResourceSync/LiveSession). ApiError does
    // not carry the TLS error list, so a TLS failure is explained from its message alone.
    AuthFailure classify(const ApiError &error) const;

    // prepare() in the shape of ResourceSync's RequestPreparer: the message is the auth
    // doctor's title and first detail line; lastPrepareFailure() has the whole failure for
    // AuthDoctor::explain(). The connector must outlive whoever holds the function.
    std::function<bool(QNetworkRequest &, QString *)> preparer();
    AuthFailure lastPrepareFailure() const;

    // After a 401: drops the cached exec credential so that the next prepare() runs the
    // plugin again.
    void credentialsRejected();

    struct CheckResult
    {
        bool ok = false;
        QString serverVersion; // gitVersion from /version
        AuthFailure failure;
    };
    // GET /version, then GET /api/v1/namespaces/<namespace>/pods?limit=1 (what PullScope
    // reads, so RBAC is checked where it matters). Blocking: runs a local event loop.
    CheckResult check(int timeoutMs = 15000);

    // Verb, resource, API group, namespace and user from a 403 Status message
    // ('pods is forbidden: User "x" cannot list resource "pods" in API group "" in the
    // namespace "y"').
    static void parseForbidden(const QString &message, AuthFailure *failure);

private:
    AuthFailure failure(AuthFailure::Kind kind, const QString &detail) const;
    AuthFailure classified(int status, QNetworkReply::NetworkError error, const QString &text, const QUrl &url,
        const QString &statusMessage, const QList<QSslError> &sslErrors) const;

    ConnectionSettings m_settings;
    ExecCredentialProvider *m_exec;
    QProcessEnvironment m_env;
    mutable QMutex m_lastMutex;
    AuthFailure m_lastPrepareFailure;
};

} // namespace PullScope

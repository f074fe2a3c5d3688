#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace PullScope {

// A user's `exec` stanza (client.authentication.k8s.io v1 or v1beta1).
struct ExecConfig
{
    QString apiVersion; // client.authentication.k8s.io/v1 or /v1beta1
    QString command; // as written; relative paths with a slash are already made absolute
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString installHint;
    bool provideClusterInfo = false;
    // Never, IfAvailable, Always; v1beta1 defaults to IfAvailable, v1 requires it.
    QString interactiveMode;
    QString sourceFile; // the kubeconfig the stanza came from

    bool isSet() const { return !command.isEmpty(); }
};

// auth-provider `oidc`: only the id-token is used (no refresh).
struct OidcConfig
{
    QString idToken;
    QString issuerUrl;
    QString clientId;
    bool hasRefreshToken = false;

    bool isSet() const { return !idToken.isEmpty() || !issuerUrl.isEmpty(); }
};

// Everything needed to talk to one cluster as one user: the resolved kubeconfig context.
// Secrets (token, password, key, id-token) are held in memory only; show redacted().
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
public:
    QString contextName;
    QString clusterName;
    QString userName;
    QString namespaceName; // the context's, else "default"

    // cluster
    QUrl server;
    QList<QSslCertificate> caCertificates; // empty: the system store
    QByteArray caData; // the PEM as read, passed to exec plugins with provideClusterInfo
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QUrl proxyUrl; // http or socks5; empty: HTTPS_PROXY/NO_PROXY from the environment

    // user
    QString token;
    QString tokenFile; // absolute; read at each prepare, wins over token as in client-go
    QString username;
    QString password;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QString clientCertificateSource; // file path, or "<file>: client-certificate-data"
    ExecConfig exec;
    OidcConfig oidc;
    QString authProviderName; // set when an auth-provider other than oidc is configured

    // impersonation
    QString impersonateUser;
    QString impersonateUid;
    QStringList impersonateGroups;
    QMap<QString, QStringList> impersonateExtra;

    // where each piece came from, for messages
    QString contextSource;
    QString clusterSource;
    QString userSource;

    // Translated, for the user to see (insecure-skip-tls-verify, ignored fields).
    QStringList warnings;

    // Multi-line description with every secret replaced by its kind and length.
    QString redacted() const;
    // "token", "token file", "client certificate", "basic", "exec", "oidc", "none".
    QStringList authMethods() const;
};

} // namespace PullScope

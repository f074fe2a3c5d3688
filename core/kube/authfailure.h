#pragma once

#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace PullScope {

// Why getting credentials or talking to the API server failed, with the facts the auth
// doctor needs to explain it. Never holds a token, key or password: `detail` is the
// Qt/OpenSSL reason, a Status message or a plugin's stderr.
struct AuthFailure
{
    enum class Kind {
        None,
        Config, // settings that cannot be used (unreadable token file, bad proxy)
        ExecConsent, // the exec plugin was not approved
        ExecMissing, // the plugin is not on PATH / not a file
        ExecFailed, // it exited non-zero (exitCode, stderrText)
        ExecTimeout,
        ExecInteractive, // interactiveMode Always without a terminal
        ExecOutput, // its output is not an ExecCredential we can use
        OidcExpired, // the id-token's exp is past (expiry)
        OidcInvalid, // the id-token is not a JWT we can read
        ClientCertExpired, // notBefore/notAfter; found before connecting
        ClientCertNotYetValid,
        Dns,
        Tcp, // connection refused or unreachable
        Timeout,
        Proxy,
        Tls,
        Unauthorized, // 401
        Forbidden, // 403 (verb, resource, apiGroup, namespaceName, subject)
        Http, // any other unexpected HTTP answer
    };
    Kind kind = Kind::None;
    QString detail;

    // connection
    QUrl url; // the request that failed
    QUrl proxy;
    QList<QSslError> sslErrors;
    QString tlsServerName;

    // certificates
    QString certificateSubject;
    QDateTime notBefore;
    QDateTime notAfter;

    // HTTP answers
    int httpStatus = 0;
    QString statusMessage; // metav1.Status message
    QString verb;
    QString resource;
    QString apiGroup;
    QString namespaceName;
    QString subject; // User "..." from the message

    // exec plugins
    QString command;
    QStringList args;
    QString installHint;
    int exitCode = 0;
    QString stderrText;

    // oidc
    QDateTime expiry;

    QString source; // the kubeconfig file concerned, when known

    bool isFailure() const { return kind != Kind::None; }
};

} // namespace PullScope

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "kube/authfailure.h"
#include "kube/connectionsettings.h"

namespace PullScope {

// One connection failure explained: which step failed, why, and what to do.
struct AuthDiagnosis
{
    // dns, tcp, proxy, tls, client-cert, credentials, exec, oidc, rbac, config, server
    QString stepId;
    QString title; // one line
    QString detail; // the facts: OpenSSL/Qt reason, dates, verb and resource, stderr
    QStringList fixes; // what to do, most likely first
};

// Turns an AuthFailure into text for the connection dialog and the CLI, in the language of
// the installed translator.
class AuthDoctor
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor)
public:
    static AuthDiagnosis explain(const AuthFailure &failure, const ConnectionSettings &settings = ConnectionSettings());
    // The step's name ("TLS handshake"); the id itself when unknown.
    static QString stepName(const QString &stepId);
    // All step ids, in the order a connection goes through them.
    static QStringList stepIds();
    // Title, detail and fixes as plain text for a terminal.
    static QString toText(const AuthDiagnosis &diagnosis);
};

} // namespace PullScope

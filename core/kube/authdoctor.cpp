#include "kube/authdoctor.h"

#include <QSslCertificate>

#include "kube/execcredentialprovider.h"

namespace PullScope {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString hostPort(const QUrl &url)
{
    if (url.isEmpty())
        return QString();
    const int port = url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

QString commandLine(const AuthFailure &f)
{
    return ExecConsentRequest {f.command, f.args, {}, {}}.commandLine();
}

bool isUnknownCa(QSslError::SslError e)
{
    switch (e) {
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

} // namespace

QStringList AuthDoctor::stepIds()
{
    return {QStringLiteral("config"), QStringLiteral("exec"), QStringLiteral("oidc"), QStringLiteral("client-cert"),
        QStringLiteral("proxy"), QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("tls"),
        QStringLiteral("credentials"), QStringLiteral("rbac"), QStringLiteral("server")};
}

QString AuthDoctor::stepName(const QString &id)
{
    if (id == QLatin1String("config"))
        return tr("kubeconfig");
    if (id == QLatin1String("exec"))
        return tr("Credential plugin");
    if (id == QLatin1String("oidc"))
        return tr("OIDC token");
    if (id == QLatin1String("client-cert"))
        return tr("Client certificate");
    if (id == QLatin1String("proxy"))
        return tr("Proxy");
    if (id == QLatin1String("dns"))
        return tr("DNS lookup");
    if (id == QLatin1String("tcp"))
        return tr("TCP connection");
    if (id == QLatin1String("tls"))
        return tr("TLS handshake");
    if (id == QLatin1String("credentials"))
        return tr("Authentication");
    if (id == QLatin1String("rbac"))
        return tr("Authorization (RBAC)");
    if (id == QLatin1String("server"))
        return tr("API server answer");
    return id;
}

AuthDiagnosis AuthDoctor::explain(const AuthFailure &f, const ConnectionSettings &s)
{
    AuthDiagnosis d;
    QString source = !f.source.isEmpty() ? f.source : (!s.userSource.isEmpty() ? s.userSource : s.clusterSource);
    if (source.isEmpty())
        source = tr("the kubeconfig");
    const QString clusterFile = s.clusterSource.isEmpty() ? source : s.clusterSource;
    const QString server = hostPort(f.url.isEmpty() ? s.server : f.url);
    const QString host = (f.url.isEmpty() ? s.server : f.url).host();
    QStringList detail;
    if (!f.detail.isEmpty())
        detail << f.detail;

    using K = AuthFailure::Kind;
    switch (f.kind) {
    case K::None:
        d.stepId = QStringLiteral("server");
        d.title = tr("Connected");
        break;
    case K::Config:
        d.stepId = QStringLiteral("config");
        d.title = tr("The kubeconfig cannot be used as it is");
        d.fixes << tr("Correct the entry in %1 (or choose another context).").arg(source);
        break;
    case K::ExecConsent:
        d.stepId = QStringLiteral("exec");
        d.title = tr("The credential plugin has not been approved to run");
        detail = QStringList {tr("The kubeconfig %1 asks PullScope to run: %2").arg(source, commandLine(f))};
        d.fixes << tr("If you trust this command, approve it when PullScope asks (the approval is remembered for this "
                      "exact command), or pass --allow-exec to pullscope-cli.")
                << tr("If you do not recognise the command, do not approve it: check where the kubeconfig came from.");
        break;
    case K::ExecMissing:
        d.stepId = QStringLiteral("exec");
        d.title = tr("The credential plugin %1 is not installed").arg(f.command);
        if (!f.installHint.isEmpty())
            detail << tr("The kubeconfig's install hint: %1").arg(f.installHint.trimmed());
        d.fixes << tr("Install %1 and make sure its folder is in the PATH that PullScope starts with (a PATH set only "
                      "in your shell's profile may not reach a desktop application).")
                       .arg(f.command);
        if (!f.installHint.isEmpty())
            d.fixes << f.installHint.trimmed();
        break;
    case K::ExecFailed:
        d.stepId = QStringLiteral("exec");
        d.title = tr("The credential plugin failed");
        if (!f.stderrText.isEmpty())
            detail << tr("Its error output:\n%1").arg(f.stderrText);
        d.fixes << tr("Run the same command in a terminal to see the whole message: %1").arg(commandLine(f))
                << tr("Usually the plugin needs you to log in again (for example gcloud auth login, az login, aws sso "
                      "login); follow its message above.");
        break;
    case K::ExecTimeout:
        d.stepId = QStringLiteral("exec");
        d.title = tr("The credential plugin did not finish");
        if (!f.stderrText.isEmpty())
            detail << tr("Its error output:\n%1").arg(f.stderrText);
        d.fixes << tr("Run the command in a terminal; it may be waiting for a browser login or for input: %1")
                       .arg(commandLine(f));
        break;
    case K::ExecInteractive:
        d.stepId = QStringLiteral("exec");
        d.title = tr("The credential plugin needs a terminal");
        d.fixes
            << tr("Log in once in a terminal with kubectl (for example kubectl get ns) so that the plugin caches a "
                  "token, then connect again.")
            << tr("Or set interactiveMode: IfAvailable in %1 if the plugin can work without a terminal.").arg(source);
        break;
    case K::ExecOutput:
        d.stepId = QStringLiteral("exec");
        d.title = tr("The credential plugin returned something unusable");
        d.fixes << tr("Check that the plugin's version speaks the apiVersion written in %1, or update the plugin.")
                       .arg(source);
        break;
    case K::OidcExpired:
        d.stepId = QStringLiteral("oidc");
        d.title = tr("The OIDC id-token has expired");
        detail = QStringList {tr("The id-token in %1 expired at %2.").arg(source, when(f.expiry))};
        if (!f.detail.isEmpty())
            detail << tr("Issuer: %1").arg(f.detail);
        d.fixes << tr("Log in again with your identity provider to get a new id-token (for example kubectl oidc-login "
                      "or your organisation's login tool).")
                << tr("PullScope does not refresh oidc tokens itself; an exec plugin such as kubelogin (kubectl "
                      "oidc-login get-token) refreshes them on every use.");
        break;
    case K::OidcInvalid:
        d.stepId = QStringLiteral("oidc");
        d.title = tr("The OIDC id-token cannot be read");
        d.fixes << tr("Log in again to replace the id-token in %1.").arg(source);
        break;
    case K::ClientCertExpired:
    case K::ClientCertNotYetValid:
        d.stepId = QStringLiteral("client-cert");
        d.title = f.kind == K::ClientCertExpired ? tr("The client certificate has expired")
                                                 : tr("The client certificate is not valid yet");
        detail = QStringList {tr("%1 (from %2) is valid from %3 to %4.")
                                  .arg(f.certificateSubject, f.detail, when(f.notBefore), when(f.notAfter))};
        if (f.kind == K::ClientCertExpired)
            d.fixes << tr("Get a renewed certificate (kubeadm certs renew, or from the cluster's administrator) and "
                          "update client-certificate and client-key in %1.")
                           .arg(source);
        else
            d.fixes << tr("Check this computer's clock and time zone; the certificate starts at %1.")
                           .arg(when(f.notBefore));
        break;
    case K::Dns:
        d.stepId = QStringLiteral("dns");
        d.title = tr("The API server's name %1 does not resolve").arg(host);
        d.fixes
            << tr("Check the server address in %1.").arg(clusterFile)
            << tr("If the cluster is only reachable over a VPN or needs an entry in the hosts file, connect the VPN or "
                  "add the entry.");
        break;
    case K::Tcp:
        d.stepId = QStringLiteral("tcp");
        d.title = tr("Nothing accepts connections at %1").arg(server);
        d.fixes << tr("Check that the API server is running and that the port in the server address is right.")
                << tr("A firewall or security group may block the port; if a proxy is required, set proxy-url or "
                      "HTTPS_PROXY.");
        break;
    case K::Timeout:
        d.stepId = QStringLiteral("tcp");
        d.title = tr("No answer from %1").arg(server);
        d.fixes << tr("A firewall that drops packets, or a network that needs a proxy or VPN, causes this; check the "
                      "route to the server.")
                << tr("If a proxy is required, set proxy-url in the kubeconfig or HTTPS_PROXY.");
        break;
    case K::Proxy:
        d.stepId = QStringLiteral("proxy");
        d.title = tr("The proxy %1 did not carry the connection").arg(hostPort(f.proxy));
        d.fixes << tr("Check that the proxy is running and its address and port are right (proxy-url in %1, or "
                      "HTTPS_PROXY).")
                       .arg(clusterFile)
                << tr("If the API server is reachable directly, add its host to NO_PROXY.");
        break;
    case K::Tls: {
        d.stepId = QStringLiteral("tls");
        bool unknownCa = false;
        bool mismatch = false;
        bool dates = false;
        for (const QSslError &e : f.sslErrors) {
            QString line = e.errorString();
            if (!e.certificate().isNull()) {
                line += QStringLiteral(" (") + e.certificate().subjectDisplayName() + QStringLiteral(", ")
                    + tr("valid %1 to %2")
                          .arg(when(e.certificate().effectiveDate()), when(e.certificate().expiryDate()))
                    + QLatin1Char(')');
            }
            if (!detail.contains(line))
                detail << line;
            unknownCa = unknownCa || isUnknownCa(e.error());
            mismatch = mismatch || e.error() == QSslError::HostNameMismatch;
            dates
                = dates || e.error() == QSslError::CertificateExpired || e.error() == QSslError::CertificateNotYetValid;
        }
        if (mismatch) {
            d.title = tr("The server's certificate is not for the name %1")
                          .arg(f.tlsServerName.isEmpty() ? host : f.tlsServerName);
            d.fixes << tr(
                "Use the server name the certificate was issued for in server:, or set tls-server-name to it in %1.")
                           .arg(clusterFile);
        } else if (dates) {
            d.title = tr("The server's certificate is outside its validity period");
            d.fixes << tr(
                "Renew the API server's certificate (kubeadm certs renew all) or check this computer's clock.");
        } else if (unknownCa) {
            d.title = tr("The server's certificate is signed by an authority that is not trusted");
            d.fixes << tr("Set certificate-authority (or -data) in %1 to the cluster's CA (on kubeadm clusters "
                          "/etc/kubernetes/pki/ca.crt).")
                           .arg(clusterFile)
                    << tr("A TLS-inspecting proxy or firewall replaces certificates; exempt the API server from it.");
        } else {
            d.title = tr("The TLS handshake with %1 failed").arg(server);
            d.fixes
                << tr("If the server requires a client certificate, check that client-certificate and client-key in "
                      "%1 belong to this cluster.")
                       .arg(source)
                << tr("Check that %1 speaks HTTPS on this port (an HTTP port or another service answers differently).")
                       .arg(server);
        }
        break;
    }
    case K::Unauthorized: {
        d.stepId = QStringLiteral("credentials");
        d.title = tr("The API server rejected the credentials (401 Unauthorized)");
        if (!f.statusMessage.isEmpty() && !detail.contains(f.statusMessage))
            detail << f.statusMessage;
        const QStringList methods = s.authMethods();
        detail << tr("Credentials sent: %1").arg(methods.join(QStringLiteral(", ")));
        if (s.exec.isSet())
            d.fixes << tr("The plugin's token was refused; log in again with the plugin (run it in a terminal: %1).")
                           .arg(ExecConsentRequest {s.exec.command, s.exec.args, {}, {}}.commandLine());
        else if (!s.tokenFile.isEmpty() || !s.token.isEmpty())
            d.fixes << tr("The token has expired or been revoked, or belongs to another cluster; get a new one and put "
                          "it in %1.")
                           .arg(source);
        else if (!s.username.isEmpty())
            d.fixes
                << tr("Check the username and password in %1; many clusters disable basic authentication.").arg(source);
        else if (!s.clientCertificate.isNull())
            d.fixes << tr(
                "The client certificate is not signed by this cluster's client CA; use the certificate issued "
                "for this cluster.");
        else
            d.fixes << tr("The user in this context has no credentials; add a token, client certificate or exec plugin "
                          "in %1.")
                           .arg(source);
        break;
    }
    case K::Forbidden: {
        d.stepId = QStringLiteral("rbac");
        d.title = tr("Access denied by RBAC (403 Forbidden)");
        detail = QStringList {};
        if (!f.statusMessage.isEmpty())
            detail << f.statusMessage;
        const QString subject = f.subject.isEmpty() ? tr("this user") : f.subject;
        if (!f.verb.isEmpty()) {
            const QString resource = f.apiGroup.isEmpty() ? f.resource : f.resource + QLatin1Char('.') + f.apiGroup;
            detail << (f.namespaceName.isEmpty()
                    ? tr("%1 may not %2 %3 at cluster scope.").arg(subject, f.verb, resource)
                    : tr("%1 may not %2 %3 in the namespace %4.").arg(subject, f.verb, resource, f.namespaceName));
            const QString ns = f.namespaceName.isEmpty() ? QString() : QStringLiteral(" -n ") + f.namespaceName;
            d.fixes << tr("Check it with: kubectl auth can-i %1 %2%3").arg(f.verb, resource, ns)
                    << tr("Ask a cluster administrator for a Role and RoleBinding that allow %1 on %2, for example: "
                          "kubectl create role pullscope-reader --verb=get,list,watch --resource=pods,events%3 and "
                          "kubectl create rolebinding pullscope-reader --role=pullscope-reader --user=%4%3")
                           .arg(f.verb, resource, ns, f.subject.isEmpty() ? QStringLiteral("<user>") : f.subject);
        } else {
            d.fixes << tr("Ask a cluster administrator for read access (get, list, watch) to pods and events.");
        }
        if (!s.impersonateUser.isEmpty())
            d.fixes << tr("The request impersonates %1 (as: in the kubeconfig); your own user also needs the "
                          "impersonate permission.")
                           .arg(s.impersonateUser);
        break;
    }
    case K::Http:
        d.stepId = QStringLiteral("server");
        d.title = f.httpStatus > 0 ? tr("The server answered HTTP %1").arg(f.httpStatus)
                                   : tr("Unexpected answer from the server");
        if (!f.statusMessage.isEmpty() && !detail.contains(f.statusMessage))
            detail << f.statusMessage;
        d.fixes
            << tr("Check that %1 is the Kubernetes API server (and any path prefix in server: is right).").arg(server);
        break;
    }
    // Credentials that failed before connecting made no request worth naming.
    const bool beforeConnecting = f.kind == K::Config || f.kind == K::ExecConsent || f.kind == K::ExecMissing
        || f.kind == K::ExecFailed || f.kind == K::ExecTimeout || f.kind == K::ExecInteractive
        || f.kind == K::ExecOutput || f.kind == K::OidcExpired || f.kind == K::OidcInvalid
        || f.kind == K::ClientCertExpired || f.kind == K::ClientCertNotYetValid;
    if (!f.url.isEmpty() && f.kind != K::None && !beforeConnecting)
        detail << tr("Request: %1").arg(f.url.toString(QUrl::RemoveUserInfo));
    d.detail = detail.join(QLatin1Char('\n'));
    return d;
}

QString AuthDoctor::toText(const AuthDiagnosis &d)
{
    QStringList lines;
    lines << tr("%1 failed: %2").arg(stepName(d.stepId), d.title);
    if (!d.detail.isEmpty())
        lines << d.detail;
    for (const QString &fix : d.fixes)
        lines << tr("Fix: %1").arg(fix);
    return lines.join(QLatin1Char('\n'));
}

} // namespace PullScope

#include "kube/clusterconnector.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include "kube/authdoctor.h"
#include "kube/execcredentialprovider.h"
#include "kube/oidctoken.h"
#include "probe/proxyselector.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace PullScope {
namespace {
// The API server reads every line of Impersonate-Group (and of each Impersonate-Extra-*)
// as one value, so two groups must be two header lines: joined by a comma they would be
// the one group "a, b". Qt 6.8 sends repeated fields through QHttpHeaders. Before it a
// request holds one value per name and writes the value verbatim on HTTP/1.1, so the
// further lines ride in the first value; HTTP/2 would put the CR LF inside one HPACK
// field, hence such requests stay on HTTP/1.1. Values were checked free of CR and LF.
void setRepeatedHeader(QNetworkRequest *request, const QByteArray &name, const QStringList &values)
{
    if (values.isEmpty())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = request->headers();
    headers.removeAll(name);
    for (const QString &v : values)
        headers.append(name, v.toUtf8());
    request->setHeaders(headers);
#else
    QByteArray joined = values.first().toUtf8();
    for (qsizetype i = 1; i < values.size(); ++i)
        joined += "\r\n" + name + ": " + values.at(i).toUtf8();
    request->setRawHeader(name, joined);
    if (values.size() > 1)
        request->setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
#endif
}
} // namespace
} // namespace PullScope

namespace PullScope {

ClusterConnector::ClusterConnector(
    const ConnectionSettings &settings, ExecCredentialProvider *exec, const QProcessEnvironment &env)
    : m_settings(settings)
    , m_exec(exec)
    , m_env(env)
{
}

QUrl ClusterConnector::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_settings.server;
    QString prefix = u.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    u.setPath(prefix + path);
    u.setQuery(query);
    return u;
}

QNetworkProxy ClusterConnector::proxy() const
{
    QUrl p = m_settings.proxyUrl;
    if (p.isEmpty())
        p = ProxySelector(m_env).proxyFor(m_settings.server);
    if (p.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QString scheme = p.scheme().toLower();
    const QNetworkProxy::ProxyType type
        = scheme == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    const quint16 defaultPort = type == QNetworkProxy::Socks5Proxy ? 1080 : 80;
    return QNetworkProxy(
        type, p.host(), quint16(p.port(defaultPort)), p.userName(QUrl::FullyDecoded), p.password(QUrl::FullyDecoded));
}

void ClusterConnector::configure(QNetworkAccessManager &nam) const
{
    nam.setProxy(proxy());
}

AuthFailure ClusterConnector::failure(AuthFailure::Kind kind, const QString &detail) const
{
    AuthFailure f;
    f.kind = kind;
    f.detail = detail;
    f.tlsServerName = m_settings.tlsServerName;
    const QNetworkProxy p = proxy();
    if (p.type() != QNetworkProxy::NoProxy) {
        f.proxy.setScheme(p.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http"));
        f.proxy.setHost(p.hostName());
        f.proxy.setPort(p.port());
    }
    return f;
}

bool ClusterConnector::prepare(QNetworkRequest &request, AuthFailure *out)
{
    auto fail = [&](AuthFailure f) {
        f.url = request.url();
        if (out)
            *out = f;
        return false;
    };
    const ConnectionSettings &s = m_settings;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // As in client-go, a configured CA replaces the system store rather than adding to it.
    if (!s.caCertificates.isEmpty())
        tls.setCaCertificates(s.caCertificates);
    if (s.insecureSkipTlsVerify)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    QSslCertificate certificate = s.clientCertificate;
    QSslKey key = s.clientKey;
    QString certificateSource = s.clientCertificateSource;
    QByteArray authorization;

    if (s.exec.isSet()) {
        ExecCredential c;
        AuthFailure f;
        if (!m_exec) {
            f.kind = AuthFailure::Kind::ExecConsent;
            f.command = s.exec.command;
            f.args = s.exec.args;
            f.detail = tr("exec plugins are not allowed here: %1").arg(s.exec.command);
            return fail(f);
        }
        if (!m_exec->credential(s, &c, &f))
            return fail(f);
        if (!c.token.isEmpty())
            authorization = "Bearer " + c.token.toUtf8();
        if (!c.clientCertificate.isNull()) {
            certificate = c.clientCertificate;
            key = c.clientKey;
            certificateSource = tr("the exec plugin %1").arg(s.exec.command);
        }
    }

    if (!certificate.isNull()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool expired = certificate.expiryDate() <= now;
        const bool early = certificate.effectiveDate() > now;
        if (expired || early) {
            AuthFailure f
                = failure(expired ? AuthFailure::Kind::ClientCertExpired : AuthFailure::Kind::ClientCertNotYetValid,
                    certificateSource);
            f.certificateSubject = certificate.subjectDisplayName();
            f.notBefore = certificate.effectiveDate();
            f.notAfter = certificate.expiryDate();
            f.source = s.userSource;
            return fail(f);
        }
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
    }

    if (authorization.isEmpty()) {
        if (!s.tokenFile.isEmpty()) {
            QFile f(s.tokenFile);
            if (!f.open(QIODevice::ReadOnly)) {
                AuthFailure af = failure(AuthFailure::Kind::Config,
                    tr("cannot read the token file %1: %2").arg(s.tokenFile, f.errorString()));
                af.source = s.userSource;
                return fail(af);
            }
            const QByteArray token = f.readAll().trimmed();
            if (!token.isEmpty())
                authorization = "Bearer " + token;
        }
        if (authorization.isEmpty() && !s.token.isEmpty())
            authorization = "Bearer " + s.token.toUtf8();
    }
    if (authorization.isEmpty() && s.oidc.isSet()) {
        const OidcToken t = OidcToken::parse(s.oidc.idToken);
        if (!t.valid) {
            AuthFailure f = failure(AuthFailure::Kind::OidcInvalid, tr("the oidc id-token is not a JWT"));
            f.source = s.userSource;
            return fail(f);
        }
        if (t.isExpired()) {
            AuthFailure f = failure(AuthFailure::Kind::OidcExpired, t.issuer.isEmpty() ? s.oidc.issuerUrl : t.issuer);
            f.expiry = t.expiry;
            f.source = s.userSource;
            return fail(f);
        }
        authorization = "Bearer " + s.oidc.idToken.toUtf8();
    }
    if (authorization.isEmpty() && !s.username.isEmpty())
        authorization = "Basic " + (s.username + QLatin1Char(':') + s.password).toUtf8().toBase64();

    // A header value carrying CR or LF would end the header early and smuggle in lines of
    // its own (HTTP/1.1) or break the HTTP/2 stream: such a kubeconfig is refused.
    const auto unsafe = [](const QString &v) {
        return std::any_of(v.cbegin(), v.cend(), [](QChar ch) { return ch.unicode() < 0x20 || ch.unicode() == 0x7f; });
    };
    QStringList impersonation {s.impersonateUser, s.impersonateUid};
    impersonation += s.impersonateGroups;
    for (auto it = s.impersonateExtra.cbegin(); it != s.impersonateExtra.cend(); ++it)
        impersonation += it.value() + QStringList {it.key()};
    if (std::any_of(impersonation.cbegin(), impersonation.cend(), unsafe)) {
        AuthFailure f = failure(AuthFailure::Kind::Config,
            tr("an impersonation value (as, as-uid, as-groups or as-user-extra) contains a control character"));
        f.source = s.userSource;
        return fail(f);
    }

    request.setSslConfiguration(tls);
    if (!s.tlsServerName.isEmpty())
        request.setPeerVerifyName(s.tlsServerName);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!s.impersonateUser.isEmpty())
        request.setRawHeader("Impersonate-User", s.impersonateUser.toUtf8());
    if (!s.impersonateUid.isEmpty())
        request.setRawHeader("Impersonate-Uid", s.impersonateUid.toUtf8());
    setRepeatedHeader(&request, "Impersonate-Group", s.impersonateGroups);
    for (auto it = s.impersonateExtra.cbegin(); it != s.impersonateExtra.cend(); ++it)
        setRepeatedHeader(&request, "Impersonate-Extra-" + QUrl::toPercentEncoding(it.key()), it.value());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("pullscope/" PULLSCOPE_VERSION));
    return true;
}

void ClusterConnector::credentialsRejected()
{
    if (m_exec && m_settings.exec.isSet())
        m_exec->invalidate(m_settings);
}

void ClusterConnector::parseForbidden(const QString &message, AuthFailure *f)
{
    static const QRegularExpression user(QStringLiteral("User \"([^\"]*)\""));
    static const QRegularExpression what(QStringLiteral(
        "cannot (\\S+) resource \"([^\"]*)\"(?: in API group \"([^\"]*)\")?(?: in the namespace \"([^\"]*)\")?"));
    const QRegularExpressionMatch u = user.match(message);
    if (u.hasMatch())
        f->subject = u.captured(1);
    const QRegularExpressionMatch w = what.match(message);
    if (w.hasMatch()) {
        f->verb = w.captured(1);
        f->resource = w.captured(2);
        f->apiGroup = w.captured(3);
        f->namespaceName = w.captured(4);
    }
}

AuthFailure ClusterConnector::classify(
    QNetworkReply *reply, const QByteArray &body, const QList<QSslError> &sslErrors) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString statusMessage;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QStringLiteral("kind")).toString() == QLatin1String("Status"))
        statusMessage = o.value(QStringLiteral("message")).toString();
    else if (status > 0)
        statusMessage = QString::fromUtf8(body.left(300)).trimmed();
    const QString text
        = status > 0 ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString() : reply->errorString();
    return classified(status, reply->error(), text, reply->url(), statusMessage, sslErrors);
}

AuthFailure ClusterConnector::classify(const ApiError &error) const
{
    return classified(error.httpStatus, error.network, error.message, QUrl(error.url),
        error.httpStatus > 0 ? error.message : QString(), {});
}

AuthFailure ClusterConnector::classified(int status, QNetworkReply::NetworkError error, const QString &text,
    const QUrl &url, const QString &statusMessage, const QList<QSslError> &sslErrors) const
{
    if (status > 0) {
        if (status >= 200 && status < 300)
            return {};
        // The reason phrase says no more than the status code when a Status message is there.
        AuthFailure f = failure(AuthFailure::Kind::Http, statusMessage.isEmpty() ? text : QString());
        f.url = url;
        f.httpStatus = status;
        f.statusMessage = statusMessage;
        if (status == 401) {
            f.kind = AuthFailure::Kind::Unauthorized;
            f.source = m_settings.userSource;
        } else if (status == 403) {
            f.kind = AuthFailure::Kind::Forbidden;
            parseForbidden(f.statusMessage, &f);
        }
        return f;
    }
    if (error == QNetworkReply::NoError)
        return {};
    AuthFailure f = failure(AuthFailure::Kind::Tcp, text);
    f.url = url;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        f.kind = AuthFailure::Kind::Dns;
        break;
    case QNetworkReply::ConnectionRefusedError:
        f.kind = AuthFailure::Kind::Tcp;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        f.kind = AuthFailure::Kind::Timeout;
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        f.kind = AuthFailure::Kind::Proxy;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        f.kind = AuthFailure::Kind::Tls;
        f.sslErrors = sslErrors;
        break;
    case QNetworkReply::RemoteHostClosedError:
        // A server that rejects the client certificate closes during or right after the
        // handshake; over TLS that is a TLS problem, not a network one.
        f.kind = m_settings.server.scheme() == QLatin1String("https") ? AuthFailure::Kind::Tls : AuthFailure::Kind::Tcp;
        f.sslErrors = sslErrors;
        break;
    default:
        if (!sslErrors.isEmpty()) {
            f.kind = AuthFailure::Kind::Tls;
            f.sslErrors = sslErrors;
        }
        break;
    }
    return f;
}

std::function<bool(QNetworkRequest &, QString *)> ClusterConnector::preparer()
{
    return [this](QNetworkRequest &request, QString *error) {
        AuthFailure f;
        if (prepare(request, &f))
            return true;
        const AuthDiagnosis d = AuthDoctor::explain(f, m_settings);
        if (error)
            *error = d.detail.isEmpty() ? d.title
                                        : d.title + QStringLiteral(": ") + d.detail.section(QLatin1Char('\n'), 0, 0);
        QMutexLocker lock(&m_lastMutex);
        m_lastPrepareFailure = f;
        return false;
    };
}

AuthFailure ClusterConnector::lastPrepareFailure() const
{
    QMutexLocker lock(&m_lastMutex);
    return m_lastPrepareFailure;
}

namespace {

bool proxyAnswers(const QUrl &proxy, int timeoutMs)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(proxy.host(), quint16(proxy.port(80)));
    return socket.waitForConnected(timeoutMs);
}

} // namespace

ClusterConnector::CheckResult ClusterConnector::check(int timeoutMs)
{
    CheckResult result;
    QNetworkAccessManager nam;
    configure(nam);
    const QList<QPair<QString, QUrlQuery>> steps {
        {QStringLiteral("/version"), QUrlQuery()},
        {QStringLiteral("/api/v1/namespaces/%1/pods")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.namespaceName))),
            QUrlQuery(QStringLiteral("limit=1"))},
    };
    for (const auto &step : steps) {
        QNetworkRequest request(url(step.first, step.second));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!prepare(request, &result.failure))
            return result;
        QNetworkReply *reply = nam.get(request);
        QList<QSslError> sslErrors;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
            [&sslErrors](const QList<QSslError> &errors) { sslErrors += errors; });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        bool timedOut = false;
        QTimer::singleShot(timeoutMs, &loop, [&] {
            timedOut = true;
            reply->abort();
        });
        if (!reply->isFinished())
            loop.exec();
        const QByteArray body = reply->readAll();
        AuthFailure f = classify(reply, body, sslErrors);
        if (timedOut) {
            f = failure(AuthFailure::Kind::Timeout, tr("no answer within %n seconds", nullptr, timeoutMs / 1000));
            f.url = request.url();
        }
        reply->deleteLater();
        if (f.isFailure() && !f.proxy.isEmpty()
            && (f.kind == AuthFailure::Kind::Tcp || f.kind == AuthFailure::Kind::Dns
                || f.kind == AuthFailure::Kind::Timeout)
            && !proxyAnswers(f.proxy, qMin(timeoutMs, 5000))) {
            // Qt reports a dead proxy as the target's refusal; the proxy is the step that
            // failed.
            f.kind = AuthFailure::Kind::Proxy;
        }
        if (f.isFailure()) {
            if (f.kind == AuthFailure::Kind::Unauthorized)
                credentialsRejected();
            result.failure = f;
            return result;
        }
        if (step.first == QLatin1String("/version")) {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            result.serverVersion = o.value(QStringLiteral("gitVersion")).toString();
            if (result.serverVersion.isEmpty()) {
                result.failure
                    = failure(AuthFailure::Kind::Http, tr("the server's /version is not a Kubernetes version"));
                result.failure.url = request.url();
                result.failure.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                return result;
            }
        }
    }
    result.ok = true;
    return result;
}

} // namespace PullScope

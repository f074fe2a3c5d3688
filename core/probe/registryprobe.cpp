#include "probe/registryprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QTimer>
#include <QUrlQuery>

#include "imagereference.h"
#include "probe/manifestaccept.h"
#include "probe/probecause.h"
#include "probe/ratelimitinfo.h"
#include "probe/tlsinspector.h"

namespace PullScope {

namespace {
bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

// "errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}] -> "MANIFEST_UNKNOWN: manifest unknown"
QString registryErrorText(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray();
    QStringList parts;
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        parts << o.value(QLatin1String("code")).toString() + QStringLiteral(": ")
                + o.value(QLatin1String("message")).toString();
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    return QString::fromUtf8(body.left(200)).simplified();
}

QString platformOf(const QJsonObject &p)
{
    QString s = p.value(QLatin1String("os")).toString() + QLatin1Char('/')
        + p.value(QLatin1String("architecture")).toString();
    const QString variant = p.value(QLatin1String("variant")).toString();
    if (!variant.isEmpty())
        s += QLatin1Char('/') + variant;
    return s;
}
} // namespace

RegistryProbe::RegistryProbe(const ProbeOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_proxySelector(
          options.proxy.isEmpty() ? ProxySelector(options.environment) : ProxySelector::explicitProxy(options.proxy))
{
}

bool RegistryProbe::runStep(int index, ProbeStep &step)
{
    // A switch rather than an array of member-function pointers: GCC's UBSan misreads the
    // index into such an array (a bogus out-of-bounds report under the asan preset).
    switch (index) {
    case 0:
        return stepDns(step);
    case 1:
        return stepTcp(step);
    case 2:
        return stepTls(step);
    case 3:
        return stepApi(step);
    case 4:
        return stepAuth(step);
    case 5:
        return stepManifest(step);
    case 6:
        return stepPlatform(step);
    case 7:
        return stepRateLimit(step);
    default:
        return false;
    }
}

QStringList RegistryProbe::stepIds()
{
    return {QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("tls"), QStringLiteral("api"),
        QStringLiteral("auth"), QStringLiteral("manifest"), QStringLiteral("platform"), QStringLiteral("ratelimit")};
}

QString RegistryProbe::endpointHost(const QString &registry)
{
    if (registry.isEmpty() || registry == QLatin1String("docker.io") || registry == QLatin1String("index.docker.io"))
        return QStringLiteral("registry-1.docker.io");
    return registry;
}

QString RegistryProbe::defaultPlatform()
{
    QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == QLatin1String("x86_64"))
        arch = QStringLiteral("amd64");
    else if (arch == QLatin1String("i386"))
        arch = QStringLiteral("386");
    return QStringLiteral("linux/") + arch;
}

bool RegistryProbe::platformMatches(const QString &offered, const QString &target)
{
    QStringList o = offered.toLower().split(QLatin1Char('/'));
    QStringList t = target.toLower().split(QLatin1Char('/'));
    if (o.size() < 2 || t.size() < 2 || o[0] != t[0] || o[1] != t[1])
        return false;
    if (t.size() < 3)
        return true;
    const QString defaultVariant = t[1] == QLatin1String("arm64") ? QStringLiteral("v8") : QString();
    const QString ov = o.size() > 2 ? o[2] : defaultVariant;
    return ov == t[2];
}

void RegistryProbe::start()
{
    run();
    Q_EMIT finished();
}

QUrl RegistryProbe::apiUrl(const QString &path) const
{
    QUrl u;
    u.setScheme(m_scheme);
    u.setHost(m_host);
    if (!((m_scheme == QLatin1String("https") && m_port == 443) || (m_scheme == QLatin1String("http") && m_port == 80)))
        u.setPort(m_port);
    u.setPath(m_apiRoot + QLatin1Char('/') + path);
    if (!m_namespace.isEmpty())
        u.setQuery(QStringLiteral("ns=") + QString::fromLatin1(QUrl::toPercentEncoding(m_namespace)));
    return u;
}

HttpConnection::Settings RegistryProbe::settingsFor(const QUrl &url) const
{
    HttpConnection::Settings s;
    s.proxy = m_proxySelector.proxyFor(url);
    s.cas = m_cas + m_endpointCas;
    // skip_verify applies to the configured host only, not to a token realm elsewhere.
    s.skipVerify = m_skipVerify && url.host() == m_host;
    s.timeoutMs = m_options.stepTimeoutMs;
    s.cancel = &m_cancel;
    return s;
}

bool RegistryProbe::failStep(ProbeStep &step, const QString &cause, const QString &detail)
{
    step.status = ProbeStep::Status::Fail;
    step.detail = detail;
    m_result.cause = cause;
    return false;
}

void RegistryProbe::finishStep(ProbeStep &step, qint64 started)
{
    step.ms = started;
    Q_EMIT stepFinished(step.id, int(step.status), step.detail);
}

ProbeResult RegistryProbe::run()
{
    m_result = ProbeResult();
    m_cancel.store(false);
    m_result.image = m_options.image;
    const ImageReference ref = ImageReference::parse(m_options.image);
    if (!ref.isValid()) {
        m_result.cause = QStringLiteral("invalid-image-name");
        m_result.warnings << ref.errorText();
        for (const QString &id : stepIds())
            m_result.steps.append(ProbeStep {id, ProbeStep::Status::Skip, {}, -1, {}});
        return m_result;
    }
    m_result.registry = ref.registry.isEmpty() ? QStringLiteral("docker.io") : ref.registry;
    m_repository = ref.repository;
    m_reference = ref.digest.isEmpty() ? ref.effectiveTag() : ref.digest;

    m_cas = QSslConfiguration::systemCaCertificates();
    if (!m_options.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (extra.isEmpty())
            m_result.warnings << tr("%1 holds no PEM certificate").arg(m_options.caFile);
        m_cas += extra;
    }
    m_credentials = ProbeCredentials();
    if (!m_options.authConfig.isEmpty()) {
        QString error;
        if (!ProbeCredentials::fromContent(m_options.authConfig, tr("the credentials given"), ref.normalized(),
                &m_credentials, &m_result.warnings, &error))
            m_result.warnings << error;
    } else if (!m_options.authFile.isEmpty()) {
        QString error;
        if (!ProbeCredentials::load(m_options.authFile, ref.normalized(), &m_credentials, &m_result.warnings, &error))
            m_result.warnings << error;
    }

    QList<HostsEndpoint> endpoints;
    if (m_options.hostsDir.isEmpty()) {
        HostsEndpoint e;
        e.apiRoot = QUrl(QStringLiteral("https://") + endpointHost(m_result.registry) + QStringLiteral("/v2"));
        e.isServer = true;
        endpoints << e;
    } else {
        QString error;
        if (!HostsConfig::load(m_options.hostsDir, m_result.registry, &endpoints, &m_result.warnings, &error)) {
            m_result.warnings << error;
            m_result.cause = QStringLiteral("unknown");
            for (const QString &id : stepIds())
                m_result.steps.append(ProbeStep {id, ProbeStep::Status::Skip, {}, -1, {}});
            return m_result;
        }
        // A tag is resolved only by hosts with the resolve capability; a digest is pulled
        // from any.
        if (ref.digest.isEmpty()) {
            QList<HostsEndpoint> resolving;
            for (const HostsEndpoint &e : endpoints) {
                if (e.canResolve())
                    resolving << e;
                else
                    m_result.warnings
                        << tr("%1 is skipped for a tag: it lacks the resolve capability").arg(e.apiRoot.toString());
            }
            endpoints = resolving;
        }
    }
    const QStringList common = m_result.warnings;
    ProbeResult firstFailure;
    QStringList failures;
    for (int i = 0; i < endpoints.size(); ++i) {
        m_result.warnings = common;
        runEndpoint(endpoints[i]);
        if (m_result.passed() || m_result.cancelled || endpoints.size() == 1) {
            m_result.warnings = common + failures + m_result.warnings.mid(common.size());
            return m_result;
        }
        failures << tr("%1: %2 failed (%3), trying the next host")
                        .arg(m_result.endpoint, m_result.failingStep(), m_result.cause);
        if (i == 0)
            firstFailure = m_result;
    }
    if (endpoints.isEmpty()) {
        m_result.cause = QStringLiteral("unknown");
        m_result.warnings << tr("no host in %1 can resolve %2").arg(m_options.hostsDir, m_options.image);
        for (const QString &id : stepIds())
            m_result.steps.append(ProbeStep {id, ProbeStep::Status::Skip, {}, -1, {}});
        return m_result;
    }
    // containerd reports the first host's error when every host failed.
    m_result = firstFailure;
    m_result.warnings = common + failures;
    return m_result;
}

void RegistryProbe::runEndpoint(const HostsEndpoint &endpoint)
{
    m_result.steps.clear();
    m_result.cause.clear();
    m_result.rateLimit = RateLimitInfo();
    m_result.platforms.clear();
    m_scheme = endpoint.apiRoot.scheme() == QLatin1String("http") ? QStringLiteral("http") : QStringLiteral("https");
    m_host = endpoint.apiRoot.host();
    m_port = quint16(endpoint.apiRoot.port(m_scheme == QLatin1String("http") ? 80 : 443));
    m_apiRoot = endpoint.apiRoot.path();
    m_namespace = endpoint.isServer ? QString() : m_result.registry;
    m_skipVerify = endpoint.skipVerify;
    m_endpointCas.clear();
    for (const QString &ca : endpoint.caFiles) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(ca, QSsl::Pem);
        if (certs.isEmpty())
            m_result.warnings << tr("%1 holds no PEM certificate").arg(ca);
        m_endpointCas += certs;
    }
    m_proxy = m_proxySelector.proxyFor(apiUrl(QString()));
    m_result.proxy = m_proxy.toString(QUrl::RemoveUserInfo);
    m_result.endpoint = apiUrl(QString()).toString(QUrl::RemoveQuery);
    if (m_scheme == QLatin1String("http"))
        m_result.warnings << tr("%1 is reached over plain HTTP: nothing is encrypted").arg(m_result.endpoint);
    m_challenges.clear();
    m_authorization.clear();
    m_hasIndex = false;
    m_manifestBody.clear();
    m_manifestType.clear();

    const QStringList ids = stepIds();
    bool ok = true;
    for (int i = 0; i < ids.size(); ++i) {
        ProbeStep step;
        step.id = ids[i];
        if (ok && cancelled()) {
            m_result.cancelled = true;
            ok = false;
        }
        if (!ok) {
            step.status = ProbeStep::Status::Skip;
            m_result.steps.append(step);
            Q_EMIT stepFinished(step.id, int(step.status), step.detail);
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        step.status = ProbeStep::Status::Pass;
        ok = runStep(i, step);
        if (cancelled()) {
            // A step cut short by cancel() is not a finding about the registry.
            m_result.cancelled = true;
            m_result.cause.clear();
            step.status = ProbeStep::Status::Skip;
            step.detail = tr("cancelled");
            ok = false;
        }
        finishStep(step, timer.elapsed());
        m_result.steps.append(step);
    }
    m_connection.reset();
}

bool RegistryProbe::stepDns(ProbeStep &step)
{
    const QString name = m_proxy.isEmpty() ? m_host : m_proxy.host();
    const QString what = m_proxy.isEmpty() ? name : tr("proxy %1").arg(name);
    if (!QHostAddress(name).isNull()) {
        step.detail = tr("%1 (an address, nothing to resolve)").arg(name);
        return true;
    }
    QEventLoop loop;
    QHostInfo info;
    bool done = false;
    const int id = QHostInfo::lookupHost(name, &loop, [&](const QHostInfo &i) {
        info = i;
        done = true;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled() || timer.elapsed() > m_options.stepTimeoutMs)
            loop.quit();
    });
    poll.start();
    if (!done)
        loop.exec();
    if (!done) {
        QHostInfo::abortHostLookup(id);
        if (cancelled())
            return false;
        return failStep(step, m_proxy.isEmpty() ? QStringLiteral("network-timeout") : QStringLiteral("proxy-error"),
            tr("lookup %1: no answer within %2 s").arg(what).arg(m_options.stepTimeoutMs / 1000.0));
    }
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return failStep(step, m_proxy.isEmpty() ? QStringLiteral("dns-failure") : QStringLiteral("proxy-error"),
            tr("lookup %1: no such host (%2)").arg(what, info.errorString()));
    QStringList addresses;
    for (const QHostAddress &a : info.addresses())
        addresses << a.toString();
    step.detail = addresses.join(QStringLiteral(", "));
    return true;
}

bool RegistryProbe::stepTcp(ProbeStep &step)
{
    m_connection = std::make_unique<HttpConnection>(&m_cancel, m_options.stepTimeoutMs);
    const QString target = m_host + QLatin1Char(':') + QString::number(m_port);
    if (!m_connection->open(m_host, m_port, m_proxy, m_scheme == QLatin1String("https"))) {
        const TransportError &e = m_connection->error();
        const QString via = m_proxy.isEmpty() ? QString() : tr(" (through proxy %1)").arg(m_result.proxy);
        return failStep(
            step, ProbeCause::forTransport(e, !m_proxy.isEmpty()), tr("dial tcp %1%2: %3").arg(target, via, e.text));
    }
    step.detail = m_proxy.isEmpty() ? tr("connected to %1").arg(target)
                                    : tr("connected to %1 through proxy %2").arg(target, m_result.proxy);
    return true;
}

bool RegistryProbe::plainHttpAnswers()
{
    HttpConnection c(&m_cancel, m_options.stepTimeoutMs);
    if (!c.open(m_host, m_port, m_proxy, true))
        return false;
    HttpResponse r;
    const QByteArray host = apiUrl(QString()).authority().toUtf8();
    return c.exchange("GET", (m_apiRoot + QLatin1Char('/')).toUtf8(), host, {}, &r) && r.status > 0;
}

bool RegistryProbe::stepTls(ProbeStep &step)
{
    if (m_scheme != QLatin1String("https")) {
        step.status = ProbeStep::Status::NotApplicable;
        step.detail = tr("plain HTTP");
        return true;
    }
    if (m_connection->startTls(m_host, m_cas + m_endpointCas, m_skipVerify)) {
        const QList<QSslCertificate> chain = m_connection->peerChain();
        step.certificate = TlsInspector::describe(chain.value(0));
        step.detail = tr("%1, certificate for %2 issued by %3, valid until %4")
                          .arg(m_connection->tlsProtocol(), step.certificate.subject, step.certificate.issuer,
                              step.certificate.notAfter);
        if (m_skipVerify && !m_connection->sslErrors().isEmpty()) {
            const QString reason = TlsInspector::classify(m_connection->sslErrors(), m_host).reason;
            step.detail += QStringLiteral("; ") + tr("not verified (skip_verify): %1").arg(reason);
            m_result.warnings
                << tr("%1: TLS verification is off (skip_verify) and the certificate fails it: %2").arg(m_host, reason);
        }
        m_connection.reset();
        return true;
    }
    const TransportError e = m_connection->error();
    const QList<QSslError> sslErrors = m_connection->sslErrors();
    QList<QSslCertificate> chain = m_connection->peerChain();
    m_connection.reset();
    if (e.kind == TransportError::Kind::Cancelled)
        return false;
    if (!sslErrors.isEmpty()) {
        const TlsInspector::Verdict v = TlsInspector::classify(sslErrors, m_host);
        QSslCertificate leaf = chain.value(0);
        if (leaf.isNull())
            leaf = sslErrors.first().certificate();
        step.certificate = TlsInspector::describe(leaf);
        return failStep(step, v.causeId, v.reason);
    }
    if (e.kind == TransportError::Kind::Tls || e.kind == TransportError::Kind::Closed
        || e.kind == TransportError::Kind::Other) {
        if (plainHttpAnswers()) {
            if (isLoopbackHost(m_host)) {
                // containerd's default for localhost: HTTP when the TLS handshake fails.
                m_scheme = QStringLiteral("http");
                m_proxy = m_proxySelector.proxyFor(apiUrl(QString()));
                m_result.endpoint = apiUrl(QString()).toString(QUrl::RemoveQuery);
                step.status = ProbeStep::Status::NotApplicable;
                step.detail = tr("the registry speaks plain HTTP (allowed for localhost)");
                m_result.warnings << tr("%1 is reached over plain HTTP: nothing is encrypted").arg(m_result.registry);
                return true;
            }
            return failStep(
                step, QStringLiteral("http-https-mismatch"), tr("server gave HTTP response to HTTPS client"));
        }
    }
    return failStep(step, ProbeCause::forTransport(e, !m_proxy.isEmpty()),
        tr("TLS handshake with %1 failed: %2").arg(m_host, e.text));
}

bool RegistryProbe::fetch(
    ProbeStep &step, const QByteArray &method, const QUrl &url, const HttpHeaders &headers, HttpResponse *response)
{
    TransportError e;
    const HttpConnection::Settings s = settingsFor(url);
    if (HttpConnection::fetch(s, method, url, headers, response, &e))
        return true;
    if (e.kind == TransportError::Kind::Cancelled)
        return false;
    QString cause = ProbeCause::forTransport(e, !s.proxy.isEmpty());
    QString text = e.text;
    if (!e.sslErrors.isEmpty()) {
        const TlsInspector::Verdict v = TlsInspector::classify(e.sslErrors, url.host());
        cause = v.causeId;
        text = v.reason;
    }
    return failStep(
        step, cause, tr("%1 %2: %3").arg(QString::fromLatin1(method), url.toString(QUrl::RemoveQuery), text));
}

bool RegistryProbe::stepApi(ProbeStep &step)
{
    HttpResponse r;
    const QUrl url = apiUrl(QString());
    if (!fetch(step, "GET", url, {}, &r))
        return false;
    const QString version = QString::fromLatin1(r.header("Docker-Distribution-API-Version"));
    if (r.status == 401) {
        m_challenges = AuthChallenge::parse(r.header("WWW-Authenticate"));
        QString challenge = QString::fromLatin1(r.header("WWW-Authenticate"));
        step.detail = tr("authentication required: %1").arg(challenge.isEmpty() ? tr("no challenge") : challenge);
    } else if (r.status == 200) {
        step.detail = tr("no authentication required");
    } else {
        const QString cause = ProbeCause::forHttpStatus(r.status, r.body, false);
        if (r.status >= 500 || r.status == 429 || r.status == 403 || r.status == 407)
            return failStep(step, cause,
                tr("GET %1: %2 %3").arg(url.toString(), QString::fromLatin1(r.statusLine), registryErrorText(r.body)));
        step.detail = tr("GET /v2/ answered %1").arg(QString::fromLatin1(r.statusLine));
        m_result.warnings << step.detail;
    }
    if (!version.isEmpty())
        step.detail += QStringLiteral("; Docker-Distribution-API-Version: ") + version;
    return true;
}

bool RegistryProbe::stepAuth(ProbeStep &step)
{
    const bool haveCreds = !m_credentials.isEmpty();
    const QByteArray basic
        = "Basic " + QByteArray(m_credentials.username.toUtf8() + ':' + m_credentials.password.toUtf8()).toBase64();
    if (m_challenges.isEmpty()) {
        step.detail = haveCreds ? tr("not asked for; the credentials for %1 are not needed").arg(m_credentials.key)
                                : tr("anonymous access");
        return true;
    }
    const AuthChallenge c = m_challenges.first();
    if (c.isBasic()) {
        if (!haveCreds)
            return failStep(step, QStringLiteral("unauthorized"),
                tr("no basic auth credentials: the registry asks for a user name and password (realm %1)")
                    .arg(c.realm()));
        HttpResponse r;
        if (!fetch(step, "GET", apiUrl(QString()), {{"Authorization", basic}}, &r))
            return false;
        if (r.status == 200) {
            step.detail = tr("user %1 accepted (Basic)").arg(m_credentials.username);
            m_authorization = basic;
            return true;
        }
        return failStep(step,
            r.status == 401 ? QStringLiteral("unauthorized") : ProbeCause::forHttpStatus(r.status, r.body, true),
            tr("the registry refused user %1: %2").arg(m_credentials.username, QString::fromLatin1(r.statusLine)));
    }
    if (!c.isBearer())
        return failStep(step, QStringLiteral("unknown"), tr("unsupported authentication scheme %1").arg(c.scheme));
    QUrl realm(c.realm());
    if (!realm.isValid() || realm.host().isEmpty())
        return failStep(step, QStringLiteral("unauthorized"), tr("the token realm %1 is not a URL").arg(c.realm()));
    QUrlQuery q(realm);
    if (!c.service().isEmpty())
        q.addQueryItem(QStringLiteral("service"), c.service());
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("repository:") + m_repository + QStringLiteral(":pull"));
    realm.setQuery(q);
    HttpHeaders headers;
    if (haveCreds)
        headers.append({"Authorization", basic});
    HttpResponse r;
    if (!fetch(step, "GET", realm, headers, &r))
        return false;
    if (r.status != 200) {
        const QString cause
            = r.status == 401 ? QStringLiteral("unauthorized") : ProbeCause::forHttpStatus(r.status, r.body, haveCreds);
        return failStep(step, cause.isEmpty() ? QStringLiteral("unauthorized") : cause,
            tr("token request to %1 answered %2 %3")
                .arg(realm.toString(QUrl::RemoveQuery), QString::fromLatin1(r.statusLine), registryErrorText(r.body)));
    }
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QString token = o.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = o.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        return failStep(step, QStringLiteral("unauthorized"), tr("the token service answered without a token"));
    m_authorization = "Bearer " + token.toUtf8();
    step.detail = haveCreds
        ? tr("token issued for user %1 (Bearer, service %2)").arg(m_credentials.username, c.service())
        : tr("anonymous token issued (Bearer, service %1)").arg(c.service());
    return true;
}

bool RegistryProbe::stepManifest(ProbeStep &step)
{
    const QUrl url = apiUrl(m_repository + QStringLiteral("/manifests/") + m_reference);
    HttpHeaders headers {{"Accept", ManifestAccept::header()}};
    if (!m_authorization.isEmpty())
        headers.append({"Authorization", m_authorization});
    HttpResponse head;
    if (!fetch(step, "HEAD", url, headers, &head))
        return false;
    const RateLimitInfo limits = RateLimitInfo::fromHeaders(head.headers);
    if (limits.isPresent())
        m_result.rateLimit = limits;
    m_manifestType = QString::fromLatin1(head.header("Content-Type"));
    const QString digest = QString::fromLatin1(head.header("Docker-Content-Digest"));
    HttpResponse get;
    // A HEAD has no body: the registry's error text, an index's platform list and a
    // manifest's config all need the GET.
    if (!fetch(step, "GET", url, headers, &get))
        return false;
    if (get.status != 200 || (head.status != 200 && head.status != 405)) {
        const HttpResponse &bad = get.status != 200 ? get : head;
        const QString cause = ProbeCause::forHttpStatus(bad.status, get.body, !m_authorization.isEmpty());
        return failStep(step, cause.isEmpty() ? QStringLiteral("unknown") : cause,
            tr("%1:%2: %3 %4")
                .arg(m_repository, m_reference, QString::fromLatin1(bad.statusLine), registryErrorText(get.body)));
    }
    if (!limits.isPresent() && RateLimitInfo::fromHeaders(get.headers).isPresent())
        m_result.rateLimit = RateLimitInfo::fromHeaders(get.headers);
    m_manifestBody = get.body;
    if (m_manifestType.isEmpty())
        m_manifestType = QString::fromLatin1(get.header("Content-Type"));
    m_hasIndex = ManifestAccept::isIndex(m_manifestType);
    step.detail = tr("found: %1").arg(m_manifestType);
    if (!digest.isEmpty())
        step.detail += QStringLiteral(", ") + digest;
    return true;
}

bool RegistryProbe::stepPlatform(ProbeStep &step)
{
    const QString target = m_options.platform.isEmpty() ? defaultPlatform() : m_options.platform;
    const QJsonObject manifest = QJsonDocument::fromJson(m_manifestBody).object();
    QStringList offered;
    if (m_hasIndex) {
        const QJsonArray list = manifest.value(QLatin1String("manifests")).toArray();
        for (const QJsonValue &m : list) {
            const QString p = platformOf(m.toObject().value(QLatin1String("platform")).toObject());
            // Attestation manifests are listed as unknown/unknown.
            if (p != QLatin1String("unknown/unknown") && p != QLatin1String("/") && !offered.contains(p))
                offered << p;
        }
    } else {
        const QString configDigest
            = manifest.value(QLatin1String("config")).toObject().value(QLatin1String("digest")).toString();
        if (configDigest.isEmpty()) {
            step.detail = tr("a single-platform manifest without a config; not checked");
            return true;
        }
        QUrl url = apiUrl(m_repository + QStringLiteral("/blobs/") + configDigest);
        HttpHeaders headers;
        if (!m_authorization.isEmpty())
            headers.append({"Authorization", m_authorization});
        HttpResponse r;
        if (!fetch(step, "GET", url, headers, &r))
            return false;
        if (r.status >= 300 && r.status < 400 && !r.header("Location").isEmpty()) {
            // Blob storage elsewhere (S3, a CDN) gets no registry token.
            url = url.resolved(QUrl(QString::fromUtf8(r.header("Location"))));
            r = HttpResponse();
            if (!fetch(step, "GET", url, {}, &r))
                return false;
        }
        if (r.status != 200) {
            step.detail = tr("the image config could not be read (%1); platform not checked")
                              .arg(QString::fromLatin1(r.statusLine));
            m_result.warnings << step.detail;
            return true;
        }
        offered << platformOf(QJsonDocument::fromJson(r.body).object());
    }
    m_result.platforms = offered;
    for (const QString &p : offered) {
        if (platformMatches(p, target)) {
            step.detail = tr("%1 offered (%2)").arg(target, offered.join(QStringLiteral(", ")));
            return true;
        }
    }
    return failStep(step, QStringLiteral("platform-mismatch"),
        tr("no match for platform %1 in manifest: offers %2").arg(target, offered.join(QStringLiteral(", "))));
}

bool RegistryProbe::stepRateLimit(ProbeStep &step)
{
    const RateLimitInfo &l = m_result.rateLimit;
    if (l.isPresent()) {
        step.detail = tr("%1 of %2 pulls left per %3 s")
                          .arg(l.remaining)
                          .arg(l.limit)
                          .arg(l.limitWindowSeconds >= 0 ? l.limitWindowSeconds : l.remainingWindowSeconds);
        if (l.remaining == 0)
            return failStep(step, QStringLiteral("rate-limited"), step.detail);
        return true;
    }
    if (m_result.registry == QLatin1String("docker.io")) {
        step.detail = tr("no rate-limit headers: this account or address is not limited");
        return true;
    }
    step.status = ProbeStep::Status::NotApplicable;
    step.detail = tr("not Docker Hub");
    return true;
}

} // namespace PullScope

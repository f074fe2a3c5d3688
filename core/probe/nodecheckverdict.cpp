#include "probe/nodecheckverdict.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QSslCertificate>

#include "probe/registryprobe.h"
#include "probe/tlsinspector.h"
#include "rulebook.h"

namespace PullScope {

namespace {

using Status = ProbeStep::Status;
using Section = NodeCheckOutput::Section;

// What curl -v said about GET /v2/, reduced to the probe's questions.
struct CurlFacts
{
    bool present = false;
    int rc = -1;
    bool connected = false;
    bool proxied = false;
    bool tlsDone = false;
    int httpCode = 0;
    QString error; // the "curl: (N) ..." line without its prefix
    QString challenge; // WWW-Authenticate value
    QString apiVersion; // Docker-Distribution-Api-Version value
};

QString headerValue(const QString &line, const QString &name)
{
    // "< Name: value" as curl -v prints a response header.
    if (!line.startsWith(QLatin1String("< ")))
        return {};
    const int colon = line.indexOf(QLatin1Char(':'));
    if (colon < 0 || line.mid(2, colon - 2).trimmed().compare(name, Qt::CaseInsensitive) != 0)
        return {};
    return line.mid(colon + 1).trimmed();
}

CurlFacts curlFacts(const Section *s)
{
    CurlFacts f;
    if (!s)
        return f;
    f.present = true;
    f.rc = s->rc;
    static const QRegularExpression codeRe(QStringLiteral("^http_code=(\\d+)"));
    static const QRegularExpression errRe(QStringLiteral("^curl: \\((\\d+)\\) (.*)$"));
    int printedRc = -1; // from "curl: (N) ...", for a section cut off before its end marker
    for (const QString &line : s->lines) {
        if (line.startsWith(QLatin1String("* Connected to")))
            f.connected = true;
        else if (line.contains(QLatin1String("Establish HTTP proxy tunnel"))
            || line.startsWith(QLatin1String("* Uses proxy env variable")))
            f.proxied = true;
        else if (line.startsWith(QLatin1String("* SSL connection using"))
            || line.startsWith(QLatin1String("*  SSL certificate verify ok")))
            f.tlsDone = true;
        else if (const QRegularExpressionMatch m = codeRe.match(line); m.hasMatch())
            f.httpCode = m.captured(1).toInt();
        else if (const QRegularExpressionMatch e = errRe.match(line); e.hasMatch()) {
            printedRc = e.captured(1).toInt();
            f.error = e.captured(2);
        } else if (QString c = headerValue(line, QStringLiteral("www-authenticate")); !c.isEmpty())
            f.challenge = c;
        else if (QString a = headerValue(line, QStringLiteral("docker-distribution-api-version")); !a.isEmpty())
            f.apiVersion = a;
    }
    if (f.rc < 0)
        f.rc = printedRc >= 0 ? printedRc : f.httpCode > 0 ? 0 : -1;
    return f;
}

// curl's exit codes (libcurl-errors(3)) as the probe's step and cause.
struct Failure
{
    QString step;
    QString cause;
    QString detail;
};

Failure curlFailure(const CurlFacts &f)
{
    const QString text = f.error;
    auto fail = [&](const char *step, const char *cause) {
        return Failure {QString::fromLatin1(step), QString::fromLatin1(cause), text};
    };
    switch (f.rc) {
    case 0:
        return {};
    case 5:
        return fail("dns", "proxy-error");
    case 6:
        return fail("dns", "dns-failure");
    case 7:
        return f.proxied ? fail("tcp", "proxy-error") : fail("tcp", "connection-refused");
    case 28:
        if (!f.connected)
            return fail("tcp", "network-timeout");
        return f.tlsDone ? fail("api", "network-timeout") : fail("tls", "network-timeout");
    case 35:
        return fail("tls", "unknown");
    case 51:
    case 60: {
        if (text.contains(QLatin1String("expired")) || text.contains(QLatin1String("not yet valid")))
            return fail("tls", "tls-expired");
        if (text.contains(QLatin1String("subject name")) || text.contains(QLatin1String("does not match")))
            return fail("tls", "tls-hostname-mismatch");
        return fail("tls", "tls-unknown-authority");
    }
    case 52:
    case 55:
    case 56:
        if (text.contains(QLatin1String("CONNECT")) || text.contains(QLatin1String("from proxy")))
            return fail("tcp", "proxy-error");
        return fail(f.tlsDone ? "api" : "tls", "transfer-interrupted");
    default:
        return fail(f.connected ? "api" : "tcp", "unknown");
    }
}

// openssl s_client's "Verify return code: N (text)" (X509_V_ERR_*), for when curl is absent.
Failure opensslFailure(const Section *s)
{
    if (!s)
        return {};
    static const QRegularExpression re(QStringLiteral("Verify return code: (\\d+) \\((.*)\\)"));
    for (const QString &line : s->lines) {
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch())
            continue;
        const int code = m.captured(1).toInt();
        const QString detail = m.captured(2);
        if (code == 0)
            return {};
        if (code == 9 || code == 10)
            return {QStringLiteral("tls"), QStringLiteral("tls-expired"), detail};
        if (code == 62 || code == 64)
            return {QStringLiteral("tls"), QStringLiteral("tls-hostname-mismatch"), detail};
        return {QStringLiteral("tls"), QStringLiteral("tls-unknown-authority"), detail};
    }
    return {};
}

CertificateInfo leafCertificate(const Section *s)
{
    if (!s)
        return {};
    const QList<QSslCertificate> certs = QSslCertificate::fromData(s->text().toLatin1(), QSsl::Pem);
    return certs.isEmpty() ? CertificateInfo() : TlsInspector::describe(certs.first());
}

// The line of the pull's output that carries the runtime's error, classified by the rules.
struct PullError
{
    QString message;
    QString cause;
};

PullError pullError(const Section *s)
{
    PullError e;
    if (!s || s->rc == 0)
        return e;
    static const QRegularExpression errorLine(
        QStringLiteral("(FATA|level=fatal|^E\\d{4}|^ctr: |Error response from daemon|rpc error|error|failed)"),
        QRegularExpression::CaseInsensitiveOption);
    const RuleBook &rules = RuleBook::builtin();
    for (qsizetype i = s->lines.size() - 1; i >= 0; --i) {
        const QString &line = s->lines.at(i);
        if (!errorLine.match(line).hasMatch())
            continue;
        if (e.message.isEmpty())
            e.message = line.trimmed();
        if (const auto m = rules.classify(line)) {
            e.message = line.trimmed();
            e.cause = m->id;
            return e;
        }
    }
    e.cause = QStringLiteral("unknown");
    if (e.message.isEmpty() && !s->lines.isEmpty())
        e.message = s->lines.constLast().trimmed();
    return e;
}

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

QStringList addresses(const Section *s)
{
    QStringList out;
    if (!s)
        return out;
    for (const QString &line : s->lines) {
        const QString a = line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty).trimmed();
        if (!a.isEmpty() && !out.contains(a))
            out << a;
    }
    return out;
}

} // namespace

QString NodeCheckVerdict::stepForCause(const QString &cause)
{
    if (cause == QLatin1String("dns-failure"))
        return QStringLiteral("dns");
    if (cause == QLatin1String("connection-refused") || cause == QLatin1String("proxy-error")
        || cause == QLatin1String("network-timeout"))
        return QStringLiteral("tcp");
    if (cause.startsWith(QLatin1String("tls-")) || cause == QLatin1String("http-https-mismatch"))
        return QStringLiteral("tls");
    if (cause == QLatin1String("registry-unavailable"))
        return QStringLiteral("api");
    if (cause == QLatin1String("unauthorized") || cause == QLatin1String("access-denied")
        || cause == QLatin1String("forbidden") || cause == QLatin1String("pull-secret-mismatch"))
        return QStringLiteral("auth");
    if (cause == QLatin1String("platform-mismatch"))
        return QStringLiteral("platform");
    return QStringLiteral("manifest");
}

ProbeResult NodeCheckVerdict::evaluate(const NodeCheckOutput &output)
{
    ProbeResult r;
    r.image = output.info(QStringLiteral("image"));
    r.registry = output.info(QStringLiteral("registry"));
    const QString host = output.info(QStringLiteral("host"));
    const QString scheme = output.info(QStringLiteral("scheme"));
    const Section *curl = output.section(QStringLiteral("curl"));
    const QString url = curl ? NodeCheckOutput::value(*curl, QStringLiteral("url")) : QString();
    QUrl endpoint(url.isEmpty() ? scheme + QStringLiteral("://") + host + QStringLiteral("/v2/") : url);
    if ((endpoint.scheme() == QLatin1String("https") && endpoint.port() == 443)
        || (endpoint.scheme() == QLatin1String("http") && endpoint.port() == 80))
        endpoint.setPort(-1);
    r.endpoint = endpoint.toString();
    const QString proxy = curl ? NodeCheckOutput::value(*curl, QStringLiteral("proxy")) : QString();
    r.proxy = proxy;
    for (const QString &id : RegistryProbe::stepIds()) {
        ProbeStep s;
        s.id = id;
        r.steps << s;
    }
    auto step = [&r](const QString &id) -> ProbeStep & {
        for (ProbeStep &s : r.steps) {
            if (s.id == id)
                return s;
        }
        Q_UNREACHABLE();
    };
    r.warnings << tr("Read from the node check of %1 (%2, %3) taken %4.")
                      .arg(output.info(QStringLiteral("node")), output.info(QStringLiteral("runtime")),
                          output.info(QStringLiteral("arch")), output.info(QStringLiteral("date")));
    if (!output.complete())
        r.warnings << tr("The output stops before the check's end: the script was interrupted or the file cut off.");

    // The direct checks, in the probe's order; the first failure is kept.
    Failure direct;
    const Section *dns = output.section(QStringLiteral("dns"));
    const Section *dnsProxy = output.section(QStringLiteral("dns-proxy"));
    if (dnsProxy && dnsProxy->rc != 0)
        direct = {QStringLiteral("dns"), QStringLiteral("proxy-error"),
            tr("the node cannot resolve its proxy (getent exit %1)").arg(dnsProxy->rc)};
    else if (!dnsProxy && dns && dns->rc != 0)
        direct = {QStringLiteral("dns"), QStringLiteral("dns-failure"),
            tr("the node cannot resolve %1 (getent exit %2)").arg(host).arg(dns->rc)};
    step(QStringLiteral("dns")).detail = addresses(dnsProxy ? dnsProxy : dns).join(QStringLiteral(", "));

    const CurlFacts cf = curlFacts(curl);
    if (direct.step.isEmpty() && cf.present)
        direct = curlFailure(cf);
    // A handshake that met plain HTTP: the probe's rule (localhost falls back, others fail).
    const Section *plain = output.section(QStringLiteral("curl-http"));
    bool plainHttp = scheme == QLatin1String("http");
    CurlFacts api = cf;
    if (direct.step == QLatin1String("tls") && direct.cause == QLatin1String("unknown") && plain) {
        const CurlFacts pf = curlFacts(plain);
        if (pf.httpCode > 0 && isLoopbackHost(host)) {
            // containerd's default for localhost: HTTP when the TLS handshake fails.
            plainHttp = true;
            api = pf;
            direct = curlFailure(pf);
            r.endpoint = QStringLiteral("http://") + QUrl(r.endpoint).authority() + QStringLiteral("/v2/");
        } else if (pf.httpCode > 0) {
            direct = {QStringLiteral("tls"), QStringLiteral("http-https-mismatch"),
                tr("server gave HTTP response to HTTPS client")};
        }
    }
    if (direct.step.isEmpty() && api.present && api.httpCode > 0) {
        const QString cause = api.httpCode >= 500 ? QStringLiteral("registry-unavailable")
            : api.httpCode == 429                 ? QStringLiteral("rate-limited")
                                                  : QString();
        if (!cause.isEmpty())
            direct = {QStringLiteral("api"), cause, tr("GET /v2/ answered %1").arg(api.httpCode)};
    }
    const Section *tls = output.section(QStringLiteral("tls"));
    if (direct.step.isEmpty() && !cf.present)
        direct = opensslFailure(tls);
    step(QStringLiteral("tls")).certificate = leafCertificate(output.section(QStringLiteral("tls-cert")));

    // The pull: the node's own verdict on auth, manifest and platform.
    const Section *pull = output.section(QStringLiteral("pull"));
    const QString tool = pull ? NodeCheckOutput::value(*pull, QStringLiteral("tool")) : QString();
    const bool pulled = pull && pull->rc == 0 && tool != QLatin1String("none");
    const bool pullRan = pull && tool != QLatin1String("none") && pull->rc != 127 && pull->rc != -1;
    const PullError pe = pullRan && !pulled ? pullError(pull) : PullError();
    if (!pull)
        r.warnings << tr("The image was not pulled on the node (PULL=0): auth, manifest and platform are unchecked.");
    else if (tool == QLatin1String("none") || pull->rc == 127)
        r.warnings << tr("The node has neither crictl nor ctr nor docker: auth, manifest and platform are unchecked.");
    if (output.info(QStringLiteral("credentials")) == QLatin1String("none")
        && pe.cause == QLatin1String("unauthorized"))
        r.warnings << tr("The check ran without credentials (PULL_CREDS); the kubelet presents the pod's pull secret.");

    Failure verdict;
    if (pulled) {
        if (!direct.step.isEmpty())
            r.warnings << tr("The node pulled the image although its direct check failed at %1 (%2): a mirror or "
                             "the runtime's own configuration got around it.")
                              .arg(direct.step, direct.detail);
    } else if (!direct.step.isEmpty()) {
        verdict = direct;
        if (!pe.cause.isEmpty() && pe.cause != direct.cause)
            r.warnings << tr("The pull on the node failed with: %1").arg(pe.message);
    } else if (pullRan) {
        verdict = {stepForCause(pe.cause), pe.cause, pe.message};
    }

    // Fill the steps: pass up to the failing one, skip after it.
    const int failIndex = verdict.step.isEmpty() ? -1 : int(RegistryProbe::stepIds().indexOf(verdict.step));
    for (int i = 0; i < r.steps.size(); ++i) {
        ProbeStep &s = r.steps[i];
        s.ms = -1;
        if (failIndex >= 0 && i > failIndex) {
            s.status = Status::Skip;
            continue;
        }
        if (i == failIndex) {
            s.status = Status::Fail;
            s.detail = verdict.detail;
            continue;
        }
        s.status = Status::Pass;
    }
    ProbeStep &tlsStep = step(QStringLiteral("tls"));
    if (plainHttp && tlsStep.status != Status::Skip) {
        tlsStep.status = Status::NotApplicable;
        tlsStep.detail = tr("the registry is reached over plain HTTP");
        r.warnings << tr("%1 is reached over plain HTTP: nothing is encrypted").arg(r.registry);
    } else if (tlsStep.status == Status::Pass) {
        tlsStep.detail = tlsStep.certificate.isNull() ? QString() : tlsStep.certificate.subject;
    }
    ProbeStep &apiStep = step(QStringLiteral("api"));
    if (apiStep.status == Status::Pass && api.httpCode > 0)
        apiStep.detail = api.challenge.isEmpty() ? tr("GET /v2/: %1").arg(api.httpCode)
                                                 : tr("GET /v2/: %1, %2").arg(api.httpCode).arg(api.challenge);
    const bool unchecked = !pullRan;
    for (const char *id : {"auth", "manifest", "platform"}) {
        ProbeStep &s = step(QString::fromLatin1(id));
        if (s.status == Status::Pass && unchecked) {
            s.status = Status::Skip;
            s.detail = tr("not checked: the image was not pulled on the node");
        } else if (s.status == Status::Pass && pulled) {
            s.detail = tr("the node's %1 pull succeeded").arg(tool);
        }
    }
    ProbeStep &platform = step(QStringLiteral("platform"));
    if (platform.status == Status::Pass)
        platform.detail = tr("node architecture %1").arg(output.info(QStringLiteral("arch")));

    // Docker Hub's headers; anywhere else the step does not apply.
    ProbeStep &rate = step(QStringLiteral("ratelimit"));
    const Section *rl = output.section(QStringLiteral("ratelimit"));
    if (!rl) {
        if (rate.status != Status::Skip)
            rate.status = Status::NotApplicable;
    } else {
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QString &line : rl->lines) {
            const int colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0)
                headers.append({line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toLatin1()});
        }
        r.rateLimit = RateLimitInfo::fromHeaders(headers);
        if (rate.status != Status::Skip) {
            rate.status = Status::Pass;
            rate.detail = r.rateLimit.isPresent()
                ? tr("%1 of %2 pulls left").arg(r.rateLimit.remaining).arg(r.rateLimit.limit)
                : tr("no rate-limit headers in Docker Hub's answer");
        }
        if (r.rateLimit.isPresent() && r.rateLimit.remaining == 0)
            r.warnings << tr("Docker Hub's pull limit for this node's address is used up.");
    }
    r.cause = verdict.cause;
    return r;
}

} // namespace PullScope

#include "probecommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#include "probe/probecredentials.h"
#include "probe/proxyselector.h"
#include "nodecheckcommand.h"
#include "probe/probetext.h"
#include "probe/registryprobe.h"
#include "terminaltext.h"

namespace PullScope {

namespace {
QString statusText(ProbeStep::Status s)
{
    return ProbeText::statusText(s);
}

QString padded(const QString &s, int width)
{
    return TerminalText::padRight(s, width);
}
} // namespace

QString ProbeCommand::table(const ProbeResult &r)
{
    QString out;
    QTextStream t(&out);
    const QString none = tr("none");
    const QList<QPair<QString, QString>> head = {{tr("Image"), r.image}, {tr("Registry"), r.registry},
        {tr("Endpoint"), r.endpoint}, {tr("Proxy"), r.proxy.isEmpty() ? none : r.proxy}};
    int labelWidth = 0;
    for (const auto &h : head)
        labelWidth = std::max(labelWidth, TerminalText::width(h.first) + 1);
    for (const auto &h : head)
        t << padded(h.first + QLatin1Char(':'), labelWidth + 1) << h.second << '\n';
    t << '\n';
    const QString hStep = tr("STEP"), hStatus = tr("STATUS"), hTime = tr("TIME"), hDetail = tr("DETAIL");
    int w0 = TerminalText::width(hStep), w1 = TerminalText::width(hStatus), w2 = TerminalText::width(hTime);
    QList<QStringList> rows;
    for (const ProbeStep &s : r.steps) {
        const QString time = s.ms >= 0 ? tr("%1 ms").arg(s.ms) : QString();
        rows << QStringList {s.id, statusText(s.status), time, s.detail};
        w0 = std::max(w0, TerminalText::width(s.id));
        w1 = std::max(w1, TerminalText::width(rows.last()[1]));
        w2 = std::max(w2, TerminalText::width(time));
    }
    t << padded(hStep, w0 + 2) << padded(hStatus, w1 + 2) << padded(hTime, w2 + 2) << hDetail << '\n';
    for (const QStringList &row : rows) {
        const QString line = padded(row[0], w0 + 2) + padded(row[1], w1 + 2) + TerminalText::padLeft(row[2], w2)
            + QStringLiteral("  ") + row[3];
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1) == QLatin1Char(' '))
            --end;
        t << line.left(end) << '\n';
    }
    t << '\n';
    for (const ProbeStep &s : r.steps) {
        if (s.certificate.isNull())
            continue;
        t << tr("Certificate (%1):").arg(s.id) << '\n'
          << "  " << tr("subject:   %1").arg(s.certificate.subject) << '\n'
          << "  " << tr("issuer:    %1").arg(s.certificate.issuer) << '\n'
          << "  " << tr("names:     %1").arg(s.certificate.sans.join(QStringLiteral(", "))) << '\n'
          << "  " << tr("valid:     %1 to %2").arg(s.certificate.notBefore, s.certificate.notAfter) << '\n';
    }
    if (r.rateLimit.isPresent())
        t << tr("Rate limit: %1 of %2 pulls left").arg(r.rateLimit.remaining).arg(r.rateLimit.limit) << '\n';
    if (!r.platforms.isEmpty())
        t << tr("Platforms: %1").arg(r.platforms.join(QStringLiteral(", "))) << '\n';
    for (const QString &w : r.warnings)
        t << tr("Warning: %1").arg(w) << '\n';
    if (r.cancelled)
        t << tr("Result: cancelled") << '\n';
    else if (r.cause.isEmpty())
        t << tr("Result: every step passed") << '\n';
    else
        t << tr("Result: %1 failed, cause %2")
                 .arg(r.failingStep().isEmpty() ? QStringLiteral("-") : r.failingStep(), r.cause)
          << '\n';
    t.flush();
    return out;
}

int ProbeCommand::run(const QStringList &arguments)
{
    if (NodeCheckCommand::wanted(arguments))
        return NodeCheckCommand::run(arguments);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Check from this machine what a pull of IMAGE meets: DNS, TCP (through the proxy Go's rules pick "
           "from HTTPS_PROXY/HTTP_PROXY/NO_PROXY, or --proxy), TLS, the /v2/ API, authentication, the manifest, "
           "the platforms it offers and Docker Hub's rate limit. The first failure is named with a cause id. "
           "Without --authfile the probe is anonymous, as a node without pull secrets. "
           "Exit 0 when every step passed, 1 when one failed, 2 on bad usage."));
    p.addPositionalArgument(QStringLiteral("IMAGE"), tr("The image reference, as in the pod spec."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption authfile(QStringLiteral("authfile"),
        tr("Credentials: a docker config (~/.docker/config.json), a .dockerconfigjson, or a pull Secret in YAML "
           "or JSON."),
        QStringLiteral("FILE"));
    const QCommandLineOption ca(
        QStringLiteral("ca"), tr("A PEM CA to trust besides the system store."), QStringLiteral("FILE"));
    const QCommandLineOption hostsDir(QStringLiteral("hosts-dir"),
        tr("Resolve IMAGE as the node does from a copy of its containerd certs.d (config_path): its hosts in "
           "order, their CA files, skip_verify and override_path, the registry itself last."),
        QStringLiteral("DIR"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
        tr("Use this proxy instead of the environment's (loopback registries are still reached directly)."),
        QStringLiteral("URL"));
    const QCommandLineOption platform(QStringLiteral("platform"),
        tr("The node's platform, OS/ARCH[/VARIANT] (default: linux and this machine's architecture)."),
        QStringLiteral("OS/ARCH"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds each step may take (default 10)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table or json (default table)."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Output language: en or zh_CN."), QStringLiteral("LANG"), QStringLiteral("en"));
    // Handled by NodeCheckCommand; listed here so that the probe's help shows them.
    const QCommandLineOption nodeScript(QStringLiteral("node-script"),
        tr("Write a script that runs these checks on the node itself (probe --node-script --help)."));
    const QCommandLineOption nodeOutput(QStringLiteral("node-output"),
        tr("Read what that script printed on the node and show it as a probe."), QStringLiteral("FILE"));
    p.addOptions({help, authfile, ca, hostsDir, proxy, platform, timeout, format, lang, nodeScript, nodeOutput});

    if (!p.parse(arguments)) {
        err << "pullscope-cli probe: " << p.errorText() << '\n';
        return 2;
    }
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
        err << tr("pullscope-cli probe: --format takes table or json") << '\n';
        return 2;
    }
    if (p.positionalArguments().size() != 1) {
        err << tr("pullscope-cli probe: name exactly one IMAGE") << '\n';
        return 2;
    }
    ProbeOptions o;
    o.image = p.positionalArguments().first();
    bool ok = false;
    const double seconds = p.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        err << tr("pullscope-cli probe: --timeout takes a number of seconds above 0") << '\n';
        return 2;
    }
    o.stepTimeoutMs = int(seconds * 1000);
    if (p.isSet(hostsDir)) {
        o.hostsDir = p.value(hostsDir);
        if (!QFileInfo(o.hostsDir).isDir()) {
            err << tr("pullscope-cli probe: --hosts-dir %1 is not a directory").arg(o.hostsDir) << '\n';
            return 2;
        }
    }
    if (p.isSet(platform)) {
        o.platform = p.value(platform);
        const QStringList parts = o.platform.split(QLatin1Char('/'));
        if (parts.size() < 2 || parts.size() > 3 || parts.contains(QString())) {
            err << tr("pullscope-cli probe: --platform takes OS/ARCH or OS/ARCH/VARIANT, e.g. linux/arm64") << '\n';
            return 2;
        }
    }
    if (p.isSet(proxy)) {
        const QUrl u = ProxySelector::parseProxyUrl(p.value(proxy));
        if (!u.isValid() || u.host().isEmpty()) {
            err << tr("pullscope-cli probe: --proxy takes a URL such as http://proxy.example.com:3128") << '\n';
            return 2;
        }
        o.proxy = p.value(proxy);
    }
    if (p.isSet(ca)) {
        o.caFile = p.value(ca);
        if (QSslCertificate::fromPath(o.caFile, QSsl::Pem).isEmpty()) {
            err << tr("pullscope-cli probe: --ca %1: no PEM certificate could be read").arg(o.caFile) << '\n';
            return 2;
        }
    }
    if (p.isSet(authfile)) {
        o.authFile = p.value(authfile);
        ProbeCredentials c;
        QStringList warnings;
        QString error;
        if (!ProbeCredentials::load(o.authFile, o.image, &c, &warnings, &error)) {
            err << "pullscope-cli probe: " << error << '\n';
            return 2;
        }
    }
    RegistryProbe probe(o);
    const ProbeResult r = probe.run();
    if (r.cause == QLatin1String("invalid-image-name")) {
        err << tr("pullscope-cli probe: %1: %2").arg(o.image, r.warnings.value(0)) << '\n';
        return 2;
    }
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    if (fmt == QLatin1String("json"))
        r.writeJson(&out);
    else
        out.write(table(r).toUtf8());
    out.flush();
    return r.passed() ? 0 : 1;
}

} // namespace PullScope

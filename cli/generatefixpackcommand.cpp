#include "generatefixpackcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include "audit/fixpack.h"
#include "diagnosisengine.h"
#include "generate/crioregistrygenerator.h"
#include "generate/crioshortnamegenerator.h"
#include "generate/dockerdaemongenerator.h"
#include "generate/mirrorgenerator.h"
#include "generate/proxydropin.h"
#include "generate/secretgenerator.h"
#include "generate/wizardprefill.h"
#include "inputloader.h"
#include "mapsink.h"

namespace PullScope {

namespace {
int refuse(const QString &message, int code = 2)
{
    QTextStream(stderr) << "pullscope-cli generate fixpack: " << message << '\n';
    return code;
}

// The part the cause's wizard would produce; *problem names what is missing.
FixPackPart partFor(const ContainerDiagnosis &d, const QCommandLineParser &p, const QString &password, QString *problem)
{
    const QString wizard = d.cause.wizard;
    FixPackPart part;
    if (wizard == QLatin1String("secret")) {
        SecretOptions o = WizardPrefill::secret(d);
        if (o.registries.isEmpty())
            o.registries.append(RegistryCredential());
        if (p.isSet(QStringLiteral("username")))
            o.registries[0].username = p.value(QStringLiteral("username"));
        if (!password.isNull())
            o.registries[0].password = password;
        *problem = SecretGenerator::validate(o);
        part.title = GenerateFixPackCommand::tr("Pull secret %1").arg(o.name);
        if (problem->isEmpty())
            part.set = SecretGenerator::generate(o);
    } else if (wizard == QLatin1String("mirror")) {
        MirrorOptions o = WizardPrefill::mirror(d);
        const QStringList mirrors = p.values(QStringLiteral("mirror"));
        for (const QString &m : mirrors) {
            MirrorEndpoint e;
            e.url = m;
            o.mirrors << e;
        }
        const QString runtime = WizardPrefill::runtimeService(d.nodeRuntimeVersion);
        part.title = GenerateFixPackCommand::tr("Registry mirror for %1").arg(o.registry);
        if (mirrors.isEmpty()) {
            *problem = GenerateFixPackCommand::tr("--mirror: the mirror's URL is needed");
        } else if (runtime == QLatin1String("crio")) {
            CrioMirrorOptions c;
            c.registry = o.registry;
            c.mirrors = mirrors;
            *problem = CrioRegistryGenerator::validate(c);
            if (problem->isEmpty())
                part.set = CrioRegistryGenerator::generate(c);
        } else if (runtime == QLatin1String("docker")) {
            DockerDaemonOptions c;
            c.mirrors = mirrors;
            *problem = DockerDaemonGenerator::validate(c);
            if (problem->isEmpty())
                part.set = DockerDaemonGenerator::generate(c);
        } else {
            *problem = MirrorGenerator::validate(o);
            if (problem->isEmpty())
                part.set = MirrorGenerator::generate(o);
        }
    } else if (wizard == QLatin1String("proxy")) {
        ProxyOptions o = WizardPrefill::proxy(d);
        o.httpProxy = p.value(QStringLiteral("http-proxy"));
        o.httpsProxy = p.value(QStringLiteral("https-proxy"));
        part.title = GenerateFixPackCommand::tr("HTTP proxy for %1").arg(o.service);
        *problem = ProxyDropIn::validate(o);
        if (problem->isEmpty())
            part.set = ProxyDropIn::generate(o);
    } else if (wizard == QLatin1String("crio")) {
        const CrioShortNameOptions o = CrioShortNameGenerator::prefill(d);
        part.title = GenerateFixPackCommand::tr("CRI-O short names");
        *problem = CrioShortNameGenerator::validate(o);
        if (problem->isEmpty())
            part.set = CrioShortNameGenerator::generate(o);
    } else {
        *problem = GenerateFixPackCommand::tr("the cause %1 has no generated fix").arg(d.cause.id);
    }
    return part;
}
} // namespace

int GenerateFixPackCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("One folder (or zip) with everything to fix one failing container: the files of the wizard that fixes "
           "its cause, apply.sh, verify.sh, ROLLBACK.md and a README.md in the --lang language. What the "
           "diagnosis cannot know comes from the options: --username and --password-stdin for a pull secret, "
           "--mirror for a mirror, --http-proxy for a proxy."));
    p.addPositionalArgument(QStringLiteral("INPUT"), tr("A file, a folder or - for standard input, as for diagnose."),
        QStringLiteral("INPUT..."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption select(
        QStringLiteral("select"), tr("The failing container (required)."), QStringLiteral("NS/POD/CONTAINER"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the pack below DIR, or into FILE.zip when the name ends in .zip (required)."),
        QStringLiteral("DIR|FILE.zip"));
    const QCommandLineOption now(QStringLiteral("now"),
        tr("Read relative ages against this time (default: the newest time in the input)."), QStringLiteral("RFC3339"));
    const QCommandLineOption username(
        QStringLiteral("username"), tr("Pull secret: the registry user."), QStringLiteral("USER"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), tr("Pull secret: read the password from standard input."));
    const QCommandLineOption mirror(
        QStringLiteral("mirror"), tr("Mirror: a mirror's URL (repeatable, tried in order)."), QStringLiteral("URL"));
    const QCommandLineOption httpProxy(
        QStringLiteral("http-proxy"), tr("Proxy: the HTTP proxy URL."), QStringLiteral("URL"));
    const QCommandLineOption httpsProxy(QStringLiteral("https-proxy"),
        tr("Proxy: the HTTPS proxy URL (default: the HTTP proxy)."), QStringLiteral("URL"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("README language: en or zh_CN."), QStringLiteral("LANG"), QStringLiteral("en"));
    p.addOptions({help, select, output, now, username, passwordStdin, mirror, httpProxy, httpsProxy, lang});
    if (!p.parse(arguments))
        return refuse(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    const QStringList inputs = p.positionalArguments();
    if (inputs.isEmpty())
        return refuse(tr("name at least one INPUT (a file, a folder, or - for standard input)"));
    const QStringList selected = p.value(select).split(QLatin1Char('/'));
    if (selected.size() != 3 || selected.contains(QString()))
        return refuse(tr("--select takes NS/POD/CONTAINER"));
    const QString out = p.value(output);
    if (out.isEmpty())
        return refuse(tr("-o takes the folder or the .zip file to write"));
    if (p.isSet(passwordStdin) && inputs.contains(QStringLiteral("-")))
        return refuse(tr("--password-stdin and an INPUT of - both want standard input"));
    QDateTime nowTime;
    if (p.isSet(now)) {
        nowTime = MapSink::parseTime(p.value(now).toStdString());
        if (!nowTime.isValid())
            return refuse(tr("--now takes an RFC 3339 time such as 2026-02-03T09:24:00Z"));
    }

    ClusterSnapshot snapshot;
    for (const QString &input : inputs) {
        LoadError e;
        if (!InputLoader::loadPath(input, snapshot, {}, &e)) {
            QTextStream(stderr) << "pullscope-cli: " << e.toString() << '\n';
            return 2;
        }
    }
    DiagnosisOptions opts;
    opts.now = nowTime.isValid() ? nowTime : DiagnosisEngine::defaultNow(snapshot);
    opts.lang = p.value(lang).startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    DiagnosisEngine::resolveRelativeAges(snapshot, opts.now);
    const DiagnosisReport report = DiagnosisEngine::diagnose(snapshot, opts);
    const ContainerDiagnosis *d = nullptr;
    for (const ContainerDiagnosis &c : report.containers)
        if (c.namespace_ == selected[0] && c.pod == selected[1] && c.container == selected[2])
            d = &c;
    if (!d)
        return refuse(tr("no container %1 in the input").arg(p.value(select)));
    if (!d->hasCause)
        return refuse(tr("%1 is not failing (state %2): there is nothing to fix").arg(p.value(select), d->state));

    QString password;
    if (p.isSet(passwordStdin)) {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        QByteArray data = in.readAll();
        // As "$(cat FILE)": trailing line ends are not part of the password.
        while (data.endsWith('\n') || data.endsWith('\r'))
            data.chop(1);
        password = QString::fromUtf8(data);
    }
    QString problem;
    const FixPackPart part = partFor(*d, p, password, &problem);
    if (!problem.isEmpty())
        return refuse(tr("the %1 fix needs more input: %2").arg(d->cause.wizard, problem));
    for (const QString &w : part.set.warnings)
        QTextStream(stderr) << tr("pullscope-cli generate fixpack: warning: %1").arg(w) << '\n';

    QString error;
    QStringList written;
    const bool zip = out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    const bool ok
        = zip ? FixPack::writeZip(*d, {part}, out, &error) : FixPack::writeToDir(*d, {part}, out, &error, &written);
    if (!ok)
        return refuse(error);
    QTextStream o(stdout);
    if (zip)
        o << tr("wrote %1").arg(QDir::toNativeSeparators(out)) << '\n';
    else
        for (const QString &w : written)
            o << tr("wrote %1").arg(QDir::toNativeSeparators(w)) << '\n';
    return 0;
}

} // namespace PullScope

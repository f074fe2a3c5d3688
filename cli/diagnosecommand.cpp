#include "diagnosecommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include "diagnosisengine.h"
#include "inputloader.h"
#include "liveinput.h"
#include "mapsink.h"
#include "memoryrelease.h"
#include "reportwriter.h"
#include "sanitizerbuild.h"

namespace PullScope {

namespace {
bool stdoutIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR");
#else
    return false;
#endif
}

// Both cores, or what the machine has (up to 4): diagnosing and rendering a batch
// costs far more than handing it over.
int streamThreads()
{
    const int cores = QThread::idealThreadCount();
    return cores < 2 ? 1 : std::min(cores, 4);
}

// The diagnosis of a 200k-pod dump is millions of small objects; freeing them one by one
// took seconds at exit (a tenth of the run under perf) for memory the system takes back at
// once. They are left to the process exit, except under the sanitizers, which must see
// every allocation freed.
template<typename T> void leaveToExit(std::unique_ptr<T> &object)
{
#ifdef PULLSCOPE_SANITIZED
    object.reset();
#else
    (void)object.release();
#endif
}
} // namespace

int DiagnoseCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(tr("Explain why container images did not pull, from kubectl output."));
    p.addPositionalArgument(QStringLiteral("INPUT"),
        tr("A file, a folder (kubectl cluster-info dump) or - for standard input. The "
           "format is told from the content."),
        QStringLiteral("[INPUT...]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"), tr("Read a live cluster through this kubeconfig."), QStringLiteral("PATH"));
    const QCommandLineOption context(QStringLiteral("context"), tr("The kubeconfig context."), QStringLiteral("NAME"));
    const QCommandLineOption ns(
        {QStringLiteral("n"), QStringLiteral("namespace")}, tr("Only this namespace."), QStringLiteral("NS"));
    const QCommandLineOption all(
        {QStringLiteral("A"), QStringLiteral("all-namespaces")}, tr("All namespaces (the default for files)."));
    const QCommandLineOption allowExec(QStringLiteral("allow-exec"), tr("Allow kubeconfig exec credential plugins."));
    const QCommandLineOption now(QStringLiteral("now"),
        tr("Read relative ages against this time (RFC 3339). Default: the newest "
           "timestamp in the input, else the current time."),
        QStringLiteral("RFC3339"));
    const QCommandLineOption stall(QStringLiteral("stall-minutes"),
        tr("A pull running longer than this with no result is stalled (default 10)."), QStringLiteral("N"),
        QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table, json or markdown (default table)."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Output language: en or zh_CN."), QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption failOn(QStringLiteral("fail-on-findings"), tr("Exit with 1 when a container is failing."));
    p.addOptions({help, kubeconfig, context, ns, all, allowExec, now, stall, format, lang, failOn});

    if (!p.parse(arguments)) {
        err << "pullscope-cli diagnose: " << p.errorText() << '\n';
        return 2;
    }
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json") && fmt != QLatin1String("markdown")) {
        err << tr("pullscope-cli diagnose: --format takes table, json or markdown") << '\n';
        return 2;
    }
    bool ok = false;
    const int stallMinutes = p.value(stall).toInt(&ok);
    if (!ok || stallMinutes < 1) {
        err << tr("pullscope-cli diagnose: --stall-minutes takes a whole number of minutes, 1 or more") << '\n';
        return 2;
    }
    QDateTime nowTime;
    if (p.isSet(now)) {
        nowTime = MapSink::parseTime(p.value(now).toStdString());
        if (!nowTime.isValid()) {
            err << tr("pullscope-cli diagnose: --now takes an RFC 3339 time such as 2026-02-03T09:24:00Z") << '\n';
            return 2;
        }
    }
    const bool live = p.isSet(kubeconfig) || p.isSet(context);
    if (p.isSet(ns) && p.isSet(all)) {
        err << tr("pullscope-cli diagnose: give -n NS or -A, not both") << '\n';
        return 2;
    }
    const QStringList inputs = p.positionalArguments();
    if (inputs.isEmpty() && !live) {
        err << tr("pullscope-cli diagnose: name at least one INPUT (a file, a folder, or - for standard input), or "
                  "a cluster with --kubeconfig/--context")
            << '\n';
        return 2;
    }

    auto snapshotOwner = std::make_unique<ClusterSnapshot>();
    ClusterSnapshot &snapshot = *snapshotOwner;
    ClusterFetch::Options fo;
    fo.kubeconfig = p.value(kubeconfig);
    fo.context = p.value(context);
    fo.namespaceName = p.value(ns);
    fo.allNamespaces = p.isSet(all);
    fo.allowExec = p.isSet(allowExec);
    if (const int code = LiveInput::load(QStringLiteral("diagnose"), live, fo, inputs, snapshot); code >= 0)
        return code;
    // What the load freed (its buffers, its threads' pages) is not the diagnosis'
    // to reuse, which allocates on threads of its own: given back, it was 17 MB off
    // the peak of a 100 MB dump.
    releaseFreedMemory();
    DiagnosisOptions opts;
    // A live cluster is read now; a dump is read against its own newest time (CONTRACT.md).
    opts.now = nowTime.isValid()   ? nowTime
        : live && inputs.isEmpty() ? QDateTime::currentDateTimeUtc()
                                   : DiagnosisEngine::defaultNow(snapshot);
    opts.stallMinutes = stallMinutes;
    opts.lang = p.value(lang) == QLatin1String("zh_CN") || p.value(lang).startsWith(QLatin1String("zh"))
        ? QStringLiteral("zh_CN")
        : QStringLiteral("en");
    DiagnosisEngine::resolveRelativeAges(snapshot, opts.now);
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    if (fmt == QLatin1String("json")) {
        // Streamed: a 200k-pod dump's diagnosis is written batch by batch, on both
        // cores, never held whole (the same bytes as ReportWriter::writeJson).
        const QString wanted = p.isSet(ns) ? p.value(ns) : QString();
        const bool filter = p.isSet(ns);
        std::unique_ptr<JsonReportStream> stream;
        std::vector<JsonReportStream::Chunk> chunks;
        DiagnosisEngine::diagnoseStream(
            snapshot, opts,
            [&](const DiagnosisReport &head, int batches) {
                stream = std::make_unique<JsonReportStream>(&out, head);
                chunks.resize(size_t(batches));
            },
            [&](int batch, QList<ContainerDiagnosis> &&containers) {
                if (filter)
                    containers.removeIf([&](const ContainerDiagnosis &c) { return c.namespace_ != wanted; });
                chunks[size_t(batch)] = stream->render(containers);
            },
            [&](int batch) {
                stream->append(std::move(chunks[size_t(batch)]));
                chunks[size_t(batch)] = JsonReportStream::Chunk();
            },
            streamThreads());
        stream->finish();
        out.flush();
        const bool failingAny = stream->failing() > 0;
        leaveToExit(snapshotOwner);
        return p.isSet(failOn) && failingAny ? 1 : 0;
    }
    auto reportOwner = std::make_unique<DiagnosisReport>(DiagnosisEngine::diagnose(snapshot, opts));
    DiagnosisReport &report = *reportOwner;
    if (p.isSet(ns)) {
        const QString wanted = p.value(ns);
        QList<ContainerDiagnosis> kept;
        for (ContainerDiagnosis &c : report.containers)
            if (c.namespace_ == wanted)
                kept.append(std::move(c));
        report.containers = kept;
    }

    if (fmt == QLatin1String("json"))
        ReportWriter::writeJson(report, &out);
    else if (fmt == QLatin1String("markdown"))
        ReportWriter::writeMarkdown(report, &out);
    else
        ReportWriter::writeTable(report, &out, stdoutIsTerminal());
    out.flush();
    const bool failing = ReportWriter::summarize(report).failing > 0;
    leaveToExit(reportOwner);
    leaveToExit(snapshotOwner);
    return p.isSet(failOn) && failing ? 1 : 0;
}

} // namespace PullScope

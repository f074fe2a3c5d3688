#include "auditcommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include "audit/auditengine.h"
#include "audit/auditwriter.h"
#include "inputloader.h"
#include "liveinput.h"

namespace PullScope {

namespace {
int usageError(const QString &message)
{
    QTextStream(stderr) << "pullscope-cli audit: " << message << '\n';
    return 2;
}

// A whole number of at least `min` from option `name`; false with the exit code in *code.
bool positive(const QCommandLineParser &p, const QCommandLineOption &o, int min, int *value)
{
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const int v = p.value(o).toInt(&ok);
    if (!ok || v < min)
        return false;
    *value = v;
    return true;
}
} // namespace

int AuditCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Audit the image pull configuration of whatever is given: a dump, a live cluster, or raw manifests "
           "(Deployments, StatefulSets, DaemonSets, Jobs, CronJobs, ReplicaSets and Pods as for kubectl apply -f). "
           "Findings: latest-tag, implicit-policy, never-policy, docker-hub-image, private-registry-no-secret, "
           "missing-pull-secret; with the Docker Hub pull estimate (every node fetching every Docker Hub image "
           "once per window) and the registry distribution (distinct images per registry)."));
    p.addPositionalArgument(QStringLiteral("INPUT"),
        tr("A file, a folder or - for standard input. The format is told from the content."),
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
    const QCommandLineOption format(QStringLiteral("format"), tr("table, json, markdown or csv (default table)."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Output language: en or zh_CN."), QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption failOn(QStringLiteral("fail-on-findings"), tr("Exit with 1 when there are findings."));
    const QCommandLineOption nodes(QStringLiteral("nodes"),
        tr("The node count for the Docker Hub estimate (default: the nodes in the input)."), QStringLiteral("N"));
    const QCommandLineOption anonymous(QStringLiteral("dockerhub-anonymous-limit"),
        tr("Docker Hub's anonymous pull limit per window (default 100)."), QStringLiteral("N"));
    const QCommandLineOption authenticated(QStringLiteral("dockerhub-authenticated-limit"),
        tr("Docker Hub's pull limit per window for a free account (default 200)."), QStringLiteral("N"));
    const QCommandLineOption window(QStringLiteral("dockerhub-window-hours"),
        tr("Docker Hub's limit window in hours (default 6)."), QStringLiteral("N"));
    p.addOptions(
        {help, kubeconfig, context, ns, all, allowExec, format, lang, failOn, nodes, anonymous, authenticated, window});

    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    const QString fmt = p.value(format);
    static const QStringList formats
        = {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("csv")};
    if (!formats.contains(fmt))
        return usageError(tr("--format takes table, json, markdown or csv"));
    AuditOptions opts;
    if (!positive(p, nodes, 1, &opts.nodes))
        return usageError(tr("--nodes takes a whole number, 1 or more"));
    if (!positive(p, anonymous, 0, &opts.limits.anonymous) || !positive(p, authenticated, 0, &opts.limits.authenticated)
        || !positive(p, window, 1, &opts.limits.windowHours))
        return usageError(tr("the Docker Hub limits take whole numbers (the window 1 hour or more)"));
    if (p.isSet(ns) && p.isSet(all))
        return usageError(tr("give -n NS or -A, not both"));
    const bool live = p.isSet(kubeconfig) || p.isSet(context);
    const QStringList inputs = p.positionalArguments();
    if (inputs.isEmpty() && !live)
        return usageError(tr("name at least one INPUT (a file, a folder, or - for standard input), or a cluster "
                             "with --kubeconfig/--context"));

    ClusterSnapshot snapshot;
    ClusterFetch::Options fo;
    fo.kubeconfig = p.value(kubeconfig);
    fo.context = p.value(context);
    fo.namespaceName = p.value(ns);
    fo.allNamespaces = p.isSet(all);
    fo.allowExec = p.isSet(allowExec);
    if (const int code = LiveInput::load(QStringLiteral("audit"), live, fo, inputs, snapshot); code >= 0)
        return code;
    opts.namespaceName = p.value(ns);
    const AuditReport report = AuditEngine::audit(snapshot, opts);

    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    if (fmt == QLatin1String("json"))
        AuditWriter::writeJson(report, &out);
    else if (fmt == QLatin1String("markdown"))
        AuditWriter::writeMarkdown(report, &out);
    else if (fmt == QLatin1String("csv"))
        AuditWriter::writeCsv(report, &out);
    else
        AuditWriter::writeTable(report, &out);
    out.flush();
    return p.isSet(failOn) && !report.findings.isEmpty() ? 1 : 0;
}

} // namespace PullScope

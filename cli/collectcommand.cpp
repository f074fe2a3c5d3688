#include "collectcommand.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

#include "kube/clusterfetch.h"

namespace PullScope {

int CollectCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Write one dump of a cluster's pods, events, nodes, service accounts and secret metadata (never secret "
           "data), for `pullscope-cli diagnose` or the window later: events expire from the API server after an "
           "hour."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
        tr("The kubeconfig (default: KUBECONFIG, else ~/.kube/config)."), QStringLiteral("PATH"));
    const QCommandLineOption context(QStringLiteral("context"), tr("The kubeconfig context."), QStringLiteral("NAME"));
    const QCommandLineOption ns({QStringLiteral("n"), QStringLiteral("namespace")},
        tr("Only this namespace (default: the context's)."), QStringLiteral("NS"));
    const QCommandLineOption all({QStringLiteral("A"), QStringLiteral("all-namespaces")}, tr("All namespaces."));
    const QCommandLineOption allowExec(QStringLiteral("allow-exec"), tr("Allow kubeconfig exec credential plugins."));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")}, tr("The dump file to write."), QStringLiteral("DUMP.json"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Output language: en or zh_CN."), QStringLiteral("LANG"), QStringLiteral("en"));
    p.addOptions({help, kubeconfig, context, ns, all, allowExec, output, lang});
    if (!p.parse(arguments)) {
        err << "pullscope-cli collect: " << p.errorText() << '\n';
        return 2;
    }
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.isSet(output) || p.value(output).isEmpty()) {
        err << tr("pullscope-cli collect: name the dump file with -o DUMP.json") << '\n';
        return 2;
    }
    if (p.isSet(ns) && p.isSet(all)) {
        err << tr("pullscope-cli collect: give -n NS or -A, not both") << '\n';
        return 2;
    }
    if (!p.positionalArguments().isEmpty()) {
        err << tr("pullscope-cli collect: unexpected argument %1").arg(p.positionalArguments().first()) << '\n';
        return 2;
    }
    ClusterFetch::Options o;
    o.kubeconfig = p.value(kubeconfig);
    o.context = p.value(context);
    o.namespaceName = p.value(ns);
    o.allNamespaces = p.isSet(all);
    o.allowExec = p.isSet(allowExec);
    const ClusterFetch::Result r = ClusterFetch::fetch(o);
    for (const QString &w : r.warnings)
        err << tr("pullscope-cli collect: warning: %1").arg(w) << '\n';
    if (r.outcome != ClusterFetch::Outcome::Done) {
        err << "pullscope-cli collect: " << r.error << '\n';
        return r.outcome == ClusterFetch::Outcome::BadConfig ? 2 : 3;
    }
    // Complete or not there: a failed write never leaves half a dump over a good one.
    QSaveFile f(p.value(output));
    if (!f.open(QIODevice::WriteOnly) || f.write(r.listJson) != r.listJson.size() || !f.commit()) {
        err << tr("pullscope-cli collect: %1 could not be written: %2").arg(p.value(output), f.errorString()) << '\n';
        return 2;
    }
    err << tr("pullscope-cli collect: %1 objects of context %2 (%3) written to %4")
               .arg(r.objects)
               .arg(r.contextName, r.scope, p.value(output))
        << '\n';
    return 0;
}

} // namespace PullScope

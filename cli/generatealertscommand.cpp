#include "generatealertscommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

#include "audit/alertrulegenerator.h"
#include "generatecommand.h"

namespace PullScope {

namespace {
int refuse(const QString &message)
{
    QTextStream(stderr) << "pullscope-cli generate alerts: " << message << '\n';
    return 2;
}
} // namespace

int GenerateAlertsCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("A PrometheusRule (kubernetes/NS/NAME.yaml) and the same groups as a Prometheus rule file "
           "(etc/prometheus/rules/NAME.yml): ImagePullFailing and HighImagePullBackOff on kube-state-metrics' "
           "kube_pod_container_status_waiting_reason, ImagePullSlow on the kubelet's "
           "kubelet_image_pull_duration_seconds (kubelet 1.30 and later), and optionally DockerHubRateLimitLow."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption ns({QStringLiteral("n"), QStringLiteral("namespace")},
        tr("The PrometheusRule's namespace (default monitoring)."), QStringLiteral("NS"), QStringLiteral("monitoring"));
    const QCommandLineOption name(QStringLiteral("name"),
        tr("The PrometheusRule's name (default pullscope-image-pull)."), QStringLiteral("NAME"),
        QStringLiteral("pullscope-image-pull"));
    const QCommandLineOption watch(QStringLiteral("watch-namespaces"),
        tr("Only alert on pods whose namespace matches this regular expression (default: every namespace)."),
        QStringLiteral("REGEX"));
    const QCommandLineOption failing(QStringLiteral("failing-minutes"),
        tr("ImagePullFailing fires after a container waited on a pull error this long (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption backoffCount(QStringLiteral("backoff-containers"),
        tr("HighImagePullBackOff fires when more containers than this fail to pull (default 5)."), QStringLiteral("N"),
        QStringLiteral("5"));
    const QCommandLineOption backoffMinutes(QStringLiteral("backoff-minutes"), tr("... for this long (default 10)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption slowSeconds(QStringLiteral("slow-seconds"),
        tr("ImagePullSlow fires when pulls on a node average more than this (default 120)."), QStringLiteral("N"),
        QStringLiteral("120"));
    const QCommandLineOption slowWindow(QStringLiteral("slow-window-minutes"),
        tr("... averaged over this window (default 30)."), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption slowMinutes(QStringLiteral("slow-minutes"), tr("... for this long (default 10)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption noSlow(
        QStringLiteral("no-slow-pull"), tr("Leave ImagePullSlow out (kubelets before 1.30 lack its metric)."));
    const QCommandLineOption hub(QStringLiteral("dockerhub-remaining"),
        tr("Add DockerHubRateLimitLow, firing below N remaining pulls (needs an exporter of "
           "dockerhub_ratelimit_remaining)."),
        QStringLiteral("N"));
    const QCommandLineOption label(QStringLiteral("label"),
        tr("A label on the PrometheusRule, e.g. release=kube-prometheus-stack (repeatable)."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"),
        tr("Write the files below DIR at their paths instead of printing them."), QStringLiteral("DIR"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Output language: en or zh_CN."), QStringLiteral("LANG"), QStringLiteral("en"));
    p.addOptions({help, ns, name, watch, failing, backoffCount, backoffMinutes, slowSeconds, slowWindow, slowMinutes,
        noSlow, hub, label, outDir, lang});
    if (!p.parse(arguments))
        return refuse(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return refuse(tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));

    AlertRuleOptions o;
    o.namespaceName = p.value(ns);
    o.name = p.value(name);
    o.watchNamespaces = p.value(watch);
    o.slowPull = !p.isSet(noSlow);
    const std::pair<const QCommandLineOption *, int *> numbers[] = {
        {&failing, &o.failingMinutes},
        {&backoffCount, &o.backoffContainers},
        {&backoffMinutes, &o.backoffMinutes},
        {&slowSeconds, &o.slowSeconds},
        {&slowWindow, &o.slowWindowMinutes},
        {&slowMinutes, &o.slowMinutes},
        {&hub, &o.dockerHubRemaining},
    };
    for (const auto &[option, target] : numbers) {
        if (!p.isSet(*option))
            continue;
        bool ok = false;
        *target = p.value(*option).toInt(&ok);
        if (!ok || *target < 0)
            return refuse(tr("--%1 takes a whole number").arg(option->names().constFirst()));
    }
    for (const QString &l : p.values(label)) {
        const int eq = l.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return refuse(tr("--label takes KEY=VALUE, not '%1'").arg(l));
        o.labels.append({l.left(eq), l.mid(eq + 1)});
    }
    AlertRuleGenerator::FieldLabel fields;
    fields.thresholds = tr("the thresholds");
    const QString problem = AlertRuleGenerator::validate(o, fields);
    if (!problem.isEmpty())
        return refuse(problem);
    return GenerateCommand::emit(AlertRuleGenerator::generate(o), p.value(outDir), QStringLiteral("alerts"));
}

} // namespace PullScope

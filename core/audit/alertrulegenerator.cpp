#include "alertrulegenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "fieldvalidator.h"

namespace PullScope {

namespace {

// A YAML double-quoted scalar: JSON's string syntax is a subset of it.
QByteArray quoted(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

// A string inside a PromQL double-quoted literal.
QString promString(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return out;
}

bool isLabelValue(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    return v.size() <= 63 && re.match(v).hasMatch();
}

bool isLabelKey(const QString &k)
{
    const int slash = k.indexOf(QLatin1Char('/'));
    const QString prefix = slash >= 0 ? k.left(slash) : QString();
    const QString name = slash >= 0 ? k.mid(slash + 1) : k;
    if (slash >= 0 && (prefix.size() > 253 || !FieldValidator::isDnsName(prefix)))
        return false;
    return !name.isEmpty() && isLabelValue(name);
}

QString minutes(int m)
{
    return QString::number(m) + QLatin1Char('m');
}

} // namespace

QStringList AlertRuleGenerator::pullWaitingReasons()
{
    return {QStringLiteral("ErrImagePull"), QStringLiteral("ImagePullBackOff"), QStringLiteral("InvalidImageName"),
        QStringLiteral("ErrImageNeverPull"), QStringLiteral("ImageInspectError"), QStringLiteral("RegistryUnavailable"),
        QStringLiteral("SignatureValidationFailed")};
}

QString AlertRuleGenerator::validate(const AlertRuleOptions &o, const FieldLabel &label)
{
    QString problem = FieldValidator::kubernetesName(label.name, o.name);
    if (problem.isEmpty())
        problem = FieldValidator::kubernetesLabel(label.namespaceName, o.namespaceName);
    if (!problem.isEmpty())
        return problem;
    if (!o.watchNamespaces.isEmpty()) {
        problem = FieldValidator::noControlCharacters(label.watchNamespaces, o.watchNamespaces);
        if (!problem.isEmpty())
            return problem;
        // Prometheus uses RE2; what QRegularExpression refuses, RE2 refuses too for the
        // patterns a namespace filter needs (alternatives, classes, repetitions).
        if (!QRegularExpression(o.watchNamespaces).isValid())
            return tr("%1: %2 is not a valid regular expression").arg(label.watchNamespaces, o.watchNamespaces);
    }
    for (const auto &[key, value] : o.labels) {
        if (!isLabelKey(key))
            return tr("%1: %2 is not a valid label name").arg(label.labels, key);
        if (!isLabelValue(value))
            return tr("%1: %2 is not a valid label value (63 characters at most: letters, digits, '-', '_', '.')")
                .arg(label.labels, value);
    }
    if (o.failingMinutes < 1 || o.backoffMinutes < 1 || o.backoffContainers < 0 || o.slowSeconds < 1
        || o.slowWindowMinutes < 1 || o.slowMinutes < 0 || o.failingMinutes > 10080 || o.backoffMinutes > 10080
        || o.slowWindowMinutes > 10080 || o.slowMinutes > 10080)
        return tr("%1: durations are whole minutes from 1 to 10080 and thresholds whole numbers, 1 or more")
            .arg(label.thresholds);
    return {};
}

QString AlertRuleGenerator::validate(const AlertRuleOptions &options)
{
    return validate(options, FieldLabel());
}

QList<AlertRule> AlertRuleGenerator::rules(const AlertRuleOptions &o)
{
    const QString nsMatch = o.watchNamespaces.isEmpty()
        ? QString()
        : QStringLiteral(",namespace=~\"") + promString(o.watchNamespaces) + QLatin1Char('"');
    // The reason flips between ErrImagePull and ImagePullBackOff on every retry and
    // kube-state-metrics exports only the current one: taking the max over the reasons
    // keeps one series per container steady, so `for` is not reset at each flip.
    const QString failing
        = QStringLiteral("max by (namespace, pod, container) (kube_pod_container_status_waiting_reason{"
                         "reason=~\"")
        + pullWaitingReasons().join(QLatin1Char('|')) + QLatin1Char('"') + nsMatch + QStringLiteral("})");

    QList<AlertRule> out;
    AlertRule r;
    r.alert = QStringLiteral("ImagePullFailing");
    r.expr = failing + QStringLiteral(" > 0");
    r.forMinutes = o.failingMinutes;
    r.severity = QStringLiteral("warning");
    r.summary = tr("Image pull failing for {{ $labels.namespace }}/{{ $labels.pod }}");
    r.description = tr("Container {{ $labels.container }} has waited on an image pull error (ErrImagePull, "
                       "ImagePullBackOff or a related reason) for more than %1 minutes.")
                        .arg(o.failingMinutes);
    out << r;

    r = {};
    r.alert = QStringLiteral("HighImagePullBackOff");
    r.expr = QStringLiteral("count(") + failing + QStringLiteral(" > 0) > ") + QString::number(o.backoffContainers);
    r.forMinutes = o.backoffMinutes;
    r.severity = QStringLiteral("critical");
    r.summary = tr("Many containers cannot pull their images");
    r.description = tr("{{ $value }} containers are waiting on image pull errors: a registry, network or credentials "
                       "problem probably affects many at once.");
    out << r;

    if (o.slowPull) {
        const QString window = QLatin1Char('[') + minutes(o.slowWindowMinutes) + QLatin1Char(']');
        r = {};
        r.alert = QStringLiteral("ImagePullSlow");
        r.expr = QStringLiteral("sum by (node, instance) (rate(kubelet_image_pull_duration_seconds_sum") + window
            + QStringLiteral("))\n  / sum by (node, instance) (rate(kubelet_image_pull_duration_seconds_count") + window
            + QStringLiteral("))\n  > ") + QString::number(o.slowSeconds);
        r.forMinutes = o.slowMinutes;
        r.severity = QStringLiteral("info");
        r.summary = tr("Image pulls are slow on {{ $labels.node }} {{ $labels.instance }}");
        r.description = tr("Image pulls took {{ $value | printf \"%.0f\" }} s on average over the last %1 minutes "
                           "(threshold %2 s).")
                            .arg(o.slowWindowMinutes)
                            .arg(o.slowSeconds);
        out << r;
    }
    if (o.dockerHubRemaining >= 0) {
        r = {};
        r.alert = QStringLiteral("DockerHubRateLimitLow");
        r.expr = QStringLiteral("dockerhub_ratelimit_remaining < ") + QString::number(o.dockerHubRemaining);
        r.forMinutes = 0;
        r.severity = QStringLiteral("warning");
        r.summary = tr("Docker Hub pull quota almost used up");
        r.description = tr("{{ $value }} Docker Hub pulls left in the window: authenticate the pulls or use a mirror.");
        out << r;
    }
    return out;
}

namespace {

QByteArray groupsYaml(const QList<AlertRule> &rules, const QByteArray &indent)
{
    QByteArray y;
    y += indent + "groups:\n";
    y += indent + "- name: " + AlertRuleGenerator::groupName().toUtf8() + '\n';
    y += indent + "  rules:\n";
    for (const AlertRule &r : rules) {
        y += indent + "  - alert: " + r.alert.toUtf8() + '\n';
        y += indent + "    expr: |-\n";
        for (const QString &line : r.expr.split(QLatin1Char('\n')))
            y += indent + "      " + line.toUtf8() + '\n';
        if (r.forMinutes > 0)
            y += indent + "    for: " + minutes(r.forMinutes).toUtf8() + '\n';
        y += indent + "    labels:\n";
        y += indent + "      severity: " + r.severity.toUtf8() + '\n';
        y += indent + "    annotations:\n";
        y += indent + "      summary: " + quoted(r.summary) + '\n';
        y += indent + "      description: " + quoted(r.description) + '\n';
    }
    return y;
}

} // namespace

QByteArray AlertRuleGenerator::ruleFile(const AlertRuleOptions &o)
{
    return "# " + tr("Image pull alerts generated by PullScope (Prometheus rule file)").toUtf8() + '\n'
        + groupsYaml(rules(o), {});
}

GeneratedSet AlertRuleGenerator::generate(const AlertRuleOptions &o)
{
    GeneratedSet set;
    QByteArray y;
    y += "apiVersion: monitoring.coreos.com/v1\n";
    y += "kind: PrometheusRule\n";
    y += "metadata:\n";
    y += "  name: " + o.name.toUtf8() + '\n';
    y += "  namespace: " + o.namespaceName.toUtf8() + '\n';
    if (!o.labels.isEmpty()) {
        y += "  labels:\n";
        for (const auto &[key, value] : o.labels)
            y += "    " + key.toUtf8() + ": " + quoted(value) + '\n';
    }
    y += "spec:\n";
    y += groupsYaml(rules(o), "  ");
    const QString objectPath
        = QStringLiteral("kubernetes/") + o.namespaceName + QLatin1Char('/') + o.name + QStringLiteral(".yaml");
    const QString rulePath = QStringLiteral("etc/prometheus/rules/") + o.name + QStringLiteral(".yml");
    set.files << GeneratedFile {objectPath, y, false} << GeneratedFile {rulePath, ruleFile(o), false};
    set.applyCommands << QStringLiteral("kubectl apply -f ") + objectPath
                      << QStringLiteral("# ") + tr("without the Prometheus Operator:")
            + QStringLiteral(" sudo install -D -m 0644 %1 /%1 && sudo systemctl reload prometheus").arg(rulePath);
    set.verifyCommands << QStringLiteral("promtool check rules ") + rulePath
                       << QStringLiteral("kubectl -n ") + o.namespaceName + QStringLiteral(" get prometheusrule ")
            + o.name;
    set.warnings << tr("ImagePullFailing and HighImagePullBackOff read kube-state-metrics; the Prometheus Operator "
                       "picks the PrometheusRule up only when its labels match the ruleSelector (for "
                       "kube-prometheus-stack usually release=<release name>: pass --label).");
    if (o.slowPull)
        set.warnings << tr("ImagePullSlow reads kubelet_image_pull_duration_seconds, an alpha metric of kubelet 1.30 "
                           "and later; on older kubelets the rule never fires (--no-slow-pull leaves it out). It "
                           "records finished pulls only: a stalled pull shows in ImagePullFailing instead.");
    if (o.dockerHubRemaining >= 0)
        set.warnings << tr("DockerHubRateLimitLow needs an exporter publishing dockerhub_ratelimit_remaining (no "
                           "standard component does).");
    return set;
}

} // namespace PullScope

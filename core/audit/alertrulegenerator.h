#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

#include "generatedfile.h"

namespace PullScope {

struct AlertRuleOptions
{
    QString name = QStringLiteral("pullscope-image-pull"); // the PrometheusRule's name
    QString namespaceName = QStringLiteral("monitoring"); // where the PrometheusRule goes
    QString watchNamespaces; // a regular expression on the pods' namespace; empty: every namespace
    int failingMinutes = 5; // ImagePullFailing: a container waits on a pull error this long
    int backoffContainers = 5; // HighImagePullBackOff: more containers than this in ImagePullBackOff
    int backoffMinutes = 10;
    bool slowPull = true; // ImagePullSlow on the kubelet's histogram (kubelet 1.30 and later)
    int slowSeconds = 120; // average pull time above this
    int slowWindowMinutes = 30;
    int slowMinutes = 10;
    // >= 0: DockerHubRateLimitLow on dockerhub_ratelimit_remaining, which only a rate-limit
    // exporter of one's own provides (the seed's script); no rule otherwise.
    int dockerHubRemaining = -1;
    QList<std::pair<QString, QString>> labels; // PrometheusRule labels (the operator's ruleSelector)
};

// One rule as generated, for tests and for the wizard's preview.
struct AlertRule
{
    QString alert;
    QString expr;
    int forMinutes = 0;
    QString severity;
    QString summary; // Prometheus template text, translated
    QString description;
};

// A PrometheusRule (and the same groups as a plain Prometheus rule file) for seed section 9.3's
// intent with metrics that exist: kube-state-metrics' kube_pod_container_status_waiting_reason
// (a gauge, 1 while the container waits for that reason: compared, never increase()d) and the
// kubelet's kubelet_image_pull_duration_seconds histogram (1.30+; the seed's
// container_image_pull_duration_seconds does not exist).
class AlertRuleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(AlertRuleGenerator)
public:
    // Empty when acceptable, else a translated message naming the field (labels from `label`).
    struct FieldLabel
    {
        QString name = QStringLiteral("--name");
        QString namespaceName = QStringLiteral("--namespace");
        QString watchNamespaces = QStringLiteral("--watch-namespaces");
        QString labels = QStringLiteral("--label");
        QString thresholds = QStringLiteral("--thresholds");
    };
    static QString validate(const AlertRuleOptions &options, const FieldLabel &label);
    static QString validate(const AlertRuleOptions &options);

    static QList<AlertRule> rules(const AlertRuleOptions &options);
    // kubernetes/NS/NAME.yaml (the PrometheusRule) and etc/prometheus/rules/NAME.yml (the same
    // groups for a Prometheus without the operator), with apply and verify commands.
    static GeneratedSet generate(const AlertRuleOptions &options);
    // The plain rule file's content alone (what promtool checks).
    static QByteArray ruleFile(const AlertRuleOptions &options);
    static QString groupName() { return QStringLiteral("image-pull"); }
    // The waiting reasons that mean "the image did not come" (kubelet and CRI-O wordings).
    static QStringList pullWaitingReasons();
};

} // namespace PullScope

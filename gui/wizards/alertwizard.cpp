#include "alertwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace PullScope {

AlertWizard::AlertWizard(const AlertRuleOptions &prefill, const QStringList &namespaces, QWidget *parent)
    : FixWizard(parent)
{
    QFormLayout *form = nullptr;
    const auto row = [&](const QString &id, QWidget *field) { addField(form, id, field); };
    const auto edit = [&](const QString &id, const QString &text) {
        auto *e = new QLineEdit(text, this);
        row(id, e);
        watch(e);
        return e;
    };

    m_targetPage = addFormPage(&form);
    m_name = edit(QStringLiteral("name"), prefill.name);
    m_namespace = edit(QStringLiteral("namespace"), prefill.namespaceName);
    m_watch = new QComboBox(this);
    m_watch->setEditable(true);
    m_watch->setInsertPolicy(QComboBox::NoInsert);
    // Namespace names hold no regular expression characters but '-' and '.', and '.' only
    // matches itself closely enough; escaped anyway, so that the rule matches exactly.
    m_watch->addItem(QString());
    for (const QString &ns : namespaces)
        m_watch->addItem(ns, QRegularExpression::escape(ns));
    m_watch->setCurrentText(prefill.watchNamespaces);
    row(QStringLiteral("watch-namespaces"), m_watch);
    connect(m_watch, &QComboBox::currentTextChanged, this, &AlertWizard::schedulePreview);
    QStringList labels;
    for (const auto &[k, v] : prefill.labels)
        labels << k + QLatin1Char('=') + v;
    m_labels = edit(QStringLiteral("labels"), labels.join(QStringLiteral(", ")));

    m_thresholdPage = addFormPage(&form);
    m_failing = spin(prefill.failingMinutes, 0, 10080);
    row(QStringLiteral("failing-minutes"), m_failing);
    m_backoffContainers = spin(prefill.backoffContainers, 0, 1000000);
    row(QStringLiteral("backoff-containers"), m_backoffContainers);
    m_backoffMinutes = spin(prefill.backoffMinutes, 0, 10080);
    row(QStringLiteral("backoff-minutes"), m_backoffMinutes);
    m_slowPull = new QCheckBox(this);
    m_slowPull->setChecked(prefill.slowPull);
    row(QStringLiteral("slow-pull"), m_slowPull);
    m_slowSeconds = spin(prefill.slowSeconds, 0, 86400);
    row(QStringLiteral("slow-seconds"), m_slowSeconds);
    m_slowWindow = spin(prefill.slowWindowMinutes, 0, 10080);
    row(QStringLiteral("slow-window-minutes"), m_slowWindow);
    m_slowMinutes = spin(prefill.slowMinutes, 0, 10080);
    row(QStringLiteral("slow-minutes"), m_slowMinutes);
    m_hub = new QCheckBox(this);
    m_hub->setChecked(prefill.dockerHubRemaining >= 0);
    row(QStringLiteral("dockerhub"), m_hub);
    m_hubRemaining = spin(prefill.dockerHubRemaining >= 0 ? prefill.dockerHubRemaining : 10, 0, 1000000);
    row(QStringLiteral("dockerhub-remaining"), m_hubRemaining);

    const auto enable = [this]() {
        for (QSpinBox *s : {m_slowSeconds, m_slowWindow, m_slowMinutes})
            s->setEnabled(m_slowPull->isChecked());
        m_hubRemaining->setEnabled(m_hub->isChecked());
    };
    for (QCheckBox *c : {m_slowPull, m_hub}) {
        connect(c, &QCheckBox::toggled, this, enable);
        connect(c, &QCheckBox::toggled, this, &AlertWizard::schedulePreview);
    }
    enable();
    retranslate();
    updatePreview();
    m_name->setFocus();
}

QSpinBox *AlertWizard::spin(int value, int min, int max)
{
    auto *s = new QSpinBox(this);
    s->setRange(min, max);
    s->setValue(value);
    connect(s, &QSpinBox::valueChanged, this, &AlertWizard::schedulePreview);
    return s;
}

AlertRuleOptions AlertWizard::options(QString *problem) const
{
    AlertRuleOptions o;
    o.name = m_name->text().trimmed();
    o.namespaceName = m_namespace->text().trimmed();
    // A picked namespace stands for its escaped name; typed text is the expression itself.
    const int picked = m_watch->findText(m_watch->currentText());
    o.watchNamespaces = picked > 0 ? m_watch->itemData(picked).toString() : m_watch->currentText().trimmed();
    for (const QString &l : m_labels->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const int eq = l.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (problem && problem->isEmpty())
                *problem = tr("%1: KEY=VALUE, not '%2'").arg(fieldName(QStringLiteral("labels")), l);
            continue;
        }
        o.labels.append({l.left(eq), l.mid(eq + 1)});
    }
    o.failingMinutes = m_failing->value();
    o.backoffContainers = m_backoffContainers->value();
    o.backoffMinutes = m_backoffMinutes->value();
    o.slowPull = m_slowPull->isChecked();
    o.slowSeconds = m_slowSeconds->value();
    o.slowWindowMinutes = m_slowWindow->value();
    o.slowMinutes = m_slowMinutes->value();
    o.dockerHubRemaining = m_hub->isChecked() ? m_hubRemaining->value() : -1;
    return o;
}

QString AlertWizard::validateInput() const
{
    QString problem;
    const AlertRuleOptions o = options(&problem);
    if (!problem.isEmpty())
        return problem;
    AlertRuleGenerator::FieldLabel label;
    label.name = fieldName(QStringLiteral("name"));
    label.namespaceName = fieldName(QStringLiteral("namespace"));
    label.watchNamespaces = fieldName(QStringLiteral("watch-namespaces"));
    label.labels = fieldName(QStringLiteral("labels"));
    label.thresholds = tr("the thresholds");
    return AlertRuleGenerator::validate(o, label);
}

GeneratedSet AlertWizard::generateOutput() const
{
    return AlertRuleGenerator::generate(options());
}

void AlertWizard::retranslate()
{
    setWindowTitle(tr("Alert rules for image pulls"));
    m_targetPage->setTitle(tr("The PrometheusRule and what it watches"));
    m_targetPage->setSubTitle(tr("The Prometheus Operator picks the rule up by its labels (its ruleSelector). "
                                 "Without the operator, use the plain rule file of the preview."));
    m_thresholdPage->setTitle(tr("Thresholds"));
    m_thresholdPage->setSubTitle(tr("kube-state-metrics tells which containers wait on a pull error; the kubelet's "
                                    "pull duration histogram exists from Kubernetes 1.30."));
    const QHash<QString, QString> texts = {{QStringLiteral("name"), tr("Rule &name:")},
        {QStringLiteral("namespace"), tr("Rule n&amespace:")},
        {QStringLiteral("watch-namespaces"), tr("&Watched namespaces:")}, {QStringLiteral("labels"), tr("&Labels:")},
        {QStringLiteral("failing-minutes"), tr("Pull &failing for (minutes):")},
        {QStringLiteral("backoff-containers"), tr("&Back-off: more containers than:")},
        {QStringLiteral("backoff-minutes"), tr("Back-off &for (minutes):")},
        {QStringLiteral("slow-pull"), tr("&Slow pulls:")},
        {QStringLiteral("slow-seconds"), tr("Average pull a&bove (seconds):")},
        {QStringLiteral("slow-window-minutes"), tr("Averaged &over (minutes):")},
        {QStringLiteral("slow-minutes"), tr("Slow f&or (minutes):")}, {QStringLiteral("dockerhub"), tr("&Docker Hub:")},
        {QStringLiteral("dockerhub-remaining"), tr("Fewer pulls left &than:")}};
    setLabelTexts(texts);
    m_watch->setItemText(0, QString());
    m_watch->lineEdit()->setPlaceholderText(tr("empty: every namespace; or a regular expression"));
    m_labels->setPlaceholderText(tr("e.g. release=kube-prometheus-stack"));
    m_slowPull->setText(tr("ImagePullSlow on kubelet_image_pull_duration_seconds (kubelet 1.30 and later)"));
    m_hub->setText(tr("DockerHubRateLimitLow (needs an exporter of dockerhub_ratelimit_remaining)"));
}

} // namespace PullScope

#pragma once

#include "audit/alertrulegenerator.h"
#include "fixwizard.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace PullScope {

// Tools > Alert rules: the PrometheusRule of `pullscope-cli generate alerts`, its namespace
// filter picked from the loaded namespaces, the same thresholds, and the kubelet's pull
// duration metric on or off (kubelet 1.30 and later). The preview is the CLI's output for
// the same options.
class AlertWizard : public FixWizard
{
    Q_OBJECT
public:
    AlertWizard(const AlertRuleOptions &prefill, const QStringList &namespaces, QWidget *parent = nullptr);

    QString kind() const override { return QStringLiteral("alerts"); }
    // The options as the fields hold them; *problem gets a label the fields cannot give.
    AlertRuleOptions options(QString *problem = nullptr) const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *namespaceEdit() const { return m_namespace; }
    QComboBox *watchBox() const { return m_watch; }
    QLineEdit *labelsEdit() const { return m_labels; }
    QSpinBox *failingMinutesBox() const { return m_failing; }
    QSpinBox *backoffContainersBox() const { return m_backoffContainers; }
    QSpinBox *backoffMinutesBox() const { return m_backoffMinutes; }
    QCheckBox *slowPullBox() const { return m_slowPull; }
    QSpinBox *slowSecondsBox() const { return m_slowSeconds; }
    QSpinBox *slowWindowBox() const { return m_slowWindow; }
    QSpinBox *slowMinutesBox() const { return m_slowMinutes; }
    QCheckBox *dockerHubBox() const { return m_hub; }
    QSpinBox *dockerHubRemainingBox() const { return m_hubRemaining; }

protected:
    QString validateInput() const override;
    GeneratedSet generateOutput() const override;
    void retranslate() override;

private:
    QSpinBox *spin(int value, int min, int max);

    QWizardPage *m_targetPage = nullptr;
    QWizardPage *m_thresholdPage = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_namespace = nullptr;
    QComboBox *m_watch = nullptr;
    QLineEdit *m_labels = nullptr;
    QSpinBox *m_failing = nullptr;
    QSpinBox *m_backoffContainers = nullptr;
    QSpinBox *m_backoffMinutes = nullptr;
    QCheckBox *m_slowPull = nullptr;
    QSpinBox *m_slowSeconds = nullptr;
    QSpinBox *m_slowWindow = nullptr;
    QSpinBox *m_slowMinutes = nullptr;
    QCheckBox *m_hub = nullptr;
    QSpinBox *m_hubRemaining = nullptr;
};

} // namespace PullScope

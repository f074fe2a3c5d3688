#pragma once

#include "fixwizard.h"
#include "secretgenerator.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace PullScope {

class ProbeDialog;

// Pull secret wizard (kubernetes.io/dockerconfigjson): the registries with their
// credentials (typed, from a provider preset, or imported from a Docker config), then
// the Secret's name and namespace, where it is attached (the service account or the
// owning workload, never the pod) and the output form.
class SecretWizard : public FixWizard
{
    Q_OBJECT
public:
    explicit SecretWizard(const SecretOptions &prefill, QWidget *parent = nullptr);

    QString kind() const override { return QStringLiteral("secret"); }
    SecretOptions options() const;

    // "Test these credentials": probes the test row's image with the registries typed
    // here, held in memory only (never written to disk). Null, with the reason shown
    // in the row, when there is nothing to test yet.
    ProbeDialog *testCredentials();

    // For tests and the import button: reads a ~/.docker/config.json into the list.
    bool importDockerConfig(const QByteArray &content, const QString &source, QString *error);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *namespaceEdit() const { return m_namespace; }
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *targetNameEdit() const { return m_targetName; }
    QComboBox *outputBox() const { return m_output; }
    QListWidget *registryList() const { return m_list; }

protected:
    QString validateInput() const override;
    GeneratedSet generateOutput() const override;
    void retranslate() override;

private:
    QString fieldLabel(const QString &id) const;
    void loadRow(int row);
    void storeRow();
    void refreshList();
    void applyPreset(int index);

    QList<RegistryCredential> m_registries;
    int m_row = 0;
    QString m_image;
    QStringList m_importWarnings;

    QWizardPage *m_credPage = nullptr;
    QWizardPage *m_secretPage = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_presetHint = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_namespace = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_targetName = nullptr;
    QComboBox *m_output = nullptr;
    QLineEdit *m_passwordFile = nullptr;
};

} // namespace PullScope

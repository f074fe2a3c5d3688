#pragma once

#include "fixwizard.h"
#include "mirrorgenerator.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace PullScope {

class ProbeDialog;

// containerd registry mirror wizard: the registry and its ordered mirrors (with
// capabilities, override_path for APIs not at /v2, skip_verify), then trust and node
// settings: CA, client certificate, headers, fallback to the registry, the containerd
// version whose config.toml lines enable config_path. An existing config.toml with the
// deprecated `registry.mirrors` can be imported and converted.
class MirrorWizard : public FixWizard
{
    Q_OBJECT
public:
    explicit MirrorWizard(const MirrorOptions &prefill, QWidget *parent = nullptr);

    QString kind() const override { return QStringLiteral("mirror"); }
    MirrorOptions options(QString *problem = nullptr) const;

    // Adds a mirror row (tests and the Add button).
    void addMirror(const QString &url, bool overridePath = false, bool skipVerify = false);
    // Reads a node's config.toml: the form gets its legacy mirrors for the registry, and
    // the output becomes the merged file with its diff, the other registries' hosts.toml
    // and a pull secret for its credentials.
    bool importConfigToml(const QByteArray &content, QString *error);

    // "Test this mirror": writes the hosts.toml (and CA copies) the form describes to a
    // temporary certs.d and probes the test row's image through it, as containerd would
    // pull it. Null, with the reason shown in the row, when the form cannot be tested.
    ProbeDialog *testMirror();

    // containerd (hosts.toml), crio (registries.conf.d) or docker (daemon.json): the node's
    // runtime decides which file a mirror goes into.
    void setRuntime(const QString &runtime);
    QString runtime() const;
    QComboBox *runtimeBox() const { return m_runtime; }
    QComboBox *registryBox() const { return m_registry; }
    QTableWidget *mirrorTable() const { return m_table; }
    QCheckBox *noFallbackBox() const { return m_noFallback; }
    QLineEdit *caEdit() const { return m_ca; }
    QComboBox *versionBox() const { return m_version; }

protected:
    QString validateInput() const override;
    GeneratedSet generateOutput() const override;
    void retranslate() override;

private:
    void moveRow(int delta);
    void updateRuntimeFields();
    void browse(QLineEdit *edit);

    QStringList m_importWarnings;
    // The node's config.toml when one was imported: merged (config_path set, legacy
    // tables commented out) instead of the snippet, its other registries converted too.
    QByteArray m_nodeConfig;
    QWizardPage *m_mirrorPage = nullptr;
    QWizardPage *m_trustPage = nullptr;
    QComboBox *m_runtime = nullptr;
    QComboBox *m_registry = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_import = nullptr;
    QCheckBox *m_noFallback = nullptr;
    QLineEdit *m_ca = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_headers = nullptr;
    QComboBox *m_version = nullptr;
    QLineEdit *m_certsDir = nullptr;
    QList<QPushButton *> m_browse;
};

} // namespace PullScope

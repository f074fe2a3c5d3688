#pragma once

#include <QDialog>
#include <QTemporaryDir>

#include <memory>

#include "diagnosis.h"
#include "probe/probeoptions.h"
#include "probe/proberesult.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace PullScope {

class CertificateView;
class ProbeRunner;
class ProbeStepModel;

// "Probe registry": what a node's pull of an image meets, step by step, checked from this
// machine (RegistryProbe on a worker thread). Non-modal: the steps fill in live with
// their colours, the verdict names the failing step and the cause; certificate details
// on demand; Copy as text and Save JSON. Esc cancels a running probe (and closes the
// dialog otherwise), Ctrl+Return runs.
class ProbeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProbeDialog(const ProbeOptions &prefill = ProbeOptions(), QWidget *parent = nullptr);
    ~ProbeDialog() override;

    // What probing a container's image starts from: its normalised reference and, when
    // the diagnosis knows the node's architecture, linux/ARCH as the platform.
    static ProbeOptions optionsFor(const ContainerDiagnosis &d);
    static QString imageOf(const ContainerDiagnosis &d);
    static QString platformOf(const ContainerDiagnosis &d);
    // containerd, crio or docker from the node's containerRuntimeVersion; auto when unknown.
    static QString runtimeOf(const ContainerDiagnosis &d);

    // The form's fields (the environment, used for the proxy, is kept from the prefill).
    void setOptions(const ProbeOptions &options);
    // Empty with the options when the fields are usable, else a translated message.
    QString validate(ProbeOptions *options) const;
    // Credentials held in memory only (a wizard's typed ones, as docker config JSON):
    // used instead of a file until the user picks one. `description` says whose they are.
    void setInMemoryCredentials(const QByteArray &dockerConfig, const QString &description);
    // A temporary directory that must live as long as the dialog (a wizard's certs.d).
    void adoptTemporaryDir(std::unique_ptr<QTemporaryDir> dir);

    bool isRunning() const;
    const ProbeResult &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }

    // For tests and the wizards.
    QLineEdit *imageEdit() const { return m_image; }
    QLineEdit *authEdit() const { return m_auth; }
    QLineEdit *caEdit() const { return m_ca; }
    QLineEdit *hostsDirEdit() const { return m_hostsDir; }
    QLineEdit *proxyEdit() const { return m_proxy; }
    QLineEdit *platformEdit() const { return m_platform; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *certificateButton() const { return m_certificateButton; }
    QTableView *stepView() const { return m_table; }
    ProbeStepModel *stepModel() const { return m_model; }
    CertificateView *certificateView() const { return m_certificate; }
    QString verdictText() const;
    QString warningsText() const;
    // The result as plain text (what Copy as text puts on the clipboard).
    QString resultText() const;
    bool saveJson(const QString &path, QString *error) const;
    // The node check: a script for the image to run on the node itself (mode 0755), and its
    // output read back into the step list as the node's verdict. False with a message.
    bool saveNodeScript(const QString &path, QString *error);
    bool loadNodeOutput(const QString &path, QString *error);
    // auto, containerd, crio or docker: the runtime the script checks (the diagnosis knows it).
    void setNodeRuntime(const QString &runtime) { m_nodeRuntime = runtime; }
    QPushButton *nodeScriptButton() const { return m_nodeScript; }
    QPushButton *nodeOutputButton() const { return m_nodeOutput; }

public Q_SLOTS:
    // Starts a probe with the form's options; false (message shown) when they are not usable
    // or one is running.
    bool run();
    void cancel();
    // Cancels a running probe and waits for its thread; the steps not run are skipped.
    void stop();
    void showCertificate();

Q_SIGNALS:
    void probeFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    // Esc: cancels a running probe, closes the dialog otherwise.
    void reject() override;

private:
    void retranslate();
    void onFinished();
    // A finished probe's (or a node check's) result in the step list and the verdict.
    void showResult(const ProbeResult &result);
    void showVerdict();
    void showDetails();
    void updateButtons();
    void onCurrentRowChanged();
    void setVerdict(const QString &text, const QColor &color);
    void copyText();
    void saveJsonDialog();
    void saveNodeScriptDialog();
    void loadNodeOutputDialog();
    QPushButton *browseButton(QLineEdit *edit, bool directory);

    ProbeRunner *m_runner = nullptr;
    ProbeStepModel *m_model = nullptr;
    ProbeResult m_result;
    bool m_hasResult = false;
    bool m_running = false;
    QString m_problem; // the form's refusal, shown instead of a verdict
    QByteArray m_memoryAuth;
    QString m_memoryAuthDescription;
    QProcessEnvironment m_environment;
    std::unique_ptr<QTemporaryDir> m_tempDir;

    QLabel *m_intro = nullptr;
    QList<QLabel *> m_formLabels;
    QLineEdit *m_image = nullptr;
    QLineEdit *m_auth = nullptr;
    QLineEdit *m_ca = nullptr;
    QLineEdit *m_hostsDir = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLineEdit *m_platform = nullptr;
    QSpinBox *m_timeout = nullptr;
    QList<QPushButton *> m_browse;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_nodeScript = nullptr;
    QPushButton *m_nodeOutput = nullptr;
    QString m_nodeRuntime = QStringLiteral("auto");
    QPushButton *m_certificateButton = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_details = nullptr;
    QTableView *m_table = nullptr;
    CertificateView *m_certificate = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace PullScope

#pragma once

#include <QHash>
#include <QPointer>
#include <QWizard>

#include <memory>

#include "generatedfile.h"
#include "probe/probedialog.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QTemporaryDir;
class QTimer;

namespace PullScope {

class GeneratedPreview;
class ProbeTestRow;

// The common frame of the fix wizards: pages on the left, the live preview of what will
// be generated on the right, regenerated (coalesced) whenever a field changes. A refused
// field shows its message, in the UI language, instead of a preview.
class FixWizard : public QWizard
{
    Q_OBJECT
public:
    explicit FixWizard(QWidget *parent = nullptr);

    GeneratedPreview *preview() const { return m_preview; }
    // secret, mirror, proxy: the `wizard` ids of causes.yaml.
    virtual QString kind() const = 0;
    // Regenerates now (tests; the UI does it on the next event-loop turn).
    void updatePreview();
    // A file the user picked, read whole up to maxBytes; false with a translated message
    // naming the file.
    static bool readPickedFile(const QString &path, qint64 maxBytes, QByteArray *content, QString *error);

    // What a wizard's "Test" button probes: the diagnosis's image (normalised) and the
    // node's platform (empty: this machine's). The image, when known, fills the test row's field.
    void setProbeTarget(const QString &image, const QString &platform);
    ProbeTestRow *probeRow() const { return m_probeRow; }
    // The probe dialog the last test opened (null before, or once it was closed).
    ProbeDialog *probeDialog() const { return m_probeDialog; }

protected:
    // Empty when the fields can be generated, else the message naming the field.
    virtual QString validateInput() const = 0;
    virtual GeneratedSet generateOutput() const = 0;
    virtual void retranslate() = 0;

    // Connects a field's change signal to the coalesced preview update.
    void watch(QLineEdit *edit);
    void schedulePreview();
    void changeEvent(QEvent *event) override;
    // A form label as validation messages name the field: without its accelerator (the
    // "&" of "&Server:" or the "(&S)" of "服务器(&S)：") and without the final colon.
    static QString plainLabel(const QLabel *label);
    // Adds a labelled row to a form; the label is kept by field id for setLabelTexts()
    // and fieldName().
    QLabel *addField(QFormLayout *form, const QString &id, QWidget *field);
    void setLabelTexts(const QHash<QString, QString> &textsById);
    // How validation messages name a field: its label as shown, else the id.
    QString fieldName(const QString &id) const;
    // A page with a title, a subtitle and a form; what the subclasses build their pages from.
    QWizardPage *addFormPage(QFormLayout **form);
    // The "Test ..." row (image field and button) as a form row with id "probe-image".
    ProbeTestRow *addProbeRow(QFormLayout *form);
    QString probePlatform() const { return m_probePlatform; }
    // Runs `options` in the probe dialog over this wizard (opened, or reused and re-run).
    // In-memory credentials and a temporary certs.d stay with the dialog.
    ProbeDialog *runProbe(const ProbeOptions &options, std::unique_ptr<QTemporaryDir> tempDir,
        const QString &credentialsDescription = QString());

private:
    QHash<QString, QLabel *> m_labels; // form labels by field id
    GeneratedPreview *m_preview = nullptr;
    QTimer *m_timer = nullptr;
    ProbeTestRow *m_probeRow = nullptr;
    QPointer<ProbeDialog> m_probeDialog;
    QString m_probePlatform;
};

} // namespace PullScope

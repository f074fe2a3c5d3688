#include "fixwizard.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

#include "generatedpreview.h"
#include "probe/probedialog.h"
#include "probe/probetestrow.h"

namespace PullScope {

FixWizard::FixWizard(QWidget *parent)
    : QWizard(parent)
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_preview = new GeneratedPreview(this);
    m_preview->setMinimumWidth(520);
    setSideWidget(m_preview);
    setMinimumSize(1100, 640);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &FixWizard::updatePreview);
}

void FixWizard::updatePreview()
{
    m_timer->stop();
    const QString problem = validateInput();
    if (!problem.isEmpty())
        m_preview->setProblem(problem);
    else
        m_preview->setGeneratedSet(generateOutput());
}

void FixWizard::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textChanged, this, &FixWizard::schedulePreview);
}

void FixWizard::schedulePreview()
{
    m_timer->start();
}

QLabel *FixWizard::addField(QFormLayout *form, const QString &id, QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_labels.insert(id, label);
    form->addRow(label, field);
    return label;
}

void FixWizard::setLabelTexts(const QHash<QString, QString> &textsById)
{
    for (auto it = textsById.cbegin(); it != textsById.cend(); ++it)
        if (QLabel *l = m_labels.value(it.key()))
            l->setText(it.value());
}

QString FixWizard::fieldName(const QString &id) const
{
    const QLabel *label = m_labels.value(id);
    return label ? plainLabel(label) : id;
}

bool FixWizard::readPickedFile(const QString &path, qint64 maxBytes, QByteArray *content, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    if (f.size() > maxBytes) {
        *error = tr("%1: larger than %2 KB, not the file expected here")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(maxBytes / 1024);
        return false;
    }
    *content = f.readAll();
    return true;
}

QString FixWizard::plainLabel(const QLabel *label)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&[^)]\\)"));
    QString text = label->text();
    text.remove(accelerator);
    text.remove(QLatin1Char('&'));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xff1a)))
        text.chop(1);
    return text.trimmed();
}

QWizardPage *FixWizard::addFormPage(QFormLayout **form)
{
    auto *page = new QWizardPage(this);
    auto *column = new QVBoxLayout(page);
    *form = new QFormLayout;
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(*form);
    // Fields stay together at the top; the space left goes below them.
    column->addStretch(1);
    addPage(page);
    return page;
}

ProbeTestRow *FixWizard::addProbeRow(QFormLayout *form)
{
    m_probeRow = new ProbeTestRow(this);
    addField(form, QStringLiteral("probe-image"), m_probeRow)->setBuddy(m_probeRow->imageEdit());
    return m_probeRow;
}

void FixWizard::setProbeTarget(const QString &image, const QString &platform)
{
    m_probePlatform = platform;
    if (m_probeRow && !image.isEmpty())
        m_probeRow->imageEdit()->setText(image);
}

ProbeDialog *FixWizard::runProbe(
    const ProbeOptions &options, std::unique_ptr<QTemporaryDir> tempDir, const QString &credentialsDescription)
{
    if (!m_probeDialog) {
        m_probeDialog = new ProbeDialog(options, this);
        m_probeDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_probeDialog->stop();
        m_probeDialog->setOptions(options);
    }
    if (!options.authConfig.isEmpty())
        m_probeDialog->setInMemoryCredentials(options.authConfig, credentialsDescription);
    m_probeDialog->adoptTemporaryDir(std::move(tempDir));
    m_probeDialog->show();
    m_probeDialog->raise();
    m_probeDialog->activateWindow();
    m_probeDialog->run();
    return m_probeDialog;
}

void FixWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Validation messages and warnings are produced in the UI language.
        schedulePreview();
    }
    QWizard::changeEvent(event);
}

} // namespace PullScope

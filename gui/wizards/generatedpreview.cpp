#include "generatedpreview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "confighighlighter.h"
#include "theme.h"

namespace PullScope {

GeneratedPreview::GeneratedPreview(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_files = new QComboBox(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A style sheet, not the palette: some styles paint labels with their own text colour.
    m_problem->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(Theme::problemText().name()));
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setFont(mono);
    m_highlighter = new ConfigHighlighter(m_text->document());
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setStyleSheet(QStringLiteral("color: %1").arg(Theme::warningText().name()));
    m_commandsLabel = new QLabel(this);
    m_commands = new QPlainTextEdit(this);
    m_commands->setReadOnly(true);
    m_commands->setFont(mono);
    m_commands->setMaximumHeight(m_commands->fontMetrics().lineSpacing() * 7);
    new ConfigHighlighter(m_commands->document());

    m_copy = new QPushButton(this);
    m_save = new QPushButton(this);
    m_saveAll = new QPushButton(this);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_save->setShortcut(QKeySequence::Save);
    m_saveAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveAll);

    layout->addWidget(m_files);
    layout->addWidget(m_problem);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_commandsLabel);
    layout->addWidget(m_commands);
    layout->addLayout(buttons);

    connect(m_files, &QComboBox::currentIndexChanged, this, &GeneratedPreview::showFile);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(currentText()); });
    connect(m_save, &QPushButton::clicked, this, &GeneratedPreview::saveCurrent);
    connect(m_saveAll, &QPushButton::clicked, this, &GeneratedPreview::saveAll);
    retranslate();
    refresh();
}

void GeneratedPreview::setGeneratedSet(const GeneratedSet &set)
{
    const QString keep = currentPath();
    m_set = set;
    m_problemText.clear();
    refresh();
    // Typing in a field regenerates everything: stay on the file being read.
    for (int i = 0; i < m_set.files.size(); ++i)
        if (m_set.files[i].path == keep)
            m_files->setCurrentIndex(i);
}

void GeneratedPreview::setProblem(const QString &message)
{
    m_set = {};
    m_problemText = message;
    refresh();
}

QString GeneratedPreview::currentPath() const
{
    const int i = m_files->currentIndex();
    return i >= 0 && i < m_set.files.size() ? m_set.files[i].path : QString();
}

QString GeneratedPreview::currentText() const
{
    return m_text->toPlainText();
}

QString GeneratedPreview::commandsText() const
{
    return m_commands->toPlainText();
}

QString GeneratedPreview::warningsText() const
{
    return m_warnings->text();
}

void GeneratedPreview::showFile(int index)
{
    if (index < 0 || index >= m_set.files.size()) {
        m_text->clear();
        return;
    }
    const GeneratedFile &f = m_set.files[index];
    m_highlighter->setFileName(f.path);
    m_text->setPlainText(QString::fromUtf8(f.content));
}

void GeneratedPreview::refresh()
{
    {
        const QSignalBlocker block(m_files);
        m_files->clear();
        for (const GeneratedFile &f : std::as_const(m_set.files))
            m_files->addItem(f.secret ? tr("%1 (secret, mode 0600)").arg(f.path) : f.path);
    }
    m_files->setVisible(!m_set.files.isEmpty());
    m_problem->setText(m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
    showFile(m_set.files.isEmpty() ? -1 : 0);
    m_warnings->setText(m_set.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!m_set.warnings.isEmpty());
    m_commands->setPlainText(QString::fromUtf8(GeneratedFileWriter::commandsText(m_set)));
    const bool hasCommands = !m_set.applyCommands.isEmpty() || !m_set.verifyCommands.isEmpty();
    m_commands->setVisible(hasCommands);
    m_commandsLabel->setVisible(hasCommands);
    const bool any = !m_set.files.isEmpty();
    m_copy->setEnabled(any);
    m_save->setEnabled(any);
    m_saveAll->setEnabled(any);
}

bool GeneratedPreview::saveCurrentTo(const QString &fileName, QString *error) const
{
    const int i = m_files->currentIndex();
    if (i < 0 || i >= m_set.files.size()) {
        if (error)
            *error = tr("There is nothing to save yet.");
        return false;
    }
    // One file through the same writer as the whole tree: QSaveFile, mode 0600 for secrets.
    const QFileInfo target(fileName);
    GeneratedSet one;
    GeneratedFile f = m_set.files[i];
    f.path = target.fileName();
    one.files << f;
    return GeneratedFileWriter::writeToDir(one, target.absolutePath(), error);
}

bool GeneratedPreview::saveAllTo(const QString &dir, QString *error, QStringList *written) const
{
    if (m_set.files.isEmpty()) {
        if (error)
            *error = tr("There is nothing to save yet.");
        return false;
    }
    return GeneratedFileWriter::writeToDir(m_set, dir, error, written);
}

void GeneratedPreview::saveCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Save the generated file"), QFileInfo(path).fileName());
    if (fileName.isEmpty())
        return;
    QString error;
    if (!saveCurrentTo(fileName, &error))
        QMessageBox::warning(this, tr("Save the generated file"), error);
}

void GeneratedPreview::saveAll()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save every file below a folder"));
    if (dir.isEmpty())
        return;
    QString error;
    QStringList written;
    if (!saveAllTo(dir, &error, &written)) {
        QMessageBox::warning(this, tr("Save every file below a folder"), error);
        return;
    }
    QMessageBox::information(this, tr("Save every file below a folder"),
        tr("Written below %1:\n%2").arg(QDir::toNativeSeparators(dir), written.join(QLatin1Char('\n'))));
}

void GeneratedPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GeneratedPreview::retranslate()
{
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the file shown to the clipboard (Ctrl+Shift+C)"));
    m_save->setText(tr("Save &file..."));
    m_saveAll->setText(tr("Save &all..."));
    m_saveAll->setToolTip(tr("Write every file below a folder at its path on the node (Ctrl+Shift+S)"));
    m_commandsLabel->setText(tr("Apply and verify on the node:"));
    m_files->setToolTip(tr("The generated files, by their path on the node"));
    m_text->setPlaceholderText(tr("The generated files appear here as soon as every required field is filled in."));
    refresh();
}

} // namespace PullScope

#include "fixpackdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "fixwizard.h"
#include "fixwizardfactory.h"
#include "generatedpreview.h"
#include "languagemanager.h"
#include "rulebook.h"
#include "theme.h"

namespace PullScope {

namespace {
constexpr int PartRole = Qt::UserRole + 1; // the part's index in m_wizards
constexpr int PathRole = Qt::UserRole + 2; // a file's path in its set

QString key(int part, const QString &path)
{
    return QString::number(part) + QLatin1Char('\n') + path;
}
} // namespace

FixPackDialog::FixPackDialog(const ContainerDiagnosis &diagnosis, QWidget *parent)
    : QDialog(parent)
    , m_diag(diagnosis)
{
    setObjectName(QStringLiteral("FixPackDialog"));
    resize(760, 520);
    auto *column = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    column->addWidget(m_header);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    column->addWidget(m_tree, 1);
    auto *editRow = new QHBoxLayout;
    m_edit = new QPushButton(this);
    editRow->addWidget(m_edit);
    editRow->addStretch(1);
    column->addLayout(editRow);

    auto *dest = new QHBoxLayout;
    m_destinationLabel = new QLabel(this);
    m_folder = new QRadioButton(this);
    m_zip = new QRadioButton(this);
    m_folder->setChecked(true);
    m_path = new QLineEdit(this);
    m_destinationLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    dest->addWidget(m_destinationLabel);
    dest->addWidget(m_folder);
    dest->addWidget(m_zip);
    dest->addWidget(m_path, 1);
    dest->addWidget(m_browse);
    column->addLayout(dest);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_write = new QPushButton(this);
    m_write->setDefault(true);
    m_close = new QPushButton(this);
    buttons->addWidget(m_write);
    buttons->addWidget(m_close);
    column->addLayout(buttons);

    m_path->setText(QDir(QDir::homePath()).filePath(FixPack::folderName(m_diag)));

    // The wizard of the cause, prefilled as the cause card's Fix button opens it; kept
    // hidden (and alive when closed) so that the pack reads what the user completed.
    if (m_diag.hasCause) {
        if (FixWizard *w = FixWizardFactory::create(m_diag.cause.wizard, m_diag, this)) {
            w->setAttribute(Qt::WA_DeleteOnClose, false);
            w->setWindowModality(Qt::WindowModal);
            connect(w, &QDialog::finished, this, &FixPackDialog::refresh);
            m_wizards << w;
        }
    }

    connect(m_tree, &QTreeWidget::itemChanged, this, &FixPackDialog::onItemChanged);
    connect(m_edit, &QPushButton::clicked, this, &FixPackDialog::editCurrent);
    connect(m_browse, &QPushButton::clicked, this, &FixPackDialog::browse);
    connect(m_zip, &QRadioButton::toggled, this, &FixPackDialog::updateSuffix);
    connect(m_write, &QPushButton::clicked, this, [this]() {
        QString error;
        QStringList written;
        QPalette p = m_status->palette();
        if (write(&error, &written)) {
            p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
            m_status->setText(tr("Written: %1").arg(QDir::toNativeSeparators(m_path->text())));
        } else {
            p.setColor(QPalette::WindowText, Theme::failing());
            m_status->setText(error);
        }
        m_status->setPalette(p);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    retranslate();
}

QList<FixWizard *> FixPackDialog::wizards() const
{
    QList<FixWizard *> out;
    for (const QPointer<FixWizard> &w : m_wizards)
        if (w)
            out << w;
    return out;
}

void FixPackDialog::refresh()
{
    m_filling = true;
    m_tree->clear();
    for (int i = 0; i < m_wizards.size(); ++i) {
        FixWizard *w = m_wizards[i];
        if (!w)
            continue;
        w->updatePreview();
        auto *part = new QTreeWidgetItem(m_tree, {w->windowTitle(), QString()});
        part->setData(0, PartRole, i);
        part->setExpanded(true);
        const QString problem = w->preview()->problem();
        if (!problem.isEmpty()) {
            auto *p = new QTreeWidgetItem(part, {tr("Not ready: %1").arg(problem), QString()});
            p->setForeground(0, Theme::failing());
            p->setData(0, PartRole, i);
            continue;
        }
        for (const GeneratedFile &f : w->preview()->generatedSet().files) {
            auto *item = new QTreeWidgetItem(part, {f.path, f.secret ? tr("secret, mode 0600") : QString()});
            item->setData(0, PartRole, i);
            item->setData(0, PathRole, f.path);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, m_unchecked.contains(key(i, f.path)) ? Qt::Unchecked : Qt::Checked);
        }
    }
    m_tree->expandAll();
    m_filling = false;
    m_write->setEnabled(!chosenParts().isEmpty());
}

QList<FixPackPart> FixPackDialog::chosenParts() const
{
    QList<FixPackPart> parts;
    for (int i = 0; i < m_wizards.size(); ++i) {
        FixWizard *w = m_wizards[i];
        if (!w || !w->preview()->problem().isEmpty())
            continue;
        GeneratedSet set = w->preview()->generatedSet();
        set.files.removeIf([&](const GeneratedFile &f) { return m_unchecked.contains(key(i, f.path)); });
        if (!set.files.isEmpty())
            parts.append({w->windowTitle(), set});
    }
    return parts;
}

void FixPackDialog::setFileChecked(const QString &path, bool checked)
{
    for (int i = 0; i < m_wizards.size(); ++i) {
        if (checked)
            m_unchecked.remove(key(i, path));
        else
            m_unchecked.insert(key(i, path));
    }
    refresh();
}

void FixPackDialog::onItemChanged(QTreeWidgetItem *item)
{
    if (m_filling || item->data(0, PathRole).toString().isEmpty())
        return;
    const QString k = key(item->data(0, PartRole).toInt(), item->data(0, PathRole).toString());
    if (item->checkState(0) == Qt::Checked)
        m_unchecked.remove(k);
    else
        m_unchecked.insert(k);
    m_write->setEnabled(!chosenParts().isEmpty());
}

void FixPackDialog::setDestination(const QString &path, bool zip)
{
    (zip ? m_zip : m_folder)->setChecked(true);
    m_path->setText(path);
}

bool FixPackDialog::write(QString *error, QStringList *written)
{
    const QList<FixPackPart> parts = chosenParts();
    if (parts.isEmpty()) {
        *error = tr("Nothing to write: tick at least one file, or complete the wizard first.");
        return false;
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        *error = tr("Choose where to write the fix pack.");
        return false;
    }
    if (m_zip->isChecked()) {
        if (!FixPack::writeZip(m_diag, parts, path, error))
            return false;
        if (written)
            *written = QStringList {path};
        return true;
    }
    return FixPack::writeToDir(m_diag, parts, path, error, written);
}

void FixPackDialog::editCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const int i = item ? item->data(0, PartRole).toInt() : 0;
    if (i < 0 || i >= m_wizards.size() || !m_wizards[i])
        return;
    m_wizards[i]->show();
    m_wizards[i]->raise();
}

void FixPackDialog::browse()
{
    QString path;
    if (m_zip->isChecked())
        path = QFileDialog::getSaveFileName(this, tr("Write the fix pack"), m_path->text(), tr("Zip archive (*.zip)"));
    else
        path = QFileDialog::getExistingDirectory(this, tr("Write the fix pack below"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

void FixPackDialog::updateSuffix()
{
    QString path = m_path->text();
    const QString zip = QStringLiteral(".zip");
    if (m_zip->isChecked() && !path.endsWith(zip, Qt::CaseInsensitive))
        path += zip;
    else if (!m_zip->isChecked() && path.endsWith(zip, Qt::CaseInsensitive))
        path.chop(zip.size());
    m_path->setText(path);
}

void FixPackDialog::retranslate()
{
    setWindowTitle(tr("Fix pack"));
    const QString title = m_diag.hasCause
        ? RuleBook::builtin().describe(m_diag.cause.id, LanguageManager::ruleLanguage()).title
        : QString();
    m_header->setText(
        tr("The fix of %1/%2, container %3 (%4): the generated files, apply.sh, verify.sh, rollback "
           "notes and a README in the current language.")
            .arg(m_diag.namespace_, m_diag.pod, m_diag.container, title.isEmpty() ? m_diag.cause.id : title));
    m_tree->setHeaderLabels({tr("File"), tr("Note")});
    m_edit->setText(tr("&Edit in the wizard..."));
    m_destinationLabel->setText(tr("Write &to:"));
    m_folder->setText(tr("F&older"));
    m_zip->setText(tr("&Zip file"));
    m_browse->setText(tr("&Browse..."));
    m_write->setText(tr("&Write"));
    m_close->setText(tr("&Close"));
    // Part titles are the wizards' titles, in the new language.
    refresh();
}

void FixPackDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace PullScope

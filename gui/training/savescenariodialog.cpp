#include "savescenariodialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "languagemanager.h"
#include "reportwriter.h"
#include "rulebook.h"
#include "theme.h"
#include "training/scenariowriter.h"

namespace PullScope {

namespace {
// A DNS label made from free text: lower case, runs of other characters become '-'.
QString dnsLabel(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    out.truncate(63);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}
} // namespace

SaveScenarioDialog::SaveScenarioDialog(const ContainerDiagnosis &focus, const QJsonArray &objects, const QDateTime &now,
    const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_focus(focus)
    , m_objects(objects)
    , m_now(now)
{
    setObjectName(QStringLiteral("SaveScenarioDialog"));
    auto edit = [this](const QString &field) {
        auto *e = new QLineEdit(this);
        m_fields.insert(field, e);
        m_labels.insert(field, new QLabel(this));
        m_labels[field]->setBuddy(e);
        return e;
    };
    m_id = edit(QStringLiteral("metadata.name"));
    m_titleEn = edit(QStringLiteral("spec.title.en"));
    m_titleZh = edit(QStringLiteral("spec.title.zh_CN"));
    m_storyEn = edit(QStringLiteral("spec.story.en"));
    m_storyZh = edit(QStringLiteral("spec.story.zh_CN"));
    m_section = edit(QStringLiteral("spec.seedSection"));
    m_path = edit(QStringLiteral("file"));
    m_difficulty = new QComboBox(this);
    for (const QString &d : Scenario::difficulties())
        m_difficulty->addItem(QString(), d);
    m_difficulty->setCurrentIndex(1);
    m_fields.insert(QStringLiteral("spec.difficulty"), m_difficulty);
    m_labels.insert(QStringLiteral("spec.difficulty"), new QLabel(this));
    m_labels[QStringLiteral("spec.difficulty")]->setBuddy(m_difficulty);
    m_focusLabel = new QLabel(this);
    m_focusValue = new QLabel(QStringLiteral("%1/%2/%3").arg(focus.namespace_, focus.pod, focus.container), this);
    m_focusValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_causeLabel = new QLabel(this);
    m_causeValue = new QLabel(this);
    m_browse = new QPushButton(this);
    connect(m_browse, &QPushButton::clicked, this, &SaveScenarioDialog::browse);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    QPalette warn = m_problems->palette();
    warn.setColor(QPalette::WindowText, Theme::problemText());
    m_problems->setPalette(warn);
    m_problems->hide();

    // Prefilled from the selection: the trainer mostly writes the story.
    m_id->setText(dnsLabel(focus.container + QLatin1Char('-') + (focus.hasCause ? focus.cause.id : focus.state)));
    if (focus.hasCause) {
        m_titleEn->setText(RuleBook::builtin().describe(focus.cause.id, QStringLiteral("en")).title);
        m_titleZh->setText(RuleBook::builtin().describe(focus.cause.id, QStringLiteral("zh_CN")).title);
    }
    const QString dir
        = !folder.isEmpty() ? folder : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(dir).filePath(m_id->text() + QStringLiteral(".yaml")));
    // The file name follows the id until the trainer picks a path of their own.
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &id) {
        if (m_path->property("chosen").toBool())
            return;
        m_path->setText(QFileInfo(m_path->text()).dir().filePath(id + QStringLiteral(".yaml")));
    });
    connect(m_path, &QLineEdit::textEdited, this, [this]() { m_path->setProperty("chosen", true); });

    auto *form = new QFormLayout;
    form->addRow(m_focusLabel, m_focusValue);
    form->addRow(m_causeLabel, m_causeValue);
    for (const char *f : {"metadata.name", "spec.title.en", "spec.title.zh_CN", "spec.story.en", "spec.story.zh_CN",
             "spec.difficulty", "spec.seedSection"})
        form->addRow(m_labels.value(QString::fromLatin1(f)), m_fields.value(QString::fromLatin1(f)));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(m_labels.value(QStringLiteral("file")), pathRow);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, [this]() {
        if (save())
            accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
    retranslate();
}

Scenario SaveScenarioDialog::scenario() const
{
    Scenario s;
    s.id = m_id->text().trimmed();
    s.title = {m_titleEn->text().trimmed(), m_titleZh->text().trimmed()};
    s.story = {m_storyEn->text().trimmed(), m_storyZh->text().trimmed()};
    s.difficulty = m_difficulty->currentData().toString();
    s.seedSection = m_section->text().trimmed();
    s.focusNamespace = m_focus.namespace_.isEmpty() ? QStringLiteral("default") : m_focus.namespace_;
    s.focusPod = m_focus.pod;
    s.focusContainer = m_focus.container;
    s.expectedCause = m_focus.hasCause ? m_focus.cause.id : QString();
    s.now = m_now;
    s.source = m_path->text().trimmed();
    return s;
}

QList<ScenarioProblem> SaveScenarioDialog::check() const
{
    const Scenario s = scenario();
    QList<ScenarioProblem> problems = s.validate();
    if (s.source.isEmpty())
        problems.append({QStringLiteral("file"), tr("choose where to save the scenario")});
    return problems;
}

void SaveScenarioDialog::showProblems(const QList<ScenarioProblem> &problems)
{
    QStringList lines, fields;
    for (const ScenarioProblem &p : problems) {
        fields << p.field;
        lines << tr("%1: %2").arg(fieldLabel(p.field), p.message);
    }
    mark(fields);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

bool SaveScenarioDialog::save()
{
    const Scenario s = scenario();
    QList<ScenarioProblem> problems = check();
    if (problems.isEmpty()) {
        QString error;
        if (ScenarioWriter::write(s.source, s, m_objects, &error)) {
            showProblems({});
            Q_EMIT saved(s.source, s);
            return true;
        }
        problems.append({QStringLiteral("file"), error});
    }
    showProblems(problems);
    if (QWidget *first = m_fields.value(problems.first().field))
        first->setFocus();
    return false;
}

bool SaveScenarioDialog::isMarked(const QString &field) const
{
    return m_marked.contains(field);
}

void SaveScenarioDialog::mark(const QStringList &fields)
{
    m_marked = fields;
    const QString style = QStringLiteral("border: 2px solid %1;").arg(Theme::problemText().name());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const bool bad = fields.contains(it.key());
        it.value()->setStyleSheet(bad ? style : QString());
        QLabel *label = m_labels.value(it.key());
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, bad ? Theme::problemText() : palette().color(QPalette::WindowText));
        label->setPalette(p);
    }
}

void SaveScenarioDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save scenario"), m_path->text(), tr("Scenario files (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    m_path->setProperty("chosen", true);
}

QString SaveScenarioDialog::fieldLabel(const QString &field) const
{
    if (field == QLatin1String("metadata.name"))
        return tr("Id");
    if (field == QLatin1String("spec.title.en"))
        return tr("Title (English)");
    if (field == QLatin1String("spec.title.zh_CN"))
        return tr("Title (Chinese)");
    if (field == QLatin1String("spec.story.en"))
        return tr("Story (English)");
    if (field == QLatin1String("spec.story.zh_CN"))
        return tr("Story (Chinese)");
    if (field == QLatin1String("spec.difficulty"))
        return tr("Difficulty");
    if (field == QLatin1String("spec.seedSection"))
        return tr("Reference section");
    if (field == QLatin1String("file"))
        return tr("File");
    return field;
}

void SaveScenarioDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SaveScenarioDialog::retranslate()
{
    setWindowTitle(tr("Save Selection as Scenario"));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        // The colon is part of the translation: Chinese labels end in a full-width one.
        it.value()->setText(tr("%1:", "form label").arg(fieldLabel(it.key())));
    m_id->setPlaceholderText(tr("lower-case letters, digits and '-' (it names the file too)"));
    m_titleEn->setPlaceholderText(tr("a few words, in English"));
    m_titleZh->setPlaceholderText(tr("a few words, in Chinese"));
    m_storyEn->setPlaceholderText(tr("one line: what the trainee sees, not the answer"));
    m_storyZh->setPlaceholderText(tr("one line, in Chinese"));
    m_section->setPlaceholderText(tr("optional, e.g. 6.4"));
    for (int i = 0; i < m_difficulty->count(); ++i)
        m_difficulty->setItemText(i, Scenario::difficultyName(m_difficulty->itemData(i).toString()));
    m_focusLabel->setText(tr("Opens selected:"));
    m_causeLabel->setText(tr("Expected cause:"));
    m_causeValue->setText(m_focus.hasCause
            ? QStringLiteral("%1 (%2)").arg(
                RuleBook::builtin().describe(m_focus.cause.id, LanguageManager::ruleLanguage()).title, m_focus.cause.id)
            : ReportWriter::stateName(m_focus.state));
    m_browse->setText(tr("&Browse..."));
    m_note->setText(tr("The file holds the pod, its events, its node, its service account and the Secrets of its "
                       "namespace by name (pull secrets with their registry hosts, never a password)."));
    m_save->setText(tr("&Save"));
    // Refused fields are named in the new language too.
    if (!m_marked.isEmpty())
        showProblems(check());
    m_cancel->setText(tr("Cancel"));
}

} // namespace PullScope

#include "training/quizdialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "eventtablemodel.h"
#include "languagemanager.h"
#include "reportwriter.h"
#include "rulebook.h"
#include "theme.h"
#include "training/quizexport.h"

namespace PullScope {

namespace {

enum EvidenceRow {
    ImageRow,
    TypeRow,
    PolicyRow,
    NodeRow,
    KubeletRow,
    RuntimeRow,
    OnNodeRow,
    WaitingReasonRow,
    WaitingMessageRow,
    EvidenceRowCount
};

const char BundledCluster[] = ":/samples/training-cluster.json";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString colored(const QString &html, const QColor &c)
{
    return QStringLiteral("<span style=\"color:") + c.name() + QStringLiteral("\">") + html + QStringLiteral("</span>");
}

void scaleFont(QWidget *w, double factor, bool bold = false)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    w->setFont(f);
}

} // namespace

QuizDialog::QuizDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("quizDialog"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createStartPage());
    m_pages->addWidget(createQuestionPage());
    m_pages->addWidget(createResultPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(1000, 780);
    retranslate();
    updateStartPage();
}

QWidget *QuizDialog::createStartPage()
{
    auto *page = new QWidget;
    m_intro = new QLabel(page);
    m_intro->setWordWrap(true);
    scaleFont(m_intro, 1.1);
    m_sourceCaption = new QLabel(page);
    m_source = new QLabel(page);
    m_source->setWordWrap(true);
    m_countCaption = new QLabel(page);
    m_count = new QSpinBox(page);
    m_count->setObjectName(QStringLiteral("quizCount"));
    m_countCaption->setBuddy(m_count);
    m_includeNapp = new QCheckBox(page);
    m_includeNapp->setObjectName(QStringLiteral("quizIncludeNotAPullProblem"));
    m_feedback = new QCheckBox(page);
    m_feedback->setObjectName(QStringLiteral("quizImmediateFeedback"));
    m_traineeCaption = new QLabel(page);
    m_trainee = new QLineEdit(page);
    m_trainee->setObjectName(QStringLiteral("quizTrainee"));
    m_traineeCaption->setBuddy(m_trainee);
    m_start = new QPushButton(page);
    m_start->setObjectName(QStringLiteral("quizStart"));
    m_start->setDefault(true);
    m_startClose = new QPushButton(page);

    auto *form = new QFormLayout;
    form->addRow(m_sourceCaption, m_source);
    form->addRow(m_countCaption, m_count);
    form->addRow(QString(), m_includeNapp);
    form->addRow(QString(), m_feedback);
    form->addRow(m_traineeCaption, m_trainee);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(m_startClose);
    auto *v = new QVBoxLayout(page);
    v->addWidget(m_intro);
    v->addSpacing(12);
    v->addLayout(form);
    v->addStretch();
    v->addLayout(buttons);

    connect(m_includeNapp, &QCheckBox::toggled, this, &QuizDialog::updateStartPage);
    connect(m_start, &QPushButton::clicked, this, &QuizDialog::start);
    connect(m_startClose, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *QuizDialog::createQuestionPage()
{
    auto *page = new QWidget;
    m_progress = new QLabel(page);
    m_progress->setObjectName(QStringLiteral("quizProgress"));
    scaleFont(m_progress, 1.2, true);

    m_evidenceBox = new QGroupBox(page);
    m_evidenceForm = new QFormLayout;
    m_evidenceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < EvidenceRowCount; ++i) {
        auto *caption = new QLabel(m_evidenceBox);
        auto *value = new QLabel(m_evidenceBox);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_evidenceForm->addRow(caption, value);
        m_evidenceCaptions << caption;
        m_evidenceValues << value;
    }
    m_eventsCaption = new QLabel(m_evidenceBox);
    m_eventModel = new EventTableModel(this);
    m_events = new QTableView(m_evidenceBox);
    m_events->setObjectName(QStringLiteral("quizEvents"));
    m_events->setModel(m_eventModel);
    m_events->setWordWrap(true);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->horizontalHeader()->setSectionResizeMode(EventTableModel::MessageColumn, QHeaderView::Stretch);
    m_events->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *ev = new QVBoxLayout(m_evidenceBox);
    ev->addLayout(m_evidenceForm);
    ev->addWidget(m_eventsCaption);
    ev->addWidget(m_events, 1);

    m_choiceBox = new QGroupBox(page);
    auto *cv = new QVBoxLayout(m_choiceBox);
    for (int i = 0; i < 4; ++i) {
        m_choices[i] = new QRadioButton(m_choiceBox);
        m_choices[i]->setObjectName(QStringLiteral("quizChoice%1").arg(i + 1));
        // Large targets: the quiz runs on projectors and touch screens too.
        scaleFont(m_choices[i], 1.25);
        m_choices[i]->setMinimumHeight(m_choices[i]->fontMetrics().height() * 2);
        cv->addWidget(m_choices[i]);
        connect(m_choices[i], &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                m_next->setEnabled(true);
        });
        // Keys 1-4 pick a choice wherever the focus is on this page (the event table's
        // type-ahead search would otherwise take the digits).
        for (const QKeySequence &key :
            {QKeySequence(Qt::Key_1 + i), QKeySequence(QKeyCombination(Qt::KeypadModifier, Qt::Key(Qt::Key_1 + i)))}) {
            auto *shortcut = new QShortcut(key, page);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, [this, i]() { choose(i); });
        }
    }
    m_feedbackText = new QLabel(page);
    m_feedbackText->setObjectName(QStringLiteral("quizFeedback"));
    m_feedbackText->setWordWrap(true);
    m_feedbackText->setTextFormat(Qt::RichText);
    m_feedbackText->hide();
    m_keysHint = new QLabel(page);
    m_next = new QPushButton(page);
    m_next->setObjectName(QStringLiteral("quizNext"));
    scaleFont(m_next, 1.15, true);
    connect(m_next, &QPushButton::clicked, this, &QuizDialog::next);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keysHint, 1);
    buttons->addWidget(m_next);
    auto *v = new QVBoxLayout(page);
    v->addWidget(m_progress);
    v->addWidget(m_evidenceBox, 1);
    v->addWidget(m_choiceBox);
    v->addWidget(m_feedbackText);
    v->addLayout(buttons);
    return page;
}

QWidget *QuizDialog::createResultPage()
{
    auto *page = new QWidget;
    m_resultTitle = new QLabel(page);
    scaleFont(m_resultTitle, 1.2, true);
    m_score = new QLabel(page);
    m_score->setObjectName(QStringLiteral("quizScore"));
    scaleFont(m_score, 1.6, true);
    m_wrong = new QTextBrowser(page);
    m_wrong->setObjectName(QStringLiteral("quizWrongAnswers"));
    m_wrong->setOpenLinks(false);
    m_export = new QPushButton(page);
    m_export->setObjectName(QStringLiteral("quizExport"));
    m_retry = new QPushButton(page);
    m_retry->setObjectName(QStringLiteral("quizRetry"));
    m_newQuiz = new QPushButton(page);
    m_close = new QPushButton(page);
    m_close->setObjectName(QStringLiteral("quizClose"));
    connect(m_export, &QPushButton::clicked, this, &QuizDialog::exportDialog);
    connect(m_retry, &QPushButton::clicked, this, &QuizDialog::retryWrong);
    connect(m_newQuiz, &QPushButton::clicked, this, [this]() {
        m_pages->setCurrentIndex(StartPage);
        updateStartPage();
        m_start->setDefault(true);
        m_count->setFocus();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_newQuiz);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *v = new QVBoxLayout(page);
    v->addWidget(m_resultTitle);
    v->addWidget(m_score);
    v->addWidget(m_wrong, 1);
    v->addLayout(buttons);
    return page;
}

void QuizDialog::setReport(const DiagnosisReport &report)
{
    m_report = report;
    m_hasReport = true;
    m_available[0] = m_available[1] = -1;
    updateStartPage();
}

void QuizDialog::setSeed(quint32 seed)
{
    m_seed = seed;
    m_fixedSeed = true;
}

QuizDialog::Page QuizDialog::page() const
{
    return Page(m_pages->currentIndex());
}

int QuizDialog::availableQuestions() const
{
    if (!m_hasReport)
        return 0;
    int &available = m_available[m_includeNapp->isChecked() ? 1 : 0];
    if (available < 0) {
        QuizOptions o;
        o.includeNotAPullProblem = m_includeNapp->isChecked();
        available = int(QuizBuilder::build(m_report, o).size());
    }
    return available;
}

void QuizDialog::updateStartPage()
{
    const int available = availableQuestions();
    const int previous = m_count->value();
    const bool untouched = m_count->maximum() <= 1 || previous == m_count->maximum();
    m_count->setRange(available ? 1 : 0, available);
    // Ten make a session of a quarter of an hour; fewer when the data has fewer.
    m_count->setValue(untouched ? std::min(10, available) : std::min(previous, available));
    m_start->setEnabled(available > 0);

    QString source;
    if (!m_hasReport || m_report.inputs.isEmpty())
        source = tr("nothing loaded");
    else if (m_report.inputs.contains(QString::fromLatin1(BundledCluster)))
        source = tr("the bundled training cluster");
    else if (m_report.inputs.size() == 1)
        source = QFileInfo(m_report.inputs.first()).fileName();
    else
        source = tr("%1 and %n more", nullptr, int(m_report.inputs.size()) - 1)
                     .arg(QFileInfo(m_report.inputs.first()).fileName());
    m_source->setText(tr("%1: %n question(s) available", nullptr, available).arg(source));
}

void QuizDialog::start()
{
    if (!m_hasReport)
        return;
    QuizOptions o;
    o.includeNotAPullProblem = m_includeNapp->isChecked();
    o.limit = m_count->value();
    o.seed = m_fixedSeed ? m_seed : QRandomGenerator::global()->generate();
    const QList<QuizQuestion> questions = QuizBuilder::build(m_report, o);
    if (questions.isEmpty())
        return;
    m_session = QuizSession(questions);
    m_pages->setCurrentIndex(QuestionPage);
    showQuestion(0);
}

void QuizDialog::retryWrong()
{
    const QList<QuizQuestion> wrong = m_session.wrongQuestions();
    if (wrong.isEmpty())
        return;
    m_session = QuizSession(wrong);
    m_pages->setCurrentIndex(QuestionPage);
    showQuestion(0);
}

void QuizDialog::showQuestion(int index)
{
    m_index = index;
    m_feedbackShown = false;
    for (QRadioButton *b : m_choices) {
        // Exclusive radio buttons cannot all be unchecked while exclusive.
        b->setAutoExclusive(false);
        b->setChecked(false);
        b->setAutoExclusive(true);
        b->setEnabled(true);
    }
    m_next->setEnabled(false);
    m_next->setDefault(true);
    renderQuestion();
    m_choices[0]->setFocus();
    m_session.begin(index);
}

void QuizDialog::setEvidenceRow(int row, const QString &value)
{
    m_evidenceValues[row]->setText(value);
    m_evidenceForm->setRowVisible(row, !value.isEmpty());
}

void QuizDialog::renderQuestion()
{
    if (m_index < 0 || m_index >= m_session.count())
        return;
    const QuizQuestion &q = m_session.question(m_index);
    const ContainerDiagnosis &d = q.shown;
    m_progress->setText(tr("Question %1 of %2").arg(m_index + 1).arg(m_session.count()));
    setEvidenceRow(ImageRow, d.image.isEmpty() ? ReportWriter::tr("unknown") : d.image);
    setEvidenceRow(TypeRow,
        d.containerType == ContainerType::Init            ? QuizBuilder::tr("init container")
            : d.containerType == ContainerType::Ephemeral ? QuizBuilder::tr("ephemeral container")
                                                          : QString());
    setEvidenceRow(PolicyRow, QuizBuilder::policyText(d));
    setEvidenceRow(NodeRow, QuizBuilder::nodeText(d));
    setEvidenceRow(KubeletRow, d.nodeKubeletVersion);
    setEvidenceRow(RuntimeRow, d.nodeRuntimeVersion);
    setEvidenceRow(OnNodeRow,
        !d.imageOnNode       ? QString()
            : *d.imageOnNode ? QuizBuilder::tr("yes")
                             : QuizBuilder::tr("no"));
    setEvidenceRow(WaitingReasonRow, d.waitingReason);
    setEvidenceRow(WaitingMessageRow, d.waitingMessage);
    m_eventModel->setContainer(&d, q.now);
    m_eventsCaption->setText(
        d.events.isEmpty() ? tr("Events: none left") : tr("Events (%n):", nullptr, int(d.events.size())));
    m_events->setVisible(!d.events.isEmpty());
    renderChoices();
    renderFeedback();
}

void QuizDialog::renderChoices()
{
    if (m_index < 0 || m_index >= m_session.count())
        return;
    const QuizQuestion &q = m_session.question(m_index);
    const RuleBook &rules = RuleBook::builtin();
    const QString lang = LanguageManager::ruleLanguage();
    for (int i = 0; i < 4; ++i) {
        const QString id = q.choices.value(i);
        // "&1" both shows the key and gives Alt+1; the bare digit works too (shortcuts).
        m_choices[i]->setText(QStringLiteral("&%1  ").arg(i + 1) + rules.describe(id, lang).title);
        m_choices[i]->setVisible(!id.isEmpty());
    }
}

void QuizDialog::renderFeedback()
{
    if (!m_feedbackShown || m_index < 0 || m_index >= m_session.count()) {
        m_feedbackText->hide();
        return;
    }
    const QuizQuestion &q = m_session.question(m_index);
    const CauseResult text = RuleBook::builtin().describe(q.answer, LanguageManager::ruleLanguage());
    const QString html = m_session.isCorrect(m_index)
        ? colored(
            QStringLiteral("<b>") + esc(tr("Right: %1.").arg(text.title)) + QStringLiteral("</b>"), Theme::taken())
        : colored(
            QStringLiteral("<b>") + esc(tr("Not this one. The cause is: %1.").arg(text.title)) + QStringLiteral("</b>"),
            Theme::failing());
    m_feedbackText->setText(html + QStringLiteral("<br>") + esc(text.explanation));
    m_feedbackText->show();
}

void QuizDialog::choose(int choice)
{
    if (page() != QuestionPage || m_feedbackShown || choice < 0 || choice >= 4 || !m_choices[choice]->isVisible())
        return;
    m_choices[choice]->setChecked(true);
    m_choices[choice]->setFocus();
}

int QuizDialog::chosenIndex() const
{
    for (int i = 0; i < 4; ++i)
        if (m_choices[i]->isChecked())
            return i;
    return -1;
}

void QuizDialog::next()
{
    if (m_index < 0 || m_index >= m_session.count())
        return;
    if (!m_feedbackShown) {
        const int choice = chosenIndex();
        if (choice < 0)
            return;
        m_session.answer(m_index, m_session.question(m_index).choices.value(choice));
        if (m_feedback->isChecked()) {
            m_feedbackShown = true;
            for (QRadioButton *b : m_choices)
                b->setEnabled(b->isChecked());
            renderFeedback();
            retranslate(); // the button now reads Continue
            m_next->setFocus();
            return;
        }
    }
    if (m_index + 1 < m_session.count())
        showQuestion(m_index + 1);
    else
        finish();
    retranslate();
}

void QuizDialog::finish()
{
    m_index = -1;
    m_pages->setCurrentIndex(ResultPage);
    renderResult();
    m_close->setDefault(true);
    (m_retry->isEnabled() ? m_retry : m_close)->setFocus();
}

void QuizDialog::renderResult()
{
    const QuizResult r = m_session.result(LanguageManager::ruleLanguage(), m_trainee->text());
    m_resultTitle->setText(r.trainee.isEmpty() ? tr("Quiz result") : tr("Quiz result: %1").arg(r.trainee));
    m_score->setText(tr("Score: %1 of %2 (%3%)").arg(r.score).arg(r.total).arg(qRound(r.percent())));
    const QList<QuizResultRow> wrong = r.wrong();
    QString html;
    if (wrong.isEmpty())
        html = QStringLiteral("<p>") + colored(esc(tr("Every cause found. Well done.")), Theme::taken())
            + QStringLiteral("</p>");
    else
        html = QStringLiteral("<h3>") + esc(tr("Wrong answers (%n):", nullptr, int(wrong.size())))
            + QStringLiteral("</h3>");
    for (const QuizResultRow &row : wrong) {
        const QString where = row.namespace_ + QLatin1Char('/') + row.pod + QLatin1Char('/') + row.container;
        html
            += QStringLiteral("<h4>") + esc(tr("Question %1: %2").arg(row.number).arg(where)) + QStringLiteral("</h4>");
        html += QStringLiteral("<p>") + esc(tr("Image: %1").arg(row.image)) + QStringLiteral("<br>");
        html += esc(tr("Your answer:")) + QLatin1Char(' ')
            + colored(esc(row.chosen.isEmpty() ? tr("(no answer)") : row.chosenTitle), Theme::failing())
            + QStringLiteral("<br>");
        html += esc(tr("Right answer:")) + QLatin1Char(' ')
            + colored(QStringLiteral("<b>") + esc(row.answerTitle) + QStringLiteral("</b>"), Theme::taken())
            + QStringLiteral("</p>");
        html += QStringLiteral("<p>") + esc(row.explanation) + QStringLiteral("</p>");
        if (!row.evidence.isEmpty()) {
            QString evidence = esc(row.evidence);
            if (!row.match.isEmpty()) {
                const qsizetype at = row.evidence.indexOf(row.match);
                if (at >= 0)
                    evidence = esc(row.evidence.left(at)) + QStringLiteral("<b><u>") + esc(row.match)
                        + QStringLiteral("</u></b>") + esc(row.evidence.mid(at + row.match.size()));
            }
            html += QStringLiteral("<p>") + esc(tr("The evidence that decides it:")) + QStringLiteral("<br><code>")
                + evidence + QStringLiteral("</code></p>");
        }
    }
    m_wrong->setHtml(html);
    m_retry->setEnabled(!wrong.isEmpty());
}

bool QuizDialog::exportResult(const QString &path, QString *error)
{
    const QuizResult r = m_session.result(LanguageManager::ruleLanguage(), m_trainee->text());
    return QuizExport::save(r, path, QuizExport::formatForPath(path), error);
}

void QuizDialog::exportDialog()
{
    QString filter;
    const QString md = tr("Markdown (*.md)"), json = tr("JSON (*.json)"), csv = tr("CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Quiz Result"), tr("quiz-result.md"),
        md + QStringLiteral(";;") + json + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    QString file = path;
    // A name typed without a suffix takes the one of the chosen filter.
    if (QFileInfo(file).suffix().isEmpty())
        file += filter == json ? QStringLiteral(".json")
            : filter == csv    ? QStringLiteral(".csv")
                               : QStringLiteral(".md");
    QString error;
    if (!exportResult(file, &error))
        QMessageBox::warning(this, tr("Export Quiz Result"), error);
}

QString QuizDialog::shownEvidence() const
{
    QStringList out;
    for (int i = 0; i < EvidenceRowCount; ++i)
        if (m_evidenceForm->isRowVisible(i))
            out << m_evidenceCaptions[i]->text() + QLatin1Char(' ') + m_evidenceValues[i]->text();
    out << m_eventsCaption->text();
    for (int r = 0; r < m_eventModel->rowCount(); ++r)
        for (int c = 0; c < m_eventModel->columnCount(); ++c)
            out << m_eventModel->index(r, c).data().toString();
    return out.join(QLatin1Char('\n'));
}

void QuizDialog::retranslate()
{
    setWindowTitle(tr("Quiz"));
    m_intro->setText(tr("Read the evidence of a failing container and pick the cause among four. "
                        "The score and the wrong answers, explained, come at the end."));
    m_sourceCaption->setText(tr("Source:"));
    m_countCaption->setText(tr("&Number of questions:"));
    m_includeNapp->setText(tr("Include containers whose image is &fine (not a pull problem)"));
    m_feedback->setText(tr("Show the right answer after &each question"));
    m_traineeCaption->setText(tr("&Trainee (optional):"));
    m_trainee->setPlaceholderText(tr("Name on the exported result"));
    m_start->setText(tr("&Start"));
    m_startClose->setText(tr("Close"));

    m_evidenceBox->setTitle(tr("Evidence"));
    const QString captions[EvidenceRowCount] = {tr("Image:"), tr("Container type:"), tr("Pull policy:"), tr("Node:"),
        tr("Kubelet:"), tr("Runtime:"), tr("Image listed on the node:"), tr("Waiting reason:"), tr("Waiting message:")};
    for (int i = 0; i < EvidenceRowCount; ++i)
        m_evidenceCaptions[i]->setText(captions[i]);
    m_eventModel->retranslate();
    m_choiceBox->setTitle(tr("What is the cause?"));
    m_keysHint->setText(tr("Keys 1-4 choose, Enter goes on"));
    const bool last = m_index + 1 >= m_session.count();
    m_next->setText(m_feedbackShown   ? (last ? tr("&Continue to the Result") : tr("&Continue"))
            : m_feedback->isChecked() ? tr("&Check")
            : last                    ? tr("&Finish")
                                      : tr("&Next"));
    m_export->setText(tr("&Export..."));
    m_export->setToolTip(tr("Save the result as Markdown, JSON or CSV"));
    m_retry->setText(tr("&Retry Wrong Ones"));
    m_newQuiz->setText(tr("New &Quiz"));
    m_close->setText(tr("Close"));

    updateStartPage();
    if (page() == QuestionPage)
        renderQuestion();
    else if (page() == ResultPage)
        renderResult();
}

void QuizDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace PullScope

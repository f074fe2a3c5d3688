#pragma once

#include <QDialog>

#include "diagnosis.h"
#include "training/quiz.h"

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace PullScope {

class EventTableModel;

// Training > Quiz: a trainee reads the evidence of a failing container and picks its cause
// among four confusable ones. Three pages: start (how many questions, options), question
// (evidence, choices on keys 1-4, Enter for next), result (score, wrong answers explained,
// export, retry). Everything works from the keyboard; a language switch re-renders the
// texts (choices included) and keeps the answers.
class QuizDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { StartPage, QuestionPage, ResultPage };

    explicit QuizDialog(QWidget *parent = nullptr);

    // The loaded data the questions come from (the window's report; a cheap shared copy).
    void setReport(const DiagnosisReport &report);
    // Fixes the shuffle for tests and screenshots; by default each quiz gets a new order.
    void setSeed(quint32 seed);

    Page page() const;
    const QuizSession &session() const { return m_session; }
    int currentQuestion() const { return m_index; }
    // The questions the start page's options would give.
    int availableQuestions() const;

    void start();
    void retryWrong();
    // The result as Markdown, JSON or CSV (by suffix), in the current language.
    bool exportResult(const QString &path, QString *error = nullptr);

    // For tests and the screenshot script.
    QSpinBox *countBox() const { return m_count; }
    QCheckBox *includeNotAPullProblemBox() const { return m_includeNapp; }
    QCheckBox *feedbackBox() const { return m_feedback; }
    QLineEdit *traineeEdit() const { return m_trainee; }
    QPushButton *startButton() const { return m_start; }
    QLabel *progressLabel() const { return m_progress; }
    QRadioButton *choiceButton(int i) const { return m_choices[i]; }
    QPushButton *nextButton() const { return m_next; }
    QLabel *feedbackLabel() const { return m_feedbackText; }
    QLabel *scoreLabel() const { return m_score; }
    QTextBrowser *wrongView() const { return m_wrong; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *retryButton() const { return m_retry; }
    QTableView *eventView() const { return m_events; }
    // Every text the question page shows as evidence (labels' values and the events).
    QString shownEvidence() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createStartPage();
    QWidget *createQuestionPage();
    QWidget *createResultPage();
    void retranslate();
    void updateStartPage();
    void showQuestion(int index);
    void renderQuestion();
    void renderChoices();
    void renderFeedback();
    void renderResult();
    void choose(int choice);
    int chosenIndex() const;
    void next();
    void finish();
    void exportDialog();
    void setEvidenceRow(int row, const QString &value);

    DiagnosisReport m_report;
    bool m_hasReport = false;
    // Questions the report gives without / with not-a-pull-problem (-1: not counted yet);
    // counting builds the quiz, which is not free at 200k pods.
    mutable int m_available[2] = {-1, -1};
    bool m_fixedSeed = false;
    quint32 m_seed = 0;
    QuizSession m_session;
    int m_index = -1;
    bool m_feedbackShown = false;

    QStackedWidget *m_pages = nullptr;

    // start page
    QLabel *m_intro = nullptr;
    QLabel *m_sourceCaption = nullptr, *m_source = nullptr;
    QLabel *m_countCaption = nullptr, *m_traineeCaption = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_includeNapp = nullptr;
    QCheckBox *m_feedback = nullptr;
    QLineEdit *m_trainee = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_startClose = nullptr;

    // question page
    QLabel *m_progress = nullptr;
    QGroupBox *m_evidenceBox = nullptr;
    QFormLayout *m_evidenceForm = nullptr;
    QList<QLabel *> m_evidenceCaptions;
    QList<QLabel *> m_evidenceValues;
    QLabel *m_eventsCaption = nullptr;
    QTableView *m_events = nullptr;
    EventTableModel *m_eventModel = nullptr;
    QGroupBox *m_choiceBox = nullptr;
    QRadioButton *m_choices[4] = {};
    QLabel *m_feedbackText = nullptr;
    QLabel *m_keysHint = nullptr;
    QPushButton *m_next = nullptr;

    // result page
    QLabel *m_resultTitle = nullptr;
    QLabel *m_score = nullptr;
    QTextBrowser *m_wrong = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_newQuiz = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace PullScope

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "diagnosis.h"

namespace PullScope {

// One quiz question: what the trainee may see, and (kept apart) the answer.
struct QuizQuestion
{
    // Where it came from, shown only once answered (pod names can hint at the scenario).
    QString namespace_;
    QString pod;
    QString container;
    int replicas = 1; // containers with the same cause and wording folded into this one

    // The evidence shown: a copy of the container with every trace of the diagnosis
    // removed (cause, failing step, path, state, warnings), so no view built from it can
    // give the answer away.
    ContainerDiagnosis shown;
    QDateTime now; // ages are read against it

    QString answer; // cause id
    Evidence decisive; // the message and span the rule matched (for the explanation)
    QStringList choices; // four cause ids in display order; `answer` is one of them
    int answerIndex() const { return int(choices.indexOf(answer)); }
};

struct QuizOptions
{
    int limit = 0; // at most this many questions; 0 = all
    bool includeNotAPullProblem = false; // the image is fine: a training point of its own
    quint32 seed = 0; // order of questions and choices, and which distractors
};

// Makes questions out of a diagnosed report (the bundled cluster, a scenario, a dump, a
// live snapshot): one per failing container with a known cause, replicas with the same
// cause and wording folded together, shuffled by a seed.
class QuizBuilder
{
    Q_DECLARE_TR_FUNCTIONS(QuizBuilder)
public:
    static QList<QuizQuestion> build(const DiagnosisReport &report, const QuizOptions &options);

    // Causes confusable with `cause` (the quiz's distractors), most confusable first;
    // only ids the built-in rules know. Every cause has at least three.
    static QStringList confusableWith(const QString &cause);
    // The whole table, for the test that checks it covers every cause.
    static const QHash<QString, QStringList> &confusionTable();

    // Causes that make no question by default / ever.
    static bool isQuestionCause(const QString &cause, bool includeNotAPullProblem);

    // The evidence as the trainee reads it, plain text in the current language: image,
    // policy, node, versions, waiting state and events. Never the cause.
    static QString evidenceText(const QuizQuestion &q);
    // "Always (explicit)", "IfNotPresent (defaulted)"
    static QString policyText(const ContainerDiagnosis &shown);
    // "node-02 (amd64), kubelet v1.30.4, containerd://1.7.20"
    static QString nodeText(const ContainerDiagnosis &shown);
};

// One row of the result, in the language it was made in.
struct QuizResultRow
{
    int number = 0; // 1-based
    QString namespace_, pod, container, image;
    QString chosen; // cause id; empty when not answered
    QString chosenTitle;
    QString answer;
    QString answerTitle;
    QString explanation; // of the right cause
    QString evidence; // the decisive message, redacted
    QString match; // the matched span in it, redacted; empty when none
    bool correct = false;
    double seconds = -1; // time spent; < 0 when not answered
};

struct QuizResult
{
    QString trainee;
    QString language; // "en" / "zh_CN"
    QDateTime finished;
    int score = 0;
    int total = 0;
    QList<QuizResultRow> rows;
    double percent() const { return total ? 100.0 * score / total : 0.0; }
    QList<QuizResultRow> wrong() const;
};

// A running quiz: answers, score, time per question.
class QuizSession
{
public:
    QuizSession() = default;
    explicit QuizSession(const QList<QuizQuestion> &questions);

    int count() const { return int(m_questions.size()); }
    const QList<QuizQuestion> &questions() const { return m_questions; }
    const QuizQuestion &question(int i) const { return m_questions.at(i); }

    // The clock of question `i` starts (again) now; answering stops it.
    void begin(int i);
    // Records `cause` as the answer to `i` (a second answer replaces the first). The time is
    // the time since begin(i), or `elapsedMs` when >= 0.
    bool answer(int i, const QString &cause, qint64 elapsedMs = -1);
    bool isAnswered(int i) const { return !m_chosen.value(i).isEmpty(); }
    QString chosen(int i) const { return m_chosen.value(i); }
    bool isCorrect(int i) const;
    qint64 elapsedMs(int i) const { return m_elapsed.value(i, -1); }
    int answered() const;
    int score() const;
    bool isFinished() const { return answered() == count(); }

    // Score, rows and explanations with the rule texts in `lang`, secrets redacted.
    QuizResult result(const QString &lang, const QString &trainee = QString()) const;
    // The questions answered wrong (or not at all), for "Retry wrong ones".
    QList<QuizQuestion> wrongQuestions() const;

private:
    QList<QuizQuestion> m_questions;
    QList<QString> m_chosen;
    QList<qint64> m_elapsed;
    QElapsedTimer m_clock;
    int m_timing = -1;
};

} // namespace PullScope

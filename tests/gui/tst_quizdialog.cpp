#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include "languagemanager.h"
#include "mainwindow.h"
#include "rulebook.h"
#include "training/quizcontroller.h"
#include "training/quizdialog.h"

using namespace PullScope;

// The quiz as a trainee meets it, keyboard only: Ctrl+Shift+Q opens it over the bundled
// cluster, Enter starts, keys 1-4 answer and Enter goes on, the result page explains the
// wrong answers, exports and retries them; the language switches mid-quiz.
class TestQuizDialog : public QObject
{
    Q_OBJECT

    MainWindow *m_window = nullptr;

    QuizController *controller() const { return m_window->findChild<QuizController *>(); }

    static void key(QuizDialog *d, Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target && (target == d || d->isAncestorOf(target)), "the focus left the quiz");
        QTest::keyClick(target, k, mods);
    }

    // The choice (0-3) that is right, or the first one that is wrong.
    static int pick(const QuizQuestion &q, bool right)
    {
        for (int i = 0; i < q.choices.size(); ++i)
            if ((q.choices[i] == q.answer) == right)
                return i;
        return -1;
    }

    QuizDialog *openQuiz()
    {
        m_window->activateWindow();
        if (!QTest::qWaitFor([this]() { return m_window->isActiveWindow(); }, 5000))
            return nullptr;
        QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QuizDialog *d = controller()->dialog();
        // QApplication's active window follows the platform window's a little later.
        if (!d || !QTest::qWaitFor([d]() { return d->isActiveWindow(); }, 5000))
            return nullptr;
        return d;
    }

    // Answers the current question with the key of the chosen choice, then Enter.
    void answerWithKeys(QuizDialog *d, bool right)
    {
        const QuizQuestion &q = d->session().question(d->currentQuestion());
        const int c = pick(q, right);
        QVERIFY(c >= 0);
        key(d, Qt::Key(Qt::Key_1 + c));
        QVERIFY(d->choiceButton(c)->isChecked());
        QVERIFY(d->nextButton()->isEnabled());
        key(d, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_window = new MainWindow;
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::reportLoaded);
        m_window->openBundledCluster();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(controller());
        QVERIFY(m_window->trainingMenu()->actions().contains(controller()->action()));
        QCOMPARE(controller()->action()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+Q")));
    }

    void cleanupTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        delete m_window;
    }

    void cleanup()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        if (QuizDialog *d = controller()->dialog())
            d->close();
        QTest::qWait(20);
    }

    // Five questions on the bundled cluster: three right, two wrong, a language switch at
    // the fourth, the result page, exports and a retry of the wrong ones.
    void fiveQuestionsByKeyboard()
    {
        QuizDialog *d = openQuiz();
        QVERIFY(d);
        d->setSeed(2024);
        QCOMPARE(d->page(), QuizDialog::StartPage);
        QVERIFY(d->availableQuestions() >= 30);
        QVERIFY(d->startButton()->isEnabled());

        d->countBox()->setFocus();
        key(d, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(d->countBox(), QStringLiteral("5"));
        QCOMPARE(d->countBox()->value(), 5);
        d->traineeEdit()->setFocus();
        QTest::keyClicks(d->traineeEdit(), QStringLiteral("Zhang Wei"));
        key(d, Qt::Key_Return); // the default button: Start
        QCOMPARE(d->page(), QuizDialog::QuestionPage);
        QCOMPARE(d->session().count(), 5);

        const bool rightAnswers[5] = {true, false, true, false, true};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(d->currentQuestion(), i);
            // In the language of the moment (the quiz switches to Chinese half way).
            QCOMPARE(d->progressLabel()->text(),
                QCoreApplication::translate("PullScope::QuizDialog", "Question %1 of %2").arg(i + 1).arg(5));
            const QuizQuestion &q = d->session().question(i);
            // The evidence on screen never names the cause.
            const QString shown = d->shownEvidence();
            QVERIFY(shown.contains(q.shown.image));
            QVERIFY2(!shown.contains(q.answer), qPrintable(shown));
            QVERIFY(!d->nextButton()->isEnabled());
            if (i == 3) {
                // Pick, then switch the language before going on: the choices re-render in
                // Chinese, the pick and the earlier answers stay.
                const int c = pick(q, false);
                key(d, Qt::Key(Qt::Key_1 + c));
                LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
                QTest::qWait(50);
                QCOMPARE(d->session().answered(), 3);
                QCOMPARE(d->currentQuestion(), 3);
                QVERIFY(d->choiceButton(c)->isChecked());
                for (int k = 0; k < 4; ++k)
                    QVERIFY2(d->choiceButton(k)->text().endsWith(
                                 RuleBook::builtin().describe(q.choices[k], QStringLiteral("zh_CN")).title),
                        qPrintable(d->choiceButton(k)->text()));
                QVERIFY(d->isActiveWindow());
                d->choiceButton(c)->setFocus();
                key(d, Qt::Key_Return);
                continue;
            }
            if (i == 4) {
                // Keys 1-4 and Enter also work from the events table (its type-ahead search
                // would take the digits without the page's shortcuts).
                QVERIFY(d->eventView()->isVisible());
                d->eventView()->setFocus();
            }
            answerWithKeys(d, rightAnswers[i]);
        }

        QCOMPARE(d->page(), QuizDialog::ResultPage);
        QCOMPARE(d->session().score(), 3);
        QVERIFY2(d->scoreLabel()->text().contains(QLatin1String("3")), qPrintable(d->scoreLabel()->text()));
        QVERIFY(d->scoreLabel()->text().contains(QLatin1String("5")));
        QVERIFY(d->scoreLabel()->text().contains(QLatin1String("60")));
        const QString wrongText = d->wrongView()->toPlainText();
        for (int i : {1, 3}) {
            const QuizQuestion &q = d->session().question(i);
            const CauseResult zh = RuleBook::builtin().describe(q.answer, QStringLiteral("zh_CN"));
            QVERIFY2(wrongText.contains(q.pod), qPrintable(wrongText));
            QVERIFY(wrongText.contains(zh.title));
            QVERIFY(wrongText.contains(zh.explanation));
            QVERIFY(wrongText.contains(
                RuleBook::builtin().describe(d->session().chosen(i), QStringLiteral("zh_CN")).title));
        }
        for (int i : {0, 2, 4})
            QVERIFY(!wrongText.contains(d->session().question(i).pod + QLatin1Char('/')));

        // Switching back re-renders the result in English.
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTest::qWait(50);
        const QuizQuestion &second = d->session().question(1);
        QVERIFY(d->wrongView()->toPlainText().contains(
            RuleBook::builtin().describe(second.answer, QStringLiteral("en")).explanation));

        // Export writes the three formats.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : {QStringLiteral("r.md"), QStringLiteral("r.json"), QStringLiteral("r.csv")}) {
            QString error;
            QVERIFY2(d->exportResult(dir.filePath(name), &error), qPrintable(error));
            QVERIFY(QFileInfo(dir.filePath(name)).size() > 100);
        }
        QFile json(dir.filePath(QStringLiteral("r.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("score")).toInt(), 3);
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(root.value(QStringLiteral("trainee")).toString(), QStringLiteral("Zhang Wei"));
        QFile csv(dir.filePath(QStringLiteral("r.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 6);

        // Retry the wrong ones from the keyboard: the focus waits on the Retry button.
        QCOMPARE(QApplication::focusWidget(), d->retryButton());
        key(d, Qt::Key_Space);
        QCOMPARE(d->page(), QuizDialog::QuestionPage);
        QCOMPARE(d->session().count(), 2);
        QCOMPARE(d->progressLabel()->text(), QStringLiteral("Question 1 of 2"));
        answerWithKeys(d, true);
        answerWithKeys(d, true);
        QCOMPARE(d->page(), QuizDialog::ResultPage);
        QCOMPARE(d->session().score(), 2);
        QVERIFY(!d->retryButton()->isEnabled());
    }

    // With immediate feedback, Enter first checks the answer and shows the right cause with
    // its explanation; the next Enter goes on.
    void immediateFeedback()
    {
        QuizDialog *d = openQuiz();
        QVERIFY(d);
        d->setSeed(7);
        d->feedbackBox()->setFocus();
        key(d, Qt::Key_Space);
        QVERIFY(d->feedbackBox()->isChecked());
        d->countBox()->setValue(3);
        d->startButton()->setFocus();
        key(d, Qt::Key_Return);
        QCOMPARE(d->page(), QuizDialog::QuestionPage);
        const QuizQuestion q = d->session().question(0);
        answerWithKeys(d, false);
        QCOMPARE(d->currentQuestion(), 0);
        QVERIFY(d->feedbackLabel()->isVisible());
        const CauseResult en = RuleBook::builtin().describe(q.answer, QStringLiteral("en"));
        QVERIFY2(d->feedbackLabel()->text().contains(en.title.toHtmlEscaped()), qPrintable(d->feedbackLabel()->text()));
        // Decided: the other choices can no longer be picked.
        const int right = pick(q, true);
        QVERIFY(!d->choiceButton(right)->isEnabled());
        key(d, Qt::Key(Qt::Key_1 + right));
        QVERIFY(!d->choiceButton(right)->isChecked());
        key(d, Qt::Key_Return);
        QCOMPARE(d->currentQuestion(), 1);
        QVERIFY(!d->feedbackLabel()->isVisible());
        QCOMPARE(d->session().answered(), 1);
        QVERIFY(!d->session().isCorrect(0));
    }

    // The start page follows its options: not-a-pull-problem questions add to the count.
    void startPageOptions()
    {
        QuizDialog *d = openQuiz();
        QVERIFY(d);
        const int without = d->availableQuestions();
        d->includeNotAPullProblemBox()->setChecked(true);
        QCOMPARE(d->availableQuestions(), without + 2);
        QCOMPARE(d->countBox()->maximum(), without + 2);
        d->includeNotAPullProblemBox()->setChecked(false);
    }

    void screenshots()
    {
        // scripts/screenshots.sh: PULLSCOPE_SCREENSHOT_DIR=docs/screenshots under Xvfb.
        const QString out = qEnvironmentVariable("PULLSCOPE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set PULLSCOPE_SCREENSHOT_DIR to render docs/screenshots/quiz-*.png");
        for (const QString &lang : LanguageManager::languages()) {
            LanguageManager::instance()->setLanguage(lang);
            QuizDialog *d = controller()->open();
            d->setSeed(5);
            d->resize(1100, 820);
            d->countBox()->setValue(5);
            d->traineeEdit()->setText(QStringLiteral("Zhang Wei"));
            d->start();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            for (int i = 0; i < 5; ++i) {
                const int c = pick(d->session().question(i), i % 2 == 0);
                if (i == 2) {
                    d->choiceButton(c)->setChecked(true);
                    QTest::qWait(300);
                    const QString file = out + QStringLiteral("/quiz-question-") + lang + QStringLiteral(".png");
                    QVERIFY(d->grab().save(file));
                    qInfo("wrote %s", qPrintable(file));
                }
                d->choiceButton(c)->setChecked(true);
                d->nextButton()->click();
            }
            QCOMPARE(d->page(), QuizDialog::ResultPage);
            QTest::qWait(300);
            const QString file = out + QStringLiteral("/quiz-result-") + lang + QStringLiteral(".png");
            QVERIFY(d->grab().save(file));
            qInfo("wrote %s", qPrintable(file));
            d->close();
            QTest::qWait(50);
        }
    }
};

QTEST_MAIN(TestQuizDialog)
#include "tst_quizdialog.moc"

#include <QAction>
#include <QFrame>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTranslator>
#include <QtTest>

#include "flowchartscene.h"
#include "flownodeitem.h"
#include "flowedgeitem.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "reportwriter.h"
#include "rulebook.h"
#include "theme.h"
#include "training/presentercontroller.h"
#include "training/presenterscene.h"
#include "training/presenterwindow.h"
#include "training/sidebysideview.h"
#include "markingtranslator.h"

using namespace PullScope;
using TestSupport::MarkingTranslator;

namespace {

const QString Ns = QStringLiteral("training");
const QString NotFoundPod = QStringLiteral("nginx-deployment-7d5bc8f9c6-xqz2k");
const QString HealthyPod = QStringLiteral("dataset-indexer-xjdqqff95c-v8mqx");

QColor brushOf(const PresenterWindow *w, const QString &step)
{
    return w->scene()->nodeItem(step)->brush().color();
}

} // namespace

// Presenter mode on the bundled cluster, as a trainer drives it: opened with F5's action on
// the selected container, the path revealed one key at a time in path order with the
// failing step last, the cause hidden until asked for, Home/End, the clicker's PageUp/
// PageDown, a language switch, Esc; the main window's own chart is never touched.
class TestPresenter : public QObject
{
    Q_OBJECT

    MainWindow *m_window = nullptr;
    PresenterController *m_controller = nullptr;

    PresenterWindow *open(const QString &pod)
    {
        const ContainerDiagnosis *current = m_window->selectedContainer();
        if (!current || current->pod != pod) {
            for (const ContainerDiagnosis &c : m_window->report()->containers)
                if (c.pod == pod && m_window->selectContainer(c.namespace_, c.pod, c.container))
                    break;
        }
        PresenterWindow *w = m_controller->openPresenter();
        // Keys go to the active window's shortcuts first (the main window has Ctrl+L).
        if (w && !QTest::qWaitForWindowActive(w))
            qWarning("the presenter did not become the active window");
        return w;
    }

    // The step's state as drawn: a revealed step in its diagnosis state, every other
    // step (revealed later, or not on the path) as not reached.
    void verifyShown(PresenterWindow *w, int revealed)
    {
        const QStringList order = w->revealOrder();
        const FlowchartModel &full = w->scene()->fullModel();
        for (int i = 0; i < order.size(); ++i) {
            const QString &id = order[i];
            FlowNodeItem *item = w->scene()->nodeItem(id);
            QVERIFY2(item && item->isVisible(), qPrintable(id));
            const StepState want = i < revealed ? full.node(id)->state : StepState::NotReached;
            QVERIFY2(item->state() == want, qPrintable(QStringLiteral("%1 at %2").arg(id).arg(revealed)));
            const QColor fill = want == StepState::Failing ? Theme::HighContrast::failing()
                : want == StepState::Taken                 ? Theme::HighContrast::taken()
                : want == StepState::InProgress            ? Theme::HighContrast::inProgress()
                                                           : Theme::HighContrast::notReachedFill();
            QCOMPARE(brushOf(w, id), fill);
        }
        QCOMPARE(w->revealedCount(), revealed);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_window = new MainWindow;
        m_controller = m_window->findChild<PresenterController *>();
        QVERIFY(m_controller);
        // Nothing open, nothing selected: the actions are there but disabled.
        QVERIFY(m_window->trainingMenu()->actions().contains(m_controller->presentAction()));
        QVERIFY(m_window->trainingMenu()->actions().contains(m_controller->sideBySideAction()));
        QCOMPARE(m_controller->presentAction()->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(m_controller->sideBySideAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+B")));
        QVERIFY(!m_controller->presentAction()->isEnabled());
        QVERIFY(!m_controller->sideBySideAction()->isEnabled());
        QVERIFY(!m_controller->openPresenter());
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::reportLoaded);
        m_window->openBundledCluster();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(m_window->selectContainer(Ns, NotFoundPod, QStringLiteral("nginx")));
        QVERIFY(m_controller->presentAction()->isEnabled());
        QVERIFY(m_controller->sideBySideAction()->isEnabled());
    }

    void cleanupTestCase() { delete m_window; }

    void cleanup()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        if (PresenterWindow *w = m_controller->presenter())
            delete w;
    }

    void opensWithEverythingHidden()
    {
        PresenterWindow *w = open(NotFoundPod);
        QVERIFY(w);
        QVERIFY(w->isWindow());
        QVERIFY(w->windowState() & Qt::WindowFullScreen);
        const ContainerDiagnosis *d = m_window->selectedContainer();
        QCOMPARE(d->failingStep, QStringLiteral("pull-failed"));
        QCOMPARE(w->stepCount(), int(d->path.size()));
        // Its own scene: the window's chart keeps the full diagnosis.
        QVERIFY(static_cast<FlowchartScene *>(w->scene()) != m_window->flowchartScene());
        verifyShown(w, 0);
        for (const QString &id : d->path)
            QVERIFY(!w->scene()->isStepRevealed(id));
        // No path edge is drawn as taken, and the failing box does not name the cause.
        for (const FlowEdge &e : w->scene()->fullModel().edges())
            QVERIFY(!w->scene()->edgeItem(e.from, e.to)->isTaken());
        const QString title = RuleBook::builtin().describe(d->cause.id, QStringLiteral("en")).title;
        QVERIFY(!w->scene()->nodeItem(d->failingStep)->detailText().contains(title));
        QVERIFY(!w->isCauseRevealed());
        QVERIFY(w->causeCard()->isHidden());
        QVERIFY(!w->causeHiddenLabel()->isHidden());
        QVERIFY(w->evidenceLabel()->isHidden());
        QVERIFY(w->headerText().contains(NotFoundPod));
        QVERIFY(w->progressLabel()->text().contains(QStringLiteral("0 of %1").arg(w->stepCount())));
        QCOMPARE(w->scene()->backgroundBrush().color(), Theme::HighContrast::background());

        // The window's chart is as it was: failing step red in the window's palette.
        FlowNodeItem *main = m_window->flowchartScene()->nodeItem(d->failingStep);
        QCOMPARE(main->state(), StepState::Failing);
        QCOMPARE(main->brush().color(), FlowNodeItem::fillColor(StepState::Failing));
        QVERIFY(main->detailText().contains(title));
    }

    // Right, Down, Space and PageDown each reveal the next step in path order, with its
    // evidence line; the failing step comes last, then the cause.
    void keysRevealOneAtATime()
    {
        PresenterWindow *w = open(NotFoundPod);
        const ContainerDiagnosis d = *m_window->selectedContainer();
        const QStringList order = w->revealOrder();
        QCOMPARE(order.last(), d.failingStep);
        QStringList pathWithoutFailing = d.path;
        pathWithoutFailing.removeAll(d.failingStep);
        QCOMPARE(order.mid(0, order.size() - 1), pathWithoutFailing);

        const Qt::Key keys[] = {Qt::Key_Right, Qt::Key_Down, Qt::Key_Space, Qt::Key_PageDown};
        for (int k = 1; k <= order.size(); ++k) {
            QSignalSpy changed(w, &PresenterWindow::revealChanged);
            QTest::keyClick(w, keys[(k - 1) % 4]);
            QCOMPARE(changed.count(), 1);
            verifyShown(w, k);
            QVERIFY(!w->isCauseRevealed());
            QVERIFY(w->causeCard()->isHidden());
            const QString &id = order[k - 1];
            QVERIFY(!w->evidenceLabel()->isHidden());
            QCOMPARE(w->evidenceLabel()->text().remove(QChar(0x200b)), w->evidenceLine(id));
            QVERIFY(!w->evidenceLabel()->text().isEmpty());
            // Steps with events show one of them: its reason and message.
            const FlowNode *n = w->scene()->fullModel().node(id);
            QCOMPARE(w->evidenceEvent(id) >= 0, !n->events.isEmpty());
            if (!n->events.isEmpty()) {
                QVERIFY(n->events.contains(w->evidenceEvent(id)));
                const Event &e = d.events.at(w->evidenceEvent(id));
                QVERIFY(w->evidenceLine(id).startsWith(e.reason + QStringLiteral(": ")));
                QVERIFY(w->evidenceLine(id).contains(e.message.left(40)));
            }
            QVERIFY(w->stepsLabel()->text().contains(ReportWriter::stepName(id).toHtmlEscaped()));
            QVERIFY(w->progressLabel()->text().contains(QStringLiteral("%1 of %2").arg(k).arg(order.size())));
        }
        // The failing step is revealed last, still without the cause on it.
        QCOMPARE(w->scene()->nodeItem(d.failingStep)->state(), StepState::Failing);
        // The failing step quotes the message the cause was read from.
        QCOMPARE(w->evidenceEvent(d.failingStep), d.cause.evidence.event);
        QVERIFY(w->evidenceLabel()->text().contains(QStringLiteral("not found")));
        const CauseResult cause = RuleBook::builtin().describe(d.cause.id, QStringLiteral("en"));
        QVERIFY(!w->scene()->nodeItem(d.failingStep)->detailText().contains(cause.title));

        // One more: the cause.
        QTest::keyClick(w, Qt::Key_PageDown);
        QVERIFY(w->isCauseRevealed());
        QVERIFY(!w->causeCard()->isHidden());
        QVERIFY(w->causeHiddenLabel()->isHidden());
        QCOMPARE(w->causeTitleLabel()->text(), cause.title);
        QVERIFY(cause.explanation.startsWith(w->causeExplanationLabel()->text().chopped(1)));
        const auto high = std::find_if(cause.remediation.begin(), cause.remediation.end(),
            [](const RemediationRow &r) { return r.priority == QLatin1String("high"); });
        QVERIFY(high != cause.remediation.end());
        QVERIFY(w->causeFixLabel()->text().contains(high->text.left(30)));
        QVERIFY(w->scene()->nodeItem(d.failingStep)->detailText().contains(cause.title));
        // Every edge of the diagnosis' path is drawn taken now, in the presenter's yellow.
        for (const FlowEdge &e : w->scene()->fullModel().edges()) {
            FlowEdgeItem *item = w->scene()->edgeItem(e.from, e.to);
            QCOMPARE(item->isTaken(), e.taken);
            if (e.taken)
                QCOMPARE(item->pen().color(), Theme::HighContrast::taken());
        }
        // Nothing further to reveal.
        QSignalSpy changed(w, &PresenterWindow::revealChanged);
        QTest::keyClick(w, Qt::Key_Right);
        QCOMPARE(changed.count(), 0);
    }

    // Left, Up and PageUp take back the last reveal (the cause first); Home hides all and
    // End shows all.
    void keysGoBack()
    {
        PresenterWindow *w = open(NotFoundPod);
        const int n = w->stepCount();
        QTest::keyClick(w, Qt::Key_End);
        verifyShown(w, n);
        QVERIFY(w->isCauseRevealed());
        QTest::keyClick(w, Qt::Key_PageUp);
        QVERIFY(!w->isCauseRevealed());
        verifyShown(w, n);
        QTest::keyClick(w, Qt::Key_Left);
        verifyShown(w, n - 1);
        QTest::keyClick(w, Qt::Key_Up);
        verifyShown(w, n - 2);
        // The edge into a hidden step is not taken any more.
        const QStringList order = w->revealOrder();
        QVERIFY(!w->scene()->isStepRevealed(order.last()));
        QTest::keyClick(w, Qt::Key_Home);
        verifyShown(w, 0);
        QVERIFY(w->causeCard()->isHidden());
        QTest::keyClick(w, Qt::Key_Left); // nothing left to hide
        verifyShown(w, 0);
        QTest::keyClick(w, Qt::Key_End);
        verifyShown(w, n);
        QVERIFY(!w->causeCard()->isHidden());
    }

    // C and Enter reveal the cause at any point; C again hides it.
    void causeOnRequest()
    {
        PresenterWindow *w = open(NotFoundPod);
        QTest::keyClick(w, Qt::Key_Right);
        QTest::keyClick(w, Qt::Key_C);
        QVERIFY(w->isCauseRevealed());
        QVERIFY(!w->causeCard()->isHidden());
        verifyShown(w, 1);
        QTest::keyClick(w, Qt::Key_C);
        QVERIFY(w->causeCard()->isHidden());
        QTest::keyClick(w, Qt::Key_Return);
        QVERIFY(!w->causeCard()->isHidden());
        QTest::keyClick(w, Qt::Key_Enter);
        QVERIFY(w->isCauseRevealed());
        verifyShown(w, 1);
    }

    // Ctrl+L in the presenter (or the window's language menu) redraws everything: the data
    // texts (cause, step names, heading) in the new language, the revealed state kept.
    void languageSwitch()
    {
        PresenterWindow *w = open(NotFoundPod);
        const ContainerDiagnosis d = *m_window->selectedContainer();
        QTest::keyClick(w, Qt::Key_End);
        const QString headerEn = w->headerText();
        const QString labelEn = w->scene()->nodeItem(d.failingStep)->labelText();
        const QString causeEn = w->causeTitleLabel()->text();
        QTest::keyClick(w, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("zh_CN"));
        const CauseResult zh = RuleBook::builtin().describe(d.cause.id, QStringLiteral("zh_CN"));
        QTRY_COMPARE(w->causeTitleLabel()->text(), zh.title);
        QVERIFY(zh.title != causeEn);
        QVERIFY(w->scene()->nodeItem(d.failingStep)->detailText().contains(zh.title));
        QCOMPARE(w->scene()->nodeItem(d.failingStep)->labelText(), ReportWriter::stepName(d.failingStep));
        QVERIFY(w->scene()->nodeItem(d.failingStep)->labelText() != labelEn);
        QCOMPARE(w->headerText(), FlowchartModel::build(&d).title());
        QVERIFY(w->headerText() != headerEn);
        QCOMPARE(w->causeExplanationLabel()->text().left(4), zh.explanation.left(4));
        verifyShown(w, w->stepCount());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(w->causeTitleLabel()->text(), causeEn);
        QCOMPARE(w->headerText(), headerEn);
        QCOMPARE(w->scene()->nodeItem(d.failingStep)->labelText(), labelEn);
        verifyShown(w, w->stepCount());
    }

    // Every label of the window's own goes through tr() and is set again on a language
    // change: a translator that marks the presenter's strings marks them all.
    void labelsAreRetranslated()
    {
        PresenterWindow *w = open(NotFoundPod);
        QTest::keyClick(w, Qt::Key_Right);
        MarkingTranslator marks({"PullScope::PresenterWindow"});
        QVERIFY(QCoreApplication::installTranslator(&marks));
        for (QLabel *l : {w->progressLabel(), w->hintsLabel(), w->causeHiddenLabel()})
            QTRY_VERIFY2(l->text().startsWith(marks.mark()), qPrintable(l->text()));
        QVERIFY(w->windowTitle().startsWith(marks.mark()));
        QVERIFY(QCoreApplication::removeTranslator(&marks));
        QTRY_VERIFY(!w->progressLabel()->text().startsWith(marks.mark()));
    }

    // A loaded scenario's title heads the slide, in the UI language.
    void scenarioTitle()
    {
        PresenterWindow *w = open(NotFoundPod);
        QVERIFY(w->scenarioLabel()->isHidden());
        w->setScenarioTitle({QStringLiteral("A tag that does not exist"), QStringLiteral("不存在的标签")});
        QVERIFY(!w->scenarioLabel()->isHidden());
        QVERIFY(w->scenarioLabel()->text().contains(QStringLiteral("A tag that does not exist")));
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(w->scenarioLabel()->text().contains(QStringLiteral("不存在的标签")));
    }

    void escapeLeaves()
    {
        QPointer<PresenterWindow> w = open(NotFoundPod);
        QVERIFY(w->isVisible());
        QTest::keyClick(w.data(), Qt::Key_Escape);
        QTRY_VERIFY(w.isNull());
        QVERIFY(!m_controller->presenter());
    }

    // A container that started: the path has no failing step, the card says so.
    void healthyContainer()
    {
        PresenterWindow *w = open(HealthyPod);
        const ContainerDiagnosis *d = m_window->selectedContainer();
        QVERIFY(d->failingStep.isEmpty());
        QCOMPARE(w->revealOrder(), d->path);
        QTest::keyClick(w, Qt::Key_End);
        verifyShown(w, int(d->path.size()));
        QVERIFY(!w->causeCard()->isHidden());
        QVERIFY(!w->causeTitleLabel()->text().isEmpty());
        QVERIFY(w->causeFixLabel()->isHidden());
    }

    // Training > Side by side on the selected container.
    void sideBySideFromTheMenu()
    {
        QVERIFY(m_window->selectContainer(Ns, NotFoundPod, QStringLiteral("nginx")));
        SideBySideView *v = m_controller->openSideBySide();
        QVERIFY(v);
        QCOMPARE(v->rowCount(), int(m_window->selectedContainer()->events.size()));
        delete v;
    }

    // scripts/screenshots.sh: PULLSCOPE_SCREENSHOT_DIR=... under Xvfb.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("PULLSCOPE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set PULLSCOPE_SCREENSHOT_DIR to render presenter-*.png");
        for (const QString &lang : LanguageManager::languages()) {
            LanguageManager::instance()->setLanguage(lang);
            PresenterWindow *w = open(QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
            QVERIFY(QTest::qWaitForWindowExposed(w));
            for (int i = 0; i < w->stepCount() / 2 + 1; ++i)
                w->next();
            QTest::qWait(300);
            QString file = out + QStringLiteral("/presenter-step-") + lang + QStringLiteral(".png");
            QVERIFY(w->grab().save(file));
            qInfo("wrote %s", qPrintable(file));
            w->revealAll();
            QTest::qWait(300);
            file = out + QStringLiteral("/presenter-cause-") + lang + QStringLiteral(".png");
            QVERIFY(w->grab().save(file));
            qInfo("wrote %s", qPrintable(file));
            delete w;
        }
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"

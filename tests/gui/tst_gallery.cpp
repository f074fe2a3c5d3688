#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "diagnosisengine.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "training/savescenariodialog.h"
#include "training/scenariocarddelegate.h"
#include "training/scenariocontroller.h"
#include "training/scenariofiltermodel.h"
#include "training/scenariogallery.h"
#include "training/scenariolistmodel.h"
#include "training/scenarioloader.h"
#include "theme.h"

using namespace PullScope;

// The scenario gallery: its models (checked by QAbstractItemModelTester), search and
// difficulty filter, keyboard use, cards that follow the language, opening a card (the
// window loads the scenario and selects its focus container, titled by the scenario), a
// trainer's folder and files, and Save Selection as Scenario (refusals named per field, and
// a saved file that loads back to the same diagnosis).
class TestGallery : public QObject
{
    Q_OBJECT

    static int bundledCount()
    {
        QFile f(QStringLiteral(":/scenarios/index.json"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return int(QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("scenarios")).toArray().size());
    }

    static void setLanguage(const QString &lang)
    {
        LanguageManager::instance()->setLanguage(lang);
        // QEvent::LanguageChange reaches the widgets posted.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    static ScenarioController *controller(MainWindow &w) { return w.findChild<ScenarioController *>(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        setLanguage(QStringLiteral("en"));
        QVERIFY(bundledCount() >= 30);
    }

    void cleanup()
    {
        setLanguage(QStringLiteral("en"));
        QSettings().clear();
    }

    void models()
    {
        ScenarioListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.loadBundled());
        QVERIFY(model.problems().isEmpty());
        QCOMPARE(model.rowCount(), bundledCount());
        ScenarioFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setDifficulty(QStringLiteral("advanced"));
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < model.rowCount());
        for (int i = 0; i < filter.rowCount(); ++i)
            QCOMPARE(filter.index(i, 0).data(ScenarioListModel::DifficultyRole).toString(), QStringLiteral("advanced"));
        filter.setDifficulty(QString());
        // Words of either language, in any order and case.
        filter.setSearch(QStringLiteral("legacy POOL"));
        QStringList ids;
        for (int i = 0; i < filter.rowCount(); ++i)
            ids << filter.index(i, 0).data(ScenarioListModel::IdRole).toString();
        QVERIFY2(ids.contains(QStringLiteral("dns-failure")), qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY(!ids.contains(QStringLiteral("image-not-found")));
        filter.setSearch(QStringLiteral("旧节点池"));
        QVERIFY(filter.rowCount() > 0);
        filter.setSearch(QStringLiteral("no-such-word-anywhere"));
        QCOMPARE(filter.rowCount(), 0);
        // Rows come and go with the folder (the tester watches the inserts and removals).
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(PULLSCOPE_TEST_DATA "/scenarios/good/tiny.yaml"),
            dir.filePath(QStringLiteral("tiny.yaml"))));
        filter.setSearch(QString());
        model.loadFolder(dir.path());
        QCOMPARE(model.rowCount(), bundledCount() + 1);
        model.loadFolder(QString());
        QCOMPARE(model.rowCount(), bundledCount());
    }

    // The card texts are data in both languages; a switch shows the other one, and the
    // other language's title moves beneath.
    void languageSwitchChangesCards()
    {
        ScenarioGallery gallery;
        ScenarioListModel *model = gallery.model();
        const QModelIndex idx = model->index(model->rowOf(QStringLiteral("pull-stalled")), 0);
        Scenario s;
        QVERIFY(ScenarioLoader::loadFile(QStringLiteral(":/scenarios/pull-stalled.yaml"), &s, nullptr, nullptr));
        QCOMPARE(idx.data().toString(), s.title.en);
        QCOMPARE(idx.data(ScenarioListModel::OtherTitleRole).toString(), s.title.zh);
        QCOMPARE(idx.data(ScenarioListModel::StoryRole).toString(), s.story.en);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const QString englishCount = gallery.countLabel()->text();
        setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(idx.data().toString(), s.title.zh);
        QCOMPARE(idx.data(ScenarioListModel::OtherTitleRole).toString(), s.title.en);
        QCOMPARE(idx.data(ScenarioListModel::StoryRole).toString(), s.story.zh);
        QCOMPARE(idx.data(ScenarioListModel::DifficultyNameRole).toString(), Scenario::difficultyName(s.difficulty));
        // The widgets retranslated too (with the Chinese .qm, the text differs; without it,
        // it is at least set again from tr()).
        QCOMPARE(gallery.countLabel()->text(),
            ScenarioGallery::tr("%1 of %2 scenarios").arg(gallery.filterModel()->rowCount()).arg(model->rowCount()));
        Q_UNUSED(englishCount);
    }

    void keyboard()
    {
        ScenarioGallery gallery;
        gallery.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gallery));
        QListView *view = gallery.view();
        QCOMPARE(view->currentIndex().row(), 0);
        gallery.searchEdit()->setFocus();
        QTest::keyClick(gallery.searchEdit(), Qt::Key_Down);
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentIndex().row(), 1);
        // Typing narrows the cards; Enter in the search box opens the first one left.
        QSignalSpy chosen(&gallery, &ScenarioGallery::scenarioChosen);
        gallery.searchEdit()->setFocus();
        QTest::keyClicks(gallery.searchEdit(), QStringLiteral("notebook"));
        QCOMPARE(gallery.filterModel()->rowCount(), 1);
        QTest::keyClick(gallery.searchEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().value<Scenario>().id, QStringLiteral("root-cause-expired"));
        QVERIFY(!gallery.isVisible());
        // The difficulty filter.
        gallery.searchEdit()->clear();
        gallery.difficultyBox()->setCurrentIndex(1);
        for (int i = 0; i < gallery.filterModel()->rowCount(); ++i)
            QCOMPARE(gallery.filterModel()->index(i, 0).data(ScenarioListModel::DifficultyRole).toString(),
                QStringLiteral("beginner"));
        QVERIFY(gallery.countLabel()->text().startsWith(QString::number(gallery.filterModel()->rowCount())));
    }

    // Enter on a card: the window loads the scenario, selects its focus container and is
    // titled after it, in the current language.
    void openCard()
    {
        MainWindow window;
        window.show();
        ScenarioController *c = controller(window);
        QVERIFY(c);
        QVERIFY(window.trainingMenu()->actions().contains(c->galleryAction()));
        QCOMPARE(c->galleryAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        ScenarioGallery *gallery = c->openGallery();
        QVERIFY(QTest::qWaitForWindowExposed(gallery));
        QVERIFY(gallery->selectScenario(QStringLiteral("pull-secret-missing")));
        const Scenario s = *gallery->model()->scenario(gallery->model()->rowOf(QStringLiteral("pull-secret-missing")));
        QSignalSpy loaded(&window, &MainWindow::reportLoaded);
        gallery->view()->setFocus();
        QTest::keyClick(gallery->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
        QVERIFY(!gallery->isVisible());
        const ContainerDiagnosis *d = window.selectedContainer();
        QVERIFY(d);
        QCOMPARE(d->pod, s.focusPod);
        QCOMPARE(d->container, s.focusContainer);
        QCOMPARE(d->cause.id, s.expectedCause);
        QCOMPARE(window.report()->now, s.now);
        QVERIFY(c->current());
        QTRY_VERIFY(window.windowTitle().contains(s.title.en));
        QVERIFY(c->statusLabel()->text().contains(s.title.en));
        setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY2(window.windowTitle().contains(s.title.zh), qPrintable(window.windowTitle()));
        QVERIFY(c->statusLabel()->text().contains(s.title.zh));
        // Another input: the scenario is no longer shown.
        window.openBundledCluster();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, 30000);
        QVERIFY(!c->current());
        QVERIFY(!window.windowTitle().contains(s.title.zh));
        QVERIFY(c->statusLabel()->isHidden());
    }

    // The trainer's folder (remembered) and single files appear as cards; files that are
    // not scenarios are named with their line.
    void folderAndFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(PULLSCOPE_TEST_DATA "/scenarios/good/tiny.yaml"),
            dir.filePath(QStringLiteral("tiny.yaml"))));
        QVERIFY(QFile::copy(QStringLiteral(PULLSCOPE_TEST_DATA "/scenarios/bad/bad-difficulty.yaml"),
            dir.filePath(QStringLiteral("broken.yaml"))));
        {
            ScenarioGallery gallery;
            gallery.setFolder(dir.path());
            QCOMPARE(gallery.model()->rowCount(), bundledCount() + 1);
            const int row = gallery.model()->rowOf(QStringLiteral("tiny-not-found"));
            QVERIFY(row >= 0);
            QCOMPARE(gallery.model()->index(row, 0).data(ScenarioListModel::OriginRole).toInt(),
                int(ScenarioListModel::Folder));
            QVERIFY(!gallery.problemsLabel()->isHidden());
            QVERIFY2(gallery.problemsLabel()->text().contains(QStringLiteral("broken.yaml:13:")),
                qPrintable(gallery.problemsLabel()->text()));
        }
        // Remembered: a new gallery shows the folder again.
        ScenarioGallery again;
        QCOMPARE(again.folder(), dir.path());
        QCOMPARE(again.model()->rowCount(), bundledCount() + 1);
        QString error;
        QVERIFY(!again.addScenarioFile(QStringLiteral(PULLSCOPE_TEST_DATA "/scenarios/bad/focus-no-pod.yaml"), &error));
        QVERIFY2(error.contains(QStringLiteral("focus-no-pod.yaml:17:")), qPrintable(error));
        QVERIFY(again.addScenarioFile(QStringLiteral(PULLSCOPE_TEST_DATA "/scenarios/good/tiny.json"), &error));
        QCOMPARE(again.view()->currentIndex().data(ScenarioListModel::IdRole).toString(),
            QStringLiteral("tiny-not-found-json"));
        QCOMPARE(
            again.view()->currentIndex().data(ScenarioListModel::OriginRole).toInt(), int(ScenarioListModel::File));
    }

    // Save Selection as Scenario: refused fields are framed and named; the saved file
    // opens to the same diagnosis of the focus container.
    void saveSelection()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::reportLoaded);
        window.openBundledCluster();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
        const QString ns = QStringLiteral("training"), pod = QStringLiteral("segmenter-api-qtvpgrmj7f-xnhrd"),
                      container = QStringLiteral("segmenter");
        QVERIFY(window.selectContainer(ns, pod, container));
        const ContainerDiagnosis before = *window.selectedContainer();
        QCOMPARE(before.cause.id, QStringLiteral("pull-secret-mismatch"));

        ScenarioController *c = controller(window);
        SaveScenarioDialog *dialog = c->openSaveDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->idEdit()->text().isEmpty());
        QVERIFY(!dialog->titleEdit(QStringLiteral("zh_CN"))->text().isEmpty()); // from the cause
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.yaml"));
        dialog->pathEdit()->setText(path);
        dialog->titleEdit(QStringLiteral("zh_CN"))->clear();
        dialog->storyEdit(QStringLiteral("en"))->setText(QStringLiteral("The segmenter's pulls are turned away."));
        dialog->idEdit()->setText(QStringLiteral("Not A Label"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog->isMarked(QStringLiteral("spec.title.zh_CN")));
        QVERIFY(dialog->isMarked(QStringLiteral("spec.story.zh_CN")));
        QVERIFY(dialog->isMarked(QStringLiteral("metadata.name")));
        QVERIFY(!dialog->isMarked(QStringLiteral("spec.title.en")));
        QVERIFY(!dialog->problemsLabel()->isHidden());
        const QString problems = dialog->problemsLabel()->text();
        QVERIFY2(problems.contains(SaveScenarioDialog::tr("Title (Chinese)")), qPrintable(problems));
        QVERIFY2(problems.contains(SaveScenarioDialog::tr("Story (Chinese)")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("Not A Label")), qPrintable(problems));
        QVERIFY(dialog->titleEdit(QStringLiteral("zh_CN"))->styleSheet().contains(Theme::problemText().name()));

        dialog->idEdit()->setText(QStringLiteral("segmenter-secret"));
        dialog->titleEdit(QStringLiteral("zh_CN"))->setText(QStringLiteral("确实存在的凭据"));
        dialog->storyEdit(QStringLiteral("zh_CN"))->setText(QStringLiteral("segmenter 从 Harbor 拉取时被拒。"));
        dialog->difficultyBox()->setCurrentIndex(2);
        QSignalSpy saved(dialog, &SaveScenarioDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QVERIFY(QFile::exists(path));
        QVERIFY(!dialog->isMarked(QStringLiteral("spec.title.zh_CN")));

        // Read back: the description and the diagnosis.
        Scenario s;
        ClusterSnapshot snap;
        LoadError error;
        QVERIFY2(ScenarioLoader::loadFile(path, &s, &snap, &error), qPrintable(error.toString()));
        QCOMPARE(s.id, QStringLiteral("segmenter-secret"));
        QCOMPARE(s.difficulty, QStringLiteral("advanced"));
        QCOMPARE(s.expectedCause, QStringLiteral("pull-secret-mismatch"));
        QCOMPARE(s.now, window.report()->now);
        QVERIFY(!QString::fromUtf8(TestGallery::read(path)).contains(QLatin1String("FAKE-")));

        // And through the window, as a trainer would open it.
        c->openScenario(s);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, 30000);
        const ContainerDiagnosis *after = window.selectedContainer();
        QVERIFY(after);
        QCOMPARE(after->container, container);
        QCOMPARE(after->state, before.state);
        QCOMPARE(after->failingStep, before.failingStep);
        QCOMPARE(after->cause.id, before.cause.id);
        QCOMPARE(after->path, before.path);
        QTRY_VERIFY(window.windowTitle().contains(s.title.en));
    }

    void noSelectionNoDialog()
    {
        MainWindow window;
        ScenarioController *c = controller(window);
        // Nothing open: a message instead of the dialog (closed here at once).
        QTimer::singleShot(0, qApp, []() {
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
        });
        QVERIFY(!c->openSaveDialog());
    }

    void screenshots()
    {
        // scripts/screenshots.sh: PULLSCOPE_SCREENSHOT_DIR under Xvfb.
        const QString out = qEnvironmentVariable("PULLSCOPE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set PULLSCOPE_SCREENSHOT_DIR to render gallery-*.png");
        for (const QString &lang : LanguageManager::languages()) {
            setLanguage(lang);
            ScenarioGallery gallery;
            gallery.resize(1280, 860);
            gallery.show();
            QVERIFY(QTest::qWaitForWindowExposed(&gallery));
            gallery.view()->setFocus();
            QTest::qWait(200);
            const QString file = out + QStringLiteral("/gallery-") + lang + QStringLiteral(".png");
            QVERIFY(gallery.grab().save(file));
            qInfo("wrote %s", qPrintable(file));
        }
    }

public:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"

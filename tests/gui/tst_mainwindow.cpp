#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QRawFont>
#include <QSettings>
#include <QTextLayout>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

#include "containertreemodel.h"
#include "../testsupport.h"
#include "evidencepanel.h"
#include "flowchartscene.h"
#include "flownodeitem.h"
#include "languagemanager.h"
#include "mainwindow.h"

using namespace PullScope;

// The window as a user meets it: the bundled cluster opens off the GUI thread, each
// scenario's container draws its path, the evidence panel names the cause, the filter
// narrows the list, the language switches at runtime, and Chinese text has glyphs.
class TestMainWindow : public QObject
{
    Q_OBJECT

    MainWindow *m_window = nullptr;

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
        QVERIFY(m_window->report());
        QCOMPARE(m_window->report()->pods, 46);
    }

    void cleanupTestCase() { delete m_window; }

    // A language switch redraws the selected container's flowchart in the new language; it
    // once left the chart of no container behind (the view redrew what it had not been given).
    void languageSwitchKeepsTheFlowchart()
    {
        QVERIFY(m_window->selectContainer(
            QStringLiteral("training"), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"), QStringLiteral("evaluator")));
        const QString failingStep = m_window->selectedContainer()->failingStep;
        QVERIFY(!failingStep.isEmpty());
        for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            LanguageManager::instance()->setLanguage(lang);
            // QEvent::LanguageChange reaches the widgets posted, after the signal's handlers.
            QTest::qWait(50);
            FlowchartScene *scene = m_window->flowchartScene();
            QVERIFY2(scene->model().title().contains(QLatin1String("evaluator")), qPrintable(scene->model().title()));
            QCOMPARE(scene->model().node(failingStep)->state, StepState::Failing);
            QCOMPARE(scene->nodeItem(failingStep)->state(), StepState::Failing);
        }
    }

    void scenario_data()
    {
        QTest::addColumn<QStringList>("row");
        for (const QStringList &row : TestSupport::expectedSampleRows())
            if (row.value(7).contains(QLatin1String("json")))
                QTest::addRow("%s/%s", qPrintable(row[1]), qPrintable(row[2])) << row;
    }

    void scenario()
    {
        QFETCH(QStringList, row);
        QVERIFY(m_window->selectContainer(row[0], row[1], row[2]));
        const ContainerDiagnosis *d = m_window->selectedContainer();
        QVERIFY(d);
        QCOMPARE(d->state, row[4]);
        FlowchartScene *scene = m_window->flowchartScene();
        // The failing step is red on the scene, every step of the path is green or red.
        for (const QString &step : d->path) {
            FlowNodeItem *item = scene->nodeItem(step);
            QVERIFY2(item, qPrintable(step));
            QVERIFY(item->isVisible());
            const StepState expected = step == d->failingStep                      ? StepState::Failing
                : (d->state == QLatin1String("pulling") && step == d->path.last()) ? StepState::InProgress
                                                                                   : StepState::Taken;
            QCOMPARE(item->state(), expected);
        }
        if (!d->failingStep.isEmpty()) {
            const QString title = m_window->evidencePanel()->causeTitleText();
            QVERIFY(!title.isEmpty());
            QVERIFY2(scene->nodeItem(d->failingStep)->detailText().contains(title),
                qPrintable(scene->nodeItem(d->failingStep)->detailText()));
        }
    }

    void filterNarrowsTheList()
    {
        QLineEdit *filter = m_window->filterEdit();
        filter->setText(QStringLiteral("cause:image-not-found"));
        QCOMPARE(m_window->treeModel()->visibleContainers(), 6);
        filter->setText(QStringLiteral("ns:shop"));
        // catalog-api x3, checkout-api and its ephemeral debugger, orders-db-0 and its init container
        QCOMPARE(m_window->treeModel()->visibleContainers(), 7);
        filter->clear();
        QCOMPARE(m_window->treeModel()->visibleContainers(), 48);
    }

    void languageSwitchesAtRuntime()
    {
        const QString fileMenu = m_window->menuBar()->actions().first()->text();
        QVERIFY(m_window->selectContainer(
            QStringLiteral("training"), QStringLiteral("nginx-deployment-7d5bc8f9c6-xqz2k"), QStringLiteral("nginx")));
        const QString titleEn = m_window->evidencePanel()->causeTitleText();
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(m_window->menuBar()->actions().first()->text() != fileMenu);
        QVERIFY(m_window->menuBar()->actions().first()->text().contains(QStringLiteral("文件")));
        QTRY_VERIFY(m_window->evidencePanel()->causeTitleText() != titleEn);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), fileMenu);
        QCOMPARE(m_window->evidencePanel()->causeTitleText(), titleEn);
    }

    void chineseTextHasGlyphs()
    {
        // Every Chinese string the UI can show is laid out with the application font;
        // no character may fall to the missing-glyph box (glyph index 0).
        QFile ts(QStringLiteral(PULLSCOPE_SOURCE_DIR "/translations/pullscope_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QStringList texts;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("translation"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts.size() > 100);
        int checked = 0;
        for (const QString &text : std::as_const(texts)) {
            QTextLayout layout(text, QApplication::font());
            layout.beginLayout();
            while (layout.createLine().isValid()) { }
            layout.endLayout();
            for (const QGlyphRun &run : layout.glyphRuns())
                for (quint32 glyph : run.glyphIndexes())
                    QVERIFY2(glyph != 0, qPrintable(QStringLiteral("tofu in: ") + text));
            ++checked;
        }
        qInfo("laid out %d Chinese strings without a missing glyph", checked);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFontInfo>
#include <QGlyphRun>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextLayout>
#include <QTranslator>
#include <QtTest>

#include "../testsupport.h"
#include "languagemanager.h"
#include "rulebook.h"
#include "theme.h"
#include "training/glossary.h"
#include "training/glossarytablemodel.h"
#include "training/sidebysideview.h"
#include "markingtranslator.h"

using namespace PullScope;
using TestSupport::MarkingTranslator;

namespace {

bool hasHan(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace

// The side-by-side view on real containers of the bundled cluster: one row per event,
// the original English on the left and Chinese on the right in either UI language, the
// glossary terms highlighted and looked up, and the searchable glossary tab.
class TestSideBySide : public QObject
{
    Q_OBJECT

    DiagnosisReport m_cluster;

    const ContainerDiagnosis &container(const QString &pod) const
    {
        for (const ContainerDiagnosis &c : m_cluster.containers)
            if (c.pod == pod)
                return c;
        qFatal("no pod %s", qPrintable(pod));
    }

private Q_SLOTS:
    void initTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_cluster = TestSupport::bundledCluster();
    }

    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void rows_data()
    {
        QTest::addColumn<QString>("pod");
        for (const char *pod :
            {"nginx-deployment-7d5bc8f9c6-xqz2k", "evaluator-mh4mzgm7xz-bz27r", "legacy-app-h8r5dmjkvb-pdpfx",
                "offline-app", "dataset-indexer-xjdqqff95c-v8mqx", "notebook-plvk8xfwv6-lfskw", "image-case-demo",
                "legacy-billing-h7clxhrx59-mvscl", "llm-finetune-f2pkr"})
            QTest::newRow(pod) << QString::fromLatin1(pod);
    }

    // Rows equal the container's events; left is the message as it is in the data, in a
    // fixed-pitch font; right is Chinese, with the reason's meaning on every row and the
    // cause's Chinese title and explanation on the row that proves it.
    void rows()
    {
        QFETCH(QString, pod);
        const ContainerDiagnosis &d = container(pod);
        SideBySideView v(d);
        QCOMPARE(v.rowCount(), int(d.events.size()));
        QVERIFY(v.rowCount() > 0);
        const Glossary &g = Glossary::builtin();
        for (int i = 0; i < v.rowCount(); ++i) {
            const Event &e = d.events.at(i);
            QCOMPARE(v.englishText(i), e.message);
            QVERIFY(QFontInfo(v.englishLabel(i)->font()).fixedPitch());
            QVERIFY(v.reasonLabel(i)->text().contains(e.reason));
            QVERIFY2(hasHan(v.chineseText(i)), qPrintable(v.chineseText(i)));
            QVERIFY(v.chineseText(i).contains(g.reasonMeaning(e.reason, e.message).zh));
            QCOMPARE(v.englishSpans(i), g.findEnglish(e.message));
            QCOMPARE(v.chineseSpans(i), g.findChinese(v.chineseText(i)));
        }
        if (d.hasCause) {
            const CauseResult zh = RuleBook::builtin().describe(d.cause.id, QStringLiteral("zh_CN"));
            int rowsWithCause = 0;
            for (int i = 0; i < v.rowCount(); ++i)
                if (v.chineseText(i).contains(zh.title) && v.chineseText(i).contains(zh.explanation))
                    ++rowsWithCause;
            QVERIFY2(rowsWithCause >= 1, qPrintable(d.cause.id));
            if (d.cause.evidence.event >= 0)
                QVERIFY(v.chineseText(d.cause.evidence.event).contains(zh.title));
        }
    }

    // Every span is a link to its glossary entry, drawn in the glossary colours, on both
    // sides.
    void termsAreHighlighted()
    {
        const ContainerDiagnosis &d = container(QStringLiteral("nginx-deployment-7d5bc8f9c6-xqz2k"));
        SideBySideView v(d);
        int english = 0;
        int chinese = 0;
        for (int i = 0; i < v.rowCount(); ++i) {
            const QString left = v.englishLabel(i)->text();
            for (const GlossarySpan &s : v.englishSpans(i)) {
                QVERIFY(left.contains(SideBySideView::termLink(s.entry) + QLatin1Char('\'')));
                ++english;
            }
            const QString right = v.chineseLabel(i)->text();
            for (const GlossarySpan &s : v.chineseSpans(i)) {
                QVERIFY(right.contains(SideBySideView::termLink(s.entry) + QLatin1Char('\'')));
                ++chinese;
            }
            if (!v.englishSpans(i).isEmpty())
                QVERIFY(left.contains(Theme::glossaryTerm().name()));
        }
        QVERIFY(english >= 10);
        QVERIFY(chinese >= 5);
        // The "not found" of the runtime's error and 镜像仓库 of its explanation.
        const Glossary &g = Glossary::builtin();
        const int notFound = g.indexOf(QStringLiteral("not-found"));
        const int registry = g.indexOf(QStringLiteral("registry"));
        bool left = false;
        bool right = false;
        for (int i = 0; i < v.rowCount(); ++i) {
            for (const GlossarySpan &s : v.englishSpans(i))
                left = left || s.entry == notFound;
            for (const GlossarySpan &s : v.chineseSpans(i))
                right = right || s.entry == registry;
        }
        QVERIFY(left);
        QVERIFY(right);
    }

    // Clicking (or hovering) a term shows its entry and selects it in the glossary tab.
    void termShowsItsEntry()
    {
        const ContainerDiagnosis &d = container(QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
        SideBySideView v(d);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QCOMPARE(v.shownTerm(), -1);
        const Glossary &g = Glossary::builtin();
        int row = -1;
        for (int i = 0; i < v.rowCount() && row < 0; ++i)
            if (!v.englishSpans(i).isEmpty())
                row = i;
        QVERIFY(row >= 0);
        const int entry = v.englishSpans(row).first().entry;
        Q_EMIT v.englishLabel(row)->linkActivated(SideBySideView::termLink(entry));
        QCOMPARE(v.shownTerm(), entry);
        QVERIFY(v.termDetailText().contains(g.entries().at(entry).term.en));
        QVERIFY(v.termDetailText().contains(g.entries().at(entry).term.zh));
        QVERIFY(v.termDetailText().contains(g.entries().at(entry).definition.en));
        const QModelIndex current = v.glossaryTable()->selectionModel()->selectedRows().value(0);
        QCOMPARE(current.data(GlossaryTableModel::EntryRole).toInt(), entry);
        // Hovering a Chinese term does the same.
        int zhRow = -1;
        for (int i = 0; i < v.rowCount() && zhRow < 0; ++i)
            if (!v.chineseSpans(i).isEmpty())
                zhRow = i;
        QVERIFY(zhRow >= 0);
        const int zhEntry = v.chineseSpans(zhRow).last().entry;
        Q_EMIT v.chineseLabel(zhRow)->linkHovered(SideBySideView::termLink(zhEntry));
        QCOMPARE(v.shownTerm(), zhEntry);
        QCOMPARE(SideBySideView::entryOfLink(QStringLiteral("https://example.com")), -1);
    }

    // The two text columns stay English and Chinese in either UI language; what comes
    // from data in the UI language (the term detail, the definitions) switches.
    void languageSwitch()
    {
        const ContainerDiagnosis &d = container(QStringLiteral("nginx-deployment-7d5bc8f9c6-xqz2k"));
        SideBySideView v(d);
        v.showTerm(Glossary::builtin().indexOf(QStringLiteral("back-off")));
        const QString detailEn = v.termDetailText();
        QStringList left, right;
        for (int i = 0; i < v.rowCount(); ++i) {
            left << v.englishLabel(i)->text();
            right << v.chineseLabel(i)->text();
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(v.termDetailText() != detailEn);
        // The detail leads with the definition in the UI language now.
        QVERIFY(hasHan(v.termDetailText().section(QLatin1Char('\n'), 1, 1)));
        const QModelIndex def = v.glossaryModel()->index(0, GlossaryTableModel::DefinitionColumn);
        QVERIFY(hasHan(def.data().toString()));
        QVERIFY(!hasHan(def.data(Qt::ToolTipRole).toString()));
        for (int i = 0; i < v.rowCount(); ++i) {
            QCOMPARE(v.englishLabel(i)->text(), left[i]);
            QCOMPARE(v.chineseLabel(i)->text(), right[i]);
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(v.termDetailText(), detailEn);
        QVERIFY(!hasHan(def.data().toString()));
    }

    // Every label, header and tab title goes through tr() and is set again on a language
    // change: a translator that marks the view's strings marks them all, and the rows do
    // not change.
    void labelsAreRetranslated()
    {
        const ContainerDiagnosis &d = container(QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
        SideBySideView v(d);
        const QString firstRow = v.englishLabel(0)->text();
        const QString firstZh = v.chineseLabel(0)->text();
        QSignalSpy headers(v.glossaryModel(), &QAbstractItemModel::headerDataChanged);
        MarkingTranslator marks({"PullScope::SideBySideView", "PullScope::GlossaryTableModel"});
        QVERIFY(QCoreApplication::installTranslator(&marks));
        const QString m = marks.mark();
        QTRY_VERIFY(v.columnHeaders().first().startsWith(m));
        for (const QString &h : v.columnHeaders())
            QVERIFY2(h.startsWith(m), qPrintable(h));
        QVERIFY(v.tabs()->tabText(0).startsWith(m));
        QVERIFY(v.tabs()->tabText(1).startsWith(m));
        QVERIFY(v.headerText().startsWith(m));
        QVERIFY(v.windowTitle().startsWith(m));
        QVERIFY(v.glossarySearch()->placeholderText().startsWith(m));
        for (int c = 0; c < GlossaryTableModel::ColumnCount; ++c)
            QVERIFY(v.glossaryModel()->headerData(c, Qt::Horizontal).toString().startsWith(m));
        QCOMPARE(v.englishLabel(0)->text(), firstRow);
        QCOMPARE(v.chineseLabel(0)->text(), firstZh);
        QVERIFY(QCoreApplication::removeTranslator(&marks));
        QTRY_VERIFY(!v.columnHeaders().first().startsWith(m));
        // The language manager's switch tells views of the model to fetch the headers again.
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(headers.count() >= 1);
    }

    void glossaryTab()
    {
        const ContainerDiagnosis &d = container(QStringLiteral("nginx-deployment-7d5bc8f9c6-xqz2k"));
        SideBySideView v(d);
        QAbstractItemModelTester modelTester(v.glossaryModel());
        QAbstractItemModelTester proxyTester(v.glossaryProxy());
        const Glossary &g = Glossary::builtin();
        QCOMPARE(v.glossaryModel()->rowCount(), int(g.entries().size()));
        QVERIFY(v.glossaryModel()->rowCount() >= 40);
        QCOMPARE(v.glossaryTable()->model(), v.glossaryProxy());
        QCOMPARE(v.tabs()->count(), 2);

        auto found = [&v]() {
            QStringList ids;
            for (int r = 0; r < v.glossaryProxy()->rowCount(); ++r) {
                const int entry = v.glossaryProxy()->index(r, 0).data(GlossaryTableModel::EntryRole).toInt();
                ids << Glossary::builtin().entries().at(entry).id;
            }
            return ids;
        };
        // By the Chinese term, the English term (any case), or a word of a definition.
        v.glossarySearch()->setText(QStringLiteral("退避"));
        QVERIFY(found().contains(QStringLiteral("back-off")));
        QVERIFY(!found().contains(QStringLiteral("proxy")));
        v.glossarySearch()->setText(QStringLiteral("MIRROR"));
        QVERIFY(found().contains(QStringLiteral("mirror")));
        v.glossarySearch()->setText(QStringLiteral("hosts.toml"));
        QVERIFY(found().contains(QStringLiteral("mirror")));
        QVERIFY(found().contains(QStringLiteral("certificate-authority")));
        v.glossarySearch()->setText(QStringLiteral("no-such-term-xyz"));
        QCOMPARE(v.glossaryProxy()->rowCount(), 0);
        v.glossarySearch()->clear();
        QCOMPARE(v.glossaryProxy()->rowCount(), int(g.entries().size()));

        const QModelIndex image = v.glossaryModel()->index(g.indexOf(QStringLiteral("image")), 0);
        QCOMPARE(image.data().toString(), QStringLiteral("image"));
        QCOMPARE(image.siblingAtColumn(GlossaryTableModel::ChineseColumn).data().toString(), QStringLiteral("镜像"));
        QVERIFY(hasHan(image.data(Qt::ToolTipRole).toString()));
    }

    // Every Chinese text of the glossary has glyphs in the application font (no tofu).
    void chineseHasGlyphs()
    {
        const Glossary &g = Glossary::builtin();
        QStringList texts;
        for (const GlossaryEntry &e : g.entries())
            texts << e.term.zh << e.definition.zh;
        for (const ReasonMeaning &r : g.reasons())
            texts << r.text.zh;
        for (const QString &text : std::as_const(texts)) {
            QTextLayout layout(text, QApplication::font());
            layout.beginLayout();
            while (layout.createLine().isValid()) { }
            layout.endLayout();
            for (const QGlyphRun &run : layout.glyphRuns())
                for (quint32 glyph : run.glyphIndexes())
                    QVERIFY2(glyph != 0, qPrintable(QStringLiteral("tofu in: ") + text));
        }
    }

    // scripts/screenshots.sh: PULLSCOPE_SCREENSHOT_DIR=... under Xvfb.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("PULLSCOPE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set PULLSCOPE_SCREENSHOT_DIR to render sidebyside-*.png");
        const ContainerDiagnosis &d = container(QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
        for (const QString &lang : LanguageManager::languages()) {
            LanguageManager::instance()->setLanguage(lang);
            SideBySideView v(d);
            v.resize(1400, 900);
            v.show();
            QVERIFY(QTest::qWaitForWindowExposed(&v));
            v.showTerm(Glossary::builtin().indexOf(QStringLiteral("pull-secret")));
            QTest::qWait(300);
            QString file = out + QStringLiteral("/sidebyside-") + lang + QStringLiteral(".png");
            QVERIFY(v.grab().save(file));
            qInfo("wrote %s", qPrintable(file));
            v.tabs()->setCurrentIndex(1);
            v.glossarySearch()->setText(
                lang == QLatin1String("en") ? QStringLiteral("registry") : QStringLiteral("镜像"));
            QTest::qWait(300);
            file = out + QStringLiteral("/glossary-") + lang + QStringLiteral(".png");
            QVERIFY(v.grab().save(file));
            qInfo("wrote %s", qPrintable(file));
        }
    }
};

QTEST_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"

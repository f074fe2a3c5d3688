#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

#include "../testsupport.h"

#include "diagnosisengine.h"
#include "evidencepanel.h"
#include "eventtablemodel.h"
#include "highlightdelegate.h"
#include "inputloader.h"
#include "kubectltext.h"
#include "languagemanager.h"
#include "rulebook.h"
#include "theme.h"

using namespace PullScope;

// The evidence and fix panel on the bundled training cluster: cause card, highlighted
// span, timeline, filled commands, clipboard, selection from the flowchart, language.
class TestEvidencePanel : public QObject
{
    Q_OBJECT

    static const DiagnosisReport &report()
    {
        static DiagnosisReport r = TestSupport::bundledCluster();
        return r;
    }

    static const ContainerDiagnosis *find(const QString &pod, const QString &container)
    {
        for (const ContainerDiagnosis &c : report().containers)
            if (c.pod == pod && c.container == container)
                return &c;
        return nullptr;
    }

private Q_SLOTS:
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void scenario_data()
    {
        QTest::addColumn<QString>("pod");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("expectedCommand"); // one filled command the card must offer
        QTest::newRow("image-not-found") << "nginx-deployment-7d5bc8f9c6-xqz2k"
                                         << "nginx"
                                         << "image-not-found"
                                         << "skopeo list-tags docker://docker.io/library/nginx";
        QTest::newRow("unauthorized")
            << "feature-trainer-fg2zkcsqmn-rlbbd"
            << "trainer"
            << "unauthorized"
            << "kubectl create secret docker-registry <secret> --docker-server=harbor.example.com "
               "--docker-username=<user> --docker-password=<password> -n training";
        QTest::newRow("proxy-error") << "statsd-exporter-nblnrw7tnq-jzfcs"
                                     << "exporter"
                                     << "proxy-error"
                                     << "curl -x http://<proxy>:<port> -I https://registry-1.docker.io/v2/";
        QTest::newRow("never-pull-missing") << "offline-app"
                                            << "app"
                                            << "never-pull-missing"
                                            << "kubectl get node node-01 -o json | jq '.status.images[].names'";
        QTest::newRow("root-cause-expired") << "notebook-plvk8xfwv6-lfskw"
                                            << "notebook"
                                            << "root-cause-expired"
                                            << "kubectl describe pod notebook-plvk8xfwv6-lfskw -n training";
        QTest::newRow("not-a-pull-problem") << "billing-worker-pts5c9k27x-p5qkg"
                                            << "worker"
                                            << "not-a-pull-problem"
                                            << "kubectl describe pod billing-worker-pts5c9k27x-p5qkg -n training";
        QTest::newRow("ok") << "model-registry-ui-ngb8t8nm76-pkpfr"
                            << "ui"
                            << ""
                            << "";
    }

    void scenario()
    {
        QFETCH(QString, pod);
        QFETCH(QString, container);
        QFETCH(QString, cause);
        QFETCH(QString, expectedCommand);
        const ContainerDiagnosis *d = find(pod, container);
        QVERIFY(d);
        QCOMPARE(d->hasCause ? d->cause.id : QString(), cause);

        EvidencePanel panel;
        panel.resize(1000, 800);
        panel.setContainer(d, report().now);

        // Title: the rule's, in the UI language; the green card when nothing failed.
        if (d->hasCause)
            QCOMPARE(panel.causeTitleText(), RuleBook::builtin().describe(cause, QStringLiteral("en")).title);
        else
            QCOMPARE(panel.causeTitleText(), QStringLiteral("No image pull problem"));

        // Highlighted span: exactly the evidence's.
        const Evidence &ev = d->cause.evidence;
        if (d->hasCause && ev.matchStart >= 0) {
            QVERIFY(!panel.highlightedEvidence().isEmpty());
            QCOMPARE(panel.highlightedEvidence(), ev.message.mid(ev.matchStart, ev.matchEnd - ev.matchStart));
        } else {
            QVERIFY(panel.highlightedEvidence().isEmpty());
        }

        // Timeline: one row per event, the evidence row (only) marked and carrying the span.
        QAbstractItemModel *model = panel.timelineView()->model();
        QCOMPARE(model->rowCount(), int(d->events.size()));
        const bool eventEvidence = d->hasCause && ev.source == QLatin1String("event") && ev.event >= 0;
        int marked = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex msg = model->index(r, EventTableModel::MessageColumn);
            QCOMPARE(msg.data(Qt::DisplayRole).toString(), d->events[r].message);
            QCOMPARE(msg.data(Qt::ToolTipRole).toString(), d->events[r].message);
            if (msg.data(EventTableModel::EvidenceRole).toBool()) {
                ++marked;
                QCOMPARE(r, ev.event);
                QVERIFY(msg.data(Qt::FontRole).value<QFont>().bold());
                if (ev.matchStart >= 0) {
                    QCOMPARE(msg.data(EventTableModel::MatchStartRole).toInt(), ev.matchStart);
                    QCOMPARE(msg.data(EventTableModel::MatchEndRole).toInt(), ev.matchEnd);
                }
            } else {
                QCOMPARE(msg.data(EventTableModel::MatchStartRole).toInt(), -1);
                QCOMPARE(msg.data(EventTableModel::MatchEndRole).toInt(), -1);
            }
            if (d->events[r].type == QLatin1String("Warning"))
                QCOMPARE(model->index(r, EventTableModel::TypeColumn).data(Qt::ForegroundRole).value<QColor>(),
                    Theme::failing());
        }
        QCOMPARE(marked, eventEvidence ? 1 : 0);
        // Every cause scenario above rests on an event, so the marking is exercised.
        QCOMPARE(eventEvidence, d->hasCause);

        // Commands: placeholders filled with this container's values; Copy puts them on the clipboard.
        const QStringList commands = panel.commandTexts();
        QCOMPARE(panel.copyButtons().size(), commands.size());
        if (!d->hasCause) {
            QVERIFY(commands.isEmpty());
            QVERIFY(!panel.fixButton()->isVisibleTo(&panel));
            return;
        }
        QVERIFY2(commands.contains(expectedCommand), qPrintable(commands.join(QLatin1Char('\n'))));
        for (const QString &cmd : commands)
            for (const char *p : {"<pod>", "<namespace>", "<node>", "<container>", "<registry>"})
                QVERIFY2(!cmd.contains(QLatin1String(p)), qPrintable(cmd));
        const int last = int(commands.size()) - 1;
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(panel.copyButtons().at(last), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), commands.at(last));

        // Fix: shown and enabled when the rule names a wizard that exists; clicking it asks
        // for that wizard.
        const QString wizard = RuleBook::builtin().describe(cause, QStringLiteral("en")).wizard;
        const bool hasWizard = wizard == QLatin1String("secret") || wizard == QLatin1String("mirror")
            || wizard == QLatin1String("proxy") || wizard == QLatin1String("crio");
        QCOMPARE(panel.fixButton()->isVisibleTo(&panel), hasWizard);
        if (hasWizard) {
            QVERIFY(panel.fixButton()->isEnabled());
            QSignalSpy asked(&panel, &EvidencePanel::fixRequested);
            QTest::mouseClick(panel.fixButton(), Qt::LeftButton);
            QCOMPARE(asked.size(), 1);
            QCOMPARE(asked.first().first().toString(), wizard);
        }
    }

    void headerShowsReferenceAndPolicy()
    {
        const ContainerDiagnosis *d = find(QStringLiteral("model-registry-ui-ngb8t8nm76-pkpfr"), QStringLiteral("ui"));
        QVERIFY(d);
        EvidencePanel panel;
        panel.setContainer(d, report().now);
        const QString header = panel.headerText();
        QVERIFY2(header.contains(d->imageRef.registry), qPrintable(header));
        QVERIFY2(header.contains(d->imageRef.repository), qPrintable(header));
        QVERIFY2(header.contains(d->policy), qPrintable(header));
        QVERIFY2(header.contains(d->node), qPrintable(header));
        if (d->imageSizeBytes >= 0)
            QVERIFY2(header.contains(QStringLiteral(" MB")), qPrintable(header));

        // An unparsable name shows the parse error instead of the pieces.
        const ContainerDiagnosis *bad = find(QStringLiteral("image-case-demo"), QStringLiteral("app"));
        QVERIFY(bad);
        QVERIFY(!bad->imageRef.isValid());
        panel.setContainer(bad, report().now);
        QVERIFY2(panel.headerText().contains(bad->imageRef.errorText()), qPrintable(panel.headerText()));
    }

    void warningsOfAHealthyContainer()
    {
        // docs-site pulled fine although its pull secret is missing: green card plus the warning.
        const ContainerDiagnosis *d = find(QStringLiteral("docs-site-8ntgkwm8xx-g7b4p"), QStringLiteral("nginx"));
        QVERIFY(d);
        QVERIFY(!d->hasCause);
        QVERIFY(!d->warnings.isEmpty());
        EvidencePanel panel;
        panel.setContainer(d, report().now);
        QCOMPARE(panel.causeTitleText(), QStringLiteral("No image pull problem"));
        bool shown = false;
        for (const QLabel *l : panel.findChildren<QLabel *>())
            if (l->isVisibleTo(&panel) && l->text().contains(d->warnings.first().toHtmlEscaped()))
                shown = true;
        QVERIFY(shown);
    }

    void evidenceIsEscaped()
    {
        ContainerDiagnosis d;
        d.namespace_ = QStringLiteral("ns");
        d.pod = QStringLiteral("p");
        d.container = QStringLiteral("c");
        d.state = QStringLiteral("failing");
        d.hasCause = true;
        d.cause.id = QStringLiteral("image-not-found");
        Event e;
        e.type = QStringLiteral("Warning");
        e.reason = QStringLiteral("Failed");
        e.message = QStringLiteral("<b>bold</b> & manifest unknown");
        d.events << e;
        d.cause.evidence = {QStringLiteral("event"), 0, e.message, 14, 30};
        EvidencePanel panel;
        panel.setContainer(&d, QDateTime::currentDateTimeUtc());
        QCOMPARE(panel.highlightedEvidence(), QStringLiteral("manifest unknown"));
        bool escaped = false;
        for (const QLabel *l : panel.findChildren<QLabel *>()) {
            QVERIFY2(!l->text().contains(QLatin1String("<b>bold</b>")), qPrintable(l->text()));
            escaped = escaped || l->text().contains(QLatin1String("&lt;b&gt;bold&lt;/b&gt; &amp; "));
        }
        QVERIFY(escaped);
        // Nothing selected: the panel says so.
        panel.setContainer(nullptr, QDateTime());
        QCOMPARE(panel.timelineView()->model()->rowCount(), 0);
        QVERIFY(panel.causeTitleText().isEmpty());
    }

    void modelTester()
    {
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const ContainerDiagnosis &c : report().containers) {
            model.setContainer(&c, report().now);
            for (int r = 0; r < model.rowCount(); ++r)
                for (int col = 0; col < model.columnCount(); ++col)
                    QVERIFY(model.index(r, col).data().isValid());
        }
        model.setContainer(nullptr, report().now);
        QCOMPARE(model.rowCount(), 0);
        model.retranslate();
    }

    void selectEvents()
    {
        const ContainerDiagnosis *d
            = find(QStringLiteral("nginx-deployment-7d5bc8f9c6-xqz2k"), QStringLiteral("nginx"));
        QVERIFY(d);
        QVERIFY(d->events.size() >= 4);
        EvidencePanel panel;
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setContainer(d, report().now);
        const int lastRow = int(d->events.size()) - 1;
        panel.selectEvents({lastRow, 1, 99, -1});
        QItemSelectionModel *sel = panel.timelineView()->selectionModel();
        QList<int> rows;
        for (const QModelIndex &i : sel->selectedRows())
            rows << i.row();
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (QList<int> {1, lastRow}));
        QCOMPARE(sel->currentIndex().row(), 1);
        // A second step replaces the selection.
        panel.selectEvents({0});
        QCOMPARE(sel->selectedRows().size(), 1);
        QCOMPARE(sel->selectedRows().first().row(), 0);
        panel.selectEvents({});
        QVERIFY(sel->selectedRows().isEmpty());
        // Painting with the highlight delegate works on a real view.
        QVERIFY(!panel.grab().isNull());
    }

    void humanDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        const QList<QPair<qint64, const char *>> rows = {
            {-5, "<invalid>"},
            {-1, "0s"},
            {0, "0s"},
            {45, "45s"},
            {119, "119s"},
            {120, "2m"},
            {130, "2m10s"},
            {599, "9m59s"},
            {600, "10m"},
            {10799, "179m"},
            {10800, "3h"},
            {3 * 3600 + 300, "3h5m"},
            {8 * 3600, "8h"},
            {47 * 3600 + 3599, "47h"},
            {48 * 3600, "2d"},
            {52 * 3600, "2d4h"},
            {8 * 86400, "8d"},
            {729 * 86400, "729d"},
            {730 * 86400, "2y"},
            {(730 + 45) * 86400, "2y45d"},
            {8 * 365 * 86400, "8y"},
        };
        for (const auto &r : rows)
            QTest::addRow("%s", r.second) << r.first << QString::fromLatin1(r.second);
    }

    void humanDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(KubectlText::humanDuration(seconds), expected);
    }

    void ageColumn()
    {
        ContainerDiagnosis d;
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-02-03T09:24:00Z"), Qt::ISODate);
        Event single;
        single.firstTimestamp = single.lastTimestamp = now.addSecs(-45);
        Event repeated;
        repeated.count = 4;
        repeated.firstTimestamp = now.addSecs(-600);
        repeated.lastTimestamp = now.addSecs(-130);
        Event printed; // from describe text: the printed ages are the evidence
        printed.count = 5;
        printed.setAge(QStringLiteral("65s"), QStringLiteral("75s"));
        printed.firstTimestamp = now.addSecs(-1000);
        printed.lastTimestamp = now.addSecs(-1000);
        Event unknown;
        d.events = {single, repeated, printed, unknown};
        EventTableModel model;
        model.setContainer(&d, now);
        auto age = [&](int r) { return model.index(r, EventTableModel::AgeColumn).data().toString(); };
        QCOMPARE(age(0), QStringLiteral("45s"));
        QCOMPARE(age(1), QStringLiteral("2m10s (x4 over 10m)"));
        QCOMPARE(age(2), QStringLiteral("65s (x5 over 75s)"));
        QCOMPARE(age(3), QStringLiteral("<unknown>"));
        QCOMPARE(model.index(1, EventTableModel::CountColumn).data().toInt(), 4);
    }

    void elisionKeepsTheSpan()
    {
        // A long CJK-and-Latin message whose span sits at the end still shows the span.
        const QString prefix = QString(40, QChar(0x955c)) + QStringLiteral(" rpc error: code = NotFound desc = ");
        const QString span = QStringLiteral("manifest unknown");
        const QString message = prefix + span + QStringLiteral(" 镜像不存在");
        QFont font;
        const int width = QFontMetrics(font).horizontalAdvance(span) * 3;
        const HighlightDelegate::Elided e
            = HighlightDelegate::elide(message, int(prefix.size()), int(prefix.size() + span.size()), font, width);
        QVERIFY2(e.spanStart >= 0, qPrintable(e.text));
        QCOMPARE(e.text.mid(e.spanStart, e.spanEnd - e.spanStart), span);
        QVERIFY(e.text.size() < message.size());
        QVERIFY(QFontMetrics(font).horizontalAdvance(e.text) <= width);
        // Enough room: nothing is cut.
        const HighlightDelegate::Elided full = HighlightDelegate::elide(span, 0, 8, font, 10000);
        QCOMPARE(full.text, span);
        QCOMPARE(full.spanEnd, 8);
        // No span: plain right elision.
        const HighlightDelegate::Elided plain = HighlightDelegate::elide(message, -1, -1, font, width);
        QCOMPARE(plain.spanStart, -1);
        QVERIFY(plain.text.startsWith(QChar(0x955c)));
    }

    void languageSwitch()
    {
        const ContainerDiagnosis *d
            = find(QStringLiteral("nginx-deployment-7d5bc8f9c6-xqz2k"), QStringLiteral("nginx"));
        QVERIFY(d);
        EvidencePanel panel;
        panel.setContainer(d, report().now);
        const QString en = RuleBook::builtin().describe(d->cause.id, QStringLiteral("en")).title;
        const QString zh = RuleBook::builtin().describe(d->cause.id, QStringLiteral("zh_CN")).title;
        QVERIFY(en != zh);
        QCOMPARE(panel.causeTitleText(), en);
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        // Rule text is data: it follows the language with or without a .qm.
        QCOMPARE(panel.causeTitleText(), zh);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(panel.causeTitleText(), en);

        // Labels shared with the reports come from the existing ReportWriter catalogue.
        auto visibleLabel = [&panel](const QString &text) {
            for (const QLabel *l : panel.findChildren<QLabel *>())
                if (l->isVisibleTo(&panel) && l->text() == text)
                    return true;
            return false;
        };
        QVERIFY(visibleLabel(QStringLiteral("Remediation")));
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        const QString remediation = QCoreApplication::translate("ReportWriter", "Remediation");
        // QApplication posts LanguageChange to top-level widgets: wait for it.
        if (remediation != QLatin1String("Remediation")) {
            QTRY_VERIFY(visibleLabel(remediation));
            QVERIFY(!visibleLabel(QStringLiteral("Remediation")));
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(visibleLabel(QStringLiteral("Remediation")));

        // The panel's own strings need the zh_CN catalogue.
        const ContainerDiagnosis *ok = find(QStringLiteral("model-registry-ui-ngb8t8nm76-pkpfr"), QStringLiteral("ui"));
        panel.setContainer(ok, report().now);
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        const QString translated = QCoreApplication::translate("PullScope::EvidencePanel", "No image pull problem");
        if (!QFile::exists(QStringLiteral(":/i18n/pullscope_zh_CN.qm"))
            || translated == QLatin1String("No image pull problem"))
            QSKIP("no zh_CN .qm with the evidence panel's strings is loaded");
        QTRY_COMPARE(panel.causeTitleText(), translated);
    }
};

QTEST_MAIN(TestEvidencePanel)
#include "tst_evidencepanel.moc"

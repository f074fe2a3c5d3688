// Tools > Audit in the window: the findings of the bundled cluster as the CLI prints them,
// the table's filter, a finding selecting its container and opening its fix wizard,
// exports byte-equal to `pullscope-cli audit --format ...`, the correlation tab's groups
// with their readings, and the language switch.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include "../testsupport.h"
#include "audit/auditcontroller.h"
#include "audit/auditfiltermodel.h"
#include "audit/auditfindingmodel.h"
#include "audit/auditwindow.h"
#include "audit/correlationmodel.h"
#include "audit/failurecorrelation.h"
#include "alertwizard.h"
#include "fixwizard.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "secretwizard.h"

using namespace PullScope;

namespace {
const QString Sample = QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json");

QByteArray cliAudit(const QString &format, const QString &lang = QStringLiteral("en"))
{
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI),
        {QStringLiteral("audit"), Sample, QStringLiteral("--format"), format, QStringLiteral("--lang"), lang});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pullscope-cli audit failed: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

int rowOf(const AuditFindingModel *m, const QString &id, const QString &pod)
{
    for (int i = 0; i < m->findings().size(); ++i)
        if (m->findings()[i].id == id && (m->findings()[i].pod == pod || m->findings()[i].name == pod))
            return i;
    return -1;
}
} // namespace

class TestAuditView : public QObject
{
    Q_OBJECT

    MainWindow *m_window = nullptr;
    AuditController *m_controller = nullptr;
    AuditWindow *m_audit = nullptr;

    bool rerun()
    {
        QSignalSpy done(m_controller, &AuditController::auditFinished);
        m_controller->runAudit();
        return done.wait(30000);
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
        // The file on disk, not the bundled resource: the CLI is given the same path, and
        // the JSON names the file each finding was read from.
        m_window->openPaths({Sample});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        m_controller = m_window->findChild<AuditController *>();
        QVERIFY(m_controller);
        QVERIFY(m_window->toolsMenu()->actions().contains(m_controller->auditAction()));
        QVERIFY(m_window->toolsMenu()->actions().contains(m_controller->alertAction()));
        QVERIFY(m_window->toolsMenu()->actions().contains(m_controller->fixPackAction()));
        QCOMPARE(m_controller->auditAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

        QSignalSpy done(m_controller, &AuditController::auditFinished);
        m_controller->auditAction()->trigger();
        QVERIFY(done.wait(30000));
        m_audit = m_controller->auditWindow();
        QVERIFY(m_audit && m_audit->isVisible());
    }

    void cleanupTestCase() { delete m_window; }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester findings(
            m_audit->findingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filter(m_audit->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester correlation(
            m_audit->correlationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A run resets every model under the testers; so do filtering and sorting.
        QVERIFY(rerun());
        m_audit->filterEdit()->setText(QStringLiteral("training"));
        m_audit->severityBox()->setCurrentIndex(2);
        m_audit->findingsView()->sortByColumn(AuditFindingModel::Image, Qt::DescendingOrder);
        m_audit->severityBox()->setCurrentIndex(0);
        m_audit->filterEdit()->clear();
        m_audit->findingsView()->sortByColumn(AuditFindingModel::Severity, Qt::AscendingOrder);
        QVERIFY(m_audit->findingModel()->rowCount() > 0);
    }

    // The table holds exactly the findings `pullscope-cli audit --format json` prints.
    void findingsEqualTheCli()
    {
        const QJsonArray cli = QJsonDocument::fromJson(cliAudit(QStringLiteral("json")))
                                   .object()
                                   .value(QStringLiteral("findings"))
                                   .toArray();
        const QList<AuditFinding> &shown = m_audit->findingModel()->findings();
        QCOMPARE(shown.size(), cli.size());
        QVERIFY(shown.size() >= 30); // tests/data/audit/bundled-expected.tsv lists 33
        for (int i = 0; i < cli.size(); ++i) {
            const QJsonObject o = cli[i].toObject();
            const AuditFinding &f = shown[i];
            QCOMPARE(f.id, o.value(QStringLiteral("id")).toString());
            QCOMPARE(f.severity, o.value(QStringLiteral("severity")).toString());
            QCOMPARE(f.namespace_, o.value(QStringLiteral("namespace")).toString());
            QCOMPARE(f.pod, o.value(QStringLiteral("pod")).toString());
            QCOMPARE(f.container, o.value(QStringLiteral("container")).toString());
            QCOMPARE(f.image, o.value(QStringLiteral("image")).toString());
            QCOMPARE(f.wizard, o.value(QStringLiteral("wizard")).toString());
            QCOMPARE(f.detail, o.value(QStringLiteral("detail")).toString());
            // The table shows the translated title, not the id.
            const QModelIndex title = m_audit->findingModel()->index(i, AuditFindingModel::Finding);
            QCOMPARE(title.data().toString(), AuditEngine::findingTitle(f.id));
            QVERIFY(title.data().toString() != f.id);
        }
        // The summary counts what the table holds.
        QVERIFY2(m_audit->summaryLabel()->text().contains(QStringLiteral("%1 findings").arg(shown.size())),
            qPrintable(m_audit->summaryLabel()->text()));
        QCOMPARE(m_audit->registryTable()->rowCount(), m_audit->auditReport().registries.size());
        QVERIFY(m_audit->dockerHubLabel()->text().contains(QLatin1String("Docker Hub")));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("podPrefix");
        QTest::addRow("finding id") << QStringLiteral("latest-tag") << 0 << QStringLiteral("latest-tag") << QString();
        QTest::addRow("pod and secret") << QStringLiteral("docs-site legacy-regcred") << 0
                                        << QStringLiteral("missing-pull-secret") << QStringLiteral("docs-site");
        QTest::addRow("severity") << QString() << 1 << QString() << QString();
        QTest::addRow("severity and namespace") << QStringLiteral("shop") << 3 << QString() << QString();
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(int, severity);
        QFETCH(QString, id);
        QFETCH(QString, podPrefix);
        static const QString severities[]
            = {{}, QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
        m_audit->filterEdit()->setText(text);
        m_audit->severityBox()->setCurrentIndex(severity);
        const QList<AuditFinding> &all = m_audit->findingModel()->findings();
        const AuditFilterModel *proxy = m_audit->filterModel();
        int expected = 0;
        for (const AuditFinding &f : all) {
            const bool shop = text != QLatin1String("shop") || f.namespace_ == text;
            if ((severity == 0 || f.severity == severities[severity]) && (id.isEmpty() || f.id == id)
                && f.pod.startsWith(podPrefix) && shop)
                ++expected;
        }
        QVERIFY(expected > 0);
        QCOMPARE(proxy->rowCount(), expected);
        QVERIFY(proxy->rowCount() < all.size());
        m_audit->filterEdit()->clear();
        m_audit->severityBox()->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), all.size());
    }

    void selectingAFindingSelectsItsContainer_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("pod");
        QTest::addColumn<QString>("container");
        QTest::addRow("never-policy") << QStringLiteral("never-policy") << QStringLiteral("offline-app")
                                      << QStringLiteral("app");
        QTest::addRow("ephemeral container")
            << QStringLiteral("latest-tag") << QStringLiteral("checkout-api-xkkpg454sk-gbwnw")
            << QStringLiteral("debugger-h2f7j");
        // A Deployment's finding (its template, from the last-applied-configuration) selects
        // a container of one of its pods.
        QTest::addRow("workload") << QStringLiteral("implicit-policy") << QStringLiteral("web-frontend")
                                  << QStringLiteral("nginx");
        // A pod-level finding selects the pod's (only) container.
        QTest::addRow("pod level") << QStringLiteral("missing-pull-secret")
                                   << QStringLiteral("evaluator-mh4mzgm7xz-bz27r") << QStringLiteral("evaluator");
    }
    void selectingAFindingSelectsItsContainer()
    {
        QFETCH(QString, id);
        QFETCH(QString, pod);
        QFETCH(QString, container);
        // Start elsewhere so that the selection has to move.
        QVERIFY(
            m_window->selectContainer(QStringLiteral("training"), QStringLiteral("redis-0"), QStringLiteral("redis")));
        const int row = rowOf(m_audit->findingModel(), id, pod);
        QVERIFY(row >= 0);
        QVERIFY(m_audit->selectFinding(row));
        const ContainerDiagnosis *d = m_window->selectedContainer();
        QVERIFY(d);
        QVERIFY2(d->pod.startsWith(pod), qPrintable(d->pod));
        QCOMPARE(d->container, container);
    }

    // The Fix button opens the wizard the finding links to, prefilled from its container.
    void fixOpensTheFindingsWizard()
    {
        qDeleteAll(m_window->findChildren<FixWizard *>());
        const int row = rowOf(m_audit->findingModel(), QStringLiteral("missing-pull-secret"),
            QStringLiteral("docs-site-8ntgkwm8xx-g7b4p"));
        QVERIFY(row >= 0);
        QCOMPARE(m_audit->findingModel()->findings()[row].wizard, QStringLiteral("secret"));
        QVERIFY(m_audit->selectFinding(row));
        QVERIFY(m_audit->fixButton()->isEnabled());
        QTest::mouseClick(m_audit->fixButton(), Qt::LeftButton);
        const QList<FixWizard *> open = m_window->findChildren<FixWizard *>();
        QCOMPARE(open.size(), 1);
        auto *secret = qobject_cast<SecretWizard *>(open.first());
        QVERIFY(secret);
        QVERIFY(secret->isVisible());
        QCOMPARE(secret->namespaceEdit()->text(), QStringLiteral("training"));
        QCOMPARE(secret->nameEdit()->text(), QStringLiteral("legacy-regcred"));
        delete secret;

        // A finding without a wizard offers no Fix.
        const int never = rowOf(m_audit->findingModel(), QStringLiteral("never-policy"), QStringLiteral("offline-app"));
        QVERIFY(m_audit->selectFinding(never));
        QVERIFY(!m_audit->fixButton()->isEnabled());
    }

    void exportsEqualTheCli_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("csv") << QStringLiteral("csv");
        QTest::addRow("markdown") << QStringLiteral("markdown");
        QTest::addRow("json") << QStringLiteral("json");
    }
    void exportsEqualTheCli()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.out"));
        QString error;
        QVERIFY2(m_audit->exportTo(format, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY(written.size() > 500);
        QCOMPARE(written, cliAudit(format));
    }

    // Each group of the correlation tab comes with the reading that explains it.
    void correlationTab()
    {
        const Correlation expected = FailureCorrelation::correlate(TestSupport::bundledCluster());
        QVERIFY(!expected.readings.isEmpty());
        const CorrelationModel *m = m_audit->correlationModel();
        QCOMPARE(m->rowCount(), 4);
        const QModelIndex readings = m->index(0, 0);
        QCOMPARE(m->rowCount(readings), expected.readings.size());
        for (int i = 0; i < expected.readings.size(); ++i)
            QCOMPARE(m->index(i, CorrelationModel::Reading, readings).data().toString(), expected.readings[i].text);
        const QList<FailureGroup> *groups[] = {&expected.byRegistry, &expected.byNode, &expected.byTime};
        int withReading = 0;
        for (int s = 0; s < 3; ++s) {
            const QModelIndex section = m->index(s + 1, 0);
            QCOMPARE(m->rowCount(section), groups[s]->size());
            for (int g = 0; g < groups[s]->size(); ++g) {
                const FailureGroup &group = groups[s]->at(g);
                QCOMPARE(m->index(g, CorrelationModel::Containers, section).data().toString(),
                    QLocale().toString(group.containers.size()));
                const CorrelationReading *r = CorrelationModel::readingFor(expected, group);
                const QString shown = m->index(g, CorrelationModel::Reading, section).data().toString();
                QCOMPARE(shown, r ? r->text : QString());
                if (r)
                    ++withReading;
            }
        }
        QVERIFY(withReading > 0);

        // Picking a group with a reading shows its sentence and selects one of its containers.
        m_audit->tabs()->setCurrentIndex(1);
        for (int s = 1; s < 4; ++s) {
            const QModelIndex section = m->index(s, 0);
            for (int g = 0; g < m->rowCount(section); ++g) {
                const QModelIndex group = m->index(g, 0, section);
                const QString text = group.data(CorrelationModel::ReadingTextRole).toString();
                if (text.isEmpty())
                    continue;
                m_audit->correlationView()->setCurrentIndex(group);
                QCOMPARE(m_audit->readingLabel()->text(), text);
                const int first = group.data(CorrelationModel::ContainersRole).value<QList<int>>().constFirst();
                const ContainerDiagnosis &c = m_window->report()->containers[first];
                QCOMPARE(m_window->selectedContainer()->pod, c.pod);
                m_audit->tabs()->setCurrentIndex(0);
                return;
            }
        }
        QFAIL("no group with a reading");
    }

    // The titles follow the UI language; the details (written by the run) are audited again.
    void languageSwitch()
    {
        const QString enTitle = m_audit->findingModel()->index(0, AuditFindingModel::Finding).data().toString();
        const QString enDetail = m_audit->findingModel()->findings().constFirst().detail;
        const QString enHeader
            = m_audit->findingModel()->headerData(AuditFindingModel::Finding, Qt::Horizontal).toString();
        const QString id = m_audit->findingModel()->findings().constFirst().id;
        QSignalSpy done(m_controller, &AuditController::auditFinished);
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(done.wait(30000));
        QTest::qWait(50); // QEvent::LanguageChange is posted
        const QString zhTitle = m_audit->findingModel()->index(0, AuditFindingModel::Finding).data().toString();
        QCOMPARE(zhTitle, AuditEngine::findingTitle(id));
        QVERIFY(zhTitle != enTitle);
        QVERIFY(m_audit->findingModel()->findings().constFirst().detail != enDetail);
        // The correlation's readings are written again in Chinese too.
        const QModelIndex reading = m_audit->correlationModel()->index(
            0, CorrelationModel::Reading, m_audit->correlationModel()->index(0, 0));
        QVERIFY(reading.data().toString().contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
        // The Chinese JSON export equals the CLI's --lang zh_CN.
        QTemporaryDir dir;
        QString error;
        QVERIFY(m_audit->exportTo(QStringLiteral("json"), dir.filePath(QStringLiteral("a.json")), &error));
        QFile f(dir.filePath(QStringLiteral("a.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), cliAudit(QStringLiteral("json"), QStringLiteral("zh_CN")));

        done.clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(done.wait(30000));
        QTest::qWait(50);
        QCOMPARE(m_audit->findingModel()->index(0, AuditFindingModel::Finding).data().toString(), enTitle);
        QCOMPARE(m_audit->findingModel()->headerData(AuditFindingModel::Finding, Qt::Horizontal).toString(), enHeader);
        QCOMPARE(m_controller->auditAction()->text(), QStringLiteral("&Audit..."));
    }

    // scripts/screenshots.sh: PULLSCOPE_SCREENSHOT_DIR=docs/screenshots under Xvfb.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("PULLSCOPE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set PULLSCOPE_SCREENSHOT_DIR to render docs/screenshots/audit-*.png");
        for (const QString &lang : LanguageManager::languages()) {
            LanguageManager::instance()->setLanguage(lang);
            QVERIFY(rerun());
            m_audit->resize(1400, 860);
            m_audit->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_audit));
            m_audit->selectFinding(0);
            const char *tabs[] = {"findings", "correlation"};
            for (int t = 0; t < 2; ++t) {
                m_audit->tabs()->setCurrentIndex(t);
                if (t == 1) {
                    // A registry group with its reading, as a user would pick it.
                    const QModelIndex section = m_audit->correlationModel()->index(1, 0);
                    if (m_audit->correlationModel()->rowCount(section) > 0)
                        m_audit->correlationView()->setCurrentIndex(m_audit->correlationModel()->index(0, 0, section));
                }
                QTest::qWait(200);
                const QString file = out + QStringLiteral("/audit-%1-%2.png").arg(QLatin1String(tabs[t]), lang);
                QVERIFY(m_audit->grab().save(file));
                qInfo("wrote %s", qPrintable(file));
            }
            m_audit->tabs()->setCurrentIndex(0);
            AlertWizard *w = m_controller->openAlertWizard();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QTest::qWait(200);
            const QString file = out + QStringLiteral("/alert-wizard-%1.png").arg(lang);
            QVERIFY(w->grab().save(file));
            qInfo("wrote %s", qPrintable(file));
            w->next();
            QTest::qWait(200);
            const QString second = out + QStringLiteral("/alert-wizard-thresholds-%1.png").arg(lang);
            QVERIFY(w->grab().save(second));
            qInfo("wrote %s", qPrintable(second));
            w->close();
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(rerun());
    }
};

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QImage>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "../integration/apiserverharness.h"
#include "audit/auditcontroller.h"
#include "audit/auditfindingmodel.h"
#include "audit/auditwindow.h"
#include "flowchartmodel.h"
#include "flowchartscene.h"
#include "flownodeitem.h"
#include "inputloader.h"
#include "diagnosisengine.h"
#include "kube/authdoctor.h"
#include "kube/execconsentstore.h"
#include "languagemanager.h"
#include "live/connectdialog.h"
#include "live/execconsentdialog.h"
#include "live/liveconnection.h"
#include "live/livecontroller.h"
#include "live/liveindicator.h"
#include "mainwindow.h"
#include "theme.h"
#include "markingtranslator.h"

using namespace PullScope;
using TestSupport::MarkingTranslator;
using namespace PullScope::Integration;

namespace {

const char *const Training = "training";
const char *const NginxPod = "nginx-deployment-7d5bc8f9c6-xqz2k";
const char *const MyappPod = "myapp-5krvfppbrr-r9rlw";

// The training cluster's own time (its newest timestamp): the window reads the served
// recording at that time, as the offline diagnosis does, and changes are dated then.
QDateTime g_now;
QString nowText()
{
    return g_now.toString(Qt::ISODate);
}

// The pod as the server has it, with `container` now running and ready.
QByteArray runningPod(ApiServerHarness &server, const QString &pod, const QString &container)
{
    int status = 0;
    const QByteArray body = server.get(QStringLiteral("/api/v1/namespaces/training/pods/") + pod, &status);
    if (status != 200)
        return QByteArray();
    QJsonObject o = QJsonDocument::fromJson(body).object();
    QJsonObject st = o.value(QLatin1String("status")).toObject();
    QJsonArray statuses = st.value(QLatin1String("containerStatuses")).toArray();
    for (int i = 0; i < statuses.size(); ++i) {
        QJsonObject cs = statuses[i].toObject();
        if (cs.value(QLatin1String("name")).toString() != container)
            continue;
        cs.insert(QStringLiteral("state"),
            QJsonObject {{QStringLiteral("running"), QJsonObject {{QStringLiteral("startedAt"), nowText()}}}});
        cs.insert(QStringLiteral("ready"), true);
        cs.insert(QStringLiteral("started"), true);
        statuses[i] = cs;
    }
    st.insert(QStringLiteral("containerStatuses"), statuses);
    st.insert(QStringLiteral("phase"), QStringLiteral("Running"));
    o.insert(QStringLiteral("status"), st);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray pulledEvent(const QString &pod, const QString &container, const QString &image, const QString &name)
{
    const QJsonObject e {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Event")},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("namespace"), QLatin1String(Training)}}},
        {QStringLiteral("involvedObject"),
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("Pod")},
                {QStringLiteral("namespace"), QLatin1String(Training)}, {QStringLiteral("name"), pod},
                {QStringLiteral("fieldPath"), QStringLiteral("spec.containers{%1}").arg(container)}}},
        {QStringLiteral("reason"), QStringLiteral("Pulled")},
        {QStringLiteral("message"),
            QStringLiteral("Successfully pulled image \"%1\" in 1.2s (1.2s including waiting). Image size: 1000 bytes.")
                .arg(image)},
        {QStringLiteral("type"), QStringLiteral("Normal")},
        {QStringLiteral("source"), QJsonObject {{QStringLiteral("component"), QStringLiteral("kubelet")}}},
        {QStringLiteral("firstTimestamp"), nowText()}, {QStringLiteral("lastTimestamp"), nowText()},
        {QStringLiteral("count"), 1}};
    return QJsonDocument(e).toJson(QJsonDocument::Compact);
}

// Clicks `button` of the consent dialog as soon as it shows: it runs modally inside the
// event loop the test waits in.
class ConsentClicker : public QObject
{
public:
    enum Button { Deny, Once, Always };
    explicit ConsentClicker(Button b)
        : m_button(b)
    {
        startTimer(50);
    }
    int seen = 0;
    QString command;

protected:
    void timerEvent(QTimerEvent *) override
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *d = qobject_cast<ExecConsentDialog *>(w);
            if (!d || !d->isVisible())
                continue;
            ++seen;
            command = d->commandText();
            QPushButton *b = m_button == Deny ? d->denyButton()
                : m_button == Once            ? d->allowOnceButton()
                                              : d->alwaysButton();
            b->click();
        }
    }

private:
    Button m_button;
};

} // namespace

// The window watching the project's own API server (the training cluster): connecting,
// the flowchart following the cluster's events with the selection kept, Pause and Resume,
// Save snapshot, the RBAC fallback, the auth doctor in the connect dialog, the exec plugin
// consent, retranslation, and a clean stop when files are opened or the window closes.
class TestLiveWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    ApiServerHarness m_server;
    MainWindow *m_window = nullptr;
    const QString m_sample = QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json");

    // Connects through the dialog as a user does; true once the first List is shown.
    bool connectVia(const QString &kubeconfig, bool all, int timeoutMs = 30000)
    {
        QSignalSpy loaded(m_window, &MainWindow::reportLoaded);
        ConnectDialog *d = m_window->openConnectDialog();
        d->setKubeconfig(kubeconfig);
        d->setNamespace(QString(), all);
        d->connectNow();
        return QTest::qWaitFor([&] { return loaded.count() > 0; }, timeoutMs);
    }

    int sampleContainerCount(const QString &ns = QString())
    {
        int n = 0;
        for (const QStringList &row : m_expected)
            if (ns.isEmpty() || row[0] == ns)
                ++n;
        return n;
    }
    QList<QStringList> m_expected;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(m_tmp.isValid());
        QString error;
        const QString certs = m_tmp.path() + QStringLiteral("/certs");
        QVERIFY2(ApiServerHarness::createCertificates(certs, &error), qPrintable(error));
        ApiServerHarness::Options o;
        o.dataFiles << m_sample;
        QVERIFY2(m_server.start(certs, m_tmp.path() + QStringLiteral("/server"), o), qPrintable(m_server.error()));
        QFile tsv(QStringLiteral(PULLSCOPE_SOURCE_DIR "/tests/data/samples/expected.tsv"));
        QVERIFY(tsv.open(QIODevice::ReadOnly));
        for (const QByteArray &line : tsv.readAll().split('\n'))
            if (!line.isEmpty() && !line.startsWith('#'))
                m_expected << QString::fromUtf8(line).split(QLatin1Char('\t'));
        QVERIFY(m_expected.size() > 40);
        ClusterSnapshot sample;
        LoadError loadError;
        QVERIFY(InputLoader::loadPath(m_sample, sample, {}, &loadError));
        g_now = DiagnosisEngine::defaultNow(sample).toUTC();
        m_window = new MainWindow;
        m_window->setLiveNow(g_now);
        m_window->setConsentStorePath(m_tmp.path() + QStringLiteral("/consent.ini"));
        m_window->show();
    }

    void cleanupTestCase()
    {
        delete m_window;
        m_server.stop();
    }

    void connectListsTheTrainingCluster()
    {
        QVERIFY(!m_window->liveController()->isActive());
        QVERIFY(connectVia(m_server.kubeconfig(ApiServerHarness::Auth::Token), true));
        QVERIFY(m_window->liveController()->isActive());
        QTRY_COMPARE(m_window->liveIndicator()->state(), LiveController::State::Live);
        QVERIFY(!m_window->connectDialog()); // accepted and gone
        QVERIFY(m_window->report());
        QCOMPARE(m_window->report()->pods, 46);
        QCOMPARE(m_window->report()->containers.size(), sampleContainerCount());
        for (const QStringList &row : std::as_const(m_expected)) {
            QVERIFY2(m_window->selectContainer(row[0], row[1], row[2]), qPrintable(row.join(QLatin1Char('/'))));
            QCOMPARE(m_window->selectedContainer()->state, row[4]);
        }
        // The toolbar names the context and "All namespaces".
        QCOMPARE(m_window->contextPicker()->currentText(), QStringLiteral("test"));
        QCOMPARE(m_window->namespacePicker()->currentIndex(), 0);
        QVERIFY(m_window->windowTitle().contains(QLatin1String("test")));
    }

    void flowchartFollowsTheCluster()
    {
        QVERIFY(m_window->selectContainer(QLatin1String(Training), QLatin1String(NginxPod), QStringLiteral("nginx")));
        const ContainerDiagnosis *d = m_window->selectedContainer();
        QCOMPARE(d->state, QStringLiteral("failing"));
        const QString failingStep = d->failingStep;
        const QString image = d->image;
        QVERIFY(!failingStep.isEmpty());
        FlowchartScene *scene = m_window->flowchartScene();
        QCOMPARE(scene->nodeItem(failingStep)->state(), StepState::Failing);
        QCOMPARE(scene->model().node(failingStep)->state, StepState::Failing);

        QSignalSpy loaded(m_window, &MainWindow::reportLoaded);
        const QByteArray pod = runningPod(m_server, QLatin1String(NginxPod), QStringLiteral("nginx"));
        QVERIFY(!pod.isEmpty());
        QVERIFY(m_server
                    .send("add-event "
                        + pulledEvent(QLatin1String(NginxPod), QStringLiteral("nginx"), image,
                            QStringLiteral("nginx-pulled.live")))
                    .startsWith(QLatin1String("control ok")));
        QVERIFY(m_server.send("update-pod " + pod).startsWith(QLatin1String("control ok")));

        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->selectedContainer() && m_window->selectedContainer()->state != QLatin1String("failing"), 10000);
        QVERIFY(loaded.count() >= 1);
        // Still the same container, now drawn without a failing step.
        d = m_window->selectedContainer();
        QCOMPARE(d->pod, QLatin1String(NginxPod));
        QCOMPARE(d->container, QStringLiteral("nginx"));
        QVERIFY(d->failingStep.isEmpty());
        QVERIFY(scene->nodeItem(failingStep)->state() != StepState::Failing);
        QVERIFY(scene->model().node(failingStep)->state != StepState::Failing);
        QCOMPARE(scene->nodeItem(QStringLiteral("start"))->state(), StepState::Taken);
        QVERIFY(scene->titleText().contains(QLatin1String(NginxPod))
            || scene->titleText().contains(QLatin1String("nginx")));
    }

    void pauseHoldsTheView()
    {
        QVERIFY(m_window->selectContainer(QLatin1String(Training), QLatin1String(MyappPod), QStringLiteral("myapp")));
        QCOMPARE(m_window->selectedContainer()->state, QStringLiteral("failing"));
        QAction *pause = m_window->pauseAction();
        QVERIFY(pause->isEnabled());
        QVERIFY(!pause->shortcuts().isEmpty());
        pause->trigger();
        QVERIFY(pause->isChecked());
        QTRY_COMPARE(m_window->liveIndicator()->state(), LiveController::State::Paused);
        const DiagnosisReport *before = m_window->report();

        const QByteArray pod = runningPod(m_server, QLatin1String(MyappPod), QStringLiteral("myapp"));
        QVERIFY(m_server.send("update-pod " + pod).startsWith(QLatin1String("control ok")));
        QTest::qWait(2500); // debounce, list, diagnosis: all would be done by now
        QCOMPARE(m_window->report(), before);
        QCOMPARE(m_window->selectedContainer()->state, QStringLiteral("failing"));

        pause->trigger();
        QVERIFY(!pause->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->selectedContainer() && m_window->selectedContainer()->state != QLatin1String("failing"), 10000);
        QCOMPARE(m_window->selectedContainer()->pod, QLatin1String(MyappPod));
        QCOMPARE(m_window->liveIndicator()->state(), LiveController::State::Live);
    }

    // The server goes away under a live view: the indicator says Reconnecting and why, the
    // view keeps what it had, and when the server is back the view is Live again.
    void serverRestartShowsReconnecting()
    {
        QTRY_COMPARE(m_window->liveIndicator()->state(), LiveController::State::Live);
        const int containers = int(m_window->report()->containers.size());
        m_server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->liveIndicator()->state(), LiveController::State::Reconnecting, 20000);
        const QString detail = m_window->liveController()->stateDetail();
        QVERIFY2(detail.contains(QLatin1String("next try in")), qPrintable(detail));
        QVERIFY2(
            m_window->liveIndicator()->toolTip().contains(detail), qPrintable(m_window->liveIndicator()->toolTip()));
        QVERIFY(m_window->report());
        QCOMPARE(int(m_window->report()->containers.size()), containers);
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->liveIndicator()->state(), LiveController::State::Live, 60000);
        QVERIFY(m_window->liveController()->stateDetail().isEmpty());
        QCOMPARE(int(m_window->report()->containers.size()), containers);
        // The watches are open again: a change made now reaches the view (a pod no test
        // changed before: the restarted server forgot those changes, the view kept them).
        const QString annotator = QStringLiteral("annotator-6w8hhkl747-t79fg");
        QVERIFY(m_window->selectContainer(QLatin1String(Training), annotator, QStringLiteral("annotator")));
        QCOMPARE(m_window->selectedContainer()->state, QStringLiteral("failing"));
        const QByteArray pod = runningPod(m_server, annotator, QStringLiteral("annotator"));
        QVERIFY(m_server.send("update-pod " + pod).startsWith(QLatin1String("control ok")));
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_window->selectedContainer() && m_window->selectedContainer()->state == QLatin1String("recovered"),
            qPrintable(m_server.log().right(1500)), 20000);
        QCOMPARE(m_window->selectedContainer()->pod, annotator);
        QCOMPARE(m_window->liveIndicator()->state(), LiveController::State::Live);
    }

    // Tools > Audit while live audits the live store: the same findings as
    // `pullscope-cli audit --kubeconfig` against the same server.
    void auditOfTheLiveCluster()
    {
        QTRY_COMPARE(m_window->liveIndicator()->state(), LiveController::State::Live);
        auto *controller = m_window->findChild<AuditController *>();
        QVERIFY(controller);
        QSignalSpy done(controller, &AuditController::auditFinished);
        controller->auditAction()->trigger();
        QVERIFY(done.wait(30000));
        QVERIFY(controller->auditWindow());
        const QList<AuditFinding> &shown = controller->auditWindow()->findingModel()->findings();
        QVERIFY(shown.size() > 10);

        QProcess cli;
        QProcessEnvironment env = m_server.kubectlEnvironment();
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("audit"), QStringLiteral("--kubeconfig"),
                m_server.kubeconfig(ApiServerHarness::Auth::Token), QStringLiteral("-A"), QStringLiteral("--format"),
                QStringLiteral("json")});
        QVERIFY(cli.waitForFinished(60000));
        const QJsonArray expected
            = QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QLatin1String("findings")).toArray();
        QStringList want, got;
        for (const QJsonValue &v : expected) {
            const QJsonObject f = v.toObject();
            want << f.value(QLatin1String("id")).toString() + QLatin1Char('/')
                    + f.value(QLatin1String("namespace")).toString() + QLatin1Char('/')
                    + f.value(QLatin1String("name")).toString() + QLatin1Char('/')
                    + f.value(QLatin1String("container")).toString();
        }
        for (const AuditFinding &f : shown)
            got << f.id + QLatin1Char('/') + f.namespace_ + QLatin1Char('/') + f.name + QLatin1Char('/') + f.container;
        want.sort();
        got.sort();
        QCOMPARE(got, want);
        controller->auditWindow()->close();
    }

    // `pullscope --kubeconfig FILE -A`: the application goes live at start, as the CLI's
    // diagnose does; --select and --screenshot act on the first List.
    void commandLineKubeconfigGoesLive()
    {
        const QString shot = m_tmp.path() + QStringLiteral("/live-cli.png");
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.path() + QStringLiteral("/app-config"));
        for (const char *v : {"KUBECONFIG", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"})
            env.remove(QLatin1String(v));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        const int before
            = int(m_server.logLines().filter(QStringLiteral("GET /api/v1/pods?limit=500 200 user=bob")).size());
        app.start(QStringLiteral(PULLSCOPE_APP),
            {QStringLiteral("--kubeconfig"), m_server.kubeconfig(ApiServerHarness::Auth::Token), QStringLiteral("-A"),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--select"),
                QLatin1String(Training) + QLatin1Char('/') + QLatin1String(NginxPod) + QStringLiteral("/nginx"),
                QStringLiteral("--screenshot"), shot});
        QVERIFY(app.waitForStarted(10000));
        const bool finished = app.waitForFinished(60000);
        if (!finished)
            app.kill();
        QVERIFY2(finished, app.readAll().constData());
        QCOMPARE(app.exitCode(), 0);
        QImage image(shot);
        QVERIFY2(!image.isNull(), app.readAll().constData());
        QVERIFY(image.width() > 400);
        // It listed the cluster as the kubeconfig's user, cluster-wide.
        QCOMPARE(int(m_server.logLines().filter(QStringLiteral("GET /api/v1/pods?limit=500 200 user=bob")).size()),
            before + 1);
    }

    void saveSnapshotReadsBackTheSame()
    {
        QVERIFY(m_window->saveSnapshotAction()->isEnabled());
        QCOMPARE(m_window->saveSnapshotAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        const QString path = m_tmp.path() + QStringLiteral("/snapshot.json");
        QString error;
        QVERIFY2(m_window->saveSnapshot(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY(written.contains("\"kind\":\"Secret\""));
        QVERIFY(!written.contains("\"data\"")); // secret metadata only
        ClusterSnapshot snapshot;
        LoadError loadError;
        QVERIFY2(InputLoader::loadPath(path, snapshot, {}, &loadError), qPrintable(loadError.toString()));
        QSet<QString> saved, shown;
        for (const Pod &p : std::as_const(snapshot.pods))
            saved << p.namespace_ + QLatin1Char('/') + p.name;
        for (const ContainerDiagnosis &c : m_window->report()->containers)
            shown << c.namespace_ + QLatin1Char('/') + c.pod;
        QCOMPARE(saved, shown);
        QVERIFY(!snapshot.events.isEmpty());
        QVERIFY(!snapshot.nodes.isEmpty());
        QVERIFY(!snapshot.serviceAccounts.isEmpty());
        QVERIFY(!snapshot.secrets.isEmpty());
        // The events sent through the control channel are in it: the evidence survives.
        bool pulled = false;
        for (const Event &e : std::as_const(snapshot.events))
            pulled = pulled || e.reason == QLatin1String("Pulled");
        QVERIFY(pulled);
    }

    void openingFilesStopsTheSession()
    {
        QSignalSpy loaded(m_window, &MainWindow::reportLoaded);
        m_window->openBundledCluster();
        QVERIFY(!m_window->liveController()->isActive());
        QCOMPARE(m_window->liveIndicator()->state(), LiveController::State::Off);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QTest::qWait(1000); // no late List of the stopped session replaces the file
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!m_window->report()->containers.isEmpty());
        QVERIFY(m_window->selectContainer(QLatin1String(Training), QLatin1String(NginxPod), QStringLiteral("nginx")));
        QCOMPARE(m_window->selectedContainer()->state, QStringLiteral("failing")); // the file's, not the live one
    }

    void restrictedUserFallsBackToItsNamespace()
    {
        QVERIFY(connectVia(m_server.kubeconfig(ApiServerHarness::Auth::Restricted), true));
        QTRY_COMPARE(m_window->liveIndicator()->state(), LiveController::State::Live);
        QTRY_VERIFY(m_window->liveBanner()->isVisible());
        QVERIFY2(m_window->liveBanner()->text().contains(QLatin1String("forbidden")),
            qPrintable(m_window->liveBanner()->text()));
        QVERIFY(m_window->liveBanner()->text().contains(QLatin1String("shop")));
        QCOMPARE(m_window->liveController()->effectiveNamespace(), QStringLiteral("shop"));
        QTRY_COMPARE(m_window->report()->containers.size(), sampleContainerCount(QStringLiteral("shop")));
        for (const ContainerDiagnosis &c : m_window->report()->containers)
            QCOMPARE(c.namespace_, QStringLiteral("shop"));
    }

    void wrongTokenNamesTheCredentialsStep()
    {
        ConnectDialog *d = m_window->openConnectDialog();
        d->setKubeconfig(m_server.kubeconfig(ApiServerHarness::Auth::WrongToken));
        QCOMPARE(d->contextCombo()->currentText(), QStringLiteral("test"));
        QVERIFY(d->warningsLabel()->text().contains(QLatin1String("none")));
        d->connectNow();
        QVERIFY(d->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
        QVERIFY(d->isVisible()); // not accepted
        QCOMPARE(d->diagnosis().stepId, QStringLiteral("credentials"));
        const QString text = d->failureText();
        QVERIFY2(text.contains(AuthDoctor::stepName(QStringLiteral("credentials"))), qPrintable(text));
        QVERIFY(text.contains(d->diagnosis().title));
        for (const QString &fix : d->diagnosis().fixes)
            QVERIFY(text.contains(fix));
        QVERIFY(!text.contains(QLatin1String("not-a-token-this-server-knows")));
        d->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), text);

        // Retranslated on a language change, the auth doctor's part too.
        MarkingTranslator marker(
            {"PullScope::ConnectDialog", "PullScope::LiveIndicator", "PullScope::ExecConsentDialog"},
            QStringLiteral("[T] "));
        QCoreApplication::installTranslator(&marker);
        QTRY_VERIFY(d->windowTitle().startsWith(QLatin1String("[T] ")));
        QVERIFY(d->failureText().contains(QLatin1String("[T] ")));
        QVERIFY(m_window->liveIndicator()->text().contains(QLatin1String("[T] ")));
        QCoreApplication::removeTranslator(&marker);
        QTRY_VERIFY(!d->windowTitle().startsWith(QLatin1String("[T] ")));
        QVERIFY(!m_window->liveIndicator()->text().contains(QLatin1String("[T] ")));
        d->close();
        QTRY_VERIFY(!m_window->connectDialog());
        // The session shown before goes on.
        QCOMPARE(m_window->liveIndicator()->state(), LiveController::State::Live);
    }

    void insecureSkipTlsVerifyIsRed()
    {
        const QString kc = m_tmp.path() + QStringLiteral("/insecure.kubeconfig");
        writeFile(kc,
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: " + m_server.url().toUtf8()
                + "\n    insecure-skip-tls-verify: true\nusers:\n- name: u\n  user:\n    token: x\n"
                  "contexts:\n- name: one\n  context: {cluster: c, user: u, namespace: shop}\n"
                  "- name: two\n  context: {cluster: c, user: u}\ncurrent-context: two\n");
        ConnectDialog *d = m_window->openConnectDialog();
        d->setKubeconfig(kc);
        QCOMPARE(d->contextCombo()->count(), 2);
        QCOMPARE(d->contextCombo()->currentText(), QStringLiteral("two")); // the current context
        QCOMPARE(d->namespaceCombo()->currentText(), QStringLiteral("default"));
        d->setContext(QStringLiteral("one"));
        QCOMPARE(d->namespaceCombo()->currentText(), QStringLiteral("shop"));
        QVERIFY(d->warningsLabel()->text().contains(QLatin1String("insecure-skip-tls-verify")));
        QVERIFY(d->warningsLabel()->text().contains(Theme::failing().name()));
        d->close();
        QTRY_VERIFY(!m_window->connectDialog());
    }

    void execPluginNeedsConsent()
    {
        const QString marker = m_tmp.path() + QStringLiteral("/plugin-ran");
        const QString plugin = m_tmp.path() + QStringLiteral("/plugin.sh");
        writeFile(plugin,
            "#!/bin/sh\ntouch '" + marker.toUtf8()
                + "'\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                  "\"ExecCredential\",\"status\":{\"token\":\""
                + ApiServerHarness::token() + "\"}}'\n");
        QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString kc = m_tmp.path() + QStringLiteral("/exec.kubeconfig");
        writeFile(kc,
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: " + m_server.url().toUtf8()
                + "\n    certificate-authority: " + m_server.caCert().toUtf8()
                + "\nusers:\n- name: u\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                  "      command: "
                + plugin.toUtf8()
                + "\n      args: [\"--cluster\", \"training\"]\n      interactiveMode: Never\n"
                  "contexts:\n- name: x\n  context: {cluster: c, user: u, namespace: training}\n"
                  "current-context: x\n");
        const QString store = m_tmp.path() + QStringLiteral("/consent.ini");

        // Deny: nothing runs, the connection fails at the exec plugin step.
        ConnectDialog *d = m_window->openConnectDialog();
        d->setKubeconfig(kc);
        QVERIFY(d->isVisible());
        {
            ConsentClicker deny(ConsentClicker::Deny);
            d->connectNow();
            QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
            QCOMPARE(deny.seen, 1);
            QVERIFY2(deny.command.contains(plugin + QStringLiteral(" --cluster training")), qPrintable(deny.command));
        }
        QCOMPARE(d->diagnosis().stepId, QStringLiteral("exec"));
        QVERIFY(!QFile::exists(marker));
        QVERIFY(!ExecConsentStore(store).isAllowed(plugin, {QStringLiteral("--cluster"), QStringLiteral("training")}));

        // Always allow: it runs, the window goes live, the store remembers.
        {
            ConsentClicker always(ConsentClicker::Always);
            QSignalSpy loaded(m_window, &MainWindow::reportLoaded);
            d->connectNow();
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 30000);
            QCOMPARE(always.seen, 1);
        }
        QVERIFY(QFile::exists(marker));
        QVERIFY(ExecConsentStore(store).isAllowed(plugin, {QStringLiteral("--cluster"), QStringLiteral("training")}));
        QCOMPARE(m_window->report()->containers.size(), sampleContainerCount(QStringLiteral("training")));

        // Remembered: connecting again asks nobody.
        QFile::remove(marker);
        ConsentClicker never(ConsentClicker::Deny);
        QVERIFY(connectVia(kc, false));
        QCOMPARE(never.seen, 0);
        QCOMPARE(m_window->liveController()->connection()->questionsAsked(), 0);
        QVERIFY(QFile::exists(marker));
    }

    void namespacePickerRestarts()
    {
        QVERIFY(m_window->liveController()->isActive());
        QSignalSpy loaded(m_window, &MainWindow::reportLoaded);
        QComboBox *ns = m_window->namespacePicker();
        ns->setCurrentIndex(0); // All namespaces
        QMetaObject::invokeMethod(ns, "activated", Q_ARG(int, 0));
        QTRY_VERIFY_WITH_TIMEOUT(
            loaded.count() > 0 && m_window->report()->containers.size() == sampleContainerCount(), 30000);
        QVERIFY(m_window->liveController()->allNamespaces());
    }

    void closingWhileLiveStopsCleanly()
    {
        auto *w = new MainWindow;
        w->setLiveNow(g_now);
        w->show();
        auto goLive = [&]() {
            QSignalSpy loaded(w, &MainWindow::reportLoaded);
            ConnectDialog *d = w->openConnectDialog();
            d->setKubeconfig(m_server.kubeconfig(ApiServerHarness::Auth::ClientCertRsa));
            d->setNamespace(QString(), true);
            d->connectNow();
            return QTest::qWaitFor([&] { return loaded.count() > 0; }, 30000) && w->liveController()->isActive();
        };
        QVERIFY(goLive());
        QVERIFY(w->close());
        QVERIFY(!w->liveController()->isActive());
        QCOMPARE(w->liveIndicator()->state(), LiveController::State::Off);
        // Destroyed while live: the session thread is joined, nothing crashes.
        w->show();
        QVERIFY(goLive());
        delete w;
    }

    void screenshots()
    {
        // scripts/screenshots.sh: PULLSCOPE_SCREENSHOT_DIR=docs/screenshots under Xvfb.
        const QString out = qEnvironmentVariable("PULLSCOPE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set PULLSCOPE_SCREENSHOT_DIR to render docs/screenshots/live-*.png");
        if (!m_window->liveController()->isActive())
            QVERIFY(connectVia(m_server.kubeconfig(ApiServerHarness::Auth::Token), true));
        for (const QString &lang : LanguageManager::languages()) {
            LanguageManager::instance()->setLanguage(lang);
            QVERIFY(m_window->selectContainer(
                QLatin1String(Training), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"), QStringLiteral("evaluator")));
            QTest::qWait(800);
            QVERIFY(m_window->grab().save(QStringLiteral("%1/live-window-%2.png").arg(out, lang)));

            ConnectDialog *d = m_window->openConnectDialog();
            d->setKubeconfig(m_server.kubeconfig(ApiServerHarness::Auth::Token));
            QTest::qWait(300);
            QVERIFY(d->grab().save(QStringLiteral("%1/live-connect-%2.png").arg(out, lang)));
            d->setKubeconfig(m_server.kubeconfig(ApiServerHarness::Auth::WrongToken));
            d->connectNow();
            QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
            QTest::qWait(300);
            QVERIFY(d->grab().save(QStringLiteral("%1/live-connect-failed-%2.png").arg(out, lang)));
            d->close();
            QTRY_VERIFY(!m_window->connectDialog());
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"

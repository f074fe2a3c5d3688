// The registry probe in the window, against real servers started on loopback as
// tst_integration_probe does: Debian's docker-registry over plain HTTP, with htpasswd,
// over TLS with a CA made here; a closed port, an unresolvable .invalid name and a
// silent listener. The dialog is driven as a user drives it; each verdict is compared
// with `pullscope-cli probe --format json` on the same target. The secret and mirror
// wizards' "Test ..." buttons go through the same dialog; the entry points of the main
// window open it prefilled.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <unistd.h>

#include "../integration/integrationharness.h"
#include "../integration/probeservers.h"
#include "evidencepanel.h"
#include "flowchartscene.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mirrorwizard.h"
#include "probe/certificateview.h"
#include "probe/probedialog.h"
#include "probe/probestepmodel.h"
#include "probe/probetestrow.h"
#include "probe/probetext.h"
#include "probe/registryprobe.h"
#include "rulebook.h"
#include "secretwizard.h"
#include "theme.h"
#include "markingtranslator.h"

using namespace PullScope;
using TestSupport::MarkingTranslator;
using namespace PullScope::Integration;

namespace {

// Threads of this process named as ProbeRunner names its thread (Qt gives the OS
// thread the QThread's object name).
int probeThreads()
{
    int n = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (readFile(tasks.filePath(task + QStringLiteral("/comm"))).trimmed() == "registry probe")
            ++n;
    return n;
}

QString stepStatuses(const ProbeStepModel *m)
{
    QStringList parts;
    for (int r = 0; r < m->rowCount(); ++r)
        parts << m->index(r, 0).data(ProbeStepModel::StepIdRole).toString() + QLatin1Char('=')
                + m->index(r, 0).data(ProbeStepModel::StatusIdRole).toString() + QStringLiteral(" (")
                + m->index(r, ProbeStepModel::DetailColumn).data().toString() + QLatin1Char(')');
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestProbeDialog : public QObject
{
    Q_OBJECT

    QString m_skip; // why the server-backed cases cannot run
    QTemporaryDir m_temp;
    QString m_dir;
    TestCa m_ca;
    Registry m_plain, m_auth, m_tls, m_empty, m_expired, m_otherName, m_farTls;
    NginxAnswering m_429, m_503;
    LoopbackAlias m_alias; // a registry that is not loopback, so that the proxy applies
    TinyProxy m_tinyproxy;
    QMap<QString, QString> m_targets; // key -> host:port
    QString m_authRight, m_authWrong;

    ProbeOptions base() const
    {
        ProbeOptions o;
        o.environment = QProcessEnvironment(); // no proxy from the machine running the test
        o.stepTimeoutMs = 5000;
        o.platform = QStringLiteral("linux/") + ociArchitecture();
        return o;
    }

    // Fills the dialog's fields the way the user would, then runs and waits.
    void fill(ProbeDialog &d, const QString &image, const QString &options)
    {
        const QStringList opts = options.split(QLatin1Char(','), Qt::SkipEmptyParts);
        d.setOptions(base());
        d.imageEdit()->setText(image);
        d.authEdit()->setText(opts.contains(QStringLiteral("right")) ? m_authRight
                : opts.contains(QStringLiteral("wrong"))             ? m_authWrong
                                                                     : QString());
        d.caEdit()->setText(opts.contains(QStringLiteral("ca")) ? m_ca.caCert() : QString());
        d.proxyEdit()->setText(opts.contains(QStringLiteral("proxy")) ? m_tinyproxy.url() : QString());
    }

    // The CLI's JSON on the same target.
    QJsonObject cliJson(const QString &image, const QString &options, const QStringList &extra = {})
    {
        QStringList args {QStringLiteral("probe"), image, QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--platform"),
            QStringLiteral("linux/") + ociArchitecture()};
        const QStringList opts = options.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (opts.contains(QStringLiteral("right")))
            args << QStringLiteral("--authfile") << m_authRight;
        if (opts.contains(QStringLiteral("wrong")))
            args << QStringLiteral("--authfile") << m_authWrong;
        if (opts.contains(QStringLiteral("ca")))
            args << QStringLiteral("--ca") << m_ca.caCert();
        if (opts.contains(QStringLiteral("proxy")))
            args << QStringLiteral("--proxy") << m_tinyproxy.url();
        args << extra;
        const RunResult r = run(QStringLiteral(PULLSCOPE_CLI), args, withoutProxies(), 60000);
        return QJsonDocument::fromJson(r.output).object();
    }

    // Rows: passed or not applicable up to the failing step, failed there, skipped after;
    // each status in its theme colour.
    static void checkRows(const ProbeStepModel *m, const QString &failingStep)
    {
        const QString all = stepStatuses(m);
        QCOMPARE(m->rowCount(), 8);
        bool after = false;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString id = m->index(r, 0).data(ProbeStepModel::StepIdRole).toString();
            const QString status = m->index(r, 0).data(ProbeStepModel::StatusIdRole).toString();
            QCOMPARE(id, RegistryProbe::stepIds().at(r));
            if (after)
                QVERIFY2(status == QLatin1String("skip"), qPrintable(all));
            else if (id == failingStep)
                QVERIFY2(status == QLatin1String("fail"), qPrintable(all));
            else
                QVERIFY2(status == QLatin1String("pass") || status == QLatin1String("not-applicable"), qPrintable(all));
            after = after || id == failingStep;
            const QColor expected = status == QLatin1String("pass") ? Theme::taken()
                : status == QLatin1String("fail")                   ? Theme::failing()
                : status == QLatin1String("skip")                   ? Theme::notReached()
                                                                    : Theme::notApplicable();
            QCOMPARE(m->index(r, ProbeStepModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(), expected);
            QCOMPARE(m->index(r, ProbeStepModel::StepColumn).data().toString(), ProbeText::stepName(id));
            if (status != QLatin1String("skip"))
                QVERIFY2(!m->index(r, ProbeStepModel::TimeColumn).data().toString().isEmpty(), qPrintable(id));
        }
    }

    // The window and the CLI agree: the same cause and the same status for every step.
    static void compareWithCli(const ProbeDialog &d, const QJsonObject &cli)
    {
        QVERIFY2(!cli.isEmpty(), "the CLI printed no JSON");
        QCOMPARE(d.result().cause, cli.value(QLatin1String("cause")).toString());
        const QJsonArray steps = cli.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), d.stepModel()->rowCount());
        for (int r = 0; r < steps.size(); ++r) {
            const QJsonObject s = steps[r].toObject();
            QCOMPARE(d.stepModel()->index(r, 0).data(ProbeStepModel::StepIdRole).toString(),
                s.value(QLatin1String("id")).toString());
            QCOMPARE(d.stepModel()->index(r, 0).data(ProbeStepModel::StatusIdRole).toString(),
                s.value(QLatin1String("status")).toString());
        }
    }

private Q_SLOTS:
    void initTestCase();
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }
    void cases_data();
    void cases();
    void refusedInput_data();
    void refusedInput();
    void ctrlReturnRuns();
    void cancelWithEscape();
    void closeMidRun();
    void deleteMidRun();
    void languageSwitch();
    void secretWizardTest();
    void mirrorWizardTest();
    void entryPoints();
    void nodeCheck();
    void screenshots();
};

void TestProbeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    const QString missing = missingBinary({QStringLiteral("docker-registry"), QStringLiteral("skopeo"),
        QStringLiteral("openssl"), QStringLiteral("htpasswd")});
    if (!missing.isEmpty()) {
        m_skip = QStringLiteral("%1 is not installed").arg(missing);
        return;
    }
    QVERIFY(m_temp.isValid());
    m_dir = m_temp.path();
    QVERIFY2(m_ca.create(m_dir + QStringLiteral("/ca")), qPrintable(m_ca.error()));
    QVERIFY2(m_ca.issue(QStringLiteral("server"), true), qPrintable(m_ca.error()));
    const OciImage image = buildOciImage(m_dir + QStringLiteral("/layout"), QStringLiteral("v1"), "hello.txt", "hi\n");

    QVERIFY2(m_plain.start(m_dir + QStringLiteral("/plain")), qPrintable(m_plain.log()));
    RunResult r = skopeoPush(image, m_plain.hostPort() + QStringLiteral("/probe/app:v1"));
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    m_targets.insert(QStringLiteral("plain"), m_plain.hostPort());
    // A registry that answers but holds nothing: the mirror that does not serve the image.
    QVERIFY2(m_empty.start(m_dir + QStringLiteral("/empty")), qPrintable(m_empty.log()));

    Registry::Options authOpts;
    authOpts.user = QStringLiteral("tester");
    authOpts.password = QStringLiteral("right-password");
    QVERIFY2(m_auth.start(m_dir + QStringLiteral("/auth"), authOpts), qPrintable(m_auth.log()));
    r = skopeoPush(
        image, m_auth.hostPort() + QStringLiteral("/probe/app:v1"), {}, QStringLiteral("tester:right-password"));
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    m_targets.insert(QStringLiteral("auth"), m_auth.hostPort());
    const auto authFile = [this](const QString &name, const QString &password) {
        const QString path = m_dir + QLatin1Char('/') + name;
        const QByteArray auth = QByteArray("tester:" + password.toUtf8()).toBase64();
        writeFile(path, "{\"auths\":{\"" + m_auth.hostPort().toUtf8() + "\":{\"auth\":\"" + auth + "\"}}}");
        return path;
    };
    m_authRight = authFile(QStringLiteral("right.json"), QStringLiteral("right-password"));
    m_authWrong = authFile(QStringLiteral("wrong.json"), QStringLiteral("wrong-password"));

    Registry::Options tlsOpts;
    tlsOpts.certFile = m_ca.cert(QStringLiteral("server"));
    tlsOpts.keyFile = m_ca.key(QStringLiteral("server"));
    QVERIFY2(m_tls.start(m_dir + QStringLiteral("/tls"), tlsOpts), qPrintable(m_tls.log()));
    m_targets.insert(QStringLiteral("tls"), m_tls.hostPort());

    m_targets.insert(QStringLiteral("invalid"), QStringLiteral("registry.pullscope-test.invalid"));
    m_targets.insert(QStringLiteral("closed"), QStringLiteral("127.0.0.1:") + QString::number(freePort()));

    // Every case of the CLI's proof, in the window too: expired and wrong-name certificates,
    // nginx answering 429 and 503, an index for another platform, and (as root) the proxy.
    QString error;
    QVERIFY2(issueCustom(m_ca, m_dir + QStringLiteral("/ca"), QStringLiteral("expired"), "IP:127.0.0.1,DNS:localhost",
                 QStringLiteral("20200101000000Z"), QStringLiteral("20200201000000Z"), &error),
        qPrintable(error));
    QVERIFY2(issueCustom(m_ca, m_dir + QStringLiteral("/ca"), QStringLiteral("othername"), "DNS:other.example",
                 QStringLiteral("20200101000000Z"), QStringLiteral("20991231000000Z"), &error),
        qPrintable(error));
    tlsOpts.certFile = m_ca.cert(QStringLiteral("expired"));
    tlsOpts.keyFile = m_ca.key(QStringLiteral("expired"));
    QVERIFY2(m_expired.start(m_dir + QStringLiteral("/expired"), tlsOpts), qPrintable(m_expired.log()));
    m_targets.insert(QStringLiteral("expired"), m_expired.hostPort());
    tlsOpts.certFile = m_ca.cert(QStringLiteral("othername"));
    tlsOpts.keyFile = m_ca.key(QStringLiteral("othername"));
    QVERIFY2(m_otherName.start(m_dir + QStringLiteral("/othername"), tlsOpts), qPrintable(m_otherName.log()));
    m_targets.insert(QStringLiteral("othername"), m_otherName.hostPort());
    const QString certDir = m_dir + QStringLiteral("/certdir");
    QDir().mkpath(certDir);
    QVERIFY(QFile::copy(m_ca.caCert(), certDir + QStringLiteral("/ca.crt")));
    r = skopeoPush(image, m_tls.hostPort() + QStringLiteral("/probe/app:v1"), certDir);
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    const OciImage other = buildIndexOnly(m_dir + QStringLiteral("/armlayout"), QStringLiteral("v1"),
        ociArchitecture() == QLatin1String("arm64") ? QStringLiteral("s390x") : QStringLiteral("arm64"));
    r = run(findBinary(QStringLiteral("skopeo")),
        {QStringLiteral("copy"), QStringLiteral("--multi-arch"), QStringLiteral("all"),
            QStringLiteral("--dest-tls-verify=false"), QStringLiteral("oci:") + other.layoutDir + QStringLiteral(":v1"),
            QStringLiteral("docker://") + m_plain.hostPort() + QStringLiteral("/probe/armonly:v1")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    if (missingBinary({QStringLiteral("nginx")}).isEmpty()) {
        QVERIFY2(m_429.start(m_dir + QStringLiteral("/n429"), m_plain.port(), 429, 0), qPrintable(m_429.error()));
        m_targets.insert(QStringLiteral("429"), m_429.hostPort());
        QVERIFY2(m_503.start(m_dir + QStringLiteral("/n503"), m_plain.port(), 0, 503), qPrintable(m_503.error()));
        m_targets.insert(QStringLiteral("503"), m_503.hostPort());
    }
    if (::geteuid() == 0 && missingBinary({QStringLiteral("tinyproxy"), QStringLiteral("ip")}).isEmpty()) {
        QVERIFY2(m_alias.add(&error), qPrintable(error));
        QVERIFY2(m_ca.issue(QStringLiteral("far"), true, {m_alias.address()}), qPrintable(m_ca.error()));
        Registry::Options far;
        far.address = m_alias.address();
        far.certFile = m_ca.cert(QStringLiteral("far"));
        far.keyFile = m_ca.key(QStringLiteral("far"));
        QVERIFY2(m_farTls.start(m_dir + QStringLiteral("/fartls"), far), qPrintable(m_farTls.log()));
        r = skopeoPush(image, m_farTls.hostPort() + QStringLiteral("/probe/app:v1"), certDir);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QVERIFY2(m_tinyproxy.start(m_dir + QStringLiteral("/tinyproxy")), qPrintable(m_tinyproxy.error()));
        m_targets.insert(QStringLiteral("fartls"), m_farTls.hostPort());
    }
}

void TestProbeDialog::cases_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("options"); // right, wrong, ca
    QTest::addColumn<QString>("failingStep"); // empty: every step passes
    QTest::addColumn<QString>("cause");
    QTest::newRow("plain http") << "plain"
                                << "probe/app:v1"
                                << ""
                                << ""
                                << "";
    QTest::newRow("htpasswd, right password") << "auth"
                                              << "probe/app:v1"
                                              << "right"
                                              << ""
                                              << "";
    QTest::newRow("htpasswd, wrong password") << "auth"
                                              << "probe/app:v1"
                                              << "wrong"
                                              << "auth"
                                              << "unauthorized";
    QTest::newRow("closed port") << "closed"
                                 << "probe/app:v1"
                                 << ""
                                 << "tcp"
                                 << "connection-refused";
    QTest::newRow("unresolvable .invalid") << "invalid"
                                           << "probe/app:v1"
                                           << ""
                                           << "dns"
                                           << "dns-failure";
    QTest::newRow("tls, unknown authority") << "tls"
                                            << "probe/app:v1"
                                            << ""
                                            << "tls"
                                            << "tls-unknown-authority";
    QTest::newRow("htpasswd, no credentials") << "auth"
                                              << "probe/app:v1"
                                              << ""
                                              << "auth"
                                              << "unauthorized";
    QTest::newRow("tls with the CA") << "tls"
                                     << "probe/app:v1"
                                     << "ca"
                                     << ""
                                     << "";
    QTest::newRow("tls expired") << "expired"
                                 << "probe/app:v1"
                                 << "ca"
                                 << "tls"
                                 << "tls-expired";
    QTest::newRow("tls other name") << "othername"
                                    << "probe/app:v1"
                                    << "ca"
                                    << "tls"
                                    << "tls-hostname-mismatch";
    QTest::newRow("nginx 429") << "429"
                               << "probe/app:v1"
                               << ""
                               << "manifest"
                               << "rate-limited";
    QTest::newRow("nginx 503") << "503"
                               << "probe/app:v1"
                               << ""
                               << "api"
                               << "registry-unavailable";
    QTest::newRow("plain http, tag missing") << "plain"
                                             << "probe/app:nope"
                                             << ""
                                             << "manifest"
                                             << "image-not-found";
    QTest::newRow("index with another platform only") << "plain"
                                                      << "probe/armonly:v1"
                                                      << ""
                                                      << "platform"
                                                      << "platform-mismatch";
    QTest::newRow("tls with the CA, through tinyproxy") << "fartls"
                                                        << "probe/app:v1"
                                                        << "ca,proxy"
                                                        << ""
                                                        << "";
    QTest::newRow("tls without the CA, through tinyproxy") << "fartls"
                                                           << "probe/app:v1"
                                                           << "proxy"
                                                           << "tls"
                                                           << "tls-unknown-authority";
}

void TestProbeDialog::cases()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    QFETCH(QString, target);
    QFETCH(QString, repository);
    QFETCH(QString, options);
    QFETCH(QString, failingStep);
    QFETCH(QString, cause);
    if (!m_targets.contains(target))
        QSKIP("this server could not be started here (nginx missing, or the proxy case without root)");
    const QString image = m_targets.value(target) + QLatin1Char('/') + repository;
    const QString proxyLogBefore = options.contains(QLatin1String("proxy")) ? m_tinyproxy.log() : QString();

    ProbeDialog d;
    QAbstractItemModelTester tester(d.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fill(d, image, options);
    // What the step list showed while the probe ran, up to the moment it finished.
    QStringList live;
    bool finished = false;
    connect(d.stepModel(), &QAbstractItemModel::dataChanged, &d, [&](const QModelIndex &from, const QModelIndex &to) {
        for (int r = from.row(); r <= to.row() && !finished; ++r)
            live << d.stepModel()->index(r, 0).data(ProbeStepModel::StepIdRole).toString() + QLatin1Char('=')
                    + d.stepModel()->index(r, 0).data(ProbeStepModel::StatusIdRole).toString();
    });
    connect(&d, &ProbeDialog::probeFinished, &d, [&] { finished = true; });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(d.run());
    // The first step runs at once, in amber; the others wait.
    QCOMPARE(d.stepModel()->rowState(0), ProbeStepModel::RowState::Running);
    QCOMPARE(d.stepModel()->index(0, ProbeStepModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
        Theme::inProgress());
    QCOMPARE(d.stepModel()->rowState(1), ProbeStepModel::RowState::Pending);
    QVERIFY(!d.runButton()->isEnabled());
    QVERIFY(d.cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished, 45000);
    QVERIFY2(timer.elapsed() < 8 * 5000, "the probe outlived its step timeouts");
    QVERIFY(!d.isRunning());
    QVERIFY(d.runButton()->isEnabled());
    QVERIFY(!d.cancelButton()->isEnabled());

    // The steps arrived one by one while the probe ran, the next one amber meanwhile.
    QVERIFY2(live.contains(QStringLiteral("dns=")
                 + (target == QLatin1String("invalid") ? QStringLiteral("fail") : QStringLiteral("pass"))),
        qPrintable(live.join(QLatin1Char(' '))));
    if (failingStep != QLatin1String("dns"))
        QVERIFY2(live.contains(QStringLiteral("tcp=running")), qPrintable(live.join(QLatin1Char(' '))));

    checkRows(d.stepModel(), failingStep);
    QCOMPARE(d.result().failingStep(), failingStep);
    QCOMPARE(d.result().cause, cause);
    const QString verdict = d.verdictText();
    if (cause.isEmpty()) {
        QVERIFY2(verdict.contains(QStringLiteral("Every step passed")), qPrintable(verdict));
    } else {
        const QString title = RuleBook::builtin().describe(cause, QStringLiteral("en")).title;
        QVERIFY(!title.isEmpty());
        QVERIFY2(verdict.contains(ProbeText::stepName(failingStep)) && verdict.contains(title)
                && verdict.contains(cause) && verdict.contains(QStringLiteral("(") + failingStep + QLatin1Char(')')),
            qPrintable(verdict));
        // The failing step is selected, where the user looks first.
        QCOMPARE(d.stepView()->currentIndex().row(), d.stepModel()->rowOf(failingStep));
    }

    // Certificate details: shown with the failing tls step, hidden on another step, back on demand.
    // A TLS step that passed has its certificate too: on demand, not shown by itself.
    const bool hasCertificate = failingStep == QLatin1String("tls");
    const bool tlsPassed = d.result().step(QStringLiteral("tls"))
        && d.result().step(QStringLiteral("tls"))->status == ProbeStep::Status::Pass;
    QCOMPARE(d.certificateButton()->isEnabled(), hasCertificate || tlsPassed);
    QCOMPARE(d.certificateView()->isVisible(), hasCertificate);
    if (hasCertificate) {
        const CertificateInfo &c = d.certificateView()->certificate();
        QVERIFY2(c.issuer.contains(QStringLiteral("PullScope Test CA")), qPrintable(c.issuer));
        QVERIFY(!c.notAfter.isEmpty());
        const QString san = target == QLatin1String("othername") ? QStringLiteral("DNS:other.example")
            : target == QLatin1String("fartls")                  ? QStringLiteral("IP:") + m_alias.address()
                                                                 : QStringLiteral("IP:127.0.0.1");
        QVERIFY2(c.sans.contains(san), qPrintable(c.sans.join(QLatin1Char(' '))));
        QVERIFY(d.certificateView()->text().contains(san));
        if (target == QLatin1String("expired"))
            QVERIFY2(c.notAfter.startsWith(QLatin1String("2020-02-01")), qPrintable(c.notAfter));
        if (target == QLatin1String("tls"))
            QVERIFY2(c.subject.contains(QStringLiteral("server")), qPrintable(c.subject));
        d.stepView()->setCurrentIndex(d.stepModel()->index(0, 0));
        QVERIFY(!d.certificateView()->isVisible());
        QTest::mouseClick(d.certificateButton(), Qt::LeftButton);
        QVERIFY(d.certificateView()->isVisible());
        QCOMPARE(d.stepView()->currentIndex().row(), d.stepModel()->rowOf(QStringLiteral("tls")));
        QVERIFY(d.resultText().contains(c.issuer));
    }

    // Copy as text and Save JSON carry the same verdict.
    QVERIFY(d.resultText().contains(verdict));
    QTemporaryDir out;
    QString error;
    QVERIFY2(d.saveJson(out.filePath(QStringLiteral("probe.json")), &error), qPrintable(error));
    const QJsonObject saved = QJsonDocument::fromJson(readFile(out.filePath(QStringLiteral("probe.json")))).object();
    QCOMPARE(saved.value(QLatin1String("cause")).toString(), cause);
    QCOMPARE(saved.value(QLatin1String("image")).toString(), image);

    compareWithCli(d, cliJson(image, options));
    if (options.contains(QLatin1String("proxy"))) {
        QCOMPARE(d.result().proxy, m_tinyproxy.url());
        QVERIFY2(m_tinyproxy.log().mid(proxyLogBefore.size()).contains(m_targets.value(target)),
            qPrintable(m_tinyproxy.log()));
    }
}

void TestProbeDialog::refusedInput_data()
{
    QTest::addColumn<QString>("field"); // image, platform, proxy, ca, hosts, auth
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("no image") << "image"
                              << ""
                              << "Name the image to probe";
    QTest::newRow("bad image") << "image"
                               << "Bad//Name"
                               << "Bad//Name";
    QTest::newRow("bad platform") << "platform"
                                  << "amd64"
                                  << "OS/ARCH";
    QTest::newRow("bad proxy") << "proxy"
                               << "http://"
                               << "Proxy takes a URL";
    QTest::newRow("no PEM in the CA file") << "ca" << PULLSCOPE_SOURCE_DIR "/README.md"
                                           << "no PEM certificate";
    QTest::newRow("hosts dir missing") << "hosts"
                                       << "/nonexistent/certs.d"
                                       << "is not a directory";
    QTest::newRow("credentials file missing") << "auth"
                                              << "/nonexistent/config.json"
                                              << "/nonexistent/config.json";
}

void TestProbeDialog::refusedInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    ProbeDialog d(base());
    d.imageEdit()->setText(QStringLiteral("registry.example.com/team/app:1.0"));
    QLineEdit *edit = field == QLatin1String("image") ? d.imageEdit()
        : field == QLatin1String("platform")          ? d.platformEdit()
        : field == QLatin1String("proxy")             ? d.proxyEdit()
        : field == QLatin1String("ca")                ? d.caEdit()
        : field == QLatin1String("hosts")             ? d.hostsDirEdit()
                                                      : d.authEdit();
    edit->setText(value);
    QVERIFY(!d.run());
    QVERIFY(!d.isRunning());
    QVERIFY2(d.verdictText().contains(expected), qPrintable(d.verdictText()));
    // Every row still waits: nothing ran.
    for (int r = 0; r < d.stepModel()->rowCount(); ++r)
        QCOMPARE(d.stepModel()->rowState(r), ProbeStepModel::RowState::Pending);
}

void TestProbeDialog::ctrlReturnRuns()
{
    // A closed port fails at tcp at once; no server needed.
    ProbeDialog d(base());
    d.imageEdit()->setText(QStringLiteral("127.0.0.1:") + QString::number(freePort()) + QStringLiteral("/a/b:1"));
    d.show();
    d.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    d.imageEdit()->setFocus();
    QSignalSpy done(&d, &ProbeDialog::probeFinished);
    QTest::keyClick(d.imageEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    QCOMPARE(d.result().cause, QStringLiteral("connection-refused"));
    checkRows(d.stepModel(), QStringLiteral("tcp"));
}

void TestProbeDialog::cancelWithEscape()
{
    // A listener that accepts and never says a word: the TLS handshake hangs for the
    // whole minute of its timeout unless cancelled.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ProbeOptions o = base();
    o.stepTimeoutMs = 60000;
    o.image = QStringLiteral("127.0.0.1:") + QString::number(silent.serverPort()) + QStringLiteral("/a/b:1");
    ProbeDialog d(o);
    QAbstractItemModelTester tester(d.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.run());
    QTRY_COMPARE_WITH_TIMEOUT(
        d.stepModel()->rowState(d.stepModel()->rowOf(QStringLiteral("tcp"))), ProbeStepModel::RowState::Pass, 10000);
    QCOMPARE(d.stepModel()->rowState(d.stepModel()->rowOf(QStringLiteral("tls"))), ProbeStepModel::RowState::Running);
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(&d, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), 5000);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    // Esc cancelled the probe, it did not close the dialog.
    QVERIFY(d.isVisible());
    QVERIFY(d.result().cancelled);
    QVERIFY(d.result().cause.isEmpty());
    QVERIFY2(d.verdictText().contains(QStringLiteral("Cancelled")), qPrintable(d.verdictText()));
    for (const QString &id : {QStringLiteral("tls"), QStringLiteral("api"), QStringLiteral("ratelimit")})
        QCOMPARE(d.stepModel()->rowState(d.stepModel()->rowOf(id)), ProbeStepModel::RowState::Skip);
    // Without a probe running, Esc closes.
    QTest::keyClick(&d, Qt::Key_Escape);
    QVERIFY(!d.isVisible());
}

void TestProbeDialog::closeMidRun()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QTRY_COMPARE_WITH_TIMEOUT(probeThreads(), 0, 1000); // none left from earlier tests
    ProbeOptions o = base();
    o.stepTimeoutMs = 60000;
    o.image = QStringLiteral("127.0.0.1:") + QString::number(silent.serverPort()) + QStringLiteral("/a/b:1");
    QPointer<ProbeDialog> d = new ProbeDialog(o);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d));
    QVERIFY(d->run());
    QTRY_COMPARE_WITH_TIMEOUT(d->stepModel()->rowState(d->stepModel()->rowOf(QStringLiteral("tls"))),
        ProbeStepModel::RowState::Running, 10000);
    QCOMPARE(probeThreads(), 1);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(d->close());
    QTRY_VERIFY_WITH_TIMEOUT(d.isNull(), 5000);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    // The probe's thread is gone with the dialog (QThread::wait() returns as the OS
    // thread exits: its /proc entry may take a moment longer).
    QTRY_COMPARE_WITH_TIMEOUT(probeThreads(), 0, 1000);
}

void TestProbeDialog::deleteMidRun()
{
    // The window that owns the dialog goes away while it probes (the application quits).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QTRY_COMPARE_WITH_TIMEOUT(probeThreads(), 0, 1000); // none left from earlier tests
    ProbeOptions o = base();
    o.stepTimeoutMs = 60000;
    o.image = QStringLiteral("127.0.0.1:") + QString::number(silent.serverPort()) + QStringLiteral("/a/b:1");
    auto *d = new ProbeDialog(o);
    QVERIFY(d->run());
    // Straight away, before the thread may even have begun: the cancel must not be lost.
    QElapsedTimer timer;
    timer.start();
    delete d;
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(probeThreads(), 0, 1000);
}

void TestProbeDialog::languageSwitch()
{
    ProbeOptions o = base();
    o.image = QStringLiteral("127.0.0.1:") + QString::number(freePort()) + QStringLiteral("/a/b:1");
    ProbeDialog d(o);
    d.show();
    QSignalSpy done(&d, &ProbeDialog::probeFinished);
    QVERIFY(d.run());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    const QString cause = d.result().cause;
    QCOMPARE(cause, QStringLiteral("connection-refused"));
    QVERIFY(d.verdictText().contains(RuleBook::builtin().describe(cause, QStringLiteral("en")).title));

    // Every string of the dialog goes through tr() and is set again on LanguageChange.
    {
        MarkingTranslator marking({"PullScope::Probe*", "PullScope::CertificateView", "ProbeText"},
            QStringLiteral("\u00ab"), QStringLiteral("\u00bb"));
        QCoreApplication::installTranslator(&marking);
        // QApplication posts LanguageChange to the windows.
        QCoreApplication::sendPostedEvents();
        const QString mark = QStringLiteral("\u00ab");
        QVERIFY2(d.windowTitle().startsWith(mark), qPrintable(d.windowTitle()));
        for (QPushButton *b : d.findChildren<QPushButton *>())
            QVERIFY2(b->text().startsWith(mark), qPrintable(b->text()));
        for (QLabel *l : d.findChildren<QLabel *>())
            if (!l->text().isEmpty() && l->buddy())
                QVERIFY2(l->text().startsWith(mark), qPrintable(l->text()));
        QVERIFY(d.imageEdit()->placeholderText().isEmpty() || d.imageEdit()->placeholderText().startsWith(mark));
        QVERIFY2(d.proxyEdit()->placeholderText().startsWith(mark), qPrintable(d.proxyEdit()->placeholderText()));
        for (int c = 0; c < ProbeStepModel::ColumnCount; ++c)
            QVERIFY(d.stepModel()->headerData(c, Qt::Horizontal).toString().startsWith(mark));
        QVERIFY(d.stepModel()->index(0, ProbeStepModel::StepColumn).data().toString().startsWith(mark));
        QVERIFY2(d.verdictText().startsWith(mark), qPrintable(d.verdictText()));
        QVERIFY(d.certificateView()->title().startsWith(mark));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::sendPostedEvents();
    }
    QCOMPARE(d.windowTitle(), QStringLiteral("Probe registry"));
    QCOMPARE(d.stepModel()->index(0, ProbeStepModel::StepColumn).data().toString(), QStringLiteral("DNS lookup"));

    // Chinese: the cause title comes from the rules in Chinese; the status words from the catalogue.
    LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::sendPostedEvents();
    const QString zhTitle = RuleBook::builtin().describe(cause, QStringLiteral("zh_CN")).title;
    QVERIFY(!zhTitle.isEmpty());
    QVERIFY2(d.verdictText().contains(zhTitle), qPrintable(d.verdictText()));
    if (QFile::exists(QStringLiteral(":/i18n/pullscope_zh_CN.qm"))) {
        const int dns = d.stepModel()->rowOf(QStringLiteral("dns"));
        QCOMPARE(d.stepModel()->index(dns, ProbeStepModel::StatusColumn).data().toString(), QStringLiteral("通过"));
    }
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QVERIFY(d.verdictText().contains(RuleBook::builtin().describe(cause, QStringLiteral("en")).title));
}

void TestProbeDialog::secretWizardTest()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    SecretOptions prefill;
    prefill.name = QStringLiteral("regcred");
    prefill.registries << RegistryCredential {
        m_auth.hostPort(), QStringLiteral("tester"), QStringLiteral("right-password"), {}};
    prefill.image = m_auth.hostPort() + QStringLiteral("/probe/app:v1");
    SecretWizard w(prefill);
    w.setProbeTarget(prefill.image, QStringLiteral("linux/") + ociArchitecture());
    w.show();
    QCOMPARE(w.probeRow()->image(), prefill.image);
    QVERIFY(w.probeRow()->button()->text().contains(QStringLiteral("credentials")));

    // The right password: every step passes.
    QPointer<ProbeDialog> d = w.testCredentials();
    QVERIFY(d);
    QAbstractItemModelTester tester(d->stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(d->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!d->isRunning(), 45000);
    QVERIFY2(d->result().passed(), qPrintable(stepStatuses(d->stepModel())));
    checkRows(d->stepModel(), QString());
    // The credentials were held in memory: no file named, the config carried along.
    ProbeOptions used;
    QCOMPARE(d->validate(&used), QString());
    QVERIFY(used.authFile.isEmpty());
    QVERIFY(used.authConfig.contains(m_auth.hostPort().toUtf8()));
    QVERIFY(d->authEdit()->text().isEmpty());
    QVERIFY(d->authEdit()->placeholderText().contains(QStringLiteral("memory")));

    // The wrong password, tested again in the same dialog: auth fails as the CLI says.
    w.passwordEdit()->setText(QStringLiteral("wrong-password"));
    QCOMPARE(w.testCredentials(), d.data());
    QTRY_VERIFY_WITH_TIMEOUT(!d->isRunning(), 45000);
    checkRows(d->stepModel(), QStringLiteral("auth"));
    QCOMPARE(d->result().cause, QStringLiteral("unauthorized"));
    compareWithCli(*d, cliJson(prefill.image, QStringLiteral("wrong")));

    // No image: the row says why, nothing runs.
    w.probeRow()->imageEdit()->clear();
    QVERIFY(!w.testCredentials());
    QVERIFY2(w.probeRow()->problem().contains(QStringLiteral("image")), qPrintable(w.probeRow()->problem()));
}

void TestProbeDialog::mirrorWizardTest()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    // The upstream cannot be resolved: only the mirror can serve the image.
    MirrorOptions prefill;
    prefill.registry = QStringLiteral("upstream.pullscope-test.invalid");
    MirrorWizard w(prefill);
    w.show();
    const QString image = prefill.registry + QStringLiteral("/probe/app:v1");
    w.setProbeTarget(image, QStringLiteral("linux/") + ociArchitecture());
    QCOMPARE(w.probeRow()->image(), image);
    QVERIFY(w.probeRow()->button()->text().contains(QStringLiteral("mirror")));

    // No mirror yet: the form's own message, nothing runs.
    QVERIFY(!w.testMirror());
    QVERIFY(!w.probeRow()->problem().isEmpty());

    // A mirror that serves the image.
    w.addMirror(QStringLiteral("http://") + m_plain.hostPort());
    QPointer<ProbeDialog> d = w.testMirror();
    QVERIFY2(d, qPrintable(w.probeRow()->problem()));
    QTRY_VERIFY_WITH_TIMEOUT(!d->isRunning(), 45000);
    QVERIFY2(d->result().passed(), qPrintable(stepStatuses(d->stepModel()) + d->warningsText()));
    checkRows(d->stepModel(), QString());
    QCOMPARE(d->result().endpoint, QStringLiteral("http://") + m_plain.hostPort() + QStringLiteral("/v2/"));
    // The certs.d the wizard wrote for the probe; the CLI given it agrees.
    const QString hostsDir = d->hostsDirEdit()->text();
    const QByteArray hostsToml
        = readFile(hostsDir + QLatin1Char('/') + prefill.registry + QStringLiteral("/hosts.toml"));
    QVERIFY2(hostsToml.contains(m_plain.hostPort().toUtf8()), hostsToml.constData());
    compareWithCli(*d, cliJson(image, QString(), {QStringLiteral("--hosts-dir"), hostsDir}));

    // A mirror that answers but does not hold the image; the upstream is tried after it
    // and fails too, and containerd reports the first host's error.
    w.mirrorTable()->item(0, 0)->setText(QStringLiteral("http://") + m_empty.hostPort());
    QCOMPARE(w.testMirror(), d.data());
    QTRY_VERIFY_WITH_TIMEOUT(!d->isRunning(), 45000);
    checkRows(d->stepModel(), QStringLiteral("manifest"));
    QCOMPARE(d->result().cause, QStringLiteral("image-not-found"));
    QCOMPARE(d->result().endpoint, QStringLiteral("http://") + m_empty.hostPort() + QStringLiteral("/v2/"));
    QVERIFY2(d->warningsText().contains(QStringLiteral("trying the next host")), qPrintable(d->warningsText()));
    compareWithCli(*d, cliJson(image, QString(), {QStringLiteral("--hosts-dir"), d->hostsDirEdit()->text()}));
    // The previous run's temporary certs.d is gone; the current one goes with the dialog.
    QVERIFY(!QFileInfo::exists(hostsDir));
    const QString current = d->hostsDirEdit()->text();
    QVERIFY(QFileInfo(current).isDir());
    QVERIFY(d->close());
    QTRY_VERIFY(d.isNull());
    QVERIFY(!QFileInfo::exists(current));

    // An image of another registry would not use these mirrors.
    w.probeRow()->imageEdit()->setText(QStringLiteral("quay.io/x/y:1"));
    QVERIFY(!w.testMirror());
    QVERIFY2(w.probeRow()->problem().contains(prefill.registry), qPrintable(w.probeRow()->problem()));
}

void TestProbeDialog::entryPoints()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::reportLoaded);
    window.openBundledCluster();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QCOMPARE(window.probeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    // The cause card's button, on a failing container whose node's architecture is known.
    const ContainerDiagnosis *d = nullptr;
    for (const ContainerDiagnosis &c : window.report()->containers)
        if (c.hasCause && !c.nodeArchitecture.isEmpty() && c.imageRef.isValid() && !c.failingStep.isEmpty()) {
            QVERIFY(window.selectContainer(c.namespace_, c.pod, c.container));
            d = window.selectedContainer();
            break;
        }
    QVERIFY(d);
    QPushButton *button = window.evidencePanel()->probeButton();
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QList<ProbeDialog *> dialogs = window.findChildren<ProbeDialog *>();
    QCOMPARE(dialogs.size(), 1);
    ProbeDialog *dialog = dialogs.first();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->imageEdit()->text(), d->imageRef.normalized());
    QCOMPARE(dialog->platformEdit()->text(), QStringLiteral("linux/") + d->nodeArchitecture);
    QVERIFY(!dialog->isRunning()); // the user runs it
    dialog->close();
    QTRY_VERIFY(window.findChildren<ProbeDialog *>().isEmpty());

    // The flowchart's failing step: a context menu with "Probe registry...".
    FlowchartScene *scene = window.flowchartScene();
    QVERIFY(!scene->stepMenu(QStringLiteral("policy-always")));
    std::unique_ptr<QMenu> menu(scene->stepMenu(d->failingStep));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 1);
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("Probe registry..."));
    QSignalSpy requested(scene, &FlowchartScene::probeRequested);
    menu->actions().first()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), d->failingStep);
    dialogs = window.findChildren<ProbeDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QCOMPARE(dialogs.first()->imageEdit()->text(), d->imageRef.normalized());
    dialogs.first()->close();
    QTRY_VERIFY(window.findChildren<ProbeDialog *>().isEmpty());

    // Tools > Probe Registry... for any image.
    window.probeAction()->trigger();
    dialogs = window.findChildren<ProbeDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QCOMPARE(dialogs.first()->imageEdit()->text(), d->imageRef.normalized());
    dialogs.first()->close();
    QTRY_VERIFY(window.findChildren<ProbeDialog *>().isEmpty());
}

void TestProbeDialog::screenshots()
{
    // scripts/screenshots.sh: PULLSCOPE_SCREENSHOT_DIR=docs/screenshots under Xvfb.
    const QString out = qEnvironmentVariable("PULLSCOPE_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set PULLSCOPE_SCREENSHOT_DIR to render docs/screenshots/probe-*.png");
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    for (const QString &lang : LanguageManager::languages()) {
        LanguageManager::instance()->setLanguage(lang);
        ProbeDialog d;
        fill(d, m_tls.hostPort() + QStringLiteral("/probe/app:v1"), QString());
        d.resize(1000, 800);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy done(&d, &ProbeDialog::probeFinished);
        QVERIFY(d.run());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY(d.certificateView()->isVisible());
        QTest::qWait(300);
        const QString file = out + QStringLiteral("/probe-") + lang + QStringLiteral(".png");
        QVERIFY(d.grab().save(file));
        qInfo("wrote %s", qPrintable(file));
    }
}

// The node check from the dialog: the script is saved for the image and the node's runtime,
// and a node's output read back fills the same step list with the node's verdict.
void TestProbeDialog::nodeCheck()
{
    ProbeOptions o;
    o.image = QStringLiteral("registry.example.com/team/app:v1");
    ProbeDialog dialog(o);
    QAbstractItemModelTester tester(dialog.stepModel());
    dialog.setNodeRuntime(QStringLiteral("crio"));
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("check.sh"));
    QString error;
    QVERIFY2(dialog.saveNodeScript(script, &error), qPrintable(error));
    const QByteArray text = readFile(script);
    QVERIFY(text.contains("IMAGE='registry.example.com/team/app:v1'"));
    QVERIFY(text.contains("DEFAULT_RUNTIME='crio'"));
    QVERIFY(QFileInfo(script).isExecutable());
    dialog.imageEdit()->clear();
    QVERIFY(!dialog.saveNodeScript(dir.filePath(QStringLiteral("none.sh")), &error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sh"))));

    QVERIFY2(dialog.loadNodeOutput(QStringLiteral(PULLSCOPE_TEST_DATA "/nodecheck/crio-manifest-unknown.txt"), &error),
        qPrintable(error));
    QVERIFY(dialog.hasResult());
    QCOMPARE(dialog.result().cause, QStringLiteral("image-not-found"));
    QCOMPARE(dialog.imageEdit()->text(), QStringLiteral("registry.example.com/team/app:v1"));
    QVERIFY2(dialog.verdictText().contains(QLatin1String("image-not-found")), qPrintable(dialog.verdictText()));
    const QModelIndex status = dialog.stepModel()->index(
        dialog.stepModel()->rowOf(QStringLiteral("manifest")), ProbeStepModel::StatusColumn);
    QCOMPARE(status.data().toString(), ProbeText::statusText(ProbeStep::Status::Fail));
    QVERIFY(dialog.warningsText().contains(QLatin1String("worker-3")));

    // Not a node check's output: refused naming the file, the shown result stays.
    QVERIFY(!dialog.loadNodeOutput(script, &error));
    QVERIFY(error.contains(script));
    QCOMPARE(dialog.result().cause, QStringLiteral("image-not-found"));
}

QTEST_MAIN(TestProbeDialog)
#include "tst_probedialog.moc"

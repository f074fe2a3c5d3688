// The registry probe against real servers the test starts on loopback: Debian's
// docker-registry over plain HTTP, with htpasswd, over TLS with a CA made here (a good
// certificate, an expired one, one for another name), nginx answering 429 with Docker Hub's
// rate-limit headers and 503, an index offering only linux/arm64 pushed with skopeo, an
// unresolvable .invalid name and a closed port. Each case checks the failing step, that every
// later step was skipped, the cause id, and that `skopeo inspect` reaches the same verdict.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QThread>
#include <QtTest>

#include "../integration/integrationharness.h"
#include "../integration/probeservers.h"
#include "probe/nodecheckoutput.h"
#include "probe/nodecheckverdict.h"
#include "probe/registryprobe.h"

#include <unistd.h>

using namespace PullScope;
using namespace PullScope::Integration;

namespace {

} // namespace

class TstIntegrationProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cases_data();
    void cases();
    void cliJson();
    void cliUsage();
    void timeoutAndCancel();
    void connectTimeout();
    void proxied_data();
    void proxied();
    void hostsDir_data();
    void hostsDir();
    void nodeCheck_data();
    void nodeCheck();
    void nodeCheckProxied_data();
    void nodeCheckProxied();

private:
    void startProxiedServers();
    ProbeResult probe(const QString &ref, const QString &options, const QString &proxy, int timeoutMs = 5000);
    void checkSteps(const ProbeResult &r, const QString &failingStep, const QString &cause);
    bool skopeoSays(const QString &ref, const QStringList &skopeoArgs, QString *output);
    // The node check as on a node: the CLI writes the script, sh runs it with a containerd of
    // the test as the runtime (its environment holds the row's proxy; its socket serves the
    // pull) and a certs.d for the row, and NodeCheckVerdict reads the output back.
    ProbeResult nodeCheckRun(
        const QString &ref, const QString &certs, const QString &creds, const QString &runtimeProxy, QString *output);
    Containerd *runtimeWithProxy(const QString &proxy);
    void compareNodeCheck(const ProbeResult &node, const ProbeResult &here, const QString &failingStep,
        const QString &cause, const QString &output);

    // target key -> registry host:port
    QMap<QString, QString> m_targets;
    QString m_dir;
    QTemporaryDir m_temp;
    TestCa m_ca;
    Registry m_plain, m_auth, m_tls, m_expired, m_wrongName;
    NginxAnswering m_429, m_503;
    QString m_authFileRight, m_authFileWrong;
    // Proxied cases: servers on a 198.19.x.y address of lo, tinyproxy on 127.0.0.1.
    std::unique_ptr<LoopbackAlias> m_alias;
    Registry m_farPlain, m_farTls, m_farAuth;
    TinyProxy m_tinyproxy;
    QString m_proxiedSkip;
    bool m_proxiedStarted = false;
    // hosts-dir cases: nginx serving the plain registry under /v2/cache/, and a private
    // containerd whose `ctr pull --hosts-dir` gives the runtime's own verdict.
    NginxPathProxy m_pathProxy;
    std::unique_ptr<Containerd> m_containerd;
    bool m_hostsStarted = false;
    int m_namespaceCounter = 0;
    std::map<QString, std::unique_ptr<Containerd>> m_runtimes; // by the proxy in their environment
    bool m_runtimesTried = false;
};

void TstIntegrationProbe::initTestCase()
{
    const QString missing = missingBinary({QStringLiteral("docker-registry"), QStringLiteral("skopeo"),
        QStringLiteral("openssl"), QStringLiteral("htpasswd"), QStringLiteral("nginx")});
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(missing)));
    QVERIFY(m_temp.isValid());
    // PULLSCOPE_KEEP_TEST_DIR=1 keeps the servers' logs and the node check outputs to read.
    m_temp.setAutoRemove(qEnvironmentVariableIsEmpty("PULLSCOPE_KEEP_TEST_DIR"));
    m_dir = m_temp.path();
    QVERIFY2(m_ca.create(m_dir + QStringLiteral("/ca")), qPrintable(m_ca.error()));
    QVERIFY2(m_ca.issue(QStringLiteral("server"), true), qPrintable(m_ca.error()));
    QString error;
    QVERIFY2(issueCustom(m_ca, m_dir + QStringLiteral("/ca"), QStringLiteral("expired"), "IP:127.0.0.1,DNS:localhost",
                 QStringLiteral("20200101000000Z"), QStringLiteral("20200201000000Z"), &error),
        qPrintable(error));
    QVERIFY2(issueCustom(m_ca, m_dir + QStringLiteral("/ca"), QStringLiteral("othername"), "DNS:other.example",
                 QStringLiteral("20200101000000Z"), QStringLiteral("20991231000000Z"), &error),
        qPrintable(error));
    // skopeo reads CA files from a directory.
    const QString certDir = m_dir + QStringLiteral("/certdir");
    QDir().mkpath(certDir);
    QVERIFY(QFile::copy(m_ca.caCert(), certDir + QStringLiteral("/ca.crt")));

    const OciImage image = buildOciImage(m_dir + QStringLiteral("/layout"), QStringLiteral("v1"), "hello.txt", "hi\n");
    const OciImage armOnly = buildIndexOnly(m_dir + QStringLiteral("/armlayout"), QStringLiteral("v1"),
        ociArchitecture() == QLatin1String("arm64") ? QStringLiteral("s390x") : QStringLiteral("arm64"));

    QVERIFY2(m_plain.start(m_dir + QStringLiteral("/plain")), qPrintable(m_plain.log()));
    RunResult r = skopeoPush(image, m_plain.hostPort() + QStringLiteral("/probe/app:v1"));
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    r = run(findBinary(QStringLiteral("skopeo")),
        {QStringLiteral("copy"), QStringLiteral("--multi-arch"), QStringLiteral("all"),
            QStringLiteral("--dest-tls-verify=false"),
            QStringLiteral("oci:") + armOnly.layoutDir + QStringLiteral(":v1"),
            QStringLiteral("docker://") + m_plain.hostPort() + QStringLiteral("/probe/armonly:v1")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    m_targets.insert(QStringLiteral("plain"), m_plain.hostPort());

    Registry::Options authOpts;
    authOpts.user = QStringLiteral("tester");
    authOpts.password = QStringLiteral("right-password");
    QVERIFY2(m_auth.start(m_dir + QStringLiteral("/auth"), authOpts), qPrintable(m_auth.log()));
    r = skopeoPush(
        image, m_auth.hostPort() + QStringLiteral("/probe/app:v1"), {}, QStringLiteral("tester:right-password"));
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    m_targets.insert(QStringLiteral("auth"), m_auth.hostPort());
    auto authFile = [this](const QString &name, const QString &password) {
        const QString path = m_dir + QLatin1Char('/') + name;
        const QByteArray auth = QByteArray("tester:" + password.toUtf8()).toBase64();
        writeFile(path, "{\"auths\":{\"" + m_auth.hostPort().toUtf8() + "\":{\"auth\":\"" + auth + "\"}}}");
        return path;
    };
    m_authFileRight = authFile(QStringLiteral("right.json"), QStringLiteral("right-password"));
    m_authFileWrong = authFile(QStringLiteral("wrong.json"), QStringLiteral("wrong-password"));

    Registry::Options tlsOpts;
    tlsOpts.certFile = m_ca.cert(QStringLiteral("server"));
    tlsOpts.keyFile = m_ca.key(QStringLiteral("server"));
    QVERIFY2(m_tls.start(m_dir + QStringLiteral("/tls"), tlsOpts), qPrintable(m_tls.log()));
    r = skopeoPush(image, m_tls.hostPort() + QStringLiteral("/probe/app:v1"), certDir);
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    m_targets.insert(QStringLiteral("tls"), m_tls.hostPort());

    tlsOpts.certFile = m_ca.cert(QStringLiteral("expired"));
    tlsOpts.keyFile = m_ca.key(QStringLiteral("expired"));
    QVERIFY2(m_expired.start(m_dir + QStringLiteral("/expired"), tlsOpts), qPrintable(m_expired.log()));
    m_targets.insert(QStringLiteral("expired"), m_expired.hostPort());
    tlsOpts.certFile = m_ca.cert(QStringLiteral("othername"));
    tlsOpts.keyFile = m_ca.key(QStringLiteral("othername"));
    QVERIFY2(m_wrongName.start(m_dir + QStringLiteral("/othername"), tlsOpts), qPrintable(m_wrongName.log()));
    m_targets.insert(QStringLiteral("othername"), m_wrongName.hostPort());

    QVERIFY2(m_429.start(m_dir + QStringLiteral("/n429"), m_plain.port(), 429, 0), qPrintable(m_429.error()));
    m_targets.insert(QStringLiteral("429"), m_429.hostPort());
    QVERIFY2(m_503.start(m_dir + QStringLiteral("/n503"), m_plain.port(), 0, 503), qPrintable(m_503.error()));
    m_targets.insert(QStringLiteral("503"), m_503.hostPort());

    m_targets.insert(QStringLiteral("invalid"), QStringLiteral("registry.pullscope-test.invalid"));
    m_targets.insert(QStringLiteral("closed"), QStringLiteral("127.0.0.1:") + QString::number(freePort()));
}

void TstIntegrationProbe::cases_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("repository"); // repo:tag
    QTest::addColumn<QString>("options"); // ca, right, wrong, arm64 (comma-separated)
    QTest::addColumn<QString>("failingStep"); // empty: all pass
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QStringList>("skopeoArgs");

    const QStringList insecure {QStringLiteral("--tls-verify=false")};
    const QStringList withCa {QStringLiteral("--cert-dir"), QStringLiteral("CERTDIR")};
    QTest::newRow("plain http") << "plain"
                                << "probe/app:v1"
                                << ""
                                << ""
                                << "" << insecure;
    QTest::newRow("plain http, tag missing") << "plain"
                                             << "probe/app:nope"
                                             << ""
                                             << "manifest"
                                             << "image-not-found" << insecure;
    QTest::newRow("htpasswd, right password")
        << "auth"
        << "probe/app:v1"
        << "right"
        << ""
        << "" << (insecure + QStringList {QStringLiteral("--creds"), QStringLiteral("tester:right-password")});
    QTest::newRow("htpasswd, wrong password")
        << "auth"
        << "probe/app:v1"
        << "wrong"
        << "auth"
        << "unauthorized"
        << (insecure + QStringList {QStringLiteral("--creds"), QStringLiteral("tester:wrong-password")});
    QTest::newRow("htpasswd, no credentials") << "auth"
                                              << "probe/app:v1"
                                              << ""
                                              << "auth"
                                              << "unauthorized" << insecure;
    QTest::newRow("tls with the CA") << "tls"
                                     << "probe/app:v1"
                                     << "ca"
                                     << ""
                                     << "" << withCa;
    QTest::newRow("tls without the CA") << "tls"
                                        << "probe/app:v1"
                                        << ""
                                        << "tls"
                                        << "tls-unknown-authority" << QStringList();
    QTest::newRow("tls expired") << "expired"
                                 << "probe/app:v1"
                                 << "ca"
                                 << "tls"
                                 << "tls-expired" << withCa;
    QTest::newRow("tls other name") << "othername"
                                    << "probe/app:v1"
                                    << "ca"
                                    << "tls"
                                    << "tls-hostname-mismatch" << withCa;
    QTest::newRow("nginx 429") << "429"
                               << "probe/app:v1"
                               << ""
                               << "manifest"
                               << "rate-limited" << insecure;
    QTest::newRow("nginx 503") << "503"
                               << "probe/app:v1"
                               << ""
                               << "api"
                               << "registry-unavailable" << insecure;
    QTest::newRow("unresolvable .invalid") << "invalid"
                                           << "probe/app:v1"
                                           << ""
                                           << "dns"
                                           << "dns-failure" << insecure;
    QTest::newRow("closed port") << "closed"
                                 << "probe/app:v1"
                                 << ""
                                 << "tcp"
                                 << "connection-refused" << insecure;
    QTest::newRow("index with another platform only") << "plain"
                                                      << "probe/armonly:v1"
                                                      << ""
                                                      << "platform"
                                                      << "platform-mismatch" << insecure;
    QTest::newRow("index, its platform asked for")
        << "plain"
        << "probe/armonly:v1"
        << "arm64"
        << ""
        << "" << (insecure + QStringList {QStringLiteral("--override-arch"), QStringLiteral("ARCH")});
}

void TstIntegrationProbe::cases()
{
    QFETCH(QString, target);
    QFETCH(QString, repository);
    QFETCH(QString, options);
    QFETCH(QString, failingStep);
    QFETCH(QString, cause);
    QFETCH(QStringList, skopeoArgs);

    const QString otherArch
        = ociArchitecture() == QLatin1String("arm64") ? QStringLiteral("s390x") : QStringLiteral("arm64");
    const QString ref = m_targets.value(target) + QLatin1Char('/') + repository;
    ProbeOptions o;
    o.image = ref;
    o.stepTimeoutMs = 5000;
    o.environment = QProcessEnvironment(); // no proxy from the machine running the test
    const QStringList opts = options.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (opts.contains(QStringLiteral("ca")))
        o.caFile = m_ca.caCert();
    if (opts.contains(QStringLiteral("right")))
        o.authFile = m_authFileRight;
    if (opts.contains(QStringLiteral("wrong")))
        o.authFile = m_authFileWrong;
    o.platform = opts.contains(QStringLiteral("arm64")) ? QStringLiteral("linux/") + otherArch
                                                        : QStringLiteral("linux/") + ociArchitecture();
    RegistryProbe probe(o);
    QElapsedTimer timer;
    timer.start();
    const ProbeResult r = probe.run();
    QString steps;
    for (const ProbeStep &s : r.steps)
        steps += s.id + QLatin1Char('=') + ProbeStep::statusId(s.status) + QStringLiteral(" (") + s.detail
            + QStringLiteral(")\n");
    QVERIFY2(timer.elapsed() < 8 * 5000, "the probe outlived its step timeouts");
    QCOMPARE(r.steps.size(), 8);
    QVERIFY2(r.failingStep() == failingStep, qPrintable(steps));
    QCOMPARE(r.cause, cause);
    bool after = false;
    for (const ProbeStep &s : r.steps) {
        if (after)
            QVERIFY2(s.status == ProbeStep::Status::Skip, qPrintable(s.id + QStringLiteral(" not skipped\n") + steps));
        else if (s.id != failingStep)
            QVERIFY2(
                s.status == ProbeStep::Status::Pass || s.status == ProbeStep::Status::NotApplicable, qPrintable(steps));
        if (s.id == failingStep)
            after = true;
        if (s.status != ProbeStep::Status::Skip)
            QVERIFY(s.ms >= 0);
    }
    // Step-specific evidence.
    if (cause.startsWith(QLatin1String("tls-"))) {
        const ProbeStep *tls = r.step(QStringLiteral("tls"));
        QVERIFY(!tls->certificate.isNull());
        QVERIFY(!tls->certificate.notAfter.isEmpty());
        if (cause == QLatin1String("tls-expired"))
            QVERIFY2(tls->certificate.notAfter.startsWith(QLatin1String("2020-02-01")),
                qPrintable(tls->certificate.notAfter));
        if (cause == QLatin1String("tls-hostname-mismatch"))
            QVERIFY(tls->certificate.sans.contains(QStringLiteral("DNS:other.example")));
    }
    if (target == QLatin1String("tls") && cause.isEmpty())
        QCOMPARE(r.step(QStringLiteral("tls"))->status, ProbeStep::Status::Pass);
    if (target == QLatin1String("plain") && cause.isEmpty())
        QCOMPARE(r.step(QStringLiteral("tls"))->status, ProbeStep::Status::NotApplicable);
    if (cause == QLatin1String("rate-limited")) {
        QCOMPARE(r.rateLimit.limit, 100);
        QCOMPARE(r.rateLimit.remaining, 0);
        QCOMPARE(r.rateLimit.limitWindowSeconds, 21600);
    }
    if (repository.startsWith(QLatin1String("probe/armonly")))
        QCOMPARE(r.platforms, QStringList {QStringLiteral("linux/") + otherArch});
    if (failingStep.isEmpty())
        QCOMPARE(r.step(QStringLiteral("ratelimit"))->status, ProbeStep::Status::NotApplicable);

    // skopeo's verdict on the same image.
    QStringList args {QStringLiteral("inspect"), QStringLiteral("--retry-times"), QStringLiteral("0")};
    for (const QString &a : skopeoArgs)
        args << (a == QLatin1String("CERTDIR") ? m_dir + QStringLiteral("/certdir")
                : a == QLatin1String("ARCH")   ? otherArch
                                               : a);
    args << QStringLiteral("docker://") + ref;
    const RunResult sk = run(findBinary(QStringLiteral("skopeo")), args, withoutProxies(), 60000);
    QVERIFY2(sk.ok() == failingStep.isEmpty(),
        qPrintable(QStringLiteral("skopeo disagrees: ") + sk.summary() + QLatin1Char('\n') + steps));
}

void TstIntegrationProbe::cliJson()
{
    if (m_targets.isEmpty())
        QSKIP("no servers");
    const QProcessEnvironment env = withoutProxies();
    RunResult r = run(QStringLiteral(PULLSCOPE_CLI),
        {QStringLiteral("probe"), m_targets.value(QStringLiteral("tls")) + QStringLiteral("/probe/app:v1"),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("5")},
        env);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.output).object();
    QCOMPARE(o.value(QLatin1String("cause")).toString(), QStringLiteral("tls-unknown-authority"));
    QCOMPARE(o.value(QLatin1String("registry")).toString(), m_targets.value(QStringLiteral("tls")));
    QCOMPARE(o.value(QLatin1String("endpoint")).toString(),
        QStringLiteral("https://") + m_targets.value(QStringLiteral("tls")) + QStringLiteral("/v2/"));
    const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 8);
    const QJsonObject tls = steps[2].toObject();
    QCOMPARE(tls.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(tls.value(QLatin1String("detail")).toString(), QStringLiteral("certificate signed by unknown authority"));
    QVERIFY(tls.value(QLatin1String("certificate"))
                .toObject()
                .value(QLatin1String("sans"))
                .toArray()
                .contains(QStringLiteral("IP:127.0.0.1")));
    QCOMPARE(steps[3].toObject().value(QLatin1String("status")).toString(), QStringLiteral("skip"));

    r = run(QStringLiteral(PULLSCOPE_CLI),
        {QStringLiteral("probe"), m_targets.value(QStringLiteral("tls")) + QStringLiteral("/probe/app:v1"),
            QStringLiteral("--ca"), m_ca.caCert()},
        env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY(r.text().contains(QStringLiteral("Result: every step passed")));
    // The table's columns line up: every step row has its status at the same column.
    const QStringList lines = r.text().split(QLatin1Char('\n'));
    int statusColumn = -1;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("STEP")))
            statusColumn = int(line.indexOf(QLatin1String("STATUS")));
        for (const QString &id : RegistryProbe::stepIds())
            if (line.startsWith(id + QLatin1Char(' ')))
                QCOMPARE(
                    int(line.indexOf(QRegularExpression(QStringLiteral("\\S"), QRegularExpression::NoPatternOption),
                        int(id.size()))),
                    statusColumn);
    }
    QVERIFY(statusColumn > 0);
}

void TstIntegrationProbe::cliUsage()
{
    const QString cli = QStringLiteral(PULLSCOPE_CLI);
    QCOMPARE(run(cli, {QStringLiteral("probe")}).exitCode, 2);
    QCOMPARE(run(cli, {QStringLiteral("probe"), QStringLiteral("Bad//Name")}).exitCode, 2);
    QCOMPARE(
        run(cli, {QStringLiteral("probe"), QStringLiteral("x/y:1"), QStringLiteral("--format"), QStringLiteral("xml")})
            .exitCode,
        2);
    QCOMPARE(
        run(cli,
            {QStringLiteral("probe"), QStringLiteral("x/y:1"), QStringLiteral("--platform"), QStringLiteral("amd64")})
            .exitCode,
        2);
    QCOMPARE(run(cli,
                 {QStringLiteral("probe"), QStringLiteral("x/y:1"), QStringLiteral("--authfile"),
                     QStringLiteral("/nonexistent/config.json")})
                 .exitCode,
        2);
    QCOMPARE(run(cli,
                 {QStringLiteral("probe"), QStringLiteral("x/y:1"), QStringLiteral("--hosts-dir"),
                     QStringLiteral("/nonexistent/certs.d")})
                 .exitCode,
        2);
    QCOMPARE(
        run(cli, {QStringLiteral("probe"), QStringLiteral("x/y:1"), QStringLiteral("--timeout"), QStringLiteral("0")})
            .exitCode,
        2);
    const RunResult help = run(cli, {QStringLiteral("probe"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--authfile", "--ca", "--hosts-dir", "--proxy", "--platform", "--timeout", "--format"})
        QVERIFY2(help.output.contains(option), option);
    QVERIFY(run(cli, {QStringLiteral("--help")}).output.contains("probe IMAGE"));
}

ProbeResult TstIntegrationProbe::probe(const QString &ref, const QString &options, const QString &proxy, int timeoutMs)
{
    ProbeOptions o;
    o.image = ref;
    o.stepTimeoutMs = timeoutMs;
    o.environment = QProcessEnvironment();
    const QStringList opts = options.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (opts.contains(QStringLiteral("ca")))
        o.caFile = m_ca.caCert();
    if (opts.contains(QStringLiteral("right")))
        o.authFile = m_authFileRight;
    if (opts.contains(QStringLiteral("wrong")))
        o.authFile = m_authFileWrong;
    if (opts.contains(QStringLiteral("envproxy")))
        o.environment.insert(QStringLiteral("HTTPS_PROXY"), proxy);
    else if (!proxy.isEmpty())
        o.proxy = proxy;
    o.platform = QStringLiteral("linux/") + ociArchitecture();
    RegistryProbe p(o);
    return p.run();
}

void TstIntegrationProbe::checkSteps(const ProbeResult &r, const QString &failingStep, const QString &cause)
{
    QString steps;
    for (const ProbeStep &s : r.steps)
        steps += s.id + QLatin1Char('=') + ProbeStep::statusId(s.status) + QStringLiteral(" (") + s.detail
            + QStringLiteral(")\n");
    QCOMPARE(r.steps.size(), 8);
    QVERIFY2(r.failingStep() == failingStep, qPrintable(steps));
    QVERIFY2(r.cause == cause, qPrintable(steps));
    bool after = false;
    for (const ProbeStep &s : r.steps) {
        if (after)
            QVERIFY2(s.status == ProbeStep::Status::Skip, qPrintable(steps));
        else if (s.id != failingStep)
            QVERIFY2(
                s.status == ProbeStep::Status::Pass || s.status == ProbeStep::Status::NotApplicable, qPrintable(steps));
        after = after || s.id == failingStep;
    }
}

bool TstIntegrationProbe::skopeoSays(const QString &ref, const QStringList &skopeoArgs, QString *output)
{
    QProcessEnvironment env = withoutProxies();
    QStringList args {QStringLiteral("inspect"), QStringLiteral("--retry-times"), QStringLiteral("0")};
    for (const QString &a : skopeoArgs) {
        if (a.startsWith(QLatin1String("HTTPS_PROXY=")))
            env.insert(QStringLiteral("HTTPS_PROXY"), a.mid(12));
        else
            args << (a == QLatin1String("CERTDIR") ? m_dir + QStringLiteral("/certdir") : a);
    }
    args << QStringLiteral("docker://") + ref;
    const RunResult sk = run(findBinary(QStringLiteral("skopeo")), args, env, 60000);
    *output = sk.summary();
    return sk.ok();
}

void TstIntegrationProbe::timeoutAndCancel()
{
    // A server that accepts connections (the kernel's backlog) and never says a word: the
    // TLS handshake hangs.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString ref = QStringLiteral("127.0.0.1:") + QString::number(silent.serverPort()) + QStringLiteral("/a/b:1");
    QElapsedTimer timer;
    timer.start();
    const ProbeResult r = probe(ref, {}, {}, 1000);
    checkSteps(r, QStringLiteral("tls"), QStringLiteral("network-timeout"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    // The same hang, cancelled from another thread while the probe runs on its own.
    ProbeOptions o;
    o.image = ref;
    o.stepTimeoutMs = 60000;
    o.environment = QProcessEnvironment();
    auto *p = new RegistryProbe(o);
    QThread thread;
    p->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, p, &RegistryProbe::start);
    QStringList seen;
    QObject::connect(
        p, &RegistryProbe::stepFinished, this, [&seen](const QString &id, int, const QString &) { seen << id; },
        Qt::QueuedConnection);
    bool done = false;
    QObject::connect(
        p, &RegistryProbe::finished, this, [&done] { done = true; }, Qt::QueuedConnection);
    timer.restart();
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("tcp")), 5000);
    p->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(timer.elapsed() < 10000);
    thread.quit();
    QVERIFY(thread.wait(5000));
    QCOMPARE(seen, RegistryProbe::stepIds());
    delete p;
}

void TstIntegrationProbe::connectTimeout()
{
    // SYNs to a loopback port dropped by the firewall: the connection neither succeeds nor
    // is refused, as with a filtered registry.
    const QString iptables = findBinary(QStringLiteral("iptables"));
    if (iptables.isEmpty() || ::geteuid() != 0)
        QSKIP("needs root and iptables to drop packets to a loopback port");
    const QString port = QString::number(freePort());
    const QStringList rule {QStringLiteral("INPUT"), QStringLiteral("-p"), QStringLiteral("tcp"), QStringLiteral("-d"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--dport"), port, QStringLiteral("-j"), QStringLiteral("DROP")};
    const RunResult added = run(iptables, QStringList {QStringLiteral("-I")} + rule);
    if (!added.ok())
        QSKIP(qPrintable(QStringLiteral("iptables refused the rule: ") + added.summary()));
    struct Removal
    {
        QString iptables;
        QStringList rule;
        ~Removal() { run(iptables, QStringList {QStringLiteral("-D")} + rule); }
    } removal {iptables, rule};
    const QString ref = QStringLiteral("127.0.0.1:") + port + QStringLiteral("/probe/app:v1");
    QElapsedTimer timer;
    timer.start();
    const ProbeResult r = probe(ref, {}, {}, 1500);
    checkSteps(r, QStringLiteral("tcp"), QStringLiteral("network-timeout"));
    QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QString output;
    QVERIFY2(
        !skopeoSays(ref,
            {QStringLiteral("--tls-verify=false"), QStringLiteral("--command-timeout"), QStringLiteral("3s")}, &output),
        qPrintable(output));
    // Go's words for the same condition, which the diagnosis maps to network-timeout.
    QVERIFY2(output.contains(QStringLiteral("deadline exceeded")) || output.contains(QStringLiteral("timeout")),
        qPrintable(output));
}

void TstIntegrationProbe::startProxiedServers()
{
    m_proxiedStarted = true;
    if (!findBinary(QStringLiteral("tinyproxy")).size() || !findBinary(QStringLiteral("ip")).size()) {
        m_proxiedSkip = QStringLiteral("tinyproxy or ip is not installed");
        return;
    }
    if (::geteuid() != 0) {
        m_proxiedSkip = QStringLiteral("needs root: the registries listen on a test address added to lo");
        return;
    }
    QString error;
    m_alias = std::make_unique<LoopbackAlias>();
    QVERIFY2(m_alias->add(&error), qPrintable(error));
    const QString far = m_alias->address();
    QVERIFY2(m_ca.issue(QStringLiteral("far"), true, {far}), qPrintable(m_ca.error()));
    const OciImage image = buildOciImage(m_dir + QStringLiteral("/layout"), QStringLiteral("v1"), "hello.txt", "hi\n");
    const QString certDir = m_dir + QStringLiteral("/certdir");

    Registry::Options plain;
    plain.address = far;
    QVERIFY2(m_farPlain.start(m_dir + QStringLiteral("/farplain"), plain), qPrintable(m_farPlain.log()));
    RunResult r = skopeoPush(image, m_farPlain.hostPort() + QStringLiteral("/probe/app:v1"));
    QVERIFY2(r.ok(), qPrintable(r.summary()));

    Registry::Options tls = plain;
    tls.certFile = m_ca.cert(QStringLiteral("far"));
    tls.keyFile = m_ca.key(QStringLiteral("far"));
    QVERIFY2(m_farTls.start(m_dir + QStringLiteral("/fartls"), tls), qPrintable(m_farTls.log()));
    r = skopeoPush(image, m_farTls.hostPort() + QStringLiteral("/probe/app:v1"), certDir);
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    r = run(findBinary(QStringLiteral("skopeo")),
        {QStringLiteral("copy"), QStringLiteral("--multi-arch"), QStringLiteral("all"),
            QStringLiteral("--dest-cert-dir"), certDir,
            QStringLiteral("oci:") + m_dir + QStringLiteral("/armlayout:v1"),
            QStringLiteral("docker://") + m_farTls.hostPort() + QStringLiteral("/probe/armonly:v1")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));

    Registry::Options auth = tls;
    auth.user = QStringLiteral("tester");
    auth.password = QStringLiteral("right-password");
    QVERIFY2(m_farAuth.start(m_dir + QStringLiteral("/farauth"), auth), qPrintable(m_farAuth.log()));
    r = skopeoPush(image, m_farAuth.hostPort() + QStringLiteral("/probe/app:v1"), certDir,
        QStringLiteral("tester:right-password"));
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    // The credential files name the loopback auth registry; these name the far one.
    auto authFile = [this](const QString &name, const QString &password) {
        const QString path = m_dir + QLatin1Char('/') + name;
        const QByteArray a = QByteArray("tester:" + password.toUtf8()).toBase64();
        writeFile(path, "{\"auths\":{\"" + m_farAuth.hostPort().toUtf8() + "\":{\"auth\":\"" + a + "\"}}}");
        return path;
    };
    authFile(QStringLiteral("far-right.json"), QStringLiteral("right-password"));
    authFile(QStringLiteral("far-wrong.json"), QStringLiteral("wrong-password"));

    QVERIFY(m_tinyproxy.start(m_dir + QStringLiteral("/tinyproxy")));
    m_targets.insert(QStringLiteral("farplain"), m_farPlain.hostPort());
    m_targets.insert(QStringLiteral("fartls"), m_farTls.hostPort());
    m_targets.insert(QStringLiteral("farauth"), m_farAuth.hostPort());
    m_targets.insert(QStringLiteral("farclosed"), far + QStringLiteral(":") + QString::number(freePort()));
}

void TstIntegrationProbe::proxied_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("options"); // ca, far-right, far-wrong, envproxy, deadproxy, noproxy
    QTest::addColumn<QString>("failingStep");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QStringList>("skopeoArgs");
    const QStringList ca {QStringLiteral("--cert-dir"), QStringLiteral("CERTDIR")};
    QTest::newRow("tls with the CA, HTTPS_PROXY") << "fartls"
                                                  << "probe/app:v1"
                                                  << "ca,envproxy"
                                                  << ""
                                                  << "" << ca;
    QTest::newRow("tls with the CA, --proxy") << "fartls"
                                              << "probe/app:v1"
                                              << "ca"
                                              << ""
                                              << "" << ca;
    QTest::newRow("tls without the CA") << "fartls"
                                        << "probe/app:v1"
                                        << ""
                                        << "tls"
                                        << "tls-unknown-authority" << QStringList();
    QTest::newRow("htpasswd over tls, right password")
        << "farauth"
        << "probe/app:v1"
        << "ca,far-right"
        << ""
        << "" << (ca + QStringList {QStringLiteral("--creds"), QStringLiteral("tester:right-password")});
    QTest::newRow("htpasswd over tls, wrong password")
        << "farauth"
        << "probe/app:v1"
        << "ca,far-wrong"
        << "auth"
        << "unauthorized" << (ca + QStringList {QStringLiteral("--creds"), QStringLiteral("tester:wrong-password")});
    QTest::newRow("tag missing") << "fartls"
                                 << "probe/app:nope"
                                 << "ca"
                                 << "manifest"
                                 << "image-not-found" << ca;
    QTest::newRow("index with another platform only") << "fartls"
                                                      << "probe/armonly:v1"
                                                      << "ca"
                                                      << "platform"
                                                      << "platform-mismatch" << ca;
    QTest::newRow("plain http, not loopback") << "farplain"
                                              << "probe/app:v1"
                                              << ""
                                              << "tls"
                                              << "http-https-mismatch" << QStringList();
    QTest::newRow("plain http, not loopback, direct") << "farplain"
                                                      << "probe/app:v1"
                                                      << "noproxy"
                                                      << "tls"
                                                      << "http-https-mismatch" << QStringList();
    QTest::newRow("closed port behind the proxy") << "farclosed"
                                                  << "probe/app:v1"
                                                  << ""
                                                  << "tcp"
                                                  << "proxy-error" << QStringList();
    QTest::newRow("unresolvable behind the proxy") << "invalid"
                                                   << "probe/app:v1"
                                                   << ""
                                                   << "tcp"
                                                   << "proxy-error" << QStringList();
    QTest::newRow("dead proxy") << "fartls"
                                << "probe/app:v1"
                                << "ca,deadproxy"
                                << "tcp"
                                << "proxy-error" << ca;
}

void TstIntegrationProbe::proxied()
{
    if (m_targets.isEmpty())
        QSKIP("no servers");
    if (!m_proxiedStarted)
        startProxiedServers();
    if (!m_proxiedSkip.isEmpty())
        QSKIP(qPrintable(m_proxiedSkip));
    QVERIFY(m_targets.contains(QStringLiteral("fartls")));
    QFETCH(QString, target);
    QFETCH(QString, repository);
    QFETCH(QString, options);
    QFETCH(QString, failingStep);
    QFETCH(QString, cause);
    QFETCH(QStringList, skopeoArgs);
    QString opts = options;
    opts.replace(QStringLiteral("far-right"), QStringLiteral("right"))
        .replace(QStringLiteral("far-wrong"), QStringLiteral("wrong"));
    const QString saveRight = m_authFileRight, saveWrong = m_authFileWrong;
    m_authFileRight = m_dir + QStringLiteral("/far-right.json");
    m_authFileWrong = m_dir + QStringLiteral("/far-wrong.json");
    QString proxy = m_tinyproxy.url();
    if (options.contains(QStringLiteral("deadproxy")))
        proxy = QStringLiteral("http://127.0.0.1:") + QString::number(freePort());
    if (options.contains(QStringLiteral("noproxy")))
        proxy.clear();
    const QString ref = m_targets.value(target) + QLatin1Char('/') + repository;
    const QString logBefore = m_tinyproxy.log();
    const ProbeResult r = probe(ref, opts, proxy);
    m_authFileRight = saveRight;
    m_authFileWrong = saveWrong;
    checkSteps(r, failingStep, cause);
    if (!proxy.isEmpty()) {
        QCOMPARE(r.proxy, proxy);
        if (!options.contains(QStringLiteral("deadproxy")) && target != QLatin1String("invalid"))
            QVERIFY2(m_tinyproxy.log().mid(logBefore.size()).contains(m_targets.value(target)),
                qPrintable(m_tinyproxy.log().mid(logBefore.size())));
    }
    QStringList args = skopeoArgs;
    if (!proxy.isEmpty())
        args << QStringLiteral("HTTPS_PROXY=") + proxy;
    QString output;
    QVERIFY2(skopeoSays(ref, args, &output) == failingStep.isEmpty(), qPrintable(QStringLiteral("skopeo: ") + output));
}

void TstIntegrationProbe::hostsDir_data()
{
    QTest::addColumn<QString>("hostsToml"); // with TLS, PLAIN, CLOSED, NGINX placeholders; empty: CA file only
    QTest::addColumn<QString>("image"); // registry/repo:tag, with the same placeholders
    QTest::addColumn<QString>("failingStep");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("endpoint"); // expected endpoint of the result
    const QString upstream = QStringLiteral("upstream.pullscope-test.invalid/probe/app:v1");
    QTest::newRow("first mirror down, second answers")
        << "server = \"https://upstream.pullscope-test.invalid\"\n"
           "[host.\"http://CLOSED\"]\n  capabilities = [\"pull\", \"resolve\"]\n"
           "[host.\"https://TLS\"]\n  capabilities = [\"pull\", \"resolve\"]\n  ca = \"ca.crt\"\n"
        << upstream << ""
        << ""
        << "https://TLS/v2/";
    QTest::newRow("mirror with skip_verify")
        << "server = \"https://upstream.pullscope-test.invalid\"\n"
           "[host.\"https://TLS\"]\n  capabilities = [\"pull\", \"resolve\"]\n  skip_verify = true\n"
        << upstream << ""
        << ""
        << "https://TLS/v2/";
    QTest::newRow("mirror without its CA") << "server = \"https://upstream.pullscope-test.invalid\"\n"
                                              "[host.\"https://TLS\"]\n  capabilities = [\"pull\", \"resolve\"]\n"
                                           << upstream << "tls"
                                           << "tls-unknown-authority"
                                           << "https://TLS/v2/";
    QTest::newRow("override_path behind a path proxy")
        << "server = \"https://upstream.pullscope-test.invalid\"\n"
           "[host.\"http://NGINX/v2/cache\"]\n  capabilities = [\"pull\", \"resolve\"]\n  override_path = true\n"
        << upstream << ""
        << ""
        << "http://NGINX/v2/cache/";
    QTest::newRow("pull-only mirror is not asked for a tag")
        << "server = \"https://upstream.pullscope-test.invalid\"\n"
           "[host.\"https://TLS\"]\n  capabilities = [\"pull\"]\n  ca = \"ca.crt\"\n"
        << upstream << "dns"
        << "dns-failure"
        << "https://upstream.pullscope-test.invalid/v2/";
    QTest::newRow("docker certs.d layout: a CA file, no hosts.toml") << ""
                                                                     << "TLS/probe/app:v1"
                                                                     << ""
                                                                     << ""
                                                                     << "https://TLS/v2/";
}

void TstIntegrationProbe::hostsDir()
{
    if (m_targets.isEmpty())
        QSKIP("no servers");
    if (!m_hostsStarted) {
        m_hostsStarted = true;
        QVERIFY2(
            m_pathProxy.start(m_dir + QStringLiteral("/pathproxy"), m_plain.port(), QStringLiteral("cache"), {}, {}),
            qPrintable(m_pathProxy.error()));
        if (missingBinary({QStringLiteral("containerd"), QStringLiteral("ctr")}).isEmpty() && ::geteuid() == 0) {
            m_containerd = std::make_unique<Containerd>();
            if (!m_containerd->start(m_dir + QStringLiteral("/containerd")))
                m_containerd.reset();
        }
    }
    QFETCH(QString, hostsToml);
    QFETCH(QString, image);
    QFETCH(QString, failingStep);
    QFETCH(QString, cause);
    QFETCH(QString, endpoint);
    auto fill = [this](QString text) {
        return text.replace(QStringLiteral("TLS"), m_tls.hostPort())
            .replace(QStringLiteral("CLOSED"), m_targets.value(QStringLiteral("closed")))
            .replace(QStringLiteral("NGINX"), m_pathProxy.baseUrl().mid(7));
    };
    const QString ref = fill(image);
    const QString registry = ref.section(QLatin1Char('/'), 0, 0);
    const QString certsD = m_dir + QStringLiteral("/certs.d-") + QString::number(++m_namespaceCounter);
    const QString hostDir = certsD + QLatin1Char('/') + registry;
    QDir().mkpath(hostDir);
    QVERIFY(QFile::copy(m_ca.caCert(), hostDir + QStringLiteral("/ca.crt")));
    if (!hostsToml.isEmpty())
        writeFile(hostDir + QStringLiteral("/hosts.toml"), fill(hostsToml).toUtf8());

    ProbeOptions o;
    o.image = ref;
    o.hostsDir = certsD;
    o.stepTimeoutMs = 5000;
    o.environment = QProcessEnvironment();
    o.platform = QStringLiteral("linux/") + ociArchitecture();
    RegistryProbe p(o);
    const ProbeResult r = p.run();
    checkSteps(r, failingStep, cause);
    QCOMPARE(r.endpoint, fill(endpoint));
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    if (QByteArray(QTest::currentDataTag()) == QByteArray("first mirror down, second answers"))
        QVERIFY2(
            warnings.contains(m_targets.value(QStringLiteral("closed"))) && warnings.contains(QStringLiteral("tcp")),
            qPrintable(warnings));
    if (QByteArray(QTest::currentDataTag()) == QByteArray("mirror with skip_verify"))
        QVERIFY2(warnings.contains(QStringLiteral("skip_verify")), qPrintable(warnings));
    if (QByteArray(QTest::currentDataTag()) == QByteArray("override_path behind a path proxy"))
        QVERIFY2(m_pathProxy.accessLog().contains(
                     QStringLiteral("/v2/cache/probe/app/manifests/v1?ns=upstream.pullscope-test.invalid")),
            qPrintable(m_pathProxy.accessLog()));

    // The runtime's own verdict with the same directory. Not for a loopback registry
    // without hosts.toml: containerd then speaks plain HTTP to localhost first and fails on
    // the TLS port's 400, where the probe (and skopeo) start with TLS.
    if (!m_containerd || hostsToml.isEmpty())
        return;
    const RunResult pulled
        = m_containerd->pull(ref, certsD, QStringLiteral("probe-") + QString::number(m_namespaceCounter));
    QVERIFY2(pulled.ok() == failingStep.isEmpty(), qPrintable(QStringLiteral("ctr disagrees: ") + pulled.summary()));
}

// ---- the node check (issue 5 item 3) ----

Containerd *TstIntegrationProbe::runtimeWithProxy(const QString &proxy)
{
    if (missingBinary({QStringLiteral("containerd"), QStringLiteral("ctr")}).size() || ::geteuid() != 0)
        return nullptr;
    auto it = m_runtimes.find(proxy);
    if (it != m_runtimes.end())
        return it->second.get();
    QProcessEnvironment env = withoutProxies();
    if (!proxy.isEmpty()) {
        env.insert(QStringLiteral("HTTPS_PROXY"), proxy);
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("localhost,127.0.0.1"));
    }
    auto c = std::make_unique<Containerd>();
    const QString dir = m_dir + QStringLiteral("/runtime-") + QString::number(m_runtimes.size());
    if (!c->start(dir, env)) {
        qWarning("containerd did not start: %s", qPrintable(c->log().right(2000)));
        return nullptr;
    }
    return m_runtimes.emplace(proxy, std::move(c)).first->second.get();
}

ProbeResult TstIntegrationProbe::nodeCheckRun(
    const QString &ref, const QString &certs, const QString &creds, const QString &runtimeProxy, QString *output)
{
    Containerd *runtime = runtimeWithProxy(runtimeProxy);
    const QString registry = ref.section(QLatin1Char('/'), 0, 0);
    const QString work = m_dir + QStringLiteral("/node-") + QString::number(++m_namespaceCounter);
    const QString certsD = work + QStringLiteral("/certs.d");
    QDir().mkpath(certsD + QLatin1Char('/') + registry);
    if (!certs.isEmpty()) {
        // The CA on the server too: containerd 1.6 falls back from the [host] entry to the
        // server after a 404, and a server without the CA then reports x509 errors instead.
        const QByteArray ca = certs == QLatin1String("ca") ? QByteArray("ca = \"ca.crt\"\n") : QByteArray();
        const QByteArray toml = "server = \"https://" + registry.toUtf8() + "\"\n" + ca + "[host.\"https://"
            + registry.toUtf8() + "\"]\n  capabilities = [\"pull\", \"resolve\"]\n  " + ca;
        if (!ca.isEmpty())
            QFile::copy(m_ca.caCert(), certsD + QLatin1Char('/') + registry + QStringLiteral("/ca.crt"));
        writeFile(certsD + QLatin1Char('/') + registry + QStringLiteral("/hosts.toml"), toml);
    }
    const QString script = work + QStringLiteral("/pullscope-node-check.sh");
    const RunResult gen = run(QStringLiteral(PULLSCOPE_CLI),
        {QStringLiteral("probe"), ref, QStringLiteral("--node-script"), QStringLiteral("-o"), script});
    if (!gen.ok()) {
        *output = gen.text();
        return {};
    }
    QProcessEnvironment env = withoutProxies();
    env.insert(QStringLiteral("RUNTIME"), QStringLiteral("containerd"));
    env.insert(QStringLiteral("CERTS_D"), certsD);
    env.insert(QStringLiteral("CHECK_TIMEOUT"), QStringLiteral("5"));
    env.insert(QStringLiteral("PULL_TIMEOUT"), QStringLiteral("60"));
    if (runtime) {
        env.insert(QStringLiteral("RUNTIME_PID"), QString::number(runtime->pid()));
        env.insert(QStringLiteral("CONTAINERD_ADDRESS"), runtime->socket());
        env.insert(QStringLiteral("CTR_ARGS"), QStringLiteral("--snapshotter native"));
    } else {
        env.insert(QStringLiteral("PULL"), QStringLiteral("0"));
    }
    if (creds == QLatin1String("right"))
        env.insert(QStringLiteral("PULL_CREDS"), QStringLiteral("tester:right-password"));
    else if (creds == QLatin1String("wrong"))
        env.insert(QStringLiteral("PULL_CREDS"), QStringLiteral("tester:wrong-password"));
    const RunResult ran = run(findBinary(QStringLiteral("sh")), {script}, env, 180000);
    *output = ran.text();
    const QString outFile = work + QStringLiteral("/node-check.txt");
    writeFile(outFile, ran.output);
    NodeCheckOutput parsed;
    QString error;
    if (!NodeCheckOutput::load(outFile, &parsed, &error)) {
        *output += QStringLiteral("\nparse: ") + error;
        return {};
    }
    return NodeCheckVerdict::evaluate(parsed);
}

void TstIntegrationProbe::compareNodeCheck(const ProbeResult &node, const ProbeResult &here, const QString &failingStep,
    const QString &cause, const QString &output)
{
    QString steps;
    for (const ProbeStep &s : node.steps)
        steps += s.id + QLatin1Char('=') + ProbeStep::statusId(s.status) + QStringLiteral(" (") + s.detail
            + QStringLiteral(")\n");
    const QString context
        = steps + node.warnings.join(QLatin1Char('\n')) + QStringLiteral("\n--- output\n") + output.right(6000);
    QCOMPARE(node.steps.size(), 8);
    QVERIFY2(node.failingStep() == failingStep, qPrintable(context));
    QVERIFY2(node.cause == cause, qPrintable(QStringLiteral("cause %1\n").arg(node.cause) + context));
    // The probe from this machine says the same of the same target.
    QCOMPARE(here.failingStep(), failingStep);
    QCOMPARE(here.cause, cause);
    bool after = false;
    for (const ProbeStep &s : node.steps) {
        if (after)
            QVERIFY2(s.status == ProbeStep::Status::Skip, qPrintable(context));
        if (s.id == failingStep)
            after = true;
    }
    // Credentials and proxy passwords never reach the output.
    QVERIFY(!output.contains(QStringLiteral("right-password")));
    QVERIFY(!output.contains(QStringLiteral("wrong-password")));
}

void TstIntegrationProbe::nodeCheck_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("certs"); // ca: hosts.toml (server https) + ca.crt; https: without CA
    QTest::addColumn<QString>("creds"); // right, wrong or empty
    QTest::addColumn<QString>("failingStep");
    QTest::addColumn<QString>("cause");
    QTest::newRow("plain http") << "plain"
                                << "probe/app:v1"
                                << ""
                                << ""
                                << ""
                                << "";
    QTest::newRow("plain http, tag missing") << "plain"
                                             << "probe/app:nope"
                                             << ""
                                             << ""
                                             << "manifest"
                                             << "image-not-found";
    QTest::newRow("htpasswd, right password") << "auth"
                                              << "probe/app:v1"
                                              << ""
                                              << "right"
                                              << ""
                                              << "";
    QTest::newRow("htpasswd, wrong password") << "auth"
                                              << "probe/app:v1"
                                              << ""
                                              << "wrong"
                                              << "auth"
                                              << "unauthorized";
    QTest::newRow("htpasswd, no credentials") << "auth"
                                              << "probe/app:v1"
                                              << ""
                                              << ""
                                              << "auth"
                                              << "unauthorized";
    QTest::newRow("tls with the CA") << "tls"
                                     << "probe/app:v1"
                                     << "ca"
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("tls without the CA") << "tls"
                                        << "probe/app:v1"
                                        << "https"
                                        << ""
                                        << "tls"
                                        << "tls-unknown-authority";
    QTest::newRow("tls expired") << "expired"
                                 << "probe/app:v1"
                                 << "ca"
                                 << ""
                                 << "tls"
                                 << "tls-expired";
    QTest::newRow("tls other name") << "othername"
                                    << "probe/app:v1"
                                    << "ca"
                                    << ""
                                    << "tls"
                                    << "tls-hostname-mismatch";
    QTest::newRow("nginx 429") << "429"
                               << "probe/app:v1"
                               << ""
                               << ""
                               << "manifest"
                               << "rate-limited";
    QTest::newRow("nginx 503") << "503"
                               << "probe/app:v1"
                               << ""
                               << ""
                               << "api"
                               << "registry-unavailable";
    QTest::newRow("unresolvable .invalid") << "invalid"
                                           << "probe/app:v1"
                                           << ""
                                           << ""
                                           << "dns"
                                           << "dns-failure";
    QTest::newRow("closed port") << "closed"
                                 << "probe/app:v1"
                                 << ""
                                 << ""
                                 << "tcp"
                                 << "connection-refused";
    QTest::newRow("index with another platform only") << "plain"
                                                      << "probe/armonly:v1"
                                                      << ""
                                                      << ""
                                                      << "platform"
                                                      << "platform-mismatch";
}

void TstIntegrationProbe::nodeCheck()
{
    if (m_targets.isEmpty())
        QSKIP("no servers");
    if (missingBinary({QStringLiteral("sh"), QStringLiteral("curl"), QStringLiteral("getent")}).size())
        QSKIP("sh, curl or getent is missing");
    QFETCH(QString, target);
    QFETCH(QString, repository);
    QFETCH(QString, certs);
    QFETCH(QString, creds);
    QFETCH(QString, failingStep);
    QFETCH(QString, cause);
    const bool needsPull = failingStep.isEmpty() || failingStep == QLatin1String("auth")
        || failingStep == QLatin1String("manifest") || failingStep == QLatin1String("platform");
    if (needsPull && !runtimeWithProxy(QString()))
        QSKIP("the node's pull needs containerd, ctr and root");
    const QString ref = m_targets.value(target) + QLatin1Char('/') + repository;
    QString output;
    const ProbeResult node = nodeCheckRun(ref, certs, creds, QString(), &output);
    QString options = certs == QLatin1String("ca") ? QStringLiteral("ca") : QString();
    if (!creds.isEmpty())
        options += QLatin1Char(',') + creds;
    const ProbeResult here = probe(ref, options, QString());
    compareNodeCheck(node, here, failingStep, cause, output);
    if (cause.startsWith(QLatin1String("tls-"))) {
        const CertificateInfo &c = node.step(QStringLiteral("tls"))->certificate;
        QVERIFY2(!c.isNull(), qPrintable(output.right(3000)));
        QCOMPARE(c.notAfter, here.step(QStringLiteral("tls"))->certificate.notAfter);
        QCOMPARE(c.sans, here.step(QStringLiteral("tls"))->certificate.sans);
    }
    if (target == QLatin1String("plain") && cause.isEmpty())
        QCOMPARE(node.step(QStringLiteral("tls"))->status, ProbeStep::Status::NotApplicable);
    // The CLI reads the same output back with the same verdict.
    const QString outFile
        = m_dir + QStringLiteral("/node-") + QString::number(m_namespaceCounter) + QStringLiteral("/node-check.txt");
    const RunResult cli = run(QStringLiteral(PULLSCOPE_CLI),
        {QStringLiteral("probe"), QStringLiteral("--node-output"), outFile, QStringLiteral("--format"),
            QStringLiteral("json")});
    QCOMPARE(cli.exitCode, failingStep.isEmpty() ? 0 : 1);
    const QJsonObject json = QJsonDocument::fromJson(cli.output).object();
    QCOMPARE(json.value(QStringLiteral("cause")).toString(), cause);
}

void TstIntegrationProbe::nodeCheckProxied_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("certs");
    QTest::addColumn<QString>("creds");
    QTest::addColumn<QString>("proxy"); // tinyproxy or dead
    QTest::addColumn<QString>("failingStep");
    QTest::addColumn<QString>("cause");
    QTest::newRow("tls with the CA") << "fartls"
                                     << "probe/app:v1"
                                     << "ca"
                                     << ""
                                     << "tinyproxy"
                                     << ""
                                     << "";
    QTest::newRow("tls without the CA") << "fartls"
                                        << "probe/app:v1"
                                        << "https"
                                        << ""
                                        << "tinyproxy"
                                        << "tls"
                                        << "tls-unknown-authority";
    QTest::newRow("htpasswd over tls, wrong password") << "farauth"
                                                       << "probe/app:v1"
                                                       << "ca"
                                                       << "wrong"
                                                       << "tinyproxy"
                                                       << "auth"
                                                       << "unauthorized";
    QTest::newRow("tag missing") << "fartls"
                                 << "probe/app:nope"
                                 << "ca"
                                 << ""
                                 << "tinyproxy"
                                 << "manifest"
                                 << "image-not-found";
    QTest::newRow("plain http, not loopback") << "farplain"
                                              << "probe/app:v1"
                                              << ""
                                              << ""
                                              << "tinyproxy"
                                              << "tls"
                                              << "http-https-mismatch";
    QTest::newRow("closed port behind the proxy") << "farclosed"
                                                  << "probe/app:v1"
                                                  << ""
                                                  << ""
                                                  << "tinyproxy"
                                                  << "tcp"
                                                  << "proxy-error";
    QTest::newRow("dead proxy") << "fartls"
                                << "probe/app:v1"
                                << "ca"
                                << ""
                                << "dead"
                                << "tcp"
                                << "proxy-error";
}

void TstIntegrationProbe::nodeCheckProxied()
{
    if (m_targets.isEmpty())
        QSKIP("no servers");
    if (!m_proxiedStarted)
        startProxiedServers();
    if (!m_proxiedSkip.isEmpty())
        QSKIP(qPrintable(m_proxiedSkip));
    QFETCH(QString, target);
    QFETCH(QString, repository);
    QFETCH(QString, certs);
    QFETCH(QString, creds);
    QFETCH(QString, proxy);
    QFETCH(QString, failingStep);
    QFETCH(QString, cause);
    static const QString dead = QStringLiteral("http://127.0.0.1:") + QString::number(freePort());
    const QString proxyUrl = proxy == QLatin1String("dead") ? dead : m_tinyproxy.url();
    if (!runtimeWithProxy(proxyUrl))
        QSKIP("the node's runtime needs containerd, ctr and root");
    const QString ref = m_targets.value(target) + QLatin1Char('/') + repository;
    const QString logBefore = m_tinyproxy.log();
    QString output;
    const ProbeResult node = nodeCheckRun(ref, certs, creds, proxyUrl, &output);
    QString options = certs == QLatin1String("ca") ? QStringLiteral("ca") : QString();
    const QString saveWrong = m_authFileWrong;
    m_authFileWrong = m_dir + QStringLiteral("/far-wrong.json");
    if (!creds.isEmpty())
        options += QLatin1Char(',') + creds;
    const ProbeResult here = probe(ref, options, proxyUrl);
    m_authFileWrong = saveWrong;
    compareNodeCheck(node, here, failingStep, cause, output);
    QCOMPARE(node.proxy, proxyUrl);
    if (proxy == QLatin1String("tinyproxy") && target != QLatin1String("farclosed"))
        QVERIFY2(m_tinyproxy.log().mid(logBefore.size()).contains(m_targets.value(target)),
            qPrintable(m_tinyproxy.log().mid(logBefore.size())));
}

QTEST_GUILESS_MAIN(TstIntegrationProbe)
#include "tst_integration_probe.moc"

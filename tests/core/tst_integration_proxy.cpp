// The generated proxy drop-in, proven against real components: `systemd-analyze verify` is
// silent on it, and the Environment systemd would read from the generated file (parsed back
// from the file, never retyped here) makes a real pull go through tinyproxy (its log shows
// the request), while a registry named in NO_PROXY is pulled from directly (the proxy log
// gains nothing). A pull through a stopped proxy fails, so the log checks can fail too.
//
// Go's proxy selection (net/http, ProxyFromEnvironment) never proxies "localhost" or loopback
// IP literals, so the registries listen on an address of 198.18.0.0/15 (RFC 2544
// benchmarking, never routed on the internet) that the test puts on the loopback device for
// its lifetime: local to this machine, yet not loopback to Go. That needs root.
//
// The pulls are made with ctr against a private containerd. With containerd 1.6 ctr performs
// the registry requests itself (the daemon only stores content), using the same
// http.ProxyFromEnvironment transport the daemon's CRI plugin uses for kubelet pulls; so ctr
// gets exactly the variables the drop-in gives containerd.service.
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "../integration/integrationharness.h"
#include "../integration/probeservers.h"
#include "../integration/systemdenvironment.h"
#include "generate/generatedfile.h"
#include "generate/proxydropin.h"

using namespace PullScope;
using namespace PullScope::Integration;

namespace {

const char *const proxyVariables[]
    = {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"};

} // namespace

class TestIntegrationProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void proxiedPull_data();
    void proxiedPull();
    void noProxyPull_data();
    void noProxyPull();
    void stoppedProxyFails_data();
    void stoppedProxyFails();

private:
    // The options of a node whose pod, service and node ranges do not hold the registries.
    ProxyOptions options(const QString &httpProxy, const QString &httpsProxy) const;
    // Generates the drop-in, writes it below a fresh folder, checks that systemd-analyze is
    // silent on it, and reads the variables back from the written file.
    bool dropInVariables(
        const ProxyOptions &o, const QString &name, QList<QPair<QString, QString>> *vars, QString *error);
    RunResult pull(bool tls, const QList<QPair<QString, QString>> &vars);
    Registry &registry(bool tls) { return tls ? m_tls : m_plain; }
    static QString image(bool tls)
    {
        return tls ? QStringLiteral("pullscope-proxy-tls") : QStringLiteral("pullscope-proxy-plain");
    }
    QString manifestPath(bool tls) const
    {
        return QStringLiteral("/v2/library/") + image(tls) + QStringLiteral("/manifests/v1");
    }

    QTemporaryDir m_tmp;
    // Declared before the services so that it is removed after they stopped.
    LoopbackAlias m_alias;
    QString m_analyze;
    TestCa m_ca;
    Registry m_plain;
    Registry m_tls;
    Containerd m_containerd;
    TinyProxy m_httpProxy;
    TinyProxy m_httpsProxy;
    int m_namespace = 0;
    int m_tree = 0;
    bool m_ready = false;
};

void TestIntegrationProxy::initTestCase()
{
    const QString missing = missingBinary({QStringLiteral("tinyproxy"), QStringLiteral("docker-registry"),
        QStringLiteral("containerd"), QStringLiteral("ctr"), QStringLiteral("skopeo"), QStringLiteral("ip"),
        QStringLiteral("openssl"), QStringLiteral("systemd-analyze")});
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(missing)));
    if (::geteuid() != 0)
        QSKIP("needs root: the registries listen on a test address added to the loopback device");
    QVERIFY(m_tmp.isValid());
    m_analyze = findBinary(QStringLiteral("systemd-analyze"));

    // Only the variables read from the drop-ins may steer a pull; the pushes below go direct.
    for (const char *name : proxyVariables)
        qunsetenv(name);

    QString error;
    QVERIFY2(m_alias.add(&error), qPrintable(error));
    const QString address = m_alias.address();
    QVERIFY(LoopbackAlias::assigned(address));

    const QString root = m_tmp.path();
    QVERIFY2(m_ca.create(root + QStringLiteral("/pki")), qPrintable(m_ca.error()));
    QVERIFY2(m_ca.issue(QStringLiteral("server"), true, {address}), qPrintable(m_ca.error()));
    const QString caDir = root + QStringLiteral("/ca-only");
    QVERIFY(writeFile(caDir + QStringLiteral("/ca.crt"), readFile(m_ca.caCert())));

    Registry::Options plain;
    plain.address = address;
    QVERIFY2(m_plain.start(root + QStringLiteral("/reg-plain"), plain), qPrintable(m_plain.error()));
    Registry::Options tls = plain;
    tls.certFile = m_ca.cert(QStringLiteral("server"));
    tls.keyFile = m_ca.key(QStringLiteral("server"));
    QVERIFY2(m_tls.start(root + QStringLiteral("/reg-tls"), tls), qPrintable(m_tls.error()));
    QVERIFY2(m_containerd.start(root + QStringLiteral("/containerd")), qPrintable(m_containerd.log()));
    QVERIFY2(m_httpProxy.start(root + QStringLiteral("/proxy-http")), qPrintable(m_httpProxy.error()));
    QVERIFY2(m_httpsProxy.start(root + QStringLiteral("/proxy-https")), qPrintable(m_httpsProxy.error()));

    for (const bool secure : {false, true}) {
        const OciImage img = buildOciImage(root + QStringLiteral("/oci/") + image(secure), QStringLiteral("v1"),
            QByteArrayLiteral("hello.txt"), "content of " + image(secure).toUtf8() + '\n');
        const RunResult r = skopeoPush(img,
            registry(secure).hostPort() + QStringLiteral("/library/") + image(secure) + QStringLiteral(":v1"),
            secure ? caDir : QString());
        QVERIFY2(r.ok(), qPrintable(r.summary()));
    }
    // The pushes went direct: neither proxy has seen the registries yet.
    QVERIFY(!m_httpProxy.log().contains(address));
    QVERIFY(!m_httpsProxy.log().contains(address));
    m_ready = true;
}

void TestIntegrationProxy::cleanupTestCase()
{
    m_httpProxy.stop();
    m_httpsProxy.stop();
    m_containerd.stop();
    m_plain.stop();
    m_tls.stop();
    const QString address = m_alias.address();
    m_alias.remove();
    if (!address.isEmpty())
        QVERIFY2(!LoopbackAlias::assigned(address), qPrintable(address + QStringLiteral(" is still on lo")));
}

ProxyOptions TestIntegrationProxy::options(const QString &httpProxy, const QString &httpsProxy) const
{
    ProxyOptions o;
    o.service = QStringLiteral("containerd");
    o.httpProxy = httpProxy;
    o.httpsProxy = httpsProxy;
    o.podCidrs = {QStringLiteral("10.244.0.0/16")};
    o.serviceCidrs = {QStringLiteral("10.96.0.0/12")};
    o.nodeCidrs = {QStringLiteral("192.168.10.0/24")};
    return o;
}

bool TestIntegrationProxy::dropInVariables(
    const ProxyOptions &o, const QString &name, QList<QPair<QString, QString>> *vars, QString *error)
{
    *error = ProxyDropIn::validate(o);
    if (!error->isEmpty())
        return false;
    const GeneratedSet set = ProxyDropIn::generate(o);
    const QString dir = m_tmp.path() + QStringLiteral("/dropins/%1-").arg(++m_tree) + name;
    if (!GeneratedFileWriter::writeToDir(set, dir, error))
        return false;
    const QByteArray analyzed = systemdAnalyzeVerify(m_analyze, dir + QStringLiteral("/etc/systemd/system"), o.service);
    if (!analyzed.isEmpty()) {
        *error = QStringLiteral("systemd-analyze verify: ") + QString::fromUtf8(analyzed);
        return false;
    }
    const QByteArray content = readFile(dir + QLatin1Char('/') + ProxyDropIn::dropInPath(o.service));
    bool ok = false;
    *vars = readDropIn(content, &ok);
    if (!ok || vars->isEmpty()) {
        *error = QStringLiteral("systemd would not read the drop-in as Environment= lines:\n")
            + QString::fromUtf8(content);
        return false;
    }
    return true;
}

RunResult TestIntegrationProxy::pull(bool tls, const QList<QPair<QString, QString>> &vars)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : proxyVariables)
        env.remove(QString::fromLatin1(name));
    for (const auto &kv : vars)
        env.insert(kv.first, kv.second);
    QStringList args {QStringLiteral("--address"), m_containerd.socket(), QStringLiteral("--namespace"),
        QStringLiteral("p%1").arg(++m_namespace), QStringLiteral("images"), QStringLiteral("pull"),
        QStringLiteral("--snapshotter"), QStringLiteral("native")};
    if (tls)
        args << QStringLiteral("--tlscacert") << m_ca.caCert();
    else
        args << QStringLiteral("--plain-http");
    args << registry(tls).hostPort() + QStringLiteral("/library/") + image(tls) + QStringLiteral(":v1");
    return run(findBinary(QStringLiteral("ctr")), args, env, 120000);
}

static QString valueOf(const QList<QPair<QString, QString>> &vars, const char *name)
{
    for (const auto &kv : vars)
        if (kv.first == QLatin1String(name))
            return kv.second;
    return {};
}

void TestIntegrationProxy::proxiedPull_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http registry via HTTP_PROXY") << false;
    QTest::newRow("https registry via HTTPS_PROXY") << true;
}

void TestIntegrationProxy::proxiedPull()
{
    QVERIFY(m_ready);
    QFETCH(bool, tls);
    // Two proxies, so that the log also tells which variable the request followed.
    QList<QPair<QString, QString>> vars;
    QString error;
    QVERIFY2(dropInVariables(options(m_httpProxy.url(), m_httpsProxy.url()), QStringLiteral("proxied"), &vars, &error),
        qPrintable(error));
    QCOMPARE(valueOf(vars, "HTTP_PROXY"), m_httpProxy.url());
    QCOMPARE(valueOf(vars, "HTTPS_PROXY"), m_httpsProxy.url());
    QVERIFY(!valueOf(vars, "NO_PROXY").contains(m_alias.address()));

    const qsizetype httpMark = m_httpProxy.log().size();
    const qsizetype httpsMark = m_httpsProxy.log().size();
    const RunResult r = pull(tls, vars);
    const QString httpLog = m_httpProxy.log().mid(httpMark);
    const QString httpsLog = m_httpsProxy.log().mid(httpsMark);
    const QString logs
        = QStringLiteral("\n--- HTTP_PROXY log:\n") + httpLog + QStringLiteral("\n--- HTTPS_PROXY log:\n") + httpsLog;
    QVERIFY2(r.ok(), qPrintable(r.summary() + logs));
    QVERIFY2(registry(tls).log().contains(manifestPath(tls)), qPrintable(registry(tls).log().right(2000)));

    const QString hostPort = QRegularExpression::escape(registry(tls).hostPort());
    const QString pattern = tls
        ? QString(
            QStringLiteral("Request \\(file descriptor \\d+\\): CONNECT ") + hostPort + QStringLiteral(" HTTP/1\\.1"))
        : QString(QStringLiteral("Request \\(file descriptor \\d+\\): (GET|HEAD) http://") + hostPort
            + QRegularExpression::escape(manifestPath(tls)) + QStringLiteral(" HTTP/1\\.1"));
    const QRegularExpression expected(pattern);
    QVERIFY(expected.isValid());
    QVERIFY2(expected.match(tls ? httpsLog : httpLog).hasMatch(), qPrintable(expected.pattern() + logs));
    // The other proxy was not used.
    QVERIFY2(!(tls ? httpLog : httpsLog).contains(m_alias.address()), qPrintable(logs));
}

void TestIntegrationProxy::noProxyPull_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("how");
    QTest::newRow("http registry, address in --no-proxy") << false << "no-proxy";
    QTest::newRow("https registry, address in --no-proxy") << true << "no-proxy";
    QTest::newRow("http registry, registry URL as --mirror") << false << "mirror";
    QTest::newRow("https registry, address in --node-cidr") << true << "node-cidr";
}

void TestIntegrationProxy::noProxyPull()
{
    QVERIFY(m_ready);
    QFETCH(bool, tls);
    QFETCH(QString, how);
    ProxyOptions o = options(m_httpProxy.url(), m_httpsProxy.url());
    QString entry;
    if (how == QLatin1String("no-proxy")) {
        o.noProxy = {m_alias.address()};
        entry = m_alias.address();
    } else if (how == QLatin1String("mirror")) {
        o.mirrors = {registry(tls).url()};
        entry = m_alias.address();
    } else {
        entry = m_alias.address().section(QLatin1Char('.'), 0, 2) + QStringLiteral(".0/24");
        o.nodeCidrs << entry;
    }
    QList<QPair<QString, QString>> vars;
    QString error;
    QVERIFY2(dropInVariables(o, QStringLiteral("no-proxy"), &vars, &error), qPrintable(error));
    // The proxies are still set: only NO_PROXY keeps the pull away from them.
    QCOMPARE(valueOf(vars, "HTTP_PROXY"), m_httpProxy.url());
    QCOMPARE(valueOf(vars, "HTTPS_PROXY"), m_httpsProxy.url());
    QVERIFY2(valueOf(vars, "NO_PROXY").split(QLatin1Char(',')).contains(entry), qPrintable(valueOf(vars, "NO_PROXY")));
    QCOMPARE(valueOf(vars, "no_proxy"), valueOf(vars, "NO_PROXY"));

    const qsizetype httpMark = m_httpProxy.log().size();
    const qsizetype httpsMark = m_httpsProxy.log().size();
    const qsizetype registryMark = registry(tls).log().size();
    const RunResult r = pull(tls, vars);
    const QString logs = m_httpProxy.log().mid(httpMark) + m_httpsProxy.log().mid(httpsMark);
    QVERIFY2(r.ok(), qPrintable(r.summary() + QStringLiteral("\n--- proxy logs:\n") + logs));
    QVERIFY2(
        registry(tls).log().mid(registryMark).contains(manifestPath(tls)), qPrintable(registry(tls).log().right(2000)));
    QVERIFY2(!logs.contains(m_alias.address()), qPrintable(logs));
}

void TestIntegrationProxy::stoppedProxyFails_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http registry") << false;
    QTest::newRow("https registry") << true;
}

void TestIntegrationProxy::stoppedProxyFails()
{
    QVERIFY(m_ready);
    QFETCH(bool, tls);
    // A proxy that answered once and is gone: the drop-in's variables alone decide the route,
    // so the pull must now fail instead of quietly going direct.
    TinyProxy gone;
    QVERIFY2(gone.start(m_tmp.path() + QStringLiteral("/proxy-gone-%1").arg(tls)), qPrintable(gone.error()));
    gone.stop();
    QVERIFY(!portAnswers(gone.port()));
    QList<QPair<QString, QString>> vars;
    QString error;
    QVERIFY2(dropInVariables(options(gone.url(), {}), QStringLiteral("gone"), &vars, &error), qPrintable(error));
    QCOMPARE(valueOf(vars, tls ? "HTTPS_PROXY" : "HTTP_PROXY"), gone.url());

    const qsizetype registryMark = registry(tls).log().size();
    const RunResult r = pull(tls, vars);
    QVERIFY2(!r.ok(), qPrintable(r.summary()));
    QVERIFY2(r.text().contains(QLatin1String("proxyconnect")), qPrintable(r.summary()));
    QVERIFY2(r.text().contains(QStringLiteral("127.0.0.1:") + QString::number(gone.port())), qPrintable(r.summary()));
    QVERIFY2(!registry(tls).log().mid(registryMark).contains(manifestPath(tls)),
        qPrintable(registry(tls).log().mid(registryMark)));
}

QTEST_GUILESS_MAIN(TestIntegrationProxy)
#include "tst_integration_proxy.moc"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "generate/fieldvalidator.h"
#include "generate/generatedfile.h"
#include "generate/proxydropin.h"
#include "../integration/systemdenvironment.h"

using namespace PullScope;
using PullScope::Integration::readDropIn;
using PullScope::Integration::systemdWords;

// Proxy drop-ins: systemd reads back exactly the variables meant (no input adds a
// directive or a variable), `systemd-analyze verify` stays silent, and refused fields
// write nothing.
class TestGenerateProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void environmentRoundTrip_data();
    void environmentRoundTrip();
    void noProxyContents();
    void systemdAnalyzeSilent_data();
    void systemdAnalyzeSilent();
    void systemdAnalyzeCatchesInjection();
    void hostileRefused_data();
    void hostileRefused();
    void warningsAndCommands();
    void cliStdoutAndOutDir();
    void cliRefusedWritesNothing_data();
    void cliRefusedWritesNothing();

private:
    QString m_analyze;
};

namespace {

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

ProxyOptions base()
{
    ProxyOptions o;
    o.service = QStringLiteral("containerd");
    o.httpProxy = QStringLiteral("http://proxy.example.com:3128");
    o.podCidrs = {QStringLiteral("10.244.0.0/16")};
    o.serviceCidrs = {QStringLiteral("10.96.0.0/12")};
    o.nodeCidrs = {QStringLiteral("192.168.10.0/24")};
    return o;
}

struct CliResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

void TestGenerateProxy::initTestCase()
{
    m_analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
}

void TestGenerateProxy::environmentRoundTrip_data()
{
    QTest::addColumn<QString>("http");
    QTest::addColumn<QString>("https");
    QTest::addColumn<QStringList>("noProxy");
    QTest::addColumn<QString>("apiServer");
    QTest::addColumn<QStringList>("mirrors");
    QTest::newRow("plain") << "http://proxy.example.com:3128"
                           << "" << QStringList() << "" << QStringList();
    QTest::newRow("https proxy") << "http://proxy.example.com:3128"
                                 << "https://secure-proxy.example.com:8443"
                                 << sl({"*.corp.example.com", ".internal", "10.0.0.0/8"}) << "" << QStringList();
    QTest::newRow("percent-encoded credentials") << "http://alice:p%40ss%25w0rd@proxy.example.com:3128"
                                                 << "" << QStringList() << "" << QStringList();
    QTest::newRow("sub-delims in credentials")
        << "http://u$er:a'b!c&d;e=f*g+h,i(j)k~l@proxy:3128"
        << "http://x%22y%5C:%0A@proxy:3129" << QStringList() << "" << QStringList();
    QTest::newRow("ipv6 proxy") << "http://[fd00::1]:3128"
                                << "" << sl({"fd00::/64", "[fd00::2]:5000"}) << "" << QStringList();
    QTest::newRow("api server and mirrors")
        << "http://proxy:3128"
        << "" << sl({"registry.local:5000", "*"}) << "https://10.0.0.1:6443"
        << sl({"https://harbor.example.com/v2/dockerhub-proxy", "mirror.example.com:5000", "http://[fd00::5]:5000"});
}

void TestGenerateProxy::environmentRoundTrip()
{
    QFETCH(QString, http);
    QFETCH(QString, https);
    QFETCH(QStringList, noProxy);
    QFETCH(QString, apiServer);
    QFETCH(QStringList, mirrors);
    ProxyOptions o = base();
    o.httpProxy = http;
    o.httpsProxy = https;
    o.noProxy = noProxy;
    o.apiServer = apiServer;
    o.mirrors = mirrors;
    QCOMPARE(ProxyDropIn::validate(o), QString());
    const GeneratedSet set = ProxyDropIn::generate(o);
    QCOMPARE(set.files.size(), 1);
    QCOMPARE(set.files[0].path, QStringLiteral("etc/systemd/system/containerd.service.d/http-proxy.conf"));
    bool ok = false;
    const auto vars = readDropIn(set.files[0].content, &ok);
    QVERIFY2(ok, set.files[0].content.constData());
    // Exactly the six variables, upper and lower case, with the inputs unchanged.
    QStringList names;
    for (const auto &v : vars)
        names << v.first;
    QCOMPARE(names,
        (QStringList {QStringLiteral("HTTP_PROXY"), QStringLiteral("http_proxy"), QStringLiteral("HTTPS_PROXY"),
            QStringLiteral("https_proxy"), QStringLiteral("NO_PROXY"), QStringLiteral("no_proxy")}));
    const QString expectedHttps = https.isEmpty() ? http : https;
    QCOMPARE(vars[0].second, http);
    QCOMPARE(vars[1].second, http);
    QCOMPARE(vars[2].second, expectedHttps);
    QCOMPARE(vars[3].second, expectedHttps);
    QCOMPARE(vars[4].second, vars[5].second);
    QCOMPARE(vars[4].second, ProxyDropIn::noProxyList(o).join(QLatin1Char(',')));
    const QStringList items = vars[4].second.split(QLatin1Char(','));
    for (const QString &item : noProxy)
        QVERIFY2(items.contains(item), qPrintable(item));
    for (const QString &item : items)
        QCOMPARE(FieldValidator::noProxyItem(QStringLiteral("NO_PROXY"), item), QString());
    QCOMPARE(set.files[0].secret, http.contains(QLatin1Char('@')) || https.contains(QLatin1Char('@')));
}

void TestGenerateProxy::noProxyContents()
{
    ProxyOptions o = base();
    o.serviceCidrs.clear();
    o.clusterDomain = QStringLiteral("corp.internal");
    o.apiServer = QStringLiteral("https://[fd00::10]:6443");
    o.mirrors = {QStringLiteral("https://mirror.example.com:5000/v2/x"), QStringLiteral("mirror.example.com")};
    o.noProxy = {QStringLiteral("localhost")};
    const QStringList list = ProxyDropIn::noProxyList(o);
    QCOMPARE(list,
        (QStringList {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1"),
            QStringLiteral("10.244.0.0/16"), QStringLiteral("10.96.0.0/12"), QStringLiteral("192.168.10.0/24"),
            QStringLiteral(".svc"), QStringLiteral(".corp.internal"), QStringLiteral("fd00::10"),
            QStringLiteral("mirror.example.com")}));
    const GeneratedSet set = ProxyDropIn::generate(o);
    QVERIFY(set.warnings.join(QLatin1Char('\n')).contains(QLatin1String("10.96.0.0/12")));
    o.clusterDomain.clear();
    QVERIFY(ProxyDropIn::noProxyList(o).contains(QStringLiteral(".cluster.local")));
}

void TestGenerateProxy::systemdAnalyzeSilent_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("http");
    QTest::addColumn<QStringList>("noProxy");
    for (const char *service : {"containerd", "docker", "kubelet", "crio"})
        QTest::addRow("%s", service) << QString::fromLatin1(service) << "http://proxy.example.com:3128"
                                     << QStringList();
    QTest::newRow("percent and quotes-free credentials")
        << "containerd"
        << "http://u$er:p%40%25%22ss'!@proxy:3128" << sl({"*.example.com", "[fd00::1]:5000", "*"});
}

void TestGenerateProxy::systemdAnalyzeSilent()
{
    if (m_analyze.isEmpty())
        QSKIP("systemd-analyze is not installed");
    QFETCH(QString, service);
    QFETCH(QString, http);
    QFETCH(QStringList, noProxy);
    ProxyOptions o = base();
    o.service = service;
    o.httpProxy = http;
    o.noProxy = noProxy;
    QCOMPARE(ProxyDropIn::validate(o), QString());
    const GeneratedSet set = ProxyDropIn::generate(o);
    QTemporaryDir root;
    QString error;
    QVERIFY2(GeneratedFileWriter::writeToDir(set, root.path(), &error), qPrintable(error));
    const QString unitDir = root.filePath(QStringLiteral("etc/systemd/system"));
    auto analyze = [&]() { return Integration::systemdAnalyzeVerify(m_analyze, unitDir, service); };
    const QByteArray output = analyze();
    QVERIFY2(output.isEmpty(), output.constData());

    // The check can fail: the same tree with one injected line is reported.
    QFile dropIn(root.filePath(set.files[0].path));
    QVERIFY(dropIn.open(QIODevice::Append));
    dropIn.write("Environment=\"X=%z\"\nBogusDirective=1\n");
    dropIn.close();
    const QByteArray injected = analyze();
    QVERIFY(injected.contains("BogusDirective"));
    QVERIFY(injected.contains("%z"));
}

void TestGenerateProxy::systemdAnalyzeCatchesInjection()
{
    // Without the doubling, a percent-encoded password would be read as a specifier.
    const QString line
        = ProxyDropIn::environmentLine(QStringLiteral("HTTP_PROXY"), QStringLiteral("http://u:%41b@p:1"));
    QCOMPARE(line, QStringLiteral("Environment=\"HTTP_PROXY=http://u:%%41b@p:1\""));
    // Quotes and backslashes are escaped so they cannot close the value.
    QCOMPARE(ProxyDropIn::environmentLine(QStringLiteral("A"), QStringLiteral("x\"y\\z")),
        QStringLiteral("Environment=\"A=x\\\"y\\\\z\""));
    QStringList words;
    QVERIFY(systemdWords(
        ProxyDropIn::environmentLine(QStringLiteral("A"), QStringLiteral("x\" B=\\y %%")).mid(12), &words));
    QCOMPARE(words, QStringList {QStringLiteral("A=x\" B=\\y %%")});
}

void TestGenerateProxy::hostileRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QString longLabel = QString(70, QLatin1Char('a')) + QStringLiteral(".example.com");
    const struct
    {
        const char *field;
        QString value;
    } rows[] = {
        {"http-proxy", QStringLiteral("http://proxy:3128\nEnvironment=EVIL=1")},
        {"http-proxy", QStringLiteral("http://proxy:3128\"")},
        {"http-proxy", QStringLiteral("http://proxy:3128\\")},
        {"http-proxy", QStringLiteral("http://pro xy:3128")},
        {"http-proxy", QStringLiteral("http://u:p%zz@proxy:3128")},
        {"http-proxy", QStringLiteral("http://proxy:3128/%")},
        {"http-proxy", QString::fromUtf8("http://代理.example.com:3128")},
        {"http-proxy", QStringLiteral("http://proxy]:3128")},
        {"http-proxy", QStringLiteral("http://a=b:3128")},
        {"http-proxy", QStringLiteral("http://") + longLabel},
        {"http-proxy", QStringLiteral("$HTTP_PROXY")},
        {"https-proxy", QStringLiteral("https://proxy:3128\r")},
        {"no-proxy", QStringLiteral("a\"b")},
        {"no-proxy", QStringLiteral("a b")},
        {"no-proxy", QStringLiteral("a%b")},
        {"no-proxy", QStringLiteral("]")},
        {"no-proxy", QStringLiteral("=")},
        {"no-proxy", QStringLiteral("x\\")},
        {"no-proxy", QString::fromUtf8("例子.com")},
        {"no-proxy", longLabel},
        {"no-proxy", QStringLiteral("$x")},
        {"pod-cidr", QStringLiteral("10.244.0.0/16\n")},
        {"pod-cidr", QStringLiteral("10.244.0.0")},
        {"service-cidr", QStringLiteral("10.96.0.0/40")},
        {"node-cidr", QStringLiteral("node-net")},
        {"cluster-domain", QStringLiteral("cluster.local\"")},
        {"cluster-domain", QStringLiteral(".cluster.local")},
        {"api-server", QStringLiteral("10.0.0.1:6443 x")},
        {"mirror", QStringLiteral("https://m.example.com/a\"b")},
        {"service", QStringLiteral("containerd\n[Service]")},
        {"service", QStringLiteral("../x")},
    };
    for (const auto &r : rows)
        QTest::addRow("%s %s", r.field, qPrintable(FieldValidator::displayValue(r.value)))
            << QString::fromLatin1(r.field) << r.value;
}

void TestGenerateProxy::hostileRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    ProxyOptions o = base();
    if (field == QLatin1String("http-proxy"))
        o.httpProxy = value;
    else if (field == QLatin1String("https-proxy"))
        o.httpsProxy = value;
    else if (field == QLatin1String("no-proxy"))
        o.noProxy = {value};
    else if (field == QLatin1String("pod-cidr"))
        o.podCidrs = {value};
    else if (field == QLatin1String("service-cidr"))
        o.serviceCidrs = {value};
    else if (field == QLatin1String("node-cidr"))
        o.nodeCidrs = {value};
    else if (field == QLatin1String("cluster-domain"))
        o.clusterDomain = value;
    else if (field == QLatin1String("api-server"))
        o.apiServer = value;
    else if (field == QLatin1String("mirror"))
        o.mirrors = {value};
    else
        o.service = value;
    const QString message = ProxyDropIn::validate(o);
    QVERIFY2(message.contains(QStringLiteral("--") + field), qPrintable(message));
}

void TestGenerateProxy::warningsAndCommands()
{
    ProxyOptions o = base();
    GeneratedSet set = ProxyDropIn::generate(o);
    QVERIFY(set.warnings.isEmpty());
    QVERIFY(!set.files[0].secret);
    QCOMPARE(set.applyCommands.mid(2),
        (QStringList {
            QStringLiteral("sudo systemctl daemon-reload"), QStringLiteral("sudo systemctl restart containerd")}));
    QCOMPARE(set.verifyCommands, QStringList {QStringLiteral("systemctl show --property=Environment containerd")});

    o.httpProxy = QStringLiteral("http://alice:s3cret@proxy:3128");
    set = ProxyDropIn::generate(o);
    QVERIFY(set.files[0].secret);
    QVERIFY(set.warnings.join(QLatin1Char('\n')).contains(QLatin1String("world-readable")));
    QVERIFY(set.applyCommands.join(QLatin1Char('\n')).contains(QLatin1String("install -m 0600")));

    o = base();
    o.service = QStringLiteral("kubelet");
    QVERIFY(ProxyDropIn::generate(o).warnings.join(QLatin1Char('\n')).contains(QLatin1String("container runtime")));
    o = base();
    o.podCidrs.clear();
    QVERIFY(ProxyDropIn::generate(o).warnings.join(QLatin1Char('\n')).contains(QLatin1String("pod")));
}

void TestGenerateProxy::cliStdoutAndOutDir()
{
    const QStringList args
        = {QStringLiteral("generate"), QStringLiteral("proxy"), QStringLiteral("--service"), QStringLiteral("crio"),
            QStringLiteral("--http-proxy"), QStringLiteral("http://u:p%40ss@proxy.example.com:3128"),
            QStringLiteral("--no-proxy"), QStringLiteral(".corp,10.0.0.0/8"), QStringLiteral("--pod-cidr"),
            QStringLiteral("10.244.0.0/16"), QStringLiteral("--service-cidr"), QStringLiteral("10.96.0.0/12"),
            QStringLiteral("--mirror"), QStringLiteral("https://mirror.example.com:5000")};
    CliResult r = runCli(args);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("# file: etc/systemd/system/crio.service.d/http-proxy.conf\n"));
    QVERIFY(r.out.contains("systemctl show --property=Environment crio"));
    QVERIFY(r.err.contains("world-readable"));

    QTemporaryDir dir;
    r = runCli(args + QStringList {QStringLiteral("--out-dir"), dir.path()});
    QCOMPARE(r.code, 0);
    const QString path = dir.filePath(QStringLiteral("etc/systemd/system/crio.service.d/http-proxy.conf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    bool ok = false;
    const auto vars = readDropIn(f.readAll(), &ok);
    QVERIFY(ok);
    QCOMPARE(vars.size(), 6);
    QCOMPARE(vars[0].second, QStringLiteral("http://u:p%40ss@proxy.example.com:3128"));
    QVERIFY(vars[4].second.contains(QLatin1String(",.corp,10.0.0.0/8")));
    QVERIFY(vars[4].second.contains(QLatin1String("mirror.example.com")));
    // Credentials in the URL: the file is written for root's eyes only.
    QVERIFY(!(QFile::permissions(path)
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
}

void TestGenerateProxy::cliRefusedWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    const QStringList ok = {QStringLiteral("--service"), QStringLiteral("containerd"), QStringLiteral("--http-proxy"),
        QStringLiteral("http://proxy:3128")};
    QTest::newRow("service not supported") << QStringList {QStringLiteral("--service"), QStringLiteral("sshd"),
        QStringLiteral("--http-proxy"), QStringLiteral("http://proxy:3128")}
                                           << "--service";
    QTest::newRow("no proxy url") << QStringList {QStringLiteral("--service"), QStringLiteral("containerd")}
                                  << "--http-proxy";
    QTest::newRow("injected line") << QStringList {QStringLiteral("--service"), QStringLiteral("containerd"),
        QStringLiteral("--http-proxy"), QStringLiteral("http://proxy:3128\nExecStartPre=/bin/evil")}
                                   << "--http-proxy";
    QTest::newRow("no-proxy quote") << ok + QStringList {QStringLiteral("--no-proxy"), QStringLiteral("a,b\"c")}
                                    << "--no-proxy";
    QTest::newRow("pod cidr") << ok + QStringList {QStringLiteral("--pod-cidr"), QStringLiteral("10.0.0.0/99")}
                              << "--pod-cidr";
    QTest::newRow("cluster domain") << ok + QStringList {QStringLiteral("--cluster-domain"), QStringLiteral("a b")}
                                    << "--cluster-domain";
    QTest::newRow("https proxy creds ok, bad host")
        << ok + QStringList {QStringLiteral("--https-proxy"), QStringLiteral("https://u:p@/")} << "--https-proxy";
}

void TestGenerateProxy::cliRefusedWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, field);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliResult r = runCli(QStringList {QStringLiteral("generate"), QStringLiteral("proxy")} + args
        + QStringList {QStringLiteral("--out-dir"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(field.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestGenerateProxy)
#include "tst_generate_proxy.moc"

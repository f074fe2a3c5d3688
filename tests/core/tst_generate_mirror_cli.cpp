// `pullscope-cli generate mirror|crio|docker-daemon` as a user runs it: the stdout format,
// --out-dir layout and modes, exit 2 naming the field with nothing written, merges with
// --from-config and their diffs, credentials never echoed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <toml++/toml.h>

#include "../integration/integrationharness.h"

using namespace PullScope;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI), QStringList {QStringLiteral("generate")} + args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// The content under "# file: PATH" up to the next "# " section line.
QByteArray section(const QByteArray &out, const QByteArray &path)
{
    const QByteArray marker = "# file: " + path + '\n';
    const int at = int(out.indexOf(marker));
    if (at < 0)
        return {};
    const int start = at + int(marker.size());
    int end = start;
    while (end < out.size()) {
        const int nl = int(out.indexOf('\n', end));
        const int lineEnd = nl < 0 ? int(out.size()) : nl + 1;
        const QByteArray line = out.mid(end, lineEnd - end);
        if (line.startsWith("# file: ") || line.startsWith("# apply:") || line.startsWith("# verify:")
            || line.startsWith("# diff: "))
            break;
        end = lineEnd;
    }
    return out.mid(start, end - start);
}

bool parses(const QByteArray &text)
{
    try {
        const toml::table t = toml::parse(std::string_view(text.constData(), size_t(text.size())));
        return !t.empty();
    } catch (const toml::parse_error &) {
        return false;
    }
}

} // namespace

class TestGenerateMirrorCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mirrorToStdout();
    void mirrorOutDir();
    void refusedWritesNothing_data();
    void refusedWritesNothing();
    void fromSeedConfig();
    void crio();
    void dockerDaemon();

private:
    QTemporaryDir m_tmp;
    QString m_ca;
};

void TestGenerateMirrorCli::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const CliResult probe = cli({QStringLiteral("mirror"), QStringLiteral("--help")});
    QVERIFY2(probe.exitCode == 0 && probe.out.contains("--no-fallback"),
        QByteArray("`generate mirror` is not dispatched to runGenerateMirrorFamily() yet: " + probe.err).constData());
    Integration::TestCa ca;
    QVERIFY(ca.create(m_tmp.path() + QStringLiteral("/pki")));
    QVERIFY(ca.issue(QStringLiteral("client"), false));
    m_ca = ca.caCert();
}

void TestGenerateMirrorCli::mirrorToStdout()
{
    const CliResult r = cli(
        {QStringLiteral("mirror"), QStringLiteral("--registry"), QStringLiteral("quay.io"), QStringLiteral("--mirror"),
            QStringLiteral("https://b.example"), QStringLiteral("--mirror"), QStringLiteral("https://a.example"),
            QStringLiteral("--capabilities"), QStringLiteral("pull"), QStringLiteral("--header"),
            QStringLiteral("X-Note=a \"quoted\" = value]"), QStringLiteral("--containerd"), QStringLiteral("2.1")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray hosts = section(r.out, "etc/containerd/certs.d/quay.io/hosts.toml");
    QVERIFY2(parses(hosts), hosts.constData());
    const toml::table t = toml::parse(std::string_view(hosts.constData(), size_t(hosts.size())));
    QCOMPARE(t["server"].value_or(std::string()), std::string("https://quay.io"));
    QCOMPARE(t["host"]["https://b.example"]["header"]["X-Note"].value_or(std::string()),
        std::string("a \"quoted\" = value]"));
    QVERIFY(hosts.indexOf("https://b.example") < hosts.indexOf("https://a.example"));
    const QByteArray snippet = section(r.out, "etc/containerd/config.toml.snippet");
    QVERIFY2(snippet.contains("[plugins.\"io.containerd.cri.v1.images\".registry]"), snippet.constData());
    QVERIFY(r.out.contains("# apply:\n"));
    QVERIFY(r.out.contains("# verify:\n"));
}

void TestGenerateMirrorCli::mirrorOutDir()
{
    const QString out = m_tmp.path() + QStringLiteral("/out-mirror");
    const CliResult r = cli({QStringLiteral("mirror"), QStringLiteral("--registry"), QStringLiteral("docker.io"),
        QStringLiteral("--mirror"), QStringLiteral("https://harbor.example.com/v2/dockerhub-proxy"),
        QStringLiteral("--ca"), m_ca, QStringLiteral("--client-cert"), m_tmp.path() + QStringLiteral("/pki/client.crt"),
        QStringLiteral("--client-key"), m_tmp.path() + QStringLiteral("/pki/client.key"),
        QStringLiteral("--no-fallback"), QStringLiteral("--out-dir"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString dir = out + QStringLiteral("/etc/containerd/certs.d/docker.io");
    QVERIFY(QFile::exists(dir + QStringLiteral("/hosts.toml")));
    QCOMPARE(Integration::readFile(dir + QStringLiteral("/ca.crt")), Integration::readFile(m_ca));
    QCOMPARE(QFileInfo(dir + QStringLiteral("/client.key")).permissions() & (QFile::ReadGroup | QFile::ReadOther),
        QFileDevice::Permissions());
    const QByteArray hosts = Integration::readFile(dir + QStringLiteral("/hosts.toml"));
    QVERIFY(parses(hosts));
    QVERIFY2(hosts.contains("server = \"https://harbor.example.com/v2/dockerhub-proxy\""), hosts.constData());
    QVERIFY(!hosts.contains("registry-1.docker.io"));
    QVERIFY(r.err.contains("never contacted"));
}

void TestGenerateMirrorCli::refusedWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    const QString m = QStringLiteral("--mirror");
    QTest::newRow("registry newline") << QStringList {QStringLiteral("mirror"), QStringLiteral("--registry"),
        QStringLiteral("docker.io\n[host]"), m, QStringLiteral("https://m.example")}
                                      << QStringLiteral("--registry");
    QTest::newRow("mirror quote") << QStringList {QStringLiteral("mirror"), QStringLiteral("--registry"),
        QStringLiteral("docker.io"), m, QStringLiteral("https://m.example\"]")}
                                  << QStringLiteral("--mirror");
    QTest::newRow("header name") << QStringList {QStringLiteral("mirror"), QStringLiteral("--registry"),
        QStringLiteral("docker.io"), m, QStringLiteral("https://m.example"), QStringLiteral("--header"),
        QStringLiteral("X\"=1")} << QStringLiteral("--header");
    QTest::newRow("ca not pem") << QStringList {QStringLiteral("mirror"), QStringLiteral("--registry"),
        QStringLiteral("docker.io"), m, QStringLiteral("https://m.example"), QStringLiteral("--ca"),
        QStringLiteral(PULLSCOPE_TEST_DATA "/generate/seed-8.1-config.toml")}
                                << QStringLiteral("--ca");
    QTest::newRow("override without path") << QStringList {QStringLiteral("mirror"), QStringLiteral("--registry"),
        QStringLiteral("docker.io"), m, QStringLiteral("https://m.example"), QStringLiteral("--override-path")}
                                           << QStringLiteral("--override-path");
    QTest::newRow("containerd") << QStringList {QStringLiteral("mirror"), QStringLiteral("--registry"),
        QStringLiteral("docker.io"), m, QStringLiteral("https://m.example"), QStringLiteral("--containerd"),
        QStringLiteral("3.0")} << QStringLiteral("--containerd");
    QTest::newRow("crio mirror") << QStringList {QStringLiteral("crio"), QStringLiteral("--registry"),
        QStringLiteral("docker.io"), m, QStringLiteral("m.example]\n")}
                                 << QStringLiteral("--mirror");
    QTest::newRow("docker path") << QStringList {QStringLiteral("docker-daemon"), m,
        QStringLiteral("https://m.example/v2/x")}
                                 << QStringLiteral("--mirror");
}

void TestGenerateMirrorCli::refusedWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, field);
    const QString out = m_tmp.path() + QStringLiteral("/refused-")
        + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    const CliResult r = cli(args + QStringList {QStringLiteral("--out-dir"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(field), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(r.out.isEmpty());
}

void TestGenerateMirrorCli::fromSeedConfig()
{
    const QString out = m_tmp.path() + QStringLiteral("/out-seed");
    const CliResult r = cli({QStringLiteral("mirror"), QStringLiteral("--from-config"),
        QStringLiteral(PULLSCOPE_TEST_DATA "/generate/seed-8.1-config.toml"), QStringLiteral("-n"),
        QStringLiteral("apps"), QStringLiteral("--out-dir"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char *host : {"docker.io", "gcr.io", "quay.io", "registry.k8s.io", "k8s.gcr.io", "harbor.example.com",
             "myregistry.example.com"}) {
        const QByteArray hosts = Integration::readFile(out + QStringLiteral("/etc/containerd/certs.d/")
            + QString::fromLatin1(host) + QStringLiteral("/hosts.toml"));
        QVERIFY2(parses(hosts) && !hosts.isEmpty(), host);
        QVERIFY(!hosts.contains("Harbor12345"));
    }
    const QByteArray merged = Integration::readFile(out + QStringLiteral("/etc/containerd/config.toml"));
    QVERIFY(merged.contains("config_path = \"/etc/containerd/certs.d\""));
    QVERIFY(r.out.contains("# diff: etc/containerd/config.toml\n--- a/etc/containerd/config.toml"));
    const QString secret = out + QStringLiteral("/kubernetes/apps/containerd-registry-credentials.yaml");
    QVERIFY(QFile::exists(secret));
    QCOMPARE(QFileInfo(secret).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    QVERIFY(!r.err.contains("Harbor12345"));
    QVERIFY(r.err.contains("no credentials"));
}

void TestGenerateMirrorCli::crio()
{
    const CliResult r = cli({QStringLiteral("crio"), QStringLiteral("--registry"), QStringLiteral("docker.io"),
        QStringLiteral("--mirror"), QStringLiteral("https://mirror.example.com")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray dropIn = section(r.out, "etc/containers/registries.conf.d/50-pullscope-docker.io.conf");
    QVERIFY2(parses(dropIn) && dropIn.contains("[[registry.mirror]]"), r.out.constData());

    const QString current = m_tmp.path() + QStringLiteral("/registries.conf");
    const QByteArray before = "unqualified-search-registries = [\"docker.io\"]\n# keep me\n";
    QVERIFY(Integration::writeFile(current, before));
    const CliResult m = cli(
        {QStringLiteral("crio"), QStringLiteral("--registry"), QStringLiteral("docker.io"), QStringLiteral("--mirror"),
            QStringLiteral("https://mirror.example.com"), QStringLiteral("--from-config"), current});
    QCOMPARE(m.exitCode, 0);
    const QByteArray merged = section(m.out, "etc/containers/registries.conf");
    QVERIFY2(merged.startsWith(before), merged.constData());
    QVERIFY(parses(merged));
    QVERIFY(m.out.contains("# diff: etc/containers/registries.conf\n"));
}

void TestGenerateMirrorCli::dockerDaemon()
{
    const QString current = m_tmp.path() + QStringLiteral("/daemon.json");
    QVERIFY(Integration::writeFile(current, "{\"log-driver\": \"journald\"}\n"));
    const CliResult r = cli({QStringLiteral("docker-daemon"), QStringLiteral("--mirror"),
        QStringLiteral("https://mirror.gcr.io"), QStringLiteral("--from-config"), current});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(section(r.out, "etc/docker/daemon.json")).object();
    QCOMPARE(o.value(QStringLiteral("log-driver")).toString(), QStringLiteral("journald"));
    QCOMPARE(
        o.value(QStringLiteral("registry-mirrors")).toArray(), QJsonArray {QStringLiteral("https://mirror.gcr.io")});
    QVERIFY(r.err.contains("Docker Hub"));
    QVERIFY(r.out.contains("# diff: etc/docker/daemon.json\n"));
}

QTEST_GUILESS_MAIN(TestGenerateMirrorCli)
#include "tst_generate_mirror_cli.moc"

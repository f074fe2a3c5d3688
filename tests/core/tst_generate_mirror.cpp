// containerd hosts.toml / config.toml, CRI-O registries.conf and Docker daemon.json
// generators: structure read back with toml++ / QJsonDocument, hostile values refused or
// escaped (never an extra key), the legacy CRI registry conversion of seed 8.1, and merges
// into a node's file that keep everything the user had (checked with `patch`).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <toml++/toml.h>

#include <algorithm>
#include <sstream>

#include "../integration/integrationharness.h"
#include "../testsupport.h"
#include "generate/containerdconfigmerger.h"
#include "generate/crioregistrygenerator.h"
#include "generate/dockerdaemongenerator.h"
#include "generate/legacyregistryconverter.h"
#include "generate/mirrorgenerator.h"
#include "generate/unifieddiff.h"

using namespace PullScope;

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

toml::table parseOrFail(const QByteArray &text, bool *ok)
{
    try {
        *ok = true;
        return toml::parse(std::string_view(text.constData(), size_t(text.size())));
    } catch (const toml::parse_error &e) {
        qWarning("TOML parse error: %s\n%s", e.what(), text.constData());
        *ok = false;
        return {};
    }
}

QSet<QString> keys(const toml::table &t)
{
    QSet<QString> out;
    for (const auto &[k, v] : t) {
        Q_UNUSED(v);
        out.insert(qs(k.str()));
    }
    return out;
}

QStringList strings(const toml::node *n)
{
    QStringList out;
    if (!n)
        return out;
    if (n->as_string())
        return {qs(n->as_string()->get())};
    if (const toml::array *a = n->as_array())
        for (const toml::node &e : *a)
            if (e.as_string())
                out << qs(e.as_string()->get());
    return out;
}

QString str(const toml::table &t, const char *key)
{
    const toml::node *n = t.get(key);
    return n && n->as_string() ? qs(n->as_string()->get()) : QString();
}

// Every leaf of a TOML document as "a.b.c" -> value text, for "nothing was lost" checks.
void flatten(const toml::node &node, const QString &prefix, QMap<QString, QString> *out)
{
    if (const toml::table *t = node.as_table()) {
        for (const auto &[k, v] : *t)
            flatten(v, prefix.isEmpty() ? qs(k.str()) : prefix + QLatin1Char('.') + qs(k.str()), out);
        return;
    }
    if (const toml::array *a = node.as_array(); a && a->is_array_of_tables()) {
        int i = 0;
        for (const toml::node &e : *a)
            flatten(e, prefix + QLatin1Char('[') + QString::number(i++) + QLatin1Char(']'), out);
        return;
    }
    std::ostringstream s;
    s << toml::toml_formatter {node, toml::format_flags::none};
    out->insert(prefix, QString::fromStdString(s.str()));
}

QMap<QString, QString> flat(const QByteArray &text)
{
    bool ok = false;
    const toml::table t = parseOrFail(text, &ok);
    QMap<QString, QString> out;
    if (ok)
        flatten(t, QString(), &out);
    return out;
}

const GeneratedFile *fileEnding(const GeneratedSet &set, const QString &suffix)
{
    for (const GeneratedFile &f : set.files)
        if (f.path.endsWith(suffix))
            return &f;
    return nullptr;
}

// Applies a unified diff with GNU patch and returns the result.
QByteArray applyPatch(const QByteArray &original, const QByteArray &diff)
{
    QTemporaryDir dir;
    const QString file = dir.path() + QStringLiteral("/file");
    Integration::writeFile(file, original);
    Integration::writeFile(dir.path() + QStringLiteral("/d.patch"), diff);
    const Integration::RunResult r = Integration::run(Integration::findBinary(QStringLiteral("patch")),
        {QStringLiteral("-s"), file, dir.path() + QStringLiteral("/d.patch")});
    if (!r.ok())
        qWarning("patch: %s", qPrintable(r.text()));
    return Integration::readFile(file);
}

} // namespace

class TestGenerateMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostsStructure_data();
    void hostsStructure();
    void hostOrderIsKept();
    void filesBesideHostsToml();
    void hostileValuesRefused_data();
    void hostileValuesRefused();
    void hostileValuesEscaped_data();
    void hostileValuesEscaped();
    void configPathSnippet_data();
    void configPathSnippet();
    void containerdVersionFromRuntime_data();
    void containerdVersionFromRuntime();
    void legacySeedConversion();
    void legacyMixWarning();
    void mergeConfig_data();
    void mergeConfig();
    void mergeSeedConfig();
    void crioStructure();
    void crioHostileRefused_data();
    void crioHostileRefused();
    void crioMerge_data();
    void crioMerge();
    void dockerDaemon();
    void dockerDaemonMerge();
    void dockerDaemonRefused_data();
    void dockerDaemonRefused();
    void unifiedDiffAppliesWithPatch_data();
    void unifiedDiffAppliesWithPatch();

private:
    QByteArray m_caPem;
};

void TestGenerateMirror::initTestCase()
{
    // A real certificate (validation parses PEM with QSslCertificate); its key is not kept.
    m_caPem = TestSupport::readFixture(QStringLiteral(PULLSCOPE_TEST_DATA "/generate/test-ca.crt"));
    QVERIFY(m_caPem.contains("-----BEGIN CERTIFICATE-----"));
}

void TestGenerateMirror::hostsStructure_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QStringList>("mirrors");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<bool>("noFallback");
    QTest::addColumn<QString>("server"); // empty: no server key
    QTest::addColumn<QStringList>("hosts"); // [host."..."] in order
    QTest::addColumn<QString>("dir");

    const QStringList pr {QStringLiteral("pull"), QStringLiteral("resolve")};
    QTest::newRow("docker.io") << QStringLiteral("docker.io")
                               << QStringList {QStringLiteral("https://mirror.example.com")} << QStringList() << false
                               << QStringLiteral("https://registry-1.docker.io")
                               << QStringList {QStringLiteral("https://mirror.example.com")}
                               << QStringLiteral("docker.io");
    QTest::newRow("registry.k8s.io pull only")
        << QStringLiteral("registry.k8s.io") << QStringList {QStringLiteral("https://k8s.m.example")}
        << QStringList {QStringLiteral("pull")} << false << QStringLiteral("https://registry.k8s.io")
        << QStringList {QStringLiteral("https://k8s.m.example")} << QStringLiteral("registry.k8s.io");
    QTest::newRow("gcr.io") << QStringLiteral("gcr.io") << QStringList {QStringLiteral("https://gcr.m.example")}
                            << QStringList() << false << QStringLiteral("https://gcr.io")
                            << QStringList {QStringLiteral("https://gcr.m.example")} << QStringLiteral("gcr.io");
    QTest::newRow("quay.io no fallback") << QStringLiteral(
        "quay.io") << QStringList {QStringLiteral("https://a.example"), QStringLiteral("http://b.example:5000")}
                                         << QStringList() << true << QStringLiteral("http://b.example:5000")
                                         << QStringList {QStringLiteral("https://a.example"),
                                                QStringLiteral("http://b.example:5000")}
                                         << QStringLiteral("quay.io");
    QTest::newRow("host:port") << QStringLiteral("registry.example.com:5000")
                               << QStringList {QStringLiteral("https://cache.example.com")} << QStringList() << false
                               << QStringLiteral("https://registry.example.com:5000")
                               << QStringList {QStringLiteral("https://cache.example.com")}
                               << QStringLiteral("registry.example.com:5000");
    QTest::newRow("_default") << QStringLiteral("_default") << QStringList {QStringLiteral("https://any.example")}
                              << QStringList() << false << QString()
                              << QStringList {QStringLiteral("https://any.example")} << QStringLiteral("_default");
    QTest::newRow("/v2 path dropped") << QStringLiteral("docker.io")
                                      << QStringList {QStringLiteral("https://m.example/v2/")} << pr << false
                                      << QStringLiteral("https://registry-1.docker.io")
                                      << QStringList {QStringLiteral("https://m.example")}
                                      << QStringLiteral("docker.io");
}

void TestGenerateMirror::hostsStructure()
{
    QFETCH(QString, registry);
    QFETCH(QStringList, mirrors);
    QFETCH(QStringList, capabilities);
    QFETCH(bool, noFallback);
    QFETCH(QString, server);
    QFETCH(QStringList, hosts);
    QFETCH(QString, dir);

    MirrorOptions o;
    o.registry = registry;
    o.noFallback = noFallback;
    for (const QString &m : mirrors) {
        MirrorEndpoint e;
        e.url = m;
        e.capabilities = capabilities;
        o.mirrors << e;
    }
    QCOMPARE(MirrorGenerator::validate(o), QString());
    const GeneratedSet set = MirrorGenerator::generate(o);
    const GeneratedFile *f = fileEnding(set, QStringLiteral("/hosts.toml"));
    QVERIFY(f);
    QCOMPARE(f->path, QStringLiteral("etc/containerd/certs.d/") + dir + QStringLiteral("/hosts.toml"));
    QVERIFY(!f->secret);
    bool ok = false;
    const toml::table t = parseOrFail(f->content, &ok);
    QVERIFY(ok);
    QSet<QString> top {QStringLiteral("host")};
    if (!server.isEmpty())
        top.insert(QStringLiteral("server"));
    QCOMPARE(keys(t), top);
    QCOMPARE(str(t, "server"), server);
    const toml::table *hostTable = t.get("host")->as_table();
    QVERIFY(hostTable);
    QCOMPARE(keys(*hostTable), QSet<QString>(hosts.begin(), hosts.end()));
    for (const QString &h : hosts) {
        const toml::table *entry = hostTable->get(h.toStdString())->as_table();
        QVERIFY(entry);
        QCOMPARE(keys(*entry), QSet<QString> {QStringLiteral("capabilities")});
        const QStringList want
            = capabilities.isEmpty() ? QStringList {QStringLiteral("pull"), QStringLiteral("resolve")} : capabilities;
        QCOMPARE(strings(entry->get("capabilities")), want);
    }
    // The config.toml lines come along, as a snippet (never a whole config.toml).
    QVERIFY(fileEnding(set, QStringLiteral("etc/containerd/config.toml.snippet")));
    QVERIFY(!fileEnding(set, QStringLiteral("etc/containerd/config.toml")));
    QVERIFY(!set.applyCommands.isEmpty());
    QVERIFY(set.verifyCommands.join(QLatin1Char('\n')).contains(QLatin1String("config_path")));
    if (noFallback)
        QVERIFY(set.warnings.join(QLatin1Char('\n')).contains(QLatin1String("never contacted")));
}

void TestGenerateMirror::hostOrderIsKept()
{
    // Reverse alphabetical on purpose: a sorted map would reorder them.
    MirrorOptions o;
    o.registry = QStringLiteral("docker.io");
    const QStringList urls {
        QStringLiteral("https://z.example"), QStringLiteral("https://m.example"), QStringLiteral("https://a.example")};
    for (const QString &u : urls) {
        MirrorEndpoint e;
        e.url = u;
        o.mirrors << e;
    }
    const QByteArray text = MirrorGenerator::hostsToml(o);
    bool ok = false;
    const toml::table t = parseOrFail(text, &ok);
    QVERIFY(ok);
    QList<std::pair<int, QString>> positions;
    for (const auto &[k, v] : *t.get("host")->as_table())
        positions << std::pair {int(v.source().begin.line), qs(k.str())};
    std::sort(positions.begin(), positions.end());
    QStringList inFileOrder;
    for (const auto &p : positions)
        inFileOrder << p.second;
    QCOMPARE(inFileOrder, urls);
}

void TestGenerateMirror::filesBesideHostsToml()
{
    MirrorOptions o;
    o.registry = QStringLiteral("docker.io");
    MirrorEndpoint e;
    e.url = QStringLiteral("https://harbor.example.com/v2/dockerhub-proxy");
    e.ca = {QStringLiteral("/home/me/harbor-ca.pem"), m_caPem};
    e.clientCert = {QStringLiteral("/home/me/c.pem"), m_caPem};
    e.clientKey = {QStringLiteral("/home/me/c.key"),
        QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")};
    e.skipVerify = true;
    e.headers << MirrorHeader {QStringLiteral("X-Trace"), QStringLiteral("a")}
              << MirrorHeader {QStringLiteral("X-Trace"), QStringLiteral("b")}
              << MirrorHeader {QStringLiteral("Authorization-Hint"), QStringLiteral("none")};
    o.mirrors << e;
    MirrorEndpoint second = e;
    second.url = QStringLiteral("https://other.example.com");
    second.clientCert = {};
    second.clientKey = {};
    second.skipVerify = false;
    second.headers.clear();
    o.mirrors << second;
    QCOMPARE(MirrorGenerator::validate(o), QString());
    const GeneratedSet set = MirrorGenerator::generate(o);
    const GeneratedFile *hosts = fileEnding(set, QStringLiteral("docker.io/hosts.toml"));
    const GeneratedFile *ca = fileEnding(set, QStringLiteral("docker.io/ca.crt"));
    const GeneratedFile *cert = fileEnding(set, QStringLiteral("docker.io/client.cert"));
    const GeneratedFile *key = fileEnding(set, QStringLiteral("docker.io/client.key"));
    QVERIFY(hosts && ca && cert && key);
    QCOMPARE(ca->content, m_caPem);
    QVERIFY(!ca->secret && !cert->secret);
    QVERIFY(key->secret);
    // The same CA for both mirrors is one file.
    QVERIFY(!fileEnding(set, QStringLiteral("ca-2.crt")));
    bool ok = false;
    const toml::table t = parseOrFail(hosts->content, &ok);
    QVERIFY(ok);
    const toml::table *h = t.get("host")->as_table()->get("https://harbor.example.com/v2/dockerhub-proxy")->as_table();
    QVERIFY(h);
    QCOMPARE(keys(*h),
        (QSet<QString> {QStringLiteral("capabilities"), QStringLiteral("ca"), QStringLiteral("client"),
            QStringLiteral("skip_verify"), QStringLiteral("override_path"), QStringLiteral("header")}));
    QCOMPARE(str(*h, "ca"), QStringLiteral("ca.crt"));
    const toml::array *client = h->get("client")->as_array();
    QVERIFY(client && client->size() == 1 && client->get(0)->as_array());
    QCOMPARE(strings(client->get(0)), (QStringList {QStringLiteral("client.cert"), QStringLiteral("client.key")}));
    QCOMPARE(h->get("skip_verify")->value<bool>(), std::optional<bool>(true));
    QCOMPARE(h->get("override_path")->value<bool>(), std::optional<bool>(true));
    const toml::table *headers = h->get("header")->as_table();
    QCOMPARE(strings(headers->get("X-Trace")), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(strings(headers->get("Authorization-Hint")), QStringList {QStringLiteral("none")});
    const QString warnings = set.warnings.join(QLatin1Char('\n'));
    QVERIFY(warnings.contains(QLatin1String("skip_verify")));
    QVERIFY(warnings.contains(QLatin1String("override_path")));
    // Commands install the key with 0600.
    QVERIFY(set.applyCommands.join(QLatin1Char('\n'))
                .contains(QLatin1String("0600 etc/containerd/certs.d/docker.io/client.key")));
}

void TestGenerateMirror::hostileValuesRefused_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("mirror");
    QTest::addColumn<QString>("headerName");
    QTest::addColumn<QString>("headerValue");
    QTest::addColumn<QString>("capability");
    QTest::addColumn<QString>("containerd");
    QTest::addColumn<QString>("field");

    const QString r = QStringLiteral("docker.io");
    const QString m = QStringLiteral("https://mirror.example.com");
    const QString v = QStringLiteral("1.7");
    QTest::newRow("registry newline") << QStringLiteral("docker.io\n[x]") << m << QString() << QString() << QString()
                                      << v << QStringLiteral("--registry");
    QTest::newRow("registry quote") << QStringLiteral("a\"b.example") << m << QString() << QString() << QString() << v
                                    << QStringLiteral("--registry");
    QTest::newRow("registry bracket") << QStringLiteral("a].example") << m << QString() << QString() << QString() << v
                                      << QStringLiteral("--registry");
    QTest::newRow("registry equals") << QStringLiteral("a=b") << m << QString() << QString() << QString() << v
                                     << QStringLiteral("--registry");
    QTest::newRow("registry path") << QStringLiteral("docker.io/library") << m << QString() << QString() << QString()
                                   << v << QStringLiteral("--registry");
    QTest::newRow("mirror newline key") << r << QStringLiteral("https://m.example\"]\nserver = \"https://evil.example")
                                        << QString() << QString() << QString() << v << QStringLiteral("--mirror");
    QTest::newRow("mirror quote") << r << QStringLiteral("https://m.example/a\"b") << QString() << QString()
                                  << QString() << v << QStringLiteral("--mirror");
    QTest::newRow("mirror scheme") << r << QStringLiteral("ftp://m.example") << QString() << QString() << QString() << v
                                   << QStringLiteral("--mirror");
    QTest::newRow("mirror credentials") << r << QStringLiteral("https://u:p@m.example") << QString() << QString()
                                        << QString() << v << QStringLiteral("--mirror");
    QTest::newRow("mirror space") << r << QStringLiteral("https://m.example/a b") << QString() << QString() << QString()
                                  << v << QStringLiteral("--mirror");
    QTest::newRow("mirror unicode host") << r << QStringLiteral("https://镜像.example") << QString() << QString()
                                         << QString() << v << QStringLiteral("--mirror");
    QTest::newRow("mirror line separator") << r << QStringLiteral("https://m.example/\u2028x") << QString() << QString()
                                           << QString() << v << QStringLiteral("--mirror");
    QTest::newRow("header name bracket") << r << m << QStringLiteral("X]\n[evil") << QStringLiteral("v") << QString()
                                         << v << QStringLiteral("--header");
    QTest::newRow("header name equals") << r << m << QStringLiteral("X=Y") << QStringLiteral("v") << QString() << v
                                        << QStringLiteral("--header");
    QTest::newRow("header name space") << r << m << QStringLiteral("X Y") << QStringLiteral("v") << QString() << v
                                       << QStringLiteral("--header");
    QTest::newRow("header value newline") << r << m << QStringLiteral("X-A") << QStringLiteral("a\nserver = \"x\"")
                                          << QString() << v << QStringLiteral("--header");
    QTest::newRow("header value CR") << r << m << QStringLiteral("X-A") << QStringLiteral("a\rb") << QString() << v
                                     << QStringLiteral("--header");
    QTest::newRow("capability unknown") << r << m << QString() << QString() << QStringLiteral("delete") << v
                                        << QStringLiteral("--capabilities");
    QTest::newRow("capability newline") << r << m << QString() << QString() << QStringLiteral("pull\n") << v
                                        << QStringLiteral("--capabilities");
    QTest::newRow("containerd version") << r << m << QString() << QString() << QString() << QStringLiteral("1.5")
                                        << QStringLiteral("--containerd");
}

void TestGenerateMirror::hostileValuesRefused()
{
    QFETCH(QString, registry);
    QFETCH(QString, mirror);
    QFETCH(QString, headerName);
    QFETCH(QString, headerValue);
    QFETCH(QString, capability);
    QFETCH(QString, containerd);
    QFETCH(QString, field);
    MirrorOptions o;
    o.registry = registry;
    o.containerdVersion = containerd;
    MirrorEndpoint e;
    e.url = mirror;
    if (!headerName.isEmpty())
        e.headers << MirrorHeader {headerName, headerValue};
    if (!capability.isEmpty())
        e.capabilities << capability;
    o.mirrors << e;
    const QString problem = MirrorGenerator::validate(o);
    QVERIFY2(problem.startsWith(field), qPrintable(problem));
    // Control characters are never echoed raw in the message.
    QVERIFY(!problem.contains(QLatin1Char('\n')));
    const GeneratedSet set = MirrorGenerator::generate(o);
    QVERIFY(set.files.isEmpty());
}

void TestGenerateMirror::hostileValuesEscaped_data()
{
    QTest::addColumn<QString>("mirror");
    QTest::addColumn<QString>("headerValue");
    QTest::newRow("quotes and backslash") << QStringLiteral("https://m.example") << QStringLiteral("a\"b\\c'd");
    QTest::newRow("toml syntax") << QStringLiteral("https://m.example")
                                 << QStringLiteral("x\"]] = [[host]] # [header]");
    QTest::newRow("unicode") << QStringLiteral("https://m.example") << QStringLiteral("值✓ żółw 🚀");
    QTest::newRow("url with sub-delims") << QStringLiteral("https://m.example:8443/v2/a'b=c;d$e&f(g)")
                                         << QStringLiteral("plain");
    QTest::newRow("ipv6 mirror") << QStringLiteral("https://[fd00::1]:5000") << QStringLiteral("v");
    QTest::newRow("triple quotes") << QStringLiteral("https://m.example") << QStringLiteral("'''\"\"\"");
}

void TestGenerateMirror::hostileValuesEscaped()
{
    QFETCH(QString, mirror);
    QFETCH(QString, headerValue);
    MirrorOptions o;
    o.registry = QStringLiteral("docker.io");
    MirrorEndpoint e;
    e.url = mirror;
    e.headers << MirrorHeader {QStringLiteral("X-Test"), headerValue};
    o.mirrors << e;
    QCOMPARE(MirrorGenerator::validate(o), QString());
    const QByteArray text = MirrorGenerator::hostsToml(o);
    bool ok = false;
    const toml::table t = parseOrFail(text, &ok);
    QVERIFY(ok);
    QCOMPARE(keys(t), (QSet<QString> {QStringLiteral("server"), QStringLiteral("host")}));
    const toml::table *hosts = t.get("host")->as_table();
    QCOMPARE(keys(*hosts), QSet<QString> {mirror});
    const toml::table *h = hosts->get(mirror.toStdString())->as_table();
    QSet<QString> expected {QStringLiteral("capabilities"), QStringLiteral("header")};
    if (mirror.contains(QLatin1String("/v2/")))
        expected.insert(QStringLiteral("override_path"));
    QCOMPARE(keys(*h), expected);
    const toml::table *headers = h->get("header")->as_table();
    QCOMPARE(keys(*headers), QSet<QString> {QStringLiteral("X-Test")});
    QCOMPARE(strings(headers->get("X-Test")), QStringList {headerValue});
}

void TestGenerateMirror::configPathSnippet_data()
{
    QTest::addColumn<QString>("containerd");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("plugin");
    QTest::newRow("1.6") << QStringLiteral("1.6") << 2 << QStringLiteral("io.containerd.grpc.v1.cri");
    QTest::newRow("1.7") << QStringLiteral("1.7") << 2 << QStringLiteral("io.containerd.grpc.v1.cri");
    QTest::newRow("2.0") << QStringLiteral("2.0") << 3 << QStringLiteral("io.containerd.cri.v1.images");
    QTest::newRow("2.1") << QStringLiteral("2.1") << 3 << QStringLiteral("io.containerd.cri.v1.images");
}

void TestGenerateMirror::configPathSnippet()
{
    QFETCH(QString, containerd);
    QFETCH(int, version);
    QFETCH(QString, plugin);
    const QByteArray text = MirrorGenerator::configPathSnippet(containerd, QStringLiteral("/etc/containerd/certs.d"));
    QMap<QString, QString> expected;
    expected.insert(QStringLiteral("version"), QString::number(version));
    expected.insert(QStringLiteral("plugins.") + plugin + QStringLiteral(".registry.config_path"),
        QStringLiteral("\"/etc/containerd/certs.d\""));
    QCOMPARE(flat(text), expected);
    // As in containerd's docs: the table header names the plugin in double quotes.
    QVERIFY2(text.contains(QByteArray("[plugins.\"" + plugin.toUtf8() + "\".registry]")), text.constData());
}

void TestGenerateMirror::containerdVersionFromRuntime_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1.6") << QStringLiteral("containerd://1.6.20") << QStringLiteral("1.6");
    QTest::newRow("1.5") << QStringLiteral("containerd://1.5.9") << QStringLiteral("1.6");
    QTest::newRow("1.7") << QStringLiteral("containerd://1.7.13") << QStringLiteral("1.7");
    QTest::newRow("2.0") << QStringLiteral("containerd://2.0.5") << QStringLiteral("2.0");
    QTest::newRow("2.1") << QStringLiteral("containerd://2.1.0") << QStringLiteral("2.1");
    QTest::newRow("v prefix") << QStringLiteral("containerd://v1.7.2") << QStringLiteral("1.7");
    QTest::newRow("cri-o") << QStringLiteral("cri-o://1.30.0") << QString();
    QTest::newRow("docker") << QStringLiteral("docker://24.0.7") << QString();
}

void TestGenerateMirror::containerdVersionFromRuntime()
{
    QFETCH(QString, runtime);
    QFETCH(QString, expected);
    QCOMPARE(MirrorGenerator::containerdVersionFromRuntime(runtime), expected);
}

void TestGenerateMirror::legacySeedConversion()
{
    const QByteArray seed
        = TestSupport::readFixture(QStringLiteral(PULLSCOPE_TEST_DATA "/generate/seed-8.1-config.toml"));
    const LegacyConversion c = LegacyRegistryConverter::convert(seed);
    QCOMPARE(c.error, QString());
    QCOMPARE(c.configVersion, 2);
    QVERIFY(c.hasMirrors);
    QVERIFY(c.hasTlsConfigs);
    QMap<QString, MirrorOptions> byRegistry;
    for (const MirrorOptions &o : c.hosts)
        byRegistry.insert(o.registry, o);
    QCOMPARE(byRegistry.keys(),
        (QStringList {QStringLiteral("docker.io"), QStringLiteral("gcr.io"), QStringLiteral("harbor.example.com"),
            QStringLiteral("k8s.gcr.io"), QStringLiteral("myregistry.example.com"), QStringLiteral("quay.io"),
            QStringLiteral("registry.k8s.io")}));
    const MirrorOptions docker = byRegistry.value(QStringLiteral("docker.io"));
    QCOMPARE(docker.mirrors.size(), 3);
    QCOMPARE(docker.mirrors[0].url, QStringLiteral("https://harbor.example.com/v2/dockerhub-proxy"));
    QVERIFY(docker.mirrors[0].overridePath);
    // configs."harbor.example.com".tls applies to the mirror on that host.
    QCOMPARE(docker.mirrors[0].ca.path, QStringLiteral("/etc/containerd/certs.d/harbor.example.com/ca.crt"));
    QCOMPARE(docker.mirrors[1].url, QStringLiteral("https://mirror.gcr.io"));
    QVERIFY(!docker.mirrors[1].overridePath);
    QCOMPARE(docker.mirrors[2].url, QStringLiteral("https://dockerproxy.com"));
    QVERIFY(!docker.noFallback);
    const MirrorOptions k8s = byRegistry.value(QStringLiteral("registry.k8s.io"));
    QCOMPARE(k8s.mirrors.size(), 2);
    QVERIFY(k8s.mirrors[1].overridePath); // https://registry.aliyuncs.com/google_containers
    QVERIFY(byRegistry.value(QStringLiteral("myregistry.example.com")).upstream.skipVerify);

    // Every converted entry generates and reads back; credentials never land in hosts.toml.
    for (const MirrorOptions &o : std::as_const(c.hosts)) {
        QCOMPARE(MirrorGenerator::validate(o), QString());
        const GeneratedSet set = MirrorGenerator::generate(o);
        const GeneratedFile *f = fileEnding(set, QStringLiteral("/hosts.toml"));
        QVERIFY(f);
        bool ok = false;
        const toml::table t = parseOrFail(f->content, &ok);
        QVERIFY(ok);
        QVERIFY(t.get("host"));
        QVERIFY(!f->content.contains("Harbor12345"));
        QVERIFY(!f->content.contains("admin"));
    }
    const GeneratedSet docker1 = MirrorGenerator::generate(docker);
    bool ok = false;
    const toml::table dt = parseOrFail(fileEnding(docker1, QStringLiteral("/hosts.toml"))->content, &ok);
    QCOMPARE(str(dt, "server"), QStringLiteral("https://registry-1.docker.io"));
    const toml::table *harbor
        = dt.get("host")->as_table()->get("https://harbor.example.com/v2/dockerhub-proxy")->as_table();
    QCOMPARE(str(*harbor, "ca"), QStringLiteral("/etc/containerd/certs.d/harbor.example.com/ca.crt"));
    QCOMPARE(harbor->get("override_path")->value<bool>(), std::optional<bool>(true));

    // The credentials become a pull secret whose .dockerconfigjson holds them.
    QCOMPARE(c.credentials.size(), 1);
    QCOMPARE(c.credentials[0].server, QStringLiteral("harbor.example.com"));
    QCOMPARE(c.credentials[0].username, QStringLiteral("admin"));
    QCOMPARE(c.credentials[0].password, QStringLiteral("Harbor12345"));
    const QString warnings = c.warnings.join(QLatin1Char('\n'));
    QVERIFY(warnings.contains(QLatin1String("no credentials")));
    QVERIFY(!warnings.contains(QLatin1String("Harbor12345")));
    const GeneratedSet secret
        = LegacyRegistryConverter::credentialsSecret(c, QStringLiteral("harbor-pull"), QStringLiteral("apps"));
    QVERIFY2(!secret.files.isEmpty(), qPrintable(secret.warnings.join(QLatin1Char('\n'))));
    QVERIFY(secret.files[0].secret);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\.dockerconfigjson: (\\S+)"))
                                          .match(QString::fromUtf8(secret.files[0].content));
    QVERIFY2(m.hasMatch(), secret.files[0].content.constData());
    const QJsonObject auths = QJsonDocument::fromJson(QByteArray::fromBase64(m.captured(1).toLatin1()))
                                  .object()
                                  .value(QStringLiteral("auths"))
                                  .toObject();
    const QJsonObject harborAuth = auths.value(QStringLiteral("harbor.example.com")).toObject();
    QCOMPARE(harborAuth.value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
    QCOMPARE(harborAuth.value(QStringLiteral("password")).toString(), QStringLiteral("Harbor12345"));
    QCOMPARE(harborAuth.value(QStringLiteral("auth")).toString(), QStringLiteral("YWRtaW46SGFyYm9yMTIzNDU="));
}

void TestGenerateMirror::legacyMixWarning()
{
    const QByteArray mixed = "version = 2\n"
                             "[plugins.\"io.containerd.grpc.v1.cri\".registry]\n"
                             "  config_path = \"/etc/containerd/certs.d\"\n"
                             "[plugins.\"io.containerd.grpc.v1.cri\".registry.mirrors.\"docker.io\"]\n"
                             "  endpoint = [\"https://m.example\"]\n"
                             "[plugins.\"io.containerd.grpc.v1.cri\".registry.configs.\"gcr.io\".auth]\n"
                             "  auth = \"dXNlcjpwYTpzcw==\"\n";
    const LegacyConversion c = LegacyRegistryConverter::convert(mixed);
    QCOMPARE(c.configPath, QStringLiteral("/etc/containerd/certs.d"));
    QVERIFY(c.warnings.join(QLatin1Char('\n')).contains(QLatin1String("cannot be mixed")));
    // auth is base64("user:pa:ss"): the password keeps its colon.
    QCOMPARE(c.credentials.size(), 1);
    QCOMPARE(c.credentials[0].username, QStringLiteral("user"));
    QCOMPARE(c.credentials[0].password, QStringLiteral("pa:ss"));
    // The "*" mirror becomes _default.
    const LegacyConversion star = LegacyRegistryConverter::convert(
        "version = 2\n[plugins.\"io.containerd.grpc.v1.cri\".registry.mirrors.\"*\"]\nendpoint = "
        "[\"https://all.example\"]\n");
    QCOMPARE(star.hosts.size(), 1);
    QCOMPARE(star.hosts[0].registry, QStringLiteral("_default"));
    // Not TOML: an error naming the line.
    const LegacyConversion broken = LegacyRegistryConverter::convert("version = 2\n[plugins\n");
    QVERIFY(broken.error.contains(QLatin1String("line 2")));
}

void TestGenerateMirror::mergeConfig_data()
{
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QString>("containerd");
    QTest::addColumn<QStringList>("registryPath");
    QTest::addColumn<QString>("expectedDir");
    QTest::addColumn<bool>("expectError");

    const QStringList v2 {
        QStringLiteral("plugins"), QStringLiteral("io.containerd.grpc.v1.cri"), QStringLiteral("registry")};
    const QStringList v3 {
        QStringLiteral("plugins"), QStringLiteral("io.containerd.cri.v1.images"), QStringLiteral("registry")};
    const QString d = QStringLiteral("/etc/containerd/certs.d");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("1.7") << v2 << d << false;
    QTest::newRow("empty file 2.x") << QByteArray() << QStringLiteral("2.0") << v3 << d << false;
    QTest::newRow("registry header, no config_path")
        << QByteArray("version = 2\n# mine\n[plugins.\"io.containerd.grpc.v1.cri\".registry]  # keep\n  foo_unknown = "
                      "1\n[plugins.\"io.containerd.grpc.v1.cri\".containerd]\n  snapshotter = \"overlayfs\"\n")
        << QStringLiteral("1.7") << v2 << d << false;
    QTest::newRow("no registry table") << QByteArray(
        "version = 2\n[plugins.\"io.containerd.grpc.v1.cri\"]\n  sandbox_image = \"registry.k8s.io/pause:3.9\"\n")
                                       << QStringLiteral("1.7") << v2 << d << false;
    QTest::newRow("empty config_path with comment and unicode") << QByteArray(
        "version = 2\n[plugins.\"io.containerd.grpc.v1.cri\".registry]\n  config_path = \"\" # 镜像目录 é\n")
                                                                << QStringLiteral("1.7") << v2 << d << false;
    QTest::newRow("existing config_path kept") << QByteArray(
        "version = 2\n[plugins.\"io.containerd.grpc.v1.cri\".registry]\n  config_path = \"/opt/certs:/etc/more\"\n")
                                               << QStringLiteral("1.7") << v2 << QStringLiteral("/opt/certs") << false;
    QTest::newRow("version 3 single quotes")
        << QByteArray("version = 3\n[plugins.'io.containerd.cri.v1.images'.registry]\n  config_path = ''\n")
        << QStringLiteral("2.0") << v3 << d << false;
    QTest::newRow("dotted key in plugin table")
        << QByteArray("version = 2\n[plugins.\"io.containerd.grpc.v1.cri\"]\n  registry.config_path = \"\"\n")
        << QStringLiteral("1.7") << v2 << d << false;
    QTest::newRow("inline registry") << QByteArray(
        "version = 2\n[plugins.\"io.containerd.grpc.v1.cri\"]\n  registry = { mirrors = {} }\n")
                                     << QStringLiteral("1.7") << v2 << d << true;
    QTest::newRow("not toml") << QByteArray("version = = 2\n") << QStringLiteral("1.7") << v2 << d << true;
}

void TestGenerateMirror::mergeConfig()
{
    QFETCH(QByteArray, current);
    QFETCH(QString, containerd);
    QFETCH(QStringList, registryPath);
    QFETCH(QString, expectedDir);
    QFETCH(bool, expectError);
    const ContainerdConfigMerge m
        = ContainerdConfigMerger::merge(current, QStringLiteral("/etc/containerd/certs.d"), containerd);
    if (expectError) {
        QVERIFY(!m.error.isEmpty());
        QVERIFY(m.merged.isEmpty());
        return;
    }
    QCOMPARE(m.error, QString());
    QCOMPARE(m.certsDir, expectedDir);
    const QMap<QString, QString> before = flat(current);
    const QMap<QString, QString> after = flat(m.merged);
    const QString configPathKey = registryPath.join(QLatin1Char('.')) + QStringLiteral(".config_path");
    QVERIFY2(after.contains(configPathKey), m.merged.constData());
    QVERIFY(after.value(configPathKey).contains(expectedDir));
    // Nothing the user had is lost or changed (config_path only where it was empty).
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.key() == configPathKey && it.value() == QLatin1String("\"\""))
            continue;
        if (it.key() == configPathKey && it.value() == QLatin1String("''"))
            continue;
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(after.size(), before.size() + (before.contains(configPathKey) ? 0 : 1) + (current.isEmpty() ? 1 : 0));
    // Comments survive.
    for (const QByteArray &line : current.split('\n'))
        if (line.contains('#'))
            QVERIFY2(m.merged.contains(line.mid(line.indexOf('#'))), line.constData());
    // The diff turns the original into the merged file.
    if (!Integration::findBinary(QStringLiteral("patch")).isEmpty() && !current.isEmpty())
        QCOMPARE(applyPatch(current, m.diff), m.merged);
}

void TestGenerateMirror::mergeSeedConfig()
{
    const QByteArray seed
        = TestSupport::readFixture(QStringLiteral(PULLSCOPE_TEST_DATA "/generate/seed-8.1-config.toml"));
    const ContainerdConfigMerge m
        = ContainerdConfigMerger::merge(seed, QStringLiteral("/etc/containerd/certs.d"), QStringLiteral("1.7"));
    QCOMPARE(m.error, QString());
    const QMap<QString, QString> before = flat(seed);
    const QMap<QString, QString> after = flat(m.merged);
    const QString reg = QStringLiteral("plugins.io.containerd.grpc.v1.cri.registry.");
    QCOMPARE(after.value(reg + QStringLiteral("config_path")), QStringLiteral("\"/etc/containerd/certs.d\""));
    // Legacy mirrors and configs.*.tls are out of the active configuration...
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        QVERIFY2(!it.key().startsWith(reg + QStringLiteral("mirrors")), qPrintable(it.key()));
        QVERIFY2(!it.key().contains(QLatin1String(".tls.")), qPrintable(it.key()));
    }
    // ...everything else is unchanged, credentials included (until the pull secret is in use).
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.key().startsWith(reg + QStringLiteral("mirrors")) || it.key().contains(QLatin1String(".tls."))
            || it.key() == reg + QStringLiteral("config_path"))
            continue;
        QCOMPARE(after.value(it.key()), it.value());
    }
    QCOMPARE(after.value(reg + QStringLiteral("auths.harbor.example.com.password")), QStringLiteral("\"Harbor12345\""));
    // ...and the legacy lines are kept as comments, none dropped.
    const QList<QByteArray> mergedLines = m.merged.split('\n');
    for (const QByteArray &line : seed.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const bool kept = mergedLines.contains(line) || m.merged.contains(QByteArray("# " + line.trimmed()))
            || line.contains("config_path");
        QVERIFY2(kept, line.constData());
    }
    QVERIFY(m.merged.contains("# PullScope: moved to hosts.toml files"));
    QVERIFY(m.diff.startsWith("--- a/etc/containerd/config.toml\n+++ b/etc/containerd/config.toml\n"));
    QVERIFY(m.diff.contains("-    config_path = \"\"\n+    config_path = \"/etc/containerd/certs.d\"\n"));
    if (!Integration::findBinary(QStringLiteral("patch")).isEmpty())
        QCOMPARE(applyPatch(seed, m.diff), m.merged);
}

void TestGenerateMirror::crioStructure()
{
    CrioMirrorOptions o;
    o.registry = QStringLiteral("docker.io");
    o.mirrors << QStringLiteral("https://z-mirror.example.com/dockerhub")
              << QStringLiteral("http://a-mirror.local:5000");
    QCOMPARE(CrioRegistryGenerator::validate(o), QString());
    const GeneratedSet set = CrioRegistryGenerator::generate(o);
    QCOMPARE(set.files.size(), 1);
    QCOMPARE(set.files[0].path, QStringLiteral("etc/containers/registries.conf.d/50-pullscope-docker.io.conf"));
    bool ok = false;
    const toml::table t = parseOrFail(set.files[0].content, &ok);
    QVERIFY(ok);
    QCOMPARE(keys(t), QSet<QString> {QStringLiteral("registry")});
    const toml::array *regs = t.get("registry")->as_array();
    QCOMPARE(int(regs->size()), 1);
    const toml::table &reg = *regs->get(0)->as_table();
    QCOMPARE(
        keys(reg), (QSet<QString> {QStringLiteral("prefix"), QStringLiteral("location"), QStringLiteral("mirror")}));
    QCOMPARE(str(reg, "prefix"), QStringLiteral("docker.io"));
    QCOMPARE(str(reg, "location"), QStringLiteral("docker.io"));
    const toml::array *mirrors = reg.get("mirror")->as_array();
    QCOMPARE(int(mirrors->size()), 2);
    QCOMPARE(str(*mirrors->get(0)->as_table(), "location"), QStringLiteral("z-mirror.example.com/dockerhub"));
    QCOMPARE(keys(*mirrors->get(0)->as_table()), QSet<QString> {QStringLiteral("location")});
    QCOMPARE(str(*mirrors->get(1)->as_table(), "location"), QStringLiteral("a-mirror.local:5000"));
    QCOMPARE(mirrors->get(1)->as_table()->get("insecure")->value<bool>(), std::optional<bool>(true));
    QVERIFY(set.warnings.join(QLatin1Char('\n')).contains(QLatin1String("insecure")));
}

void TestGenerateMirror::crioHostileRefused_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("mirror");
    QTest::addColumn<QString>("field");
    const QString m = QStringLiteral("mirror.example.com");
    QTest::newRow("registry newline") << QStringLiteral("docker.io\n[[registry]]") << m << QStringLiteral("--registry");
    QTest::newRow("registry quote") << QStringLiteral("docker.io\"") << m << QStringLiteral("--registry");
    QTest::newRow("registry upper path") << QStringLiteral("example.com/Team") << m << QStringLiteral("--registry");
    QTest::newRow("mirror bracket") << QStringLiteral("docker.io") << QStringLiteral("m.example]")
                                    << QStringLiteral("--mirror");
    QTest::newRow("mirror quote") << QStringLiteral("docker.io") << QStringLiteral("m.example/\"x")
                                  << QStringLiteral("--mirror");
    QTest::newRow("mirror equals") << QStringLiteral("docker.io") << QStringLiteral("m.example/a=b")
                                   << QStringLiteral("--mirror");
    QTest::newRow("mirror unicode") << QStringLiteral("docker.io") << QStringLiteral("m.example/值")
                                    << QStringLiteral("--mirror");
    QTest::newRow("mirror query") << QStringLiteral("docker.io") << QStringLiteral("https://m.example/?x=1")
                                  << QStringLiteral("--mirror");
}

void TestGenerateMirror::crioHostileRefused()
{
    QFETCH(QString, registry);
    QFETCH(QString, mirror);
    QFETCH(QString, field);
    CrioMirrorOptions o;
    o.registry = registry;
    o.mirrors << mirror;
    const QString problem = CrioRegistryGenerator::validate(o);
    QVERIFY2(problem.startsWith(field), qPrintable(problem));
    QVERIFY(CrioRegistryGenerator::generate(o).files.isEmpty());
}

void TestGenerateMirror::crioMerge_data()
{
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QStringList>("expectedMirrors"); // docker.io's after the merge
    QTest::addColumn<bool>("unchanged");
    QTest::newRow("other registry only") << QByteArray(
        "unqualified-search-registries = [\"docker.io\"]\n\n# ours\n[[registry]]\nprefix = \"quay.io\"\nlocation = "
        "\"quay.io\"\n") << QStringList {QStringLiteral("new.example.com")}
                                         << false;
    QTest::newRow("existing docker.io with a mirror, then quay.io")
        << QByteArray("[[registry]]\nprefix = \"docker.io\"\nlocation = \"docker.io\"\n\n[[registry.mirror]]\nlocation "
                      "= \"old.example.com\"\n\n# quay below\n[[registry]]\nprefix = \"quay.io\"\nlocation = "
                      "\"quay.io\"\n[[registry.mirror]]\nlocation = \"quay-mirror.example.com\"\n")
        << QStringList {QStringLiteral("old.example.com"), QStringLiteral("new.example.com")} << false;
    QTest::newRow("already there") << QByteArray("[[registry]]\nprefix = \"docker.io\"\nlocation = "
                                                 "\"docker.io\"\n[[registry.mirror]]\nlocation = \"new.example.com\"\n")
                                   << QStringList {QStringLiteral("new.example.com")} << true;
    QTest::newRow("empty file") << QByteArray() << QStringList {QStringLiteral("new.example.com")} << false;
}

void TestGenerateMirror::crioMerge()
{
    QFETCH(QByteArray, current);
    QFETCH(QStringList, expectedMirrors);
    QFETCH(bool, unchanged);
    CrioMirrorOptions o;
    o.registry = QStringLiteral("docker.io");
    o.mirrors << QStringLiteral("https://new.example.com");
    const CrioMerge m = CrioRegistryGenerator::merge(current, o, QStringLiteral("etc/containers/registries.conf"));
    QCOMPARE(m.error, QString());
    bool ok = false;
    const toml::table t = parseOrFail(m.merged, &ok);
    QVERIFY(ok);
    QStringList dockerMirrors;
    for (const toml::node &n : *t.get("registry")->as_array()) {
        const toml::table &reg = *n.as_table();
        if (str(reg, "prefix") != QLatin1String("docker.io"))
            continue;
        for (const toml::node &mn : *reg.get("mirror")->as_array())
            dockerMirrors << str(*mn.as_table(), "location");
    }
    QCOMPARE(dockerMirrors, expectedMirrors);
    // Everything the file had is still there with the same values.
    const QMap<QString, QString> before = flat(current);
    const QMap<QString, QString> after = flat(m.merged);
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    for (const QByteArray &line : current.split('\n'))
        QVERIFY2(m.merged.split('\n').contains(line), line.constData());
    if (unchanged) {
        QCOMPARE(m.merged, current);
        QVERIFY(m.diff.isEmpty());
    } else if (!current.isEmpty() && !Integration::findBinary(QStringLiteral("patch")).isEmpty()) {
        QCOMPARE(applyPatch(current, m.diff), m.merged);
    }
    const CrioMerge v1 = CrioRegistryGenerator::merge(
        "[registries.search]\nregistries = [\"docker.io\"]\n", o, QStringLiteral("etc/containers/registries.conf"));
    QVERIFY(v1.warnings.join(QLatin1Char('\n')).contains(QLatin1String("version 1")));
}

void TestGenerateMirror::dockerDaemon()
{
    DockerDaemonOptions o;
    o.mirrors << QStringLiteral("https://mirror.gcr.io") << QStringLiteral("https://docker.m.daocloud.io/");
    QCOMPARE(DockerDaemonGenerator::validate(o), QString());
    const GeneratedSet set = DockerDaemonGenerator::generate(o);
    QCOMPARE(set.files.size(), 1);
    QCOMPARE(set.files[0].path, QStringLiteral("etc/docker/daemon.json"));
    const QJsonObject root = QJsonDocument::fromJson(set.files[0].content).object();
    QCOMPARE(root.keys(), QStringList {QStringLiteral("registry-mirrors")});
    QCOMPARE(root.value(QStringLiteral("registry-mirrors")).toArray(),
        (QJsonArray {QStringLiteral("https://mirror.gcr.io"), QStringLiteral("https://docker.m.daocloud.io")}));
    QVERIFY(set.warnings.join(QLatin1Char('\n')).contains(QLatin1String("Docker Hub")));
}

void TestGenerateMirror::dockerDaemonMerge()
{
    const QByteArray current
        = "{\n  \"log-driver\": \"json-file\",\n  \"log-opts\": {\"max-size\": \"10m\"},\n"
          "  \"registry-mirrors\": [\"https://old.example.com\"],\n  \"insecure-registries\": [\"10.0.0.5:5000\"]\n}\n";
    DockerDaemonOptions o;
    o.mirrors << QStringLiteral("https://new.example.com") << QStringLiteral("https://old.example.com/");
    QByteArray diff;
    QString error;
    const GeneratedSet set = DockerDaemonGenerator::generate(o, current, true, &diff, &error);
    QCOMPARE(error, QString());
    const QJsonObject before = QJsonDocument::fromJson(current).object();
    QJsonObject after = QJsonDocument::fromJson(set.files[0].content).object();
    QCOMPARE(after.value(QStringLiteral("registry-mirrors")).toArray(),
        (QJsonArray {QStringLiteral("https://old.example.com"), QStringLiteral("https://new.example.com")}));
    after.insert(QStringLiteral("registry-mirrors"), before.value(QStringLiteral("registry-mirrors")));
    QCOMPARE(after, before);
    QVERIFY(diff.contains("+    \"registry-mirrors\""));
    if (!Integration::findBinary(QStringLiteral("patch")).isEmpty())
        QCOMPARE(applyPatch(current, diff), set.files[0].content);

    QByteArray unused;
    DockerDaemonGenerator::generate(o, "{\"a\": 1,,}", true, &unused, &error);
    QVERIFY(error.contains(QLatin1String("byte")));
    DockerDaemonGenerator::generate(o, "{\"registry-mirrors\": \"https://x\"}", true, &unused, &error);
    QVERIFY(error.contains(QLatin1String("registry-mirrors")));
}

void TestGenerateMirror::dockerDaemonRefused_data()
{
    QTest::addColumn<QString>("mirror");
    QTest::newRow("path") << QStringLiteral("https://harbor.example.com/v2/dockerhub-proxy");
    QTest::newRow("newline") << QStringLiteral("https://m.example\n\"x\": 1");
    QTest::newRow("quote") << QStringLiteral("https://m.example\"");
    QTest::newRow("no scheme") << QStringLiteral("m.example");
}

void TestGenerateMirror::dockerDaemonRefused()
{
    QFETCH(QString, mirror);
    DockerDaemonOptions o;
    o.mirrors << mirror;
    const QString problem = DockerDaemonGenerator::validate(o);
    QVERIFY2(problem.startsWith(QLatin1String("--mirror")), qPrintable(problem));
    QVERIFY(DockerDaemonGenerator::generate(o).files.isEmpty());
}

void TestGenerateMirror::unifiedDiffAppliesWithPatch_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QByteArray longText;
    for (int i = 0; i < 40; ++i)
        longText += "line " + QByteArray::number(i) + '\n';
    QByteArray longChanged = longText;
    longChanged.replace("line 3\n", "line three\n").replace("line 30\n", "").append("tail\n");
    QTest::newRow("two hunks") << longText << longChanged;
    QTest::newRow("insert at start") << QByteArray("a\nb\n") << QByteArray("x\na\nb\n");
    QTest::newRow("from empty") << QByteArray() << QByteArray("new\n");
    QTest::newRow("close changes") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n") << QByteArray("1\nX\n3\n4\n5\nY\n7\n8\n");
}

void TestGenerateMirror::unifiedDiffAppliesWithPatch()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    const QByteArray d = UnifiedDiff::diff(a, b, QStringLiteral("a/f"), QStringLiteral("b/f"));
    QVERIFY(!d.isEmpty());
    QVERIFY(UnifiedDiff::diff(a, a, QStringLiteral("a/f"), QStringLiteral("b/f")).isEmpty());
    if (Integration::findBinary(QStringLiteral("patch")).isEmpty())
        QSKIP("patch is not installed");
    QCOMPARE(applyPatch(a, d), b);
}

QTEST_GUILESS_MAIN(TestGenerateMirror)
#include "tst_generate_mirror.moc"

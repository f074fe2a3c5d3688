// The generated containerd mirror configuration, proven against real components: a private
// containerd pulls docker.io/library/... with `ctr images pull --hosts-dir <generated
// certs.d>` from local docker-registry instances acting as the mirror (HTTP, HTTPS with the
// generated `ca`, behind nginx at a path with override_path), with and without fallback,
// through a hosts.toml converted from a legacy config.toml; `containerd config dump` shows
// the generated config.toml lines set config_path.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../integration/integrationharness.h"
#include "generate/containerdconfigmerger.h"
#include "generate/crioregistrygenerator.h"
#include "generate/generatedfile.h"
#include "generate/legacyregistryconverter.h"
#include "generate/mirrorgenerator.h"

using namespace PullScope;
using namespace PullScope::Integration;

class TestIntegrationMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pullsThroughHttpMirror();
    void pullsThroughHttpsMirrorWithGeneratedCa();
    void pullsThroughOverridePath();
    void noFallbackNeverContactsUpstream();
    void legacyConversionPulls();
    void configDumpShowsConfigPath_data();
    void configDumpShowsConfigPath();
    void mergedSeedConfigIsAccepted();
    void harnessRegistryWithAuth();
    void crioRegistriesConfReadByContainersImage();

private:
    // Writes the set below a fresh folder and returns its certs.d.
    QString writeSet(const GeneratedSet &set, const QString &name);
    QByteArray caPem() const { return readFile(m_ca.caCert()); }
    QString ns() { return QStringLiteral("t%1").arg(++m_namespace); }
    void push(const QString &name, Registry &registry);

    QTemporaryDir m_tmp;
    TestCa m_ca;
    QString m_caDir; // only ca.crt, for skopeo --dest-cert-dir
    Registry m_plain;
    Registry m_tls;
    Registry m_upstream;
    Containerd m_containerd;
    int m_namespace = 0;
    bool m_ready = false;
};

void TestIntegrationMirror::initTestCase()
{
    const QString missing = missingBinary({QStringLiteral("docker-registry"), QStringLiteral("containerd"),
        QStringLiteral("ctr"), QStringLiteral("skopeo"), QStringLiteral("openssl"), QStringLiteral("htpasswd")});
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(missing)));
    QVERIFY(m_tmp.isValid());
    const QString root = m_tmp.path();
    QVERIFY2(m_ca.create(root + QStringLiteral("/pki")), qPrintable(m_ca.error()));
    QVERIFY2(m_ca.issue(QStringLiteral("server"), true), qPrintable(m_ca.error()));
    m_caDir = root + QStringLiteral("/ca-only");
    QVERIFY(writeFile(m_caDir + QStringLiteral("/ca.crt"), caPem()));

    QVERIFY2(m_plain.start(root + QStringLiteral("/reg-plain")), qPrintable(m_plain.error()));
    Registry::Options tls;
    tls.certFile = m_ca.cert(QStringLiteral("server"));
    tls.keyFile = m_ca.key(QStringLiteral("server"));
    QVERIFY2(m_tls.start(root + QStringLiteral("/reg-tls"), tls), qPrintable(m_tls.error()));
    QVERIFY2(m_upstream.start(root + QStringLiteral("/reg-upstream"), tls), qPrintable(m_upstream.error()));
    QVERIFY2(m_containerd.start(root + QStringLiteral("/containerd")), qPrintable(m_containerd.log()));

    push(QStringLiteral("pullscope-http"), m_plain);
    push(QStringLiteral("pullscope-path"), m_plain);
    push(QStringLiteral("pullscope-mirror-only"), m_plain);
    push(QStringLiteral("pullscope-tls"), m_tls);
    push(QStringLiteral("pullscope-legacy"), m_tls);
    push(QStringLiteral("pullscope-upstream-only"), m_upstream);
    m_ready = true;
}

void TestIntegrationMirror::cleanupTestCase()
{
    m_containerd.stop();
    m_plain.stop();
    m_tls.stop();
    m_upstream.stop();
}

void TestIntegrationMirror::push(const QString &name, Registry &registry)
{
    // Each image has its own content, so a pull can only be satisfied by the registry
    // the image was pushed to.
    const OciImage image = buildOciImage(m_tmp.path() + QStringLiteral("/oci/") + name, QStringLiteral("v1"),
        QByteArrayLiteral("hello.txt"), "content of " + name.toUtf8() + '\n');
    const bool tls = registry.url().startsWith(QLatin1String("https"));
    const RunResult r = skopeoPush(image,
        registry.hostPort() + QStringLiteral("/library/") + name + QStringLiteral(":v1"), tls ? m_caDir : QString());
    QVERIFY2(r.ok(), qPrintable(r.summary()));
}

// A hosts.toml containerd cannot decode is skipped silently (the registry itself is used
// instead), which would let a negative check pass for the wrong reason.
static bool decoded(const RunResult &r)
{
    return !r.text().contains(QLatin1String("failed to decode hosts.toml"));
}

QString TestIntegrationMirror::writeSet(const GeneratedSet &set, const QString &name)
{
    const QString dir = m_tmp.path() + QStringLiteral("/out/") + name;
    QString error;
    if (!GeneratedFileWriter::writeToDir(set, dir, &error))
        qWarning("%s", qPrintable(error));
    return dir + QStringLiteral("/etc/containerd/certs.d");
}

void TestIntegrationMirror::pullsThroughHttpMirror()
{
    QVERIFY(m_ready);
    MirrorOptions o;
    o.registry = QStringLiteral("docker.io");
    o.mirrors << MirrorEndpoint {m_plain.url(), {}, {}, {}, {}, false, false, {}};
    const GeneratedSet set = MirrorGenerator::generate(o);
    const QString certsD = writeSet(set, QStringLiteral("http"));
    QVERIFY(QFile::exists(certsD + QStringLiteral("/docker.io/hosts.toml")));

    const QString ref = QStringLiteral("docker.io/library/pullscope-http:v1");
    const RunResult ok = m_containerd.pull(ref, certsD, ns());
    QVERIFY2(ok.ok(), qPrintable(ok.summary()));
    QVERIFY2(decoded(ok), qPrintable(ok.summary()));
    QVERIFY(m_plain.log().contains(QLatin1String("/v2/library/pullscope-http/manifests/v1?ns=docker.io")));

    // The same pull without the generated configuration goes to Docker Hub and fails.
    QDir().mkpath(m_tmp.path() + QStringLiteral("/empty-certs.d"));
    const RunResult without = m_containerd.pull(ref, m_tmp.path() + QStringLiteral("/empty-certs.d"), ns());
    QVERIFY2(!without.ok(), qPrintable(without.summary()));
    QVERIFY2(decoded(without), qPrintable(without.summary()));
    QVERIFY2(without.text().contains(QLatin1String("registry-1.docker.io")), qPrintable(without.summary()));
}

void TestIntegrationMirror::pullsThroughHttpsMirrorWithGeneratedCa()
{
    QVERIFY(m_ready);
    MirrorOptions o;
    o.registry = QStringLiteral("docker.io");
    MirrorEndpoint mirror;
    mirror.url = m_tls.url();
    mirror.ca = {m_ca.caCert(), caPem()};
    o.mirrors << mirror;
    const GeneratedSet set = MirrorGenerator::generate(o);
    const QString certsD = writeSet(set, QStringLiteral("https"));
    // The CA lands beside hosts.toml and is referenced by its relative name.
    QVERIFY(QFile::exists(certsD + QStringLiteral("/docker.io/ca.crt")));
    QVERIFY(readFile(certsD + QStringLiteral("/docker.io/hosts.toml")).contains("ca = \"ca.crt\""));

    const QString ref = QStringLiteral("docker.io/library/pullscope-tls:v1");
    const RunResult ok = m_containerd.pull(ref, certsD, ns());
    QVERIFY2(ok.ok(), qPrintable(ok.summary()));
    QVERIFY2(decoded(ok), qPrintable(ok.summary()));
    QVERIFY(m_tls.log().contains(QLatin1String("/v2/library/pullscope-tls/manifests/v1?ns=docker.io")));

    // Without the CA the mirror's certificate is not trusted.
    o.mirrors[0].ca = {};
    const QString noCa = writeSet(MirrorGenerator::generate(o), QStringLiteral("https-no-ca"));
    const RunResult bad = m_containerd.pull(ref, noCa, ns());
    QVERIFY2(!bad.ok(), qPrintable(bad.summary()));
    QVERIFY2(decoded(bad), qPrintable(bad.summary()));
    QVERIFY2(bad.text().contains(QLatin1String("x509")), qPrintable(bad.summary()));
}

void TestIntegrationMirror::pullsThroughOverridePath()
{
    QVERIFY(m_ready);
    if (findBinary(QStringLiteral("nginx")).isEmpty())
        QSKIP("nginx is not installed");
    NginxPathProxy proxy;
    QVERIFY2(proxy.start(m_tmp.path() + QStringLiteral("/nginx"), m_plain.port(), QStringLiteral("dockerhub-proxy"),
                 m_ca.cert(QStringLiteral("server")), m_ca.key(QStringLiteral("server"))),
        qPrintable(proxy.error()));
    MirrorOptions o;
    o.registry = QStringLiteral("docker.io");
    MirrorEndpoint mirror;
    // The seed's Harbor proxy-cache form: the registry API lives at /v2/dockerhub-proxy.
    mirror.url = proxy.baseUrl() + QStringLiteral("/v2/dockerhub-proxy");
    mirror.ca = {m_ca.caCert(), caPem()};
    o.mirrors << mirror;
    const GeneratedSet set = MirrorGenerator::generate(o);
    const QString certsD = writeSet(set, QStringLiteral("override"));
    const QByteArray hosts = readFile(certsD + QStringLiteral("/docker.io/hosts.toml"));
    QVERIFY2(hosts.contains("override_path = true"), hosts.constData());

    const QString ref = QStringLiteral("docker.io/library/pullscope-path:v1");
    const RunResult ok = m_containerd.pull(ref, certsD, ns());
    QVERIFY2(ok.ok(), qPrintable(ok.summary()));
    QVERIFY2(decoded(ok), qPrintable(ok.summary()));
    QVERIFY2(proxy.accessLog().contains(QLatin1String("/v2/dockerhub-proxy/library/pullscope-path/manifests/v1")),
        qPrintable(proxy.accessLog()));

    // Without override_path containerd appends /v2 to the path, and nothing answers there.
    QByteArray withoutOverride = hosts;
    withoutOverride.replace("override_path = true\n", "");
    QVERIFY(withoutOverride != hosts);
    QVERIFY(writeFile(certsD + QStringLiteral("/docker.io/hosts.toml"), withoutOverride));
    const RunResult bad = m_containerd.pull(ref, certsD, ns());
    QVERIFY2(!bad.ok(), qPrintable(bad.summary()));
    QVERIFY2(decoded(bad), qPrintable(bad.summary()));
    QVERIFY(proxy.accessLog().contains(QLatin1String("/v2/dockerhub-proxy/v2/library/pullscope-path/manifests/v1")));
}

void TestIntegrationMirror::noFallbackNeverContactsUpstream()
{
    QVERIFY(m_ready);
    // m_upstream stands in for the registry itself (docker.io's upstream is the internet).
    MirrorOptions o;
    o.registry = m_upstream.hostPort();
    o.mirrors << MirrorEndpoint {m_plain.url(), {}, {}, {}, {}, false, false, {}};
    o.upstream.ca = {m_ca.caCert(), caPem()};
    const QString upstreamOnly = m_upstream.hostPort() + QStringLiteral("/library/pullscope-upstream-only:v1");
    const QString mirrorOnly = m_upstream.hostPort() + QStringLiteral("/library/pullscope-mirror-only:v1");
    const QLatin1String upstreamRequest("/v2/library/pullscope-upstream-only/manifests/v1");

    // With fallback: the mirror lacks the image, the upstream serves it.
    const QString withFallback = writeSet(MirrorGenerator::generate(o), QStringLiteral("fallback"));
    const RunResult viaUpstream = m_containerd.pull(upstreamOnly, withFallback, ns());
    QVERIFY2(viaUpstream.ok(), qPrintable(viaUpstream.summary()));
    QVERIFY2(decoded(viaUpstream), qPrintable(viaUpstream.summary()));
    const int upstreamHits = int(m_upstream.log().count(upstreamRequest));
    QVERIFY(upstreamHits > 0);
    QVERIFY(m_plain.log().contains(QLatin1String("/v2/library/pullscope-upstream-only/manifests/v1")));

    o.noFallback = true;
    const GeneratedSet set = MirrorGenerator::generate(o);
    const QString noFallback = writeSet(set, QStringLiteral("no-fallback"));
    const QByteArray hosts
        = readFile(noFallback + QLatin1Char('/') + m_upstream.hostPort() + QStringLiteral("/hosts.toml"));
    QVERIFY2(!hosts.contains(m_upstream.url().toUtf8()), hosts.constData());
    const RunResult refused = m_containerd.pull(upstreamOnly, noFallback, ns());
    QVERIFY2(!refused.ok(), qPrintable(refused.summary()));
    QVERIFY2(decoded(refused), qPrintable(refused.summary()));
    QCOMPARE(int(m_upstream.log().count(upstreamRequest)), upstreamHits);
    // The mirror still serves what it has.
    const RunResult viaMirror = m_containerd.pull(mirrorOnly, noFallback, ns());
    QVERIFY2(viaMirror.ok(), qPrintable(viaMirror.summary()));
    QVERIFY2(decoded(viaMirror), qPrintable(viaMirror.summary()));
    QVERIFY(!m_upstream.log().contains(QLatin1String("pullscope-mirror-only")));
}

void TestIntegrationMirror::legacyConversionPulls()
{
    QVERIFY(m_ready);
    // A legacy CRI block naming the HTTPS registry as Docker Hub's mirror, its CA in
    // configs.<mirror>.tls, and credentials hosts.toml cannot hold.
    const QByteArray legacy = "version = 2\n"
                              "[plugins.\"io.containerd.grpc.v1.cri\".registry]\n"
                              "  config_path = \"\"\n"
                              "[plugins.\"io.containerd.grpc.v1.cri\".registry.mirrors.\"docker.io\"]\n"
                              "  endpoint = [\""
        + m_tls.url().toUtf8()
        + "\"]\n"
          "[plugins.\"io.containerd.grpc.v1.cri\".registry.configs.\""
        + m_tls.hostPort().toUtf8()
        + "\".tls]\n"
          "  ca_file = \""
        + m_ca.caCert().toUtf8()
        + "\"\n"
          "[plugins.\"io.containerd.grpc.v1.cri\".registry.configs.\""
        + m_tls.hostPort().toUtf8() + "\".auth]\n  username = \"robot\"\n  password = \"s3cret\"\n";
    const LegacyConversion conversion = LegacyRegistryConverter::convert(legacy);
    QVERIFY2(conversion.error.isEmpty(), qPrintable(conversion.error));
    QCOMPARE(conversion.credentials.size(), 1);
    QCOMPARE(conversion.credentials[0].server, m_tls.hostPort());
    GeneratedSet set;
    for (const MirrorOptions &o : conversion.hosts) {
        const GeneratedSet one = MirrorGenerator::generate(o);
        set.files << one.files;
    }
    const QString certsD = writeSet(set, QStringLiteral("legacy"));
    const QByteArray hosts = readFile(certsD + QStringLiteral("/docker.io/hosts.toml"));
    QVERIFY2(hosts.contains(m_ca.caCert().toUtf8()), hosts.constData());
    QVERIFY2(!hosts.contains("s3cret") && !hosts.contains("robot"), hosts.constData());

    const RunResult ok = m_containerd.pull(QStringLiteral("docker.io/library/pullscope-legacy:v1"), certsD, ns());
    QVERIFY2(ok.ok(), qPrintable(ok.summary()));
    QVERIFY2(decoded(ok), qPrintable(ok.summary()));
    QVERIFY(m_tls.log().contains(QLatin1String("/v2/library/pullscope-legacy/manifests/v1?ns=docker.io")));
}

void TestIntegrationMirror::configDumpShowsConfigPath_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("table");
    // The installed containerd is 1.x: it reads version 2 files. The 2.x lines (version 3,
    // io.containerd.cri.v1.images) need a 2.x daemon and are checked by parse-back in
    // tst_generate_mirror.
    QTest::newRow("1.6") << QStringLiteral("1.6") << QStringLiteral("[plugins.\"io.containerd.grpc.v1.cri\".registry]");
    QTest::newRow("1.7") << QStringLiteral("1.7") << QStringLiteral("[plugins.\"io.containerd.grpc.v1.cri\".registry]");
}

void TestIntegrationMirror::configDumpShowsConfigPath()
{
    QFETCH(QString, version);
    QFETCH(QString, table);
    if (findBinary(QStringLiteral("containerd")).isEmpty())
        QSKIP("containerd is not installed");
    const QString file = m_tmp.path() + QStringLiteral("/dump-") + version + QStringLiteral(".toml");
    QVERIFY(writeFile(file, MirrorGenerator::configPathSnippet(version, QStringLiteral("/etc/containerd/certs.d"))));
    const RunResult dump = run(findBinary(QStringLiteral("containerd")),
        {QStringLiteral("--config"), file, QStringLiteral("config"), QStringLiteral("dump")});
    QVERIFY2(dump.ok(), qPrintable(dump.summary()));
    const QString text = dump.text();
    const int at = int(text.indexOf(table));
    QVERIFY2(at >= 0, qPrintable(text));
    const int next = int(text.indexOf(QLatin1String("\n  ["), at + 1));
    const QString section = text.mid(at, next < 0 ? -1 : next - at);
    QVERIFY2(section.contains(QLatin1String("config_path = \"/etc/containerd/certs.d\"")), qPrintable(section));

    // The daemon's default, for contrast: config_path is empty without the lines.
    const QString plain = m_tmp.path() + QStringLiteral("/dump-default.toml");
    QVERIFY(writeFile(plain, "version = 2\n"));
    const RunResult defaults = run(findBinary(QStringLiteral("containerd")),
        {QStringLiteral("--config"), plain, QStringLiteral("config"), QStringLiteral("dump")});
    QVERIFY2(defaults.text().contains(QLatin1String("config_path = \"\"")), qPrintable(defaults.summary()));
}

void TestIntegrationMirror::mergedSeedConfigIsAccepted()
{
    if (findBinary(QStringLiteral("containerd")).isEmpty())
        QSKIP("containerd is not installed");
    // The seed's section 8.1 config.toml, merged: containerd reads it and sets config_path.
    const QByteArray seed = readFile(QStringLiteral(PULLSCOPE_TEST_DATA "/generate/seed-8.1-config.toml"));
    QVERIFY(!seed.isEmpty());
    const ContainerdConfigMerge merge
        = ContainerdConfigMerger::merge(seed, QStringLiteral("/etc/containerd/certs.d"), QStringLiteral("1.7"));
    QVERIFY2(merge.error.isEmpty(), qPrintable(merge.error));
    const QString file = m_tmp.path() + QStringLiteral("/merged-seed.toml");
    QVERIFY(writeFile(file, merge.merged));
    const RunResult dump = run(findBinary(QStringLiteral("containerd")),
        {QStringLiteral("--config"), file, QStringLiteral("config"), QStringLiteral("dump")});
    QVERIFY2(dump.ok(), qPrintable(dump.summary()));
    QVERIFY2(
        dump.text().contains(QLatin1String("config_path = \"/etc/containerd/certs.d\"")), qPrintable(dump.summary()));
    // What the user had and containerd still accepts alongside config_path stays.
    QVERIFY(dump.text().contains(QLatin1String("sandbox_image = \"registry.k8s.io/pause:3.9\"")));
    QVERIFY(!dump.text().contains(QLatin1String("dockerproxy.com")));
}

void TestIntegrationMirror::harnessRegistryWithAuth()
{
    QVERIFY(m_ready);
    if (findBinary(QStringLiteral("htpasswd")).isEmpty())
        QSKIP("htpasswd is not installed");
    // The harness's htpasswd mode, for the tests that need an authenticating registry.
    Registry::Options o;
    o.certFile = m_ca.cert(QStringLiteral("server"));
    o.keyFile = m_ca.key(QStringLiteral("server"));
    o.user = QStringLiteral("robot$ci+pull");
    o.password = QStringLiteral("p\"a$s w");
    Registry auth;
    QVERIFY2(auth.start(m_tmp.path() + QStringLiteral("/reg-auth"), o), qPrintable(auth.error()));
    const OciImage image = buildOciImage(m_tmp.path() + QStringLiteral("/oci/auth"), QStringLiteral("v1"),
        QByteArrayLiteral("a.txt"), QByteArrayLiteral("auth\n"));
    const QString ref = auth.hostPort() + QStringLiteral("/library/pullscope-auth:v1");
    const RunResult anonymous = skopeoPush(image, ref, m_caDir);
    QVERIFY2(!anonymous.ok(), qPrintable(anonymous.summary()));
    QVERIFY2(
        anonymous.text().contains(QLatin1String("unauthorized"), Qt::CaseInsensitive), qPrintable(anonymous.summary()));
    const RunResult withCreds = skopeoPush(image, ref, m_caDir, o.user + QLatin1Char(':') + o.password);
    QVERIFY2(withCreds.ok(), qPrintable(withCreds.summary()));
}

void TestIntegrationMirror::crioRegistriesConfReadByContainersImage()
{
    QVERIFY(m_ready);
    const QString missing = missingBinary({QStringLiteral("unshare"), QStringLiteral("mount")});
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(missing)));
    if (!QFileInfo(QStringLiteral("/etc/containers")).isDir())
        QSKIP("/etc/containers is absent (containers-common is not installed)");
    // CRI-O reads registries.conf and registries.conf.d through containers/image; skopeo
    // is built on the same library. This skopeo reads only /etc/containers, so each run
    // gets a private mount namespace with a prepared folder bound over it: the system's
    // files are never touched.
    CrioMirrorOptions o;
    o.registry = QStringLiteral("docker.io");
    o.mirrors << m_plain.url();
    QCOMPARE(CrioRegistryGenerator::validate(o), QString());
    const GeneratedSet dropIn = CrioRegistryGenerator::generate(o);
    QCOMPARE(dropIn.files.size(), 1);
    const QByteArray node = "unqualified-search-registries = [\"docker.io\"]\n\n[[registry]]\nprefix = \"quay.io\"\n"
                            "location = \"quay.io\"\n";
    const CrioMerge merge = CrioRegistryGenerator::merge(node, o, QStringLiteral("etc/containers/registries.conf"));
    QCOMPARE(merge.error, QString());

    auto prepare = [this](const QString &name, const QByteArray &conf, const GeneratedFile *extra) {
        const QString dir = m_tmp.path() + QStringLiteral("/containers-") + name;
        writeFile(dir + QStringLiteral("/registries.conf"), conf);
        QDir().mkpath(dir + QStringLiteral("/registries.conf.d"));
        if (extra)
            writeFile(
                dir + QLatin1Char('/') + extra->path.mid(QStringLiteral("etc/containers/").size()), extra->content);
        writeFile(dir + QStringLiteral("/policy.json"),
            QByteArrayLiteral("{\"default\": [{\"type\": \"insecureAcceptAnything\"}]}"));
        return dir;
    };
    auto inspect = [](const QString &dir) {
        return run(findBinary(QStringLiteral("unshare")),
            {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("mount --bind \"$1\" /etc/containers && exec \"$2\" --debug inspect --raw "
                               "docker://docker.io/library/pullscope-http:v1"),
                QStringLiteral("sh"), dir, findBinary(QStringLiteral("skopeo"))},
            Containerd::hermeticEnvironment(), 60000);
    };
    const QLatin1String request("/v2/library/pullscope-http/manifests/v1");
    struct Case
    {
        const char *name;
        QByteArray conf;
        const GeneratedFile *dropIn;
        bool pulls;
    };
    const Case cases[] = {
        {"drop-in", node, &dropIn.files[0], true},
        {"merged", merge.merged, nullptr, true},
        {"node-only", node, nullptr, false},
    };
    for (const Case &c : cases) {
        const int before = int(m_plain.log().count(request));
        const RunResult r = inspect(prepare(QString::fromLatin1(c.name), c.conf, c.dropIn));
        QVERIFY2(r.ok() == c.pulls, qPrintable(QString::fromLatin1(c.name) + QLatin1Char('\n') + r.summary()));
        if (c.pulls) {
            // containers/image names the mirror it tries (skopeo --debug), and returns the manifest.
            QVERIFY2(
                r.text().contains(
                    QStringLiteral("Trying to access \\\"%1/library/pullscope-http:v1\\\"").arg(m_plain.hostPort())),
                qPrintable(r.summary()));
            QVERIFY(r.text().contains(QLatin1String("\"layers\"")));
            QVERIFY2(int(m_plain.log().count(request)) > before, c.name);
        } else {
            QCOMPARE(int(m_plain.log().count(request)), before);
        }
    }
}

QTEST_GUILESS_MAIN(TestIntegrationMirror)
#include "tst_integration_mirror.moc"

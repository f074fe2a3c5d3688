#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "probe/authchallenge.h"
#include "probe/hostsconfig.h"
#include "probe/manifestaccept.h"
#include "probe/probecause.h"
#include "probe/probecredentials.h"
#include "probe/proberesult.h"
#include "probe/proxyselector.h"
#include "probe/ratelimitinfo.h"
#include "probe/registryprobe.h"

using namespace PullScope;

class TstProbeUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void proxySelection_data();
    void proxySelection();
    void explicitProxy();
    void authChallenge_data();
    void authChallenge();
    void rateLimit_data();
    void rateLimit();
    void acceptHeader();
    void httpCause_data();
    void httpCause();
    void transportCause_data();
    void transportCause();
    void platformMatch_data();
    void platformMatch();
    void endpointHost();
    void credentialsFromSecretYaml();
    void credentialsFromSecretJson();
    void credentialsNoMatch();
    void jsonShape();
    void hostsLookupOrder();
    void hostsToml();
    void hostsDockerLayout();
};

void TstProbeUnits::proxySelection_data()
{
    QTest::addColumn<QStringList>("env"); // NAME=VALUE
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // empty: direct

    const QString p = QStringLiteral("http://proxy.example:3128");
    QTest::newRow("https uses HTTPS_PROXY")
        << QStringList {QStringLiteral("HTTPS_PROXY=") + p} << QStringLiteral("https://registry.example.com/v2/") << p;
    QTest::newRow("https ignores HTTP_PROXY") << QStringList {QStringLiteral("HTTP_PROXY=") + p}
                                              << QStringLiteral("https://registry.example.com/v2/") << QString();
    QTest::newRow("http uses HTTP_PROXY")
        << QStringList {QStringLiteral("HTTP_PROXY=") + p} << QStringLiteral("http://registry.example.com/v2/") << p;
    QTest::newRow("lower case read") << QStringList {QStringLiteral("https_proxy=") + p}
                                     << QStringLiteral("https://registry.example.com/v2/") << p;
    QTest::newRow("upper case wins") << QStringList {QStringLiteral("HTTPS_PROXY=") + p,
        QStringLiteral("https_proxy=http://other:1")}
                                     << QStringLiteral("https://r.example.com/") << p;
    QTest::newRow("scheme-less value") << QStringList {QStringLiteral("HTTPS_PROXY=proxy.example:3128")}
                                       << QStringLiteral("https://r.example.com/") << p;
    QTest::newRow("localhost never") << QStringList {QStringLiteral("HTTPS_PROXY=") + p}
                                     << QStringLiteral("https://localhost:5000/v2/") << QString();
    QTest::newRow("127.0.0.1 never") << QStringList {QStringLiteral("HTTPS_PROXY=") + p}
                                     << QStringLiteral("https://127.0.0.1:5000/v2/") << QString();
    QTest::newRow("::1 never") << QStringList {QStringLiteral("HTTPS_PROXY=") + p}
                               << QStringLiteral("https://[::1]:5000/v2/") << QString();
    QTest::newRow("no_proxy star") << QStringList {QStringLiteral("HTTPS_PROXY=") + p, QStringLiteral("NO_PROXY=*")}
                                   << QStringLiteral("https://r.example.com/") << QString();
    QTest::newRow("domain matches itself")
        << QStringList {QStringLiteral("HTTPS_PROXY=") + p, QStringLiteral("NO_PROXY=example.com")}
        << QStringLiteral("https://example.com/") << QString();
    QTest::newRow("domain matches subdomain")
        << QStringList {QStringLiteral("HTTPS_PROXY=") + p, QStringLiteral("NO_PROXY=example.com")}
        << QStringLiteral("https://r.example.com/") << QString();
    QTest::newRow("domain is not a suffix match")
        << QStringList {QStringLiteral("HTTPS_PROXY=") + p, QStringLiteral("NO_PROXY=example.com")}
        << QStringLiteral("https://badexample.com/") << p;
    QTest::newRow("dot domain: subdomains only")
        << QStringList {QStringLiteral("HTTPS_PROXY=") + p, QStringLiteral("NO_PROXY=.example.com")}
        << QStringLiteral("https://example.com/") << p;
    QTest::newRow("dot domain matches subdomain")
        << QStringList {QStringLiteral("HTTPS_PROXY=") + p, QStringLiteral("NO_PROXY=.example.com")}
        << QStringLiteral("https://r.example.com/") << QString();
    QTest::newRow("star dot domain") << QStringList {QStringLiteral("HTTPS_PROXY=") + p,
        QStringLiteral("NO_PROXY=*.example.com")}
                                     << QStringLiteral("https://r.example.com/") << QString();
    QTest::newRow("cidr") << QStringList {QStringLiteral("HTTPS_PROXY=") + p, QStringLiteral("no_proxy=10.0.0.0/8")}
                          << QStringLiteral("https://10.1.2.3:5000/") << QString();
    QTest::newRow("cidr miss") << QStringList {QStringLiteral("HTTPS_PROXY=") + p,
        QStringLiteral("NO_PROXY=10.0.0.0/8")}
                               << QStringLiteral("https://192.168.1.1/") << p;
    QTest::newRow("ip exact") << QStringList {QStringLiteral("HTTPS_PROXY=") + p,
        QStringLiteral("NO_PROXY=192.168.1.1")}
                              << QStringLiteral("https://192.168.1.1/") << QString();
    QTest::newRow("ip entry does not match a name")
        << QStringList {QStringLiteral("HTTPS_PROXY=") + p, QStringLiteral("NO_PROXY=192.168.1.1")}
        << QStringLiteral("https://r.example.com/") << p;
    QTest::newRow("port must match") << QStringList {QStringLiteral("HTTPS_PROXY=") + p,
        QStringLiteral("NO_PROXY=r.example.com:5000")}
                                     << QStringLiteral("https://r.example.com/") << p;
    QTest::newRow("port matches") << QStringList {QStringLiteral("HTTPS_PROXY=") + p,
        QStringLiteral("NO_PROXY=r.example.com:5000")}
                                  << QStringLiteral("https://r.example.com:5000/") << QString();
    QTest::newRow("spaces and empties") << QStringList {QStringLiteral("HTTPS_PROXY=") + p,
        QStringLiteral("NO_PROXY= , other.org , example.com")}
                                        << QStringLiteral("https://r.example.com/") << QString();
    QTest::newRow("case-insensitive host")
        << QStringList {QStringLiteral("HTTPS_PROXY=") + p, QStringLiteral("NO_PROXY=Example.COM")}
        << QStringLiteral("https://R.example.com/") << QString();
}

void TstProbeUnits::proxySelection()
{
    QFETCH(QStringList, env);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QProcessEnvironment e;
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    const QUrl got = ProxySelector(e).proxyFor(QUrl(url));
    QCOMPARE(got.toString(), expected);
}

void TstProbeUnits::explicitProxy()
{
    const ProxySelector s = ProxySelector::explicitProxy(QStringLiteral("http://p:8080"));
    QCOMPARE(s.proxyFor(QUrl(QStringLiteral("https://r.example.com/"))).toString(), QStringLiteral("http://p:8080"));
    QCOMPARE(s.proxyFor(QUrl(QStringLiteral("http://r.example.com/"))).toString(), QStringLiteral("http://p:8080"));
    QVERIFY(s.proxyFor(QUrl(QStringLiteral("https://127.0.0.1:5000/"))).isEmpty());
}

void TstProbeUnits::authChallenge_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("count");

    QTest::newRow("docker hub") << QByteArray(
        "Bearer "
        "realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/nginx:pull\"")
                                << QStringLiteral("bearer") << QStringLiteral("https://auth.docker.io/token")
                                << QStringLiteral("registry.docker.io")
                                << QStringLiteral("repository:library/nginx:pull") << 1;
    QTest::newRow("basic htpasswd") << QByteArray("Basic realm=\"pullscope-test\"") << QStringLiteral("basic")
                                    << QStringLiteral("pullscope-test") << QString() << QString() << 1;
    QTest::newRow("spaces, case, unquoted")
        << QByteArray("BEARER  Realm = https://a/t , Service=svc") << QStringLiteral("bearer")
        << QStringLiteral("https://a/t") << QStringLiteral("svc") << QString() << 1;
    QTest::newRow("escaped quote") << QByteArray("Basic realm=\"a \\\"b\\\" c\"") << QStringLiteral("basic")
                                   << QStringLiteral("a \"b\" c") << QString() << QString() << 1;
    QTest::newRow("two challenges") << QByteArray("Bearer realm=\"https://x/token\",service=\"s\", Basic realm=\"r\"")
                                    << QStringLiteral("bearer") << QStringLiteral("https://x/token")
                                    << QStringLiteral("s") << QString() << 2;
    QTest::newRow("empty") << QByteArray() << QString() << QString() << QString() << QString() << 0;
}

void TstProbeUnits::authChallenge()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, scheme);
    QFETCH(QString, realm);
    QFETCH(QString, service);
    QFETCH(QString, scope);
    QFETCH(int, count);
    const QList<AuthChallenge> list = AuthChallenge::parse(header);
    QCOMPARE(list.size(), count);
    if (count == 0)
        return;
    QCOMPARE(list.first().scheme, scheme);
    QCOMPARE(list.first().realm(), realm);
    QCOMPARE(list.first().service(), service);
    QCOMPARE(list.first().scope(), scope);
    if (count == 2) {
        QVERIFY(list[1].isBasic());
        QCOMPARE(list[1].realm(), QStringLiteral("r"));
    }
}

void TstProbeUnits::rateLimit_data()
{
    QTest::addColumn<QByteArray>("limitHeader");
    QTest::addColumn<QByteArray>("remainingHeader");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("window");

    QTest::newRow("docs example") << QByteArray("ratelimit-limit: 100;w=21600")
                                  << QByteArray("ratelimit-remaining: 76;w=21600") << 100 << 76 << 21600;
    QTest::newRow("capitalised") << QByteArray("RateLimit-Limit: 10;w=3600")
                                 << QByteArray("RateLimit-Remaining: 0;w=3600") << 10 << 0 << 3600;
    QTest::newRow("no window") << QByteArray("ratelimit-limit: 200") << QByteArray("ratelimit-remaining: 199") << 200
                               << 199 << -1;
    QTest::newRow("absent") << QByteArray("x-other: 1") << QByteArray("content-type: a") << -1 << -1 << -1;
    QTest::newRow("garbage") << QByteArray("ratelimit-limit: lots") << QByteArray("ratelimit-remaining: ;w=5") << -1
                             << -1 << -1;
}

void TstProbeUnits::rateLimit()
{
    QFETCH(QByteArray, limitHeader);
    QFETCH(QByteArray, remainingHeader);
    QFETCH(int, limit);
    QFETCH(int, remaining);
    QFETCH(int, window);
    auto split = [](const QByteArray &h) {
        const int colon = int(h.indexOf(':'));
        return qMakePair(h.left(colon), h.mid(colon + 1).trimmed());
    };
    const RateLimitInfo info = RateLimitInfo::fromHeaders({split(limitHeader), split(remainingHeader)});
    QCOMPARE(info.limit, limit);
    QCOMPARE(info.remaining, remaining);
    QCOMPARE(info.limitWindowSeconds, window);
    QCOMPARE(info.isPresent(), limit >= 0);
}

void TstProbeUnits::acceptHeader()
{
    const QByteArray h = ManifestAccept::header();
    for (const char *t : {"application/vnd.oci.image.index.v1+json", "application/vnd.oci.image.manifest.v1+json",
             "application/vnd.docker.distribution.manifest.list.v2+json",
             "application/vnd.docker.distribution.manifest.v2+json"})
        QVERIFY2(h.contains(t), t);
    QVERIFY(h.indexOf("index") < h.indexOf("oci.image.manifest"));
    QVERIFY(ManifestAccept::isIndex(QStringLiteral("application/vnd.oci.image.index.v1+json")));
    QVERIFY(ManifestAccept::isIndex(QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json")));
    QVERIFY(!ManifestAccept::isIndex(QStringLiteral("application/vnd.docker.distribution.manifest.v2+json")));
}

void TstProbeUnits::httpCause_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<QString>("cause");
    QTest::newRow("200") << 200 << QByteArray() << false << QString();
    QTest::newRow("401 anonymous") << 401 << QByteArray(R"({"errors":[{"code":"UNAUTHORIZED"}]})") << false
                                   << QStringLiteral("unauthorized");
    QTest::newRow("401 with token, denied")
        << 401 << QByteArray(R"({"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]})")
        << true << QStringLiteral("access-denied");
    QTest::newRow("403") << 403 << QByteArray() << false << QStringLiteral("forbidden");
    QTest::newRow("403 denied") << 403 << QByteArray("denied") << true << QStringLiteral("access-denied");
    QTest::newRow("404") << 404 << QByteArray() << false << QStringLiteral("image-not-found");
    QTest::newRow("407") << 407 << QByteArray() << false << QStringLiteral("proxy-error");
    QTest::newRow("429") << 429 << QByteArray("toomanyrequests") << false << QStringLiteral("rate-limited");
    QTest::newRow("500") << 500 << QByteArray() << false << QStringLiteral("registry-unavailable");
    QTest::newRow("503") << 503 << QByteArray() << false << QStringLiteral("registry-unavailable");
    QTest::newRow("418") << 418 << QByteArray() << false << QStringLiteral("unknown");
}

void TstProbeUnits::httpCause()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, authenticated);
    QFETCH(QString, cause);
    QCOMPARE(ProbeCause::forHttpStatus(status, body, authenticated), cause);
}

void TstProbeUnits::transportCause_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("proxied");
    QTest::addColumn<QString>("cause");
    using K = TransportError::Kind;
    QTest::newRow("dns") << int(K::Dns) << false << QStringLiteral("dns-failure");
    QTest::newRow("dns of proxy") << int(K::Dns) << true << QStringLiteral("proxy-error");
    QTest::newRow("refused") << int(K::Refused) << false << QStringLiteral("connection-refused");
    QTest::newRow("proxy refused") << int(K::Refused) << true << QStringLiteral("proxy-error");
    QTest::newRow("timeout") << int(K::Timeout) << false << QStringLiteral("network-timeout");
    QTest::newRow("proxy") << int(K::Proxy) << true << QStringLiteral("proxy-error");
    QTest::newRow("closed") << int(K::Closed) << false << QStringLiteral("transfer-interrupted");
    QTest::newRow("cancelled") << int(K::Cancelled) << false << QString();
}

void TstProbeUnits::transportCause()
{
    QFETCH(int, kind);
    QFETCH(bool, proxied);
    QFETCH(QString, cause);
    TransportError e;
    e.kind = TransportError::Kind(kind);
    QCOMPARE(ProbeCause::forTransport(e, proxied), cause);
}

void TstProbeUnits::platformMatch_data()
{
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("match");
    QTest::newRow("same") << QStringLiteral("linux/amd64") << QStringLiteral("linux/amd64") << true;
    QTest::newRow("other arch") << QStringLiteral("linux/arm64") << QStringLiteral("linux/amd64") << false;
    QTest::newRow("other os") << QStringLiteral("windows/amd64") << QStringLiteral("linux/amd64") << false;
    QTest::newRow("variant not asked") << QStringLiteral("linux/arm/v7") << QStringLiteral("linux/arm") << true;
    QTest::newRow("variant differs") << QStringLiteral("linux/arm/v6") << QStringLiteral("linux/arm/v7") << false;
    QTest::newRow("arm64 v8 implied") << QStringLiteral("linux/arm64") << QStringLiteral("linux/arm64/v8") << true;
}

void TstProbeUnits::platformMatch()
{
    QFETCH(QString, offered);
    QFETCH(QString, target);
    QFETCH(bool, match);
    QCOMPARE(RegistryProbe::platformMatches(offered, target), match);
}

void TstProbeUnits::endpointHost()
{
    QCOMPARE(RegistryProbe::endpointHost(QStringLiteral("docker.io")), QStringLiteral("registry-1.docker.io"));
    QCOMPARE(RegistryProbe::endpointHost(QStringLiteral("quay.io")), QStringLiteral("quay.io"));
    QCOMPARE(RegistryProbe::stepIds(),
        QStringList({QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("tls"), QStringLiteral("api"),
            QStringLiteral("auth"), QStringLiteral("manifest"), QStringLiteral("platform"),
            QStringLiteral("ratelimit")}));
}

namespace {
QByteArray dockerConfig()
{
    return QByteArrayLiteral(R"({"auths":{"registry.example.com:5000":{"username":"alice","password":"s3cret"},)"
                             R"("other.example.com":{"auth":"Ym9iOnB3"}}})");
}
} // namespace

void TstProbeUnits::credentialsFromSecretYaml()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\n"
            "data:\n  .dockerconfigjson: "
        + dockerConfig().toBase64() + "\n");
    f.close();
    ProbeCredentials c;
    QStringList warnings;
    QString error;
    QVERIFY2(
        ProbeCredentials::load(path, QStringLiteral("registry.example.com:5000/team/app:v1"), &c, &warnings, &error),
        qPrintable(error));
    QCOMPARE(c.username, QStringLiteral("alice"));
    QCOMPARE(c.password, QStringLiteral("s3cret"));
    QVERIFY(ProbeCredentials::load(path, QStringLiteral("other.example.com/x:1"), &c, &warnings, &error));
    QCOMPARE(c.username, QStringLiteral("bob"));
    QCOMPARE(c.password, QStringLiteral("pw"));
}

void TstProbeUnits::credentialsFromSecretJson()
{
    const QJsonObject secret {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Secret")},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral(".dockerconfigjson"), QString::fromLatin1(dockerConfig().toBase64())}}}};
    QCOMPARE(ProbeCredentials::dockerConfigFrom(QJsonDocument(secret).toJson()), dockerConfig());
    QCOMPARE(ProbeCredentials::dockerConfigFrom(dockerConfig()), dockerConfig());
}

void TstProbeUnits::credentialsNoMatch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"auths":{"a.example.com":{"auth":"dTpw"}},"credsStore":"desktop"})");
    f.close();
    ProbeCredentials c;
    QStringList warnings;
    QString error;
    QVERIFY(ProbeCredentials::load(path, QStringLiteral("b.example.com/x:1"), &c, &warnings, &error));
    QVERIFY(c.isEmpty());
    QVERIFY(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("credential helper")));
    QVERIFY(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("b.example.com")));
    QVERIFY(!ProbeCredentials::load(
        dir.filePath(QStringLiteral("missing.json")), QStringLiteral("x"), &c, &warnings, &error));
}

void TstProbeUnits::jsonShape()
{
    ProbeResult r;
    r.image = QStringLiteral("registry.example.com/team/app:v1");
    r.registry = QStringLiteral("registry.example.com");
    r.endpoint = QStringLiteral("https://registry.example.com/v2/");
    for (const QString &id : RegistryProbe::stepIds())
        r.steps.append(ProbeStep {id, ProbeStep::Status::Skip, {}, -1, {}});
    r.steps[0] = ProbeStep {QStringLiteral("dns"), ProbeStep::Status::Pass, QStringLiteral("10.0.0.5"), 3, {}};
    r.steps[2].status = ProbeStep::Status::Fail;
    r.steps[2].ms = 4;
    r.steps[2].certificate.subject = QStringLiteral("CN=x");
    r.steps[2].certificate.issuer = QStringLiteral("CN=ca");
    r.steps[2].certificate.sans = {QStringLiteral("DNS:x")};
    r.cause = QStringLiteral("tls-unknown-authority");
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    r.writeJson(&buf);
    const QByteArray text = buf.data();
    // Keys in CONTRACT.md's order.
    QVERIFY(text.indexOf("\"image\"") < text.indexOf("\"registry\""));
    QVERIFY(text.indexOf("\"endpoint\"") < text.indexOf("\"proxy\""));
    QVERIFY(text.indexOf("\"steps\"") < text.indexOf("\"cause\""));
    QVERIFY(text.indexOf("\"cause\"") < text.indexOf("\"rateLimit\""));
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    QVERIFY(o.value(QLatin1String("proxy")).isNull());
    QVERIFY(o.value(QLatin1String("rateLimit")).isNull());
    QCOMPARE(o.value(QLatin1String("cause")).toString(), QStringLiteral("tls-unknown-authority"));
    const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 8);
    QCOMPARE(steps[0].toObject().value(QLatin1String("ms")).toInt(), 3);
    QCOMPARE(steps[0].toObject().value(QLatin1String("detail")).toString(), QStringLiteral("10.0.0.5"));
    QCOMPARE(steps[3].toObject().keys(), QStringList({QStringLiteral("id"), QStringLiteral("status")}));
    QCOMPARE(steps[3].toObject().value(QLatin1String("status")).toString(), QStringLiteral("skip"));
    const QJsonObject cert = steps[2].toObject().value(QLatin1String("certificate")).toObject();
    QCOMPARE(cert.value(QLatin1String("sans")).toArray().first().toString(), QStringLiteral("DNS:x"));
    QVERIFY(o.value(QLatin1String("platforms")).isArray());
}

namespace {
void put(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}
} // namespace

void TstProbeUnits::hostsLookupOrder()
{
    QTemporaryDir dir;
    const QString d = dir.path();
    QCOMPARE(HostsConfig::directoryFor(d, QStringLiteral("r.example:5000")), QString());
    QDir().mkpath(d + QStringLiteral("/_default"));
    QCOMPARE(HostsConfig::directoryFor(d, QStringLiteral("r.example:5000")), d + QStringLiteral("/_default"));
    QDir().mkpath(d + QStringLiteral("/r.example:5000"));
    QCOMPARE(HostsConfig::directoryFor(d, QStringLiteral("r.example:5000")), d + QStringLiteral("/r.example:5000"));
    QDir().mkpath(d + QStringLiteral("/r.example_5000_"));
    QCOMPARE(HostsConfig::directoryFor(d, QStringLiteral("r.example:5000")), d + QStringLiteral("/r.example_5000_"));
    QCOMPARE(HostsConfig::directoryFor(d, QStringLiteral("docker.io")), d + QStringLiteral("/_default"));
}

void TstProbeUnits::hostsToml()
{
    QTemporaryDir dir;
    const QString d = dir.path() + QStringLiteral("/docker.io");
    // Written order z, a: containerd tries z first although toml++ sorts keys.
    put(d + QStringLiteral("/hosts.toml"),
        "server = \"https://registry-1.docker.io\"\n"
        "[host.\"https://z-mirror.example\"]\n  capabilities = [\"pull\"]\n  ca = \"z.crt\"\n"
        "[host.\"http://a-mirror.example:5000/cache\"]\n  capabilities = [\"pull\", \"resolve\"]\n"
        "  override_path = true\n  skip_verify = true\n"
        "[host.\"https://b.example/v2\"]\n  ca = [\"/etc/abs.crt\", \"rel.crt\"]\n");
    QList<HostsEndpoint> e;
    QStringList warnings;
    QString error;
    QVERIFY2(HostsConfig::load(dir.path(), QStringLiteral("docker.io"), &e, &warnings, &error), qPrintable(error));
    QCOMPARE(e.size(), 4);
    QCOMPARE(e[0].apiRoot.toString(), QStringLiteral("https://z-mirror.example/v2"));
    QCOMPARE(e[0].capabilities, QStringList {QStringLiteral("pull")});
    QVERIFY(!e[0].canResolve());
    QCOMPARE(e[0].caFiles, QStringList {d + QStringLiteral("/z.crt")});
    QCOMPARE(e[1].apiRoot.toString(), QStringLiteral("http://a-mirror.example:5000/cache"));
    QVERIFY(e[1].skipVerify);
    QVERIFY(e[1].canResolve());
    QCOMPARE(e[2].apiRoot.toString(), QStringLiteral("https://b.example/v2"));
    QCOMPARE(e[2].caFiles, QStringList({QStringLiteral("/etc/abs.crt"), d + QStringLiteral("/rel.crt")}));
    QVERIFY(e[2].canResolve()); // no capabilities: pull and resolve
    QVERIFY(e[3].isServer);
    QCOMPARE(e[3].apiRoot.toString(), QStringLiteral("https://registry-1.docker.io/v2"));

    put(d + QStringLiteral("/hosts.toml"), "server = \"https://x\"\n[host");
    QVERIFY(!HostsConfig::load(dir.path(), QStringLiteral("docker.io"), &e, &warnings, &error));
    QVERIFY(error.contains(QStringLiteral("hosts.toml")));
}

void TstProbeUnits::hostsDockerLayout()
{
    QTemporaryDir dir;
    put(dir.path() + QStringLiteral("/r.example:5000/ca.crt"), "x");
    QList<HostsEndpoint> e;
    QStringList warnings;
    QString error;
    QVERIFY(HostsConfig::load(dir.path(), QStringLiteral("r.example:5000"), &e, &warnings, &error));
    QCOMPARE(e.size(), 1);
    QVERIFY(e[0].isServer);
    QCOMPARE(e[0].apiRoot.toString(), QStringLiteral("https://r.example:5000/v2"));
    QCOMPARE(e[0].caFiles, QStringList {dir.path() + QStringLiteral("/r.example:5000/ca.crt")});
    // No directory at all: the registry alone, with a warning.
    QVERIFY(HostsConfig::load(dir.path(), QStringLiteral("quay.io"), &e, &warnings, &error));
    QCOMPARE(e.size(), 1);
    QCOMPARE(e[0].apiRoot.toString(), QStringLiteral("https://quay.io/v2"));
    QVERIFY(!warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TstProbeUnits)
#include "tst_probe_units.moc"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>
#include <QtTest>

#include "kube/authdoctor.h"
#include "kube/clusterconnector.h"
#include "kube/execcredentialprovider.h"
#include "kube/kubeconfig.h"
#include "kubetestsupport.h"

using namespace PullScope;
using namespace KubeTest;

namespace {

QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logged << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString jwt(qint64 exp)
{
    const auto b64 = [](const QByteArray &b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + '.'
        + b64("{\"iss\":\"https://idp.test\",\"sub\":\"oidc-user\",\"exp\":" + QByteArray::number(exp) + '}') + '.'
        + b64("signature"));
}

} // namespace

// Every auth method connects to a local HTTPS API server (certificates made by openssl
// here), directly and through HTTP CONNECT and SOCKS5 relays; every failure the auth
// doctor knows is produced for real and explained with a step and a fix, in English and
// with the Chinese translator installed.
class TestAuthDoctor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CertFactory m_certs;
    std::unique_ptr<MiniApiServer> m_api; // CA-signed, names 127.0.0.1 and localhost
    std::unique_ptr<MiniApiServer> m_foreign; // signed by another CA
    std::unique_ptr<MiniApiServer> m_named; // certificate for api.internal only
    std::unique_ptr<MiniApiServer> m_expired; // expired server certificate
    std::unique_ptr<RelayProxy> m_httpProxy;
    std::unique_ptr<RelayProxy> m_socksProxy;
    std::unique_ptr<RelayProxy> m_sniRelay; // in front of m_named, reads the ClientHello
    QString m_goodJwt;

    QString path(const QString &rel) const { return m_dir.filePath(rel); }

    static ApiAnswer answer(const ApiRequest &r, const QString &goodJwt)
    {
        const QByteArray auth = r.headers.value("authorization");
        QString user;
        if (!r.clientCertificate.isNull()
            && r.clientCertificate.issuerInfo(QSslCertificate::CommonName).value(0) == QLatin1String("kube-ca"))
            user = r.clientCertificate.subjectInfo(QSslCertificate::CommonName).value(0);
        if (auth == "Bearer good-token" || auth == "Bearer file-token" || auth == "Bearer exec-token")
            user = QString::fromLatin1(auth.mid(7));
        else if (auth == "Bearer " + goodJwt.toLatin1())
            user = QStringLiteral("oidc-user");
        else if (auth == "Basic " + QByteArray("alice:pw").toBase64())
            user = QStringLiteral("alice");
        else if (auth == "Bearer forbidden-token")
            user = QStringLiteral("system:serviceaccount:ci:viewer");
        else if (!auth.isEmpty())
            return {401, statusBody(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"))};
        if (r.target == "/version")
            return {200, R"({"major":"1","minor":"30","gitVersion":"v1.30.2","platform":"linux/amd64"})"};
        if (user.isEmpty())
            return {401, statusBody(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"))};
        if (user.startsWith(QLatin1String("system:serviceaccount:")))
            return {403,
                statusBody(403, QStringLiteral("Forbidden"),
                    QStringLiteral("pods is forbidden: User \"%1\" cannot list resource \"pods\" in API group \"\" in "
                                   "the namespace \"team-a\"")
                        .arg(user))};
        return {200, R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]})"};
    }

    // A kubeconfig with one context "x" whose cluster and user stanzas are given.
    QString kubeconfig(const QString &name, const QByteArray &cluster, const QByteArray &user)
    {
        const QString file = path(QStringLiteral("configs/") + name + QStringLiteral("/config"));
        writeFile(file,
            "apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters:\n- name: c\n  cluster:\n" + cluster
                + "users:\n- name: u\n  user:\n" + user
                + "contexts:\n- name: x\n  context: {cluster: c, user: u, namespace: team-a}\n");
        return file;
    }
    QByteArray apiCluster(quint16 port, const QByteArray &extra = QByteArray()) const
    {
        return "    server: https://127.0.0.1:" + QByteArray::number(port)
            + "\n    certificate-authority: " + path(QStringLiteral("ca.crt")).toUtf8() + "\n" + extra;
    }
    QByteArray execUser(const QByteArray &apiVersion, const QByteArray &status) const
    {
        return "    exec:\n      apiVersion: " + apiVersion
            + "\n      command: " + path(QStringLiteral("bin/plugin")).toUtf8()
            + "\n      interactiveMode: Never\n      env:\n      - {name: API, value: " + apiVersion
            + "}\n      - name: STATUS\n        value: '" + status + "'\n";
    }

    static ClusterConnector::CheckResult connect(const QString &file, ExecCredentialProvider *exec, QString *error)
    {
        KubeConfig config;
        ConnectionSettings s;
        if (!config.load({file}, error) || !config.resolve(QString(), &s, error))
            return {};
        ClusterConnector connector(s, exec, QProcessEnvironment());
        return connector.check(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs.dir = m_dir.path();
        m_certs.makeCa(QStringLiteral("ca"), QStringLiteral("kube-ca"));
        m_certs.makeCa(QStringLiteral("other-ca"), QStringLiteral("someone-else"));
        m_certs.makeCert(QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("kube-apiserver"),
            {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}, false);
        m_certs.makeCert(QStringLiteral("foreign"), QStringLiteral("other-ca"), QStringLiteral("kube-apiserver"),
            {QStringLiteral("127.0.0.1")}, false);
        m_certs.makeCert(QStringLiteral("named"), QStringLiteral("ca"), QStringLiteral("api.internal"),
            {QStringLiteral("api.internal")}, false, QStringLiteral("ec"));
        m_certs.makeCert(QStringLiteral("old-server"), QStringLiteral("ca"), QStringLiteral("kube-apiserver"),
            {QStringLiteral("127.0.0.1")}, false, QStringLiteral("rsa"), -1);
        m_certs.makeCert(QStringLiteral("rsa-client"), QStringLiteral("ca"), QStringLiteral("rsa-user"), {}, true,
            QStringLiteral("rsa"));
        m_certs.makeCert(QStringLiteral("ec-client"), QStringLiteral("ca"), QStringLiteral("ec-user"), {}, true,
            QStringLiteral("ec"));
        m_certs.makeCert(QStringLiteral("expired-client"), QStringLiteral("ca"), QStringLiteral("old-user"), {}, true,
            QStringLiteral("rsa"), -1);
        m_goodJwt = jwt(QDateTime::currentSecsSinceEpoch() + 3600);

        const QList<QSslCertificate> clientCa = QSslCertificate::fromPath(path(QStringLiteral("ca.crt")));
        const QString jwtCopy = m_goodJwt;
        auto handler = [jwtCopy](const ApiRequest &r) { return answer(r, jwtCopy); };
        auto server = [&](const QString &name) {
            return std::make_unique<MiniApiServer>(m_certs.read(name + QStringLiteral(".crt")),
                m_certs.read(name + QStringLiteral(".key")), clientCa, handler);
        };
        m_api = server(QStringLiteral("server"));
        m_foreign = server(QStringLiteral("foreign"));
        m_named = server(QStringLiteral("named"));
        m_expired = server(QStringLiteral("old-server"));
        m_httpProxy = std::make_unique<RelayProxy>(RelayProxy::Mode::HttpConnect);
        m_socksProxy = std::make_unique<RelayProxy>(RelayProxy::Mode::Socks5);
        m_sniRelay = std::make_unique<RelayProxy>(RelayProxy::Mode::Forward, m_named->port());

        writeFile(path(QStringLiteral("bin/plugin")),
            "#!/bin/sh\nprintf '{\"apiVersion\":\"%s\",\"kind\":\"ExecCredential\",\"status\":%s}\\n' \"$API\" "
            "\"$STATUS\"\n",
            true);
        writeFile(path(QStringLiteral("bin/broken-plugin")),
            "#!/bin/sh\necho 'error: refresh token revoked; run broken-plugin login' >&2\nexit 2\n", true);
        writeFile(path(QStringLiteral("configs/tokenfile/tokens/file-token")), "file-token\n");
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        // Secrets never reach the log.
        const QString log = g_logged.join(QLatin1Char('\n'));
        for (const QString &secret :
            {QStringLiteral("good-token"), QStringLiteral("file-token"), QStringLiteral("exec-token"),
                QStringLiteral("bad-token"), QStringLiteral("PRIVATE KEY"), m_goodJwt, QStringLiteral("alice:pw")})
            QVERIFY2(!log.contains(secret), qPrintable(secret));
    }

    // tls-server-name is what the client says in the TLS ClientHello (SNI), not only the
    // name it checks the certificate against: a server behind an SNI router depends on it.
    // The relay reads the hello off the wire, for PullScope and for the real kubectl.
    void tlsServerNameIsSentAsSni()
    {
        const QString named = kubeconfig(QStringLiteral("sni-relay"),
            apiCluster(m_sniRelay->port(), "    tls-server-name: api.internal\n"), "    token: good-token\n");
        ExecCredentialProvider exec(nullptr, [](const ExecConsentRequest &) { return false; });
        QString error;
        m_sniRelay->serverNames.clear();
        const ClusterConnector::CheckResult r = connect(named, &exec, &error);
        QVERIFY2(r.ok, qPrintable(error + AuthDoctor::toText(AuthDoctor::explain(r.failure))));
        QVERIFY(!m_sniRelay->serverNames.isEmpty());
        for (const QByteArray &n : std::as_const(m_sniRelay->serverNames))
            QCOMPARE(n, QByteArray("api.internal"));

        // Without it the server is an IP address, for which no client sends SNI (RFC 6066),
        // and the certificate (api.internal only) does not match.
        const QString plain
            = kubeconfig(QStringLiteral("sni-relay-none"), apiCluster(m_sniRelay->port()), "    token: good-token\n");
        m_sniRelay->serverNames.clear();
        QVERIFY(!connect(plain, &exec, &error).ok);
        QVERIFY(!m_sniRelay->serverNames.isEmpty());
        QCOMPARE(m_sniRelay->serverNames.first(), QByteArray());

        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed: its ClientHello is not compared");
        m_sniRelay->serverNames.clear();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"KUBECONFIG", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"})
            env.remove(QLatin1String(v));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("kubectl-home")));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        // The relay and the server live in this thread: wait with the event loop running.
        p.start(kubectl,
            {QStringLiteral("--kubeconfig"), named, QStringLiteral("get"), QStringLiteral("--raw"),
                QStringLiteral("/version")});
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
        QVERIFY(!m_sniRelay->serverNames.isEmpty());
        for (const QByteArray &n : std::as_const(m_sniRelay->serverNames))
            QCOMPARE(n, QByteArray("api.internal"));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    }

    void connects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedUser"); // what the server authenticated
        QTest::addColumn<int>("proxyTunnels"); // -1: none, else which relay (0 http, 1 socks)
        const quint16 api = m_api->port();
        const QByteArray ecCert = m_certs.read(QStringLiteral("ec-client.crt"));
        const QByteArray ecKey = m_certs.read(QStringLiteral("ec-client.key"));
        QTest::newRow("token") << kubeconfig(QStringLiteral("token"), apiCluster(api), "    token: good-token\n")
                               << QStringLiteral("Bearer good-token") << -1;
        QTest::newRow("tokenFile (relative)")
            << kubeconfig(QStringLiteral("tokenfile"), apiCluster(api), "    tokenFile: tokens/file-token\n")
            << QStringLiteral("Bearer file-token") << -1;
        QTest::newRow("basic") << kubeconfig(
            QStringLiteral("basic"), apiCluster(api), "    username: alice\n    password: pw\n")
                               << QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("alice:pw").toBase64())
                               << -1;
        QTest::newRow("client cert RSA files") << kubeconfig(QStringLiteral("rsa"), apiCluster(api),
            "    client-certificate: " + path(QStringLiteral("rsa-client.crt")).toUtf8()
                + "\n    client-key: " + path(QStringLiteral("rsa-client.key")).toUtf8() + "\n")
                                               << QStringLiteral("cert:rsa-user") << -1;
        QTest::newRow("client cert EC data") << kubeconfig(QStringLiteral("ec"), apiCluster(api),
            "    client-certificate-data: " + ecCert.toBase64() + "\n    client-key-data: " + ecKey.toBase64() + "\n")
                                             << QStringLiteral("cert:ec-user") << -1;
        QTest::newRow("exec v1 token") << kubeconfig(QStringLiteral("exec-v1"), apiCluster(api),
            execUser("client.authentication.k8s.io/v1", R"({"token":"exec-token"})"))
                                       << QStringLiteral("Bearer exec-token") << -1;
        QJsonObject certStatus {{QStringLiteral("clientCertificateData"), QString::fromLatin1(ecCert)},
            {QStringLiteral("clientKeyData"), QString::fromLatin1(ecKey)}};
        QTest::newRow("exec v1beta1 client cert") << kubeconfig(QStringLiteral("exec-v1beta1"), apiCluster(api),
            execUser("client.authentication.k8s.io/v1beta1", QJsonDocument(certStatus).toJson(QJsonDocument::Compact)))
                                                  << QStringLiteral("cert:ec-user") << -1;
        QTest::newRow("oidc id-token") << kubeconfig(QStringLiteral("oidc"), apiCluster(api),
            "    auth-provider:\n      name: oidc\n      config:\n        idp-issuer-url: https://idp.test\n        "
            "client-id: k\n        id-token: "
                + m_goodJwt.toLatin1() + "\n")
                                       << QStringLiteral("Bearer ") + m_goodJwt << -1;
        QTest::newRow("insecure-skip-tls-verify") << kubeconfig(QStringLiteral("insecure"),
            "    server: https://127.0.0.1:" + QByteArray::number(m_foreign->port())
                + "\n    insecure-skip-tls-verify: true\n",
            "    token: good-token\n") << QStringLiteral("Bearer good-token")
                                                  << -1;
        QTest::newRow("tls-server-name") << kubeconfig(QStringLiteral("sni"),
            apiCluster(m_named->port(), "    tls-server-name: api.internal\n"), "    token: good-token\n")
                                         << QStringLiteral("Bearer good-token") << -1;
        QTest::newRow("http proxy") << kubeconfig(QStringLiteral("http-proxy"),
            apiCluster(api, "    proxy-url: http://127.0.0.1:" + QByteArray::number(m_httpProxy->port()) + "\n"),
            "    token: good-token\n")
                                    << QStringLiteral("Bearer good-token") << 0;
        QTest::newRow("socks5 proxy") << kubeconfig(QStringLiteral("socks-proxy"),
            apiCluster(api, "    proxy-url: socks5://127.0.0.1:" + QByteArray::number(m_socksProxy->port()) + "\n"),
            "    token: good-token\n    as: admin\n    as-groups: [devs]\n")
                                      << QStringLiteral("Bearer good-token") << 1;
    }
    void connects()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedUser);
        QFETCH(int, proxyTunnels);
        const int httpTunnels = m_httpProxy->tunnels;
        const int socksTunnels = m_socksProxy->tunnels;
        ExecCredentialProvider exec(nullptr, [](const ExecConsentRequest &) { return true; });
        QList<ApiRequest> *seen[] = {&m_api->requests, &m_named->requests, &m_foreign->requests};
        for (auto *list : seen)
            list->clear();
        QString error;
        const ClusterConnector::CheckResult r = connect(file, &exec, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(r.ok, qPrintable(AuthDoctor::toText(AuthDoctor::explain(r.failure))));
        QCOMPARE(r.serverVersion, QStringLiteral("v1.30.2"));
        QList<ApiRequest> requests;
        for (auto *list : seen)
            requests += *list;
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.last().target, QByteArray("/api/v1/namespaces/team-a/pods?limit=1"));
        if (expectedUser.startsWith(QLatin1String("cert:"))) {
            QCOMPARE(requests.last().clientCertificate.subjectInfo(QSslCertificate::CommonName).value(0),
                expectedUser.mid(5));
            QVERIFY(!requests.last().headers.contains("authorization"));
        } else {
            QCOMPARE(QString::fromLatin1(requests.last().headers.value("authorization")), expectedUser);
        }
        if (QByteArray(QTest::currentDataTag()) == "socks5 proxy") {
            QCOMPARE(requests.last().headers.value("impersonate-user"), QByteArray("admin"));
            QCOMPARE(requests.last().headers.value("impersonate-group"), QByteArray("devs"));
        }
        QCOMPARE(m_httpProxy->tunnels - httpTunnels > 0, proxyTunnels == 0);
        QCOMPARE(m_socksProxy->tunnels - socksTunnels > 0, proxyTunnels == 1);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("inDetail"); // texts the explanation's detail must hold
        const quint16 api = m_api->port();
        const QSslCertificate expiredClient(m_certs.read(QStringLiteral("expired-client.crt")));
        const QSslCertificate oldServer(m_certs.read(QStringLiteral("old-server.crt")));
        const QString date = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        QTest::newRow("unknown CA") << kubeconfig(
            QStringLiteral("f-ca"), apiCluster(m_foreign->port()), "    token: good-token\n")
                                    << int(AuthFailure::Kind::Tls) << QStringLiteral("tls")
                                    << QStringList {
                                           QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString()};
        QTest::newRow("name mismatch") << kubeconfig(
            QStringLiteral("f-name"), apiCluster(m_named->port()), "    token: good-token\n")
                                       << int(AuthFailure::Kind::Tls) << QStringLiteral("tls")
                                       << QStringList {QSslError(QSslError::HostNameMismatch).errorString(),
                                              QStringLiteral("api.internal")};
        // A group with a line break would add header lines of its own (request smuggling).
        QTest::newRow("control character in as-groups")
            << kubeconfig(QStringLiteral("f-as-groups"), apiCluster(api),
                   "    token: good-token\n    as: dave\n    as-groups: [devs, \"ops\\r\\nImpersonate-User: root\"]\n")
            << int(AuthFailure::Kind::Config) << QStringLiteral("config") << QStringList {QStringLiteral("as-groups")};
        QTest::newRow("wrong tls-server-name") << kubeconfig(QStringLiteral("f-sni"),
            apiCluster(m_named->port(), "    tls-server-name: other.internal\n"), "    token: good-token\n")
                                               << int(AuthFailure::Kind::Tls) << QStringLiteral("tls")
                                               << QStringList {QSslError(QSslError::HostNameMismatch).errorString()};
        QTest::newRow("server certificate expired")
            << kubeconfig(QStringLiteral("f-old-server"), apiCluster(m_expired->port()), "    token: good-token\n")
            << int(AuthFailure::Kind::Tls) << QStringLiteral("tls")
            << QStringList {QSslError(QSslError::CertificateExpired).errorString(),
                   oldServer.expiryDate().toUTC().toString(date)};
        QTest::newRow("client certificate expired")
            << kubeconfig(QStringLiteral("f-client"), apiCluster(api),
                   "    client-certificate: " + path(QStringLiteral("expired-client.crt")).toUtf8()
                       + "\n    client-key: " + path(QStringLiteral("expired-client.key")).toUtf8() + "\n")
            << int(AuthFailure::Kind::ClientCertExpired) << QStringLiteral("client-cert")
            << QStringList {expiredClient.expiryDate().toUTC().toString(date),
                   expiredClient.effectiveDate().toUTC().toString(date), QStringLiteral("old-user")};
        QTest::newRow("token rejected") << kubeconfig(
            QStringLiteral("f-401"), apiCluster(api), "    token: bad-token\n")
                                        << int(AuthFailure::Kind::Unauthorized) << QStringLiteral("credentials")
                                        << QStringList {QStringLiteral("Unauthorized"), QStringLiteral("token")};
        QTest::newRow("rbac forbidden")
            << kubeconfig(QStringLiteral("f-403"), apiCluster(api), "    token: forbidden-token\n")
            << int(AuthFailure::Kind::Forbidden) << QStringLiteral("rbac")
            << QStringList {
                   QStringLiteral("system:serviceaccount:ci:viewer may not list pods in the namespace team-a")};
        QTest::newRow("dns") << kubeconfig(QStringLiteral("f-dns"),
            "    server: https://kube-api.invalid:6443\n    insecure-skip-tls-verify: true\n",
            "    token: good-token\n")
                             << int(AuthFailure::Kind::Dns) << QStringLiteral("dns")
                             << QStringList {QStringLiteral("kube-api.invalid")};
        QTest::newRow("connection refused")
            << kubeconfig(QStringLiteral("f-tcp"), apiCluster(closedPort()), "    token: good-token\n")
            << int(AuthFailure::Kind::Tcp) << QStringLiteral("tcp") << QStringList {QStringLiteral("127.0.0.1")};
        QTest::newRow("dead proxy") << kubeconfig(QStringLiteral("f-proxy"),
            apiCluster(api, "    proxy-url: http://127.0.0.1:" + QByteArray::number(closedPort()) + "\n"),
            "    token: good-token\n")
                                    << int(AuthFailure::Kind::Proxy) << QStringLiteral("proxy")
                                    << QStringList {QStringLiteral("127.0.0.1")};
        QTest::newRow("dead socks5 proxy") << kubeconfig(QStringLiteral("f-socks"),
            apiCluster(api, "    proxy-url: socks5://127.0.0.1:" + QByteArray::number(closedPort()) + "\n"),
            "    token: good-token\n") << int(AuthFailure::Kind::Proxy)
                                           << QStringLiteral("proxy") << QStringList();
        QTest::newRow("exec plugin missing") << kubeconfig(QStringLiteral("f-exec-missing"), apiCluster(api),
            "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: kubectl-no-such-login\n "
            "     installHint: brew install no-such-login\n")
                                             << int(AuthFailure::Kind::ExecMissing) << QStringLiteral("exec")
                                             << QStringList {QStringLiteral("brew install no-such-login")};
        QTest::newRow("exec plugin failing") << kubeconfig(QStringLiteral("f-exec-fails"), apiCluster(api),
            "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: Never\n      "
            "command: ../../bin/broken-plugin\n")
                                             << int(AuthFailure::Kind::ExecFailed) << QStringLiteral("exec")
                                             << QStringList {QStringLiteral("refresh token revoked")};
        QTest::newRow("oidc token expired") << kubeconfig(QStringLiteral("f-oidc"), apiCluster(api),
            "    auth-provider:\n      name: oidc\n      config:\n        idp-issuer-url: https://idp.test\n        "
            "id-token: "
                + jwt(1700000000).toLatin1() + "\n        refresh-token: r\n")
                                            << int(AuthFailure::Kind::OidcExpired) << QStringLiteral("oidc")
                                            << QStringList {QStringLiteral("2023-11-14 22:13:20 UTC")};
    }
    void failures()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, step);
        QFETCH(QStringList, inDetail);
        ExecCredentialProvider exec(nullptr, [](const ExecConsentRequest &) { return true; });
        m_api->requests.clear();
        KubeConfig config;
        ConnectionSettings s;
        QString error;
        QVERIFY2(config.load({file}, &error) && config.resolve(QString(), &s, &error), qPrintable(error));
        ClusterConnector connector(s, &exec, QProcessEnvironment());
        const ClusterConnector::CheckResult r = connector.check(10000);
        QVERIFY(!r.ok);
        const AuthDiagnosis d = AuthDoctor::explain(r.failure, s);
        QVERIFY2(int(r.failure.kind) == kind, qPrintable(AuthDoctor::toText(d)));
        QCOMPARE(d.stepId, step);
        QVERIFY(AuthDoctor::stepIds().contains(d.stepId));
        QVERIFY(!d.title.isEmpty());
        QVERIFY(!d.fixes.isEmpty());
        for (const QString &text : inDetail)
            QVERIFY2(d.detail.contains(text) || d.title.contains(text),
                qPrintable(text + QStringLiteral(" not in:\n") + AuthDoctor::toText(d)));
        const QString all = AuthDoctor::toText(d);
        for (const QString &secret :
            {QStringLiteral("good-token"), QStringLiteral("bad-token"), QStringLiteral("forbidden-token")})
            QVERIFY2(!all.contains(secret), qPrintable(all));
        if (kind == int(AuthFailure::Kind::ClientCertExpired))
            QVERIFY(m_api->requests.isEmpty()); // found from the dates, before connecting
        if (kind == int(AuthFailure::Kind::Forbidden)) {
            QCOMPARE(r.failure.verb, QStringLiteral("list"));
            QCOMPARE(r.failure.resource, QStringLiteral("pods"));
            QCOMPARE(r.failure.namespaceName, QStringLiteral("team-a"));
            QVERIFY(d.fixes.join(QLatin1Char('\n')).contains(QStringLiteral("kubectl auth can-i list pods -n team-a")));
        }

        // The same structure with the Chinese translator installed.
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/pullscope_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const AuthDiagnosis z = AuthDoctor::explain(r.failure, s);
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(z.stepId, d.stepId);
        QVERIFY(!z.title.isEmpty());
        QCOMPARE(z.fixes.size(), d.fixes.size());
        for (const QString &fix : z.fixes)
            QVERIFY(!fix.isEmpty());
        QVERIFY(!AuthDoctor::stepName(z.stepId).isEmpty());
    }

    // An https:// proxy cannot be spoken to by Qt: refused when the kubeconfig is read, with
    // the way out (a local CONNECT forwarder) in the message.
    void httpsProxyRefused()
    {
        const QString file = kubeconfig(QStringLiteral("https-proxy"),
            apiCluster(m_api->port(), "    proxy-url: https://proxy.corp:3129\n"), "    token: good-token\n");
        KubeConfig config;
        ConnectionSettings s;
        QString error;
        QVERIFY(config.load({file}, &error));
        QVERIFY(!config.resolve(QString(), &s, &error));
        QVERIFY(error.contains(QStringLiteral("CONNECT")));
        QVERIFY(error.contains(file));
    }

    // The API client's side: its RequestPreparer and ApiError go through the same doctor.
    void apiClientAdapters()
    {
        const QString file = kubeconfig(QStringLiteral("adapter"), apiCluster(m_api->port()),
            "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: Never\n      "
            "command: "
                + path(QStringLiteral("bin/plugin")).toUtf8() + "\n");
        KubeConfig config;
        ConnectionSettings s;
        QString error;
        QVERIFY(config.load({file}, &error) && config.resolve(QString(), &s, &error));
        ExecCredentialProvider refusing(nullptr, {});
        ClusterConnector connector(s, &refusing, QProcessEnvironment());
        const auto prepare = connector.preparer();
        QNetworkRequest request(connector.url(QStringLiteral("/api/v1/pods")));
        QVERIFY(!prepare(request, &error));
        QVERIFY(error.contains(path(QStringLiteral("bin/plugin"))));
        QCOMPARE(int(connector.lastPrepareFailure().kind), int(AuthFailure::Kind::ExecConsent));
        QVERIFY(request.rawHeader("Authorization").isEmpty());

        ApiError forbidden;
        forbidden.httpStatus = 403;
        forbidden.url = connector.url(QStringLiteral("/api/v1/events")).toString();
        forbidden.message = QStringLiteral("events is forbidden: User \"bob\" cannot watch resource \"events\" in API "
                                           "group \"events.k8s.io\" at the cluster scope");
        const AuthFailure f = connector.classify(forbidden);
        QCOMPARE(int(f.kind), int(AuthFailure::Kind::Forbidden));
        QCOMPARE(f.verb, QStringLiteral("watch"));
        QCOMPARE(f.resource, QStringLiteral("events"));
        QCOMPARE(f.apiGroup, QStringLiteral("events.k8s.io"));
        QCOMPARE(f.subject, QStringLiteral("bob"));
        QVERIFY(f.namespaceName.isEmpty());
        QVERIFY(AuthDoctor::explain(f, s).detail.contains(
            QStringLiteral("bob may not watch events.events.k8s.io at cluster scope")));
        ApiError dns;
        dns.network = QNetworkReply::HostNotFoundError;
        dns.message = QStringLiteral("Host x.invalid not found");
        QCOMPARE(AuthDoctor::explain(connector.classify(dns), s).stepId, QStringLiteral("dns"));
    }

    // After a 401 the exec plugin runs again on the next request instead of resending the
    // rejected token.
    void execRerunsAfter401()
    {
        writeFile(path(QStringLiteral("bin/counting")),
            "#!/bin/sh\necho run >> \"$COUNT\"\nprintf "
            "'{\"apiVersion\":\"client.authentication.k8s.io/"
            "v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"stale\"}}'\n",
            true);
        const QString file = kubeconfig(QStringLiteral("exec-401"), apiCluster(m_api->port()),
            "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: Never\n      "
            "command: "
                + path(QStringLiteral("bin/counting")).toUtf8()
                + "\n      env: [{name: COUNT, value: " + path(QStringLiteral("count-401")).toUtf8() + "}]\n");
        ExecCredentialProvider exec(nullptr, [](const ExecConsentRequest &) { return true; });
        QString error;
        QCOMPARE(int(connect(file, &exec, &error).failure.kind), int(AuthFailure::Kind::Unauthorized));
        QCOMPARE(int(connect(file, &exec, &error).failure.kind), int(AuthFailure::Kind::Unauthorized));
        QCOMPARE(exec.runCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuthDoctor)
#include "tst_authdoctor.moc"

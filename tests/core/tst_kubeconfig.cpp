#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "kube/kubeconfig.h"
#include "kube/oidctoken.h"
#include "kubetestsupport.h"

using namespace PullScope;
using namespace KubeTest;

// kubeconfig loading and merging, with kubectl itself as the oracle: for each multi-file
// setup the contexts, clusters, users and current context we read equal what
// `kubectl config view --merge --raw` reads, and the certificate data we resolve equals
// `--flatten`'s.
class TestKubeConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CertFactory m_certs;

    QString path(const QString &rel) const { return m_dir.filePath(rel); }

    QJsonObject kubectlView(const QStringList &files, bool flatten)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), files.join(QLatin1Char(':')));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        QStringList args {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--merge"),
            QStringLiteral("--raw"), QStringLiteral("-o"), QStringLiteral("json")};
        if (flatten)
            args << QStringLiteral("--flatten");
        return QJsonDocument::fromJson(runOrDie(QStringLiteral("kubectl"), args, QString(), env)).object();
    }
    QString kubectlCurrentContext(const QStringList &files)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), files.join(QLatin1Char(':')));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        int code = 0;
        const QByteArray out = runOrDie(QStringLiteral("kubectl"),
            {QStringLiteral("config"), QStringLiteral("current-context")}, QString(), env, &code);
        return code == 0 ? QString::fromUtf8(out).trimmed() : QString();
    }
    static QJsonObject byName(const QJsonObject &view, const QString &list, const QString &name, const QString &body)
    {
        for (const QJsonValue &v : view.value(list).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject().value(body).toObject();
        }
        return {};
    }
    static QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
    // kubectl's view keeps file references as written, relative to their own kubeconfig.
    static QString absoluteIn(const QString &sourceFile, const QString &reference)
    {
        if (reference.isEmpty() || QFileInfo(reference).isAbsolute())
            return reference;
        return QDir::cleanPath(QFileInfo(sourceFile).dir().absoluteFilePath(reference));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs.dir = m_dir.path();
        m_certs.makeCa(QStringLiteral("ca"), QStringLiteral("kube-ca"));
        m_certs.makeCert(QStringLiteral("rsa-client"), QStringLiteral("ca"), QStringLiteral("alice"), {}, true,
            QStringLiteral("rsa"));
        m_certs.makeCert(
            QStringLiteral("ec-client"), QStringLiteral("ca"), QStringLiteral("bob"), {}, true, QStringLiteral("ec"));
        // File references relative to each kubeconfig's own folder.
        QDir().mkpath(path(QStringLiteral("a/pki")));
        QDir().mkpath(path(QStringLiteral("b")));
        QFile::copy(path(QStringLiteral("ca.crt")), path(QStringLiteral("a/pki/ca.crt")));
        QFile::copy(path(QStringLiteral("rsa-client.crt")), path(QStringLiteral("a/pki/alice.crt")));
        QFile::copy(path(QStringLiteral("rsa-client.key")), path(QStringLiteral("a/pki/alice.key")));
        QFile::copy(path(QStringLiteral("ca.crt")), path(QStringLiteral("b/other-ca.crt")));
        writeFile(path(QStringLiteral("b/token")), "file-token-b\n");
        const QByteArray ecCert = m_certs.read(QStringLiteral("ec-client.crt")).toBase64();
        const QByteArray ecKey = m_certs.read(QStringLiteral("ec-client.key")).toBase64();
        const QByteArray caData = m_certs.read(QStringLiteral("ca.crt")).toBase64();

        writeFile(path(QStringLiteral("a/config")), R"(apiVersion: v1
kind: Config
current-context: ctx-a
clusters:
- name: shared
  cluster:
    server: https://a.example:6443
    certificate-authority: pki/ca.crt
- name: only-a
  cluster:
    server: https://only-a.example
    insecure-skip-tls-verify: true
users:
- name: alice
  user:
    client-certificate: pki/alice.crt
    client-key: ./pki/alice.key
- name: shared-user
  user:
    token: token-from-a
contexts:
- name: ctx-a
  context:
    cluster: shared
    user: alice
    namespace: team-a
- name: shared-ctx
  context:
    cluster: only-a
    user: shared-user
)");
        writeFile(path(QStringLiteral("b/config")),
            QByteArray(R"(apiVersion: v1
kind: Config
current-context: ctx-b
clusters:
- name: shared
  cluster:
    server: https://b.example:6443
- name: only-b
  cluster:
    server: https://only-b.example:8443
    certificate-authority-data: )")
                + caData + R"(
    tls-server-name: kubernetes.default
    proxy-url: socks5://127.0.0.1:1080
- name: file-ca-b
  cluster:
    server: https://10.0.0.1
    certificate-authority: ../b/other-ca.crt
users:
- name: bob
  user:
    client-certificate-data: )"
                + ecCert + R"(
    client-key-data: )"
                + ecKey + R"(
    as: admin
    as-groups: [system:masters]
- name: shared-user
  user:
    token: token-from-b
- name: filetoken
  user:
    tokenFile: token
- name: plugin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: ./bin/get-token
      args: [--cluster, b]
      env:
      - name: REGION
        value: eu
      installHint: install it
      provideClusterInfo: true
- name: pathplugin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: gke-gcloud-auth-plugin
      interactiveMode: Never
contexts:
- name: ctx-b
  context:
    cluster: only-b
    user: bob
- name: shared-ctx
  context:
    cluster: shared
    user: bob
    namespace: from-b
- name: token-ctx
  context:
    cluster: file-ca-b
    user: filetoken
- name: exec-ctx
  context:
    cluster: shared
    user: plugin
- name: gke-ctx
  context:
    cluster: only-b
    user: pathplugin
)");
        writeFile(path(QStringLiteral("c-nocurrent")), R"(apiVersion: v1
kind: Config
clusters:
- name: only-c
  cluster:
    server: https://c.example
users:
- name: carol
  user:
    username: carol
    password: secret-pw
contexts:
- name: ctx-c
  context:
    cluster: only-c
    user: carol
)");
        writeFile(path(QStringLiteral("empty")), "");
    }

    void mergeMatchesKubectl_data()
    {
        QTest::addColumn<QStringList>("files");
        const QString a = path(QStringLiteral("a/config"));
        const QString b = path(QStringLiteral("b/config"));
        const QString c = path(QStringLiteral("c-nocurrent"));
        const QString e = path(QStringLiteral("empty"));
        const QString missing = path(QStringLiteral("does-not-exist"));
        QTest::newRow("a then b") << QStringList {a, b};
        QTest::newRow("b then a") << QStringList {b, a};
        QTest::newRow("current from the second file") << QStringList {c, missing, e, b, a};
        QTest::newRow("repeated entries") << QStringList {a, b, a};
        QTest::newRow("single file") << QStringList {b};
    }
    void mergeMatchesKubectl()
    {
        QFETCH(QStringList, files);
        KubeConfig config;
        QString error;
        QVERIFY2(config.load(KubeConfig::defaultPaths([&] {
            QProcessEnvironment env;
            env.insert(QStringLiteral("KUBECONFIG"), files.join(QLatin1Char(':')));
            return env;
        }()),
                     &error),
            qPrintable(error));
        const QJsonObject view = kubectlView(files, false);
        QVERIFY(!view.isEmpty());
        QCOMPARE(config.currentContext(), view.value(QStringLiteral("current-context")).toString());
        QCOMPARE(config.currentContext(), kubectlCurrentContext(files));

        QCOMPARE(config.contexts().size(), view.value(QStringLiteral("contexts")).toArray().size());
        for (const KubeContext &ctx : config.contexts()) {
            const QJsonObject k = byName(view, QStringLiteral("contexts"), ctx.name, QStringLiteral("context"));
            QCOMPARE(ctx.cluster, str(k, "cluster"));
            QCOMPARE(ctx.user, str(k, "user"));
            QCOMPARE(ctx.namespaceName, str(k, "namespace"));
        }
        QCOMPARE(config.clusters().size(), view.value(QStringLiteral("clusters")).toArray().size());
        for (const KubeCluster &cl : config.clusters()) {
            const QJsonObject k = byName(view, QStringLiteral("clusters"), cl.name, QStringLiteral("cluster"));
            QCOMPARE(cl.server.value, str(k, "server"));
            QCOMPARE(cl.certificateAuthority.value, absoluteIn(cl.sourceFile, str(k, "certificate-authority")));
            QCOMPARE(cl.certificateAuthorityData.value, str(k, "certificate-authority-data"));
            QCOMPARE(cl.insecureSkipTlsVerify, k.value(QStringLiteral("insecure-skip-tls-verify")).toBool());
            QCOMPARE(cl.tlsServerName.value, str(k, "tls-server-name"));
            QCOMPARE(cl.proxyUrl.value, str(k, "proxy-url"));
        }
        QCOMPARE(config.users().size(), view.value(QStringLiteral("users")).toArray().size());
        for (const KubeUser &u : config.users()) {
            const QJsonObject k = byName(view, QStringLiteral("users"), u.name, QStringLiteral("user"));
            QCOMPARE(u.token.value, str(k, "token"));
            QCOMPARE(u.tokenFile.value, absoluteIn(u.sourceFile, str(k, "tokenFile")));
            QCOMPARE(u.clientCertificate.value, absoluteIn(u.sourceFile, str(k, "client-certificate")));
            QCOMPARE(u.clientKey.value, absoluteIn(u.sourceFile, str(k, "client-key")));
            QCOMPARE(u.clientCertificateData.value, str(k, "client-certificate-data"));
            QCOMPARE(u.username.value, str(k, "username"));
            QCOMPARE(u.as.value, str(k, "as"));
            QStringList groups;
            for (const QJsonValue &g : k.value(QStringLiteral("as-groups")).toArray())
                groups << g.toString();
            QCOMPARE(u.asGroups, groups);
            const QJsonObject exec = k.value(QStringLiteral("exec")).toObject();
            const QString command = str(exec, "command");
            QCOMPARE(u.exec.command, command.contains(QLatin1Char('/')) ? absoluteIn(u.sourceFile, command) : command);
            QCOMPARE(u.exec.apiVersion, str(exec, "apiVersion"));
            QCOMPARE(u.exec.installHint, str(exec, "installHint"));
            QCOMPARE(u.exec.provideClusterInfo, exec.value(QStringLiteral("provideClusterInfo")).toBool());
            QStringList args;
            for (const QJsonValue &v : exec.value(QStringLiteral("args")).toArray())
                args << v.toString();
            QCOMPARE(u.exec.args, args);
            QCOMPARE(u.exec.env.size(), exec.value(QStringLiteral("env")).toArray().size());
        }

        // Resolved contexts carry the same bytes as kubectl's flattened view.
        const QJsonObject flat = kubectlView(files, true);
        for (const KubeContext &ctx : config.contexts()) {
            ConnectionSettings s;
            QVERIFY2(config.resolve(ctx.name, &s, &error), qPrintable(error));
            const QJsonObject fc = byName(flat, QStringLiteral("clusters"), ctx.cluster, QStringLiteral("cluster"));
            QCOMPARE(s.caData, QByteArray::fromBase64(str(fc, "certificate-authority-data").toLatin1()));
            const QJsonObject fu = byName(flat, QStringLiteral("users"), ctx.user, QStringLiteral("user"));
            const QByteArray certPem = QByteArray::fromBase64(str(fu, "client-certificate-data").toLatin1());
            QCOMPARE(s.clientCertificate.isNull(), certPem.isEmpty());
            if (!certPem.isEmpty())
                QCOMPARE(s.clientCertificate, QSslCertificate(certPem, QSsl::Pem));
            const QJsonObject fexec = fu.value(QStringLiteral("exec")).toObject();
            if (!fexec.isEmpty())
                QCOMPARE(s.exec.interactiveMode, str(fexec, "interactiveMode"));
            QCOMPARE(s.namespaceName,
                str(byName(flat, QStringLiteral("contexts"), ctx.name, QStringLiteral("context")), "namespace")
                        .isEmpty()
                    ? QStringLiteral("default")
                    : str(byName(flat, QStringLiteral("contexts"), ctx.name, QStringLiteral("context")), "namespace"));
        }
    }

    void defaultPaths()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/x"));
        QCOMPARE(KubeConfig::defaultPaths(env), QStringList {QStringLiteral("/home/x/.kube/config")});
        env.insert(QStringLiteral("KUBECONFIG"), QStringLiteral("/a::/b:/a:"));
        QCOMPARE(KubeConfig::defaultPaths(env), (QStringList {QStringLiteral("/a"), QStringLiteral("/b")}));
    }

    void resolvedSettings()
    {
        KubeConfig config;
        QString error;
        QVERIFY(config.load({path(QStringLiteral("a/config")), path(QStringLiteral("b/config"))}, &error));

        ConnectionSettings s;
        QVERIFY2(config.resolve(QString(), &s, &error), qPrintable(error));
        QCOMPARE(s.contextName, QStringLiteral("ctx-a"));
        QCOMPARE(s.namespaceName, QStringLiteral("team-a"));
        QCOMPARE(s.server, QUrl(QStringLiteral("https://a.example:6443")));
        QCOMPARE(s.caCertificates.size(), 1);
        QCOMPARE(s.caCertificates.first().subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("kube-ca"));
        QCOMPARE(s.clientCertificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("alice"));
        QCOMPARE(s.clientKey.algorithm(), QSsl::Rsa);
        QCOMPARE(s.clusterSource, path(QStringLiteral("a/config")));

        QVERIFY2(config.resolve(QStringLiteral("ctx-b"), &s, &error), qPrintable(error));
        QCOMPARE(s.clientKey.algorithm(), QSsl::Ec);
        QCOMPARE(s.clientCertificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("bob"));
        QCOMPARE(s.tlsServerName, QStringLiteral("kubernetes.default"));
        QCOMPARE(s.proxyUrl, QUrl(QStringLiteral("socks5://127.0.0.1:1080")));
        QCOMPARE(s.impersonateUser, QStringLiteral("admin"));
        QCOMPARE(s.impersonateGroups, QStringList {QStringLiteral("system:masters")});
        QCOMPARE(s.namespaceName, QStringLiteral("default"));

        // The first file's shared-ctx wins whole: its cluster is insecure, with a warning.
        QVERIFY(config.resolve(QStringLiteral("shared-ctx"), &s, &error));
        QCOMPARE(s.token, QStringLiteral("token-from-a"));
        QVERIFY(s.insecureSkipTlsVerify);
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY(s.warnings.first().contains(QStringLiteral("insecure-skip-tls-verify")));

        QVERIFY(config.resolve(QStringLiteral("token-ctx"), &s, &error));
        QCOMPARE(s.tokenFile, path(QStringLiteral("b/token")));
        QCOMPARE(s.server, QUrl(QStringLiteral("https://10.0.0.1")));

        QVERIFY2(config.resolve(QStringLiteral("exec-ctx"), &s, &error), qPrintable(error));
        QCOMPARE(s.exec.command, path(QStringLiteral("b/bin/get-token")));
        QCOMPARE(s.exec.interactiveMode, QStringLiteral("IfAvailable"));
        QCOMPARE(s.exec.env.value(0).second, QStringLiteral("eu"));
        QVERIFY(config.resolve(QStringLiteral("gke-ctx"), &s, &error));
        QCOMPARE(s.exec.command, QStringLiteral("gke-gcloud-auth-plugin"));
    }

    void redactedHidesSecrets()
    {
        KubeConfig config;
        QString error;
        QVERIFY(config.load({path(QStringLiteral("c-nocurrent")), path(QStringLiteral("a/config"))}, &error));
        ConnectionSettings s;
        QVERIFY(config.resolve(QStringLiteral("ctx-c"), &s, &error));
        QCOMPARE(s.password, QStringLiteral("secret-pw"));
        QVERIFY(!s.redacted().contains(QStringLiteral("secret-pw")));
        QVERIFY(s.redacted().contains(QStringLiteral("carol")));
        QVERIFY(config.resolve(QStringLiteral("shared-ctx"), &s, &error));
        QVERIFY(!s.redacted().contains(QStringLiteral("token-from-a")));
        QVERIFY(s.redacted().contains(QStringLiteral("insecure-skip-tls-verify")));
        QVERIFY(config.resolve(QStringLiteral("ctx-a"), &s, &error));
        QVERIFY(!s.redacted().contains(QStringLiteral("PRIVATE")));
    }

    // Each broken kubeconfig is refused with a message naming the file, the key and, where
    // yaml-cpp knows it, the line.
    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QStringList>("expected");
        const QByteArray head = "apiVersion: v1\nkind: Config\ncurrent-context: x\n";
        const QByteArray ctx = "contexts:\n- name: x\n  context: {cluster: c, user: u}\n";
        QTest::newRow("not yaml") << QByteArray("clusters: [\n  - {") << QString()
                                  << QStringList {QStringLiteral("line"), QStringLiteral("YAML")};
        QTest::newRow("clusters not a list")
            << head + "clusters:\n  name: c\n"
            << QString() << QStringList {QStringLiteral("clusters"), QStringLiteral("line 5")};
        QTest::newRow("duplicate name") << head + "users:\n- name: u\n  user: {}\n- name: u\n  user: {}\n"
                                        << QString()
                                        << QStringList {QStringLiteral("users[1].name"), QStringLiteral("twice")};
        QTest::newRow("bad bool") << head
                + "clusters:\n- name: c\n  cluster:\n    server: https://h\n    insecure-skip-tls-verify: maybe\n"
                                  << QString()
                                  << QStringList {QStringLiteral("insecure-skip-tls-verify"), QStringLiteral("line 8")};
        QTest::newRow("missing ca file") << head
                + "clusters:\n- name: c\n  cluster:\n    server: https://h\n    certificate-authority: nope.crt\n" + ctx
                + "users:\n- name: u\n  user: {}\n"
                                         << QStringLiteral("x")
                                         << QStringList {QStringLiteral("certificate-authority"),
                                                QStringLiteral("nope.crt"), QStringLiteral("line 8")};
        QTest::newRow("https proxy") << head
                + "clusters:\n- name: c\n  cluster:\n    server: https://h\n    proxy-url: https://proxy:3128\n" + ctx
                + "users:\n- name: u\n  user: {}\n"
                                     << QStringLiteral("x")
                                     << QStringList {QStringLiteral("proxy-url"), QStringLiteral("CONNECT"),
                                            QStringLiteral("http://")};
        QTest::newRow("unknown cluster") << head + ctx << QStringLiteral("x") << QStringList {QStringLiteral("\"c\"")};
        QTest::newRow("no server") << head + "clusters:\n- name: c\n  cluster: {}\n" + ctx << QStringLiteral("x")
                                   << QStringList {QStringLiteral("server")};
        QTest::newRow("v1 exec without interactiveMode")
            << head + "clusters:\n- name: c\n  cluster: {server: https://h}\n" + ctx
                + "users:\n- name: u\n  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1, command: x}\n"
            << QStringLiteral("x") << QStringList {QStringLiteral("interactiveMode")};
        QTest::newRow("token and basic") << head + "clusters:\n- name: c\n  cluster: {server: https://h}\n" + ctx
                + "users:\n- name: u\n  user: {token: t, username: a, password: b}\n"
                                         << QStringLiteral("x") << QStringList {QStringLiteral("username")};
        QTest::newRow("key without cert") << head + "clusters:\n- name: c\n  cluster: {server: https://h}\n" + ctx
                + "users:\n- name: u\n  user: {client-key-data: aGVsbG8=}\n"
                                          << QStringLiteral("x") << QStringList {QStringLiteral("key")};
        QTest::newRow("removed gcp provider")
            << head + "clusters:\n- name: c\n  cluster: {server: https://h}\n" + ctx
                + "users:\n- name: u\n  user:\n    auth-provider: {name: gcp}\n"
            << QStringLiteral("x") << QStringList {QStringLiteral("gke-gcloud-auth-plugin")};
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, context);
        QFETCH(QStringList, expected);
        const QString file = path(QStringLiteral("broken/")
            + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        writeFile(file, yaml);
        KubeConfig config;
        QString error;
        bool ok = config.load({file}, &error);
        if (ok) {
            QVERIFY2(!context.isEmpty(), "loading should have failed");
            ConnectionSettings s;
            ok = config.resolve(context, &s, &error);
        }
        QVERIFY(!ok);
        QVERIFY2(error.contains(file), qPrintable(error));
        for (const QString &e : expected)
            QVERIFY2(error.contains(e), qPrintable(error + QStringLiteral(" lacks ") + e));
    }

    void oidcToken()
    {
        auto jwt = [](const QByteArray &payload) {
            const auto b64 = [](const QByteArray &b) {
                return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            };
            return QString::fromLatin1(b64("{\"alg\":\"RS256\"}") + '.' + b64(payload) + '.' + b64("sig"));
        };
        const OidcToken t = OidcToken::parse(jwt("{\"iss\":\"https://idp\",\"sub\":\"me\",\"exp\":1700000000}"));
        QVERIFY(t.valid);
        QCOMPARE(t.expiry, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QVERIFY(t.isExpired());
        QCOMPARE(t.issuer, QStringLiteral("https://idp"));
        QVERIFY(!OidcToken::parse(jwt("{\"exp\":4102444800}")).isExpired());
        QVERIFY(!OidcToken::parse(QStringLiteral("not-a-jwt")).valid);
    }
};

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"

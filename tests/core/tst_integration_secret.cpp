#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "generate/secretgenerator.h"

using namespace PullScope;

// The generated .dockerconfigjson, used as skopeo's --authfile against a real registry
// (Debian's docker-registry with htpasswd auth over TLS on 127.0.0.1), pulls a manifest;
// the same file with a wrong password gets 401.
class TestIntegrationSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void authfilePullsManifest();
    void wrongPasswordIsUnauthorized();
    void cleanupTestCase();

private:
    bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
        const QByteArray &input = {});
    QByteArray authfile(const QString &user, const QString &password);
    bool buildLayout(const QString &dir, QString *manifestDigest);

    QTemporaryDir m_dir;
    QProcess m_registry;
    QString m_host; // 127.0.0.1:PORT
    QString m_user = QStringLiteral("robot$ci+pull");
    QString m_password = QString::fromUtf8("p$ss\"w\u00f6rd'&<>");
    QString m_digest;
    QString m_missing;
};

namespace {
QString which(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

bool TestIntegrationSecret::run(
    const QString &program, const QStringList &args, QByteArray *out, QByteArray *err, const QByteArray &input)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return false;
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (out)
        *out = p.readAllStandardOutput();
    const QByteArray e = p.readAllStandardError();
    if (err)
        *err = e;
    const bool ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && !err)
        qWarning("%s failed: %s", qPrintable(program), e.constData());
    return ok;
}

QByteArray TestIntegrationSecret::authfile(const QString &user, const QString &password)
{
    // Through the CLI, as a user would: password on standard input, file below --out-dir.
    const QString out = m_dir.filePath(QStringLiteral("gen-") + QString::number(qHash(password)));
    QByteArray stdoutText;
    if (!run(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("generate"), QStringLiteral("secret"), QStringLiteral("--name"), QStringLiteral("pull"),
                QStringLiteral("--server"), m_host, QStringLiteral("--username"), user,
                QStringLiteral("--password-stdin"), QStringLiteral("--output"), QStringLiteral("dockerconfigjson"),
                QStringLiteral("--out-dir"), out},
            &stdoutText, nullptr, password.toUtf8() + '\n'))
        return {};
    QFile f(out + QStringLiteral("/kubernetes/default/pull.dockerconfigjson"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray content = f.readAll();
    SecretOptions o;
    o.name = QStringLiteral("pull");
    o.registries << RegistryCredential {m_host, user, password, {}};
    return content == SecretGenerator::dockerConfigJson(o) ? f.fileName().toUtf8() : QByteArray();
}

bool TestIntegrationSecret::buildLayout(const QString &dir, QString *manifestDigest)
{
    // One uncompressed tar layer holding one file, its config and manifest, and index.json.
    const QString src = m_dir.filePath(QStringLiteral("layer-src"));
    QDir().mkpath(src);
    if (!writeFile(src + QStringLiteral("/hello.txt"), "hello from pullscope\n"))
        return false;
    const QString tarPath = m_dir.filePath(QStringLiteral("layer.tar"));
    if (!run(QStringLiteral("tar"),
            {QStringLiteral("--mtime=@0"), QStringLiteral("--owner=0"), QStringLiteral("--group=0"),
                QStringLiteral("-cf"), tarPath, QStringLiteral("-C"), src, QStringLiteral("hello.txt")}))
        return false;
    QFile tar(tarPath);
    if (!tar.open(QIODevice::ReadOnly))
        return false;
    const QByteArray layer = tar.readAll();
    const QByteArray config = QJsonDocument(
        QJsonObject {{QStringLiteral("architecture"), QStringLiteral("amd64")},
            {QStringLiteral("os"), QStringLiteral("linux")},
            {QStringLiteral("rootfs"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")},
                    {QStringLiteral("diff_ids"),
                        QJsonArray {QString(QStringLiteral("sha256:") + QString::fromLatin1(sha256(layer)))}}}},
            {QStringLiteral("config"),
                QJsonObject {}}}).toJson(QJsonDocument::Compact);
    auto descriptor = [](const char *mediaType, const QByteArray &blob) {
        return QJsonObject {{QStringLiteral("mediaType"), QString::fromLatin1(mediaType)},
            {QStringLiteral("digest"), QString(QStringLiteral("sha256:") + QString::fromLatin1(sha256(blob)))},
            {QStringLiteral("size"), qint64(blob.size())}};
    };
    const QByteArray manifest = QJsonDocument(
        QJsonObject {{QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
            {QStringLiteral("config"), descriptor("application/vnd.oci.image.config.v1+json", config)},
            {QStringLiteral("layers"), QJsonArray {descriptor("application/vnd.oci.image.layer.v1.tar", layer)}}})
                                    .toJson(QJsonDocument::Compact);
    QJsonObject manifestDescriptor = descriptor("application/vnd.oci.image.manifest.v1+json", manifest);
    manifestDescriptor.insert(QStringLiteral("annotations"),
        QJsonObject {{QStringLiteral("org.opencontainers.image.ref.name"), QStringLiteral("v1")}});
    const QByteArray index = QJsonDocument(QJsonObject {{QStringLiteral("schemaVersion"), 2},
                                               {QStringLiteral("manifests"), QJsonArray {manifestDescriptor}}})
                                 .toJson(QJsonDocument::Compact);
    const QString blobs = dir + QStringLiteral("/blobs/sha256/");
    QDir().mkpath(blobs);
    *manifestDigest = QStringLiteral("sha256:") + QString::fromLatin1(sha256(manifest));
    return writeFile(dir + QStringLiteral("/oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}")
        && writeFile(dir + QStringLiteral("/index.json"), index)
        && writeFile(blobs + QString::fromLatin1(sha256(layer)), layer)
        && writeFile(blobs + QString::fromLatin1(sha256(config)), config)
        && writeFile(blobs + QString::fromLatin1(sha256(manifest)), manifest);
}

void TestIntegrationSecret::initTestCase()
{
    for (const char *tool : {"docker-registry", "skopeo", "htpasswd", "openssl", "tar"}) {
        if (which(tool).isEmpty())
            m_missing += QString::fromLatin1(tool) + QLatin1Char(' ');
    }
    if (!m_missing.isEmpty())
        return; // each test skips, naming what is missing
    QVERIFY(m_dir.isValid());
    const QString d = m_dir.path();

    // A CA and a server certificate for 127.0.0.1, as a private registry would have.
    const QString certs = d + QStringLiteral("/certs");
    QDir().mkpath(certs);
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QVERIFY(run(QStringLiteral("openssl"),
        QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
            + QStringList {QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"), QStringLiteral("-out"),
                certs + QStringLiteral("/ca.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=PullScope test CA"), QStringLiteral("-addext"),
                QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
    QVERIFY(run(QStringLiteral("openssl"),
        QStringList {QStringLiteral("req")} + ec
            + QStringList {QStringLiteral("-keyout"), d + QStringLiteral("/server.key"), QStringLiteral("-out"),
                d + QStringLiteral("/server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
    QVERIFY(writeFile(
        d + QStringLiteral("/ext.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"));
    QVERIFY(run(QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("/server.csr"),
            QStringLiteral("-CA"), certs + QStringLiteral("/ca.crt"), QStringLiteral("-CAkey"),
            d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
            d + QStringLiteral("/server.crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
            d + QStringLiteral("/ext.cnf")}));

    // htpasswd (bcrypt) with a Harbor-style robot user and a password full of specials.
    QByteArray htpasswd;
    QVERIFY(run(QStringLiteral("htpasswd"), {QStringLiteral("-Bbn"), m_user, m_password}, &htpasswd));
    QVERIFY(writeFile(d + QStringLiteral("/htpasswd"), htpasswd));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_host = QStringLiteral("127.0.0.1:") + QString::number(port);
    const QByteArray config = "version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: "
        + d.toUtf8() + "/data\nhttp:\n  addr: " + m_host.toUtf8() + "\n  tls:\n    certificate: " + d.toUtf8()
        + "/server.crt\n    key: " + d.toUtf8()
        + "/server.key\nauth:\n  htpasswd:\n    realm: pullscope\n    path: " + d.toUtf8() + "/htpasswd\n";
    QVERIFY(writeFile(d + QStringLiteral("/registry.yml"), config));
    m_registry.setProcessChannelMode(QProcess::MergedChannels);
    m_registry.start(which("docker-registry"), {QStringLiteral("serve"), d + QStringLiteral("/registry.yml")});
    QVERIFY(m_registry.waitForStarted(10000));
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        up = s.waitForConnected(200);
        if (!up)
            QThread::msleep(100);
        QVERIFY2(m_registry.state() == QProcess::Running, m_registry.readAll().constData());
    }
    QVERIFY2(up, "docker-registry did not start listening");

    // Push a tiny image with the generated authfile.
    const QByteArray auth = authfile(m_user, m_password);
    QVERIFY(!auth.isEmpty());
    const QString layout = d + QStringLiteral("/layout");
    QString layoutDigest;
    QVERIFY(buildLayout(layout, &layoutDigest));
    // skopeo may compress the layer on the way, which changes the manifest: the registry's
    // digest is the one skopeo reports.
    const QString digestFile = d + QStringLiteral("/pushed.digest");
    QVERIFY(run(which("skopeo"),
        {QStringLiteral("--insecure-policy"), QStringLiteral("copy"), QStringLiteral("--digestfile"), digestFile,
            QStringLiteral("--dest-authfile"), QString::fromUtf8(auth), QStringLiteral("--dest-cert-dir"), certs,
            QStringLiteral("oci:") + layout + QStringLiteral(":v1"),
            QStringLiteral("docker://") + m_host + QStringLiteral("/pullscope/hello:v1")}));
    QFile digest(digestFile);
    QVERIFY(digest.open(QIODevice::ReadOnly));
    m_digest = QString::fromLatin1(digest.readAll().trimmed());
    QVERIFY(m_digest.startsWith(QLatin1String("sha256:")));
}

void TestIntegrationSecret::authfilePullsManifest()
{
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("not installed: ") + m_missing));
    const QByteArray auth = authfile(m_user, m_password);
    QVERIFY(!auth.isEmpty());
    QByteArray out;
    QVERIFY(run(which("skopeo"),
        {QStringLiteral("inspect"), QStringLiteral("--authfile"), QString::fromUtf8(auth), QStringLiteral("--cert-dir"),
            m_dir.filePath(QStringLiteral("certs")),
            QStringLiteral("docker://") + m_host + QStringLiteral("/pullscope/hello:v1")},
        &out));
    const QJsonObject inspected = QJsonDocument::fromJson(out).object();
    QCOMPARE(inspected.value(QLatin1String("Digest")).toString(), m_digest);
    // The raw manifest, fetched the same way, is the one pushed.
    QVERIFY(run(which("skopeo"),
        {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--authfile"), QString::fromUtf8(auth),
            QStringLiteral("--cert-dir"), m_dir.filePath(QStringLiteral("certs")),
            QStringLiteral("docker://") + m_host + QStringLiteral("/pullscope/hello:v1")},
        &out));
    QCOMPARE(QStringLiteral("sha256:") + QString::fromLatin1(sha256(out)), m_digest);
}

void TestIntegrationSecret::wrongPasswordIsUnauthorized()
{
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("not installed: ") + m_missing));
    const QByteArray auth = authfile(m_user, m_password + QStringLiteral("x"));
    QVERIFY(!auth.isEmpty());
    QByteArray err;
    QVERIFY(!run(which("skopeo"),
        {QStringLiteral("inspect"), QStringLiteral("--authfile"), QString::fromUtf8(auth), QStringLiteral("--cert-dir"),
            m_dir.filePath(QStringLiteral("certs")),
            QStringLiteral("docker://") + m_host + QStringLiteral("/pullscope/hello:v1")},
        nullptr, &err));
    QVERIFY2(err.contains("unauthorized") || err.contains("401"), err.constData());
    // And with no credentials at all.
    QVERIFY(!run(which("skopeo"),
        {QStringLiteral("inspect"), QStringLiteral("--no-creds"), QStringLiteral("--cert-dir"),
            m_dir.filePath(QStringLiteral("certs")),
            QStringLiteral("docker://") + m_host + QStringLiteral("/pullscope/hello:v1")},
        nullptr, &err));
    QVERIFY2(err.contains("unauthorized") || err.contains("401"), err.constData());
}

void TestIntegrationSecret::cleanupTestCase()
{
    if (m_registry.state() != QProcess::NotRunning) {
        m_registry.terminate();
        if (!m_registry.waitForFinished(5000)) {
            m_registry.kill();
            m_registry.waitForFinished(5000);
        }
    }
}

QTEST_GUILESS_MAIN(TestIntegrationSecret)
#include "tst_integration_secret.moc"

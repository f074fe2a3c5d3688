#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include "generate/credentialmatcher.h"
#include "generate/fieldvalidator.h"
#include "generate/generatedfile.h"
#include "generate/secretgenerator.h"

using namespace PullScope;

// Pull secrets: equal to kubectl's own output, safe for any password, matched against
// images the way the kubelet matches, written 0600, and refused (exit 2, nothing written)
// on a bad field.
class TestGenerateSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void equalsKubectl_data();
    void equalsKubectl();
    void knownPayload();
    void hostileValuesParseBack_data();
    void hostileValuesParseBack();
    void hostileNamesRefused_data();
    void hostileNamesRefused();
    void multipleRegistriesSorted();
    void importDockerConfig();
    void importRefused_data();
    void importRefused();
    void credentialMatch_data();
    void credentialMatch();
    void mismatchWarning();
    void providerWarnings();
    void patches_data();
    void patches();
    void kubectlCommandKeepsPasswordOut();
    void shellQuoteRoundTrip();
    void writeToDirModes();
    void writeToDirRefusesUnsafePaths();
    void cliStdoutAndExitCodes();
    void cliOutDirWritesSecret0600();
    void cliRefusedFieldWritesNothing_data();
    void cliRefusedFieldWritesNothing();

private:
    QByteArray runKubectl(const QStringList &args, int *exitCode);
    QTemporaryDir m_kubeDir;
    QString m_kubectl;
};

namespace {

SecretOptions single(const QString &name, const QString &ns, const QString &server, const QString &user,
    const QString &password, const QString &email = {})
{
    SecretOptions o;
    o.name = name;
    o.ns = ns;
    o.registries << RegistryCredential {server, user, password, email};
    return o;
}

QJsonObject decodedPayload(const QByteArray &secretJson)
{
    const QJsonObject secret = QJsonDocument::fromJson(secretJson).object();
    const QByteArray b64 = secret.value(QLatin1String("data"))
                               .toObject()
                               .value(QLatin1String(".dockerconfigjson"))
                               .toString()
                               .toLatin1();
    return QJsonDocument::fromJson(QByteArray::fromBase64(b64)).object();
}

QString longValue()
{
    QString s;
    for (int i = 0; i < 2000; ++i)
        s += QStringLiteral("x$%\"\\");
    return s;
}

struct CliResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI), args);
    p.waitForStarted();
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

void TestGenerateSecret::initTestCase()
{
    QVERIFY(m_kubeDir.isValid());
    // kubectl wants a kubeconfig even for --dry-run=client; an empty one is enough.
    QFile f(m_kubeDir.filePath(QStringLiteral("config")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n");
    f.close();
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
}

QByteArray TestGenerateSecret::runKubectl(const QStringList &args, int *exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), m_kubeDir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(m_kubectl, args);
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (*exitCode != 0)
        qWarning("kubectl: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

void TestGenerateSecret::equalsKubectl_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("email");
    const QString ex = QStringLiteral("registry.example.com");
    QTest::newRow("plain") << "my-secret"
                           << "" << ex << "alice"
                           << "s3cr3t"
                           << "";
    QTest::newRow("email and namespace") << "my-secret"
                                         << "prod" << ex << "alice"
                                         << "s3cr3t"
                                         << "alice@example.com";
    QTest::newRow("harbor robot") << "harbor-secret"
                                  << "production"
                                  << "harbor.example.com"
                                  << "robot$myproject+deployer"
                                  << "tok$en"
                                  << "";
    QTest::newRow("robot$name+x") << "r"
                                  << ""
                                  << "harbor.example.com:8443"
                                  << "robot$name+x"
                                  << "$(id)`id`"
                                  << "";
    QTest::newRow("unicode") << "u"
                             << "team-a" << ex << QString::fromUtf8("用户") << QString::fromUtf8("密码😀é")
                             << QString::fromUtf8("José@例子.公司");
    QTest::newRow("quotes") << "q"
                            << "" << ex << "o'brien"
                            << "pa\"ss'word"
                            << "\"q\"@x";
    QTest::newRow("backslashes") << "b"
                                 << "" << ex << "dom\\user"
                                 << "C:\\path\\"
                                 << "";
    QTest::newRow("html-sensitive") << "h"
                                    << "" << ex << "a&b"
                                    << "<script>&amp;"
                                    << "x<y>@z";
    QTest::newRow("dollar and percent") << "d"
                                        << "" << ex << "$USER"
                                        << "%s%n%%${HOME}"
                                        << "";
    QTest::newRow("control chars in password")
        << "c"
        << "" << ex << "u"
        << QStringLiteral("l1\nl2\r\tb\bf\f") + QChar(1) + QChar(0x1f) + QChar(0x7f) + QChar(0x2028) + QChar(0x2029)
        << "";
    QTest::newRow("docker hub key") << "hub"
                                    << "default"
                                    << "https://index.docker.io/v1/"
                                    << "me"
                                    << "tok"
                                    << "";
    QTest::newRow("port and path") << "pp"
                                   << ""
                                   << "http://[fd00::1]:5000/team/app"
                                   << "u"
                                   << "p"
                                   << "";
    QTest::newRow("json key") << "gcr-secret"
                              << ""
                              << "gcr.io"
                              << "_json_key"
                              << "{\n  \"type\": \"service_account\",\n  \"private_key\": \"-----BEGIN\\nX\\n\"\n}\n"
                              << "";
    QTest::newRow("long") << "long"
                          << "" << ex << "u" << longValue() << "";
    QTest::newRow("yaml-looking names") << "123"
                                        << "true" << ex << "u"
                                        << "p"
                                        << "";
    QTest::newRow("yaml date name") << "2001-01-01"
                                    << "1e3" << ex << "u"
                                    << "p"
                                    << "";
    QTest::newRow("yaml octal name") << "0755"
                                     << "on" << ex << "u"
                                     << "p"
                                     << "";
    QTest::newRow("yaml plain names") << "1-2"
                                      << "nan" << ex << "u"
                                      << "p"
                                      << "";
}

void TestGenerateSecret::equalsKubectl()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    QFETCH(QString, name);
    QFETCH(QString, ns);
    QFETCH(QString, server);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, email);
    const SecretOptions o = single(name, ns, server, user, password, email);
    QCOMPARE(SecretGenerator::validate(o), QString());
    QStringList args = {QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("docker-registry"), name,
        QStringLiteral("--docker-server=") + server, QStringLiteral("--docker-username=") + user,
        QStringLiteral("--docker-password=") + password, QStringLiteral("--dry-run=client")};
    if (!email.isEmpty())
        args << QStringLiteral("--docker-email=") + email;
    if (!ns.isEmpty())
        args << QStringLiteral("-n") << ns;
    int code = 0;
    const QByteArray kubectlJson = runKubectl(args + QStringList {QStringLiteral("-o"), QStringLiteral("json")}, &code);
    QCOMPARE(code, 0);
    const QByteArray kubectlYaml = runKubectl(args + QStringList {QStringLiteral("-o"), QStringLiteral("yaml")}, &code);
    QCOMPARE(code, 0);
    const QByteArray ours = SecretGenerator::secretJson(o);

    // Field by field first, so a difference names the field.
    const QJsonObject theirs = QJsonDocument::fromJson(kubectlJson).object();
    const QJsonObject mine = QJsonDocument::fromJson(ours).object();
    QVERIFY(!theirs.isEmpty());
    for (const char *key : {"kind", "apiVersion", "metadata", "type"})
        QCOMPARE(mine.value(QLatin1String(key)), theirs.value(QLatin1String(key)));
    const QJsonObject theirPayload = decodedPayload(kubectlJson);
    const QJsonObject myPayload = decodedPayload(ours);
    const QJsonObject theirEntry = theirPayload.value(QLatin1String("auths")).toObject().value(server).toObject();
    const QJsonObject myEntry = myPayload.value(QLatin1String("auths")).toObject().value(server).toObject();
    QVERIFY(!theirEntry.isEmpty());
    QCOMPARE(myEntry.keys(), theirEntry.keys());
    for (const QString &k : theirEntry.keys())
        QCOMPARE(myEntry.value(k).toString(), theirEntry.value(k).toString());
    QCOMPARE(myEntry.value(QLatin1String("password")).toString(), password);
    QCOMPARE(myPayload, theirPayload);
    // Then byte for byte: escapes, key order, indentation.
    QCOMPARE(ours, kubectlJson);
    QCOMPARE(SecretGenerator::secretYaml(o), kubectlYaml);
    QCOMPARE(SecretGenerator::dockerConfigJson(o),
        QByteArray::fromBase64(theirs.value(QLatin1String("data"))
                                   .toObject()
                                   .value(QLatin1String(".dockerconfigjson"))
                                   .toString()
                                   .toLatin1()));
}

void TestGenerateSecret::knownPayload()
{
    // upstream-facts section 4: the exact kubectl 1.25-1.32 output, without a kubectl at hand.
    const SecretOptions o = single(QStringLiteral("my-secret"), {}, QStringLiteral("registry.example.com"),
        QStringLiteral("alice"), QStringLiteral("s3cr3t"), QStringLiteral("alice@example.com"));
    QCOMPARE(SecretGenerator::secretYaml(o),
        QByteArray(
            "apiVersion: v1\ndata:\n  .dockerconfigjson: "
            "eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJ1c2VybmFtZSI6ImFsaWNlIiwicGFzc3dvcmQiOiJzM2NyM3QiLCJlbWFpbC"
            "I6ImFsaWNlQGV4YW1wbGUuY29tIiwiYXV0aCI6IllXeHBZMlU2Y3pOamNqTjAifX19\nkind: Secret\nmetadata:\n  "
            "creationTimestamp: null\n  name: my-secret\ntype: kubernetes.io/dockerconfigjson\n"));
    const SecretOptions amp
        = single(QStringLiteral("s"), {}, QStringLiteral("r"), QStringLiteral("u"), QStringLiteral("p&ss"));
    QVERIFY(SecretGenerator::dockerConfigJson(amp).contains("\"password\":\"p\\u0026ss\""));
}

void TestGenerateSecret::hostileValuesParseBack_data()
{
    QTest::addColumn<QString>("value");
    const QStringList corpus
        = {QStringLiteral("a\nb: c"), QStringLiteral("\n"), QStringLiteral("\""), QStringLiteral("'"),
            QStringLiteral("\\"), QStringLiteral("\\\""), QStringLiteral("$HOME"), QStringLiteral("${x}$(id)"),
            QStringLiteral("%s%n%%"), QString::fromUtf8("中文密码"), QString::fromUtf8("😀"), QStringLiteral("]"),
            QStringLiteral("["), QStringLiteral("="), QStringLiteral("a=b"), QStringLiteral("key: value"),
            QStringLiteral("- item"), QStringLiteral("# comment"), QStringLiteral("&anchor *alias !tag"),
            QStringLiteral("{a: 1}"), QStringLiteral("---"), QStringLiteral("..."), QStringLiteral("<script>&"),
            QStringLiteral("null"), QStringLiteral("true"), QStringLiteral("123"), QStringLiteral(" leading space"),
            QStringLiteral("tab\there"), QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"), longValue(),
            QStringLiteral("}\"}},\"evil.example.com\":{\"auth\":\"eDp5\"}}}")};
    for (int i = 0; i < corpus.size(); ++i)
        QTest::addRow("%d", i) << corpus.at(i);
}

void TestGenerateSecret::hostileValuesParseBack()
{
    QFETCH(QString, value);
    // Always the password; the user name, e-mail and server too when the rules let the value
    // through. Where they refuse it, the message names the field.
    const bool userOk = FieldValidator::registryUsername(QStringLiteral("--username"), value).isEmpty();
    const bool emailOk = FieldValidator::email(QStringLiteral("--email"), value).isEmpty();
    const bool serverOk = FieldValidator::registryServer(QStringLiteral("--server"), value).isEmpty();
    const QString user = userOk ? value : QStringLiteral("u");
    const QString email = emailOk ? value : QString();
    const QString server = serverOk ? value : QStringLiteral("harbor.example.com");
    const SecretOptions o = single(QStringLiteral("s"), QStringLiteral("ns"), server, user, value, email);
    QCOMPARE(SecretGenerator::validate(o), QString());
    const std::pair<bool, const char *> fields[]
        = {{userOk, "--username"}, {emailOk, "--email"}, {serverOk, "--server"}};
    for (const auto &f : fields) {
        if (f.first)
            continue;
        SecretOptions bad = o;
        if (qstrcmp(f.second, "--username") == 0)
            bad.registries[0].username = value;
        else if (qstrcmp(f.second, "--email") == 0)
            bad.registries[0].email = value;
        else
            bad.registries[0].server = value;
        const QString message = SecretGenerator::validate(bad);
        QVERIFY2(message.contains(QLatin1String(f.second)), qPrintable(message));
    }

    // YAML, read back with yaml-cpp: exactly kubectl's keys, nothing injected.
    const YAML::Node doc = YAML::Load(SecretGenerator::secretYaml(o).toStdString());
    QStringList keys;
    for (auto it = doc.begin(); it != doc.end(); ++it)
        keys << QString::fromStdString(it->first.as<std::string>());
    QCOMPARE(keys,
        (QStringList {QStringLiteral("apiVersion"), QStringLiteral("data"), QStringLiteral("kind"),
            QStringLiteral("metadata"), QStringLiteral("type")}));
    QCOMPARE(doc["data"].size(), std::size_t(1));
    QCOMPARE(doc["metadata"].size(), std::size_t(3));
    QCOMPARE(QString::fromStdString(doc["metadata"]["name"].as<std::string>()), QStringLiteral("s"));
    QCOMPARE(QString::fromStdString(doc["type"].as<std::string>()), QStringLiteral("kubernetes.io/dockerconfigjson"));
    const QByteArray payload
        = QByteArray::fromBase64(QByteArray::fromStdString(doc["data"][".dockerconfigjson"].as<std::string>()));
    QCOMPARE(payload, SecretGenerator::dockerConfigJson(o));

    // The payload, read back with QJsonDocument: one registry, the values intact.
    QJsonParseError pe;
    const QJsonObject top = QJsonDocument::fromJson(payload, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(top.keys(), QStringList {QStringLiteral("auths")});
    const QJsonObject auths = top.value(QLatin1String("auths")).toObject();
    QCOMPARE(auths.keys(), QStringList {server});
    const QJsonObject entry = auths.value(server).toObject();
    QCOMPARE(entry.value(QLatin1String("username")).toString(), user);
    QCOMPARE(entry.value(QLatin1String("password")).toString(), value);
    QCOMPARE(entry.value(QLatin1String("email")).toString(), email);
    QCOMPARE(QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1()),
        QString(user + QLatin1Char(':') + value).toUtf8());

    // The JSON form carries the same payload.
    QCOMPARE(decodedPayload(SecretGenerator::secretJson(o)), top);
}

void TestGenerateSecret::hostileNamesRefused_data()
{
    hostileValuesParseBack_data();
}

void TestGenerateSecret::hostileNamesRefused()
{
    QFETCH(QString, value);
    static const QRegularExpression subdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    SecretOptions o = single(value, {}, QStringLiteral("r.example.com"), QStringLiteral("u"), QStringLiteral("p"));
    const QString message = SecretGenerator::validate(o);
    if (!message.isEmpty()) {
        QVERIFY2(message.contains(QLatin1String("--name")), qPrintable(message));
        QVERIFY(!subdomain.match(value).hasMatch() || value.size() > 253);
    } else {
        QVERIFY(subdomain.match(value).hasMatch());
        const YAML::Node doc = YAML::Load(SecretGenerator::secretYaml(o).toStdString());
        QCOMPARE(QString::fromStdString(doc["metadata"]["name"].as<std::string>()), value);
    }
    o = single(QStringLiteral("s"), value, QStringLiteral("r.example.com"), QStringLiteral("u"), QStringLiteral("p"));
    const QString nsMessage = SecretGenerator::validate(o);
    QVERIFY(nsMessage.isEmpty() || nsMessage.contains(QLatin1String("--namespace")));
    o.ns.clear();
    o.patchTarget = SecretOptions::PatchTarget::ServiceAccount;
    o.patchName = value;
    const QString saMessage = SecretGenerator::validate(o);
    QVERIFY(saMessage.isEmpty() || saMessage.contains(QLatin1String("--service-account")));
    QCOMPARE(saMessage.isEmpty(), message.isEmpty());
}

void TestGenerateSecret::multipleRegistriesSorted()
{
    SecretOptions o;
    o.name = QStringLiteral("multi");
    o.registries << RegistryCredential {QStringLiteral("z.example.com"), QStringLiteral("u1"), QStringLiteral("p1"), {}}
                 << RegistryCredential {QStringLiteral("a.example.com"), QStringLiteral("u2"), QStringLiteral("p2"), {}}
                 << RegistryCredential {
                        QStringLiteral("B.example.com"), QStringLiteral("u3"), QStringLiteral("p3"), {}};
    QCOMPARE(SecretGenerator::validate(o), QString());
    const QByteArray json = SecretGenerator::dockerConfigJson(o);
    // Go writes map keys in byte order.
    QVERIFY(json.indexOf("\"B.example.com\"") < json.indexOf("\"a.example.com\""));
    QVERIFY(json.indexOf("\"a.example.com\"") < json.indexOf("\"z.example.com\""));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QLatin1String("auths")).toObject().size(), 3);
    o.registries[2].server = QStringLiteral("a.example.com");
    const QString message = SecretGenerator::validate(o);
    QVERIFY2(message.contains(QLatin1String("--server #3")), qPrintable(message));
}

void TestGenerateSecret::importDockerConfig()
{
    SecretOptions o;
    o.name = QStringLiteral("imported");
    o.dockerConfigSource = QStringLiteral(PULLSCOPE_TEST_DATA "/generate/docker-config-helper.json");
    QFile f(o.dockerConfigSource);
    QVERIFY(f.open(QIODevice::ReadOnly));
    o.dockerConfig = f.readAll();
    QCOMPARE(SecretGenerator::validate(o), QString());
    const QJsonObject top = QJsonDocument::fromJson(SecretGenerator::dockerConfigJson(o)).object();
    const QJsonObject auths = top.value(QLatin1String("auths")).toObject();
    QCOMPARE(auths.keys(),
        (QStringList {QStringLiteral("harbor.example.com"), QStringLiteral("registry.example.com:5000")}));
    const QJsonObject harbor = auths.value(QLatin1String("harbor.example.com")).toObject();
    QCOMPARE(harbor.value(QLatin1String("username")).toString(), QStringLiteral("robot$proj+ci"));
    QCOMPARE(harbor.value(QLatin1String("password")).toString(), QStringLiteral("s3cr3t"));
    QCOMPARE(harbor.value(QLatin1String("auth")).toString(), QStringLiteral("cm9ib3QkcHJvaitjaTpzM2NyM3Q="));
    const QJsonObject reg = auths.value(QLatin1String("registry.example.com:5000")).toObject();
    QCOMPARE(reg.value(QLatin1String("password")).toString(), QStringLiteral("p\"a$s\\w<>&"));
    QCOMPARE(reg.value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(top.value(QLatin1String("HttpHeaders")).toObject().value(QLatin1String("User-Agent")).toString(),
        QStringLiteral("Docker-Client/24.0 (linux)"));
    const QString warnings = SecretGenerator::warnings(o).join(QLatin1Char('\n'));
    QVERIFY(warnings.contains(QLatin1String("credsStore")));
    QVERIFY(warnings.contains(QLatin1String("https://index.docker.io/v1/")));

    // The legacy .dockercfg map is read too.
    QFile legacy(QStringLiteral(PULLSCOPE_TEST_DATA "/generate/legacy-dockercfg.json"));
    QVERIFY(legacy.open(QIODevice::ReadOnly));
    o.dockerConfig = legacy.readAll();
    QCOMPARE(SecretGenerator::validate(o), QString());
    const QJsonObject quay = QJsonDocument::fromJson(SecretGenerator::dockerConfigJson(o))
                                 .object()
                                 .value(QLatin1String("auths"))
                                 .toObject()
                                 .value(QLatin1String("quay.io"))
                                 .toObject();
    QCOMPARE(quay.value(QLatin1String("username")).toString(), QStringLiteral("bob"));
    QCOMPARE(quay.value(QLatin1String("auth")).toString(), QStringLiteral("Ym9iOnB3"));
}

void TestGenerateSecret::importRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("only a credential helper") << QStringLiteral("no-credentials.json");
    QTest::newRow("not json") << QStringLiteral("not-json.txt");
}

void TestGenerateSecret::importRefused()
{
    QFETCH(QString, file);
    SecretOptions o;
    o.name = QStringLiteral("imported");
    o.dockerConfigSource = QStringLiteral(PULLSCOPE_TEST_DATA "/generate/") + file;
    QFile f(o.dockerConfigSource);
    QVERIFY(f.open(QIODevice::ReadOnly));
    o.dockerConfig = f.readAll();
    const QString message = SecretGenerator::validate(o);
    QVERIFY2(message.contains(QLatin1String("--from-docker-config")), qPrintable(message));
    o.registries << RegistryCredential {QStringLiteral("r"), QStringLiteral("u"), QStringLiteral("p"), {}};
    QVERIFY(SecretGenerator::validate(o).contains(QLatin1String("--server")));
}

void TestGenerateSecret::credentialMatch_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("matches");
    const QString digest = QStringLiteral("@sha256:0123456789012345678901234567890123456789012345678901234567890123");
    QTest::newRow("host") << "registry.example.com"
                          << "registry.example.com/team/app:v1" << true;
    QTest::newRow("port differs") << "registry.example.com"
                                  << "registry.example.com:5000/team/app" << false;
    QTest::newRow("port equal") << "registry.example.com:5000"
                                << "registry.example.com:5000/app" << true;
    QTest::newRow("port missing on image") << "registry.example.com:5000"
                                           << "registry.example.com/app" << false;
    QTest::newRow("scheme and /v2/") << "https://registry.example.com/v2/"
                                     << "registry.example.com/app" << true;
    QTest::newRow("http scheme, digest") << "http://registry.example.com"
                                         << QStringLiteral("registry.example.com/x") + digest << true;
    QTest::newRow("path prefix") << "registry.example.com/team"
                                 << "registry.example.com/team/app" << true;
    QTest::newRow("other path") << "registry.example.com/team"
                                << "registry.example.com/other/app" << false;
    QTest::newRow("string prefix, not segment") << "registry.example.com/team"
                                                << "registry.example.com/teamx/app" << true;
    QTest::newRow("wildcard") << "*.example.com"
                              << "registry.example.com/app" << true;
    QTest::newRow("wildcard part count") << "*.example.com"
                                         << "a.b.example.com/app" << false;
    QTest::newRow("wildcard apex") << "*.example.com"
                                   << "example.com/app" << false;
    QTest::newRow("glob inside a part") << "reg*.example.com"
                                        << "registry.example.com/x" << true;
    // Go's url.Parse reads '?' as the start of a query, so it never acts as a glob.
    QTest::newRow("? is a query to Go") << "reg?stry.example.com"
                                        << "registry.example.com/x" << false;
    QTest::newRow("suffix attack") << "registry.example.com"
                                   << "registry.example.com.evil.net/x" << false;
    QTest::newRow("hub v1 key, short name") << "https://index.docker.io/v1/"
                                            << "nginx" << true;
    QTest::newRow("hub v1 key, docker.io") << "https://index.docker.io/v1/"
                                           << "docker.io/library/nginx:1.25" << true;
    QTest::newRow("hub docker.io key") << "docker.io"
                                       << "nginx" << true;
    QTest::newRow("hub registry-1 key") << "registry-1.docker.io"
                                        << "nginx" << false;
    QTest::newRow("hub key, other registry") << "index.docker.io"
                                             << "quay.io/x/y" << false;
    QTest::newRow("ipv6") << "[fd00::1]:5000"
                          << "[fd00::1]:5000/app" << true;
}

void TestGenerateSecret::credentialMatch()
{
    QFETCH(QString, key);
    QFETCH(QString, image);
    QFETCH(bool, matches);
    QCOMPARE(CredentialMatcher::matches(key, image), matches);
    QCOMPARE(CredentialMatcher::matchingKeys({key}, image).size(), matches ? 1 : 0);
    QCOMPARE(CredentialMatcher::mismatchWarning({key}, image).isEmpty(), matches);
}

void TestGenerateSecret::mismatchWarning()
{
    SecretOptions o = single(
        QStringLiteral("s"), {}, QStringLiteral("harbor.example.com"), QStringLiteral("u"), QStringLiteral("p"));
    o.image = QStringLiteral("harbor.example.com:8443/proj/app:1.0");
    QCOMPARE(SecretGenerator::validate(o), QString());
    QVERIFY(SecretGenerator::warnings(o).join(QLatin1Char('\n')).contains(o.image));
    o.registries[0].server = QStringLiteral("harbor.example.com:8443");
    QVERIFY(!SecretGenerator::warnings(o).join(QLatin1Char('\n')).contains(o.image));
    o.image = QStringLiteral("not a ref");
    QVERIFY(SecretGenerator::validate(o).contains(QLatin1String("--image")));
}

void TestGenerateSecret::providerWarnings()
{
    SecretOptions o = single(QStringLiteral("ecr"), {}, QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com"),
        QStringLiteral("AWS"), QStringLiteral("tok"));
    const QString all = SecretGenerator::warnings(o).join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("12 hours")));
    QVERIFY(!all.contains(QLatin1String("expects the user name")));
    o.registries[0].username = QStringLiteral("aws");
    QVERIFY(SecretGenerator::warnings(o).join(QLatin1Char('\n')).contains(QLatin1String("expects the user name AWS")));

    o = single(
        QStringLiteral("hub"), {}, QStringLiteral("registry-1.docker.io"), QStringLiteral("u"), QStringLiteral("p"));
    QVERIFY(SecretGenerator::warnings(o).join(QLatin1Char('\n')).contains(QLatin1String("index.docker.io")));
    o.registries[0].server = QStringLiteral("https://index.docker.io/v1/");
    QVERIFY(SecretGenerator::warnings(o).isEmpty());

    o = single(
        QStringLiteral("gcr"), {}, QStringLiteral("gcr.io"), QStringLiteral("_json_key"), QStringLiteral("oops"));
    QVERIFY(SecretGenerator::warnings(o).join(QLatin1Char('\n')).contains(QLatin1String("_json_key")));
    o.registries[0].password = QStringLiteral("{\"type\":\"service_account\"}");
    QVERIFY(SecretGenerator::warnings(o).isEmpty());

    // Every preset has a server the validator accepts and a hint.
    const QList<RegistryPreset> presets = SecretGenerator::presets();
    QCOMPARE(presets.size(), 6);
    for (const RegistryPreset &p : presets) {
        QCOMPARE(FieldValidator::registryServer(QStringLiteral("--server"), p.server), QString());
        QVERIFY(!p.hint.isEmpty());
    }
    QCOMPARE(SecretGenerator::preset(QStringLiteral("ecr")).username, QStringLiteral("AWS"));
    QCOMPARE(SecretGenerator::preset(QStringLiteral("gcr")).username, QStringLiteral("_json_key"));
    QCOMPARE(
        SecretGenerator::preset(QStringLiteral("dockerhub")).server, QStringLiteral("https://index.docker.io/v1/"));
    QVERIFY(SecretGenerator::preset(QStringLiteral("harbor")).username.startsWith(QLatin1String("robot$")));
}

void TestGenerateSecret::patches_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("targetName");
    QTest::addColumn<QString>("secretName");
    QTest::newRow("service account") << int(SecretOptions::PatchTarget::ServiceAccount) << "serviceaccount"
                                     << "default"
                                     << "regcred";
    QTest::newRow("deployment") << int(SecretOptions::PatchTarget::Deployment) << "deployment"
                                << "web"
                                << "regcred";
    QTest::newRow("statefulset") << int(SecretOptions::PatchTarget::StatefulSet) << "statefulset"
                                 << "db"
                                 << "123";
    QTest::newRow("daemonset") << int(SecretOptions::PatchTarget::DaemonSet) << "daemonset"
                               << "agent"
                               << "true";
}

void TestGenerateSecret::patches()
{
    QFETCH(int, target);
    QFETCH(QString, kind);
    QFETCH(QString, targetName);
    QFETCH(QString, secretName);
    SecretOptions o = single(
        secretName, QStringLiteral("shop"), QStringLiteral("r.example.com"), QStringLiteral("u"), QStringLiteral("p"));
    o.patchTarget = SecretOptions::PatchTarget(target);
    o.patchName = targetName;
    QCOMPARE(SecretGenerator::validate(o), QString());
    const GeneratedSet set = SecretGenerator::generate(o);
    QCOMPARE(set.files.size(), 2);
    QCOMPARE(set.files[0].path, QStringLiteral("kubernetes/shop/") + secretName + QStringLiteral(".yaml"));
    QVERIFY(set.files[0].secret);
    const GeneratedFile &patch = set.files[1];
    QCOMPARE(patch.path,
        QStringLiteral("kubernetes/shop/") + kind + QLatin1Char('-') + targetName
            + QStringLiteral("-imagepullsecrets-patch.yaml"));
    QVERIFY(!patch.secret);
    const YAML::Node doc = YAML::Load(patch.content.toStdString());
    QCOMPARE(doc.size(), std::size_t(1));
    YAML::Node list;
    if (kind == QLatin1String("serviceaccount")) {
        list = doc["imagePullSecrets"];
    } else {
        QCOMPARE(doc["spec"].size(), std::size_t(1));
        QCOMPARE(doc["spec"]["template"].size(), std::size_t(1));
        list = doc["spec"]["template"]["spec"]["imagePullSecrets"];
    }
    QVERIFY(list.IsSequence());
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(list[0]["name"].as<std::string>()), secretName);
    // "123" and "true" must stay strings for a YAML 1.1 reader: they are quoted.
    QVERIFY(patch.content.contains(QByteArray("name: " + SecretGenerator::yamlScalar(secretName) + '\n')));
    // The commands patch the ServiceAccount or the workload, never a pod, and their inline
    // patches are valid JSON.
    const QString commands = set.applyCommands.join(QLatin1Char('\n'));
    QVERIFY(commands.contains(
        QStringLiteral("kubectl patch ") + kind + QLatin1Char(' ') + targetName + QStringLiteral(" -n shop")));
    QVERIFY(!commands.contains(QLatin1String("patch pod")));
    static const QRegularExpression inlinePatch(QStringLiteral("-p '([^']*)'"));
    auto it = inlinePatch.globalMatch(commands);
    int patchesSeen = 0;
    while (it.hasNext()) {
        const QString text = it.next().captured(1);
        QJsonParseError pe;
        QJsonDocument::fromJson(text.toUtf8(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\"name\":\"") + secretName + QLatin1Char('"')));
        ++patchesSeen;
    }
    QVERIFY(patchesSeen >= 1);
    QVERIFY(set.verifyCommands.join(QLatin1Char('\n')).contains(targetName));
}

void TestGenerateSecret::kubectlCommandKeepsPasswordOut()
{
    const QString password = QStringLiteral("Sup3r$ecret'\"");
    QTemporaryDir dir;
    const QString pwFile = dir.filePath(QStringLiteral("my pw"));
    QFile f(pwFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(password.toUtf8() + '\n');
    f.close();
    SecretOptions o = single(QStringLiteral("harbor"), QStringLiteral("prod"), QStringLiteral("harbor.example.com"),
        QStringLiteral("robot$name+x"), QString(), QStringLiteral("a@b.c"));
    o.output = SecretOptions::Output::Kubectl;
    o.passwordFile = pwFile;
    QCOMPARE(SecretGenerator::validate(o), QString());
    GeneratedSet set = SecretGenerator::generate(o);
    QVERIFY(set.files.isEmpty());
    QCOMPARE(set.applyCommands.size(), 1);
    const QString command = set.applyCommands.first();
    QVERIFY(command.contains(QLatin1String("$(cat -- ")));
    QVERIFY(!command.contains(QLatin1String("Sup3r")));

    // The command, run for real with --dry-run, gives the Secret this generator writes.
    if (!m_kubectl.isEmpty()) {
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_kubeDir.filePath(QStringLiteral("config")));
        sh.setProcessEnvironment(env);
        sh.start(
            QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command + QStringLiteral(" --dry-run=client -o json")});
        QVERIFY(sh.waitForFinished(60000));
        QCOMPARE(sh.exitCode(), 0);
        SecretOptions same = o;
        same.registries[0].password = password;
        QCOMPARE(sh.readAllStandardOutput(), SecretGenerator::secretJson(same));
    }

    // Without a file the password is prompted for.
    o.passwordFile.clear();
    set = SecretGenerator::generate(o);
    const QString prompt = set.applyCommands.join(QLatin1Char('\n'));
    QVERIFY(prompt.contains(QLatin1String("read -r -s")));
    QVERIFY(prompt.contains(QLatin1String("--docker-password=\"$PULLSCOPE_PASSWORD\"")));
    QVERIFY(prompt.contains(QLatin1String("--docker-username='robot$name+x'")));
}

void TestGenerateSecret::shellQuoteRoundTrip()
{
    const QStringList corpus = {QStringLiteral("plain"), QStringLiteral("robot$name+x"), QStringLiteral("it's"),
        QStringLiteral("\"q\""), QStringLiteral("a\\b"), QStringLiteral("$(id)`id`"), QString::fromUtf8("中文 😀"),
        QStringLiteral("a\nb"), QStringLiteral("'''"), QStringLiteral("*?[]"), QStringLiteral("-n")};
    for (const QString &v : corpus) {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + SecretGenerator::shellQuote(v)});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), v);
    }
}

void TestGenerateSecret::writeToDirModes()
{
    QTemporaryDir dir;
    GeneratedSet set;
    set.files << GeneratedFile {QStringLiteral("kubernetes/ns/s.yaml"), "secret: 1\n", true}
              << GeneratedFile {QStringLiteral("etc/x/y.conf"), "plain\n", false};
    // An existing, wider file is replaced by a 0600 one.
    QDir().mkpath(dir.filePath(QStringLiteral("kubernetes/ns")));
    QFile old(dir.filePath(QStringLiteral("kubernetes/ns/s.yaml")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(old.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    QStringList written;
    QVERIFY2(GeneratedFileWriter::writeToDir(set, dir.path(), &error, &written), qPrintable(error));
    QCOMPARE(written.size(), 2);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions secretPerms
        = QFile::permissions(dir.filePath(QStringLiteral("kubernetes/ns/s.yaml")));
    QVERIFY(!(secretPerms & others));
    QVERIFY(secretPerms & QFileDevice::ReadOwner);
    QFile back(dir.filePath(QStringLiteral("kubernetes/ns/s.yaml")));
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("secret: 1\n"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("etc/x/y.conf"))));

    QCOMPARE(GeneratedFileWriter::toStdoutText(set),
        QByteArray("# file: kubernetes/ns/s.yaml\nsecret: 1\n# file: etc/x/y.conf\nplain\n"));
}

void TestGenerateSecret::writeToDirRefusesUnsafePaths()
{
    const QStringList bad = {QStringLiteral("../x"), QStringLiteral("/etc/passwd"), QStringLiteral("a//b"),
        QStringLiteral("a/./b"), QStringLiteral("a/../../b"), QString(), QStringLiteral("a\nb")};
    for (const QString &path : bad) {
        QTemporaryDir dir;
        GeneratedSet set;
        set.files << GeneratedFile {QStringLiteral("ok/first.yaml"), "a: 1\n", false}
                  << GeneratedFile {path, "x\n", true};
        QString error;
        QVERIFY(!GeneratedFileWriter::writeToDir(set, dir.path(), &error));
        QVERIFY(!error.isEmpty());
        // Checked before writing: not even the first, valid file is there.
        QVERIFY2(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty(), qPrintable(path));
    }
}

void TestGenerateSecret::cliStdoutAndExitCodes()
{
    const QStringList base = {QStringLiteral("generate"), QStringLiteral("secret"), QStringLiteral("--name"),
        QStringLiteral("s"), QStringLiteral("--server"), QStringLiteral("r.example.com"), QStringLiteral("--username"),
        QStringLiteral("u"), QStringLiteral("--password-stdin")};
    CliResult r = runCli(base, "pw\n");
    QCOMPARE(r.code, 0);
    const SecretOptions o
        = single(QStringLiteral("s"), {}, QStringLiteral("r.example.com"), QStringLiteral("u"), QStringLiteral("pw"));
    QVERIFY(r.out.startsWith(
        QByteArray("# file: kubernetes/default/s.yaml\n" + SecretGenerator::secretYaml(o) + "# apply:\n")));

    r = runCli(base + QStringList {QStringLiteral("--output"), QStringLiteral("json")}, "pw");
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(SecretGenerator::secretJson(o)));

    r = runCli(base + QStringList {QStringLiteral("--output"), QStringLiteral("dockerconfigjson")}, "pw\r\n");
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(
        QByteArray("# file: kubernetes/default/s.dockerconfigjson\n" + SecretGenerator::dockerConfigJson(o) + '\n')));

    QCOMPARE(runCli({QStringLiteral("generate")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--help")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("bogus")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("secret"), QStringLiteral("--help")}).code, 0);
    // There is no way to put a password on the command line.
    r = runCli(base.mid(0, 8) + QStringList {QStringLiteral("--password"), QStringLiteral("pw")});
    QCOMPARE(r.code, 2);
    r = runCli(base.mid(0, 8));
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("password"));
    r = runCli(base + QStringList {QStringLiteral("--output"), QStringLiteral("xml")}, "pw");
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--output"));
    r = runCli(base
            + QStringList {QStringLiteral("--service-account"), QStringLiteral("a"), QStringLiteral("--deployment"),
                QStringLiteral("b")},
        "pw");
    QCOMPARE(r.code, 2);
    // A preset fills in Google's fixed server and user.
    r = runCli({QStringLiteral("generate"), QStringLiteral("secret"), QStringLiteral("--name"), QStringLiteral("g"),
                   QStringLiteral("--preset"), QStringLiteral("gcr"), QStringLiteral("--password-stdin"),
                   QStringLiteral("--output"), QStringLiteral("dockerconfigjson")},
        "{\"type\":\"service_account\"}\n");
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QByteArray payload = r.out.split('\n').value(1);
    const QJsonObject gcr = QJsonDocument::fromJson(payload)
                                .object()
                                .value(QLatin1String("auths"))
                                .toObject()
                                .value(QLatin1String("gcr.io"))
                                .toObject();
    QCOMPARE(gcr.value(QLatin1String("username")).toString(), QStringLiteral("_json_key"));
    // ECR's host is the user's own: --server is required.
    r = runCli({QStringLiteral("generate"), QStringLiteral("secret"), QStringLiteral("--name"), QStringLiteral("e"),
                   QStringLiteral("--preset"), QStringLiteral("ecr"), QStringLiteral("--password-stdin")},
        "t");
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--server"));
}

void TestGenerateSecret::cliOutDirWritesSecret0600()
{
    QTemporaryDir dir;
    const CliResult r = runCli(
        {QStringLiteral("generate"), QStringLiteral("secret"), QStringLiteral("--name"), QStringLiteral("regcred"),
            QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("--server"),
            QStringLiteral("harbor.example.com"), QStringLiteral("--username"), QStringLiteral("robot$shop+ci"),
            QStringLiteral("--password-stdin"), QStringLiteral("--service-account"), QStringLiteral("default"),
            QStringLiteral("--out-dir"), dir.path()},
        "t0k3n\n");
    QCOMPARE(r.code, 0);
    const QString secretPath = dir.filePath(QStringLiteral("kubernetes/shop/regcred.yaml"));
    QFile f(secretPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const SecretOptions o = single(QStringLiteral("regcred"), QStringLiteral("shop"),
        QStringLiteral("harbor.example.com"), QStringLiteral("robot$shop+ci"), QStringLiteral("t0k3n"));
    QCOMPARE(f.readAll(), SecretGenerator::secretYaml(o));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(!(QFile::permissions(secretPath) & others));
    QVERIFY(QFile::exists(
        dir.filePath(QStringLiteral("kubernetes/shop/serviceaccount-default-imagepullsecrets-patch.yaml"))));
    QVERIFY(r.out.contains("kubectl apply -f kubernetes/shop/regcred.yaml"));
    QVERIFY(!r.out.contains("t0k3n"));
    QVERIFY(!r.err.contains("t0k3n"));
}

void TestGenerateSecret::cliRefusedFieldWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    const QStringList ok
        = {QStringLiteral("--name"), QStringLiteral("s"), QStringLiteral("--server"), QStringLiteral("r.example.com"),
            QStringLiteral("--username"), QStringLiteral("u"), QStringLiteral("--password-stdin")};
    auto with = [&](const QString &option, const QString &value) {
        QStringList a = ok;
        const int at = int(a.indexOf(option));
        if (at >= 0)
            a[at + 1] = value;
        else
            a << option << value;
        return a;
    };
    QTest::newRow("name") << with(QStringLiteral("--name"), QStringLiteral("Bad_Name")) << "--name";
    QTest::newRow("name newline") << with(QStringLiteral("--name"), QStringLiteral("s\nkind: Pod")) << "--name";
    QTest::newRow("namespace") << with(QStringLiteral("--namespace"), QStringLiteral("a.b")) << "--namespace";
    QTest::newRow("server newline") << with(QStringLiteral("--server"), QStringLiteral("r.example.com\nx"))
                                    << "--server";
    QTest::newRow("server quote") << with(QStringLiteral("--server"), QStringLiteral("r\".example.com")) << "--server";
    QTest::newRow("username colon") << with(QStringLiteral("--username"), QStringLiteral("a:b")) << "--username";
    QTest::newRow("username newline") << with(QStringLiteral("--username"), QStringLiteral("a\nb")) << "--username";
    QTest::newRow("email newline") << with(QStringLiteral("--email"), QStringLiteral("a@b\n")) << "--email";
    QTest::newRow("service account") << with(QStringLiteral("--service-account"), QStringLiteral("Default"))
                                     << "--service-account";
    QTest::newRow("deployment") << with(QStringLiteral("--deployment"), QStringLiteral("web app")) << "--deployment";
    QTest::newRow("image") << with(QStringLiteral("--image"), QStringLiteral("UPPER/Case::x")) << "--image";
    QTest::newRow("docker config without credentials") << QStringList {QStringLiteral("--name"), QStringLiteral("s"),
        QStringLiteral("--from-docker-config"), QStringLiteral(PULLSCOPE_TEST_DATA "/generate/no-credentials.json")}
                                                       << "--from-docker-config";
}

void TestGenerateSecret::cliRefusedFieldWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, field);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliResult r = runCli(QStringList {QStringLiteral("generate"), QStringLiteral("secret")} + args
            + QStringList {QStringLiteral("--out-dir"), out},
        "pw\n");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(field.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestGenerateSecret)
#include "tst_generate_secret.moc"

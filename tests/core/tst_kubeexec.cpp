#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "kube/authdoctor.h"
#include "kube/execconsentstore.h"
#include "kube/execcredentialprovider.h"
#include "kubetestsupport.h"

using namespace PullScope;
using namespace KubeTest;

// Exec credential plugins run for real: shell scripts written here that print
// ExecCredential v1 and v1beta1 (and count their runs in a file), a missing plugin, a
// failing one, and the preinstalled gke-gcloud-auth-plugin without credentials.
class TestKubeExec : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &rel) const { return m_dir.filePath(rel); }

    // The script prints what its environment (set from the exec stanza) tells it to.
    QString plugin() const { return path(QStringLiteral("bin/fake-plugin")); }

    ConnectionSettings settings(const QString &apiVersion, const QString &name, const QString &status,
        const QString &exitCode = QStringLiteral("0")) const
    {
        ConnectionSettings s;
        s.server = QUrl(QStringLiteral("https://127.0.0.1:6443"));
        s.userName = QStringLiteral("tester");
        s.exec.apiVersion = apiVersion;
        s.exec.command = plugin();
        s.exec.args = {QStringLiteral("--name"), name};
        s.exec.interactiveMode = QStringLiteral("IfAvailable");
        s.exec.sourceFile = path(QStringLiteral("kubeconfig"));
        s.exec.installHint = QStringLiteral("Install fake-plugin from the test");
        s.exec.env = {{QStringLiteral("COUNT_FILE"), path(name + QStringLiteral(".count"))},
            {QStringLiteral("INFO_FILE"), path(name + QStringLiteral(".info"))}, {QStringLiteral("API"), apiVersion},
            {QStringLiteral("STATUS"), status}, {QStringLiteral("EXIT"), exitCode}};
        return s;
    }
    int runs(const QString &name) const
    {
        QFile f(path(name + QStringLiteral(".count")));
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    }
    static QString rfc3339(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(plugin(), R"(#!/bin/sh
echo run >> "$COUNT_FILE"
printf '%s' "$KUBERNETES_EXEC_INFO" > "$INFO_FILE"
if [ "$EXIT" != 0 ]; then
  printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"leaked-if-shown"}}\n' "$API"
  echo "error: the session for $2 expired; run fake-plugin login" >&2
  exit "$EXIT"
fi
if [ -n "$SLEEP" ]; then sleep "$SLEEP"; fi
printf '{"apiVersion":"%s","kind":"ExecCredential","status":%s}\n' "$API" "$STATUS"
)",
            true);
    }

    // Tokens are cached until expirationTimestamp: a credential valid for an hour (or with
    // no expiry) is fetched once, an expired one on every call.
    void cachesUntilExpiry_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<int>("expectedRuns");
        const QString v1 = QStringLiteral("client.authentication.k8s.io/v1");
        const QString v1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::newRow("v1 valid an hour") << v1 << rfc3339(now.addSecs(3600)) << 1;
        QTest::newRow("v1beta1 valid an hour") << v1beta1 << rfc3339(now.addSecs(3600)) << 1;
        QTest::newRow("v1 already expired") << v1 << rfc3339(now.addSecs(-60)) << 3;
        QTest::newRow("v1beta1 nanoseconds, expired")
            << v1beta1 << QStringLiteral("2020-01-01T00:00:00.123456789Z") << 3;
        QTest::newRow("v1 no expiry") << v1 << QString() << 1;
    }
    void cachesUntilExpiry()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, expiry);
        QFETCH(int, expectedRuns);
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString status = expiry.isEmpty()
            ? QStringLiteral("{\"token\":\"tok-%1\"}").arg(name)
            : QStringLiteral("{\"token\":\"tok-%1\",\"expirationTimestamp\":\"%2\"}").arg(name, expiry);
        const ConnectionSettings s = settings(apiVersion, name, status);
        ExecCredentialProvider provider(nullptr, [](const ExecConsentRequest &) { return true; });
        for (int i = 0; i < 3; ++i) {
            ExecCredential c;
            AuthFailure f;
            QVERIFY2(provider.credential(s, &c, &f), qPrintable(f.detail));
            QCOMPARE(c.token, QStringLiteral("tok-") + name);
            if (!expiry.isEmpty())
                QVERIFY(c.expiry.isValid());
        }
        QCOMPARE(runs(name), expectedRuns);
        QCOMPARE(provider.runCount(), expectedRuns);

        // KUBERNETES_EXEC_INFO as client-go sends it: the same apiVersion, not interactive.
        QFile info(path(name + QStringLiteral(".info")));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("apiVersion")).toString(), apiVersion);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("ExecCredential"));
        QCOMPARE(o.value(QStringLiteral("spec")).toObject().value(QStringLiteral("interactive")), QJsonValue(false));
        QVERIFY(!o.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("cluster")));

        // After a 401 the cached credential is dropped.
        provider.invalidate(s);
        ExecCredential c;
        QVERIFY(provider.credential(s, &c, nullptr));
        QCOMPARE(runs(name), expectedRuns + 1);
    }

    void clusterInfoAndClientCertificate()
    {
        CertFactory certs {m_dir.path()};
        certs.makeCa(QStringLiteral("ca"), QStringLiteral("exec-ca"));
        certs.makeCert(QStringLiteral("exec-client"), QStringLiteral("ca"), QStringLiteral("exec-user"), {}, true,
            QStringLiteral("ec"));
        const QJsonObject status {{QStringLiteral("clientCertificateData"),
                                      QString::fromLatin1(certs.read(QStringLiteral("exec-client.crt")))},
            {QStringLiteral("clientKeyData"), QString::fromLatin1(certs.read(QStringLiteral("exec-client.key")))}};
        ConnectionSettings s = settings(QStringLiteral("client.authentication.k8s.io/v1"), QStringLiteral("certs"),
            QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Compact)));
        s.exec.provideClusterInfo = true;
        s.caData = certs.read(QStringLiteral("ca.crt"));
        s.tlsServerName = QStringLiteral("kubernetes");
        ExecCredentialProvider provider(nullptr, [](const ExecConsentRequest &) { return true; });
        ExecCredential c;
        AuthFailure f;
        QVERIFY2(provider.credential(s, &c, &f), qPrintable(f.detail));
        QVERIFY(c.token.isEmpty());
        QCOMPARE(c.clientCertificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("exec-user"));
        QCOMPARE(c.clientKey.algorithm(), QSsl::Ec);

        QFile info(path(QStringLiteral("certs.info")));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject cluster = QJsonDocument::fromJson(info.readAll())
                                        .object()
                                        .value(QStringLiteral("spec"))
                                        .toObject()
                                        .value(QStringLiteral("cluster"))
                                        .toObject();
        QCOMPARE(cluster.value(QStringLiteral("server")).toString(), QStringLiteral("https://127.0.0.1:6443"));
        QCOMPARE(cluster.value(QStringLiteral("tls-server-name")).toString(), QStringLiteral("kubernetes"));
        QCOMPARE(
            QByteArray::fromBase64(cluster.value(QStringLiteral("certificate-authority-data")).toString().toLatin1()),
            s.caData);
    }

    // Nothing runs without consent; an approval is remembered for that exact command.
    void consent()
    {
        const QString storePath = path(QStringLiteral("consent/exec-consent.ini"));
        const ConnectionSettings s = settings(QStringLiteral("client.authentication.k8s.io/v1"),
            QStringLiteral("consent"), QStringLiteral("{\"token\":\"t\"}"));
        {
            ExecConsentStore store(storePath);
            QStringList asked;
            ExecCredentialProvider refused(&store, [&](const ExecConsentRequest &r) {
                asked << r.commandLine();
                return false;
            });
            ExecCredential c;
            AuthFailure f;
            QVERIFY(!refused.credential(s, &c, &f));
            QCOMPARE(f.kind, AuthFailure::Kind::ExecConsent);
            QVERIFY(f.detail.contains(plugin()));
            QVERIFY(f.detail.contains(QStringLiteral("--name consent")));
            QCOMPARE(asked, QStringList {plugin() + QStringLiteral(" --name consent")});
            QCOMPARE(runs(QStringLiteral("consent")), 0);
            QVERIFY(!store.isAllowed(plugin(), s.exec.args));
            const AuthDiagnosis d = AuthDoctor::explain(f, s);
            QCOMPARE(d.stepId, QStringLiteral("exec"));
            QVERIFY(d.detail.contains(plugin()));
            QVERIFY(!d.fixes.isEmpty());

            // No callback at all (headless without --allow-exec): refused the same way.
            ExecCredentialProvider headless(&store, {});
            QVERIFY(!headless.credential(s, &c, &f));
            QCOMPARE(f.kind, AuthFailure::Kind::ExecConsent);

            ExecCredentialProvider granted(&store, [](const ExecConsentRequest &) { return true; });
            QVERIFY(granted.credential(s, &c, &f));
            QCOMPARE(runs(QStringLiteral("consent")), 1);
        }
        // A new process (new store object on the same file) does not ask again.
        ExecConsentStore store(storePath);
        QVERIFY(store.isAllowed(plugin(), s.exec.args));
        QCOMPARE(store.allowedCommands(), QStringList {plugin() + QStringLiteral(" --name consent")});
        bool askedAgain = false;
        ExecCredentialProvider remembered(&store, [&](const ExecConsentRequest &) {
            askedAgain = true;
            return false;
        });
        ExecCredential c;
        QVERIFY(remembered.credential(s, &c, nullptr));
        QVERIFY(!askedAgain);
        QCOMPARE(runs(QStringLiteral("consent")), 2);

        // Other arguments are another command.
        ConnectionSettings other = s;
        other.exec.args = {QStringLiteral("--name"), QStringLiteral("consent"), QStringLiteral("--extra")};
        AuthFailure f;
        QVERIFY(!remembered.credential(other, &c, &f));
        QVERIFY(askedAgain);
        QCOMPARE(f.kind, AuthFailure::Kind::ExecConsent);
        store.revoke(plugin(), s.exec.args);
        QVERIFY(!store.isAllowed(plugin(), s.exec.args));
    }

    void missingPlugin()
    {
        ConnectionSettings s
            = settings(QStringLiteral("client.authentication.k8s.io/v1beta1"), QStringLiteral("missing"), {});
        s.exec.command = QStringLiteral("pullscope-no-such-auth-plugin");
        bool asked = false;
        ExecCredentialProvider provider(nullptr, [&](const ExecConsentRequest &) {
            asked = true;
            return true;
        });
        ExecCredential c;
        AuthFailure f;
        QVERIFY(!provider.credential(s, &c, &f));
        QCOMPARE(f.kind, AuthFailure::Kind::ExecMissing);
        QCOMPARE(f.installHint, s.exec.installHint);
        QVERIFY(!asked); // nothing to approve when there is nothing to run
        const AuthDiagnosis d = AuthDoctor::explain(f, s);
        QCOMPARE(d.stepId, QStringLiteral("exec"));
        QVERIFY(d.title.contains(QStringLiteral("pullscope-no-such-auth-plugin")));
        QVERIFY(d.detail.contains(s.exec.installHint));
        QVERIFY(d.fixes.join(QLatin1Char('\n')).contains(s.exec.installHint));
    }

    // The plugin's stderr and exit code reach the failure; what it printed on stdout (a
    // token, possibly) does not.
    void failingPlugin()
    {
        const ConnectionSettings s = settings(
            QStringLiteral("client.authentication.k8s.io/v1"), QStringLiteral("failing"), {}, QStringLiteral("3"));
        ExecCredentialProvider provider(nullptr, [](const ExecConsentRequest &) { return true; });
        ExecCredential c;
        AuthFailure f;
        QVERIFY(!provider.credential(s, &c, &f));
        QCOMPARE(f.kind, AuthFailure::Kind::ExecFailed);
        QCOMPARE(f.exitCode, 3);
        QVERIFY(f.stderrText.contains(QStringLiteral("the session for failing expired")));
        const AuthDiagnosis d = AuthDoctor::explain(f, s);
        QCOMPARE(d.stepId, QStringLiteral("exec"));
        QVERIFY(d.detail.contains(QStringLiteral("run fake-plugin login")));
        QVERIFY(d.detail.contains(QStringLiteral("3")));
        QVERIFY(!AuthDoctor::toText(d).contains(QStringLiteral("leaked-if-shown")));
        QVERIFY(!f.detail.contains(QStringLiteral("leaked-if-shown")));
    }

    void gkePluginWithoutCredentials()
    {
        const QString gke = QStringLiteral("/usr/bin/gke-gcloud-auth-plugin");
        if (!QFileInfo(gke).isExecutable())
            QSKIP("gke-gcloud-auth-plugin is not installed");
        ConnectionSettings s;
        s.server = QUrl(QStringLiteral("https://127.0.0.1:6443"));
        s.exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1beta1");
        s.exec.command = QStringLiteral("gke-gcloud-auth-plugin");
        s.exec.interactiveMode = QStringLiteral("IfAvailable");
        s.exec.provideClusterInfo = true;
        s.exec.installHint = QStringLiteral(
            "Install gke-gcloud-auth-plugin for use with kubectl by following "
            "https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl#install_plugin");
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("gke-home")));
        env.insert(QStringLiteral("CLOUDSDK_CONFIG"), path(QStringLiteral("gke-home/gcloud")));
        QDir().mkpath(path(QStringLiteral("gke-home/gcloud")));
        ExecCredentialProvider provider(nullptr, [](const ExecConsentRequest &) { return true; });
        provider.setEnvironment(env);
        provider.setTimeout(60000);
        ExecCredential c;
        AuthFailure f;
        QVERIFY(!provider.credential(s, &c, &f));
        QCOMPARE(f.kind, AuthFailure::Kind::ExecFailed);
        QCOMPARE(f.command, gke);
        QVERIFY(f.exitCode != 0);
        QVERIFY2(f.stderrText.contains(QStringLiteral("gcloud")), qPrintable(f.stderrText));
        const AuthDiagnosis d = AuthDoctor::explain(f, s);
        QCOMPARE(d.stepId, QStringLiteral("exec"));
        QVERIFY(d.detail.contains(f.stderrText));

        // Without gcloud's folder in PATH it is the missing-plugin case, with the hint.
        env.insert(QStringLiteral("PATH"), path(QStringLiteral("empty-bin")));
        provider.setEnvironment(env);
        QVERIFY(!provider.credential(s, &c, &f));
        QCOMPARE(f.kind, AuthFailure::Kind::ExecMissing);
        QVERIFY(AuthDoctor::explain(f, s)
                    .fixes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("cluster-access-for-kubectl")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("ran");
        QTest::newRow("interactive Always")
            << QStringLiteral("always") << int(AuthFailure::Kind::ExecInteractive) << false;
        QTest::newRow("timeout") << QStringLiteral("sleep") << int(AuthFailure::Kind::ExecTimeout) << true;
        QTest::newRow("wrong apiVersion") << QStringLiteral("version") << int(AuthFailure::Kind::ExecOutput) << true;
        QTest::newRow("no token") << QStringLiteral("empty") << int(AuthFailure::Kind::ExecOutput) << true;
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(int, kind);
        QFETCH(bool, ran);
        const QString name = QStringLiteral("refusal-") + what;
        ConnectionSettings s = settings(QStringLiteral("client.authentication.k8s.io/v1"), name,
            what == QLatin1String("empty") ? QStringLiteral("{}") : QStringLiteral("{\"token\":\"t\"}"));
        ExecCredentialProvider provider(nullptr, [](const ExecConsentRequest &) { return true; });
        if (what == QLatin1String("always"))
            s.exec.interactiveMode = QStringLiteral("Always");
        if (what == QLatin1String("sleep")) {
            s.exec.env.append({QStringLiteral("SLEEP"), QStringLiteral("5")});
            provider.setTimeout(300);
        }
        if (what == QLatin1String("version")) // the plugin answers v1, the kubeconfig wants v1beta1
            s.exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1beta1");
        ExecCredential c;
        AuthFailure f;
        QVERIFY(!provider.credential(s, &c, &f));
        QCOMPARE(int(f.kind), kind);
        QCOMPARE(runs(name) > 0, ran);
        const AuthDiagnosis d = AuthDoctor::explain(f, s);
        QCOMPARE(d.stepId, QStringLiteral("exec"));
        QVERIFY(!d.title.isEmpty());
        QVERIFY(!d.fixes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKubeExec)
#include "tst_kubeexec.moc"

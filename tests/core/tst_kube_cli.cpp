#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "../integration/apiserverharness.h"

using namespace PullScope;
using namespace PullScope::Integration;

namespace {

// state and cause id per namespace/pod/container of a `diagnose --format json` report.
QMap<QString, QString> verdicts(QByteArray json)
{
    // The report is what stands between the first '{' and the last '}': warnings on stderr
    // may come before or after it in the merged output.
    json = json.mid(json.indexOf('{'));
    json.truncate(json.lastIndexOf('}') + 1);
    QMap<QString, QString> out;
    const QJsonArray containers = QJsonDocument::fromJson(json).object().value(QLatin1String("containers")).toArray();
    for (const QJsonValue &v : containers) {
        const QJsonObject c = v.toObject();
        out.insert(c.value(QLatin1String("namespace")).toString() + QLatin1Char('/')
                + c.value(QLatin1String("pod")).toString() + QLatin1Char('/')
                + c.value(QLatin1String("container")).toString(),
            c.value(QLatin1String("state")).toString() + QLatin1Char(' ')
                + c.value(QLatin1String("cause")).toObject().value(QLatin1String("id")).toString());
    }
    return out;
}

} // namespace

// `pullscope-cli diagnose --kubeconfig` and `collect` against the project's API server
// serving the training cluster: the live diagnosis is the offline diagnosis of the same
// objects; the dump collect writes diagnoses the same; RBAC, credentials and connection
// failures give the contract's exit codes with the auth doctor's explanation.
class TestKubeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        m_certDir = m_tmp.path() + QStringLiteral("/certs");
        QVERIFY2(ApiServerHarness::createCertificates(m_certDir, &error), qPrintable(error));
        ApiServerHarness::Options o;
        o.dataFiles << m_sample;
        QVERIFY2(m_server.start(m_certDir, m_tmp.path() + QStringLiteral("/server"), o), qPrintable(m_server.error()));
        // The time the offline diagnosis reads the file against, given to both runs.
        const RunResult offline
            = cli({QStringLiteral("diagnose"), m_sample, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(offline.ok(), qPrintable(offline.summary()));
        m_offline = offline.output;
        m_now = QJsonDocument::fromJson(m_offline).object().value(QLatin1String("now")).toString();
    }

    void liveEqualsOffline_data()
    {
        QTest::addColumn<int>("auth");
        QTest::newRow("client certificate (RSA)") << int(ApiServerHarness::Auth::ClientCertRsa);
        QTest::newRow("client certificate (EC)") << int(ApiServerHarness::Auth::ClientCertEc);
        QTest::newRow("token") << int(ApiServerHarness::Auth::Token);
        QTest::newRow("token file") << int(ApiServerHarness::Auth::TokenFile);
        QTest::newRow("basic") << int(ApiServerHarness::Auth::Basic);
    }
    void liveEqualsOffline()
    {
        QFETCH(int, auth);
        QStringList args {QStringLiteral("diagnose"), QStringLiteral("--kubeconfig"),
            m_server.kubeconfig(ApiServerHarness::Auth(auth)), QStringLiteral("-A"), QStringLiteral("--format"),
            QStringLiteral("json")};
        if (!m_now.isEmpty())
            args << QStringLiteral("--now") << m_now;
        const RunResult live = cli(args);
        QVERIFY2(live.exitCode == 0, qPrintable(live.summary()));
        const QByteArray json = live.output;
        compare(verdicts(json), verdicts(m_offline));
    }

    void collectThenDiagnose()
    {
        const QString dump = m_tmp.path() + QStringLiteral("/dump.json");
        RunResult r = cli({QStringLiteral("collect"), QStringLiteral("--kubeconfig"),
            m_server.kubeconfig(ApiServerHarness::Auth::Token), QStringLiteral("-A"), QStringLiteral("-o"), dump});
        QVERIFY2(r.exitCode == 0, qPrintable(r.summary()));
        QVERIFY(r.text().contains(dump));
        // Secret data never reaches the dump (the sample's secrets have some).
        const QByteArray written = readFile(dump);
        QVERIFY(written.contains("\"kind\":\"Secret\""));
        QVERIFY(!written.contains("\"data\""));
        QStringList args {QStringLiteral("diagnose"), dump, QStringLiteral("--format"), QStringLiteral("json")};
        if (!m_now.isEmpty())
            args << QStringLiteral("--now") << m_now;
        r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.summary()));
        compare(verdicts(r.output), verdicts(m_offline));
    }

    // The audit of a live cluster (seed 9.5) finds what the audit of the dump `collect`
    // wrote from the same server finds, and every planted misconfiguration the server
    // serves (pods, not Deployments: the implicit-policy findings, read from the
    // Deployments' last-applied-configuration, exist only offline).
    void auditLiveEqualsCollectedDump()
    {
        const QString dump = m_tmp.path() + QStringLiteral("/audit-dump.json");
        RunResult r = cli({QStringLiteral("collect"), QStringLiteral("--kubeconfig"),
            m_server.kubeconfig(ApiServerHarness::Auth::Token), QStringLiteral("-A"), QStringLiteral("-o"), dump});
        QVERIFY2(r.exitCode == 0, qPrintable(r.summary()));
        const RunResult live = cli({QStringLiteral("audit"), QStringLiteral("--kubeconfig"),
            m_server.kubeconfig(ApiServerHarness::Auth::Token), QStringLiteral("-A"), QStringLiteral("--format"),
            QStringLiteral("json")});
        QVERIFY2(live.exitCode == 0 || live.exitCode == 1, qPrintable(live.summary()));
        const RunResult fromDump
            = cli({QStringLiteral("audit"), dump, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(fromDump.exitCode == 0 || fromDump.exitCode == 1, qPrintable(fromDump.summary()));
        const RunResult offline
            = cli({QStringLiteral("audit"), m_sample, QStringLiteral("--format"), QStringLiteral("json")});
        // id/namespace/object/container/image; `byContainer`: without the object, whose
        // kind is the Deployment offline and the pod live (the server serves no Deployments).
        const auto keys = [](const QByteArray &json, bool byContainer) {
            QStringList out;
            for (const QJsonValue &v :
                QJsonDocument::fromJson(json).object().value(QLatin1String("findings")).toArray()) {
                const QJsonObject f = v.toObject();
                const QString id = f.value(QLatin1String("id")).toString();
                // Only a manifest or last-applied-configuration tells a defaulted policy.
                if (byContainer && id == QLatin1String("implicit-policy"))
                    continue;
                QStringList k {id, f.value(QLatin1String("namespace")).toString(),
                    f.value(QLatin1String("container")).toString(), f.value(QLatin1String("image")).toString()};
                if (!byContainer)
                    k << f.value(QLatin1String("kind")).toString() << f.value(QLatin1String("name")).toString();
                out << k.join(QLatin1Char('/'));
            }
            out.sort();
            out.removeDuplicates();
            return out;
        };
        const QStringList liveKeys = keys(live.output, false);
        QVERIFY(liveKeys.size() > 10);
        QCOMPARE(liveKeys, keys(fromDump.output, false));
        QCOMPARE(keys(live.output, true), keys(offline.output, true));
    }

    void restrictedFallsBackToItsNamespace()
    {
        const RunResult r = cli({QStringLiteral("diagnose"), QStringLiteral("--kubeconfig"),
            m_server.kubeconfig(ApiServerHarness::Auth::Restricted), QStringLiteral("-A"), QStringLiteral("--format"),
            QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.summary()));
        QVERIFY2(r.text().contains(QLatin1String("is forbidden")), qPrintable(r.summary()));
        const QMap<QString, QString> v = verdicts(r.output);
        QVERIFY2(!v.isEmpty(), r.output.constData());
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            QVERIFY2(it.key().startsWith(QLatin1String("shop/")), qPrintable(it.key()));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args"); // KC: the kubeconfig placeholder
        QTest::addColumn<int>("auth");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong token") << QStringList() << int(ApiServerHarness::Auth::WrongToken) << 3 << "401";
        QTest::newRow("untrusted client certificate")
            << QStringList() << int(ApiServerHarness::Auth::UntrustedCert) << 3 << "401";
        QTest::newRow("unknown context") << QStringList {QStringLiteral("--context"), QStringLiteral("nope")}
                                         << int(ApiServerHarness::Auth::Token) << 2 << "nope";
        QTest::newRow("-n and -A") << QStringList {QStringLiteral("-n"), QStringLiteral("shop")}
                                   << int(ApiServerHarness::Auth::Token) << 2 << "-A";
    }
    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, auth);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (const QString &command : {QStringLiteral("diagnose"), QStringLiteral("collect")}) {
            QStringList a {command, QStringLiteral("--kubeconfig"), m_server.kubeconfig(ApiServerHarness::Auth(auth)),
                QStringLiteral("-A")};
            a << args;
            const QString out = m_tmp.path() + QStringLiteral("/never.json");
            if (command == QLatin1String("collect"))
                a << QStringLiteral("-o") << out;
            const RunResult r = cli(a);
            QVERIFY2(r.exitCode == exitCode, qPrintable(command + QLatin1Char(' ') + r.summary()));
            QVERIFY2(r.text().contains(message), qPrintable(r.summary()));
            QVERIFY(!QFile::exists(out));
        }
    }

    void unreachableAndExec()
    {
        // A closed port: exit 3, the TCP step named.
        QString kc = m_tmp.path() + QStringLiteral("/closed.kubeconfig");
        QByteArray text = readFile(m_server.kubeconfig(ApiServerHarness::Auth::Token));
        text.replace(QByteArray::number(m_server.port()), QByteArray::number(freePort()));
        writeFile(kc, text);
        RunResult r = cli({QStringLiteral("diagnose"), QStringLiteral("--kubeconfig"), kc});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.text().contains(QLatin1String("TCP")), qPrintable(r.summary()));

        // An exec plugin runs only with --allow-exec (a fresh consent store: HOME elsewhere).
        const QString plugin = m_tmp.path() + QStringLiteral("/plugin.sh");
        writeFile(plugin,
            "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
            "\"ExecCredential\",\"status\":{\"token\":\""
                + ApiServerHarness::token() + "\"}}'\n");
        QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        kc = m_tmp.path() + QStringLiteral("/exec.kubeconfig");
        writeFile(kc,
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: " + m_server.url().toUtf8()
                + "\n    certificate-authority: " + m_server.caCert().toUtf8()
                + "\nusers:\n- name: u\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                  "      command: "
                + plugin.toUtf8()
                + "\n      interactiveMode: Never\ncontexts:\n- name: x\n"
                  "  context: {cluster: c, user: u, namespace: shop}\ncurrent-context: x\n");
        r = cli({QStringLiteral("diagnose"), QStringLiteral("--kubeconfig"), kc});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.text().contains(QLatin1String("--allow-exec")), qPrintable(r.summary()));
        QVERIFY2(r.text().contains(plugin), qPrintable(r.summary()));
        r = cli({QStringLiteral("diagnose"), QStringLiteral("--kubeconfig"), kc, QStringLiteral("--allow-exec")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.summary()));
        QVERIFY(!r.text().contains(QString::fromLatin1(ApiServerHarness::token())));
    }

private:
    RunResult cli(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_tmp.path() + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.path() + QStringLiteral("/home/.config"));
        for (const char *v : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "KUBECONFIG"})
            env.remove(QString::fromLatin1(v));
        return run(QStringLiteral(PULLSCOPE_CLI), args, env, 120000);
    }

    void compare(const QMap<QString, QString> &live, const QMap<QString, QString> &offline)
    {
        QCOMPARE(live.size(), offline.size());
        for (auto it = offline.cbegin(); it != offline.cend(); ++it) {
            // Secret data is never read live: pull-secret-mismatch cannot be told there.
            if (it.value().endsWith(QLatin1String("pull-secret-mismatch")))
                continue;
            QVERIFY2(live.value(it.key()) == it.value(),
                qPrintable(it.key() + QStringLiteral(": live ") + live.value(it.key()) + QStringLiteral(", offline ")
                    + it.value()));
        }
    }

    QTemporaryDir m_tmp;
    QString m_certDir;
    ApiServerHarness m_server;
    const QString m_sample = QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json");
    QByteArray m_offline;
    QString m_now;
};

QTEST_GUILESS_MAIN(TestKubeCli)
#include "tst_kube_cli.moc"

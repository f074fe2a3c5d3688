#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "probe/nodecheckoutput.h"
#include "probe/nodecheckscript.h"
#include "probe/nodecheckverdict.h"

using namespace PullScope;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    Run r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray script(const QString &image, const QString &runtime = QStringLiteral("auto"))
{
    NodeCheckScript::Options o;
    o.image = image;
    o.runtime = runtime;
    QByteArray s;
    QString error;
    if (!NodeCheckScript::generate(o, &s, &error))
        qWarning("%s", qPrintable(error));
    return s;
}

QString fixture(const char *name)
{
    return QStringLiteral(PULLSCOPE_TEST_DATA "/nodecheck/") + QString::fromLatin1(name);
}

} // namespace

// The node check: the script is valid POSIX sh that shellcheck finds nothing in, carries
// the image's endpoint and no secret; its output, as crictl, ctr, CRI-O and docker nodes
// print it, reads back as the probe's steps and causes; what is not its output is refused
// naming the file. tst_integration_probe runs the script against real servers.
class TestNodeCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptValues_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::newRow("short name") << "nginx"
                                    << "docker.io"
                                    << "registry-1.docker.io"
                                    << "443";
        QTest::newRow("index.docker.io") << "index.docker.io/library/redis:7"
                                         << "docker.io"
                                         << "registry-1.docker.io"
                                         << "443";
        QTest::newRow("private with port") << "harbor.example.com:8443/team/app:v1"
                                           << "harbor.example.com:8443"
                                           << "harbor.example.com"
                                           << "8443";
        QTest::newRow("localhost") << "localhost:5000/x"
                                   << "localhost:5000"
                                   << "localhost"
                                   << "5000";
        QTest::newRow("digest") << QString(QStringLiteral("quay.io/org/app@sha256:") + QString(64, QLatin1Char('a')))
                                << "quay.io"
                                << "quay.io"
                                << "443";
    }
    void scriptValues()
    {
        QFETCH(QString, image);
        QFETCH(QString, registry);
        QFETCH(QString, host);
        QFETCH(QString, port);
        const QByteArray s = script(image);
        QVERIFY(s.startsWith("#!/bin/sh\n"));
        QVERIFY(s.contains(QByteArray("\nREGISTRY='" + registry.toUtf8() + "'\n")));
        QVERIFY(s.contains(QByteArray("\nHOST='" + host.toUtf8() + "'\n")));
        QVERIFY(s.contains(QByteArray("\nPORT='" + port.toUtf8() + "'\n")));
        QVERIFY(s.contains("\nSCHEME='https'\n"));
        QVERIFY(s.contains("### pullscope-node-check")); // the body is there
        // dash (Debian's /bin/sh) parses it.
        const QString dash = QStandardPaths::findExecutable(QStringLiteral("dash"));
        if (!dash.isEmpty()) {
            const Run r = runProgram(dash, {QStringLiteral("-n")}, s);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void shellcheckFindsNothing()
    {
        const QString sc = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
        if (sc.isEmpty())
            QSKIP("shellcheck is not installed");
        for (const QString &runtime : {QStringLiteral("auto"), QStringLiteral("crio")}) {
            const Run r = runProgram(sc, {QStringLiteral("-s"), QStringLiteral("sh"), QStringLiteral("-")},
                script(QStringLiteral("registry.example.com/team/app:v1"), runtime));
            QVERIFY2(r.exitCode == 0, r.out.constData());
        }
    }

    void refusesBadInput()
    {
        NodeCheckScript::Options o;
        QByteArray s;
        QString error;
        o.image = QStringLiteral("Registry.Example.com/UPPER:v1");
        QVERIFY(!NodeCheckScript::generate(o, &s, &error));
        QVERIFY(error.contains(o.image));
        o.image = QStringLiteral("nginx");
        o.runtime = QStringLiteral("rkt");
        QVERIFY(!NodeCheckScript::generate(o, &s, &error));
        QVERIFY(error.contains(QLatin1String("rkt")));
        QVERIFY(s.isEmpty());
    }

    void shellQuote()
    {
        QCOMPARE(NodeCheckScript::shellQuote(QStringLiteral("a b")), QByteArray("'a b'"));
        QCOMPARE(NodeCheckScript::shellQuote(QStringLiteral("it's")), QByteArray("'it'\\''s'"));
        const Run r = runProgram(QStringLiteral("sh"),
            {QStringLiteral("-c"),
                QStringLiteral("printf %s ")
                    + QString::fromUtf8(NodeCheckScript::shellQuote(QStringLiteral("x'$(id)`y\"")))});
        QCOMPARE(r.out, QByteArray("x'$(id)`y\""));
    }

    // The script's own mask() on what crictl --debug and curl print: credentials go.
    void masksSecrets()
    {
        const QByteArray s = script(QStringLiteral("nginx"));
        const int from = s.indexOf("mask() {");
        const int to = s.indexOf("\n}\n", from);
        QVERIFY(from > 0 && to > from);
        const QByteArray fn = s.mid(from, to - from + 3);
        const QByteArray input = "HTTPS_PROXY=http://alice:s3cret@proxy.corp:3128\n"
                                 "Auth:&AuthConfig{Username:bob,Password:hunter2,Auth:Ym9iOmh1bnRlcjI=,"
                                 "ServerAddress:,IdentityToken:tok1,RegistryToken:tok2,}\n"
                                 "> Authorization: Basic Ym9iOmh1bnRlcjI=\n"
                                 "  authorization = \"Bearer abc\"\n";
        const Run r = runProgram(
            QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromUtf8(fn) + QStringLiteral("\nmask")}, input);
        QCOMPARE(r.exitCode, 0);
        for (const char *secret : {"s3cret", "hunter2", "Ym9iOmh1bnRlcjI=", "tok1", "tok2", "abc"})
            QVERIFY2(!r.out.contains(secret), r.out.constData());
        QVERIFY(r.out.contains("proxy.corp:3128"));
        QVERIFY(r.out.contains("Username:bob"));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("failingStep");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("warning"); // a warning contains this; empty: no check
        QTest::newRow("crictl on containerd, Harbor denies") << fixture("crictl-unauthorized.txt") << "auth"
                                                             << "access-denied"
                                                             << "";
        QTest::newRow("CRI-O, manifest unknown") << fixture("crio-manifest-unknown.txt") << "manifest"
                                                 << "image-not-found"
                                                 << "";
        QTest::newRow("docker, Docker Hub limit") << fixture("docker-ratelimited.txt") << "manifest"
                                                  << "rate-limited"
                                                  << "used up";
        QTest::newRow("proxy down, a mirror served it") << fixture("mirror-pulled-proxy-down.txt") << ""
                                                        << ""
                                                        << "although its direct check failed at tcp";
        QTest::newRow("proxy down, no pull") << fixture("proxy-down-no-pull.txt") << "tcp"
                                             << "proxy-error"
                                             << "PULL=0";
        QTest::newRow("cut off, CR LF") << fixture("cut-off.txt") << "tcp"
                                        << "proxy-error"
                                        << "interrupted";
    }
    void verdicts()
    {
        QFETCH(QString, file);
        QFETCH(QString, failingStep);
        QFETCH(QString, cause);
        QFETCH(QString, warning);
        NodeCheckOutput out;
        QString error;
        QVERIFY2(NodeCheckOutput::load(file, &out, &error), qPrintable(error));
        const ProbeResult r = NodeCheckVerdict::evaluate(out);
        QString steps;
        for (const ProbeStep &s : r.steps)
            steps += s.id + QLatin1Char('=') + ProbeStep::statusId(s.status) + QLatin1Char(' ') + s.detail
                + QLatin1Char('\n');
        steps += r.warnings.join(QLatin1Char('\n'));
        QCOMPARE(r.steps.size(), 8);
        QVERIFY2(r.failingStep() == failingStep, qPrintable(steps));
        QCOMPARE(r.cause, cause);
        if (!warning.isEmpty())
            QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(warning), qPrintable(steps));
        bool after = false;
        for (const ProbeStep &s : r.steps) {
            if (after)
                QCOMPARE(s.status, ProbeStep::Status::Skip);
            if (s.id == failingStep)
                after = true;
        }
        QCOMPARE(r.proxy.contains(QLatin1String("***@proxy.corp.example")), !r.proxy.isEmpty());
    }

    void verdictDetails()
    {
        NodeCheckOutput out;
        QString error;
        QVERIFY(NodeCheckOutput::load(fixture("crictl-unauthorized.txt"), &out, &error));
        QCOMPARE(out.info(QStringLiteral("node")), QStringLiteral("worker-3"));
        QCOMPARE(out.info(QStringLiteral("arch")), QStringLiteral("x86_64"));
        QVERIFY(out.complete());
        const ProbeResult r = NodeCheckVerdict::evaluate(out);
        QCOMPARE(r.endpoint, QStringLiteral("https://registry.example.com/v2/"));
        QCOMPARE(r.proxy, QStringLiteral("http://***@proxy.corp.example:3128"));
        QCOMPARE(r.step(QStringLiteral("dns"))->detail, QStringLiteral("10.1.0.9")); // the proxy's, it is proxied
        QVERIFY(r.step(QStringLiteral("api"))->detail.contains(QLatin1String("401")));
        QVERIFY(r.step(QStringLiteral("api"))->detail.contains(QLatin1String("Bearer")));
        QVERIFY(r.step(QStringLiteral("auth"))->detail.contains(QLatin1String("insufficient_scope")));
        QCOMPARE(r.step(QStringLiteral("ratelimit"))->status, ProbeStep::Status::Skip);

        QVERIFY(NodeCheckOutput::load(fixture("docker-ratelimited.txt"), &out, &error));
        const ProbeResult hub = NodeCheckVerdict::evaluate(out);
        QCOMPARE(hub.rateLimit.limit, 100);
        QCOMPARE(hub.rateLimit.remaining, 0);
        QCOMPARE(hub.rateLimit.limitWindowSeconds, 21600);
    }

    void refusesWhatIsNotItsOutput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message"); // part of the error
        QTest::newRow("empty") << QByteArray() << "not the output of a PullScope node check";
        QTest::newRow("a pod list") << QByteArray("{\"kind\":\"PodList\",\"items\":[]}")
                                    << "not the output of a PullScope node check";
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe### pullscope-node-check", 28)
                                << "not the output of a PullScope node check";
        QTest::newRow("end without start")
            << QByteArray("### pullscope-node-check section info\nimage=x\nhost=y\n### pullscope-node-check end "
                          "info rc=0\n### pullscope-node-check end curl rc=7\n")
            << ":5: end of section \"curl\" without its start";
        QTest::newRow("repeated section") << QByteArray("### pullscope-node-check section info\nimage=x\nhost=y\n"
                                                        "### pullscope-node-check section info\n")
                                          << ":4: section \"info\" is empty or repeated";
        QTest::newRow("no image") << QByteArray("### pullscope-node-check section info\nversion=1\n")
                                  << "names no image or host";
    }
    void refusesWhatIsNotItsOutput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        NodeCheckOutput out;
        QString error;
        QVERIFY(!NodeCheckOutput::parse(data, QStringLiteral("node.txt"), &out, &error));
        QVERIFY2(error.startsWith(QLatin1String("node.txt")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void cli()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("check.sh"));
        Run r = runProgram(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("probe"), QStringLiteral("nginx:1.27"), QStringLiteral("--node-script"),
                QStringLiteral("--runtime"), QStringLiteral("containerd"), QStringLiteral("-o"), path});
        QCOMPARE(r.exitCode, 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("DEFAULT_RUNTIME='containerd'"));
        QVERIFY(f.permissions() & QFileDevice::ExeOwner);
        QVERIFY(!(f.permissions() & QFileDevice::WriteOther));

        r = runProgram(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("probe"), QStringLiteral("--node-output"), fixture("crio-manifest-unknown.txt"),
                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("\"cause\": \"image-not-found\""), r.out.constData());

        r = runProgram(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("probe"), QStringLiteral("--node-output"), fixture("crio-manifest-unknown.txt"),
                QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("image-not-found"));

        // Not its output: exit 2 naming the file, nothing on stdout.
        r = runProgram(QStringLiteral(PULLSCOPE_CLI), {QStringLiteral("probe"), QStringLiteral("--node-output"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(path.toUtf8()));
        QVERIFY(r.out.isEmpty());
        // Both or neither of the two modes; a script without an image.
        r = runProgram(QStringLiteral(PULLSCOPE_CLI), {QStringLiteral("probe"), QStringLiteral("--node-script")});
        QCOMPARE(r.exitCode, 2);
        r = runProgram(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("probe"), QStringLiteral("nginx"), QStringLiteral("--node-script"),
                QStringLiteral("--node-output"), path});
        QCOMPARE(r.exitCode, 2);
        // A script that cannot be written leaves nothing behind.
        r = runProgram(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("probe"), QStringLiteral("nginx"), QStringLiteral("--node-script"), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("missing/dir/check.sh"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/dir/check.sh"))));
    }
};

QTEST_GUILESS_MAIN(TestNodeCheck)
#include "tst_nodecheck.moc"

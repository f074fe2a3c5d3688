// `pullscope-cli generate fixpack`: the pack of a failing container of the bundled cluster
// as a folder (secrets 0600, scripts 0755) and as a zip (`unzip -l`), the README in --lang,
// and refusals naming what is missing.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Sample = QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI), QStringList {QStringLiteral("generate"), QStringLiteral("fixpack")} + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("pullscope-cli generate fixpack did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QFileDevice::Permissions UnixBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

class TestFixPackCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mirrorFolder()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pack"));
        const Run r = cli(
            {Sample, QStringLiteral("--select"), QStringLiteral("training/preprocess-xxtqcct9wk-qd6pf/preprocess"),
                QStringLiteral("--mirror"), QStringLiteral("https://mirror.example.com"), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString hosts = QDir(out).filePath(QStringLiteral("etc/containerd/certs.d/docker.io/hosts.toml"));
        QVERIFY2(QFileInfo::exists(hosts), r.out.constData());
        QVERIFY(readAll(hosts).contains("https://mirror.example.com"));
        for (const QString &name : {QStringLiteral("README.md"), QStringLiteral("apply.sh"),
                 QStringLiteral("verify.sh"), QStringLiteral("ROLLBACK.md")})
            QVERIFY2(QFileInfo::exists(QDir(out).filePath(name)), qPrintable(name));
        QCOMPARE(QFileInfo(QDir(out).filePath(QStringLiteral("apply.sh"))).permissions() & UnixBits,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
        // Every written file is named on standard output.
        QVERIFY(r.out.contains("README.md"));
        QVERIFY(r.out.contains("hosts.toml"));
    }

    void secretZip()
    {
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (unzip.isEmpty())
            QSKIP("unzip is not installed");
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("pack.zip"));
        const Run r
            = cli({Sample, QStringLiteral("--select"), QStringLiteral("training/evaluator-mh4mzgm7xz-bz27r/evaluator"),
                      QStringLiteral("--username"), QStringLiteral("robot"), QStringLiteral("--password-stdin"),
                      QStringLiteral("-o"), zip},
                "FAKE-pass\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QProcess list;
        list.start(unzip, {QStringLiteral("-l"), zip});
        QVERIFY(list.waitForFinished(10000));
        const QString listing = QString::fromUtf8(list.readAllStandardOutput());
        const QString top = QStringLiteral("fixpack-training-evaluator-mh4mzgm7xz-bz27r-evaluator/");
        for (const QString &name :
            {QStringLiteral("README.md"), QStringLiteral("apply.sh"), QStringLiteral("verify.sh"),
                QStringLiteral("ROLLBACK.md"), QStringLiteral("kubernetes/training/regcred.yaml")})
            QVERIFY2(listing.contains(top + name), qPrintable(listing));
        // Unpacked, the Secret is 0600 and carries the password given on standard input.
        QProcess extract;
        extract.start(unzip, {QStringLiteral("-q"), zip, QStringLiteral("-d"), dir.path()});
        QVERIFY(extract.waitForFinished(10000));
        const QString secret = dir.filePath(top + QStringLiteral("kubernetes/training/regcred.yaml"));
        QCOMPARE(QFileInfo(secret).permissions() & UnixBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\.dockerconfigjson: (\\S+)"))
                                              .match(QString::fromUtf8(readAll(secret)));
        QVERIFY(m.hasMatch());
        QVERIFY(QByteArray::fromBase64(m.captured(1).toLatin1()).contains(QByteArray("robot:FAKE-pass").toBase64()));
    }

    void readmeLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("han");
        QTest::addRow("en") << QStringLiteral("en") << false;
        QTest::addRow("zh_CN") << QStringLiteral("zh_CN") << true;
    }
    void readmeLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(bool, han);
        QTemporaryDir dir;
        const Run r = cli(
            {Sample, QStringLiteral("--select"), QStringLiteral("training/statsd-exporter-nblnrw7tnq-jzfcs/exporter"),
                QStringLiteral("--http-proxy"), QStringLiteral("http://proxy.example.com:3128"),
                QStringLiteral("--lang"), lang, QStringLiteral("-o"), dir.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString readme = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("README.md"))));
        QVERIFY(readme.contains(QLatin1String("statsd-exporter-nblnrw7tnq-jzfcs")));
        QCOMPARE(readme.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), han);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString out = QStringLiteral("/nonexistent/never-written");
        QTest::addRow("no mirror") << QStringList {Sample, QStringLiteral("--select"),
            QStringLiteral("training/preprocess-xxtqcct9wk-qd6pf/preprocess"), QStringLiteral("-o"), out}
                                   << QStringLiteral("--mirror");
        QTest::addRow("no password") << QStringList {Sample, QStringLiteral("--select"),
            QStringLiteral("training/evaluator-mh4mzgm7xz-bz27r/evaluator"), QStringLiteral("--username"),
            QStringLiteral("robot"), QStringLiteral("-o"), out}
                                     << QStringLiteral("password");
        QTest::addRow("unknown container") << QStringList {Sample, QStringLiteral("--select"),
            QStringLiteral("training/nope/nope"), QStringLiteral("-o"), out}
                                           << QStringLiteral("training/nope/nope");
        QTest::addRow("not failing") << QStringList {Sample, QStringLiteral("--select"),
            QStringLiteral("training/redis-0/redis"), QStringLiteral("-o"), out}
                                     << QStringLiteral("not failing");
        QTest::addRow("cause without a wizard") << QStringList {Sample, QStringLiteral("--select"),
            QStringLiteral("training/offline-app/app"), QStringLiteral("-o"), out}
                                                << QStringLiteral("no generated fix");
        QTest::addRow("bad select") << QStringList {Sample, QStringLiteral("--select"), QStringLiteral("training/x"),
            QStringLiteral("-o"), out}
                                    << QStringLiteral("--select");
        QTest::addRow("no output") << QStringList {Sample, QStringLiteral("--select"),
            QStringLiteral("training/offline-app/app")}
                                   << QStringLiteral("-o");
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
        QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent/never-written")));
    }
};

QTEST_MAIN(TestFixPackCli)
#include "tst_fixpack_cli.moc"

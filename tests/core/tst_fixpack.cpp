// Fix pack (issue 7 item 8): one folder (or zip) with the chosen generated files, apply.sh and
// verify.sh, rollback notes and a README for a failing container. The scripts are run with
// stand-ins for kubectl and sudo that log their arguments.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "audit/fixpack.h"
#include "audit/zipwriter.h"
#include "proxydropin.h"
#include "secretgenerator.h"

#include "../testsupport.h"

using namespace PullScope;

namespace {

ContainerDiagnosis container(const DiagnosisReport &r, const QString &pod)
{
    for (const ContainerDiagnosis &c : r.containers)
        if (c.pod == pod)
            return c;
    qFatal("no pod %s", qPrintable(pod));
}

DiagnosisReport bundled(const QString &lang = QStringLiteral("en"))
{
    ClusterSnapshot snap;
    LoadError e;
    if (!InputLoader::loadPath(
            QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json"), snap, {}, &e))
        qFatal("%s", qPrintable(e.toString()));
    DiagnosisOptions o;
    o.now = DiagnosisEngine::defaultNow(snap);
    o.lang = lang;
    return DiagnosisEngine::diagnose(snap, o);
}

FixPackPart secretPart()
{
    SecretOptions o;
    o.name = QStringLiteral("regcred");
    o.ns = QStringLiteral("training");
    o.registries = {{QStringLiteral("acmeml.azurecr.io"), QStringLiteral("robot"), QStringLiteral("FAKE-pass"), {}}};
    o.patchTarget = SecretOptions::PatchTarget::Deployment;
    o.patchName = QStringLiteral("evaluator");
    return {QStringLiteral("Pull secret regcred"), SecretGenerator::generate(o)};
}

FixPackPart proxyPart()
{
    ProxyOptions o;
    o.service = QStringLiteral("containerd");
    o.httpProxy = QStringLiteral("http://10.0.0.9:3128");
    o.podCidrs = {QStringLiteral("10.244.0.0/16")};
    o.serviceCidrs = {QStringLiteral("10.96.0.0/12")};
    return {QStringLiteral("containerd proxy"), ProxyDropIn::generate(o)};
}

QByteArray read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Stand-ins: each logs "NAME ARGS" to $PULLSCOPE_LOG and succeeds (kubectl get prints a line).
void writeStub(const QString &dir, const QString &name)
{
    QFile f(QDir(dir).filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("stub");
    f.write("#!/bin/sh\necho \"" + name.toUtf8()
        + " $*\" >> \"$PULLSCOPE_LOG\"\n"
          "[ \"$1\" = get ] && echo 'kind: Deployment'\nexit 0\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

struct Run
{
    int exit = -1;
    QStringList log;
    QByteArray out;
};

Run runScript(const QString &packDir, const QString &script, const QString &part)
{
    QTemporaryDir bin;
    writeStub(bin.path(), QStringLiteral("kubectl"));
    writeStub(bin.path(), QStringLiteral("sudo"));
    const QString log = QDir(bin.path()).filePath(QStringLiteral("log"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("PULLSCOPE_LOG"), log);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    // Run from elsewhere: the script must find its files itself.
    p.setWorkingDirectory(QDir::tempPath());
    QStringList args;
    if (!part.isEmpty())
        args << part;
    p.start(QDir(packDir).filePath(script), args);
    if (!p.waitForFinished(30000))
        qFatal("script hung");
    Run r;
    r.exit = p.exitCode();
    r.out = p.readAll();
    QFile f(log);
    if (f.open(QIODevice::ReadOnly))
        r.log = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return r;
}

int indexOf(const QStringList &log, const QString &start)
{
    for (int i = 0; i < log.size(); ++i)
        if (log[i].startsWith(start))
            return i;
    return -1;
}

} // namespace

class TestFixPack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folderHoldsEverything();
    void applyScriptRunsTheRightPart();
    void verifyScript();
    void rollbackNotes();
    void readmeFollowsTheDiagnosisLanguage();
    void zip();
    void conflictsAreRefused();
};

void TestFixPack::folderHoldsEverything()
{
    const ContainerDiagnosis d = container(bundled(), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
    QCOMPARE(d.cause.id, QStringLiteral("pull-secret-missing"));
    QTemporaryDir dir;
    QString error;
    QStringList written;
    QVERIFY2(FixPack::writeToDir(d, {secretPart(), proxyPart()}, dir.path(), &error, &written), qPrintable(error));
    for (const char *f : {"README.md", "apply.sh", "verify.sh", "ROLLBACK.md", "kubernetes/training/regcred.yaml",
             "kubernetes/training/deployment-evaluator-imagepullsecrets-patch.yaml",
             "etc/systemd/system/containerd.service.d/http-proxy.conf"})
        QVERIFY2(QFile::exists(dir.filePath(QLatin1String(f))), f);
    QCOMPARE(written.size(), 7);
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("kubernetes/training/regcred.yaml"))).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("apply.sh"))).isExecutable());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("verify.sh"))).isExecutable());
    for (const char *s : {"apply.sh", "verify.sh"}) {
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), dir.filePath(QLatin1String(s))});
        QVERIFY(bash.waitForFinished(10000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
    }
    const QString readme = QString::fromUtf8(read(dir.filePath(QStringLiteral("README.md"))));
    QVERIFY(readme.startsWith(QLatin1String("# Fix pack: training/evaluator-mh4mzgm7xz-bz27r, container evaluator")));
    QVERIFY(readme.contains(d.cause.title));
    QVERIFY(readme.contains(QLatin1String("`pull-secret-missing`")));
    QVERIFY(readme.contains(QLatin1String("acmeml.azurecr.io/ml/evaluator:1.1.0")));
    QVERIFY(readme.contains(QLatin1String("node-02")));
    QVERIFY(readme.contains(QLatin1String("`kubernetes/training/regcred.yaml` (holds credentials")));
    QVERIFY(readme.contains(QLatin1String("kubectl apply -f kubernetes/training/regcred.yaml")));
    QVERIFY(readme.contains(QLatin1String("### Pull secret regcred (cluster)")));
    QVERIFY(readme.contains(QLatin1String("### containerd proxy (node)")));
    // The password only in the 0600 secret file.
    for (const char *f : {"README.md", "apply.sh", "verify.sh", "ROLLBACK.md"})
        QVERIFY2(!read(dir.filePath(QLatin1String(f))).contains("FAKE-pass"), f);
}

void TestFixPack::applyScriptRunsTheRightPart()
{
    const ContainerDiagnosis d = container(bundled(), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(FixPack::writeToDir(d, {secretPart(), proxyPart()}, dir.path(), &error), qPrintable(error));

    const Run cluster = runScript(dir.path(), QStringLiteral("apply.sh"), QStringLiteral("cluster"));
    QVERIFY2(cluster.exit == 0, cluster.out.constData());
    QCOMPARE(indexOf(cluster.log, QStringLiteral("sudo")), -1);
    // The secret's current state is saved before it is applied, the Deployment before its patch.
    const int backup = indexOf(cluster.log, QStringLiteral("kubectl get -f kubernetes/training/regcred.yaml -o yaml"));
    const int apply = indexOf(cluster.log, QStringLiteral("kubectl apply -f kubernetes/training/regcred.yaml"));
    const int saveDeployment
        = indexOf(cluster.log, QStringLiteral("kubectl get deployment evaluator -n training -o yaml"));
    const int patch = indexOf(cluster.log, QStringLiteral("kubectl patch deployment evaluator -n training"));
    QVERIFY2(backup >= 0 && apply > backup && saveDeployment > apply && patch > saveDeployment,
        qPrintable(cluster.log.join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("backup/kubernetes/training/regcred.yaml"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("backup/deployment-evaluator.yaml"))));
    // The saved secret may hold credentials: not readable by others.
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("backup/kubernetes/training/regcred.yaml"))).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());

    const Run node = runScript(dir.path(), QStringLiteral("apply.sh"), QStringLiteral("node"));
    QVERIFY2(node.exit == 0, node.out.constData());
    QCOMPARE(indexOf(node.log, QStringLiteral("kubectl")), -1);
    const QString dest = QStringLiteral("/etc/systemd/system/containerd.service.d/http-proxy.conf");
    const int save = indexOf(
        node.log, QStringLiteral("sudo cp -p ") + dest + QLatin1Char(' ') + dest + QStringLiteral(".pullscope-backup"));
    const int install = indexOf(node.log,
        QStringLiteral("sudo install -m 0644 etc/systemd/system/containerd.service.d/http-proxy.conf ") + dest);
    const int restart = indexOf(node.log, QStringLiteral("sudo systemctl restart containerd"));
    QVERIFY2(save >= 0 && install > save && restart > install, qPrintable(node.log.join(QLatin1Char('\n'))));

    const Run both = runScript(dir.path(), QStringLiteral("apply.sh"), QString());
    QVERIFY(both.exit == 0);
    QVERIFY(indexOf(both.log, QStringLiteral("kubectl apply")) < indexOf(both.log, QStringLiteral("sudo install")));
    QCOMPARE(runScript(dir.path(), QStringLiteral("apply.sh"), QStringLiteral("everything")).exit, 2);
}

void TestFixPack::verifyScript()
{
    const ContainerDiagnosis d = container(bundled(), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
    QTemporaryDir dir;
    QString error;
    QVERIFY(FixPack::writeToDir(d, {secretPart()}, dir.path(), &error));
    // The stand-in kubectl prints no secret data, so the base64/jq check fails: verify.sh
    // still runs every check, then reports the failure.
    const Run v = runScript(dir.path(), QStringLiteral("verify.sh"), QStringLiteral("cluster"));
    QCOMPARE(v.exit, 1);
    QVERIFY2(v.out.contains("1 check(s) failed"), v.out.constData());
    const int type = indexOf(v.log, QStringLiteral("kubectl get secret regcred -n training -o jsonpath={.type}"));
    const int data = indexOf(v.log, QStringLiteral("kubectl get secret regcred -n training -o jsonpath={.data"));
    const int patched = indexOf(v.log, QStringLiteral("kubectl get deployment evaluator -n training"));
    QVERIFY2(type >= 0 && data > type && patched > data, qPrintable(v.log.join(QLatin1Char('\n'))));
    QCOMPARE(indexOf(v.log, QStringLiteral("kubectl apply")), -1);
    // Nothing for the node in this pack.
    const Run node = runScript(dir.path(), QStringLiteral("verify.sh"), QStringLiteral("node"));
    QCOMPARE(node.exit, 0);
    QVERIFY(node.log.isEmpty());
}

void TestFixPack::rollbackNotes()
{
    const ContainerDiagnosis d = container(bundled(), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
    QString error;
    const QList<GeneratedFile> files = FixPack::build(d, {secretPart(), proxyPart()}, &error);
    QVERIFY(!files.isEmpty());
    QByteArray rollback;
    for (const GeneratedFile &f : files)
        if (f.path == QLatin1String("ROLLBACK.md"))
            rollback = f.content;
    QVERIFY(rollback.contains("kubectl delete -f kubernetes/training/regcred.yaml"));
    QVERIFY(rollback.contains("kubectl replace -f backup/kubernetes/training/regcred.yaml"));
    QVERIFY(rollback.contains("kubectl replace -f backup/deployment-evaluator.yaml"));
    QVERIFY(rollback.contains("sudo mv /etc/systemd/system/containerd.service.d/http-proxy.conf.pullscope-backup "
                              "/etc/systemd/system/containerd.service.d/http-proxy.conf"));
    QVERIFY(rollback.contains("## Node node-02"));
    QVERIFY(rollback.contains("sudo systemctl daemon-reload\nsudo systemctl restart containerd\n"));

    // A kubectl-output secret is created by command: its rollback deletes it by name.
    SecretOptions o;
    o.name = QStringLiteral("hub");
    o.ns = QStringLiteral("shop");
    o.registries = {{QStringLiteral("https://index.docker.io/v1/"), QStringLiteral("me"), QString(), {}}};
    o.output = SecretOptions::Output::Kubectl;
    const QList<GeneratedFile> byCommand
        = FixPack::build(d, {{QStringLiteral("secret"), SecretGenerator::generate(o)}}, &error);
    for (const GeneratedFile &f : byCommand)
        if (f.path == QLatin1String("ROLLBACK.md"))
            QVERIFY(f.content.contains("kubectl delete secret hub -n shop"));
}

void TestFixPack::readmeFollowsTheDiagnosisLanguage()
{
    const ContainerDiagnosis zh
        = container(bundled(QStringLiteral("zh_CN")), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
    const ContainerDiagnosis en = container(bundled(), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
    QVERIFY(zh.cause.title != en.cause.title);
    QString error;
    for (const GeneratedFile &f : FixPack::build(zh, {secretPart()}, &error))
        if (f.path == QLatin1String("README.md")) {
            QVERIFY(QString::fromUtf8(f.content).contains(zh.cause.title));
            QVERIFY(QString::fromUtf8(f.content).contains(zh.cause.explanation));
        }
}

void TestFixPack::zip()
{
    const ContainerDiagnosis d = container(bundled(), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("pack.zip"));
    QString error;
    QVERIFY2(FixPack::writeZip(d, {secretPart(), proxyPart()}, zipPath, &error), qPrintable(error));
    QCOMPARE(QFileInfo(zipPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    QCOMPARE(ZipWriter::crc32("123456789"), quint32(0xcbf43926)); // the CRC-32 check value
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QSKIP("unzip not found: the archive is not extracted");
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(unzip, {QStringLiteral("-q"), zipPath, QStringLiteral("-d"), QStringLiteral("out")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QString top = dir.filePath(QStringLiteral("out/") + FixPack::folderName(d));
    QCOMPARE(FixPack::folderName(d), QStringLiteral("fixpack-training-evaluator-mh4mzgm7xz-bz27r-evaluator"));
    QString buildError;
    for (const GeneratedFile &f : FixPack::build(d, {secretPart(), proxyPart()}, &buildError)) {
        const QString path = QDir(top).filePath(f.path);
        if (f.path == QLatin1String("README.md")) // holds the time it was made
            QVERIFY(QFile::exists(path));
        else
            QCOMPARE(read(path), f.content);
        const QFile::Permissions perms = QFileInfo(path).permissions();
        if (f.secret)
            QCOMPARE(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        if (FixPack::isScript(f.path))
            QVERIFY(perms & QFileDevice::ExeOwner);
    }
}

void TestFixPack::conflictsAreRefused()
{
    const ContainerDiagnosis d = container(bundled(), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
    QString error;
    FixPackPart a = secretPart();
    FixPackPart b = secretPart();
    b.set.files[0].content += "# changed\n";
    QVERIFY(FixPack::build(d, {a, b}, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("kubernetes/training/regcred.yaml")));
    // The same file twice is one file.
    error.clear();
    QVERIFY(!FixPack::build(d, {a, a}, &error).isEmpty());
    FixPackPart reserved;
    reserved.title = QStringLiteral("x");
    reserved.set.files << GeneratedFile {QStringLiteral("README.md"), "x", false};
    QVERIFY(FixPack::build(d, {reserved}, &error).isEmpty());
    QTemporaryDir dir;
    QVERIFY(!FixPack::writeToDir(d, {reserved}, dir.path(), &error));
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

QTEST_GUILESS_MAIN(TestFixPack)
#include "tst_fixpack.moc"

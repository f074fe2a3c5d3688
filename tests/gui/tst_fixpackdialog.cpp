// Tools > Fix pack: the files of the container's fix wizard, prefilled as the wizard opens
// and completed in it, ticked in or out, written as a folder (secrets 0600, scripts 0755)
// or a zip (`unzip -l` lists them), with the README in the UI language.
#include <QDirIterator>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "../testsupport.h"
#include "audit/fixpack.h"
#include "audit/fixpackdialog.h"
#include "generatedpreview.h"
#include "languagemanager.h"
#include "mirrorwizard.h"
#include "secretwizard.h"

using namespace PullScope;

namespace {
ContainerDiagnosis container(const QString &pod)
{
    static const DiagnosisReport report = TestSupport::bundledCluster();
    for (const ContainerDiagnosis &c : report.containers)
        if (c.pod == pod)
            return c;
    qFatal("no pod %s", qPrintable(pod));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QRegularExpression Han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
} // namespace

class TestFixPackDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    // The mirror wizard's prefill lacks the mirror: nothing to write until it is completed.
    void mirrorPackAsAFolder()
    {
        const ContainerDiagnosis d = container(QStringLiteral("preprocess-xxtqcct9wk-qd6pf"));
        QCOMPARE(d.cause.wizard, QStringLiteral("mirror"));
        FixPackDialog dialog(d);
        QCOMPARE(dialog.wizards().size(), 1);
        auto *mirror = qobject_cast<MirrorWizard *>(dialog.wizards().constFirst());
        QVERIFY(mirror);
        QVERIFY(!mirror->isVisible());
        QVERIFY(dialog.chosenParts().isEmpty());
        QVERIFY(!dialog.writeButton()->isEnabled());
        QTreeWidgetItem *part = dialog.fileTree()->topLevelItem(0);
        QVERIFY(part && part->childCount() == 1);
        QVERIFY(part->child(0)->text(0).contains(mirror->preview()->problem()));

        mirror->addMirror(QStringLiteral("https://mirror.example.com"));
        mirror->updatePreview();
        dialog.refresh();
        const QList<GeneratedFile> files = mirror->preview()->generatedSet().files;
        QVERIFY(files.size() >= 2);
        part = dialog.fileTree()->topLevelItem(0);
        QCOMPARE(part->childCount(), files.size());
        QCOMPARE(dialog.chosenParts().size(), 1);
        // The user leaves the last file out.
        const QString left = files.constLast().path;
        dialog.setFileChecked(left, false);
        QCOMPARE(dialog.chosenParts().constFirst().set.files.size(), files.size() - 1);

        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("pack"));
        dialog.setDestination(target, false);
        QString error;
        QStringList written;
        QVERIFY2(dialog.write(&error, &written), qPrintable(error));
        for (const GeneratedFile &f : files)
            QCOMPARE(QFileInfo::exists(QDir(target).filePath(f.path)), f.path != left);
        for (const QString &name : {QStringLiteral("README.md"), QStringLiteral("apply.sh"),
                 QStringLiteral("verify.sh"), QStringLiteral("ROLLBACK.md")})
            QVERIFY2(QFileInfo::exists(QDir(target).filePath(name)), qPrintable(name));
        QVERIFY(QFileInfo(QDir(target).filePath(QStringLiteral("apply.sh"))).permissions() & QFileDevice::ExeOwner);
        QCOMPARE(readAll(QDir(target).filePath(files.constFirst().path)), files.constFirst().content);
    }

    void zipListsThePack()
    {
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (unzip.isEmpty())
            QSKIP("unzip is not installed");
        const ContainerDiagnosis d = container(QStringLiteral("preprocess-xxtqcct9wk-qd6pf"));
        FixPackDialog dialog(d);
        auto *mirror = qobject_cast<MirrorWizard *>(dialog.wizards().constFirst());
        mirror->addMirror(QStringLiteral("https://mirror.example.com"));
        dialog.refresh();
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("pack.zip"));
        dialog.setDestination(zip, true);
        QString error;
        QVERIFY2(dialog.write(&error), qPrintable(error));
        QProcess p;
        p.start(unzip, {QStringLiteral("-l"), zip});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QString listing = QString::fromUtf8(p.readAllStandardOutput());
        const QList<GeneratedFile> expected = FixPack::build(d, dialog.chosenParts(), &error);
        QVERIFY(!expected.isEmpty());
        for (const GeneratedFile &f : expected)
            QVERIFY2(listing.contains(FixPack::folderName(d) + QLatin1Char('/') + f.path), qPrintable(listing));
    }

    // The secret wizard completed with the password: the Secret is written 0600.
    void secretPackPermissions()
    {
        const ContainerDiagnosis d = container(QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
        FixPackDialog dialog(d);
        auto *secret = qobject_cast<SecretWizard *>(dialog.wizards().constFirst());
        QVERIFY(secret);
        QVERIFY(dialog.chosenParts().isEmpty());
        secret->usernameEdit()->setText(QStringLiteral("robot"));
        secret->passwordEdit()->setText(QStringLiteral("FAKE-pass"));
        dialog.refresh();
        QCOMPARE(dialog.chosenParts().size(), 1);
        QTemporaryDir dir;
        dialog.setDestination(dir.path(), false);
        QString error;
        QVERIFY2(dialog.write(&error), qPrintable(error));
        int secrets = 0;
        for (const GeneratedFile &f : dialog.chosenParts().constFirst().set.files) {
            const QFileInfo info(dir.filePath(f.path));
            QVERIFY2(info.exists(), qPrintable(f.path));
            if (f.secret) {
                ++secrets;
                const QFileDevice::Permissions unix = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
                QCOMPARE(info.permissions() & unix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
        }
        QVERIFY(secrets > 0);
    }

    void readmeInTheUiLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void readmeInTheUiLanguage()
    {
        QFETCH(QString, lang);
        LanguageManager::instance()->setLanguage(lang);
        const ContainerDiagnosis d = container(QStringLiteral("preprocess-xxtqcct9wk-qd6pf"));
        FixPackDialog dialog(d);
        qobject_cast<MirrorWizard *>(dialog.wizards().constFirst())
            ->addMirror(QStringLiteral("https://mirror.example.com"));
        dialog.refresh();
        QTemporaryDir dir;
        dialog.setDestination(dir.path(), false);
        QString error;
        QVERIFY2(dialog.write(&error), qPrintable(error));
        const QString readme = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("README.md"))));
        const QString heading = FixPack::tr("Fix pack: %1/%2, container %3").arg(d.namespace_, d.pod, d.container);
        QVERIFY2(readme.startsWith(QStringLiteral("# ") + heading), qPrintable(readme.left(200)));
        QCOMPARE(readme.contains(Han), lang == QLatin1String("zh_CN"));
    }
};

QTEST_MAIN(TestFixPackDialog)
#include "tst_fixpackdialog.moc"

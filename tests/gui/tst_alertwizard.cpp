// Tools > Alert rules: the wizard's preview is `pullscope-cli generate alerts`'s output for
// the same options, in both languages; a refused field is named as the form labels it.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "alertwizard.h"
#include "generatedpreview.h"
#include "languagemanager.h"

using namespace PullScope;

namespace {
// The files `generate alerts ARGS --out-dir` writes, by path.
QMap<QString, QByteArray> cliFiles(const QStringList &args, const QString &lang)
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI),
        QStringList {QStringLiteral("generate"), QStringLiteral("alerts")} + args
            + QStringList {QStringLiteral("--out-dir"), dir.path(), QStringLiteral("--lang"), lang});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("generate alerts failed: %s", p.readAllStandardError().constData());
    QMap<QString, QByteArray> files;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        files.insert(QDir(dir.path()).relativeFilePath(path), f.readAll());
    }
    return files;
}
} // namespace

class TestAlertWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void sameAsTheCli_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("custom");
        QTest::addColumn<QStringList>("args");
        QTest::addRow("defaults") << QStringLiteral("en") << false << QStringList();
        const QStringList custom = {QStringLiteral("--name"), QStringLiteral("pulls"), QStringLiteral("-n"),
            QStringLiteral("observability"), QStringLiteral("--watch-namespaces"), QStringLiteral("training"),
            QStringLiteral("--failing-minutes"), QStringLiteral("7"), QStringLiteral("--backoff-containers"),
            QStringLiteral("3"), QStringLiteral("--backoff-minutes"), QStringLiteral("15"),
            QStringLiteral("--no-slow-pull"), QStringLiteral("--dockerhub-remaining"), QStringLiteral("20"),
            QStringLiteral("--label"), QStringLiteral("release=kube-prometheus-stack")};
        QTest::addRow("custom") << QStringLiteral("en") << true << custom;
        QTest::addRow("custom zh_CN") << QStringLiteral("zh_CN") << true << custom;
    }
    void sameAsTheCli()
    {
        QFETCH(QString, lang);
        QFETCH(bool, custom);
        QFETCH(QStringList, args);
        LanguageManager::instance()->setLanguage(lang);
        AlertWizard w(AlertRuleOptions(), {QStringLiteral("shop"), QStringLiteral("training")});
        QCOMPARE(w.watchBox()->count(), 3); // every namespace, then the loaded ones
        if (custom) {
            w.nameEdit()->setText(QStringLiteral("pulls"));
            w.namespaceEdit()->setText(QStringLiteral("observability"));
            w.watchBox()->setCurrentIndex(w.watchBox()->findText(QStringLiteral("training")));
            w.failingMinutesBox()->setValue(7);
            w.backoffContainersBox()->setValue(3);
            w.backoffMinutesBox()->setValue(15);
            w.slowPullBox()->setChecked(false);
            QVERIFY(!w.slowSecondsBox()->isEnabled());
            w.dockerHubBox()->setChecked(true);
            QVERIFY(w.dockerHubRemainingBox()->isEnabled());
            w.dockerHubRemainingBox()->setValue(20);
            w.labelsEdit()->setText(QStringLiteral("release=kube-prometheus-stack"));
        }
        w.updatePreview();
        QVERIFY2(w.preview()->problem().isEmpty(), qPrintable(w.preview()->problem()));
        const GeneratedSet &set = w.preview()->generatedSet();
        const QMap<QString, QByteArray> cli = cliFiles(args, lang);
        QCOMPARE(set.files.size(), cli.size());
        QVERIFY(cli.size() >= 2);
        for (const GeneratedFile &f : set.files) {
            QVERIFY2(cli.contains(f.path), qPrintable(f.path));
            QCOMPARE(f.content, cli.value(f.path));
        }
        const QByteArray rule = set.files.constFirst().content + set.files.constLast().content;
        QCOMPARE(rule.contains("ImagePullSlow"), !custom);
        QCOMPARE(rule.contains("DockerHubRateLimitLow"), custom);
        if (lang == QLatin1String("zh_CN"))
            QVERIFY(QString::fromUtf8(rule).contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    }

    void refusedFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("label");
        QTest::addRow("name") << QStringLiteral("name") << QStringLiteral("Bad_Name") << QStringLiteral("Rule name");
        QTest::addRow("regex") << QStringLiteral("watch") << QStringLiteral("train(")
                               << QStringLiteral("Watched namespaces");
        QTest::addRow("label") << QStringLiteral("labels") << QStringLiteral("release") << QStringLiteral("Labels");
    }
    void refusedFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, label);
        AlertWizard w(AlertRuleOptions(), {QStringLiteral("shop")});
        if (field == QLatin1String("name"))
            w.nameEdit()->setText(value);
        else if (field == QLatin1String("watch"))
            w.watchBox()->setCurrentText(value);
        else
            w.labelsEdit()->setText(value);
        w.updatePreview();
        QVERIFY2(w.preview()->problem().contains(label), qPrintable(w.preview()->problem()));
        QVERIFY(w.preview()->generatedSet().files.isEmpty() || !w.preview()->problem().isEmpty());
    }

    // A picked namespace is matched exactly (escaped); typed text is taken as the expression.
    void namespaceSelector()
    {
        AlertWizard w(AlertRuleOptions(), {QStringLiteral("team.a")});
        w.watchBox()->setCurrentIndex(1);
        QCOMPARE(w.options().watchNamespaces, QStringLiteral("team\\.a"));
        w.watchBox()->setCurrentText(QStringLiteral("team-.*"));
        QCOMPARE(w.options().watchNamespaces, QStringLiteral("team-.*"));
        w.watchBox()->setCurrentIndex(0);
        QCOMPARE(w.options().watchNamespaces, QString());
    }
};

QTEST_MAIN(TestAlertWizard)
#include "tst_alertwizard.moc"

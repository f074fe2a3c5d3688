#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <string>

// packaging/ci/*.yml cannot run here (hosted runners): this checks what can be checked
// offline. Every `run:` calls a script of this repository that exists, with a step name
// that script knows; the jobs build, test, package and upload for the three platforms;
// the Windows and macOS jobs name Qt 6.8 (LTS).
class TestCiWorkflow : public QObject
{
    Q_OBJECT

private:
    struct Step
    {
        QString job;
        QString name;
        QString run;
        QString uses;
    };

    static QString str(const YAML::Node &n)
    {
        return n && n.IsScalar() ? QString::fromStdString(n.as<std::string>()) : QString();
    }

    static QStringList workflows()
    {
        QStringList files;
        const QDir dir(QStringLiteral(PULLSCOPE_SOURCE_DIR "/packaging/ci"));
        for (const QString &f : dir.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files))
            files << dir.filePath(f);
        return files;
    }

    static QList<Step> steps(const YAML::Node &root)
    {
        QList<Step> out;
        for (const auto &job : root["jobs"])
            for (const YAML::Node &s : job.second["steps"])
                out.append({QString::fromStdString(job.first.as<std::string>()), str(s["name"]), str(s["run"]),
                    str(s["uses"])});
        return out;
    }

    // The script a run line calls: the first word after the interpreter and its flags.
    static QString scriptOf(const QStringList &words, int *argIndex)
    {
        static const QStringList interpreters {QStringLiteral("bash"), QStringLiteral("sh"), QStringLiteral("pwsh"),
            QStringLiteral("powershell"), QStringLiteral("python3")};
        int i = 0;
        if (i < words.size() && interpreters.contains(words[i]))
            ++i;
        while (i < words.size() && words[i].startsWith(QLatin1Char('-')))
            ++i;
        *argIndex = i + 1;
        return i < words.size() ? words[i] : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!workflows().isEmpty()); }

    void everyRunCallsAScript()
    {
        int runs = 0;
        for (const QString &file : workflows()) {
            const YAML::Node root = YAML::LoadFile(file.toStdString());
            for (const Step &s : steps(root)) {
                QVERIFY2(s.run.isEmpty() != s.uses.isEmpty(),
                    qPrintable(s.job + QStringLiteral(": a step needs run or uses: ") + s.name));
                if (s.run.isEmpty())
                    continue;
                ++runs;
                const QString where
                    = QFileInfo(file).fileName() + QLatin1Char(' ') + s.job + QStringLiteral(": ") + s.run;
                // One command per step: the logic lives in the script, where it can be run by hand.
                QVERIFY2(!s.run.trimmed().contains(QLatin1Char('\n')), qPrintable(where));
                const QStringList words = s.run.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                int argIndex = 0;
                const QString script = scriptOf(words, &argIndex);
                QVERIFY2(!script.isEmpty() && !QDir::isAbsolutePath(script), qPrintable(where));
                QFile f(QStringLiteral(PULLSCOPE_SOURCE_DIR "/") + script);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(where + QStringLiteral(": no such script")));
                QVERIFY2(script.startsWith(QLatin1String("scripts/")) || script.startsWith(QLatin1String("packaging/")),
                    qPrintable(where));
                // A step word (deps, build, -Step test) is one the script handles.
                const QString text = QString::fromUtf8(f.readAll());
                static const QRegularExpression stepWord(QStringLiteral("^[a-z][a-z-]*$"));
                for (int i = argIndex; i < words.size(); ++i) {
                    if (!stepWord.match(words[i]).hasMatch())
                        continue;
                    QVERIFY2(text.contains(words[i] + QStringLiteral(")"))
                            || text.contains(QLatin1Char('\'') + words[i] + QLatin1Char('\'')),
                        qPrintable(where + QStringLiteral(": the script has no step ") + words[i]));
                }
            }
        }
        QVERIFY(runs >= 10);
    }

    void jobsBuildTestPackageUpload_data()
    {
        QTest::addColumn<QString>("job");
        QTest::newRow("linux") << QStringLiteral("linux");
        QTest::newRow("windows") << QStringLiteral("windows");
        QTest::newRow("macos") << QStringLiteral("macos");
    }
    void jobsBuildTestPackageUpload()
    {
        QFETCH(QString, job);
        bool found = false;
        for (const QString &file : workflows()) {
            const YAML::Node root = YAML::LoadFile(file.toStdString());
            if (!root["jobs"][job.toStdString()])
                continue;
            found = true;
            QStringList kinds;
            for (const Step &s : steps(root)) {
                if (s.job != job)
                    continue;
                for (const char *kind : {"build", "test", "package"})
                    if (s.run.split(QLatin1Char(' ')).contains(QLatin1String(kind))
                        || s.run.endsWith(QLatin1String(" -Step ") + QLatin1String(kind)))
                        kinds << QLatin1String(kind);
                if (s.uses.startsWith(QLatin1String("actions/upload-artifact@")))
                    kinds << QStringLiteral("upload");
                if (s.uses.startsWith(QLatin1String("actions/checkout@")))
                    kinds << QStringLiteral("checkout");
            }
            for (const char *kind : {"checkout", "build", "test", "package", "upload"})
                QVERIFY2(kinds.contains(QLatin1String(kind)),
                    qPrintable(job + QStringLiteral(" lacks ") + QLatin1String(kind)));
            // In that order: a package is made from what was built and tested.
            QVERIFY(kinds.indexOf(QStringLiteral("build")) < kinds.indexOf(QStringLiteral("test")));
            QVERIFY(kinds.indexOf(QStringLiteral("test")) < kinds.indexOf(QStringLiteral("package")));
            QVERIFY(kinds.indexOf(QStringLiteral("package")) < kinds.indexOf(QStringLiteral("upload")));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no job ") + job));
    }

    void qtVersions_data()
    {
        QTest::addColumn<QString>("job");
        QTest::newRow("windows") << QStringLiteral("windows");
        QTest::newRow("macos") << QStringLiteral("macos");
    }
    void qtVersions()
    {
        QFETCH(QString, job);
        for (const QString &file : workflows()) {
            const YAML::Node root = YAML::LoadFile(file.toStdString());
            const YAML::Node j = root["jobs"][job.toStdString()];
            if (!j)
                continue;
            const YAML::Node qt = j["strategy"]["matrix"]["qt"];
            QVERIFY2(qt && qt.IsSequence() && qt.size() > 0, qPrintable(job + QStringLiteral(": no Qt matrix")));
            for (const YAML::Node &v : qt)
                QVERIFY2(str(v).startsWith(QLatin1String("6.8.")), qPrintable(job + QStringLiteral(": Qt ") + str(v)));
            // ... and the Qt install step uses the matrix value.
            bool installs = false;
            for (const YAML::Node &s : j["steps"])
                if (str(s["uses"]).startsWith(QLatin1String("jurplel/install-qt-action@")))
                    installs = str(s["with"]["version"]).contains(QLatin1String("matrix.qt"));
            QVERIFY2(installs, qPrintable(job));
            return;
        }
        QFAIL(qPrintable(QStringLiteral("no job ") + job));
    }

    // The clean-machine install of the .deb runs on plain Debian 12 from the uploaded package.
    void debInstalledOnCleanDebian()
    {
        const YAML::Node root = YAML::LoadFile(workflows().constFirst().toStdString());
        const YAML::Node j = root["jobs"]["linux-install"];
        QVERIFY(j);
        QCOMPARE(str(j["container"]), QStringLiteral("debian:12"));
        QCOMPARE(str(j["needs"]), QStringLiteral("linux"));
        bool smoke = false;
        for (const Step &s : steps(root))
            if (s.job == QLatin1String("linux-install") && s.run.contains(QLatin1String("scripts/deb-smoke-test.sh")))
                smoke = true;
        QVERIFY(smoke);
    }
};

QTEST_GUILESS_MAIN(TestCiWorkflow)
#include "tst_ciworkflow.moc"

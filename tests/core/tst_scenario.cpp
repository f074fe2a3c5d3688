#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "../testsupport.h"
#include "diagnosisengine.h"
#include "inputloader.h"
#include "training/scenarioloader.h"
#include "training/scenariowriter.h"

using namespace PullScope;

// Training scenarios (docs/scenario-format.md): every bundled one loads from the binary's
// resources and diagnoses its focus container as the whole training cluster does; bad
// files are refused naming file, line and field; a scenario is an input like any dump
// (InputLoader, the CLI) whose `now` is the default --now; and ScenarioWriter's objects,
// read back, give every pod of the cluster the diagnosis it had.
class TestScenario : public QObject
{
    Q_OBJECT

    static QString data(const QString &rel) { return QStringLiteral(PULLSCOPE_TEST_DATA "/scenarios/") + rel; }
    static QDateTime clusterNow() { return QDateTime(QDate(2026, 2, 3), QTime(9, 24), Qt::UTC); }

    static QStringList indexEntries()
    {
        QFile f(QStringLiteral(":/scenarios/index.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the scenario index is not in the resources");
        QStringList names;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("scenarios")).toArray())
            names << v.toString();
        return names;
    }

    static DiagnosisReport diagnose(ClusterSnapshot snap)
    {
        DiagnosisOptions o;
        o.now = DiagnosisEngine::defaultNow(snap);
        DiagnosisEngine::resolveRelativeAges(snap, o.now);
        return DiagnosisEngine::diagnose(snap, o);
    }

    static QString summary(const ContainerDiagnosis &c)
    {
        return QStringLiteral("%1 %2 %3 [%4] %5 attempts=%6")
            .arg(c.state, c.failingStep.isEmpty() ? QStringLiteral("-") : c.failingStep,
                c.hasCause ? c.cause.id : QStringLiteral("-"), c.path.join(QLatin1Char(',')), c.policy)
            .arg(c.pullAttempts);
    }

private Q_SLOTS:
    void indexMatchesTheFiles()
    {
        const QStringList index = indexEntries();
        QStringList files = QDir(QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/scenarios"))
                                .entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QStringList sortedIndex = index;
        sortedIndex.sort();
        QCOMPARE(sortedIndex, files);
        QCOMPARE(
            QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name), files);
        // One per scenario name of the training cluster's README.
        QFile readme(QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QSet<QString> names;
        static const QRegularExpression row(QStringLiteral("^\\| `[^`]+` \\| [^|]+ \\| ([^|]+) \\|"));
        for (const QByteArray &line : readme.readAll().split('\n')) {
            const auto m = row.match(QString::fromUtf8(line));
            if (m.hasMatch())
                names.insert(m.captured(1).trimmed() + QStringLiteral(".yaml"));
        }
        QCOMPARE(names.size(), int(files.size()));
        for (const QString &f : std::as_const(files))
            QVERIFY2(names.contains(f), qPrintable(f));
    }

    void bundled_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : indexEntries())
            QTest::newRow(qPrintable(f)) << f;
    }

    void bundled()
    {
        QFETCH(QString, file);
        Scenario s;
        ClusterSnapshot snap;
        LoadError error;
        const QString path = QStringLiteral(":/scenarios/") + file;
        QVERIFY2(ScenarioLoader::loadFile(path, &s, &snap, &error), qPrintable(error.toString()));
        QCOMPARE(s.id + QStringLiteral(".yaml"), file);
        QVERIFY(s.validate().isEmpty());
        QVERIFY(Scenario::difficulties().contains(s.difficulty));
        // Both languages, and the Chinese really is Chinese.
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        for (const ScenarioText *t : {&s.title, &s.story}) {
            QVERIFY(!t->en.isEmpty());
            QVERIFY2(han.match(t->zh).hasMatch(), qPrintable(t->zh));
            QVERIFY2(!han.match(t->en).hasMatch(), qPrintable(t->en));
        }
        QCOMPARE(s.now, clusterNow());
        QCOMPARE(snap.takenAt, clusterNow());

        const DiagnosisReport report = diagnose(std::move(snap));
        QCOMPARE(report.now, clusterNow());
        // Every container the scenario holds is diagnosed as in the whole cluster
        // (expected.tsv), the focus container included.
        QHash<QString, QStringList> expected;
        for (const QStringList &row : TestSupport::expectedSampleRows())
            expected.insert(row[0] + QLatin1Char('/') + row[1] + QLatin1Char('/') + row[2], row);
        bool sawFocus = false;
        for (const ContainerDiagnosis &c : report.containers) {
            const QString key = c.namespace_ + QLatin1Char('/') + c.pod + QLatin1Char('/') + c.container;
            QVERIFY2(expected.contains(key), qPrintable(key));
            const QStringList row = expected.value(key);
            QCOMPARE(c.state, row[4]);
            QCOMPARE(c.failingStep.isEmpty() ? QStringLiteral("-") : c.failingStep, row[5]);
            QCOMPARE(c.hasCause ? c.cause.id : QStringLiteral("-"), row[6]);
            if (c.namespace_ == s.focusNamespace && c.pod == s.focusPod && c.container == s.focusContainer) {
                sawFocus = true;
                QCOMPARE(s.expectedCause.isEmpty() ? QStringLiteral("-") : s.expectedCause, row[6]);
            }
        }
        QVERIFY(sawFocus);

        // Pull secrets keep their registry hosts and nothing else.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(!text.contains(QLatin1String("FAKE-")));
        static const QRegularExpression payload(QStringLiteral("\"\\.docker(configjson|cfg)\": \"([A-Za-z0-9+/=]+)\""));
        for (auto it = payload.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromBase64(m.captured(2).toLatin1())).object();
            if (m.captured(1) == QLatin1String("configjson"))
                doc = doc.value(QLatin1String("auths")).toObject();
            QVERIFY(!doc.isEmpty());
            for (const QJsonValue &v : std::as_const(doc))
                QCOMPARE(v.toObject(), QJsonObject());
        }
    }

    // scripts/gen-scenarios.py run again on the committed inputs gives the committed files.
    void generatorIsCurrent()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir root;
        QVERIFY(root.isValid());
        for (const char *rel : {"resources/samples/training-cluster.json", "resources/samples/README.md",
                 "tests/data/samples/expected.tsv"}) {
            const QString to = root.filePath(QString::fromLatin1(rel));
            QVERIFY(QDir().mkpath(QFileInfo(to).path()));
            QVERIFY(QFile::copy(QStringLiteral(PULLSCOPE_SOURCE_DIR "/") + QString::fromLatin1(rel), to));
        }
        QProcess p;
        p.start(QStringLiteral("python3"),
            {QStringLiteral(PULLSCOPE_SOURCE_DIR "/scripts/gen-scenarios.py"), QStringLiteral("--root"), root.path()});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QDir made(root.filePath(QStringLiteral("resources/scenarios")));
        const QStringList files = made.entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
            QDir(QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/scenarios")).entryList(QDir::Files, QDir::Name));
        for (const QString &f : files)
            QVERIFY2(TestSupport::readFixture(made.filePath(f))
                    == TestSupport::readFixture(QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/scenarios/") + f),
                qPrintable(f + QStringLiteral(" is out of date: run scripts/gen-scenarios.py")));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("text");
        QTest::newRow("yaml syntax") << "bad-yaml.yaml" << 9 << "invalid YAML";
        QTest::newRow("apiVersion") << "wrong-apiversion.yaml" << 2 << "apiVersion: \"pullscope.io/v2\"";
        QTest::newRow("no zh_CN title") << "missing-title-zh.yaml" << 8 << "spec.title.zh_CN: missing";
        QTest::newRow("title not a map") << "title-not-a-map.yaml" << 7 << "spec.title: expected a mapping";
        QTest::newRow("difficulty") << "bad-difficulty.yaml" << 13 << "spec.difficulty: must be one of";
        QTest::newRow("name") << "bad-name.yaml" << 5 << "metadata.name: \"Tiny_Scenario\" is not a DNS label";
        QTest::newRow("two-line story") << "two-line-story.yaml" << 11 << "spec.story.en: must be a single line";
        QTest::newRow("now") << "bad-now.yaml" << 20 << "spec.now";
        QTest::newRow("cause") << "bad-cause.yaml" << 19 << "spec.expectedCause: \"no-such-cause\"";
        QTest::newRow("focus container") << "focus-no-container.yaml" << 18 << "spec.focus.container: pod demo/web";
        QTest::newRow("focus pod") << "focus-no-pod.yaml" << 17 << "spec.focus.pod: no Pod or Event";
        QTest::newRow("no objects") << "no-objects.yaml" << 7 << "spec.objects: the scenario has no";
        QTest::newRow("object without kind")
            << "object-no-kind.yaml" << 22 << "spec.objects[0]: the object has no kind";
        QTest::newRow("object field type")
            << "object-wrong-type.yaml" << 28 << "spec.objects[0] (Pod): field \"containers\": expected a list";
        QTest::newRow("json") << "json-missing-story-zh.json" << 12 << "spec.story.zh_CN: missing";
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, text);
        const QString path = data(QStringLiteral("bad/") + file);
        Scenario s;
        LoadError error;
        QVERIFY(!ScenarioLoader::loadFile(path, &s, nullptr, &error));
        QCOMPARE(error.file, path);
        QVERIFY2(error.message.contains(text), qPrintable(error.toString()));
        QCOMPARE(error.line, qint64(line));
        // The same refusal wherever a dump is accepted.
        ClusterSnapshot snap;
        LoadError viaInput;
        QVERIFY(!InputLoader::loadPath(path, snap, {}, &viaInput));
        QCOMPARE(viaInput.toString(), error.toString());
        QVERIFY(snap.pods.isEmpty());
    }

    // A scenario is an input like any other; its `now` (09:24), not its newest event
    // (09:20), is the time it is read against.
    void handWritten_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("yaml") << "good/tiny.yaml";
        QTest::newRow("json") << "good/tiny.json";
    }

    void handWritten()
    {
        QFETCH(QString, file);
        ClusterSnapshot snap;
        LoadError error;
        QVERIFY2(InputLoader::loadPath(data(file), snap, {}, &error), qPrintable(error.toString()));
        QCOMPARE(snap.inputs, QStringList {data(file)});
        QCOMPARE(snap.takenAt, clusterNow());
        QVERIFY(snap.newestTimestamp() < clusterNow());
        const DiagnosisReport r = diagnose(std::move(snap));
        QCOMPARE(r.now, clusterNow());
        QCOMPARE(r.containers.size(), 1);
        QCOMPARE(r.containers[0].cause.id, QStringLiteral("image-not-found"));
        QCOMPARE(r.containers[0].backoffSeconds > 0, true);
    }

    void cli()
    {
        QProcess p;
        p.start(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("diagnose"), data(QStringLiteral("good/tiny.yaml")), QStringLiteral("--format"),
                QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(out.value(QLatin1String("now")).toString(), QStringLiteral("2026-02-03T09:24:00Z"));
        const QJsonObject c = out.value(QLatin1String("containers")).toArray().at(0).toObject();
        QCOMPARE(c.value(QLatin1String("cause")).toObject().value(QLatin1String("id")).toString(),
            QStringLiteral("image-not-found"));

        // A refused scenario is bad input: exit 2, the message names file and line.
        p.start(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("diagnose"), data(QStringLiteral("bad/bad-difficulty.yaml"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("bad-difficulty.yaml:13:")), qPrintable(err));
    }

    // The writer's objects, read back as a scenario, give every container of the pod the
    // diagnosis it had in the input it was saved from, whatever that input's form.
    void writerRoundTrip_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("pod");
        const DiagnosisReport all = TestSupport::bundledCluster();
        for (const char *form : {"json", "describe"}) {
            QSet<QString> seen;
            for (const ContainerDiagnosis &c : all.containers)
                if (!seen.contains(c.namespace_ + c.pod)) {
                    seen.insert(c.namespace_ + c.pod);
                    QTest::addRow("%s %s", form, qPrintable(c.pod))
                        << QString::fromLatin1(form) << c.namespace_ << c.pod;
                }
        }
    }

    void writerRoundTrip()
    {
        QFETCH(QString, form);
        QFETCH(QString, ns);
        QFETCH(QString, pod);
        static QHash<QString, std::pair<ClusterSnapshot, DiagnosisReport>> cache;
        if (!cache.contains(form)) {
            ClusterSnapshot snap;
            LoadError e;
            const QString file = form == QLatin1String("json") ? QStringLiteral("training-cluster.json")
                                                               : QStringLiteral("training-cluster.describe.txt");
            QVERIFY(
                InputLoader::loadPath(QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/") + file, snap, {}, &e));
            DiagnosisOptions o;
            o.now = DiagnosisEngine::defaultNow(snap);
            DiagnosisEngine::resolveRelativeAges(snap, o.now);
            const DiagnosisReport r = DiagnosisEngine::diagnose(snap, o);
            cache.insert(form, {snap, r});
        }
        const ClusterSnapshot &snap = cache[form].first;
        const DiagnosisReport &before = cache[form].second;

        Scenario s;
        s.id = QStringLiteral("round-trip");
        s.title = {QStringLiteral("Round trip"), QStringLiteral("往返")};
        s.story = {QStringLiteral("Saved and read back."), QStringLiteral("保存后再读回。")};
        s.difficulty = QStringLiteral("advanced");
        s.now = before.now;
        s.focusNamespace = ns;
        s.focusPod = pod;
        QStringList expected;
        for (const ContainerDiagnosis &c : before.containers)
            if (c.namespace_ == ns && c.pod == pod) {
                if (s.focusContainer.isEmpty())
                    s.focusContainer = c.container;
                expected << c.container + QLatin1Char(' ') + summary(c);
            }
        const QByteArray yaml = ScenarioWriter::toYaml(s, ScenarioWriter::objectsFor(snap, ns, pod));
        QVERIFY(!yaml.contains("FAKE-"));
        ClusterSnapshot back;
        Scenario read;
        LoadError error;
        QVERIFY2(ScenarioLoader::load(yaml, QStringLiteral("saved.yaml"), back, &read, &error),
            qPrintable(error.toString() + QLatin1Char('\n') + QString::fromUtf8(yaml.left(3000))));
        QCOMPARE(read.title.zh, s.title.zh);
        QCOMPARE(read.now, before.now);
        const DiagnosisReport after = diagnose(std::move(back));
        QStringList got;
        for (const ContainerDiagnosis &c : after.containers)
            got << c.container + QLatin1Char(' ') + summary(c);
        QCOMPARE(got.join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
    }

    void writerRefusesAndWrites()
    {
        QTemporaryDir dir;
        const ClusterSnapshot snap = [] {
            ClusterSnapshot s;
            LoadError e;
            InputLoader::loadPath(data(QStringLiteral("good/tiny.yaml")), s, {}, &e);
            return s;
        }();
        Scenario s;
        s.id = QStringLiteral("saved-one");
        s.title = {QStringLiteral("Saved"), QString()};
        s.story = {QStringLiteral("A story."), QStringLiteral("一个故事。")};
        s.difficulty = QStringLiteral("beginner");
        s.focusNamespace = QStringLiteral("demo");
        s.focusPod = QStringLiteral("web");
        s.focusContainer = QStringLiteral("nginx");
        s.now = clusterNow();
        const QString path = dir.filePath(QStringLiteral("saved.yaml"));
        QString error;
        QVERIFY(
            !ScenarioWriter::write(path, s, ScenarioWriter::objectsFor(snap, s.focusNamespace, s.focusPod), &error));
        QVERIFY2(error.startsWith(QLatin1String("spec.title.zh_CN: missing")), qPrintable(error));
        QVERIFY(!QFile::exists(path));

        s.title.zh = QStringLiteral("已保存");
        QVERIFY2(ScenarioWriter::write(path, s, ScenarioWriter::objectsFor(snap, s.focusNamespace, s.focusPod), &error),
            qPrintable(error));
        Scenario read;
        ClusterSnapshot back;
        LoadError le;
        QVERIFY2(ScenarioLoader::loadFile(path, &read, &back, &le), qPrintable(le.toString()));
        QCOMPARE(read.id, s.id);
        QCOMPARE(read.title.zh, s.title.zh);
        QCOMPARE(back.pods.size(), 1);
        QCOMPARE(back.events.size(), 3);

        QVERIFY(!ScenarioWriter::write(dir.filePath(QStringLiteral("no/such/dir/x.yaml")), s,
            ScenarioWriter::objectsFor(snap, s.focusNamespace, s.focusPod), &error));
        QVERIFY2(error.contains(QLatin1String("cannot write")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"

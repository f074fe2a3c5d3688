#include <QDir>
#include <QFile>
#include <QHash>
#include <QtTest>

#include "diagnosisengine.h"
#include "inputloader.h"
#include "rulebook.h"

using namespace PullScope;

// The bundled training cluster: each scenario's diagnosis, the same in every form that
// carries the evidence (tests/data/samples/expected.tsv says which), and every cause
// id of CONTRACT.md produced by at least two fixtures.
class TestSamples : public QObject
{
    Q_OBJECT

    static QString sampleFile(const QString &form)
    {
        static const QHash<QString, QString> files = {
            {QStringLiteral("json"), QStringLiteral("training-cluster.json")},
            {QStringLiteral("yaml"), QStringLiteral("training-cluster.yaml")},
            {QStringLiteral("describe"), QStringLiteral("training-cluster.describe.txt")},
            {QStringLiteral("events"), QStringLiteral("training-cluster.events.txt")},
        };
        return QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/") + files.value(form);
    }

    static const DiagnosisReport &report(const QString &form)
    {
        static QHash<QString, DiagnosisReport> cache;
        auto it = cache.find(form);
        if (it == cache.end()) {
            ClusterSnapshot snap;
            LoadError e;
            if (!InputLoader::loadPath(sampleFile(form), snap, {}, &e))
                qFatal("%s", qPrintable(e.toString()));
            DiagnosisOptions o;
            o.now = DiagnosisEngine::defaultNow(snap);
            DiagnosisEngine::resolveRelativeAges(snap, o.now);
            it = cache.insert(form, DiagnosisEngine::diagnose(snap, o));
        }
        return *it;
    }

    static const ContainerDiagnosis *find(
        const DiagnosisReport &r, const QString &ns, const QString &pod, const QString &container)
    {
        const ContainerDiagnosis *only = nullptr;
        int inPod = 0;
        for (const ContainerDiagnosis &c : r.containers) {
            // The events table has no namespace column without -A: accept an empty one.
            if (c.pod != pod || (!c.namespace_.isEmpty() && c.namespace_ != ns))
                continue;
            if (c.container == container)
                return &c;
            only = &c;
            ++inPod;
        }
        // Events that name no container (tables) give a container named after its image.
        return inPod == 1 ? only : nullptr;
    }

private Q_SLOTS:
    void scenario_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QStringList>("row");
        QFile f(QStringLiteral(PULLSCOPE_TEST_DATA "/samples/expected.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.trimmed().isEmpty() || line.startsWith('#'))
                continue;
            const QStringList row = QString::fromUtf8(line).split(QLatin1Char('\t'));
            if (row[0] == QLatin1String("namespace"))
                continue; // header
            QCOMPARE(row.size(), 8);
            ++rows;
            for (const QString &form : row[7].split(QLatin1Char(','), Qt::SkipEmptyParts))
                QTest::addRow("%s/%s/%s", qPrintable(form), qPrintable(row[1]), qPrintable(row[2]))
                    << form.trimmed() << row;
        }
        QVERIFY(rows >= 40);
    }

    void scenario()
    {
        QFETCH(QString, form);
        QFETCH(QStringList, row);
        const ContainerDiagnosis *d = find(report(form), row[0], row[1], row[2]);
        QVERIFY2(d, qPrintable(QStringLiteral("%1/%2 %3 not in the %4 form").arg(row[0], row[1], row[2], form)));
        QCOMPARE(d->state, row[4]);
        QCOMPARE(d->failingStep.isEmpty() ? QStringLiteral("-") : d->failingStep, row[5]);
        QCOMPARE(d->hasCause ? d->cause.id : QStringLiteral("-"), row[6]);
        if (form == QLatin1String("json"))
            QCOMPARE(containerTypeId(d->containerType), row[3]);
    }

    void formsMergeIntoOneView()
    {
        // The same cluster from JSON and describe text: one pod each, each event once.
        ClusterSnapshot json, both;
        LoadError e;
        QVERIFY(InputLoader::loadPath(sampleFile(QStringLiteral("json")), json, {}, &e));
        QVERIFY(InputLoader::loadPath(sampleFile(QStringLiteral("json")), both, {}, &e));
        QVERIFY(InputLoader::loadPath(sampleFile(QStringLiteral("describe")), both, {}, &e));
        QCOMPARE(both.pods.size(), json.pods.size());
        QCOMPARE(both.events.size(), json.events.size());
        // The diagnosis of the merged view is the JSON one.
        DiagnosisOptions o;
        o.now = DiagnosisEngine::defaultNow(json);
        DiagnosisEngine::resolveRelativeAges(both, o.now);
        const DiagnosisReport a = DiagnosisEngine::diagnose(json, o), b = DiagnosisEngine::diagnose(both, o);
        QCOMPARE(b.containers.size(), a.containers.size());
        for (int i = 0; i < a.containers.size(); ++i) {
            QCOMPARE(b.containers[i].cause.id, a.containers[i].cause.id);
            QCOMPARE(b.containers[i].state, a.containers[i].state);
        }
    }

    void everyCauseHasTwoFixtures()
    {
        static const QStringList contract = {QStringLiteral("image-not-found"), QStringLiteral("access-denied"),
            QStringLiteral("unauthorized"), QStringLiteral("forbidden"), QStringLiteral("pull-secret-missing"),
            QStringLiteral("pull-secret-mismatch"), QStringLiteral("rate-limited"), QStringLiteral("pull-qps-exceeded"),
            QStringLiteral("tls-unknown-authority"), QStringLiteral("tls-expired"),
            QStringLiteral("tls-hostname-mismatch"), QStringLiteral("http-https-mismatch"),
            QStringLiteral("dns-failure"), QStringLiteral("network-timeout"), QStringLiteral("connection-refused"),
            QStringLiteral("proxy-error"), QStringLiteral("transfer-interrupted"), QStringLiteral("platform-mismatch"),
            QStringLiteral("disk-full"), QStringLiteral("layer-corrupt"), QStringLiteral("registry-unavailable"),
            QStringLiteral("short-name-unresolved"), QStringLiteral("signature-invalid"),
            QStringLiteral("invalid-image-name"), QStringLiteral("never-pull-missing"),
            QStringLiteral("inspect-failed"), QStringLiteral("pull-stalled"), QStringLiteral("root-cause-expired"),
            QStringLiteral("not-a-pull-problem"), QStringLiteral("unknown")};
        QHash<QString, int> produced;
        // Whole-diagnosis fixtures: the engine's golden cases and the training cluster.
        const QString engineRoot = QStringLiteral(PULLSCOPE_TEST_DATA "/engine");
        for (const QString &c : QDir(engineRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            ClusterSnapshot snap;
            LoadError e;
            for (const QString &f : QDir(engineRoot + QLatin1Char('/') + c).entryList({QStringLiteral("input*")}))
                QVERIFY(InputLoader::loadPath(engineRoot + QLatin1Char('/') + c + QLatin1Char('/') + f, snap, {}, &e));
            DiagnosisOptions o;
            QFile nowFile(engineRoot + QLatin1Char('/') + c + QStringLiteral("/now"));
            if (nowFile.open(QIODevice::ReadOnly))
                o.now = QDateTime::fromString(QString::fromUtf8(nowFile.readAll().trimmed()), Qt::ISODate);
            for (const ContainerDiagnosis &d : DiagnosisEngine::diagnose(snap, o).containers)
                if (d.hasCause)
                    produced[d.cause.id] += 1;
        }
        for (const ContainerDiagnosis &d : report(QStringLiteral("json")).containers)
            if (d.hasCause)
                produced[d.cause.id] += 1;
        // Message-level fixtures: the classifier corpus.
        QFile corpus(QStringLiteral(PULLSCOPE_TEST_DATA "/classifier/corpus.tsv"));
        QVERIFY(corpus.open(QIODevice::ReadOnly));
        for (const QByteArray &line : corpus.readAll().split('\n')) {
            const int tab = line.indexOf('\t');
            if (tab > 0 && !line.startsWith('#'))
                produced[QString::fromUtf8(line.left(tab))] += 1;
        }
        for (const QString &id : contract) {
            QVERIFY2(produced.value(id) >= 2,
                qPrintable(QStringLiteral("%1 produced by %2 fixtures").arg(id).arg(produced.value(id))));
            QVERIFY2(RuleBook::builtin().rule(id), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"

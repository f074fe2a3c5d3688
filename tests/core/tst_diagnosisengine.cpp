#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "diagnosisengine.h"
#include "inputloader.h"
#include "mapsink.h"
#include "messagefacts.h"
#include "reportwriter.h"

using namespace PullScope;

// Golden decision-tree cases (CONTRACT.md): each folder under tests/data/engine holds
// input files, an optional `now`, and expected.tsv rows:
// container, path, failingStep, state, cause, pullAttempts, evidence span text
// ("-" no check, "*" any non-empty evidence).
class TestDiagnosisEngine : public QObject
{
    Q_OBJECT

    static DiagnosisReport diagnoseFolder(const QString &dir)
    {
        ClusterSnapshot snap;
        const QStringList files = QDir(dir).entryList({QStringLiteral("input*")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            LoadError e;
            if (!InputLoader::loadPath(dir + QLatin1Char('/') + f, snap, {}, &e))
                qFatal("%s", qPrintable(e.toString()));
        }
        DiagnosisOptions o;
        QFile nowFile(dir + QStringLiteral("/now"));
        if (nowFile.open(QIODevice::ReadOnly))
            o.now = MapSink::parseTime(nowFile.readAll().trimmed().toStdString());
        else
            o.now = DiagnosisEngine::defaultNow(snap);
        DiagnosisEngine::resolveRelativeAges(snap, o.now);
        return DiagnosisEngine::diagnose(snap, o);
    }

private Q_SLOTS:
    // A batch that fails on a worker (memory running out, mostly) or in `done` on the
    // calling thread: the first exception comes out of diagnoseStream once every
    // thread is joined, and no batch after it is delivered.
    void streamPassesAFailureOn_data()
    {
        QTest::addColumn<bool>("inWork");
        QTest::addRow("worker") << true;
        QTest::addRow("done") << false;
    }
    void streamPassesAFailureOn()
    {
        QFETCH(bool, inWork);
        ClusterSnapshot s;
        for (int i = 0; i < 64 * 20; ++i) {
            Pod pod;
            pod.name = QStringLiteral("p%1").arg(i);
            pod.namespace_ = QStringLiteral("default");
            Container c;
            c.name = QStringLiteral("c");
            c.image = QStringLiteral("nginx:1.27");
            c.hasSpec = true;
            pod.containers << c;
            s.addPod(std::move(pod));
        }
        int batches = 0;
        int delivered = 0;
        bool threw = false;
        try {
            DiagnosisEngine::diagnoseStream(
                s, DiagnosisOptions(), [&](const DiagnosisReport &, int n) { batches = n; },
                [&](int batch, QList<ContainerDiagnosis> &&) {
                    if (inWork && batch == 5)
                        throw std::bad_alloc();
                },
                [&](int batch) {
                    if (!inWork && batch == 5)
                        throw std::bad_alloc();
                    ++delivered;
                },
                2);
        } catch (const std::bad_alloc &) {
            threw = true;
        }
        QCOMPARE(batches, 20);
        QVERIFY(threw);
        // A worker's failure may stop the delivery before batches it did not finish.
        if (inWork)
            QVERIFY(delivered <= 5);
        else
            QCOMPARE(delivered, 5);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QStringList>("row");
        const QString root = QStringLiteral(PULLSCOPE_TEST_DATA "/engine");
        const QStringList cases = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 20);
        for (const QString &c : cases) {
            QFile f(root + QLatin1Char('/') + c + QStringLiteral("/expected.tsv"));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(c));
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                const QStringList row = QString::fromUtf8(line).split(QLatin1Char('\t'));
                QCOMPARE(row.size(), 7);
                QTest::addRow("%s/%s", qPrintable(c), qPrintable(row[0])) << root + QLatin1Char('/') + c << row;
            }
        }
    }

    void golden()
    {
        QFETCH(QString, dir);
        QFETCH(QStringList, row);
        const DiagnosisReport r = diagnoseFolder(dir);
        const ContainerDiagnosis *d = nullptr;
        for (const ContainerDiagnosis &c : r.containers)
            if (c.container == row[0])
                d = &c;
        QVERIFY2(d, qPrintable(QStringLiteral("no container ") + row[0]));
        QCOMPARE(d->path.join(QLatin1Char(',')), row[1]);
        QCOMPARE(d->failingStep.isEmpty() ? QStringLiteral("-") : d->failingStep, row[2]);
        QCOMPARE(d->state, row[3]);
        QCOMPARE(d->hasCause ? d->cause.id : QStringLiteral("-"), row[4]);
        QCOMPARE(QString::number(d->pullAttempts), row[5]);
        if (row[6] == QLatin1String("*")) {
            QVERIFY(!d->cause.evidence.message.isEmpty());
        } else if (row[6] != QLatin1String("-")) {
            const Evidence &ev = d->cause.evidence;
            QVERIFY2(ev.matchStart >= 0 && ev.matchEnd <= ev.message.size(), qPrintable(ev.message));
            QCOMPARE(ev.message.mid(ev.matchStart, ev.matchEnd - ev.matchStart), row[6]);
        }
        // Every cause carries text and, for failures, remediation.
        if (d->hasCause) {
            QVERIFY(!d->cause.title.isEmpty());
            QVERIFY(!d->cause.explanation.isEmpty());
            QVERIFY(!d->cause.remediation.isEmpty());
        }
    }

    void pulledFactsAndBackoff()
    {
        const DiagnosisReport ok = diagnoseFolder(QStringLiteral(PULLSCOPE_TEST_DATA "/engine/always-pulled"));
        QCOMPARE(ok.containers.size(), 1);
        QCOMPARE(ok.containers[0].imageSizeBytes, qint64(78005565));
        QCOMPARE(ok.containers[0].pullDurationSeconds, 0.717);
        const DiagnosisReport bad = diagnoseFolder(QStringLiteral(PULLSCOPE_TEST_DATA "/engine/pull-failed-retrying"));
        // Three failed attempts: 10 s, 20 s, then 40 s before the next retry.
        QCOMPARE(bad.containers[0].backoffSeconds, 40);
        QCOMPARE(bad.containers[0].nextRetryEstimate, QDateTime(QDate(2026, 2, 3), QTime(9, 5, 40), Qt::UTC));
    }

    void pulledMessageFormats_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<qint64>("size");
        // upstream-facts 1.2: one row per kubelet version's format.
        QTest::newRow("1.25") << QStringLiteral("Successfully pulled image \"nginx\" in 49.657983991s") << 49.657983991
                              << qint64(-1);
        QTest::newRow("1.26 waiting") << QStringLiteral(
            "Successfully pulled image "
            "\"public.ecr.aws/eks-distro/kubernetes-csi/external-provisioner:v3.4.1-eks-1-26-7\" in 1.315633737s "
            "(1.315641898s including waiting)")
                                      << 1.315633737 << qint64(-1);
        QTest::newRow("1.28 ms") << QStringLiteral(
            "Successfully pulled image \"registry.k8s.io/echoserver:1.4\" in 7.46s (7.46s including waiting)")
                                 << 7.46 << qint64(-1);
        QTest::newRow("1.30 size") << QStringLiteral(
            "Successfully pulled image \"zabbix/zabbix-web-nginx-pgsql:latest\" in 717ms (718ms including waiting). "
            "Image size: 78005565 bytes.")
                                   << 0.717 << qint64(78005565);
        QTest::newRow("minutes") << QStringLiteral("Successfully pulled image \"big:1\" in 3m10.96s (3m12.001s "
                                                   "including waiting). Image size: 9876543210 bytes.")
                                 << 190.96 << qint64(9876543210);
        QTest::newRow("hours") << QStringLiteral(
            "Successfully pulled image \"huge:1\" in 1h2m3.5s (1h2m3.5s including waiting)")
                               << 3723.5 << qint64(-1);
        QTest::newRow("zero") << QStringLiteral("Successfully pulled image \"tiny\" in 0s (0s including waiting)")
                              << 0.0 << qint64(-1);
        QTest::newRow("escaped quote") << QStringLiteral("Successfully pulled image \"we\\\"ird\" in 2.5s") << 2.5
                                       << qint64(-1);
        QTest::newRow("combined") << QStringLiteral(
            "(combined from similar events): Successfully pulled image \"a\" in 12ms")
                                  << 0.012 << qint64(-1);
        QTest::newRow("cached") << QStringLiteral("Container image \"a\" already present on machine") << -1.0
                                << qint64(-1);
    }
    void pulledMessageFormats()
    {
        QFETCH(QString, message);
        QFETCH(double, seconds);
        QFETCH(qint64, size);
        QVERIFY(qAbs(MessageFacts::pulledSeconds(message) - seconds) < 1e-9);
        QCOMPARE(MessageFacts::pulledImageSize(message), size);
    }

    void imageOnNodeFromStatusImages()
    {
        ClusterSnapshot snap;
        LoadError e;
        QVERIFY(InputLoader::loadPath(
            QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json"), snap, {}, &e));
        const DiagnosisReport r = DiagnosisEngine::diagnose(snap, {});
        int known = 0;
        for (const ContainerDiagnosis &c : r.containers) {
            if (c.pod == QLatin1String("offline-app"))
                QCOMPARE(c.imageOnNode, std::optional<bool>(false)); // Never, and not on the node
            if (c.pod.startsWith(QLatin1String("dataset-indexer")))
                QCOMPARE(c.imageOnNode, std::optional<bool>(true)); // served from the cache
            known += c.imageOnNode.has_value();
        }
        QVERIFY(known > 20);
    }

    void secretMissingWhilePulledWarns()
    {
        const DiagnosisReport r = diagnoseFolder(QStringLiteral(PULLSCOPE_TEST_DATA "/engine/secret-missing-pulled"));
        QCOMPARE(r.containers[0].warnings.size(), 1);
        QVERIFY(r.containers[0].warnings[0].contains(QLatin1String("regcred")));
    }

    void chineseCauseText()
    {
        ClusterSnapshot snap;
        LoadError e;
        QVERIFY(InputLoader::loadPath(
            QStringLiteral(PULLSCOPE_TEST_DATA "/engine/pull-failed-retrying/input.yaml"), snap, {}, &e));
        DiagnosisOptions o;
        o.lang = QStringLiteral("zh_CN");
        const DiagnosisReport r = DiagnosisEngine::diagnose(snap, o);
        const QString title = r.containers[0].cause.title;
        bool cjk = false;
        for (QChar ch : title)
            cjk = cjk || (ch.unicode() >= 0x4e00 && ch.unicode() <= 0x9fff);
        QVERIFY2(cjk, qPrintable(title));
    }

    void relativeAgesAgainstNow()
    {
        ClusterSnapshot snap;
        Event e;
        e.reason = QStringLiteral("Pulling");
        e.setAge(QStringLiteral("9m30s"), QStringLiteral("10m"));
        snap.addEvent(std::move(e));
        const QDateTime now(QDate(2026, 2, 3), QTime(9, 24), Qt::UTC);
        DiagnosisEngine::resolveRelativeAges(snap, now);
        QCOMPARE(snap.events[0].lastTimestamp, now.addSecs(-570));
        QCOMPARE(snap.events[0].firstTimestamp, now.addSecs(-600));
        QCOMPARE(MessageFacts::humanAgeSeconds(u"3d4h"), qint64(3 * 86400 + 4 * 3600));
        QCOMPARE(MessageFacts::humanAgeSeconds(u"<unknown>"), qint64(-1));
        QCOMPARE(MessageFacts::goDurationSeconds(u"1m0.809s"), 60.809);
        QCOMPARE(MessageFacts::goDurationSeconds(u"49.18401355s"), 49.18401355);
        QCOMPARE(MessageFacts::goDurationSeconds(u"1.5\u00b5s"), 1.5e-6);
        QCOMPARE(MessageFacts::goDurationSeconds(u"5x"), -1.0);
    }

    void duplicateEventsAcrossInputsKeptOnce()
    {
        const QString dir = QStringLiteral(PULLSCOPE_TEST_DATA "/engine/pull-failed-retrying/input.yaml");
        ClusterSnapshot snap;
        LoadError e;
        QVERIFY(InputLoader::loadPath(dir, snap, {}, &e));
        const auto events = snap.events.size();
        QVERIFY(InputLoader::loadPath(dir, snap, {}, &e));
        QCOMPARE(snap.events.size(), events);
        QCOMPARE(snap.pods.size(), 1);
    }

    // The same event from a second input fills in what the first copy lacked, in its
    // own subject only: another event that shared it keeps its empty fields.
    void duplicateEventFillsItsSubject()
    {
        QSharedDataPointer<EventSubject> bare(new EventSubject);
        bare->objectNamespace = QStringLiteral("shop");
        bare->objectName = QStringLiteral("web-1");
        const auto event = [](const QString &reason, const QSharedDataPointer<EventSubject> &subject) {
            Event e;
            e.reason = reason;
            e.message = QStringLiteral("Pulling image \"nginx\"");
            e.setSubject(subject);
            return e;
        };
        ClusterSnapshot first;
        first.addEvent(event(QStringLiteral("Pulling"), bare));
        first.addEvent(event(QStringLiteral("Pulled"), bare));
        ClusterSnapshot second;
        Event richer = event(QStringLiteral("Pulling"), bare);
        richer.editSubject().objectUid = QStringLiteral("uid-1");
        richer.editSubject().fieldPath = QStringLiteral("spec.containers{web}");
        richer.editSubject().host = QStringLiteral("node-2");
        richer.editSubject().source = QStringLiteral("kubelet");
        second.addEvent(std::move(richer));

        first.merge(std::move(second));
        QCOMPARE(first.events.size(), 2);
        const Event &merged = first.events.at(0);
        QCOMPARE(merged.objectUid(), QStringLiteral("uid-1"));
        QCOMPARE(merged.fieldPath(), QStringLiteral("spec.containers{web}"));
        QCOMPARE(merged.host(), QStringLiteral("node-2"));
        QCOMPARE(merged.source(), QStringLiteral("kubelet"));
        QCOMPARE(first.events.at(1).objectName(), QStringLiteral("web-1"));
        QVERIFY(first.events.at(1).objectUid().isEmpty());
        QVERIFY(first.events.at(1).host().isEmpty());
        QVERIFY(std::as_const(bare)->objectUid.isEmpty());
    }

    void jsonOutputShape()
    {
        const DiagnosisReport r = diagnoseFolder(QStringLiteral(PULLSCOPE_TEST_DATA "/engine/pull-failed-retrying"));
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        ReportWriter::writeJson(r, &buf);
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(buf.data(), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonObject top = doc.object();
        QCOMPARE(top.value(QLatin1String("tool")).toString(), QStringLiteral("pullscope"));
        const QJsonObject c = top.value(QLatin1String("containers")).toArray().at(0).toObject();
        for (const char *k : {"namespace", "pod", "container", "containerType", "owner", "node", "image", "imageRef",
                 "policy", "policySource", "path", "failingStep", "state", "cause", "pullAttempts",
                 "pullDurationSeconds", "imageSizeBytes", "events"})
            QVERIFY2(c.contains(QLatin1String(k)), k);
        const QJsonObject ev = c.value(QLatin1String("cause")).toObject().value(QLatin1String("evidence")).toObject();
        const QString msg = ev.value(QLatin1String("message")).toString();
        const int s = ev.value(QLatin1String("matchStart")).toInt(), e = ev.value(QLatin1String("matchEnd")).toInt();
        QCOMPARE(msg.mid(s, e - s), QStringLiteral("not found"));
        QCOMPARE(top.value(QLatin1String("summary"))
                     .toObject()
                     .value(QLatin1String("byCause"))
                     .toObject()
                     .value(QLatin1String("image-not-found"))
                     .toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisEngine)
#include "tst_diagnosisengine.moc"

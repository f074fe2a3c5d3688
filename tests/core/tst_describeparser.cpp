#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "describeparser.h"
#include "eventtableparser.h"
#include "../testsupport.h"

using namespace PullScope;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(PULLSCOPE_TEST_DATA "/describe/") + name;
}

QByteArray fixture(const QString &name)
{
    return TestSupport::readFixture(fixturePath(name));
}

// Parses a fixture that must parse; the test fails on an error.
ClusterSnapshot parsed(const QString &name, const QByteArray &data)
{
    return TestSupport::parseOrFail<DescribeParser>(name, data);
}

ClusterSnapshot parsed(const QString &name)
{
    return parsed(name, fixture(name));
}

const Pod *pod(const ClusterSnapshot &s, const QString &ns, const QString &name)
{
    const int i = s.podIndex(ns, name);
    return i < 0 ? nullptr : &s.pods.at(i);
}

QList<Event> eventsOf(const ClusterSnapshot &s, const QString &name)
{
    QList<Event> out;
    for (const Event &e : s.events)
        if (e.objectName() == name)
            out.append(e);
    return out;
}

} // namespace

class TestDescribeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLike_data();
    void looksLike();
    void fullPod();
    void events_data();
    void events();
    void multiPod();
    void initAndEphemeral();
    void seedSnippets_data();
    void seedSnippets();
    void upstreamSampleWithoutName();
    void nonPodBlockSkipped();
    void crlfSameAsLf();
    void errors_data();
    void errors();
    void garbageNeverCrashes();
};

void TestDescribeParser::looksLike_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("describe");

    const QStringList describeFixtures = {
        QStringLiteral("imagepullbackoff.txt"),
        QStringLiteral("multi-pod.txt"),
        QStringLiteral("init-ephemeral-1.35.txt"),
        QStringLiteral("prefix-1.35.txt"),
        QStringLiteral("old-from.txt"),
        QStringLiteral("ages.txt"),
        QStringLiteral("seed-3.1-pulling.txt"),
        QStringLiteral("seed-4.1-auth-headerless.txt"),
        QStringLiteral("upstream-7.3-events.txt"),
    };
    for (const QString &f : describeFixtures)
        QTest::newRow(qPrintable(f)) << fixture(f) << true;
    QTest::newRow("event table") << QByteArray("LAST SEEN   TYPE      REASON   OBJECT   MESSAGE\n") << false;
    QTest::newRow("json") << QByteArray("{\"kind\":\"List\",\"items\":[]}\n") << false;
    QTest::newRow("name only") << QByteArray("Name:  x\nLabels:  <none>\n") << false;
    QTest::newRow("binary") << QByteArray("Name:  x\nNamespace:\0\x01\x02", 22) << false;
    // A sniffed head may end inside a multi-byte character: still text.
    QByteArray cut = fixture(QStringLiteral("imagepullbackoff.txt")) + "Message: \xE9\x95";
    QTest::newRow("head cut in UTF-8") << cut << true;
}

void TestDescribeParser::looksLike()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, describe);
    QCOMPARE(DescribeParser::looksLike(data), describe);
    if (describe)
        QVERIFY(!EventTableParser::looksLike(data));
}

void TestDescribeParser::fullPod()
{
    const ClusterSnapshot s = parsed(QStringLiteral("imagepullbackoff.txt"));
    QCOMPARE(s.pods.size(), 1);
    const Pod *p = pod(s, QStringLiteral("default"), QStringLiteral("nginx-7d5bc-xyz12"));
    QVERIFY(p);
    QCOMPARE(p->node, QStringLiteral("node-03"));
    QCOMPARE(p->phase, QStringLiteral("Pending"));
    QCOMPARE(p->owner.kind, QStringLiteral("ReplicaSet"));
    QCOMPARE(p->owner.name, QStringLiteral("nginx-7d5bc"));
    QCOMPARE(p->serviceAccount, QStringLiteral("default"));
    QVERIFY(!p->hasSpec);
    QCOMPARE(p->origin.line, 1);
    QCOMPARE(p->origin.file, QStringLiteral("imagepullbackoff.txt"));
    QCOMPARE(p->containers.size(), 1);
    const Container &c = p->containers.first();
    QCOMPARE(c.name, QStringLiteral("nginx"));
    QCOMPARE(c.type, ContainerType::Container);
    QCOMPARE(c.image, QStringLiteral("nginx:1.25.999"));
    QVERIFY(!c.hasSpec);
    QVERIFY(c.imagePullPolicy.isEmpty());
    QVERIFY(c.status.present);
    QCOMPARE(c.status.waitingReason, QStringLiteral("ImagePullBackOff"));
    QCOMPARE(c.status.waitingMessage, QStringLiteral("Back-off pulling image \"nginx:1.25.999\""));
    QVERIFY(!c.status.running);
    QVERIFY(!c.status.ready);
    QCOMPARE(c.status.restartCount, 0);
    QVERIFY(c.status.imageID.isEmpty());
    QCOMPARE(s.events.size(), 6);
    QVERIFY(s.warnings.isEmpty());
}

void TestDescribeParser::events_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("age");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstAge");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("fieldPath");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("pod");
    QTest::addColumn<int>("line");

    const QString nf = QStringLiteral(
        "Failed to pull image \"nginx:1.25.999\": rpc error: code = NotFound desc = failed to pull and unpack image "
        "\"docker.io/library/nginx:1.25.999\": failed to resolve reference \"docker.io/library/nginx:1.25.999\": "
        "docker.io/library/nginx:1.25.999: not found");
    const QString ipb = QStringLiteral("imagepullbackoff.txt");
    const QString dflt = QStringLiteral("default");
    const QString nginx = QStringLiteral("nginx-7d5bc-xyz12");
    QTest::newRow("scheduled") << ipb << 0 << "Normal"
                               << "Scheduled"
                               << "10m" << 1 << ""
                               << "default-scheduler"
                               << ""
                               << ""
                               << "Successfully assigned default/nginx-7d5bc-xyz12 to node-03" << dflt << nginx << 57;
    QTest::newRow("pulling x4") << ipb << 1 << "Normal"
                                << "Pulling"
                                << "8m37s" << 4 << "10m"
                                << "kubelet"
                                << ""
                                << ""
                                << "Pulling image \"nginx:1.25.999\"" << dflt << nginx << 58;
    QTest::newRow("failed x4") << ipb << 2 << "Warning"
                               << "Failed"
                               << "8m36s" << 4 << "10m"
                               << "kubelet"
                               << ""
                               << "" << nf << dflt << nginx << 59;
    QTest::newRow("backoff x20") << ipb << 4 << "Normal"
                                 << "BackOff"
                                 << "5m" << 20 << "10m"
                                 << "kubelet"
                                 << ""
                                 << ""
                                 << "Back-off pulling image \"nginx:1.25.999\"" << dflt << nginx << 61;

    const QString pfx = QStringLiteral("prefix-1.35.txt");
    const QString web = QStringLiteral("web-6b7f9-lk2jd");
    QTest::newRow("1.35 secret, no prefix")
        << pfx << 1 << "Warning"
        << "FailedToRetrieveImagePullSecret"
        << "65s" << 5 << "3m"
        << "kubelet"
        << ""
        << ""
        << "Unable to retrieve some image pull secrets (ghcr-secret); attempting to pull the image may not succeed."
        << dflt << web << 43;
    QTest::newRow("1.35 prefix stripped") << pfx << 4 << "Warning"
                                          << "Failed"
                                          << "64s" << 5 << "3m"
                                          << "kubelet"
                                          << ""
                                          << "spec.containers{web}"
                                          << "Error: ErrImagePull" << dflt << web << 46;
    QTest::newRow("1.35 backoff") << pfx << 5 << "Normal"
                                  << "BackOff"
                                  << "2s" << 12 << "3m"
                                  << "kubelet"
                                  << ""
                                  << "spec.containers{web}"
                                  << "Back-off pulling image \"ghcr.io/acme/web:1.0\"" << dflt << web << 47;

    const QString old = QStringLiteral("old-from.txt");
    const QString legacy = QStringLiteral("legacy-app-6d4cf56db6-2x9fk");
    QTest::newRow("old From with host")
        << old << 2 << "Warning"
        << "Failed"
        << "58s" << 3 << "2m"
        << "kubelet"
        << "node-03"
        << ""
        << "Failed to pull image \"harbor.example.com/legacy/app:1.0\": rpc error: code = Unknown desc = Error "
           "response "
           "from daemon: Get https://harbor.example.com/v2/: x509: certificate signed by unknown authority"
        << "legacy" << legacy << 33;
    QTest::newRow("old From scheduler") << old << 0 << "Normal"
                                        << "Scheduled"
                                        << "2m" << 1 << ""
                                        << "default-scheduler"
                                        << ""
                                        << ""
                                        << "Successfully assigned legacy/legacy-app-6d4cf56db6-2x9fk to node-03"
                                        << "legacy" << legacy << 31;

    const QString ages = QStringLiteral("ages.txt");
    const QString clock = QStringLiteral("clock-skew-pod");
    QTest::newRow("<unknown>") << ages << 0 << "Normal"
                               << "Scheduled"
                               << "<unknown>" << 1 << ""
                               << "default-scheduler"
                               << ""
                               << ""
                               << "Successfully assigned default/clock-skew-pod to node-04" << dflt << clock << 15;
    QTest::newRow("<invalid>") << ages << 1 << "Normal"
                               << "Pulling"
                               << "<invalid>" << 1 << ""
                               << "kubelet"
                               << ""
                               << ""
                               << "Pulling image \"alpine:3.19\"" << dflt << clock << 16;
    QTest::newRow("1.30 pulled") << ages << 2 << "Normal"
                                 << "Pulled"
                                 << "0s" << 1 << ""
                                 << "kubelet"
                                 << ""
                                 << ""
                                 << "Successfully pulled image \"alpine:3.19\" in 717ms (718ms including waiting). "
                                    "Image size: 3408729 bytes."
                                 << dflt << clock << 17;
    QTest::newRow("message keeps its double spaces")
        << ages << 3 << "Warning"
        << "FailedCreatePodSandBox"
        << "2y45d" << 1 << ""
        << "kubelet"
        << ""
        << ""
        << "Failed to create pod sandbox: rpc error: code = Unknown desc =  two  spaces  inside" << dflt << clock << 18;

    // No From (a controller that set neither component nor reportingController): only the
    // header positions keep "Policy" in the message.
    const QString ef = QStringLiteral("empty-from.txt");
    QTest::newRow("empty From") << ef << 1 << "Warning"
                                << "PolicyViolation"
                                << "30s" << 2 << "40s"
                                << ""
                                << ""
                                << ""
                                << "Policy  image-allowlist: registry.evil.example.com is not allowed"
                                << "secure"
                                << "guarded-5c7f-r2d2x" << 16;
}

void TestDescribeParser::events()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const ClusterSnapshot s = parsed(file);
    QVERIFY(index < s.events.size());
    const Event &e = s.events.at(index);
    QTEST(e.type, "type");
    QTEST(e.reason, "reason");
    QTEST(e.age(), "age");
    QTEST(e.count, "count");
    QTEST(e.firstAge(), "firstAge");
    QTEST(e.source(), "source");
    QTEST(e.host(), "host");
    QTEST(e.fieldPath(), "fieldPath");
    QTEST(e.message, "message");
    QTEST(e.objectNamespace(), "ns");
    QTEST(e.objectName(), "pod");
    QCOMPARE(e.objectKind(), QStringLiteral("Pod"));
    QCOMPARE(e.origin().file, file);
    QTEST(int(e.origin().line), "line");
    QVERIFY(!e.firstTimestamp.isValid());
}

void TestDescribeParser::multiPod()
{
    const ClusterSnapshot s = parsed(QStringLiteral("multi-pod.txt"));
    QCOMPARE(s.pods.size(), 3);

    const Pod *web = pod(s, QStringLiteral("shop"), QStringLiteral("web-5f8d9c7b6-abcde"));
    QVERIFY(web);
    QCOMPARE(web->phase, QStringLiteral("Running"));
    QCOMPARE(web->node, QStringLiteral("node-01"));
    QCOMPARE(web->serviceAccount, QStringLiteral("web-sa"));
    QCOMPARE(web->containers.size(), 2);
    const Container &w = web->containers.at(0);
    QCOMPARE(w.name, QStringLiteral("web"));
    QCOMPARE(w.image, QStringLiteral("registry.example.com/shop/web:2.4.1"));
    QVERIFY(w.status.running);
    QVERIFY(w.status.ready);
    QCOMPARE(w.status.restartCount, 2);
    QCOMPARE(w.status.lastTerminatedReason, QStringLiteral("OOMKilled"));
    QVERIFY(w.status.terminatedReason.isEmpty());
    QCOMPARE(w.status.exitCode, 0); // 137 belongs to the last state
    QCOMPARE(w.status.imageID,
        QStringLiteral("registry.example.com/shop/web@sha256:"
                       "3f1a5f8e2b7c9d0e4a6b8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f"));
    QCOMPARE(w.status.startedAt, QDateTime(QDate(2026, 2, 3), QTime(9, 1, 2), Qt::UTC));
    const Container &side = web->containers.at(1);
    QCOMPARE(side.name, QStringLiteral("sidecar"));
    QCOMPARE(side.image, QStringLiteral("busybox:1.36"));
    QCOMPARE(side.status.startedAt, QDateTime(QDate(2026, 2, 3), QTime(8, 0, 5), Qt::UTC));
    const QList<Event> webEvents = eventsOf(s, web->name);
    QCOMPARE(webEvents.size(), 3);
    QCOMPARE(webEvents.at(0).reason, QStringLiteral("Pulled"));
    QCOMPARE(webEvents.at(0).count, 3);
    QCOMPARE(webEvents.at(0).firstAge(), QStringLiteral("84m"));
    QCOMPARE(webEvents.at(0).objectNamespace(), QStringLiteral("shop"));

    const Pod *api = pod(s, QStringLiteral("shop"), QStringLiteral("api-0"));
    QVERIFY(api);
    QVERIFY(api->node.isEmpty()); // "Node: <none>"
    QCOMPARE(api->phase, QStringLiteral("Pending"));
    QCOMPARE(api->owner.kind, QStringLiteral("StatefulSet"));
    QCOMPARE(api->owner.name, QStringLiteral("api"));
    QCOMPARE(api->containers.size(), 1);
    QCOMPARE(api->containers.first().image, QStringLiteral("registry.example.com/shop/api:latest"));
    QVERIFY(!api->containers.first().status.present); // unscheduled: no status lines
    const QList<Event> apiEvents = eventsOf(s, api->name);
    QCOMPARE(apiEvents.size(), 1);
    QCOMPARE(apiEvents.first().reason, QStringLiteral("FailedScheduling"));
    QCOMPARE(apiEvents.first().source(), QStringLiteral("default-scheduler"));

    const Pod *cache = pod(s, QStringLiteral("default"), QStringLiteral("cache-7c9d8-qq2lm"));
    QVERIFY(cache);
    QCOMPARE(cache->containers.size(), 1);
    QCOMPARE(cache->containers.first().name, QStringLiteral("redis"));
    QVERIFY(cache->containers.first().status.running);
    QVERIFY(eventsOf(s, cache->name).isEmpty()); // "Events: <none>"
    QCOMPARE(s.events.size(), 4);
    QVERIFY(cache->origin.line > api->origin.line);
    QVERIFY(api->origin.line > web->origin.line);
}

void TestDescribeParser::initAndEphemeral()
{
    const ClusterSnapshot s = parsed(QStringLiteral("init-ephemeral-1.35.txt"));
    QCOMPARE(s.pods.size(), 1);
    const Pod &p = s.pods.first();
    QCOMPARE(p.namespace_, QStringLiteral("batch"));
    QCOMPARE(p.owner.kind, QStringLiteral("Job"));
    QCOMPARE(p.containers.size(), 4);

    const Container &cfg = p.containers.at(0);
    QCOMPARE(cfg.name, QStringLiteral("init-config"));
    QCOMPARE(cfg.type, ContainerType::Init);
    QVERIFY(cfg.status.terminated);
    QCOMPARE(cfg.status.terminatedReason, QStringLiteral("Completed"));
    QCOMPARE(cfg.status.exitCode, 0);
    QVERIFY(cfg.status.ready);

    const Container &db = p.containers.at(1);
    QCOMPARE(db.name, QStringLiteral("init-db"));
    QCOMPARE(db.type, ContainerType::Init);
    QCOMPARE(db.image, QStringLiteral("registry.example.com/tools/migrate:v3"));
    QCOMPARE(db.status.waitingReason, QStringLiteral("ErrImagePull"));
    QVERIFY(db.status.waitingMessage.endsWith(QLatin1String("[manifests v3]: 401 Unauthorized")));
    QVERIFY(db.status.imageID.isEmpty());

    const Container &main = p.containers.at(2);
    QCOMPARE(main.name, QStringLiteral("migrate"));
    QCOMPARE(main.type, ContainerType::Container);
    QCOMPARE(main.status.waitingReason, QStringLiteral("PodInitializing"));

    const Container &dbg = p.containers.at(3);
    QCOMPARE(dbg.name, QStringLiteral("debugger-x7k2p"));
    QCOMPARE(dbg.type, ContainerType::Ephemeral);
    QVERIFY(dbg.status.running);
    QVERIFY(!dbg.status.ready);
    QCOMPARE(dbg.status.startedAt, QDateTime(QDate(2026, 2, 3), QTime(9, 25, 11), Qt::UTC));

    QCOMPARE(s.events.size(), 6);
    const Event &pulling = s.events.at(2);
    QCOMPARE(pulling.fieldPath(), QStringLiteral("spec.initContainers{init-db}"));
    QCOMPARE(pulling.containerName(), QStringLiteral("init-db"));
    QCOMPARE(pulling.containerKind(), QStringLiteral("init"));
    QCOMPARE(pulling.message, QStringLiteral("Pulling image \"registry.example.com/tools/migrate:v3\""));
    QCOMPARE(pulling.count, 3);
    const Event &eph = s.events.at(5);
    QCOMPARE(eph.fieldPath(), QStringLiteral("spec.ephemeralContainers{debugger-x7k2p}"));
    QCOMPARE(eph.containerKind(), QStringLiteral("ephemeral"));
    QCOMPARE(eph.message, QStringLiteral("Container image \"busybox:1.36\" already present on machine"));
    QVERIFY(s.events.at(0).fieldPath().isEmpty());
}

void TestDescribeParser::seedSnippets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pod");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("age");
    QTest::addColumn<int>("eventCount");
    QTest::addColumn<QString>("message");

    QTest::newRow("3.1 Pulling") << "seed-3.1-pulling.txt"
                                 << "nginx-deployment-7d5bc-xyz12" << 2 << 1 << "Normal"
                                 << "Pulling"
                                 << "28s" << 1 << "Pulling image \"nginx:1.25.3\"";
    QTest::newRow("3.2 Pulled") << "seed-3.2-pulled.txt"
                                << "nginx-deployment-7d5bc-xyz12" << 5 << 2 << "Normal"
                                << "Pulled"
                                << "28s" << 1
                                << "Successfully pulled image \"nginx:1.25.3\" in 5.2s (5.2s including waiting)";
    QTest::newRow("3.3 AlreadyPresent (seed reason)")
        << "seed-3.3-alreadypresent.txt"
        << "nginx-deployment-7d5bc-abc89" << 4 << 1 << "Normal"
        << "AlreadyPresent"
        << "4s" << 1 << "Container image \"nginx:1.25.3\" already present on machine";
    QTest::newRow("4.1 Failed") << "seed-4.1-failed.txt"
                                << "nginx-deployment-7d5bc-xyz12" << 4 << 3 << "Warning"
                                << "Failed"
                                << "2m10s" << 1 << "Error: ErrImagePull";
    QTest::newRow("4.1 auth, rows without header")
        << "seed-4.1-auth-headerless.txt"
        << "private-app-xyz12" << 1 << 0 << "Warning"
        << "Failed"
        << "10s" << 1
        << "Failed to pull image \"myregistry.example.com/private/app:v1.0\": rpc error: code = Unknown desc = failed "
           "to pull and unpack image \"myregistry.example.com/private/app:v1.0\": failed to resolve reference "
           "\"myregistry.example.com/private/app:v1.0\": pulling from host myregistry.example.com failed with status "
           "code [manifests v1.0]: 401 Unauthorized";
    QTest::newRow("4.2 BackOff (x4 over 10m)") << "seed-4.2-backoff.txt"
                                               << "nginx-deployment-7d5bc-xyz12" << 6 << 4 << "Normal"
                                               << "BackOff"
                                               << "9m30s" << 4 << "Back-off pulling image \"nginx:wrong-tag\"";
    QTest::newRow("4.3 ErrImageNeverPull")
        << "seed-4.3-neverpull.txt"
        << "offline-app-xyz12" << 3 << 1 << "Warning"
        << "ErrImageNeverPull"
        << "28s" << 1 << "Container image \"myapp:v1.0\" is not present with pull policy of Never";
    QTest::newRow("4.4 InspectFailed") << "seed-4.4-inspectfailed.txt"
                                       << "corrupted-image-xyz12" << 5 << 4 << "Warning"
                                       << "Failed"
                                       << "1m" << 1 << "Error: InspectFailed";
}

void TestDescribeParser::seedSnippets()
{
    QFETCH(QString, file);
    QFETCH(QString, pod);
    QFETCH(int, count);
    QFETCH(int, index);
    const ClusterSnapshot s = parsed(file);
    // Only the Events section was printed: no pod is invented, the prompt line names it.
    QVERIFY(s.pods.isEmpty());
    QVERIFY(s.warnings.isEmpty());
    QCOMPARE(s.events.size(), count);
    for (const Event &e : s.events) {
        QCOMPARE(e.objectName(), pod);
        QCOMPARE(e.objectKind(), QStringLiteral("Pod"));
        QVERIFY(e.objectNamespace().isEmpty());
    }
    const Event &e = s.events.at(index);
    QTEST(e.type, "type");
    QTEST(e.reason, "reason");
    QTEST(e.age(), "age");
    QTEST(e.count, "eventCount");
    QTEST(e.message, "message");
    QCOMPARE(e.source(), QStringLiteral("kubelet"));
}

void TestDescribeParser::upstreamSampleWithoutName()
{
    // upstream-facts 7.3: the last two rows come from other outputs and do not line up.
    const ClusterSnapshot s = parsed(QStringLiteral("upstream-7.3-events.txt"));
    QCOMPARE(s.events.size(), 5);
    QCOMPARE(s.warnings.size(), 1);
    QVERIFY(s.warnings.first().startsWith(QLatin1String("upstream-7.3-events.txt:1: ")));
    const Event &pulled = s.events.at(2);
    QCOMPARE(pulled.age(), QStringLiteral("27s"));
    QCOMPARE(pulled.count, 2);
    QCOMPARE(pulled.firstAge(), QStringLiteral("40s"));
    const Event &backoff = s.events.at(3);
    QCOMPARE(backoff.type, QStringLiteral("Normal"));
    QCOMPARE(backoff.reason, QStringLiteral("BackOff"));
    QCOMPARE(backoff.age(), QStringLiteral("4m55s"));
    QCOMPARE(backoff.count, 5959);
    QCOMPARE(backoff.firstAge(), QStringLiteral("22h"));
    QCOMPARE(backoff.source(), QStringLiteral("kubelet"));
    QCOMPARE(backoff.message, QStringLiteral("Back-off pulling image \"<the image>\""));
    QCOMPARE(backoff.origin().line, 7);
    const Event &combined = s.events.at(4);
    QCOMPARE(combined.count, 83);
    QCOMPARE(combined.firstAge(), QStringLiteral("7h46m"));
    QCOMPARE(combined.message,
        QStringLiteral("(combined from similar events): Failed to pull image "
                       "\"busybox:1.36.1\": rpc error: ..."));
    QVERIFY(combined.objectName().isEmpty());
}

void TestDescribeParser::nonPodBlockSkipped()
{
    const ClusterSnapshot s = parsed(QStringLiteral("deployment.txt"));
    QCOMPARE(s.warnings.size(), 1);
    QVERIFY(s.warnings.first().startsWith(QLatin1String("deployment.txt:1: ")));
    QVERIFY(s.warnings.first().contains(QLatin1String("\"nginx\"")));
    QCOMPARE(s.pods.size(), 1);
    QCOMPARE(s.pods.first().name, QStringLiteral("nginx-7d5bc-xyz12"));
    QCOMPARE(s.events.size(), 1);
    QCOMPARE(s.events.first().objectName(), QStringLiteral("nginx-7d5bc-xyz12"));
    QCOMPARE(s.events.first().message, QStringLiteral("Error: ImagePullBackOff"));
}

void TestDescribeParser::crlfSameAsLf()
{
    const QByteArray lf = fixture(QStringLiteral("multi-pod.txt"));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    const ClusterSnapshot a = parsed(QStringLiteral("lf"), lf);
    const ClusterSnapshot b = parsed(QStringLiteral("crlf"), crlf);
    QCOMPARE(b.pods.size(), a.pods.size());
    for (int i = 0; i < a.pods.size(); ++i) {
        QCOMPARE(b.pods.at(i).key(), a.pods.at(i).key());
        QCOMPARE(b.pods.at(i).node, a.pods.at(i).node);
        QCOMPARE(b.pods.at(i).containers.size(), a.pods.at(i).containers.size());
        for (int c = 0; c < a.pods.at(i).containers.size(); ++c) {
            QCOMPARE(b.pods.at(i).containers.at(c).image, a.pods.at(i).containers.at(c).image);
            QCOMPARE(b.pods.at(i).containers.at(c).status.imageID, a.pods.at(i).containers.at(c).status.imageID);
        }
    }
    QCOMPARE(b.events.size(), a.events.size());
    for (int i = 0; i < a.events.size(); ++i) {
        QCOMPARE(b.events.at(i).message, a.events.at(i).message);
        QCOMPARE(b.events.at(i).age(), a.events.at(i).age());
        QCOMPARE(b.events.at(i).origin().line, a.events.at(i).origin().line);
    }
    QVERIFY(!b.events.last().message.endsWith(QLatin1Char('\r')));
}

void TestDescribeParser::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("contains");

    QTest::newRow("malformed Events header")
        << fixture(QStringLiteral("error-bad-header.txt")) << 6 << "malformed Events header";
    QTest::newRow("row with fewer columns")
        << fixture(QStringLiteral("error-short-row.txt")) << 9 << "event row has 2 columns";
    QByteArray crlf = fixture(QStringLiteral("error-short-row.txt"));
    crlf.replace("\n", "\r\n");
    QTest::newRow("row with fewer columns, CRLF") << crlf << 9 << "event row has 2 columns";
    QTest::newRow("NUL byte") << QByteArray("Name:  a\nNamespace:  b\nStatus:\0Pending\n", 38) << 3 << "binary";
    QTest::newRow("bad UTF-8") << QByteArray("Name:  a\n\xff\xfe\x00garbage\n", 20) << 2 << "binary";
    QTest::newRow("not describe text") << QByteArray("\n\nhello world\nthis is prose\n") << 3
                                       << "not kubectl describe pod output";
}

void TestDescribeParser::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, contains);
    ClusterSnapshot s;
    s.warnings.append(QStringLiteral("before"));
    QString error;
    QVERIFY(!DescribeParser::parse(data, QStringLiteral("in.txt"), s, &error));
    QCOMPARE(error.section(QLatin1Char(':'), 0, 0), QStringLiteral("in.txt"));
    QCOMPARE(error.section(QLatin1Char(':'), 1, 1).toInt(), line);
    QVERIFY2(error.contains(contains), qPrintable(error));
    // A failed parse leaves the snapshot as it was.
    QCOMPARE(s.warnings, QStringList {QStringLiteral("before")});
    QVERIFY(s.pods.isEmpty());
    QVERIFY(s.events.isEmpty());
}

void TestDescribeParser::garbageNeverCrashes()
{
    static const QRegularExpression errorShape(QStringLiteral("^x\\.txt:[0-9]+: \\S"));
    const QList<QByteArray> inputs = TestSupport::mangledInputs(
        {fixture(QStringLiteral("multi-pod.txt")), fixture(QStringLiteral("init-ephemeral-1.35.txt")),
            fixture(QStringLiteral("upstream-7.3-events.txt"))},
        13, 200, 7);
    int failures = 0;
    for (const QByteArray &in : std::as_const(inputs)) {
        ClusterSnapshot s;
        QString error;
        if (!DescribeParser::parse(in, QStringLiteral("x.txt"), s, &error)) {
            ++failures;
            QVERIFY2(errorShape.match(error).hasMatch(), qPrintable(error));
        }
    }
    QVERIFY(failures >= 50); // at least the random bytes are refused
}

QTEST_GUILESS_MAIN(TestDescribeParser)
#include "tst_describeparser.moc"

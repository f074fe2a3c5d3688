// Failure correlation (issue 7 item 6): failures grouped by registry, node and time, read the
// way a senior engineer would (one node's DNS, Docker Hub's 429 on every node, one registry's
// certificate), on the bundled cluster and on small built cases.
#include <QTest>

#include "audit/failurecorrelation.h"

#include "../testsupport.h"

using namespace PullScope;

namespace {

QString describe(const Correlation &c)
{
    QString s;
    for (const CorrelationReading &r : c.readings)
        s += r.id + QStringLiteral(" [") + r.registry + QStringLiteral("] nodes=") + r.nodes.join(QLatin1Char(','))
            + QStringLiteral(" reaching=") + r.reachingNodes.join(QLatin1Char(',')) + QLatin1Char('\n');
    return s;
}

const CorrelationReading *reading(const Correlation &c, const QString &id, const QString &registry = {})
{
    for (const CorrelationReading &r : c.readings)
        if (r.id == id && (registry.isEmpty() || r.registry == registry))
            return &r;
    return nullptr;
}

int count(const Correlation &c, const QString &id)
{
    return int(
        std::count_if(c.readings.cbegin(), c.readings.cend(), [&](const CorrelationReading &r) { return r.id == id; }));
}

const QDateTime T0 = QDateTime(QDate(2026, 2, 3), QTime(9, 0), Qt::UTC);

// A failing container on `node` pulling `image`, its first Warning `minute` minutes after T0.
ContainerDiagnosis failing(
    const QString &pod, const QString &node, const QString &image, const QString &cause, int minute = 0)
{
    ContainerDiagnosis d;
    d.namespace_ = QStringLiteral("ns");
    d.pod = pod;
    d.container = QStringLiteral("c");
    d.node = node;
    d.image = image;
    d.imageRef = ImageReference::parse(image);
    d.state = QStringLiteral("failing");
    d.hasCause = true;
    d.cause.id = cause;
    d.path = {QLatin1String(Step::ImageName), QLatin1String(Step::Policy), QLatin1String(Step::LocalCheck),
        QLatin1String(Step::Pulling), QLatin1String(Step::PullFailed)};
    Event pulling;
    pulling.type = QStringLiteral("Normal");
    pulling.reason = QStringLiteral("Pulling");
    pulling.firstTimestamp = T0.addSecs(minute * 60 - 5);
    Event failed;
    failed.type = QStringLiteral("Warning");
    failed.reason = QStringLiteral("Failed");
    failed.firstTimestamp = T0.addSecs(minute * 60);
    d.events = {pulling, failed};
    return d;
}

ContainerDiagnosis pulled(const QString &pod, const QString &node, const QString &image)
{
    ContainerDiagnosis d = failing(pod, node, image, QString());
    d.state = QStringLiteral("ok");
    d.hasCause = false;
    d.cause = {};
    d.path = {QLatin1String(Step::ImageName), QLatin1String(Step::Policy), QLatin1String(Step::LocalCheck),
        QLatin1String(Step::Pulling), QLatin1String(Step::Pulled), QLatin1String(Step::Start)};
    return d;
}

DiagnosisReport reportOf(const QList<ContainerDiagnosis> &cs)
{
    DiagnosisReport r;
    r.containers = cs;
    return r;
}

} // namespace

class TestAuditCorrelation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledReadings();
    void bundledGroups();
    void dockerHubRateLimitOnEveryNode();
    void certificateReadings_data();
    void certificateReadings();
    void networkReadings();
    void incidentWindow();
    void notAPullProblemIsLeftOut();
};

void TestAuditCorrelation::bundledReadings()
{
    const DiagnosisReport report = TestSupport::bundledCluster();
    const Correlation c = FailureCorrelation::correlate(report);
    const QString all = describe(c);
    // The legacy pool's resolver: node-06 and node-07 cannot resolve Docker Hub, while
    // node-01 (docs-site pulled, ml-pipeline got an answer) and node-02 (429) reach it.
    const CorrelationReading *dns = reading(c, QStringLiteral("node-dns"), QStringLiteral("docker.io"));
    QVERIFY2(dns, qPrintable(all));
    QCOMPARE(dns->nodes, QStringList({QStringLiteral("node-06"), QStringLiteral("node-07")}));
    QVERIFY(dns->reachingNodes.contains(QStringLiteral("node-01")));
    QVERIFY(dns->reachingNodes.contains(QStringLiteral("node-02")));
    QVERIFY(dns->text.contains(QLatin1String("resolver")));
    QCOMPARE(dns->containers.size(), 2);
    // Docker Hub's 429: the shared quota, fixed with a mirror.
    const CorrelationReading *hub = reading(c, QStringLiteral("docker-hub-rate-limit"));
    QVERIFY2(hub, qPrintable(all));
    QCOMPARE(hub->nodes, QStringList({QStringLiteral("node-02")}));
    QCOMPARE(hub->wizard, QStringLiteral("mirror"));
    QVERIFY(hub->text.contains(QLatin1String("100")));
    // node-05's runtime proxy, while three nodes reach Docker Hub.
    const CorrelationReading *proxy = reading(c, QStringLiteral("node-proxy"), QStringLiteral("docker.io"));
    QVERIFY2(proxy, qPrintable(all));
    QCOMPARE(proxy->nodes, QStringList({QStringLiteral("node-05")}));
    // node-01 cannot connect to quay.io while node-04 gets answers from it.
    const CorrelationReading *quay = reading(c, QStringLiteral("node-network"), QStringLiteral("quay.io"));
    QVERIFY2(quay, qPrintable(all));
    QCOMPARE(quay->nodes, QStringList({QStringLiteral("node-01")}));
    QCOMPARE(quay->reachingNodes, QStringList({QStringLiteral("node-04")}));
    // The registries' own certificates.
    QVERIFY2(reading(c, QStringLiteral("registry-certificate"), QStringLiteral("registry.lab.example.com")),
        qPrintable(all));
    QVERIFY(reading(c, QStringLiteral("registry-certificate"), QStringLiteral("registry.lab.example.com"))
                ->text.contains(QLatin1String("expired")));
    QVERIFY(reading(c, QStringLiteral("registry-certificate"), QStringLiteral("harbor.dev.example.com")));
    QVERIFY(reading(c, QStringLiteral("registry-ca-untrusted"), QStringLiteral("registry.gitlab.example.com")));
    QVERIFY(reading(c, QStringLiteral("registry-plain-http"), QStringLiteral("10.20.5.40:5000")));
    QVERIFY(reading(c, QStringLiteral("registry-down"), QStringLiteral("registry.ml.example.com")));
    // access-denied on Docker Hub is two wrong repository names (netshoot, acme/ml-pipeline),
    // not one shared credential.
    QVERIFY2(!reading(c, QStringLiteral("registry-credentials"), QStringLiteral("docker.io")), qPrintable(all));
    // Many unrelated causes starting in one window are not read as one incident.
    QCOMPARE(count(c, QStringLiteral("incident-window")), 0);
    for (const CorrelationReading &r : c.readings) {
        QVERIFY(!r.text.isEmpty());
        for (int i : r.containers)
            QCOMPARE(report.containers.at(i).state, QStringLiteral("failing"));
    }
}

void TestAuditCorrelation::bundledGroups()
{
    const DiagnosisReport report = TestSupport::bundledCluster();
    const Correlation c = FailureCorrelation::correlate(report);
    int failing = 0;
    for (const ContainerDiagnosis &d : report.containers)
        if (d.state == QLatin1String("failing") && d.cause.id != QLatin1String("not-a-pull-problem")
            && d.imageRef.isValid())
            ++failing;
    int inRegistries = 0, inTime = 0;
    for (const FailureGroup &g : c.byRegistry)
        inRegistries += int(g.containers.size());
    for (const FailureGroup &g : c.byTime)
        inTime += int(g.containers.size());
    QCOMPARE(inRegistries, failing);
    QCOMPARE(inTime, failing); // every failure of the bundled cluster has a timestamp
    // Docker Hub has the most failures (access denied, 429, DNS, proxy, not found, QPS ...);
    // groups are ordered by size.
    int hub = 0;
    for (const ContainerDiagnosis &d : report.containers)
        if (d.state == QLatin1String("failing") && d.cause.id != QLatin1String("not-a-pull-problem")
            && d.imageRef.registry == QLatin1String("docker.io"))
            ++hub;
    QCOMPARE(c.byRegistry.constFirst().key, QStringLiteral("docker.io"));
    QCOMPARE(int(c.byRegistry.constFirst().containers.size()), hub);
    for (int i = 1; i < c.byRegistry.size(); ++i)
        QVERIFY(c.byRegistry[i - 1].containers.size() >= c.byRegistry[i].containers.size());
    bool node06 = false;
    for (const FailureGroup &g : c.byNode) {
        QCOMPARE(g.dimension, QStringLiteral("node"));
        if (g.key == QLatin1String("node-06")) {
            node06 = true;
            QCOMPARE(g.causes.value(QStringLiteral("dns-failure")), 1);
            QCOMPARE(g.causes.value(QStringLiteral("tls-unknown-authority")), 1);
            QVERIFY(g.registries.contains(QStringLiteral("docker.io")));
        }
    }
    QVERIFY(node06);
    for (int i = 1; i < c.byTime.size(); ++i)
        QVERIFY(c.byTime[i - 1].first < c.byTime[i].first);
}

void TestAuditCorrelation::dockerHubRateLimitOnEveryNode()
{
    const DiagnosisReport r = reportOf({
        failing(
            QStringLiteral("a"), QStringLiteral("n1"), QStringLiteral("nginx:1.27"), QStringLiteral("rate-limited")),
        failing(QStringLiteral("b"), QStringLiteral("n2"), QStringLiteral("redis:7"), QStringLiteral("rate-limited")),
        failing(
            QStringLiteral("c"), QStringLiteral("n3"), QStringLiteral("python:3.12"), QStringLiteral("rate-limited")),
        failing(QStringLiteral("d"), QStringLiteral("n4"), QStringLiteral("harbor.example.com/x/y:1"),
            QStringLiteral("rate-limited")),
    });
    FailureCorrelation::Options o;
    o.dockerHubAnonymousLimit = 40;
    const Correlation c = FailureCorrelation::correlate(r, o);
    const CorrelationReading *hub = reading(c, QStringLiteral("docker-hub-rate-limit"));
    QVERIFY(hub);
    QCOMPARE(hub->nodes, QStringList({QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")}));
    QVERIFY(hub->text.contains(QLatin1String("40")));
    const CorrelationReading *other
        = reading(c, QStringLiteral("registry-rate-limit"), QStringLiteral("harbor.example.com"));
    QVERIFY(other);
    QCOMPARE(other->nodes, QStringList({QStringLiteral("n4")}));
}

void TestAuditCorrelation::certificateReadings_data()
{
    QTest::addColumn<QString>("cause");
    QTest::addColumn<bool>("otherNodePulls");
    QTest::addColumn<QString>("reading");
    QTest::newRow("CA missing on one node") << "tls-unknown-authority" << true << "node-ca-missing";
    QTest::newRow("CA trusted by no node") << "tls-unknown-authority" << false << "registry-ca-untrusted";
    QTest::newRow("expired for everyone") << "tls-expired" << false << "registry-certificate";
    QTest::newRow("expired on one node only: its clock") << "tls-expired" << true << "node-clock";
    QTest::newRow("wrong name") << "tls-hostname-mismatch" << true << "registry-certificate";
    QTest::newRow("plain http") << "http-https-mismatch" << false << "registry-plain-http";
}

void TestAuditCorrelation::certificateReadings()
{
    QFETCH(QString, cause);
    QFETCH(bool, otherNodePulls);
    QFETCH(QString, reading);
    const QString image = QStringLiteral("registry.corp.example.com/app/api:1.0");
    QList<ContainerDiagnosis> cs = {failing(QStringLiteral("a"), QStringLiteral("n1"), image, cause),
        failing(QStringLiteral("b"), QStringLiteral("n2"), image, cause)};
    if (otherNodePulls)
        cs << pulled(
            QStringLiteral("c"), QStringLiteral("n3"), QStringLiteral("registry.corp.example.com/app/web:2.0"));
    const Correlation c = FailureCorrelation::correlate(reportOf(cs));
    QCOMPARE(c.readings.size(), 1);
    QCOMPARE(c.readings[0].id, reading);
    QCOMPARE(c.readings[0].registry, QStringLiteral("registry.corp.example.com"));
    QCOMPARE(c.readings[0].nodes, QStringList({QStringLiteral("n1"), QStringLiteral("n2")}));
    QCOMPARE(c.readings[0].reachingNodes, otherNodePulls ? QStringList {QStringLiteral("n3")} : QStringList {});
}

void TestAuditCorrelation::networkReadings()
{
    const DiagnosisReport r = reportOf({
        // n1 cannot resolve two registries: the node.
        failing(
            QStringLiteral("a"), QStringLiteral("n1"), QStringLiteral("quay.io/a/b:1"), QStringLiteral("dns-failure")),
        failing(
            QStringLiteral("b"), QStringLiteral("n1"), QStringLiteral("ghcr.io/a/b:1"), QStringLiteral("dns-failure")),
        // Three nodes cannot connect to the corp registry and nobody reaches it: the registry.
        failing(QStringLiteral("c"), QStringLiteral("n2"), QStringLiteral("registry.corp.example.com/x:1"),
            QStringLiteral("connection-refused")),
        failing(QStringLiteral("d"), QStringLiteral("n3"), QStringLiteral("registry.corp.example.com/x:1"),
            QStringLiteral("connection-refused")),
        failing(QStringLiteral("e"), QStringLiteral("n4"), QStringLiteral("registry.corp.example.com/y:1"),
            QStringLiteral("connection-refused")),
        // n2 reaches quay.io (an answer: not found).
        failing(QStringLiteral("f"), QStringLiteral("n2"), QStringLiteral("quay.io/a/missing:1"),
            QStringLiteral("image-not-found")),
    });
    const Correlation c = FailureCorrelation::correlate(r);
    const QString all = describe(c);
    const CorrelationReading *wide = reading(c, QStringLiteral("node-network-wide"));
    QVERIFY2(wide, qPrintable(all));
    QCOMPARE(wide->nodes, QStringList({QStringLiteral("n1")}));
    QCOMPARE(wide->containers.size(), 2);
    QVERIFY(reading(c, QStringLiteral("node-dns"), QStringLiteral("quay.io"))); // n2 reaches quay.io
    QVERIFY(reading(c, QStringLiteral("single-node-unreachable"), QStringLiteral("ghcr.io"))); // nobody else tried
    const CorrelationReading *down
        = reading(c, QStringLiteral("registry-unreachable"), QStringLiteral("registry.corp.example.com"));
    QVERIFY2(down, qPrintable(all));
    QCOMPARE(down->nodes, QStringList({QStringLiteral("n2"), QStringLiteral("n3"), QStringLiteral("n4")}));
    QCOMPARE(down->containers.size(), 3);
    // image-not-found has no cluster-wide reading of its own.
    QCOMPARE(c.readings.size(), 4);
}

void TestAuditCorrelation::incidentWindow()
{
    QList<ContainerDiagnosis> cs;
    // Five i/o timeouts to two registries from three nodes within four minutes ...
    const char *nodes[] = {"n1", "n2", "n3", "n1", "n2"};
    for (int i = 0; i < 5; ++i)
        cs << failing(QStringLiteral("p%1").arg(i), QLatin1String(nodes[i]),
            i % 2 ? QStringLiteral("quay.io/a/b:1") : QStringLiteral("ghcr.io/a/b:1"),
            QStringLiteral("network-timeout"), i);
    // ... one unrelated failure in the same window, and two an hour later.
    cs << failing(
        QStringLiteral("q"), QStringLiteral("n4"), QStringLiteral("nginx:1.0"), QStringLiteral("image-not-found"), 2);
    cs << failing(
        QStringLiteral("r1"), QStringLiteral("n1"), QStringLiteral("nginx:1.0"), QStringLiteral("image-not-found"), 60);
    cs << failing(
        QStringLiteral("r2"), QStringLiteral("n2"), QStringLiteral("nginx:1.0"), QStringLiteral("image-not-found"), 62);
    const Correlation c = FailureCorrelation::correlate(reportOf(cs));
    QCOMPARE(c.byTime.size(), 2);
    QCOMPARE(c.byTime[0].containers.size(), 6);
    QCOMPARE(c.byTime[0].key, QStringLiteral("2026-02-03T09:00:00Z"));
    QCOMPARE(c.byTime[1].containers.size(), 2);
    QCOMPARE(count(c, QStringLiteral("incident-window")), 1);
    const CorrelationReading *incident = reading(c, QStringLiteral("incident-window"));
    QCOMPARE(incident->containers.size(), 6);
    QVERIFY(incident->text.contains(QLatin1String("network-timeout")));
    QVERIFY(incident->text.contains(QLatin1String("2026-02-03T09:00:00Z")));

    // A narrower window splits the first burst.
    FailureCorrelation::Options o;
    o.windowMinutes = 1;
    QVERIFY(FailureCorrelation::correlate(reportOf(cs), o).byTime.size() > 2);
}

void TestAuditCorrelation::notAPullProblemIsLeftOut()
{
    ContainerDiagnosis crash = failing(
        QStringLiteral("a"), QStringLiteral("n1"), QStringLiteral("nginx:1"), QStringLiteral("not-a-pull-problem"));
    const Correlation c = FailureCorrelation::correlate(
        reportOf({crash, pulled(QStringLiteral("b"), QStringLiteral("n1"), QStringLiteral("nginx:1"))}));
    QVERIFY(c.byRegistry.isEmpty());
    QVERIFY(c.byNode.isEmpty());
    QVERIFY(c.readings.isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditCorrelation)
#include "tst_audit_correlation.moc"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "describeparser.h"
#include "eventtableparser.h"
#include "../testsupport.h"

using namespace PullScope;

namespace {

QByteArray fixture(const QString &name)
{
    return TestSupport::readFixture(QStringLiteral(PULLSCOPE_TEST_DATA "/eventtable/") + name);
}

ClusterSnapshot parsed(const QString &name, const QByteArray &data)
{
    return TestSupport::parseOrFail<EventTableParser>(name, data);
}

ClusterSnapshot parsed(const QString &name)
{
    return parsed(name, fixture(name));
}

const QString kNotFound = QStringLiteral(
    "Failed to pull image \"nginx:1.25.999\": rpc error: code = NotFound desc = failed to pull and unpack image "
    "\"docker.io/library/nginx:1.25.999\": failed to resolve reference \"docker.io/library/nginx:1.25.999\": "
    "docker.io/library/nginx:1.25.999: not found");

} // namespace

class TestEventTableParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLike_data();
    void looksLike();
    void rows_data();
    void rows();
    void eventCounts_data();
    void eventCounts();
    void emptyResults_data();
    void emptyResults();
    void sessionWithPrompts();
    void crlfSameAsLf();
    void errors_data();
    void errors();
    void garbageNeverCrashes();
};

void TestEventTableParser::looksLike_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("table");

    for (const char *f : {"upstream-7.1.txt", "all-namespaces.txt", "wide.txt", "wide-all-namespaces.txt",
             "kubectl-events.txt", "kubectl-events-all-namespaces.txt", "seed-3.1-pulling.txt", "seed-4.1-failed.txt",
             "no-events.txt", "no-resources.txt", "session.txt"})
        QTest::newRow(f) << fixture(QString::fromLatin1(f)) << true;
    QTest::newRow("header only, single spaces") << QByteArray("LAST SEEN TYPE REASON OBJECT MESSAGE\n") << true;
    QTest::newRow("get pods") << QByteArray(
        "NAME    READY   STATUS    RESTARTS   AGE\nweb-1   1/1     Running   0   5m\n")
                              << false;
    QTest::newRow("no OBJECT") << QByteArray("LAST SEEN   TYPE   REASON   MESSAGE\n") << false;
    QTest::newRow("describe") << QByteArray("Name:  a\nNamespace:  b\n") << false;
    QTest::newRow("binary") << QByteArray("LAST SEEN   TYPE\0", 17) << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestEventTableParser::looksLike()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, table);
    QCOMPARE(EventTableParser::looksLike(data), table);
    if (table)
        QVERIFY(!DescribeParser::looksLike(data));
}

void TestEventTableParser::rows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("age");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("fieldPath");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("firstAge");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("line");

    QTest::newRow("upstream 7.1 row 1") << "upstream-7.1.txt" << 0 << ""
                                        << "7m34s"
                                        << "Warning"
                                        << "ErrImageNeverPull"
                                        << "Pod"
                                        << "discovery"
                                        << ""
                                        << ""
                                        << ""
                                        << "Container image \"webtest\" is not present with pull policy of Never"
                                        << "" << 1 << "" << 2;
    QTest::newRow("upstream 7.1 row 2") << "upstream-7.1.txt" << 1 << ""
                                        << "2m34s"
                                        << "Warning"
                                        << "Failed"
                                        << "Pod"
                                        << "discovery"
                                        << ""
                                        << ""
                                        << ""
                                        << "Error: ErrImageNeverPull"
                                        << "" << 1 << "" << 3;

    QTest::newRow("-A failed") << "all-namespaces.txt" << 2 << "default"
                               << "8m36s"
                               << "Warning"
                               << "Failed"
                               << "Pod"
                               << "nginx-7d5bc-xyz12"
                               << ""
                               << ""
                               << "" << kNotFound << "" << 1 << "" << 4;
    QTest::newRow("-A replicaset kind") << "all-namespaces.txt" << 4 << "default"
                                        << "10m"
                                        << "Normal"
                                        << "SuccessfulCreate"
                                        << "ReplicaSet"
                                        << "nginx-7d5bc"
                                        << ""
                                        << ""
                                        << ""
                                        << "Created pod: nginx-7d5bc-xyz12"
                                        << "" << 1 << "" << 6;
    QTest::newRow("-A kube-system timeout")
        << "all-namespaces.txt" << 5 << "kube-system"
        << "3m"
        << "Warning"
        << "Failed"
        << "Pod"
        << "coredns-5d78c9869d-4xkq2"
        << ""
        << ""
        << ""
        << "Failed to pull image \"registry.k8s.io/coredns/coredns:v1.10.1\": rpc error: code = Unknown desc = failed "
           "to pull and unpack image \"registry.k8s.io/coredns/coredns:v1.10.1\": failed to copy: httpReadSeeker: "
           "failed open: failed to do request: Get \"https://prod-registry-k8s-io-us-east-1.s3.dualstack.us-east-1."
           "amazonaws.com/\": dial tcp 52.216.0.1:443: i/o timeout"
        << "" << 1 << "" << 7;

    QTest::newRow("wide, no SUBOBJECT") << "wide.txt" << 0 << ""
                                        << "10m"
                                        << "Normal"
                                        << "Scheduled"
                                        << "Pod"
                                        << "nginx-7d5bc-xyz12"
                                        << ""
                                        << "default-scheduler"
                                        << ""
                                        << "Successfully assigned default/nginx-7d5bc-xyz12 to node-03"
                                        << "10m" << 1 << "nginx-7d5bc-xyz12.17e0a1b2c3d4e5f6" << 2;
    QTest::newRow("wide, kubelet with host")
        << "wide.txt" << 2 << ""
        << "8m36s"
        << "Warning"
        << "Failed"
        << "Pod"
        << "nginx-7d5bc-xyz12"
        << "spec.containers{nginx}"
        << "kubelet"
        << "node-03" << kNotFound << "10m" << 4 << "nginx-7d5bc-xyz12.17e0a1b2d9f8e7d6" << 4;
    QTest::newRow("wide, count 20") << "wide.txt" << 3 << ""
                                    << "5m"
                                    << "Normal"
                                    << "BackOff"
                                    << "Pod"
                                    << "nginx-7d5bc-xyz12"
                                    << "spec.containers{nginx}"
                                    << "kubelet"
                                    << "node-03"
                                    << "Back-off pulling image \"nginx:1.25.999\""
                                    << "10m" << 20 << "nginx-7d5bc-xyz12.17e0a1b2e0000001" << 5;
    QTest::newRow("wide, message with double spaces") << "wide.txt" << 4 << ""
                                                      << "2m"
                                                      << "Warning"
                                                      << "Failed"
                                                      << "Pod"
                                                      << "init-demo"
                                                      << "spec.initContainers{fetch}"
                                                      << "kubelet"
                                                      << "node-01"
                                                      << "Error:  two  spaces in a message"
                                                      << "2m" << 1 << "init-demo.17e0a1b2e0000002" << 6;
    // Empty SUBOBJECT and SOURCE: only the header positions tell that "Policy" is not a source.
    QTest::newRow("wide, empty SUBOBJECT and SOURCE")
        << "wide.txt" << 5 << ""
        << "40s"
        << "Warning"
        << "PolicyViolation"
        << "Pod"
        << "init-demo"
        << ""
        << ""
        << ""
        << "Policy  image-allowlist: registry.evil.example.com is not allowed"
        << "40s" << 2 << "init-demo.17e0a1b2e0000005" << 7;
    QTest::newRow("wide -A") << "wide-all-namespaces.txt" << 4 << "batch"
                             << "2m"
                             << "Warning"
                             << "Failed"
                             << "Pod"
                             << "init-demo"
                             << "spec.initContainers{fetch}"
                             << "kubelet"
                             << "node-01"
                             << "Error:  two  spaces in a message"
                             << "2m" << 1 << "init-demo.17e0a1b2e0000002" << 6;
    QTest::newRow("wide -A pulling") << "wide-all-namespaces.txt" << 1 << "default"
                                     << "8m37s"
                                     << "Normal"
                                     << "Pulling"
                                     << "Pod"
                                     << "nginx-7d5bc-xyz12"
                                     << "spec.containers{nginx}"
                                     << "kubelet"
                                     << "node-03"
                                     << "Pulling image \"nginx:1.25.999\""
                                     << "10m" << 4 << "nginx-7d5bc-xyz12.17e0a1b2d1a2b3c4" << 3;
    // Rows pasted from a second run keep that run's widths: read from both ends.
    QTest::newRow("wide misaligned, tail from the right")
        << "wide-misaligned.txt" << 2 << ""
        << "30s"
        << "Warning"
        << "Failed"
        << "Pod"
        << "api-0"
        << "spec.containers{api}"
        << "kubelet"
        << "node-02"
        << "Failed to pull image \"registry.example.com/shop/api:latest\": unexpected status  from HEAD request: 403 "
           "Forbidden"
        << "5m" << 7 << "api-0.17e0a1b2f0000003" << 4;
    QTest::newRow("wide misaligned, no SUBOBJECT") << "wide-misaligned.txt" << 3 << ""
                                                   << "12s"
                                                   << "Normal"
                                                   << "Pulling"
                                                   << "Pod"
                                                   << "api-0"
                                                   << ""
                                                   << "kubelet"
                                                   << ""
                                                   << "Pulling image \"registry.example.com/shop/api:latest\""
                                                   << "5m" << 8 << "api-0.17e0a1b2f0000004" << 5;

    QTest::newRow("kubectl events (x11 over 72m)") << "kubectl-events.txt" << 1 << ""
                                                   << "22m"
                                                   << "Normal"
                                                   << "Pulling"
                                                   << "Pod"
                                                   << "nginx-7d5bc-xyz12"
                                                   << ""
                                                   << ""
                                                   << ""
                                                   << "Pulling image \"nginx:1.25.999\""
                                                   << "72m" << 11 << "" << 3;
    QTest::newRow("kubectl events x301") << "kubectl-events.txt" << 3 << ""
                                         << "2m"
                                         << "Normal"
                                         << "BackOff"
                                         << "Pod"
                                         << "nginx-7d5bc-xyz12"
                                         << ""
                                         << ""
                                         << ""
                                         << "Back-off pulling image \"nginx:1.25.999\""
                                         << "72m" << 301 << "" << 5;
    QTest::newRow("kubectl events ReplicaSet") << "kubectl-events.txt" << 4 << ""
                                               << "72m"
                                               << "Normal"
                                               << "SuccessfulCreate"
                                               << "ReplicaSet"
                                               << "nginx-7d5bc"
                                               << ""
                                               << ""
                                               << ""
                                               << "Created pod: nginx-7d5bc-xyz12"
                                               << "" << 1 << "" << 6;
    QTest::newRow("kubectl events -A") << "kubectl-events-all-namespaces.txt" << 0 << "default"
                                       << "22m"
                                       << "Warning"
                                       << "Failed"
                                       << "Pod"
                                       << "nginx-7d5bc-xyz12"
                                       << ""
                                       << ""
                                       << ""
                                       << "Error: ErrImagePull"
                                       << "72m" << 11 << "" << 2;

    QTest::newRow("seed 3.1") << "seed-3.1-pulling.txt" << 1 << ""
                              << "12s"
                              << "Normal"
                              << "Pulling"
                              << "Pod"
                              << "redis-cluster-0"
                              << ""
                              << ""
                              << ""
                              << "Pulling image \"redis:7.2-alpine\""
                              << "" << 1 << "" << 6;
    QTest::newRow("seed 3.2 (-A prompt, no NAMESPACE column)") << "seed-3.2-pulled.txt" << 2 << ""
                                                               << "45s"
                                                               << "Normal"
                                                               << "Pulled"
                                                               << "Pod"
                                                               << "mysql-statefulset-0"
                                                               << ""
                                                               << ""
                                                               << ""
                                                               << "Successfully pulled image \"mysql:8.0.35\" in 25.6s"
                                                               << "" << 1 << "" << 7;
    QTest::newRow("seed 3.3 AlreadyPresent") << "seed-3.3-alreadypresent.txt" << 0 << ""
                                             << "15s"
                                             << "Normal"
                                             << "AlreadyPresent"
                                             << "Pod"
                                             << "nginx-deployment-7d5bc-abc89"
                                             << ""
                                             << ""
                                             << ""
                                             << "Container image \"nginx:1.25.3\" already present on machine"
                                             << "" << 1 << "" << 5;
    QTest::newRow("seed 4.1 truncated name") << "seed-4.1-failed.txt" << 0 << "default"
                                             << "2m10s"
                                             << "Warning"
                                             << "Failed"
                                             << "Pod"
                                             << "nginx-deployment-..."
                                             << ""
                                             << ""
                                             << ""
                                             << "Failed to pull image \"nginx:1.25.999\": rpc error..."
                                             << "" << 1 << "" << 5;
    QTest::newRow("seed 4.3") << "seed-4.3-neverpull.txt" << 0 << "default"
                              << "2m15s"
                              << "Warning"
                              << "ErrImageNeverPull"
                              << "Pod"
                              << "offline-app-xyz12"
                              << ""
                              << ""
                              << ""
                              << "Container image \"myapp:v1.0\" is not present..."
                              << "" << 1 << "" << 5;
    QTest::newRow("seed 4.4") << "seed-4.4-inspectfailed.txt" << 0 << "default"
                              << "3m15s"
                              << "Warning"
                              << "InspectFailed"
                              << "Pod"
                              << "corrupted-image-xyz12"
                              << ""
                              << ""
                              << ""
                              << "Failed to inspect image \"myapp:v1.0\": rpc error..."
                              << "" << 1 << "" << 5;
}

void TestEventTableParser::rows()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const ClusterSnapshot s = parsed(file);
    QVERIFY(s.pods.isEmpty()); // pods are the engine's business
    QVERIFY(index < s.events.size());
    const Event &e = s.events.at(index);
    QTEST(e.objectNamespace(), "ns");
    QTEST(e.age(), "age");
    QTEST(e.type, "type");
    QTEST(e.reason, "reason");
    QTEST(e.objectKind(), "kind");
    QTEST(e.objectName(), "object");
    QTEST(e.fieldPath(), "fieldPath");
    QTEST(e.source(), "source");
    QTEST(e.host(), "host");
    QTEST(e.message, "message");
    QTEST(e.firstAge(), "firstAge");
    QTEST(e.count, "count");
    QTEST(QString::fromUtf8(e.name), "name");
    QCOMPARE(e.origin().file, file);
    QTEST(int(e.origin().line), "line");
    QVERIFY(!e.firstTimestamp.isValid());
    QVERIFY(!e.lastTimestamp.isValid());
}

void TestEventTableParser::eventCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::newRow("upstream-7.1") << "upstream-7.1.txt" << 2;
    QTest::newRow("all-namespaces") << "all-namespaces.txt" << 7;
    QTest::newRow("wide") << "wide.txt" << 6;
    QTest::newRow("wide-all-namespaces") << "wide-all-namespaces.txt" << 5;
    QTest::newRow("wide-misaligned") << "wide-misaligned.txt" << 4;
    QTest::newRow("kubectl-events") << "kubectl-events.txt" << 5;
    QTest::newRow("seed-3.1") << "seed-3.1-pulling.txt" << 2;
    QTest::newRow("seed-3.2") << "seed-3.2-pulled.txt" << 3;
    QTest::newRow("seed-3.3") << "seed-3.3-alreadypresent.txt" << 2;
    QTest::newRow("seed-4.1") << "seed-4.1-failed.txt" << 2;
    QTest::newRow("seed-4.3") << "seed-4.3-neverpull.txt" << 1;
    QTest::newRow("seed-4.4") << "seed-4.4-inspectfailed.txt" << 1;
}

void TestEventTableParser::eventCounts()
{
    QFETCH(QString, file);
    const ClusterSnapshot s = parsed(file);
    QTEST(int(s.events.size()), "events");
    QVERIFY(s.warnings.isEmpty());
    for (const Event &e : s.events) {
        QVERIFY(!e.type.isEmpty());
        QVERIFY(!e.reason.isEmpty());
        QVERIFY(!e.objectName().isEmpty());
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.count >= 1);
    }
}

void TestEventTableParser::emptyResults_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("No events found.") << fixture(QStringLiteral("no-events.txt"));
    QTest::newRow("No resources found") << fixture(QStringLiteral("no-resources.txt"));
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("header only") << QByteArray("LAST SEEN   TYPE   REASON   OBJECT   MESSAGE\r\n");
}

void TestEventTableParser::emptyResults()
{
    QFETCH(QByteArray, data);
    const ClusterSnapshot s = parsed(QStringLiteral("empty.txt"), data);
    QVERIFY(s.events.isEmpty());
    QVERIFY(s.warnings.isEmpty());
}

void TestEventTableParser::sessionWithPrompts()
{
    // Tables pasted with their prompts: "-n shop" names the namespace the table leaves out.
    const ClusterSnapshot s = parsed(QStringLiteral("session.txt"));
    QCOMPARE(s.events.size(), 2);
    QCOMPARE(s.events.at(0).objectNamespace(), QStringLiteral("shop"));
    QCOMPARE(s.events.at(0).objectName(), QStringLiteral("api-0"));
    QVERIFY(s.events.at(0).message.endsWith(QLatin1String("403 Forbidden")));
    QCOMPARE(s.events.at(0).origin().line, 3);
    QVERIFY(s.events.at(1).objectNamespace().isEmpty());
    QCOMPARE(s.events.at(1).reason, QStringLiteral("ErrImageNeverPull"));
    QCOMPARE(s.events.at(1).origin().line, 8);
}

void TestEventTableParser::crlfSameAsLf()
{
    for (const QString &f : {QStringLiteral("wide-all-namespaces.txt"), QStringLiteral("kubectl-events.txt")}) {
        const QByteArray lf = fixture(f);
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        const ClusterSnapshot a = parsed(f, lf);
        const ClusterSnapshot b = parsed(f, crlf);
        QCOMPARE(b.events.size(), a.events.size());
        for (int i = 0; i < a.events.size(); ++i) {
            QCOMPARE(b.events.at(i).name, a.events.at(i).name);
            QCOMPARE(b.events.at(i).message, a.events.at(i).message);
            QCOMPARE(b.events.at(i).count, a.events.at(i).count);
            QCOMPARE(b.events.at(i).firstAge(), a.events.at(i).firstAge());
            QVERIFY(!b.events.at(i).name.endsWith('\r'));
        }
    }
}

void TestEventTableParser::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("contains");

    QTest::newRow("row with fewer columns")
        << fixture(QStringLiteral("error-short-row.txt")) << 3 << "event row has 3 columns, the header has 5";
    QTest::newRow("no header (--no-headers)")
        << fixture(QStringLiteral("error-no-header.txt")) << 1 << "no event table header";
    QTest::newRow("header without OBJECT")
        << fixture(QStringLiteral("error-malformed-header.txt")) << 3 << "no OBJECT column";
    QTest::newRow("wide row without COUNT")
        << fixture(QStringLiteral("error-wide-tail.txt")) << 3 << "FIRST SEEN, COUNT and NAME";
    QTest::newRow("binary") << QByteArray("LAST SEEN   TYPE   REASON   OBJECT   MESSAGE\n1m  x\n")
            + QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                            << 3 << "binary";
    QTest::newRow("prose") << QByteArray("# notes\nthe pods are broken\n") << 2 << "no event table header";
}

void TestEventTableParser::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, contains);
    ClusterSnapshot s;
    QString error;
    QVERIFY(!EventTableParser::parse(data, QStringLiteral("ev.txt"), s, &error));
    QCOMPARE(error.section(QLatin1Char(':'), 0, 0), QStringLiteral("ev.txt"));
    QCOMPARE(error.section(QLatin1Char(':'), 1, 1).toInt(), line);
    QVERIFY2(error.contains(contains), qPrintable(error));
    QVERIFY(s.events.isEmpty()); // rows before the bad one are not half-added
}

void TestEventTableParser::garbageNeverCrashes()
{
    static const QRegularExpression errorShape(QStringLiteral("^x\\.txt:[0-9]+: \\S"));
    const QList<QByteArray> inputs = TestSupport::mangledInputs(
        {fixture(QStringLiteral("wide-all-namespaces.txt")), fixture(QStringLiteral("wide-misaligned.txt")),
            fixture(QStringLiteral("kubectl-events.txt"))},
        11, 100, 9);
    int failures = 0;
    for (const QByteArray &in : std::as_const(inputs)) {
        ClusterSnapshot s;
        QString error;
        if (!EventTableParser::parse(in, QStringLiteral("x.txt"), s, &error)) {
            ++failures;
            QVERIFY2(errorShape.match(error).hasMatch(), qPrintable(error));
        } else {
            for (const Event &e : std::as_const(s.events))
                QVERIFY(e.count >= 1);
        }
    }
    QVERIFY(failures >= 50);
}

QTEST_GUILESS_MAIN(TestEventTableParser)
#include "tst_eventtableparser.moc"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "inputloader.h"

using namespace PullScope;

// The JSON and YAML loaders, format detection, folders and standard input.
class TestIngest : public QObject
{
    Q_OBJECT

    static bool write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("format");
        using F = InputLoader::Format;
        QTest::newRow("json object") << QByteArray("  {\"kind\":\"List\"}") << int(F::Json);
        QTest::newRow("json array") << QByteArray("[{}]") << int(F::Json);
        QTest::newRow("json with bom") << QByteArray("\xEF\xBB\xBF{}") << int(F::Json);
        QTest::newRow("yaml") << QByteArray("apiVersion: v1\nkind: Pod\n") << int(F::Yaml);
        QTest::newRow("yaml doc marker") << QByteArray("---\nkind: Pod\n") << int(F::Yaml);
        QTest::newRow("describe") << QByteArray("Name:         web-1\nNamespace:    default\nPriority:     0\n")
                                  << int(F::Describe);
        QTest::newRow("events table") << QByteArray(
            "LAST SEEN   TYPE      REASON   OBJECT      MESSAGE\n2m   Normal   Pulling   pod/a   Pulling image \"x\"\n")
                                      << int(F::EventTable);
        QTest::newRow("events -A") << QByteArray("NAMESPACE   LAST SEEN   TYPE     REASON    OBJECT   MESSAGE\n")
                                   << int(F::EventTable);
        QTest::newRow("empty") << QByteArray() << int(F::Empty);
        QTest::newRow("whitespace") << QByteArray(" \n\t\n") << int(F::Empty);
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\x00",
            9) << int(F::Binary);
        QTest::newRow("prose") << QByteArray("hello world, this is not kubectl output") << int(F::Unknown);
    }
    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, format);
        QCOMPARE(int(InputLoader::detect(head)), format);
    }

    void yamlKindsAndSecrets()
    {
        ClusterSnapshot s;
        LoadError e;
        QVERIFY2(InputLoader::loadPath(QStringLiteral(PULLSCOPE_TEST_DATA "/ingest/mixed.yaml"), s, {}, &e),
            qPrintable(e.toString()));
        QCOMPARE(s.nodes.size(), 1);
        QCOMPARE(s.nodes[0].architecture, QStringLiteral("arm64"));
        QCOMPARE(s.nodes[0].kubeletVersion, QStringLiteral("v1.30.4"));
        QCOMPARE(s.nodes[0].containerRuntimeVersion, QStringLiteral("containerd://1.7.20"));
        QCOMPARE(s.nodes[0].images.size(), 1);
        QCOMPARE(s.nodes[0].images[0].names.size(), 2);
        QCOMPARE(s.nodes[0].images[0].sizeBytes, qint64(70520335));
        QCOMPARE(s.serviceAccounts.size(), 1);
        QCOMPARE(s.serviceAccounts[0].imagePullSecrets,
            QStringList({QStringLiteral("harbor-cred"), QStringLiteral("hub-cred")}));
        QVERIFY(s.hadSecrets);
        QCOMPARE(s.secrets.size(), 3);
        QCOMPARE(s.secrets[0].registries, QStringList {QStringLiteral("harbor.example.com")});
        QCOMPARE(s.secrets[1].type, QStringLiteral("kubernetes.io/dockercfg"));
        QCOMPARE(s.secrets[1].registries, QStringList {QStringLiteral("https://index.docker.io/v1/")});
        QVERIFY(s.secrets[2].malformed);
        QCOMPARE(s.workloads.size(), 2);
        QCOMPARE(s.workloads[0].kind, QStringLiteral("Deployment"));
        QCOMPARE(s.workloads[0].containers.size(), 1);
        QCOMPARE(s.workloads[0].imagePullSecrets, QStringList {QStringLiteral("harbor-cred")});
        QCOMPARE(s.workloads[0].lastAppliedConfiguration, QStringLiteral("{\"kind\":\"Deployment\"}"));
        QCOMPARE(s.workloads[1].kind, QStringLiteral("CronJob"));
        QCOMPARE(s.workloads[1].containers.size(), 2);
        QCOMPARE(s.workloads[1].containers[0].type, ContainerType::Init);
        QCOMPARE(s.workloads[1].containers[1].imagePullPolicy, QStringLiteral("Always"));
        QCOMPARE(s.pods.size(), 1);
        const Pod &p = s.pods[0];
        QCOMPARE(p.owner.name, QStringLiteral("web-5d8f")); // the controller reference wins
        QCOMPARE(p.containers.size(), 2);
        QCOMPARE(p.containers[0].name, QStringLiteral("web"));
        QCOMPARE(p.containers[1].type, ContainerType::Ephemeral);
        QVERIFY(s.warnings.join(QLatin1Char(' ')).contains(QLatin1String("ConfigMap")));
    }

    void jsonSameAsYaml()
    {
        // The JSON loader reads the same objects the same way.
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("mixed.json"));
        const QByteArray twin
            = "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":["
              "            "
              "{\"kind\":\"Node\",\"metadata\":{\"name\":\"node-01\"},\"status\":{\"nodeInfo\":{\"architecture\":"
              "\"arm64\",\"kubeletVersion\":\"v1.30.4\"},"
              "             \"images\":[{\"names\":[\"docker.io/library/nginx:1.25.3\"],\"sizeBytes\":70520335}]}},"
              "            "
              "{\"kind\":\"Secret\",\"metadata\":{\"name\":\"harbor-cred\",\"namespace\":\"shop\"},\"type\":"
              "\"kubernetes.io/dockerconfigjson\","
              "             "
              "\"data\":{\".dockerconfigjson\":"
              "\"eyJhdXRocyI6eyJoYXJib3IuZXhhbXBsZS5jb20iOnsidXNlcm5hbWUiOiJyb2JvdCIsInBhc3N3b3JkIjoidG9wLXNlY3JldC1wYX"
              "Nzd29yZCIsImF1dGgiOiJjbTlpYjNRNmRHOXdMWE5sWTNKbGRDMXdZWE56ZDI5eVpBPT0ifX19\"}},"
              "            "
              "{\"kind\":\"CronJob\",\"metadata\":{\"name\":\"nightly\",\"namespace\":\"shop\"},\"spec\":{"
              "\"jobTemplate\":{\"spec\":{\"template\":{\"spec\":"
              "             "
              "{\"initContainers\":[{\"name\":\"prep\",\"image\":\"busybox\"}],\"containers\":[{\"name\":\"job\","
              "\"image\":\"python:3.12\",\"imagePullPolicy\":\"Always\"}]}}}}}}"
              "        ]}";
        QVERIFY(write(json, twin));
        ClusterSnapshot s;
        LoadError e;
        QVERIFY2(InputLoader::loadPath(json, s, {}, &e), qPrintable(e.toString()));
        QCOMPARE(s.nodes.size(), 1);
        QCOMPARE(s.nodes[0].architecture, QStringLiteral("arm64"));
        QCOMPARE(s.secrets.size(), 1);
        QCOMPARE(s.secrets[0].registries, QStringList {QStringLiteral("harbor.example.com")});
        QCOMPARE(s.workloads.size(), 1);
        QCOMPARE(s.workloads[0].containers.size(), 2);
    }

    void typedListItemsWithoutKind()
    {
        // A PodList straight from the API: items carry no kind.
        const QByteArray data = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":["
                                "            "
                                "{\"metadata\":{\"name\":\"a\",\"namespace\":\"x\"},\"spec\":{\"containers\":[{"
                                "\"name\":\"c\",\"image\":\"nginx\"}]}}]}";
        ClusterSnapshot s;
        LoadError e;
        QVERIFY(InputLoader::loadData(data, QStringLiteral("pods.json"), s, {}, &e));
        QCOMPARE(s.pods.size(), 1);
        QCOMPARE(s.pods[0].containers[0].image, QStringLiteral("nginx"));
        // kubectl's unstructured List puts "items" before "kind": shape decides.
        const QByteArray events = "{\"apiVersion\":\"v1\",\"items\":[{\"involvedObject\":{\"kind\":\"Pod\",\"name\":"
                                  "\"a\",\"namespace\":\"x\"},"
                                  "            \"reason\":\"Pulling\",\"message\":\"Pulling image "
                                  "\\\"nginx\\\"\"}],\"kind\":\"EventList\"}";
        QVERIFY(InputLoader::loadData(events, QStringLiteral("events.json"), s, {}, &e));
        QCOMPARE(s.events.size(), 1);
        QCOMPARE(s.events[0].reason, QStringLiteral("Pulling"));
    }

    void errorsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expect");
        QTest::newRow("json truncated") << QByteArray("{\"items\":[\n{\"kind\":\"Pod\",\n\"metadata\":{\"name\":")
                                        << QStringLiteral("bad.json:3:");
        QTest::newRow("json wrong type") << QByteArray("{\"items\":[\n{\"kind\":\"Event\",\n\"count\":\"many\"}]}")
                                         << QStringLiteral("\"count\"");
        QTest::newRow("json trailing") << QByteArray("{\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\"}} x")
                                       << QStringLiteral("after the end");
        QTest::newRow("yaml syntax") << QByteArray("kind: Pod\nmetadata:\n  name: [a\n") << QStringLiteral("bad.json:");
        QTest::newRow("yaml wrong type") << QByteArray(
            "kind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: c\n    image: [1, 2]\n")
                                         << QStringLiteral("bad.json:7:");
        QTest::newRow("yaml alias bomb") << QByteArray(
            "kind: ConfigMap\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n")
                                         << QStringLiteral("aliases expand");
        QTest::newRow("deep json") << (QByteArray(5000, '[') + QByteArray(5000, ']'))
                                   << QStringLiteral("nesting deeper");
        QTest::newRow("pod without name")
            << QByteArray("{\"kind\":\"Pod\",\"metadata\":{}}") << QStringLiteral("metadata.name");
    }
    void errorsNameFileAndLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expect);
        ClusterSnapshot s;
        LoadError e;
        QVERIFY(!InputLoader::loadData(data, QStringLiteral("bad.json"), s, {}, &e));
        QVERIFY2(e.toString().contains(expect), qPrintable(e.toString()));
        QVERIFY(e.toString().startsWith(QLatin1String("bad.json")));
    }

    // The item scanner reads 64-byte blocks: escapes, brackets inside strings and
    // newlines must mean the same wherever a block boundary falls.
    void scannerBlockBoundaries_data()
    {
        QTest::addColumn<int>("pad");
        for (int pad : {0, 1, 2, 29, 30, 31, 55, 56, 57, 62, 63, 64, 65, 66, 127, 128})
            QTest::addRow("pad %d", pad) << pad;
    }
    void scannerBlockBoundaries()
    {
        QFETCH(int, pad);
        const QByteArray padding(pad, 'x');
        // Line 2: an escaped backslash and quote, brackets in a string; lines 3-7: an
        // indented item whose string ends in an escaped backslash; line 8: the last item.
        const QByteArray head = "{\"items\": [\n{\"kind\": \"Event\", \"message\": \"" + padding
            + "a\\\\\\\"b[{}]\", \"involvedObject\": {\"kind\": \"Pod\", \"name\": \"p\"}},\n"
              "{\n  \"kind\": \"Event\",\n  \"message\": \"m2 } ] \\\\\",\n"
              "  \"involvedObject\": {\"kind\": \"Pod\", \"name\": \"p\"}\n},\n";
        const QByteArray good = head + "{\"kind\": \"Event\", \"message\": \"" + padding + "[\"}\n]}\n";
        ClusterSnapshot s;
        LoadError e;
        QVERIFY2(InputLoader::loadData(good, QStringLiteral("good.json"), s, {}, &e), qPrintable(e.toString()));
        QCOMPARE(s.events.size(), 3);
        QCOMPARE(s.events[0].message, QString::fromLatin1(padding) + QStringLiteral("a\\\"b[{}]"));
        QCOMPARE(s.events[1].message, QStringLiteral("m2 } ] \\"));
        QCOMPARE(s.events[2].message, QString::fromLatin1(padding) + QStringLiteral("["));

        ClusterSnapshot bad;
        QVERIFY(!InputLoader::loadData(
            head + "{\"kind\": \"Event\", \"count\": \"many\"}\n]}\n", QStringLiteral("bad.json"), bad, {}, &e));
        QVERIFY2(e.toString().startsWith(QLatin1String("bad.json:8: field \"count\"")), qPrintable(e.toString()));

        // Cut inside the last string: the error says so, on the line where input ends.
        QVERIFY(!InputLoader::loadData(head + "{\"kind\": \"Event\", \"message\": \"" + padding + "\n\n",
            QStringLiteral("cut.json"), bad, {}, &e));
        QVERIFY2(e.toString().contains(QLatin1String("inside a string")), qPrintable(e.toString()));
        QVERIFY2(e.toString().startsWith(QLatin1String("cut.json:10:")), qPrintable(e.toString()));
    }

    // Runs of backslashes and quotes wherever the 64-byte blocks fall: the scanner tells
    // an escaped quote from a closing one by the parity of the run before it, carried
    // from block to block. Each message must come back whole, and the line of an error
    // after them must be right.
    void scannerEscapeRuns()
    {
        QRandomGenerator random(20261127);
        const char alphabet[] = {'a', '\\', '"', '[', ']', '{', '}', 'x'};
        QByteArray json = "{\"items\": [\n";
        QStringList messages;
        for (int i = 0; i < 400; ++i) {
            QByteArray raw;
            const int length = 1 + int(random.bounded(140));
            for (int c = 0; c < length; ++c) {
                // Long runs of one character now and then, so that runs cross blocks.
                const char ch = alphabet[random.bounded(int(sizeof(alphabet)))];
                raw.append(random.bounded(8) == 0 ? QByteArray(1 + int(random.bounded(70)), ch) : QByteArray(1, ch));
            }
            raw = 'm' + raw + 'm'; // not trimmed away
            QByteArray encoded;
            for (const char ch : raw)
                encoded += ch == '\\' ? QByteArray("\\\\") : ch == '"' ? QByteArray("\\\"") : QByteArray(1, ch);
            messages << QString::fromLatin1(raw);
            json += "{\"kind\": \"Event\", \"message\": \"" + encoded
                + "\", \"involvedObject\": {\"kind\": \"Pod\", \"name\": \"p\"}},\n";
        }
        ClusterSnapshot s;
        LoadError e;
        const QByteArray good = json + "{\"kind\": \"Event\", \"message\": \"last\"}\n]}\n";
        QVERIFY2(InputLoader::loadData(good, QStringLiteral("runs.json"), s, {}, &e), qPrintable(e.toString()));
        QCOMPARE(s.events.size(), messages.size() + 1);
        for (int i = 0; i < messages.size(); ++i)
            QCOMPARE(s.events[i].message, messages[i]);

        ClusterSnapshot bad;
        QVERIFY(!InputLoader::loadData(
            json + "{\"kind\": \"Event\", \"count\": \"many\"}\n]}\n", QStringLiteral("runs.json"), bad, {}, &e));
        QVERIFY2(e.toString().startsWith(QStringLiteral("runs.json:%1: field \"count\"").arg(messages.size() + 2)),
            qPrintable(e.toString()));
    }

    // Statuses find their container by name, the first of that name: by scanning in a
    // short pod and by a hash in a long one, on either side of the switch. Statuses
    // without a spec become containers of their own, one per name.
    void statusesJoinTheirContainers_data()
    {
        QTest::addColumn<int>("specs");
        for (int n : {1, 15, 16, 17, 40})
            QTest::addRow("%d containers", n) << n;
    }
    void statusesJoinTheirContainers()
    {
        QFETCH(int, specs);
        QByteArray containers, statuses;
        for (int i = 0; i < specs; ++i)
            containers += QByteArray(i ? "," : "") + "{\"name\": \"c" + QByteArray::number(i) + "\", \"image\": \"i\"}";
        // A duplicate spec name: its status goes to the first.
        containers += ",{\"name\": \"c0\", \"image\": \"dup\"}";
        for (int i = specs - 1; i >= 0; --i)
            statuses += "{\"name\": \"c" + QByteArray::number(i) + "\", \"image\": \"s" + QByteArray::number(i)
                + "\", \"restartCount\": " + QByteArray::number(i) + "},";
        for (int i = 0; i < 20; ++i) // status only, each twice: the later one wins
            statuses += "{\"name\": \"x" + QByteArray::number(i % 10) + "\", \"image\": \"y" + QByteArray::number(i)
                + "\"},";
        statuses.chop(1);
        const QByteArray pod = "{\"kind\": \"Pod\", \"metadata\": {\"name\": \"p\"}, \"status\": "
                               "{\"containerStatuses\": ["
            + statuses + "]}, \"spec\": {\"containers\": [" + containers + "]}}";
        ClusterSnapshot s;
        LoadError e;
        QVERIFY2(InputLoader::loadData(pod, QStringLiteral("pod.json"), s, {}, &e), qPrintable(e.toString()));
        QCOMPARE(s.pods.size(), 1);
        const QList<Container> &got = s.pods.at(0).containers;
        QCOMPARE(got.size(), specs + 1 + 10);
        for (int i = 0; i < specs; ++i) {
            QCOMPARE(got.at(i).name, QStringLiteral("c%1").arg(i));
            QCOMPARE(got.at(i).status.image, QStringLiteral("s%1").arg(i));
            QCOMPARE(got.at(i).status.restartCount, i);
        }
        QCOMPARE(got.at(specs).image, QStringLiteral("dup"));
        QVERIFY(!got.at(specs).status.present);
        for (int i = 0; i < 10; ++i) {
            const Container &c = got.at(specs + 1 + i);
            QCOMPARE(c.name, QStringLiteral("x%1").arg(i));
            QCOMPARE(c.status.image, QStringLiteral("y%1").arg(i + 10));
            QVERIFY(!c.hasSpec);
        }
    }

    void clusterInfoDumpFolder()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("nodes.json")),
            "{\"kind\":\"NodeList\",\"items\":[{\"metadata\":{\"name\":\"n1\"},\"status\":{\"nodeInfo\":{"
            "\"architecture\":\"amd64\"}}}]}"));
        QVERIFY(write(dir.filePath(QStringLiteral("shop/pods.json")),
            "{\"kind\":\"PodList\",\"items\":[{\"metadata\":{\"name\":\"a\",\"namespace\":\"shop\"},\"spec\":{"
            "\"nodeName\":\"n1\",\"containers\":[{\"name\":\"c\",\"image\":\"nginx:1.27\"}]}}]}"));
        QVERIFY(write(dir.filePath(QStringLiteral("shop/events.json")),
            "{\"kind\":\"EventList\",\"items\":[{\"involvedObject\":{\"kind\":\"Pod\",\"name\":\"a\",\"namespace\":"
            "\"shop\",\"fieldPath\":\"spec.containers{c}\"},\"reason\":\"Pulling\",\"message\":\"Pulling image "
            "\\\"nginx:1.27\\\"\",\"firstTimestamp\":\"2026-02-03T09:00:00Z\"}]}"));
        QVERIFY(
            write(dir.filePath(QStringLiteral("shop/a/logs.txt")), "2026/02/03 server started\nlistening on :8080\n"));
        ClusterSnapshot s;
        LoadError e;
        QVERIFY2(InputLoader::loadPath(dir.path(), s, {}, &e), qPrintable(e.toString()));
        QCOMPARE(s.nodes.size(), 1);
        QCOMPARE(s.pods.size(), 1);
        QCOMPARE(s.events.size(), 1);
        QCOMPARE(s.inputs.size(), 3);

        QTemporaryDir empty;
        QVERIFY(write(empty.filePath(QStringLiteral("notes.txt")), "nothing here\n"));
        QVERIFY(!InputLoader::loadPath(empty.path(), s, {}, &e));
        QVERIFY(e.toString().contains(QLatin1String("no kubectl output")));
    }

    void standardInputThroughCli()
    {
        QProcess cli;
        cli.start(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("diagnose"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(cli.waitForStarted());
        QFile f(QStringLiteral(PULLSCOPE_TEST_DATA "/engine/events-v1/input.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        cli.write(f.readAll());
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY(out.contains("\"http-https-mismatch\""));
        QVERIFY(out.contains("\"<stdin>\""));
    }

    void manyRecordsOfOnePodStayLinear()
    {
        // 20k Pod records with the same name, a different container each: merging must
        // not search the growing container list once per record.
        QByteArray data = "{\"items\":[";
        for (int i = 0; i < 20000; ++i) {
            if (i)
                data += ',';
            data += "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\",\"namespace\":\"n\"},\"spec\":{\"containers\":[{"
                    "\"name\":\"c"
                + QByteArray::number(i) + "\",\"image\":\"nginx\"}]}}";
        }
        data += "]}";
        QElapsedTimer t;
        t.start();
        ClusterSnapshot s;
        LoadError e;
        QVERIFY(InputLoader::loadData(data, QStringLiteral("many.json"), s, {}, &e));
        QCOMPARE(s.pods.size(), 1);
        QCOMPARE(s.pods[0].containers.size(), 20000);
        qInfo("20k records of one pod merged in %lld ms", t.elapsed());
    }

    // A list of several MB is mapped in batches on worker threads (jsonloader.cpp):
    // the snapshot must be the one a single pass makes, in input order.
    static QByteArray bigList(int items, int badItem, qsizetype truncateAt)
    {
        QByteArray data = "{\"kind\":\"List\",\"items\":[\n";
        for (int i = 0; i < items; ++i) {
            if (i)
                data += ",\n";
            const QByteArray n = QByteArray::number(i);
            if (i == badItem)
                data += "{\"kind\":\"Event\",\"count\":\"many\"}";
            else if (i % 10 == 0) // 50 pods, each recorded many times with another container
                data += "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"p" + QByteArray::number(i % 500)
                    + "\",\"namespace\":\"n\"},\"spec\":{\"containers\":[{\"name\":\"c" + n
                    + "\",\"image\":\"nginx\"}]}}";
            else if (i % 97 == 0)
                data += "{\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cm" + n + "\"}}";
            else
                data += "{\"kind\":\"Event\",\"reason\":\"Pulling\",\"message\":\"m" + n
                    + "\",\"involvedObject\":{\"kind\":\"Pod\",\"name\":\"p" + QByteArray::number(i % 500)
                    + "\",\"namespace\":\"n\"},\"padding\":\"" + QByteArray(200, 'x') + "\"}";
        }
        data += "\n]}\n";
        if (truncateAt >= 0)
            data.truncate(truncateAt);
        return data;
    }

    void largeListKeepsInputOrder()
    {
        const int items = 30000; // about 8 MB: several batches
        const QByteArray data = bigList(items, -1, -1);
        QVERIFY(data.size() > 6 * 1024 * 1024);
        ClusterSnapshot s;
        LoadError e;
        QVERIFY2(InputLoader::loadData(data, QStringLiteral("big.json"), s, {}, &e), qPrintable(e.toString()));
        int expectEvents = 0, expectIgnored = 0;
        for (int i = 0; i < items; ++i) {
            if (i % 10 == 0)
                continue;
            if (i % 97 == 0) {
                ++expectIgnored;
                continue;
            }
            QVERIFY(expectEvents < s.events.size());
            QCOMPARE(s.events[expectEvents].message, QStringLiteral("m%1").arg(i));
            ++expectEvents;
        }
        QCOMPARE(s.events.size(), expectEvents);
        QCOMPARE(s.pods.size(), 50);
        for (int p = 0; p < 50; ++p) {
            const Pod &pod = s.pods[p];
            QCOMPARE(pod.name, QStringLiteral("p%1").arg(p * 10));
            QCOMPARE(pod.containers.size(), items / 10 / 50);
            for (int c = 0; c < pod.containers.size(); ++c)
                QCOMPARE(pod.containers[c].name, QStringLiteral("c%1").arg(p * 10 + c * 500));
        }
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY2(
            s.warnings[0].contains(QStringLiteral("ConfigMap (%1)").arg(expectIgnored)), qPrintable(s.warnings[0]));
    }

    void largeListFirstErrorWins_data()
    {
        QTest::addColumn<int>("badItem");
        QTest::addColumn<double>("truncate"); // fraction of the input kept, or 1
        QTest::addColumn<QString>("expect");
        // Line n + 2 holds item n.
        QTest::newRow("item error late") << 27001 << 1.0 << QStringLiteral("big.json:27003: field \"count\"");
        QTest::newRow("item error early") << 1001 << 1.0 << QStringLiteral("big.json:1003: field \"count\"");
        QTest::newRow("item error before a truncation")
            << 9001 << 0.8 << QStringLiteral("big.json:9003: field \"count\"");
        QTest::newRow("truncation only") << -1 << 0.8 << QStringLiteral("unexpected end of input");
    }
    void largeListFirstErrorWins()
    {
        QFETCH(int, badItem);
        QFETCH(double, truncate);
        QFETCH(QString, expect);
        QByteArray data = bigList(30000, badItem, -1);
        if (truncate < 1)
            data.truncate(qsizetype(double(data.size()) * truncate));
        ClusterSnapshot s;
        LoadError e;
        QVERIFY(!InputLoader::loadData(data, QStringLiteral("big.json"), s, {}, &e));
        QVERIFY2(e.toString().contains(expect), qPrintable(e.toString()));
        QCOMPARE(s.events.size(), 0);
        QCOMPARE(s.pods.size(), 0);
    }

    void cancelViaProgress()
    {
        QByteArray big = "{\"items\":[";
        for (int i = 0; i < 20000; ++i)
            big += "{\"kind\":\"Event\",\"reason\":\"Pulling\",\"message\":\"Pulling image "
                   "\\\"nginx\\\"\",\"involvedObject\":{\"name\":\"p\"}},";
        big += "{}]}";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QVERIFY(write(path, big));
        LoadOptions o;
        int calls = 0;
        o.progress = [&](qint64, qint64) { return ++calls < 1; };
        ClusterSnapshot s;
        LoadError e;
        QVERIFY(!InputLoader::loadPath(path, s, o, &e));
        QVERIFY(e.cancelled);
        QCOMPARE(s.events.size(), 0); // nothing half-loaded is merged
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include "diagnosisengine.h"
#include "reportwriter.h"
#include "yamlitemsplitter.h"
#include "yamlloader.h"

using namespace PullScope;

// The parallel YAML path (YamlItemSplitter + items on worker threads) against the
// serial libyaml reader: for every input, the same snapshot, or the same error.
class TestYamlSplit : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        bool ok = false;
        bool split = false;
        QString error;
        QByteArray report; // the JSON diagnosis of what was loaded
        int pods = 0, events = 0;
    };

    static Outcome load(const QByteArray &text, bool split)
    {
        QBuffer in;
        in.setData(text);
        in.open(QIODevice::ReadOnly);
        LoadOptions o;
        o.yamlSplitMinBytes = split ? 0 : std::numeric_limits<qint64>::max();
        Outcome r;
        o.yamlWasSplit = &r.split;
        ClusterSnapshot s;
        LoadError e;
        r.ok = YamlLoader::load(in, text.size(), QStringLiteral("in.yaml"), s, o, &e);
        if (!r.ok) {
            r.error = e.toString();
            return r;
        }
        r.pods = int(s.pods.size());
        r.events = int(s.events.size());
        DiagnosisOptions d;
        d.now = QDateTime::fromString(QStringLiteral("2026-02-03T09:24:00Z"), Qt::ISODate);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ReportWriter::writeJson(DiagnosisEngine::diagnose(s, d), &out);
        r.report = out.data();
        return r;
    }

    static void compareBoth(const QByteArray &text, bool expectSplit)
    {
        const Outcome serial = load(text, false);
        const Outcome split = load(text, true);
        QVERIFY(!serial.split);
        QCOMPARE(split.split, expectSplit);
        QCOMPARE(split.ok, serial.ok);
        QCOMPARE(split.error, serial.error);
        QCOMPARE(split.pods, serial.pods);
        QCOMPARE(split.events, serial.events);
        QCOMPARE(split.report, serial.report);
    }

    static QByteArray event(int i, const QByteArray &extra = {})
    {
        return "- apiVersion: v1\n"
               "  kind: Event\n"
               "  metadata:\n"
               "    name: web-"
            + QByteArray::number(i % 7) + ".17a" + QByteArray::number(i)
            + "\n"
              "    namespace: default\n"
              "  involvedObject:\n"
              "    kind: Pod\n"
              "    name: web-"
            + QByteArray::number(i % 7)
            + "\n"
              "    namespace: default\n"
              "    fieldPath: spec.containers{web}\n"
              "  reason: Failed\n"
              "  type: Warning\n"
              "  count: "
            + QByteArray::number(i % 5 + 1)
            + "\n"
              "  firstTimestamp: \"2026-02-03T09:0"
            + QByteArray::number(i % 10)
            + ":00Z\"\n"
              "  message: 'Failed to pull image \"registry.example.com/web:"
            + QByteArray::number(i) + "\": not found'\n" + extra;
    }
    static QByteArray pod(int i)
    {
        return "- apiVersion: v1\n"
               "  kind: Pod\n"
               "  metadata:\n"
               "    name: web-"
            + QByteArray::number(i)
            + "\n"
              "    namespace: default\n"
              "  spec:\n"
              "    nodeName: node-1\n"
              "    containers:\n"
              "    - name: web\n"
              "      image: registry.example.com/web:1\n"
              "  status:\n"
              "    containerStatuses:\n"
              "    - name: web\n"
              "      image: registry.example.com/web:1\n"
              "      state:\n"
              "        waiting:\n"
              "          reason: ImagePullBackOff\n";
    }
    static QByteArray list(int n, const QByteArray &header = "apiVersion: v1\n",
        const QByteArray &trailer = "kind: List\nmetadata:\n  resourceVersion: \"\"\n", bool indent = false)
    {
        QByteArray items;
        for (int i = 0; i < 7; ++i)
            items += pod(i);
        for (int i = 0; i < n; ++i)
            items += event(i);
        if (indent)
            items = "  " + items.chopped(1).replace("\n", "\n  ") + "\n";
        return header + "items:\n" + items + trailer;
    }

private Q_SLOTS:
    // Every YAML input the project has: split or not, the same result.
    void projectInputs_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *root : {PULLSCOPE_TEST_DATA, PULLSCOPE_SOURCE_DIR "/resources"}) {
            QDirIterator it(
                QString::fromUtf8(root), {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString p = it.next();
                if (!p.contains(QLatin1String("/rules/")))
                    QTest::newRow(qPrintable(p.mid(p.indexOf(QLatin1String("/"), qsizetype(std::strlen(root)) - 1))))
                        << p;
            }
        }
    }
    void projectInputs()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const Outcome serial = load(text, false);
        const Outcome split = load(text, true);
        QCOMPARE(split.ok, serial.ok);
        QCOMPARE(split.error, serial.error);
        QCOMPARE(split.report, serial.report);
    }

    void trainingClusterIsSplit()
    {
        QFile f(QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        compareBoth(f.readAll(), true);
    }

    void shapes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("split"); // the parallel path reads it to the end
        QTest::newRow("kubectl list") << list(40) << true;
        QTest::newRow("typed list, kind first") << list(40, "apiVersion: v1\nkind: EventList\n", "") << true;
        QByteArray noKinds = list(10, "kind: EventList\n", "");
        noKinds.replace("  kind: Event\n", "");
        QTest::newRow("typed list items without kind") << noKinds << true;
        QTest::newRow("no trailer, no newline at the end") << list(5, "apiVersion: v1\n", "").chopped(1) << true;
        QTest::newRow("indented items") << list(5, "apiVersion: v1\n", "kind: List\n", true) << true;
        QByteArray crlf = list(20);
        crlf.replace("\n", "\r\n");
        QTest::newRow("CR LF") << crlf << true;
        QTest::newRow("comments and blank lines")
            << list(3).replace("- apiVersion: v1\n  kind: Event", "# an event\n\n- apiVersion: v1\n  kind: Event")
            << true;
        QTest::newRow("kept block scalar ends an item")
            << list(3)
                   .replace("- apiVersion: v1\n  kind: Event", "\n- apiVersion: v1\n  kind: Event")
                   .replace("  message: 'Failed", "  note: |+\n    kept\n\n  message: 'Failed")
            << true;
        QTest::newRow("empty item") << list(3).replace("items:\n", "items:\n-\n") << true;
        // The parallel path hands these to the serial reader.
        QTest::newRow("anchor used by a later item")
            << list(3)
                   .replace("    namespace: default\n  involvedObject", "    namespace: &ns default\n  involvedObject")
                   .replace("    namespace: default\n    fieldPath", "    namespace: *ns\n    fieldPath")
            << false;
        QTest::newRow("syntax error in an item") << list(30).replace("  reason: Failed\n  type: Warning\n  count: 3",
            "  reason: [Failed\n  count: 3") << false;
        QTest::newRow("wrong type in an item") << list(30).replace("  count: 4", "  count: four") << false;
        QTest::newRow("two documents") << list(3) + "---\n" + list(2) << false;
        QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + list(3) << false;
        QTest::newRow("flow items") << QByteArray("apiVersion: v1\nitems: []\nkind: List\n") << false;
        QTest::newRow("items twice") << list(3, "apiVersion: v1\n", "items:\n" + pod(9)) << false;
        QTest::newRow("directive") << "%YAML 1.1\n---\n" + list(3) << false;
        QTest::newRow("quoted header swallows the items") << list(2, "apiVersion: v1\nnote: \"a\n", "b\"\n") << false;
        QTest::newRow("tab after the items") << list(2, "apiVersion: v1\n", "\tkind: List\n") << false;
        QTest::newRow("item text at the margin") << list(2).replace("  kind: Pod\n", "kind: Pod\n") << false;
        QTest::newRow("broken header") << list(2, "apiVersion: [v1\n") << false;
    }
    void shapes()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, split);
        compareBoth(text, split);
    }

    // Several batches on the worker threads: input order kept, as the serial reader keeps it.
    void largeListInOrder()
    {
        const QByteArray text = list(20000);
        QVERIFY(text.size() > 6 * 1024 * 1024); // several batches
        compareBoth(text, true);
        QBuffer in;
        in.setData(text);
        in.open(QIODevice::ReadOnly);
        LoadOptions o;
        o.yamlSplitMinBytes = 0;
        ClusterSnapshot s;
        LoadError e;
        QVERIFY(YamlLoader::load(in, text.size(), QStringLiteral("in.yaml"), s, o, &e));
        QCOMPARE(s.events.size(), 20000);
        for (int i = 0; i < 20000; i += 997) {
            QCOMPARE(s.events[i].name, QStringLiteral("web-%1.17a%2").arg(i % 7).arg(i).toUtf8());
            // Line numbers are the file's: 7 pods of 17 lines, events of 15, after 2 lines.
            QCOMPARE(s.events[i].origin().line, 2 + 7 * 17 + 15 * i + 1);
        }
    }

    // An error far into a large list: the serial reader's message, line included.
    void largeListErrorLate()
    {
        QByteArray text = list(20000);
        const QByteArray bad = "web:19000\": not found'\n";
        const qsizetype at = text.indexOf(bad);
        QVERIFY(at > 0);
        text.insert(at + bad.size(), "  count: {\n");
        const Outcome split = load(text, true);
        QVERIFY(!split.ok);
        QVERIFY(!split.split);
        QCOMPARE(split.error, load(text, false).error);
        QVERIFY2(split.error.startsWith(QStringLiteral("in.yaml:")), qPrintable(split.error));
    }

    void cancel()
    {
        const QByteArray text = list(20000);
        QBuffer in;
        in.setData(text);
        in.open(QIODevice::ReadOnly);
        LoadOptions o;
        o.yamlSplitMinBytes = 0;
        int calls = 0;
        o.progress = [&](qint64, qint64) { return ++calls < 2; };
        ClusterSnapshot s;
        LoadError e;
        QVERIFY(!YamlLoader::load(in, text.size(), QStringLiteral("in.yaml"), s, o, &e));
        QVERIFY(e.cancelled);
        QCOMPARE(s.events.size(), 0);
        QCOMPARE(calls, 2); // not read again by the serial reader after a cancel
    }

    // The splitter alone: where items start and what the frame keeps.
    void splitterCutsAtItems()
    {
        const QByteArray text = "apiVersion: v1\r\nitems:\r\n# c\r\n- a: 1\r\n  b: |\r\n    x\r\n\r\n- c: 2\r\n"
                                "kind: List\r\nmetadata: {}\r\n";
        QBuffer in;
        in.setData(text);
        in.open(QIODevice::ReadOnly);
        LoadOptions o;
        YamlItemSplitter s(in, text.size(), QStringLiteral("x"), o);
        QByteArray header;
        QList<QByteArray> items;
        QList<qint64> lines, offsets;
        QVERIFY(s.run(
            [&](const QByteArray &h) {
                header = h;
                return true;
            },
            [&](const YamlItemSplitter::Item &i) {
                items << QByteArray(i.data, qsizetype(i.size));
                lines << i.line;
                offsets << i.offset;
            }));
        QCOMPARE(header, QByteArray("apiVersion: v1\nitems: []\n"));
        QCOMPARE(items, (QList<QByteArray> {"- a: 1\r\n  b: |\r\n    x\r\n\r\n", "- c: 2\r\n"}));
        QCOMPARE(lines, (QList<qint64> {4, 8}));
        QCOMPARE(offsets.first(), text.indexOf("- a"));
        QCOMPARE(s.frame(), QByteArray("apiVersion: v1\nitems: []\nkind: List\nmetadata: {}\n"));
    }
};

QTEST_GUILESS_MAIN(TestYamlSplit)
#include "tst_yamlsplit.moc"

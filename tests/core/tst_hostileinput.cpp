#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "inputloader.h"

#include "../fuzz/fuzzentries.h"

using namespace PullScope;

// Hostile and broken input (issue item 9): every case runs the real pullscope-cli
// under an address-space limit and a time limit, and must end with a clean exit code
// and a message naming the file and, where one applies, the position. The fixtures
// are generated here, into a temporary folder, so no large file is committed.

#if defined(__SANITIZE_ADDRESS__)
#define PULLSCOPE_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PULLSCOPE_TEST_ASAN 1
#endif
#endif

namespace {

constexpr int TimeoutMs = 10'000;
constexpr int Deep = 100'000;

// A valid kubectl List: one pod whose pull failed and its events, pretty-printed the
// way `kubectl get pods,events -o json` writes it. `message` is the Failed event's text.
QByteArray validList(const QByteArray &message = "Failed to pull image \\\"nginx:1.25.999\\\": rpc error: code = "
                                                 "NotFound desc = failed to pull and unpack image "
                                                 "\\\"docker.io/library/nginx:1.25.999\\\": not found")
{
    return QByteArray(R"({
    "apiVersion": "v1",
    "items": [
        {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {
                "name": "web-7d5bc-xyz12",
                "namespace": "default"
            },
            "spec": {
                "containers": [
                    {
                        "image": "nginx:1.25.999",
                        "imagePullPolicy": "IfNotPresent",
                        "name": "web"
                    }
                ],
                "nodeName": "node-03"
            },
            "status": {
                "containerStatuses": [
                    {
                        "image": "nginx:1.25.999",
                        "name": "web",
                        "ready": false,
                        "restartCount": 0,
                        "state": {"waiting": {"reason": "ImagePullBackOff"}}
                    }
                ],
                "phase": "Pending"
            }
        },
        {
            "apiVersion": "v1",
            "count": 4,
            "firstTimestamp": "2026-02-03T09:01:00Z",
            "involvedObject": {
                "fieldPath": "spec.containers{web}",
                "kind": "Pod",
                "name": "web-7d5bc-xyz12",
                "namespace": "default"
            },
            "kind": "Event",
            "lastTimestamp": "2026-02-03T09:20:00Z",
            "message": ")")
        + message + QByteArray(R"(",
            "metadata": {"name": "web-7d5bc-xyz12.17a1", "namespace": "default"},
            "reason": "Failed",
            "type": "Warning"
        }
    ],
    "kind": "List",
    "metadata": {"resourceVersion": ""}
}
)");
}

QByteArray validYaml()
{
    return "apiVersion: v1\n"
           "kind: List\n"
           "items:\n"
           "- apiVersion: v1\n"
           "  kind: Pod\n"
           "  metadata:\n"
           "    name: web-7d5bc-xyz12\n"
           "    namespace: default\n"
           "  spec:\n"
           "    containers:\n"
           "    - name: web\n"
           "      image: nginx:1.25.999\n"
           "- apiVersion: v1\n"
           "  kind: Event\n"
           "  metadata: {name: web-7d5bc-xyz12.17a1, namespace: default}\n"
           "  involvedObject: {kind: Pod, name: web-7d5bc-xyz12, namespace: default}\n"
           "  reason: Failed\n"
           "  type: Warning\n"
           "  message: \"Failed to pull image \\\"nginx:1.25.999\\\": not found\"\n";
}

// Cuts `data` just after the first occurrence of `marker` (plus `extra` bytes).
QByteArray cutAfter(const QByteArray &data, const QByteArray &marker, int extra = 0)
{
    const qsizetype at = data.indexOf(marker);
    Q_ASSERT(at >= 0);
    return data.left(at + marker.size() + extra);
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(rng.bounded(256));
    return out;
}

QByteArray billionLaughs()
{
    QByteArray y = "apiVersion: v1\nkind: List\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 9; ++i) {
        y += "lol" + QByteArray::number(i) + ": &lol" + QByteArray::number(i) + " [";
        for (int j = 0; j < 9; ++j)
            y += (j ? ", *lol" : "*lol") + QByteArray::number(i - 1);
        y += "]\n";
    }
    y += "items:\n- kind: Pod\n  metadata: {name: laughs}\n  spec: {containers: *lol9}\n";
    return y;
}

// The content of each generated fixture, by name. An empty name list means the
// fixture is a folder (made in makeFixture).
QByteArray fixtureContent(const QString &name)
{
    const QByteArray valid = validList();
    if (name == QLatin1String("truncated-in-item.json"))
        return cutAfter(valid, "\"involvedObject\": {");
    if (name == QLatin1String("truncated-in-string.json"))
        return cutAfter(valid, "\"message\": \"Failed to pu");
    if (name == QLatin1String("truncated-in-key.json"))
        return cutAfter(valid, "\"fieldPa");
    if (name == QLatin1String("truncated-after-items.json"))
        return cutAfter(valid, "\n    ],");
    if (name == QLatin1String("invalid-double-comma.json"))
        return QByteArray(valid).replace("\"count\": 4,", "\"count\": 4,,");
    if (name == QLatin1String("invalid-bare-word.json"))
        return QByteArray(valid).replace("\"type\": \"Warning\"", "\"type\": Warning");
    if (name == QLatin1String("invalid-closing-brace-in-items.json"))
        return "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [}";
    if (name == QLatin1String("invalid-trailing-data.json"))
        return valid + "{\"kind\": \"Pod\"}";
    if (name == QLatin1String("invalid-utf8.json"))
        return QByteArray(valid).replace("Failed to pull", "Failed \xC3\x28 pull");
    if (name == QLatin1String("invalid-not-an-object-item.json"))
        return QByteArray(valid).replace("\"items\": [\n", "\"items\": [\n        42,\n");
    if (name == QLatin1String("wrong-type-count.json"))
        return QByteArray(valid).replace("\"count\": 4", "\"count\": \"abc\"");
    if (name == QLatin1String("wrong-type-count-huge.json"))
        return QByteArray(valid).replace("\"count\": 4", "\"count\": 1e999");
    if (name == QLatin1String("wrong-type-containers.json"))
        return "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n"
               "  {\"kind\": \"Pod\", \"metadata\": {\"name\": \"p\"},\n"
               "   \"spec\": {\"containers\": 5}}\n]}\n";
    if (name == QLatin1String("wrong-type-metadata.json"))
        return "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n"
               "  {\"kind\": \"Pod\", \"metadata\": [], \"spec\": {}}\n]}\n";
    if (name == QLatin1String("wrong-type-items.json"))
        return "{\"apiVersion\": \"v1\", \"kind\": \"List\",\n \"items\": {}}\n";
    if (name == QLatin1String("wrong-type-name.json"))
        return QByteArray(valid).replace("\"name\": \"web\"", "\"name\": {\"first\": \"web\"}");
    if (name == QLatin1String("wrong-type-items.yaml"))
        return "apiVersion: v1\nkind: List\nitems: {a: 1}\n";
    if (name == QLatin1String("wrong-type-containers.yaml"))
        return "apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: p}\n  spec:\n    containers: 5\n";
    if (name == QLatin1String("wrong-type-restartcount.yaml"))
        return "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nstatus:\n  containerStatuses:\n"
               "  - name: web\n    restartCount: lots\n";
    if (name == QLatin1String("big-string-value.json"))
        return validList("Failed to pull image \\\"x\\\": " + QByteArray(10 * 1024 * 1024, 'x'));
    if (name == QLatin1String("big-string-value.yaml"))
        return "apiVersion: v1\nkind: List\nitems:\n"
               "- apiVersion: v1\n  kind: Pod\n  metadata: {name: web-1, namespace: default}\n"
               "  spec:\n    containers:\n    - {name: web, image: \"nginx:1.25.999\"}\n"
               "- apiVersion: v1\n  kind: Event\n  metadata: {name: web-1.1, namespace: default}\n"
               "  involvedObject: {kind: Pod, name: web-1, namespace: default, fieldPath: \"spec.containers{web}\"}\n"
               "  reason: Failed\n  type: Warning\n  message: \"Failed to pull image x: "
            + QByteArray(10 * 1024 * 1024, 'x') + "\"\n";
    if (name == QLatin1String("deep-arrays.json"))
        return QByteArray(Deep, '[') + QByteArray(Deep, ']');
    if (name == QLatin1String("deep-objects.json")) {
        QByteArray d;
        d.reserve(Deep * 6 + Deep + 1);
        for (int i = 0; i < Deep; ++i)
            d += "{\"a\":";
        return d + "1" + QByteArray(Deep, '}');
    }
    if (name == QLatin1String("deep-inside-item.json"))
        return "{\"kind\": \"List\", \"items\": [{\"kind\": \"Pod\", \"metadata\": " + QByteArray(Deep, '[')
            + QByteArray(Deep, ']') + "}]}";
    if (name == QLatin1String("alias-bomb.yaml"))
        return billionLaughs();
    if (name == QLatin1String("deep-flow-sequences.yaml"))
        return "apiVersion: v1\nkind: List\nitems:\n- " + QByteArray(Deep, '[') + QByteArray(Deep, ']') + "\n";
    if (name == QLatin1String("deep-flow-mappings.yaml")) {
        QByteArray d = "apiVersion: v1\nkind: Pod\nmetadata: ";
        d.reserve(Deep * 5 + Deep + 64);
        for (int i = 0; i < Deep; ++i)
            d += "{a: ";
        return d + "1" + QByteArray(Deep, '}') + "\n";
    }
    if (name == QLatin1String("invalid-flow.yaml"))
        return "apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: [\n  - x: : :\n";
    if (name == QLatin1String("invalid-indentation.yaml"))
        return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n    namespace: b\n";
    if (name == QLatin1String("truncated-in-quoted-string.yaml"))
        return cutAfter(validYaml(), "message: \"Failed to pu");
    if (name == QLatin1String("unknown-alias.yaml"))
        return "apiVersion: v1\nkind: Pod\nmetadata: *nowhere\n";
    if (name == QLatin1String("random-bytes.bin"))
        return randomBytes(1 << 20, 20260203);
    if (name == QLatin1String("brace-then-random-bytes.bin"))
        return "{" + randomBytes(1 << 20, 20260204);
    if (name == QLatin1String("brace-then-random-text.bin")) {
        // No NUL bytes, so the content check takes it for JSON and the scanner must cope.
        QByteArray r = randomBytes(1 << 20, 20260205);
        r.replace('\0', '\x01');
        return "{" + r;
    }
    if (name == QLatin1String("empty.json"))
        return {};
    if (name == QLatin1String("whitespace-only.json"))
        return " \n\t\r\n   \n";
    if (name == QLatin1String("bom-only.json"))
        return "\xEF\xBB\xBF";
    if (name == QLatin1String("bom.json"))
        return "\xEF\xBB\xBF" + valid;
    if (name == QLatin1String("bom.yaml"))
        return "\xEF\xBB\xBF" + validYaml();
    if (name == QLatin1String("describe-cut-mid-table.txt")) {
        QFile f(QStringLiteral(PULLSCOPE_TEST_DATA "/describe/imagepullbackoff.txt"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture describe/imagepullbackoff.txt");
        const QByteArray d = f.readAll();
        // The header, the dashes and one full row, then half of the next row.
        qsizetype at = d.indexOf("\nEvents:");
        for (int lines = 0; lines < 4 && at >= 0; ++lines)
            at = d.indexOf('\n', at + 1);
        Q_ASSERT(at > 0);
        return d.left(at + 1 + 30);
    }
    qFatal("no fixture named %s", qPrintable(name));
}

struct Fixture
{
    QString path;
    qint64 size = 0;
};

Fixture makeFixture(const QTemporaryDir &dir, const QString &name)
{
    Fixture fx;
    fx.path = dir.filePath(name);
    if (name == QLatin1String("nothing-usable")) {
        // A cluster-info dump folder with logs and junk but no kubectl output.
        QDir().mkpath(fx.path + QStringLiteral("/default/web-1"));
        const QList<std::pair<QString, QByteArray>> files = {
            {QStringLiteral("/default/web-1/logs.txt"), "2026-02-03T09:00:00Z starting\nlistening on :8080\n"},
            {QStringLiteral("/default/core.bin"), randomBytes(4096, 7)},
            {QStringLiteral("/empty.json"), QByteArray()},
            {QStringLiteral("/.hidden.json"), validList()},
        };
        for (const auto &[rel, content] : files) {
            QFile f(fx.path + rel);
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(f.fileName()));
            fx.size += content.size();
        }
        return fx;
    }
    const QByteArray content = fixtureContent(name);
    QFile f(fx.path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(fx.path));
    fx.size = content.size();
    return fx;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void addRows()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // a regular expression the error must match
        QTest::addColumn<bool>("hasPosition"); // FILE:LINE: or "at byte N"
        QTest::addColumn<int>("containers"); // in the report, for inputs that load

        const auto row
            = [](const char *fixture, int exitCode, const char *message, bool hasPosition, int containers = 0) {
                  QTest::newRow(fixture) << QString::fromLatin1(fixture) << exitCode << QString::fromLatin1(message)
                                         << hasPosition << containers;
              };
        row("truncated-in-item.json", 2, "unexpected end of input", true);
        row("truncated-in-string.json", 2, "unexpected end of input inside a string", true);
        row("truncated-in-key.json", 2, "unexpected end of input inside a string", true);
        row("truncated-after-items.json", 2, "unexpected end of input", true);
        row("invalid-double-comma.json", 2, ".", true);
        row("invalid-bare-word.json", 2, ".", true);
        row("invalid-closing-brace-in-items.json", 2, "expected a value", true);
        row("invalid-trailing-data.json", 2, "after the end of the JSON document", true);
        row("invalid-utf8.json", 2, "UTF-8", true);
        row("invalid-not-an-object-item.json", 2, "expected a Kubernetes object", true);
        row("wrong-type-count.json", 2, "field \"count\": expected an integer", true);
        row("wrong-type-count-huge.json", 2, "field \"count\"", true);
        row("wrong-type-containers.json", 2, "field \"containers\": expected an array", true);
        row("wrong-type-metadata.json", 2, "field \"metadata\": expected an object", true);
        row("wrong-type-items.json", 2, "field \"items\": expected an array", true);
        row("wrong-type-name.json", 2, "field \"name\": expected a string", true);
        row("wrong-type-items.yaml", 2, "field \"items\": expected a list", true);
        row("wrong-type-containers.yaml", 2, "field \"containers\": expected a list", true);
        row("wrong-type-restartcount.yaml", 2, "field \"restartCount\": expected an integer", true);
        row("big-string-value.json", 0, "", false, 1);
        row("deep-arrays.json", 2, "nesting deeper than", true);
        row("deep-objects.json", 2, "nesting deeper than", true);
        row("deep-inside-item.json", 2, "nesting deeper than", true);
        row("alias-bomb.yaml", 2, "aliases expand to more than", true);
        row("deep-flow-sequences.yaml", 2, "nesting deeper than", true);
        row("deep-flow-mappings.yaml", 2, "nesting deeper than", true);
        row("invalid-flow.yaml", 2, "invalid YAML", true);
        row("invalid-indentation.yaml", 2, "invalid YAML", true);
        row("truncated-in-quoted-string.yaml", 2, "invalid YAML", true);
        row("unknown-alias.yaml", 2, "alias", true);
        row("random-bytes.bin", 2, "binary data", false);
        row("brace-then-random-bytes.bin", 2, "binary data", false);
        row("brace-then-random-text.bin", 2, ".", true);
        row("empty.json", 2, "empty", false);
        row("whitespace-only.json", 2, "empty", false);
        row("bom-only.json", 2, "empty", false);
        row("bom.json", 0, "", false, 1);
        row("bom.yaml", 0, "", false, 1);
        row("describe-cut-mid-table.txt", 2, "columns", true);
        row("nothing-usable", 2, "no kubectl output", false);
    }

    // The error text must name the file; with a position it reads FILE:LINE: or
    // "FILE: at byte N:".
    static void checkMessage(const QString &text, const QString &path, const QString &message, bool hasPosition)
    {
        QVERIFY2(text.contains(path), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(message)), qPrintable(text.left(500)));
        if (hasPosition) {
            const QRegularExpression position(
                QRegularExpression::escape(path) + QStringLiteral("(:[1-9][0-9]*:|: at byte [0-9]+:)"));
            QVERIFY2(text.contains(position), qPrintable(text.left(500)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsEmpty("PULLSCOPE_KEEP_FIXTURES")) {
            m_dir.setAutoRemove(false);
            qInfo("fixtures kept in %s", qPrintable(m_dir.path()));
        }
        QVERIFY2(QFileInfo(QStringLiteral(PULLSCOPE_CLI)).isExecutable(), PULLSCOPE_CLI);
    }

    void cli_data() { addRows(); }

    // The real binary, as a user runs it: no crash, no hang, exit 2 with FILE:LINE.
    void cli()
    {
        QFETCH(QString, fixture);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(bool, hasPosition);
        QFETCH(int, containers);
        const Fixture fx = makeFixture(m_dir, fixture);

        QStringList args = {QStringLiteral("diagnose"), fx.path, QStringLiteral("--format"), QStringLiteral("json")};
        QString program = QStringLiteral(PULLSCOPE_CLI);
#ifndef PULLSCOPE_TEST_ASAN
        // Twice the input plus 200 MB of address space (ASan reserves terabytes of
        // shadow memory, so sanitizer builds run without the limit).
        const qint64 limit = 2 * fx.size + 200 * 1024 * 1024;
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        if (!prlimit.isEmpty()) {
            args.prepend(program);
            args.prepend(QStringLiteral("--"));
            args.prepend(QStringLiteral("--as=%1").arg(limit));
            program = prlimit;
        } else {
            args = QStringList {QStringLiteral("-c"),
                       QStringLiteral("ulimit -v %1 && exec \"$0\" \"$@\"").arg(limit / 1024), program}
                + args;
            program = QStringLiteral("/bin/sh");
        }
#endif
        QProcess p;
        p.start(program, args);
        QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
        if (!p.waitForFinished(TimeoutMs)) {
            p.kill();
            p.waitForFinished();
            QFAIL(qPrintable(QStringLiteral("no result within %1 s").arg(TimeoutMs / 1000)));
        }
        const QByteArray out = p.readAllStandardOutput();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(
            p.exitStatus() == QProcess::NormalExit, qPrintable(QStringLiteral("crashed (signal): ") + err.left(2000)));
        QVERIFY2(p.exitCode() == exitCode, qPrintable(QStringLiteral("exit %1: ").arg(p.exitCode()) + err.left(2000)));
        if (exitCode == 0) {
            const QJsonDocument report = QJsonDocument::fromJson(out);
            QVERIFY(report.isObject());
            QCOMPARE(report[QLatin1String("summary")][QLatin1String("containers")].toInt(), containers);
            if (fixture == QLatin1String("big-string-value.json")) {
                // The 10 MB message survives whole into the report.
                const QJsonArray events = report[QLatin1String("containers")][0][QLatin1String("events")].toArray();
                qsizetype longest = 0;
                for (const QJsonValue &e : events)
                    longest = std::max(longest, e[QLatin1String("message")].toString().size());
                QVERIFY(longest > 10 * 1024 * 1024);
            }
            return;
        }
        QVERIFY(out.isEmpty());
        QVERIFY2(err.startsWith(QLatin1String("pullscope-cli: ")), qPrintable(err.left(500)));
        QCOMPARE(int(err.count(QLatin1Char('\n'))), 1);
        checkMessage(err, fx.path, message, hasPosition);
    }

    // Below the budget above, memory runs out somewhere: in the loader's threads, in
    // the diagnosis' or in the report. Each is an error, exit 2 with a message, never
    // a signal (mimalloc's operator new aborted; exceptions escaped worker threads).
    void outOfMemoryIsAnError_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("json") << QStringLiteral("big-string-value.json");
        // Split into items read on worker threads, as a large YAML dump is.
        QTest::newRow("yaml") << QStringLiteral("big-string-value.yaml");
    }

    void outOfMemoryIsAnError()
    {
#ifdef PULLSCOPE_TEST_ASAN
        QSKIP("ASan reserves terabytes of shadow memory: no address-space limit applies");
#else
        QFETCH(QString, fixture);
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        if (prlimit.isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        const Fixture fx = makeFixture(m_dir, fixture);
        int failed = 0;
        for (qint64 mb = 120; mb <= 210; mb += 15) {
            QProcess p;
            p.start(prlimit,
                {QStringLiteral("--as=%1").arg(mb << 20), QStringLiteral("--"), QStringLiteral(PULLSCOPE_CLI),
                    QStringLiteral("diagnose"), fx.path, QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY(p.waitForStarted());
            QVERIFY(p.waitForFinished(TimeoutMs));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(p.exitStatus() == QProcess::NormalExit,
                qPrintable(QStringLiteral("%1 MB: crashed: ").arg(mb) + err.left(500)));
            QVERIFY2(p.exitCode() == 0 || p.exitCode() == 2,
                qPrintable(QStringLiteral("%1 MB: exit %2").arg(mb).arg(p.exitCode())));
            if (p.exitCode() == 2) {
                ++failed;
                QVERIFY2(err.startsWith(QLatin1String("pullscope-cli: ")), qPrintable(err.left(500)));
                // Said as what it is, in words: not as the exception's C++ name, and not
                // as a fault of the input (libyaml's memory error read "syntax error").
                QVERIFY2(
                    err.contains(QLatin1String("memory")) || err.contains(QLatin1String("could not start a thread")),
                    qPrintable(err.left(500)));
            }
        }
        // The lower limits are below what the file needs: the test saw them fail.
        QVERIFY(failed > 0);
#endif
    }

    void inProcess_data()
    {
        addRows();
    }

    // The same inputs through the library entry point: the structured error carries the
    // file and the line or byte offset (the GUI shows them).
    void inProcess()
    {
        QFETCH(QString, fixture);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(bool, hasPosition);
        const Fixture fx = makeFixture(m_dir, fixture);
        ClusterSnapshot snapshot;
        LoadError error;
        const bool ok = InputLoader::loadPath(fx.path, snapshot, {}, &error);
        QCOMPARE(ok, exitCode == 0);
        if (ok)
            return;
        QCOMPARE(error.file, fx.path);
        QVERIFY(!error.cancelled);
        QVERIFY2(!error.message.contains(fx.path), qPrintable(error.message));
        if (hasPosition)
            QVERIFY2(error.line > 0 || error.offset >= 0, qPrintable(error.toString()));
        checkMessage(error.toString(), fx.path, message, hasPosition);
    }

    void fuzzRegressions_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        QDirIterator it(
            QStringLiteral(PULLSCOPE_TEST_DATA "/fuzz-regressions"), QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &f : std::as_const(files)) {
            const QFileInfo info(f);
            const QString target = info.dir().dirName();
            QTest::newRow(qPrintable(target + QLatin1Char('/') + info.fileName())) << target << f;
        }
    }

    // Inputs that once crashed a fuzz target (tests/fuzz/run-fuzzers.sh records them):
    // replayed through the target's own code and through the general entry point.
    void fuzzRegressions()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY2(FuzzEntries::run(target, data), qPrintable(QStringLiteral("unknown fuzz target folder ") + target));
        ClusterSnapshot snapshot;
        LoadError error;
        if (!InputLoader::loadData(data, QFileInfo(path).fileName(), snapshot, {}, &error)) {
            QCOMPARE(error.file, QFileInfo(path).fileName());
            QVERIFY(!error.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"

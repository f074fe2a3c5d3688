#include <QtTest>

#include <algorithm>
#include <string>

#include "mapsink.h"

using namespace PullScope;

// MapSink: parts folded in input order into an events list sized once from the input's
// size, and the sharing of repeated event messages.
class TestMapSink : public QObject
{
    Q_OBJECT

    static Event event(int i)
    {
        Event e;
        e.editSubject().objectNamespace = QStringLiteral("default");
        e.editSubject().objectName = QStringLiteral("p%1").arg(i / 5);
        e.reason = QStringLiteral("Pulling");
        e.message = QStringLiteral("m%1").arg(i);
        return e;
    }

    // A part of `n` events numbered from `first`.
    static ClusterSnapshot eventPart(int first, int n)
    {
        ClusterSnapshot part;
        part.events.reserve(n);
        for (int i = first; i < first + n; ++i)
            part.events.append(event(i));
        return part;
    }

    static ClusterSnapshot podPart(int first, int n)
    {
        ClusterSnapshot part;
        for (int i = first; i < first + n; ++i) {
            Pod p;
            p.namespace_ = QStringLiteral("default");
            p.name = QStringLiteral("p%1").arg(i);
            part.pods.append(p);
        }
        return part;
    }

    static void checkOrder(const ClusterSnapshot &s, int events)
    {
        QCOMPARE(s.events.size(), events);
        for (int i = 0; i < events; ++i)
            QCOMPARE(s.events[i].message, QStringLiteral("m%1").arg(i));
    }

private Q_SLOTS:
    // Pods first, then events of 400 bytes each: once the second events part comes, the
    // list has room for all of them and is never moved again.
    void eventsSizedForTheInputOnce()
    {
        ClusterSnapshot out;
        MapSink sink(out, QStringLiteral("dump.json"));
        const int perPart = 200;
        const int parts = 25;
        const qint64 podBytes = 50000;
        const qint64 eventBytes = 400;
        const qint64 total = podBytes + perPart * parts * eventBytes + 10;
        sink.setInputSize(total);
        sink.mergePart(podPart(0, 100), podBytes, 0);
        const Event *data = nullptr;
        for (int k = 0; k < parts; ++k) {
            const qint64 end = podBytes + (k + 1) * perPart * eventBytes;
            sink.mergePart(eventPart(k * perPart, perPart), end, perPart * eventBytes);
            if (k == 1) {
                QVERIFY2(out.events.capacity() >= perPart * parts, qPrintable(QString::number(out.events.capacity())));
                // Not sized for the pod bytes too: they are behind, not ahead.
                QVERIFY(out.events.capacity() < 2 * perPart * parts);
                data = out.events.constData();
            } else if (k > 1) {
                QCOMPARE(out.events.constData(), data);
            }
        }
        checkOrder(out, perPart * parts);
        QCOMPARE(out.pods.size(), 100);
    }

    // Later events are much shorter than the first: the estimate falls short, the list
    // grows again, and the order stays the input's.
    void shortfallGrowsAgainInOrder()
    {
        ClusterSnapshot out;
        MapSink sink(out, QStringLiteral("dump.json"));
        sink.setInputSize(20000);
        qint64 end = 0;
        int next = 0;
        for (int k = 0; k < 40; ++k) {
            const int n = k < 2 ? 10 : 50;
            end += k < 2 ? 1000 : 400; // 100 bytes per event, then 8
            sink.mergePart(eventPart(next, n), end, k < 2 ? 1000 : 400);
            next += n;
        }
        checkOrder(out, next);
    }

    // A pipe has no size: the list grows as it must, still in order.
    void unknownInputSize()
    {
        ClusterSnapshot out;
        MapSink sink(out, QStringLiteral("-"));
        for (int k = 0; k < 10; ++k)
            sink.mergePart(eventPart(k * 30, 30), (k + 1) * 3000, 3000);
        checkOrder(out, 300);
    }

    void repeatedMessagesShared()
    {
        ClusterSnapshot out;
        MapSink sink(out, QStringLiteral("dump.json"));
        const std::string created = "Created container web";
        const QString a = sink.message(created);
        const QString b = sink.message(created);
        QCOMPARE(a, QStringLiteral("Created container web"));
        QCOMPARE(b.constData(), a.constData());
        // Trimmed, as the mapper always stored messages.
        QCOMPARE(sink.message(" Started container web\n"), QStringLiteral("Started container web"));
        QVERIFY(sink.message("").isEmpty());
        QCOMPARE(sink.message("  \t"), QString());
        const std::string longText(300, 'x');
        QCOMPARE(sink.message(longText), QString(300, QLatin1Char('x')));
    }

    // The events of one container share one subject; a change to one event's copies it
    // first, and a different subject is never handed out for an equal-looking slot.
    void subjectsShared()
    {
        ClusterSnapshot out;
        MapSink sink(out, QStringLiteral("dump.json"));
        auto subjectOf = [&](const char *pod, const char *container) {
            EventSubject s;
            s.objectKind = sink.intern("Pod");
            s.objectNamespace = sink.intern("default");
            s.objectName = sink.intern(pod);
            s.fieldPath = sink.intern(std::string("spec.containers{") + container + "}");
            s.source = sink.intern("kubelet");
            s.host = sink.intern("node-1");
            s.file = sink.file();
            return sink.shareSubject(std::move(s));
        };
        Event pulling, pulled, other;
        pulling.setSubject(subjectOf("web-1", "web"));
        pulled.setSubject(subjectOf("web-1", "web"));
        other.setSubject(subjectOf("web-1", "sidecar"));
        QCOMPARE(&pulled.subject(), &pulling.subject());
        QVERIFY(&other.subject() != &pulling.subject());
        QCOMPARE(other.containerName(), QStringLiteral("sidecar"));
        QCOMPARE(pulled.origin().file, QStringLiteral("dump.json"));

        pulled.editSubject().host = QStringLiteral("node-2");
        QCOMPARE(pulled.host(), QStringLiteral("node-2"));
        QCOMPARE(pulling.host(), QStringLiteral("node-1"));
        QVERIFY(&pulled.subject() != &pulling.subject());

        // Thousands of distinct subjects through the fixed-size cache: each event keeps
        // its own, whatever slot it passed through.
        QList<Event> many;
        for (int i = 0; i < 5000; ++i) {
            Event e;
            e.setSubject(subjectOf(("web-" + std::to_string(i)).c_str(), "web"));
            many.append(e);
        }
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(many.at(i).objectName(), QStringLiteral("web-%1").arg(i));
        // An event nobody gave a subject reads as empty.
        const Event bare;
        QVERIFY(bare.objectName().isEmpty() && bare.fieldPath().isEmpty() && bare.origin().file.isEmpty());
    }

    // Far more distinct messages than slots: every one still comes back as given.
    void manyDistinctMessages()
    {
        ClusterSnapshot out;
        MapSink sink(out, QStringLiteral("dump.json"));
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 20000; ++i) {
                const std::string text = "Successfully assigned default/web-" + std::to_string(i) + " to node-1";
                QCOMPARE(sink.message(text), QString::fromStdString(text));
            }
        }
    }

    // The string pool is bounded: far more distinct names than it keeps all come back
    // as given, a hot one interleaved with them stays shared, and the pool never holds
    // more than its bound.
    void poolBoundedAndShared()
    {
        ClusterSnapshot out;
        MapSink sink(out, QStringLiteral("dump.json"));
        const QString hot = sink.intern("default");
        size_t most = 0;
        for (int i = 0; i < 50000; ++i) {
            const std::string name = "web-" + std::to_string(i) + "-x7k2p";
            QCOMPARE(sink.intern(name), QString::fromStdString(name));
            const QString again = sink.intern("default");
            QCOMPARE(again, QStringLiteral("default"));
            // Shared with the previous lookup (a clear in between may renew it once).
            QCOMPARE(sink.intern("default").constData(), again.constData());
            most = std::max(most, sink.pooled());
        }
        QVERIFY(most > 1000);
        QVERIFY2(most <= 2048, qPrintable(QString::number(most)));
        QCOMPARE(sink.intern("default"), hot);
        QVERIFY(sink.intern("").isEmpty());
        const std::string longName(100, 'n');
        QCOMPARE(sink.intern(longName), QString(100, QLatin1Char('n')));
    }
};

QTEST_GUILESS_MAIN(TestMapSink)
#include "tst_mapsink.moc"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

#include "clustersnapshot.h"
#include "diagnosisengine.h"
#include "inputloader.h"
#include "jsonwriter.h"
#include "reportwriter.h"

#include <thread>

using namespace PullScope;

// JsonWriter's string encoding: UTF-16 straight to escaped UTF-8, eight units at a time
// while they are plain, the rest one by one. Whatever the length and wherever the
// characters that need escaping fall, Qt's JSON parser must read back the string that
// was written.
class TestJsonWriter : public QObject
{
    Q_OBJECT

    static QByteArray written(const QStringList &strings)
    {
        QByteArray out;
        {
            QBuffer buffer(&out);
            buffer.open(QIODevice::WriteOnly);
            JsonWriter w(&buffer, false);
            w.value(strings);
        }
        return out;
    }

private Q_SLOTS:
    void plainStringsAreCopied()
    {
        // Every length around the 8-unit steps: the bytes are the string itself.
        for (int n = 0; n <= 40; ++n) {
            const QString s = QString(n, QLatin1Char('a')) + QString::number(n);
            QCOMPARE(written({s}), QByteArray("[\"") + s.toLatin1() + "\"]");
        }
    }

    void everyLengthAndPositionRoundTrips()
    {
        // One character that needs more than a byte at each position of strings of
        // every length up to 40.
        const QList<QString> specials
            = {QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n"), QStringLiteral("\x01"),
                QStringLiteral("\u00e9"), QStringLiteral("\u4e2d"), QString::fromUtf8("\xf0\x9f\x98\x80")};
        QStringList strings;
        for (const QString &special : specials)
            for (int n = 1; n <= 40; ++n)
                for (int at = 0; at < n; ++at) {
                    QString s(n, QLatin1Char('x'));
                    s.replace(at, 1, special);
                    strings << s;
                }
        const QByteArray json = written(strings);
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray back = doc.array();
        QCOMPARE(back.size(), strings.size());
        for (int i = 0; i < strings.size(); ++i)
            QCOMPARE(back.at(i).toString(), strings.at(i));
    }

    void randomStringsRoundTrip()
    {
        QRandomGenerator random(27112026);
        const QList<char16_t> units = {u'a', u'Z', u' ', u'"', u'\\', u'\n', u'\t', u'\r', 0x1f, 0x7f, 0xe9, 0x4e2d,
            0xd83d /* with 0xde00 after it */};
        QStringList strings;
        for (int i = 0; i < 2000; ++i) {
            QString s;
            const int n = int(random.bounded(70));
            for (int c = 0; c < n; ++c) {
                const char16_t u = units.at(int(random.bounded(int(units.size()))));
                s += QChar(u);
                if (u == 0xd83d)
                    s += QChar(char16_t(0xde00));
            }
            strings << s;
        }
        QJsonParseError error {};
        const QJsonArray back = QJsonDocument::fromJson(written(strings), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.size(), strings.size());
        for (int i = 0; i < strings.size(); ++i)
            QCOMPARE(back.at(i).toString(), strings.at(i));
    }

    void reportStreamWritesWhatWriteJsonWrites()
    {
        // The training cluster's report, its containers repeated so that some chunks
        // pass 64 kB (written straight from their block) and others are small (copied).
        ClusterSnapshot snap;
        LoadError e;
        QVERIFY(InputLoader::loadPath(
            QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json"), snap, {}, &e));
        DiagnosisReport report = DiagnosisEngine::diagnose(snap, {});
        const QList<ContainerDiagnosis> once = report.containers;
        QVERIFY(once.size() > 20);
        for (int i = 0; i < 8; ++i)
            report.containers += once;
        QByteArray expected;
        {
            QBuffer buffer(&expected);
            buffer.open(QIODevice::WriteOnly);
            ReportWriter::writeJson(report, &buffer);
        }

        // Chunks of 1, 2, 4 ... containers, every other one rendered on a thread of its
        // own, with an empty chunk (a namespace filter left nothing) among them: blocks
        // go back and forth between threads and are written into again.
        QByteArray streamed;
        QBuffer buffer(&streamed);
        buffer.open(QIODevice::WriteOnly);
        DiagnosisReport head = report;
        head.containers.clear();
        JsonReportStream stream(&buffer, head);
        qsizetype at = 0;
        int largest = 0;
        for (qsizetype n = 1; at < report.containers.size(); n *= 2) {
            const QList<ContainerDiagnosis> part = report.containers.mid(at, n);
            at += part.size();
            JsonReportStream::Chunk chunk;
            if (n % 4 == 0)
                std::thread([&] { chunk = stream.render(part); }).join();
            else
                chunk = stream.render(part);
            largest = std::max(largest, int(chunk.json.size));
            stream.append(std::move(chunk));
            stream.append(stream.render({}));
        }
        stream.finish();
        QVERIFY2(largest > (64 << 10), "no chunk was written straight from its block");
        QCOMPARE(streamed.size(), expected.size());
        QCOMPARE(streamed, expected);
        QCOMPARE(stream.failing(), ReportWriter::summarize(report).failing);
    }

    void loneSurrogatesAsToUtf8()
    {
        // As QString::toUtf8() writes them: a '?' each, the rest unchanged.
        const QString s = QStringLiteral("abcdefgh") + QChar(char16_t(0xd800)) + QStringLiteral("ij");
        QCOMPARE(written({s}), QByteArray("[\"abcdefgh?ij\"]"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"

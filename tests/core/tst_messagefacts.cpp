#include <QRandomGenerator>

#include <cstring>
#include <QtTest>

#include "messagefacts.h"

using PullScope::MessageFacts::imageOf;

namespace {
QString q(const char *s)
{
    return QString::fromUtf8(s);
}

const char *const Prefixes[] = {
    "Pulling image \"",
    "Successfully pulled image \"",
    "Container image \"",
    "Back-off pulling image \"",
    "Failed to pull image \"",
    "Failed to inspect image \"",
    "Failed to apply default image tag \"",
    "Failed to record image pull intent for container image \"",
};

// What imageOf() returned when it searched each prefix in turn: the first prefix, in
// list order, found anywhere in the message, read from its first occurrence.
QString byPrefixSearch(const QString &message)
{
    const QString prefix = QStringLiteral("(combined from similar events): ");
    const QString m = message.startsWith(prefix) ? message.mid(prefix.size()) : message;
    for (const char *p : Prefixes) {
        const qsizetype at = m.indexOf(QLatin1String(p));
        if (at < 0)
            continue;
        QString out;
        bool closed = false;
        for (qsizetype i = at + qsizetype(qstrlen(p)); i < m.size(); ++i) {
            if (m.at(i) == QLatin1Char('"')) {
                closed = true;
                break;
            }
            if (m.at(i) == QLatin1Char('\\') && i + 1 < m.size())
                ++i;
            out += m.at(i);
        }
        if (closed && !out.isEmpty())
            return out;
    }
    static const QRegularExpression unquoted(QStringLiteral("image pull failed for (\\S+) because"));
    const auto match = unquoted.match(m);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

class TestMessageFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imageOfMessages_data();
    void imageOfMessages();
    void imageOfMatchesPrefixSearch();
    void durationDecimalsAreExact();
};

void TestMessageFacts::imageOfMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("image");

    QTest::newRow("pulling") << q("Pulling image \"nginx:1.27\"") << q("nginx:1.27");
    QTest::newRow("pulled") << q("Successfully pulled image \"nginx\" in 1.2s (1.2s including waiting)") << q("nginx");
    QTest::newRow("present") << q("Container image \"busybox\" already present on machine") << q("busybox");
    QTest::newRow("backoff wrapping a pull error")
        << q("Back-off pulling image \"a:1\": ErrImagePull: failed to pull and unpack image \"docker.io/a:1\"")
        << q("a:1");
    QTest::newRow("failed") << q("Failed to pull image \"r.io/x\": rpc error: code = NotFound") << q("r.io/x");
    QTest::newRow("combined") << q("(combined from similar events): Failed to pull image \"x:2\": EOF") << q("x:2");
    // List order, not position: "Pulling image" comes before "Failed to pull image".
    QTest::newRow("later prefix first") << q("Failed to pull image \"a\" after Pulling image \"b\"") << q("b");
    QTest::newRow("prefix twice") << q("Container image \"c\" and Container image \"d\"") << q("c");
    QTest::newRow("escaped quote") << q("Pulling image \"we\\\"ird\"") << q("we\"ird");
    // An unterminated quote gives nothing for that prefix; the next one in the list is
    // tried, and its quote closes where the first one's opened.
    QTest::newRow("unterminated then other")
        << q("Failed to inspect image \"x: Pulling image \"y") << q("x: Pulling image ");
    QTest::newRow("empty then other") << q("Pulling image \"\" / Failed to pull image \"z\"") << q("z");
    QTest::newRow("default tag") << q("Failed to apply default image tag \"Up:per\": couldn't parse image name")
                                 << q("Up:per");
    QTest::newRow("tag ending only") << q("x default image tag \"y\"") << q("");
    QTest::newRow("intent") << q("Failed to record image pull intent for container image \"p/q\": ctx done")
                            << q("p/q");
    QTest::newRow("lowercase pulling") << q("pulling image \"n\"") << q("");
    QTest::newRow("at the very start") << q("image \"n\"") << q("");
    QTest::newRow("unquoted") << q("image pull failed for r.io/a:1 because the registry is unavailable")
                              << q("r.io/a:1");
    QTest::newRow("no image") << q("Created container web") << q("");
    QTest::newRow("non-ASCII") << q("Pulling image \"镜像/名\"") << q("镜像/名");
}

void TestMessageFacts::imageOfMessages()
{
    QFETCH(QString, message);
    QFETCH(QString, image);
    QCOMPARE(imageOf(message), image);
    QCOMPARE(byPrefixSearch(message), image);
}

void TestMessageFacts::imageOfMatchesPrefixSearch()
{
    // Messages stitched from prefixes, their endings, quotes, escapes and filler, in
    // random order: imageOf() must find what a search for each prefix finds.
    const QStringList pieces = {QStringLiteral("Pulling image \""), QStringLiteral("Successfully pulled image \""),
        QStringLiteral("Container image \""), QStringLiteral("Back-off pulling image \""),
        QStringLiteral("Failed to pull image \""), QStringLiteral("Failed to inspect image \""),
        QStringLiteral("Failed to apply default image tag \""),
        QStringLiteral("Failed to record image pull intent for container image \""), QStringLiteral("image \""),
        QStringLiteral("image tag \""), QStringLiteral("\""), QStringLiteral("\\\""), QStringLiteral("\\"),
        QStringLiteral("nginx:1"), QStringLiteral(" "), QStringLiteral("pull "), QStringLiteral("Pulling "),
        QStringLiteral("(combined from similar events): "), QStringLiteral("image pull failed for x because ")};
    QRandomGenerator random(20261127);
    for (int round = 0; round < 20000; ++round) {
        QString message;
        const int n = random.bounded(1, 8);
        for (int i = 0; i < n; ++i)
            message += pieces.at(random.bounded(int(pieces.size())));
        QCOMPARE(imageOf(message), byPrefixSearch(message));
    }
}

void TestMessageFacts::durationDecimalsAreExact()
{
    // Seconds are read without toDouble() up to 15 digits: every such decimal must give
    // the very double toDouble() gives (the report prints it), and what is not a plain
    // decimal still goes by toDouble()'s rules.
    QRandomGenerator random(20261128);
    for (int round = 0; round < 200000; ++round) {
        const int whole = random.bounded(0, 9), fraction = random.bounded(0, 10);
        QString number;
        for (int i = 0; i < whole; ++i)
            number += QChar(u'0' + random.bounded(10));
        if (fraction > 0 || whole == 0) {
            number += QLatin1Char('.');
            for (int i = 0; i < fraction; ++i)
                number += QChar(u'0' + random.bounded(10));
        }
        bool ok = false;
        const double expected = number.toDouble(&ok);
        const double read = PullScope::MessageFacts::goDurationSeconds(QString(number + QLatin1Char('s')));
        if (!ok) {
            QCOMPARE(read, -1.0);
            continue;
        }
        if (std::memcmp(&expected, &read, sizeof read) != 0)
            QFAIL(qPrintable(QStringLiteral("%1: %2 instead of %3")
                                 .arg(number, QString::number(read, 'g', 17), QString::number(expected, 'g', 17))));
    }
    const double sixteen = PullScope::MessageFacts::goDurationSeconds(u"1234567890.123456s");
    QCOMPARE(sixteen, QStringLiteral("1234567890.123456").toDouble());
    QCOMPARE(PullScope::MessageFacts::goDurationSeconds(u"1.2.3s"), -1.0);
    QCOMPARE(PullScope::MessageFacts::goDurationSeconds(u"2m1.s"), 121.0);
}

QTEST_GUILESS_MAIN(TestMessageFacts)
#include "tst_messagefacts.moc"

#include "messagefacts.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <iterator>

namespace PullScope::MessageFacts {

namespace {
// Reads a Go %q string starting at `open` (the opening quote).
QString goQuoted(const QString &s, int open)
{
    // Nearly always no escape: the text up to the closing quote, in one piece.
    for (qsizetype i = open + 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('"'))
            return s.mid(open + 1, i - open - 1);
        if (c == QLatin1Char('\\'))
            break;
    }
    QString out;
    for (int i = open + 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('"'))
            return out;
        if (c == QLatin1Char('\\') && i + 1 < s.size()) {
            out += s.at(++i);
            continue;
        }
        out += c;
    }
    return {};
}
} // namespace

QString imageOf(const QString &message)
{
    // Every quoted prefix ends in `image "` or `image tag "`, and is split here into the
    // part before that ending and the ending.
    struct Prefix
    {
        QLatin1String head;
        bool tag; // ends in `image tag "`
    };
    static const Prefix prefixes[] = {
        {QLatin1String("Pulling "), false},
        {QLatin1String("Successfully pulled "), false},
        {QLatin1String("Container "), false},
        {QLatin1String("Back-off pulling "), false},
        {QLatin1String("Failed to pull "), false},
        {QLatin1String("Failed to inspect "), false},
        {QLatin1String("Failed to apply default "), true},
        {QLatin1String("Failed to record image pull intent for container "), false},
    };
    const QString m = withoutAggregationPrefix(message);
    const QStringView view(m);
    // The first place a prefix occurs (what a search for it finds) is the first of the
    // endings that the rest of the prefix precedes: one scan for "image " instead of a
    // search per prefix, which were a tenth of diagnosing a large dump. Most messages
    // (Scheduled, Created, Started...) have no ending at all.
    QVarLengthArray<qsizetype, 4> imageEnds, tagEnds;
    bool pullFailedFor = false; // "image pull failed for ", read below
    for (qsizetype at = view.indexOf(u"image "); at >= 0; at = view.indexOf(u"image ", at + 6)) {
        const QStringView rest = view.mid(at + 6);
        if (rest.startsWith(QLatin1Char('"')))
            imageEnds.append(at);
        else if (rest.startsWith(QLatin1String("tag \"")))
            tagEnds.append(at);
        else if (rest.startsWith(QLatin1String("pull failed for ")))
            pullFailedFor = true;
    }
    if (!imageEnds.isEmpty() || !tagEnds.isEmpty()) {
        for (const Prefix &p : prefixes) {
            const qsizetype headSize = p.head.size();
            for (const qsizetype end : p.tag ? tagEnds : imageEnds) {
                if (end < headSize || view.mid(end - headSize, headSize) != p.head)
                    continue;
                const qsizetype quote = end + (p.tag ? 10 : 6);
                const QString image = goQuoted(m, int(quote));
                if (!image.isEmpty())
                    return image;
                break; // only the first occurrence of a prefix is read
            }
        }
    }
    // RegistryUnavailable / SignatureValidationFailed: "image pull failed for X because ..."
    static const QRegularExpression unquoted(QStringLiteral("image pull failed for (\\S+) because"));
    if (!pullFailedFor)
        return {};
    const auto match = unquoted.match(m);
    if (match.hasMatch())
        return match.captured(1);
    return {};
}

namespace {
// A decimal such as "79.083". Up to 15 digits it is the integer of its digits divided
// by a power of ten: both are exact doubles and the division is rounded once, so the
// result is the nearest double, as toDouble() gives, without its conversion to Latin-1
// and general parser (half of reading a pull's duration). Anything else goes there.
double decimalValue(QStringView text, bool *ok)
{
    static constexpr double powers[]
        = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    quint64 digits = 0;
    int count = 0, fraction = -1;
    for (const QChar c : text) {
        if (c == QLatin1Char('.') && fraction < 0) {
            fraction = 0;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9') || ++count > 15)
            return text.toDouble(ok);
        digits = digits * 10 + quint64(c.unicode() - '0');
        if (fraction >= 0)
            ++fraction;
    }
    if (count == 0 || fraction == 0) // "." or "1.": left to toDouble's rules
        return text.toDouble(ok);
    *ok = true;
    return double(digits) / powers[std::max(fraction, 0)];
}
} // namespace

double goDurationSeconds(QStringView text)
{
    if (text.isEmpty())
        return -1;
    double total = 0;
    int i = 0;
    const int n = int(text.size());
    bool any = false;
    while (i < n) {
        const int start = i;
        while (i < n && (text[i].isDigit() || text[i] == QLatin1Char('.')))
            ++i;
        if (i == start)
            return -1;
        bool ok = false;
        const double value = decimalValue(text.mid(start, i - start), &ok);
        if (!ok)
            return -1;
        const int unitStart = i;
        while (i < n && !text[i].isDigit() && text[i] != QLatin1Char('.'))
            ++i;
        const QStringView unit = text.mid(unitStart, i - unitStart);
        double scale;
        if (unit == QLatin1String("h"))
            scale = 3600;
        else if (unit == QLatin1String("m"))
            scale = 60;
        else if (unit == QLatin1String("s"))
            scale = 1;
        else if (unit == QLatin1String("ms"))
            scale = 1e-3;
        else if (unit == QStringView(u"\u00b5s") || unit == QStringView(u"\u03bcs") || unit == QLatin1String("us"))
            scale = 1e-6;
        else if (unit == QLatin1String("ns"))
            scale = 1e-9;
        else if (unit.isEmpty() && value == 0 && !any)
            scale = 0; // Go prints a zero duration as "0s", but accept a bare "0"
        else
            return -1;
        total += value * scale;
        any = true;
    }
    return total;
}

qint64 humanAgeSeconds(QStringView text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('<')))
        return -1;
    qint64 total = 0;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        qint64 v = 0;
        const int start = i;
        while (i < n && text[i].isDigit())
            v = v * 10 + text[i++].digitValue();
        if (i == start || i == n)
            return -1;
        switch (text[i++].toLatin1()) {
        case 'y':
            total += v * 365 * 86400;
            break;
        case 'd':
            total += v * 86400;
            break;
        case 'h':
            total += v * 3600;
            break;
        case 'm':
            total += v * 60;
            break;
        case 's':
            total += v;
            break;
        default:
            return -1;
        }
    }
    return total;
}

namespace {
// Printable ASCII only: the text the hand-written readers below take. On it they find
// what the regular expressions next to them find; anything else (tabs, newlines, non-
// ASCII, where the expressions' idea of whitespace or of a character could differ) is
// left to the expressions. Every pulled image has such a message, and a match object
// per message was a few percent of diagnosing a large dump.
bool printableAscii(QStringView s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return true;
}
} // namespace

double pulledSeconds(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("^Successfully pulled image \"(?:[^\"\\\\]|\\\\.)*\" in (\\S+)"));
    static const QLatin1String prefix("Successfully pulled image \"");
    const QString m = withoutAggregationPrefix(message);
    if (!m.startsWith(prefix))
        return -1;
    if (!printableAscii(m)) {
        const auto match = re.match(m);
        if (!match.hasMatch())
            return -1;
        return goDurationSeconds(match.capturedView(1));
    }
    // A Go-quoted image: its closing quote is the first one not escaped.
    const qsizetype n = m.size();
    qsizetype i = prefix.size();
    while (i < n && m.at(i) != QLatin1Char('"'))
        i += m.at(i) == QLatin1Char('\\') ? 2 : 1;
    if (i >= n || !QStringView(m).mid(i).startsWith(QLatin1String("\" in ")))
        return -1;
    const qsizetype start = i + 5;
    qsizetype end = start;
    while (end < n && m.at(end) != QLatin1Char(' '))
        ++end;
    if (end == start)
        return -1;
    return goDurationSeconds(QStringView(m).mid(start, end - start));
}

qint64 pulledImageSize(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("Image size: (\\d+) bytes"));
    if (!printableAscii(message)) {
        const auto m = re.match(message);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }
    static const QLatin1String marker("Image size: ");
    for (qsizetype at = message.indexOf(marker); at >= 0; at = message.indexOf(marker, at + 1)) {
        const qsizetype digits = at + marker.size();
        qsizetype end = digits;
        while (end < message.size() && message.at(end) >= QLatin1Char('0') && message.at(end) <= QLatin1Char('9'))
            ++end;
        if (end > digits && QStringView(message).mid(end).startsWith(QLatin1String(" bytes")))
            return message.mid(digits, end - digits).toLongLong();
    }
    return -1;
}

QString containerOf(const QString &message)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:Created|Started|Stopping|Killing) container:? (\\S+)|^Back-off restarting failed container (\\S+)"));
    const QString text = withoutAggregationPrefix(message);
    // The same alternatives as the pattern, without a match object per event.
    static const QLatin1String starts[]
        = {QLatin1String("Created container"), QLatin1String("Started container"), QLatin1String("Stopping container"),
            QLatin1String("Killing container"), QLatin1String("Back-off restarting failed container ")};
    if (std::none_of(std::begin(starts), std::end(starts), [&](QLatin1String s) { return text.startsWith(s); }))
        return {};
    if (!printableAscii(text)) {
        const auto m = re.match(text);
        if (!m.hasMatch())
            return {};
        return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    }
    // The pattern read by hand: every pod has "Created container x" and "Started
    // container x" events, and this runs for each of them.
    static const QLatin1String tail("Back-off restarting failed container ");
    qsizetype start = -1;
    if (text.startsWith(tail)) {
        start = tail.size();
    } else {
        for (qsizetype i = 0; i < 4; ++i) {
            if (!text.startsWith(starts[i]))
                continue;
            qsizetype at = starts[i].size();
            if (at < text.size() && text.at(at) == QLatin1Char(':'))
                ++at;
            if (at < text.size() && text.at(at) == QLatin1Char(' '))
                start = at + 1;
            break;
        }
    }
    if (start < 0)
        return {};
    qsizetype end = start;
    while (end < text.size() && text.at(end) != QLatin1Char(' '))
        ++end;
    return end > start ? text.mid(start, end - start) : QString();
}

QString withoutAggregationPrefix(const QString &message)
{
    static const QLatin1String prefix("(combined from similar events): ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

} // namespace PullScope::MessageFacts

#include "messagefacts.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace PullScope::MessageFacts {

namespace {
// Reads a Go %q string starting at `open` (the opening quote).
QString goQuoted(const QString &s, int open)
{
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
    static const char *const quotedPrefixes[] = {
        "Pulling image \"",
        "Successfully pulled image \"",
        "Container image \"",
        "Back-off pulling image \"",
        "Failed to pull image \"",
        "Failed to inspect image \"",
        "Failed to apply default image tag \"",
        "Failed to record image pull intent for container image \"",
    };
    const QString m = withoutAggregationPrefix(message);
    // Every quoted prefix ends in `image "` or `image tag "`: most messages (Scheduled,
    // Created, Started...) have neither, and eight searches each were a few percent of
    // diagnosing a large dump.
    const bool quoted = m.contains(QLatin1String("image \"")) || m.contains(QLatin1String("image tag \""));
    for (const char *p : quotedPrefixes) {
        if (!quoted)
            break;
        const int at = m.indexOf(QLatin1String(p));
        if (at >= 0) {
            const QString image = goQuoted(m, at + int(qstrlen(p)) - 1);
            if (!image.isEmpty())
                return image;
        }
    }
    // RegistryUnavailable / SignatureValidationFailed: "image pull failed for X because ..."
    static const QRegularExpression unquoted(QStringLiteral("image pull failed for (\\S+) because"));
    if (!m.contains(QLatin1String("image pull failed for ")))
        return {};
    const auto match = unquoted.match(m);
    if (match.hasMatch())
        return match.captured(1);
    return {};
}

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
        const double value = text.mid(start, i - start).toDouble(&ok);
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

double pulledSeconds(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("^Successfully pulled image \"(?:[^\"\\\\]|\\\\.)*\" in (\\S+)"));
    const auto m = re.match(withoutAggregationPrefix(message));
    if (!m.hasMatch())
        return -1;
    return goDurationSeconds(m.capturedView(1));
}

qint64 pulledImageSize(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("Image size: (\\d+) bytes"));
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
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
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

QString withoutAggregationPrefix(const QString &message)
{
    static const QLatin1String prefix("(combined from similar events): ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

} // namespace PullScope::MessageFacts

#include "requiredliteral.h"

namespace PullScope {

namespace {
bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

// At '{': whether it opens a quantifier ({n}, {n,}, {n,m}, {,m}), and where it ends.
bool quantifierBrace(const QString &p, qsizetype at, qsizetype *end)
{
    qsizetype i = at + 1;
    bool digits = false;
    while (i < p.size() && (p.at(i).isDigit() || p.at(i) == QLatin1Char(','))) {
        digits = digits || p.at(i).isDigit();
        ++i;
    }
    if (!digits || i >= p.size() || p.at(i) != QLatin1Char('}'))
        return false;
    *end = i;
    return true;
}
} // namespace

QString requiredLiteral(const QString &p)
{
    QString best;
    QString run;
    int depth = 0;
    const auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        switch (c.unicode()) {
        case '\\': {
            if (i + 1 >= p.size())
                return {};
            const QChar d = p.at(++i);
            if (!isAsciiAlnum(d)) { // an escaped sign is itself
                if (depth == 0)
                    run += d;
                else
                    endRun();
                break;
            }
            // One-letter classes and assertions end the run; anything longer (\x{..},
            // \p{..}, back references, octal, \Q..\E, \k<..>) gives up.
            if (!QStringLiteral("bBdDsSwWhHvVRXAzZGKntrfea").contains(d))
                return {};
            endRun();
            break;
        }
        case '[': {
            endRun();
            qsizetype j = i + 1;
            if (j < p.size() && p.at(j) == QLatin1Char('^'))
                ++j;
            if (j < p.size() && p.at(j) == QLatin1Char(']'))
                ++j;
            for (; j < p.size() && p.at(j) != QLatin1Char(']'); ++j) {
                if (p.at(j) == QLatin1Char('\\'))
                    ++j;
                else if (p.at(j) == QLatin1Char('[')) // [:alpha:] and the like
                    return {};
            }
            if (j >= p.size())
                return {};
            i = j;
            break;
        }
        case '(':
            // Inline options ((?i), (?x) ...) change what the text means; groups,
            // look-arounds and named groups only hide theirs.
            if (i + 2 < p.size() && p.at(i + 1) == QLatin1Char('?') && p.at(i + 2).isLetter())
                return {};
            endRun();
            ++depth;
            break;
        case ')':
            endRun();
            if (--depth < 0)
                return {};
            break;
        case '|':
            if (depth == 0)
                return {};
            endRun();
            break;
        case '{': {
            qsizetype end = 0;
            if (quantifierBrace(p, i, &end)) {
                if (!run.isEmpty())
                    run.chop(1); // {0,n}: the character before may be absent
                endRun();
                i = end;
            } else {
                endRun(); // a brace as text: not counted, to be safe
            }
            break;
        }
        case '?':
        case '*':
        case '+':
            // The last character may be absent or repeated: it is not in the run.
            if (!run.isEmpty())
                run.chop(1);
            endRun();
            break;
        case '.':
        case '^':
        case '$':
            endRun();
            break;
        default:
            if (depth == 0 && c.unicode() < 128)
                run += c;
            else
                endRun();
            break;
        }
    }
    endRun();
    return best.size() >= 3 ? best : QString();
}

} // namespace PullScope

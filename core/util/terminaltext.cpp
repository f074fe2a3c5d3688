#include "terminaltext.h"

#include <algorithm>

namespace PullScope {

int TerminalText::width(const QString &s)
{
    int w = 0;
    for (const QChar ch : s) {
        const ushort u = ch.unicode();
        // Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility ideographs,
        // CJK compatibility forms, full-width forms and signs.
        w += (u >= 0x1100
                 && (u <= 0x115f || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
                     || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60)
                     || (u >= 0xffe0 && u <= 0xffe6)))
            ? 2
            : 1;
    }
    return w;
}

QString TerminalText::padRight(const QString &s, int cells)
{
    return s + QString(std::max(0, cells - width(s)), QLatin1Char(' '));
}

QString TerminalText::padLeft(const QString &s, int cells)
{
    return QString(std::max(0, cells - width(s)), QLatin1Char(' ')) + s;
}

} // namespace PullScope

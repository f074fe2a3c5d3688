#pragma once

#include <QString>

namespace PullScope {

// Column alignment on a terminal: East Asian wide characters take two cells, so a
// Chinese table padded by character count comes out ragged.
class TerminalText
{
public:
    static int width(const QString &s);
    // `s` followed by spaces up to `width` cells.
    static QString padRight(const QString &s, int width);
    // Spaces up to `width` cells, then `s`.
    static QString padLeft(const QString &s, int width);
};

} // namespace PullScope

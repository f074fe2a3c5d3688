#pragma once

#include <QString>

namespace PullScope {

// The longest run of plain text that every match of the regular expression `pattern`
// contains, ASCII only and at least three characters; empty when none is sure (an
// alternation at the top, inline options, \Q quoting, escapes it does not know). The
// rule book looks for it with QString::contains before it runs, and so compiles, the
// expression: most of its hundred patterns never meet a message that could match.
// Conservative by design: text inside groups and classes, and a character a quantifier
// applies to, never count.
QString requiredLiteral(const QString &pattern);

} // namespace PullScope

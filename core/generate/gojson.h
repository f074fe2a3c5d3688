#pragma once

#include <QByteArray>
#include <QString>

namespace PullScope {

// JSON text byte for byte as Go's encoding/json writes it, which is what kubectl and the
// kubelet produce: HTML-safe escapes (<, >, & as \u003c, \u003e, \u0026), U+2028/U+2029
// escaped, \b \f \n \r \t short forms (Go 1.22+), other control characters as \u00XX in
// lower-case hex, everything else raw UTF-8.
class GoJson
{
public:
    // The quoted JSON string for value.
    static QByteArray quote(const QString &value);
    // Go's key order for a map: byte order of the UTF-8 keys.
    static bool keyLess(const QString &a, const QString &b);
};

} // namespace PullScope

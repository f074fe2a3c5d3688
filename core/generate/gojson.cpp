#include "gojson.h"

namespace PullScope {

QByteArray GoJson::quote(const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    // Lone surrogates cannot be valid UTF-8; Go would see invalid bytes and write U+FFFD.
    QString clean = value;
    for (int i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c.isHighSurrogate() && i + 1 < clean.size() && clean.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            clean[i] = QChar(0xfffd);
    }
    const QByteArray utf8 = clean.toUtf8();
    for (int i = 0; i < utf8.size(); ++i) {
        const unsigned char b = static_cast<unsigned char>(utf8.at(i));
        switch (b) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\b':
            out += "\\b";
            continue;
        case '\f':
            out += "\\f";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (b < 0x20 || b == '<' || b == '>' || b == '&') {
            out += "\\u00";
            out += hex[b >> 4];
            out += hex[b & 0xf];
            continue;
        }
        // U+2028 and U+2029 are E2 80 A8 / E2 80 A9 in UTF-8.
        if (b == 0xe2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8.at(i + 1)) == 0x80
            && (static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8
                || static_cast<unsigned char>(utf8.at(i + 2)) == 0xa9)) {
            out += static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        out += static_cast<char>(b);
    }
    out += '"';
    return out;
}

bool GoJson::keyLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

} // namespace PullScope

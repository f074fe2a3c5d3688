#include "jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace PullScope {

namespace {
// ",\n" and the indentation in one piece: each append into a QByteArray is a call
// into Qt, and a large report makes tens of millions of them.
const char CommaIndent[] = ",\n                                                                ";
constexpr int MaxIndent = int(sizeof(CommaIndent)) - 3;
} // namespace

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    const int indent = m_depth * 2;
    m_buf.append(CommaIndent + 1, 1 + std::min(indent, MaxIndent));
    for (int n = indent - MaxIndent; n > 0; n -= MaxIndent)
        m_buf.append(CommaIndent + 2, std::min(n, MaxIndent));
}

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needComma && m_depth > 0 && m_pretty && m_depth * 2 <= MaxIndent) {
        m_buf.append(CommaIndent, 2 + m_depth * 2);
        return;
    }
    if (m_needComma)
        m_buf.append(',');
    if (m_depth > 0)
        newline();
}

void JsonWriter::beginObject()
{
    separator();
    m_buf.append('{');
    ++m_depth;
    m_needComma = false;
}

void JsonWriter::endObject()
{
    --m_depth;
    if (m_needComma)
        newline();
    m_buf.append('}');
    m_needComma = true;
    maybeFlush();
}

void JsonWriter::beginArray()
{
    separator();
    m_buf.append('[');
    ++m_depth;
    m_needComma = false;
}

void JsonWriter::endArray()
{
    --m_depth;
    if (m_needComma)
        newline();
    m_buf.append(']');
    m_needComma = true;
}

void JsonWriter::key(const char *k)
{
    separator();
    // "key": in one append for the usual short keys.
    char quoted[64];
    const size_t n = std::strlen(k);
    if (n + 4 <= sizeof(quoted)) {
        quoted[0] = '"';
        std::memcpy(quoted + 1, k, n);
        std::memcpy(quoted + 1 + n, "\": ", 3);
        m_buf.append(quoted, qsizetype(n + (m_pretty ? 4 : 3)));
    } else {
        m_buf.append('"');
        m_buf.append(k, qsizetype(n));
        m_buf.append(m_pretty ? "\": " : "\":");
    }
    m_afterKey = true;
    m_needComma = true;
}

// Encodes straight from UTF-16 into the buffer: a report holds millions of strings,
// and a temporary QByteArray per string plus a byte-wise append showed up as a third
// of the writer's time.
void JsonWriter::appendEscaped(QByteArray &buf, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    buf.append('"');
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = p + s.size();
    while (p < end) {
        // Room for the worst case of a block: 6 bytes (\u00XX) per UTF-16 unit, one
        // unit more for a surrogate pair that straddles the block's end.
        const char16_t *const blockEnd = p + std::min<qsizetype>(end - p, 4096);
        const qsizetype at = buf.size();
        buf.resize(at + 6 * ((blockEnd - p) + 1));
        char *out = buf.data() + at;
        while (p < blockEnd) {
            const char16_t c = *p++;
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\')
                    *out++ = '\\';
                *out++ = char(c);
            } else if (c < 0x20) {
                *out++ = '\\';
                switch (c) {
                case '\n':
                    *out++ = 'n';
                    break;
                case '\r':
                    *out++ = 'r';
                    break;
                case '\t':
                    *out++ = 't';
                    break;
                default:
                    *out++ = 'u';
                    *out++ = '0';
                    *out++ = '0';
                    *out++ = hex[c >> 4];
                    *out++ = hex[c & 15];
                }
            } else if (c < 0x800) {
                *out++ = char(0xC0 | (c >> 6));
                *out++ = char(0x80 | (c & 0x3F));
            } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
                const char32_t u = QChar::surrogateToUcs4(c, *p++);
                *out++ = char(0xF0 | (u >> 18));
                *out++ = char(0x80 | ((u >> 12) & 0x3F));
                *out++ = char(0x80 | ((u >> 6) & 0x3F));
                *out++ = char(0x80 | (u & 0x3F));
            } else if (QChar::isSurrogate(c)) {
                *out++ = '?'; // a lone surrogate, written as QString::toUtf8() does
            } else {
                *out++ = char(0xE0 | (c >> 12));
                *out++ = char(0x80 | ((c >> 6) & 0x3F));
                *out++ = char(0x80 | (c & 0x3F));
            }
        }
        buf.resize(out - buf.constData());
    }
    buf.append('"');
}

void JsonWriter::value(const QString &s)
{
    separator();
    appendEscaped(m_buf, s);
    m_needComma = true;
}

void JsonWriter::value(const char *s)
{
    value(QString::fromUtf8(s));
}

void JsonWriter::value(qint64 v)
{
    separator();
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof(digits), v);
    m_buf.append(digits, r.ptr - digits);
    m_needComma = true;
}

void JsonWriter::value(double v)
{
    separator();
    if (std::isfinite(v))
        m_buf.append(QByteArray::number(v, 'g', 12));
    else
        m_buf.append("null");
    m_needComma = true;
}

void JsonWriter::value(bool b)
{
    separator();
    m_buf.append(b ? "true" : "false");
    m_needComma = true;
}

void JsonWriter::null()
{
    separator();
    m_buf.append("null");
    m_needComma = true;
}

void JsonWriter::nullable(const char *k, const QString &s)
{
    key(k);
    if (s.isEmpty())
        null();
    else
        value(s);
}

void JsonWriter::flush()
{
    if (m_out && !m_buf.isEmpty())
        m_out->write(m_buf);
    m_buf.resize(0); // keeps the capacity for the next block
}

} // namespace PullScope

#include "jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace PullScope {

void JsonWriter::grow(size_t n)
{
    size_t cap = std::max<size_t>(m_cap * 2, 1 << 16);
    while (cap < m_len + n)
        cap *= 2;
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (m_len > 0)
        std::memcpy(bigger.get(), m_buf.get(), m_len);
    m_buf = std::move(bigger);
    m_cap = cap;
}

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    const int indent = m_depth * 2;
    put(CommaIndent + 1, size_t(1 + std::min(indent, MaxIndent)));
    for (int n = indent - MaxIndent; n > 0; n -= MaxIndent)
        put(CommaIndent + 2, size_t(std::min(n, MaxIndent)));
}

void JsonWriter::separatorRest()
{
    if (m_needComma)
        put(',');
    if (m_depth > 0)
        newline();
}

void JsonWriter::beginObject()
{
    separator();
    put('{');
    ++m_depth;
    m_needComma = false;
}

void JsonWriter::endObject()
{
    --m_depth;
    if (m_needComma)
        newline();
    put('}');
    m_needComma = true;
    maybeFlush();
}

void JsonWriter::beginArray()
{
    separator();
    put('[');
    ++m_depth;
    m_needComma = false;
}

void JsonWriter::endArray()
{
    --m_depth;
    if (m_needComma)
        newline();
    put(']');
    m_needComma = true;
}

// Encodes straight from UTF-16 into the buffer: a report holds millions of strings,
// nearly all plain ASCII, which take the short loop at the top.
void JsonWriter::appendEscaped(const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = p + s.size();
    put('"');
    while (p < end) {
        // Room for the worst case of a block: 6 bytes (\u00XX) per UTF-16 unit, one
        // unit more for a surrogate pair that straddles the block's end. Blocks keep a
        // 10 MB message from reserving six times its size.
        const char16_t *const blockEnd = p + std::min<qsizetype>(end - p, 4096);
        reserve(6 * size_t(blockEnd - p + 1) + 1);
        char *out = m_buf.get() + m_len;
        while (p < blockEnd) {
#if defined(__SSE2__)
            // Eight units at a time while they are all printable ASCII other than '"'
            // and '\\': nearly every string of a report is.
            while (blockEnd - p >= 8) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                // Signed compares: units from 0x8000 up are negative, so not above 0x1F.
                const __m128i plain = _mm_andnot_si128(
                    _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('"')), _mm_cmpeq_epi16(v, _mm_set1_epi16('\\'))),
                    _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16(0x1F)), _mm_cmplt_epi16(v, _mm_set1_epi16(0x80))));
                if (_mm_movemask_epi8(plain) != 0xFFFF)
                    break;
                _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(v, v));
                out += 8;
                p += 8;
            }
            if (p == blockEnd)
                break;
#endif
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
        m_len = size_t(out - m_buf.get());
    }
    put('"');
}

void JsonWriter::value(const QString &s)
{
    separator();
    appendEscaped(s);
    m_needComma = true;
}

void JsonWriter::value(const QStringList &strings)
{
    beginArray();
    for (const QString &s : strings)
        value(s);
    endArray();
}

void JsonWriter::rawString(const char *s, size_t n)
{
    separator();
    reserve(n + 2);
    char *out = m_buf.get() + m_len;
    out[0] = '"';
    std::memcpy(out + 1, s, n);
    out[n + 1] = '"';
    m_len += n + 2;
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
    put(digits, size_t(r.ptr - digits));
    m_needComma = true;
}

void JsonWriter::value(double v)
{
    separator();
    if (std::isfinite(v)) {
        const QByteArray n = QByteArray::number(v, 'g', 12);
        put(n.constData(), size_t(n.size()));
    } else {
        put("null", 4);
    }
    m_needComma = true;
}

void JsonWriter::value(bool b)
{
    separator();
    if (b)
        put("true", 4);
    else
        put("false", 5);
    m_needComma = true;
}

void JsonWriter::null()
{
    separator();
    put("null", 4);
    m_needComma = true;
}

JsonWriter::Block JsonWriter::takeBlock()
{
    Block block {std::move(m_buf), m_len, m_cap};
    m_len = 0;
    m_cap = 0;
    return block;
}

void JsonWriter::reuse(Block &&block)
{
    if (m_len > 0 || block.capacity <= m_cap)
        return;
    m_buf = std::move(block.data);
    m_cap = block.capacity;
    block = Block();
}

void JsonWriter::appendMembers(const char *json, size_t n)
{
    if (n == 0)
        return;
    if (m_needComma)
        put(',');
    m_needComma = true;
    // A batch of a large report is a few hundred kB: written from where it was
    // rendered, not copied into this buffer first (a 100 MB dump's report is 60 MB).
    if (m_out && n >= (64 << 10)) {
        flush();
        m_out->write(json, qint64(n));
        return;
    }
    put(json, n);
    maybeFlush();
}

void JsonWriter::flush()
{
    if (m_out && m_len > 0)
        m_out->write(m_buf.get(), qint64(m_len));
    m_len = 0; // keeps the capacity for the next block
}

} // namespace PullScope

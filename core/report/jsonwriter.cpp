#include "jsonwriter.h"

#include <cmath>

namespace PullScope {

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    m_buf.append('\n');
    m_buf.append(QByteArray(m_depth * 2, ' '));
}

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
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
    m_buf.append('"');
    m_buf.append(k);
    m_buf.append(m_pretty ? "\": " : "\":");
    m_afterKey = true;
    m_needComma = true;
}

void JsonWriter::appendEscaped(QByteArray &buf, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    buf.append('"');
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            buf.append("\\\"");
            break;
        case '\\':
            buf.append("\\\\");
            break;
        case '\n':
            buf.append("\\n");
            break;
        case '\r':
            buf.append("\\r");
            break;
        case '\t':
            buf.append("\\t");
            break;
        default:
            if (c < 0x20) {
                buf.append("\\u00");
                buf.append(hex[c >> 4]);
                buf.append(hex[c & 15]);
            } else {
                buf.append(ch);
            }
        }
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
    m_buf.append(QByteArray::number(v));
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
    m_buf.clear();
}

} // namespace PullScope

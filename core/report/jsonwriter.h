#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstring>
#include <functional>
#include <memory>

namespace PullScope {

// A small streaming JSON writer: a diagnosis of a 700 MB dump is hundreds of MB of
// output, far too much to build as a QJsonDocument first. Output is flushed to the
// device in blocks. Commas are placed by tracking whether a container has members.
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *out, bool pretty = true)
        : m_out(out)
        , m_pretty(pretty)
    {
    }
    ~JsonWriter() { flush(); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // Inline, so that a literal's length is known when compiled: a report writes
    // tens of millions of keys.
    void key(const char *k) { keyBytes(k, std::strlen(k)); }
    void value(const QString &s);
    void value(const char *s);
    // Bytes already valid UTF-8 that need no escaping (times, ids): copied as they are.
    void rawString(const char *s, size_t n);
    void value(qint64 v);
    void value(int v) { value(qint64(v)); }
    void value(double v);
    void value(bool b);
    void value(const QStringList &strings); // an array of strings
    void null();
    // key + value shortcuts; an empty string is written as null by nullable().
    template<typename T> void field(const char *k, const T &v)
    {
        key(k);
        value(v);
    }
    void nullable(const char *k, const QString &s)
    {
        key(k);
        if (s.isEmpty())
            null();
        else
            value(s);
    }
    // key + value, or null when `known` is false (the -1 or 0 a model keeps for "not
    // in the input").
    template<typename T> void fieldIf(const char *k, bool known, const T &v)
    {
        key(k);
        if (known)
            value(v);
        else
            null();
    }

    void flush();

    // Bytes written by a writer without a device, with the block that holds them.
    struct Block
    {
        std::unique_ptr<char[]> data;
        size_t size = 0;
        size_t capacity = 0;
    };

    // For pieces of a document written by separate writers (JsonReportStream): start
    // over at a nesting depth (keeping the buffer's capacity); hand the bytes written so
    // far over with their block, so that they are not copied out of it (the writer goes
    // on without a block); give a block handed over earlier back to write into again,
    // so that its pages are not faulted in anew; and members rendered elsewhere at this
    // writer's depth, each but the first preceded by its separator, as a writer at that
    // depth made them.
    void restartAt(int depth)
    {
        m_len = 0;
        m_depth = depth;
        m_needComma = false;
        m_afterKey = false;
    }
    Block takeBlock();
    void reuse(Block &&block);
    void appendMembers(const char *json, size_t n);

private:
    void appendEscaped(const QString &s);
    void keyBytes(const char *k, size_t n)
    {
        separator();
        reserve(n + 4);
        char *out = m_buf.get() + m_len;
        out[0] = '"';
        std::memcpy(out + 1, k, n);
        std::memcpy(out + 1 + n, "\": ", 3);
        m_len += n + (m_pretty ? 4 : 3);
        m_afterKey = true;
        m_needComma = true;
    }
    // ",\n" and the indentation in one piece.
    static constexpr char CommaIndent[] = ",\n                                                                ";
    static constexpr int MaxIndent = int(sizeof(CommaIndent)) - 3;
    // What goes before a value or key: nothing after a key; mostly a comma, a newline
    // and the indentation, inline; the rest out of line.
    void separator()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_needComma && m_depth > 0 && m_pretty && m_depth * 2 <= MaxIndent) {
            put(CommaIndent, size_t(2 + m_depth * 2));
            return;
        }
        separatorRest();
    }
    void separatorRest();
    void newline();
    // The output is a plain growing byte block: a QByteArray append is a call into Qt
    // with its own checks, and a large report makes tens of millions of them.
    void reserve(size_t n)
    {
        if (m_len + n > m_cap)
            grow(n);
    }
    void grow(size_t n);
    void put(char c)
    {
        reserve(1);
        m_buf[m_len++] = c;
    }
    void put(const char *s, size_t n)
    {
        reserve(n);
        std::memcpy(m_buf.get() + m_len, s, n);
        m_len += n;
    }
    void maybeFlush()
    {
        if (m_out && m_len > (1 << 20))
            flush();
    }

    QIODevice *m_out;
    bool m_pretty;
    std::unique_ptr<char[]> m_buf;
    size_t m_len = 0;
    size_t m_cap = 0;
    int m_depth = 0;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

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
    void key(const char *k);
    void value(const QString &s);
    void value(const char *s);
    void value(qint64 v);
    void value(int v) { value(qint64(v)); }
    void value(double v);
    void value(bool b);
    void null();
    // key + value shortcuts; an empty string is written as null by nullable().
    template<typename T> void field(const char *k, const T &v)
    {
        key(k);
        value(v);
    }
    void nullable(const char *k, const QString &s);

    void flush();
    static void appendEscaped(QByteArray &buf, const QString &s);

private:
    void separator();
    void newline();
    void maybeFlush()
    {
        if (m_buf.size() > (1 << 20))
            flush();
    }

    QIODevice *m_out;
    bool m_pretty;
    QByteArray m_buf;
    int m_depth = 0;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace PullScope

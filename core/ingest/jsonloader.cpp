#include "jsonloader.h"

#include <QCoreApplication>
#include <QThread>

#include <simdjson.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "objectmapper.h"

namespace PullScope {

namespace {
using namespace simdjson;

// Without -mpopcnt, __builtin_popcount is a call into libgcc, which cost more than
// the scan it counted for.
inline int bitCount(quint64 x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return int((x * 0x0101010101010101ULL) >> 56);
}

// One bit per byte of a 64-byte block: quotes, backslashes, opening and closing
// brackets, newlines.
struct BlockMasks
{
    quint64 quote = 0, backslash = 0, open = 0, close = 0, newline = 0;
};

BlockMasks blockMasks(const char *p)
{
    BlockMasks m;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i caseBit = _mm_set1_epi8(0x20);
    const __m128i open = _mm_set1_epi8(0x7B);
    const __m128i close = _mm_set1_epi8(0x7D);
    for (int i = 0; i < 4; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
        const __m128i folded = _mm_or_si128(v, caseBit);
        const int shift = 16 * i;
        m.quote |= quint64(quint16(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)))) << shift;
        m.backslash |= quint64(quint16(_mm_movemask_epi8(_mm_cmpeq_epi8(v, backslash)))) << shift;
        m.open |= quint64(quint16(_mm_movemask_epi8(_mm_cmpeq_epi8(folded, open)))) << shift;
        m.close |= quint64(quint16(_mm_movemask_epi8(_mm_cmpeq_epi8(folded, close)))) << shift;
        m.newline |= quint64(quint16(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline)))) << shift;
    }
#else
    for (int i = 0; i < 64; ++i) {
        const quint64 bit = quint64(1) << i;
        switch (p[i]) {
        case '"':
            m.quote |= bit;
            break;
        case '\\':
            m.backslash |= bit;
            break;
        case '{':
        case '[':
            m.open |= bit;
            break;
        case '}':
        case ']':
            m.close |= bit;
            break;
        case '\n':
            m.newline |= bit;
            break;
        default:
            break;
        }
    }
#endif
    return m;
}

// The end of a string: its next quote or backslash, 16 bytes at a time, counting
// the newlines passed (not valid JSON in a string, but the line count must stay right).
const char *findStringStop(const char *p, const char *const end, qint64 &lines)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const unsigned s
            = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash))));
        const unsigned n = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline)));
        if (s != 0) {
            const int at = __builtin_ctz(s);
            lines += bitCount(n & ((1u << at) - 1));
            return p + at;
        }
        lines += bitCount(n);
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '\n')
            ++lines;
        else if (c == '"' || c == '\\')
            return p;
    }
    return end;
}

// The value concept of ObjectMapper over a simdjson On-Demand value.
class JsonValue
{
public:
    explicit JsonValue(ondemand::value v)
        : m_v(v)
    {
    }

    ondemand::json_type type() { return m_v.type(); }
    bool isNull() { return type() == ondemand::json_type::null; }
    bool isObject() { return type() == ondemand::json_type::object; }
    bool isArray() { return type() == ondemand::json_type::array; }

    template<typename F> void fields(F &&f)
    {
        ondemand::object o = m_v.get_object();
        for (auto field : o) {
            const std::string_view key = field.unescaped_key();
            f(key, JsonValue(field.value()));
        }
    }

    template<typename F> void elements(F &&f)
    {
        ondemand::array a = m_v.get_array();
        for (auto element : a)
            f(JsonValue(element.value()));
    }

    std::string_view text(std::string_view key)
    {
        const auto t = type();
        if (t == ondemand::json_type::null)
            return {};
        if (t != ondemand::json_type::string)
            throw MapError {
                QString::fromUtf8(key.data(), qsizetype(key.size())), JsonLoader::tr("expected a string"), 0};
        return m_v.get_string();
    }

    qint64 integer(std::string_view key)
    {
        int64_t i = 0;
        if (type() != ondemand::json_type::number || m_v.get_int64().get(i) != SUCCESS)
            throw MapError {
                QString::fromUtf8(key.data(), qsizetype(key.size())), JsonLoader::tr("expected an integer"), 0};
        return i;
    }

    bool boolean(std::string_view key)
    {
        bool b = false;
        if (type() != ondemand::json_type::boolean || m_v.get_bool().get(b) != SUCCESS)
            throw MapError {
                QString::fromUtf8(key.data(), qsizetype(key.size())), JsonLoader::tr("expected true or false"), 0};
        return b;
    }

    [[noreturn]] void wrongType(std::string_view key, bool wantedObject)
    {
        throw MapError {QString::fromUtf8(key.data(), qsizetype(key.size())),
            wantedObject ? JsonLoader::tr("expected an object") : JsonLoader::tr("expected an array"), 0};
    }

private:
    ondemand::value m_v;
};

struct StopLoad
{
    LoadError error;
};

// Splits the top level into items without parsing them, reading the device in
// chunks. Only the bytes of the item being parsed (or, before `items` is found, of
// the top-level object) are kept.
class Scanner
{
public:
    Scanner(QIODevice &in, qint64 total, const QString &file, const LoadOptions &options)
        : m_in(in)
        , m_total(total)
        , m_file(file)
        , m_options(options)
    {
        m_buf.resize(SIMDJSON_PADDING);
    }

    [[noreturn]] void fail(const QString &message)
    {
        LoadError e;
        e.file = m_file;
        e.line = m_line;
        e.offset = m_base + qint64(m_pos);
        e.message = message;
        throw StopLoad {e};
    }

    // Next byte without consuming, or -1 at the end of input.
    int peek()
    {
        if (m_pos >= m_len && !fill())
            return -1;
        return static_cast<unsigned char>(m_buf[m_pos]);
    }

    void skipWs()
    {
        for (;;) {
            const int c = peek();
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    void expect(char c, const QString &what)
    {
        skipWs();
        if (peek() != c)
            fail(peek() < 0 ? JsonLoader::tr("unexpected end of input") : what);
        ++m_pos;
    }

    // At an opening quote: returns the raw (still escaped) text; for short keys only.
    std::string readString()
    {
        std::string out;
        ++m_pos;
        for (;;) {
            const int c = peek();
            if (c < 0)
                fail(JsonLoader::tr("unexpected end of input inside a string"));
            ++m_pos;
            if (c == '"')
                return out;
            if (c == '\\') {
                if (peek() < 0)
                    fail(JsonLoader::tr("unexpected end of input inside a string"));
                out.push_back(char(c));
                out.push_back(m_buf[m_pos++]);
                continue;
            }
            if (c == '\n')
                ++m_line;
            if (out.size() < 4096)
                out.push_back(char(c));
        }
    }

    void skipString()
    {
        ++m_pos;
        for (;;) {
            if (m_pos >= m_len && !fill())
                fail(JsonLoader::tr("unexpected end of input inside a string"));
            const char *start = m_buf.data() + m_pos;
            const char *p = findStringStop(start, m_buf.data() + m_len, m_line);
            m_pos += size_t(p - start);
            if (p == m_buf.data() + m_len)
                continue;
            if (*p == '"') {
                ++m_pos;
                return;
            }
            ++m_pos; // backslash
            if (peek() < 0)
                fail(JsonLoader::tr("unexpected end of input inside a string"));
            ++m_pos;
        }
    }

    void skipValue()
    {
        skipWs();
        int c = peek();
        if (c < 0)
            fail(JsonLoader::tr("unexpected end of input, expected a value"));
        if (c == '"') {
            skipString();
            return;
        }
        if (c == '{' || c == '[') {
            skipContainer();
            return;
        }
        if (c == '}' || c == ']' || c == ',' || c == ':')
            fail(JsonLoader::tr("expected a value"));
        while ((c = peek()) >= 0 && c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t')
            ++m_pos;
    }

    // At '{' or '[': moves past its closing bracket. 64 bytes at a time: strings are
    // found from the quotes (a running parity), brackets outside them counted, and the
    // newlines of the block added up. A block with a backslash goes byte by byte, so
    // that escapes mean what they always meant here, even in broken input.
    void skipContainer()
    {
        int depth = 0;
        bool inString = false;
        bool escaped = false; // the next byte is escaped
        for (;;) {
            if (m_pos >= m_len && !fill())
                fail(inString ? JsonLoader::tr("unexpected end of input inside a string")
                              : JsonLoader::tr("unexpected end of input inside an object or array"));
            // A refill may move the buffer: only the position survives it. The buffer
            // has SIMDJSON_PADDING readable bytes behind its end.
            const char *const p = m_buf.data() + m_pos;
            const size_t n = std::min<size_t>(m_len - m_pos, 64);
            const BlockMasks m = blockMasks(p);
            const quint64 valid = n == 64 ? ~quint64(0) : (quint64(1) << n) - 1;
            if (escaped || (m.backslash & valid) != 0) {
                for (size_t i = 0; i < n; ++i) {
                    const char ch = p[i];
                    if (escaped) {
                        escaped = false;
                    } else if (inString) {
                        if (ch == '"')
                            inString = false;
                        else if (ch == '\\')
                            escaped = true;
                        else if (ch == '\n')
                            ++m_line;
                    } else if (ch == '"') {
                        inString = true;
                    } else if (ch == '{' || ch == '[') {
                        if (++depth > Limits::MaxDepth) {
                            m_pos += i;
                            fail(JsonLoader::tr("nesting deeper than %1 levels").arg(Limits::MaxDepth));
                        }
                    } else if (ch == '}' || ch == ']') {
                        if (--depth == 0) {
                            m_pos += i + 1;
                            return;
                        }
                    } else if (ch == '\n') {
                        ++m_line;
                    }
                }
                m_pos += n;
                continue;
            }
            // Bit i of `strings`: byte i is in a string (its opening quote included,
            // its closing one not).
            quint64 strings = m.quote & valid;
            strings ^= strings << 1;
            strings ^= strings << 2;
            strings ^= strings << 4;
            strings ^= strings << 8;
            strings ^= strings << 16;
            strings ^= strings << 32;
            if (inString)
                strings = ~strings;
            const quint64 opens = m.open & valid & ~strings;
            quint64 brackets = (opens | m.close) & valid & ~strings;
            while (brackets != 0) {
                const int i = __builtin_ctzll(brackets);
                const quint64 bit = quint64(1) << i;
                brackets &= brackets - 1;
                if (opens & bit) {
                    if (++depth > Limits::MaxDepth) {
                        m_line += bitCount(m.newline & (bit - 1));
                        m_pos += size_t(i);
                        fail(JsonLoader::tr("nesting deeper than %1 levels").arg(Limits::MaxDepth));
                    }
                } else if (--depth == 0) {
                    m_line += bitCount(m.newline & (bit - 1));
                    m_pos += size_t(i) + 1;
                    return;
                }
            }
            m_line += bitCount(m.newline & valid);
            inString = (strings >> (n - 1)) & 1;
            m_pos += n;
        }
    }

    // Everything before `keep` may be dropped when the buffer is refilled.
    size_t m_keep = 0;
    size_t m_pos = 0;
    size_t m_len = 0;
    qint64 m_line = 1;
    qint64 m_base = 0; // file offset of m_buf[0]
    std::vector<char> m_buf;

    const char *data() const { return m_buf.data(); }
    size_t slackAfter(size_t end) const { return m_buf.size() - end; }

private:
    bool fill()
    {
        if (m_eof)
            return false;
        // Drop what is no longer needed, then read a chunk behind the kept bytes.
        if (m_keep > 0) {
            std::memmove(m_buf.data(), m_buf.data() + m_keep, m_len - m_keep);
            m_len -= m_keep;
            m_pos -= m_keep;
            m_base += qint64(m_keep);
            m_keep = 0;
        }
        // 1 MB at a time, but no more than what is left (plus one byte to see the end):
        // the buffer is zero-filled when it grows, and most inputs of a dump folder,
        // like fuzz cases, are small. Chunks of 4 MB read no faster, and the kept bytes
        // of an item made the buffer double to 8 MB, all of it resident.
        const qint64 left = m_total > 0 ? m_total - m_read + 1 : qint64(1 << 20);
        const size_t chunk = size_t(std::clamp<qint64>(left, 64 << 10, 1 << 20));
        if (m_buf.size() < m_len + chunk + SIMDJSON_PADDING)
            m_buf.resize(m_len + chunk + SIMDJSON_PADDING);
        const qint64 n = m_in.read(m_buf.data() + m_len, qint64(chunk));
        if (n <= 0) {
            m_eof = true;
            std::memset(m_buf.data() + m_len, 0, SIMDJSON_PADDING);
            return false;
        }
        m_len += size_t(n);
        std::memset(m_buf.data() + m_len, 0, std::min<size_t>(SIMDJSON_PADDING, m_buf.size() - m_len));
        m_read += n;
        if (m_options.progress && !m_options.progress(m_read, m_total)) {
            LoadError e;
            e.file = m_file;
            e.cancelled = true;
            e.message = JsonLoader::tr("cancelled");
            throw StopLoad {e};
        }
        return true;
    }

    QIODevice &m_in;
    qint64 m_total;
    QString m_file;
    const LoadOptions &m_options;
    qint64 m_read = 0;
    bool m_eof = false;
};

QString kindOfList(const std::string &listKind)
{
    // PodList -> Pod; a plain List has no element kind.
    if (listKind.size() > 4 && listKind.compare(listKind.size() - 4, 4, "List") == 0)
        return QString::fromUtf8(listKind.data(), qsizetype(listKind.size() - 4));
    return {};
}

class ItemParser
{
public:
    ItemParser(MapSink &sink, const QString &file)
        : m_mapper(sink)
        , m_file(file)
    {
    }

    // One item: `len` bytes at `p`, readable (not necessarily zero) up to `capacity`,
    // which is at least len + SIMDJSON_PADDING; `offset` and `line` are where it
    // starts in the file, for errors.
    void parse(const char *p, size_t len, size_t capacity, qint64 offset, qint64 line, const QString &fallbackKind)
    {
        ondemand::document doc;
        bool started = false; // a default document has no position to report
        try {
            padded_string_view view(p, len, capacity);
            doc = m_parser.iterate(view);
            started = true;
            if (doc.type() != ondemand::json_type::object)
                failAt(&doc, p, len, offset, line, JsonLoader::tr("expected a Kubernetes object (a JSON object)"));
            QString kind = peekKind(doc);
            if (kind.isEmpty())
                kind = fallbackKind.isEmpty() ? inferKind(doc) : fallbackKind;
            if (kind.endsWith(QLatin1String("List"))) {
                parseNestedList(doc, line);
                return;
            }
            ondemand::value root = doc.get_value();
            m_mapper.mapObject(JsonValue(root), kind, line);
        } catch (const simdjson_error &err) {
            failAt(started ? &doc : nullptr, p, len, offset, line, QString::fromUtf8(error_message(err.error())));
        } catch (const MapError &err) {
            failAt(started ? &doc : nullptr, p, len, offset, line,
                JsonLoader::tr("field \"%1\": %2").arg(err.field, err.message));
        }
    }

private:
    // Looks a field up. Any failure but absence means broken JSON, and simdjson has then
    // abandoned the document: rewinding or reading it further would dereference null.
    template<typename Container> static bool findField(Container &c, const char *key, ondemand::value &out)
    {
        const error_code err = c.find_field_unordered(key).get(out);
        if (err != SUCCESS && err != NO_SUCH_FIELD)
            throw simdjson_error(err);
        return err == SUCCESS;
    }

    static QString peekKind(ondemand::document &doc)
    {
        QString kind;
        ondemand::value k;
        if (findField(doc, "kind", k) && k.type() == ondemand::json_type::string) {
            std::string_view s = k.get_string();
            kind = QString::fromUtf8(s.data(), qsizetype(s.size()));
        }
        doc.rewind();
        return kind;
    }

    // Items of a typed list read from the API carry no kind: tell them by shape.
    static QString inferKind(ondemand::document &doc)
    {
        QString kind;
        ondemand::value v;
        if (findField(doc, "involvedObject", v))
            kind = QStringLiteral("Event");
        doc.rewind();
        if (kind.isEmpty() && findField(doc, "regarding", v))
            kind = QStringLiteral("Event");
        doc.rewind();
        if (kind.isEmpty() && findField(doc, "spec", v))
            kind = QStringLiteral("Pod");
        doc.rewind();
        return kind;
    }

    void parseNestedList(ondemand::document &doc, qint64 line)
    {
        ondemand::object top = doc.get_object();
        for (auto field : top) {
            const std::string_view key = field.unescaped_key();
            if (key != "items")
                continue;
            ondemand::value itemsValue = field.value();
            const ondemand::json_type itemsType = itemsValue.type();
            if (itemsType == ondemand::json_type::null)
                continue;
            if (itemsType != ondemand::json_type::array)
                throw MapError {QStringLiteral("items"), JsonLoader::tr("expected an array"), 0};
            ondemand::array items = itemsValue.get_array();
            for (auto element : items) {
                ondemand::value elementValue = element.value();
                if (elementValue.type() != ondemand::json_type::object)
                    throw MapError {QStringLiteral("items[]"), JsonLoader::tr("expected an object"), 0};
                ondemand::object o = elementValue.get_object();
                QString kind;
                ondemand::value k;
                if (findField(o, "kind", k) && k.type() == ondemand::json_type::string) {
                    std::string_view s = k.get_string();
                    kind = QString::fromUtf8(s.data(), qsizetype(s.size()));
                }
                o.reset();
                ondemand::value asValue = element.value();
                m_mapper.mapObject(JsonValue(asValue), kind, line);
            }
        }
    }

    [[noreturn]] void failAt(
        ondemand::document *doc, const char *p, size_t len, qint64 offset, qint64 line, const QString &message)
    {
        // Point at the byte simdjson stopped at when it can say; else at the item.
        qint64 errLine = line;
        const char *loc = nullptr;
        if (doc && doc->current_location().get(loc) == SUCCESS && loc >= p && loc <= p + len) {
            for (const char *q = p; q < loc; ++q)
                errLine += (*q == '\n');
            offset += qint64(loc - p);
        }
        LoadError e;
        e.file = m_file;
        e.line = errLine;
        e.offset = offset;
        e.message = message;
        throw StopLoad {e};
    }

    ondemand::parser m_parser;
    ObjectMapper<JsonValue> m_mapper;
    QString m_file;
};

// The items of a list, parsed and mapped on worker threads while the scanner finds
// the next ones: mapping (strings, times) costs several times the scan. The scanner
// copies items into batches of about a MB; each batch is mapped into a part snapshot
// by one worker, and the parts are folded in, in input order, by the loading thread,
// so the result is the one a single pass gives (same order, same pod folding, the
// first error in the input reported). Inputs of one batch are parsed right there.
class ItemBatcher
{
public:
    ItemBatcher(MapSink &sink, ItemParser &inlineParser, const QString &file, const QString &elementKind)
        : m_sink(sink)
        , m_inline(inlineParser)
        , m_file(file)
        , m_kind(elementKind)
    {
    }
    ~ItemBatcher() { stop(); }

    // `capacity`: the readable bytes from `p`, as ItemParser::parse() takes them.
    void add(const char *p, size_t len, size_t capacity, qint64 offset, qint64 line)
    {
        if (len >= BatchBytes) {
            // A huge item (a 10 MB message) is parsed where it is, once all before it
            // are folded in: a copy, and a parser per thread sized for it, would
            // multiply the memory it takes.
            settle();
            parseHere(p, len, capacity, offset, line);
            return;
        }
        if (!m_current)
            m_current = newBatch();
        Batch &b = *m_current;
        b.items.push_back({b.bytes.size(), len, offset, line});
        b.bytes.insert(b.bytes.end(), p, p + len);
        if (b.bytes.size() >= BatchBytes)
            dispatch();
    }

    // All items added: waits for the workers and folds in what is left. Throws the
    // first item error.
    void finish()
    {
        settle();
        stop();
    }

    // Loading stopped (a scan error or a cancel) after the items added so far: an
    // error in one of them comes first in the input, so it is the one thrown; else
    // this returns.
    void abandon()
    {
        if (m_failed) // the error thrown was already an item's
            stop();
        else
            finish();
    }

private:
    // Everything added so far is parsed and folded in.
    void settle()
    {
        if (m_threads.empty()) {
            // No batch was full (a small input): no workers, parse here.
            if (m_current) {
                padBatch(*m_current);
                const Batch &b = *m_current;
                for (const Item &it : b.items)
                    parseHere(b.bytes.data() + it.start, it.len, b.bytes.size() - it.start, it.offset, it.line);
                m_current.reset();
            }
            return;
        }
        if (m_current)
            dispatch();
        drain(m_queued);
    }

    void parseHere(const char *p, size_t len, size_t capacity, qint64 offset, qint64 line)
    {
        try {
            m_inline.parse(p, len, capacity, offset, line, m_kind);
        } catch (const StopLoad &) {
            m_failed = true;
            throw;
        }
    }

    static constexpr size_t BatchBytes = size_t(1) << 20;
    struct Item
    {
        size_t start;
        size_t len;
        qint64 offset;
        qint64 line;
    };
    struct Batch
    {
        std::vector<char> bytes;
        std::vector<Item> items;
        ClusterSnapshot part;
        qint64 end = 0; // input offset after the last item
        qint64 eventBytes = 0; // bytes of the items that made events
        std::optional<LoadError> error;
        bool done = false;
    };

    static void padBatch(Batch &b) { b.bytes.resize(b.bytes.size() + SIMDJSON_PADDING, '\0'); }

    // Batch byte blocks are reused: a fresh one grown to 2 MB for every batch was
    // copied as it grew and faulted in anew, several percent of a load.
    std::unique_ptr<Batch> newBatch()
    {
        auto b = std::make_unique<Batch>();
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_spare.empty()) {
                b->bytes = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        b->bytes.clear();
        if (b->bytes.capacity() == 0)
            b->bytes.reserve(BatchBytes + BatchBytes / 4);
        return b;
    }
    void recycle(std::vector<char> &&bytes)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_spare.size() < 8)
            m_spare.push_back(std::move(bytes));
        bytes = std::vector<char>();
    }

    void dispatch()
    {
        padBatch(*m_current);
        if (m_threads.empty())
            start();
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_batches.push_back(std::move(m_current));
            ++m_queued;
        }
        m_changed.notify_all();
        // Keep a few batches in flight: fold in what is done, wait when too far ahead.
        // One per worker and one more keeps them busy; each further one was 1-2 MB of
        // bytes and parsed part more at the peak of a load.
        const size_t limit = m_threads.size() + 1;
        drain(m_queued > limit ? m_queued - limit : 0);
    }

    // Folds in finished batches in order, waiting until at least `upTo` are folded.
    void drain(size_t upTo)
    {
        for (;;) {
            std::unique_ptr<Batch> b;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                if (m_folded >= upTo && (m_batches.empty() || !m_batches.front()->done))
                    return;
                m_changed.wait(lock, [&] { return !m_batches.empty() && m_batches.front()->done; });
                b = std::move(m_batches.front());
                m_batches.pop_front();
                --m_taken;
            }
            ++m_folded;
            m_changed.notify_all();
            if (b->error) {
                m_failed = true;
                throw StopLoad {*b->error};
            }
            m_sink.mergePart(std::move(b->part), b->end, b->eventBytes);
        }
    }

    void start()
    {
        const int n = std::clamp(QThread::idealThreadCount(), 1, 4);
        for (int i = 0; i < n; ++i)
            m_workerSinks.push_back(std::make_unique<MapSink>(m_scratch, m_file));
        for (int i = 0; i < n; ++i)
            m_threads.emplace_back([this, sink = m_workerSinks[size_t(i)].get()] { work(*sink); });
    }

    void work(MapSink &sink)
    {
        ItemParser parser(sink, m_file);
        for (;;) {
            Batch *b = nullptr;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || m_taken < m_batches.size(); });
                if (m_stop)
                    return;
                b = m_batches[m_taken++].get();
            }
            sink.setPart(b->part);
            // Most items of a dump are events: room for all of them up front, or the
            // list is moved event by event each time it grows. Dropped once folded in.
            b->part.events.reserve(qsizetype(b->items.size()));
            try {
                for (const Item &it : b->items) {
                    const qsizetype events = b->part.events.size();
                    parser.parse(
                        b->bytes.data() + it.start, it.len, b->bytes.size() - it.start, it.offset, it.line, m_kind);
                    if (b->part.events.size() > events)
                        b->eventBytes += qint64(it.len);
                    b->end = it.offset + qint64(it.len);
                }
            } catch (const StopLoad &stop) {
                b->error = stop.error;
            } catch (const std::exception &e) {
                LoadError err;
                err.file = m_file;
                err.line = b->items.empty() ? 0 : b->items.front().line;
                err.message = QString::fromLocal8Bit(e.what());
                b->error = err;
            }
            // The batch's bytes are no longer needed; its part waits to be folded in.
            recycle(std::move(b->bytes));
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                b->done = true;
            }
            m_changed.notify_all();
        }
    }

    void stop()
    {
        if (m_threads.empty())
            return;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
        for (const auto &ws : m_workerSinks)
            m_sink.mergeIgnored(*ws);
        m_workerSinks.clear();
    }

    MapSink &m_sink;
    ItemParser &m_inline;
    QString m_file;
    QString m_kind;
    std::unique_ptr<Batch> m_current;
    // Batches dispatched and not folded in yet, oldest first; the first m_taken of
    // them have been taken by a worker.
    std::deque<std::unique_ptr<Batch>> m_batches;
    std::vector<std::vector<char>> m_spare; // byte blocks of finished batches
    size_t m_taken = 0;
    size_t m_queued = 0; // batches dispatched
    size_t m_folded = 0; // batches folded in
    bool m_stop = false;
    bool m_failed = false; // an item's error was thrown
    std::mutex m_mutex;
    std::condition_variable m_changed;
    ClusterSnapshot m_scratch; // where worker sinks point before their first batch
    std::vector<std::unique_ptr<MapSink>> m_workerSinks;
    std::vector<std::thread> m_threads;
};

void parseItems(Scanner &s, ItemParser &parser, MapSink &sink, const QString &file, const QString &elementKind)
{
    s.skipWs();
    if (s.peek() == ']') {
        ++s.m_pos;
        return;
    }
    ItemBatcher items(sink, parser, file, elementKind);
    try {
        for (;;) {
            s.skipWs();
            s.m_keep = s.m_pos;
            const qint64 line = s.m_line;
            s.skipValue();
            items.add(s.data() + s.m_keep, s.m_pos - s.m_keep, s.m_pos - s.m_keep + s.slackAfter(s.m_pos),
                s.m_base + qint64(s.m_keep), line);
            s.m_keep = s.m_pos;
            s.skipWs();
            const int c = s.peek();
            ++s.m_pos;
            if (c == ']')
                break;
            if (c != ',')
                s.fail(c < 0 ? JsonLoader::tr("unexpected end of input inside \"items\"")
                             : JsonLoader::tr("expected ',' or ']' between items"));
        }
    } catch (const StopLoad &) {
        // A scan error (or a cancel) after the items added: theirs come first.
        items.abandon();
        throw;
    }
    items.finish();
}
} // namespace

bool JsonLoader::load(QIODevice &in, qint64 totalSize, const QString &fileName, ClusterSnapshot &out,
    const LoadOptions &options, LoadError *error)
{
    ClusterSnapshot snapshot;
    MapSink sink(snapshot, fileName);
    sink.setInputSize(totalSize);
    Scanner s(in, totalSize, fileName, options);
    ItemParser items(sink, fileName);
    try {
        // A UTF-8 byte order mark is not JSON, but editors on Windows write one.
        if (s.peek() == 0xEF) {
            s.m_pos += 3;
            s.m_keep = s.m_pos;
        }
        s.skipWs();
        const int first = s.peek();
        if (first == '[') {
            ++s.m_pos;
            parseItems(s, items, sink, fileName, QString());
        } else if (first == '{') {
            const size_t top = s.m_pos;
            const qint64 topLine = s.m_line;
            s.m_keep = top;
            ++s.m_pos;
            std::string listKind;
            bool sawItems = false;
            s.skipWs();
            if (s.peek() == '}') {
                ++s.m_pos;
            } else {
                for (;;) {
                    s.skipWs();
                    if (s.peek() != '"')
                        s.fail(s.peek() < 0 ? JsonLoader::tr("unexpected end of input")
                                            : JsonLoader::tr("expected a key in double quotes"));
                    const std::string key = s.readString();
                    s.expect(':', JsonLoader::tr("expected ':' after a key"));
                    s.skipWs();
                    if (key == "items" && s.peek() == '[') {
                        ++s.m_pos;
                        sawItems = true;
                        parseItems(s, items, sink, fileName, kindOfList(listKind));
                    } else if (key == "kind" && s.peek() == '"') {
                        listKind = s.readString();
                    } else {
                        s.skipValue();
                    }
                    s.skipWs();
                    const int c = s.peek();
                    ++s.m_pos;
                    if (c == '}')
                        break;
                    if (c != ',')
                        s.fail(c < 0 ? JsonLoader::tr("unexpected end of input")
                                     : JsonLoader::tr("expected ',' or '}' after a value"));
                }
            }
            // Not a list: the whole top-level object is one item, still in the buffer.
            if (!sawItems)
                items.parse(s.data() + s.m_keep, s.m_pos - s.m_keep, s.m_pos - s.m_keep + s.slackAfter(s.m_pos),
                    s.m_base + qint64(s.m_keep), topLine, QString());
        } else {
            s.fail(first < 0 ? JsonLoader::tr("the input is empty") : JsonLoader::tr("not JSON: expected '{' or '['"));
        }
        s.m_keep = s.m_pos;
        s.skipWs();
        if (s.peek() >= 0)
            s.fail(JsonLoader::tr("unexpected data after the end of the JSON document"));
    } catch (const StopLoad &stop) {
        if (error)
            *error = stop.error;
        return false;
    }
    sink.commitTo(out);
    return true;
}

} // namespace PullScope

#include "jsonloader.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define PULLSCOPE_AVX2_SCAN 1
#endif

#include "inputwindow.h"
#include "itembatcher.h"
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

#if defined(PULLSCOPE_AVX2_SCAN)
// The same masks 32 bytes at a time, for processors that have AVX2 (nearly all x86-64
// machines since 2013), while the build itself targets plain x86-64: 5 M of the 38 M
// instructions that scanning a 10 MB dump's items took, on the one thread that does it.
__attribute__((target("avx2"))) BlockMasks blockMasksAvx2(const char *p)
{
    const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32));
    const __m256i caseBit = _mm256_set1_epi8(0x20);
    const __m256i foldedLo = _mm256_or_si256(lo, caseBit);
    const __m256i foldedHi = _mm256_or_si256(hi, caseBit);
    // (A lambda would not inherit the function's target.)
#define PULLSCOPE_MASK64(l, h, c)                                                                                      \
    (quint64(quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(l, _mm256_set1_epi8(c)))))                                 \
        | (quint64(quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(h, _mm256_set1_epi8(c))))) << 32))
    BlockMasks m;
    m.quote = PULLSCOPE_MASK64(lo, hi, '"');
    m.backslash = PULLSCOPE_MASK64(lo, hi, '\\');
    m.open = PULLSCOPE_MASK64(foldedLo, foldedHi, 0x7B);
    m.close = PULLSCOPE_MASK64(foldedLo, foldedHi, 0x7D);
    m.newline = PULLSCOPE_MASK64(lo, hi, '\n');
#undef PULLSCOPE_MASK64
    return m;
}

// Run from a static initializer, which may come before the one that fills in what
// __builtin_cpu_supports reads.
bool detectAvx2()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
}
const bool HaveAvx2 = detectAvx2();
#endif

inline BlockMasks scanBlock(const char *p)
{
#if defined(PULLSCOPE_AVX2_SCAN)
    if (HaveAvx2)
        return blockMasksAvx2(p);
#endif
    return blockMasks(p);
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

// Splits the top level into items without parsing them, reading the device in
// chunks. Only the bytes of the item being parsed (or, before `items` is found, of
// the top-level object) are kept.
class Scanner : public InputWindow
{
public:
    Scanner(QIODevice &in, qint64 total, const QString &file, const LoadOptions &options)
        : InputWindow(in, total, file, options, SIMDJSON_PADDING)
    {
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
            const BlockMasks m = scanBlock(p);
            const quint64 valid = n == 64 ? ~quint64(0) : (quint64(1) << n) - 1;
            const quint64 backslash = m.backslash & valid;
            // Bit i of `escapedBytes`: byte i follows an odd run of backslashes; and
            // whether the next block's first byte does. simdjson's branch-free way:
            // byte by byte, the escapes of event messages (\") cost more in mispredicted
            // branches than all the other blocks.
            quint64 escapedBytes = 0;
            bool escapedNext = false;
            bool byBytes = false;
            if (backslash != 0 || escaped) {
                if (n == 64) {
                    constexpr quint64 EvenBits = 0x5555555555555555ULL;
                    const quint64 previous = escaped ? 1 : 0;
                    const quint64 escapes = backslash & ~previous;
                    const quint64 followsEscape = (escapes << 1) | previous;
                    const quint64 oddStarts = escapes & ~EvenBits & ~followsEscape;
                    quint64 evenStarted = 0;
                    escapedNext = __builtin_add_overflow(oddStarts, escapes, &evenStarted);
                    escapedBytes = (EvenBits ^ (evenStarted << 1)) & followsEscape;
                } else {
                    byBytes = true; // a short block, at the end of the input read so far
                }
            }
            // Bit i of `strings`: byte i is in a string (its opening quote included,
            // its closing one not).
            quint64 strings = m.quote & valid & ~escapedBytes;
            strings ^= strings << 1;
            strings ^= strings << 2;
            strings ^= strings << 4;
            strings ^= strings << 8;
            strings ^= strings << 16;
            strings ^= strings << 32;
            if (inString)
                strings = ~strings;
            // A backslash outside a string is broken JSON: the bytes decide what it
            // means, as they always have.
            if ((backslash & ~escapedBytes & ~strings) != 0)
                byBytes = true;
            if (byBytes) {
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
            const quint64 opens = m.open & valid & ~strings;
            const quint64 closes = m.close & valid & ~strings;
            const quint64 newlines = m.newline & valid & ~escapedBytes;
            // Fewer closing brackets than the depth, and too few opening ones to nest too
            // deep: the container cannot end in this block, whatever their order, so the
            // brackets need only counting. Most blocks of an item are such; the others go
            // bracket by bracket.
            const int openCount = bitCount(opens);
            const int closeCount = bitCount(closes);
            const bool countOnly = closeCount < depth && depth + openCount <= Limits::MaxDepth;
            if (countOnly)
                depth += openCount - closeCount;
            for (quint64 brackets = countOnly ? 0 : opens | closes; brackets != 0;) {
                const int i = __builtin_ctzll(brackets);
                const quint64 bit = quint64(1) << i;
                brackets &= brackets - 1;
                if (opens & bit) {
                    if (++depth > Limits::MaxDepth) {
                        m_line += bitCount(newlines & (bit - 1));
                        m_pos += size_t(i);
                        fail(JsonLoader::tr("nesting deeper than %1 levels").arg(Limits::MaxDepth));
                    }
                } else if (--depth == 0) {
                    m_line += bitCount(newlines & (bit - 1));
                    m_pos += size_t(i) + 1;
                    return;
                }
            }
            m_line += bitCount(newlines);
            inString = (strings >> (n - 1)) & 1;
            escaped = escapedNext;
            m_pos += n;
        }
    }

    // The item splitting below moves through the window itself.
    using InputWindow::m_base;
    using InputWindow::m_keep;
    using InputWindow::m_pos;
    qint64 m_line = 1;

    const char *data() const { return m_buf.data(); }
    using InputWindow::total;
    size_t slackAfter(size_t end) const { return m_buf.size() - end; }
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

void parseItems(Scanner &s, ItemParser &parser, MapSink &sink, const QString &file, const QString &elementKind)
{
    s.skipWs();
    if (s.peek() == ']') {
        ++s.m_pos;
        return;
    }
    ItemBatcher<ItemParser, SIMDJSON_PADDING> items(sink, parser, file, elementKind, s.total());
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
    // simdjson picks its kernel on first use (any call through the active
    // implementation), allocating in noexcept functions: on a worker thread with memory
    // running out, that ended the process. Here, first, before the threads take theirs.
    [[maybe_unused]] const bool kernelChosen = simdjson::validate_utf8("", 0);
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

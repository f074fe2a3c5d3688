#include "yamlitemsplitter.h"

#include <cstring>

namespace PullScope {

namespace {
// Header and trailer are a few top-level keys; anything larger is not kubectl's List.
constexpr int MaxFrameBytes = 1 << 20;

bool startsWith(const char *p, size_t n, const char *prefix)
{
    const size_t k = std::strlen(prefix);
    return n >= k && std::memcmp(p, prefix, k) == 0;
}

// A line of the header or trailer that the splitter can pass on unparsed: no document
// marker, directive, byte order mark, tab or complex key, and not another `items` key
// (quoted or not) that the serial reader would read as the list.
bool plainFrameLine(const char *p, size_t n)
{
    if (n == 0)
        return true;
    const char c = p[0];
    if (c == '%' || c == '\t' || c == '?' || static_cast<unsigned char>(c) == 0xEF)
        return false;
    if (startsWith(p, n, "---") || startsWith(p, n, "..."))
        return false;
    return !startsWith(p, n, "items") && !startsWith(p, n, "\"items\"") && !startsWith(p, n, "'items'");
}

bool isItemsKey(const char *p, size_t n)
{
    while (n > 0 && p[n - 1] == ' ')
        --n;
    return n == 6 && std::memcmp(p, "items:", 6) == 0;
}
} // namespace

YamlItemSplitter::YamlItemSplitter(QIODevice &in, qint64 total, const QString &file, const LoadOptions &options)
    : InputWindow(in, total, file, options, 0)
{
}

bool YamlItemSplitter::nextLine(size_t &begin, size_t &end)
{
    for (;;) {
        const void *nl = m_pos < m_len ? std::memchr(m_buf.data() + m_pos, '\n', m_len - m_pos) : nullptr;
        if (nl) {
            begin = m_pos;
            end = size_t(static_cast<const char *>(nl) - m_buf.data());
            m_pos = end + 1;
            return true;
        }
        if (!fill()) {
            if (m_pos >= m_len)
                return false;
            begin = m_pos;
            end = m_len;
            m_pos = m_len;
            return true;
        }
    }
}

bool YamlItemSplitter::run(
    const std::function<bool(const QByteArray &header)> &onHeader, const std::function<void(const Item &)> &onItem)
{
    Region region = Region::Header;
    qint64 line = 0;
    int indent = -1; // of the items' "- "
    bool inItem = false; // an item starts at m_keep
    qint64 itemLine = 0;
    bool anyItem = false;
    size_t begin = 0, end = 0;
    const auto emitItem = [&](size_t until) {
        onItem(Item {m_buf.data() + m_keep, until - m_keep, m_base + qint64(m_keep), itemLine});
        anyItem = true;
    };
    const auto frameLine = [&](const char *p, size_t n) {
        if (!plainFrameLine(p, n) || m_frame.size() + qsizetype(n) > MaxFrameBytes)
            return false;
        m_frame.append(p, qsizetype(n));
        m_frame.append('\n');
        m_keep = m_pos;
        return true;
    };
    while (nextLine(begin, end)) {
        ++line;
        const char *p = m_buf.data() + begin;
        size_t n = end - begin;
        if (n > 0 && p[n - 1] == '\r')
            --n;
        if (region == Region::Header) {
            if (isItemsKey(p, n)) {
                region = Region::Items;
                m_frame.append("items: []\n");
                m_keep = m_pos;
                if (!onHeader(m_frame))
                    return false;
            } else if (!frameLine(p, n)) {
                return false;
            }
            continue;
        }
        if (region == Region::Trailer) {
            if (!frameLine(p, n))
                return false;
            continue;
        }
        size_t spaces = 0;
        while (spaces < n && p[spaces] == ' ')
            ++spaces;
        const char c = spaces < n ? p[spaces] : '\0';
        if (c == '\0' || c == '#') { // blank or comment: belongs to the item it follows
            if (!inItem)
                m_keep = m_pos;
            continue;
        }
        const bool dash = c == '-' && (spaces + 1 == n || p[spaces + 1] == ' ');
        if (indent < 0) {
            if (!dash)
                return false;
            indent = int(spaces);
        }
        if (dash && spaces == size_t(indent)) {
            if (inItem)
                emitItem(begin);
            inItem = true;
            itemLine = line;
            m_keep = begin;
            continue;
        }
        if (spaces > size_t(indent)) {
            if (!inItem)
                return false;
            continue;
        }
        // A line back at the left margin ends the items; anything else is not a List.
        if (spaces != 0)
            return false;
        if (inItem)
            emitItem(begin);
        inItem = false;
        region = Region::Trailer;
        m_keep = begin;
        if (!frameLine(p, n))
            return false;
    }
    if (inItem)
        emitItem(m_len);
    return region != Region::Header && anyItem;
}

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

#include "inputwindow.h"
#include "loadoptions.h"

namespace PullScope {

// Cuts the block-style YAML that `kubectl get -o yaml` writes into its items by lines
// alone, so that each item can be parsed on its own thread:
//
//   apiVersion: v1          header (top-level keys)
//   items:
//   - apiVersion: v1        an item starts with "- " at the items' indentation,
//     kind: Pod             and every line indented deeper belongs to it
//   kind: List              trailer (top-level keys again)
//
// It is no YAML parser: it only refuses what it cannot cut safely (document markers,
// directives, a byte order mark, items not in block style, a second `items:`). What it
// accepts is then parsed for real, item by item, and the header and trailer together
// (frame()); any failure there sends the whole input to the serial reader, which
// alone reports errors.
class YamlItemSplitter : private InputWindow
{
public:
    struct Item
    {
        const char *data;
        size_t size;
        qint64 offset; // byte offset in the input
        qint64 line; // 1-based line of its "- "
    };

    YamlItemSplitter(QIODevice &in, qint64 total, const QString &file, const LoadOptions &options);

    // Reads the input to its end. `onHeader` gets the header followed by "items: []"
    // once the items begin (false stops); `onItem` gets each item in order. Returns
    // false when the input is not of the shape above (items handed out so far are then
    // meaningless). A cancel through the progress callback throws StopLoad.
    bool run(
        const std::function<bool(const QByteArray &header)> &onHeader, const std::function<void(const Item &)> &onItem);

    // The document without its items: header, "items: []" and the trailer.
    const QByteArray &frame() const { return m_frame; }

private:
    enum class Region { Header, Items, Trailer };
    // The next line [begin, end) without its newline; false at the end of the input.
    bool nextLine(size_t &begin, size_t &end);
    bool headerLine(const char *p, size_t n);
    bool trailerLine(const char *p, size_t n);

    QByteArray m_frame;
};

} // namespace PullScope

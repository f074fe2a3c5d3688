#pragma once

#include <QStyledItemDelegate>

class QFont;

namespace PullScope {

// Paints an event message on one line with the matched evidence span highlighted (a light
// tint of Theme::failing, bold). Text is laid out with QTextLayout and format ranges, so
// CJK, combining marks and bidi text keep their shaping; when the message is too long
// the elision keeps the span in view.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit HighlightDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What is drawn for `text` in `width` pixels: the visible text (with "…" where cut)
    // and the span's position in it (-1 when the message has no span).
    struct Elided
    {
        QString text;
        int spanStart = -1;
        int spanEnd = -1;
    };
    static Elided elide(const QString &text, int spanStart, int spanEnd, const QFont &font, int width);
};

} // namespace PullScope

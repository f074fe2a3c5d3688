#include "highlightdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

#include "eventtablemodel.h"
#include "theme.h"

namespace PullScope {

namespace {

const QChar kEllipsis(0x2026);

// QFontMetrics::elidedText falls back to "..." when a font lacks U+2026.
qsizetype visiblePrefix(const QString &full, const QString &elided)
{
    if (elided == full)
        return full.size();
    if (elided.endsWith(kEllipsis))
        return elided.size() - 1;
    if (elided.endsWith(QLatin1String("...")))
        return elided.size() - 3;
    return elided.size();
}

// One line: a message's own newlines would push the rest out of the row. Same length,
// so the span's offsets still hold.
QString oneLine(QString s)
{
    for (QChar &c : s)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return s;
}

} // namespace

HighlightDelegate::HighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

HighlightDelegate::Elided HighlightDelegate::elide(
    const QString &input, int spanStart, int spanEnd, const QFont &font, int width)
{
    const QString text = oneLine(input);
    const bool hasSpan = spanStart >= 0 && spanEnd > spanStart && spanEnd <= text.size();
    const QFontMetrics fm(font);
    int avail = width;
    if (hasSpan) {
        // The span is drawn bold: leave room for the extra width.
        QFont bold(font);
        bold.setBold(true);
        const QString span = text.mid(spanStart, spanEnd - spanStart);
        avail -= std::max(0, QFontMetrics(bold).horizontalAdvance(span) - fm.horizontalAdvance(span));
    }
    avail = std::max(avail, 0);

    Elided out;
    QString elided = fm.elidedText(text, Qt::ElideRight, avail);
    qsizetype shown = visiblePrefix(text, elided);
    if (!hasSpan || shown >= spanEnd) {
        out.text = elided;
        if (hasSpan) {
            out.spanStart = spanStart;
            out.spanEnd = spanEnd;
        }
        return out;
    }
    // The span lies past the cut: start the line a little before it, behind a leading
    // ellipsis, with as much context as still lets the whole span show.
    for (int context = 48;; context /= 2) {
        const int from = std::max(0, spanStart - context);
        const QString prefix = from > 0 ? QString(kEllipsis) : QString();
        const QString rest = text.mid(from);
        const int restWidth = std::max(0, avail - fm.horizontalAdvance(prefix));
        elided = fm.elidedText(rest, Qt::ElideRight, restWidth);
        shown = visiblePrefix(rest, elided);
        if (from + shown >= spanEnd || context == 0) {
            out.text = prefix + elided;
            out.spanStart = int(prefix.size()) + spanStart - from;
            out.spanEnd = std::min(int(prefix.size() + shown), int(prefix.size()) + spanEnd - from);
            if (out.spanEnd <= out.spanStart)
                out.spanStart = out.spanEnd = -1;
            return out;
        }
    }
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != EventTableModel::MessageColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString message = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus frame as for any cell; the text is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const Elided shown = elide(message, index.data(EventTableModel::MatchStartRole).toInt(),
        index.data(EventTableModel::MatchEndRole).toInt(), opt.font, rect.width());

    QList<QTextLayout::FormatRange> formats;
    if (shown.spanStart >= 0) {
        QTextLayout::FormatRange range;
        range.start = shown.spanStart;
        range.length = shown.spanEnd - shown.spanStart;
        QColor tint = Theme::failing();
        tint.setAlpha(56); // a light tint over whatever the row's background is
        range.format.setBackground(tint);
        range.format.setFontWeight(QFont::Bold);
        formats << range;
    }
    QTextLayout layout(shown.text, opt.font, painter->device());
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(rect);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal height = line.isValid() ? line.height() : 0;
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - height) / 2));
    painter->restore();
}

} // namespace PullScope

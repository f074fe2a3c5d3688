#include "wraplabel.h"

#include <QEvent>

#include <algorithm>

namespace PullScope {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrapLabel::WrapLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrapLabel::Key WrapLabel::currentKey() const
{
    Key k;
    k.text = text();
    k.font = font();
    k.contents = contentsMargins();
    k.margin = margin();
    k.indent = indent();
    k.frame = frameWidth();
    k.format = int(textFormat());
    k.alignment = int(alignment());
    k.wrap = wordWrap();
    return k;
}

int WrapLabel::heightForWidth(int width) const
{
    Key key = currentKey();
    if (!(key == m_key)) {
        m_key = std::move(key);
        m_used = 0;
        m_next = 0;
    }
    for (int i = 0; i < m_used; ++i)
        if (m_widths[size_t(i)] == width)
            return m_heights[size_t(i)];
    const int height = QLabel::heightForWidth(width);
    m_widths[size_t(m_next)] = width;
    m_heights[size_t(m_next)] = height;
    m_next = (m_next + 1) % Slots;
    m_used = std::min(m_used + 1, Slots);
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    // A style can change frame and text metrics without changing anything in the key.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        m_used = 0;
    QLabel::changeEvent(event);
}

} // namespace PullScope

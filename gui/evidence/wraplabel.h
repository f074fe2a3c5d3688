#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace PullScope {

// A word-wrapping QLabel that remembers its height for the last few widths. QLabel
// lays its text out again on every heightForWidth() (a rich-text or selectable one
// twice, through a QTextDocument), and one relayout of the evidence panel's scroll
// area asks each label dozens of times for the same few widths: uncached, that was
// most of the time between selecting a container and seeing its card.
class WrapLabel : public QLabel
{
public:
    explicit WrapLabel(QWidget *parent = nullptr);
    explicit WrapLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the height depends on besides the width; a change drops the cache. The text
    // is compared rather than hooked because QLabel::setText() is not virtual.
    struct Key
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = -1;
        int frame = 0;
        int format = 0;
        int alignment = 0;
        bool wrap = false;
        bool operator==(const Key &o) const
        {
            return text == o.text && font == o.font && contents == o.contents && margin == o.margin
                && indent == o.indent && frame == o.frame && format == o.format && alignment == o.alignment
                && wrap == o.wrap;
        }
    };
    Key currentKey() const;

    static constexpr int Slots = 6;
    mutable Key m_key;
    mutable std::array<int, Slots> m_widths {};
    mutable std::array<int, Slots> m_heights {};
    mutable int m_used = 0;
    mutable int m_next = 0;
};

} // namespace PullScope

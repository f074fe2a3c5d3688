#include "scenariocarddelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include "scenariolistmodel.h"
#include "theme.h"

namespace PullScope {

namespace {
constexpr int Margin = 12;
constexpr int StoryLines = 3;
constexpr double TitleScale = 1.15;
constexpr double SmallScale = 0.9;

QFont scaled(const QFont &base, double factor, bool bold = false)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qMax(8, int(f.pixelSize() * factor)));
    f.setBold(bold);
    return f;
}

// Lays `text` out in at most `maxLines` lines of `width`, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}
} // namespace

ScenarioCardDelegate::ScenarioCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor ScenarioCardDelegate::difficultyColor(const QString &difficulty)
{
    if (difficulty == QLatin1String("beginner"))
        return Theme::taken();
    if (difficulty == QLatin1String("intermediate"))
        return Theme::warningText();
    if (difficulty == QLatin1String("advanced"))
        return Theme::notAPullProblem();
    return Theme::notReached();
}

QSize ScenarioCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The card's rows as paint() lays them out: title, other title, story lines, badge.
    const QFontMetrics fm(option.font);
    const int height = 8 + 2 * Margin + QFontMetrics(scaled(option.font, TitleScale, true)).lineSpacing()
        + QFontMetrics(scaled(option.font, SmallScale)).lineSpacing() + 4 + StoryLines * fm.lineSpacing() + 6
        + QFontMetrics(scaled(option.font, SmallScale, true)).height() + 6;
    return {qMax(340, fm.averageCharWidth() * 50), height};
}

void ScenarioCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(4, 4, -4, -4);

    QPainterPath outline;
    outline.addRoundedRect(card, 8, 8);
    painter->fillPath(outline, pal.color(QPalette::Base));
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 3 : 1));
    painter->drawPath(outline);
    if (focused && !selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 6, 6);
    }

    const QRect inner = card.toRect().adjusted(Margin, Margin, -Margin, -Margin);
    const int width = inner.width();
    int y = inner.top();

    const QFont titleFont = scaled(option.font, TitleScale, true);
    const QFontMetrics tfm(titleFont);
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(QRect(inner.left(), y, width, tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        tfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, width));
    y += tfm.lineSpacing();

    const QFont smallFont = scaled(option.font, SmallScale);
    const QFontMetrics sfm(smallFont);
    painter->setFont(smallFont);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QRect(inner.left(), y, width, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        sfm.elidedText(index.data(ScenarioListModel::OtherTitleRole).toString(), Qt::ElideRight, width));
    y += sfm.lineSpacing() + 4;

    const QFontMetrics fm(option.font);
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::Text));
    for (const QString &line :
        wrapped(index.data(ScenarioListModel::StoryRole).toString(), option.font, width, StoryLines)) {
        painter->drawText(QRect(inner.left(), y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }

    // The badge row sits at the bottom of the card whatever the story's length.
    const QFont badgeFont = scaled(option.font, SmallScale, true);
    const QFontMetrics bfm(badgeFont);
    const QString badge = index.data(ScenarioListModel::DifficultyNameRole).toString();
    const int badgeHeight = bfm.height() + 6;
    const QRect badgeRect(
        inner.left(), inner.bottom() - badgeHeight + 1, bfm.horizontalAdvance(badge) + 16, badgeHeight);
    QPainterPath pill;
    pill.addRoundedRect(badgeRect, badgeHeight / 2.0, badgeHeight / 2.0);
    painter->fillPath(pill, difficultyColor(index.data(ScenarioListModel::DifficultyRole).toString()));
    painter->setFont(badgeFont);
    painter->setPen(QColor(Qt::white));
    painter->drawText(badgeRect, Qt::AlignCenter, badge);

    painter->setFont(smallFont);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    int x = badgeRect.right() + 10;
    const QString section = index.data(ScenarioListModel::SeedSectionRole).toString();
    if (!section.isEmpty()) {
        const QString text = tr("Reference §%1").arg(section);
        painter->drawText(QRect(x, badgeRect.top(), inner.right() - x, badgeHeight), Qt::AlignLeft | Qt::AlignVCenter,
            sfm.elidedText(text, Qt::ElideRight, inner.right() - x));
        x += sfm.horizontalAdvance(text) + 10;
    }
    const int origin = index.data(ScenarioListModel::OriginRole).toInt();
    if (origin != ScenarioListModel::Bundled) {
        const QString text = origin == ScenarioListModel::Folder ? tr("Your folder") : tr("From file");
        const int w = sfm.horizontalAdvance(text);
        if (x + w <= inner.right())
            painter->drawText(
                QRect(inner.right() - w, badgeRect.top(), w, badgeHeight), Qt::AlignRight | Qt::AlignVCenter, text);
    }
    painter->restore();
}

} // namespace PullScope

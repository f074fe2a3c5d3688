#include "flownodeitem.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QPainterPath>
#include <QPen>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>

#include "theme.h"

namespace PullScope {

namespace {

constexpr qreal Padding = 8;

// Fixed boxes keep the layout still while texts change, so a long cause title or
// image name is cut to `maxLines` lines at `width` instead of growing the box.
QString fitLines(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QStringList out;
    const QFontMetricsF fm(font);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &para : paragraphs) {
        if (int(out.size()) >= maxLines)
            break;
        QTextLayout layout(para, font);
        QTextOption opt;
        opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(opt);
        layout.beginLayout();
        QList<QPair<int, int>> lines;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append({line.textStart(), line.textLength()});
        }
        layout.endLayout();
        const int room = maxLines - int(out.size());
        if (lines.size() <= room) {
            out << para;
            continue;
        }
        // Whole lines up to the last one that fits, then the rest elided into that one.
        const int keepEnd = lines[room - 1].first;
        QString kept = para.left(keepEnd);
        const QString rest = para.mid(keepEnd);
        out << kept + fm.elidedText(rest, Qt::ElideRight, width - 2);
        break;
    }
    return out.join(QLatin1Char('\n'));
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

void setupText(QGraphicsTextItem *item, qreal width)
{
    item->document()->setDocumentMargin(0);
    QTextOption opt(Qt::AlignHCenter);
    opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    item->document()->setDefaultTextOption(opt);
    item->setTextWidth(width);
    item->setTextInteractionFlags(Qt::NoTextInteraction);
    // Clicks and hovers belong to the box.
    item->setAcceptedMouseButtons(Qt::NoButton);
    item->setAcceptHoverEvents(false);
}

} // namespace

FlowNodeItem::FlowNodeItem(const QString &id, const QSizeF &size, bool pill, QGraphicsItem *parent)
    : QGraphicsPathItem(parent)
    , m_size(size)
    , m_label(new QGraphicsTextItem(this))
    , m_detail(new QGraphicsTextItem(this))
{
    QPainterPath path;
    const qreal radius = pill ? size.height() / 2 : 10;
    path.addRoundedRect(QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height()), radius, radius);
    setPath(path);
    setData(StepIdKey, id);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
    setupText(m_label, size.width() - 2 * Padding);
    setupText(m_detail, size.width() - 2 * Padding);
}

QString FlowNodeItem::stepId() const
{
    return data(StepIdKey).toString();
}

QColor FlowNodeItem::fillColor(StepState s)
{
    switch (s) {
    case StepState::Taken:
        return Theme::taken();
    case StepState::Failing:
        return Theme::failing();
    case StepState::InProgress:
        return Theme::inProgress();
    case StepState::NotReached:
        break;
    }
    // A pale wash of the grey: the box is there but recedes behind the path taken.
    return blend(Theme::notReached(), QColor(Qt::white), 0.85);
}

QColor FlowNodeItem::borderColor(StepState s)
{
    return s == StepState::NotReached ? Theme::notReached() : fillColor(s).darker(135);
}

QColor FlowNodeItem::textColor(StepState s)
{
    switch (s) {
    case StepState::Taken:
    case StepState::Failing:
        return QColor(Qt::white);
    case StepState::InProgress:
        return QColor(Qt::black); // white on amber is too faint for a projector
    case StepState::NotReached:
        break;
    }
    return Theme::notReached().darker(160);
}

void FlowNodeItem::apply(const FlowNode &node, const QFont &labelFont, const QFont &detailFont)
{
    m_state = node.state;
    setBrush(fillColor(node.state));
    updatePen();

    const qreal width = m_size.width() - 2 * Padding;
    const QColor text = textColor(node.state);
    bool relabel = node.label != m_labelSource;
    if (m_label->font() != labelFont) {
        m_label->setFont(labelFont);
        relabel = true;
    }
    if (m_label->defaultTextColor() != text)
        m_label->setDefaultTextColor(text);
    if (relabel) {
        m_labelSource = node.label;
        m_label->setPlainText(fitLines(node.label, labelFont, width, 2));
    }

    const bool showCause = node.state == StepState::Failing && !node.causeTitle.isEmpty();
    QFont detailF = detailFont;
    detailF.setBold(showCause);
    bool redetail = false;
    if (m_detail->font() != detailF) {
        m_detail->setFont(detailF);
        redetail = true;
    }
    if (m_detail->defaultTextColor() != text)
        m_detail->setDefaultTextColor(text);
    const bool twoLineLabel = m_label->boundingRect().height() > 1.5 * QFontMetricsF(labelFont).lineSpacing();
    const int room = twoLineLabel || node.branch ? 1 : 2;
    const QString &detailSource = showCause ? node.causeTitle : node.detail;
    if (redetail || room != m_detailRoom || detailSource != m_detailSource) {
        m_detailSource = detailSource;
        m_detailRoom = room;
        m_detail->setPlainText(fitLines(detailSource, detailF, width, room));
    }
    m_detail->setVisible(!m_detail->toPlainText().isEmpty());

    // Escaped and wrapped: event messages may hold "<none>" and such, which Qt would
    // otherwise take for markup.
    setToolTip(node.tooltip.isEmpty() ? QString()
                                      : QStringLiteral("<p style='white-space:pre-wrap'>")
                + node.tooltip.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"))
                + QStringLiteral("</p>"));
    centreTexts();
}

QString FlowNodeItem::labelText() const
{
    return m_label->toPlainText();
}

QString FlowNodeItem::detailText() const
{
    return m_detail->isVisible() ? m_detail->toPlainText() : QString();
}

void FlowNodeItem::centreTexts()
{
    const qreal labelH = m_label->boundingRect().height();
    const qreal detailH = m_detail->isVisible() ? m_detail->boundingRect().height() : 0;
    const qreal gap = m_detail->isVisible() ? 2 : 0;
    const qreal top = -(labelH + gap + detailH) / 2;
    m_label->setPos(-m_size.width() / 2 + Padding, top);
    m_detail->setPos(-m_size.width() / 2 + Padding, top + labelH + gap);
}

void FlowNodeItem::updatePen()
{
    QPen pen(borderColor(m_state));
    pen.setWidthF((m_state == StepState::Failing ? 3.0 : 1.5) + (m_hovered ? 1.5 : 0));
    pen.setJoinStyle(Qt::RoundJoin);
    setPen(pen);
}

void FlowNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    updatePen();
    QGraphicsPathItem::hoverEnterEvent(event);
}

void FlowNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    updatePen();
    QGraphicsPathItem::hoverLeaveEvent(event);
}

void FlowNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Accepting makes this box the mouse grabber, so the view does not start a hand
    // drag and the scene sees the matching release (a click).
    event->accept();
}

} // namespace PullScope

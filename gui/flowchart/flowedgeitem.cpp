#include "flowedgeitem.h"

#include <QBrush>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QPainterPath>
#include <QPen>

#include "theme.h"

namespace PullScope {

namespace {
constexpr qreal HeadLength = 12;
constexpr qreal HeadHalfWidth = 6;
} // namespace

FlowEdgeItem::FlowEdgeItem(const QString &from, const QString &to, const QList<QPointF> &points, const QPointF &labelAt,
    LabelPlacement placement, QGraphicsItem *parent)
    : QGraphicsPathItem(parent)
    , m_points(points)
    , m_labelAt(labelAt)
    , m_placement(placement)
    , m_head(new QGraphicsPolygonItem(this))
    , m_labelBack(new QGraphicsRectItem(this))
    , m_label(new QGraphicsSimpleTextItem(this))
{
    setData(FromKey, from);
    setData(ToKey, to);
    setAcceptedMouseButtons(Qt::NoButton);
    m_head->setAcceptedMouseButtons(Qt::NoButton);
    m_labelBack->setAcceptedMouseButtons(Qt::NoButton);
    m_label->setAcceptedMouseButtons(Qt::NoButton);

    // The line stops where the arrow head begins, so that a thick line does not poke
    // out of the head's tip.
    QList<QPointF> line = points;
    const QLineF last(points[points.size() - 2], points.last());
    const QPointF dir = (last.p2() - last.p1()) / last.length();
    line.last() = points.last() - dir * HeadLength * 0.8;
    QPainterPath path(line.first());
    for (int i = 1; i < line.size(); ++i)
        path.lineTo(line[i]);
    setPath(path);

    const QPointF normal(-dir.y(), dir.x());
    const QPointF tip = points.last();
    const QPointF base = tip - dir * HeadLength;
    m_head->setPolygon(QPolygonF({tip, base + normal * HeadHalfWidth, base - normal * HeadHalfWidth}));
    m_labelBack->setPen(Qt::NoPen);
    m_labelBack->setZValue(1);
    m_label->setZValue(2);
}

QString FlowEdgeItem::from() const
{
    return data(FromKey).toString();
}

QString FlowEdgeItem::to() const
{
    return data(ToKey).toString();
}

QString FlowEdgeItem::labelText() const
{
    return m_label->text();
}

QColor FlowEdgeItem::lineColor(bool taken)
{
    return taken ? Theme::taken() : Theme::notReached();
}

void FlowEdgeItem::apply(const FlowEdge &edge, const QFont &labelFont, const QColor &canvas)
{
    m_taken = edge.taken;
    const QColor colour = lineColor(edge.taken);
    QPen pen(colour, edge.taken ? 3.5 : 1.6);
    pen.setJoinStyle(Qt::MiterJoin);
    pen.setCapStyle(Qt::FlatCap);
    setPen(pen);
    m_head->setPen(Qt::NoPen);
    m_head->setBrush(colour);
    // Taken edges on top: where a taken and an untaken edge share a stem, the stem is green.
    setZValue(edge.taken ? 1 : 0);

    // Both re-measure the text even when nothing changed, and few labels change between
    // two containers.
    if (m_label->font() != labelFont)
        m_label->setFont(labelFont);
    if (m_label->text() != edge.label)
        m_label->setText(edge.label);
    // Labels of untaken edges in the darker grey of unreached text, for contrast.
    m_label->setBrush(edge.taken ? colour.darker(115) : Theme::notReached().darker(160));
    const QRectF r = m_label->boundingRect();
    QPointF topLeft;
    switch (m_placement) {
    case LabelPlacement::Centre:
        topLeft = m_labelAt - QPointF(r.width() / 2, r.height() / 2);
        break;
    case LabelPlacement::RightOf:
        topLeft = m_labelAt + QPointF(8, -r.height() / 2);
        break;
    case LabelPlacement::Above:
        topLeft = m_labelAt - QPointF(r.width() / 2, r.height() + 4);
        break;
    }
    m_label->setPos(topLeft);
    m_labelBack->setRect(QRectF(topLeft, r.size()).adjusted(-4, -1, 4, 1));
    m_labelBack->setBrush(canvas);
    m_label->setVisible(!edge.label.isEmpty());
    m_labelBack->setVisible(!edge.label.isEmpty());
}

} // namespace PullScope

#pragma once

#include <QFont>
#include <QGraphicsPathItem>

#include "flowchartmodel.h"

class QGraphicsPolygonItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace PullScope {

// An arrow along an orthogonal polyline, with an optional label on a patch of the
// canvas colour so that the line does not run through the text.
class FlowEdgeItem : public QGraphicsPathItem
{
public:
    static constexpr int FromKey = 1; // QGraphicsItem::data() keys
    static constexpr int ToKey = 2;
    enum { Type = UserType + 2 };
    enum class LabelPlacement { Centre, RightOf, Above };

    FlowEdgeItem(const QString &from, const QString &to, const QList<QPointF> &points, const QPointF &labelAt,
        LabelPlacement placement, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QString from() const;
    QString to() const;
    bool isTaken() const { return m_taken; }
    QString labelText() const;
    QList<QPointF> points() const { return m_points; }

    void apply(const FlowEdge &edge, const QFont &labelFont, const QColor &canvas);

    static QColor lineColor(bool taken);

private:
    QList<QPointF> m_points;
    QPointF m_labelAt;
    LabelPlacement m_placement;
    bool m_taken = false;
    QGraphicsPolygonItem *m_head;
    QGraphicsRectItem *m_labelBack;
    QGraphicsSimpleTextItem *m_label;
};

} // namespace PullScope

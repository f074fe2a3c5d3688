#pragma once

#include <QFont>
#include <QGraphicsScene>
#include <QHash>

#include "flowchartmodel.h"

class QGraphicsSimpleTextItem;
class QMenu;
class QWidget;

namespace PullScope {

class FlowEdgeItem;
class FlowNodeItem;

// The decision tree drawn from a FlowchartModel. The boxes and arrows are laid out
// once; setModel() only recolours and retexts them, so selecting another container
// never moves anything.
class FlowchartScene : public QGraphicsScene
{
    Q_OBJECT
public:
    // QGraphicsItem::data() key of the legend swatches: the StepState they show, as int.
    static constexpr int LegendStateKey = 3;

    explicit FlowchartScene(QObject *parent = nullptr);

    void setModel(const FlowchartModel &model);
    const FlowchartModel &model() const { return m_model; }

    FlowNodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    FlowEdgeItem *edgeItem(const QString &from, const QString &to) const;
    QList<FlowNodeItem *> nodeItems() const { return m_nodes.values(); }
    QString titleText() const;

    // The canvas colour: exports and the view show the same picture.
    static QColor canvasColor();
    // Readable on a projector: >= 11 pt at 100 % zoom. Pixel sizes, because the scene
    // is rendered onto images and SVG whose resolution differs from the screen's, and a
    // point size would change size against the boxes there.
    static QFont labelFont();
    static QFont detailFont();

    // Re-sets the texts that are not part of the model (the legend).
    void retranslate();

    // The context menu of a step box: "Probe registry..." on the failing step. Null when
    // the step offers nothing; the caller owns the menu.
    QMenu *stepMenu(const QString &stepId, QWidget *parent = nullptr);

Q_SIGNALS:
    void stepActivated(const QString &stepId, const QList<int> &eventIndexes);
    // "Probe registry..." was chosen on a step (the failing one).
    void probeRequested(const QString &stepId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void buildLayout(const FlowchartModel &model);
    void buildLegend();
    QPointF centreOf(const QPoint &grid) const;
    FlowNodeItem *nodeAt(const QPointF &scenePos) const;

    FlowchartModel m_model;
    QHash<QString, FlowNodeItem *> m_nodes;
    QList<FlowEdgeItem *> m_edges;
    QGraphicsSimpleTextItem *m_title = nullptr;
    QGraphicsSimpleTextItem *m_legendHeading = nullptr;
    QList<QGraphicsSimpleTextItem *> m_legendTexts;
    QString m_pressedStep;
};

} // namespace PullScope

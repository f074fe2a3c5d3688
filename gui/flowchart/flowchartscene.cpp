#include "flowchartscene.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QAction>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>

#include <algorithm>

#include "flowedgeitem.h"
#include "flownodeitem.h"
#include "theme.h"

namespace PullScope {

namespace {

// The grid: boxes of one size, gaps wide enough for an edge label between rows and
// for the retry loop between columns.
constexpr qreal BoxW = 232;
constexpr qreal BoxH = 92;
constexpr qreal BranchH = 60;
constexpr qreal ColW = 288;
constexpr qreal RowH = 164;
constexpr qreal Margin = 28;
constexpr qreal TitleGap = 56;
constexpr qreal PortOffset = 40; // where several arrows enter one box from above
constexpr qreal LoopGap = 34; // the retry loop runs this far right of its box

qreal pixelsForPoints(qreal points)
{
    return points * 96.0 / 72.0;
}

} // namespace

FlowchartScene::FlowchartScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(canvasColor());
    setModel(FlowchartModel::build(nullptr));
}

QColor FlowchartScene::canvasColor()
{
    return QColor(Qt::white);
}

QFont FlowchartScene::labelFont()
{
    QFont f = QApplication::font();
    const qreal pt = f.pointSizeF() > 0 ? f.pointSizeF() : 10;
    f.setPixelSize(qRound(pixelsForPoints(std::max<qreal>(12, pt + 2))));
    f.setBold(true);
    // Step names, cause titles and event texts need no shaping (scripts that do are
    // still shaped); skipping it makes restyling and repainting the chart cheaper.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont FlowchartScene::detailFont()
{
    QFont f = QApplication::font();
    const qreal pt = f.pointSizeF() > 0 ? f.pointSizeF() : 10;
    f.setPixelSize(qRound(pixelsForPoints(std::max<qreal>(11, pt + 1))));
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QPointF FlowchartScene::centreOf(const QPoint &grid) const
{
    return QPointF(grid.x() * ColW, grid.y() * RowH);
}

FlowEdgeItem *FlowchartScene::edgeItem(const QString &from, const QString &to) const
{
    for (FlowEdgeItem *e : m_edges)
        if (e->from() == from && e->to() == to)
            return e;
    return nullptr;
}

QString FlowchartScene::titleText() const
{
    return m_title ? m_title->text() : QString();
}

void FlowchartScene::buildLayout(const FlowchartModel &model)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_legendTexts.clear();

    auto heightOf = [](const FlowNode &n) { return n.branch ? BranchH : BoxH; };
    for (const FlowNode &n : model.nodes()) {
        auto *item = new FlowNodeItem(n.id, QSizeF(BoxW, heightOf(n)), n.branch);
        item->setPos(centreOf(n.grid));
        addItem(item);
        m_nodes.insert(n.id, item);
    }

    // Arrows into a box from several boxes above enter side by side, each on the side
    // it comes from, so they neither overlap nor cross.
    QHash<QString, int> incomingFromAbove;
    for (const FlowEdge &e : model.edges())
        if (model.node(e.to)->grid.y() > model.node(e.from)->grid.y())
            ++incomingFromAbove[e.to];

    for (const FlowEdge &e : model.edges()) {
        const FlowNode &a = *model.node(e.from);
        const FlowNode &b = *model.node(e.to);
        const QPointF ca = centreOf(a.grid);
        const QPointF cb = centreOf(b.grid);
        const qreal ha = heightOf(a);
        const qreal hb = heightOf(b);
        QList<QPointF> pts;
        QPointF labelAt;
        auto placement = FlowEdgeItem::LabelPlacement::Centre;
        if (a.grid.y() == b.grid.y()) {
            // Sideways, to a dead end in the same row.
            const qreal sign = b.grid.x() > a.grid.x() ? 1 : -1;
            pts = {QPointF(ca.x() + sign * BoxW / 2, ca.y()), QPointF(cb.x() - sign * BoxW / 2, cb.y())};
            labelAt = (pts[0] + pts[1]) / 2;
            placement = FlowEdgeItem::LabelPlacement::Above;
        } else if (b.grid.y() > a.grid.y()) {
            const int rows = b.grid.y() - a.grid.y();
            const qreal port
                = incomingFromAbove.value(e.to) > 1 ? std::clamp(a.grid.x() - b.grid.x(), -1, 1) * PortOffset : 0;
            const QPointF start(ca.x(), ca.y() + ha / 2);
            const QPointF end(cb.x() + port, cb.y() - hb / 2);
            if (qFuzzyCompare(start.x() + 1, end.x() + 1)) {
                pts = {start, end};
                // Across an empty row the label sits in that row's middle.
                labelAt = rows > 1 ? centreOf(QPoint(a.grid.x(), a.grid.y() + 1)) : (start + end) / 2;
            } else {
                // One row down: bend in the gap below the source (a fork). Further:
                // go down the source's column, which the layout keeps free, and bend
                // in the gap above the target.
                const qreal bendY = rows == 1 ? ca.y() + RowH / 2 : cb.y() - RowH / 2;
                pts = {start, QPointF(start.x(), bendY), QPointF(end.x(), bendY), end};
                // Beside the last leg rather than on it: that leg is short, and the
                // arrow head should stay in view.
                labelAt = QPointF(end.x(), (bendY + end.y()) / 2);
                placement = FlowEdgeItem::LabelPlacement::RightOf;
            }
        } else {
            // The retry loop: out of the right side, up the gap, into the target's right side.
            const qreal loopX = ca.x() + BoxW / 2 + LoopGap;
            pts = {QPointF(ca.x() + BoxW / 2, ca.y()), QPointF(loopX, ca.y()), QPointF(loopX, cb.y()),
                QPointF(cb.x() + BoxW / 2, cb.y())};
            labelAt = QPointF(loopX, (ca.y() + cb.y()) / 2);
            placement = FlowEdgeItem::LabelPlacement::RightOf;
        }
        auto *item = new FlowEdgeItem(e.from, e.to, pts, labelAt, placement);
        addItem(item);
        m_edges.append(item);
    }

    m_title = new QGraphicsSimpleTextItem;
    m_title->setPos(-BoxW / 2, -BoxH / 2 - TitleGap);
    m_title->setBrush(Theme::notReached().darker(250));
    addItem(m_title);

    buildLegend();

    const int cols = model.columns();
    const int rows = model.rows();
    setSceneRect(QRectF(QPointF(-BoxW / 2 - Margin, -BoxH / 2 - TitleGap - Margin),
        QPointF((cols - 1) * ColW + BoxW / 2 + Margin, (rows - 1) * RowH + BoxH / 2 + Margin)));
}

void FlowchartScene::buildLegend()
{
    // Top left, where the tree leaves two rows free.
    const qreal x = -BoxW / 2;
    const qreal y = -BoxH / 2;
    const qreal pad = 12;
    const qreal rowH = 30;
    const QColor ink = Theme::notReached().darker(250);

    auto *frame = new QGraphicsRectItem(QRectF(x, y, BoxW, pad * 2 + 26 + 4 * rowH));
    frame->setPen(QPen(Theme::notReached(), 1));
    frame->setBrush(canvasColor());
    addItem(frame);

    m_legendHeading = new QGraphicsSimpleTextItem(frame);
    m_legendHeading->setFont(labelFont());
    m_legendHeading->setBrush(ink);
    m_legendHeading->setPos(x + pad, y + pad);

    const StepState states[] = {StepState::Taken, StepState::Failing, StepState::InProgress, StepState::NotReached};
    for (int i = 0; i < 4; ++i) {
        const qreal ry = y + pad + 30 + i * rowH;
        QPainterPath swatchPath;
        swatchPath.addRoundedRect(QRectF(x + pad, ry, 34, 20), 5, 5);
        auto *swatch = new QGraphicsPathItem(swatchPath, frame);
        swatch->setBrush(FlowNodeItem::fillColor(states[i]));
        swatch->setPen(QPen(FlowNodeItem::borderColor(states[i]), 1.5));
        swatch->setData(LegendStateKey, int(states[i]));
        auto *text = new QGraphicsSimpleTextItem(frame);
        text->setFont(detailFont());
        text->setBrush(ink);
        text->setPos(x + pad + 46, ry + 10 - QFontMetricsF(detailFont()).height() / 2);
        text->setData(LegendStateKey, int(states[i]));
        m_legendTexts.append(text);
    }
    retranslate();
}

void FlowchartScene::retranslate()
{
    if (m_legendHeading)
        m_legendHeading->setText(tr("Legend"));
    const QString names[] = {tr("path taken"), tr("failing step"), tr("in progress"), tr("not reached")};
    for (int i = 0; i < m_legendTexts.size() && i < 4; ++i)
        m_legendTexts[i]->setText(names[i]);
}

void FlowchartScene::setModel(const FlowchartModel &model)
{
    bool sameLayout = m_nodes.size() == model.nodes().size() && m_edges.size() == model.edges().size();
    for (const FlowNode &n : model.nodes())
        sameLayout = sameLayout && m_nodes.contains(n.id);
    if (!sameLayout)
        buildLayout(model);
    m_model = model;

    const QFont lf = labelFont();
    const QFont df = detailFont();
    for (const FlowNode &n : model.nodes())
        m_nodes.value(n.id)->apply(n, lf, df);
    for (FlowEdgeItem *item : std::as_const(m_edges))
        if (const FlowEdge *e = model.edge(item->from(), item->to()))
            item->apply(*e, df, canvasColor());

    const QFont tf = labelFont();
    if (m_title->font() != tf)
        m_title->setFont(tf);
    const qreal width = sceneRect().right() - Margin - m_title->pos().x();
    m_title->setText(QFontMetricsF(tf).elidedText(model.title(), Qt::ElideMiddle, width));
}

FlowNodeItem *FlowchartScene::nodeAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos);
    for (QGraphicsItem *item : hits)
        for (QGraphicsItem *i = item; i; i = i->parentItem())
            if (auto *node = qgraphicsitem_cast<FlowNodeItem *>(i))
                return node;
    return nullptr;
}

void FlowchartScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const FlowNodeItem *node = event->button() == Qt::LeftButton ? nodeAt(event->scenePos()) : nullptr;
    m_pressedStep = node ? node->stepId() : QString();
    QGraphicsScene::mousePressEvent(event);
}

void FlowchartScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_pressedStep.isEmpty())
        return;
    const FlowNodeItem *node = nodeAt(event->scenePos());
    const QString id = m_pressedStep;
    m_pressedStep.clear();
    // A click is press and release on the same box; a drag off it selects nothing.
    if (node && node->stepId() == id)
        if (const FlowNode *n = m_model.node(id))
            Q_EMIT stepActivated(id, n->events);
}

QMenu *FlowchartScene::stepMenu(const QString &stepId, QWidget *parent)
{
    const FlowNode *n = m_model.node(stepId);
    // A probe answers for the registry side of a pull: offered where the pull failed.
    if (!n || n->state != StepState::Failing)
        return nullptr;
    auto *menu = new QMenu(parent);
    QAction *probe = menu->addAction(tr("Probe registry..."));
    probe->setToolTip(tr("Check from this machine what a pull of this image meets, step by step"));
    connect(probe, &QAction::triggered, this, [this, stepId] { Q_EMIT probeRequested(stepId); });
    return menu;
}

void FlowchartScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    const FlowNodeItem *node = nodeAt(event->scenePos());
    QMenu *menu = node ? stepMenu(node->stepId(), event->widget()) : nullptr;
    if (!menu) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    event->accept();
    menu->exec(event->screenPos());
    delete menu;
}

} // namespace PullScope

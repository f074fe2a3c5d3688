#include "presenterscene.h"

#include <QApplication>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPen>

#include "flowedgeitem.h"
#include "flownodeitem.h"
#include "theme.h"

namespace PullScope {

namespace {

QColor fillOf(StepState s)
{
    switch (s) {
    case StepState::Taken:
        return Theme::HighContrast::taken();
    case StepState::Failing:
        return Theme::HighContrast::failing();
    case StepState::InProgress:
        return Theme::HighContrast::inProgress();
    case StepState::NotReached:
        break;
    }
    return Theme::HighContrast::notReachedFill();
}

QColor borderOf(StepState s)
{
    // The failing box gets a white rim: red alone sinks into black on a dim projector.
    if (s == StepState::Failing)
        return Theme::HighContrast::text();
    return s == StepState::NotReached ? Theme::HighContrast::notReached() : fillOf(s);
}

QColor inkOf(StepState s)
{
    switch (s) {
    case StepState::Taken:
    case StepState::InProgress:
        return Theme::HighContrast::takenText();
    case StepState::Failing:
        return Theme::HighContrast::text();
    case StepState::NotReached:
        break;
    }
    return Theme::HighContrast::dimText();
}

} // namespace

PresenterScene::PresenterScene(QObject *parent)
    : FlowchartScene(parent)
{
    setDiagnosis(nullptr);
}

QFont PresenterScene::presenterLabelFont()
{
    // Pixel sizes against the fixed boxes (232 x 92): two lines of the label and one of
    // the detail fill a box. The view scales the whole chart to the screen.
    QFont f = QApplication::font();
    f.setPixelSize(23);
    f.setBold(true);
    return f;
}

QFont PresenterScene::presenterDetailFont()
{
    QFont f = QApplication::font();
    f.setPixelSize(16);
    return f;
}

QStringList PresenterScene::revealOrder(const ContainerDiagnosis &d)
{
    QStringList order;
    for (const QString &id : d.path)
        if (id != d.failingStep && !order.contains(id))
            order << id;
    if (!d.failingStep.isEmpty() && d.path.contains(d.failingStep))
        order << d.failingStep;
    return order;
}

void PresenterScene::setDiagnosis(const ContainerDiagnosis *d)
{
    m_diagnosis = d ? std::optional<ContainerDiagnosis>(*d) : std::nullopt;
    m_order = d ? revealOrder(*d) : QStringList();
    m_revealed = 0;
    m_cause = false;
    rebuild();
}

void PresenterScene::rebuild()
{
    m_full = FlowchartModel::build(m_diagnosis ? &*m_diagnosis : nullptr);
    // The bare tree carries the generic second lines: a step's own detail (the node, the
    // attempts) would give the story away before it is revealed.
    m_blank = FlowchartModel::build(nullptr);
    setModel(m_blank);
    retranslate();
    reveal(m_revealed, m_cause);
}

bool PresenterScene::isStepRevealed(const QString &stepId) const
{
    const int k = int(m_order.indexOf(stepId));
    if (k >= 0)
        return k < m_revealed;
    // The policy branch is no CONTRACT step: it lights up with the policy step.
    if (m_diagnosis && stepId == FlowchartModel::branchId(m_diagnosis->policy))
        return isStepRevealed(QString::fromLatin1(Step::Policy));
    return false;
}

void PresenterScene::reveal(int count, bool cause)
{
    m_revealed = qBound(0, count, int(m_order.size()));
    m_cause = cause;
    const QFont lf = presenterLabelFont();
    const QFont df = presenterDetailFont();
    for (const FlowNode &blank : m_blank.nodes()) {
        FlowNode n = blank;
        if (isStepRevealed(n.id)) {
            if (const FlowNode *full = m_full.node(n.id))
                n = *full;
            if (!m_cause)
                n.causeTitle.clear();
        }
        // The room reads the evidence line, not tooltips; and a tooltip would tell the cause.
        n.tooltip.clear();
        if (FlowNodeItem *item = nodeItem(n.id))
            item->apply(n, lf, df);
    }
    for (const FlowEdge &blank : m_blank.edges()) {
        FlowEdge e = blank;
        const FlowEdge *full = m_full.edge(e.from, e.to);
        e.taken = full && full->taken && isStepRevealed(e.from) && isStepRevealed(e.to);
        if (FlowEdgeItem *item = edgeItem(e.from, e.to))
            item->apply(e, df, Theme::HighContrast::background());
    }
    restyle();
}

// The items draw themselves in the window's palette; the presenter repaints them in its
// own after every apply() (apply() sets the window's colours again).
void PresenterScene::restyle()
{
    namespace HC = Theme::HighContrast;
    setBackgroundBrush(HC::background());
    for (FlowNodeItem *item : nodeItems()) {
        const StepState s = item->state();
        item->setBrush(fillOf(s));
        QPen pen(borderOf(s), s == StepState::Failing ? 5.0 : s == StepState::NotReached ? 2.0 : 3.0);
        pen.setJoinStyle(Qt::RoundJoin);
        item->setPen(pen);
        item->labelItem()->setDefaultTextColor(inkOf(s));
        item->detailItem()->setDefaultTextColor(inkOf(s));
        // Hovering would put back the window's pen.
        item->setAcceptHoverEvents(false);
    }
    for (const FlowEdge &e : m_blank.edges()) {
        FlowEdgeItem *item = edgeItem(e.from, e.to);
        if (!item)
            continue;
        const QColor colour = item->isTaken() ? HC::taken() : HC::notReached();
        QPen pen(colour, item->isTaken() ? 6.0 : 2.0);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::MiterJoin);
        item->setPen(pen);
        for (QGraphicsItem *child : item->childItems()) {
            if (auto *head = qgraphicsitem_cast<QGraphicsPolygonItem *>(child))
                head->setBrush(colour);
            else if (auto *back = qgraphicsitem_cast<QGraphicsRectItem *>(child))
                back->setBrush(HC::background());
            else if (auto *label = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(child))
                label->setBrush(item->isTaken() ? HC::taken() : HC::dimText());
        }
    }
    // The legend: swatches and texts carry LegendStateKey; their frame holds the heading.
    const QList<QGraphicsItem *> all = items();
    for (QGraphicsItem *i : all) {
        const QVariant key = i->data(LegendStateKey);
        if (!key.isValid())
            continue;
        const auto s = StepState(key.toInt());
        if (auto *swatch = qgraphicsitem_cast<QGraphicsPathItem *>(i)) {
            swatch->setBrush(fillOf(s));
            swatch->setPen(QPen(borderOf(s), 2));
        } else if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(i)) {
            text->setBrush(HC::text());
        }
        if (auto *frame = qgraphicsitem_cast<QGraphicsRectItem *>(i->parentItem())) {
            frame->setBrush(HC::background());
            frame->setPen(QPen(HC::notReached(), 2));
            for (QGraphicsItem *c : frame->childItems())
                if (auto *heading = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(c))
                    heading->setBrush(HC::text());
        }
    }
}

} // namespace PullScope

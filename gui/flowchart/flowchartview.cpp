#include "flowchartview.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "flowchartmodel.h"
#include "flowchartscene.h"
#include "languagemanager.h"

namespace PullScope {

namespace {
constexpr qreal ZoomStep = 1.25;
constexpr qreal MinZoom = 0.1;
constexpr qreal MaxZoom = 8.0;
} // namespace

FlowchartView::FlowchartView(QWidget *parent)
    : FlowchartView(nullptr, parent)
{
}

FlowchartView::FlowchartView(FlowchartScene *scene, QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(scene ? scene : new FlowchartScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(FlowchartScene::canvasColor());
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Decision tree"));
    // Cause titles come from the rule data in the rule language, which changes with
    // the UI language but is not covered by QEvent::LanguageChange's translators.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] { rebuild(); });
}

void FlowchartView::setDiagnosis(const ContainerDiagnosis *d)
{
    if (d)
        m_diagnosis = *d;
    else
        m_diagnosis.reset();
    rebuild();
}

void FlowchartView::rebuild()
{
    m_scene->setModel(FlowchartModel::build(m_diagnosis ? &*m_diagnosis : nullptr));
}

void FlowchartView::renderTo(QPainter &painter, const QRectF &target)
{
    m_scene->render(&painter, target, m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void FlowchartView::zoomBy(qreal factor)
{
    const qreal current = zoomFactor();
    const qreal next = std::clamp(current * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(next, current))
        return;
    scale(next / current, next / current);
    m_fitted = false;
    Q_EMIT zoomChanged(zoomFactor());
}

void FlowchartView::zoomIn()
{
    zoomBy(ZoomStep);
}

void FlowchartView::zoomOut()
{
    zoomBy(1 / ZoomStep);
}

void FlowchartView::fitToWindow()
{
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    m_fitted = true;
    Q_EMIT zoomChanged(zoomFactor());
}

void FlowchartView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomBy(std::pow(ZoomStep, delta / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void FlowchartView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            event->accept();
            return;
        case Qt::Key_Minus:
            zoomOut();
            event->accept();
            return;
        case Qt::Key_0:
            fitToWindow();
            event->accept();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void FlowchartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToWindow();
}

void FlowchartView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitted)
        fitToWindow();
}

void FlowchartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Decision tree"));
        m_scene->retranslate();
        rebuild();
    }
    QGraphicsView::changeEvent(event);
}

} // namespace PullScope

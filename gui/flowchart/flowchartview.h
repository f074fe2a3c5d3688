#pragma once

#include <QGraphicsView>

#include <optional>

#include "diagnosis.h"

class QPainter;

namespace PullScope {

class FlowchartScene;

// Shows a FlowchartScene: fitted to the window until the user zooms (Ctrl+wheel,
// Ctrl+= / Ctrl++, Ctrl+-, Ctrl+0 fits again). Keeps a copy of the selected container
// so that a language change can rebuild the texts.
class FlowchartView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit FlowchartView(QWidget *parent = nullptr);
    // Shows `scene` (not taken over: its parent, if any, owns it).
    explicit FlowchartView(FlowchartScene *scene, QWidget *parent = nullptr);

    FlowchartScene *flowScene() const { return m_scene; }
    // Null clears the selection (every step grey).
    void setDiagnosis(const ContainerDiagnosis *d);

    // The whole scene into `target` (the painter's device rectangle when empty).
    void renderTo(QPainter &painter, const QRectF &target = QRectF());

    qreal zoomFactor() const { return transform().m11(); }
    bool isFitted() const { return m_fitted; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void zoomBy(qreal factor);
    void rebuild();

    FlowchartScene *m_scene;
    std::optional<ContainerDiagnosis> m_diagnosis;
    bool m_fitted = true;
};

} // namespace PullScope

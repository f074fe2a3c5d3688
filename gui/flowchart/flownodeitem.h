#pragma once

#include <QFont>
#include <QGraphicsPathItem>

#include "flowchartmodel.h"

class QGraphicsTextItem;

namespace PullScope {

// One step box: a rounded rectangle centred on its position, with the step name and a
// second line (the cause title in bold on the failing step). The texts are real text
// items so that they stay crisp at every zoom and stay text in an SVG export.
class FlowNodeItem : public QGraphicsPathItem
{
public:
    // QGraphicsItem::data() key holding the step id (tests and the scene look items up by it).
    static constexpr int StepIdKey = 0;
    enum { Type = UserType + 1 };

    FlowNodeItem(const QString &id, const QSizeF &size, bool pill, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QString stepId() const;
    StepState state() const { return m_state; }
    QSizeF size() const { return m_size; }

    // Colours, texts and tooltip of `node`; geometry stays put.
    void apply(const FlowNode &node, const QFont &labelFont, const QFont &detailFont);

    QString labelText() const;
    QString detailText() const; // what the second line shows (cause title when failing)
    QGraphicsTextItem *labelItem() const { return m_label; }
    QGraphicsTextItem *detailItem() const { return m_detail; }

    // The drawing colours of a state (from gui/theme.h).
    static QColor fillColor(StepState s);
    static QColor borderColor(StepState s);
    static QColor textColor(StepState s);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void updatePen();
    void centreTexts();

    QSizeF m_size;
    StepState m_state = StepState::NotReached;
    bool m_hovered = false;
    QGraphicsTextItem *m_label;
    QGraphicsTextItem *m_detail;
    // What the texts were last laid out from: selecting another container mostly keeps
    // them, and a text item lays its document out again on every setFont/setPlainText.
    QString m_labelSource;
    QString m_detailSource;
    int m_detailRoom = 0;
};

} // namespace PullScope

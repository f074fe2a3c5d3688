#pragma once

#include <QFont>
#include <QStringList>

#include <optional>

#include "diagnosis.h"
#include "flowchartscene.h"

namespace PullScope {

// The decision tree for a room: the same boxes and arrows as the window's chart, in high
// contrast with larger type, and the path taken revealed one step at a time. A step not
// revealed yet looks exactly like a step not reached, so the chart gives nothing away;
// the failing step's cause title stays off it until the cause is revealed.
class PresenterScene : public FlowchartScene
{
    Q_OBJECT
public:
    explicit PresenterScene(QObject *parent = nullptr);

    // Keeps a copy; null shows the bare tree.
    void setDiagnosis(const ContainerDiagnosis *d);
    const std::optional<ContainerDiagnosis> &diagnosis() const { return m_diagnosis; }

    // The steps in the order they are revealed: the path, with the failing step moved to
    // the end (a room meets the symptom, ImagePullBackOff, before the failure that
    // explains it, and the failure is the last thing before the cause).
    QStringList revealOrder() const { return m_order; }
    static QStringList revealOrder(const ContainerDiagnosis &d);

    // The first `count` steps of revealOrder() shown in their states; the cause title on
    // the failing step when `cause`.
    void reveal(int count, bool cause);
    int revealedCount() const { return m_revealed; }
    bool isStepRevealed(const QString &stepId) const;

    // The full diagnosis' model (what every step will look like once revealed).
    const FlowchartModel &fullModel() const { return m_full; }

    // Rebuilds the texts in the current language (step names, details, cause title).
    void rebuild();

    static QFont presenterLabelFont();
    static QFont presenterDetailFont();

private:
    void restyle();

    std::optional<ContainerDiagnosis> m_diagnosis;
    FlowchartModel m_full;
    FlowchartModel m_blank;
    QStringList m_order;
    int m_revealed = 0;
    bool m_cause = false;
};

} // namespace PullScope

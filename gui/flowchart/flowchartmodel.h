#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPoint>
#include <QString>

#include "diagnosis.h"

namespace PullScope {

enum class StepState { NotReached, Taken, Failing, InProgress };

// One box of the decision tree. `id` is a CONTRACT.md step id, or one of the
// FlowchartModel::branchId() ids for the three decorative policy branches.
struct FlowNode
{
    QString id;
    QString label; // translated step name
    QString detail; // short second line: event names, policy, retry info
    QPoint grid; // column, row
    StepState state = StepState::NotReached;
    QString tooltip; // plain text: what the step means for this container, and its evidence
    QList<int> events; // indexes into ContainerDiagnosis::events that evidence the step
    QString causeTitle; // failing node only, in LanguageManager::ruleLanguage()
    bool branch = false; // a policy branch, not a CONTRACT step
};

struct FlowEdge
{
    QString from;
    QString to;
    QString label;
    bool taken = false;
};

// What the flowchart shows for one container, independent of any drawing: the scene
// is drawn from it, and tests check it without pixels. Texts are translated when the
// model is built, so rebuilding after a language change is all a retranslation needs.
class FlowchartModel
{
    Q_DECLARE_TR_FUNCTIONS(FlowchartModel)
public:
    // `d` null: nothing selected, every step NotReached.
    static FlowchartModel build(const ContainerDiagnosis *d);

    static QString branchId(const QString &policy); // "Always" -> "policy-always"
    // The step an event is evidence for (empty when none), from its reason and message.
    static QString stepOfEvent(const Event &e);

    const QList<FlowNode> &nodes() const { return m_nodes; }
    const QList<FlowEdge> &edges() const { return m_edges; }
    const FlowNode *node(const QString &id) const;
    const FlowEdge *edge(const QString &from, const QString &to) const;
    // Container and image, for the scene's heading; empty when nothing is selected.
    QString title() const { return m_title; }
    int columns() const;
    int rows() const;

private:
    void layout();
    FlowNode &nodeRef(const QString &id);
    void applyDiagnosis(const ContainerDiagnosis &d);
    void applyEvidence(const ContainerDiagnosis &d);
    void applyTooltips(const ContainerDiagnosis *d);

    QList<FlowNode> m_nodes;
    QList<FlowEdge> m_edges;
    QString m_title;
};

} // namespace PullScope

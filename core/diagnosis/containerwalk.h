#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

#include "diagnosis.h"
#include "diagnosisengine.h"
#include "eventattribution.h"
#include "rulebook.h"

namespace PullScope {

// The decision tree walk for one container: which steps the evidence shows were
// reached, which one failed, and why.
class ContainerWalk
{
    Q_DECLARE_TR_FUNCTIONS(ContainerWalk)
public:
    ContainerWalk(const ClusterSnapshot &snapshot, const DiagnosisOptions &options, const RuleBook &rules)
        : m_snapshot(snapshot)
        , m_options(options)
        , m_rules(rules)
    {
    }

    ContainerDiagnosis walk(const PodEvidence &pe, int containerIndex) const;

private:
    const QSet<QString> &nodeImageNames(const Node &node) const;
    std::optional<RuleBook::Match> classify(const QString &message) const;
    ImageReference parsedImage(const QString &image) const;

    const ClusterSnapshot &m_snapshot;
    const DiagnosisOptions &m_options;
    const RuleBook &m_rules;
    mutable QHash<QString, QSet<QString>> m_nodeImages;
    // The rules' verdict per message: replicas of a workload fail with the same text,
    // and classifying one tries every rule's expressions in turn.
    mutable QHash<QString, std::optional<RuleBook::Match>> m_classified;
    // Parsed image names: a workload's replicas share theirs, and a parse is thousands
    // of instructions (a tenth of a walk).
    mutable QHash<QString, ImageReference> m_images;
};

} // namespace PullScope

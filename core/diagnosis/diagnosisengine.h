#pragma once

#include <QCoreApplication>
#include <QDateTime>

#include "clustersnapshot.h"
#include "diagnosis.h"

namespace PullScope {

class RuleBook;

struct DiagnosisOptions
{
    QDateTime now; // invalid: DiagnosisEngine::defaultNow()
    int stallMinutes = 10; // a Pulling with no result for longer is a stall
    QString lang = QStringLiteral("en");
    const RuleBook *rules = nullptr; // null: RuleBook::builtin()
};

// Walks the kubelet's image-pull decision tree (CONTRACT.md steps) for every
// container from whatever evidence the snapshot holds: spec, status, events, nodes,
// secrets.
class DiagnosisEngine
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisEngine)
public:
    // The newest absolute timestamp in the input, else the current time.
    static QDateTime defaultNow(const ClusterSnapshot &snapshot);
    // Turns the relative ages of describe text and tables into timestamps.
    static void resolveRelativeAges(ClusterSnapshot &snapshot, const QDateTime &now);

    static DiagnosisReport diagnose(const ClusterSnapshot &snapshot, const DiagnosisOptions &options);
};

} // namespace PullScope

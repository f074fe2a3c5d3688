#pragma once

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

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
    // When the input says it was taken (a scenario's `now`), else the newest absolute
    // timestamp in it, else the current time.
    static QDateTime defaultNow(const ClusterSnapshot &snapshot);
    // Turns the relative ages of describe text and tables into timestamps.
    static void resolveRelativeAges(ClusterSnapshot &snapshot, const QDateTime &now);

    static DiagnosisReport diagnose(const ClusterSnapshot &snapshot, const DiagnosisOptions &options);

    // diagnose() for reports too large to hold at once (the CLI's JSON of a 200k-pod
    // dump): the pods are diagnosed in batches on `threads` threads, each batch's
    // containers handed to `work` on the thread that made them, then `done` called
    // with the batch number in report order on the calling thread. At most a few
    // batches are in flight, so memory stays that of a few batches. `work` runs
    // concurrently with itself. Returns the report without its containers.
    using BatchWork = std::function<void(int batch, QList<ContainerDiagnosis> &&containers)>;
    using BatchDone = std::function<void(int batch)>;
    // `begin` gets the report (without containers) and the number of batches first.
    using StreamBegin = std::function<void(const DiagnosisReport &head, int batches)>;
    static void diagnoseStream(const ClusterSnapshot &snapshot, const DiagnosisOptions &options,
        const StreamBegin &begin, const BatchWork &work, const BatchDone &done, int threads);
};

} // namespace PullScope

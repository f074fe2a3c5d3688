#include "diagnosisengine.h"

#include "containerwalk.h"
#include "eventattribution.h"
#include "messagefacts.h"
#include "rulebook.h"

namespace PullScope {

QDateTime DiagnosisEngine::defaultNow(const ClusterSnapshot &snapshot)
{
    QDateTime newest = snapshot.newestTimestamp();
    for (const Pod &p : snapshot.pods) {
        if (p.creationTimestamp.isValid() && (!newest.isValid() || p.creationTimestamp > newest))
            newest = p.creationTimestamp;
        for (const Container &c : p.containers)
            if (c.status.startedAt.isValid() && (!newest.isValid() || c.status.startedAt > newest))
                newest = c.status.startedAt;
    }
    return newest.isValid() ? newest : QDateTime::currentDateTimeUtc();
}

void DiagnosisEngine::resolveRelativeAges(ClusterSnapshot &snapshot, const QDateTime &now)
{
    for (Event &e : snapshot.events) {
        if (e.age.isEmpty())
            continue;
        const qint64 last = MessageFacts::humanAgeSeconds(e.age);
        const qint64 first = e.firstAge.isEmpty() ? last : MessageFacts::humanAgeSeconds(e.firstAge);
        if (!e.lastTimestamp.isValid() && last >= 0)
            e.lastTimestamp = now.addSecs(-last);
        if (!e.firstTimestamp.isValid() && first >= 0)
            e.firstTimestamp = now.addSecs(-first);
    }
}

DiagnosisReport DiagnosisEngine::diagnose(const ClusterSnapshot &snapshot, const DiagnosisOptions &options)
{
    DiagnosisOptions opts = options;
    if (!opts.now.isValid())
        opts.now = defaultNow(snapshot);
    const RuleBook &rules = opts.rules ? *opts.rules : RuleBook::builtin();

    DiagnosisReport report;
    report.version = QStringLiteral(PULLSCOPE_VERSION);
    report.now = opts.now;
    report.inputs = snapshot.inputs;
    report.warnings = snapshot.warnings;

    const QList<PodEvidence> pods = attributeEvents(snapshot);
    report.pods = int(pods.size());
    ContainerWalk walker(snapshot, opts, rules);
    for (const PodEvidence &pe : pods)
        for (int i = 0; i < pe.pod.containers.size(); ++i)
            report.containers.append(walker.walk(pe, i));
    return report;
}

} // namespace PullScope

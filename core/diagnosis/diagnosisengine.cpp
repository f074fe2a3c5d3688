#include "diagnosisengine.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "containerwalk.h"
#include "eventattribution.h"
#include "messagefacts.h"
#include "rulebook.h"

namespace PullScope {

QDateTime DiagnosisEngine::defaultNow(const ClusterSnapshot &snapshot)
{
    if (snapshot.takenAt.isValid())
        return snapshot.takenAt;
    const QDateTime newestEvent = snapshot.newestTimestamp();
    NewestTime newest;
    newest.offer(newestEvent);
    for (const Pod &p : snapshot.pods) {
        newest.offer(p.creationTimestamp);
        for (const Container &c : p.containers)
            newest.offer(c.status.startedAt);
    }
    const QDateTime found = newest.value();
    return found.isValid() ? found : QDateTime::currentDateTimeUtc();
}

void DiagnosisEngine::resolveRelativeAges(ClusterSnapshot &snapshot, const QDateTime &now)
{
    for (Event &e : snapshot.events) {
        if (e.age().isEmpty())
            continue;
        const qint64 last = MessageFacts::humanAgeSeconds(e.age());
        const qint64 first = e.firstAge().isEmpty() ? last : MessageFacts::humanAgeSeconds(e.firstAge());
        if (!e.lastTimestamp.isValid() && last >= 0)
            e.lastTimestamp = now.addSecs(-last);
        if (!e.firstTimestamp.isValid() && first >= 0)
            e.firstTimestamp = now.addSecs(-first);
    }
}

namespace {
DiagnosisReport reportHead(const ClusterSnapshot &snapshot, const DiagnosisOptions &opts)
{
    DiagnosisReport report;
    report.version = QStringLiteral(PULLSCOPE_VERSION);
    report.now = opts.now;
    report.inputs = snapshot.inputs;
    report.warnings = snapshot.warnings;
    return report;
}
} // namespace

DiagnosisReport DiagnosisEngine::diagnose(const ClusterSnapshot &snapshot, const DiagnosisOptions &options)
{
    DiagnosisOptions opts = options;
    if (!opts.now.isValid())
        opts.now = defaultNow(snapshot);
    const RuleBook &rules = opts.rules ? *opts.rules : RuleBook::builtin();

    DiagnosisReport report = reportHead(snapshot, opts);

    const QList<PodEvidence> pods = attributeEvents(snapshot);
    report.pods = int(pods.size());
    ContainerWalk walker(snapshot, opts, rules);
    for (const PodEvidence &pe : pods)
        for (int i = 0; i < pe.pod.containers.size(); ++i)
            report.containers.append(walker.walk(pe, i));
    return report;
}

void DiagnosisEngine::diagnoseStream(const ClusterSnapshot &snapshot, const DiagnosisOptions &options,
    const StreamBegin &begin, const BatchWork &work, const BatchDone &done, int threads)
{
    DiagnosisOptions opts = options;
    if (!opts.now.isValid())
        opts.now = defaultNow(snapshot);
    const RuleBook &rules = opts.rules ? *opts.rules : RuleBook::builtin();
    const PodEventGroups groups(snapshot);
    DiagnosisReport head = reportHead(snapshot, opts);
    head.pods = groups.size();
    // Big enough that handing a batch over costs nothing next to it, small enough that
    // those in flight (evidence, diagnoses and rendered JSON) are a few MB: with 256
    // pods a batch, and 4 per thread ahead, they were 8 MB of a 100 MB dump's peak.
    constexpr int BatchPods = 64;
    const int batches = (groups.size() + BatchPods - 1) / BatchPods;
    begin(head, batches);
    if (batches == 0)
        return;

    auto runBatch = [&](ContainerWalk &walker, int b) {
        QList<ContainerDiagnosis> out;
        const int end = std::min(groups.size(), (b + 1) * BatchPods);
        for (int p = b * BatchPods; p < end; ++p) {
            const PodEvidence pe = groups.evidence(p);
            for (int i = 0; i < pe.pod.containers.size(); ++i)
                out.append(walker.walk(pe, i));
        }
        work(b, std::move(out));
    };
    threads = std::clamp(threads, 1, 16);
    if (threads == 1 || batches == 1) {
        ContainerWalk walker(snapshot, opts, rules);
        for (int b = 0; b < batches; ++b) {
            runBatch(walker, b);
            done(b);
        }
        return;
    }

    // Workers take batches in order; the calling thread hands finished ones to `done`
    // in order. A worker waits when it is more than `window` batches ahead of `done`.
    const int window = 2 * threads;
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0; // next batch to take
    int delivered = 0; // batches passed to done()
    std::vector<char> finished(size_t(batches), 0);
    // The first exception of a worker (memory running out, mostly): the others stop
    // taking batches, and it is thrown again here once they are joined. Escaping the
    // thread, it would have ended the process.
    std::exception_ptr failure;
    auto keepFailure = [&] {
        {
            const std::lock_guard<std::mutex> lock(mutex);
            if (!failure)
                failure = std::current_exception();
        }
        changed.notify_all();
    };
    auto worker = [&]() {
        try {
            ContainerWalk walker(snapshot, opts, rules); // its node image cache is per thread
            for (;;) {
                int b;
                {
                    std::unique_lock<std::mutex> lock(mutex);
                    changed.wait(lock, [&] { return failure || next >= batches || next < delivered + window; });
                    if (failure || next >= batches)
                        return;
                    b = next++;
                }
                runBatch(walker, b);
                {
                    const std::lock_guard<std::mutex> lock(mutex);
                    finished[size_t(b)] = 1;
                }
                changed.notify_all();
            }
        } catch (...) {
            keepFailure();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    // This thread's own failures (a thread not started, `done` out of memory) stop the
    // workers the same way: no thread may be left unjoined.
    try {
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(worker);
        for (int b = 0; b < batches; ++b) {
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return failure || finished[size_t(b)] != 0; });
                if (failure)
                    break;
            }
            done(b);
            {
                const std::lock_guard<std::mutex> lock(mutex);
                delivered = b + 1;
            }
            changed.notify_all();
        }
    } catch (...) {
        keepFailure();
    }
    for (std::thread &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace PullScope

#include "containerwalk.h"

#include <cmath>

#include "messagefacts.h"
#include "pullpolicy.h"
#include "pullsecretcheck.h"
#include "rulebook.h"

namespace PullScope {

namespace {

enum class Kind {
    Pulling,
    PulledFresh,
    AlreadyPresent,
    PullFailed,
    PullErrorName,
    BackOffPull,
    NeverPull,
    InspectFailed,
    InvalidName,
    SecretMissing,
    Created,
    Started,
    BackOffRestart,
    StartFailure,
    Other
};

Kind kindOf(const Event &e)
{
    const QString &r = e.reason;
    const QString m = MessageFacts::withoutAggregationPrefix(e.message);
    if (r == QLatin1String("Pulling"))
        return Kind::Pulling;
    if (r == QLatin1String("AlreadyPresent"))
        return Kind::AlreadyPresent;
    if (r == QLatin1String("Pulled"))
        return m.contains(QLatin1String("already present on machine")) ? Kind::AlreadyPresent : Kind::PulledFresh;
    if (r == QLatin1String("ErrImageNeverPull"))
        return Kind::NeverPull;
    if (r == QLatin1String("InspectFailed") || r == QLatin1String("InvalidImageName"))
        return m.contains(QLatin1String("Failed to apply default image tag")) || r == QLatin1String("InvalidImageName")
            ? Kind::InvalidName
            : Kind::InspectFailed;
    if (r == QLatin1String("FailedToRetrieveImagePullSecret"))
        return Kind::SecretMissing;
    if (r == QLatin1String("Created"))
        return Kind::Created;
    if (r == QLatin1String("Started"))
        return Kind::Started;
    if (r == QLatin1String("BackOff")) {
        if (m.startsWith(QLatin1String("Back-off pulling image")))
            return Kind::BackOffPull;
        if (m.startsWith(QLatin1String("Back-off restarting")))
            return Kind::BackOffRestart;
        return Kind::Other;
    }
    if (r == QLatin1String("Failed")) {
        if (m.startsWith(QLatin1String("Error: "))) {
            const QString name = m.mid(7).trimmed();
            static const QStringList pullNames = {QStringLiteral("ErrImagePull"), QStringLiteral("ImagePullBackOff"),
                QStringLiteral("RegistryUnavailable"), QStringLiteral("SignatureValidationFailed")};
            if (pullNames.contains(name))
                return Kind::PullErrorName;
            if (name == QLatin1String("ErrImageNeverPull"))
                return Kind::NeverPull;
            if (name == QLatin1String("InvalidImageName"))
                return Kind::InvalidName;
            if (name == QLatin1String("ImageInspectError") || name == QLatin1String("InspectFailed"))
                return Kind::InspectFailed;
            return Kind::StartFailure;
        }
        if (m.startsWith(QLatin1String("Failed to pull image"))
            || m.contains(QLatin1String("failed to pull and unpack")) || m.contains(QLatin1String("rpc error:")))
            return Kind::PullFailed;
        return Kind::StartFailure;
    }
    return Kind::Other;
}

QDateTime when(const Event &e)
{
    return e.lastTimestamp.isValid() ? e.lastTimestamp : e.firstTimestamp;
}

bool isPullWaiting(const QString &reason)
{
    return reason == QLatin1String("ErrImagePull") || reason == QLatin1String("ImagePullBackOff")
        || reason == QLatin1String("RegistryUnavailable") || reason == QLatin1String("SignatureValidationFailed");
}

// Waiting reasons the kubelet sets only after the image is on the node.
bool isStartFailureWaiting(const QString &reason)
{
    static const QStringList reasons = {QStringLiteral("CrashLoopBackOff"),
        QStringLiteral("CreateContainerConfigError"), QStringLiteral("CreateContainerError"),
        QStringLiteral("RunContainerError"), QStringLiteral("PreStartHookError"), QStringLiteral("PostStartHookError"),
        QStringLiteral("ContainerCannotRun"), QStringLiteral("StartError")};
    return reasons.contains(reason);
}

bool authLike(const QString &cause)
{
    return cause == QLatin1String("unauthorized") || cause == QLatin1String("access-denied")
        || cause == QLatin1String("forbidden") || cause == QLatin1String("image-not-found");
}

struct Indexed
{
    int index = -1;
    QDateTime time;
    bool found() const { return index >= 0; }
};

} // namespace

const QSet<QString> &ContainerWalk::nodeImageNames(const Node &node) const
{
    auto it = m_nodeImages.find(node.name);
    if (it != m_nodeImages.end())
        return *it;
    // Normalised once per node: names and name@digest of every image it lists.
    QSet<QString> names;
    for (const NodeImage &img : node.images)
        for (const QString &n : img.names) {
            const ImageReference ref = ImageReference::parse(n);
            if (!ref.isValid())
                continue;
            names.insert(ref.normalized());
            if (!ref.digest.isEmpty())
                names.insert(ref.name() + QLatin1Char('@') + ref.digest);
        }
    return *m_nodeImages.insert(node.name, names);
}

std::optional<RuleBook::Match> ContainerWalk::classify(const QString &message) const
{
    const auto known = m_classified.constFind(message);
    if (known != m_classified.constEnd())
        return *known;
    // Bounded: a dump where every message differs gains nothing from keeping them.
    if (m_classified.size() >= 4096)
        m_classified.clear();
    const std::optional<RuleBook::Match> match = m_rules.classify(message);
    m_classified.insert(message, match);
    return match;
}

ImageReference ContainerWalk::parsedImage(const QString &image) const
{
    const auto known = m_images.constFind(image);
    if (known != m_images.constEnd())
        return *known;
    if (m_images.size() >= 4096) // bounded, as m_classified
        m_images.clear();
    return *m_images.insert(image, ImageReference::parse(image));
}

ContainerDiagnosis ContainerWalk::walk(const PodEvidence &pe, int ci) const
{
    const Pod &pod = pe.pod;
    const Container &c = pod.containers[ci];
    const QList<Event> &events = pe.containerEvents[ci];
    const ContainerStatus &st = c.status;

    ContainerDiagnosis d;
    d.namespace_ = pod.namespace_;
    d.pod = pod.name;
    d.container = c.name;
    d.containerType = c.type;
    d.owner = pod.owner;
    d.node = pod.node;
    d.serviceAccount = pod.serviceAccount;
    d.image = c.image;
    d.imageRef = parsedImage(c.image);
    d.events = events;
    d.waitingReason = st.waitingReason;
    d.waitingMessage = st.waitingMessage;

    if (const Node *node = m_snapshot.findNode(pod.node)) {
        d.nodeArchitecture = node->architecture;
        d.nodeRuntimeVersion = node->containerRuntimeVersion;
        d.nodeKubeletVersion = node->kubeletVersion;
        if (!node->images.isEmpty() && d.imageRef.isValid()) {
            const QSet<QString> &names = nodeImageNames(*node);
            d.imageOnNode = names.contains(d.imageRef.normalized())
                || (!d.imageRef.digest.isEmpty()
                    && names.contains(d.imageRef.name() + QLatin1Char('@') + d.imageRef.digest));
        }
    }

    const PullPolicyDecision policy = decidePullPolicy(c.image, c.imagePullPolicy, c.hasSpec);
    d.policy = policy.policy;
    d.policySource = policy.source;

    // Latest event of each kind, and counts.
    QHash<int, Indexed> last;
    int pullingCount = 0, failedCount = 0;
    bool anyFailure = false;
    for (int i = 0; i < events.size(); ++i) {
        const Kind k = kindOf(events[i]);
        last[int(k)] = Indexed {i, when(events[i])};
        if (k == Kind::Pulling)
            pullingCount += std::max(1, events[i].count);
        if (k == Kind::PullFailed)
            failedCount += std::max(1, events[i].count);
        if (k == Kind::PullFailed || k == Kind::BackOffPull || k == Kind::PullErrorName)
            anyFailure = true;
    }
    auto has = [&](Kind k) { return last.contains(int(k)); };
    auto at = [&](Kind k) { return last.value(int(k)); };
    auto laterThan = [](const Indexed &a, const Indexed &b) {
        // With equal or unknown times the later position in the sorted list wins.
        return a.found() && (!b.found() || a.index > b.index);
    };

    auto setCause
        = [&](const QString &id, const QString &source, int eventIndex, const QString &message, int start, int end) {
              d.hasCause = true;
              d.cause = m_rules.describe(id, m_options.lang);
              d.cause.id = id;
              d.cause.evidence.source = source;
              d.cause.evidence.event = eventIndex;
              d.cause.evidence.message = message;
              d.cause.evidence.matchStart = start;
              d.cause.evidence.matchEnd = end;
          };
    auto spanOf = [](const QString &message, const QString &needle, int &s, int &e) {
        s = message.indexOf(needle);
        e = s < 0 ? -1 : s + int(needle.size());
        if (s < 0)
            s = -1;
    };
    auto causeFromEvent = [&](const QString &id, int index, const QString &needle) {
        int s, e;
        spanOf(events[index].message, needle, s, e);
        setCause(id, QStringLiteral("event"), index, events[index].message, s, e);
    };
    auto causeFromStatus = [&](const QString &id, const QString &needle) {
        const QString msg = st.waitingMessage.isEmpty() ? st.waitingReason : st.waitingMessage;
        int s, e;
        spanOf(msg, needle, s, e);
        setCause(id, QStringLiteral("status"), -1, msg, s, e);
    };

    d.path << QString::fromLatin1(Step::ImageName);

    // 1. The name itself.
    const bool invalidEvidence = has(Kind::InvalidName) || st.waitingReason == QLatin1String("InvalidImageName");
    if (invalidEvidence || (!c.image.isEmpty() && !d.imageRef.isValid() && !c.imageFromMessages)) {
        d.failingStep = QString::fromLatin1(Step::ImageName);
        d.state = QStringLiteral("failing");
        const auto match = has(Kind::InvalidName) ? classify(events[at(Kind::InvalidName).index].message)
                                                  : classify(st.waitingMessage);
        if (has(Kind::InvalidName) && match)
            setCause(QStringLiteral("invalid-image-name"), QStringLiteral("event"), at(Kind::InvalidName).index,
                events[at(Kind::InvalidName).index].message, match->start, match->end);
        else if (match && !st.waitingMessage.isEmpty())
            setCause(QStringLiteral("invalid-image-name"), QStringLiteral("status"), -1, st.waitingMessage,
                match->start, match->end);
        else if (st.waitingReason == QLatin1String("InvalidImageName"))
            causeFromStatus(QStringLiteral("invalid-image-name"), st.waitingReason);
        else
            setCause(QStringLiteral("invalid-image-name"), QStringLiteral("spec"), -1,
                tr("image \"%1\": %2").arg(c.image, d.imageRef.errorText()), -1, -1);
        d.cause.detail = d.imageRef.isValid() ? QString() : d.imageRef.errorText();
        return d;
    }

    d.path << QString::fromLatin1(Step::Policy);

    const bool statusFailing = st.present && isPullWaiting(st.waitingReason);
    const bool startFailingStatus = st.present
        && (isStartFailureWaiting(st.waitingReason) || (st.terminated && st.exitCode != 0 && st.restartCount > 0));
    const bool startedStatus = st.present && (st.running || (st.terminated && st.exitCode == 0));
    // ContainerCreating and PodInitializing say nothing about the image yet.
    const bool neutralWaiting = st.waitingReason == QLatin1String("ContainerCreating")
        || st.waitingReason == QLatin1String("PodInitializing");
    const bool anyEvidence = !events.isEmpty() || (st.present && !st.waitingReason.isEmpty() && !neutralWaiting)
        || startedStatus || st.terminated;
    if (!anyEvidence) {
        d.state = QStringLiteral("unknown");
        return d;
    }
    d.path << QString::fromLatin1(Step::LocalCheck);

    // A dead end of the tree reached before any pull: the step fails with its own cause.
    // The evidence is the event of that reason (its telling phrase), else the "Error:
    // <name>" event, else the waiting message.
    auto deadEnd = [&](const char *step, const QString &reason, Kind kind, const QString &phrase) {
        d.path << QString::fromLatin1(step);
        d.failingStep = QString::fromLatin1(step);
        d.state = QStringLiteral("failing");
        int own = -1;
        for (int i = 0; i < events.size(); ++i)
            if (events[i].reason == reason)
                own = i;
        const QString id = QString::fromLatin1(step);
        if (own >= 0)
            causeFromEvent(id, own, phrase);
        else if (has(kind))
            causeFromEvent(
                id, at(kind).index, MessageFacts::withoutAggregationPrefix(events[at(kind).index].message).mid(7));
        else
            causeFromStatus(id, phrase);
    };

    // 2. Policy Never with the image absent.
    if (has(Kind::NeverPull) || st.waitingReason == QLatin1String("ErrImageNeverPull")) {
        deadEnd(Step::NeverPullMissing, QStringLiteral("ErrImageNeverPull"), Kind::NeverPull,
            QStringLiteral("is not present with pull policy of Never"));
        return d;
    }

    // 3. The local image could not be inspected.
    if ((has(Kind::InspectFailed) && !laterThan(at(Kind::Started), at(Kind::InspectFailed)))
        || st.waitingReason == QLatin1String("ImageInspectError")) {
        deadEnd(Step::InspectFailed, QStringLiteral("InspectFailed"), Kind::InspectFailed,
            QStringLiteral("Failed to inspect image"));
        return d;
    }

    const PullSecretFacts secrets = checkPullSecrets(pod, events, d.imageRef, m_snapshot);
    d.pullSecrets = secrets.named;
    d.missingPullSecrets = secrets.missing;
    const bool secretStep = !secrets.named.isEmpty() || secrets.missingEvent >= 0;

    d.pullAttempts = std::max({pullingCount, failedCount, statusFailing ? 1 : 0});
    if (has(Kind::PulledFresh)) {
        const QString &m = events[at(Kind::PulledFresh).index].message;
        d.pullDurationSeconds = MessageFacts::pulledSeconds(m);
        d.imageSizeBytes = MessageFacts::pulledImageSize(m);
    }

    // The latest success and failure decide where the container stands now.
    Indexed lastSuccess;
    for (Kind k : {Kind::PulledFresh, Kind::AlreadyPresent, Kind::Created, Kind::Started, Kind::BackOffRestart,
             Kind::StartFailure})
        if (laterThan(at(k), lastSuccess))
            lastSuccess = at(k);
    Indexed lastFailure;
    for (Kind k : {Kind::PullFailed, Kind::BackOffPull, Kind::PullErrorName})
        if (laterThan(at(k), lastFailure))
            lastFailure = at(k);
    bool failingNow;
    if (st.present && (statusFailing || startedStatus || startFailingStatus))
        failingNow = statusFailing;
    else
        failingNow = lastFailure.found() && laterThan(lastFailure, lastSuccess);

    if (failingNow) {
        if (secretStep)
            d.path << QString::fromLatin1(Step::PullSecret);
        d.path << QString::fromLatin1(Step::Pulling) << QString::fromLatin1(Step::PullFailed);
        if (has(Kind::BackOffPull) || st.waitingReason == QLatin1String("ImagePullBackOff"))
            d.path << QString::fromLatin1(Step::Backoff);
        d.failingStep = QString::fromLatin1(Step::PullFailed);
        d.state = QStringLiteral("failing");

        // The runtime's error: the newest Failed event, then the waiting message
        // (which on 1.32+ carries the previous error after the back-off text).
        bool classified = false;
        for (int i = int(events.size()) - 1; i >= 0 && !classified; --i) {
            if (kindOf(events[i]) != Kind::PullFailed)
                continue;
            if (const auto m = classify(events[i].message)) {
                setCause(m->id, QStringLiteral("event"), i, events[i].message, m->start, m->end);
                classified = true;
            }
        }
        if (!classified && !st.waitingMessage.isEmpty()) {
            if (const auto m = classify(st.waitingMessage)) {
                setCause(m->id, QStringLiteral("status"), -1, st.waitingMessage, m->start, m->end);
                classified = true;
            }
        }
        if (!classified) {
            // Something failed that no rule knows: show the raw text. Only back-off
            // left means the event with the reason has expired.
            int rawFailed = -1;
            for (int i = int(events.size()) - 1; i >= 0 && rawFailed < 0; --i)
                if (kindOf(events[i]) == Kind::PullFailed)
                    rawFailed = i;
            const QString backoffText = QStringLiteral("Back-off pulling image");
            const bool statusOnlyBackoff = st.waitingMessage.isEmpty()
                || (st.waitingMessage.startsWith(backoffText)
                    && st.waitingMessage.indexOf(QLatin1String("\": "), backoffText.size()) < 0);
            if (rawFailed >= 0) {
                setCause(
                    QStringLiteral("unknown"), QStringLiteral("event"), rawFailed, events[rawFailed].message, -1, -1);
            } else if (!statusOnlyBackoff) {
                setCause(QStringLiteral("unknown"), QStringLiteral("status"), -1, st.waitingMessage, -1, -1);
            } else if (has(Kind::BackOffPull)) {
                causeFromEvent(QStringLiteral("root-cause-expired"), at(Kind::BackOffPull).index, backoffText);
            } else if (!st.waitingMessage.isEmpty()) {
                causeFromStatus(QStringLiteral("root-cause-expired"), backoffText);
            } else if (has(Kind::PullErrorName)) {
                causeFromEvent(
                    QStringLiteral("root-cause-expired"), at(Kind::PullErrorName).index, QStringLiteral("Error: "));
            } else {
                causeFromStatus(QStringLiteral("root-cause-expired"), st.waitingReason);
            }
        }
        // A missing or mismatched pull secret explains the auth-like failure that follows.
        if (d.hasCause && authLike(d.cause.id)) {
            const QString runtimeError = d.cause.evidence.message;
            if (!secrets.missing.isEmpty()) {
                if (secrets.missingEvent >= 0)
                    causeFromEvent(QStringLiteral("pull-secret-missing"), secrets.missingEvent,
                        secrets.missing.join(QStringLiteral(", ")));
                else
                    setCause(QStringLiteral("pull-secret-missing"), QStringLiteral("spec"), -1,
                        tr("imagePullSecrets names %1, which the input's Secrets do not hold")
                            .arg(secrets.missing.join(QStringLiteral(", "))),
                        -1, -1);
                d.cause.detail = runtimeError;
            } else if (secrets.mismatch) {
                setCause(QStringLiteral("pull-secret-mismatch"), QStringLiteral("secret"), -1,
                    tr("pull secrets %1 hold credentials for %2, not for %3")
                        .arg(secrets.named.join(QStringLiteral(", ")),
                            secrets.secretHosts.isEmpty() ? tr("no registry")
                                                          : secrets.secretHosts.join(QStringLiteral(", ")),
                            d.imageRef.registry),
                    -1, -1);
                d.cause.detail = runtimeError;
            }
        }
        // Back-off: 10 s doubling to the 300 s cap (upstream-facts 1.5).
        const int failures = std::max(1, d.pullAttempts);
        d.backoffSeconds = int(std::min(300.0, 10.0 * std::pow(2.0, std::min(failures - 1, 10))));
        if (lastFailure.time.isValid())
            d.nextRetryEstimate = lastFailure.time.addSecs(d.backoffSeconds);
        return d;
    }

    // A pull started and nothing came of it (yet).
    const Indexed pulling = at(Kind::Pulling);
    if (pulling.found() && !laterThan(lastSuccess, pulling) && !startedStatus && !startFailingStatus) {
        if (secretStep)
            d.path << QString::fromLatin1(Step::PullSecret);
        d.path << QString::fromLatin1(Step::Pulling);
        const QDateTime now = m_options.now;
        const QDateTime started = events[pulling.index].lastTimestamp.isValid() ? events[pulling.index].lastTimestamp
                                                                                : events[pulling.index].firstTimestamp;
        if (started.isValid() && now.isValid() && started.secsTo(now) > qint64(m_options.stallMinutes) * 60) {
            d.failingStep = QString::fromLatin1(Step::Pulling);
            d.state = QStringLiteral("failing");
            causeFromEvent(QStringLiteral("pull-stalled"), pulling.index, QStringLiteral("Pulling image"));
            d.cause.detail = tr("pulling for %1 minutes with no result").arg(started.secsTo(now) / 60);
        } else {
            d.state = QStringLiteral("pulling");
        }
        return d;
    }

    // The image is on the node: cached or pulled.
    const bool imageReady = lastSuccess.found() || startedStatus || startFailingStatus || !st.imageID.isEmpty();
    if (!imageReady) {
        d.state = QStringLiteral("unknown");
        return d;
    }
    if (has(Kind::AlreadyPresent) && !laterThan(at(Kind::PulledFresh), at(Kind::AlreadyPresent))) {
        d.path << QString::fromLatin1(Step::AlreadyPresent);
    } else if (has(Kind::PulledFresh) || pulling.found()) {
        if (secretStep)
            d.path << QString::fromLatin1(Step::PullSecret);
        d.path << QString::fromLatin1(Step::Pulling) << QString::fromLatin1(Step::Pulled);
    }
    d.path << QString::fromLatin1(Step::Start);
    if (!secrets.missing.isEmpty())
        d.warnings << tr("pull secret %1 is missing; the image was pulled without it")
                          .arg(secrets.missing.join(QStringLiteral(", ")));

    // 4. The image is fine but the container is not.
    const Indexed restart = at(Kind::BackOffRestart);
    const Indexed startFail = at(Kind::StartFailure);
    const bool startFailingEvents = (restart.found() || startFail.found())
        && !laterThan(at(Kind::Started), restart.found() && laterThan(restart, startFail) ? restart : startFail);
    if (startFailingStatus || (!st.present && startFailingEvents)
        || (st.present && !startedStatus && startFailingEvents)) {
        d.failingStep = QString::fromLatin1(Step::Start);
        d.state = QStringLiteral("failing");
        const QString reason = !st.waitingReason.isEmpty() ? st.waitingReason
            : st.terminated                                ? st.terminatedReason
                                                           : QString();
        if (startFail.found() && (!restart.found() || laterThan(startFail, restart)))
            causeFromEvent(QStringLiteral("not-a-pull-problem"), startFail.index, QStringLiteral("Error: "));
        else if (restart.found())
            causeFromEvent(QStringLiteral("not-a-pull-problem"), restart.index,
                QStringLiteral("Back-off restarting failed container"));
        else
            causeFromStatus(QStringLiteral("not-a-pull-problem"), reason);
        d.cause.detail = reason.isEmpty() ? MessageFacts::withoutAggregationPrefix(d.cause.evidence.message) : reason;
        return d;
    }
    d.state = anyFailure ? QStringLiteral("recovered") : QStringLiteral("ok");
    return d;
}

} // namespace PullScope

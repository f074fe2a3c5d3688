#include "flowchartmodel.h"

#include <algorithm>

#include "languagemanager.h"
#include "messagefacts.h"
#include "reportwriter.h"
#include "rulebook.h"

namespace PullScope {

namespace {

QString step(const char *id)
{
    return QString::fromLatin1(id);
}

// Evidence messages can be kilobytes (a runtime's whole error chain); a tooltip is no
// place for that, the evidence panel shows them whole.
QString shortened(const QString &text, int max = 240)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

const QStringList &policies()
{
    static const QStringList list = {QStringLiteral("Always"), QStringLiteral("IfNotPresent"), QStringLiteral("Never")};
    return list;
}

} // namespace

QString FlowchartModel::branchId(const QString &policy)
{
    return QStringLiteral("policy-") + policy.toLower();
}

QString FlowchartModel::stepOfEvent(const Event &e)
{
    const QString &r = e.reason;
    const QString m = MessageFacts::withoutAggregationPrefix(e.message);
    if (r == QLatin1String("Pulling"))
        return step(Step::Pulling);
    if (r == QLatin1String("Pulled"))
        return step(m.contains(QLatin1String("already present")) ? Step::AlreadyPresent : Step::Pulled);
    if (r == QLatin1String("AlreadyPresent"))
        return step(Step::AlreadyPresent);
    if (r == QLatin1String("ErrImageNeverPull"))
        return step(Step::NeverPullMissing);
    if (r == QLatin1String("InspectFailed"))
        return step(
            m.contains(QLatin1String("Failed to apply default image tag")) ? Step::ImageName : Step::InspectFailed);
    if (r == QLatin1String("InvalidImageName"))
        return step(Step::ImageName);
    if (r == QLatin1String("FailedToRetrieveImagePullSecret"))
        return step(Step::PullSecret);
    if (r == QLatin1String("Created") || r == QLatin1String("Started"))
        return step(Step::Start);
    if (r == QLatin1String("ErrImagePull"))
        return step(Step::PullFailed);
    if (r == QLatin1String("ImagePullBackOff"))
        return step(Step::Backoff);
    if (r == QLatin1String("BackOff")) {
        if (m.startsWith(QLatin1String("Back-off pulling")))
            return step(Step::Backoff);
        if (m.startsWith(QLatin1String("Back-off restarting")))
            return step(Step::Start);
        return QString();
    }
    if (r == QLatin1String("Failed")) {
        if (m.startsWith(QLatin1String("Error: "))) {
            const QString name = m.mid(7).trimmed();
            if (name == QLatin1String("ErrImagePull") || name == QLatin1String("RegistryUnavailable")
                || name == QLatin1String("SignatureValidationFailed"))
                return step(Step::PullFailed);
            if (name == QLatin1String("ImagePullBackOff"))
                return step(Step::Backoff);
            if (name == QLatin1String("ErrImageNeverPull"))
                return step(Step::NeverPullMissing);
            if (name == QLatin1String("InvalidImageName"))
                return step(Step::ImageName);
            if (name == QLatin1String("ImageInspectError") || name == QLatin1String("InspectFailed"))
                return step(Step::InspectFailed);
            return step(Step::Start); // CreateContainerConfigError and the like
        }
        if (m.startsWith(QLatin1String("Failed to pull image")) || m.contains(QLatin1String("failed to pull"))
            || m.contains(QLatin1String("rpc error:")))
            return step(Step::PullFailed);
        return step(Step::Start);
    }
    return QString();
}

const FlowNode *FlowchartModel::node(const QString &id) const
{
    for (const FlowNode &n : m_nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

FlowNode &FlowchartModel::nodeRef(const QString &id)
{
    for (FlowNode &n : m_nodes)
        if (n.id == id)
            return n;
    Q_UNREACHABLE();
}

const FlowEdge *FlowchartModel::edge(const QString &from, const QString &to) const
{
    for (const FlowEdge &e : m_edges)
        if (e.from == from && e.to == to)
            return &e;
    return nullptr;
}

int FlowchartModel::columns() const
{
    int c = 0;
    for (const FlowNode &n : m_nodes)
        c = std::max(c, n.grid.x() + 1);
    return c;
}

int FlowchartModel::rows() const
{
    int r = 0;
    for (const FlowNode &n : m_nodes)
        r = std::max(r, n.grid.y() + 1);
    return r;
}

// The seed's tree (sections 1.2 and 2.3) on a 5 x 8 grid: the happy path of a pull runs
// down the middle, the cached path on the left, the dead ends and the retry loop on the
// right, so that no arrow has to cross a box.
void FlowchartModel::layout()
{
    auto add = [this](const QString &id, const QString &label, const QString &detail, int col, int row) {
        FlowNode n;
        n.id = id;
        n.label = label;
        n.detail = detail;
        n.grid = QPoint(col, row);
        m_nodes.append(n);
    };
    auto addStep = [&](const char *id, const QString &detail, int col, int row) {
        add(step(id), ReportWriter::stepName(step(id)), detail, col, row);
    };
    // The second lines name the kubelet events and fields a user sees in `kubectl
    // describe`: identifiers, so they are not translated.
    addStep(Step::ImageName, QStringLiteral("InvalidImageName"), 2, 0);
    addStep(Step::Policy, QStringLiteral("imagePullPolicy"), 2, 1);
    //: Flowchart: what imagePullPolicy Always does
    add(branchId(policies()[0]), policies()[0], tr("pull on every start"), 1, 2);
    add(branchId(policies()[1]), policies()[1], tr("pull only if absent"), 2, 2);
    add(branchId(policies()[2]), policies()[2], tr("never pull"), 3, 2);
    for (FlowNode &n : m_nodes)
        n.branch = n.id.startsWith(QLatin1String("policy-"));
    addStep(Step::LocalCheck, QStringLiteral("status.images"), 2, 3);
    addStep(Step::InspectFailed, QStringLiteral("InspectFailed"), 4, 3);
    addStep(Step::AlreadyPresent, QStringLiteral("AlreadyPresent"), 0, 4);
    addStep(Step::PullSecret, QStringLiteral("imagePullSecrets"), 1, 4);
    addStep(Step::NeverPullMissing, QStringLiteral("ErrImageNeverPull"), 3, 4);
    addStep(Step::Pulling, QStringLiteral("Pulling"), 2, 5);
    addStep(Step::Pulled, QStringLiteral("Pulled"), 1, 6);
    addStep(Step::PullFailed, QStringLiteral("ErrImagePull"), 3, 6);
    addStep(Step::Start, QStringLiteral("Created, Started"), 1, 7);
    addStep(Step::Backoff, QStringLiteral("ImagePullBackOff"), 3, 7);

    auto link = [this](const QString &from, const QString &to, const QString &label) {
        m_edges.append(FlowEdge {from, to, label, false});
    };
    //: Flowchart arrow label: the image reference parsed
    link(step(Step::ImageName), step(Step::Policy), tr("valid"));
    for (const QString &p : policies()) {
        link(step(Step::Policy), branchId(p), QString());
        link(branchId(p), step(Step::LocalCheck), QString());
    }
    //: Flowchart arrow label: the image is on the node
    link(step(Step::LocalCheck), step(Step::AlreadyPresent), tr("present"));
    //: Flowchart arrow label: the pod names imagePullSecrets
    link(step(Step::LocalCheck), step(Step::PullSecret), tr("secrets named"));
    //: Flowchart arrow label: image not on the node, or policy Always
    link(step(Step::LocalCheck), step(Step::Pulling), tr("absent, or Always"));
    //: Flowchart arrow label: image not on the node and policy Never
    link(step(Step::LocalCheck), step(Step::NeverPullMissing), tr("absent, Never"));
    //: Flowchart arrow label: the runtime could not inspect the local image
    link(step(Step::LocalCheck), step(Step::InspectFailed), tr("inspect error"));
    link(step(Step::PullSecret), step(Step::Pulling), QString());
    //: Flowchart arrow label: the pull succeeded
    link(step(Step::Pulling), step(Step::Pulled), tr("success"));
    //: Flowchart arrow label: the pull failed
    link(step(Step::Pulling), step(Step::PullFailed), tr("error"));
    link(step(Step::PullFailed), step(Step::Backoff), QString());
    //: Flowchart arrow label: the back-off loop back to pulling
    link(step(Step::Backoff), step(Step::Pulling), tr("retry"));
    link(step(Step::AlreadyPresent), step(Step::Start), QString());
    link(step(Step::Pulled), step(Step::Start), QString());
}

FlowchartModel FlowchartModel::build(const ContainerDiagnosis *d)
{
    FlowchartModel m;
    m.layout();
    if (d) {
        m.applyDiagnosis(*d);
        m.applyEvidence(*d);
    }
    m.applyTooltips(d);
    return m;
}

void FlowchartModel::applyDiagnosis(const ContainerDiagnosis &d)
{
    const QString kind = d.containerType == ContainerType::Init ? tr("init container %1")
        : d.containerType == ContainerType::Ephemeral           ? tr("ephemeral container %1")
                                                                : tr("container %1");
    m_title = tr("%1/%2, %3: %4").arg(d.namespace_, d.pod, kind.arg(d.container), d.image);

    for (const QString &id : d.path)
        if (node(id))
            nodeRef(id).state = StepState::Taken;
    const bool policyDecided = d.path.contains(step(Step::Policy)) && policies().contains(d.policy);
    if (policyDecided)
        nodeRef(branchId(d.policy)).state = StepState::Taken;
    if (!d.failingStep.isEmpty() && node(d.failingStep)) {
        FlowNode &f = nodeRef(d.failingStep);
        f.state = StepState::Failing;
        if (d.hasCause) {
            const QString title = RuleBook::builtin().describe(d.cause.id, LanguageManager::ruleLanguage()).title;
            f.causeTitle = title.isEmpty() ? d.cause.title : title;
        }
    }
    if (!d.path.isEmpty() && d.path.last() == QLatin1String(Step::Pulling) && d.state == QLatin1String("pulling"))
        nodeRef(step(Step::Pulling)).state = StepState::InProgress;

    for (int i = 0; i + 1 < d.path.size(); ++i) {
        const QString &a = d.path[i];
        const QString &b = d.path[i + 1];
        // The path does not name the policy branch: it is the one of d.policy.
        if (a == QLatin1String(Step::Policy) && b == QLatin1String(Step::LocalCheck) && policyDecided) {
            for (FlowEdge &e : m_edges)
                if (e.from == branchId(d.policy) && e.to == b)
                    e.taken = true;
            continue;
        }
        for (FlowEdge &e : m_edges)
            if (e.from == a && e.to == b)
                e.taken = true;
    }
    for (FlowEdge &e : m_edges) {
        if (policyDecided && e.from == QLatin1String(Step::Policy) && e.to == branchId(d.policy))
            e.taken = true;
        // More than one attempt means the loop was gone round at least once.
        if (e.from == QLatin1String(Step::Backoff) && d.path.contains(e.from) && d.pullAttempts > 1)
            e.taken = true;
    }

    // Second lines that say something about this container.
    if (!d.image.isEmpty())
        nodeRef(step(Step::ImageName)).detail = d.image;
    if (!d.policy.isEmpty()) {
        QString source = d.policySource;
        if (source == QLatin1String("explicit"))
            source = tr("explicit");
        else if (source == QLatin1String("defaulted"))
            source = tr("defaulted");
        else if (source == QLatin1String("inferred"))
            source = tr("inferred");
        nodeRef(step(Step::Policy)).detail = source.isEmpty() ? d.policy : tr("%1 (%2)").arg(d.policy, source);
    }
    if (d.imageOnNode.has_value())
        nodeRef(step(Step::LocalCheck)).detail
            = *d.imageOnNode ? tr("listed on %1").arg(d.node) : tr("not listed on %1").arg(d.node);
    if (d.pullDurationSeconds >= 0 && d.path.contains(step(Step::Pulled)))
        nodeRef(step(Step::Pulled)).detail = tr("Pulled in %1 s").arg(d.pullDurationSeconds, 0, 'f', 1);
    if (d.path.contains(step(Step::Backoff)) || d.backoffSeconds > 0) {
        QString retry = tr("attempts: %1, back-off: %2 s").arg(d.pullAttempts).arg(d.backoffSeconds);
        if (d.nextRetryEstimate.isValid())
            retry += QLatin1Char('\n')
                + tr("next retry at %1").arg(d.nextRetryEstimate.toUTC().toString(QStringLiteral("HH:mm:ss 'UTC'")));
        nodeRef(step(Step::Backoff)).detail = retry;
    }
}

void FlowchartModel::applyEvidence(const ContainerDiagnosis &d)
{
    for (int i = 0; i < d.events.size(); ++i) {
        const QString id = stepOfEvent(d.events[i]);
        if (!id.isEmpty() && node(id))
            nodeRef(id).events.append(i);
    }
}

void FlowchartModel::applyTooltips(const ContainerDiagnosis *d)
{
    static const struct
    {
        const char *id;
        const char *meaning;
    } meanings[] = {
        {Step::ImageName, QT_TR_NOOP("The image reference must parse: lower-case repository, valid tag or digest.")},
        {Step::Policy, QT_TR_NOOP("imagePullPolicy decides whether the kubelet pulls.")},
        {Step::LocalCheck, QT_TR_NOOP("The kubelet looks the image up on the node for every policy.")},
        {Step::AlreadyPresent, QT_TR_NOOP("The image on the node is used; no pull.")},
        {Step::NeverPullMissing,
            QT_TR_NOOP("Policy Never and the image is not on the node: the kubelet will not pull it.")},
        {Step::PullSecret, QT_TR_NOOP("The pod's imagePullSecrets are read to authenticate the pull.")},
        {Step::Pulling, QT_TR_NOOP("The runtime fetches the image from the registry.")},
        {Step::Pulled, QT_TR_NOOP("The pull succeeded.")},
        {Step::PullFailed, QT_TR_NOOP("The pull failed with the runtime's error (ErrImagePull).")},
        {Step::Backoff,
            QT_TR_NOOP("The kubelet waits before pulling again: 10 s after the first failure, doubling up to 300 s.")},
        {Step::InspectFailed, QT_TR_NOOP("The runtime could not inspect the image on the node.")},
        {Step::Start, QT_TR_NOOP("The container is created and started.")},
    };
    for (FlowNode &n : m_nodes) {
        QStringList lines;
        if (n.branch) {
            lines << tr("imagePullPolicy: %1").arg(n.label);
        } else {
            for (const auto &m : meanings)
                if (n.id == QLatin1String(m.id))
                    lines << tr(m.meaning);
        }
        if (!d) {
            n.tooltip = lines.join(QLatin1Char('\n'));
            continue;
        }
        if (n.id == QLatin1String(Step::Policy) && !d->policy.isEmpty()) {
            if (d->policySource == QLatin1String("explicit"))
                lines << tr("Policy %1, set explicitly in the pod spec.").arg(d->policy);
            else if (d->policySource == QLatin1String("defaulted"))
                lines << tr("Policy %1, defaulted by the API server (the spec does not set it).").arg(d->policy);
            else if (d->policySource == QLatin1String("inferred"))
                lines << tr(
                    "Policy %1, inferred from the image name (no pod spec in the input; the real policy may differ).")
                             .arg(d->policy);
            else
                lines << tr("Policy %1.").arg(d->policy);
        }
        if (n.id == QLatin1String(Step::LocalCheck)) {
            if (!d->imageOnNode.has_value())
                lines << tr("The input has no image list for node %1.")
                             .arg(d->node.isEmpty() ? tr("(unknown)") : d->node);
            else if (*d->imageOnNode)
                lines << tr("Node %1 lists %2 in status.images.").arg(d->node, d->image);
            else
                lines << tr("Node %1 does not list %2 in status.images.").arg(d->node, d->image);
        }
        if (n.id == QLatin1String(Step::Backoff) && d->path.contains(n.id)) {
            lines << n.detail;
            if (d->nextRetryEstimate.isValid())
                lines << tr("The retry time is an estimate: the last failure plus the current back-off.");
        }
        if (!n.causeTitle.isEmpty()) {
            lines << tr("Cause: %1").arg(n.causeTitle);
            if (!d->cause.detail.isEmpty())
                lines << shortened(d->cause.detail);
        }
        if (!n.events.isEmpty()) {
            lines << tr("Evidence:");
            // The newest events matter most; older repeats are in the timeline.
            const int first = std::max(0, int(n.events.size()) - 6);
            if (first > 0)
                lines << tr("(%n older event(s) not shown)", nullptr, first);
            for (int k = first; k < n.events.size(); ++k) {
                const Event &e = d->events[n.events[k]];
                QString line = e.reason + QStringLiteral(": ") + shortened(e.message);
                if (e.count > 1)
                    line += QStringLiteral(" (x") + QString::number(e.count) + QLatin1Char(')');
                lines << line;
            }
        } else if (!n.branch && n.id != QLatin1String(Step::Policy) && n.id != QLatin1String(Step::LocalCheck)
            && n.state != StepState::NotReached) {
            lines << tr("No event of this step survived in the input.");
        }
        n.tooltip = lines.join(QLatin1Char('\n'));
    }
}

} // namespace PullScope

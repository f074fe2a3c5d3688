#include "auditengine.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include "imagereference.h"
#include "pullpolicy.h"
#include "pullsecretcheck.h"

namespace PullScope {

int AuditReport::count(const QString &findingId) const
{
    return int(
        std::count_if(findings.cbegin(), findings.cend(), [&](const AuditFinding &f) { return f.id == findingId; }));
}

QStringList AuditEngine::findingIds()
{
    return {QLatin1String(FindingId::LatestTag), QLatin1String(FindingId::ImplicitPolicy),
        QLatin1String(FindingId::NeverPolicy), QLatin1String(FindingId::DockerHubImage),
        QLatin1String(FindingId::PrivateRegistryNoSecret), QLatin1String(FindingId::MissingPullSecret)};
}

QString AuditEngine::findingTitle(const QString &id)
{
    if (id == QLatin1String(FindingId::LatestTag))
        return tr("Image on :latest or without a tag");
    if (id == QLatin1String(FindingId::ImplicitPolicy))
        return tr("No explicit imagePullPolicy");
    if (id == QLatin1String(FindingId::NeverPolicy))
        return tr("imagePullPolicy: Never");
    if (id == QLatin1String(FindingId::DockerHubImage))
        return tr("Docker Hub image (pull rate limits)");
    if (id == QLatin1String(FindingId::PrivateRegistryNoSecret))
        return tr("Registry other than Docker Hub and no imagePullSecrets");
    if (id == QLatin1String(FindingId::MissingPullSecret))
        return tr("imagePullSecrets names a Secret that does not exist");
    return id;
}

QString AuditEngine::severityName(const QString &severity)
{
    if (severity == QLatin1String("high"))
        return tr("high");
    if (severity == QLatin1String("medium"))
        return tr("medium");
    if (severity == QLatin1String("low"))
        return tr("low");
    return severity;
}

namespace {

// The pod spec inside an object of any audited kind, as kubectl wrote it.
QJsonObject podSpecOf(const QJsonObject &object)
{
    QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    for (int depth = 0; depth < 4; ++depth) {
        if (spec.contains(QLatin1String("containers")))
            return spec;
        QJsonObject next;
        if (spec.value(QLatin1String("template")).isObject())
            next = spec.value(QLatin1String("template")).toObject().value(QLatin1String("spec")).toObject();
        else if (spec.value(QLatin1String("jobTemplate")).isObject())
            next = spec.value(QLatin1String("jobTemplate")).toObject().value(QLatin1String("spec")).toObject();
        else
            break;
        spec = next;
    }
    return spec;
}

} // namespace

AuditEngine::Written AuditEngine::policyWrittenIn(const QString &lastApplied, const QString &container)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(lastApplied.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Written::Unknown;
    const QJsonObject spec = podSpecOf(doc.object());
    for (const QLatin1String key :
        {QLatin1String("initContainers"), QLatin1String("containers"), QLatin1String("ephemeralContainers")}) {
        const QJsonArray list = spec.value(key).toArray();
        for (const QJsonValue &c : list) {
            const QJsonObject o = c.toObject();
            if (o.value(QLatin1String("name")).toString() != container)
                continue;
            const QString policy = o.value(QLatin1String("imagePullPolicy")).toString();
            return policy.isEmpty() ? Written::No : Written::Yes;
        }
    }
    return Written::Unknown;
}

namespace {

// A pod or a workload's pod template: what the audit looks at.
struct Subject
{
    QString namespace_;
    QString kind;
    QString name;
    bool isPod = false;
    OwnerRef owner;
    QString serviceAccount;
    QStringList pullSecrets; // the object's own imagePullSecrets
    const QList<Container> *containers = nullptr;
    QString lastApplied;
    SourceLocation origin;
    QString node;
    // The spec came as structured data (JSON/YAML): imagePullSecrets and the policy are
    // known. Describe text and event tables show neither.
    bool structured = false;
};

QString key3(const QString &kind, const QString &ns, const QString &name)
{
    return kind + QLatin1Char('/') + ns + QLatin1Char('/') + name;
}

class Auditor
{
public:
    Auditor(const ClusterSnapshot &snapshot, const AuditOptions &options, AuditReport &report)
        : m_snap(snapshot)
        , m_opts(options)
        , m_report(report)
    {
        for (const Workload &w : snapshot.workloads)
            m_workloads.insert(key3(w.kind, w.namespace_, w.name));
        for (const SecretInfo &s : snapshot.secrets)
            m_secrets.insert(s.namespace_ + QLatin1Char('/') + s.name, &s);
        for (const ServiceAccountInfo &sa : snapshot.serviceAccounts)
            m_serviceAccounts.insert(sa.namespace_ + QLatin1Char('/') + sa.name, &sa);
        for (const Event &e : snapshot.events)
            if (e.reason == QLatin1String("FailedToRetrieveImagePullSecret"))
                noteMissingFromEvent(e);
    }

    void run();

private:
    // A pod or a workload made by a loaded workload is audited through that workload. Without
    // the intermediate object the names tell: a Deployment's ReplicaSet is DEPLOYMENT-HASH,
    // a CronJob's Job is CRONJOB-TIMESTAMP.
    bool coveredByWorkload(const QString &ns, const OwnerRef &owner) const
    {
        if (owner.kind.isEmpty())
            return false;
        if (m_workloads.contains(key3(owner.kind, ns, owner.name)))
            return true;
        const int dash = owner.name.lastIndexOf(QLatin1Char('-'));
        if (dash <= 0)
            return false;
        const QString parent = owner.name.left(dash);
        if (owner.kind == QLatin1String("ReplicaSet"))
            return m_workloads.contains(key3(QStringLiteral("Deployment"), ns, parent));
        if (owner.kind == QLatin1String("Job"))
            return m_workloads.contains(key3(QStringLiteral("CronJob"), ns, parent));
        return false;
    }

    void noteMissingFromEvent(const Event &e)
    {
        static const QRegularExpression names(QStringLiteral("image pull secrets \\(([^)]*)\\)"));
        const auto m = names.match(e.message);
        if (!m.hasMatch())
            return;
        for (const QString &n : m.captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts))
            m_missingByEvent.insert(e.objectNamespace() + QLatin1Char('/') + e.objectName(), n.trimmed());
    }

    void audit(const Subject &s);
    void auditContainer(const Subject &s, const Container &c, const QStringList &allSecrets, bool hasHubCredentials);
    void add(const Subject &s, const Container *c, const QString &id, const QString &severity, const QString &detail,
        const QString &wizard, const QString &secret = {});
    bool imageOnNode(const QString &node, const ImageReference &ref, bool *known) const;
    void finish();

    const ClusterSnapshot &m_snap;
    const AuditOptions &m_opts;
    AuditReport &m_report;
    QSet<QString> m_workloads;
    QHash<QString, const SecretInfo *> m_secrets;
    QHash<QString, const ServiceAccountInfo *> m_serviceAccounts;
    QMultiHash<QString, QString> m_missingByEvent; // ns/pod -> secret named missing by the kubelet
    // Distinct normalised images per registry, and Docker Hub images that can be pulled.
    QMap<QString, QSet<QString>> m_registryImages;
    QSet<QString> m_hubImages;
    QSet<QString> m_podNodes;
    QList<std::pair<int, bool>> m_hubFindings; // finding index, pod holds Docker Hub credentials
};

void Auditor::run()
{
    for (const Workload &w : m_snap.workloads) {
        if (!m_opts.namespaceName.isEmpty() && w.namespace_ != m_opts.namespaceName)
            continue;
        if (coveredByWorkload(w.namespace_, w.owner))
            continue;
        Subject s;
        s.namespace_ = w.namespace_;
        s.kind = w.kind;
        s.name = w.name;
        s.owner = w.owner;
        s.serviceAccount = w.serviceAccount;
        s.pullSecrets = w.imagePullSecrets;
        s.containers = &w.containers;
        s.lastApplied = w.lastAppliedConfiguration;
        s.origin = w.origin;
        s.structured = true;
        ++m_report.workloads;
        audit(s);
    }
    for (const Pod &p : m_snap.pods) {
        if (!p.node.isEmpty())
            m_podNodes.insert(p.node);
        if (!m_opts.namespaceName.isEmpty() && p.namespace_ != m_opts.namespaceName)
            continue;
        if (coveredByWorkload(p.namespace_, p.owner))
            continue;
        Subject s;
        s.namespace_ = p.namespace_;
        s.kind = QStringLiteral("Pod");
        s.name = p.name;
        s.isPod = true;
        s.owner = p.owner;
        s.serviceAccount = p.serviceAccount;
        s.pullSecrets = p.imagePullSecrets;
        s.containers = &p.containers;
        s.lastApplied = p.lastAppliedConfiguration;
        s.origin = p.origin;
        s.node = p.node;
        s.structured
            = std::any_of(p.containers.cbegin(), p.containers.cend(), [](const Container &c) { return c.hasSpec; });
        ++m_report.pods;
        audit(s);
    }
    finish();
}

void Auditor::audit(const Subject &s)
{
    const QString sa = s.serviceAccount.isEmpty() ? QStringLiteral("default") : s.serviceAccount;
    const ServiceAccountInfo *account = m_serviceAccounts.value(s.namespace_ + QLatin1Char('/') + sa);
    QStringList all = s.pullSecrets;
    if (account)
        for (const QString &n : account->imagePullSecrets)
            if (!all.contains(n))
                all << n;

    // missing-pull-secret: absent from an input that holds Secrets, or reported missing by
    // the kubelet (FailedToRetrieveImagePullSecret), which also works from describe text.
    QStringList missing;
    if (m_snap.hadSecrets)
        for (const QString &n : std::as_const(all))
            if (!m_secrets.contains(s.namespace_ + QLatin1Char('/') + n))
                missing << n;
    if (s.isPod)
        for (const QString &n : m_missingByEvent.values(s.namespace_ + QLatin1Char('/') + s.name))
            if (!missing.contains(n) && !m_secrets.contains(s.namespace_ + QLatin1Char('/') + n))
                missing << n;
    std::sort(missing.begin(), missing.end());
    for (const QString &n : std::as_const(missing)) {
        const bool viaAccount = !s.pullSecrets.contains(n) && account && account->imagePullSecrets.contains(n);
        const QString where = viaAccount ? AuditEngine::tr("named by the service account %1").arg(sa)
                                         : AuditEngine::tr("named by the %1's imagePullSecrets").arg(s.kind);
        const QString detail = m_snap.hadSecrets && !m_secrets.contains(s.namespace_ + QLatin1Char('/') + n)
            ? AuditEngine::tr("Secret %1 (%2) is not among the Secrets of namespace %3 in the input; the kubelet "
                              "pulls without it and reports FailedToRetrieveImagePullSecret.")
                  .arg(n, where, s.namespace_)
            : AuditEngine::tr("The kubelet reported Secret %1 (%2) missing (FailedToRetrieveImagePullSecret).")
                  .arg(n, where);
        add(s, nullptr, QLatin1String(FindingId::MissingPullSecret), QStringLiteral("high"), detail,
            QStringLiteral("secret"), n);
    }

    // Credentials for Docker Hub in the secrets the pod can use (when their content is known).
    bool hubCredentials = false;
    for (const QString &n : std::as_const(all)) {
        const SecretInfo *secret = m_secrets.value(s.namespace_ + QLatin1Char('/') + n);
        if (secret && secret->contentKnown)
            for (const QString &k : secret->registries)
                hubCredentials = hubCredentials || registryHostOfAuthKey(k) == QLatin1String("docker.io");
    }
    for (const Container &c : *s.containers) {
        ++m_report.containers;
        auditContainer(s, c, all, hubCredentials);
    }
}

bool Auditor::imageOnNode(const QString &node, const ImageReference &ref, bool *known) const
{
    *known = false;
    const Node *n = node.isEmpty() ? nullptr : m_snap.findNode(node);
    if (!n || n->images.isEmpty())
        return false;
    *known = true;
    const QString wanted = ref.normalized();
    for (const NodeImage &img : n->images)
        for (const QString &name : img.names)
            if (ImageReference::parse(name).normalized() == wanted)
                return true;
    return false;
}

void Auditor::auditContainer(const Subject &s, const Container &c, const QStringList &allSecrets, bool hubCredentials)
{
    if (c.image.isEmpty())
        return;
    const ImageReference ref = ImageReference::parse(c.image);
    if (!ref.isValid()) {
        m_report.warnings << AuditEngine::tr("%1 %2/%3, container %4: the image name %5 is not valid (%6); not audited")
                                 .arg(s.kind, s.namespace_, s.name, c.name, c.image, ref.errorText());
        return;
    }
    const QString registry = ref.registry.isEmpty() ? QStringLiteral("docker.io") : ref.registry.toLower();
    m_registryImages[registry].insert(ref.normalized());
    const PullPolicyDecision policy = decidePullPolicy(c.image, c.imagePullPolicy, c.hasSpec);

    if (ref.digest.isEmpty() && (ref.tag.isEmpty() || ref.tag == QLatin1String("latest"))) {
        const QString detail = ref.tag.isEmpty()
            ? AuditEngine::tr("%1 has no tag: the runtime pulls :latest, whatever it points to when the node pulls, "
                              "and the policy defaults to Always. Pin a version tag or a digest.")
                  .arg(c.image)
            : AuditEngine::tr("%1 uses :latest: nodes can run different builds, a rollback cannot name the old "
                              "image, and the policy defaults to Always. Pin a version tag or a digest.")
                  .arg(c.image);
        add(s, &c, QLatin1String(FindingId::LatestTag), QStringLiteral("medium"), detail, {});
    }

    // Objects read back from the API server always carry the defaulted policy, so an empty
    // one means a raw manifest; the last-applied annotation tells what the user wrote.
    if (s.structured && c.hasSpec && c.type != ContainerType::Ephemeral) {
        const QString defaulted = defaultPullPolicy(c.image);
        if (c.imagePullPolicy.isEmpty()) {
            add(s, &c, QLatin1String(FindingId::ImplicitPolicy), QStringLiteral("low"),
                AuditEngine::tr("No imagePullPolicy in the manifest: the API server will set %1 from the image tag, "
                                "and it changes when the tag does. Write the policy you mean.")
                    .arg(defaulted),
                {});
        } else if (!s.lastApplied.isEmpty()) {
            const AuditEngine::Written w = AuditEngine::policyWrittenIn(s.lastApplied, c.name);
            if (w == AuditEngine::Written::No)
                add(s, &c, QLatin1String(FindingId::ImplicitPolicy), QStringLiteral("low"),
                    AuditEngine::tr("The last applied configuration has no imagePullPolicy: %1 was set by the API "
                                    "server from the image tag, not by the manifest. Write the policy you mean.")
                        .arg(c.imagePullPolicy),
                    {});
            else if (w == AuditEngine::Written::Unknown && QJsonDocument::fromJson(s.lastApplied.toUtf8()).isNull())
                m_report.warnings << AuditEngine::tr(
                    "%1 %2/%3: the last-applied-configuration annotation is not valid JSON; its policy was not checked")
                                         .arg(s.kind, s.namespace_, s.name);
        }
    }

    if (policy.policy == QLatin1String("Never")) {
        bool known = false;
        const bool present = imageOnNode(s.node, ref, &known);
        QString detail;
        if (known && !present)
            detail = AuditEngine::tr("Policy Never and %1 is not on node %2: the container cannot start there "
                                     "(ErrImageNeverPull).")
                         .arg(c.image, s.node);
        else
            detail = AuditEngine::tr("Policy Never: the kubelet never pulls %1, so every node the pod can land on must "
                                     "already have it (pre-loaded), or the container fails with ErrImageNeverPull.")
                         .arg(c.image);
        add(s, &c, QLatin1String(FindingId::NeverPolicy),
            known && !present ? QStringLiteral("high") : QStringLiteral("medium"), detail, {});
    }

    // A Never container never pulls: it costs Docker Hub nothing.
    if (registry == QLatin1String("docker.io")) {
        if (policy.policy == QLatin1String("Never"))
            return;
        m_hubImages.insert(ref.normalized());
        ++m_report.dockerHub.containers;
        if (hubCredentials)
            ++m_report.dockerHub.withCredentials;
        const QString detail = hubCredentials
            ? AuditEngine::tr("%1 comes from Docker Hub; the pull secrets hold Docker Hub credentials, so pulls count "
                              "against that account (%2 per %3 h for a free account).")
                  .arg(c.image)
                  .arg(m_opts.limits.authenticated)
                  .arg(m_opts.limits.windowHours)
            : AuditEngine::tr("%1 comes from Docker Hub without credentials: anonymous pulls are limited to %2 per "
                              "%3 h per source address, and nodes behind one NAT share it. Use a mirror or a "
                              "pull-through cache, or authenticate.")
                  .arg(c.image)
                  .arg(m_opts.limits.anonymous)
                  .arg(m_opts.limits.windowHours);
        add(s, &c, QLatin1String(FindingId::DockerHubImage), QStringLiteral("low"), detail, QStringLiteral("mirror"));
        m_hubFindings.append({int(m_report.findings.size()) - 1, hubCredentials});
    } else if (s.structured && allSecrets.isEmpty()) {
        const QString sa = s.serviceAccount.isEmpty() ? QStringLiteral("default") : s.serviceAccount;
        const bool accountKnown = m_serviceAccounts.contains(s.namespace_ + QLatin1Char('/') + sa);
        const QString detail = accountKnown
            ? AuditEngine::tr("%1 comes from %2, and neither the %3 nor its service account %4 lists "
                              "imagePullSecrets: a private repository there fails with 401/403 unless the nodes "
                              "hold credentials.")
                  .arg(c.image, registry, s.kind, sa)
            : AuditEngine::tr("%1 comes from %2, and the %3 lists no imagePullSecrets (its service account %4 is "
                              "not in the input): a private repository there fails with 401/403 unless the nodes "
                              "hold credentials.")
                  .arg(c.image, registry, s.kind, sa);
        add(s, &c, QLatin1String(FindingId::PrivateRegistryNoSecret), QStringLiteral("medium"), detail,
            QStringLiteral("secret"));
    }
}

void Auditor::add(const Subject &s, const Container *c, const QString &id, const QString &severity,
    const QString &detail, const QString &wizard, const QString &secret)
{
    AuditFinding f;
    f.id = id;
    f.severity = severity;
    f.namespace_ = s.namespace_;
    f.kind = s.kind;
    f.name = s.name;
    if (s.isPod) {
        f.pod = s.name;
        f.pods << s.name;
    }
    f.owner = s.owner;
    if (c) {
        f.container = c->name;
        f.containerType = c->type;
        f.image = c->image;
        const ImageReference ref = ImageReference::parse(c->image);
        f.registry = ref.registry.isEmpty() ? QStringLiteral("docker.io") : ref.registry.toLower();
    }
    f.secret = secret;
    f.detail = detail;
    f.wizard = wizard;
    f.origin = s.origin;
    m_report.findings.append(std::move(f));
}

void Auditor::finish()
{
    DockerHubEstimate &hub = m_report.dockerHub;
    hub.limits = m_opts.limits;
    hub.images = int(m_hubImages.size());
    if (m_opts.nodes > 0)
        hub.nodes = m_opts.nodes;
    else if (!m_snap.nodes.isEmpty())
        hub.nodes = int(m_snap.nodes.size());
    else
        hub.nodes = int(m_podNodes.size());
    if (hub.nodes <= 0) {
        hub.nodes = 1;
        hub.nodesAssumed = true;
        if (hub.images > 0)
            m_report.warnings << AuditEngine::tr(
                "No nodes in the input: the Docker Hub estimate assumes one node (give the node count with --nodes).");
    }
    hub.estimatedPulls = qint64(hub.images) * hub.nodes;
    // Anonymous pulls at risk: the finding is worth more than a note.
    if (hub.exceedsAnonymous())
        for (const auto &[index, credentials] : std::as_const(m_hubFindings))
            if (!credentials)
                m_report.findings[index].severity = QStringLiteral("medium");

    for (auto it = m_registryImages.cbegin(); it != m_registryImages.cend(); ++it)
        m_report.registries.append({it.key(), int(it.value().size())});
    std::stable_sort(m_report.registries.begin(), m_report.registries.end(),
        [](const RegistryCount &a, const RegistryCount &b) { return a.images > b.images; });

    // Replicas of one owner share their template: one finding lists them all.
    QList<AuditFinding> folded;
    QHash<QString, int> byKey;
    for (AuditFinding &f : m_report.findings) {
        if (f.kind == QLatin1String("Pod") && !f.owner.kind.isEmpty()) {
            const QString key = QStringList {f.id, f.severity, f.namespace_, f.owner.kind, f.owner.name, f.container,
                f.image, f.secret, f.detail}
                                    .join(QChar(0x1f));
            const auto known = byKey.constFind(key);
            if (known != byKey.constEnd()) {
                folded[*known].pods << f.pod;
                continue;
            }
            byKey.insert(key, int(folded.size()));
        }
        folded.append(std::move(f));
    }
    for (AuditFinding &f : folded) {
        if (f.pods.size() > 1) {
            f.pods.sort();
            f.pod = f.pods.constFirst();
            f.name = f.pod;
        }
    }
    static const QStringList order = AuditEngine::findingIds();
    std::stable_sort(folded.begin(), folded.end(), [](const AuditFinding &a, const AuditFinding &b) {
        if (a.namespace_ != b.namespace_)
            return a.namespace_ < b.namespace_;
        if (a.name != b.name)
            return a.name < b.name;
        if (a.container != b.container)
            return a.container < b.container;
        return order.indexOf(a.id) < order.indexOf(b.id);
    });
    m_report.findings = folded;
}

} // namespace

AuditReport AuditEngine::audit(const ClusterSnapshot &snapshot, const AuditOptions &options)
{
    AuditReport report;
    report.inputs = snapshot.inputs;
    report.warnings = snapshot.warnings;
    Auditor(snapshot, options, report).run();
    return report;
}

} // namespace PullScope

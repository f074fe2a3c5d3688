#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "clustersnapshot.h"
#include "pod.h"

namespace PullScope {

// Finding ids of CONTRACT.md (`audit --format json`). Never rename.
namespace FindingId {
inline constexpr const char LatestTag[] = "latest-tag";
inline constexpr const char ImplicitPolicy[] = "implicit-policy";
inline constexpr const char NeverPolicy[] = "never-policy";
inline constexpr const char DockerHubImage[] = "docker-hub-image";
inline constexpr const char PrivateRegistryNoSecret[] = "private-registry-no-secret";
inline constexpr const char MissingPullSecret[] = "missing-pull-secret";
} // namespace FindingId

// One misconfiguration on one object. Pods of one owner (the replicas of a ReplicaSet,
// the pods of a DaemonSet) that share a finding are folded into one, listing them in `pods`.
struct AuditFinding
{
    QString id; // FindingId
    QString severity; // high / medium / low
    QString namespace_;
    QString kind; // Pod, or the workload's kind when the finding is on a pod template
    QString name; // the pod's or the workload's name
    QString pod; // empty for a workload's pod template
    QStringList pods; // every pod the finding covers (replicas); empty for a workload
    OwnerRef owner; // the pod's or the workload's controller, when known
    QString container; // empty for a pod-level finding (missing-pull-secret)
    ContainerType containerType = ContainerType::Container;
    QString image;
    QString registry; // normalised, e.g. docker.io
    QString secret; // missing-pull-secret: the secret named
    QString detail; // translated sentence
    QString wizard; // the fix wizard (secret, mirror) or empty
    SourceLocation origin;
};

// Docker Hub's pull limits (seed section 7.1). Data, not identifiers: Docker has changed
// them since and will again.
struct DockerHubLimits
{
    int anonymous = 100;
    int authenticated = 200;
    int windowHours = 6;
};

// How many pulls the loaded objects could cost Docker Hub in one window: every node that
// has to fetch every Docker Hub image once (a fresh or replaced pool, or the image evicted
// by garbage collection). Anonymous pulls from every node count against one NAT address.
struct DockerHubEstimate
{
    int images = 0; // distinct Docker Hub images that can be pulled (policy not Never)
    int nodes = 0;
    bool nodesAssumed = false; // no node count in the input or the options: 1 assumed
    qint64 estimatedPulls = 0;
    int containers = 0; // containers using Docker Hub images
    int withCredentials = 0; // of those, pods whose pull secrets hold docker.io credentials
    DockerHubLimits limits;
    bool exceedsAnonymous() const { return estimatedPulls > limits.anonymous; }
};

struct RegistryCount
{
    QString registry;
    int images = 0; // distinct images (name:tag@digest) from this registry
};

struct AuditOptions
{
    DockerHubLimits limits;
    int nodes = 0; // > 0 overrides the node count of the input
    QString namespaceName; // empty: every namespace
};

struct AuditReport
{
    QStringList inputs;
    QStringList warnings; // translated
    QList<AuditFinding> findings; // sorted: namespace, name, container, id
    DockerHubEstimate dockerHub;
    QList<RegistryCount> registries; // most images first
    int pods = 0; // pods audited (pods of a loaded workload are audited through it)
    int workloads = 0;
    int containers = 0;

    int count(const QString &findingId) const;
};

// The configuration audit of seed section 9.5 over whatever is loaded: a dump, a live
// cluster, or raw manifests (`kubectl apply -f` style Deployments, Pods, ...).
class AuditEngine
{
    Q_DECLARE_TR_FUNCTIONS(AuditEngine)
public:
    static AuditReport audit(const ClusterSnapshot &snapshot, const AuditOptions &options = {});

    static QStringList findingIds();
    // Translated one-line title of a finding id.
    static QString findingTitle(const QString &id);
    // Translated high / medium / low.
    static QString severityName(const QString &severity);

    // Whether the last-applied-configuration JSON holds an imagePullPolicy for `container`
    // of its pod spec (a Pod's spec, a workload's template, a CronJob's job template).
    // Unset when the annotation does not parse or does not list the container.
    enum class Written { Yes, No, Unknown };
    static Written policyWrittenIn(const QString &lastApplied, const QString &container);
};

} // namespace PullScope

Q_DECLARE_METATYPE(PullScope::AuditFinding)

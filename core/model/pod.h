#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "event.h"

namespace PullScope {

enum class ContainerType { Container, Init, Ephemeral };
QString containerTypeId(ContainerType t); // "container", "init", "ephemeral"

// What the kubelet reported for one container (status.containerStatuses[]).
struct ContainerStatus
{
    bool present = false; // a status entry exists
    QString waitingReason; // ErrImagePull, ImagePullBackOff, ContainerCreating, ...
    QString waitingMessage;
    bool running = false;
    bool terminated = false;
    QString terminatedReason; // Completed, Error, OOMKilled
    int exitCode = 0;
    QString lastTerminatedReason;
    bool ready = false;
    int restartCount = 0;
    QString image; // resolved image name the runtime reports
    QString imageID; // docker-pullable://... or sha256:...; non-empty means pulled
    QDateTime startedAt;
};

struct Container
{
    QString name;
    ContainerType type = ContainerType::Container;
    QString image; // spec image; may come from messages when no spec
    bool imageFromMessages = false;
    QString imagePullPolicy; // empty when the input had no policy
    bool hasSpec = false; // the container's spec entry was in the input
    ContainerStatus status;
};

struct OwnerRef
{
    QString kind;
    QString name;
};

struct Pod
{
    QString namespace_;
    QString name;
    QString uid;
    QString node;
    QString phase;
    OwnerRef owner;
    QString serviceAccount;
    QStringList imagePullSecrets; // spec.imagePullSecrets[].name
    bool hasSpec = false; // pod spec was in the input (not only events)
    QDateTime creationTimestamp;
    QList<Container> containers; // init first, then containers, then ephemeral
    SourceLocation origin;
    // kubectl.kubernetes.io/last-applied-configuration (a bare pod made by kubectl apply): the
    // audit reads from it whether the user wrote imagePullPolicy.
    QString lastAppliedConfiguration;

    QString key() const { return namespace_ + QLatin1Char('/') + name; }
    Container *findContainer(const QString &name);
    const Container *findContainer(const QString &name) const;
};

struct NodeImage
{
    QStringList names;
    qint64 sizeBytes = 0;
};

struct Node
{
    QString name;
    QString architecture;
    QString operatingSystem;
    QString kubeletVersion;
    QString containerRuntimeVersion;
    QList<NodeImage> images;
};

// Only the shape of a pull secret: type and registry hosts. Passwords and auth
// strings are dropped while parsing and never stored.
struct SecretInfo
{
    QString namespace_;
    QString name;
    QString type; // kubernetes.io/dockerconfigjson, ...
    QStringList registries; // keys of auths (or of the bare .dockercfg map)
    bool malformed = false; // data present but not decodable
    // False for a Secret known by its metadata only (a live session never reads secret data):
    // it exists, but which registries it holds is unknown.
    bool contentKnown = false;
};

struct ServiceAccountInfo
{
    QString namespace_;
    QString name;
    QStringList imagePullSecrets;
};

// A workload object's pod template (Deployment, StatefulSet, DaemonSet, Job,
// CronJob, ReplicaSet), for the audit and for owner grouping.
struct Workload
{
    QString kind;
    QString namespace_;
    QString name;
    OwnerRef owner;
    QString serviceAccount;
    QStringList imagePullSecrets;
    QList<Container> containers;
    QString lastAppliedConfiguration; // kubectl.kubernetes.io/last-applied-configuration
    SourceLocation origin;
};

} // namespace PullScope

Q_DECLARE_METATYPE(PullScope::Pod)

#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

#include "event.h"
#include "imagereference.h"
#include "pod.h"

namespace PullScope {

// Step ids of CONTRACT.md. Never rename.
namespace Step {
inline constexpr const char ImageName[] = "image-name";
inline constexpr const char Policy[] = "policy";
inline constexpr const char LocalCheck[] = "local-check";
inline constexpr const char AlreadyPresent[] = "already-present";
inline constexpr const char NeverPullMissing[] = "never-pull-missing";
inline constexpr const char PullSecret[] = "pull-secret";
inline constexpr const char Pulling[] = "pulling";
inline constexpr const char Pulled[] = "pulled";
inline constexpr const char PullFailed[] = "pull-failed";
inline constexpr const char Backoff[] = "backoff";
inline constexpr const char InspectFailed[] = "inspect-failed";
inline constexpr const char Start[] = "start";
} // namespace Step

struct Evidence
{
    QString source; // "event", "status", "node", "spec"
    int event = -1; // index into ContainerDiagnosis::events
    QString message;
    int matchStart = -1; // span of the matched pattern in message (UTF-16 offsets)
    int matchEnd = -1;
};

struct RemediationRow
{
    QString priority; // high / medium / low
    QString text;
    QStringList commands;
};

struct CauseResult
{
    QString id; // cause id of CONTRACT.md
    QString title;
    QString explanation;
    QString detail; // e.g. the other failure for not-a-pull-problem
    Evidence evidence;
    QList<RemediationRow> remediation;
    QString wizard; // secret, mirror, proxy, ... or empty
};

struct ContainerDiagnosis
{
    QString namespace_;
    QString pod;
    QString container;
    ContainerType containerType = ContainerType::Container;
    OwnerRef owner;
    QString node;
    QString image;
    ImageReference imageRef;
    QString policy; // Always / IfNotPresent / Never
    QString policySource; // explicit / defaulted / inferred
    QStringList path;
    QString failingStep; // empty = null
    QString state; // ok / pulling / failing / recovered / unknown
    bool hasCause = false;
    CauseResult cause;
    // Whether the node's status.images lists the image (local-check evidence); empty
    // when the input has no image list for the node.
    std::optional<bool> imageOnNode;
    QString nodeArchitecture;
    int pullAttempts = 0;
    double pullDurationSeconds = -1; // < 0 = null
    qint64 imageSizeBytes = -1; // < 0 = null
    QList<Event> events; // this container's events, oldest first
    QStringList warnings; // e.g. secret missing but pull succeeded
    // Back-off estimate for the retry loop, seconds (0 when not backing off).
    int backoffSeconds = 0;
    QDateTime nextRetryEstimate;

    // What the fix wizards prefill from (not part of the JSON output of CONTRACT.md).
    QString serviceAccount; // the pod's; empty means "default"
    QStringList pullSecrets; // imagePullSecrets of the pod and of its service account
    QStringList missingPullSecrets; // those the input shows missing
    QString nodeRuntimeVersion; // the node's containerRuntimeVersion, e.g. containerd://1.7.13
    QString nodeKubeletVersion; // the node's kubeletVersion, e.g. v1.30.4
    // The container status' waiting state as the kubelet reported it (the quiz shows it as
    // evidence without the cause).
    QString waitingReason;
    QString waitingMessage;
};

struct DiagnosisReport
{
    QString tool = QStringLiteral("pullscope");
    QString version;
    QDateTime now;
    QStringList inputs;
    QStringList warnings;
    QList<ContainerDiagnosis> containers;
    int pods = 0;
};

} // namespace PullScope

Q_DECLARE_METATYPE(PullScope::ContainerDiagnosis)

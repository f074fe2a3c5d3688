#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace PullScope {

// Where a piece of input came from, for error messages and evidence.
struct SourceLocation
{
    QString file; // path as given, or "<stdin>"
    qint64 line = 0; // 1-based line when known, else 0
};

// One Kubernetes event, core/v1 and events.k8s.io/v1 mapped to the same fields.
struct Event
{
    QString type; // Normal / Warning
    QString reason; // Pulling, Pulled, Failed, BackOff, ...
    QString message; // core/v1 message or events.k8s.io note
    int count = 1; // count, deprecatedCount or series.count (never below 1)
    QDateTime firstTimestamp; // invalid when unknown
    QDateTime lastTimestamp;
    QString age; // relative age as printed (describe/table), e.g. "2m10s"; empty for absolute
    QString firstAge; // "over" part of "(x4 over 10m)" when printed
    QString source; // kubelet, default-scheduler
    QString host; // node name from source.host / reportingInstance
    QString name; // event object name, when known

    // involvedObject / regarding
    QString objectKind; // Pod
    QString objectNamespace;
    QString objectName;
    QString objectUid;
    QString fieldPath; // spec.containers{nginx}

    SourceLocation origin;

    // The container named by fieldPath, and whether it is an init/ephemeral one.
    QString containerName() const;
    QString containerKind() const; // "container", "init", "ephemeral" or empty
};

} // namespace PullScope

Q_DECLARE_METATYPE(PullScope::Event)

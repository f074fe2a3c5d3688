#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QSharedData>
#include <QString>

namespace PullScope {

// Where a piece of input came from, for error messages and evidence.
struct SourceLocation
{
    QString file; // path as given, or "<stdin>"
    qint64 line = 0; // 1-based line when known, else 0
};

// What an event is about and who reported it: the same for all the events of one
// container from one file, so the loaders share one copy among them. A large dump
// has millions of events, and these were eight of an event's fourteen strings.
struct EventSubject : QSharedData
{
    // involvedObject / regarding
    QString objectKind; // Pod
    QString objectNamespace;
    QString objectName;
    QString objectUid;
    QString fieldPath; // spec.containers{nginx}
    QString source; // kubelet, default-scheduler
    QString host; // node name from source.host / reportingInstance
    QString file; // the input it was read from, as given, or "<stdin>"
};

// How `kubectl describe` or `kubectl get events` printed an event's age: only events
// read from text have one.
struct EventPrintedAge : QSharedData
{
    QString age; // e.g. "2m10s"
    QString firstAge; // "over" part of "(x4 over 10m)"
};

// One Kubernetes event, core/v1 and events.k8s.io/v1 mapped to the same fields.
// Read the subject's fields through the accessors; change them with editSubject(),
// which copies a shared subject first.
class Event
{
public:
    QString type; // Normal / Warning
    QString reason; // Pulling, Pulled, Failed, BackOff, ...
    QString message; // core/v1 message or events.k8s.io note
    int count = 1; // count, deprecatedCount or series.count (never below 1)
    QDateTime firstTimestamp; // invalid when unknown
    QDateTime lastTimestamp;
    // The event object's name, when known, in UTF-8: only written out again (training
    // scenarios), never shown or compared, and unique to each event.
    QByteArray name;

    const EventSubject &subject() const { return m_subject ? *m_subject : emptySubject(); }
    EventSubject &editSubject();
    // Takes a subject shared with other events (see MapSink::shareSubject).
    void setSubject(const QSharedDataPointer<EventSubject> &s) { m_subject = s; }

    const QString &objectKind() const { return subject().objectKind; }
    const QString &objectNamespace() const { return subject().objectNamespace; }
    const QString &objectName() const { return subject().objectName; }
    const QString &objectUid() const { return subject().objectUid; }
    const QString &fieldPath() const { return subject().fieldPath; }
    const QString &source() const { return subject().source; }
    const QString &host() const { return subject().host; }

    // Relative age as printed (describe/table); empty for absolute timestamps.
    const QString &age() const;
    const QString &firstAge() const;
    void setAge(const QString &age, const QString &firstAge);

    // The file is the subject's.
    SourceLocation origin() const { return {subject().file, m_line}; }
    void setLine(qint64 line) { m_line = line; }

    // The container named by fieldPath, and whether it is an init/ephemeral one.
    QString containerName() const;
    QString containerKind() const; // "container", "init", "ephemeral" or empty

private:
    static const EventSubject &emptySubject();
    QSharedDataPointer<EventSubject> m_subject; // null: all empty
    QSharedDataPointer<EventPrintedAge> m_printed; // null: no printed age
    qint64 m_line = 0; // of the origin, 1-based; 0 when unknown
};

} // namespace PullScope

Q_DECLARE_METATYPE(PullScope::Event)

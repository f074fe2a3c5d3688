#include "event.h"

namespace PullScope {

namespace {
// fieldPath "spec.containers{name}" -> name; kind from the list it names.
QString braced(const QString &fieldPath)
{
    const int open = fieldPath.indexOf(QLatin1Char('{'));
    const int close = fieldPath.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close <= open)
        return {};
    return fieldPath.mid(open + 1, close - open - 1);
}

const QString &emptyString()
{
    static const QString empty;
    return empty;
}
} // namespace

const EventSubject &Event::emptySubject()
{
    static const EventSubject empty;
    return empty;
}

EventSubject &Event::editSubject()
{
    if (!m_subject)
        m_subject = new EventSubject;
    return *m_subject; // detaches a subject other events share
}

const QString &Event::age() const
{
    return m_printed ? m_printed->age : emptyString();
}

const QString &Event::firstAge() const
{
    return m_printed ? m_printed->firstAge : emptyString();
}

void Event::setAge(const QString &age, const QString &firstAge)
{
    if (age.isEmpty() && firstAge.isEmpty()) {
        m_printed.reset();
        return;
    }
    if (!m_printed)
        m_printed = new EventPrintedAge;
    m_printed->age = age;
    m_printed->firstAge = firstAge;
}

QString Event::containerName() const
{
    return braced(fieldPath());
}

QString Event::containerKind() const
{
    const QString &path = fieldPath();
    if (path.startsWith(QLatin1String("spec.initContainers")))
        return QStringLiteral("init");
    if (path.startsWith(QLatin1String("spec.ephemeralContainers")))
        return QStringLiteral("ephemeral");
    if (path.startsWith(QLatin1String("spec.containers")))
        return QStringLiteral("container");
    return {};
}

} // namespace PullScope

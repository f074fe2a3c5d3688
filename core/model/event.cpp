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
} // namespace

QString Event::containerName() const
{
    return braced(fieldPath);
}

QString Event::containerKind() const
{
    if (fieldPath.startsWith(QLatin1String("spec.initContainers")))
        return QStringLiteral("init");
    if (fieldPath.startsWith(QLatin1String("spec.ephemeralContainers")))
        return QStringLiteral("ephemeral");
    if (fieldPath.startsWith(QLatin1String("spec.containers")))
        return QStringLiteral("container");
    return {};
}

} // namespace PullScope

#include "pod.h"

namespace PullScope {

QString containerTypeId(ContainerType t)
{
    switch (t) {
    case ContainerType::Init:
        return QStringLiteral("init");
    case ContainerType::Ephemeral:
        return QStringLiteral("ephemeral");
    case ContainerType::Container:
        break;
    }
    return QStringLiteral("container");
}

Container *Pod::findContainer(const QString &n)
{
    for (Container &c : containers)
        if (c.name == n)
            return &c;
    return nullptr;
}

const Container *Pod::findContainer(const QString &n) const
{
    for (const Container &c : containers)
        if (c.name == n)
            return &c;
    return nullptr;
}

} // namespace PullScope

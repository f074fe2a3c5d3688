#include "loadoptions.h"

#include <QCoreApplication>

#include <new>

namespace PullScope {

QString LoadError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    if (offset >= 0)
        return QCoreApplication::translate("LoadError", "%1: at byte %2: %3").arg(file).arg(offset).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

QString LoadError::messageOf(const std::exception &e)
{
    if (dynamic_cast<const std::bad_alloc *>(&e))
        return QCoreApplication::translate("LoadError", "not enough memory to read it");
    return QString::fromLocal8Bit(e.what());
}

} // namespace PullScope

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PullScope {

// `pullscope-cli audit`: argument parsing and printing only; the audit is core's (AuditEngine).
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    // arguments[0] is "audit".
    static int run(const QStringList &arguments);
};

} // namespace PullScope

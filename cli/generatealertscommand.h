#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PullScope {

// `pullscope-cli generate alerts`: argument parsing only; the rules come from
// AlertRuleGenerator (core/audit) and are printed or written by GenerateCommand::emit.
class GenerateAlertsCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateAlertsCommand)
public:
    // arguments[0] is "alerts".
    static int run(const QStringList &arguments);
};

} // namespace PullScope

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PullScope {

// `pullscope-cli diagnose`: argument parsing and printing only; the work is core's.
class DiagnoseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace PullScope

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PullScope {

struct ProbeResult;

// `pullscope-cli probe IMAGE ...`: argument parsing and printing only; the probe is
// core/probe's RegistryProbe.
class ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
public:
    // arguments[0] is "probe".
    static int run(const QStringList &arguments);
    static QString table(const ProbeResult &result);
};

} // namespace PullScope

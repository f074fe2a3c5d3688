#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PullScope {

// `pullscope-cli collect --kubeconfig PATH [--context NAME] [-n NS | -A] -o DUMP.json`:
// one dump of pods, events, nodes, service accounts and secret metadata, readable by
// `diagnose` and the window, so the evidence outlives the API server's one-hour event TTL.
class CollectCommand
{
    Q_DECLARE_TR_FUNCTIONS(CollectCommand)
public:
    // arguments[0] is "collect".
    static int run(const QStringList &arguments);
};

} // namespace PullScope

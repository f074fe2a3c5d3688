#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PullScope {

// `pullscope-cli probe IMAGE --node-script [--runtime R] [-o FILE]` writes the node check
// script; `pullscope-cli probe --node-output FILE` reads what it printed on the node and
// shows it as a probe result (same table, same JSON, same exit codes).
class NodeCheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(NodeCheckCommand)
public:
    // True when the probe arguments ask for the node check rather than a probe from here.
    static bool wanted(const QStringList &arguments);
    // arguments[0] is "probe".
    static int run(const QStringList &arguments);
};

} // namespace PullScope

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PullScope {

// `pullscope-cli generate fixpack INPUT... --select NS/POD/CONTAINER -o DIR|FILE.zip`:
// diagnoses the inputs, takes the wizard that fixes the selected container's cause,
// prefilled as the window's wizard is (plus what only the user knows: --username,
// --password-stdin, --mirror, --http-proxy), and writes the pack through core FixPack.
class GenerateFixPackCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateFixPackCommand)
public:
    // arguments[0] is "fixpack".
    static int run(const QStringList &arguments);
};

} // namespace PullScope

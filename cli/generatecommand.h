#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "generate/generatedfile.h"

namespace PullScope {

// `pullscope-cli generate KIND ...`: argument parsing and printing only; the files come
// from core/generate. KIND secret and proxy are handled here; mirror, crio and docker-daemon
// are dispatched to GenerateMirrorCommand; further kinds (alerts) plug into run() the same way.
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
public:
    // arguments[0] is "generate", arguments[1] the kind.
    static int run(const QStringList &arguments);

    // Shared by every generate kind once its input is valid: without outDir the files go
    // to standard output under "# file: PATH" lines followed by the apply and verify
    // commands; with outDir they are written below it (secrets 0600) and the written paths
    // and commands are printed. Warnings go to standard error. Returns the exit code.
    static int emit(const GeneratedSet &set, const QString &outDir, const QString &kind);

private:
    static int runSecret(const QStringList &arguments);
    static int runProxy(const QStringList &arguments);
};

} // namespace PullScope

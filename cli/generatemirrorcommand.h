#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PullScope {

// `pullscope-cli generate mirror|crio|docker-daemon`: argument parsing and printing only;
// the files come from core/generate (MirrorGenerator, LegacyRegistryConverter,
// ContainerdConfigMerger, CrioRegistryGenerator, DockerDaemonGenerator).
class GenerateMirrorCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateMirrorCommand)
public:
    // arguments[0] is the kind (mirror, crio or docker-daemon).
    static int run(const QStringList &arguments);

private:
    static int runMirror(const QStringList &arguments);
    static int runCrio(const QStringList &arguments);
    static int runDockerDaemon(const QStringList &arguments);
};

// The dispatcher's entry point: args start at the kind.
int runGenerateMirrorFamily(const QStringList &args);

} // namespace PullScope

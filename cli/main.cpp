#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <new>

#include "auditcommand.h"
#include "buildinfo.h"
#include "clilanguage.h"
#include "diagnosecommand.h"
#include "generatecommand.h"
#include "collectcommand.h"
#include "probecommand.h"
#include "sanitizerbuild.h"

using namespace PullScope;

namespace {
QString usage()
{
    return QCoreApplication::translate("Cli",
        "Usage: pullscope-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  diagnose [INPUT...]   explain why container images did not pull, from kubectl dumps\n"
        "                        (JSON, YAML, `kubectl describe pod` text, `kubectl get events`\n"
        "                        tables, cluster-info dump folders, or - for standard input)\n"
        "  generate KIND         write the files that fix a pull problem: secret (a pull secret and the\n"
        "                        imagePullSecrets patch), proxy (a systemd proxy drop-in), mirror, crio,\n"
        "                        docker-daemon (registry mirrors); `pullscope-cli generate --help` lists them\n"
        "  probe IMAGE           check from this machine what a pull of IMAGE meets: DNS, TCP, proxy, TLS,\n"
        "                        registry API, authentication, manifest, platform, rate limit\n"
        "  collect -o DUMP.json  save a live cluster's pods, events, nodes, service accounts and secret\n"
        "                        metadata (--kubeconfig, --context, -n NS or -A) before events expire\n"
        "  audit [INPUT...]      audit the image pull configuration of dumps, raw manifests or a live\n"
        "                        cluster: :latest tags, implicit and Never policies, Docker Hub use and\n"
        "                        its pull estimate, missing or absent pull secrets, registries\n"
        "\n"
        "Options of every command:\n"
        "  --lang en|zh_CN       language of the output\n"
        "  --help                this help; `pullscope-cli diagnose --help` for a command's options\n"
        "  --version             the version\n"
        "\n"
        "Exit codes: 0 done; 1 findings with --fail-on-findings, or a probe step failed; 2 bad usage or\n"
        "unreadable input;\n"
        "3 a cluster could not be reached.\n");
}

int runCommand(const QString &command, const QStringList &args)
{
    if (command == QLatin1String("diagnose"))
        return DiagnoseCommand::run(args.mid(1));
    if (command == QLatin1String("generate"))
        return GenerateCommand::run(args.mid(1));
    if (command == QLatin1String("probe"))
        return ProbeCommand::run(args.mid(1));
    if (command == QLatin1String("collect"))
        return CollectCommand::run(args.mid(1));
    if (command == QLatin1String("audit"))
        return AuditCommand::run(args.mid(1));
    QTextStream(stderr) << QCoreApplication::translate("Cli", "pullscope-cli: unknown command '%1'").arg(command)
                        << '\n'
                        << usage();
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pullscope-cli"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (installCliLanguage(args).isEmpty()) {
        err << QCoreApplication::translate("Cli", "pullscope-cli: --lang takes en or zh_CN") << '\n';
        return 2;
    }
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        (args.size() < 2 ? err : out) << usage();
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version")) {
        out << BuildInfo::versionText(QStringLiteral("pullscope-cli"));
        return 0;
    }
    int code = 2;
    try {
        code = runCommand(args[1], args);
    } catch (const std::bad_alloc &) {
        // More than the memory the process may have (a hostile dump under a ulimit):
        // an error like any other, not an abort. What the command held is freed by now.
        err << QCoreApplication::translate("Cli", "pullscope-cli: out of memory") << '\n';
        return 2;
    }
    settleNetworkThreads();
    return code;
}

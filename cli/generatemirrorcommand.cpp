#include "generatemirrorcommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#include "generate/containerdconfigmerger.h"
#include "generate/crioregistrygenerator.h"
#include "generate/crioshortnamegenerator.h"
#include "generate/dockerdaemongenerator.h"
#include "generate/legacyregistryconverter.h"
#include "generate/mirrorgenerator.h"
#include "generatecommand.h"

namespace PullScope {

namespace {

struct Diff
{
    QString path;
    QByteArray text;
};

int refuse(const QString &kind, const QString &message)
{
    QTextStream(stderr) << "pullscope-cli generate " << kind << ": " << message << '\n';
    return 2;
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    *data = f.readAll();
    return true;
}

QStringList splitValues(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(QLatin1Char(',')))
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
    return out;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption(
        {QStringLiteral("h"), QStringLiteral("help")}, GenerateMirrorCommand::tr("Show this help."));
}

QCommandLineOption langOption()
{
    return QCommandLineOption(QStringLiteral("lang"), GenerateMirrorCommand::tr("Output language: en or zh_CN."),
        QStringLiteral("LANG"), QStringLiteral("en"));
}

QCommandLineOption outDirOption()
{
    return QCommandLineOption(QStringLiteral("out-dir"),
        GenerateMirrorCommand::tr("Write the files below DIR at their paths on the node instead of printing them."),
        QStringLiteral("DIR"));
}

int parseKind(QCommandLineParser &p, const QStringList &arguments, const QString &kind)
{
    if (!p.parse(arguments))
        return refuse(kind, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return refuse(
            kind, GenerateMirrorCommand::tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));
    return -1;
}

// Files, commands and warnings as every generate kind prints them, then the diffs of
// merged files against the node's originals.
int emitWithDiffs(const GeneratedSet &set, const QString &outDir, const QString &kind, const QList<Diff> &diffs)
{
    const int rc = GenerateCommand::emit(set, outDir, kind);
    if (rc != 0)
        return rc;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return rc;
    for (const Diff &d : diffs) {
        out.write("# diff: " + d.path.toUtf8() + '\n');
        out.write(
            d.text.isEmpty() ? QByteArray("# " + GenerateMirrorCommand::tr("(no change)").toUtf8() + '\n') : d.text);
    }
    out.flush();
    return rc;
}

void append(GeneratedSet &into, const GeneratedSet &from)
{
    for (const GeneratedFile &f : from.files) {
        bool duplicate = false;
        for (const GeneratedFile &have : std::as_const(into.files))
            duplicate = duplicate || have.path == f.path;
        if (!duplicate)
            into.files << f;
    }
    for (const QString &c : from.applyCommands)
        if (!into.applyCommands.contains(c))
            into.applyCommands << c;
    for (const QString &c : from.verifyCommands)
        if (!into.verifyCommands.contains(c))
            into.verifyCommands << c;
    for (const QString &w : from.warnings)
        if (!into.warnings.contains(w))
            into.warnings << w;
}

} // namespace

int runGenerateMirrorFamily(const QStringList &args)
{
    return GenerateMirrorCommand::run(args);
}

int GenerateMirrorCommand::run(const QStringList &arguments)
{
    const QString kind = arguments.value(0);
    if (kind == QLatin1String("mirror"))
        return runMirror(arguments);
    if (kind == QLatin1String("crio"))
        return runCrio(arguments);
    if (kind == QLatin1String("docker-daemon"))
        return runDockerDaemon(arguments);
    return refuse(kind, tr("unknown kind '%1'").arg(kind));
}

int GenerateMirrorCommand::runMirror(const QStringList &arguments)
{
    const QString kind = QStringLiteral("mirror");
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("containerd's certs.d/HOST/hosts.toml for a registry mirror, and the config.toml lines enabling "
           "config_path. With --from-config the node's config.toml is merged (diff printed) and its legacy "
           "registry.mirrors / configs.*.tls become hosts.toml files; its credentials become a pull secret."));
    const QCommandLineOption registry(QStringLiteral("registry"),
        tr("The registry to mirror as written in image names: docker.io, registry.k8s.io, "
           "gcr.io, quay.io, any host[:port], or _default."),
        QStringLiteral("HOST"));
    const QCommandLineOption mirror(QStringLiteral("mirror"),
        tr("A mirror URL; repeat for several, tried in the given order."), QStringLiteral("URL"));
    const QCommandLineOption capabilities(QStringLiteral("capabilities"),
        tr("Capabilities of every mirror: pull, resolve, push (default pull,resolve)."), QStringLiteral("LIST"));
    const QCommandLineOption noFallback(
        QStringLiteral("no-fallback"), tr("Never fall back to the registry itself when the mirrors fail."));
    const QCommandLineOption ca(QStringLiteral("ca"),
        tr("The mirrors' CA certificate (PEM), copied beside hosts.toml."), QStringLiteral("FILE"));
    const QCommandLineOption clientCert(QStringLiteral("client-cert"),
        tr("A client certificate (PEM) for the mirrors, copied beside hosts.toml."), QStringLiteral("FILE"));
    const QCommandLineOption clientKey(
        QStringLiteral("client-key"), tr("The client certificate's key (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption skipVerify(
        QStringLiteral("skip-verify"), tr("Do not verify the mirrors' TLS certificates (not recommended)."));
    const QCommandLineOption overridePath(QStringLiteral("override-path"),
        tr("The registry API of a mirror with a path is at that path (a Harbor proxy-cache project)."));
    const QCommandLineOption header(
        QStringLiteral("header"), tr("An HTTP header sent to the mirrors; repeatable."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption containerd(QStringLiteral("containerd"),
        tr("The node's containerd version: 1.6, 1.7, 2.0 or 2.1 (default 1.7, or from "
           "--from-config's version)."),
        QStringLiteral("VERSION"));
    const QCommandLineOption fromConfig(
        QStringLiteral("from-config"), tr("The node's current config.toml."), QStringLiteral("CONFIG.toml"));
    const QCommandLineOption secretName(QStringLiteral("secret-name"),
        tr("Name of the pull secret for credentials found in --from-config."), QStringLiteral("NAME"),
        QStringLiteral("containerd-registry-credentials"));
    const QCommandLineOption ns(
        {QStringLiteral("n"), QStringLiteral("namespace")}, tr("Namespace of that pull secret."), QStringLiteral("NS"));
    p.addOptions({helpOption(), registry, mirror, capabilities, noFallback, ca, clientCert, clientKey, skipVerify,
        overridePath, header, containerd, fromConfig, secretName, ns, outDirOption(), langOption()});
    const int parsed = parseKind(p, arguments, kind);
    if (parsed >= 0)
        return parsed;
    if (!p.isSet(registry) && !p.isSet(fromConfig))
        return refuse(kind, tr("--registry is required (or --from-config to convert a config.toml)."));
    if (p.isSet(registry) && p.values(mirror).isEmpty())
        return refuse(kind, tr("--mirror: give at least one mirror URL."));

    QByteArray config;
    QString version = p.value(containerd);
    if (p.isSet(fromConfig)) {
        QString error;
        if (!readFile(p.value(fromConfig), &config, &error))
            return refuse(kind, tr("--from-config: cannot read %1: %2").arg(p.value(fromConfig), error));
    }
    LegacyConversion conversion;
    if (p.isSet(fromConfig)) {
        conversion = LegacyRegistryConverter::convert(config, version.isEmpty() ? QStringLiteral("1.7") : version);
        if (!conversion.error.isEmpty())
            return refuse(kind, QStringLiteral("--from-config: ") + conversion.error);
        if (version.isEmpty())
            version = conversion.configVersion >= 3 ? QStringLiteral("2.0") : QStringLiteral("1.7");
    }
    if (version.isEmpty())
        version = QStringLiteral("1.7");
    if (!MirrorGenerator::containerdVersions().contains(version))
        return refuse(kind, tr("--containerd: '%1' is not supported; use 1.6, 1.7, 2.0 or 2.1.").arg(version));

    GeneratedSet set;
    QList<Diff> diffs;
    QStringList configCommands;
    QString certsDir = QStringLiteral("/etc/containerd/certs.d");
    if (p.isSet(fromConfig)) {
        const ContainerdConfigMerge merge = ContainerdConfigMerger::merge(config, certsDir, version);
        if (!merge.error.isEmpty()) {
            set.warnings << merge.error;
        } else {
            certsDir = merge.certsDir;
            set.files << GeneratedFile {QStringLiteral("etc/containerd/config.toml"), merge.merged, false};
            diffs << Diff {QStringLiteral("etc/containerd/config.toml"), merge.diff};
            // Run after the hosts.toml files are in place (appended at the end).
            configCommands << QStringLiteral("sudo cp /etc/containerd/config.toml /etc/containerd/config.toml.bak")
                           << QStringLiteral(
                                  "sudo install -m 0644 etc/containerd/config.toml /etc/containerd/config.toml")
                           << QStringLiteral("sudo systemctl restart containerd");
        }
        set.warnings << conversion.warnings << merge.warnings;
    }

    if (p.isSet(registry)) {
        MirrorOptions o;
        o.registry = p.value(registry);
        o.noFallback = p.isSet(noFallback);
        o.containerdVersion = version;
        o.certsDir = certsDir;
        o.configSnippet = !p.isSet(fromConfig);
        MirrorEndpoint common;
        common.capabilities = splitValues(p.values(capabilities));
        common.skipVerify = p.isSet(skipVerify);
        auto load = [&](const QCommandLineOption &option, HostsFileRef *ref) -> QString {
            if (!p.isSet(option))
                return {};
            QString error;
            ref->path = p.value(option);
            if (!readFile(ref->path, &ref->content, &error))
                return tr("--%1: cannot read %2: %3").arg(option.names().constFirst(), ref->path, error);
            if (ref->content.isEmpty())
                return tr("--%1: %2 is empty").arg(option.names().constFirst(), ref->path);
            return {};
        };
        for (const auto &[option, ref] : {std::pair {&ca, &common.ca}, std::pair {&clientCert, &common.clientCert},
                 std::pair {&clientKey, &common.clientKey}}) {
            const QString problem = load(*option, ref);
            if (!problem.isEmpty())
                return refuse(kind, problem);
        }
        for (const QString &h : p.values(header)) {
            const int eq = int(h.indexOf(QLatin1Char('=')));
            if (eq <= 0)
                return refuse(kind, tr("--header: '%1' is not NAME=VALUE.").arg(h.left(80)));
            common.headers << MirrorHeader {h.left(eq), h.mid(eq + 1)};
        }
        bool anyPath = false;
        for (const QString &url : splitValues(p.values(mirror))) {
            MirrorEndpoint e = common;
            e.url = url;
            const int scheme = int(url.indexOf(QLatin1String("://")));
            const int slash = int(url.indexOf(QLatin1Char('/'), scheme < 0 ? 0 : scheme + 3));
            const bool hasPath = slash >= 0 && slash < url.size() - 1;
            anyPath = anyPath || hasPath;
            e.overridePath = p.isSet(overridePath) && hasPath;
            o.mirrors << e;
        }
        if (p.isSet(overridePath) && !anyPath)
            return refuse(kind,
                tr("--override-path: no --mirror has a path; override_path makes containerd use the "
                   "URL's path as the registry API root."));
        const QString problem = MirrorGenerator::validate(o);
        if (!problem.isEmpty())
            return refuse(kind, problem);
        append(set, MirrorGenerator::generate(o));
    }

    for (MirrorOptions o : std::as_const(conversion.hosts)) {
        if (p.isSet(registry) && o.registry == p.value(registry)) {
            set.warnings << tr("The legacy settings for %1 in config.toml are replaced by the ones given on the "
                               "command line.")
                                .arg(o.registry);
            continue;
        }
        o.certsDir = certsDir;
        o.containerdVersion = version;
        o.configSnippet = false;
        const QString problem = MirrorGenerator::validate(o);
        if (!problem.isEmpty()) {
            set.warnings
                << tr("The legacy settings for %1 in config.toml were not converted: %2").arg(o.registry, problem);
            continue;
        }
        append(set, MirrorGenerator::generate(o));
    }
    if (!conversion.credentials.isEmpty())
        append(set, LegacyRegistryConverter::credentialsSecret(conversion, p.value(secretName), p.value(ns)));
    set.applyCommands << configCommands;
    return emitWithDiffs(set, p.value(QStringLiteral("out-dir")), kind, diffs);
}

int GenerateMirrorCommand::runCrio(const QStringList &arguments)
{
    const QString kind = QStringLiteral("crio");
    QCommandLineParser p;
    p.setApplicationDescription(tr("A CRI-O registries.conf.d drop-in with [[registry]] and [[registry.mirror]] "
                                   "entries; with --from-config the node's file is merged instead (diff printed)."));
    const QCommandLineOption registry(QStringLiteral("registry"),
        tr("The registry prefix, e.g. docker.io or registry.example.com/team."), QStringLiteral("HOST"));
    const QCommandLineOption mirror(QStringLiteral("mirror"),
        tr("A mirror: URL or host[:port][/path]; repeat for several (tried in order). "
           "http:// marks it insecure."),
        QStringLiteral("URL"));
    const QCommandLineOption location(
        QStringLiteral("location"), tr("Where the registry itself is, when not the prefix."), QStringLiteral("HOST"));
    const QCommandLineOption pullFrom(QStringLiteral("pull-from-mirror"),
        tr("all, digest-only or tag-only (containers-image 5.25+)."), QStringLiteral("MODE"));
    const QCommandLineOption fromConfig(QStringLiteral("from-config"),
        tr("The node's registries.conf or a drop-in to merge into."), QStringLiteral("FILE"));
    const QCommandLineOption search(QStringLiteral("search-registry"),
        tr("Short names instead of mirrors: a registry searched for names without one "
           "(unqualified-search-registries); repeat for several."),
        QStringLiteral("HOST"));
    const QCommandLineOption alias(QStringLiteral("alias"),
        tr("Short names instead of mirrors: SHORT=FULL, e.g. nginx=docker.io/library/nginx; repeat for several."),
        QStringLiteral("SHORT=FULL"));
    p.addOptions(
        {helpOption(), registry, mirror, location, pullFrom, fromConfig, search, alias, outDirOption(), langOption()});
    const int parsed = parseKind(p, arguments, kind);
    if (parsed >= 0)
        return parsed;
    if (p.isSet(search) || p.isSet(alias)) {
        // short-name-unresolved: a drop-in of its own, not a [[registry]] block.
        if (p.isSet(registry) || p.isSet(mirror) || p.isSet(fromConfig))
            return refuse(kind,
                tr("--search-registry and --alias write a short-name drop-in: give them without "
                   "--registry, --mirror and --from-config."));
        CrioShortNameOptions shortNames;
        shortNames.searchRegistries = splitValues(p.values(search));
        for (const QString &a : p.values(alias)) {
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return refuse(kind, tr("--alias: '%1' is not SHORT=FULL.").arg(a));
            shortNames.aliases.append({a.left(eq), a.mid(eq + 1)});
        }
        const QString problem = CrioShortNameGenerator::validate(shortNames);
        if (!problem.isEmpty())
            return refuse(kind, problem);
        return emitWithDiffs(
            CrioShortNameGenerator::generate(shortNames), p.value(QStringLiteral("out-dir")), kind, {});
    }
    CrioMirrorOptions o;
    o.registry = p.value(registry);
    o.location = p.value(location);
    o.mirrors = splitValues(p.values(mirror));
    o.pullFromMirror = p.value(pullFrom);
    const QString problem = CrioRegistryGenerator::validate(o);
    if (!problem.isEmpty())
        return refuse(kind, problem);
    GeneratedSet set = CrioRegistryGenerator::generate(o);
    QList<Diff> diffs;
    if (p.isSet(fromConfig)) {
        QByteArray current;
        QString error;
        if (!readFile(p.value(fromConfig), &current, &error))
            return refuse(kind, tr("--from-config: cannot read %1: %2").arg(p.value(fromConfig), error));
        const QString base = QFileInfo(p.value(fromConfig)).fileName();
        const QString nodePath = base == QLatin1String("registries.conf")
            ? QStringLiteral("etc/containers/registries.conf")
            : QStringLiteral("etc/containers/registries.conf.d/") + base;
        if (!GeneratedFileWriter::isSafeRelativePath(nodePath))
            return refuse(kind, tr("--from-config: '%1' is not a usable file name.").arg(base));
        const CrioMerge merge = CrioRegistryGenerator::merge(current, o, nodePath);
        if (!merge.error.isEmpty())
            return refuse(kind, QStringLiteral("--from-config: ") + merge.error);
        set.files = {GeneratedFile {nodePath, merge.merged, false}};
        set.applyCommands.replace(0, QStringLiteral("sudo install -m 0644 %1 /%1").arg(nodePath));
        // generate()'s last warning is about drop-ins shadowing registries.conf, moot for a merge.
        set.warnings = merge.warnings + set.warnings.mid(0, set.warnings.size() - 1);
        diffs << Diff {nodePath, merge.diff};
    }
    return emitWithDiffs(set, p.value(QStringLiteral("out-dir")), kind, diffs);
}

int GenerateMirrorCommand::runDockerDaemon(const QStringList &arguments)
{
    const QString kind = QStringLiteral("docker-daemon");
    QCommandLineParser p;
    p.setApplicationDescription(tr("Docker's daemon.json registry-mirrors (Docker mirrors Docker Hub only); with "
                                   "--from-config the node's daemon.json is merged (diff printed)."));
    const QCommandLineOption mirror(
        QStringLiteral("mirror"), tr("A mirror root URL; repeat for several."), QStringLiteral("URL"));
    const QCommandLineOption fromConfig(
        QStringLiteral("from-config"), tr("The node's current daemon.json."), QStringLiteral("daemon.json"));
    p.addOptions({helpOption(), mirror, fromConfig, outDirOption(), langOption()});
    const int parsed = parseKind(p, arguments, kind);
    if (parsed >= 0)
        return parsed;
    DockerDaemonOptions o;
    o.mirrors = splitValues(p.values(mirror));
    QString problem = DockerDaemonGenerator::validate(o);
    if (!problem.isEmpty())
        return refuse(kind, problem);
    QByteArray current;
    if (p.isSet(fromConfig)) {
        QString error;
        if (!readFile(p.value(fromConfig), &current, &error))
            return refuse(kind, tr("--from-config: cannot read %1: %2").arg(p.value(fromConfig), error));
    }
    QByteArray diff;
    const GeneratedSet set = DockerDaemonGenerator::generate(o, current, p.isSet(fromConfig), &diff, &problem);
    if (!problem.isEmpty())
        return refuse(kind, QStringLiteral("--from-config: ") + problem);
    QList<Diff> diffs;
    if (p.isSet(fromConfig))
        diffs << Diff {QStringLiteral("etc/docker/daemon.json"), diff};
    return emitWithDiffs(set, p.value(QStringLiteral("out-dir")), kind, diffs);
}

} // namespace PullScope

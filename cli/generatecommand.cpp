#include "generatecommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include "generatealertscommand.h"
#include "generatefixpackcommand.h"
#include "generatemirrorcommand.h"
#include "generate/proxydropin.h"
#include "generate/secretgenerator.h"

namespace PullScope {

namespace {

QString kindsText()
{
    return GenerateCommand::tr(
        "Usage: pullscope-cli generate KIND [options]\n"
        "\n"
        "Kinds:\n"
        "  secret          a kubernetes.io/dockerconfigjson pull secret and the imagePullSecrets patch\n"
        "  proxy           a systemd drop-in giving containerd, docker, kubelet or crio an HTTP(S) proxy\n"
        "  mirror          containerd hosts.toml mirrors (certs.d) and the config.toml lines enabling them\n"
        "  crio            a CRI-O registries.conf.d mirror file\n"
        "  docker-daemon   daemon.json registry-mirrors (Docker Hub only)\n"
        "  alerts          a PrometheusRule (and Prometheus rule file) alerting on failing and slow image pulls\n"
        "  fixpack         one folder or zip fixing a failing container: its wizard's files, apply.sh, verify.sh,\n"
        "                  ROLLBACK.md and a README (INPUT... --select NS/POD/CONTAINER -o DIR|FILE.zip)\n"
        "\n"
        "`pullscope-cli generate KIND --help` lists a kind's options. Without --out-dir the files go to\n"
        "standard output, each under a `# file: PATH` line, followed by the apply and verify commands;\n"
        "with --out-dir DIR each file is written at DIR/PATH (secrets with mode 0600). Warnings go to\n"
        "standard error. A refused field is exit 2, naming the field, and nothing is written.\n");
}

// Values of a repeatable option, each also split at commas.
QStringList splitValues(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        const QStringList parts = v.split(QLatin1Char(','));
        for (const QString &p : parts)
            out << p.trimmed();
    }
    return out;
}

bool readAll(const QString &path, QByteArray *data, QString *error)
{
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = f.errorString();
        return false;
    }
    *data = f.readAll();
    return true;
}

// As the shell's "$(cat FILE)" in the kubectl command this tool prints: trailing line ends dropped.
QString passwordFrom(const QByteArray &data)
{
    QByteArray d = data;
    while (d.endsWith('\n') || d.endsWith('\r'))
        d.chop(1);
    return QString::fromUtf8(d);
}

QCommandLineOption outDirOption()
{
    return QCommandLineOption(QStringLiteral("out-dir"),
        GenerateCommand::tr("Write the files below DIR at their paths on the node instead of printing them."),
        QStringLiteral("DIR"));
}

QCommandLineOption langOption()
{
    return QCommandLineOption(QStringLiteral("lang"), GenerateCommand::tr("Output language: en or zh_CN."),
        QStringLiteral("LANG"), QStringLiteral("en"));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, GenerateCommand::tr("Show this help."));
}

// Common start of a kind: parse, help, no positional arguments. Returns -1 to go on.
int parseKind(QCommandLineParser &p, const QStringList &arguments, const QString &kind)
{
    QTextStream err(stderr);
    if (!p.parse(arguments)) {
        err << "pullscope-cli generate " << kind << ": " << p.errorText() << '\n';
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        err << GenerateCommand::tr("pullscope-cli generate %1: unexpected argument '%2'")
                   .arg(kind, p.positionalArguments().constFirst())
            << '\n';
        return 2;
    }
    return -1;
}

int refuse(const QString &kind, const QString &message)
{
    QTextStream(stderr) << "pullscope-cli generate " << kind << ": " << message << '\n';
    return 2;
}

} // namespace

int GenerateCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QString kind = arguments.value(1);
    if (kind.isEmpty()) {
        err << kindsText();
        return 2;
    }
    if (kind == QLatin1String("--help") || kind == QLatin1String("-h")) {
        QTextStream(stdout) << kindsText();
        return 0;
    }
    const QStringList rest = arguments.mid(1);
    if (kind == QLatin1String("secret"))
        return runSecret(rest);
    if (kind == QLatin1String("proxy"))
        return runProxy(rest);
    // The registry-configuration family lives in generatemirrorcommand.cpp, alerts in
    // generatealertscommand.cpp.
    if (kind == QLatin1String("mirror") || kind == QLatin1String("crio") || kind == QLatin1String("docker-daemon"))
        return runGenerateMirrorFamily(rest);
    if (kind == QLatin1String("alerts"))
        return GenerateAlertsCommand::run(rest);
    if (kind == QLatin1String("fixpack"))
        return GenerateFixPackCommand::run(rest);
    err << tr("pullscope-cli generate: unknown kind '%1'").arg(kind) << '\n' << kindsText();
    return 2;
}

int GenerateCommand::emit(const GeneratedSet &set, const QString &outDir, const QString &kind)
{
    QTextStream err(stderr);
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    for (const QString &w : set.warnings)
        err << tr("warning: %1").arg(w) << '\n';
    err.flush();
    if (outDir.isEmpty()) {
        out.write(GeneratedFileWriter::toStdoutText(set));
        out.write(GeneratedFileWriter::commandsText(set));
        out.flush();
        return 0;
    }
    QString error;
    QStringList written;
    const bool ok = GeneratedFileWriter::writeToDir(set, outDir, &error, &written);
    for (const QString &path : written)
        out.write(tr("wrote %1").arg(QDir::toNativeSeparators(path)).toUtf8() + '\n');
    if (!ok) {
        out.flush();
        return refuse(kind, error);
    }
    if (!set.applyCommands.isEmpty() || !set.verifyCommands.isEmpty())
        out.write("# " + tr("paths below are relative to %1").arg(QDir::toNativeSeparators(outDir)).toUtf8() + '\n');
    out.write(GeneratedFileWriter::commandsText(set));
    out.flush();
    return 0;
}

int GenerateCommand::runSecret(const QStringList &arguments)
{
    const QString kind = QStringLiteral("secret");
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("A kubernetes.io/dockerconfigjson pull secret; its YAML and JSON equal `kubectl create secret "
           "docker-registry NAME ... --dry-run=client -o yaml|json` for the same inputs."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The Secret's name."), QStringLiteral("NAME"));
    const QCommandLineOption ns({QStringLiteral("n"), QStringLiteral("namespace")},
        tr("The namespace (written into the Secret, as kubectl -n does)."), QStringLiteral("NS"));
    const QCommandLineOption server(QStringLiteral("server"),
        tr("The registry key, e.g. harbor.example.com or https://index.docker.io/v1/ (repeat for several "
           "registries, each with its own --username and --password-file)."),
        QStringLiteral("SERVER"));
    const QCommandLineOption username(
        QStringLiteral("username"), tr("The registry user name."), QStringLiteral("USER"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), tr("Read the password from standard input (one registry)."));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        tr("Read the password from FILE (trailing line ends dropped). With --output kubectl the printed "
           "command reads this file; without it the command prompts."),
        QStringLiteral("FILE"));
    const QCommandLineOption email(
        QStringLiteral("email"), tr("An e-mail address (optional)."), QStringLiteral("EMAIL"));
    const QCommandLineOption fromConfig(QStringLiteral("from-docker-config"),
        tr("Import the registries of an existing ~/.docker/config.json or .dockerconfigjson: the entries "
           "holding a user name and password (and HttpHeaders) are copied; credential helpers are not."),
        QStringLiteral("FILE"));
    const QCommandLineOption sa(QStringLiteral("service-account"),
        tr("Also patch this ServiceAccount's imagePullSecrets."), QStringLiteral("SA"));
    const QCommandLineOption deployment(QStringLiteral("deployment"),
        tr("Also patch this Deployment's pod template imagePullSecrets."), QStringLiteral("NAME"));
    const QCommandLineOption statefulset(QStringLiteral("statefulset"),
        tr("Also patch this StatefulSet's pod template imagePullSecrets."), QStringLiteral("NAME"));
    const QCommandLineOption daemonset(QStringLiteral("daemonset"),
        tr("Also patch this DaemonSet's pod template imagePullSecrets."), QStringLiteral("NAME"));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("yaml, json, dockerconfigjson or kubectl (default yaml)."), QStringLiteral("FORMAT"),
        QStringLiteral("yaml"));
    const QCommandLineOption preset(QStringLiteral("preset"),
        tr("Fill in a provider's server and user name: dockerhub, harbor, ecr, acr, gcr, aliyun."),
        QStringLiteral("ID"));
    const QCommandLineOption image(QStringLiteral("image"),
        tr("The failing image: warn when the kubelet would not use these credentials for it."),
        QStringLiteral("IMAGE"));
    p.addOptions({helpOption(), name, ns, server, username, passwordStdin, passwordFile, email, fromConfig, sa,
        deployment, statefulset, daemonset, output, preset, image, outDirOption(), langOption()});
    const int parsed = parseKind(p, arguments, kind);
    if (parsed >= 0)
        return parsed;

    SecretOptions o;
    o.name = p.value(name);
    o.ns = p.value(ns);
    o.image = p.value(image);
    const QString fmt = p.value(output);
    if (fmt == QLatin1String("yaml"))
        o.output = SecretOptions::Output::Yaml;
    else if (fmt == QLatin1String("json"))
        o.output = SecretOptions::Output::Json;
    else if (fmt == QLatin1String("dockerconfigjson"))
        o.output = SecretOptions::Output::DockerConfigJson;
    else if (fmt == QLatin1String("kubectl"))
        o.output = SecretOptions::Output::Kubectl;
    else
        return refuse(kind, tr("--output takes yaml, json, dockerconfigjson or kubectl"));

    int targets = 0;
    const std::pair<const QCommandLineOption *, SecretOptions::PatchTarget> targetOptions[] = {
        {&sa, SecretOptions::PatchTarget::ServiceAccount},
        {&deployment, SecretOptions::PatchTarget::Deployment},
        {&statefulset, SecretOptions::PatchTarget::StatefulSet},
        {&daemonset, SecretOptions::PatchTarget::DaemonSet},
    };
    for (const auto &t : targetOptions) {
        if (p.isSet(*t.first)) {
            ++targets;
            o.patchTarget = t.second;
            o.patchName = p.value(*t.first);
        }
    }
    if (targets > 1)
        return refuse(kind,
            tr("give only one of --service-account, --deployment, --statefulset, --daemonset (patch the "
               "ServiceAccount or the owning workload, never the pod)"));

    if (p.isSet(fromConfig)) {
        if (p.isSet(server) || p.isSet(username) || p.isSet(passwordStdin) || p.isSet(passwordFile) || p.isSet(preset))
            return refuse(
                kind, tr("--from-docker-config cannot be combined with --server, --username, a password or --preset"));
        QString error;
        o.dockerConfigSource = p.value(fromConfig);
        if (!readAll(o.dockerConfigSource, &o.dockerConfig, &error))
            return refuse(kind, tr("--from-docker-config: cannot read %1: %2").arg(o.dockerConfigSource, error));
        if (o.dockerConfig.isEmpty())
            return refuse(kind, tr("--from-docker-config: %1 is empty").arg(o.dockerConfigSource));
    } else {
        QStringList servers = p.values(server);
        QStringList users = p.values(username);
        const QStringList files = p.values(passwordFile);
        const QStringList emails = p.values(email);
        if (p.isSet(preset)) {
            const RegistryPreset pr = SecretGenerator::preset(p.value(preset));
            if (pr.id.isEmpty())
                return refuse(kind, tr("--preset takes dockerhub, harbor, ecr, acr, gcr or aliyun"));
            if (servers.isEmpty() && !pr.serverIsExample)
                servers << pr.server;
            if (servers.isEmpty())
                return refuse(kind, tr("--server is required with --preset %1 (e.g. %2)").arg(pr.id, pr.server));
            if (users.isEmpty() && pr.usernameIsFixed)
                users << pr.username;
        }
        if (servers.isEmpty())
            return refuse(kind, tr("--server is required (or --from-docker-config)"));
        if (users.size() != servers.size())
            return refuse(kind, tr("--username is required once for each --server"));
        if (!emails.isEmpty() && emails.size() != servers.size())
            return refuse(kind, tr("--email is given once for each --server, or not at all"));
        if (p.isSet(passwordStdin) && (servers.size() > 1 || !files.isEmpty()))
            return refuse(
                kind, tr("--password-stdin takes the password of a single registry and excludes --password-file"));
        const bool kubectlSingle = o.output == SecretOptions::Output::Kubectl && servers.size() == 1;
        if (kubectlSingle && p.isSet(passwordStdin))
            return refuse(kind,
                tr("--output kubectl prints a command that reads the password itself: use "
                   "--password-file FILE (read when the command runs) or neither (it prompts)"));
        if (!p.isSet(passwordStdin) && files.size() != servers.size() && !(kubectlSingle && files.isEmpty()))
            return refuse(kind,
                tr("a password is required: --password-stdin or --password-file FILE for each --server "
                   "(never on the command line)"));
        for (int i = 0; i < servers.size(); ++i) {
            RegistryCredential c;
            c.server = servers.at(i);
            c.username = users.at(i);
            c.email = emails.value(i);
            QByteArray data;
            QString error;
            if (p.isSet(passwordStdin)) {
                if (!readAll(QStringLiteral("-"), &data, &error))
                    return refuse(kind, tr("--password-stdin: %1").arg(error));
            } else if (i < files.size() && !kubectlSingle) {
                if (!readAll(files.at(i), &data, &error))
                    return refuse(kind, tr("--password-file: cannot read %1: %2").arg(files.at(i), error));
            }
            c.password = passwordFrom(data);
            o.registries << c;
        }
        if (kubectlSingle)
            o.passwordFile = files.value(0);
    }
    const QString problem = SecretGenerator::validate(o);
    if (!problem.isEmpty())
        return refuse(kind, problem);
    return emit(SecretGenerator::generate(o), p.value(QStringLiteral("out-dir")), kind);
}

int GenerateCommand::runProxy(const QStringList &arguments)
{
    const QString kind = QStringLiteral("proxy");
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("A systemd drop-in etc/systemd/system/SERVICE.service.d/http-proxy.conf with HTTP_PROXY, HTTPS_PROXY and "
           "NO_PROXY in upper and lower case. NO_PROXY always holds localhost, 127.0.0.1, ::1, the cluster's "
           "ranges, .svc and the cluster domain."));
    const QCommandLineOption service(
        QStringLiteral("service"), tr("containerd, docker, kubelet or crio."), QStringLiteral("SERVICE"));
    const QCommandLineOption http(QStringLiteral("http-proxy"),
        tr("The proxy URL, e.g. http://proxy.example.com:3128 (user:password@ allowed, percent-encoded)."),
        QStringLiteral("URL"));
    const QCommandLineOption https(
        QStringLiteral("https-proxy"), tr("The proxy for HTTPS (default: the HTTP proxy)."), QStringLiteral("URL"));
    const QCommandLineOption noProxy(QStringLiteral("no-proxy"),
        tr("More NO_PROXY entries (repeatable, comma-separated)."), QStringLiteral("ITEMS"));
    const QCommandLineOption pod(QStringLiteral("pod-cidr"), tr("The pod network range(s)."), QStringLiteral("CIDR"));
    const QCommandLineOption svc(QStringLiteral("service-cidr"),
        tr("The service range(s) (default: kubeadm's 10.96.0.0/12)."), QStringLiteral("CIDR"));
    const QCommandLineOption node(
        QStringLiteral("node-cidr"), tr("The nodes' network range(s)."), QStringLiteral("CIDR"));
    const QCommandLineOption domain(
        QStringLiteral("cluster-domain"), tr("The cluster domain (default cluster.local)."), QStringLiteral("DOMAIN"));
    const QCommandLineOption api(QStringLiteral("api-server"),
        tr("The API server's host, host:port or URL, kept off the proxy."), QStringLiteral("HOST"));
    const QCommandLineOption mirror(QStringLiteral("mirror"),
        tr("A registry mirror (host or URL) reached without the proxy (repeatable)."), QStringLiteral("URL"));
    p.addOptions({helpOption(), service, http, https, noProxy, pod, svc, node, domain, api, mirror, outDirOption(),
        langOption()});
    const int parsed = parseKind(p, arguments, kind);
    if (parsed >= 0)
        return parsed;

    ProxyOptions o;
    o.service = p.value(service);
    static const QStringList services
        = {QStringLiteral("containerd"), QStringLiteral("docker"), QStringLiteral("kubelet"), QStringLiteral("crio")};
    if (!services.contains(o.service))
        return refuse(kind, tr("--service takes containerd, docker, kubelet or crio"));
    if (!p.isSet(http))
        return refuse(kind, tr("--http-proxy is required"));
    o.httpProxy = p.value(http);
    o.httpsProxy = p.value(https);
    o.noProxy = splitValues(p.values(noProxy));
    o.podCidrs = splitValues(p.values(pod));
    o.serviceCidrs = splitValues(p.values(svc));
    o.nodeCidrs = splitValues(p.values(node));
    o.clusterDomain = p.value(domain);
    o.apiServer = p.value(api);
    o.mirrors = splitValues(p.values(mirror));
    const QString problem = ProxyDropIn::validate(o);
    if (!problem.isEmpty())
        return refuse(kind, problem);
    return emit(ProxyDropIn::generate(o), p.value(QStringLiteral("out-dir")), kind);
}

} // namespace PullScope

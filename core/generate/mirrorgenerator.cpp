#include "mirrorgenerator.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

#include "fieldvalidator.h"
#include "tomltext.h"

namespace PullScope {

namespace {

const QStringList &knownCapabilities()
{
    static const QStringList caps {QStringLiteral("pull"), QStringLiteral("resolve"), QStringLiteral("push")};
    return caps;
}

QStringList effectiveCapabilities(const MirrorEndpoint &e)
{
    return e.capabilities.isEmpty() ? QStringList {QStringLiteral("pull"), QStringLiteral("resolve")} : e.capabilities;
}

// The part of a URL after the authority ("" or "/", or "/v2/dockerhub-proxy").
QString urlPath(const QString &url)
{
    const int scheme = int(url.indexOf(QLatin1String("://")));
    const int slash = int(url.indexOf(QLatin1Char('/'), scheme < 0 ? 0 : scheme + 3));
    return slash < 0 ? QString() : url.mid(slash);
}

bool hasPath(const QString &url)
{
    const QString p = urlPath(url);
    return !p.isEmpty() && p != QLatin1String("/");
}

QString validateFileRef(const QString &field, const HostsFileRef &ref, bool certificate)
{
    if (!ref.isSet())
        return {};
    QString problem = FieldValidator::noControlCharacters(field, ref.path);
    if (!problem.isEmpty())
        return problem;
    if (!ref.content.isEmpty()) {
        if (certificate && QSslCertificate::fromData(ref.content, QSsl::Pem).isEmpty())
            return QCoreApplication::translate("Generate", "%1: '%2' holds no PEM certificate.")
                .arg(field, FieldValidator::displayValue(ref.path));
        if (!certificate && !ref.content.contains("-----BEGIN "))
            return QCoreApplication::translate("Generate", "%1: '%2' holds no PEM key.")
                .arg(field, FieldValidator::displayValue(ref.path));
    } else if (ref.path.trimmed().isEmpty()) {
        return QCoreApplication::translate("Generate", "%1: the path is empty.").arg(field);
    }
    return {};
}

QString validateEndpoint(const MirrorEndpoint &e, bool isUpstream)
{
    const QString urlField = isUpstream ? QStringLiteral("server") : QStringLiteral("--mirror");
    if (!isUpstream || !e.url.isEmpty()) {
        QString problem = FieldValidator::url(urlField, e.url, FieldValidator::AllowPath);
        if (!problem.isEmpty())
            return problem;
    }
    for (const QString &c : e.capabilities) {
        if (!knownCapabilities().contains(c))
            return QCoreApplication::translate(
                "Generate", "--capabilities: '%1' is not a capability; use pull, resolve or push.")
                .arg(FieldValidator::displayValue(c));
    }
    if (e.overridePath && !e.url.isEmpty() && !hasPath(e.url))
        return QCoreApplication::translate("Generate",
            "--override-path: '%1' has no path; override_path makes containerd use the URL's path as the "
            "registry API root.")
            .arg(FieldValidator::displayValue(e.url));
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    for (const MirrorHeader &h : e.headers) {
        if (!token.match(h.name).hasMatch())
            return QCoreApplication::translate("Generate", "--header: '%1' is not a valid HTTP header name.")
                .arg(FieldValidator::displayValue(h.name));
        QString problem = FieldValidator::noControlCharacters(QStringLiteral("--header"), h.value);
        if (!problem.isEmpty())
            return problem;
    }
    QString problem = validateFileRef(QStringLiteral("--ca"), e.ca, true);
    if (problem.isEmpty())
        problem = validateFileRef(QStringLiteral("--client-cert"), e.clientCert, true);
    if (problem.isEmpty())
        problem = validateFileRef(QStringLiteral("--client-key"), e.clientKey, false);
    if (problem.isEmpty() && e.clientKey.isSet() && !e.clientCert.isSet())
        problem = QCoreApplication::translate("Generate", "--client-key: a client key needs --client-cert.");
    return problem;
}

// Files given by content land beside hosts.toml; equal contents share one file.
class BesideFiles
{
public:
    QString place(const HostsFileRef &ref, const QString &base, const QString &suffix, bool secret)
    {
        if (ref.content.isEmpty())
            return ref.path;
        const QString key = base + QLatin1Char('\n') + QString::fromLatin1(ref.content.toBase64());
        const auto it = m_names.constFind(key);
        if (it != m_names.constEnd())
            return *it;
        const int n = ++m_counts[base + suffix];
        const QString name
            = n == 1 ? QString(base + suffix) : QString(base + QLatin1Char('-') + QString::number(n) + suffix);
        m_names.insert(key, name);
        m_files.append({name, ref.content, secret});
        return name;
    }
    QList<GeneratedFile> files() const { return m_files; }

private:
    QHash<QString, QString> m_names;
    QHash<QString, int> m_counts;
    QList<GeneratedFile> m_files;
};

// The keys one host (or the server, at the top level) carries.
void fillHostTable(toml::table &t, const MirrorEndpoint &e, bool withCapabilities, BesideFiles &beside)
{
    if (withCapabilities) {
        toml::array caps;
        for (const QString &c : effectiveCapabilities(e))
            caps.push_back(TomlText::str(c));
        t.insert("capabilities", std::move(caps));
    }
    if (e.ca.isSet())
        t.insert("ca", TomlText::str(beside.place(e.ca, QStringLiteral("ca"), QStringLiteral(".crt"), false)));
    if (e.clientCert.isSet()) {
        const QString cert = beside.place(e.clientCert, QStringLiteral("client"), QStringLiteral(".cert"), false);
        if (e.clientKey.isSet()) {
            const QString key = beside.place(e.clientKey, QStringLiteral("client"), QStringLiteral(".key"), true);
            // [[cert, key]]: a pair is an array inside the list of client certificates.
            toml::array pair {TomlText::str(cert), TomlText::str(key)};
            toml::array list;
            list.push_back(std::move(pair));
            t.insert("client", std::move(list));
        } else {
            t.insert("client", TomlText::str(cert));
        }
    }
    if (e.skipVerify)
        t.insert("skip_verify", true);
    if (e.overridePath)
        t.insert("override_path", true);
    if (!e.headers.isEmpty()) {
        toml::table headers;
        QStringList order;
        QHash<QString, QStringList> values;
        for (const MirrorHeader &h : e.headers) {
            if (!values.contains(h.name))
                order << h.name;
            values[h.name] << h.value;
        }
        for (const QString &name : order) {
            const QStringList &v = values[name];
            if (v.size() == 1) {
                headers.insert(TomlText::str(name), TomlText::str(v.first()));
            } else {
                toml::array a;
                for (const QString &s : v)
                    a.push_back(TomlText::str(s));
                headers.insert(TomlText::str(name), std::move(a));
            }
        }
        t.insert("header", std::move(headers));
    }
}

// An endpoint whose path starts with /v2/ is a registry API at that path (a Harbor
// proxy-cache project): without override_path containerd would append another /v2.
MirrorEndpoint withPathRule(MirrorEndpoint e, QStringList *warnings)
{
    if (e.url.isEmpty() || !hasPath(e.url) || e.overridePath)
        return e;
    QString path = urlPath(e.url);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/v2")) {
        e.url = e.url.left(e.url.size() - urlPath(e.url).size());
        return e;
    }
    if (path.startsWith(QLatin1String("/v2/"))) {
        e.overridePath = true;
        if (warnings)
            warnings->append(QCoreApplication::translate("Generate",
                "%1: override_path = true is set because the path holds the registry API "
                "(without it containerd would request %2/v2/...).")
                                 .arg(e.url, e.url));
    } else if (warnings) {
        warnings->append(QCoreApplication::translate("Generate",
            "%1: containerd appends /v2 to this path (requests go to %1/v2/...); use "
            "--override-path when the registry API is at the URL itself.")
                             .arg(e.url));
    }
    return e;
}

} // namespace

QStringList MirrorGenerator::containerdVersions()
{
    return {QStringLiteral("1.6"), QStringLiteral("1.7"), QStringLiteral("2.0"), QStringLiteral("2.1")};
}

int MirrorGenerator::configVersionFor(const QString &containerdVersion)
{
    return containerdVersion.startsWith(QLatin1String("1.")) ? 2 : 3;
}

QStringList MirrorGenerator::registryTablePath(int configVersion)
{
    if (configVersion >= 3)
        return {QStringLiteral("plugins"), QStringLiteral("io.containerd.cri.v1.images"), QStringLiteral("registry")};
    if (configVersion == 2)
        return {QStringLiteral("plugins"), QStringLiteral("io.containerd.grpc.v1.cri"), QStringLiteral("registry")};
    return {QStringLiteral("plugins"), QStringLiteral("cri"), QStringLiteral("registry")};
}

QString MirrorGenerator::containerdVersionFromRuntime(const QString &containerRuntimeVersion)
{
    static const QRegularExpression re(QStringLiteral("^containerd://v?(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch m = re.match(containerRuntimeVersion.trimmed());
    if (!m.hasMatch())
        return {};
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    if (major <= 1)
        return minor <= 6 ? QStringLiteral("1.6") : QStringLiteral("1.7");
    return major == 2 && minor == 0 ? QStringLiteral("2.0") : QStringLiteral("2.1");
}

QString MirrorGenerator::defaultUpstream(const QString &registry)
{
    if (registry == QLatin1String("_default"))
        return {};
    if (registry == QLatin1String("docker.io"))
        return QStringLiteral("https://registry-1.docker.io");
    return QStringLiteral("https://") + registry;
}

QString MirrorGenerator::hostsDirectory(const QString &registry)
{
    return registry;
}

QString MirrorGenerator::sampleImage(const QString &registry)
{
    if (registry == QLatin1String("docker.io"))
        return QStringLiteral("docker.io/library/busybox:latest");
    if (registry == QLatin1String("registry.k8s.io"))
        return QStringLiteral("registry.k8s.io/pause:3.9");
    if (registry == QLatin1String("_default"))
        return QStringLiteral("REGISTRY/REPOSITORY:TAG");
    return registry + QStringLiteral("/REPOSITORY:TAG");
}

QString MirrorGenerator::validate(const MirrorOptions &o)
{
    if (o.registry != QLatin1String("_default")) {
        QString problem = FieldValidator::registryHost(QStringLiteral("--registry"), o.registry);
        if (!problem.isEmpty())
            return problem;
    }
    if (o.mirrors.isEmpty() && !o.upstream.ca.isSet() && !o.upstream.clientCert.isSet() && !o.upstream.skipVerify
        && o.upstream.url.isEmpty())
        return QCoreApplication::translate("Generate", "--mirror: give at least one mirror URL.");
    if (o.noFallback && o.mirrors.isEmpty())
        return QCoreApplication::translate(
            "Generate", "--no-fallback: without a mirror there is nothing to pull from.");
    for (const MirrorEndpoint &e : o.mirrors) {
        QString problem = validateEndpoint(e, false);
        if (!problem.isEmpty())
            return problem;
    }
    QString problem = validateEndpoint(o.upstream, true);
    if (!problem.isEmpty())
        return problem;
    if (!containerdVersions().contains(o.containerdVersion))
        return QCoreApplication::translate("Generate", "--containerd: '%1' is not supported; use 1.6, 1.7, 2.0 or 2.1.")
            .arg(FieldValidator::displayValue(o.containerdVersion));
    // The folder also lands in shell commands, so it is kept to plain path characters.
    static const QRegularExpression plainPath(QStringLiteral("^/[A-Za-z0-9._/-]*$"));
    if (!plainPath.match(o.certsDir).hasMatch() || o.certsDir.contains(QLatin1String("..")))
        return QCoreApplication::translate(
            "Generate", "config_path: '%1' must be an absolute path of letters, digits, '.', '_', '-' and '/'.")
            .arg(FieldValidator::displayValue(o.certsDir));
    return {};
}

QByteArray MirrorGenerator::hostsToml(const MirrorOptions &o, QList<GeneratedFile> *besideFiles, QStringList *warnings)
{
    BesideFiles beside;
    QList<MirrorEndpoint> hosts;
    for (const MirrorEndpoint &e : o.mirrors)
        hosts << withPathRule(e, warnings);
    MirrorEndpoint server = withPathRule(o.upstream, warnings);
    if (server.url.isEmpty())
        server.url = defaultUpstream(o.registry);
    bool serverCapabilities = false;
    if (o.noFallback && !hosts.isEmpty()) {
        // containerd appends the upstream whenever `server` is missing, so "no fallback"
        // means the last mirror is the server (the mirror-only form of containerd's docs).
        // It stays a [host] too: containerd 1.6 rejects a hosts.toml without any [host]
        // ("invalid `host` tree") and then silently uses the registry itself.
        server = hosts.last();
        serverCapabilities = !server.capabilities.isEmpty();
    } else if (hosts.isEmpty() && !server.url.isEmpty()) {
        // Only settings for the registry itself (a converted configs.*.tls): the same
        // entry as a [host], for the reason above.
        hosts << server;
    }

    toml::table top;
    if (!server.url.isEmpty())
        top.insert("server", TomlText::str(server.url));
    fillHostTable(top, server, serverCapabilities, beside);
    QByteArray text = top.empty() ? QByteArray() : TomlText::serialize(top);
    // toml++ tables are sorted maps, and host order is the order containerd tries them:
    // each host is serialized on its own and the sections are joined in order.
    for (const MirrorEndpoint &e : hosts) {
        toml::table entry;
        fillHostTable(entry, e, true, beside);
        toml::table hostTable;
        hostTable.insert(TomlText::str(e.url), std::move(entry));
        toml::table doc;
        doc.insert("host", std::move(hostTable));
        if (!text.isEmpty())
            text += '\n';
        text += TomlText::serialize(doc);
    }
    if (besideFiles)
        *besideFiles = beside.files();
    return text;
}

QByteArray MirrorGenerator::configPathSnippet(const QString &containerdVersion, const QString &certsDir)
{
    const int version = configVersionFor(containerdVersion);
    const QStringList path = registryTablePath(version);
    toml::table registry;
    registry.insert("config_path", TomlText::str(certsDir));
    toml::table plugin;
    plugin.insert(TomlText::str(path[2]), std::move(registry));
    toml::table plugins;
    plugins.insert(TomlText::str(path[1]), std::move(plugin));
    toml::table top;
    top.insert("version", version);
    top.insert("plugins", std::move(plugins));
    return TomlText::serialize(top);
}

GeneratedSet MirrorGenerator::generate(const MirrorOptions &o)
{
    GeneratedSet set;
    const QString problem = validate(o);
    if (!problem.isEmpty()) {
        set.warnings << problem;
        return set;
    }
    QString certsDir = o.certsDir;
    while (certsDir.size() > 1 && certsDir.endsWith(QLatin1Char('/')))
        certsDir.chop(1);
    const QString nodeDir = certsDir + QLatin1Char('/') + hostsDirectory(o.registry);
    const QString relDir = nodeDir.mid(1);

    QList<GeneratedFile> beside;
    QStringList warnings;
    const QByteArray hosts = hostsToml(o, &beside, &warnings);
    set.files.append({relDir + QStringLiteral("/hosts.toml"), hosts, false});
    for (GeneratedFile f : beside) {
        f.path = relDir + QLatin1Char('/') + f.path;
        set.files.append(f);
    }
    const QString snippetPath = QStringLiteral("etc/containerd/config.toml.snippet");
    if (o.configSnippet)
        set.files.append({snippetPath, configPathSnippet(o.containerdVersion, certsDir), false});

    QList<MirrorEndpoint> all = o.mirrors;
    all << o.upstream;
    for (const MirrorEndpoint &e : all) {
        const QString name = e.url.isEmpty() ? defaultUpstream(o.registry) : e.url;
        if (e.skipVerify)
            warnings << QCoreApplication::translate("Generate",
                "%1: skip_verify = true turns off TLS certificate checks, so anyone between the node "
                "and this host can serve images. Prefer --ca with the registry's CA.")
                            .arg(name);
        if (e.url.startsWith(QLatin1String("http://")))
            warnings << QCoreApplication::translate(
                "Generate", "%1: plain HTTP, images travel unencrypted and unauthenticated.")
                            .arg(name);
    }
    if (o.noFallback) {
        bool resolves = false;
        for (const MirrorEndpoint &e : o.mirrors)
            resolves = resolves || effectiveCapabilities(e).contains(QLatin1String("resolve"));
        if (!resolves)
            warnings << QCoreApplication::translate(
                "Generate", "No mirror has the resolve capability and there is no fallback: pulls by tag will fail.");
        warnings << QCoreApplication::translate(
            "Generate", "--no-fallback: %1 itself is never contacted; when the mirrors fail, the pull fails.")
                        .arg(o.registry);
    } else if (o.registry == QLatin1String("docker.io")) {
        warnings << QCoreApplication::translate(
            "Generate", "docker.io falls back to https://registry-1.docker.io when every mirror fails.");
    }
    if (o.configSnippet)
        warnings << QCoreApplication::translate("Generate",
            "%1 holds only the lines that enable config_path; merge them into /etc/containerd/config.toml "
            "(or pass --from-config with the node's config.toml to get a merged file) instead of "
            "replacing it.")
                        .arg(snippetPath);
    set.warnings = warnings;

    set.applyCommands << QStringLiteral("sudo mkdir -p ") + nodeDir;
    for (const GeneratedFile &f : set.files) {
        if (f.path == snippetPath)
            continue;
        set.applyCommands << QStringLiteral("sudo install -m %1 %2 /%2")
                                 .arg(f.secret ? QStringLiteral("0600") : QStringLiteral("0644"), f.path);
    }
    if (o.configSnippet)
        set.applyCommands << QStringLiteral("sudo systemctl restart containerd   # only after changing config.toml; "
                                            "changes under config_path need no restart");
    const QString image = sampleImage(o.registry);
    set.verifyCommands << QStringLiteral("sudo containerd config dump | grep -n config_path")
                       << QStringLiteral("sudo ctr images pull --hosts-dir ") + certsDir + QLatin1Char(' ') + image
                       << QStringLiteral("sudo crictl pull ") + image;
    return set;
}

} // namespace PullScope

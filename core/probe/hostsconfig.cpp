#include "probe/hostsconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include "generate/tomltext.h"

namespace PullScope {

namespace {
struct Placed
{
    HostsEndpoint endpoint;
    toml::source_position position;
};

QUrl withScheme(const QString &value)
{
    return QUrl(value.contains(QLatin1String("://")) ? value : QStringLiteral("https://") + value);
}

// Applies one table's settings (the top level for `server`, or [host."URL"]).
HostsEndpoint endpointFrom(const QUrl &url, const toml::table &t, const QString &dir)
{
    HostsEndpoint e;
    e.apiRoot = url;
    const bool overridePath = t["override_path"].value_or(false);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!overridePath && !path.endsWith(QLatin1String("/v2")))
        path += QStringLiteral("/v2");
    e.apiRoot.setPath(path);
    e.capabilities = TomlText::stringList(t.get("capabilities"));
    if (e.capabilities.isEmpty())
        e.capabilities = {QStringLiteral("pull"), QStringLiteral("resolve")};
    for (const QString &ca : TomlText::stringList(t.get("ca")))
        e.caFiles << (QFileInfo(ca).isAbsolute() ? ca : QDir(dir).filePath(ca));
    e.skipVerify = t["skip_verify"].value_or(false);
    return e;
}
} // namespace

QUrl HostsConfig::defaultServer(const QString &registry)
{
    if (registry == QLatin1String("docker.io"))
        return QUrl(QStringLiteral("https://registry-1.docker.io/v2"));
    return QUrl(QStringLiteral("https://") + registry + QStringLiteral("/v2"));
}

QString HostsConfig::directoryFor(const QString &hostsDir, const QString &registry)
{
    QStringList candidates;
    const int colon = int(registry.lastIndexOf(QLatin1Char(':')));
    if (colon > 0 && !registry.endsWith(QLatin1Char(']')))
        candidates << registry.left(colon) + QLatin1Char('_') + registry.mid(colon + 1) + QLatin1Char('_');
    candidates << registry << QStringLiteral("_default");
    for (const QString &c : candidates) {
        const QString dir = QDir(hostsDir).filePath(c);
        if (QFileInfo(dir).isDir())
            return dir;
    }
    return {};
}

bool HostsConfig::load(const QString &hostsDir, const QString &registry, QList<HostsEndpoint> *endpoints,
    QStringList *warnings, QString *error)
{
    endpoints->clear();
    const QString dir = directoryFor(hostsDir, registry);
    HostsEndpoint server;
    server.apiRoot = defaultServer(registry);
    server.capabilities = {QStringLiteral("pull"), QStringLiteral("resolve"), QStringLiteral("push")};
    server.isServer = true;
    if (dir.isEmpty()) {
        warnings->append(
            QCoreApplication::translate("Probe", "%1 has no directory for %2: the registry is used directly")
                .arg(hostsDir, registry));
        endpoints->append(server);
        return true;
    }
    QFile f(QDir(dir).filePath(QStringLiteral("hosts.toml")));
    if (!f.exists()) {
        const QStringList crts = QDir(dir).entryList({QStringLiteral("*.crt")}, QDir::Files, QDir::Name);
        for (const QString &c : crts)
            server.caFiles << QDir(dir).filePath(c);
        endpoints->append(server);
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    QString parseError;
    const std::optional<toml::table> doc = TomlText::parse(f.readAll(), &parseError);
    if (!doc) {
        *error = QStringLiteral("%1: %2").arg(f.fileName(), parseError);
        return false;
    }
    if (const auto *s = doc->get_as<std::string>("server")) {
        server = endpointFrom(withScheme(TomlText::qstr(s->get())), *doc, dir);
        server.isServer = true;
    } else {
        // Top-level settings without `server` apply to the registry's default endpoint.
        server = endpointFrom(defaultServer(registry), *doc, dir);
        server.capabilities = {QStringLiteral("pull"), QStringLiteral("resolve"), QStringLiteral("push")};
        server.isServer = true;
    }
    QList<Placed> hosts;
    if (const toml::table *table = doc->get_as<toml::table>("host")) {
        for (const auto &[key, node] : *table) {
            const toml::table *h = node.as_table();
            if (!h)
                continue;
            hosts.append({endpointFrom(withScheme(TomlText::qstr(key.str())), *h, dir), h->source().begin});
        }
    }
    // Written order, as containerd reads it; toml++ keeps keys sorted.
    std::stable_sort(hosts.begin(), hosts.end(), [](const Placed &a, const Placed &b) {
        return a.position.line != b.position.line ? a.position.line < b.position.line
                                                  : a.position.column < b.position.column;
    });
    for (const Placed &p : hosts)
        endpoints->append(p.endpoint);
    if (!server.apiRoot.isEmpty())
        endpoints->append(server);
    return true;
}

} // namespace PullScope

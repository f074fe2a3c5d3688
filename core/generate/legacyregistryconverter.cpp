#include "legacyregistryconverter.h"

#include <QCoreApplication>
#include <QMap>

#include "fieldvalidator.h"
#include "tomltext.h"

namespace PullScope {

namespace {

QString stringAt(const toml::table *t, const char *key)
{
    if (!t)
        return {};
    const toml::node *n = t->get(key);
    const auto *s = n ? n->as_string() : nullptr;
    return s ? TomlText::qstr(s->get()) : QString();
}

bool boolAt(const toml::table *t, const char *key)
{
    if (!t)
        return false;
    const toml::node *n = t->get(key);
    const auto *b = n ? n->as_boolean() : nullptr;
    return b && b->get();
}

// "https://host:5000/path" -> "host:5000"
QString authorityOf(const QString &url)
{
    QString rest = url;
    const int scheme = int(rest.indexOf(QLatin1String("://")));
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    const int slash = int(rest.indexOf(QLatin1Char('/')));
    return slash < 0 ? rest : rest.left(slash);
}

struct Tls
{
    QString caFile;
    QString certFile;
    QString keyFile;
    bool skipVerify = false;
    bool present = false;
};

void applyTls(MirrorEndpoint &e, const Tls &tls)
{
    if (!tls.present)
        return;
    if (!tls.caFile.isEmpty())
        e.ca = {tls.caFile, {}};
    if (!tls.certFile.isEmpty())
        e.clientCert = {tls.certFile, {}};
    if (!tls.keyFile.isEmpty())
        e.clientKey = {tls.keyFile, {}};
    e.skipVerify = tls.skipVerify;
}

} // namespace

LegacyConversion LegacyRegistryConverter::convert(const QByteArray &configToml, const QString &containerdVersion)
{
    LegacyConversion c;
    QString parseError;
    const std::optional<toml::table> parsed = TomlText::parse(configToml, &parseError);
    if (!parsed) {
        c.error = QCoreApplication::translate("Generate", "config.toml: %1").arg(parseError);
        return c;
    }
    const toml::table &root = *parsed;
    if (const toml::node *v = root.get("version"); v && v->as_integer())
        c.configVersion = int(v->as_integer()->get());

    // The file's own version decides its plugin names; a file using another form's table
    // is still read.
    const toml::table *registry = nullptr;
    QList<int> versions {c.configVersion, 2, 3, 1};
    for (int v : versions) {
        registry = TomlText::tableAt(root, MirrorGenerator::registryTablePath(v));
        if (registry) {
            c.registryTablePath = MirrorGenerator::registryTablePath(v);
            break;
        }
    }
    if (!registry) {
        c.registryTablePath = MirrorGenerator::registryTablePath(c.configVersion);
        return c;
    }
    c.configPath = stringAt(registry, "config_path");

    QMap<QString, Tls> tlsByHost;
    QMap<QString, RegistryCredential> creds;
    QStringList credSources;
    auto addCredential = [&](const QString &server, const toml::table *auth, const QString &where) {
        if (!auth)
            return;
        RegistryCredential cred;
        cred.server = server;
        cred.username = stringAt(auth, "username");
        cred.password = stringAt(auth, "password");
        const QString encoded = stringAt(auth, "auth");
        if (cred.username.isEmpty() && cred.password.isEmpty() && !encoded.isEmpty()) {
            const QString decoded = QString::fromUtf8(QByteArray::fromBase64(encoded.toLatin1()));
            const int colon = int(decoded.indexOf(QLatin1Char(':')));
            if (colon > 0) {
                cred.username = decoded.left(colon);
                cred.password = decoded.mid(colon + 1);
            }
        }
        if (!stringAt(auth, "identitytoken").isEmpty())
            c.warnings << QCoreApplication::translate("Generate",
                "%1: the identitytoken for %2 cannot move into a pull secret (the kubelet reads only "
                "user name and password); create a token the registry accepts as a password.")
                              .arg(where, server);
        if (cred.username.isEmpty() && cred.password.isEmpty())
            return;
        if (creds.contains(server))
            c.warnings << QCoreApplication::translate(
                "Generate", "%1: credentials for %2 are given twice; the ones from registry.configs are used.")
                              .arg(where, server);
        if (!creds.contains(server) || where.contains(QLatin1String("configs")))
            creds.insert(server, cred);
        credSources << where;
    };

    if (const toml::table *auths = TomlText::tableAt(*registry, {QStringLiteral("auths")})) {
        for (const auto &[key, node] : *auths)
            addCredential(TomlText::qstr(key.str()), node.as_table(),
                QStringLiteral("registry.auths.\"%1\"").arg(TomlText::qstr(key.str())));
    }
    if (const toml::table *configs = TomlText::tableAt(*registry, {QStringLiteral("configs")})) {
        for (const auto &[key, node] : *configs) {
            const QString host = TomlText::qstr(key.str());
            const toml::table *entry = node.as_table();
            if (!entry)
                continue;
            if (const toml::node *tn = entry->get("tls"); tn && tn->as_table()) {
                const toml::table *t = tn->as_table();
                Tls tls;
                tls.present = true;
                tls.caFile = stringAt(t, "ca_file");
                tls.certFile = stringAt(t, "cert_file");
                tls.keyFile = stringAt(t, "key_file");
                tls.skipVerify = boolAt(t, "insecure_skip_verify");
                tlsByHost.insert(host, tls);
                c.hasTlsConfigs = true;
            }
            if (const toml::node *an = entry->get("auth"))
                addCredential(host, an->as_table(), QStringLiteral("registry.configs.\"%1\".auth").arg(host));
        }
    }

    QMap<QString, MirrorOptions> hosts;
    if (const toml::table *mirrors = TomlText::tableAt(*registry, {QStringLiteral("mirrors")})) {
        for (const auto &[key, node] : *mirrors) {
            const QString name = TomlText::qstr(key.str());
            c.hasMirrors = true;
            MirrorOptions o;
            o.registry = name == QLatin1String("*") ? QStringLiteral("_default") : name;
            o.containerdVersion = containerdVersion;
            const toml::table *entry = node.as_table();
            const toml::node *endpoints = entry ? entry->get("endpoint") : nullptr;
            for (QString url : TomlText::stringList(endpoints)) {
                if (!url.contains(QLatin1String("://")))
                    url.prepend(QStringLiteral("https://"));
                MirrorEndpoint e;
                e.url = url;
                // The legacy resolver used an endpoint's path as the API root ("/v2" when
                // there was none): override_path says the same in hosts.toml.
                QString path = url.mid(url.indexOf(QLatin1String("://")) + 3);
                path = path.contains(QLatin1Char('/')) ? path.mid(path.indexOf(QLatin1Char('/'))) : QString();
                if (!path.isEmpty() && path != QLatin1String("/") && path != QLatin1String("/v2")
                    && path != QLatin1String("/v2/"))
                    e.overridePath = true;
                applyTls(e, tlsByHost.value(authorityOf(url)));
                o.mirrors << e;
            }
            if (o.registry != QLatin1String("_default"))
                applyTls(o.upstream, tlsByHost.value(o.registry));
            hosts.insert(o.registry, o);
        }
    }
    // A TLS setting also applied to pulls from that host itself.
    for (auto it = tlsByHost.constBegin(); it != tlsByHost.constEnd(); ++it) {
        if (hosts.contains(it.key()))
            continue;
        MirrorOptions o;
        o.registry = it.key();
        o.containerdVersion = containerdVersion;
        applyTls(o.upstream, it.value());
        if (!o.upstream.ca.isSet() && !o.upstream.clientCert.isSet() && !o.upstream.skipVerify)
            continue;
        hosts.insert(o.registry, o);
    }
    c.hosts = hosts.values();
    c.credentials = creds.values();

    if (c.hasMirrors)
        c.warnings << QCoreApplication::translate("Generate",
            "config.toml uses registry.mirrors, which containerd deprecates (\"`mirrors` is deprecated, "
            "please use `config_path` instead\"); the hosts.toml files below replace it.");
    if (c.hasTlsConfigs)
        c.warnings << QCoreApplication::translate("Generate",
            "config.toml uses registry.configs.*.tls, which containerd deprecates and 2.0 removed; the "
            "hosts.toml files below carry the same ca, client and skip_verify settings.");
    if (!c.configPath.isEmpty() && (c.hasMirrors || c.hasTlsConfigs))
        c.warnings << QCoreApplication::translate("Generate",
            "config.toml sets config_path and the legacy registry.mirrors / configs.*.tls together: these "
            "cannot be mixed (containerd 1.7 refuses to start the CRI plugin: \"`mirrors` cannot be set "
            "when `config_path` is provided\"). Remove the legacy tables.");
    for (const RegistryCredential &cred : std::as_const(c.credentials))
        c.warnings << QCoreApplication::translate("Generate",
            "hosts.toml holds no credentials: the user name '%1' for %2 from config.toml belongs in a "
            "pull secret (imagePullSecrets).")
                          .arg(FieldValidator::displayValue(cred.username), cred.server);
    if (!c.credentials.isEmpty())
        c.warnings << QCoreApplication::translate("Generate",
            "registry.auths and configs.*.auth are deprecated (\"`auths` is deprecated, please use "
            "`ImagePullSecrets` instead\"); they stay in config.toml until the pull secret is in use.");
    return c;
}

GeneratedSet LegacyRegistryConverter::credentialsSecret(
    const LegacyConversion &conversion, const QString &name, const QString &ns)
{
    GeneratedSet set;
    if (conversion.credentials.isEmpty())
        return set;
    SecretOptions o;
    o.name = name;
    o.ns = ns;
    o.registries = conversion.credentials;
    o.output = SecretOptions::Output::Yaml;
    const QString problem = SecretGenerator::validate(o);
    if (!problem.isEmpty()) {
        set.warnings << QCoreApplication::translate(
            "Generate", "The credentials from config.toml cannot be turned into a pull secret: %1")
                            .arg(problem);
        return set;
    }
    return SecretGenerator::generate(o);
}

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "mirrorgenerator.h"
#include "secretgenerator.h"

namespace PullScope {

// What a node's config.toml says about registries, turned into the current form.
struct LegacyConversion
{
    QString error; // translated; set when the file is not TOML
    int configVersion = 1; // the file's `version` (1 when absent)
    QStringList registryTablePath; // where this file keeps the CRI registry table
    QString configPath; // its config_path (empty: unset or "")
    bool hasMirrors = false; // registry.mirrors
    bool hasTlsConfigs = false; // registry.configs.*.tls
    // One hosts.toml per registry: mirrors in their order, the fallback to the registry
    // itself kept (the legacy resolver always tried it last), configs.*.tls as ca/client/
    // skip_verify of the host it names.
    QList<MirrorOptions> hosts;
    // From auths.* and configs.*.auth: hosts.toml holds no credentials, so these belong in
    // a pull secret.
    QList<RegistryCredential> credentials;
    QStringList warnings; // translated
};

// Reads the deprecated CRI registry settings of containerd's config.toml (seed 8.1, the
// `registry.mirrors` / `registry.configs` / `registry.auths` tables of upstream-facts 5.1).
class LegacyRegistryConverter
{
public:
    static LegacyConversion convert(
        const QByteArray &configToml, const QString &containerdVersion = QStringLiteral("1.7"));
    // The pull secret for the converted credentials (empty set when there are none).
    static GeneratedSet credentialsSecret(const LegacyConversion &conversion, const QString &name, const QString &ns);
};

} // namespace PullScope

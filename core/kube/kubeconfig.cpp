#include "kube/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <stdexcept>

namespace PullScope {

namespace {

// A parse problem carrying the place; turned into one translated message at the top.
struct ConfigError : std::runtime_error
{
    ConfigError(const QString &k, int l, const QString &t)
        : std::runtime_error("kubeconfig")
        , key(k)
        , line(l)
        , text(t)
    {
    }
    QString key;
    int line;
    QString text;
};

int lineOf(const YAML::Node &n)
{
    const YAML::Mark m = n.Mark();
    return m.line >= 0 ? m.line + 1 : 0;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

KubeConfigValue scalar(const YAML::Node &map, const char *name, const QString &path)
{
    KubeConfigValue v;
    const YAML::Node n = map[name];
    if (!n || n.IsNull())
        return v;
    const QString key = path + QLatin1Char('.') + QLatin1String(name);
    if (!n.IsScalar())
        throw ConfigError(key, lineOf(n), KubeConfig::tr("expected a text value"));
    v.value = qs(n.Scalar());
    v.line = lineOf(n);
    return v;
}

bool boolean(const YAML::Node &map, const char *name, const QString &path)
{
    const YAML::Node n = map[name];
    if (!n || n.IsNull())
        return false;
    const QString key = path + QLatin1Char('.') + QLatin1String(name);
    bool b = false;
    if (!n.IsScalar() || !YAML::convert<bool>::decode(n, b))
        throw ConfigError(key, lineOf(n), KubeConfig::tr("expected true or false"));
    return b;
}

QStringList stringList(const YAML::Node &map, const char *name, const QString &path)
{
    QStringList out;
    const YAML::Node n = map[name];
    if (!n || n.IsNull())
        return out;
    const QString key = path + QLatin1Char('.') + QLatin1String(name);
    if (!n.IsSequence())
        throw ConfigError(key, lineOf(n), KubeConfig::tr("expected a list"));
    for (const YAML::Node &item : n) {
        if (!item.IsScalar())
            throw ConfigError(key, lineOf(item), KubeConfig::tr("expected a list of text values"));
        out << qs(item.Scalar());
    }
    return out;
}

YAML::Node mapping(const YAML::Node &map, const char *name, const QString &path)
{
    const YAML::Node n = map[name];
    if (n && !n.IsNull() && !n.IsMap())
        throw ConfigError(path + QLatin1Char('.') + QLatin1String(name), lineOf(n), KubeConfig::tr("expected a map"));
    return n;
}

// client-go's ResolveLocalPaths: relative file references are taken against the absolute
// folder of the kubeconfig they are written in.
void makeAbsolute(KubeConfigValue &v, const QString &baseDir)
{
    if (v.isSet() && QFileInfo(v.value).isRelative())
        v.value = QDir::cleanPath(QDir(baseDir).absoluteFilePath(v.value));
}

// The named entries of one list (clusters, users, contexts), each parsed by `parse`.
template<typename T, typename Parse>
void readNamedList(const YAML::Node &root, const char *listName, const char *bodyName, const QString &source,
    QList<T> *out, Parse parse)
{
    const YAML::Node list = root[listName];
    if (!list || list.IsNull())
        return;
    if (!list.IsSequence())
        throw ConfigError(QLatin1String(listName), lineOf(list), KubeConfig::tr("expected a list"));
    QSet<QString> seen;
    int index = 0;
    for (const YAML::Node &item : list) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(listName)).arg(index++);
        if (!item.IsMap())
            throw ConfigError(
                path, lineOf(item), KubeConfig::tr("expected a map with name and %1").arg(QLatin1String(bodyName)));
        const KubeConfigValue name = scalar(item, "name", path);
        if (!name.isSet())
            throw ConfigError(path + QStringLiteral(".name"), lineOf(item), KubeConfig::tr("the entry has no name"));
        if (seen.contains(name.value))
            throw ConfigError(path + QStringLiteral(".name"), name.line,
                KubeConfig::tr("the name \"%1\" appears twice in %2").arg(name.value, QLatin1String(listName)));
        seen.insert(name.value);
        T entry;
        entry.name = name.value;
        entry.sourceFile = source;
        entry.line = lineOf(item);
        const YAML::Node body = mapping(item, bodyName, path);
        if (body && body.IsMap())
            parse(body, path + QLatin1Char('.') + QLatin1String(bodyName), &entry);
        out->append(entry);
    }
}

} // namespace

QStringList KubeConfig::defaultPaths(const QProcessEnvironment &env)
{
    const QString value = env.value(QStringLiteral("KUBECONFIG"));
#ifdef Q_OS_WIN
    const QChar separator = QLatin1Char(';');
#else
    const QChar separator = QLatin1Char(':');
#endif
    QStringList out;
    for (const QString &p : value.split(separator, Qt::SkipEmptyParts)) {
        if (!out.contains(p))
            out << p;
    }
    if (out.isEmpty()) {
        const QString home
            = env.contains(QStringLiteral("HOME")) ? env.value(QStringLiteral("HOME")) : QDir::homePath();
        out << QDir(home).filePath(QStringLiteral(".kube/config"));
    }
    return out;
}

bool KubeConfig::load(const QStringList &paths, QString *error)
{
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.exists())
            continue; // kubectl skips missing files in KUBECONFIG
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("%1: cannot read the kubeconfig: %2").arg(path, f.errorString());
            return false;
        }
        const QByteArray content = f.readAll();
        const QString abs = QFileInfo(path).absoluteFilePath();
        if (!mergeDocument(content, abs, error))
            return false;
    }
    return true;
}

bool KubeConfig::loadContent(const QByteArray &content, const QString &source, QString *error)
{
    return mergeDocument(content, source, error);
}

bool KubeConfig::mergeDocument(const QByteArray &content, const QString &source, QString *error)
{
    if (content.trimmed().isEmpty())
        return true; // client-go skips empty files
    const QString baseDir = QFileInfo(source).absolutePath();
    QList<KubeCluster> clusters;
    QList<KubeUser> users;
    QList<KubeContext> contexts;
    QString current;
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        if (!root || root.IsNull())
            return true;
        if (!root.IsMap())
            throw ConfigError(QString(), lineOf(root), tr("the document is not a kubeconfig (a map is expected)"));
        current = scalar(root, "current-context", QString()).value;

        readNamedList(
            root, "clusters", "cluster", source, &clusters, [&](const YAML::Node &b, const QString &p, KubeCluster *c) {
                c->server = scalar(b, "server", p);
                c->certificateAuthority = scalar(b, "certificate-authority", p);
                makeAbsolute(c->certificateAuthority, baseDir);
                c->certificateAuthorityData = scalar(b, "certificate-authority-data", p);
                c->insecureSkipTlsVerify = boolean(b, "insecure-skip-tls-verify", p);
                c->tlsServerName = scalar(b, "tls-server-name", p);
                c->proxyUrl = scalar(b, "proxy-url", p);
            });
        readNamedList(root, "users", "user", source, &users, [&](const YAML::Node &b, const QString &p, KubeUser *u) {
            u->token = scalar(b, "token", p);
            u->tokenFile = scalar(b, "tokenFile", p);
            makeAbsolute(u->tokenFile, baseDir);
            u->clientCertificate = scalar(b, "client-certificate", p);
            makeAbsolute(u->clientCertificate, baseDir);
            u->clientCertificateData = scalar(b, "client-certificate-data", p);
            u->clientKey = scalar(b, "client-key", p);
            makeAbsolute(u->clientKey, baseDir);
            u->clientKeyData = scalar(b, "client-key-data", p);
            u->username = scalar(b, "username", p);
            u->password = scalar(b, "password", p);
            u->as = scalar(b, "as", p);
            u->asUid = scalar(b, "as-uid", p);
            u->asGroups = stringList(b, "as-groups", p);
            const YAML::Node extra = mapping(b, "as-user-extra", p);
            if (extra && extra.IsMap()) {
                for (const auto &kv : extra)
                    u->asUserExtra.insert(qs(kv.first.as<std::string>()),
                        stringList(extra, kv.first.as<std::string>().c_str(), p + QStringLiteral(".as-user-extra")));
            }
            const QString ap = p + QStringLiteral(".auth-provider");
            const YAML::Node provider = mapping(b, "auth-provider", p);
            if (provider && provider.IsMap()) {
                u->authProviderName = scalar(provider, "name", ap).value;
                const YAML::Node config = mapping(provider, "config", ap);
                if (config && config.IsMap()) {
                    for (const auto &kv : config) {
                        const std::string k = kv.first.as<std::string>();
                        u->authProviderConfig.insert(
                            qs(k), scalar(config, k.c_str(), ap + QStringLiteral(".config")).value);
                    }
                }
            }
            const QString ep = p + QStringLiteral(".exec");
            const YAML::Node exec = mapping(b, "exec", p);
            if (exec && exec.IsMap()) {
                ExecConfig &e = u->exec;
                e.sourceFile = source;
                e.apiVersion = scalar(exec, "apiVersion", ep).value;
                e.command = scalar(exec, "command", ep).value;
                // Only a command with a path separator is a file reference; a bare name is
                // looked up in PATH when it runs.
                if (e.command.contains(QLatin1Char('/')) && QFileInfo(e.command).isRelative())
                    e.command = QDir::cleanPath(QDir(baseDir).absoluteFilePath(e.command));
                e.args = stringList(exec, "args", ep);
                e.installHint = scalar(exec, "installHint", ep).value;
                e.provideClusterInfo = boolean(exec, "provideClusterInfo", ep);
                e.interactiveMode = scalar(exec, "interactiveMode", ep).value;
                const YAML::Node env = exec["env"];
                if (env && !env.IsNull()) {
                    if (!env.IsSequence())
                        throw ConfigError(ep + QStringLiteral(".env"), lineOf(env), tr("expected a list"));
                    int i = 0;
                    for (const YAML::Node &item : env) {
                        const QString ip = QStringLiteral("%1.env[%2]").arg(ep).arg(i++);
                        if (!item.IsMap())
                            throw ConfigError(ip, lineOf(item), tr("expected a map with name and value"));
                        const KubeConfigValue n = scalar(item, "name", ip);
                        if (!n.isSet())
                            throw ConfigError(ip + QStringLiteral(".name"), lineOf(item), tr("the entry has no name"));
                        e.env.append({n.value, scalar(item, "value", ip).value});
                    }
                }
            }
        });
        readNamedList(
            root, "contexts", "context", source, &contexts, [&](const YAML::Node &b, const QString &p, KubeContext *c) {
                c->cluster = scalar(b, "cluster", p).value;
                c->user = scalar(b, "user", p).value;
                c->namespaceName = scalar(b, "namespace", p).value;
            });
    } catch (const ConfigError &e) {
        if (error) {
            const QString where = e.line > 0 ? tr("%1, line %2").arg(source).arg(e.line) : source;
            *error = e.key.isEmpty() ? tr("%1: %2").arg(where, e.text) : tr("%1: %2: %3").arg(where, e.key, e.text);
        }
        return false;
    } catch (const YAML::Exception &e) {
        if (error) {
            const QString where = e.mark.line >= 0 ? tr("%1, line %2").arg(source).arg(e.mark.line + 1) : source;
            *error = tr("%1: not valid YAML: %2").arg(where, QString::fromStdString(e.msg));
        }
        return false;
    }

    // First file to define a name keeps it whole; the first current-context wins.
    for (const KubeCluster &c : clusters) {
        if (!cluster(c.name))
            m_clusters.append(c);
    }
    for (const KubeUser &u : users) {
        if (!user(u.name))
            m_users.append(u);
    }
    for (const KubeContext &c : contexts) {
        if (!context(c.name))
            m_contexts.append(c);
    }
    if (m_currentContext.isEmpty() && !current.isEmpty()) {
        m_currentContext = current;
        m_currentContextSource = source;
    }
    m_files << source;
    return true;
}

const KubeContext *KubeConfig::context(const QString &name) const
{
    for (const KubeContext &c : m_contexts) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const KubeCluster *KubeConfig::cluster(const QString &name) const
{
    for (const KubeCluster &c : m_clusters) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const KubeUser *KubeConfig::user(const QString &name) const
{
    for (const KubeUser &u : m_users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

namespace {

QString place(const QString &file, const QString &key, int line)
{
    return line > 0 ? KubeConfig::tr("%1, line %2, %3").arg(file).arg(line).arg(key)
                    : KubeConfig::tr("%1, %2").arg(file, key);
}

// The bytes of a `x` / `x-data` pair: data (base64) wins over the file, as in client-go.
bool readPair(const KubeConfigValue &file, const KubeConfigValue &data, const QString &source, const QString &key,
    QByteArray *out, QString *error)
{
    if (data.isSet()) {
        auto decoded = QByteArray::fromBase64Encoding(data.value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error
                = KubeConfig::tr("%1: not valid base64").arg(place(source, key + QStringLiteral("-data"), data.line));
            return false;
        }
        *out = *decoded;
        return true;
    }
    if (file.isSet()) {
        QFile f(file.value);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = KubeConfig::tr("%1: cannot read %2: %3")
                         .arg(place(source, key, file.line), file.value, f.errorString());
            return false;
        }
        *out = f.readAll();
    }
    return true;
}

} // namespace

bool KubeConfig::resolve(const QString &contextName, ConnectionSettings *out, QString *error) const
{
    QString dummy;
    QString &err = error ? *error : dummy;
    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    if (name.isEmpty()) {
        err = m_files.isEmpty()
            ? tr("No kubeconfig was found (KUBECONFIG or ~/.kube/config).")
            : tr("No context chosen and no current-context is set in %1.").arg(m_files.join(QStringLiteral(", ")));
        return false;
    }
    const KubeContext *ctx = context(name);
    if (!ctx) {
        err = tr("The context \"%1\" is not defined in %2.").arg(name, m_files.join(QStringLiteral(", ")));
        return false;
    }
    ConnectionSettings s;
    s.contextName = ctx->name;
    s.contextSource = ctx->sourceFile;
    s.namespaceName = ctx->namespaceName.isEmpty() ? QStringLiteral("default") : ctx->namespaceName;

    const KubeCluster *cl = ctx->cluster.isEmpty() ? nullptr : cluster(ctx->cluster);
    if (!cl) {
        err = tr("%1: context \"%2\" refers to the cluster \"%3\", which no kubeconfig defines.")
                  .arg(ctx->sourceFile, ctx->name, ctx->cluster);
        return false;
    }
    s.clusterName = cl->name;
    s.clusterSource = cl->sourceFile;
    const QString cp = QStringLiteral("clusters[%1].cluster").arg(cl->name);
    if (!cl->server.isSet()) {
        err = tr("%1: the cluster \"%2\" has no server.")
                  .arg(place(cl->sourceFile, cp + QStringLiteral(".server"), cl->line), cl->name);
        return false;
    }
    QString serverText = cl->server.value;
    if (!serverText.contains(QStringLiteral("://")))
        serverText.prepend(QStringLiteral("https://"));
    s.server = QUrl(serverText, QUrl::StrictMode);
    if (!s.server.isValid() || s.server.host().isEmpty()
        || (s.server.scheme() != QLatin1String("https") && s.server.scheme() != QLatin1String("http"))) {
        err = tr("%1: \"%2\" is not an http(s) URL.")
                  .arg(place(cl->sourceFile, cp + QStringLiteral(".server"), cl->server.line), cl->server.value);
        return false;
    }
    if (!readPair(cl->certificateAuthority, cl->certificateAuthorityData, cl->sourceFile,
            cp + QStringLiteral(".certificate-authority"), &s.caData, &err))
        return false;
    if (!s.caData.isEmpty()) {
        s.caCertificates = QSslCertificate::fromData(s.caData, QSsl::Pem);
        if (s.caCertificates.isEmpty())
            s.caCertificates = QSslCertificate::fromData(s.caData, QSsl::Der);
        if (s.caCertificates.isEmpty()) {
            err = tr("%1: holds no PEM certificate.")
                      .arg(place(cl->sourceFile, cp + QStringLiteral(".certificate-authority"),
                          cl->certificateAuthorityData.isSet() ? cl->certificateAuthorityData.line
                                                               : cl->certificateAuthority.line));
            return false;
        }
    }
    s.insecureSkipTlsVerify = cl->insecureSkipTlsVerify;
    if (s.insecureSkipTlsVerify && !s.caData.isEmpty()) {
        // client-go refuses this combination; so do we, rather than silently pick one.
        err = tr("%1: insecure-skip-tls-verify and a certificate authority are both set for the cluster \"%2\"; "
                 "remove one of them.")
                  .arg(cl->sourceFile, cl->name);
        return false;
    }
    if (s.insecureSkipTlsVerify)
        s.warnings << tr("TLS verification is off for the cluster \"%1\" (insecure-skip-tls-verify in %2): anyone "
                         "between you and %3 can pose as the API server and read your credentials.")
                          .arg(cl->name, cl->sourceFile, s.server.host());
    s.tlsServerName = cl->tlsServerName.value;
    if (cl->proxyUrl.isSet()) {
        const QUrl proxy(cl->proxyUrl.value, QUrl::StrictMode);
        const QString scheme = proxy.scheme().toLower();
        const QString where = place(cl->sourceFile, cp + QStringLiteral(".proxy-url"), cl->proxyUrl.line);
        if (scheme == QLatin1String("https")) {
            err = tr("%1: an https:// proxy is not supported (Qt talks to proxies in plain HTTP or SOCKS5). Use the "
                     "proxy's http:// address, or run a local forwarder that accepts plain CONNECT and speaks TLS to "
                     "the proxy, and set proxy-url to http://127.0.0.1:<its port>.")
                      .arg(where);
            return false;
        }
        if ((scheme != QLatin1String("http") && scheme != QLatin1String("socks5")) || proxy.host().isEmpty()) {
            err = tr("%1: \"%2\" is not an http:// or socks5:// proxy URL.").arg(where, cl->proxyUrl.value);
            return false;
        }
        s.proxyUrl = proxy;
    }

    const KubeUser *u = ctx->user.isEmpty() ? nullptr : user(ctx->user);
    if (!ctx->user.isEmpty() && !u) {
        err = tr("%1: context \"%2\" refers to the user \"%3\", which no kubeconfig defines.")
                  .arg(ctx->sourceFile, ctx->name, ctx->user);
        return false;
    }
    if (u) {
        s.userName = u->name;
        s.userSource = u->sourceFile;
        const QString up = QStringLiteral("users[%1].user").arg(u->name);
        s.token = u->token.value;
        s.tokenFile = u->tokenFile.value;
        if (!s.tokenFile.isEmpty() && !QFileInfo(s.tokenFile).isReadable()) {
            err = tr("%1: cannot read the token file %2.")
                      .arg(place(u->sourceFile, up + QStringLiteral(".tokenFile"), u->tokenFile.line), s.tokenFile);
            return false;
        }
        s.username = u->username.value;
        s.password = u->password.value;
        if ((s.token.isEmpty() == false || !s.tokenFile.isEmpty()) && !s.username.isEmpty()) {
            err = tr(
                "%1: the user \"%2\" has both a bearer token and a username/password; kubectl refuses this, keep one.")
                      .arg(u->sourceFile, u->name);
            return false;
        }
        QByteArray certPem, keyPem;
        if (!readPair(u->clientCertificate, u->clientCertificateData, u->sourceFile,
                up + QStringLiteral(".client-certificate"), &certPem, &err)
            || !readPair(
                u->clientKey, u->clientKeyData, u->sourceFile, up + QStringLiteral(".client-key"), &keyPem, &err))
            return false;
        if (!certPem.isEmpty() || !keyPem.isEmpty()) {
            const QString certKey = up + QStringLiteral(".client-certificate");
            s.clientCertificateSource = u->clientCertificateData.isSet()
                ? place(u->sourceFile, certKey + QStringLiteral("-data"), u->clientCertificateData.line)
                : u->clientCertificate.value;
            if (certPem.isEmpty() || keyPem.isEmpty()) {
                err = tr(
                    "%1: the user \"%2\" has a client certificate without its key, or a key without its certificate.")
                          .arg(u->sourceFile, u->name);
                return false;
            }
            const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem, QSsl::Pem);
            if (certs.isEmpty()) {
                err = tr("%1: holds no PEM certificate.").arg(place(u->sourceFile, certKey, u->clientCertificate.line));
                return false;
            }
            s.clientCertificate = certs.first();
            for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
                QSslKey key(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
                if (!key.isNull()) {
                    s.clientKey = key;
                    break;
                }
            }
            if (s.clientKey.isNull()) {
                err = tr("%1: not an unencrypted RSA or EC private key in PEM.")
                          .arg(place(u->sourceFile, up + QStringLiteral(".client-key"), u->clientKey.line));
                return false;
            }
        }
        if (!u->authProviderName.isEmpty()) {
            s.authProviderName = u->authProviderName;
            if (u->authProviderName == QLatin1String("oidc")) {
                s.oidc.idToken = u->authProviderConfig.value(QStringLiteral("id-token"));
                s.oidc.issuerUrl = u->authProviderConfig.value(QStringLiteral("idp-issuer-url"));
                s.oidc.clientId = u->authProviderConfig.value(QStringLiteral("client-id"));
                s.oidc.hasRefreshToken = !u->authProviderConfig.value(QStringLiteral("refresh-token")).isEmpty();
            } else {
                err = tr("%1: the auth-provider \"%2\" of the user \"%3\" was removed from kubectl; use its exec "
                         "plugin instead (gcp: gke-gcloud-auth-plugin, azure: kubelogin).")
                          .arg(u->sourceFile, u->authProviderName, u->name);
                return false;
            }
        }
        if (u->exec.isSet()) {
            s.exec = u->exec;
            const QString ep = up + QStringLiteral(".exec");
            const bool v1 = s.exec.apiVersion == QLatin1String("client.authentication.k8s.io/v1");
            const bool v1beta1 = s.exec.apiVersion == QLatin1String("client.authentication.k8s.io/v1beta1");
            if (!v1 && !v1beta1) {
                err = tr(
                    "%1: the exec apiVersion \"%2\" is not supported; use client.authentication.k8s.io/v1 or v1beta1.")
                          .arg(place(u->sourceFile, ep + QStringLiteral(".apiVersion"), u->line), s.exec.apiVersion);
                return false;
            }
            if (s.exec.interactiveMode.isEmpty()) {
                if (v1) {
                    err = tr("%1: interactiveMode must be set for client.authentication.k8s.io/v1 (Never, IfAvailable "
                             "or Always).")
                              .arg(place(u->sourceFile, ep, u->line));
                    return false;
                }
                s.exec.interactiveMode = QStringLiteral("IfAvailable");
            }
            if (s.exec.interactiveMode != QLatin1String("Never")
                && s.exec.interactiveMode != QLatin1String("IfAvailable")
                && s.exec.interactiveMode != QLatin1String("Always")) {
                err = tr("%1: interactiveMode \"%2\" is not Never, IfAvailable or Always.")
                          .arg(place(u->sourceFile, ep + QStringLiteral(".interactiveMode"), u->line),
                              s.exec.interactiveMode);
                return false;
            }
        }
        s.impersonateUser = u->as.value;
        s.impersonateUid = u->asUid.value;
        s.impersonateGroups = u->asGroups;
        s.impersonateExtra = u->asUserExtra;
    }
    *out = s;
    return true;
}

QStringList ConnectionSettings::authMethods() const
{
    QStringList m;
    if (!tokenFile.isEmpty())
        m << QStringLiteral("token file");
    else if (!token.isEmpty())
        m << QStringLiteral("token");
    if (!username.isEmpty())
        m << QStringLiteral("basic");
    if (!clientCertificate.isNull())
        m << QStringLiteral("client certificate");
    if (exec.isSet())
        m << QStringLiteral("exec");
    if (oidc.isSet())
        m << QStringLiteral("oidc");
    if (m.isEmpty())
        m << QStringLiteral("none");
    return m;
}

QString ConnectionSettings::redacted() const
{
    auto secret = [](const QString &v) {
        return v.isEmpty() ? QString() : tr("<redacted, %n characters>", nullptr, int(v.size()));
    };
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label + QStringLiteral(": ") + value;
    };
    add(tr("context"), contextName + QStringLiteral(" (") + contextSource + QLatin1Char(')'));
    add(tr("cluster"), clusterName + QStringLiteral(" (") + clusterSource + QLatin1Char(')'));
    add(tr("server"), server.toString());
    add(tr("namespace"), namespaceName);
    if (!caCertificates.isEmpty())
        add(tr("certificate authority"), caCertificates.first().subjectDisplayName());
    if (insecureSkipTlsVerify)
        add(tr("TLS verification"), tr("off (insecure-skip-tls-verify)"));
    add(tr("TLS server name"), tlsServerName);
    add(tr("proxy"), proxyUrl.toString(QUrl::RemovePassword));
    if (!userName.isEmpty())
        add(tr("user"), userName + QStringLiteral(" (") + userSource + QLatin1Char(')'));
    add(tr("token"), secret(token));
    add(tr("token file"), tokenFile);
    add(tr("username"), username);
    add(tr("password"), secret(password));
    if (!clientCertificate.isNull()) {
        add(tr("client certificate"),
            clientCertificate.subjectDisplayName() + QStringLiteral(" (") + clientCertificateSource + QLatin1Char(')'));
        add(tr("client key"), tr("<redacted>"));
    }
    if (exec.isSet())
        add(tr("exec"), (QStringList {exec.command} + exec.args).join(QLatin1Char(' ')));
    if (oidc.isSet()) {
        add(tr("oidc issuer"), oidc.issuerUrl);
        add(tr("oidc id-token"), secret(oidc.idToken));
    }
    add(tr("impersonate"), impersonateUser);
    add(tr("impersonate groups"), impersonateGroups.join(QStringLiteral(", ")));
    for (const QString &w : warnings)
        lines << tr("warning: %1").arg(w);
    return lines.join(QLatin1Char('\n'));
}

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "kube/connectionsettings.h"

namespace PullScope {

// One value read from a kubeconfig with the place it was read from.
struct KubeConfigValue
{
    QString value;
    int line = 0; // 1-based, 0 unknown
    bool isSet() const { return !value.isEmpty(); }
};

struct KubeCluster
{
    QString name;
    QString sourceFile;
    int line = 0;
    KubeConfigValue server;
    KubeConfigValue certificateAuthority; // absolute path
    KubeConfigValue certificateAuthorityData; // base64 as written
    bool insecureSkipTlsVerify = false;
    KubeConfigValue tlsServerName;
    KubeConfigValue proxyUrl;
};

struct KubeUser
{
    QString name;
    QString sourceFile;
    int line = 0;
    KubeConfigValue token;
    KubeConfigValue tokenFile; // absolute
    KubeConfigValue clientCertificate; // absolute
    KubeConfigValue clientCertificateData;
    KubeConfigValue clientKey; // absolute
    KubeConfigValue clientKeyData;
    KubeConfigValue username;
    KubeConfigValue password;
    KubeConfigValue as;
    KubeConfigValue asUid;
    QStringList asGroups;
    QMap<QString, QStringList> asUserExtra;
    QString authProviderName;
    QMap<QString, QString> authProviderConfig;
    ExecConfig exec;
};

struct KubeContext
{
    QString name;
    QString sourceFile;
    int line = 0;
    QString cluster;
    QString user;
    QString namespaceName;
};

// kubeconfig files merged the way kubectl merges them (client-go's loader): the first file
// to define a cluster, user or context name wins that name whole, the first file with a
// current-context sets it; missing and empty files are skipped. Relative paths are made
// absolute against the folder of the file they appear in, before merging.
class KubeConfig
{
    Q_DECLARE_TR_FUNCTIONS(KubeConfig)
public:
    // KUBECONFIG split on ':' (';' on Windows), empty entries and repeats dropped; when unset
    // or empty, ~/.kube/config.
    static QStringList defaultPaths(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // False with a translated message naming the file, the key and the line.
    bool load(const QStringList &paths, QString *error);
    // One document in memory; `source` names it and is the base of relative paths.
    bool loadContent(const QByteArray &content, const QString &source, QString *error);

    QStringList files() const { return m_files; } // the files that were read, in order
    QString currentContext() const { return m_currentContext; }
    QString currentContextSource() const { return m_currentContextSource; }
    const QList<KubeContext> &contexts() const { return m_contexts; }
    const QList<KubeCluster> &clusters() const { return m_clusters; }
    const QList<KubeUser> &users() const { return m_users; }
    const KubeContext *context(const QString &name) const;
    const KubeCluster *cluster(const QString &name) const;
    const KubeUser *user(const QString &name) const;

    // The context `contextName` (empty: the current context) with its files read: CA and
    // client certificates parsed, proxy checked. False with a translated message naming the
    // kubeconfig file and key when something is missing or unreadable.
    bool resolve(const QString &contextName, ConnectionSettings *out, QString *error) const;

private:
    bool mergeDocument(const QByteArray &content, const QString &source, QString *error);

    QStringList m_files;
    QString m_currentContext;
    QString m_currentContextSource;
    QList<KubeContext> m_contexts;
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
};

} // namespace PullScope

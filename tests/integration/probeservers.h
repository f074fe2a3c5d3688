#pragma once

// Servers and network fixtures the probe, proxy and probe-dialog tests share: a loopback
// alias address (a registry that is not loopback, so proxies apply), tinyproxy, nginx
// answering fixed statuses, certificates with chosen names and dates, an index that
// offers another platform only.

#include <QRandomGenerator>

#include "integrationharness.h"

namespace PullScope::Integration {

// This process's environment without proxy variables: the tests choose the proxy.
inline QProcessEnvironment withoutProxies()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"})
        env.remove(QString::fromLatin1(name));
    return env;
}

// An address of 198.18.0.0/15 on lo while the object lives.
class LoopbackAlias
{
public:
    LoopbackAlias() = default;
    LoopbackAlias(const LoopbackAlias &) = delete;
    LoopbackAlias &operator=(const LoopbackAlias &) = delete;
    ~LoopbackAlias() { remove(); }

    bool add(QString *error)
    {
        const QString ip = findBinary(QStringLiteral("ip"));
        for (int attempt = 0; attempt < 20; ++attempt) {
            const QString candidate = QStringLiteral("198.%1.%2.%3")
                                          .arg(18 + QRandomGenerator::global()->bounded(2))
                                          .arg(QRandomGenerator::global()->bounded(256))
                                          .arg(1 + QRandomGenerator::global()->bounded(254));
            if (assigned(candidate))
                continue;
            const RunResult r = run(ip,
                {QStringLiteral("addr"), QStringLiteral("add"), candidate + QStringLiteral("/32"),
                    QStringLiteral("dev"), QStringLiteral("lo")});
            if (!r.ok()) {
                *error = QStringLiteral("ip addr add failed: ") + r.summary();
                return false;
            }
            m_address = candidate;
            return true;
        }
        *error = QStringLiteral("no free address in 198.18.0.0/15");
        return false;
    }

    void remove()
    {
        if (m_address.isEmpty())
            return;
        run(findBinary(QStringLiteral("ip")),
            {QStringLiteral("addr"), QStringLiteral("del"), m_address + QStringLiteral("/32"), QStringLiteral("dev"),
                QStringLiteral("lo")});
        m_address.clear();
    }

    // Whether an interface of this machine carries `address`.
    static bool assigned(const QString &address)
    {
        const RunResult r = run(
            findBinary(QStringLiteral("ip")), {QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show")});
        return r.text().contains(QStringLiteral("inet ") + address + QLatin1Char('/'));
    }

    QString address() const { return m_address; }

private:
    QString m_address;
};

// tinyproxy in the foreground on a free 127.0.0.1 port, logging every request line
// ("Request (file descriptor N): GET http://HOST:PORT/... HTTP/1.1" or "CONNECT HOST:PORT").
// Run as root without User/Group it keeps the current user (it warns about that in its log).
class TinyProxy
{
public:
    bool start(const QString &dir)
    {
        m_dir = dir;
        QDir().mkpath(dir);
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freePort();
            const QByteArray d = dir.toUtf8();
            const QByteArray conf = "Port " + QByteArray::number(m_port) + "\nListen 127.0.0.1\nTimeout 60\nLogFile \""
                + d + "/tinyproxy.log\"\nLogLevel Connect\nPidFile \"" + d
                + "/tinyproxy.pid\"\nMaxClients 50\nAllow 127.0.0.1\n";
            writeFile(dir + QStringLiteral("/tinyproxy.conf"), conf);
            m_service = std::make_unique<Service>();
            if (!m_service->start(findBinary(QStringLiteral("tinyproxy")),
                    {QStringLiteral("-d"), QStringLiteral("-c"), dir + QStringLiteral("/tinyproxy.conf")},
                    dir + QStringLiteral("/tinyproxy.out"), dir)) {
                m_error = QStringLiteral("tinyproxy did not start");
                return false;
            }
            const quint16 port = m_port;
            if (m_service->waitUntil([port] { return portAnswers(port); }))
                return true;
            m_error = m_service->log() + log();
            m_service->stop();
        }
        return false;
    }

    void stop()
    {
        if (m_service)
            m_service->stop();
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:") + QString::number(m_port); }
    QString log() const { return QString::fromUtf8(readFile(m_dir + QStringLiteral("/tinyproxy.log"))); }
    QString error() const { return m_error; }

private:
    std::unique_ptr<Service> m_service;
    QString m_dir;
    QString m_error;
    quint16 m_port = 0;
};

// A certificate signed by the CA with chosen names and validity (`openssl ca` takes explicit
// dates, so an expired certificate needs no clock tricks).
inline bool issueCustom(const TestCa &ca, const QString &dir, const QString &name, const QByteArray &sans,
    const QString &startDate, const QString &endDate, QString *error)
{
    const QString openssl = findBinary(QStringLiteral("openssl"));
    const QString key = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    const QString csr = dir + QLatin1Char('/') + name + QStringLiteral(".csr");
    const QString crt = dir + QLatin1Char('/') + name + QStringLiteral(".crt");
    const QString ext = dir + QLatin1Char('/') + name + QStringLiteral(".ext");
    const QString cadir = dir + QStringLiteral("/ca-") + name;
    QDir().mkpath(cadir + QStringLiteral("/new"));
    writeFile(cadir + QStringLiteral("/index.txt"), {});
    writeFile(cadir + QStringLiteral("/serial"), "1000\n");
    const QByteArray c = cadir.toUtf8();
    writeFile(cadir + QStringLiteral("/ca.cnf"),
        "[ca]\ndefault_ca = t\n[t]\ndatabase = " + c + "/index.txt\nnew_certs_dir = " + c + "/new\nserial = " + c
            + "/serial\ndefault_md = sha256\npolicy = p\nunique_subject = no\n[p]\ncommonName = supplied\n");
    writeFile(ext, "subjectAltName=" + sans + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    RunResult r = run(openssl,
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
            QStringLiteral("/CN=") + name});
    if (r.ok())
        r = run(openssl,
            {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-config"),
                cadir + QStringLiteral("/ca.cnf"), QStringLiteral("-cert"), ca.caCert(), QStringLiteral("-keyfile"),
                ca.caKey(), QStringLiteral("-in"), csr, QStringLiteral("-out"), crt, QStringLiteral("-startdate"),
                startDate, QStringLiteral("-enddate"), endDate, QStringLiteral("-extfile"), ext});
    *error = r.text();
    return r.ok();
}

// nginx in front of a registry: `manifestStatus` answers every manifest request with that
// status and Docker Hub's rate-limit headers (the rest is passed through), or
// `allStatus` answers everything.
class NginxAnswering
{
public:
    bool start(const QString &dir, quint16 upstreamPort, int manifestStatus, int allStatus)
    {
        QDir().mkpath(dir + QStringLiteral("/logs"));
        const QByteArray d = dir.toUtf8();
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freePort();
            QByteArray conf = "master_process off;\ndaemon off;\npid " + d + "/nginx.pid;\nerror_log " + d
                + "/logs/error.log;\nevents { worker_connections 64; }\nhttp {\n  access_log " + d
                + "/logs/access.log;\n  client_body_temp_path " + d + "/body;\n  proxy_temp_path " + d
                + "/proxy;\n  fastcgi_temp_path " + d + "/fastcgi;\n  uwsgi_temp_path " + d
                + "/uwsgi;\n  scgi_temp_path " + d
                + "/scgi;\n  server {\n    listen 127.0.0.1:" + QByteArray::number(m_port) + ";\n";
            if (allStatus > 0) {
                conf += "    location / { return " + QByteArray::number(allStatus) + "; }\n";
            } else {
                conf += "    location ~ ^/v2/.+/manifests/ {\n"
                        "      add_header ratelimit-limit \"100;w=21600\" always;\n"
                        "      add_header ratelimit-remaining \"0;w=21600\" always;\n"
                        "      add_header docker-ratelimit-source \"192.0.2.1\" always;\n"
                        "      default_type application/json;\n"
                        "      return "
                    + QByteArray::number(manifestStatus)
                    + " '{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your pull rate "
                      "limit.\"}]}';\n    }\n"
                      "    location /v2/ { proxy_pass http://127.0.0.1:"
                    + QByteArray::number(upstreamPort) + "; }\n";
            }
            conf += "  }\n}\n";
            writeFile(dir + QStringLiteral("/nginx.conf"), conf);
            m_service = std::make_unique<Service>();
            if (!m_service->start(findBinary(QStringLiteral("nginx")),
                    {QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf")},
                    dir + QStringLiteral("/nginx.out"), dir))
                return false;
            const quint16 port = m_port;
            if (m_service->waitUntil([port] { return portAnswers(port); }))
                return true;
            m_error = m_service->log() + QString::fromUtf8(readFile(dir + QStringLiteral("/logs/error.log")));
            m_service->stop();
        }
        return false;
    }
    QString hostPort() const { return QStringLiteral("127.0.0.1:") + QString::number(m_port); }
    QString error() const { return m_error; }

private:
    std::unique_ptr<Service> m_service;
    quint16 m_port = 0;
    QString m_error;
};

// An OCI layout whose tag names an index offering only linux/`arch`.
inline OciImage buildIndexOnly(const QString &layoutDir, const QString &tag, const QString &arch)
{
    // Start from the harness's single image, then rewrite its config's architecture and
    // wrap the manifest in an index.
    const OciImage single = buildOciImage(layoutDir, tag, "hello.txt", "index test\n");
    auto blobPath = [&layoutDir](const QString &digest) -> QString {
        return layoutDir + QStringLiteral("/blobs/sha256/") + digest.mid(7);
    };
    auto blob = [&layoutDir](const QByteArray &data) -> QString {
        const QByteArray hex = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        writeFile(layoutDir + QStringLiteral("/blobs/sha256/") + QString::fromLatin1(hex), data);
        return QStringLiteral("sha256:") + QString::fromLatin1(hex);
    };
    QJsonObject manifest = QJsonDocument::fromJson(readFile(blobPath(single.manifestDigest))).object();
    QJsonObject configRef = manifest.value(QLatin1String("config")).toObject();
    QJsonObject config
        = QJsonDocument::fromJson(readFile(blobPath(configRef.value(QLatin1String("digest")).toString()))).object();
    config.insert(QStringLiteral("architecture"), arch);
    const QByteArray configJson = QJsonDocument(config).toJson(QJsonDocument::Compact);
    configRef.insert(QStringLiteral("digest"), blob(configJson));
    configRef.insert(QStringLiteral("size"), configJson.size());
    manifest.insert(QStringLiteral("config"), configRef);
    const QByteArray manifestJson = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const QString manifestDigest = blob(manifestJson);
    const QJsonObject index {{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
        {QStringLiteral("manifests"),
            QJsonArray {QJsonObject {
                {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                {QStringLiteral("digest"), manifestDigest}, {QStringLiteral("size"), manifestJson.size()},
                {QStringLiteral("platform"),
                    QJsonObject {
                        {QStringLiteral("os"), QStringLiteral("linux")}, {QStringLiteral("architecture"), arch}}}}}}};
    const QByteArray indexJson = QJsonDocument(index).toJson(QJsonDocument::Compact);
    const QString indexDigest = blob(indexJson);
    const QJsonObject top {{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("manifests"),
            QJsonArray {
                QJsonObject {{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
                    {QStringLiteral("digest"), indexDigest}, {QStringLiteral("size"), indexJson.size()},
                    {QStringLiteral("annotations"),
                        QJsonObject {{QStringLiteral("org.opencontainers.image.ref.name"), tag}}}}}}};
    writeFile(layoutDir + QStringLiteral("/index.json"), QJsonDocument(top).toJson(QJsonDocument::Compact));
    return {layoutDir, tag, indexDigest};
}

} // namespace PullScope::Integration

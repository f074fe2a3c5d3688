#pragma once

// Real components for integration tests: Debian's docker-registry (HTTP or HTTPS, optional
// htpasswd), nginx as a path-prefix reverse proxy, a private containerd driven with ctr,
// and a tiny OCI image built in the test and pushed with skopeo. Every service is a child
// QProcess that is stopped by its owner's destructor, and dies with the test process
// (PR_SET_PDEATHSIG) should the test itself crash. Services listen on 127.0.0.1 only, but a
// registry may be given another address the test put on the loopback device.
#include <QByteArray>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace PullScope::Integration {

// Path of a program, also looking in the sbin directories a non-root PATH lacks (nginx).
inline QString findBinary(const QString &name)
{
    QString p = QStandardPaths::findExecutable(name);
    if (p.isEmpty())
        p = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
    return p;
}

// First of `names` that is not installed, or an empty string when all are.
inline QString missingBinary(const QStringList &names)
{
    for (const QString &n : names)
        if (findBinary(n).isEmpty())
            return n;
    return {};
}

inline void killWithParent(QProcess &p)
{
#ifdef Q_OS_LINUX
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#else
    Q_UNUSED(p);
#endif
}

struct RunResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray output; // stdout and stderr merged, in order
    QString text() const { return QString::fromUtf8(output); }
    // For failure messages: ctr's progress bars dropped, the last lines kept.
    QString summary() const
    {
        QStringList kept;
        const QStringList lines = text().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.contains(QLatin1Char('|')) || line.startsWith(QLatin1String("elapsed:")))
                continue;
            kept << line.left(400);
        }
        return kept.mid(std::max<qsizetype>(0, kept.size() - 12)).join(QLatin1Char('\n'));
    }
    bool ok() const { return finished && exitCode == 0; }
};

// Runs a program to completion (merged output). A program that outlives `timeoutMs` is
// killed and reported as not finished.
inline RunResult run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
    int timeoutMs = 120000, const QString &workDir = {})
{
    RunResult r;
    QProcess p;
    killWithParent(p);
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.output = p.errorString().toUtf8();
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.output = p.readAll();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A port the kernel just handed out on 127.0.0.1; the window until the service binds it
// is small and each service start checks that the port answers.
inline quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

inline bool portAnswers(quint16 port, const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
{
    QTcpSocket s;
    s.connectToHost(host, port);
    const bool ok = s.waitForConnected(200);
    s.abort();
    return ok;
}

inline bool socketAnswers(const QString &path)
{
    QLocalSocket s;
    s.connectToServer(path);
    const bool ok = s.waitForConnected(200);
    s.abort();
    return ok;
}

// A long-running child. Output goes to a log file so that a failing test can show it.
class Service
{
public:
    Service() = default;
    Service(const Service &) = delete;
    Service &operator=(const Service &) = delete;
    ~Service() { stop(); }

    bool start(const QString &program, const QStringList &args, const QString &logPath, const QString &workDir = {},
        const QProcessEnvironment &env = {})
    {
        m_log = logPath;
        m_process = std::make_unique<QProcess>();
        killWithParent(*m_process);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(logPath);
        if (!workDir.isEmpty())
            m_process->setWorkingDirectory(workDir);
        if (!env.isEmpty())
            m_process->setProcessEnvironment(env);
        m_process->start(program, args);
        return m_process->waitForStarted(10000);
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    // Writes to the child's stdin, for services driven through a control channel there.
    bool send(const QByteArray &data)
    {
        return running() && m_process->write(data) == data.size() && m_process->waitForBytesWritten(5000);
    }

    // Polls `ready` until it holds, the process exits, or the timeout passes.
    template<typename Ready> bool waitUntil(Ready ready, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (!running())
                return false;
            if (ready())
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }

    QString logPath() const { return m_log; }
    QString log() const { return QString::fromUtf8(readFile(m_log)); }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_log;
};

// A CA and certificates it signs (openssl CLI), for servers on 127.0.0.1 / localhost and
// for TLS clients.
class TestCa
{
public:
    bool create(const QString &dir, const QString &name = QStringLiteral("PullScope Test CA"))
    {
        m_dir = dir;
        QDir().mkpath(dir);
        const RunResult r = run(findBinary(QStringLiteral("openssl")),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey(), QStringLiteral("-out"), caCert(),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        m_error = r.text();
        return r.ok() && QFile::exists(caCert());
    }

    // Writes NAME.crt and NAME.key; a server certificate names 127.0.0.1, ::1, localhost and
    // `extraIps`.
    bool issue(const QString &name, bool server, const QStringList &extraIps = {})
    {
        const QString key = m_dir + QLatin1Char('/') + name + QStringLiteral(".key");
        const QString csr = m_dir + QLatin1Char('/') + name + QStringLiteral(".csr");
        const QString crt = m_dir + QLatin1Char('/') + name + QStringLiteral(".crt");
        const QString ext = m_dir + QLatin1Char('/') + name + QStringLiteral(".ext");
        const QString openssl = findBinary(QStringLiteral("openssl"));
        RunResult r = run(openssl,
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                QStringLiteral("/CN=") + name});
        if (!r.ok()) {
            m_error = r.text();
            return false;
        }
        QByteArray sans = "IP:127.0.0.1,IP:::1,DNS:localhost";
        for (const QString &ip : extraIps)
            sans += ",IP:" + ip.toUtf8();
        const QByteArray extText = server
            ? "subjectAltName=" + sans + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
            : QByteArrayLiteral("basicConstraints=CA:FALSE\n"
                                "extendedKeyUsage=clientAuth\n");
        writeFile(ext, extText);
        r = run(openssl,
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                caCert(), QStringLiteral("-CAkey"), caKey(), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                crt, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext});
        m_error = r.text();
        return r.ok();
    }

    QString caCert() const { return m_dir + QStringLiteral("/ca.crt"); }
    QString caKey() const { return m_dir + QStringLiteral("/ca.key"); }
    QString cert(const QString &name) const { return m_dir + QLatin1Char('/') + name + QStringLiteral(".crt"); }
    QString key(const QString &name) const { return m_dir + QLatin1Char('/') + name + QStringLiteral(".key"); }
    QString error() const { return m_error; }

private:
    QString m_dir;
    QString m_error;
};

// Debian's docker-registry (distribution 2.x) with filesystem storage.
class Registry
{
public:
    struct Options
    {
        QString certFile; // HTTPS when set
        QString keyFile;
        QString user; // htpasswd auth when set
        QString password;
        QString address; // listen address; empty: 127.0.0.1
    };

    bool start(const QString &dir, const Options &o = {})
    {
        m_dir = dir;
        m_tls = !o.certFile.isEmpty();
        m_address = o.address.isEmpty() ? QStringLiteral("127.0.0.1") : o.address;
        QDir().mkpath(dir + QStringLiteral("/data"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freePort();
            QByteArray yaml = "version: 0.1\n"
                              "log:\n  level: info\n  accesslog:\n    disabled: false\n"
                              "storage:\n  filesystem:\n    rootdirectory: \""
                + dir.toUtf8() + "/data\"\n  delete:\n    enabled: true\n";
            if (!o.user.isEmpty()) {
                const QString htpasswd = dir + QStringLiteral("/htpasswd");
                const RunResult r
                    = run(findBinary(QStringLiteral("htpasswd")), {QStringLiteral("-Bbn"), o.user, o.password});
                if (!r.ok()) {
                    m_error = r.text();
                    return false;
                }
                writeFile(htpasswd, r.output);
                yaml += "auth:\n  htpasswd:\n    realm: pullscope-test\n    path: \"" + htpasswd.toUtf8() + "\"\n";
            }
            yaml += "http:\n  addr: " + m_address.toUtf8() + ':' + QByteArray::number(m_port) + "\n";
            if (m_tls)
                yaml += "  tls:\n    certificate: \"" + o.certFile.toUtf8() + "\"\n    key: \"" + o.keyFile.toUtf8()
                    + "\"\n";
            writeFile(dir + QStringLiteral("/config.yml"), yaml);
            m_service = std::make_unique<Service>();
            if (!m_service->start(findBinary(QStringLiteral("docker-registry")),
                    {QStringLiteral("serve"), dir + QStringLiteral("/config.yml")},
                    dir + QStringLiteral("/registry.log"), dir)) {
                m_error = QStringLiteral("docker-registry did not start");
                return false;
            }
            const quint16 port = m_port;
            const QHostAddress host(m_address);
            if (m_service->waitUntil([port, host] { return portAnswers(port, host); }))
                return true;
            m_error = m_service->log();
            m_service->stop();
        }
        return false;
    }

    quint16 port() const { return m_port; }
    QString hostPort() const { return m_address + QLatin1Char(':') + QString::number(m_port); }
    QString url() const { return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + hostPort(); }
    QString log() const { return m_service ? m_service->log() : m_error; }
    QString error() const { return m_error; }
    void stop()
    {
        if (m_service)
            m_service->stop();
    }

private:
    std::unique_ptr<Service> m_service;
    QString m_dir;
    QString m_error;
    QString m_address;
    quint16 m_port = 0;
    bool m_tls = false;
};

// nginx (nginx-light is enough) serving an upstream registry's /v2/ API under
// `/v2/PREFIX/`, the way a Harbor proxy-cache project is reached. One process, no master,
// so it runs from a private temp directory without a system user.
class NginxPathProxy
{
public:
    bool start(const QString &dir, quint16 upstreamPort, const QString &prefix, const QString &certFile,
        const QString &keyFile)
    {
        m_dir = dir;
        m_tls = !certFile.isEmpty();
        QDir().mkpath(dir + QStringLiteral("/logs"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freePort();
            const QByteArray d = dir.toUtf8();
            QByteArray conf = "master_process off;\ndaemon off;\npid " + d + "/nginx.pid;\nerror_log " + d
                + "/logs/error.log;\nevents { worker_connections 64; }\nhttp {\n  access_log " + d
                + "/logs/access.log;\n  client_body_temp_path " + d + "/body;\n  proxy_temp_path " + d
                + "/proxy;\n  fastcgi_temp_path " + d + "/fastcgi;\n  uwsgi_temp_path " + d
                + "/uwsgi;\n  scgi_temp_path " + d + "/scgi;\n  server {\n    listen 127.0.0.1:"
                + QByteArray::number(m_port) + (m_tls ? " ssl" : "") + ";\n";
            if (m_tls)
                conf += "    ssl_certificate " + certFile.toUtf8() + ";\n    ssl_certificate_key " + keyFile.toUtf8()
                    + ";\n";
            conf += "    location /v2/" + prefix.toUtf8()
                + "/ {\n      proxy_pass http://127.0.0.1:" + QByteArray::number(upstreamPort)
                + "/v2/;\n      proxy_buffering off;\n    }\n    location / { return 404; }\n  }\n}\n";
            writeFile(dir + QStringLiteral("/nginx.conf"), conf);
            m_service = std::make_unique<Service>();
            if (!m_service->start(findBinary(QStringLiteral("nginx")),
                    {QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf")},
                    dir + QStringLiteral("/nginx.out"), dir)) {
                m_error = QStringLiteral("nginx did not start");
                return false;
            }
            const quint16 port = m_port;
            if (m_service->waitUntil([port] { return portAnswers(port); }))
                return true;
            m_error = m_service->log() + QString::fromUtf8(readFile(dir + QStringLiteral("/logs/error.log")));
            m_service->stop();
        }
        return false;
    }

    quint16 port() const { return m_port; }
    QString baseUrl() const
    {
        return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + QStringLiteral("127.0.0.1:")
            + QString::number(m_port);
    }
    QString accessLog() const { return QString::fromUtf8(readFile(m_dir + QStringLiteral("/logs/access.log"))); }
    QString error() const { return m_error; }

private:
    std::unique_ptr<Service> m_service;
    QString m_dir;
    QString m_error;
    quint16 m_port = 0;
    bool m_tls = false;
};

// The OCI architecture name of this machine, so that the test image matches the default
// platform ctr and skopeo select.
inline QString ociArchitecture()
{
    const QString a = QSysInfo::currentCpuArchitecture();
    if (a == QLatin1String("x86_64"))
        return QStringLiteral("amd64");
    if (a == QLatin1String("arm64"))
        return QStringLiteral("arm64");
    if (a == QLatin1String("i386"))
        return QStringLiteral("386");
    return a;
}

// One file in a ustar archive (the whole layer), so that no tar binary is needed.
inline QByteArray tarWithOneFile(const QByteArray &name, const QByteArray &content)
{
    QByteArray header(512, '\0');
    auto put = [&header](int offset, const QByteArray &v) { header.replace(offset, v.size(), v); };
    auto octal = [](qint64 v, int width) -> QByteArray {
        return QByteArray::number(v, 8).rightJustified(width - 1, '0') + '\0';
    };
    put(0, name.left(99));
    put(100, octal(0644, 8));
    put(108, octal(0, 8));
    put(116, octal(0, 8));
    put(124, octal(content.size(), 12));
    put(136, octal(1700000000, 12));
    put(148, QByteArray(8, ' '));
    put(156, "0");
    put(257, QByteArray("ustar\0", 6));
    put(263, "00");
    int sum = 0;
    for (char c : header)
        sum += static_cast<unsigned char>(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
    QByteArray tar = header + content;
    tar += QByteArray((512 - content.size() % 512) % 512, '\0');
    tar += QByteArray(1024, '\0');
    return tar;
}

struct OciImage
{
    QString layoutDir;
    QString tag;
    QString manifestDigest; // sha256:...
};

// Builds an OCI image layout: one uncompressed tar layer holding `fileName` with
// `fileContent`, its config for this machine's linux platform, a manifest, and index.json
// naming it `tag`.
inline OciImage buildOciImage(
    const QString &layoutDir, const QString &tag, const QByteArray &fileName, const QByteArray &fileContent)
{
    QDir().mkpath(layoutDir + QStringLiteral("/blobs/sha256"));
    auto blob = [&layoutDir](const QByteArray &data) -> QString {
        const QByteArray hex = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        writeFile(layoutDir + QStringLiteral("/blobs/sha256/") + QString::fromLatin1(hex), data);
        return QStringLiteral("sha256:") + QString::fromLatin1(hex);
    };
    const QByteArray layer = tarWithOneFile(fileName, fileContent);
    const QString layerDigest = blob(layer);
    QJsonObject config {{QStringLiteral("architecture"), ociArchitecture()},
        {QStringLiteral("os"), QStringLiteral("linux")}, {QStringLiteral("config"), QJsonObject {}},
        {QStringLiteral("rootfs"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")},
                {QStringLiteral("diff_ids"), QJsonArray {layerDigest}}}}};
    const QByteArray configJson = QJsonDocument(config).toJson(QJsonDocument::Compact);
    const QString configDigest = blob(configJson);
    QJsonObject manifest {{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
        {QStringLiteral("config"),
            QJsonObject {{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.config.v1+json")},
                {QStringLiteral("digest"), configDigest}, {QStringLiteral("size"), configJson.size()}}},
        {QStringLiteral("layers"),
            QJsonArray {
                QJsonObject {{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.layer.v1.tar")},
                    {QStringLiteral("digest"), layerDigest}, {QStringLiteral("size"), layer.size()}}}}};
    const QByteArray manifestJson = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const QString manifestDigest = blob(manifestJson);
    QJsonObject index {{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("manifests"),
            QJsonArray {QJsonObject {
                {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                {QStringLiteral("digest"), manifestDigest}, {QStringLiteral("size"), manifestJson.size()},
                {QStringLiteral("annotations"),
                    QJsonObject {{QStringLiteral("org.opencontainers.image.ref.name"), tag}}}}}}};
    writeFile(layoutDir + QStringLiteral("/index.json"), QJsonDocument(index).toJson(QJsonDocument::Compact));
    writeFile(layoutDir + QStringLiteral("/oci-layout"), QByteArrayLiteral("{\"imageLayoutVersion\":\"1.0.0\"}"));
    return {layoutDir, tag, manifestDigest};
}

// Copies an OCI layout to `destRef` (HOST:PORT/REPO:TAG). With `certDir` (a directory
// holding the CA as *.crt) TLS is verified against it; without, TLS verification is off
// (plain HTTP registries). `creds` is USER:PASSWORD.
inline RunResult skopeoPush(
    const OciImage &image, const QString &destRef, const QString &certDir = {}, const QString &creds = {})
{
    QStringList args {QStringLiteral("copy"), QStringLiteral("--retry-times"), QStringLiteral("2")};
    if (!certDir.isEmpty())
        args << QStringLiteral("--dest-cert-dir") << certDir;
    else
        args << QStringLiteral("--dest-tls-verify=false");
    if (!creds.isEmpty())
        args << QStringLiteral("--dest-creds") << creds;
    args << QStringLiteral("oci:") + image.layoutDir + QLatin1Char(':') + image.tag
         << QStringLiteral("docker://") + destRef;
    return run(findBinary(QStringLiteral("skopeo")), args);
}

// A private containerd (no CRI, native snapshotter) whose root, state and sockets live in
// a temp directory, and the ctr client to drive it.
class Containerd
{
public:
    // env: the daemon's environment (e.g. a proxy, as a systemd drop-in gives it); empty: ours.
    bool start(const QString &dir, const QProcessEnvironment &env = {})
    {
        m_dir = dir;
        QDir().mkpath(dir);
        const QByteArray d = dir.toUtf8();
        const QByteArray config = "version = 2\nroot = \"" + d + "/root\"\nstate = \"" + d
            + "/state\"\n"
              "disabled_plugins = [\"io.containerd.grpc.v1.cri\", \"io.containerd.snapshotter.v1.btrfs\", "
              "\"io.containerd.snapshotter.v1.zfs\", \"io.containerd.snapshotter.v1.devmapper\", "
              "\"io.containerd.snapshotter.v1.aufs\"]\n"
              "[grpc]\n  address = \""
            + d + "/containerd.sock\"\n[ttrpc]\n  address = \"" + d
            + "/containerd.sock.ttrpc\"\n[debug]\n  address = \"" + d + "/debug.sock\"\n[metrics]\n  address = \"\"\n";
        writeFile(dir + QStringLiteral("/config.toml"), config);
        m_service = std::make_unique<Service>();
        if (!m_service->start(findBinary(QStringLiteral("containerd")),
                {QStringLiteral("--config"), dir + QStringLiteral("/config.toml")},
                dir + QStringLiteral("/containerd.log"), dir, env))
            return false;
        const QString sock = socket();
        return m_service->waitUntil([sock] { return socketAnswers(sock); }, 30000);
    }

    QString socket() const { return m_dir + QStringLiteral("/containerd.sock"); }
    qint64 pid() const { return m_service ? m_service->pid() : 0; }
    QString log() const { return m_service ? m_service->log() : QString(); }
    void stop()
    {
        if (m_service)
            m_service->stop();
    }

    // The environment ctr runs in: any attempt to reach a non-loopback registry (the real
    // Docker Hub behind a docker.io `server`) goes to a proxy port nobody listens on, so it
    // fails at once and never leaves this machine. Go never proxies loopback, so the
    // registries of the test are reached directly.
    static QProcessEnvironment hermeticEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy",
                 "ALL_PROXY", "all_proxy"})
            env.remove(QString::fromLatin1(name));
        const QString dead = QStringLiteral("http://127.0.0.1:9");
        env.insert(QStringLiteral("HTTPS_PROXY"), dead);
        env.insert(QStringLiteral("HTTP_PROXY"), dead);
        return env;
    }

    // `ctr images pull` in its own namespace (so every pull resolves and fetches afresh).
    RunResult pull(const QString &ref, const QString &hostsDir, const QString &ns, const QStringList &extra = {}) const
    {
        QStringList args {QStringLiteral("--address"), socket(), QStringLiteral("--namespace"), ns,
            QStringLiteral("images"), QStringLiteral("pull"), QStringLiteral("--snapshotter"),
            QStringLiteral("native")};
        if (!hostsDir.isEmpty())
            args << QStringLiteral("--hosts-dir") << hostsDir;
        args << extra << ref;
        return run(findBinary(QStringLiteral("ctr")), args, hermeticEnvironment(), 120000);
    }

    // `ctr images ls -q` in a namespace.
    RunResult images(const QString &ns) const
    {
        return run(findBinary(QStringLiteral("ctr")),
            {QStringLiteral("--address"), socket(), QStringLiteral("--namespace"), ns, QStringLiteral("images"),
                QStringLiteral("ls"), QStringLiteral("-q")},
            hermeticEnvironment(), 60000);
    }

private:
    std::unique_ptr<Service> m_service;
    QString m_dir;
};

} // namespace PullScope::Integration

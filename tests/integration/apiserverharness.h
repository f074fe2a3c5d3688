#pragma once

// The project's own Kubernetes API server (tests/apiserver, pullscope-test-apiserver) as a
// test fixture: a CA made by the test, a server certificate for 127.0.0.1/localhost,
// client certificates (RSA and EC), one kubeconfig per way of logging in, and the stdin
// control channel (`send`) that adds, changes and deletes objects or compacts the history
// while clients watch.
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThread>
#include <QUrl>

#include "integrationharness.h"

namespace PullScope::Integration {

class ApiServerHarness
{
public:
    // The users the server knows. Certificates: CN is the user, O the groups.
    enum class Auth {
        ClientCertRsa, // alice, system:masters
        ClientCertEc, // erin, pullscope:viewers
        Token, // bob
        TokenFile, // frank, the token read from a file by kubectl
        Basic, // carol
        Restricted, // dave: a token for a user that may read one namespace only
        WrongToken, // a token the server does not know
        UntrustedCert, // mallory: a certificate from a CA the server does not trust
    };
    static QString userOf(Auth a)
    {
        switch (a) {
        case Auth::ClientCertRsa:
            return QStringLiteral("alice");
        case Auth::ClientCertEc:
            return QStringLiteral("erin");
        case Auth::Token:
            return QStringLiteral("bob");
        case Auth::TokenFile:
            return QStringLiteral("frank");
        case Auth::Basic:
            return QStringLiteral("carol");
        case Auth::Restricted:
            return QStringLiteral("dave");
        case Auth::WrongToken:
        case Auth::UntrustedCert:
            break;
        }
        return {};
    }

    struct Options
    {
        QStringList dataFiles;
        int generatePods = 0;
        int generateEvents = 0;
        QString restrictedNamespace = QStringLiteral("shop");
        double continueTtlSeconds = -1; // server default when negative
        int bookmarkIntervalMs = 0; // server default when 0
        bool legacyDiscoveryOnly = false;
        quint16 port = 0; // any free one when 0; a restarted server asks for its old one
    };

    // Certificates are made once per directory and shared by the servers of a test.
    static bool createCertificates(const QString &dir, QString *error)
    {
        TestCa ca;
        if (!ca.create(dir) || !ca.issue(QStringLiteral("server"), true)) {
            *error = ca.error();
            return false;
        }
        TestCa rogue;
        if (!rogue.create(dir + QStringLiteral("/rogue"), QStringLiteral("Not The Cluster CA"))) {
            *error = rogue.error();
            return false;
        }
        return issueClient(dir, ca, QStringLiteral("alice"), QStringLiteral("system:masters"), false, error)
            && issueClient(dir, ca, QStringLiteral("erin"), QStringLiteral("pullscope:viewers"), true, error)
            && issueClient(dir, rogue, QStringLiteral("mallory"), QStringLiteral("system:masters"), false, error);
    }

    // Starts the server (certificates from `certDir`, logs and kubeconfigs in `workDir`)
    // and waits until it wrote its port.
    bool start(const QString &certDir, const QString &workDir, const Options &o)
    {
        m_certDir = certDir;
        m_dir = workDir;
        QDir().mkpath(workDir);
        const QString program = QStringLiteral(PULLSCOPE_TEST_APISERVER);
        const QString portFile = workDir + QStringLiteral("/port");
        QFile::remove(portFile);
        writeFile(tokenFile(), QByteArray(kTokenFileToken) + '\n');
        QStringList args {QStringLiteral("--cert"), certDir + QStringLiteral("/server.crt"), QStringLiteral("--key"),
            certDir + QStringLiteral("/server.key"), QStringLiteral("--client-ca"), certDir + QStringLiteral("/ca.crt"),
            QStringLiteral("--port-file"), portFile, QStringLiteral("--token"),
            QLatin1String(kToken) + QStringLiteral("=bob"), QStringLiteral("--token"),
            QLatin1String(kTokenFileToken) + QStringLiteral("=frank"), QStringLiteral("--token"),
            QLatin1String(kRestrictedToken) + QStringLiteral("=dave"), QStringLiteral("--basic"),
            QStringLiteral("carol:") + QLatin1String(kPassword), QStringLiteral("--restricted"),
            QStringLiteral("dave=") + o.restrictedNamespace,
            // bob may impersonate; the group pullscope:admins reads every namespace.
            QStringLiteral("--impersonator"), QStringLiteral("bob"), QStringLiteral("--admin-group"),
            QStringLiteral("pullscope:admins")};
        for (const QString &f : o.dataFiles)
            args << QStringLiteral("--data") << f;
        if (o.generatePods > 0)
            args << QStringLiteral("--generate-pods") << QString::number(o.generatePods);
        if (o.generateEvents > 0)
            args << QStringLiteral("--generate-events") << QString::number(o.generateEvents);
        if (o.continueTtlSeconds >= 0)
            args << QStringLiteral("--continue-ttl") << QString::number(o.continueTtlSeconds);
        if (o.bookmarkIntervalMs > 0)
            args << QStringLiteral("--bookmark-interval") << QString::number(o.bookmarkIntervalMs);
        if (o.legacyDiscoveryOnly)
            args << QStringLiteral("--legacy-discovery-only");
        if (o.port != 0)
            args << QStringLiteral("--port") << QString::number(o.port);
        m_options = o;
        if (!m_service.start(program, args, workDir + QStringLiteral("/apiserver.log"), workDir)) {
            m_error = QStringLiteral("%1 did not start").arg(program);
            return false;
        }
        // Generating 100k objects takes a while; the port file appears only after that.
        if (!m_service.waitUntil([&portFile] { return QFile::exists(portFile); }, 300000)) {
            m_error = QStringLiteral("no port file; log:\n") + m_service.log();
            return false;
        }
        m_port = quint16(readFile(portFile).trimmed().toUInt());
        for (Auth a : {Auth::ClientCertRsa, Auth::ClientCertEc, Auth::Token, Auth::TokenFile, Auth::Basic,
                 Auth::Restricted, Auth::WrongToken, Auth::UntrustedCert})
            writeFile(kubeconfig(a), kubeconfigText(a));
        return m_port != 0;
    }

    void stop() { m_service.stop(); }
    // The server dies and comes back on the same port with the same objects (the changes
    // made through the control channel are lost, as with a restored etcd backup).
    bool restart(int downMs = 0)
    {
        m_service.stop();
        if (downMs > 0)
            QThread::msleep(ulong(downMs));
        Options o = m_options;
        o.port = m_port;
        const quint16 before = m_port;
        // The old listening socket may linger a moment: retry while the port is busy.
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (start(m_certDir, m_dir, o) && m_port == before)
                return true;
            m_service.stop();
            QThread::msleep(100);
        }
        m_port = before;
        return false;
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QString caCert() const { return m_certDir + QStringLiteral("/ca.crt"); }
    QString error() const { return m_error; }
    QString log() const { return m_service.log(); }
    QStringList logLines() const { return log().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QString tokenFile() const { return m_dir + QStringLiteral("/token"); }
    static QByteArray token() { return kToken; }

    QString kubeconfig(Auth a) const { return m_dir + QStringLiteral("/kubeconfig-") + QString::number(int(a)); }

    // One control command; waits for the server's "control ok|error" answer and returns it.
    QString send(const QByteArray &line, int timeoutMs = 10000)
    {
        const auto acks = [this] {
            QStringList out;
            for (const QString &l : logLines())
                if (l.startsWith(QLatin1String("control ")))
                    out << l;
            return out;
        };
        const qsizetype before = acks().size();
        if (!m_service.send(line + '\n'))
            return QStringLiteral("control error: cannot write to the server");
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            const QStringList now = acks();
            if (now.size() > before)
                return now.last();
            QThread::msleep(20);
        }
        return QStringLiteral("control error: no answer");
    }

    // The environment kubectl runs in: a private HOME (its cache and config), no proxy.
    QProcessEnvironment kubectlEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"KUBECONFIG", "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY",
                 "all_proxy", "NO_PROXY", "no_proxy"})
            env.remove(QLatin1String(v));
        env.insert(QStringLiteral("HOME"), m_dir + QStringLiteral("/home"));
        return env;
    }

    QStringList kubectlArgs(Auth a, const QStringList &args) const
    {
        return QStringList {QStringLiteral("--kubeconfig"), kubeconfig(a), QStringLiteral("--cache-dir"),
                   m_dir + QStringLiteral("/kubecache")}
        + args;
    }

    // The kubeconfig of `a`, for tests that add fields (impersonation) to it.
    QByteArray kubeconfigTemplate(Auth a) const { return kubeconfigText(a); }

    RunResult kubectl(Auth a, const QStringList &args, int timeoutMs = 120000) const
    {
        return run(findBinary(QStringLiteral("kubectl")), kubectlArgs(a, args), kubectlEnvironment(), timeoutMs);
    }

    // A GET by a client that is not kubectl (Qt Network, bearer token), for comparing
    // kubectl's answers with the server's own.
    QByteArray get(const QString &pathAndQuery, int *status = nullptr) const
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(url() + pathAndQuery));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(caCert()));
        req.setSslConfiguration(ssl);
        req.setRawHeader("Authorization", "Bearer " + token());
        req.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

private:
    static constexpr const char *kToken = "pullscope-test-token-bob";
    static constexpr const char *kTokenFileToken = "pullscope-test-token-frank";
    static constexpr const char *kRestrictedToken = "pullscope-test-token-dave";
    static constexpr const char *kPassword = "s3cret-carol";

    static bool issueClient(
        const QString &dir, const TestCa &ca, const QString &user, const QString &group, bool ec, QString *error)
    {
        const QString openssl = findBinary(QStringLiteral("openssl"));
        const QString key = dir + QLatin1Char('/') + user + QStringLiteral(".key");
        const QString csr = dir + QLatin1Char('/') + user + QStringLiteral(".csr");
        const QString ext = dir + QLatin1Char('/') + user + QStringLiteral(".ext");
        QStringList req {QStringLiteral("req"), QStringLiteral("-newkey")};
        if (ec)
            req << QStringLiteral("ec") << QStringLiteral("-pkeyopt") << QStringLiteral("ec_paramgen_curve:prime256v1");
        else
            req << QStringLiteral("rsa:2048");
        req << QStringLiteral("-nodes") << QStringLiteral("-keyout") << key << QStringLiteral("-out") << csr
            << QStringLiteral("-subj") << QStringLiteral("/CN=%1/O=%2").arg(user, group);
        RunResult r = run(openssl, req);
        if (!r.ok()) {
            *error = r.text();
            return false;
        }
        writeFile(ext, "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n");
        r = run(openssl,
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                ca.caCert(), QStringLiteral("-CAkey"), ca.caKey(), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-out"), dir + QLatin1Char('/') + user + QStringLiteral(".crt"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-extfile"), ext});
        if (!r.ok())
            *error = r.text();
        return r.ok();
    }

    QByteArray kubeconfigText(Auth a) const
    {
        QByteArray user;
        const QByteArray certDir = m_certDir.toUtf8();
        switch (a) {
        case Auth::ClientCertRsa:
            user = "    client-certificate: " + certDir + "/alice.crt\n    client-key: " + certDir + "/alice.key\n";
            break;
        case Auth::ClientCertEc:
            user = "    client-certificate: " + certDir + "/erin.crt\n    client-key: " + certDir + "/erin.key\n";
            break;
        case Auth::UntrustedCert:
            user = "    client-certificate: " + certDir + "/mallory.crt\n    client-key: " + certDir + "/mallory.key\n";
            break;
        case Auth::Token:
            user = "    token: " + QByteArray(kToken) + '\n';
            break;
        case Auth::TokenFile:
            user = "    tokenFile: " + tokenFile().toUtf8() + '\n';
            break;
        case Auth::Basic:
            user = "    username: carol\n    password: " + QByteArray(kPassword) + '\n';
            break;
        case Auth::Restricted:
            user = "    token: " + QByteArray(kRestrictedToken) + '\n';
            break;
        case Auth::WrongToken:
            user = "    token: not-a-token-this-server-knows\n";
            break;
        }
        return "apiVersion: v1\nkind: Config\nclusters:\n- name: test\n  cluster:\n    server: " + url().toUtf8()
            + "\n    certificate-authority: " + caCert().toUtf8() + "\nusers:\n- name: test\n  user:\n" + user
            + "contexts:\n- name: test\n  context:\n    cluster: test\n    user: test\n"
            // The namespace-bound user's context names its namespace, as an admin hands it out.
            + (a == Auth::Restricted ? "    namespace: " + m_options.restrictedNamespace.toUtf8() + '\n' : QByteArray())
            + "current-context: test\n";
    }

    Service m_service;
    Options m_options;
    QString m_certDir;
    QString m_dir;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace PullScope::Integration

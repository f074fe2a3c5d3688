#pragma once

// Shared by the tst_kube* tests: certificates made with the openssl command, a tiny HTTPS
// API server answering like kube-apiserver (real metav1.Status bodies), and a relay that
// speaks HTTP CONNECT or SOCKS5. Everything listens on 127.0.0.1 only.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <functional>

namespace KubeTest {

inline QByteArray runOrDie(const QString &program, const QStringList &args, const QString &dir = QString(),
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int *exitCode = nullptr)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start();
    if (!p.waitForFinished(60000))
        qFatal("%s timed out", qPrintable(program));
    const QByteArray out = p.readAllStandardOutput();
    if (exitCode) {
        *exitCode = p.exitCode();
        return out + p.readAllStandardError();
    }
    if (p.exitCode() != 0)
        qFatal("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
            p.readAllStandardError().constData());
    return out;
}

// A certificate authority and certificates it signs, as PEM files in `dir`.
struct CertFactory
{
    QString dir;

    QString path(const QString &name) const { return QDir(dir).filePath(name); }
    QByteArray read(const QString &name) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path(name)));
        return f.readAll();
    }

    // <name>.key and <name>.crt, self-signed CA.
    void makeCa(const QString &name, const QString &cn) const
    {
        runOrDie(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                name + QStringLiteral(".crt"), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn,
                QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-addext"),
                QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            dir);
    }

    // <name>.key (rsa or ec) and <name>.crt signed by `ca`; days -1 makes it already expired.
    void makeCert(const QString &name, const QString &ca, const QString &cn, const QStringList &dnsNames, bool client,
        const QString &keyType = QStringLiteral("rsa"), int days = 30) const
    {
        const QStringList keyArgs = keyType == QLatin1String("ec")
            ? QStringList {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256")}
            : QStringList {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
        runOrDie(QStringLiteral("openssl"),
            QStringList {QStringLiteral("req")} + keyArgs
                + QStringList {QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                    QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + cn + (client ? QStringLiteral("/O=system:masters") : QString())},
            dir);
        QFile ext(path(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            qFatal("cannot write ext");
        QByteArray e
            = client ? QByteArray("extendedKeyUsage=clientAuth\n") : QByteArray("extendedKeyUsage=serverAuth\n");
        QStringList sans;
        for (const QString &n : dnsNames)
            sans << (n.at(0).isDigit() ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + n;
        if (!sans.isEmpty())
            e += "subjectAltName=" + sans.join(QLatin1Char(',')).toLatin1() + '\n';
        ext.write(e);
        ext.close();
        runOrDie(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                QStringLiteral("-CA"), ca + QStringLiteral(".crt"), QStringLiteral("-CAkey"),
                ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                QString::number(days), QStringLiteral("-extfile"), name + QStringLiteral(".ext"),
                QStringLiteral("-out"), name + QStringLiteral(".crt")},
            dir);
    }
};

// What the test API server answers to one request.
struct ApiAnswer
{
    int status = 200;
    QByteArray body;
};

inline QByteArray statusBody(int code, const QString &reason, const QString &message)
{
    const QJsonObject o {{QStringLiteral("kind"), QStringLiteral("Status")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("status"), QStringLiteral("Failure")}, {QStringLiteral("message"), message},
        {QStringLiteral("reason"), reason}, {QStringLiteral("code"), code}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct ApiRequest
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QSslCertificate clientCertificate;
};

// HTTPS (or plain HTTP without a certificate) server with one handler per request.
class MiniApiServer : public QObject
{
public:
    using Handler = std::function<ApiAnswer(const ApiRequest &)>;

    // clientCa non-empty: client certificates are requested.
    MiniApiServer(
        const QByteArray &certPem, const QByteArray &keyPem, const QList<QSslCertificate> &clientCa, Handler handler)
        : m_handler(std::move(handler))
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(QSslCertificate(certPem, QSsl::Pem));
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        c.setPrivateKey(key);
        if (!clientCa.isEmpty()) {
            // Asked for, not required: token users connect without one. The handler decides
            // by the issuer whom a certificate authenticates.
            c.setCaCertificates(clientCa);
            c.setPeerVerifyMode(QSslSocket::QueryPeer);
        } else {
            c.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        m_server.setSslConfiguration(c);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] { accept(); });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("listen failed");
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<ApiRequest> requests;

private:
    void accept()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            auto *ssl = qobject_cast<QSslSocket *>(s);
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, ssl] { serve(ssl); });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }
    void serve(QSslSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.remove(0, end + 4);
        ApiRequest r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        r.clientCertificate = s->peerCertificate();
        requests << r;
        const ApiAnswer a = m_handler(r);
        const QByteArray phrase = a.status == 200 ? "OK"
            : a.status == 401                     ? "Unauthorized"
            : a.status == 403                     ? "Forbidden"
                                                  : "Error";
        QByteArray response = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + phrase
            + "\r\nContent-Type: application/json\r\n" + "Content-Length: " + QByteArray::number(a.body.size())
            + "\r\n\r\n" + a.body;
        s->write(response);
    }

    QSslServer m_server;
    Handler m_handler;
    QHash<QSslSocket *, QByteArray> m_buffers;
};

// The server_name a TLS ClientHello carries (RFC 6066), read off the wire; empty when the
// hello names none. *complete is false until the whole first record is in `b`.
inline QByteArray clientHelloServerName(const QByteArray &b, bool *complete)
{
    *complete = false;
    if (b.size() < 5)
        return {};
    const int recordLength = (quint8(b[3]) << 8) | quint8(b[4]);
    if (b.size() < 5 + recordLength)
        return {};
    *complete = true;
    const auto u8 = [&b](int i) { return i < b.size() ? int(quint8(b[i])) : -1; };
    const auto u16 = [&u8](int i) { return (u8(i) << 8) | u8(i + 1); };
    if (u8(0) != 0x16 || u8(5) != 0x01) // handshake record, ClientHello
        return {};
    int at = 5 + 4 + 2 + 32; // handshake header, legacy version, random
    at += 1 + u8(at); // session id
    at += 2 + u16(at); // cipher suites
    at += 1 + u8(at); // compression methods
    const int end = std::min<int>(at + 2 + u16(at), 5 + recordLength);
    for (at += 2; at + 4 <= end;) {
        const int type = u16(at), length = u16(at + 2);
        if (type == 0 && u8(at + 6) == 0) // server_name, host_name
            return b.mid(at + 9, u16(at + 7));
        at += 4 + length;
    }
    return {};
}

// A forwarding proxy on 127.0.0.1: HTTP CONNECT or SOCKS5 (no authentication, CONNECT
// command, IPv4 or domain address), or a plain TCP forwarder to one port that records the
// TLS server name (SNI) each client sent. Counts the tunnels it opened.
class RelayProxy : public QObject
{
public:
    enum class Mode { HttpConnect, Socks5, Forward };
    explicit RelayProxy(Mode mode, quint16 forwardPort = 0)
        : m_mode(mode)
        , m_forwardPort(forwardPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *c = m_server.nextPendingConnection())
                QObject::connect(c, &QTcpSocket::readyRead, c, [this, c] { handshake(c); });
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("listen failed");
    }
    quint16 port() const { return m_server.serverPort(); }
    int tunnels = 0;
    QList<QByteArray> targets;
    QList<QByteArray> serverNames; // Forward: one per connection, "" when none was sent

private:
    void handshake(QTcpSocket *c)
    {
        if (c->property("piped").toBool())
            return;
        QByteArray &b = m_buffers[c];
        b += c->readAll();
        if (m_mode == Mode::Forward) {
            bool complete = false;
            const QByteArray name = clientHelloServerName(b, &complete);
            if (!complete)
                return;
            serverNames << name;
            pipe(c, QStringLiteral("127.0.0.1"), m_forwardPort, QByteArray());
            return;
        }
        if (m_mode == Mode::HttpConnect) {
            const int end = b.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray target = b.left(b.indexOf('\r')).split(' ').value(1);
            b.remove(0, end + 4);
            const int colon = target.lastIndexOf(':');
            pipe(c, QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort(),
                "HTTP/1.1 200 Connection established\r\n\r\n");
            targets << target;
            return;
        }
        // SOCKS5: greeting, then the CONNECT request.
        if (!c->property("greeted").toBool()) {
            if (b.size() < 2 || b.size() < 2 + quint8(b[1]))
                return;
            b.remove(0, 2 + quint8(b[1]));
            c->write(QByteArray("\x05\x00", 2));
            c->setProperty("greeted", true);
        }
        if (b.size() < 5)
            return;
        const quint8 atyp = quint8(b[3]);
        QString host;
        int at = 4;
        if (atyp == 1) {
            if (b.size() < 10)
                return;
            host
                = QStringLiteral("%1.%2.%3.%4").arg(quint8(b[4])).arg(quint8(b[5])).arg(quint8(b[6])).arg(quint8(b[7]));
            at = 8;
        } else if (atyp == 3) {
            const int len = quint8(b[4]);
            if (b.size() < 5 + len + 2)
                return;
            host = QString::fromLatin1(b.mid(5, len));
            at = 5 + len;
        } else {
            c->close();
            return;
        }
        const quint16 port = quint16((quint8(b[at]) << 8) | quint8(b[at + 1]));
        b.remove(0, at + 2);
        targets << host.toLatin1() + ':' + QByteArray::number(port);
        pipe(c, host, port, QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
    }
    void pipe(QTcpSocket *c, const QString &host, quint16 port, const QByteArray &ok)
    {
        c->setProperty("piped", true);
        auto *up = new QTcpSocket(c);
        QObject::connect(up, &QTcpSocket::connected, c, [this, c, up, ok] {
            ++tunnels;
            if (!ok.isEmpty())
                c->write(ok);
            if (!m_buffers[c].isEmpty())
                up->write(m_buffers.take(c));
            if (c->bytesAvailable())
                up->write(c->readAll());
            QObject::connect(c, &QTcpSocket::readyRead, up, [c, up] { up->write(c->readAll()); });
            QObject::connect(up, &QTcpSocket::readyRead, c, [c, up] { c->write(up->readAll()); });
            QObject::connect(up, &QTcpSocket::disconnected, c, &QTcpSocket::disconnectFromHost);
            QObject::connect(c, &QTcpSocket::disconnected, up, &QTcpSocket::disconnectFromHost);
        });
        QObject::connect(up, &QTcpSocket::errorOccurred, c, [c] { c->close(); });
        up->connectToHost(host, port);
    }

    Mode m_mode;
    quint16 m_forwardPort = 0;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A port on 127.0.0.1 that was free a moment ago and has no listener now.
inline quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        qFatal("listen failed");
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

inline void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

} // namespace KubeTest

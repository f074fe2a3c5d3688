#include "probe/httpconnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

namespace PullScope {

namespace {
constexpr qsizetype maxBody = 8 * 1024 * 1024; // a manifest or token; nothing larger is read

QByteArray decodeChunked(const QByteArray &raw)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype len = raw.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || len == 0)
            break;
        out += raw.mid(eol + 2, len);
        pos = eol + 2 + len + 2;
    }
    return out;
}
} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpConnection::HttpConnection(const std::atomic_bool *cancel, int timeoutMs)
    : m_socket(std::make_unique<QSslSocket>())
    , m_cancel(cancel)
    , m_timeoutMs(timeoutMs)
{
    QObject::connect(m_socket.get(), &QSslSocket::sslErrors, m_socket.get(),
        [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
}

HttpConnection::~HttpConnection()
{
    m_socket->abort();
}

bool HttpConnection::fail(TransportError::Kind kind, const QString &text)
{
    m_error.kind = kind;
    m_error.text = text;
    m_error.sslErrors = m_sslErrors;
    m_socket->abort();
    return false;
}

bool HttpConnection::failFromSocket()
{
    const QString text = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        return fail(TransportError::Kind::Dns, text);
    case QAbstractSocket::ConnectionRefusedError:
        return fail(TransportError::Kind::Refused, text);
    case QAbstractSocket::NetworkError:
        // "no route to host" / "network is unreachable" while connecting.
        return fail(m_socket->state() == QAbstractSocket::ConnectedState ? TransportError::Kind::Closed
                                                                         : TransportError::Kind::Refused,
            text);
    case QAbstractSocket::SocketTimeoutError:
        return fail(TransportError::Kind::Timeout, text);
    case QAbstractSocket::RemoteHostClosedError:
        return fail(TransportError::Kind::Closed, text);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return fail(TransportError::Kind::Tls, text);
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyProtocolError:
        return fail(TransportError::Kind::Proxy, text);
    default:
        return fail(TransportError::Kind::Other, text);
    }
}

template<typename Wait> bool HttpConnection::waitSliced(Wait wait)
{
    const QDeadlineTimer deadline(m_timeoutMs);
    for (;;) {
        if (m_cancel && m_cancel->load())
            return fail(TransportError::Kind::Cancelled, QCoreApplication::translate("Probe", "cancelled"));
        const int slice = int(std::clamp<qint64>(deadline.remainingTime(), 1, 100));
        if (wait(slice))
            return true;
        const auto err = m_socket->error();
        if (err != QAbstractSocket::SocketTimeoutError && err != QAbstractSocket::UnknownSocketError)
            return failFromSocket();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            return fail(
                TransportError::Kind::Closed, QCoreApplication::translate("Probe", "the server closed the connection"));
        if (deadline.hasExpired())
            return fail(TransportError::Kind::Timeout,
                QCoreApplication::translate("Probe", "no answer within %1 s").arg(m_timeoutMs / 1000.0));
    }
}

bool HttpConnection::connectTo(const QString &host, quint16 port)
{
    // Not waitForConnected() in slices: its timeout aborts the attempt. A local loop with a
    // poll for cancel() and the deadline instead.
    QEventLoop loop;
    QObject::connect(m_socket.get(), &QAbstractSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(m_socket.get(), &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);
    const QDeadlineTimer deadline(m_timeoutMs);
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [this, &loop, &deadline] {
        if ((m_cancel && m_cancel->load()) || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    m_socket->connectToHost(host, port);
    const auto pending = [this] {
        const auto st = m_socket->state();
        return st == QAbstractSocket::HostLookupState || st == QAbstractSocket::ConnectingState;
    };
    if (pending())
        loop.exec();
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        return true;
    if (m_cancel && m_cancel->load())
        return fail(TransportError::Kind::Cancelled, QCoreApplication::translate("Probe", "cancelled"));
    if (pending())
        return fail(TransportError::Kind::Timeout,
            QCoreApplication::translate("Probe", "no answer within %1 s").arg(m_timeoutMs / 1000.0));
    return failFromSocket();
}

bool HttpConnection::open(const QString &host, quint16 port, const QUrl &proxy, bool tunnel)
{
    m_viaProxy = !proxy.isEmpty();
    const QString connectHost = m_viaProxy ? proxy.host() : host;
    const quint16 connectPort
        = m_viaProxy ? quint16(proxy.port(proxy.scheme() == QLatin1String("https") ? 443 : 80)) : port;
    m_socket->setProxy(QNetworkProxy::NoProxy);
    if (!connectTo(connectHost, connectPort)) {
        if (m_viaProxy && m_error.kind != TransportError::Kind::Cancelled)
            m_error.kind = TransportError::Kind::Proxy;
        return false;
    }
    if (!m_viaProxy || !tunnel)
        return true;
    const QByteArray authority = (host.contains(QLatin1Char(':')) ? '[' + host.toUtf8() + ']' : host.toUtf8()) + ':'
        + QByteArray::number(port);
    QByteArray request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n";
    if (!proxy.userName().isEmpty())
        request += "Proxy-Authorization: Basic "
            + QByteArray(proxy.userName().toUtf8() + ':' + proxy.password().toUtf8()).toBase64() + "\r\n";
    request += "\r\n";
    m_socket->write(request);
    HttpResponse r;
    QByteArray rest;
    if (!readHead(&r, &rest)) {
        m_error.kind = m_error.kind == TransportError::Kind::Cancelled ? m_error.kind : TransportError::Kind::Proxy;
        return false;
    }
    if (r.status < 200 || r.status > 299) {
        m_error.proxyStatus = r.status;
        return fail(TransportError::Kind::Proxy,
            QCoreApplication::translate("Probe", "the proxy refused CONNECT %1: %2")
                .arg(QString::fromUtf8(authority), QString::fromUtf8(r.statusLine)));
    }
    m_viaProxy = false; // the tunnel carries origin-form requests
    return true;
}

bool HttpConnection::startTls(const QString &verifyName, const QList<QSslCertificate> &cas, bool skipVerify)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setCaCertificates(cas);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(verifyName);
    if (skipVerify)
        QObject::connect(m_socket.get(), &QSslSocket::sslErrors, m_socket.get(),
            [this](const QList<QSslError> &) { m_socket->ignoreSslErrors(); });
    m_socket->startClientEncryption();
    return waitSliced([this](int ms) { return m_socket->waitForEncrypted(ms); });
}

QList<QSslCertificate> HttpConnection::peerChain() const
{
    return m_socket->peerCertificateChain();
}

QString HttpConnection::tlsProtocol() const
{
    switch (m_socket->sessionProtocol()) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

bool HttpConnection::readHead(HttpResponse *r, QByteArray *rest)
{
    QByteArray buf;
    qsizetype end = -1;
    while ((end = buf.indexOf("\r\n\r\n")) < 0) {
        if (m_socket->bytesAvailable() == 0 && !waitSliced([this](int ms) { return m_socket->waitForReadyRead(ms); }))
            return false;
        buf += m_socket->readAll();
        if (buf.size() > 256 * 1024)
            return fail(TransportError::Kind::Other, QCoreApplication::translate("Probe", "response header too large"));
    }
    const QList<QByteArray> lines = buf.left(end).split('\n');
    r->statusLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = r->statusLine.split(' ');
    if (!parts.value(0).startsWith("HTTP/"))
        return fail(TransportError::Kind::Other,
            QCoreApplication::translate("Probe", "not an HTTP answer: %1")
                .arg(QString::fromLatin1(r->statusLine.left(80))));
    r->status = parts.value(1).toInt();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    *rest = buf.mid(end + 4);
    return true;
}

bool HttpConnection::exchange(const QByteArray &method, const QByteArray &target, const QByteArray &hostHeader,
    const HttpHeaders &headers, HttpResponse *response)
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader
        + "\r\nUser-Agent: pullscope/" PULLSCOPE_VERSION "\r\nConnection: close\r\n";
    for (const auto &h : headers)
        request += h.first + ": " + h.second + "\r\n";
    request += "\r\n";
    m_socket->write(request);
    QByteArray body;
    if (!readHead(response, &body))
        return false;
    if (method == "HEAD" || response->status == 204 || response->status == 304 || response->status < 200)
        return true;
    bool hasLength = false;
    const qsizetype length = response->header("Content-Length").toLongLong(&hasLength);
    const bool chunked = response->header("Transfer-Encoding").toLower().contains("chunked");
    for (;;) {
        if (hasLength && body.size() >= length)
            break;
        if (chunked && body.endsWith("0\r\n\r\n"))
            break;
        if (body.size() > maxBody)
            break;
        if (m_socket->bytesAvailable() > 0) {
            body += m_socket->readAll();
            continue;
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            break;
        if (!waitSliced([this](int ms) { return m_socket->waitForReadyRead(ms); })) {
            if (m_error.kind == TransportError::Kind::Closed && !hasLength) {
                body += m_socket->readAll();
                m_error = {};
                break;
            }
            return false;
        }
        body += m_socket->readAll();
    }
    response->body = chunked ? decodeChunked(body) : (hasLength ? body.left(length) : body);
    return true;
}

bool HttpConnection::fetch(const Settings &s, const QByteArray &method, const QUrl &url, const HttpHeaders &headers,
    HttpResponse *response, TransportError *error)
{
    const bool https = url.scheme() == QLatin1String("https");
    const quint16 port = quint16(url.port(https ? 443 : 80));
    HttpConnection c(s.cancel, s.timeoutMs);
    bool ok = c.open(url.host(), port, s.proxy, https);
    if (ok && https)
        ok = c.startTls(url.host(), s.cas, s.skipVerify);
    QByteArray hostHeader = url.host(QUrl::FullyEncoded).toUtf8();
    if (url.port() > 0)
        hostHeader += ':' + QByteArray::number(url.port());
    const QByteArray target
        = (!s.proxy.isEmpty() && !https) ? url.toEncoded() : url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (ok)
        ok = c.exchange(method, target.isEmpty() ? QByteArray("/") : target, hostHeader, headers, response);
    if (!ok && error)
        *error = c.error();
    return ok;
}

} // namespace PullScope

#include "httpconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

namespace PullScope::TestApiServer {

namespace {
constexpr qsizetype kMaxHeaderBytes = 1 << 20;
constexpr qsizetype kMaxBodyBytes = 3 << 20; // the real server's request size limit
quint64 g_nextId = 1;

QByteArray percentDecode(QByteArray s, bool plusIsSpace)
{
    if (plusIsSpace)
        s.replace('+', ' ');
    return QByteArray::fromPercentEncoding(s);
}
} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

QList<QByteArray> HttpRequest::headerValues(const QByteArray &lowerName) const
{
    QList<QByteArray> values;
    for (const auto &h : headers)
        if (h.first == lowerName)
            values << h.second;
    return values;
}

QByteArray HttpRequest::param(const QByteArray &name, bool *present) const
{
    if (present)
        *present = false;
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = percentDecode(eq < 0 ? pair : pair.left(eq), true);
        if (key != name)
            continue;
        if (present)
            *present = true;
        return eq < 0 ? QByteArray() : percentDecode(pair.mid(eq + 1), true);
    }
    return {};
}

HttpConnection::HttpConnection(QSslSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(g_nextId++)
{
    socket->setParent(this);
    connect(socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    // The connection lives until the socket is gone, so that a closing answer is flushed.
    connect(socket, &QSslSocket::disconnected, this, [this] {
        if (!m_closed) {
            m_closed = true;
            Q_EMIT closed();
        }
        deleteLater();
    });
    // Data may have arrived with the handshake already.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    // One request at a time: the next is parsed once the current answer is complete.
    while (!m_busy && !m_closed) {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > kMaxHeaderBytes) {
                respond(431, "text/plain", "request header too large\n");
                close();
            }
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        HttpRequest req;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            respond(400, "text/plain", "malformed request line\n");
            close();
            return;
        }
        req.method = requestLine.at(0);
        req.target = requestLine.at(1);
        const qsizetype q = req.target.indexOf('?');
        req.path = percentDecode(q < 0 ? req.target : req.target.left(q), false);
        req.query = q < 0 ? QByteArray() : req.target.mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            req.headers.emplace_back(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        if (!req.header("transfer-encoding").isEmpty()) {
            // Nothing a read-only API takes a streamed body for.
            respond(411, "text/plain", "chunked request bodies are not supported\n");
            close();
            return;
        }
        const qint64 length = req.header("content-length").toLongLong();
        if (length < 0 || length > kMaxBodyBytes) {
            respond(413, "text/plain", "request entity too large\n");
            close();
            return;
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        req.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        m_closeAfter = req.header("connection").toLower() == "close" || requestLine.at(2) == "HTTP/1.0";
        m_busy = true;
        Q_EMIT requestReceived(req);
    }
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Request Entity Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray HttpConnection::statusLineAndCommonHeaders(int status, const QByteArray &contentType)
{
    // The headers a real kube-apiserver sends with every answer; Audit-Id lets a failing
    // test match a client's request to the log line.
    const QByteArray date
        = QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toUtf8()
        + " GMT";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nAudit-Id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
        + "\r\nCache-Control: no-cache, private\r\nContent-Type: " + contentType + "\r\nDate: " + date + "\r\n";
}

void HttpConnection::respond(int status, const QByteArray &contentType, const QByteArray &body,
    const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    if (!m_socket || m_closed)
        return;
    QByteArray head = statusLineAndCommonHeaders(status, contentType);
    for (const auto &h : extraHeaders)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (m_closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_socket->write(body);
    m_busy = false;
    if (m_closeAfter) {
        close();
        return;
    }
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::beginStream(const QByteArray &contentType)
{
    if (!m_socket || m_closed)
        return;
    m_streaming = true;
    m_socket->write(statusLineAndCommonHeaders(200, contentType) + "Transfer-Encoding: chunked\r\n\r\n");
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (!m_socket || m_closed || !m_streaming || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endStream()
{
    if (!m_socket || m_closed || !m_streaming)
        return;
    m_socket->write("0\r\n\r\n");
    m_streaming = false;
    m_busy = false;
    if (m_closeAfter) {
        close();
        return;
    }
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed();
    if (m_socket)
        m_socket->disconnectFromHost();
    if (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

void HttpConnection::abort()
{
    if (!m_closed) {
        m_closed = true;
        Q_EMIT closed();
    }
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

} // namespace PullScope::TestApiServer

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QSslSocket;

namespace PullScope {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpResponse
{
    int status = 0;
    QByteArray statusLine;
    HttpHeaders headers;
    QByteArray body;
    // First value of a header, names compared case-insensitively.
    QByteArray header(const QByteArray &name) const;
};

// Why a connection or exchange broke off, in the terms the probe reports.
struct TransportError
{
    enum class Kind { None, Dns, Refused, Timeout, Proxy, Tls, Closed, Cancelled, Other };
    Kind kind = Kind::None;
    QString text; // translated or the socket's own message
    QList<QSslError> sslErrors;
    int proxyStatus = 0; // the proxy's answer to CONNECT, when it refused
};

// One HTTP/1.1 exchange over a socket the probe drives itself (not QNetworkAccessManager),
// so that each stage (TCP, proxy CONNECT, TLS, request) can be timed and its failure told
// apart. Every wait is sliced so that a cancel flag set from another thread stops it
// within 100 ms. Blocking: meant for the probe's worker thread.
class HttpConnection
{
public:
    HttpConnection(const std::atomic_bool *cancel, int timeoutMs);
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    // TCP to host:port, or to the proxy; with a proxy and `tunnel` (https targets) a CONNECT
    // host:port is sent and must be answered 2xx.
    bool open(const QString &host, quint16 port, const QUrl &proxy, bool tunnel);
    // TLS over the open connection, verified for verifyName against cas (the system store
    // plus any extra CA). With skipVerify errors are recorded but accepted.
    bool startTls(const QString &verifyName, const QList<QSslCertificate> &cas, bool skipVerify);
    // Sends the request and reads the whole answer (HEAD: headers only). `target` is the
    // origin-form path, or the absolute URL when talking to an HTTP proxy.
    bool exchange(const QByteArray &method, const QByteArray &target, const QByteArray &hostHeader,
        const HttpHeaders &headers, HttpResponse *response);

    const TransportError &error() const { return m_error; }
    QList<QSslCertificate> peerChain() const;
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QString tlsProtocol() const;

    // A whole request: connection (through the proxy when one is given), TLS for https,
    // one exchange, closed. Redirects are not followed.
    struct Settings
    {
        QUrl proxy; // empty: direct
        QList<QSslCertificate> cas;
        bool skipVerify = false;
        int timeoutMs = 10000;
        const std::atomic_bool *cancel = nullptr;
    };
    static bool fetch(const Settings &s, const QByteArray &method, const QUrl &url, const HttpHeaders &headers,
        HttpResponse *response, TransportError *error);

private:
    template<typename Wait> bool waitSliced(Wait wait);
    bool connectTo(const QString &host, quint16 port);
    bool fail(TransportError::Kind kind, const QString &text);
    bool failFromSocket();
    bool readHead(HttpResponse *r, QByteArray *rest);

    std::unique_ptr<QSslSocket> m_socket;
    const std::atomic_bool *m_cancel;
    int m_timeoutMs;
    bool m_viaProxy = false;
    TransportError m_error;
    QList<QSslError> m_sslErrors;
};

} // namespace PullScope

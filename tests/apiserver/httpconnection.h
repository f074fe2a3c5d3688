#pragma once

// One client connection: HTTP/1.1 request parsing (keep-alive, one request at a time as
// Go's client sends them), plain responses with Content-Length, and chunked streams for
// watches. The TLS handshake is already done when the server hands the socket over.
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslSocket>

#include <utility>
#include <vector>

namespace PullScope::TestApiServer {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path?query
    QByteArray path; // percent-decoded
    QByteArray query; // raw
    std::vector<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
    // Every line of a header that may repeat (Impersonate-Group), in the order sent.
    QList<QByteArray> headerValues(const QByteArray &lowerName) const;
    // Decoded query parameter ('+' is a space, as Go's url.ParseQuery reads it).
    QByteArray param(const QByteArray &name, bool *present = nullptr) const;
};

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnection(QSslSocket *socket, QObject *parent = nullptr);

    QSslSocket *socket() const { return m_socket; }
    quint64 id() const { return m_id; }

    // Who the client certificate says the client is (CN = user, O = groups); `rejected` when
    // a certificate was sent that the client CA did not sign.
    void setCertificateIdentity(const QByteArray &user, const QList<QByteArray> &groups, bool rejected)
    {
        m_certUser = user;
        m_certGroups = groups;
        m_certRejected = rejected;
    }
    QByteArray certificateUser() const { return m_certUser; }
    QList<QByteArray> certificateGroups() const { return m_certGroups; }
    bool certificateRejected() const { return m_certRejected; }

    void respond(int status, const QByteArray &contentType, const QByteArray &body,
        const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {});
    void beginStream(const QByteArray &contentType);
    void writeChunk(const QByteArray &data);
    // Ends the chunked body; the connection stays open for the next request.
    void endStream();
    bool streaming() const { return m_streaming; }
    void close();
    // Drops the TCP connection without ending the response, as a crashed server or a
    // broken network path would.
    void abort();

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void requestReceived(const PullScope::TestApiServer::HttpRequest &request);
    void closed();

private:
    void onReadyRead();
    void processBuffer();
    QByteArray statusLineAndCommonHeaders(int status, const QByteArray &contentType);

    QPointer<QSslSocket> m_socket;
    QByteArray m_buffer;
    quint64 m_id;
    bool m_busy = false; // a request is being answered (or streamed)
    bool m_streaming = false;
    bool m_closeAfter = false;
    bool m_closed = false;
    QByteArray m_certUser;
    QList<QByteArray> m_certGroups;
    bool m_certRejected = false;
};

} // namespace PullScope::TestApiServer

#pragma once

// A Kubernetes API server for tests, speaking the real wire format so that the real
// kubectl works against it: discovery (legacy and aggregated), list with pagination and
// selectors, get, watch with bookmarks and 410 on compacted history, server-side tables,
// and metav1.Status errors from authentication (401) and a namespace-bound user (403).
// Read-only: the objects change only through the control channel (ObjectStore).
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QString>

#include <memory>
#include <vector>

#include "httpconnection.h"
#include "objectstore.h"
#include "selector.h"

class QTimer;

namespace PullScope::TestApiServer {

struct ServerOptions
{
    QString certFile;
    QString keyFile;
    QString clientCaFile; // client certificates are accepted when set
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QHash<QByteArray, QByteArray> tokens; // bearer token -> user
    QHash<QByteArray, QByteArray> passwords; // basic auth user -> password
    QHash<QByteArray, QByteArray> restricted; // user -> the one namespace it may read
    QList<QByteArray> impersonators; // users that may impersonate anyone (RBAC verb impersonate)
    QList<QByteArray> adminGroups; // groups bound to cluster-wide read (lift `restricted`)
    qint64 continueTtlMs = 5 * 60 * 1000; // etcd's default compaction interval
    int bookmarkIntervalMs = 60 * 1000;
    bool aggregatedDiscovery = true; // false: answer like a server older than 1.26
};

class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(ObjectStore *store, ServerOptions options, QObject *parent = nullptr);
    ~ApiServer() override;

    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }

    // Faults a client must survive, set through the control channel:
    // the next `count` requests answer 429 TooManyRequests with Retry-After: `seconds`, as
    // API Priority and Fairness does when a flow's queue is full;
    void throttle(int count, int seconds)
    {
        m_throttleCount = count;
        m_throttleSeconds = seconds;
    }
    // list answers are sent `ms` late (continue tokens age meanwhile: --continue-ttl);
    void setListDelay(int ms) { m_listDelayMs = ms; }
    // every open watch loses its connection, mid-stream. Returns how many there were.
    int dropWatches();

private:
    struct Identity
    {
        QByteArray user;
        QList<QByteArray> groups;
        bool impersonated = false;
    };
    // What a resource request names, once the path is parsed.
    struct Target
    {
        const ResourceType *type = nullptr;
        QByteArray group; // "" (core) or "events.k8s.io"
        QByteArray ns; // empty: all namespaces (or cluster-scoped)
        QByteArray name; // empty: a collection
    };
    enum class Form { Object, Table, Metadata };
    struct Negotiated
    {
        Form form = Form::Object;
        QByteArray contentType = "application/json";
        QByteArray tableVersion = "v1";
        bool includeObject = true; // rows: PartialObjectMetadata (Metadata) or the object (Object)
        bool rowMetadataOnly = true;
    };
    struct Watch
    {
        QPointer<HttpConnection> connection;
        Target target;
        Negotiated form;
        Selector labels;
        Selector fields;
        bool bookmarks = false;
        bool headersSent = false;
        quint64 lastRv = 0;
        std::unique_ptr<QTimer> bookmarkTimer;
        std::unique_ptr<QTimer> timeoutTimer;
    };

    void onNewConnection();
    void handle(HttpConnection *c, const HttpRequest &r);
    bool authenticate(HttpConnection *c, const HttpRequest &r, Identity *who);
    // Impersonate-User/-Group as the real impersonation filter applies them; false: 403 sent.
    bool impersonate(HttpConnection *c, const HttpRequest &r, Identity *who, int *code);
    bool serveDiscovery(HttpConnection *c, const HttpRequest &r, int *status);
    bool parseTarget(const QByteArray &path, Target *t) const;
    int serveResource(HttpConnection *c, const HttpRequest &r, const Identity &who, const Target &t);
    int serveList(HttpConnection *c, const HttpRequest &r, const Target &t, const Negotiated &n, const Selector &labels,
        const Selector &fields);
    int startWatch(HttpConnection *c, const HttpRequest &r, const Target &t, const Negotiated &n,
        const Selector &labels, const Selector &fields);
    void onChange(const Change &change);
    void sendWatchEvent(Watch &w, const QByteArray &type, const StoredObject &o);
    void sendBookmark(Watch &w, bool initialEventsEnd = false);
    void endWatch(Watch *w);
    void schedulePurge();
    bool matches(const Watch &w, const StoredObject *o) const;

    bool negotiate(const HttpRequest &r, Negotiated *n) const;
    QByteArray objectJson(const Target &t, const StoredObject &o) const; // with kind/apiVersion
    QByteArray itemJson(const Target &t, const StoredObject &o) const; // as a list item
    QByteArray tableJson(const Target &t, const Negotiated &n, const std::vector<const StoredObject *> &rows,
        const QByteArray &listMeta, bool headers) const;
    QByteArray apiVersionOf(const Target &t) const;

    int status(HttpConnection *c, int code, const QByteArray &reason, const QString &message,
        const QByteArray &details = "{}", const QByteArray &metadata = "{}");
    void log(const HttpRequest &r, int status, const Identity &who, qint64 startedMs);

    QByteArray encodeContinue(quint64 rv, const QByteArray &lastKey, qint64 issuedMs) const;
    bool decodeContinue(const QByteArray &token, quint64 *rv, QByteArray *start, qint64 *issuedMs) const;

    ObjectStore *m_store;
    ServerOptions m_options;
    QSslServer m_server;
    std::vector<std::unique_ptr<Watch>> m_watches;
    bool m_purgeScheduled = false;
    int m_throttleCount = 0;
    int m_throttleSeconds = 1;
    int m_listDelayMs = 0;
};

} // namespace PullScope::TestApiServer

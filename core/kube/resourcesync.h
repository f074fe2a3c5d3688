#pragma once

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

#include "kube/apierror.h"
#include "kube/kubelistparser.h"
#include "kube/kuberesource.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace PullScope {

class KubeObjectStore;

// Sets up one request for the cluster: TLS configuration, credentials, impersonation. False
// with a translated message when credentials cannot be had (an exec plugin not approved or
// failing); the message names the cause, never a secret.
using RequestPreparer = std::function<bool(QNetworkRequest &request, QString *error)>;

// Keeps one kind of object of one scope in the store, as client-go's reflector does: a
// paginated list (limit/continue; an expired continue token restarts the list), then a watch
// from the list's resourceVersion with bookmarks; 410 Gone relists; a broken watch reconnects
// with a doubling back-off; 429 and 503 wait for Retry-After. Before the first list succeeds
// any other failure is final (failed()), so a wrong credential is reported, not retried.
class ResourceSync : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl server;
        RequestPreparer prepare;
        int pageSize = 500;
        int requestTimeoutMs = 30000;
        bool watch = true;
        int watchTimeoutSeconds = 300; // the server ends each watch after this; we rewatch
        int maxBackoffMs = 30000;
        int firstBackoffMs = 1000;
    };

    ResourceSync(QNetworkAccessManager *nam, const Settings &settings, const KubeResource &resource, const QString &ns,
        KubeObjectStore *store, QObject *parent = nullptr);
    ~ResourceSync() override;

    const KubeResource &resource() const { return m_resource; }
    QString namespaceName() const { return m_ns; }
    void start();
    // Aborts what is in flight; the store keeps what it has. start() lists afresh.
    void stop();
    // Watches again from the last resourceVersion (after pause); relists if it is gone.
    void resumeWatch();
    bool isListed() const { return m_listed; }
    // Between a retry and the first answer that worked again.
    bool isRetrying() const { return m_retrying; }
    QByteArray resourceVersion() const { return m_rv; }
    int relists() const { return m_relists; }
    int reconnects() const { return m_reconnects; }
    int pagesRequested() const { return m_pages; }

Q_SIGNALS:
    void listed();
    void changed();
    void failed(const PullScope::ApiError &error);
    void retrying(const PullScope::ApiError &error, int delayMs);
    // The first list page or watch that the server answered 200 after a retry.
    void recovered();
    void progress(int itemsSoFar);

private:
    void requestPage();
    void pageFinished();
    void startWatch();
    void watchReadyRead();
    void watchFinished();
    void markRecovered();
    void relist();
    void handleWatchLine(const QByteArray &line);
    enum class Retry { None, Page, Relist, Watch };
    void retryLater(const ApiError &e, int delayMs, Retry again);
    int nextBackoff();
    bool makeRequest(const QUrl &url, bool watch, QNetworkRequest *request, ApiError *error) const;
    QUrl collectionUrl() const;
    void abortReply();

    QNetworkAccessManager *m_nam;
    Settings m_settings;
    KubeResource m_resource;
    QString m_ns;
    KubeObjectStore *m_store;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retry;
    Retry m_retryAction = Retry::None;
    QList<KubeItem> m_pending;
    QByteArray m_continue;
    QByteArray m_rv;
    QByteArray m_lineBuffer;
    bool m_listed = false;
    bool m_stopped = true;
    // The next list asks for everything at once: its continue token expired (client-go's
    // pager does the same, so a list slower than the compaction interval still ends).
    bool m_unpaged = false;
    int m_backoffMs = 0;
    int m_relists = 0;
    int m_reconnects = 0;
    int m_pages = 0;
    bool m_retrying = false;
};

} // namespace PullScope

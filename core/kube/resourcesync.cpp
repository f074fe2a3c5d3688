#include "kube/resourcesync.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include "kube/kubeobjectstore.h"

namespace PullScope {

ResourceSync::ResourceSync(QNetworkAccessManager *nam, const Settings &settings, const KubeResource &resource,
    const QString &ns, KubeObjectStore *store, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_resource(resource)
    , m_ns(resource.namespaced ? ns : QString())
    , m_store(store)
{
    m_retry.setSingleShot(true);
    // An enum, not a member-function pointer: GCC's sanitizer build misreads calls through
    // those as uninitialised (-Wmaybe-uninitialized), as it did in the registry probe.
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_stopped)
            return;
        switch (m_retryAction) {
        case Retry::Page:
            requestPage();
            break;
        case Retry::Relist:
            relist();
            break;
        case Retry::Watch:
            startWatch();
            break;
        case Retry::None:
            break;
        }
    });
}

ResourceSync::~ResourceSync()
{
    abortReply();
}

void ResourceSync::abortReply()
{
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

QUrl ResourceSync::collectionUrl() const
{
    QUrl url = m_settings.server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + m_resource.path(m_ns));
    return url;
}

bool ResourceSync::makeRequest(const QUrl &url, bool watch, QNetworkRequest *request, ApiError *error) const
{
    QNetworkRequest r(url);
    r.setRawHeader("Accept", m_resource.accept(watch));
    r.setRawHeader("User-Agent", "pullscope/" PULLSCOPE_VERSION);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setTransferTimeout(watch ? (m_settings.watchTimeoutSeconds + 60) * 1000 : m_settings.requestTimeoutMs);
    QString message;
    if (m_settings.prepare && !m_settings.prepare(r, &message)) {
        error->url = url.toString(QUrl::RemoveQuery);
        error->message = message;
        return false;
    }
    *request = r;
    return true;
}

void ResourceSync::start()
{
    abortReply();
    m_retry.stop();
    m_stopped = false;
    m_pending.clear();
    m_continue.clear();
    requestPage();
}

void ResourceSync::stop()
{
    m_stopped = true;
    m_retry.stop();
    abortReply();
}

void ResourceSync::resumeWatch()
{
    m_stopped = false;
    if (!m_listed || m_rv.isEmpty())
        start();
    else
        startWatch();
}

void ResourceSync::relist()
{
    ++m_relists;
    abortReply();
    m_pending.clear();
    m_continue.clear();
    requestPage();
}

int ResourceSync::nextBackoff()
{
    m_backoffMs = m_backoffMs == 0 ? m_settings.firstBackoffMs : std::min(m_backoffMs * 2, m_settings.maxBackoffMs);
    return m_backoffMs;
}

void ResourceSync::retryLater(const ApiError &e, int delayMs, Retry again)
{
    m_retryAction = again;
    m_retrying = true;
    Q_EMIT retrying(e, delayMs);
    m_retry.start(delayMs);
}

void ResourceSync::markRecovered()
{
    if (!m_retrying)
        return;
    m_retrying = false;
    Q_EMIT recovered();
}

void ResourceSync::requestPage()
{
    if (m_stopped)
        return;
    QUrl url = collectionUrl();
    QUrlQuery q;
    if (!m_unpaged && m_settings.pageSize > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pageSize));
    if (!m_continue.isEmpty())
        q.addQueryItem(
            QStringLiteral("continue"), QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(m_continue))));
    url.setQuery(q);
    QNetworkRequest request;
    ApiError error;
    if (!makeRequest(url, false, &request, &error)) {
        Q_EMIT failed(error);
        return;
    }
    ++m_pages;
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ResourceSync::pageFinished);
}

void ResourceSync::pageFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || reply != sender())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        markRecovered();
        KubeListPage page;
        QString parseError;
        if (!KubeListParser::parsePage(body, m_resource, &page, &parseError)) {
            ApiError e;
            e.url = reply->url().toString(QUrl::RemoveQuery);
            e.httpStatus = status;
            e.message = tr("the list answer is not valid JSON: %1").arg(parseError);
            Q_EMIT failed(e);
            return;
        }
        m_pending += page.items;
        Q_EMIT progress(int(m_pending.size()));
        if (!page.continueToken.isEmpty()) {
            m_continue = page.continueToken;
            requestPage();
            return;
        }
        m_store->replaceAll(m_resource.kind, m_pending);
        m_pending.clear();
        m_continue.clear();
        m_unpaged = false;
        m_rv = page.resourceVersion;
        m_listed = true;
        m_backoffMs = 0;
        Q_EMIT listed();
        if (m_settings.watch)
            startWatch();
        return;
    }
    const ApiError e = ApiError::fromReply(reply, body);
    if (status == 410 && !m_continue.isEmpty()) {
        // The continue token expired mid-list: the list starts over, in one piece, as
        // client-go's pager does: paging again could expire again.
        m_unpaged = true;
        relist();
        return;
    }
    if ((status == 429 || status == 503) && e.retryAfterSeconds >= 0) {
        retryLater(e, std::max(1, e.retryAfterSeconds) * 1000, Retry::Page);
        return;
    }
    if (m_listed && (status == 0 || status >= 500)) {
        // A relist of a live view: keep what is shown and try again.
        retryLater(e, nextBackoff(), Retry::Relist);
        return;
    }
    Q_EMIT failed(e);
}

void ResourceSync::startWatch()
{
    if (m_stopped)
        return;
    abortReply();
    QUrl url = collectionUrl();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("resourceVersion"), QString::fromUtf8(m_rv));
    q.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(m_settings.watchTimeoutSeconds));
    url.setQuery(q);
    QNetworkRequest request;
    ApiError error;
    if (!makeRequest(url, true, &request, &error)) {
        retryLater(error, nextBackoff(), Retry::Watch);
        return;
    }
    m_lineBuffer.clear();
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &ResourceSync::watchReadyRead);
    // The headers tell that the watch is back, before any event (there may be none for
    // minutes).
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this, reply = m_reply]() {
        if (reply == m_reply && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            markRecovered();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ResourceSync::watchFinished);
}

void ResourceSync::watchReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || reply != sender())
        return;
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return; // an error body: read when finished
    m_lineBuffer += reply->readAll();
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_lineBuffer.indexOf('\n', start);
        if (nl < 0)
            break;
        const QByteArray line = m_lineBuffer.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (!line.isEmpty())
            handleWatchLine(line);
        if (m_reply != reply)
            return; // the line ended this watch (410: relisting)
    }
    m_lineBuffer.remove(0, start);
}

void ResourceSync::handleWatchLine(const QByteArray &line)
{
    KubeWatchEvent ev;
    QString error;
    if (!KubeListParser::parseWatchLine(line, m_resource, &ev, &error)) {
        ApiError e;
        e.url = collectionUrl().toString();
        e.message = tr("a watch event could not be read: %1").arg(error);
        abortReply();
        retryLater(e, nextBackoff(), Retry::Relist);
        return;
    }
    m_backoffMs = 0;
    if (ev.type == "ERROR") {
        ApiError e;
        e.url = collectionUrl().toString();
        e.httpStatus = ev.statusCode;
        e.reason = ev.statusReason;
        e.message = ev.statusMessage;
        abortReply();
        if (ev.statusCode == 410) // resourceVersion too old: the history is gone
            relist();
        else
            retryLater(e, nextBackoff(), Retry::Relist);
        return;
    }
    if (!ev.item.resourceVersion.isEmpty())
        m_rv = ev.item.resourceVersion;
    if (ev.type == "ADDED" || ev.type == "MODIFIED") {
        m_store->upsert(m_resource.kind, ev.item);
        Q_EMIT changed();
    } else if (ev.type == "DELETED") {
        m_store->remove(m_resource.kind, ev.item.key);
        Q_EMIT changed();
    }
    // BOOKMARK: only the resourceVersion moves.
}

void ResourceSync::watchFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || reply != sender())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        // The server closed the watch (timeoutSeconds): continue from where it ended.
        const QByteArray rest = m_lineBuffer + reply->readAll();
        m_lineBuffer.clear();
        for (const QByteArray &l : rest.split('\n'))
            if (!l.trimmed().isEmpty())
                handleWatchLine(l.trimmed());
        if (!m_reply && !m_retry.isActive())
            startWatch();
        return;
    }
    const ApiError e = ApiError::fromReply(reply, reply->readAll());
    ++m_reconnects;
    // 410: the history since our resourceVersion is gone. 504 "Too large resource
    // version": the server is behind us (restored from a backup); it will never send what
    // happened since, so the list starts over, as client-go's reflector does.
    if (status == 410 || (status == 504 && e.message.contains(QLatin1String("Too large resource version")))) {
        relist();
        return;
    }
    const int delay = (status == 429 || status == 503) && e.retryAfterSeconds >= 0
        ? std::max(1, e.retryAfterSeconds) * 1000
        : nextBackoff();
    retryLater(e, delay, Retry::Watch);
}

} // namespace PullScope

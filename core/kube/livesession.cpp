#include "kube/livesession.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

#include "probe/proxyselector.h"

namespace PullScope {

LiveSession::LiveSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_ns(options.namespaceName)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(options.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveSession::updated);
}

LiveSession::~LiveSession()
{
    qDeleteAll(m_syncs);
}

void LiveSession::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void LiveSession::addWarning(const QString &text)
{
    // Several lists of one start may be refused for the same reason.
    if (m_warnings.contains(text))
        return;
    m_warnings << text;
    Q_EMIT warning(text);
}

void LiveSession::createSyncs()
{
    // Later, not now: a fallback replaces the syncs from inside one's failed() signal.
    for (ResourceSync *old : std::as_const(m_syncs)) {
        old->stop();
        old->disconnect(this);
        old->deleteLater();
    }
    m_syncs.clear();
    m_retrying.clear();
    ResourceSync::Settings s;
    s.server = m_options.server;
    s.prepare = m_options.prepare;
    s.pageSize = m_options.pageSize;
    s.watch = m_options.watch;
    s.requestTimeoutMs = m_options.requestTimeoutMs;
    s.firstBackoffMs = m_options.firstBackoffMs;
    s.maxBackoffMs = m_options.maxBackoffMs;
    s.watchTimeoutSeconds = m_options.watchTimeoutSeconds;
    for (const KubeResource &r : KubeResource::diagnosisSet(m_options.eventsK8sIo)) {
        auto *sync = new ResourceSync(m_nam.get(), s, r, m_ns, &m_store);
        connect(sync, &ResourceSync::listed, this, &LiveSession::onSyncListed);
        connect(sync, &ResourceSync::changed, this, [this] {
            if (m_state == State::Live)
                m_debounce.start();
        });
        connect(sync, &ResourceSync::failed, this, [this, sync](const ApiError &e) { onSyncFailed(sync, e); });
        connect(sync, &ResourceSync::retrying, this, [this, sync](const ApiError &e, int delayMs) {
            m_retrying.insert(sync);
            Q_EMIT reconnecting(sync->resource().kind, e, delayMs);
        });
        connect(sync, &ResourceSync::recovered, this, [this, sync]() {
            if (m_retrying.remove(sync) && m_retrying.isEmpty())
                Q_EMIT reconnected();
        });
        connect(
            sync, &ResourceSync::progress, this, [this, sync](int n) { Q_EMIT progress(sync->resource().kind, n); });
        m_syncs << sync;
    }
}

void LiveSession::start()
{
    if (!m_nam) {
        m_nam = std::make_unique<QNetworkAccessManager>();
        QNetworkProxy proxy = m_options.proxy;
        if (proxy.type() == QNetworkProxy::DefaultProxy) {
            // kubectl (Go) takes HTTPS_PROXY/NO_PROXY from the environment; so do we.
            const QUrl p = ProxySelector(m_options.environment).proxyFor(m_options.server);
            proxy = p.isEmpty()
                ? QNetworkProxy(QNetworkProxy::NoProxy)
                : QNetworkProxy(p.scheme().startsWith(QLatin1String("socks")) ? QNetworkProxy::Socks5Proxy
                                                                              : QNetworkProxy::HttpProxy,
                    p.host(), quint16(p.port(p.scheme() == QLatin1String("https") ? 443 : 80)), p.userName(),
                    p.password());
        }
        m_nam->setProxy(proxy);
    }
    m_store.clear();
    m_error = ApiError();
    createSyncs();
    setState(State::Listing);
    for (ResourceSync *s : std::as_const(m_syncs))
        s->start();
}

void LiveSession::pause()
{
    if (m_state != State::Live)
        return;
    for (ResourceSync *s : std::as_const(m_syncs))
        s->stop();
    m_debounce.stop();
    setState(State::Paused);
}

void LiveSession::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Live);
    for (ResourceSync *s : std::as_const(m_syncs))
        s->resumeWatch();
}

void LiveSession::stop()
{
    for (ResourceSync *s : std::as_const(m_syncs))
        s->stop();
    m_debounce.stop();
    setState(State::Idle);
}

void LiveSession::onSyncListed()
{
    if (m_state == State::Live) {
        m_debounce.start(); // a relist
        return;
    }
    if (m_state != State::Listing)
        return;
    for (ResourceSync *s : std::as_const(m_syncs))
        if (!s->isListed())
            return;
    setState(m_options.watch ? State::Live : State::Idle);
    Q_EMIT listed();
}

void LiveSession::onSyncFailed(ResourceSync *sync, const ApiError &error)
{
    const KubeResource &r = sync->resource();
    const bool forbidden = error.httpStatus == 403;
    if (forbidden && r.namespaced && m_ns.isEmpty() && !m_options.fallbackNamespace.isEmpty() && !m_fellBack) {
        // Cluster scope forbidden: the context's namespace is what this user may see.
        m_fellBack = true;
        m_ns = m_options.fallbackNamespace;
        addWarning(tr("Listing %1 in all namespaces is forbidden (%2); showing namespace %3 only.")
                       .arg(r.plural, error.message, m_ns));
        for (ResourceSync *s : std::as_const(m_syncs))
            s->stop();
        m_store.clear();
        createSyncs();
        for (ResourceSync *s : std::as_const(m_syncs))
            s->start();
        return;
    }
    // What a diagnosis can do without: nodes (architecture, images), service accounts and
    // secret metadata (pull secret checks). Pods and events it cannot.
    if (forbidden
        && (r.kind == QLatin1String("Node") || r.kind == QLatin1String("ServiceAccount")
            || r.kind == QLatin1String("Secret"))) {
        addWarning(tr("%1 cannot be listed (%2); the diagnosis goes on without them.").arg(r.plural, error.message));
        m_syncs.removeOne(sync);
        sync->stop();
        sync->deleteLater();
        onSyncListed();
        return;
    }
    m_error = error;
    for (ResourceSync *s : std::as_const(m_syncs))
        s->stop();
    setState(State::Failed);
    Q_EMIT failed(error);
}

bool LiveSession::waitUntilListed(int timeoutMs, ApiError *error)
{
    if (m_state == State::Idle && m_syncs.isEmpty())
        start();
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &LiveSession::listed, &loop, &QEventLoop::quit);
    connect(this, &LiveSession::failed, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (m_state == State::Listing)
        loop.exec();
    if (m_state == State::Live || (m_state == State::Idle && !m_syncs.isEmpty() && !m_options.watch))
        return true;
    if (m_state == State::Failed) {
        *error = m_error;
        return false;
    }
    error->message = tr("no answer from %1 within %2 s").arg(m_options.server.toString()).arg(timeoutMs / 1000);
    return false;
}

} // namespace PullScope

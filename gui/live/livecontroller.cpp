#include "live/livecontroller.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include "kube/livesession.h"
#include "kube/resourcesync.h"
#include "live/liveconnection.h"

namespace PullScope {

// Lives in the session's thread: owns the session and turns its signals into posts to
// the controller.
class LiveWorker : public QObject
{
public:
    using Post = std::function<void(std::function<void(LiveController *)>)>;

    LiveWorker(const std::shared_ptr<LiveConnection> &connection, Post post)
        : m_connection(connection)
        , m_post(std::move(post))
    {
    }
    ~LiveWorker() override { delete m_session; }

    void start(const LiveSession::Options &options)
    {
        m_session = new LiveSession(options);
        connect(m_session, &LiveSession::listed, this, &LiveWorker::sendData);
        connect(m_session, &LiveSession::updated, this, &LiveWorker::sendData);
        connect(m_session, &LiveSession::stateChanged, this, &LiveWorker::sendState);
        connect(m_session, &LiveSession::warning, this, &LiveWorker::sendWarnings);
        connect(m_session, &LiveSession::failed, this, &LiveWorker::sendFailure);
        connect(m_session, &LiveSession::reconnecting, this, &LiveWorker::retrying);
        connect(m_session, &LiveSession::reconnected, this, &LiveWorker::sendState);
        m_session->start();
    }
    LiveSession *session() const { return m_session; }

    void sendData()
    {
        const QByteArray json = m_session->store().listJson();
        const QString ns = m_session->effectiveNamespace();
        m_post([json, ns](LiveController *c) { c->deliver(json, ns); });
        sendState();
    }

    void sendState()
    {
        LiveController::State s = LiveController::State::Off;
        switch (m_session->state()) {
        case LiveSession::State::Idle:
            s = LiveController::State::Off;
            break;
        case LiveSession::State::Listing:
            s = LiveController::State::Listing;
            break;
        case LiveSession::State::Live:
            s = m_session->isReconnecting() ? LiveController::State::Reconnecting : LiveController::State::Live;
            break;
        case LiveSession::State::Paused:
            s = LiveController::State::Paused;
            break;
        case LiveSession::State::Failed:
            s = LiveController::State::Failed;
            break;
        }
        const QString detail = s == LiveController::State::Reconnecting ? m_retryReason : QString();
        m_post([s, detail](LiveController *c) { c->setState(s, detail); });
    }

    void sendWarnings()
    {
        const QStringList w = m_session->warnings();
        const QString ns = m_session->effectiveNamespace();
        m_post([w, ns](LiveController *c) { c->setWarnings(w, ns); });
    }

    void sendFailure(const ApiError &error)
    {
        const AuthFailure f = m_connection->connector().classify(error);
        const AuthDiagnosis d = AuthDoctor::explain(f, m_connection->settings());
        const QString detail = d.title.isEmpty() ? error.summary() : d.title;
        m_post([d, detail](LiveController *c) { c->setFailure(d, detail); });
    }

    void retrying(const QString &kind, const ApiError &error, int delayMs)
    {
        m_retryReason = LiveController::tr("%1: %2 (next try in %3 s)")
                            .arg(kind, error.summary(), QString::number(qMax(1, (delayMs + 999) / 1000)));
        sendState();
    }

private:
    std::shared_ptr<LiveConnection> m_connection;
    Post m_post;
    LiveSession *m_session = nullptr;
    QString m_retryReason;
};

LiveController::LiveController(QObject *parent)
    : QObject(parent)
{
}

LiveController::~LiveController()
{
    stop();
}

void LiveController::setConsentAsker(QObject *context, LiveConnection::Asker asker)
{
    m_askerContext = context;
    m_asker = std::move(asker);
}

void LiveController::start(const std::shared_ptr<LiveConnection> &connection, const QString &namespaceName, bool all)
{
    stop(); // aborts the consent questions of the connection shown so far
    m_connection = connection;
    // After stop(): the same connection comes back when only the namespace changed.
    if (m_askerContext)
        connection->setAsker(m_askerContext, m_asker);
    m_namespace = all ? QString() : namespaceName;
    m_all = all;
    m_warnings.clear();
    m_effectiveNamespace = m_namespace;
    m_failure = AuthDiagnosis();
    m_holding = false;
    Q_EMIT warningsChanged(m_warnings);

    const ConnectionSettings &settings = connection->settings();
    LiveSession::Options o;
    o.server = settings.server;
    o.prepare = connection->connector().preparer();
    o.proxy = connection->connector().proxy();
    o.namespaceName = m_namespace;
    if (all)
        o.fallbackNamespace = connection->contextNamespace();

    const int generation = ++m_generation;
    QPointer<LiveController> self(this);
    LiveWorker::Post post = [self, generation](std::function<void(LiveController *)> f) {
        QMetaObject::invokeMethod(
            self,
            [self, generation, f]() {
                if (self && self->m_generation == generation)
                    f(self);
            },
            Qt::QueuedConnection);
    };
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("live session"));
    auto *worker = new LiveWorker(connection, post);
    worker->moveToThread(m_thread);
    m_worker = worker;
    m_thread->start();
    // Created in its thread: the session's timers and network manager belong there.
    QMetaObject::invokeMethod(
        worker, [worker, o]() { worker->start(o); }, Qt::QueuedConnection);
    setState(State::Listing, QString());
}

void LiveController::stop()
{
    if (!m_thread)
        return;
    ++m_generation;
    // A session thread waiting for a consent answer would otherwise wait for us.
    if (m_connection)
        m_connection->abort();
    // The worker (and with it the session, its syncs and network manager) is deleted in
    // its own thread as that thread finishes.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    setState(State::Off, QString());
}

void LiveController::pause()
{
    if (!m_worker)
        return;
    m_holding = true;
    LiveWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker]() {
        if (worker->session())
            worker->session()->pause();
    });
}

void LiveController::resume()
{
    m_holding = false;
    if (!m_worker)
        return;
    LiveWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker]() {
        if (worker->session())
            worker->session()->resume();
    });
}

QByteArray LiveController::snapshot() const
{
    if (!m_worker)
        return QByteArray();
    LiveWorker *worker = m_worker;
    QByteArray out;
    QMetaObject::invokeMethod(
        worker,
        [worker, &out]() {
            if (worker->session())
                out = worker->session()->store().listJson();
        },
        Qt::BlockingQueuedConnection);
    return out;
}

void LiveController::setState(State s, const QString &detail)
{
    if (m_state == s && m_detail == detail)
        return;
    m_state = s;
    m_detail = detail;
    Q_EMIT stateChanged(s);
}

void LiveController::deliver(const QByteArray &json, const QString &effectiveNamespace)
{
    m_effectiveNamespace = effectiveNamespace;
    // What arrives after Pause was asked for is not shown: the view holds still.
    if (m_holding || m_state == State::Paused)
        return;
    Q_EMIT dataReady(json);
}

void LiveController::setWarnings(const QStringList &warnings, const QString &effectiveNamespace)
{
    m_effectiveNamespace = effectiveNamespace;
    m_warnings = warnings;
    Q_EMIT warningsChanged(m_warnings);
}

void LiveController::setFailure(const AuthDiagnosis &diagnosis, const QString &detail)
{
    m_failure = diagnosis;
    setState(State::Failed, detail);
}

} // namespace PullScope

#include "live/liveconnection.h"

#include <QMetaObject>
#include <QThread>
#include <QWaitCondition>

namespace PullScope {

namespace {
QString consentKey(const ExecConsentRequest &r)
{
    return (QStringList {r.program} + r.args).join(QChar(0));
}

// A question put to the GUI thread and its answer, shared so that a worker that gave up
// waiting leaves nothing dangling.
struct PendingQuestion
{
    QMutex mutex;
    QWaitCondition answered;
    bool done = false;
    LiveConnection::Consent answer = LiveConnection::Consent::Deny;
};
} // namespace

LiveConnection::LiveConnection(const QString &consentStorePath)
    : m_store(consentStorePath)
{
}

LiveConnection::~LiveConnection() = default;

std::shared_ptr<LiveConnection> LiveConnection::open(const QString &kubeconfig, const QString &context,
    const QString &namespaceName, const QString &consentStorePath, QString *error)
{
    std::shared_ptr<LiveConnection> c(new LiveConnection(consentStorePath));
    c->m_kubeconfig = kubeconfig;
    const QStringList paths = kubeconfig.isEmpty() ? KubeConfig::defaultPaths() : QStringList {kubeconfig};
    if (!c->m_config.load(paths, error) || !c->m_config.resolve(context, &c->m_settings, error))
        return nullptr;
    c->m_contextNamespace = c->m_settings.namespaceName;
    if (!namespaceName.isEmpty())
        c->m_settings.namespaceName = namespaceName;
    LiveConnection *self = c.get();
    // No store for the provider: the decision (and whether to remember it) is made here.
    c->m_exec = std::make_unique<ExecCredentialProvider>(
        nullptr, [self](const ExecConsentRequest &r) { return self->consent(r); });
    c->m_connector = std::make_unique<ClusterConnector>(c->m_settings, c->m_exec.get());
    return c;
}

void LiveConnection::setAsker(QObject *context, Asker asker)
{
    QMutexLocker lock(&m_mutex);
    m_askerContext = context;
    m_asker = std::move(asker);
    m_aborted = false;
}

void LiveConnection::abort()
{
    QMutexLocker lock(&m_mutex);
    m_aborted = true;
    m_askerContext = nullptr;
    m_asker = nullptr;
}

bool LiveConnection::consent(const ExecConsentRequest &request)
{
    if (m_store.isAllowed(request.program, request.args))
        return true;
    {
        QMutexLocker lock(&m_mutex);
        if (m_allowedOnce.contains(consentKey(request)))
            return true;
    }
    const Consent answer = askOnGuiThread(request);
    if (answer == Consent::AlwaysAllow)
        m_store.allow(request.program, request.args);
    if (answer == Consent::AllowOnce) {
        QMutexLocker lock(&m_mutex);
        m_allowedOnce.insert(consentKey(request));
    }
    return answer != Consent::Deny;
}

LiveConnection::Consent LiveConnection::askOnGuiThread(const ExecConsentRequest &request)
{
    auto pending = std::make_shared<PendingQuestion>();
    {
        QMutexLocker lock(&m_mutex);
        if (m_aborted || !m_askerContext || !m_asker)
            return Consent::Deny;
        ++m_questions;
        if (m_askerContext->thread() == QThread::currentThread()) {
            const Asker asker = m_asker;
            lock.unlock();
            return asker(request);
        }
        // Posted while the mutex is held: abort() (which the context's owner calls before
        // deleting it) cannot slip in between the check above and the post.
        const Asker asker = m_asker;
        QMetaObject::invokeMethod(
            m_askerContext,
            [pending, asker, request]() {
                const Consent answer = asker(request);
                QMutexLocker l(&pending->mutex);
                pending->answer = answer;
                pending->done = true;
                pending->answered.wakeAll();
            },
            Qt::QueuedConnection);
    }
    QMutexLocker l(&pending->mutex);
    // Not a blocking queued call: the GUI thread may be waiting for this thread to end
    // (window closing, check cancelled), and then abort() must be able to end the wait.
    while (!pending->done && !m_aborted)
        pending->answered.wait(&pending->mutex, 100);
    return pending->done ? pending->answer : Consent::Deny;
}

} // namespace PullScope

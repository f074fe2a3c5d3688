#include "sanitizerbuild.h"

#ifdef PULLSCOPE_SANITIZED
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>
#endif

namespace PullScope {

#ifdef PULLSCOPE_SANITIZED
namespace {
// Threads of this process whose name (15 characters at most, as the kernel keeps it)
// starts like the thread Qt gives each QNetworkAccessManager.
int networkThreads()
{
    int n = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("QNetworkAccess"))
            ++n;
    }
    return n;
}
} // namespace
#endif

void settleNetworkThreads()
{
#ifdef PULLSCOPE_SANITIZED
    const QDeadlineTimer deadline(5000);
    while (networkThreads() > 0 && !deadline.hasExpired())
        QThread::msleep(10);
#endif
}

} // namespace PullScope

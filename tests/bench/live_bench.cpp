// live_bench: what `pullscope-cli collect` does, timed by tests/bench/live-bench.sh against
// pullscope-test-apiserver: a LiveSession without watches lists pods, events, nodes,
// service accounts and secret metadata from the kubeconfig's cluster, then writes the
// store as one kubectl List (to /dev/null by default), as `kubectl get -o json` does.
//   live_bench --kubeconfig FILE [--page-size N] [-o FILE]
// Prints one line to stderr: objects per kind, pages, seconds.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

#include "kube/clusterconnector.h"
#include "kube/kubeconfig.h"
#include "kube/livesession.h"

using namespace PullScope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"), QStringLiteral("kubeconfig file."), QStringLiteral("file"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"), QStringLiteral("List page size."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Where the List goes."), QStringLiteral("file"), QStringLiteral("/dev/null"));
    parser.addHelpOption();
    parser.addOptions({kubeconfig, pageSize, output});
    parser.process(app);

    QElapsedTimer timer;
    timer.start();
    KubeConfig config;
    ConnectionSettings settings;
    QString error;
    if (!config.load({parser.value(kubeconfig)}, &error) || !config.resolve(QString(), &settings, &error)) {
        std::fprintf(stderr, "live_bench: %s\n", qPrintable(error));
        return 2;
    }
    ClusterConnector connector(settings);
    LiveSession::Options o;
    o.server = settings.server;
    o.prepare = connector.preparer();
    o.proxy = connector.proxy();
    o.watch = false;
    o.pageSize = parser.value(pageSize).toInt();
    o.requestTimeoutMs = 120000;
    LiveSession session(o);
    ApiError apiError;
    if (!session.waitUntilListed(600000, &apiError)) {
        std::fprintf(stderr, "live_bench: %s\n", qPrintable(apiError.summary()));
        return 1;
    }
    const qint64 listedMs = timer.elapsed();
    QFile out(parser.value(output));
    if (!out.open(QIODevice::WriteOnly) || !session.store().writeListJson(&out)) {
        std::fprintf(stderr, "live_bench: cannot write %s\n", qPrintable(out.fileName()));
        return 1;
    }
    out.close();
    int pages = 0;
    for (const ResourceSync *s : session.syncs())
        pages += s->pagesRequested();
    std::fprintf(stderr, "live_bench: %d pods, %d events, %d nodes, %d pages; listed in %.2f s, written in %.2f s\n",
        session.store().count(QStringLiteral("Pod")), session.store().count(QStringLiteral("Event")),
        session.store().count(QStringLiteral("Node")), pages, double(listedMs) / 1000,
        double(timer.elapsed() - listedMs) / 1000);
    return 0;
}

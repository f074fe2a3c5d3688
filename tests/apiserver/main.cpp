// pullscope-test-apiserver: the project's own Kubernetes API server for integration tests
// and benchmarks (see apiserver.h). Writes the bound port to --port-file once it listens,
// logs one line per request on stdout, and reads control commands on stdin:
//   add-pod JSON | update-pod JSON | delete-pod NS/NAME   (also event, node, ...)
//   compact                                               (forget the watch history)
//   throttle N SECONDS      (the next N requests answer 429 with Retry-After: SECONDS)
//   delay-lists MS          (list answers are sent MS late; 0 ends it)
//   drop-watches            (every open watch loses its connection)
// Each command answers "control ok ..." or "control error ..." on stdout.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

#include "apiserver.h"
#include "objectgenerator.h"
#include "objectstore.h"

using namespace PullScope::TestApiServer;

namespace {

const ResourceType *resourceBySingular(const QByteArray &singular)
{
    for (int i = 0; i < ResourceCount; ++i) {
        const ResourceType &t = ResourceType::of(static_cast<Resource>(i));
        if (singular == t.singular)
            return &t;
    }
    return nullptr;
}

QByteArray control(ObjectStore &store, ApiServer &server, const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray command = space < 0 ? line : line.left(space);
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
    QString error;
    if (command == "compact") {
        store.compact();
        return "control ok compact rv=" + QByteArray::number(store.resourceVersion());
    }
    if (command == "throttle") {
        const QList<QByteArray> args = argument.simplified().split(' ');
        bool countOk = false;
        bool secondsOk = false;
        const int count = args.value(0).toInt(&countOk);
        const int seconds = args.value(1).toInt(&secondsOk);
        if (args.size() != 2 || !countOk || !secondsOk || count < 0 || seconds < 0)
            return "control error throttle: expected N SECONDS";
        server.throttle(count, seconds);
        return "control ok throttle " + QByteArray::number(count) + ' ' + QByteArray::number(seconds);
    }
    if (command == "delay-lists") {
        bool ok = false;
        const int ms = argument.toInt(&ok);
        if (!ok || ms < 0)
            return "control error delay-lists: expected MS";
        server.setListDelay(ms);
        return "control ok delay-lists " + QByteArray::number(ms);
    }
    if (command == "drop-watches")
        return "control ok drop-watches " + QByteArray::number(server.dropWatches());
    const qsizetype dash = command.indexOf('-');
    const QByteArray verb = command.left(dash);
    const ResourceType *type = dash > 0 ? resourceBySingular(command.mid(dash + 1)) : nullptr;
    if (!type || (verb != "add" && verb != "update" && verb != "delete"))
        return "control error " + command + ": unknown command";
    if (verb == "delete") {
        if (!store.remove(type->id, argument, &error))
            return "control error " + command + ": " + error.toUtf8();
        return "control ok " + command + " rv=" + QByteArray::number(store.resourceVersion());
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(argument, &pe);
    if (!doc.isObject())
        return "control error " + command + ": " + pe.errorString().toUtf8();
    const ObjectPtr o = store.put(
        type->id, doc.object(), verb == "add" ? ObjectStore::Mode::Create : ObjectStore::Mode::Update, &error);
    if (!o)
        return "control error " + command + ": " + error.toUtf8();
    return "control ok " + command + ' ' + o->key + " rv=" + QByteArray::number(o->rv);
}

QHash<QByteArray, QByteArray> pairs(const QStringList &values, QChar separator)
{
    QHash<QByteArray, QByteArray> out;
    for (const QString &v : values) {
        const qsizetype at = v.indexOf(separator);
        if (at > 0)
            out.insert(v.left(at).toUtf8(), v.mid(at + 1).toUtf8());
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pullscope-test-apiserver"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A Kubernetes API server for PullScope's integration tests."));
    parser.addHelpOption();
    const QCommandLineOption cert(
        QStringLiteral("cert"), QStringLiteral("Server certificate (PEM)."), QStringLiteral("file"));
    const QCommandLineOption key(
        QStringLiteral("key"), QStringLiteral("Server private key (PEM)."), QStringLiteral("file"));
    const QCommandLineOption clientCa(QStringLiteral("client-ca"),
        QStringLiteral("CA for client certificates (CN = user, O = groups)."), QStringLiteral("file"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
        QStringLiteral("port"), QStringLiteral("Port (0: any free one)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption portFile(QStringLiteral("port-file"),
        QStringLiteral("Written with the bound port once the server listens."), QStringLiteral("file"));
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("kubectl List JSON to serve (repeatable)."), QStringLiteral("file"));
    const QCommandLineOption genPods(QStringLiteral("generate-pods"), QStringLiteral("Synthetic pods to add."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption genEvents(QStringLiteral("generate-events"), QStringLiteral("Synthetic events to add."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption token(
        QStringLiteral("token"), QStringLiteral("Bearer token TOKEN=USER (repeatable)."), QStringLiteral("token=user"));
    const QCommandLineOption basic(QStringLiteral("basic"), QStringLiteral("Basic auth USER:PASSWORD (repeatable)."),
        QStringLiteral("user:password"));
    const QCommandLineOption restricted(QStringLiteral("restricted"),
        QStringLiteral("USER=NAMESPACE: the user may read that namespace only (repeatable)."),
        QStringLiteral("user=namespace"));
    const QCommandLineOption impersonator(QStringLiteral("impersonator"),
        QStringLiteral("USER may impersonate any user and group (repeatable)."), QStringLiteral("user"));
    const QCommandLineOption adminGroup(QStringLiteral("admin-group"),
        QStringLiteral("GROUP reads every namespace even when a member is --restricted (repeatable)."),
        QStringLiteral("group"));
    const QCommandLineOption continueTtl(QStringLiteral("continue-ttl"),
        QStringLiteral("Seconds (fractions allowed) after which a continue token answers 410."), QStringLiteral("s"),
        QStringLiteral("300"));
    const QCommandLineOption bookmarkInterval(QStringLiteral("bookmark-interval"),
        QStringLiteral("Milliseconds between watch bookmarks."), QStringLiteral("ms"), QStringLiteral("60000"));
    const QCommandLineOption legacyDiscovery(QStringLiteral("legacy-discovery-only"),
        QStringLiteral("Answer discovery like a server without aggregated discovery (before 1.26)."));
    parser.addOptions({cert, key, clientCa, listen, port, portFile, data, genPods, genEvents, token, basic, restricted,
        impersonator, adminGroup, continueTtl, bookmarkInterval, legacyDiscovery});
    parser.process(app);
    if (!parser.isSet(cert) || !parser.isSet(key)) {
        std::fprintf(stderr, "--cert and --key are required\n");
        return 2;
    }

    ObjectStore store;
    for (const QString &file : parser.values(data)) {
        QString error;
        if (!store.loadFile(file, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    ObjectGenerator::generate(&store, parser.value(genPods).toInt(), parser.value(genEvents).toInt());

    ServerOptions options;
    options.certFile = parser.value(cert);
    options.keyFile = parser.value(key);
    options.clientCaFile = parser.value(clientCa);
    options.address = QHostAddress(parser.value(listen));
    options.port = quint16(parser.value(port).toUInt());
    options.tokens = pairs(parser.values(token), QLatin1Char('='));
    options.passwords = pairs(parser.values(basic), QLatin1Char(':'));
    options.restricted = pairs(parser.values(restricted), QLatin1Char('='));
    for (const QString &u : parser.values(impersonator))
        options.impersonators << u.toUtf8();
    for (const QString &g : parser.values(adminGroup))
        options.adminGroups << g.toUtf8();
    options.continueTtlMs = qint64(parser.value(continueTtl).toDouble() * 1000);
    options.bookmarkIntervalMs = std::max(10, parser.value(bookmarkInterval).toInt());
    options.aggregatedDiscovery = !parser.isSet(legacyDiscovery);

    ApiServer server(&store, options);
    QString error;
    if (!server.listen(&error)) {
        std::fprintf(stderr, "listen: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %s:%u with %zu pods, %zu events, %zu nodes at resourceVersion %llu\n",
        qPrintable(options.address.toString()), server.port(), store.objects(Resource::Pods).size(),
        store.objects(Resource::Events).size(), store.objects(Resource::Nodes).size(),
        static_cast<unsigned long long>(store.resourceVersion()));
    std::fflush(stdout);
    if (parser.isSet(portFile)) {
        // Written whole or not at all: a test polls for it.
        QSaveFile f(parser.value(portFile));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(server.port()) + '\n') < 0 || !f.commit()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(portFile)));
            return 1;
        }
    }

    QByteArray pending;
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char buffer[65536];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            // The controlling test closed stdin (or there never was one): serve on.
            stdinNotifier.setEnabled(false);
            return;
        }
        pending.append(buffer, n);
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            if (line.isEmpty())
                continue;
            std::printf("%s\n", control(store, server, line).constData());
            std::fflush(stdout);
        }
    });
    return app.exec();
}

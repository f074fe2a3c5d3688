// The project's own Kubernetes API server (tests/apiserver) proven against the real,
// preinstalled kubectl: if kubectl lists, describes, pages, watches and fails exactly as
// against a real cluster, the server speaks the real API, and the live client's tests
// against it mean something. Every way of logging in is tried (client certificates RSA and
// EC, token, token file, basic), as are a namespace-bound user (403), unknown credentials
// (401), expired continue tokens (410) and a watch from a compacted resourceVersion (410).
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <functional>

#include "../integration/apiserverharness.h"

using namespace PullScope::Integration;
using Auth = ApiServerHarness::Auth;

namespace {

// A kubectl table (tabwriter output) as rows of cells, cut at the header's column starts:
// cells may hold single spaces ("LAST SEEN", messages), columns are 3+ spaces apart.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
};

Table parseTable(const QString &text)
{
    Table t;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return t;
    QList<qsizetype> starts;
    static const QRegularExpression column(QStringLiteral("\\S+(?: \\S+)*"));
    for (auto it = column.globalMatch(lines.first()); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        starts << m.capturedStart();
        t.header << m.captured();
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList cells;
        for (qsizetype c = 0; c < starts.size(); ++c) {
            const qsizetype end = c + 1 < starts.size() ? starts.at(c + 1) : lines.at(i).size();
            cells << lines.at(i).mid(starts.at(c), end - starts.at(c)).trimmed();
        }
        t.rows << cells;
    }
    return t;
}

QJsonArray itemsOfKind(const QJsonArray &items, const QString &kind)
{
    QJsonArray out;
    for (const QJsonValue &v : items)
        if (v.toObject().value(QLatin1String("kind")).toString() == kind)
            out.append(v);
    return out;
}

QString metaOf(const QJsonValue &v, const char *field)
{
    return v.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String(field)).toString();
}

} // namespace

class TestApiServerKubectl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void getPodsEveryAuthMethod_data();
    void getPodsEveryAuthMethod();
    void podStatusColumnIsTheWaitingReason();
    void getEventsAllNamespaces();
    void getNodes();
    void describePodShowsItsEvents_data();
    void describePodShowsItsEvents();
    void selectorsAndEventsGroup();
    void restrictedUserForbiddenAtClusterScope();
    void unknownCredentialsUnauthorized_data();
    void unknownCredentialsUnauthorized();
    void legacyDiscoveryServer();
    void watchSeesControlChannelChanges();
    void watchBookmarks();
    void compactedWatchGivesGone();
    void chunkedJsonListsEveryUid();
    void expiredContinueTokenIsReported();
    void printListTiming20k();

private:
    QTemporaryDir m_tmp;
    QString m_certDir;
    ApiServerHarness m_sample; // the bundled training cluster
    ApiServerHarness m_generated; // 500 synthetic pods
    QJsonArray m_items;
};

void TestApiServerKubectl::initTestCase()
{
    if (findBinary(QStringLiteral("kubectl")).isEmpty())
        QSKIP("kubectl is not installed: the API server is proven against the real kubectl only");
    QVERIFY(!findBinary(QStringLiteral("openssl")).isEmpty());
    QVERIFY(m_tmp.isValid());
    m_certDir = m_tmp.path() + QStringLiteral("/certs");
    QString error;
    QVERIFY2(ApiServerHarness::createCertificates(m_certDir, &error), qPrintable(error));

    const QString sample = QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json");
    m_items = QJsonDocument::fromJson(readFile(sample)).object().value(QLatin1String("items")).toArray();
    QVERIFY(!itemsOfKind(m_items, QStringLiteral("Pod")).isEmpty());
    ApiServerHarness::Options o;
    o.dataFiles = {sample};
    o.bookmarkIntervalMs = 200;
    QVERIFY2(m_sample.start(m_certDir, m_tmp.path() + QStringLiteral("/sample"), o), qPrintable(m_sample.error()));

    ApiServerHarness::Options g;
    g.generatePods = 500;
    g.generateEvents = 1500;
    QVERIFY2(
        m_generated.start(m_certDir, m_tmp.path() + QStringLiteral("/generated"), g), qPrintable(m_generated.error()));
}

void TestApiServerKubectl::cleanupTestCase()
{
    m_sample.stop();
    m_generated.stop();
}

void TestApiServerKubectl::getPodsEveryAuthMethod_data()
{
    QTest::addColumn<Auth>("auth");
    QTest::newRow("client certificate (RSA)") << Auth::ClientCertRsa;
    QTest::newRow("client certificate (EC)") << Auth::ClientCertEc;
    QTest::newRow("token") << Auth::Token;
    QTest::newRow("tokenFile") << Auth::TokenFile;
    QTest::newRow("basic") << Auth::Basic;
}

void TestApiServerKubectl::getPodsEveryAuthMethod()
{
    QFETCH(Auth, auth);
    const RunResult r = m_sample.kubectl(auth, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    const Table t = parseTable(r.text());
    QCOMPARE(t.header,
        QStringList({QStringLiteral("NAMESPACE"), QStringLiteral("NAME"), QStringLiteral("READY"),
            QStringLiteral("STATUS"), QStringLiteral("RESTARTS"), QStringLiteral("AGE")}));
    QSet<QString> listed;
    for (const QStringList &row : t.rows)
        listed << row.value(0) + QLatin1Char('/') + row.value(1);
    QSet<QString> expected;
    for (const QJsonValue &p : itemsOfKind(m_items, QStringLiteral("Pod")))
        expected << metaOf(p, "namespace") + QLatin1Char('/') + metaOf(p, "name");
    QCOMPARE(listed, expected);
    QCOMPARE(t.rows.size(), expected.size());
    // The server saw this user, so this way of logging in is the one that worked.
    const QString user = ApiServerHarness::userOf(auth);
    QVERIFY2(m_sample.log().contains(QStringLiteral("GET /api/v1/pods?limit=500 200 user=") + user), qPrintable(user));
}

void TestApiServerKubectl::podStatusColumnIsTheWaitingReason()
{
    // For a pod with one container waiting with a reason, and no init containers, kubectl's
    // STATUS column (computed by the server's table converter) is that reason.
    const RunResult r
        = m_sample.kubectl(Auth::Token, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QHash<QString, QString> status;
    for (const QStringList &row : parseTable(r.text()).rows)
        status.insert(row.value(0) + QLatin1Char('/') + row.value(1), row.value(3));
    int checked = 0;
    for (const QJsonValue &p : itemsOfKind(m_items, QStringLiteral("Pod"))) {
        const QJsonObject st = p.toObject().value(QLatin1String("status")).toObject();
        const QJsonArray cs = st.value(QLatin1String("containerStatuses")).toArray();
        if (cs.size() != 1 || st.contains(QLatin1String("initContainerStatuses")))
            continue;
        const QString reason = cs.first()
                                   .toObject()
                                   .value(QLatin1String("state"))
                                   .toObject()
                                   .value(QLatin1String("waiting"))
                                   .toObject()
                                   .value(QLatin1String("reason"))
                                   .toString();
        if (reason.isEmpty())
            continue;
        QCOMPARE(status.value(metaOf(p, "namespace") + QLatin1Char('/') + metaOf(p, "name")), reason);
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestApiServerKubectl::getEventsAllNamespaces()
{
    const RunResult r = m_sample.kubectl(
        Auth::ClientCertRsa, {QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-A")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    const Table t = parseTable(r.text());
    QCOMPARE(t.header,
        QStringList({QStringLiteral("NAMESPACE"), QStringLiteral("LAST SEEN"), QStringLiteral("TYPE"),
            QStringLiteral("REASON"), QStringLiteral("OBJECT"), QStringLiteral("MESSAGE")}));
    QStringList listed;
    for (const QStringList &row : t.rows)
        listed << row.mid(0, 1).join(QString()) + QLatin1Char('|') + row.mid(2).join(QLatin1Char('|'));
    QStringList expected;
    for (const QJsonValue &v : itemsOfKind(m_items, QStringLiteral("Event"))) {
        const QJsonObject e = v.toObject();
        const QJsonObject io = e.value(QLatin1String("involvedObject")).toObject();
        expected << QStringList {metaOf(e, "namespace"), e.value(QLatin1String("type")).toString(),
            e.value(QLatin1String("reason")).toString(),
            io.value(QLatin1String("kind")).toString().toLower() + QLatin1Char('/')
                + io.value(QLatin1String("name")).toString(),
            e.value(QLatin1String("message")).toString()}
                        .join(QLatin1Char('|'));
    }
    listed.sort();
    expected.sort();
    QCOMPARE(listed.size(), expected.size());
    QCOMPARE(listed, expected);
}

void TestApiServerKubectl::getNodes()
{
    const RunResult r = m_sample.kubectl(Auth::Basic, {QStringLiteral("get"), QStringLiteral("nodes")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    const Table t = parseTable(r.text());
    QCOMPARE(t.header.mid(0, 2), QStringList({QStringLiteral("NAME"), QStringLiteral("STATUS")}));
    QHash<QString, QString> listed;
    for (const QStringList &row : t.rows)
        listed.insert(row.value(0), row.value(1));
    QHash<QString, QString> expected;
    for (const QJsonValue &n : itemsOfKind(m_items, QStringLiteral("Node"))) {
        QString ready = QStringLiteral("Unknown");
        for (const QJsonValue &c :
            n.toObject().value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray())
            if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready"))
                ready = c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True")
                    ? QStringLiteral("Ready")
                    : QStringLiteral("NotReady");
        if (n.toObject().value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable")).toBool())
            ready += QStringLiteral(",SchedulingDisabled");
        expected.insert(metaOf(n, "name"), ready);
    }
    QCOMPARE(listed, expected);
}

void TestApiServerKubectl::describePodShowsItsEvents_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("uid");
    const QJsonArray events = itemsOfKind(m_items, QStringLiteral("Event"));
    // Every pod the sample has events for: pods of the same name in other namespaces, and
    // events of other pods, must not leak into the describe output.
    for (const QJsonValue &p : itemsOfKind(m_items, QStringLiteral("Pod"))) {
        const QString uid = metaOf(p, "uid");
        const bool hasEvents = std::any_of(events.begin(), events.end(), [&uid](const QJsonValue &e) {
            return e.toObject().value(QLatin1String("involvedObject")).toObject().value(QLatin1String("uid")).toString()
                == uid;
        });
        if (hasEvents)
            QTest::newRow(qPrintable(metaOf(p, "namespace") + QLatin1Char('/') + metaOf(p, "name")))
                << metaOf(p, "namespace") << metaOf(p, "name") << uid;
    }
}

void TestApiServerKubectl::describePodShowsItsEvents()
{
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, uid);
    const RunResult r = m_sample.kubectl(
        Auth::Token, {QStringLiteral("describe"), QStringLiteral("pod"), QStringLiteral("-n"), ns, name});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    const QString text = r.text();
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("^Name:\\s+") + QRegularExpression::escape(name) + QLatin1Char('$'),
            QRegularExpression::MultilineOption)));
    const qsizetype eventsAt = text.indexOf(QLatin1String("\nEvents:\n"));
    QVERIFY2(eventsAt > 0, qPrintable(text.right(500)));
    // The table is indented; parseTable cuts at the header's own column starts.
    const Table t = parseTable(text.mid(eventsAt + 9));
    QCOMPARE(t.header,
        QStringList({QStringLiteral("Type"), QStringLiteral("Reason"), QStringLiteral("Age"), QStringLiteral("From"),
            QStringLiteral("Message")}));
    // describe merges nothing: one row per event object, the dashes line aside.
    QSet<QString> shown;
    for (const QStringList &row : t.rows.mid(1))
        shown << row.value(0) + QLatin1Char('|') + row.value(1) + QLatin1Char('|') + row.value(4);
    QSet<QString> expected;
    for (const QJsonValue &v : itemsOfKind(m_items, QStringLiteral("Event"))) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("involvedObject")).toObject().value(QLatin1String("uid")).toString() != uid)
            continue;
        expected << e.value(QLatin1String("type")).toString() + QLatin1Char('|')
                + e.value(QLatin1String("reason")).toString() + QLatin1Char('|')
                + e.value(QLatin1String("message")).toString();
    }
    QCOMPARE(shown, expected);
    // The field selector `kubectl describe` sends, answered by the server. Its terms come
    // from a Go map, so their order changes from run to run.
    const QString prefix = QStringLiteral("GET /api/v1/namespaces/") + ns + QStringLiteral("/events?fieldSelector=");
    const QSet<QString> expectedTerms {QStringLiteral("involvedObject.name=") + name,
        QStringLiteral("involvedObject.namespace=") + ns, QStringLiteral("involvedObject.uid=") + uid};
    bool found = false;
    for (const QString &line : m_sample.logLines()) {
        if (!line.startsWith(prefix) || !line.contains(QLatin1String(" 200 ")))
            continue;
        const QString selector = QUrl::fromPercentEncoding(
            line.mid(prefix.size()).section(QLatin1Char(' '), 0, 0).section(QLatin1Char('&'), 0, 0).toUtf8());
        const QStringList terms = selector.split(QLatin1Char(','));
        found = found || QSet<QString>(terms.begin(), terms.end()) == expectedTerms;
    }
    QVERIFY2(found, qPrintable(m_sample.logLines().filter(name).join(QLatin1Char('\n'))));
}

void TestApiServerKubectl::selectorsAndEventsGroup()
{
    const auto names = [](const RunResult &r) {
        QSet<QString> out;
        for (const QStringList &row : parseTable(r.text()).rows)
            out << row.value(0) + QLatin1Char('/') + row.value(1);
        return out;
    };
    const auto expectedPods = [this](const std::function<bool(const QJsonObject &)> &keep) {
        QSet<QString> out;
        for (const QJsonValue &p : itemsOfKind(m_items, QStringLiteral("Pod")))
            if (keep(p.toObject()))
                out << metaOf(p, "namespace") + QLatin1Char('/') + metaOf(p, "name");
        return out;
    };
    const QString node = QStringLiteral("node-03");
    RunResult r = m_sample.kubectl(Auth::Token,
        {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("--field-selector"),
            QStringLiteral("spec.nodeName=") + node + QStringLiteral(",status.phase!=Running")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QSet<QString> expected = expectedPods([&node](const QJsonObject &p) {
        return p.value(QLatin1String("spec")).toObject().value(QLatin1String("nodeName")).toString() == node
            && p.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()
            != QLatin1String("Running");
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(names(r), expected);

    const QJsonObject firstPod = itemsOfKind(m_items, QStringLiteral("Pod")).first().toObject();
    const QString app = firstPod.value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("labels"))
                            .toObject()
                            .value(QLatin1String("app"))
                            .toString();
    QVERIFY(!app.isEmpty());
    r = m_sample.kubectl(Auth::Token,
        {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-l"),
            QStringLiteral("app=") + app});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QCOMPARE(names(r), expectedPods([&app](const QJsonObject &p) {
        return p.value(QLatin1String("metadata"))
                   .toObject()
                   .value(QLatin1String("labels"))
                   .toObject()
                   .value(QLatin1String("app"))
            == app;
    }));

    // A field the real server does not index is a 400 that kubectl shows.
    r = m_sample.kubectl(Auth::Token,
        {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("--field-selector"),
            QStringLiteral("spec.priority=0")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.text().contains(QStringLiteral("Error from server (BadRequest)"))
            && r.text().contains(QStringLiteral("field label not supported: spec.priority")),
        qPrintable(r.text()));

    // events.k8s.io/v1: the same events under the new names (regarding, note).
    r = m_sample.kubectl(Auth::Token,
        {QStringLiteral("get"), QStringLiteral("events.v1.events.k8s.io"), QStringLiteral("-n"), QStringLiteral("shop"),
            QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    const QJsonArray items = QJsonDocument::fromJson(r.output).object().value(QLatin1String("items")).toArray();
    QHash<QString, QString> notes;
    for (const QJsonValue &v : items) {
        const QJsonObject e = v.toObject();
        QCOMPARE(e.value(QLatin1String("apiVersion")).toString(), QStringLiteral("events.k8s.io/v1"));
        QVERIFY(!e.contains(QLatin1String("involvedObject")));
        notes.insert(metaOf(e, "name"),
            e.value(QLatin1String("regarding")).toObject().value(QLatin1String("name")).toString() + QLatin1Char('|')
                + e.value(QLatin1String("note")).toString());
    }
    QHash<QString, QString> expectedNotes;
    for (const QJsonValue &v : itemsOfKind(m_items, QStringLiteral("Event")))
        if (metaOf(v, "namespace") == QLatin1String("shop"))
            expectedNotes.insert(metaOf(v, "name"),
                v.toObject().value(QLatin1String("involvedObject")).toObject().value(QLatin1String("name")).toString()
                    + QLatin1Char('|') + v.toObject().value(QLatin1String("message")).toString());
    QVERIFY(!expectedNotes.isEmpty());
    QCOMPARE(notes, expectedNotes);
    QVERIFY(m_sample.log().contains(QStringLiteral("GET /apis/events.k8s.io/v1/namespaces/shop/events?limit=500 200")));
}

void TestApiServerKubectl::restrictedUserForbiddenAtClusterScope()
{
    RunResult r
        = m_sample.kubectl(Auth::Restricted, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.text().contains(QStringLiteral("Error from server (Forbidden): pods is forbidden: User \"dave\" cannot "
                                              "list resource \"pods\" in API group \"\" at the cluster scope")),
        qPrintable(r.text()));

    r = m_sample.kubectl(Auth::Restricted,
        {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("training")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.text().contains(QStringLiteral("pods is forbidden: User \"dave\" cannot list resource \"pods\" in API "
                                              "group \"\" in the namespace \"training\"")),
        qPrintable(r.text()));

    r = m_sample.kubectl(Auth::Restricted, {QStringLiteral("get"), QStringLiteral("nodes")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.text().contains(QStringLiteral("nodes is forbidden: User \"dave\" cannot list resource \"nodes\" in API "
                                              "group \"\" at the cluster scope")),
        qPrintable(r.text()));

    r = m_sample.kubectl(Auth::Restricted,
        {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("shop")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QSet<QString> listed;
    for (const QStringList &row : parseTable(r.text()).rows)
        listed << row.value(0);
    QSet<QString> expected;
    for (const QJsonValue &p : itemsOfKind(m_items, QStringLiteral("Pod")))
        if (metaOf(p, "namespace") == QLatin1String("shop"))
            expected << metaOf(p, "name");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(listed, expected);
}

void TestApiServerKubectl::unknownCredentialsUnauthorized_data()
{
    QTest::addColumn<Auth>("auth");
    QTest::newRow("unknown token") << Auth::WrongToken;
    QTest::newRow("certificate from another CA") << Auth::UntrustedCert;
}

void TestApiServerKubectl::unknownCredentialsUnauthorized()
{
    QFETCH(Auth, auth);
    const RunResult r = m_sample.kubectl(auth, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.text().contains(QStringLiteral("error: You must be logged in to the server (Unauthorized)")),
        qPrintable(r.text()));
}

void TestApiServerKubectl::legacyDiscoveryServer()
{
    // A server without aggregated discovery (before 1.26): kubectl falls back to /api/v1 and
    // each group's version document. The aggregated server never gets those requests.
    ApiServerHarness legacy;
    ApiServerHarness::Options o;
    o.generatePods = 20;
    o.legacyDiscoveryOnly = true;
    QVERIFY2(legacy.start(m_certDir, m_tmp.path() + QStringLiteral("/legacy"), o), qPrintable(legacy.error()));
    const RunResult r
        = legacy.kubectl(Auth::Token, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QCOMPARE(parseTable(r.text()).rows.size(), 20);
    QVERIFY2(legacy.log().contains(QStringLiteral("GET /api/v1?timeout=32s 200")), qPrintable(legacy.log()));
    QVERIFY(legacy.log().contains(QStringLiteral("GET /apis/events.k8s.io/v1?timeout=32s 200")));
    QVERIFY(!m_sample.log().contains(QStringLiteral("GET /api/v1?")));
    QVERIFY(m_sample.log().contains(QStringLiteral("GET /api?timeout=32s 200")));
}

void TestApiServerKubectl::watchSeesControlChannelChanges()
{
    QProcess watch;
    watch.setProcessEnvironment(m_sample.kubectlEnvironment());
    watch.setProcessChannelMode(QProcess::MergedChannels);
    watch.start(findBinary(QStringLiteral("kubectl")),
        m_sample.kubectlArgs(Auth::ClientCertEc,
            {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("--watch")}));
    QVERIFY(watch.waitForStarted());
    QByteArray out;
    const auto read = [&] {
        watch.waitForReadyRead(100);
        out += watch.readAll();
        return out;
    };
    const QString lastSamplePod = metaOf(itemsOfKind(m_items, QStringLiteral("Pod")).last(), "name");
    QTRY_VERIFY_WITH_TIMEOUT(read().contains(lastSamplePod.toUtf8()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sample.log().contains(QStringLiteral("watch=true 200 user=erin")), 30000);

    const QByteArray pod = R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"watched-pod-1","namespace":"shop"},)"
                           R"("spec":{"containers":[{"name":"app","image":"registry.example.com/app:1"}]},)"
                           R"("status":{"phase":"Pending","containerStatuses":[{"name":"app","ready":false,)"
                           R"("restartCount":0,"image":"registry.example.com/app:1","imageID":"",)"
                           R"("state":{"waiting":{"reason":"ErrImagePull"}}}]}})";
    QVERIFY(m_sample.send("add-pod " + pod).startsWith(QLatin1String("control ok")));
    QTRY_VERIFY_WITH_TIMEOUT(read().contains("watched-pod-1"), 20000);
    const QList<QByteArray> lines = out.split('\n');
    const auto row
        = std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.contains("watched-pod-1"); });
    QVERIFY(row->contains("ErrImagePull"));
    QVERIFY(row->startsWith("shop "));

    QByteArray changed = pod;
    changed.replace("ErrImagePull", "ImagePullBackOff");
    QVERIFY(m_sample.send("update-pod " + changed).startsWith(QLatin1String("control ok")));
    QTRY_VERIFY_WITH_TIMEOUT(read().contains("ImagePullBackOff") && out.count("watched-pod-1") >= 2, 20000);
    QVERIFY(m_sample.send("delete-pod shop/watched-pod-1").startsWith(QLatin1String("control ok")));
    // kubectl prints the deleted object's row too.
    QTRY_VERIFY_WITH_TIMEOUT(read().count("watched-pod-1") >= 3, 20000);
    watch.kill();
    watch.waitForFinished();
}

void TestApiServerKubectl::watchBookmarks()
{
    // The sample server sends a bookmark every 200 ms; the watch ends after timeoutSeconds,
    // so kubectl --raw returns on its own.
    const QString rv
        = QString::number(QJsonDocument::fromJson(m_sample.get(QStringLiteral("/api/v1/namespaces/shop/pods")))
                              .object()
                              .value(QLatin1String("metadata"))
                              .toObject()
                              .value(QLatin1String("resourceVersion"))
                              .toString()
                              .toULongLong());
    const RunResult r = m_sample.kubectl(Auth::Token,
        {QStringLiteral("get"), QStringLiteral("--raw"),
            QStringLiteral("/api/v1/namespaces/shop/pods?watch=1&allowWatchBookmarks=true&timeoutSeconds=1&"
                           "resourceVersion=")
                + rv},
        30000);
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    int bookmarks = 0;
    for (const QByteArray &line : r.output.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        QCOMPARE(e.value(QLatin1String("type")).toString(), QStringLiteral("BOOKMARK"));
        const QJsonObject object = e.value(QLatin1String("object")).toObject();
        QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("Pod"));
        const QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
        QVERIFY(meta.value(QLatin1String("resourceVersion")).toString().toULongLong() >= rv.toULongLong());
        QVERIFY(!meta.contains(QLatin1String("name")));
        ++bookmarks;
    }
    QVERIFY2(bookmarks >= 2, qPrintable(r.text()));
}

void TestApiServerKubectl::compactedWatchGivesGone()
{
    const QStringList raw {QStringLiteral("get"), QStringLiteral("--raw"),
        QStringLiteral("/api/v1/pods?watch=1&resourceVersion=1&timeoutSeconds=1")};
    // Before compaction the history since resourceVersion 1 is replayed.
    RunResult r = m_sample.kubectl(Auth::Token, raw, 30000);
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QVERIFY(r.text().contains(QStringLiteral("{\"type\":\"ADDED\",\"object\":{\"kind\":\"Pod\"")));
    QVERIFY(!r.text().contains(QStringLiteral("\"ERROR\"")));

    QVERIFY(m_sample.send("compact").startsWith(QLatin1String("control ok compact")));
    r = m_sample.kubectl(Auth::Token, raw, 30000);
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    const QList<QByteArray> lines = r.output.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject e = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(e.value(QLatin1String("type")).toString(), QStringLiteral("ERROR"));
    const QJsonObject status = e.value(QLatin1String("object")).toObject();
    QCOMPARE(status.value(QLatin1String("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(status.value(QLatin1String("code")).toInt(), 410);
    QCOMPARE(status.value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
    QVERIFY(
        status.value(QLatin1String("message")).toString().startsWith(QLatin1String("too old resource version: 1 (")));
}

void TestApiServerKubectl::chunkedJsonListsEveryUid()
{
    const qsizetype continuesBefore = m_generated.log().count(QStringLiteral("continue="));
    const RunResult r = m_generated.kubectl(Auth::ClientCertRsa,
        {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-o"),
            QStringLiteral("json"), QStringLiteral("--chunk-size=50")});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    const QJsonArray kubectlItems = QJsonDocument::fromJson(r.output).object().value(QLatin1String("items")).toArray();
    QCOMPARE(kubectlItems.size(), 500);
    QSet<QString> kubectlUids;
    for (const QJsonValue &p : kubectlItems)
        kubectlUids << metaOf(p, "uid");

    // The same list, unpaged, by a client that is not kubectl.
    int status = 0;
    const QJsonArray serverItems = QJsonDocument::fromJson(m_generated.get(QStringLiteral("/api/v1/pods"), &status))
                                       .object()
                                       .value(QLatin1String("items"))
                                       .toArray();
    QCOMPARE(status, 200);
    QSet<QString> serverUids;
    for (const QJsonValue &p : serverItems)
        serverUids << metaOf(p, "uid");
    QCOMPARE(serverUids.size(), 500);
    QCOMPARE(kubectlUids, serverUids);
    // Ten pages of 50: nine requests carried a continue token.
    QCOMPARE(m_generated.log().count(QStringLiteral("continue=")) - continuesBefore, 9);
    QVERIFY(m_generated.log().contains(QStringLiteral("GET /api/v1/pods?limit=50 200")));
}

void TestApiServerKubectl::expiredContinueTokenIsReported()
{
    // A continue token whose resourceVersion was compacted away answers 410 Expired, which
    // kubectl reports as the server's message.
    int status = 0;
    const QJsonObject page
        = QJsonDocument::fromJson(m_generated.get(QStringLiteral("/api/v1/pods?limit=50"), &status)).object();
    QCOMPARE(status, 200);
    const QString token = page.value(QLatin1String("metadata")).toObject().value(QLatin1String("continue")).toString();
    QVERIFY(!token.isEmpty());
    // A change after the first page, then compaction: the token's revision is gone.
    QVERIFY(m_generated
                .send(R"(add-event {"metadata":{"name":"after-first-page","namespace":"team-000"},)"
                      R"("involvedObject":{"kind":"Pod","name":"x","namespace":"team-000"},"reason":"Test",)"
                      R"("message":"moves the resourceVersion on","type":"Normal"})")
                .startsWith(QLatin1String("control ok")));
    QVERIFY(m_generated.send("compact").startsWith(QLatin1String("control ok compact")));
    RunResult r = m_generated.kubectl(Auth::Token,
        {QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/api/v1/pods?limit=50&continue=") + token});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.text().contains(QStringLiteral("Error from server (Expired): The provided continue parameter is too old "
                                              "to display a consistent list result.")),
        qPrintable(r.text()));

    // A server whose tokens expire at once: kubectl's own paging meets the 410 on page two.
    ApiServerHarness expiring;
    ApiServerHarness::Options o;
    o.generatePods = 120;
    o.continueTtlSeconds = 0;
    QVERIFY2(expiring.start(m_certDir, m_tmp.path() + QStringLiteral("/expiring"), o), qPrintable(expiring.error()));
    r = expiring.kubectl(Auth::Token,
        {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("--chunk-size=50")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.text().contains(QStringLiteral("Error from server (Expired): The provided continue parameter is too old")),
        qPrintable(r.text()));
    QVERIFY(expiring.log().contains(QStringLiteral(" 410 user=bob")));
}

void TestApiServerKubectl::printListTiming20k()
{
    ApiServerHarness big;
    ApiServerHarness::Options o;
    o.generatePods = 20000;
    QElapsedTimer startup;
    startup.start();
    QVERIFY2(big.start(m_certDir, m_tmp.path() + QStringLiteral("/big"), o), qPrintable(big.error()));
    const qint64 startupMs = startup.elapsed();
    QElapsedTimer timer;
    timer.start();
    const RunResult r = big.kubectl(Auth::Token,
        {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-o"),
            QStringLiteral("json")},
        300000);
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QCOMPARE(QJsonDocument::fromJson(r.output).object().value(QLatin1String("items")).toArray().size(), 20000);
    qInfo("20k pods: server ready in %lld ms; kubectl get pods -A -o json took %lld ms (%lld bytes of output)",
        startupMs, ms, qint64(r.output.size()));
}

QTEST_GUILESS_MAIN(TestApiServerKubectl)
#include "tst_apiserver_kubectl.moc"

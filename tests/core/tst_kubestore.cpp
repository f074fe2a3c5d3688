#include <QtTest>

#include "diagnosisengine.h"
#include "inputloader.h"
#include "kube/kubelistparser.h"
#include "kube/kubeobjectstore.h"

using namespace PullScope;

// What the live session keeps: list pages and watch lines as the API server sends them
// (items without kind; secrets as PartialObjectMetadata) become List items the offline
// ingest reads, and the store's List diagnoses exactly as the same objects from a file.
class TestKubeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageWithoutKinds()
    {
        QByteArray body = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"42\","
                          "\"continue\":\"tok\\u002b1\"},\"items\":[{\"metadata\":{\"name\":\"a\",\"namespace\":\"ns\","
                          "\"uid\":\"u-1\",\"resourceVersion\":\"40\"},\"spec\":{\"containers\":[{\"name\":\"c\","
                          "\"image\":\"nginx\"}]}},{}]}";
        KubeListPage page;
        QString error;
        QVERIFY2(KubeListParser::parsePage(body, KubeResource::pods(), &page, &error), qPrintable(error));
        QCOMPARE(page.continueToken, QByteArray("tok+1"));
        QCOMPARE(page.resourceVersion, QByteArray("42"));
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items[0].key, QByteArray("u-1"));
        QCOMPARE(page.items[0].resourceVersion, QByteArray("40"));
        const QJsonObject o = QJsonDocument::fromJson(page.items[0].json).object();
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("Pod"));
        QCOMPARE(o.value(QLatin1String("apiVersion")).toString(), QStringLiteral("v1"));
        QCOMPARE(o.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray().size(), 1);
        // An empty object still becomes valid JSON.
        QVERIFY(QJsonDocument::fromJson(page.items[1].json).isObject());
    }

    void itemsWithKindKeptAsSent()
    {
        QByteArray body = "{\"items\":[{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"a\"}}],"
                          "\"metadata\":{}}";
        KubeListPage page;
        QString error;
        QVERIFY(KubeListParser::parsePage(body, KubeResource::pods(), &page, &error));
        QCOMPARE(
            page.items[0].json, QByteArray("{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"a\"}}"));
        QCOMPARE(page.items[0].key, QByteArray("/a"));
    }

    void secretsAreMetadataOnly()
    {
        // Even if a server sent data, only metadata is kept.
        QByteArray body = "{\"kind\":\"PartialObjectMetadataList\",\"metadata\":{\"resourceVersion\":\"7\"},"
                          "\"items\":[{\"kind\":\"PartialObjectMetadata\",\"apiVersion\":\"meta.k8s.io/v1\","
                          "\"metadata\":{\"name\":\"regcred\",\"namespace\":\"shop\",\"uid\":\"s-1\"},"
                          "\"data\":{\"password\":\"aHVudGVyMg==\"}}]}";
        KubeListPage page;
        QString error;
        QVERIFY(KubeListParser::parsePage(body, KubeResource::secretMetadata(), &page, &error));
        QCOMPARE(page.items.size(), 1);
        QVERIFY(!page.items[0].json.contains("aHVudGVyMg=="));
        const QJsonObject o = QJsonDocument::fromJson(page.items[0].json).object();
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("Secret"));
        QCOMPARE(
            o.keys(), (QStringList {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata")}));
    }

    void watchLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("rv");
        QTest::addColumn<int>("code");
        QTest::newRow("added") << QByteArray(
            "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"uid\":\"x\",\"resourceVersion\":\"9\"}}}")
                               << QByteArray("ADDED") << QByteArray("9") << 0;
        QTest::newRow("bookmark") << QByteArray(
            "{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\","
            "\"metadata\":{\"resourceVersion\":\"12345\"}}}")
                                  << QByteArray("BOOKMARK") << QByteArray("12345") << 0;
        QTest::newRow("gone") << QByteArray(
            "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\","
            "\"metadata\":{},\"status\":\"Failure\",\"message\":\"too old resource version: "
            "1 (2)\",\"reason\":\"Expired\",\"code\":410}}")
                              << QByteArray("ERROR") << QByteArray() << 410;
    }
    void watchLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, rv);
        QFETCH(int, code);
        KubeWatchEvent ev;
        QString error;
        QVERIFY2(KubeListParser::parseWatchLine(line, KubeResource::pods(), &ev, &error), qPrintable(error));
        QCOMPARE(ev.type, type);
        QCOMPARE(ev.item.resourceVersion, rv);
        QCOMPARE(ev.statusCode, code);
        if (code == 410)
            QCOMPARE(ev.statusReason, QStringLiteral("Expired"));
    }

    void badJsonIsAnError()
    {
        QByteArray body = "{\"items\":[{\"metadata\":";
        KubeListPage page;
        QString error;
        QVERIFY(!KubeListParser::parsePage(body, KubeResource::pods(), &page, &error));
        QVERIFY(!error.isEmpty());
        KubeWatchEvent ev;
        QVERIFY(!KubeListParser::parseWatchLine("{\"type\":\"ADDED\"}", KubeResource::pods(), &ev, &error));
    }

    // The training cluster, split into API-server-shaped pages per kind and put through the
    // store, diagnoses exactly as the file does.
    void storeDiagnosesAsTheFile()
    {
        const QString path = QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("items")).toArray();
        QVERIFY(items.size() > 20);
        QMap<QString, QJsonArray> byKind;
        for (const QJsonValue &v : items) {
            QJsonObject o = v.toObject();
            const QString kind = o.value(QLatin1String("kind")).toString();
            o.remove(QLatin1String("kind")); // as inside an API list
            o.remove(QLatin1String("apiVersion"));
            byKind[kind].append(o);
        }
        KubeObjectStore store;
        const QMap<QString, KubeResource> resources {{QStringLiteral("Pod"), KubeResource::pods()},
            {QStringLiteral("Event"), KubeResource::events()}, {QStringLiteral("Node"), KubeResource::nodes()},
            {QStringLiteral("ServiceAccount"), KubeResource::serviceAccounts()}};
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            if (!resources.contains(it.key()))
                continue; // secrets etc.: a live session sees their metadata only
            QByteArray body = QJsonDocument(
                QJsonObject {{QStringLiteral("items"), it.value()}, {QStringLiteral("metadata"), QJsonObject()}})
                                  .toJson(QJsonDocument::Compact);
            KubeListPage page;
            QString error;
            QVERIFY2(KubeListParser::parsePage(body, resources.value(it.key()), &page, &error), qPrintable(error));
            store.replaceAll(it.key(), page.items);
        }
        QCOMPARE(store.count(QStringLiteral("Pod")), int(byKind.value(QStringLiteral("Pod")).size()));

        LoadOptions options;
        ClusterSnapshot fromFile, fromStore;
        LoadError error;
        QVERIFY(InputLoader::loadPath(path, fromFile, options, &error));
        QVERIFY2(InputLoader::loadData(store.listJson(), QStringLiteral("live"), fromStore, options, &error),
            qPrintable(error.message));
        DiagnosisOptions o;
        const DiagnosisReport a = DiagnosisEngine::diagnose(fromFile, o);
        const DiagnosisReport b = DiagnosisEngine::diagnose(fromStore, o);
        QCOMPARE(b.containers.size(), a.containers.size());
        int compared = 0;
        for (const ContainerDiagnosis &d : a.containers) {
            for (const ContainerDiagnosis &e : b.containers) {
                if (e.namespace_ == d.namespace_ && e.pod == d.pod && e.container == d.container) {
                    QCOMPARE(e.state, d.state);
                    // Secret data is not in the live view: pull-secret-mismatch needs it.
                    if (d.cause.id != QLatin1String("pull-secret-mismatch"))
                        QCOMPARE(e.cause.id, d.cause.id);
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, int(a.containers.size()));

        // Watch changes: a deleted pod disappears, the generation moves.
        const quint64 g = store.generation();
        KubeItem extra;
        extra.key = "added-uid";
        extra.json = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"late\",\"namespace\":\"x\","
                     "\"uid\":\"added-uid\"},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"busybox\"}]}}";
        store.upsert(QStringLiteral("Pod"), extra);
        QVERIFY(store.generation() > g);
        QCOMPARE(store.count(QStringLiteral("Pod")), int(byKind.value(QStringLiteral("Pod")).size()) + 1);
        store.remove(QStringLiteral("Pod"), "added-uid");
        QCOMPARE(store.count(QStringLiteral("Pod")), int(byKind.value(QStringLiteral("Pod")).size()));
    }
};

QTEST_GUILESS_MAIN(TestKubeStore)
#include "tst_kubestore.moc"

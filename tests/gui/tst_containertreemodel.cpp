#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QtTest>

#include "../testsupport.h"

#include <functional>
#include <memory>
#include <thread>

#include "causecountmodel.h"
#include "containertreemodel.h"
#include "diagnosisengine.h"
#include "inputloader.h"
#include "languagemanager.h"
#include "reportwriter.h"
#include "rulebook.h"
#include "theme.h"

using namespace PullScope;

// The pod list over the bundled training cluster (48 containers, expected.tsv's json
// rows): shape, badges, filter, sort, language, and the cause side list.
class TestContainerTreeModel : public QObject
{
    Q_OBJECT

    std::shared_ptr<const DiagnosisReport> m_report;
    std::unique_ptr<ContainerTreeModel> m_model;
    std::unique_ptr<CauseCountModel> m_causes;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<QAbstractItemModelTester> m_causeTester;

    static std::shared_ptr<const DiagnosisReport> loadSample()
    {
        return std::make_shared<const DiagnosisReport>(TestSupport::bundledCluster());
    }

    int reportIndex(const QString &pod, const QString &container) const
    {
        for (int i = 0; i < m_report->containers.size(); ++i)
            if (m_report->containers[i].pod == pod && m_report->containers[i].container == container)
                return i;
        return -1;
    }

    QModelIndex containerIndex(const QString &pod, const QString &container, int column = 0) const
    {
        const QModelIndex i = m_model->indexForContainer(reportIndex(pod, container));
        return i.isValid() ? i.sibling(i.row(), column) : i;
    }

    QModelIndex child(const QModelIndex &parent, const QString &name) const
    {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (i.data().toString() == name)
                return i;
        }
        return {};
    }

    // Leaves under `parent`; fails when a namespace, group or pod row is left empty.
    int countLeaves(const QModelIndex &parent, bool *emptyGroup) const
    {
        int leaves = 0;
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (i.data(ContainerTreeModel::KindRole).toInt() == ContainerTreeModel::ContainerKind) {
                ++leaves;
                continue;
            }
            const int below = countLeaves(i, emptyGroup);
            if (below == 0 || below != i.data(ContainerTreeModel::VisibleContainersRole).toInt())
                *emptyGroup = true;
            leaves += below;
        }
        return leaves;
    }

    static QColor iconColor(const QVariant &decoration)
    {
        const QPixmap pm = decoration.value<QIcon>().pixmap(16, 16);
        return pm.toImage().pixelColor(pm.width() / 2, pm.height() / 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_report = loadSample();
        QCOMPARE(m_report->containers.size(), 48);
        m_model = std::make_unique<ContainerTreeModel>();
        m_causes = std::make_unique<CauseCountModel>(m_model.get());
        m_treeTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_causeTester = std::make_unique<QAbstractItemModelTester>(
            m_causes.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy spy(m_model.get(), &ContainerTreeModel::filterChanged);
        m_model->setReport(m_report);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toInt(), 48);
    }

    void cleanup()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_model->setFilter(QString());
        m_model->sort(-1);
    }

    void workloadGroup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("groupKind");
        QTest::addColumn<QString>("groupName");
        auto row = [](const char *tag, const char *k, const char *n, const char *gk, const char *gn) {
            QTest::newRow(tag) << QString::fromUtf8(k) << QString::fromUtf8(n) << QString::fromUtf8(gk)
                               << QString::fromUtf8(gn);
        };
        row("deployment", "ReplicaSet", "web-7d5bc8f9c6", "Deployment", "web");
        row("deployment 6-char hash", "ReplicaSet", "a-b-bcdf29", "Deployment", "a-b");
        row("not a hash: vowels", "ReplicaSet", "my-service", "ReplicaSet", "my-service");
        row("not a hash: too short", "ReplicaSet", "api-v2", "ReplicaSet", "api-v2");
        row("not a hash: too long", "ReplicaSet", "api-bcdfghjklmn", "ReplicaSet", "api-bcdfghjklmn");
        row("not a hash: zero", "ReplicaSet", "api-7d5bc8f9c0", "ReplicaSet", "api-7d5bc8f9c0");
        row("cronjob", "Job", "label-sync-29501837", "CronJob", "label-sync");
        row("plain job", "Job", "batch-embed", "Job", "batch-embed");
        row("job with short number", "Job", "migrate-2", "Job", "migrate-2");
        row("statefulset", "StatefulSet", "orders-db", "StatefulSet", "orders-db");
        row("daemonset", "DaemonSet", "log-agent", "DaemonSet", "log-agent");
        row("no owner", "", "", "", "");
    }

    void workloadGroup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        const OwnerRef g = ContainerTreeModel::workloadGroup(OwnerRef {kind, name});
        QTEST(g.kind, "groupKind");
        QTEST(g.name, "groupName");
    }

    void treeShape()
    {
        QCOMPARE(m_model->rowCount(), 2);
        const QModelIndex shop = m_model->index(0, 0);
        const QModelIndex training = m_model->index(1, 0);
        QCOMPARE(shop.data().toString(), QStringLiteral("shop"));
        QCOMPARE(training.data().toString(), QStringLiteral("training"));
        QCOMPARE(shop.data(ContainerTreeModel::KindRole).toInt(), int(ContainerTreeModel::NamespaceKind));
        QCOMPARE(shop.data(ContainerTreeModel::VisibleContainersRole).toInt(), 7);
        QCOMPARE(training.data(ContainerTreeModel::VisibleContainersRole).toInt(), 41);

        // shop: three workloads, by workload name.
        QCOMPARE(m_model->rowCount(shop), 3);
        QCOMPARE(m_model->index(0, 0, shop).data().toString(), QStringLiteral("Deployment catalog-api"));
        QCOMPARE(m_model->index(1, 0, shop).data().toString(), QStringLiteral("Deployment checkout-api"));
        QCOMPARE(m_model->index(2, 0, shop).data().toString(), QStringLiteral("StatefulSet orders-db"));

        const QModelIndex catalog = m_model->index(0, 0, shop);
        QCOMPARE(catalog.data(ContainerTreeModel::KindRole).toInt(), int(ContainerTreeModel::GroupKind));
        QCOMPARE(m_model->rowCount(catalog), 3);
        for (int r = 0; r < 3; ++r) {
            const QModelIndex pod = m_model->index(r, 0, catalog);
            QCOMPARE(pod.data(ContainerTreeModel::KindRole).toInt(), int(ContainerTreeModel::PodKind));
            QVERIFY(pod.data().toString().startsWith(QLatin1String("catalog-api-9sqq7mjxzx-")));
            QCOMPARE(m_model->rowCount(pod), 1);
            QCOMPARE(pod.sibling(r, ContainerTreeModel::NodeColumn).data().toString(),
                m_model->index(0, ContainerTreeModel::NodeColumn, pod).data().toString());
        }
        QCOMPARE(catalog.sibling(catalog.row(), ContainerTreeModel::StateColumn).data().toString(),
            QStringLiteral("3 failing / 3"));
        QCOMPARE(catalog.sibling(catalog.row(), ContainerTreeModel::CauseColumn).data().toString(),
            QStringLiteral("Image or tag not found"));
        QCOMPARE(catalog.sibling(catalog.row(), ContainerTreeModel::ImageColumn).data().toString(),
            QStringLiteral("harbor.example.com/shop/catalog-api:3.2.0-rc1"));
        QCOMPARE(catalog.data(ContainerTreeModel::CauseIdRole).toString(), QStringLiteral("image-not-found"));
        QCOMPARE(shop.sibling(0, ContainerTreeModel::StateColumn).data().toString(), QStringLiteral("5 failing / 7"));
        QCOMPARE(shop.sibling(0, ContainerTreeModel::CauseColumn).data().toString(), QStringLiteral("several causes"));
        QCOMPARE(training.sibling(1, ContainerTreeModel::StateColumn).data().toString(),
            QStringLiteral("32 failing, 2 not a pull problem / 41"));

        // Init and ephemeral containers are listed with their kind.
        const QModelIndex ordersPod = m_model->index(0, 0, m_model->index(2, 0, shop));
        QCOMPARE(ordersPod.data().toString(), QStringLiteral("orders-db-0"));
        QCOMPARE(m_model->rowCount(ordersPod), 2);
        QCOMPARE(m_model->index(0, 0, ordersPod).data().toString(), QStringLiteral("init-db (init)"));
        QCOMPARE(m_model->index(0, 0, ordersPod).data(ContainerTreeModel::ContainerTypeRole).toString(),
            QStringLiteral("init"));
        QCOMPARE(m_model->index(1, 0, ordersPod).data().toString(), QStringLiteral("postgres"));
        const QModelIndex checkoutPod = m_model->index(0, 0, m_model->index(1, 0, shop));
        QCOMPARE(m_model->rowCount(checkoutPod), 2);
        QCOMPARE(m_model->index(1, 0, checkoutPod).data(ContainerTreeModel::ContainerTypeRole).toString(),
            QStringLiteral("ephemeral"));
        QCOMPARE(m_model->index(1, 0, checkoutPod).data().toString(), QStringLiteral("debugger-h2f7j (ephemeral)"));
        QCOMPARE(checkoutPod.sibling(0, ContainerTreeModel::ImageColumn).data().toString(),
            QStringLiteral("harbor.example.com/shop/checkout-api:4.2.0, netshoot"));

        // training: 39 workloads plus the two pods that have no owner, directly under it.
        QCOMPARE(m_model->rowCount(training), 41);
        const QModelIndex cron = child(training, QStringLiteral("CronJob label-sync"));
        QVERIFY(cron.isValid());
        QCOMPARE(m_model->rowCount(cron), 1);
        QCOMPARE(m_model->index(0, 0, cron).data().toString(), QStringLiteral("label-sync-29501837-5xd6p"));
        QVERIFY(child(training, QStringLiteral("Job batch-embed")).isValid());
        QVERIFY(child(training, QStringLiteral("DaemonSet log-agent")).isValid());
        QVERIFY(child(training, QStringLiteral("StatefulSet redis")).isValid());
        QVERIFY(child(training, QStringLiteral("Deployment nginx-deployment")).isValid());
        for (const char *loose : {"image-case-demo", "offline-app"}) {
            const QModelIndex pod = child(training, QString::fromLatin1(loose));
            QVERIFY2(pod.isValid(), loose);
            QCOMPARE(pod.data(ContainerTreeModel::KindRole).toInt(), int(ContainerTreeModel::PodKind));
            QCOMPARE(pod.data(ContainerTreeModel::ReportIndexRole).toInt(), -1);
        }
        // Workloads sort by their own name among the loose pods.
        const int imageCase = child(training, QStringLiteral("image-case-demo")).row();
        QCOMPARE(
            m_model->index(imageCase - 1, 0, training).data().toString(), QStringLiteral("Deployment feature-trainer"));
        QCOMPARE(
            m_model->index(imageCase + 1, 0, training).data().toString(), QStringLiteral("Deployment inventory-api"));

        bool empty = false;
        QCOMPARE(countLeaves({}, &empty), 48);
        QVERIFY(!empty);
    }

    void badges_data()
    {
        QTest::addColumn<QString>("pod");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QColor>("color");
        QTest::newRow("failing") << "catalog-api-9sqq7mjxzx-4jmbn"
                                 << "catalog-api"
                                 << "failing" << Theme::failing();
        QTest::newRow("ok") << "redis-0"
                            << "redis"
                            << "ok" << Theme::taken();
        QTest::newRow("recovered") << "tokenizer-svc-r4pbwqpqg8-dqrzj"
                                   << "tokenizer"
                                   << "recovered" << Theme::recovered();
        QTest::newRow("pulling") << "triton-infer-66f4smzrp6-l6sgl"
                                 << "triton"
                                 << "pulling" << Theme::inProgress();
        QTest::newRow("unknown") << "orders-db-0"
                                 << "postgres"
                                 << "unknown" << Theme::notReached();
        QTest::newRow("not a pull problem") << "billing-worker-pts5c9k27x-p5qkg"
                                            << "worker"
                                            << "failing" << Theme::notAPullProblem();
    }

    void badges()
    {
        QFETCH(QString, pod);
        QFETCH(QString, container);
        QFETCH(QColor, color);
        const QModelIndex i = containerIndex(pod, container);
        QVERIFY(i.isValid());
        QTEST(i.data(ContainerTreeModel::StateRole).toString(), "state");
        QCOMPARE(i.data(ContainerTreeModel::BadgeColorRole).value<QColor>(), color);
        QCOMPARE(iconColor(i.data(Qt::DecorationRole)), color);
        const QString state = i.data(ContainerTreeModel::StateRole).toString();
        if (color != Theme::notAPullProblem())
            QCOMPARE(
                i.sibling(i.row(), ContainerTreeModel::StateColumn).data().toString(), ReportWriter::stateName(state));
    }

    void groupBadges()
    {
        // The pod and workload take their worst container: init-db failing beats postgres unknown.
        const QModelIndex pod = containerIndex(QStringLiteral("orders-db-0"), QStringLiteral("postgres")).parent();
        QCOMPARE(pod.data().toString(), QStringLiteral("orders-db-0"));
        QCOMPARE(pod.data(ContainerTreeModel::StateRole).toString(), QStringLiteral("failing"));
        QCOMPARE(iconColor(pod.data(Qt::DecorationRole)), Theme::failing());
        QCOMPARE(iconColor(pod.parent().data(Qt::DecorationRole)), Theme::failing());
        QCOMPARE(
            pod.sibling(pod.row(), ContainerTreeModel::StateColumn).data().toString(), QStringLiteral("1 failing / 2"));
        // A pod whose only container is "not a pull problem" shows that colour, not red.
        const QModelIndex napp
            = containerIndex(QStringLiteral("billing-worker-pts5c9k27x-p5qkg"), QStringLiteral("worker")).parent();
        QCOMPARE(iconColor(napp.data(Qt::DecorationRole)), Theme::notAPullProblem());
        QCOMPARE(napp.sibling(napp.row(), ContainerTreeModel::StateColumn).data().toString(),
            QStringLiteral("1 not a pull problem / 1"));
        // Healthy pods are green, and their text says so.
        const QModelIndex redis = containerIndex(QStringLiteral("redis-0"), QStringLiteral("redis")).parent();
        QCOMPARE(iconColor(redis.data(Qt::DecorationRole)), Theme::taken());
        QCOMPARE(
            redis.sibling(redis.row(), ContainerTreeModel::StateColumn).data().toString(), QStringLiteral("1 ok / 1"));
    }

    void notAPullProblem()
    {
        for (const auto &[pod, container] : {std::pair {"billing-worker-pts5c9k27x-p5qkg", "worker"},
                 std::pair {"report-api-l7ndl5phzx-km5xb", "report-api"}}) {
            const QModelIndex i = containerIndex(QString::fromLatin1(pod), QString::fromLatin1(container));
            QVERIFY(i.isValid());
            const ContainerDiagnosis *d = m_model->container(i);
            QVERIFY(d);
            QCOMPARE(d->cause.id, QStringLiteral("not-a-pull-problem"));
            QVERIFY(!d->cause.detail.isEmpty());
            const QModelIndex state = i.sibling(i.row(), ContainerTreeModel::StateColumn);
            QCOMPARE(state.data().toString(), QStringLiteral("image OK, container failing"));
            QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(), Theme::notAPullProblem());
            QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(d->cause.detail),
                qPrintable(state.data(Qt::ToolTipRole).toString()));
            QCOMPARE(i.sibling(i.row(), ContainerTreeModel::CauseColumn).data().toString(),
                QStringLiteral("Image fine; container fails otherwise"));
            QCOMPARE(i.data(ContainerTreeModel::FailingContainersRole).toInt(), 0);
        }
        // An ordinary failure is not marked so.
        const QModelIndex failing
            = containerIndex(QStringLiteral("catalog-api-9sqq7mjxzx-4jmbn"), QStringLiteral("catalog-api"));
        QCOMPARE(failing.sibling(failing.row(), ContainerTreeModel::StateColumn).data().toString(),
            ReportWriter::stateName(QStringLiteral("failing")));
        QVERIFY(!failing.sibling(failing.row(), ContainerTreeModel::StateColumn).data(Qt::ForegroundRole).isValid());
    }

    void filter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("visible");
        QTest::addColumn<int>("namespaces");
        // Counts worked out by hand from expected.tsv and the pod specs.
        QTest::newRow("empty") << "" << 48 << 2;
        QTest::newRow("blank") << "   " << 48 << 2;
        QTest::newRow("pod name") << "catalog" << 3 << 1;
        QTest::newRow("namespace") << "shop" << 7 << 1;
        QTest::newRow("ns:") << "ns:shop" << 7 << 1;
        QTest::newRow("container and image") << "nginx" << 4 << 1;
        QTest::newRow("case-insensitive") << "NGINX" << 4 << 1;
        QTest::newRow("image:") << "image:harbor.example.com" << 15 << 2;
        QTest::newRow("image with tag, unknown key") << "nginx:1.25" << 2 << 1;
        QTest::newRow("cause id") << "image-not-found" << 6 << 2;
        QTest::newRow("cause:exact id") << "cause:image-not-found" << 6 << 2;
        QTest::newRow("cause:part of ids") << "cause:pull-secret" << 2 << 1;
        QTest::newRow("cause:title words") << "cause:registry" << 15 << 1;
        QTest::newRow("cause title en") << "certificate" << 4 << 1;
        QTest::newRow("cause title zh") << QStringLiteral("证书") << 4 << 1;
        QTest::newRow("quoted phrase") << "\"connection refused\"" << 1 << 1;
        QTest::newRow("two words") << "timed out" << 1 << 1;
        QTest::newRow("node") << "node-03" << 11 << 2;
        QTest::newRow("node:") << "node:node-0" << 48 << 2;
        QTest::newRow("state:") << "state:failing" << 39 << 2;
        QTest::newRow("state:recovered") << "state:recovered" << 1 << 1;
        QTest::newRow("pod:") << "pod:orders-db" << 2 << 1;
        QTest::newRow("container: key in capitals") << "Container:DEBUGGER" << 1 << 1;
        QTest::newRow("cause: still typing") << "cause:" << 48 << 2;
        QTest::newRow("ns and state") << "ns:training state:ok" << 5 << 1;
        QTest::newRow("ns and cause") << "ns:shop cause:image-not-found" << 4 << 1;
        QTest::newRow("cause and node") << "image-not-found node-03" << 3 << 2;
        QTest::newRow("three terms") << "api node-02 harbor" << 2 << 1;
        QTest::newRow("image and node") << "harbor node-02" << 6 << 2;
        QTest::newRow("namespace and word") << "training api" << 5 << 1;
        QTest::newRow("nothing") << "nomatch-xyz" << 0 << 0;
        QTest::newRow("one term matches nothing") << "shop nomatch-xyz" << 0 << 0;
    }

    void filter()
    {
        QFETCH(QString, filter);
        QFETCH(int, visible);
        QSignalSpy spy(m_model.get(), &ContainerTreeModel::filterChanged);
        m_model->setFilter(filter);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toInt(), visible);
        QCOMPARE(m_model->visibleContainers(), visible);
        QTEST(m_model->rowCount(), "namespaces");
        bool empty = false;
        QCOMPARE(countLeaves({}, &empty), visible);
        QVERIFY2(!empty, "a group without matches stayed");
        int withCause = 0;
        for (const ContainerDiagnosis &d : m_report->containers)
            withCause += d.hasCause ? 1 : 0;
        const QMap<QString, int> counts = m_model->causeCounts();
        int counted = 0;
        for (int c : counts)
            counted += c;
        QVERIFY(counted <= visible);
        if (filter.isEmpty())
            QCOMPARE(counted, withCause);
        // The side list follows the filter.
        QCOMPARE(m_causes->rowCount(), counts.size());
        for (int r = 0; r < m_causes->rowCount(); ++r) {
            const QModelIndex i = m_causes->index(r);
            QCOMPARE(i.data(CauseCountModel::CountRole).toInt(),
                counts.value(i.data(CauseCountModel::CauseIdRole).toString()));
            if (r > 0)
                QVERIFY(m_causes->index(r - 1).data(CauseCountModel::CountRole).toInt()
                    >= i.data(CauseCountModel::CountRole).toInt());
        }
        // Every visible container's row round-trips; hidden ones have none.
        for (int rc = 0; rc < m_report->containers.size(); ++rc) {
            const QModelIndex i = m_model->indexForContainer(rc);
            if (!i.isValid())
                continue;
            QCOMPARE(m_model->container(i), &m_report->containers[rc]);
            QCOMPARE(i.data(ContainerTreeModel::ReportIndexRole).toInt(), rc);
        }
    }

    void filterKeepsGroupsOfMatches()
    {
        // A match in one replica keeps its Deployment and namespace, and only that pod.
        m_model->setFilter(QStringLiteral("catalog-api-9sqq7mjxzx-bfxrw"));
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex group = m_model->index(0, 0, m_model->index(0, 0));
        QCOMPARE(group.data().toString(), QStringLiteral("Deployment catalog-api"));
        QCOMPARE(m_model->rowCount(group), 1);
        QCOMPARE(group.sibling(0, ContainerTreeModel::StateColumn).data().toString(), QStringLiteral("1 failing / 1"));
        // A container filtered out of a pod leaves the pod with the other one.
        m_model->setFilter(QStringLiteral("container:postgres"));
        const QModelIndex pod = containerIndex(QStringLiteral("orders-db-0"), QStringLiteral("postgres")).parent();
        QCOMPARE(m_model->rowCount(pod), 1);
        QCOMPARE(pod.data(ContainerTreeModel::StateRole).toString(), QStringLiteral("unknown"));
        QVERIFY(!containerIndex(QStringLiteral("orders-db-0"), QStringLiteral("init-db")).isValid());
    }

    void indexForContainerRoundTrip()
    {
        m_model->sort(ContainerTreeModel::ImageColumn, Qt::DescendingOrder);
        for (int rc = 0; rc < m_report->containers.size(); ++rc) {
            const QModelIndex i = m_model->indexForContainer(rc);
            QVERIFY(i.isValid());
            QCOMPARE(i.model(), m_model.get());
            QCOMPARE(m_model->index(i.row(), 0, i.parent()), i);
            QCOMPARE(m_model->container(i), &m_report->containers[rc]);
            QCOMPARE(i.data(ContainerTreeModel::ReportIndexRole).toInt(), rc);
            QCOMPARE(i.parent().data().toString(), m_report->containers[rc].pod);
        }
        QVERIFY(!m_model->indexForContainer(-1).isValid());
        QVERIFY(!m_model->indexForContainer(48).isValid());
        QVERIFY(!m_model->container(QModelIndex()));
        QVERIFY(!m_model->container(m_model->index(0, 0)));
    }

    void sortName()
    {
        m_model->sort(ContainerTreeModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("training"));
        const QModelIndex shop = m_model->index(1, 0);
        QCOMPARE(m_model->index(0, 0, shop).data().toString(), QStringLiteral("StatefulSet orders-db"));
        QCOMPARE(m_model->index(2, 0, shop).data().toString(), QStringLiteral("Deployment catalog-api"));
        m_model->sort(ContainerTreeModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("shop"));
    }

    void sortState()
    {
        // Worst first, through the levels above the containers (single-container pods
        // under training: one row per workload).
        m_model->sort(ContainerTreeModel::StateColumn, Qt::DescendingOrder);
        const QModelIndex training = m_model->index(1, 0);
        int previous = INT_MAX;
        QStringList failingNames;
        for (int r = 0; r < m_model->rowCount(training); ++r) {
            const QModelIndex i = m_model->index(r, 0, training);
            const QColor c = i.data(ContainerTreeModel::BadgeColorRole).value<QColor>();
            const int severity = c == Theme::failing() ? 5
                : c == Theme::notAPullProblem()        ? 4
                : c == Theme::inProgress()             ? 3
                : c == Theme::notReached()             ? 2
                : c == Theme::recovered()              ? 1
                                                       : 0;
            QVERIFY2(severity <= previous, qPrintable(i.data().toString()));
            previous = severity;
            if (severity == 5)
                failingNames << i.data().toString();
        }
        QCOMPARE(previous, 0); // the healthy ones come last
        QCOMPARE(failingNames.size(), 32);
        // Stable: the failing ones keep their name order.
        QCOMPARE(failingNames.first(), QStringLiteral("Deployment annotation-ui"));
        QCOMPARE(failingNames.last(), QStringLiteral("Deployment web-frontend"));
        // Ascending puts the healthy first, and containers inside a pod sort too.
        m_model->sort(ContainerTreeModel::StateColumn, Qt::AscendingOrder);
        const QModelIndex pod = containerIndex(QStringLiteral("orders-db-0"), QStringLiteral("postgres")).parent();
        QCOMPARE(m_model->index(0, 0, pod).data().toString(), QStringLiteral("postgres"));
        QCOMPARE(m_model->index(1, 0, pod).data().toString(), QStringLiteral("init-db (init)"));
        QCOMPARE(m_model->index(0, 0, m_model->index(1, 0)).data(ContainerTreeModel::StateRole).toString(),
            QStringLiteral("ok"));
    }

    void sortColumns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column : {int(ContainerTreeModel::CauseColumn), int(ContainerTreeModel::ImageColumn),
                 int(ContainerTreeModel::NodeColumn)})
            for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
                QTest::addRow("column %d order %d", column, order) << column << order;
    }

    void sortColumns()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        m_model->setFilter(QStringLiteral("ns:training"));
        const QPersistentModelIndex kept = containerIndex(QStringLiteral("redis-0"), QStringLiteral("redis"));
        m_model->sort(column, Qt::SortOrder(order));
        QCOMPARE(m_model->visibleContainers(), 41); // the filter stays
        QVERIFY(kept.isValid());
        QCOMPARE(m_model->container(kept)->pod, QStringLiteral("redis-0"));
        // Walk every container in view order: under each group, pods come in the order
        // of their first container's key; over the whole namespace, the keys of the
        // first container of each workload never go backwards.
        const QModelIndex training = m_model->index(0, 0);
        QString previous;
        for (int r = 0; r < m_model->rowCount(training); ++r) {
            QModelIndex first = m_model->index(r, 0, training);
            while (m_model->rowCount(first) > 0)
                first = m_model->index(0, 0, first);
            const QString key = first.sibling(first.row(), column).data().toString().toLower();
            if (r > 0) {
                if (order == Qt::AscendingOrder)
                    QVERIFY2(previous <= key, qPrintable(previous + QStringLiteral(" > ") + key));
                else
                    QVERIFY2(previous >= key, qPrintable(previous + QStringLiteral(" < ") + key));
            }
            previous = key;
        }
    }

    void languageSwitch()
    {
        const QModelIndex cause = containerIndex(QStringLiteral("catalog-api-9sqq7mjxzx-4jmbn"),
            QStringLiteral("catalog-api"), ContainerTreeModel::CauseColumn);
        QCOMPARE(cause.data().toString(), QStringLiteral("Image or tag not found"));
        QCOMPARE(
            m_causes->index(0).data(CauseCountModel::TitleRole).toString(), QStringLiteral("Image or tag not found"));
        const QPersistentModelIndex kept = cause;
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(kept.isValid());
        const QString zh = RuleBook::builtin().rule(QStringLiteral("image-not-found"))->title.zh;
        QCOMPARE(kept.data().toString(), zh);
        QCOMPARE(m_causes->index(0).data(CauseCountModel::TitleRole).toString(), zh);
        // Typed in Chinese, found by title (both languages are indexed).
        m_model->setFilter(zh);
        QCOMPARE(m_model->visibleContainers(), 6);
        m_model->setFilter(QString());

        const QString failing = ReportWriter::stateName(QStringLiteral("failing"));
        if (failing == QLatin1String("failing"))
            QSKIP("no zh_CN translation loaded; interface strings stay English");
        // (the filter reset the model: look the row up again)
        const QModelIndex state = containerIndex(QStringLiteral("catalog-api-9sqq7mjxzx-4jmbn"),
            QStringLiteral("catalog-api"), ContainerTreeModel::StateColumn);
        QCOMPARE(state.data().toString(), failing);
        // state: matches the translated name too.
        m_model->setFilter(QStringLiteral("state:") + failing);
        QCOMPARE(m_model->visibleContainers(), 39);

        // The pod list's own strings once the lead's lupdate pass has translated them.
        const QString header = m_model->headerData(ContainerTreeModel::NameColumn, Qt::Horizontal).toString();
        if (header == QLatin1String("Name"))
            QSKIP("the pod list's strings are not translated in pullscope_zh_CN.ts yet");
        const QModelIndex napp = containerIndex(QStringLiteral("billing-worker-pts5c9k27x-p5qkg"),
            QStringLiteral("worker"), ContainerTreeModel::StateColumn);
        QVERIFY(napp.data().toString() != QLatin1String("image OK, container failing"));
    }

    void causeSideList()
    {
        QCOMPARE(m_causes->index(0).data(CauseCountModel::CauseIdRole).toString(), QStringLiteral("image-not-found"));
        QCOMPARE(m_causes->index(0).data(CauseCountModel::CountRole).toInt(), 6);
        QCOMPARE(m_causes->index(0).data().toString(), QStringLiteral("Image or tag not found (6)"));
        QCOMPARE(m_causes->index(0).data(Qt::DecorationRole).value<QColor>(), Theme::failing());
        // Every cause row filters the pod list to exactly its count.
        QList<QPair<QString, int>> rows;
        for (int r = 0; r < m_causes->rowCount(); ++r)
            rows.append({m_causes->causeId(r), m_causes->index(r).data(CauseCountModel::CountRole).toInt()});
        QCOMPARE(rows.size(), 29);
        for (const auto &[id, count] : rows) {
            m_model->setFilter(CauseCountModel::filterFor(id));
            QCOMPARE(m_model->visibleContainers(), count);
            QCOMPARE(m_causes->rowCount(), 1);
        }
        const int nappRow = [&] {
            for (int r = 0; r < rows.size(); ++r)
                if (rows[r].first == QLatin1String("not-a-pull-problem"))
                    return r;
            return -1;
        }();
        QVERIFY(nappRow >= 0);
        QCOMPARE(rows[nappRow].second, 2);
    }

    void resetReport()
    {
        m_model->setFilter(QStringLiteral("shop"));
        m_model->setReport(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->visibleContainers(), 0);
        QCOMPARE(m_causes->rowCount(), 0);
        m_model->setReport(m_report);
        QCOMPARE(m_model->visibleContainers(), 7); // the filter survives a new report
    }

    // The window's path: LoadJob prepares the tree on its thread, unfiltered and in the
    // sort the list had when the load began; the model swaps it in, keeps its current
    // sort, takes the empty filter, and hands its previous data back.
    void preparedTree()
    {
        ContainerTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(m_report);
        model.setFilter(QStringLiteral("shop"));
        QCOMPARE(model.visibleContainers(), 7);
        model.sort(ContainerTreeModel::StateColumn, Qt::DescendingOrder);

        ContainerTree tree;
        std::thread worker([&tree, report = m_report]() {
            ContainerFilterIndex index;
            index.build(*report);
            tree.prepare(report, std::move(index), QString(), ContainerTreeModel::NameColumn, Qt::AscendingOrder,
                QStringLiteral("en"));
        });
        worker.join();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTree(tree);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.filter(), QString());
        QCOMPARE(model.visibleContainers(), 48);
        QCOMPARE(model.sortColumn(), int(ContainerTreeModel::StateColumn));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);

        // The same rows, in the same order, as a model given the report directly.
        ContainerTreeModel direct;
        direct.sort(ContainerTreeModel::StateColumn, Qt::DescendingOrder);
        direct.setReport(m_report);
        std::function<void(const QModelIndex &, const QModelIndex &)> same = [&](const QModelIndex &a,
                                                                                 const QModelIndex &b) {
            QCOMPARE(model.rowCount(a), direct.rowCount(b));
            for (int r = 0; r < model.rowCount(a); ++r) {
                const QModelIndex ca = model.index(r, 0, a), cb = direct.index(r, 0, b);
                QCOMPARE(ca.data().toString(), cb.data().toString());
                QCOMPARE(ca.data(ContainerTreeModel::ReportIndexRole), cb.data(ContainerTreeModel::ReportIndexRole));
                QCOMPARE(model.index(r, ContainerTreeModel::CauseColumn, a).data().toString(),
                    direct.index(r, ContainerTreeModel::CauseColumn, b).data().toString());
                same(ca, cb);
            }
        };
        same(QModelIndex(), QModelIndex());

        // `tree` now holds what the model showed before: swapping it back restores it,
        // filter included.
        model.setTree(tree);
        QCOMPARE(model.filter(), QStringLiteral("shop"));
        QCOMPARE(model.visibleContainers(), 7);
    }
};

QTEST_MAIN(TestContainerTreeModel)
#include "tst_containertreemodel.moc"

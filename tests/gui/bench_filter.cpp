// Responsiveness benchmark of the pod list (issue 3, item 9): a synthetic cluster of
// 200k pods, then the time of setReport, of filters the user would type, of sorting,
// and of selecting containers (indexForContainer + every role a view asks for).
// Not a ctest test: the figures depend on the machine. Run a Release build.
//   bench_filter [pods]
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

#include "containerfilterindex.h"
#include "containertreemodel.h"
#include "rulebook.h"

using namespace PullScope;

namespace {

constexpr qint64 FilterTargetMs = 100;

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

class Generator
{
public:
    explicit Generator(int pods)
        : m_targetPods(pods)
    {
    }

    std::shared_ptr<DiagnosisReport> run()
    {
        auto report = std::make_shared<DiagnosisReport>();
        report->version = QStringLiteral("bench");
        const QStringList teams = {QStringLiteral("payments"), QStringLiteral("checkout"), QStringLiteral("search"),
            QStringLiteral("ml-training"), QStringLiteral("ml-serving"), QStringLiteral("data-platform"),
            QStringLiteral("identity"), QStringLiteral("observability"), QStringLiteral("ingress"),
            QStringLiteral("ads"), QStringLiteral("catalog"), QStringLiteral("recommendations"),
            QStringLiteral("billing"), QStringLiteral("notifications"), QStringLiteral("media"),
            QStringLiteral("fraud"), QStringLiteral("logistics"), QStringLiteral("warehouse"),
            QStringLiteral("mobile-api"), QStringLiteral("partner-gw")};
        QStringList namespaces;
        for (const QString &t : teams)
            for (const char *env : {"prod", "staging", "dev"})
                namespaces << t + QLatin1Char('-') + QString::fromLatin1(env);
        namespaces << QStringLiteral("kube-system") << QStringLiteral("monitoring") << QStringLiteral("cert-manager");
        QStringList nodes;
        for (int i = 0; i < 2500; ++i)
            nodes << QStringLiteral("ip-10-%1-%2-%3.eu-west-1.compute.internal")
                         .arg(i / 250)
                         .arg(i % 250)
                         .arg(10 + i % 7);
        const QStringList parts = {QStringLiteral("api"), QStringLiteral("worker"), QStringLiteral("gateway"),
            QStringLiteral("indexer"), QStringLiteral("sync"), QStringLiteral("cache"), QStringLiteral("frontend"),
            QStringLiteral("scheduler"), QStringLiteral("exporter"), QStringLiteral("consumer"), QStringLiteral("db"),
            QStringLiteral("proxy"), QStringLiteral("trainer"), QStringLiteral("inference"), QStringLiteral("ui")};
        const QStringList registries
            = {QStringLiteral("harbor.example.com"), QStringLiteral("123456789012.dkr.ecr.eu-west-1.amazonaws.com"),
                QStringLiteral("ghcr.io/acme"), QStringLiteral("quay.io/acme"), QStringLiteral("docker.io/library"),
                QStringLiteral("registry.corp.example.com")};
        QStringList causes;
        for (const RuleBook::Rule &r : RuleBook::builtin().rules())
            if (r.id != QLatin1String("unknown"))
                causes << r.id;
        const QString napp = QStringLiteral("not-a-pull-problem");

        int pods = 0;
        int workload = 0;
        while (pods < m_targetPods) {
            ++workload;
            const QString &ns = namespaces[pick(namespaces.size())];
            const QString base = parts[pick(parts.size())] + QLatin1Char('-') + parts[pick(parts.size())]
                + QLatin1Char('-') + QString::number(workload % 997);
            const QString image = registries[pick(registries.size())] + QLatin1Char('/') + base + QStringLiteral(":1.")
                + QString::number(pick(40)) + QLatin1Char('.') + QString::number(pick(10));
            // Failures come per workload (every replica of a bad image fails alike).
            const int roll = pick(1000);
            QString state = QStringLiteral("ok");
            QString cause;
            if (roll < 60) {
                state = QStringLiteral("failing");
                cause = causes[pick(causes.size())];
            } else if (roll < 70) {
                state = QStringLiteral("pulling");
            } else if (roll < 80) {
                state = QStringLiteral("recovered");
            } else if (roll < 100) {
                state = QStringLiteral("unknown");
            }
            const bool sidecar = pick(100) < 15;
            const bool init = pick(100) < 5;
            OwnerRef owner;
            QStringList podNames;
            QList<OwnerRef> jobOwners; // per pod, when the owners differ
            const int kind = pick(100);
            if (kind < 72) {
                owner = {QStringLiteral("ReplicaSet"), base + QLatin1Char('-') + hash(10)};
                for (int r = 1 + pick(12); r > 0; --r)
                    podNames << owner.name + QLatin1Char('-') + hash(5);
            } else if (kind < 80) {
                owner = {QStringLiteral("StatefulSet"), base};
                for (int r = 0, n = 1 + pick(5); r < n; ++r)
                    podNames << base + QLatin1Char('-') + QString::number(r);
            } else if (kind < 81) {
                owner = {QStringLiteral("DaemonSet"), base};
                for (int r = pick(800); r > 0; --r)
                    podNames << base + QLatin1Char('-') + hash(5);
            } else if (kind < 88) {
                owner = {QStringLiteral("Job"), base};
                for (int r = 1 + pick(4); r > 0; --r)
                    podNames << base + QLatin1Char('-') + hash(5);
            } else if (kind < 96) {
                // A CronJob's runs: one Job each, "<cronjob>-<minutes since the epoch>".
                const int runs = 1 + pick(3);
                for (int r = 0; r < runs; ++r) {
                    const QString job = base + QLatin1Char('-') + QString::number(29501837 + r * 60);
                    podNames << job + QLatin1Char('-') + hash(5);
                    jobOwners << OwnerRef {QStringLiteral("Job"), job};
                }
            } else {
                podNames << base; // a bare pod
            }
            for (qsizetype p = 0; p < podNames.size(); ++p) {
                const QString &pod = podNames[p];
                if (!jobOwners.isEmpty())
                    owner = jobOwners[p];
                const QString &node = nodes[pick(nodes.size())];
                auto add = [&](const QString &name, ContainerType type, const QString &img, bool failing) {
                    ContainerDiagnosis d;
                    d.namespace_ = ns;
                    d.pod = pod;
                    d.container = name;
                    d.containerType = type;
                    d.owner = owner;
                    d.node = node;
                    d.image = img;
                    d.state = failing ? state : QStringLiteral("ok");
                    if (failing && !cause.isEmpty()) {
                        d.hasCause = true;
                        d.cause.id = cause;
                        if (cause == napp)
                            d.cause.detail = QStringLiteral("CrashLoopBackOff");
                    }
                    report->containers.append(std::move(d));
                };
                if (init)
                    add(QStringLiteral("migrate"), ContainerType::Init, image, false);
                add(base.section(QLatin1Char('-'), 0, 1), ContainerType::Container, image, true);
                if (sidecar)
                    add(QStringLiteral("istio-proxy"), ContainerType::Container,
                        QStringLiteral("docker.io/istio/proxyv2:1.22.3"), false);
                ++pods;
            }
        }
        report->pods = pods;
        return report;
    }

private:
    int pick(qsizetype n) { return int(std::uniform_int_distribution<qsizetype>(0, n - 1)(m_rng)); }
    QString hash(int len)
    {
        static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
        QString s(len, Qt::Uninitialized);
        for (int i = 0; i < len; ++i)
            s[i] = QLatin1Char(alphabet[pick(27)]);
        return s;
    }

    int m_targetPods;
    std::mt19937 m_rng {20260203};
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int podCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    QTextStream out(stdout);
    auto ms = [](const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; };

    QElapsedTimer t;
    t.start();
    std::shared_ptr<const DiagnosisReport> report = Generator(podCount).run();
    out << "synthetic report: " << report->pods << " pods, " << report->containers.size() << " containers, built in "
        << qRound(ms(t)) << " ms\n";

    ContainerTreeModel model;
    const long rssBefore = rssKb();
    t.restart();
    model.setReport(report);
    out << "setReport:                          " << QString::number(ms(t), 'f', 1) << " ms  (model memory ~"
        << (rssKb() - rssBefore) / 1024 << " MB; whole process " << rssKb() / 1024 << " MB)\n";

    {
        ContainerFilterIndex index;
        t.restart();
        index.build(*report);
        out << "  of which the filter index:        " << QString::number(ms(t), 'f', 1) << " ms\n";
    }

    // Words a user types: common and rare, field keys, several terms, both title languages.
    const QString rarePod = report->containers[report->containers.size() / 2].pod;
    const QStringList filters = {
        QStringLiteral("api"),
        QStringLiteral("prod"),
        QStringLiteral("a"),
        rarePod,
        QStringLiteral("cause:image-not-found"),
        QStringLiteral("certificate"),
        QStringLiteral("证书"),
        QStringLiteral("state:failing"),
        QStringLiteral("ns:payments-prod state:failing"),
        QStringLiteral("image:harbor node:ip-10-3 worker"),
        QStringLiteral("nomatch-xyz"),
        QString(),
    };
    qint64 worstFilter = 0;
    for (const QString &f : filters) {
        double best = 1e9, worst = 0;
        int visible = 0;
        for (int run = 0; run < 3; ++run) {
            model.setFilter(QStringLiteral("warm-up-other"));
            t.restart();
            model.setFilter(f);
            const double elapsed = ms(t);
            best = std::min(best, elapsed);
            worst = std::max(worst, elapsed);
            visible = model.visibleContainers();
        }
        worstFilter = std::max(worstFilter, qint64(worst + 0.5));
        const QString label = f.isEmpty() ? QStringLiteral("(clear)") : f;
        out << "setFilter " << label.leftJustified(36) << QString::number(best, 'f', 1).rightJustified(7)
            << " ms (worst " << QString::number(worst, 'f', 1) << ")  visible " << visible << "\n";
    }

    for (int column = 0; column < ContainerTreeModel::ColumnCount; ++column)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            t.restart();
            model.sort(column, order);
            out << "sort column " << column << (order == Qt::AscendingOrder ? " asc " : " desc") << "                  "
                << QString::number(ms(t), 'f', 1).rightJustified(7) << " ms\n";
        }
    model.setFilter(QStringLiteral("state:failing"));
    t.restart();
    model.sort(ContainerTreeModel::StateColumn, Qt::DescendingOrder);
    out << "sort by state, filtered             " << QString::number(ms(t), 'f', 1).rightJustified(7) << " ms\n";
    model.setFilter(QString());

    // Selecting a container: find its row, then everything a tree view paints for it
    // and its ancestors.
    std::mt19937 rng(7);
    const int selections = 2000;
    double worstSelect = 0;
    t.restart();
    qsizetype sink = 0;
    for (int i = 0; i < selections; ++i) {
        QElapsedTimer one;
        one.start();
        const int rc = int(std::uniform_int_distribution<qsizetype>(0, report->containers.size() - 1)(rng));
        for (QModelIndex idx = model.indexForContainer(rc); idx.isValid(); idx = idx.parent())
            for (int column = 0; column < ContainerTreeModel::ColumnCount; ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ToolTipRole),
                         int(Qt::ForegroundRole), int(ContainerTreeModel::StateRole)})
                    sink += model.data(idx.sibling(idx.row(), column), role).toString().size();
        worstSelect = std::max(worstSelect, ms(one));
    }
    out << "select (indexForContainer + data):  " << QString::number(ms(t) * 1000 / selections, 'f', 1)
        << " us each over " << selections << " (worst " << QString::number(worstSelect, 'f', 2) << " ms; " << sink
        << " chars)\n";

    const bool pass = worstFilter < FilterTargetMs;
    out << (pass ? "PASS" : "FAIL") << ": slowest filter " << worstFilter << " ms, target < " << FilterTargetMs
        << " ms\n";
    return pass ? 0 : 1;
}

// The configuration audit (issue 7 item 5; CONTRACT.md `audit --format json`): the planted
// misconfigurations of the bundled cluster and of tests/data/audit, every output format, the
// command line.
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include "audit/auditengine.h"
#include "audit/auditwriter.h"
#include "inputloader.h"

#include "../testsupport.h"

using namespace PullScope;

namespace {

ClusterSnapshot load(const QStringList &paths)
{
    ClusterSnapshot snap;
    for (const QString &p : paths) {
        LoadError e;
        if (!InputLoader::loadPath(p, snap, {}, &e))
            qFatal("%s", qPrintable(e.toString()));
    }
    return snap;
}

QString bundled(const char *suffix)
{
    return QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.") + QLatin1String(suffix);
}

QString manifests()
{
    return QStringLiteral(PULLSCOPE_TEST_DATA "/audit/manifests.yaml");
}

// id, namespace, object (kind/name, or the pod), container, secret: one string per finding.
QStringList keys(const AuditReport &r)
{
    QStringList out;
    for (const AuditFinding &f : r.findings)
        out << QStringList {f.id, f.namespace_,
            f.kind == QLatin1String("Pod") ? f.pod : f.kind + QLatin1Char('/') + f.name,
            f.container.isEmpty() ? QStringLiteral("-") : f.container,
            f.secret.isEmpty() ? QStringLiteral("-") : f.secret}
                   .join(QLatin1Char('\t'));
    out.sort();
    return out;
}

const AuditFinding *find(const AuditReport &r, const QString &id, const QString &name, const QString &container = {})
{
    for (const AuditFinding &f : r.findings)
        if (f.id == id && f.name == name && (container.isEmpty() || f.container == container))
            return &f;
    return nullptr;
}

struct Run
{
    int exit = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI), args);
    if (!p.waitForFinished(60000))
        qFatal("pullscope-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledClusterFindings();
    void bundledClusterPlantsEachFinding();
    void bundledDockerHubEstimate();
    void bundledDescribeFormFindsMissingSecretsFromEvents();
    void manifestFindings();
    void manifestDetails();
    void lastApplied_data();
    void lastApplied();
    void dockerHubLimitsAreData();
    void namespaceFilter();
    void jsonShape();
    void csv_data();
    void csv();
    void csvAndMarkdownCoverEveryFinding();
    void cliFormatsAndExitCodes();
};

// Every finding of the bundled cluster, pinned: tests/data/audit/bundled-expected.tsv lists
// id, namespace, object, container, secret. A new or lost finding shows here.
void TestAudit::bundledClusterFindings()
{
    const AuditReport r = AuditEngine::audit(load({bundled("json")}));
    QStringList expected;
    for (const QByteArray &line :
        TestSupport::readFixture(QStringLiteral(PULLSCOPE_TEST_DATA "/audit/bundled-expected.tsv")).split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            expected << QString::fromUtf8(line);
    expected.sort();
    const QStringList got = keys(r);
    for (const QString &e : std::as_const(expected))
        QVERIFY2(got.contains(e), qPrintable(QStringLiteral("missing finding: ") + e));
    for (const QString &g : got)
        QVERIFY2(expected.contains(g), qPrintable(QStringLiteral("unexpected finding: ") + g));
    // The YAML form is the same cluster.
    QCOMPARE(keys(AuditEngine::audit(load({bundled("yaml")}))), got);
}

void TestAudit::bundledClusterPlantsEachFinding()
{
    const AuditReport r = AuditEngine::audit(load({bundled("json")}));
    for (const QString &id : AuditEngine::findingIds())
        QVERIFY2(r.count(id) > 0, qPrintable(id));
    // The cluster is read back from the API server (policies defaulted): only the
    // Deployments' last-applied-configuration tells. inventory-api's wrote IfNotPresent.
    for (const QString &deployment : {QStringLiteral("web-frontend"), QStringLiteral("model-registry-ui")}) {
        const AuditFinding *implicit = find(r, QLatin1String(FindingId::ImplicitPolicy), deployment);
        QVERIFY2(implicit, qPrintable(deployment));
        QCOMPARE(implicit->kind, QStringLiteral("Deployment"));
    }
    QCOMPARE(r.count(QLatin1String(FindingId::ImplicitPolicy)), 2);
    QVERIFY(!find(r, QLatin1String(FindingId::ImplicitPolicy), QStringLiteral("inventory-api")));
    // The named plantings of resources/samples/README.md.
    const AuditFinding *never
        = find(r, QLatin1String(FindingId::NeverPolicy), QStringLiteral("offline-app"), QStringLiteral("app"));
    QVERIFY(never);
    QCOMPARE(never->severity, QStringLiteral("high")); // node-01's image list lacks myapp:v1.0
    QVERIFY(never->detail.contains(QLatin1String("node-01")));
    const AuditFinding *regcred
        = find(r, QLatin1String(FindingId::MissingPullSecret), QStringLiteral("evaluator-mh4mzgm7xz-bz27r"));
    QVERIFY(regcred);
    QCOMPARE(regcred->secret, QStringLiteral("regcred"));
    QCOMPARE(regcred->wizard, QStringLiteral("secret"));
    QVERIFY(find(r, QLatin1String(FindingId::MissingPullSecret), QStringLiteral("docs-site-8ntgkwm8xx-g7b4p")));
    QVERIFY(find(
        r, QLatin1String(FindingId::LatestTag), QStringLiteral("myapp-5krvfppbrr-r9rlw"), QStringLiteral("myapp")));
    // A Deployment's pods are audited through its template: the finding names the Deployment.
    QVERIFY(find(r, QLatin1String(FindingId::LatestTag), QStringLiteral("model-registry-ui")));
    QVERIFY(!find(r, QLatin1String(FindingId::LatestTag), QStringLiteral("model-registry-ui-ngb8t8nm76-pkpfr")));
    const AuditFinding *debug
        = find(r, QLatin1String(FindingId::LatestTag), QStringLiteral("checkout-api-xkkpg454sk-gbwnw"));
    QVERIFY(debug);
    QCOMPARE(debug->containerType, ContainerType::Ephemeral);
    // 10.20.5.40:5000 with no imagePullSecrets anywhere.
    const AuditFinding *plain
        = find(r, QLatin1String(FindingId::PrivateRegistryNoSecret), QStringLiteral("annotator-6w8hhkl747-t79fg"));
    QVERIFY(plain);
    QCOMPARE(plain->registry, QStringLiteral("10.20.5.40:5000"));
    // Pods with secrets for their registry are not flagged; ml-workloads' secret counts.
    QVERIFY(!find(r, QLatin1String(FindingId::PrivateRegistryNoSecret), QStringLiteral("embedder-khchgpj4sz-5678m")));
    QVERIFY(
        !find(r, QLatin1String(FindingId::PrivateRegistryNoSecret), QStringLiteral("catalog-api-9sqq7mjxzx-4jmbn")));
    // The three catalog-api replicas share their findings: none here, but the invalid name is a warning.
    QVERIFY(std::any_of(r.warnings.cbegin(), r.warnings.cend(),
        [](const QString &w) { return w.contains(QLatin1String("MyApp:v1")); }));
    QCOMPARE(r.pods, 43); // 46 listed, 3 of them audited through their Deployment
    QCOMPARE(r.workloads, 3);
}

void TestAudit::bundledDockerHubEstimate()
{
    const AuditReport r = AuditEngine::audit(load({bundled("json")}));
    QCOMPARE(r.dockerHub.nodes, 7);
    QVERIFY(!r.dockerHub.nodesAssumed);
    // Distinct Docker Hub images that can be pulled (myapp:v1.0 is Never).
    QSet<QString> hub;
    for (const AuditFinding &f : r.findings)
        if (f.id == QLatin1String(FindingId::DockerHubImage))
            hub.insert(ImageReference::parse(f.image).normalized());
    QCOMPARE(r.dockerHub.images, int(hub.size()));
    QVERIFY(!hub.contains(QStringLiteral("docker.io/library/myapp:v1.0")));
    QCOMPARE(r.dockerHub.estimatedPulls, qint64(r.dockerHub.images) * 7);
    QCOMPARE(r.dockerHub.limits.anonymous, 100);
    QCOMPARE(r.dockerHub.limits.windowHours, 6);
    QCOMPARE(r.dockerHub.exceedsAnonymous(), r.dockerHub.estimatedPulls > 100);
    // shop-registry holds Docker Hub credentials: orders-db's postgres and the netshoot debugger.
    QVERIFY(r.dockerHub.withCredentials >= 2);
    // The registry distribution counts distinct images: harbor.example.com serves the most.
    QVERIFY(!r.registries.isEmpty());
    int harbor = 0, total = 0;
    for (const RegistryCount &c : r.registries) {
        total += c.images;
        if (c.registry == QLatin1String("harbor.example.com"))
            harbor = c.images;
    }
    QCOMPARE(r.registries.constFirst().registry, QStringLiteral("docker.io"));
    QCOMPARE(r.registries.constFirst().images, hub.size() + 1); // + myapp:v1.0 (Never, not pulled)
    QVERIFY(harbor >= 10);
    QVERIFY(total > harbor);
}

// Describe text shows neither imagePullSecrets nor the policy, but the kubelet's events
// name the missing secrets; spec-based findings stay silent rather than guess.
void TestAudit::bundledDescribeFormFindsMissingSecretsFromEvents()
{
    const AuditReport r = AuditEngine::audit(load({bundled("describe.txt")}));
    QVERIFY(find(r, QLatin1String(FindingId::MissingPullSecret), QStringLiteral("evaluator-mh4mzgm7xz-bz27r")));
    QVERIFY(find(r, QLatin1String(FindingId::MissingPullSecret), QStringLiteral("docs-site-8ntgkwm8xx-g7b4p")));
    QCOMPARE(r.count(QLatin1String(FindingId::PrivateRegistryNoSecret)), 0);
    QCOMPARE(r.count(QLatin1String(FindingId::ImplicitPolicy)), 0);
    QVERIFY(r.count(QLatin1String(FindingId::LatestTag)) >= 2);
}

void TestAudit::manifestFindings()
{
    const AuditReport r = AuditEngine::audit(load({manifests()}));
    const QStringList expected = {
        QStringLiteral("docker-hub-image\tshop\tDeployment/web\tnginx\t-"),
        QStringLiteral("implicit-policy\tlab\tDaemonSet/agent\tagent\t-"),
        QStringLiteral("implicit-policy\tshop\tDeployment/web\tnginx\t-"),
        QStringLiteral("latest-tag\tshop\tDeployment/web\tnginx\t-"),
        QStringLiteral("latest-tag\tshop\tStatefulSet/db\tmigrate\t-"),
        QStringLiteral("missing-pull-secret\tshop\tCronJob/report\t-\tregcred"),
        QStringLiteral("never-policy\tlab\toffline\tapp\t-"),
        QStringLiteral("private-registry-no-secret\tshop\tStatefulSet/db\tdb\t-"),
        QStringLiteral("private-registry-no-secret\tshop\tStatefulSet/db\tmigrate\t-"),
    };
    QCOMPARE(keys(r), expected);
    // The ReplicaSet and the pod of Deployment web are audited through the Deployment.
    QCOMPARE(r.workloads, 5);
    QCOMPARE(r.pods, 1);
    QCOMPARE(r.dockerHub.images, 1);
    QCOMPARE(r.dockerHub.nodes, 1); // node-a, from the pod
    QCOMPARE(r.dockerHub.estimatedPulls, qint64(1));
    QList<std::pair<QString, int>> dist;
    for (const RegistryCount &c : r.registries)
        dist.append({c.registry, c.images});
    const QList<std::pair<QString, int>> wanted
        = {{QStringLiteral("harbor.example.com"), 3}, {QStringLiteral("quay.io"), 2},
            {QStringLiteral("registry.corp.example.com"), 2}, {QStringLiteral("docker.io"), 1}};
    QCOMPARE(dist, wanted);
}

void TestAudit::manifestDetails()
{
    const AuditReport r = AuditEngine::audit(load({manifests()}));
    const AuditFinding *raw = find(r, QLatin1String(FindingId::ImplicitPolicy), QStringLiteral("web"));
    QVERIFY(raw);
    QVERIFY(raw->detail.contains(QLatin1String("Always"))); // nginx without a tag defaults to Always
    QCOMPARE(raw->kind, QStringLiteral("Deployment"));
    QVERIFY(raw->pod.isEmpty());
    QVERIFY(raw->origin.file.endsWith(QLatin1String("manifests.yaml")));
    QVERIFY(raw->origin.line > 0);
    const AuditFinding *applied = find(r, QLatin1String(FindingId::ImplicitPolicy), QStringLiteral("agent"));
    QVERIFY(applied);
    QVERIFY(applied->detail.contains(QLatin1String("last applied")));
    QVERIFY(!find(r, QLatin1String(FindingId::ImplicitPolicy), QStringLiteral("agent"), QStringLiteral("sidecar")));
    const AuditFinding *never = find(r, QLatin1String(FindingId::NeverPolicy), QStringLiteral("offline"));
    QVERIFY(never);
    QCOMPARE(never->severity, QStringLiteral("medium")); // no node image list to tell
    const AuditFinding *noSecret
        = find(r, QLatin1String(FindingId::PrivateRegistryNoSecret), QStringLiteral("db"), QStringLiteral("db"));
    QVERIFY(noSecret);
    QVERIFY(noSecret->detail.contains(QLatin1String("not in the input"))); // the default service account
    QCOMPARE(noSecret->wizard, QStringLiteral("secret"));
    const AuditFinding *hub = find(r, QLatin1String(FindingId::DockerHubImage), QStringLiteral("web"));
    QVERIFY(hub);
    QCOMPARE(hub->wizard, QStringLiteral("mirror"));
    QCOMPARE(hub->severity, QStringLiteral("low"));
}

void TestAudit::lastApplied_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("container");
    QTest::addColumn<int>("written");
    const int yes = int(AuditEngine::Written::Yes), no = int(AuditEngine::Written::No),
              unknown = int(AuditEngine::Written::Unknown);
    QTest::newRow("pod with policy") << QStringLiteral(
        R"({"kind":"Pod","spec":{"containers":[{"name":"a","image":"x","imagePullPolicy":"Always"}]}})")
                                     << QStringLiteral("a") << yes;
    QTest::newRow("pod without") << QStringLiteral(R"({"kind":"Pod","spec":{"containers":[{"name":"a","image":"x"}]}})")
                                 << QStringLiteral("a") << no;
    QTest::newRow("init container") << QStringLiteral(
        R"({"kind":"Pod","spec":{"initContainers":[{"name":"i","image":"x"}],"containers":[{"name":"a","image":"x","imagePullPolicy":"Never"}]}})")
                                    << QStringLiteral("i") << no;
    QTest::newRow("deployment template") << QStringLiteral(
        R"({"kind":"Deployment","spec":{"template":{"spec":{"containers":[{"name":"a","imagePullPolicy":"IfNotPresent"}]}}}})")
                                         << QStringLiteral("a") << yes;
    QTest::newRow("cronjob job template") << QStringLiteral(
        R"({"kind":"CronJob","spec":{"jobTemplate":{"spec":{"template":{"spec":{"containers":[{"name":"a"}]}}}}}})")
                                          << QStringLiteral("a") << no;
    QTest::newRow("container not listed")
        << QStringLiteral(R"({"spec":{"containers":[{"name":"b"}]}})") << QStringLiteral("a") << unknown;
    QTest::newRow("not json") << QStringLiteral("{not json") << QStringLiteral("a") << unknown;
    QTest::newRow("empty policy string") << QStringLiteral(
        R"({"spec":{"containers":[{"name":"a","imagePullPolicy":""}]}})")
                                         << QStringLiteral("a") << no;
}

void TestAudit::lastApplied()
{
    QFETCH(QString, json);
    QFETCH(QString, container);
    QFETCH(int, written);
    QCOMPARE(int(AuditEngine::policyWrittenIn(json, container)), written);
}

void TestAudit::dockerHubLimitsAreData()
{
    AuditOptions o;
    o.nodes = 150; // one image on 150 nodes: 150 anonymous pulls > 100
    const AuditReport r = AuditEngine::audit(load({manifests()}), o);
    QCOMPARE(r.dockerHub.nodes, 150);
    QCOMPARE(r.dockerHub.estimatedPulls, qint64(150));
    QVERIFY(r.dockerHub.exceedsAnonymous());
    QCOMPARE(
        find(r, QLatin1String(FindingId::DockerHubImage), QStringLiteral("web"))->severity, QStringLiteral("medium"));

    o.limits.anonymous = 500;
    o.limits.authenticated = 1000;
    o.limits.windowHours = 24;
    const AuditReport later = AuditEngine::audit(load({manifests()}), o);
    QVERIFY(!later.dockerHub.exceedsAnonymous());
    const AuditFinding *f = find(later, QLatin1String(FindingId::DockerHubImage), QStringLiteral("web"));
    QCOMPARE(f->severity, QStringLiteral("low"));
    QVERIFY(f->detail.contains(QLatin1String("500")));
    QVERIFY(f->detail.contains(QLatin1String("24")));
}

void TestAudit::namespaceFilter()
{
    AuditOptions o;
    o.namespaceName = QStringLiteral("lab");
    const AuditReport r = AuditEngine::audit(load({manifests()}), o);
    QCOMPARE(keys(r),
        QStringList({QStringLiteral("implicit-policy\tlab\tDaemonSet/agent\tagent\t-"),
            QStringLiteral("never-policy\tlab\toffline\tapp\t-")}));
}

void TestAudit::jsonShape()
{
    const AuditReport r = AuditEngine::audit(load({bundled("json")}));
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    AuditWriter::writeJson(r, &buf);
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(buf.data(), &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    const QJsonArray findings = root.value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), r.findings.size());
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        // CONTRACT.md's fields, each present.
        for (const char *k : {"id", "severity", "namespace", "pod", "container", "image", "detail", "wizard"})
            QVERIFY2(f.contains(QLatin1String(k)), k);
        QVERIFY(AuditEngine::findingIds().contains(f.value(QLatin1String("id")).toString()));
        QVERIFY(QStringList({QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")})
                    .contains(f.value(QLatin1String("severity")).toString()));
    }
    const QJsonObject hub = root.value(QLatin1String("dockerHub")).toObject();
    QCOMPARE(hub.value(QLatin1String("nodes")).toInt(), 7);
    QCOMPARE(hub.value(QLatin1String("windowHours")).toInt(), 6);
    QCOMPARE(hub.value(QLatin1String("estimatedPulls")).toInt(), int(r.dockerHub.estimatedPulls));
    QCOMPARE(hub.value(QLatin1String("limits")).toObject().value(QLatin1String("anonymous")).toInt(), 100);
    QCOMPARE(hub.value(QLatin1String("limits")).toObject().value(QLatin1String("authenticated")).toInt(), 200);
    const QJsonObject regs = root.value(QLatin1String("registries")).toObject();
    QCOMPARE(regs.size(), r.registries.size());
    for (const RegistryCount &c : r.registries)
        QCOMPARE(regs.value(c.registry).toInt(), c.images);
    const QJsonObject byFinding
        = root.value(QLatin1String("summary")).toObject().value(QLatin1String("byFinding")).toObject();
    QCOMPARE(byFinding.value(QLatin1String("never-policy")).toInt(), 1);
}

void TestAudit::csv_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("nginx:latest") << QStringLiteral("nginx:latest");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("at sign") << QStringLiteral("@cmd") << QStringLiteral("\"'@cmd\"");
    QTest::newRow("empty") << QString() << QString();
}

void TestAudit::csv()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(AuditWriter::csvField(value), field);
}

void TestAudit::csvAndMarkdownCoverEveryFinding()
{
    const AuditReport r = AuditEngine::audit(load({manifests()}));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    AuditWriter::writeCsv(r, &csv);
    const QList<QByteArray> lines = csv.data().split('\n');
    QVERIFY(lines.first().startsWith("id,severity,namespace,kind,name,"));
    QVERIFY(csv.data().contains("\r\n"));
    // Header + one line per finding (details hold no line ends) + the empty tail.
    QCOMPARE(lines.size(), r.findings.size() + 2);
    QVERIFY(csv.data().contains("missing-pull-secret,high,shop,CronJob,report,,,,,regcred,secret,"));

    QBuffer md;
    md.open(QIODevice::WriteOnly);
    AuditWriter::writeMarkdown(r, &md);
    const QString text = QString::fromUtf8(md.data());
    for (const AuditFinding &f : r.findings)
        QVERIFY(text.contains(QLatin1Char('`') + f.id + QLatin1Char('`')));
    QVERIFY(text.contains(QLatin1String("| registry.corp.example.com | 2 |")));
}

void TestAudit::cliFormatsAndExitCodes()
{
    Run json = cli({QStringLiteral("audit"), manifests(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exit, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QLatin1String("findings")).toArray().size(), 9);

    QCOMPARE(cli({QStringLiteral("audit"), manifests(), QStringLiteral("--fail-on-findings")}).exit, 1);
    // No findings: exit 0 even with --fail-on-findings (namespace without objects).
    Run none = cli({QStringLiteral("audit"), manifests(), QStringLiteral("-n"), QStringLiteral("nothing-here"),
        QStringLiteral("--fail-on-findings")});
    QCOMPARE(none.exit, 0);
    QVERIFY(none.out.contains("0 findings"));

    for (const char *fmt : {"table", "markdown", "csv"}) {
        const Run r = cli({QStringLiteral("audit"), bundled("json"), QStringLiteral("--format"), QLatin1String(fmt)});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains("offline-app"), fmt);
    }
    const Run zh = cli({QStringLiteral("audit"), bundled("json"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(zh.exit, 0);
    QVERIFY(zh.out.contains("never-policy"));

    const Run limits = cli({QStringLiteral("audit"), manifests(), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--nodes"), QStringLiteral("300"), QStringLiteral("--dockerhub-anonymous-limit"),
        QStringLiteral("250")});
    QCOMPARE(limits.exit, 0);
    const QJsonObject hub = QJsonDocument::fromJson(limits.out).object().value(QLatin1String("dockerHub")).toObject();
    QCOMPARE(hub.value(QLatin1String("nodes")).toInt(), 300);
    QCOMPARE(hub.value(QLatin1String("estimatedPulls")).toInt(), 300);
    QCOMPARE(hub.value(QLatin1String("limits")).toObject().value(QLatin1String("anonymous")).toInt(), 250);
    QCOMPARE(hub.value(QLatin1String("exceedsAnonymous")).toBool(), true);

    QCOMPARE(cli({QStringLiteral("audit"), manifests(), QStringLiteral("--format"), QStringLiteral("xml")}).exit, 2);
    QCOMPARE(cli({QStringLiteral("audit"), manifests(), QStringLiteral("--nodes"), QStringLiteral("0")}).exit, 2);
    QCOMPARE(cli({QStringLiteral("audit")}).exit, 2);
    const Run missing = cli({QStringLiteral("audit"), QStringLiteral("/nonexistent/dump.json")});
    QCOMPARE(missing.exit, 2);
    QVERIFY(missing.err.contains("/nonexistent/dump.json"));
    // An unreachable cluster is exit 3, as for diagnose.
    QTemporaryDir dir;
    QFile kc(dir.filePath(QStringLiteral("kubeconfig")));
    QVERIFY(kc.open(QIODevice::WriteOnly));
    kc.write("apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n- name: k\n  cluster:\n    server: "
             "https://127.0.0.1:1\ncontexts:\n- name: c\n  context:\n    cluster: k\n    user: u\nusers:\n- name: u\n  "
             "user:\n    token: abc\n");
    kc.close();
    const Run down = cli({QStringLiteral("audit"), QStringLiteral("--kubeconfig"), kc.fileName()});
    QCOMPARE(down.exit, 3);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

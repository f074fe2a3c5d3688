// Alert rules (issue 7 item 7): the PrometheusRule of `generate alerts`, checked with the real
// promtool (`check rules`, and `test rules` against series written here that make each alert
// fire and not fire). Without promtool (Debian's prometheus package) those cases skip.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "audit/alertrulegenerator.h"

using namespace PullScope;

namespace {

QByteArray quoted(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

const AlertRule *rule(const QList<AlertRule> &rules, const QString &name)
{
    for (const AlertRule &r : rules)
        if (r.alert == name)
            return &r;
    return nullptr;
}

// Prometheus template text as promtool renders it, for the few placeholders the rules use.
QString render(QString text, const QList<std::pair<QString, QString>> &labels, const QString &value)
{
    for (const auto &[k, v] : labels)
        text.replace(QStringLiteral("{{ $labels.") + k + QStringLiteral(" }}"), v);
    text.replace(QStringLiteral("{{ $value | printf \"%.0f\" }}"), value);
    text.replace(QStringLiteral("{{ $value }}"), value);
    return text;
}

struct Expected
{
    QString alert;
    QList<std::pair<QString, QString>> labels; // without alertname
    QString value; // as the annotations print it
};

QByteArray alertTest(
    const QList<AlertRule> &rules, const QString &evalTime, const QString &alert, const QList<Expected> &expected)
{
    QByteArray y = "      - eval_time: " + evalTime.toUtf8() + "\n        alertname: " + alert.toUtf8() + "\n";
    if (expected.isEmpty())
        return y + "        exp_alerts: []\n";
    y += "        exp_alerts:\n";
    const AlertRule *r = rule(rules, alert);
    for (const Expected &e : expected) {
        y += "          - exp_labels:\n";
        y += "              severity: " + r->severity.toUtf8() + "\n";
        for (const auto &[k, v] : e.labels)
            y += "              " + k.toUtf8() + ": " + quoted(v) + "\n";
        y += "            exp_annotations:\n";
        y += "              summary: " + quoted(render(r->summary, e.labels, e.value)) + "\n";
        y += "              description: " + quoted(render(r->description, e.labels, e.value)) + "\n";
    }
    return y;
}

QString promtool()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

struct Run
{
    int exit = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args, const QString &dir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitCode(), p.readAll()};
}

QList<std::pair<QString, QString>> pod(const QString &ns, const QString &name, const QString &container)
{
    return {{QStringLiteral("namespace"), ns}, {QStringLiteral("pod"), name}, {QStringLiteral("container"), container}};
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rulesUseMetricsThatExist();
    void watchNamespacesAreEscaped();
    void prometheusRuleHoldsTheRuleFile();
    void validate_data();
    void validate();
    void promtoolCheckRules_data();
    void promtoolCheckRules();
    void promtoolTestRules();
    void cli();
};

void TestAlerts::rulesUseMetricsThatExist()
{
    AlertRuleOptions o;
    const QList<AlertRule> rules = AlertRuleGenerator::rules(o);
    QStringList names;
    for (const AlertRule &r : rules) {
        names << r.alert;
        // The waiting reason is a gauge: increase() on it is meaningless.
        QVERIFY2(!r.expr.contains(QLatin1String("increase(")), qPrintable(r.expr));
        QVERIFY(!r.expr.contains(QLatin1String("container_image_pull_duration_seconds")));
    }
    QCOMPARE(names,
        QStringList({QStringLiteral("ImagePullFailing"), QStringLiteral("HighImagePullBackOff"),
            QStringLiteral("ImagePullSlow")}));
    QVERIFY(rule(rules, QStringLiteral("ImagePullSlow"))
                ->expr.contains(QLatin1String("kubelet_image_pull_duration_seconds_sum[30m]")));
    QVERIFY(rule(rules, QStringLiteral("ImagePullFailing"))
                ->expr.contains(QLatin1String("kube_pod_container_status_waiting_reason")));
    QCOMPARE(rule(rules, QStringLiteral("ImagePullFailing"))->forMinutes, 5);
    QVERIFY(rule(rules, QStringLiteral("HighImagePullBackOff"))->expr.endsWith(QLatin1String("> 5")));

    o.slowPull = false;
    o.dockerHubRemaining = 20;
    o.failingMinutes = 15;
    const QList<AlertRule> other = AlertRuleGenerator::rules(o);
    QVERIFY(!rule(other, QStringLiteral("ImagePullSlow")));
    QCOMPARE(rule(other, QStringLiteral("DockerHubRateLimitLow"))->expr,
        QStringLiteral("dockerhub_ratelimit_remaining < 20"));
    QCOMPARE(rule(other, QStringLiteral("ImagePullFailing"))->forMinutes, 15);
    QVERIFY(rule(other, QStringLiteral("ImagePullFailing"))->description.contains(QLatin1String("15 minutes")));
}

void TestAlerts::watchNamespacesAreEscaped()
{
    AlertRuleOptions o;
    o.watchNamespaces = QStringLiteral("prod-.*|team\\d+");
    const QString expr = rule(AlertRuleGenerator::rules(o), QStringLiteral("ImagePullFailing"))->expr;
    QVERIFY2(expr.contains(QLatin1String(",namespace=~\"prod-.*|team\\\\d+\"")), qPrintable(expr));
}

void TestAlerts::prometheusRuleHoldsTheRuleFile()
{
    AlertRuleOptions o;
    o.namespaceName = QStringLiteral("observability");
    o.labels = {{QStringLiteral("release"), QStringLiteral("kube-prometheus-stack")}};
    const GeneratedSet set = AlertRuleGenerator::generate(o);
    QCOMPARE(set.files.size(), 2);
    QCOMPARE(set.files[0].path, QStringLiteral("kubernetes/observability/pullscope-image-pull.yaml"));
    QCOMPARE(set.files[1].path, QStringLiteral("etc/prometheus/rules/pullscope-image-pull.yml"));
    const QByteArray cr = set.files[0].content;
    QVERIFY(cr.startsWith("apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\n"));
    QVERIFY(cr.contains("  namespace: observability\n"));
    QVERIFY(cr.contains("    release: \"kube-prometheus-stack\"\n"));
    // spec: is the rule file's groups, indented by two.
    const QByteArray spec = cr.mid(cr.indexOf("spec:\n") + 6);
    QByteArray dedented;
    for (const QByteArray &line : spec.split('\n'))
        if (!line.isEmpty()) {
            QVERIFY(line.startsWith("  "));
            dedented += line.mid(2) + '\n';
        }
    const QByteArray file = set.files[1].content;
    QCOMPARE(dedented, file.mid(file.indexOf('\n') + 1));
    QCOMPARE(set.applyCommands.first(),
        QStringLiteral("kubectl apply -f kubernetes/observability/pullscope-image-pull.yaml"));
    QVERIFY(set.verifyCommands.contains(
        QStringLiteral("promtool check rules etc/prometheus/rules/pullscope-image-pull.yml")));
}

void TestAlerts::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("defaults") << QString() << QString() << true;
    QTest::newRow("name upper case") << "name"
                                     << "Pull-Alerts" << false;
    QTest::newRow("namespace with dot") << "namespace"
                                        << "mon.itoring" << false;
    QTest::newRow("namespace newline") << "namespace"
                                       << "mon\nx" << false;
    QTest::newRow("watch regex") << "watch"
                                 << "shop|training" << true;
    QTest::newRow("watch bad regex") << "watch"
                                     << "shop(" << false;
    QTest::newRow("watch control") << "watch"
                                   << "a\x01" << false;
    QTest::newRow("label") << "label"
                           << "release=kps" << true;
    QTest::newRow("label prefixed") << "label"
                                    << "app.kubernetes.io/part-of=monitoring" << true;
    QTest::newRow("label bad key") << "label"
                                   << "bad key=x" << false;
    QTest::newRow("label bad value") << "label"
                                     << "release=a b" << false;
    QTest::newRow("label quote value") << "label"
                                       << "release=a\"b" << false;
    QTest::newRow("zero minutes") << "failing"
                                  << "0" << false;
}

void TestAlerts::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    AlertRuleOptions o;
    if (field == QLatin1String("name"))
        o.name = value;
    else if (field == QLatin1String("namespace"))
        o.namespaceName = value;
    else if (field == QLatin1String("watch"))
        o.watchNamespaces = value;
    else if (field == QLatin1String("label"))
        o.labels = {{value.section(QLatin1Char('='), 0, 0), value.section(QLatin1Char('='), 1)}};
    else if (field == QLatin1String("failing"))
        o.failingMinutes = value.toInt();
    const QString problem = AlertRuleGenerator::validate(o);
    QCOMPARE(problem.isEmpty(), ok);
    if (!ok && field == QLatin1String("label"))
        QVERIFY(problem.contains(QLatin1String("--label")));
}

void TestAlerts::promtoolCheckRules_data()
{
    QTest::addColumn<bool>("slow");
    QTest::addColumn<int>("hub");
    QTest::addColumn<QString>("watch");
    QTest::newRow("defaults") << true << -1 << QString();
    QTest::newRow("every rule, filtered") << true << 20 << QStringLiteral("shop|training-.*");
    QTest::newRow("before 1.30") << false << -1 << QStringLiteral("a\"b\\\\c");
}

void TestAlerts::promtoolCheckRules()
{
    if (promtool().isEmpty())
        QSKIP("promtool not found (install Debian's prometheus package: scripts/install-deps.sh)");
    QFETCH(bool, slow);
    QFETCH(int, hub);
    QFETCH(QString, watch);
    AlertRuleOptions o;
    o.slowPull = slow;
    o.dockerHubRemaining = hub;
    o.watchNamespaces = watch;
    QTemporaryDir dir;
    QString error;
    QVERIFY2(GeneratedFileWriter::writeToDir(AlertRuleGenerator::generate(o), dir.path(), &error), qPrintable(error));
    const Run r = run(promtool(),
        {QStringLiteral("check"), QStringLiteral("rules"),
            dir.filePath(QStringLiteral("etc/prometheus/rules/pullscope-image-pull.yml"))});
    QVERIFY2(r.exit == 0, r.out.constData());
    const int expectedRules = 2 + (slow ? 1 : 0) + (hub >= 0 ? 1 : 0);
    QVERIFY2(r.out.contains(QByteArray("SUCCESS: " + QByteArray::number(expectedRules) + " rules found")),
        r.out.constData());
}

// Each alert fires on the series meant to fire it, after its `for`, and on nothing else.
void TestAlerts::promtoolTestRules()
{
    if (promtool().isEmpty())
        QSKIP("promtool not found (install Debian's prometheus package: scripts/install-deps.sh)");
    AlertRuleOptions o;
    o.watchNamespaces = QStringLiteral("shop|training");
    o.backoffContainers = 2;
    o.backoffMinutes = 5;
    o.dockerHubRemaining = 20;
    const QList<AlertRule> rules = AlertRuleGenerator::rules(o);
    QTemporaryDir dir;
    QFile ruleFile(dir.filePath(QStringLiteral("rules.yml")));
    QVERIFY(ruleFile.open(QIODevice::WriteOnly));
    ruleFile.write(AlertRuleGenerator::ruleFile(o));
    ruleFile.close();

    const QByteArray w = "kube_pod_container_status_waiting_reason";
    QByteArray t = "rule_files:\n  - rules.yml\nevaluation_interval: 1m\ntests:\n";
    // 1. ImagePullFailing. web-1 flips between ErrImagePull and ImagePullBackOff every
    // minute (kube-state-metrics drops the old reason: stale); it still fires after 5 minutes.
    t += "  - interval: 1m\n    input_series:\n";
    t += "      - series: '" + w
        + "{namespace=\"shop\",pod=\"web-1\",container=\"web\",reason=\"ErrImagePull\"}'\n"
          "        values: '1 stale 1 stale 1 stale 1 stale 1 stale 1 stale 1 stale'\n";
    t += "      - series: '" + w
        + "{namespace=\"shop\",pod=\"web-1\",container=\"web\",reason=\"ImagePullBackOff\"}'\n"
          "        values: 'stale 1 stale 1 stale 1 stale 1 stale 1 stale 1 stale 1'\n";
    // Waiting for another reason, a failure that cleared after 3 minutes, and a namespace
    // outside --watch-namespaces.
    t += "      - series: '" + w
        + "{namespace=\"shop\",pod=\"ok-1\",container=\"app\",reason=\"ContainerCreating\"}'\n"
          "        values: '1x14'\n";
    t += "      - series: '" + w
        + "{namespace=\"shop\",pod=\"brief-1\",container=\"app\",reason=\"ErrImagePull\"}'\n"
          "        values: '1 1 1 stale'\n";
    t += "      - series: '" + w
        + "{namespace=\"kube-system\",pod=\"dns-1\",container=\"dns\",reason=\"ErrImagePull\"}'\n"
          "        values: '1x14'\n";
    t += "    alert_rule_test:\n";
    t += alertTest(rules, QStringLiteral("3m"), QStringLiteral("ImagePullFailing"), {});
    t += alertTest(rules, QStringLiteral("10m"), QStringLiteral("ImagePullFailing"),
        {{QStringLiteral("ImagePullFailing"),
            pod(QStringLiteral("shop"), QStringLiteral("web-1"), QStringLiteral("web")), {}}});
    t += alertTest(rules, QStringLiteral("10m"), QStringLiteral("HighImagePullBackOff"), {});
    // 2. HighImagePullBackOff: three failing containers (> 2) for 5 minutes; then two only.
    t += "  - interval: 1m\n    input_series:\n";
    for (const char *p : {"t1", "t2", "t3"})
        t += "      - series: '" + w + "{namespace=\"training\",pod=\"" + p
            + "\",container=\"c\",reason=\"ImagePullBackOff\"}'\n        values: '1x20'\n";
    t += "      - series: '" + w
        + "{namespace=\"training\",pod=\"t4\",container=\"c\",reason=\"ImagePullBackOff\"}'\n"
          "        values: '1x8 stale'\n";
    t += "    alert_rule_test:\n";
    t += alertTest(rules, QStringLiteral("4m"), QStringLiteral("HighImagePullBackOff"), {});
    t += alertTest(rules, QStringLiteral("8m"), QStringLiteral("HighImagePullBackOff"),
        {{QStringLiteral("HighImagePullBackOff"), {}, QStringLiteral("4")}});
    t += alertTest(rules, QStringLiteral("15m"), QStringLiteral("HighImagePullBackOff"),
        {{QStringLiteral("HighImagePullBackOff"), {}, QStringLiteral("3")}});
    // Two containers only: not above the threshold.
    t += "  - interval: 1m\n    input_series:\n";
    for (const char *p : {"u1", "u2"})
        t += "      - series: '" + w + "{namespace=\"training\",pod=\"" + p
            + "\",container=\"c\",reason=\"ErrImagePull\"}'\n        values: '1x20'\n";
    t += "    alert_rule_test:\n";
    t += alertTest(rules, QStringLiteral("15m"), QStringLiteral("HighImagePullBackOff"), {});
    // 3. ImagePullSlow: node-a pulls take 300 s, node-b 10 s, node-c pulls nothing (0/0).
    t += "  - interval: 1m\n    input_series:\n";
    const QByteArray h = "kubelet_image_pull_duration_seconds";
    const QByteArray a = "{node=\"node-a\",instance=\"10.0.0.1:10250\",image_size_in_bytes=\"500MB-1GB\"}";
    const QByteArray b = "{node=\"node-b\",instance=\"10.0.0.2:10250\",image_size_in_bytes=\"10MB-100MB\"}";
    const QByteArray c = "{node=\"node-c\",instance=\"10.0.0.3:10250\",image_size_in_bytes=\"0-10MB\"}";
    t += "      - series: '" + h + "_sum" + a + "'\n        values: '0+300x60'\n";
    t += "      - series: '" + h + "_count" + a + "'\n        values: '0+1x60'\n";
    t += "      - series: '" + h + "_sum" + b + "'\n        values: '0+10x60'\n";
    t += "      - series: '" + h + "_count" + b + "'\n        values: '0+1x60'\n";
    t += "      - series: '" + h + "_sum" + c + "'\n        values: '0x60'\n";
    t += "      - series: '" + h + "_count" + c + "'\n        values: '0x60'\n";
    t += "    alert_rule_test:\n";
    t += alertTest(rules, QStringLiteral("5m"), QStringLiteral("ImagePullSlow"), {});
    t += alertTest(rules, QStringLiteral("40m"), QStringLiteral("ImagePullSlow"),
        {{QStringLiteral("ImagePullSlow"),
            {{QStringLiteral("instance"), QStringLiteral("10.0.0.1:10250")},
                {QStringLiteral("node"), QStringLiteral("node-a")}},
            QStringLiteral("300")}});
    // 4. DockerHubRateLimitLow: 15 left fires, 50 left does not.
    t += "  - interval: 1m\n    input_series:\n";
    t += "      - series: 'dockerhub_ratelimit_remaining{job=\"hub\"}'\n        values: '50 50 15 15'\n";
    t += "    alert_rule_test:\n";
    t += alertTest(rules, QStringLiteral("1m"), QStringLiteral("DockerHubRateLimitLow"), {});
    t += alertTest(rules, QStringLiteral("3m"), QStringLiteral("DockerHubRateLimitLow"),
        {{QStringLiteral("DockerHubRateLimitLow"), {{QStringLiteral("job"), QStringLiteral("hub")}},
            QStringLiteral("15")}});

    QFile testFile(dir.filePath(QStringLiteral("test.yml")));
    QVERIFY(testFile.open(QIODevice::WriteOnly));
    testFile.write(t);
    testFile.close();
    const Run r
        = run(promtool(), {QStringLiteral("test"), QStringLiteral("rules"), QStringLiteral("test.yml")}, dir.path());
    QVERIFY2(r.exit == 0, QByteArray(r.out + "\n--- test file:\n" + t).constData());
    QVERIFY2(r.out.contains("SUCCESS"), r.out.constData());

    // The same series against rules that lost the max-by-container guard would fail: a
    // sanity check that the flip case really tests something.
    QByteArray broken = AlertRuleGenerator::ruleFile(o);
    broken.replace("max by (namespace, pod, container) (", "(");
    QVERIFY(ruleFile.open(QIODevice::WriteOnly));
    ruleFile.write(broken);
    ruleFile.close();
    const Run b2
        = run(promtool(), {QStringLiteral("test"), QStringLiteral("rules"), QStringLiteral("test.yml")}, dir.path());
    QVERIFY2(b2.exit != 0, b2.out.constData());
}

void TestAlerts::cli()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI),
        {QStringLiteral("generate"), QStringLiteral("alerts"), QStringLiteral("--namespace"), QStringLiteral("mon"),
            QStringLiteral("--out-dir"), dir.path(), QStringLiteral("--label"), QStringLiteral("release=kps"),
            QStringLiteral("--failing-minutes"), QStringLiteral("7")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QFile cr(dir.filePath(QStringLiteral("kubernetes/mon/pullscope-image-pull.yaml")));
    QVERIFY(cr.open(QIODevice::ReadOnly));
    const QByteArray content = cr.readAll();
    QVERIFY(content.contains("for: 7m"));
    QVERIFY(content.contains("release: \"kps\""));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("etc/prometheus/rules/pullscope-image-pull.yml"))));
    QVERIFY(p.readAllStandardOutput().contains("kubectl apply -f kubernetes/mon/pullscope-image-pull.yaml"));

    // Standard output: each file under "# file: PATH".
    p.start(QStringLiteral(PULLSCOPE_CLI),
        {QStringLiteral("generate"), QStringLiteral("alerts"), QStringLiteral("--no-slow-pull")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY(out.contains("# file: kubernetes/monitoring/pullscope-image-pull.yaml"));
    QVERIFY(!out.contains("ImagePullSlow"));

    // A refused field: exit 2, naming it, nothing written.
    QTemporaryDir empty;
    p.start(QStringLiteral(PULLSCOPE_CLI),
        {QStringLiteral("generate"), QStringLiteral("alerts"), QStringLiteral("--namespace"), QStringLiteral("Bad_NS"),
            QStringLiteral("--out-dir"), empty.path()});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--namespace"));
    QVERIFY(QDir(empty.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    p.start(QStringLiteral(PULLSCOPE_CLI),
        {QStringLiteral("generate"), QStringLiteral("alerts"), QStringLiteral("--label"), QStringLiteral("novalue")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"

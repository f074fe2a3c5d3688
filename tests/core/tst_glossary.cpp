#include <QSet>
#include <QTest>

#include "../testsupport.h"
#include "rulebook.h"
#include "training/glossary.h"

using namespace PullScope;

namespace {

bool hasHan(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

// "text=id" for every span, in text order: what a row of expectations is compared with.
QStringList describeSpans(const Glossary &g, const QString &text, const QList<GlossarySpan> &spans)
{
    QStringList out;
    for (const GlossarySpan &s : spans)
        out << text.mid(s.start, s.end - s.start) + QLatin1Char('=') + g.entries().at(s.entry).id;
    return out;
}

} // namespace

// The training glossary: complete in both languages, its patterns find the terms of the
// bundled cluster's real kubelet and runtime messages, and a broken data file is refused
// with the entry named.
class TestGlossary : public QObject
{
    Q_OBJECT

    DiagnosisReport m_cluster;

private Q_SLOTS:
    void initTestCase() { m_cluster = TestSupport::bundledCluster(); }

    void builtinLoads()
    {
        const Glossary &g = Glossary::builtin();
        QVERIFY2(g.entries().size() >= 40, qPrintable(QString::number(g.entries().size())));
        QSet<QString> ids;
        for (const GlossaryEntry &e : g.entries()) {
            QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
            ids.insert(e.id);
        }
    }

    void everyEntryHasBothLanguages()
    {
        for (const GlossaryEntry &e : Glossary::builtin().entries()) {
            const char *id = qPrintable(e.id);
            QVERIFY2(!e.term.en.isEmpty() && !e.term.zh.isEmpty(), id);
            QVERIFY2(!hasHan(e.term.en), id);
            QVERIFY2(!hasHan(e.definition.en) && e.definition.en.size() > 20, id);
            // A Chinese definition that is the English one copied would pass an emptiness check.
            QVERIFY2(hasHan(e.definition.zh), id);
            QVERIFY2(!e.englishPatterns.isEmpty() && !e.chinesePatterns.isEmpty(), id);
            for (const QRegularExpression &re : e.englishPatterns + e.chinesePatterns) {
                QVERIFY2(re.isValid(), qPrintable(e.id + QLatin1Char(' ') + re.pattern()));
                QVERIFY2(re.patternOptions() & QRegularExpression::CaseInsensitiveOption, id);
                // A pattern that matches the empty string would highlight nothing forever.
                QVERIFY2(!re.match(QString()).hasMatch(), qPrintable(re.pattern()));
            }
        }
    }

    // Each term, written as the glossary writes it, is found by its own entry: in the
    // English text by the English patterns and in the Chinese text by the Chinese ones.
    void termsFindThemselves()
    {
        const Glossary &g = Glossary::builtin();
        for (int i = 0; i < g.entries().size(); ++i) {
            const GlossaryEntry &e = g.entries().at(i);
            auto found = [i](const QList<GlossarySpan> &spans) {
                return std::any_of(spans.begin(), spans.end(), [i](const GlossarySpan &s) { return s.entry == i; });
            };
            QVERIFY2(found(g.findEnglish(e.term.en)), qPrintable(e.id + QStringLiteral(": ") + e.term.en));
            QVERIFY2(found(g.findChinese(e.term.zh)), qPrintable(e.id + QStringLiteral(": ") + e.term.zh));
        }
    }

    // The seed's terminology, which all Chinese text of the project uses.
    void seedTerms_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("zh");
        const char *rows[][3] = {
            {"image", "image", "镜像"},
            {"registry", "registry", "镜像仓库"},
            {"pull", "pull", "拉取"},
            {"image-pull-policy", "imagePullPolicy", "拉取策略"},
            {"back-off", "back-off", "退避"},
            {"credentials", "credentials", "凭据"},
            {"pull-secret", "pull secret", "拉取密钥"},
            {"mirror", "mirror", "镜像加速器"},
            {"tag", "tag", "标签"},
            {"digest", "digest", "摘要"},
            {"manifest", "manifest", "清单"},
            {"layer", "layer", "镜像层"},
            {"certificate", "certificate", "证书"},
            {"certificate-authority", "certificate authority (CA)", "证书颁发机构（CA）"},
            {"proxy", "proxy", "代理"},
            {"rate-limit", "rate limit", "限流"},
            {"node", "node", "节点"},
            {"namespace", "namespace", "命名空间"},
            {"kubelet", "kubelet", "kubelet（节点代理）"},
            {"container-runtime", "container runtime", "容器运行时"},
            {"dns", "DNS", "域名解析"},
            {"timeout", "timeout", "超时"},
            {"private-registry", "private registry", "私有仓库"},
        };
        for (const auto &r : rows)
            QTest::newRow(r[0]) << QString::fromUtf8(r[0]) << QString::fromUtf8(r[1]) << QString::fromUtf8(r[2]);
    }

    void seedTerms()
    {
        QFETCH(QString, id);
        QFETCH(QString, en);
        QFETCH(QString, zh);
        const Glossary &g = Glossary::builtin();
        const int i = g.indexOf(id);
        QVERIFY2(i >= 0, qPrintable(id));
        QCOMPARE(g.entries().at(i).term.en, en);
        QCOMPARE(g.entries().at(i).term.zh, zh);
    }

    // Real messages of the bundled cluster (resources/samples), picked by pod and reason:
    // the terms found and the entry each one is, in text order.
    void spansOnRealMessages_data()
    {
        QTest::addColumn<QString>("pod");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("pull secret missing") << QStringLiteral("evaluator-mh4mzgm7xz-bz27r")
                                             << QStringLiteral("FailedToRetrieveImagePullSecret") << QString()
                                             << QStringList {QStringLiteral("image pull secrets=pull-secret"),
                                                    QStringLiteral("pull=pull"), QStringLiteral("image=image")};
        QTest::newRow("back-off") << QStringLiteral("nginx-deployment-7d5bc8f9c6-xqz2k") << QStringLiteral("BackOff")
                                  << QString()
                                  << QStringList {QStringLiteral("Back-off=back-off"), QStringLiteral("pulling=pull"),
                                         QStringLiteral("image=image")};
        QTest::newRow("not found") << QStringLiteral("nginx-deployment-7d5bc8f9c6-xqz2k") << QStringLiteral("Failed")
                                   << QStringLiteral("not found")
                                   << QStringList {QStringLiteral("pull=pull"), QStringLiteral("image=image"),
                                          QStringLiteral("rpc error=rpc-error"), QStringLiteral("NotFound=not-found"),
                                          QStringLiteral("pull=pull"), QStringLiteral("unpack=unpack"),
                                          QStringLiteral("image=image"), QStringLiteral("docker.io=docker-hub"),
                                          QStringLiteral("reference=image-reference"),
                                          QStringLiteral("docker.io=docker-hub"),
                                          QStringLiteral("not found=not-found")};
        QTest::newRow("never pull") << QStringLiteral("offline-app") << QStringLiteral("ErrImageNeverPull") << QString()
                                    << QStringList {QStringLiteral("Container=container"),
                                           QStringLiteral("image=image"),
                                           QStringLiteral("pull policy of Never=err-image-never-pull")};
        QTest::newRow("unauthorized") << QStringLiteral("feature-trainer-fg2zkcsqmn-rlbbd") << QStringLiteral("Failed")
                                      << QStringLiteral("401")
                                      << QStringList {QStringLiteral("failed to authorize=authentication"),
                                             QStringLiteral("token=token"),
                                             QStringLiteral("401 Unauthorized=unauthorized")};
        QTest::newRow("access denied") << QStringLiteral("ml-pipeline-runner") << QStringLiteral("Failed")
                                       << QStringLiteral("pull access denied")
                                       << QStringList {QStringLiteral("pull access denied=access-denied"),
                                              QStringLiteral("repository=repository"),
                                              QStringLiteral("insufficient_scope=authorization"),
                                              QStringLiteral("authorization=authorization")};
        QTest::newRow("unknown authority")
            << QStringLiteral("legacy-app-h8r5dmjkvb-pdpfx") << QStringLiteral("Failed") << QStringLiteral("x509")
            << QStringList {QStringLiteral("x509=certificate"), QStringLiteral("certificate=certificate"),
                   QStringLiteral("unknown authority=certificate-authority")};
        QTest::newRow("rate limited") << QStringLiteral("preprocess") << QStringLiteral("Failed")
                                      << QStringLiteral("429")
                                      << QStringList {QStringLiteral("manifests=manifest"),
                                             QStringLiteral("429 Too Many Requests=rate-limit")};
        QTest::newRow("dns") << QStringLiteral("legacy-reports-5tg5t9b68g-4gvxm") << QStringLiteral("Failed")
                             << QStringLiteral("server misbehaving")
                             << QStringList {QStringLiteral("daemon=container-runtime"),
                                    QStringLiteral("dial tcp=dial"), QStringLiteral("lookup=dns"),
                                    QStringLiteral("server misbehaving=dns")};
        QTest::newRow("disk full") << QStringLiteral("tf-serving") << QStringLiteral("Failed")
                                   << QStringLiteral("no space left")
                                   << QStringList {QStringLiteral("extract=unpack"), QStringLiteral("layer=layer"),
                                          QStringLiteral("no space left on device=disk-full")};
        QTest::newRow("proxy") << QStringLiteral("statsd-exporter-nblnrw7tnq-jzfcs") << QStringLiteral("Failed")
                               << QStringLiteral("proxyconnect")
                               << QStringList {QStringLiteral("proxyconnect=proxy"), QStringLiteral("dial tcp=dial")};
    }

    void spansOnRealMessages()
    {
        QFETCH(QString, pod);
        QFETCH(QString, reason);
        QFETCH(QString, contains);
        QFETCH(QStringList, expected);
        QString message;
        for (const ContainerDiagnosis &c : m_cluster.containers)
            if (c.pod.startsWith(pod))
                for (const Event &e : c.events)
                    if (message.isEmpty() && e.reason == reason && e.message.contains(contains))
                        message = e.message;
        QVERIFY2(!message.isEmpty(), qPrintable(pod + QLatin1Char(' ') + reason));
        const Glossary &g = Glossary::builtin();
        const QStringList found = describeSpans(g, message, g.findEnglish(message));
        // Expected terms appear in this order (other terms may sit between them).
        int at = 0;
        for (const QString &want : expected) {
            const int i = int(found.indexOf(want, at));
            QVERIFY2(
                i >= 0, qPrintable(want + QStringLiteral(" not (in order) in ") + found.join(QLatin1String(", "))));
            at = i + 1;
        }
    }

    // Spans are in order, never overlap and cut no surrogate pair, for every message of
    // the cluster; every pull failure has at least one term to explain.
    void spansAreWellFormed()
    {
        const Glossary &g = Glossary::builtin();
        int messages = 0;
        for (const ContainerDiagnosis &c : m_cluster.containers) {
            for (const Event &e : c.events) {
                const QList<GlossarySpan> spans = g.findEnglish(e.message);
                int end = 0;
                for (const GlossarySpan &s : spans) {
                    QVERIFY(s.start >= end);
                    QVERIFY(s.end > s.start && s.end <= e.message.size());
                    QVERIFY(s.entry >= 0 && s.entry < g.entries().size());
                    end = s.end;
                }
                if (e.reason == QLatin1String("Failed") && e.message.startsWith(QLatin1String("Failed to pull")))
                    QVERIFY2(spans.size() >= 3, qPrintable(e.message));
                ++messages;
            }
        }
        QVERIFY(messages > 100);
    }

    // The Chinese column: the cause explanations of the rules, in Chinese, have their
    // terms found too.
    void spansOnChineseExplanations()
    {
        const Glossary &g = Glossary::builtin();
        const QString text
            = RuleBook::builtin().describe(QStringLiteral("image-not-found"), QStringLiteral("zh_CN")).explanation;
        QVERIFY(hasHan(text));
        const QStringList found = describeSpans(g, text, g.findChinese(text));
        for (const char *want :
            {"镜像仓库=registry", "manifest=manifest", "标签=tag", "digest=digest", "不存在=not-found"})
            QVERIFY2(found.contains(QString::fromUtf8(want)), qPrintable(found.join(QLatin1String(", "))));
        // "镜像仓库" is one term, not "镜像" plus "仓库".
        QVERIFY(!found.contains(QStringLiteral("镜像=image")) || !text.startsWith(QStringLiteral("镜像仓库")));
        // Every rule's Chinese explanation has something to look up.
        for (const RuleBook::Rule &r : RuleBook::builtin().rules())
            QVERIFY2(!g.findChinese(r.explanation.zh).isEmpty(), qPrintable(r.id));
    }

    void overlapPrefersTheLongerTerm()
    {
        const Glossary &g = Glossary::builtin();
        const QString text = QStringLiteral("pull access denied for the private registry");
        QCOMPARE(describeSpans(g, text, g.findEnglish(text)),
            QStringList({QStringLiteral("pull access denied=access-denied"),
                QStringLiteral("private registry=private-registry")}));
        const QString zh = QStringLiteral("请配置镜像加速器和拉取密钥");
        QCOMPARE(describeSpans(g, zh, g.findChinese(zh)),
            QStringList({QStringLiteral("镜像加速器=mirror"), QStringLiteral("拉取密钥=pull-secret")}));
        // Case-insensitive in English.
        QCOMPARE(describeSpans(g, QStringLiteral("IMAGE"), g.findEnglish(QStringLiteral("IMAGE"))),
            QStringList({QStringLiteral("IMAGE=image")}));
    }

    // Every event reason of the cluster's containers has a meaning in both languages, and
    // the message picks between the meanings of one reason.
    void reasonsHaveMeanings()
    {
        const Glossary &g = Glossary::builtin();
        for (const char *r : {"Pulling", "Pulled", "Failed", "BackOff", "ErrImageNeverPull", "InspectFailed",
                 "FailedToRetrieveImagePullSecret"}) {
            const GlossaryText t = g.reasonMeaning(QString::fromLatin1(r), QString());
            QVERIFY2(!t.en.isEmpty() && hasHan(t.zh), r);
        }
        for (const ContainerDiagnosis &c : m_cluster.containers)
            for (const Event &e : c.events)
                QVERIFY2(hasHan(g.reasonMeaning(e.reason, e.message).zh), qPrintable(e.reason));
        const GlossaryText present = g.reasonMeaning(
            QStringLiteral("Pulled"), QStringLiteral("Container image \"x\" already present on machine"));
        const GlossaryText pulled
            = g.reasonMeaning(QStringLiteral("Pulled"), QStringLiteral("Successfully pulled image \"x\" in 1s"));
        QVERIFY(present.en != pulled.en);
        QVERIFY(present.zh.contains(QStringLiteral("无需拉取")));
        QCOMPARE(present.in(QStringLiteral("zh_CN")), present.zh);
        QCOMPARE(present.in(QStringLiteral("en")), present.en);
        QVERIFY(g.reasonMeaning(QStringLiteral("NoSuchReason"), QString()).en.isEmpty());
    }

    void refusesBrokenData_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no terms") << QByteArray("reasons: []\n") << QStringLiteral("terms");
        QTest::newRow("no chinese") << QByteArray("terms:\n  - id: image\n    en: image\n    match: ['image']\n"
                                                  "    definition: {en: 'An image.', zh: '镜像'}\n")
                                    << QStringLiteral("image");
        QTest::newRow("bad regex") << QByteArray("terms:\n  - id: tag\n    en: tag\n    zh: 标签\n    match: ['(tag']\n"
                                                 "    definition: {en: 'A tag.', zh: '标签'}\n")
                                   << QStringLiteral("(tag");
        QTest::newRow("no pattern") << QByteArray("terms:\n  - id: tag\n    en: tag\n    zh: 标签\n"
                                                  "    definition: {en: 'A tag.', zh: '标签'}\n")
                                    << QStringLiteral("tag");
        QTest::newRow("twice") << QByteArray(
            "terms:\n"
            "  - {id: tag, en: tag, zh: 标签, match: [tag], definition: {en: a, zh: 标}}\n"
            "  - {id: tag, en: tag, zh: 标签, match: [tag], definition: {en: a, zh: 标}}\n")
                               << QStringLiteral("twice");
        QTest::newRow("reason without chinese")
            << QByteArray("terms:\n  - {id: tag, en: tag, zh: 标签, match: [tag], definition: {en: a, zh: 标}}\n"
                          "reasons:\n  - {reason: Pulling, en: started}\n")
            << QStringLiteral("Pulling");
        QTest::newRow("not yaml") << QByteArray("terms: [\n") << QStringLiteral("YAML");
    }

    void refusesBrokenData()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, problem);
        Glossary g;
        QString error;
        QVERIFY(!g.loadFromData(yaml, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY(g.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "../testsupport.h"
#include "kubectltext.h"
#include "rulebook.h"
#include "training/quiz.h"
#include "training/quizexport.h"

using namespace PullScope;

namespace {

// RFC 4180 records (quoted fields with "" and line breaks inside), as a spreadsheet reads them.
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            // part of the \r\n record end
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// The text a question shows with every piece of raw kubelet/runtime text taken out: what
// is left are PullScope's own labels and values, which must never name the cause.
QString labelsOnly(const QuizQuestion &q)
{
    QString text = QuizBuilder::evidenceText(q);
    QStringList raw = {q.shown.image, q.shown.waitingMessage, q.shown.waitingReason};
    for (const Event &e : q.shown.events)
        raw << e.message << e.reason;
    std::sort(raw.begin(), raw.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &r : std::as_const(raw))
        if (!r.isEmpty())
            text.replace(r, QStringLiteral("<raw>"));
    return text;
}

QString causeOfRow(const DiagnosisReport &report, const QString &ns, const QString &pod, const QString &container)
{
    for (const ContainerDiagnosis &c : report.containers)
        if (c.namespace_ == ns && c.pod == pod && c.container == container)
            return c.hasCause ? c.cause.id : QString();
    return QString();
}

QString wrongChoice(const QuizQuestion &q)
{
    for (const QString &c : q.choices)
        if (c != q.answer)
            return c;
    return QString();
}

} // namespace

// Quiz mode: questions from the bundled cluster (one per failing container with a known
// cause, replicas folded, shuffled by seed), evidence that never names the cause, four
// plausible choices, scoring, and the result exported as Markdown, JSON and CSV.
class TestQuiz : public QObject
{
    Q_OBJECT

    DiagnosisReport m_report;

private Q_SLOTS:
    void initTestCase() { m_report = TestSupport::bundledCluster(); }

    // The confusion table covers every cause of the rules with at least three valid,
    // distinct distractors that are not the cause itself.
    void confusionTableCoversEveryCause()
    {
        const RuleBook &rules = RuleBook::builtin();
        const QStringList ids = rules.ids();
        QVERIFY(ids.size() >= 30);
        for (const QString &id : ids) {
            const QStringList raw = QuizBuilder::confusionTable().value(id);
            QVERIFY2(raw.size() >= 3, qPrintable(id));
            QCOMPARE(QSet<QString>(raw.cbegin(), raw.cend()).size(), raw.size());
            for (const QString &other : raw) {
                QVERIFY2(other != id, qPrintable(id));
                QVERIFY2(rules.rule(other), qPrintable(id + QStringLiteral(" -> ") + other));
                QVERIFY2(other != QLatin1String("unknown"), qPrintable(id));
            }
            QCOMPARE(QuizBuilder::confusableWith(id), raw);
        }
        for (auto it = QuizBuilder::confusionTable().cbegin(); it != QuizBuilder::confusionTable().cend(); ++it)
            QVERIFY2(ids.contains(it.key()), qPrintable(it.key()));
        // The families the quiz is about stay together.
        QVERIFY(QuizBuilder::confusableWith(QStringLiteral("unauthorized")).contains(QStringLiteral("access-denied")));
        QVERIFY(QuizBuilder::confusableWith(QStringLiteral("tls-unknown-authority"))
                    .contains(QStringLiteral("tls-hostname-mismatch")));
        QVERIFY(QuizBuilder::confusableWith(QStringLiteral("dns-failure")).contains(QStringLiteral("network-timeout")));
        QVERIFY(QuizBuilder::confusableWith(QStringLiteral("rate-limited"))
                    .contains(QStringLiteral("registry-unavailable")));
    }

    // One question per failing container with a known cause; ok, unknown and
    // not-a-pull-problem give none by default; replicas with the same wording fold.
    void questionsFromTheBundledCluster()
    {
        QuizOptions o;
        o.seed = 7;
        const QList<QuizQuestion> qs = QuizBuilder::build(m_report, o);

        // Every question's answer is the cause the engine found for its container, and every
        // container with a question cause is either a question or folded into one.
        QHash<QString, int> perCause;
        int folded = 0;
        for (const QuizQuestion &q : qs) {
            QCOMPARE(q.answer, causeOfRow(m_report, q.namespace_, q.pod, q.container));
            QVERIFY(q.answer != QLatin1String("unknown"));
            QVERIFY(q.answer != QLatin1String("not-a-pull-problem"));
            ++perCause[q.answer];
            folded += q.replicas;
        }
        int eligible = 0;
        for (const ContainerDiagnosis &c : m_report.containers)
            if (c.hasCause && c.cause.id != QLatin1String("unknown")
                && c.cause.id != QLatin1String("not-a-pull-problem"))
                ++eligible;
        QCOMPARE(folded, eligible);
        // 39 rows of expected.tsv with a cause, minus 2 not-a-pull-problem; the three
        // catalog-api replicas (same 404, pod names and numbers aside) make one question.
        QCOMPARE(eligible, 37);
        QCOMPARE(qs.size(), 35);
        QCOMPARE(perCause.value(QStringLiteral("image-not-found")), 4);
        for (const QuizQuestion &q : qs)
            QCOMPARE(q.replicas, q.pod.startsWith(QLatin1String("catalog-api-")) ? 3 : 1);

        QuizOptions withNapp = o;
        withNapp.includeNotAPullProblem = true;
        const QList<QuizQuestion> all = QuizBuilder::build(m_report, withNapp);
        QCOMPARE(all.size(), qs.size() + 2);
        int napp = 0;
        for (const QuizQuestion &q : all)
            napp += q.answer == QLatin1String("not-a-pull-problem") ? 1 : 0;
        QCOMPARE(napp, 2);

        QuizOptions limited = o;
        limited.limit = 10;
        const QList<QuizQuestion> ten = QuizBuilder::build(m_report, limited);
        QCOMPARE(ten.size(), 10);
        // The limit takes the first of the same shuffled order.
        for (int i = 0; i < ten.size(); ++i)
            QCOMPARE(ten[i].pod, qs[i].pod);
    }

    // Replicas with the same cause and wording (the pod's name and numbers aside) are one
    // question; the same cause in other words is another.
    void replicasFoldIntoOneQuestion()
    {
        DiagnosisReport r;
        r.now = m_report.now;
        ContainerDiagnosis a;
        for (const ContainerDiagnosis &c : m_report.containers)
            if (c.pod == QLatin1String("nginx-deployment-7d5bc8f9c6-xqz2k"))
                a = c;
        QVERIFY(a.hasCause);
        ContainerDiagnosis b = a;
        b.pod = QStringLiteral("nginx-deployment-7d5bc8f9c6-abcde");
        b.cause.evidence.message.replace(a.pod, b.pod);
        b.cause.evidence.message.replace(QLatin1String("1.25"), QLatin1String("1.26"));
        ContainerDiagnosis c = a;
        c.pod = QStringLiteral("other");
        c.cause.evidence.message = QStringLiteral("manifest unknown: manifest unknown");
        r.containers = {a, b, c};
        const QList<QuizQuestion> qs = QuizBuilder::build(r, QuizOptions());
        QCOMPARE(qs.size(), 2);
        int replicas = 0;
        for (const QuizQuestion &q : qs)
            replicas = std::max(replicas, q.replicas);
        QCOMPARE(replicas, 2);
    }

    void noQuestionLeaksItsCause_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    // The evidence carries no trace of the diagnosis: no cause id anywhere in it, and no
    // cause title (either language) in PullScope's own text around the raw messages.
    void noQuestionLeaksItsCause()
    {
        QFETCH(QString, lang);
        QTranslator zh;
        if (lang == QLatin1String("zh_CN")) {
            QVERIFY(zh.load(QStringLiteral(":/i18n/pullscope_zh_CN.qm")));
            QCoreApplication::installTranslator(&zh);
        }
        QuizOptions o;
        o.includeNotAPullProblem = true;
        const QList<QuizQuestion> qs = QuizBuilder::build(m_report, o);
        QVERIFY(qs.size() > 30);
        const RuleBook &rules = RuleBook::builtin();
        for (const QuizQuestion &q : qs) {
            QVERIFY(!q.shown.hasCause);
            QVERIFY(q.shown.cause.id.isEmpty());
            QVERIFY(q.shown.failingStep.isEmpty());
            QVERIFY(q.shown.path.isEmpty());
            QVERIFY(q.shown.missingPullSecrets.isEmpty());
            QVERIFY(q.shown.pod.isEmpty());
            const QString text = QuizBuilder::evidenceText(q);
            QVERIFY2(!text.contains(q.answer), qPrintable(q.answer + QStringLiteral(": ") + text));
            QVERIFY2(text.contains(q.shown.image), qPrintable(text));
            const QString labels = labelsOnly(q);
            for (const QString &l : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
                const QString title = rules.describe(q.answer, l).title;
                QVERIFY2(
                    !labels.contains(title, Qt::CaseInsensitive), qPrintable(title + QStringLiteral(": ") + labels));
            }
            QVERIFY2(!labels.contains(q.answer, Qt::CaseInsensitive), qPrintable(labels));
            // The evidence the brief lists is there.
            QVERIFY(text.contains(QuizBuilder::policyText(q.shown)));
            QVERIFY(text.contains(q.shown.node));
            if (!q.shown.nodeRuntimeVersion.isEmpty())
                QVERIFY(text.contains(q.shown.nodeRuntimeVersion));
            if (!q.shown.nodeKubeletVersion.isEmpty())
                QVERIFY(text.contains(q.shown.nodeKubeletVersion));
            if (!q.shown.waitingReason.isEmpty())
                QVERIFY(text.contains(q.shown.waitingReason));
            for (const Event &e : q.shown.events)
                QVERIFY(text.contains(e.reason + QLatin1Char('\t') + KubectlText::eventAge(e, q.now)));
        }
        QCoreApplication::removeTranslator(&zh);
    }

    // Four choices: the answer exactly once and three distinct plausible distractors.
    void choices()
    {
        for (quint32 seed : {0u, 1u, 42u}) {
            QuizOptions o;
            o.seed = seed;
            o.includeNotAPullProblem = true;
            QHash<int, int> answerPositions;
            for (const QuizQuestion &q : QuizBuilder::build(m_report, o)) {
                QCOMPARE(q.choices.size(), 4);
                QCOMPARE(q.choices.count(q.answer), 1);
                QCOMPARE(QSet<QString>(q.choices.cbegin(), q.choices.cend()).size(), 4);
                const QStringList confusable = QuizBuilder::confusableWith(q.answer);
                for (const QString &c : q.choices)
                    if (c != q.answer)
                        QVERIFY2(confusable.contains(c), qPrintable(q.answer + QStringLiteral(" / ") + c));
                QCOMPARE(q.choices.at(q.answerIndex()), q.answer);
                ++answerPositions[q.answerIndex()];
            }
            // Shuffled: the answer is not always in the same place.
            QVERIFY(answerPositions.size() >= 3);
        }
    }

    // The same seed gives the same quiz; another seed another order.
    void determinism()
    {
        auto fingerprint = [this](quint32 seed) {
            QuizOptions o;
            o.seed = seed;
            QStringList out;
            for (const QuizQuestion &q : QuizBuilder::build(m_report, o))
                out << q.pod + QLatin1Char(':') + q.choices.join(QLatin1Char(','));
            return out;
        };
        QCOMPARE(fingerprint(3), fingerprint(3));
        QCOMPARE(fingerprint(12345), fingerprint(12345));
        QVERIFY(fingerprint(3) != fingerprint(4));
        QStringList a = fingerprint(3), b = fingerprint(4);
        for (QString &s : a)
            s = s.section(QLatin1Char(':'), 0, 0);
        for (QString &s : b)
            s = s.section(QLatin1Char(':'), 0, 0);
        QVERIFY(a != b);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QCOMPARE(a, b); // the same questions, in another order
    }

    void allRightIsFullScore()
    {
        QuizOptions o;
        o.limit = 10;
        QuizSession s(QuizBuilder::build(m_report, o));
        QCOMPARE(s.count(), 10);
        QVERIFY(!s.isFinished());
        for (int i = 0; i < s.count(); ++i) {
            s.begin(i);
            QVERIFY(s.answer(i, s.question(i).answer));
        }
        QVERIFY(s.isFinished());
        QCOMPARE(s.score(), 10);
        const QuizResult r = s.result(QStringLiteral("en"));
        QCOMPARE(r.score, 10);
        QCOMPARE(r.total, 10);
        QCOMPARE(r.percent(), 100.0);
        QVERIFY(r.wrong().isEmpty());
        for (const QuizResultRow &row : r.rows) {
            QVERIFY(row.correct);
            QVERIFY(row.seconds >= 0);
        }
        QVERIFY(s.wrongQuestions().isEmpty());
    }

    void wrongAnswers_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    // A chosen set of wrong answers gives the exact score and the wrong list, each with the
    // chosen cause, the right one, its explanation and the evidence that decides it.
    void wrongAnswers()
    {
        QFETCH(QString, lang);
        QuizOptions o;
        o.seed = 99;
        o.limit = 8;
        QuizSession s(QuizBuilder::build(m_report, o));
        QCOMPARE(s.count(), 8);
        const QSet<int> wrong = {1, 4, 6};
        for (int i = 0; i < s.count(); ++i) {
            if (i == 6)
                continue; // never answered: counts as wrong
            const QString pick = wrong.contains(i) ? wrongChoice(s.question(i)) : s.question(i).answer;
            QVERIFY(s.answer(i, pick, 1500 + i * 100));
        }
        // A changed mind replaces the first answer.
        QVERIFY(s.answer(2, wrongChoice(s.question(2)), 1000));
        QVERIFY(s.answer(2, s.question(2).answer, 2000));
        QVERIFY(!s.answer(99, s.question(0).answer));
        QVERIFY(!s.isFinished());
        QCOMPARE(s.answered(), 7);
        QCOMPARE(s.score(), 5);

        const QuizResult r = s.result(lang, QStringLiteral("Li Lei"));
        QCOMPARE(r.score, 5);
        QCOMPARE(r.total, 8);
        QCOMPARE(r.percent(), 62.5);
        QCOMPARE(r.language, lang);
        const QList<QuizResultRow> rows = r.wrong();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].number, 2);
        QCOMPARE(rows[1].number, 5);
        QCOMPARE(rows[2].number, 7);
        const RuleBook &rules = RuleBook::builtin();
        for (const QuizResultRow &row : rows) {
            const QuizQuestion &q = s.question(row.number - 1);
            QCOMPARE(row.answer, q.answer);
            QCOMPARE(row.pod, q.pod);
            QCOMPARE(row.answerTitle, rules.describe(q.answer, lang).title);
            QCOMPARE(row.explanation, rules.describe(q.answer, lang).explanation);
            QVERIFY(!row.explanation.isEmpty());
            if (row.number == 7) {
                QVERIFY(row.chosen.isEmpty());
                QCOMPARE(row.seconds, -1.0);
            } else {
                QCOMPARE(row.chosen, wrongChoice(q));
                QCOMPARE(row.chosenTitle, rules.describe(row.chosen, lang).title);
                QCOMPARE(row.seconds, (1500 + (row.number - 1) * 100) / 1000.0);
            }
            // The evidence is the message the rule matched, with its span.
            QCOMPARE(row.evidence, q.decisive.message);
            if (q.decisive.matchStart >= 0)
                QCOMPARE(row.match,
                    q.decisive.message.mid(q.decisive.matchStart, q.decisive.matchEnd - q.decisive.matchStart));
        }
        if (lang == QLatin1String("zh_CN"))
            QVERIFY(rows[0].answerTitle.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
        QCOMPARE(r.rows[2].seconds, 2.0);

        const QList<QuizQuestion> retry = s.wrongQuestions();
        QCOMPARE(retry.size(), 3);
        QCOMPARE(retry[0].pod, s.question(1).pod);
        QCOMPARE(retry[2].pod, s.question(6).pod);
    }

    void exportsParseBack_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void exportsParseBack()
    {
        QFETCH(QString, lang);
        QuizOptions o;
        o.seed = 5;
        o.limit = 6;
        QuizSession s(QuizBuilder::build(m_report, o));
        for (int i = 0; i < s.count(); ++i)
            s.answer(i, i % 3 == 0 ? wrongChoice(s.question(i)) : s.question(i).answer, 3000);
        const QuizResult r = s.result(lang, QStringLiteral("Wang Fang"));
        QCOMPARE(r.score, 4);
        const QuizResultRow firstWrong = r.wrong().first();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString md = dir.filePath(QStringLiteral("quiz.md"));
        const QString json = dir.filePath(QStringLiteral("quiz.json"));
        const QString csv = dir.filePath(QStringLiteral("quiz.csv"));
        for (const QString &path : {md, json, csv}) {
            QString error;
            QVERIFY2(QuizExport::save(r, path, QuizExport::formatForPath(path), &error), qPrintable(error));
        }

        // JSON
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(TestSupport::readFixture(json), &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("quiz-result"));
        QCOMPARE(root.value(QStringLiteral("score")).toInt(), 4);
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(root.value(QStringLiteral("language")).toString(), lang);
        QCOMPARE(root.value(QStringLiteral("trainee")).toString(), QStringLiteral("Wang Fang"));
        QCOMPARE(qRound(root.value(QStringLiteral("percent")).toDouble()), 67);
        const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
        QCOMPARE(questions.size(), 6);
        for (int i = 0; i < questions.size(); ++i) {
            const QJsonObject q = questions[i].toObject();
            QCOMPARE(q.value(QStringLiteral("number")).toInt(), i + 1);
            QCOMPARE(q.value(QStringLiteral("answer")).toString(), s.question(i).answer);
            QCOMPARE(q.value(QStringLiteral("chosen")).toString(), s.chosen(i));
            QCOMPARE(q.value(QStringLiteral("correct")).toBool(), i % 3 != 0);
            QCOMPARE(q.value(QStringLiteral("seconds")).toDouble(), 3.0);
            QCOMPARE(q.value(QStringLiteral("answerTitle")).toString(), r.rows[i].answerTitle);
            QCOMPARE(q.value(QStringLiteral("explanation")).toString(), r.rows[i].explanation);
            QCOMPARE(q.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("message")).toString(),
                r.rows[i].evidence);
        }

        // CSV
        const QList<QStringList> records = parseCsv(QString::fromUtf8(TestSupport::readFixture(csv)));
        QCOMPARE(records.size(), 7);
        QCOMPARE(records[0], QuizExport::csvColumns());
        for (int i = 1; i < records.size(); ++i) {
            const QStringList &rec = records[i];
            QCOMPARE(rec.size(), QuizExport::csvColumns().size());
            QCOMPARE(rec[0], QString::number(i));
            QCOMPARE(rec[2], s.question(i - 1).pod);
            QCOMPARE(rec[5], s.chosen(i - 1));
            QCOMPARE(rec[7], s.question(i - 1).answer);
            QCOMPARE(rec[8], r.rows[i - 1].answerTitle);
            QCOMPARE(rec[9], (i - 1) % 3 != 0 ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(rec[10], QStringLiteral("3.0"));
            QCOMPARE(rec[11], r.rows[i - 1].explanation);
        }

        // Markdown: the headings, one section per wrong answer with its explanation.
        const QString text = QString::fromUtf8(TestSupport::readFixture(md));
        QStringList headings;
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1Char('#')))
                headings << line;
        QCOMPARE(headings.size(), 1 + 1 + 2 + 1);
        QCOMPARE(headings[0], QStringLiteral("# ") + QuizExport::tr("Quiz result"));
        QCOMPARE(headings[1], QStringLiteral("## ") + QuizExport::tr("Wrong answers"));
        QVERIFY(headings[2].startsWith(QStringLiteral("### ") + QuizExport::tr("Question %1").arg(1)));
        QVERIFY(headings[2].endsWith(firstWrong.pod + QLatin1Char('/') + firstWrong.container));
        QCOMPARE(headings[4], QStringLiteral("## ") + QuizExport::tr("All questions"));
        QVERIFY(text.contains(firstWrong.explanation));
        QVERIFY(text.contains(firstWrong.answerTitle));
        QVERIFY(text.contains(firstWrong.chosenTitle));
        if (!firstWrong.match.isEmpty())
            QVERIFY(text.contains(QStringLiteral("**") + firstWrong.match + QStringLiteral("**")));
        QVERIFY(text.contains(QStringLiteral("4 of 6")) || lang != QLatin1String("en"));
    }

    // Secrets in the evidence (a URL with a password, a bearer token) never reach an export.
    void exportsAreRedacted()
    {
        QuizQuestion q;
        q.namespace_ = QStringLiteral("shop");
        q.pod = QStringLiteral("web-1");
        q.container = QStringLiteral("web");
        q.shown.image = QStringLiteral("registry.example.com/team/web:1");
        q.answer = QStringLiteral("unauthorized");
        q.choices = {QStringLiteral("unauthorized"), QStringLiteral("access-denied"), QStringLiteral("forbidden"),
            QStringLiteral("pull-secret-missing")};
        q.decisive.message = QStringLiteral(
            "failed to fetch https://robot:S3cretPassw0rd@registry.example.com/token: "
            "401 Unauthorized, Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        q.decisive.matchStart = int(q.decisive.message.indexOf(QLatin1String("401 Unauthorized")));
        q.decisive.matchEnd = q.decisive.matchStart + 16;
        QuizSession s({q});
        QVERIFY(s.answer(0, QStringLiteral("forbidden"), 100));
        const QuizResult r = s.result(QStringLiteral("en"));
        QCOMPARE(r.wrong().size(), 1);
        QCOMPARE(r.rows[0].match, QStringLiteral("401 Unauthorized"));
        for (auto format : {QuizExport::Format::Markdown, QuizExport::Format::Json, QuizExport::Format::Csv}) {
            QBuffer buf;
            buf.open(QIODevice::WriteOnly);
            switch (format) {
            case QuizExport::Format::Markdown:
                QuizExport::writeMarkdown(r, &buf);
                break;
            case QuizExport::Format::Json:
                QuizExport::writeJson(r, &buf);
                break;
            case QuizExport::Format::Csv:
                QuizExport::writeCsv(r, &buf);
                break;
            }
            const QByteArray out = buf.data();
            QVERIFY(!out.contains("S3cretPassw0rd"));
            QVERIFY(!out.contains("eyJzdWIiOiJ4In0"));
            QVERIFY(out.contains("401 Unauthorized"));
        }
    }

    // A file that cannot be written is an error naming it, and no file appears.
    void saveFailsCleanly()
    {
        QuizSession s(QuizBuilder::build(m_report, QuizOptions()));
        const QuizResult r = s.result(QStringLiteral("en"));
        QString error;
        const QString path = QStringLiteral("/nonexistent-dir-for-quiz/result.json");
        QVERIFY(!QuizExport::save(r, path, QuizExport::Format::Json, &error));
        QVERIFY2(error.contains(QLatin1String("result.json")), qPrintable(error));
        QCOMPARE(QuizExport::formatForPath(QStringLiteral("a.CSV")), QuizExport::Format::Csv);
        QCOMPARE(QuizExport::formatForPath(QStringLiteral("a.json")), QuizExport::Format::Json);
        QCOMPARE(QuizExport::formatForPath(QStringLiteral("a.md")), QuizExport::Format::Markdown);
    }
};

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"

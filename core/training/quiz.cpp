#include "ingest/kubectltext.h"
#include "training/quiz.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include "htmlreportwriter.h"
#include "redaction.h"
#include "reportwriter.h"
#include "rulebook.h"

#include <algorithm>

namespace PullScope {

namespace {

template<typename T> void shuffle(QList<T> &list, QRandomGenerator &rng)
{
    // Fisher-Yates with the seeded generator: the same seed gives the same quiz everywhere.
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
}

// What makes two questions "the same" to a trainee: the cause and the text that decides
// it, with the pod's own name and the numbers (ports, sizes, durations, hashes' digits)
// blurred, so the replicas of one Deployment fold into one question while the same cause
// in another runtime's wording stays a question of its own.
QString wordingKey(const ContainerDiagnosis &d)
{
    QString text = d.cause.evidence.message;
    if (text.isEmpty())
        text = d.waitingReason + QLatin1Char(' ') + d.waitingMessage;
    if (text.trimmed().isEmpty())
        text = d.image;
    if (!d.pod.isEmpty())
        text.replace(d.pod, QStringLiteral("<pod>"));
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    text.replace(digits, QStringLiteral("#"));
    return d.cause.id + QLatin1Char('\n') + text;
}

QString titleOf(const QString &id, const QString &lang)
{
    return id.isEmpty() ? QString() : RuleBook::builtin().describe(id, lang).title;
}

} // namespace

const QHash<QString, QStringList> &QuizBuilder::confusionTable()
{
    // Most confusable first. The groups follow what people mix up in practice: the
    // registry's "no" (401/403/denied/not found) and the secret that should have said yes;
    // the three TLS failures and plain HTTP; the network's ways of not answering; "too many"
    // from the registry versus from the kubelet versus a registry that is down; and the
    // node-side failures of a pull that did arrive.
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("image-not-found"),
            {QStringLiteral("access-denied"), QStringLiteral("unauthorized"), QStringLiteral("pull-secret-missing"),
                QStringLiteral("platform-mismatch"), QStringLiteral("invalid-image-name")}},
        {QStringLiteral("access-denied"),
            {QStringLiteral("unauthorized"), QStringLiteral("image-not-found"), QStringLiteral("forbidden"),
                QStringLiteral("pull-secret-missing")}},
        {QStringLiteral("unauthorized"),
            {QStringLiteral("access-denied"), QStringLiteral("forbidden"), QStringLiteral("pull-secret-missing"),
                QStringLiteral("pull-secret-mismatch")}},
        {QStringLiteral("forbidden"),
            {QStringLiteral("unauthorized"), QStringLiteral("access-denied"), QStringLiteral("proxy-error"),
                QStringLiteral("rate-limited")}},
        {QStringLiteral("pull-secret-missing"),
            {QStringLiteral("pull-secret-mismatch"), QStringLiteral("unauthorized"), QStringLiteral("access-denied"),
                QStringLiteral("image-not-found")}},
        {QStringLiteral("pull-secret-mismatch"),
            {QStringLiteral("pull-secret-missing"), QStringLiteral("unauthorized"), QStringLiteral("access-denied"),
                QStringLiteral("forbidden")}},
        {QStringLiteral("rate-limited"),
            {QStringLiteral("registry-unavailable"), QStringLiteral("pull-qps-exceeded"),
                QStringLiteral("unauthorized"), QStringLiteral("network-timeout")}},
        {QStringLiteral("pull-qps-exceeded"),
            {QStringLiteral("rate-limited"), QStringLiteral("registry-unavailable"), QStringLiteral("pull-stalled"),
                QStringLiteral("network-timeout")}},
        {QStringLiteral("tls-unknown-authority"),
            {QStringLiteral("tls-hostname-mismatch"), QStringLiteral("tls-expired"),
                QStringLiteral("http-https-mismatch")}},
        {QStringLiteral("tls-expired"),
            {QStringLiteral("tls-unknown-authority"), QStringLiteral("tls-hostname-mismatch"),
                QStringLiteral("http-https-mismatch")}},
        {QStringLiteral("tls-hostname-mismatch"),
            {QStringLiteral("tls-unknown-authority"), QStringLiteral("tls-expired"),
                QStringLiteral("http-https-mismatch"), QStringLiteral("dns-failure")}},
        {QStringLiteral("http-https-mismatch"),
            {QStringLiteral("tls-unknown-authority"), QStringLiteral("tls-hostname-mismatch"),
                QStringLiteral("connection-refused"), QStringLiteral("proxy-error")}},
        {QStringLiteral("dns-failure"),
            {QStringLiteral("network-timeout"), QStringLiteral("connection-refused"), QStringLiteral("proxy-error"),
                QStringLiteral("registry-unavailable")}},
        {QStringLiteral("network-timeout"),
            {QStringLiteral("dns-failure"), QStringLiteral("connection-refused"), QStringLiteral("proxy-error"),
                QStringLiteral("registry-unavailable"), QStringLiteral("pull-stalled")}},
        {QStringLiteral("connection-refused"),
            {QStringLiteral("network-timeout"), QStringLiteral("dns-failure"), QStringLiteral("proxy-error"),
                QStringLiteral("registry-unavailable")}},
        {QStringLiteral("proxy-error"),
            {QStringLiteral("connection-refused"), QStringLiteral("network-timeout"), QStringLiteral("dns-failure"),
                QStringLiteral("forbidden")}},
        {QStringLiteral("transfer-interrupted"),
            {QStringLiteral("layer-corrupt"), QStringLiteral("network-timeout"), QStringLiteral("disk-full"),
                QStringLiteral("connection-refused")}},
        {QStringLiteral("platform-mismatch"),
            {QStringLiteral("image-not-found"), QStringLiteral("layer-corrupt"), QStringLiteral("invalid-image-name"),
                QStringLiteral("short-name-unresolved")}},
        {QStringLiteral("disk-full"),
            {QStringLiteral("layer-corrupt"), QStringLiteral("transfer-interrupted"),
                QStringLiteral("inspect-failed")}},
        {QStringLiteral("layer-corrupt"),
            {QStringLiteral("transfer-interrupted"), QStringLiteral("disk-full"), QStringLiteral("image-not-found"),
                QStringLiteral("signature-invalid")}},
        {QStringLiteral("registry-unavailable"),
            {QStringLiteral("rate-limited"), QStringLiteral("connection-refused"), QStringLiteral("network-timeout"),
                QStringLiteral("transfer-interrupted")}},
        {QStringLiteral("short-name-unresolved"),
            {QStringLiteral("invalid-image-name"), QStringLiteral("image-not-found"), QStringLiteral("dns-failure"),
                QStringLiteral("access-denied")}},
        {QStringLiteral("signature-invalid"),
            {QStringLiteral("layer-corrupt"), QStringLiteral("access-denied"), QStringLiteral("forbidden"),
                QStringLiteral("tls-unknown-authority")}},
        {QStringLiteral("invalid-image-name"),
            {QStringLiteral("image-not-found"), QStringLiteral("short-name-unresolved"),
                QStringLiteral("never-pull-missing"), QStringLiteral("platform-mismatch")}},
        {QStringLiteral("never-pull-missing"),
            {QStringLiteral("image-not-found"), QStringLiteral("inspect-failed"), QStringLiteral("invalid-image-name"),
                QStringLiteral("pull-stalled")}},
        {QStringLiteral("inspect-failed"),
            {QStringLiteral("disk-full"), QStringLiteral("layer-corrupt"), QStringLiteral("never-pull-missing"),
                QStringLiteral("not-a-pull-problem")}},
        {QStringLiteral("pull-stalled"),
            {QStringLiteral("network-timeout"), QStringLiteral("transfer-interrupted"),
                QStringLiteral("pull-qps-exceeded"), QStringLiteral("rate-limited")}},
        {QStringLiteral("root-cause-expired"),
            {QStringLiteral("image-not-found"), QStringLiteral("unauthorized"), QStringLiteral("network-timeout"),
                QStringLiteral("registry-unavailable")}},
        {QStringLiteral("not-a-pull-problem"),
            {QStringLiteral("image-not-found"), QStringLiteral("inspect-failed"), QStringLiteral("pull-secret-missing"),
                QStringLiteral("never-pull-missing")}},
        {QStringLiteral("unknown"),
            {QStringLiteral("registry-unavailable"), QStringLiteral("transfer-interrupted"),
                QStringLiteral("layer-corrupt")}},
    };
    return table;
}

QStringList QuizBuilder::confusableWith(const QString &cause)
{
    QStringList out;
    const RuleBook &rules = RuleBook::builtin();
    for (const QString &id : confusionTable().value(cause))
        if (id != cause && rules.rule(id) && !out.contains(id))
            out.append(id);
    return out;
}

bool QuizBuilder::isQuestionCause(const QString &cause, bool includeNotAPullProblem)
{
    if (cause.isEmpty() || cause == QLatin1String("unknown"))
        return false; // nothing to pick: no rule recognised the failure
    if (cause == QLatin1String("not-a-pull-problem"))
        return includeNotAPullProblem;
    return RuleBook::builtin().rule(cause) != nullptr;
}

QList<QuizQuestion> QuizBuilder::build(const DiagnosisReport &report, const QuizOptions &options)
{
    QList<QuizQuestion> questions;
    QHash<QString, int> byKey;
    for (const ContainerDiagnosis &d : report.containers) {
        if (!d.hasCause || !isQuestionCause(d.cause.id, options.includeNotAPullProblem))
            continue;
        const QString key = wordingKey(d);
        if (const auto it = byKey.constFind(key); it != byKey.constEnd()) {
            ++questions[*it].replicas;
            continue;
        }
        QuizQuestion q;
        q.namespace_ = d.namespace_;
        q.pod = d.pod;
        q.container = d.container;
        q.now = report.now;
        q.answer = d.cause.id;
        q.decisive = d.cause.evidence;
        if (q.decisive.message.isEmpty())
            q.decisive.message = d.cause.detail;

        ContainerDiagnosis shown = d;
        shown.namespace_.clear();
        shown.pod.clear();
        shown.container.clear();
        shown.owner = OwnerRef();
        shown.path.clear();
        shown.failingStep.clear();
        shown.state.clear();
        shown.hasCause = false;
        shown.cause = CauseResult();
        shown.warnings.clear();
        shown.serviceAccount.clear();
        shown.pullSecrets.clear();
        shown.missingPullSecrets.clear();
        q.shown = shown;

        byKey.insert(key, int(questions.size()));
        questions.append(q);
    }

    QRandomGenerator rng(options.seed);
    shuffle(questions, rng);
    if (options.limit > 0 && questions.size() > options.limit)
        questions.resize(options.limit);

    const QStringList allIds = RuleBook::builtin().ids();
    for (QuizQuestion &q : questions) {
        QStringList pool = confusableWith(q.answer);
        shuffle(pool, rng);
        QStringList choices = pool.mid(0, 3);
        // The table gives every cause three; this only guards a rules file that lost some.
        for (const QString &id : allIds) {
            if (choices.size() >= 3)
                break;
            if (id != q.answer && id != QLatin1String("unknown") && !choices.contains(id))
                choices.append(id);
        }
        choices.append(q.answer);
        shuffle(choices, rng);
        q.choices = choices;
    }
    return questions;
}

QString QuizBuilder::policyText(const ContainerDiagnosis &shown)
{
    const QString policy = shown.policy.isEmpty() ? ReportWriter::tr("unknown") : shown.policy;
    if (shown.policySource.isEmpty())
        return policy;
    return policy + QStringLiteral(" (") + HtmlReportWriter::policySourceName(shown.policySource) + QLatin1Char(')');
}

QString QuizBuilder::nodeText(const ContainerDiagnosis &shown)
{
    QString node = shown.node.isEmpty() ? ReportWriter::tr("unknown") : shown.node;
    if (!shown.nodeArchitecture.isEmpty())
        node += QStringLiteral(" (") + shown.nodeArchitecture + QLatin1Char(')');
    return node;
}

QString QuizBuilder::evidenceText(const QuizQuestion &q)
{
    const ContainerDiagnosis &d = q.shown;
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) { lines << label + QStringLiteral(": ") + value; };
    line(tr("Image"), d.image.isEmpty() ? ReportWriter::tr("unknown") : d.image);
    if (d.containerType == ContainerType::Init)
        line(tr("Container type"), tr("init container"));
    else if (d.containerType == ContainerType::Ephemeral)
        line(tr("Container type"), tr("ephemeral container"));
    line(tr("Pull policy"), policyText(d));
    line(tr("Node"), nodeText(d));
    if (!d.nodeKubeletVersion.isEmpty())
        line(tr("Kubelet"), d.nodeKubeletVersion);
    if (!d.nodeRuntimeVersion.isEmpty())
        line(tr("Runtime"), d.nodeRuntimeVersion);
    if (d.imageOnNode)
        line(tr("Image listed on the node"), *d.imageOnNode ? tr("yes") : tr("no"));
    if (!d.waitingReason.isEmpty())
        line(tr("Waiting"),
            d.waitingMessage.isEmpty() ? d.waitingReason : d.waitingReason + QStringLiteral(": ") + d.waitingMessage);
    lines << tr("Events:");
    if (d.events.isEmpty())
        lines << QStringLiteral("  ") + tr("(none left)");
    for (const Event &e : d.events)
        lines << QStringLiteral("  ") + e.type + QLatin1Char('\t') + e.reason + QLatin1Char('\t')
                + KubectlText::eventAge(e, q.now) + QLatin1Char('\t') + e.message;
    return lines.join(QLatin1Char('\n'));
}

QList<QuizResultRow> QuizResult::wrong() const
{
    QList<QuizResultRow> out;
    for (const QuizResultRow &r : rows)
        if (!r.correct)
            out.append(r);
    return out;
}

QuizSession::QuizSession(const QList<QuizQuestion> &questions)
    : m_questions(questions)
{
    m_chosen.resize(questions.size());
    m_elapsed.fill(-1, questions.size());
}

void QuizSession::begin(int i)
{
    m_timing = i;
    m_clock.start();
}

bool QuizSession::answer(int i, const QString &cause, qint64 elapsedMs)
{
    if (i < 0 || i >= count() || cause.isEmpty())
        return false;
    if (elapsedMs < 0)
        elapsedMs = (m_timing == i && m_clock.isValid()) ? m_clock.elapsed() : 0;
    m_chosen[i] = cause;
    m_elapsed[i] = elapsedMs;
    if (m_timing == i)
        m_timing = -1;
    return true;
}

bool QuizSession::isCorrect(int i) const
{
    return i >= 0 && i < count() && m_chosen.at(i) == m_questions.at(i).answer;
}

int QuizSession::answered() const
{
    return int(std::count_if(m_chosen.cbegin(), m_chosen.cend(), [](const QString &c) { return !c.isEmpty(); }));
}

int QuizSession::score() const
{
    int n = 0;
    for (int i = 0; i < count(); ++i)
        n += isCorrect(i) ? 1 : 0;
    return n;
}

QuizResult QuizSession::result(const QString &lang, const QString &trainee) const
{
    QuizResult r;
    r.trainee = trainee.trimmed();
    r.language = lang;
    r.finished = QDateTime::currentDateTimeUtc();
    r.total = count();
    r.score = score();
    const RuleBook &rules = RuleBook::builtin();
    for (int i = 0; i < count(); ++i) {
        const QuizQuestion &q = m_questions.at(i);
        QuizResultRow row;
        row.number = i + 1;
        row.namespace_ = q.namespace_;
        row.pod = q.pod;
        row.container = q.container;
        row.image = redactSecrets(q.shown.image);
        row.chosen = m_chosen.at(i);
        row.chosenTitle = titleOf(row.chosen, lang);
        row.answer = q.answer;
        const CauseResult text = rules.describe(q.answer, lang);
        row.answerTitle = text.title;
        row.explanation = redactSecrets(text.explanation);
        const RedactedSpan span = redactWithSpan(q.decisive.message, q.decisive.matchStart, q.decisive.matchEnd);
        row.evidence = span.marked ? span.before + span.match + span.after : span.before;
        row.match = span.marked ? span.match : QString();
        row.correct = isCorrect(i);
        row.seconds = m_elapsed.at(i) < 0 ? -1.0 : double(m_elapsed.at(i)) / 1000.0;
        r.rows.append(row);
    }
    return r;
}

QList<QuizQuestion> QuizSession::wrongQuestions() const
{
    QList<QuizQuestion> out;
    for (int i = 0; i < count(); ++i)
        if (!isCorrect(i))
            out.append(m_questions.at(i));
    return out;
}

} // namespace PullScope

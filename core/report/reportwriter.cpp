#include "reportwriter.h"

#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <limits>
#include <new>

#include "buildinfo.h"
#include "jsonwriter.h"
#include "redaction.h"
#include "terminaltext.h"

namespace PullScope {

namespace {
// RFC 3339 in UTC (20 bytes into `buf`), computed from the milliseconds since the
// epoch: QDateTime::toString(Qt::ISODate) was a fifth of all instructions when writing
// a large report, and splitting into QDate/QTime plus snprintf still took a tenth.
// False for invalid times and years outside 1..9999, which iso() leaves to Qt.
bool isoChars(const QDateTime &t, char *buf)
{
    if (!t.isValid())
        return false;
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    // The last second written, per thread: an event's first and last timestamps are
    // mostly the same, and a container's events come seconds apart.
    thread_local qint64 lastSecs = std::numeric_limits<qint64>::min();
    thread_local char lastText[20];
    if (secs == lastSecs) {
        std::memcpy(buf, lastText, 20);
        return true;
    }
    const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const qint64 sod = secs - days * 86400;
    // H. Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    if (y < 1 || y > 9999) // Qt has no year 0: 1 BC is its year -1
        return false;
    auto two = [](char *at, int v) {
        at[0] = char('0' + v / 10);
        at[1] = char('0' + v % 10);
    };
    two(buf, int(y / 100));
    two(buf + 2, int(y % 100));
    buf[4] = '-';
    two(buf + 5, m);
    buf[7] = '-';
    two(buf + 8, d);
    buf[10] = 'T';
    two(buf + 11, int(sod / 3600));
    buf[13] = ':';
    two(buf + 14, int(sod / 60 % 60));
    buf[16] = ':';
    two(buf + 17, int(sod % 60));
    buf[19] = 'Z';
    lastSecs = secs;
    std::memcpy(lastText, buf, 20);
    return true;
}

QString iso(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    char buf[20];
    if (isoChars(t, buf))
        return QString::fromLatin1(buf, 20);
    return t.toUTC().toString(Qt::ISODate);
}

// A time field, null when invalid. A template so that the key's length is known when
// compiled, as JsonWriter::key's is for a literal.
template<size_t N> void isoField(JsonWriter &w, const char (&key)[N], const QDateTime &t)
{
    w.key(key);
    char buf[20];
    if (isoChars(t, buf))
        w.rawString(buf, 20);
    else if (t.isValid())
        w.value(iso(t));
    else
        w.null();
}

} // namespace

ReportSummary ReportWriter::summarize(const DiagnosisReport &report)
{
    ReportSummary s;
    s.pods = report.pods;
    s.containers = int(report.containers.size());
    for (const ContainerDiagnosis &c : report.containers) {
        if (c.state == QLatin1String("failing"))
            ++s.failing;
        if (c.hasCause)
            s.byCause[c.cause.id] += 1;
    }
    return s;
}

QString ReportWriter::stateName(const QString &state)
{
    if (state == QLatin1String("ok"))
        return tr("ok");
    if (state == QLatin1String("pulling"))
        return tr("pulling");
    if (state == QLatin1String("failing"))
        return tr("failing");
    if (state == QLatin1String("recovered"))
        return tr("recovered");
    return tr("unknown");
}

QString ReportWriter::priorityName(const QString &priority)
{
    if (priority == QLatin1String("high"))
        return tr("high");
    if (priority == QLatin1String("medium"))
        return tr("medium");
    if (priority == QLatin1String("low"))
        return tr("low");
    return priority;
}

QString ReportWriter::stepName(const QString &step)
{
    static const struct
    {
        const char *id;
        const char *name;
    } names[] = {
        {Step::ImageName, QT_TR_NOOP("image name")},
        {Step::Policy, QT_TR_NOOP("pull policy")},
        {Step::LocalCheck, QT_TR_NOOP("image on node?")},
        {Step::AlreadyPresent, QT_TR_NOOP("already present")},
        {Step::NeverPullMissing, QT_TR_NOOP("Never, image absent")},
        {Step::PullSecret, QT_TR_NOOP("pull secret")},
        {Step::Pulling, QT_TR_NOOP("pull started")},
        {Step::Pulled, QT_TR_NOOP("pulled")},
        {Step::PullFailed, QT_TR_NOOP("pull failed")},
        {Step::Backoff, QT_TR_NOOP("back-off")},
        {Step::InspectFailed, QT_TR_NOOP("inspect failed")},
        {Step::Start, QT_TR_NOOP("container start")},
    };
    for (const auto &n : names)
        if (step == QLatin1String(n.id))
            return tr(n.name);
    return step;
}

namespace {
void writeJsonHead(JsonWriter &w, const DiagnosisReport &report)
{
    w.beginObject();
    w.field("tool", report.tool);
    w.field("version", report.version);
    // The program that wrote the report, its exact build (git describe): a report handed
    // on in a ticket says which build made it. An addition to CONTRACT.md's shape.
    w.key("generator");
    w.beginObject();
    w.field("name", "PullScope");
    w.field("version", BuildInfo::version());
    w.endObject();
    isoField(w, "now", report.now);
    w.field("inputs", report.inputs);
    w.field("warnings", report.warnings);
    w.key("containers");
    w.beginArray();
}

void writeJsonContainer(JsonWriter &w, const ContainerDiagnosis &c)
{
    w.beginObject();
    w.field("namespace", c.namespace_);
    w.field("pod", c.pod);
    w.field("container", c.container);
    w.field("containerType", containerTypeId(c.containerType));
    w.key("owner");
    if (c.owner.kind.isEmpty()) {
        w.null();
    } else {
        w.beginObject();
        w.field("kind", c.owner.kind);
        w.field("name", c.owner.name);
        w.endObject();
    }
    w.nullable("node", c.node);
    w.nullable("image", c.image);
    w.key("imageRef");
    if (!c.imageRef.isValid()) {
        w.null();
    } else {
        w.beginObject();
        w.field("registry", c.imageRef.registry);
        w.field("repository", c.imageRef.repository);
        w.nullable("tag", c.imageRef.digest.isEmpty() ? c.imageRef.effectiveTag() : c.imageRef.tag);
        w.nullable("digest", c.imageRef.digest);
        w.endObject();
    }
    w.field("policy", c.policy);
    w.field("policySource", c.policySource);
    w.field("path", c.path);
    w.nullable("failingStep", c.failingStep);
    w.field("state", c.state);
    w.key("cause");
    if (!c.hasCause) {
        w.null();
    } else {
        w.beginObject();
        w.field("id", c.cause.id);
        w.field("title", c.cause.title);
        w.field("explanation", c.cause.explanation);
        w.nullable("detail", c.cause.detail);
        w.key("evidence");
        w.beginObject();
        w.field("source", c.cause.evidence.source);
        w.fieldIf("event", c.cause.evidence.event >= 0, c.cause.evidence.event);
        w.field("message", c.cause.evidence.message);
        w.fieldIf("matchStart", c.cause.evidence.matchStart >= 0, c.cause.evidence.matchStart);
        w.fieldIf("matchEnd", c.cause.evidence.matchEnd >= 0, c.cause.evidence.matchEnd);
        w.endObject();
        w.key("remediation");
        w.beginArray();
        for (const RemediationRow &r : c.cause.remediation) {
            w.beginObject();
            w.field("priority", r.priority);
            w.field("text", r.text);
            w.field("commands", r.commands);
            w.endObject();
        }
        w.endArray();
        w.nullable("wizard", c.cause.wizard);
        w.endObject();
    }
    w.fieldIf("imageOnNode", c.imageOnNode.has_value(), c.imageOnNode.value_or(false));
    w.nullable("nodeArchitecture", c.nodeArchitecture);
    w.field("pullAttempts", c.pullAttempts);
    w.fieldIf("pullDurationSeconds", c.pullDurationSeconds >= 0, c.pullDurationSeconds);
    w.fieldIf("imageSizeBytes", c.imageSizeBytes >= 0, c.imageSizeBytes);
    w.field("backoffSeconds", c.backoffSeconds);
    isoField(w, "nextRetryEstimate", c.nextRetryEstimate);
    w.field("warnings", c.warnings);
    w.key("events");
    w.beginArray();
    for (const Event &e : c.events) {
        w.beginObject();
        w.field("type", e.type);
        w.field("reason", e.reason);
        w.field("message", e.message);
        w.field("count", e.count);
        // Relative ages were turned into times only for ordering; report them as printed.
        const bool relative = !e.age().isEmpty();
        isoField(w, "firstTimestamp", relative ? QDateTime() : e.firstTimestamp);
        isoField(w, "lastTimestamp", relative ? QDateTime() : e.lastTimestamp);
        w.nullable("age", e.age());
        w.nullable("fieldPath", e.fieldPath());
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeJsonTail(JsonWriter &w, const ReportSummary &s, QIODevice *out)
{
    w.endArray();
    w.key("summary");
    w.beginObject();
    w.field("pods", s.pods);
    w.field("containers", s.containers);
    w.field("failing", s.failing);
    w.key("byCause");
    w.beginObject();
    for (auto it = s.byCause.cbegin(); it != s.byCause.cend(); ++it) {
        w.key(it.key().toUtf8().constData());
        w.value(it.value());
    }
    w.endObject();
    w.endObject();
    w.endObject();
    w.flush();
    out->write("\n");
}
} // namespace

void ReportWriter::writeJson(const DiagnosisReport &report, QIODevice *out)
{
    JsonWriter w(out);
    writeJsonHead(w, report);
    for (const ContainerDiagnosis &c : report.containers)
        writeJsonContainer(w, c);
    writeJsonTail(w, summarize(report), out);
}

JsonReportStream::JsonReportStream(QIODevice *out, const DiagnosisReport &head)
    : m_out(out)
    , m_writer(std::make_unique<JsonWriter>(out))
{
    m_summary.pods = head.pods;
    writeJsonHead(*m_writer, head);
}

JsonReportStream::~JsonReportStream() = default;

JsonReportStream::Chunk JsonReportStream::render(const QList<ContainerDiagnosis> &containers)
{
    Chunk chunk;
    // At the depth of the containers array; the separator before the chunk's first
    // container is append()'s to write. The block of a chunk already written has the
    // size of a batch, so that it is not grown (copied, faulted in) again.
    thread_local JsonWriter w(nullptr);
    w.restartAt(2);
    {
        const std::lock_guard<std::mutex> lock(m_spareLock);
        if (!m_spare.empty()) {
            w.reuse(std::move(m_spare.back()));
            m_spare.pop_back();
        }
    }
    for (const ContainerDiagnosis &c : containers) {
        writeJsonContainer(w, c);
        ++chunk.containers;
        if (c.state == QLatin1String("failing"))
            ++chunk.failing;
        if (c.hasCause)
            chunk.byCause[c.cause.id] += 1;
    }
    chunk.json = w.takeBlock();
    return chunk;
}

void JsonReportStream::append(Chunk &&chunk)
{
    if (chunk.containers > 0)
        m_writer->appendMembers(chunk.json.data.get(), chunk.json.size);
    if (chunk.json.data) {
        const std::lock_guard<std::mutex> lock(m_spareLock);
        try {
            m_spare.push_back(std::move(chunk.json));
        } catch (const std::bad_alloc &) {
            // A block not kept is only a block allocated again by the next render().
        }
    }
    if (chunk.containers == 0)
        return;
    m_summary.containers += chunk.containers;
    m_summary.failing += chunk.failing;
    for (auto it = chunk.byCause.cbegin(); it != chunk.byCause.cend(); ++it)
        m_summary.byCause[it.key()] += it.value();
}

void JsonReportStream::finish()
{
    writeJsonTail(*m_writer, m_summary, m_out);
}

void ReportWriter::writeTable(const DiagnosisReport &report, QIODevice *out, bool color)
{
    const QStringList headers
        = {tr("NAMESPACE"), tr("POD"), tr("CONTAINER"), tr("STATE"), tr("FAILING STEP"), tr("CAUSE"), tr("IMAGE")};
    QList<QStringList> rows;
    QList<QString> states;
    for (const ContainerDiagnosis &c : report.containers) {
        rows.append({c.namespace_.isEmpty() ? QStringLiteral("-") : c.namespace_, c.pod, c.container,
            stateName(c.state), c.failingStep.isEmpty() ? QStringLiteral("-") : stepName(c.failingStep),
            c.hasCause ? c.cause.title + QStringLiteral(" (") + c.cause.id + QLatin1Char(')') : QStringLiteral("-"),
            c.image});
        states.append(c.state);
    }
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(TerminalText::width(h));
    for (const QStringList &r : std::as_const(rows))
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], TerminalText::width(r[i]));
    QTextStream ts(out);
    ts.setEncoding(QStringConverter::Utf8);
    auto line = [&](const QStringList &cells, const QString &state) {
        QString l;
        for (int i = 0; i < cells.size(); ++i) {
            QString cell = i + 1 < cells.size() ? TerminalText::padRight(cells[i], widths[i] + 3) : cells[i];
            if (color && i == 3) {
                const char *code = state == QLatin1String("failing") ? "\x1b[31m"
                    : state == QLatin1String("pulling")              ? "\x1b[33m"
                    : state == QLatin1String("ok")                   ? "\x1b[32m"
                    : state == QLatin1String("recovered")            ? "\x1b[36m"
                                                                     : "\x1b[2m";
                cell = QString::fromLatin1(code) + cell + QStringLiteral("\x1b[0m");
            }
            l += cell;
        }
        ts << l << '\n';
    };
    line(headers, QString());
    for (int i = 0; i < rows.size(); ++i)
        line(rows[i], states[i]);
    const ReportSummary s = summarize(report);
    ts << '\n' << tr("%1 pods, %2 containers, %3 failing").arg(s.pods).arg(s.containers).arg(s.failing) << '\n';
    for (const QString &w : report.warnings)
        ts << tr("warning: %1").arg(w) << '\n';
}

void ReportWriter::writeMarkdown(const DiagnosisReport &report, QIODevice *out)
{
    QTextStream ts(out);
    ts.setEncoding(QStringConverter::Utf8);
    // Reports get shared: every free text is redacted (redaction.h).
    auto cell = [](QString s) {
        s = redactSecrets(s);
        return s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    const ReportSummary s = summarize(report);
    ts << "# " << tr("Image pull diagnosis") << "\n\n";
    ts << tr("%1 pods, %2 containers, %3 failing. Evaluated at %4.")
              .arg(s.pods)
              .arg(s.containers)
              .arg(s.failing)
              .arg(iso(report.now))
       << "\n\n";
    ts << "| " << tr("Namespace") << " | " << tr("Pod") << " | " << tr("Container") << " | " << tr("State") << " | "
       << tr("Failing step") << " | " << tr("Cause") << " |\n|---|---|---|---|---|---|\n";
    for (const ContainerDiagnosis &c : report.containers)
        ts << "| " << cell(c.namespace_) << " | " << cell(c.pod) << " | " << cell(c.container) << " | "
           << stateName(c.state) << " | " << (c.failingStep.isEmpty() ? QStringLiteral("-") : stepName(c.failingStep))
           << " | " << (c.hasCause ? cell(c.cause.title) : QStringLiteral("-")) << " |\n";
    for (const ContainerDiagnosis &c : report.containers) {
        if (!c.hasCause)
            continue;
        ts << "\n## " << c.namespace_ << '/' << c.pod << ' ' << c.container << ": " << redactSecrets(c.cause.title)
           << "\n\n";
        ts << redactSecrets(c.cause.explanation) << "\n\n";
        ts << "- " << tr("Image") << ": `" << redactSecrets(c.image) << "`\n";
        ts << "- " << tr("Pull policy") << ": " << c.policy << " (" << c.policySource << ")\n";
        ts << "- " << tr("Decision path") << ": ";
        QStringList steps;
        for (const QString &p : c.path)
            steps << stepName(p);
        ts << steps.join(QStringLiteral(" → ")) << "\n";
        if (!c.cause.detail.isEmpty())
            ts << "- " << tr("Detail") << ": " << redactSecrets(c.cause.detail) << "\n";
        if (!c.cause.evidence.message.isEmpty()) {
            const auto &ev = c.cause.evidence;
            const RedactedSpan span = redactWithSpan(ev.message, ev.matchStart, ev.matchEnd);
            const QString msg = span.marked
                ? span.before + QStringLiteral("**") + span.match + QStringLiteral("**") + span.after
                : span.before;
            ts << "\n> " << msg << "\n";
        }
        if (!c.cause.remediation.isEmpty()) {
            ts << "\n| " << tr("Priority") << " | " << tr("Remediation") << " |\n|---|---|\n";
            for (const RemediationRow &r : c.cause.remediation)
                ts << "| " << priorityName(r.priority) << " | " << cell(r.text) << " |\n";
            for (const RemediationRow &r : c.cause.remediation)
                for (const QString &cmd : r.commands)
                    ts << "\n```\n" << redactSecrets(cmd) << "\n```\n";
        }
    }
    ts << "\n---\n\n" << generatedBy() << '\n';
}

QString ReportWriter::generatedBy()
{
    return tr("Generated by PullScope %1").arg(BuildInfo::version());
}

} // namespace PullScope

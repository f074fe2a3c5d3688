#include "htmlreportwriter.h"

#include "buildinfo.h"
#include "redaction.h"
#include "reportwriter.h"
#include "rulebook.h"

namespace PullScope {

namespace {

// Redact first: the mask must not be built from already-escaped text, and escaping last
// means nothing a message carries can open a tag.
QString text(const QString &s)
{
    return redactSecrets(s).toHtmlEscaped();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// The colours of gui/theme.h (core cannot include it): the report reads like the window.
const char kFailing[] = "#c62828";
const char kTaken[] = "#2e7d32";
const char kInProgress[] = "#ef8f00";
const char kNotReached[] = "#9e9e9e";
const char kRecovered[] = "#00838f";
const char kNotAPullProblem[] = "#6a1b9a";
// A light tint of kFailing behind the matched evidence.
const char kMarkBackground[] = "#f9dede";

QString stateColor(const ContainerDiagnosis &c)
{
    const char *colour = kNotReached;
    if (c.state == QLatin1String("failing"))
        colour = c.hasCause && c.cause.id == QLatin1String("not-a-pull-problem") ? kNotAPullProblem : kFailing;
    else if (c.state == QLatin1String("pulling"))
        colour = kInProgress;
    else if (c.state == QLatin1String("ok"))
        colour = kTaken;
    else if (c.state == QLatin1String("recovered"))
        colour = kRecovered;
    return QString::fromLatin1(colour);
}

QString priorityColor(const QString &priority)
{
    if (priority == QLatin1String("high"))
        return QString::fromLatin1(kFailing);
    if (priority == QLatin1String("medium"))
        return QString::fromLatin1(kInProgress);
    return QString::fromLatin1(kNotReached);
}

const char kStyle[]
    = "body { font-family: 'Noto Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif;"
      " margin: 2em; color: #212121; line-height: 1.45; }\n"
      "h1 { font-size: 1.6em; margin-bottom: 0.2em; }\n"
      "h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #e0e0e0; }\n"
      "table { border-collapse: collapse; margin: 0.6em 0; }\n"
      "th, td { border: 1px solid #e0e0e0; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }\n"
      "th { background: #f5f5f5; }\n"
      "code, pre { font-family: 'Noto Sans Mono', 'DejaVu Sans Mono', Consolas, monospace; }\n"
      "pre { background: #f5f5f5; padding: 0.5em 0.8em; white-space: pre-wrap; word-break: break-all; }\n"
      "blockquote { border-left: 4px solid #c62828; margin: 0.8em 0; padding: 0.3em 0.8em; background: #fafafa; }\n"
      ".explanation { margin: 0.4em 0; }\n"
      ".warnings li { color: #ef8f00; }\n";

} // namespace

QString HtmlReportWriter::policySourceName(const QString &source)
{
    if (source == QLatin1String("explicit"))
        return tr("explicit");
    if (source == QLatin1String("defaulted"))
        return tr("defaulted");
    if (source == QLatin1String("inferred"))
        return tr("inferred");
    return source;
}

QString HtmlReportWriter::htmlLang(const QString &lang)
{
    return lang.startsWith(QLatin1String("zh")) ? QStringLiteral("zh-CN") : QStringLiteral("en");
}

namespace {
// Docker Hub's name is docker.io (hosts.toml folders, credentials), but its registry API
// answers at registry-1.docker.io: a probe of docker.io itself would test the web site.
QString registryFor(const QString &command, const QString &registry)
{
    if (registry != QLatin1String("docker.io"))
        return registry;
    static const QStringList probes = {QStringLiteral("nslookup"), QStringLiteral("dig"), QStringLiteral("mtr"),
        QStringLiteral("ping"), QStringLiteral("nc"), QStringLiteral("traceroute")};
    const QString first = command.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    const bool endpoint = probes.contains(first) || command.contains(QLatin1String("://<registry>/v2"))
        || command.contains(QLatin1String("<registry>:443"));
    return endpoint ? QStringLiteral("registry-1.docker.io") : registry;
}
} // namespace

QString HtmlReportWriter::fillPlaceholders(const QString &command, const ContainerDiagnosis &d)
{
    QString out = command;
    auto put = [&out](const char *placeholder, const QString &value) {
        if (!value.isEmpty())
            out.replace(QLatin1String(placeholder), value);
    };
    put("<pod>", d.pod);
    put("<namespace>", d.namespace_);
    put("<container>", d.container);
    put("<node>", d.node);
    if (d.imageRef.isValid()) {
        put("<registry>", registryFor(command, d.imageRef.registry));
        put("<repository>", d.imageRef.repository);
    }
    // A ReplicaSet's name is its Deployment's plus "-<pod-template-hash>".
    QString deployment;
    if (d.owner.kind == QLatin1String("Deployment"))
        deployment = d.owner.name;
    else if (d.owner.kind == QLatin1String("ReplicaSet") && d.owner.name.lastIndexOf(QLatin1Char('-')) > 0)
        deployment = d.owner.name.left(d.owner.name.lastIndexOf(QLatin1Char('-')));
    put("<deployment>", deployment);
    // "<image>:<tag>" names a repository to push or retag under and "<image>.tar" a file,
    // not the reference as written; only a standalone <image> is the container's image.
    if (!d.image.isEmpty()) {
        static const QLatin1String token("<image>");
        qsizetype from = 0;
        while ((from = out.indexOf(token, from)) >= 0) {
            const qsizetype end = from + token.size();
            if (end < out.size() && (out.at(end) == QLatin1Char(':') || out.at(end) == QLatin1Char('.'))) {
                from = end;
                continue;
            }
            out.replace(from, token.size(), d.image);
            from += d.image.size();
        }
    }
    return out;
}

DiagnosisReport HtmlReportWriter::prepared(DiagnosisReport report, const QString &lang)
{
    const RuleBook &rules = RuleBook::builtin();
    for (ContainerDiagnosis &c : report.containers) {
        if (!c.hasCause)
            continue;
        const CauseResult described = rules.describe(c.cause.id, lang);
        c.cause.title = described.title;
        c.cause.explanation = described.explanation;
        c.cause.remediation = described.remediation;
        for (RemediationRow &row : c.cause.remediation)
            for (QString &cmd : row.commands)
                cmd = fillPlaceholders(cmd, c);
    }
    return report;
}

QString HtmlReportWriter::toHtml(const DiagnosisReport &input, const QString &lang)
{
    const DiagnosisReport report = prepared(input, lang);
    const ReportSummary s = ReportWriter::summarize(report);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + htmlLang(lang) + QStringLiteral("\">\n<head>\n")
        + QStringLiteral("<meta charset=\"utf-8\">\n")
        + QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        + QStringLiteral("<meta name=\"generator\" content=\"PullScope ") + text(BuildInfo::version())
        + QStringLiteral("\">\n") + QStringLiteral("<title>") + ReportWriter::tr("Image pull diagnosis").toHtmlEscaped()
        + QStringLiteral("</title>\n<style>\n") + QString::fromLatin1(kStyle)
        + QStringLiteral("</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>") + ReportWriter::tr("Image pull diagnosis").toHtmlEscaped() + QStringLiteral("</h1>\n");
    h += QStringLiteral("<p class=\"summary\">")
        + ReportWriter::tr("%1 pods, %2 containers, %3 failing. Evaluated at %4.")
              .arg(s.pods)
              .arg(s.containers)
              .arg(s.failing)
              .arg(iso(report.now))
              .toHtmlEscaped()
        + QStringLiteral("</p>\n");

    h += QStringLiteral("<table class=\"summary\">\n<thead><tr>");
    for (const QString &head : {ReportWriter::tr("Namespace"), ReportWriter::tr("Pod"), ReportWriter::tr("Container"),
             ReportWriter::tr("State"), ReportWriter::tr("Failing step"), ReportWriter::tr("Cause")})
        h += QStringLiteral("<th>") + head.toHtmlEscaped() + QStringLiteral("</th>");
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ContainerDiagnosis &c : report.containers) {
        h += QStringLiteral("<tr><td>") + text(c.namespace_) + QStringLiteral("</td><td>") + text(c.pod)
            + QStringLiteral("</td><td>") + text(c.container) + QStringLiteral("</td><td style=\"color:")
            + stateColor(c) + QStringLiteral("; font-weight:bold\">") + ReportWriter::stateName(c.state).toHtmlEscaped()
            + QStringLiteral("</td><td>")
            + (c.failingStep.isEmpty() ? QStringLiteral("-") : ReportWriter::stepName(c.failingStep).toHtmlEscaped())
            + QStringLiteral("</td><td>") + (c.hasCause ? text(c.cause.title) : QStringLiteral("-"))
            + QStringLiteral("</td></tr>\n");
    }
    h += QStringLiteral("</tbody>\n</table>\n");

    for (const ContainerDiagnosis &c : report.containers) {
        if (!c.hasCause)
            continue;
        const QString colour = stateColor(c);
        h += QStringLiteral("<div class=\"container\">\n<h2>") + text(c.namespace_) + QLatin1Char('/') + text(c.pod)
            + QLatin1Char(' ') + text(c.container) + QStringLiteral(": <span class=\"title\" style=\"color:") + colour
            + QStringLiteral("\">") + text(c.cause.title) + QStringLiteral("</span></h2>\n");
        h += QStringLiteral("<p class=\"explanation\">") + text(c.cause.explanation)
            + QStringLiteral("</p>\n<ul class=\"facts\">\n");
        h += QStringLiteral("<li>") + ReportWriter::tr("Image").toHtmlEscaped() + QStringLiteral(": <code>")
            + text(c.image) + QStringLiteral("</code></li>\n");
        h += QStringLiteral("<li>") + ReportWriter::tr("Pull policy").toHtmlEscaped() + QStringLiteral(": ")
            + text(c.policy) + QStringLiteral(" (") + policySourceName(c.policySource).toHtmlEscaped()
            + QStringLiteral(")</li>\n");
        if (!c.node.isEmpty())
            h += QStringLiteral("<li>") + tr("Node").toHtmlEscaped() + QStringLiteral(": ") + text(c.node)
                + QStringLiteral("</li>\n");
        QStringList steps;
        for (const QString &p : c.path) {
            const QString name = ReportWriter::stepName(p).toHtmlEscaped();
            steps << (p == c.failingStep ? QStringLiteral("<strong style=\"color:") + colour + QStringLiteral("\">")
                        + name + QStringLiteral("</strong>")
                                         : name);
        }
        h += QStringLiteral("<li>") + ReportWriter::tr("Decision path").toHtmlEscaped() + QStringLiteral(": ")
            + steps.join(QStringLiteral(" &rarr; ")) + QStringLiteral("</li>\n");
        if (!c.cause.detail.isEmpty())
            h += QStringLiteral("<li>") + ReportWriter::tr("Detail").toHtmlEscaped() + QStringLiteral(": ")
                + text(c.cause.detail) + QStringLiteral("</li>\n");
        h += QStringLiteral("</ul>\n");

        const Evidence &ev = c.cause.evidence;
        if (!ev.message.isEmpty()) {
            const RedactedSpan span = redactWithSpan(ev.message, ev.matchStart, ev.matchEnd);
            h += QStringLiteral("<blockquote class=\"evidence\">") + span.before.toHtmlEscaped();
            if (span.marked)
                h += QStringLiteral("<mark><span style=\"background-color:") + QString::fromLatin1(kMarkBackground)
                    + QStringLiteral("; font-weight:bold\">") + span.match.toHtmlEscaped()
                    + QStringLiteral("</span></mark>") + span.after.toHtmlEscaped();
            h += QStringLiteral("</blockquote>\n");
        }
        if (!c.cause.remediation.isEmpty()) {
            h += QStringLiteral("<table class=\"remediation\">\n<thead><tr><th>")
                + ReportWriter::tr("Priority").toHtmlEscaped() + QStringLiteral("</th><th>")
                + ReportWriter::tr("Remediation").toHtmlEscaped() + QStringLiteral("</th></tr></thead>\n<tbody>\n");
            for (const RemediationRow &r : c.cause.remediation)
                h += QStringLiteral("<tr><td style=\"color:") + priorityColor(r.priority)
                    + QStringLiteral("; font-weight:bold\">") + ReportWriter::priorityName(r.priority).toHtmlEscaped()
                    + QStringLiteral("</td><td>") + text(r.text) + QStringLiteral("</td></tr>\n");
            h += QStringLiteral("</tbody>\n</table>\n");
        }
        // Remediation commands first (they fix), then the rule's checks (they confirm),
        // in the order the evidence panel shows them.
        QStringList commands;
        for (const RemediationRow &r : c.cause.remediation)
            for (const QString &cmd : r.commands)
                if (!commands.contains(cmd))
                    commands << cmd;
        if (const RuleBook::Rule *rule = RuleBook::builtin().rule(c.cause.id))
            for (const QString &raw : rule->commands) {
                const QString cmd = fillPlaceholders(raw, c);
                if (!commands.contains(cmd))
                    commands << cmd;
            }
        if (!commands.isEmpty()) {
            h += QStringLiteral("<pre class=\"commands\">");
            for (const QString &cmd : std::as_const(commands))
                h += text(cmd) + QLatin1Char('\n');
            h += QStringLiteral("</pre>\n");
        }
        if (!c.warnings.isEmpty()) {
            h += QStringLiteral("<ul class=\"warnings\">\n");
            for (const QString &w : c.warnings)
                h += QStringLiteral("<li>") + text(w) + QStringLiteral("</li>\n");
            h += QStringLiteral("</ul>\n");
        }
        h += QStringLiteral("</div>\n");
    }

    if (!report.warnings.isEmpty()) {
        h += QStringLiteral("<h2>") + tr("Warnings").toHtmlEscaped()
            + QStringLiteral("</h2>\n<ul class=\"warnings\">\n");
        for (const QString &w : report.warnings)
            h += QStringLiteral("<li>") + text(w) + QStringLiteral("</li>\n");
        h += QStringLiteral("</ul>\n");
    }
    h += QStringLiteral("<hr>\n<p class=\"generator\">") + ReportWriter::generatedBy().toHtmlEscaped()
        + QStringLiteral("</p>\n</body>\n</html>\n");
    return h;
}

void HtmlReportWriter::write(const DiagnosisReport &report, QIODevice *out, const QString &lang)
{
    out->write(toHtml(report, lang).toUtf8());
}

} // namespace PullScope

#include "auditwriter.h"

#include <QTextStream>

#include <algorithm>

#include "jsonwriter.h"
#include "redaction.h"
#include "terminaltext.h"

namespace PullScope {

namespace {

QString objectText(const AuditFinding &f)
{
    if (f.kind == QLatin1String("Pod")) {
        if (f.pods.size() > 1)
            return AuditWriter::tr("%1 (%2 pods of %3 %4)")
                .arg(f.pod)
                .arg(f.pods.size())
                .arg(f.owner.kind, f.owner.name);
        return f.pod;
    }
    return f.kind + QLatin1Char('/') + f.name;
}

} // namespace

void AuditWriter::writeJson(const AuditReport &report, QIODevice *out)
{
    JsonWriter w(out);
    w.beginObject();
    w.key("findings");
    w.beginArray();
    for (const AuditFinding &f : report.findings) {
        w.beginObject();
        w.field("id", f.id);
        w.field("severity", f.severity);
        w.nullable("namespace", f.namespace_);
        w.nullable("pod", f.pod);
        w.nullable("container", f.container);
        w.nullable("image", f.image);
        w.field("detail", f.detail);
        w.nullable("wizard", f.wizard);
        // Fields beyond CONTRACT.md's example: the object (a workload for a pod template),
        // the replicas folded into this finding, and where it was read.
        w.field("kind", f.kind);
        w.field("name", f.name);
        w.key("owner");
        if (f.owner.kind.isEmpty()) {
            w.null();
        } else {
            w.beginObject();
            w.field("kind", f.owner.kind);
            w.field("name", f.owner.name);
            w.endObject();
        }
        w.field("pods", f.pods);
        w.nullable("containerType", f.container.isEmpty() ? QString() : containerTypeId(f.containerType));
        w.nullable("registry", f.registry);
        w.nullable("secret", f.secret);
        w.key("source");
        if (f.origin.file.isEmpty()) {
            w.null();
        } else {
            w.beginObject();
            w.field("file", f.origin.file);
            w.fieldIf("line", f.origin.line > 0, f.origin.line);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    const DockerHubEstimate &hub = report.dockerHub;
    w.key("dockerHub");
    w.beginObject();
    w.field("images", hub.images);
    w.field("nodes", hub.nodes);
    w.field("estimatedPulls", hub.estimatedPulls);
    w.field("windowHours", hub.limits.windowHours);
    w.key("limits");
    w.beginObject();
    w.field("anonymous", hub.limits.anonymous);
    w.field("authenticated", hub.limits.authenticated);
    w.endObject();
    w.field("nodesAssumed", hub.nodesAssumed);
    w.field("exceedsAnonymous", hub.exceedsAnonymous());
    w.field("containers", hub.containers);
    w.field("containersWithCredentials", hub.withCredentials);
    w.endObject();
    w.key("registries");
    w.beginObject();
    for (const RegistryCount &r : report.registries) {
        const QByteArray k = r.registry.toUtf8();
        w.key(k.constData());
        w.value(r.images);
    }
    w.endObject();
    w.key("summary");
    w.beginObject();
    w.field("pods", report.pods);
    w.field("workloads", report.workloads);
    w.field("containers", report.containers);
    w.key("byFinding");
    w.beginObject();
    for (const QString &id : AuditEngine::findingIds()) {
        const QByteArray k = id.toUtf8();
        w.key(k.constData());
        w.value(report.count(id));
    }
    w.endObject();
    w.endObject();
    w.field("inputs", report.inputs);
    w.field("warnings", report.warnings);
    w.endObject();
    w.flush();
    out->write("\n");
}

QString AuditWriter::csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v != value) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

void AuditWriter::writeCsv(const AuditReport &report, QIODevice *out)
{
    QTextStream ts(out);
    ts.setEncoding(QStringConverter::Utf8);
    // Column names are ids, like the JSON keys: scripts read them.
    ts << "id,severity,namespace,kind,name,pods,container,image,registry,secret,wizard,detail\r\n";
    for (const AuditFinding &f : report.findings) {
        const QStringList cells = {f.id, f.severity, f.namespace_, f.kind, f.name, f.pods.join(QLatin1Char(' ')),
            f.container, redactSecrets(f.image), f.registry, f.secret, f.wizard, redactSecrets(f.detail)};
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvField(c);
        ts << quoted.join(QLatin1Char(',')) << "\r\n";
    }
}

void AuditWriter::writeMarkdown(const AuditReport &report, QIODevice *out)
{
    QTextStream ts(out);
    ts.setEncoding(QStringConverter::Utf8);
    auto cell = [](QString s) {
        s = redactSecrets(s);
        return s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    ts << "# " << tr("Image pull configuration audit") << "\n\n";
    ts << tr("%1 pods, %2 workloads, %3 containers audited; %4 findings.")
              .arg(report.pods)
              .arg(report.workloads)
              .arg(report.containers)
              .arg(report.findings.size())
       << "\n\n";
    ts << "| " << tr("Finding") << " | " << tr("Count") << " |\n|---|---|\n";
    for (const QString &id : AuditEngine::findingIds())
        ts << "| " << AuditEngine::findingTitle(id) << " (`" << id << "`) | " << report.count(id) << " |\n";
    if (!report.findings.isEmpty()) {
        ts << "\n## " << tr("Findings") << "\n\n";
        ts << "| " << tr("Severity") << " | " << tr("Finding") << " | " << tr("Namespace") << " | " << tr("Object")
           << " | " << tr("Container") << " | " << tr("Image") << " | " << tr("Detail") << " |\n"
           << "|---|---|---|---|---|---|---|\n";
        for (const AuditFinding &f : report.findings)
            ts << "| " << AuditEngine::severityName(f.severity) << " | `" << f.id << "` | " << cell(f.namespace_)
               << " | " << cell(objectText(f)) << " | " << cell(f.container) << " | "
               << (f.image.isEmpty() ? QString() : QStringLiteral("`") + cell(f.image) + QStringLiteral("`")) << " | "
               << cell(f.detail) << " |\n";
    }
    const DockerHubEstimate &hub = report.dockerHub;
    ts << "\n## " << tr("Docker Hub") << "\n\n";
    ts << tr("%1 Docker Hub images on %2 nodes: up to %3 pulls in %4 hours if every node fetches each once. Limits: "
             "%5 anonymous pulls per source address, %6 per free account.")
              .arg(hub.images)
              .arg(hub.nodes)
              .arg(hub.estimatedPulls)
              .arg(hub.limits.windowHours)
              .arg(hub.limits.anonymous)
              .arg(hub.limits.authenticated)
       << "\n";
    if (hub.exceedsAnonymous())
        ts << "\n" << tr("**The estimate exceeds the anonymous limit.**") << "\n";
    ts << "\n## " << tr("Registries") << "\n\n| " << tr("Registry") << " | " << tr("Images") << " |\n|---|---|\n";
    for (const RegistryCount &r : report.registries)
        ts << "| " << cell(r.registry) << " | " << r.images << " |\n";
    if (!report.warnings.isEmpty()) {
        ts << "\n## " << tr("Warnings") << "\n\n";
        for (const QString &w : report.warnings)
            ts << "- " << cell(w) << "\n";
    }
}

void AuditWriter::writeTable(const AuditReport &report, QIODevice *out)
{
    const QStringList headers
        = {tr("SEVERITY"), tr("FINDING"), tr("NAMESPACE"), tr("OBJECT"), tr("CONTAINER"), tr("IMAGE")};
    QList<QStringList> rows;
    for (const AuditFinding &f : report.findings)
        rows.append(
            {AuditEngine::severityName(f.severity), f.id, f.namespace_.isEmpty() ? QStringLiteral("-") : f.namespace_,
                objectText(f), f.container.isEmpty() ? QStringLiteral("-") : f.container,
                f.image.isEmpty() ? (f.secret.isEmpty() ? QStringLiteral("-") : tr("secret %1").arg(f.secret))
                                  : redactSecrets(f.image)});
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(TerminalText::width(h));
    for (const QStringList &r : std::as_const(rows))
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], TerminalText::width(r[i]));
    QTextStream ts(out);
    ts.setEncoding(QStringConverter::Utf8);
    auto line = [&](const QStringList &cells) {
        QString l;
        for (int i = 0; i < cells.size(); ++i)
            l += i + 1 < cells.size() ? TerminalText::padRight(cells[i], widths[i] + 3) : cells[i];
        ts << l << '\n';
    };
    if (!rows.isEmpty()) {
        line(headers);
        for (const QStringList &r : std::as_const(rows))
            line(r);
        ts << '\n';
    }
    ts << tr("%1 pods, %2 workloads, %3 containers audited; %4 findings.")
              .arg(report.pods)
              .arg(report.workloads)
              .arg(report.containers)
              .arg(report.findings.size())
       << '\n';
    const DockerHubEstimate &hub = report.dockerHub;
    ts << tr("Docker Hub: %1 images x %2 nodes = up to %3 pulls per %4 h (anonymous limit %5, free account %6)%7")
              .arg(hub.images)
              .arg(hub.nodes)
              .arg(hub.estimatedPulls)
              .arg(hub.limits.windowHours)
              .arg(hub.limits.anonymous)
              .arg(hub.limits.authenticated)
              .arg(hub.exceedsAnonymous() ? tr(": over the anonymous limit") : QString())
       << '\n';
    QStringList dist;
    for (const RegistryCount &r : report.registries)
        dist << QStringLiteral("%1 %2").arg(r.registry).arg(r.images);
    ts << tr("Registries (distinct images): %1")
              .arg(dist.isEmpty() ? QStringLiteral("-") : dist.join(QStringLiteral(", ")))
       << '\n';
    for (const QString &w : report.warnings)
        ts << tr("warning: %1").arg(w) << '\n';
}

} // namespace PullScope

#include "fixpack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include "reportwriter.h"
#include "secretgenerator.h"
#include "zipwriter.h"

namespace PullScope {

namespace {

const QStringList &packNames()
{
    static const QStringList names = {QStringLiteral("README.md"), QStringLiteral("apply.sh"),
        QStringLiteral("verify.sh"), QStringLiteral("ROLLBACK.md")};
    return names;
}

QString q(const QString &s)
{
    return SecretGenerator::shellQuote(s);
}

// The command's words before a trailing "# comment".
QStringList words(const QString &command)
{
    QStringList out;
    for (const QString &w : command.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.startsWith(QLatin1Char('#')))
            break;
        out << w;
    }
    return out;
}

// "sudo install [-D] [-m MODE] SRC DEST": DEST, the file put on the node.
QString installDestination(const QString &command)
{
    const QStringList w = words(command);
    if (w.size() < 3 || w[0] != QLatin1String("sudo") || w[1] != QLatin1String("install")
        || w.contains(QLatin1String("-d")))
        return {};
    return w.last().startsWith(QLatin1Char('/')) ? w.last() : QString();
}

struct ObjectRef
{
    QString kind, name, ns;
};

// "kubectl patch KIND NAME [-n NS] ..." and "kubectl create secret TYPE NAME [-n NS] ...".
bool kubectlTarget(const QString &command, const QString &verb, ObjectRef *ref)
{
    const QStringList w = words(command);
    if (w.size() < 4 || w[0] != QLatin1String("kubectl") || w[1] != verb)
        return false;
    int at = 2;
    if (verb == QLatin1String("create")) {
        if (w[2] != QLatin1String("secret") || w.size() < 5)
            return false;
        ref->kind = QStringLiteral("secret");
        at = 4;
    } else {
        ref->kind = w[2];
        at = 3;
    }
    ref->name = w[at];
    const qsizetype n = w.indexOf(QLatin1String("-n"));
    ref->ns = n > 0 && n + 1 < w.size() ? w[n + 1] : QString();
    return true;
}

QString nsArg(const ObjectRef &r)
{
    return r.ns.isEmpty() ? QString() : QStringLiteral(" -n ") + q(r.ns);
}

QString applyFilePath(const QString &command)
{
    const QStringList w = words(command);
    if (w.size() == 4 && w[0] == QLatin1String("kubectl") && w[1] == QLatin1String("apply")
        && w[2] == QLatin1String("-f"))
        return w[3];
    return {};
}

QString safeName(const QString &s)
{
    QString out = s;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    out.replace(unsafe, QStringLiteral("_"));
    return out;
}

QByteArray scriptHeader(const ContainerDiagnosis &d, const QString &purpose)
{
    QString h = QStringLiteral("#!/usr/bin/env bash\n");
    h += QStringLiteral("# PullScope: ") + purpose + QLatin1Char('\n');
    h += QStringLiteral("# ") + d.namespace_ + QLatin1Char('/') + d.pod + QStringLiteral(", ") + d.container
        + (d.hasCause ? QStringLiteral(" (") + d.cause.id + QLatin1Char(')') : QString()) + QLatin1Char('\n');
    h += QStringLiteral("# ")
        + FixPack::tr("./%1 cluster: the kubectl steps, where kubectl reaches the cluster. ./%1 node: the steps for "
                      "the node%2 (copy this folder there). ./%1: both, in that order.")
              .arg(purpose == QLatin1String("apply") ? QStringLiteral("apply.sh") : QStringLiteral("verify.sh"),
                  d.node.isEmpty() ? QString() : QStringLiteral(" ") + d.node)
        + QLatin1Char('\n');
    // apply.sh stops at the first failing step; verify.sh runs every check and counts failures.
    h += (purpose == QLatin1String("apply") ? QStringLiteral("set -euo pipefail\n")
                                            : QStringLiteral("set -uo pipefail\nfailed=0\n"))
        + QStringLiteral(
            "cd \"$(dirname \"$0\")\"\npart=\"${1:-all}\"\n"
            "case \"$part\" in all|cluster|node) ;; *) echo \"usage: $0 [all|cluster|node]\" >&2; exit 2 ;; "
            "esac\n");
    return h.toUtf8();
}

} // namespace

bool FixPack::isClusterPart(const GeneratedSet &set)
{
    for (const GeneratedFile &f : set.files)
        if (f.path.startsWith(QLatin1String("kubernetes/")))
            return true;
    for (const QString &c : set.applyCommands)
        if (c.startsWith(QLatin1String("kubectl ")))
            return true;
    return false;
}

bool FixPack::isScript(const QString &path)
{
    return path == QLatin1String("apply.sh") || path == QLatin1String("verify.sh");
}

QString FixPack::folderName(const ContainerDiagnosis &d)
{
    return safeName(
        QStringLiteral("fixpack-") + d.namespace_ + QLatin1Char('-') + d.pod + QLatin1Char('-') + d.container);
}

QList<GeneratedFile> FixPack::build(
    const ContainerDiagnosis &d, const QList<FixPackPart> &parts, QString *error, const QDateTime &generatedAt)
{
    QList<GeneratedFile> files;
    QHash<QString, QByteArray> seen;
    for (const FixPackPart &p : parts) {
        for (const GeneratedFile &f : p.set.files) {
            if (packNames().contains(f.path) || f.path.startsWith(QLatin1String("backup/"))
                || !GeneratedFileWriter::isSafeRelativePath(f.path)) {
                *error = tr("%1: the path %2 is reserved for the fix pack or not a relative path").arg(p.title, f.path);
                return {};
            }
            const auto known = seen.constFind(f.path);
            if (known != seen.constEnd()) {
                if (*known != f.content) {
                    *error = tr("two parts write %1 differently").arg(f.path);
                    return {};
                }
                continue;
            }
            seen.insert(f.path, f.content);
            files << f;
        }
    }

    // apply.sh: backups first, so ROLLBACK.md can point at them.
    QByteArray apply = scriptHeader(d, QStringLiteral("apply"));
    QByteArray verify = scriptHeader(d, QStringLiteral("verify"));
    QStringList rollbackCluster, rollbackNode, restarts;
    for (const bool cluster : {true, false}) {
        QByteArray a, v;
        for (const FixPackPart &p : parts) {
            if (isClusterPart(p.set) != cluster)
                continue;
            a += "  echo " + q(QStringLiteral("== ") + p.title).toUtf8() + '\n';
            for (const QString &c : p.set.applyCommands) {
                ObjectRef ref;
                const QString applied = applyFilePath(c);
                const QString dest = installDestination(c);
                if (!applied.isEmpty()) {
                    const QString backup = QStringLiteral("backup/") + applied;
                    a += "  mkdir -p " + q(QFileInfo(backup).path()).toUtf8() + "\n";
                    a += "  (umask 077; kubectl get -f " + q(applied).toUtf8() + " -o yaml > " + q(backup).toUtf8()
                        + " 2>/dev/null) || rm -f " + q(backup).toUtf8() + "\n";
                    rollbackCluster << tr("`%1`: if apply.sh saved `%2`, restore it with `kubectl replace -f %2`; "
                                          "otherwise the object is new: `kubectl delete -f %1`.")
                                           .arg(applied, backup);
                } else if (kubectlTarget(c, QStringLiteral("patch"), &ref)) {
                    const QString backup = QStringLiteral("backup/") + safeName(ref.kind + QLatin1Char('-') + ref.name)
                        + QStringLiteral(".yaml");
                    a += "  mkdir -p backup\n";
                    a += "  kubectl get " + q(ref.kind).toUtf8() + ' ' + q(ref.name).toUtf8() + nsArg(ref).toUtf8()
                        + " -o yaml > " + q(backup).toUtf8() + "\n";
                    rollbackCluster << tr("%1 %2 was patched: `kubectl replace -f %3` restores it as it was (if it "
                                          "changed since, remove the added imagePullSecrets entry with `kubectl edit "
                                          "%1 %2%4`).")
                                           .arg(ref.kind, ref.name, backup, nsArg(ref));
                } else if (kubectlTarget(c, QStringLiteral("create"), &ref)) {
                    rollbackCluster
                        << tr("The Secret %1 was created: `kubectl delete secret %1%2`.").arg(ref.name, nsArg(ref));
                } else if (!dest.isEmpty()) {
                    const QString saved = dest + QStringLiteral(".pullscope-backup");
                    a += "  if sudo test -e " + q(dest).toUtf8() + "; then sudo cp -p " + q(dest).toUtf8() + ' '
                        + q(saved).toUtf8() + "; fi\n";
                    rollbackNode
                        << tr("`%1`: `sudo mv %2 %1` if apply.sh saved `%2`, otherwise `sudo rm %1`.").arg(dest, saved);
                }
                if (c.contains(QLatin1String("systemctl")) && !c.trimmed().startsWith(QLatin1Char('#')))
                    restarts << words(c).join(QLatin1Char(' '));
                a += "  " + c.toUtf8() + '\n';
            }
            if (!p.set.verifyCommands.isEmpty()) {
                v += "  echo " + q(QStringLiteral("== ") + p.title).toUtf8() + '\n';
                for (const QString &c : p.set.verifyCommands)
                    v += "  " + c.toUtf8() + " || failed=$((failed + 1))\n";
            }
        }
        const QByteArray guard = cluster ? "if [ \"$part\" != node ]; then\n" : "if [ \"$part\" != cluster ]; then\n";
        if (!a.isEmpty())
            apply += guard + a + "fi\n";
        if (!v.isEmpty())
            verify += guard + v + "fi\n";
    }
    restarts.removeDuplicates();
    // The translated text goes into a single-quoted printf format: nothing in it is expanded.
    QString format = tr("%1 check(s) failed");
    format.replace(QStringLiteral("%1"), QChar(0xfffc));
    format.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("%%"));
    format.replace(QChar(0xfffc), QStringLiteral("%s"));
    verify += "if [ \"$failed\" -ne 0 ]; then printf " + q(format + QStringLiteral("\\n")).toUtf8()
        + " \"$failed\" >&2; exit 1; fi\n";

    QString rb = QStringLiteral("# ") + tr("Rollback") + QStringLiteral("\n\n");
    rb += tr("apply.sh saves what it replaces before changing it: Kubernetes objects under backup/ in this folder, "
             "node files next to themselves as FILE.pullscope-backup.")
        + QStringLiteral("\n\n");
    if (!rollbackCluster.isEmpty()) {
        rb += QStringLiteral("## ") + tr("Cluster") + QStringLiteral("\n\n");
        for (const QString &l : std::as_const(rollbackCluster))
            rb += QStringLiteral("- ") + l + QLatin1Char('\n');
        rb += QLatin1Char('\n');
    }
    if (!rollbackNode.isEmpty()) {
        rb += QStringLiteral("## ") + (d.node.isEmpty() ? tr("Node") : tr("Node %1").arg(d.node))
            + QStringLiteral("\n\n");
        for (const QString &l : std::as_const(rollbackNode))
            rb += QStringLiteral("- ") + l + QLatin1Char('\n');
        if (!restarts.isEmpty()) {
            rb += QStringLiteral("\n") + tr("Then make the service read the old files again:")
                + QStringLiteral("\n\n```sh\n");
            for (const QString &r : std::as_const(restarts))
                rb += r + QLatin1Char('\n');
            rb += QStringLiteral("```\n");
        }
    }
    if (rollbackCluster.isEmpty() && rollbackNode.isEmpty())
        rb += tr("Nothing in this pack changes the cluster or a node by itself.") + QLatin1Char('\n');

    QString md = QStringLiteral("# ") + tr("Fix pack: %1/%2, container %3").arg(d.namespace_, d.pod, d.container)
        + QStringLiteral("\n\n");
    md += tr("Generated by PullScope %1 at %2.")
              .arg(QStringLiteral(PULLSCOPE_VERSION), generatedAt.toUTC().toString(Qt::ISODate))
        + QStringLiteral("\n\n## ") + tr("Diagnosis") + QStringLiteral("\n\n");
    md += QStringLiteral("- ") + tr("Image") + QStringLiteral(": `") + d.image + QStringLiteral("`\n");
    if (!d.node.isEmpty())
        md += QStringLiteral("- ") + tr("Node") + QStringLiteral(": ") + d.node
            + (d.nodeRuntimeVersion.isEmpty() ? QString()
                                              : QStringLiteral(" (") + d.nodeRuntimeVersion + QLatin1Char(')'))
            + QLatin1Char('\n');
    md += QStringLiteral("- ") + tr("State") + QStringLiteral(": ") + ReportWriter::stateName(d.state)
        + QLatin1Char('\n');
    if (!d.failingStep.isEmpty())
        md += QStringLiteral("- ") + tr("Failing step") + QStringLiteral(": ") + ReportWriter::stepName(d.failingStep)
            + QLatin1Char('\n');
    if (d.hasCause) {
        md += QStringLiteral("- ") + tr("Cause") + QStringLiteral(": **") + d.cause.title + QStringLiteral("** (`")
            + d.cause.id + QStringLiteral("`)\n\n") + d.cause.explanation + QStringLiteral("\n");
        if (!d.cause.evidence.message.isEmpty())
            md += QStringLiteral("\n") + tr("Evidence:") + QStringLiteral("\n\n```\n") + d.cause.evidence.message
                + QStringLiteral("\n```\n");
        if (!d.cause.remediation.isEmpty()) {
            md += QStringLiteral("\n## ") + tr("What to do") + QStringLiteral("\n\n");
            for (const RemediationRow &r : d.cause.remediation) {
                md += QStringLiteral("- [") + ReportWriter::priorityName(r.priority) + QStringLiteral("] ") + r.text
                    + QLatin1Char('\n');
                for (const QString &c : r.commands)
                    md += QStringLiteral("  - `") + c + QStringLiteral("`\n");
            }
        }
    }
    md += QStringLiteral("\n## ") + tr("Files") + QStringLiteral("\n\n");
    for (const FixPackPart &p : parts) {
        md += QStringLiteral("### ") + p.title + QStringLiteral(" (")
            + (isClusterPart(p.set) ? tr("cluster") : tr("node")) + QStringLiteral(")\n\n");
        for (const GeneratedFile &f : p.set.files)
            md += QStringLiteral("- `") + f.path + QLatin1Char('`')
                + (f.secret ? QStringLiteral(" ") + tr("(holds credentials: mode 0600, do not commit or share)")
                            : QString())
                + QLatin1Char('\n');
        for (const QString &w : p.set.warnings)
            md += QStringLiteral("- ") + tr("Note: %1").arg(w) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    md += QStringLiteral("## ") + tr("Apply") + QStringLiteral("\n\n");
    md += tr("`./apply.sh cluster` runs the kubectl steps where kubectl reaches the cluster; `./apply.sh node` runs "
             "the steps for the node (copy this folder to %1 first); `./apply.sh` runs both. Paths are relative to "
             "this folder. The commands, in order:")
              .arg(d.node.isEmpty() ? tr("the node") : d.node)
        + QStringLiteral("\n\n```sh\n");
    for (const FixPackPart &p : parts)
        for (const QString &c : p.set.applyCommands)
            md += c + QLatin1Char('\n');
    md += QStringLiteral("```\n\n## ") + tr("Verify") + QStringLiteral("\n\n");
    md += tr("`./verify.sh` (with the same cluster/node argument), then watch the pod: `kubectl get pod %1 -n %2 -w`.")
              .arg(d.pod, d.namespace_)
        + QStringLiteral("\n\n```sh\n");
    for (const FixPackPart &p : parts)
        for (const QString &c : p.set.verifyCommands)
            md += c + QLatin1Char('\n');
    md += QStringLiteral("```\n\n## ") + tr("Rollback") + QStringLiteral("\n\n") + tr("See ROLLBACK.md.")
        + QLatin1Char('\n');

    files << GeneratedFile {QStringLiteral("README.md"), md.toUtf8(), false}
          << GeneratedFile {QStringLiteral("apply.sh"), apply, false}
          << GeneratedFile {QStringLiteral("verify.sh"), verify, false}
          << GeneratedFile {QStringLiteral("ROLLBACK.md"), rb.toUtf8(), false};
    return files;
}

bool FixPack::writeToDir(const ContainerDiagnosis &d, const QList<FixPackPart> &parts, const QString &dir,
    QString *error, QStringList *written)
{
    GeneratedSet set;
    set.files = build(d, parts, error);
    if (set.files.isEmpty())
        return false;
    if (!GeneratedFileWriter::writeToDir(set, dir, error, written))
        return false;
    for (const QString &script : {QStringLiteral("apply.sh"), QStringLiteral("verify.sh")}) {
        const QString path = QDir(dir).filePath(script);
        if (!QFile::setPermissions(path,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)) {
            *error = tr("cannot make %1 executable").arg(path);
            return false;
        }
    }
    return true;
}

bool FixPack::writeZip(
    const ContainerDiagnosis &d, const QList<FixPackPart> &parts, const QString &zipPath, QString *error)
{
    const QList<GeneratedFile> files = build(d, parts, error);
    if (files.isEmpty())
        return false;
    const QString top = folderName(d) + QLatin1Char('/');
    QList<ZipWriter::Entry> entries;
    for (const GeneratedFile &f : files)
        entries << ZipWriter::Entry {top + f.path, f.content, isScript(f.path) ? 0755 : f.secret ? 0600 : 0644};
    return ZipWriter::write(zipPath, entries, error);
}

} // namespace PullScope

#include "crioregistrygenerator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "fieldvalidator.h"
#include "tomltext.h"
#include "unifieddiff.h"

namespace PullScope {

namespace {

struct MirrorLocation
{
    QString location;
    bool insecure = false;
};

MirrorLocation mirrorLocation(const QString &value)
{
    MirrorLocation m;
    m.location = value;
    if (value.startsWith(QLatin1String("http://"))) {
        m.location = value.mid(7);
        m.insecure = true;
    } else if (value.startsWith(QLatin1String("https://"))) {
        m.location = value.mid(8);
    }
    while (m.location.endsWith(QLatin1Char('/')))
        m.location.chop(1);
    return m;
}

// host[:port] with an optional repository namespace path.
QString validateLocation(const QString &field, const QString &value)
{
    QString problem = FieldValidator::required(field, value);
    if (!problem.isEmpty())
        return problem;
    const int slash = int(value.indexOf(QLatin1Char('/')));
    const QString host = slash < 0 ? value : value.left(slash);
    problem = FieldValidator::registryHost(field, host);
    if (!problem.isEmpty())
        return problem;
    static const QRegularExpression pathRe(QStringLiteral("^(/[a-z0-9]+([._-][a-z0-9]+)*)*$"));
    if (slash >= 0 && !pathRe.match(value.mid(slash)).hasMatch())
        return QCoreApplication::translate("Generate",
            "%1: '%2': the path after the host must be a repository namespace (lower-case letters, digits, "
            "'.', '_', '-', separated by '/').")
            .arg(field, FieldValidator::displayValue(value));
    return {};
}

toml::table registryTable(const CrioMirrorOptions &o)
{
    toml::table reg;
    reg.insert("prefix", TomlText::str(o.registry));
    reg.insert("location", TomlText::str(o.location.isEmpty() ? o.registry : o.location));
    toml::array mirrors;
    for (const QString &m : o.mirrors) {
        const MirrorLocation l = mirrorLocation(m);
        toml::table t;
        t.insert("location", TomlText::str(l.location));
        if (l.insecure)
            t.insert("insecure", true);
        if (!o.pullFromMirror.isEmpty())
            t.insert("pull-from-mirror", TomlText::str(o.pullFromMirror));
        mirrors.push_back(std::move(t));
    }
    reg.insert("mirror", std::move(mirrors));
    return reg;
}

QString keyOf(const toml::table &reg)
{
    const toml::node *prefix = reg.get("prefix");
    if (prefix && prefix->as_string())
        return TomlText::qstr(prefix->as_string()->get());
    const toml::node *location = reg.get("location");
    return location && location->as_string() ? TomlText::qstr(location->as_string()->get()) : QString();
}

QStringList mirrorLocations(const toml::table &reg)
{
    QStringList out;
    const toml::node *mirrors = reg.get("mirror");
    if (const toml::array *a = mirrors ? mirrors->as_array() : nullptr) {
        for (const toml::node &m : *a) {
            const toml::table *t = m.as_table();
            const toml::node *l = t ? t->get("location") : nullptr;
            if (l && l->as_string())
                out << TomlText::qstr(l->as_string()->get());
        }
    }
    return out;
}

const toml::table *findRegistry(const toml::table &root, const QString &prefix)
{
    const toml::node *regs = root.get("registry");
    const toml::array *a = regs ? regs->as_array() : nullptr;
    if (!a)
        return nullptr;
    for (const toml::node &n : *a)
        if (const toml::table *t = n.as_table(); t && keyOf(*t) == prefix)
            return t;
    return nullptr;
}

} // namespace

QString CrioRegistryGenerator::dropInPath(const QString &registry)
{
    QString name = registry;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStringLiteral("etc/containers/registries.conf.d/50-pullscope-") + name + QStringLiteral(".conf");
}

QString CrioRegistryGenerator::validate(const CrioMirrorOptions &o)
{
    QString problem = validateLocation(QStringLiteral("--registry"), o.registry);
    if (!problem.isEmpty())
        return problem;
    if (!o.location.isEmpty()) {
        problem = validateLocation(QStringLiteral("--location"), o.location);
        if (!problem.isEmpty())
            return problem;
    }
    if (o.mirrors.isEmpty())
        return QCoreApplication::translate("Generate", "--mirror: give at least one mirror.");
    for (const QString &m : o.mirrors) {
        if (m.contains(QLatin1String("://"))) {
            problem = FieldValidator::url(QStringLiteral("--mirror"), m, FieldValidator::AllowPath);
            if (!problem.isEmpty())
                return problem;
        }
        problem = validateLocation(QStringLiteral("--mirror"), mirrorLocation(m).location);
        if (!problem.isEmpty())
            return problem;
    }
    static const QStringList pullFrom {
        QString(), QStringLiteral("all"), QStringLiteral("digest-only"), QStringLiteral("tag-only")};
    if (!pullFrom.contains(o.pullFromMirror))
        return QCoreApplication::translate(
            "Generate", "--pull-from-mirror: '%1' is not one of all, digest-only, tag-only.")
            .arg(FieldValidator::displayValue(o.pullFromMirror));
    return {};
}

QByteArray CrioRegistryGenerator::registryBlock(const CrioMirrorOptions &o)
{
    toml::array regs;
    regs.push_back(registryTable(o));
    toml::table root;
    root.insert("registry", std::move(regs));
    return TomlText::serialize(root);
}

GeneratedSet CrioRegistryGenerator::generate(const CrioMirrorOptions &o)
{
    GeneratedSet set;
    const QString problem = validate(o);
    if (!problem.isEmpty()) {
        set.warnings << problem;
        return set;
    }
    const QString path = dropInPath(o.registry);
    set.files.append({path, registryBlock(o), false});
    for (const QString &m : o.mirrors)
        if (mirrorLocation(m).insecure)
            set.warnings << QCoreApplication::translate("Generate",
                "%1: insecure = true lets CRI-O use plain HTTP and skip TLS verification for this "
                "mirror.")
                                .arg(m);
    if (!o.pullFromMirror.isEmpty())
        set.warnings << QCoreApplication::translate("Generate",
            "pull-from-mirror needs containers-image 5.25 or newer (CRI-O 1.27+); older versions "
            "reject the key.");
    set.warnings << QCoreApplication::translate("Generate",
        "A drop-in replaces any [[registry]] with the same prefix from registries.conf or earlier "
        "drop-ins; pass --from-config with the node's file to merge into it instead.");
    set.applyCommands << QStringLiteral("sudo install -D -m 0644 %1 /%1").arg(path)
                      << QStringLiteral("sudo systemctl restart crio");
    set.verifyCommands << QStringLiteral("sudo crictl pull %1/REPOSITORY:TAG").arg(o.registry)
                       << QStringLiteral("sudo journalctl -u crio --since -5min | grep -i mirror");
    return set;
}

CrioMerge CrioRegistryGenerator::merge(const QByteArray &current, const CrioMirrorOptions &o, const QString &nodePath)
{
    CrioMerge r;
    QString parseError;
    const std::optional<toml::table> parsed = TomlText::parse(current, &parseError);
    if (!parsed) {
        r.error = QCoreApplication::translate("Generate", "%1: %2").arg(nodePath, parseError);
        return r;
    }
    if (parsed->get("registries"))
        r.warnings << QCoreApplication::translate("Generate",
            "%1 uses the version 1 format ([registries.search] ...); containers-image refuses to mix "
            "it with [[registry]] tables. Convert it to version 2 first.")
                          .arg(nodePath);
    QList<QByteArray> lines = current.split('\n');
    if (current.endsWith('\n'))
        lines.removeLast();

    const toml::table *existing = findRegistry(*parsed, o.registry);
    if (!existing) {
        if (const toml::node *regs = parsed->get("registry"); regs && !regs->is_array_of_tables()) {
            r.error = QCoreApplication::translate(
                "Generate", "%1: `registry` is not written as [[registry]] tables; add the mirror by hand.")
                          .arg(nodePath);
            return r;
        }
        if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
            lines << QByteArray();
        lines << registryBlock(o).split('\n');
        if (lines.last().isEmpty())
            lines.removeLast();
    } else {
        if (existing->is_inline()) {
            r.error = QCoreApplication::translate(
                "Generate", "%1: the [[registry]] for %2 is written inline; add the mirror by hand.")
                          .arg(nodePath, o.registry);
            return r;
        }
        const QStringList have = mirrorLocations(*existing);
        CrioMirrorOptions missing = o;
        missing.mirrors.clear();
        for (const QString &m : o.mirrors)
            if (!have.contains(mirrorLocation(m).location))
                missing.mirrors << m;
        if (const toml::node *loc = existing->get("location"); loc && loc->as_string()) {
            const QString location = TomlText::qstr(loc->as_string()->get());
            if (!o.location.isEmpty() && location != o.location)
                r.warnings << QCoreApplication::translate(
                    "Generate", "%1: the [[registry]] for %2 keeps its location \"%3\".")
                                  .arg(nodePath, o.registry, location);
        }
        if (!missing.mirrors.isEmpty()) {
            // The new [[registry.mirror]] tables go right after this registry's block: before
            // the next header that is not one of its mirrors.
            static const QRegularExpression mirrorHeader(
                QStringLiteral("^\\s*\\[\\[\\s*registry\\s*\\.\\s*mirror\\s*\\]\\]"));
            int insertAt = int(lines.size());
            for (int i = int(existing->source().begin.line); i < lines.size(); ++i) {
                const QByteArray t = lines[i].trimmed();
                if (t.startsWith('[') && !mirrorHeader.match(QString::fromUtf8(lines[i])).hasMatch()) {
                    insertAt = i;
                    break;
                }
            }
            // Comments and blank lines just above the next header belong to it.
            while (insertAt > int(existing->source().begin.line)
                && (lines[insertAt - 1].trimmed().isEmpty() || lines[insertAt - 1].trimmed().startsWith('#')))
                --insertAt;
            QByteArray block = registryBlock(missing);
            block = block.mid(block.indexOf("[[registry.mirror]]"));
            QList<QByteArray> add {QByteArray()};
            add << block.split('\n');
            if (add.last().isEmpty())
                add.removeLast();
            for (int k = 0; k < add.size(); ++k)
                lines.insert(insertAt + k, add[k]);
        }
    }
    r.merged = lines.join('\n') + '\n';

    const std::optional<toml::table> check = TomlText::parse(r.merged, &parseError);
    const toml::table *reg = check ? findRegistry(*check, o.registry) : nullptr;
    bool ok = reg != nullptr;
    if (ok) {
        const QStringList have = mirrorLocations(*reg);
        for (const QString &m : o.mirrors)
            ok = ok && have.contains(mirrorLocation(m).location);
    }
    if (!ok) {
        r.error = QCoreApplication::translate(
            "Generate", "%1 could not be merged automatically; add this block by hand:\n%2")
                      .arg(nodePath, QString::fromUtf8(registryBlock(o)));
        r.merged.clear();
        return r;
    }
    r.diff = UnifiedDiff::diff(current, r.merged, QStringLiteral("a/") + nodePath, QStringLiteral("b/") + nodePath);
    return r;
}

} // namespace PullScope

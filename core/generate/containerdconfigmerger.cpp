#include "containerdconfigmerger.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include "legacyregistryconverter.h"
#include "mirrorgenerator.h"
#include "tomltext.h"
#include "unifieddiff.h"

namespace PullScope {

namespace {

QByteArray quotedPath(const QStringList &path)
{
    // Each key through toml++ ("k = 0" -> "k"), joined with dots.
    QByteArray out;
    for (const QString &key : path) {
        QByteArray line = TomlText::keyValueLine(key, toml::value<int64_t>(0));
        line = line.left(line.lastIndexOf(" = "));
        if (!out.isEmpty())
            out += '.';
        out += line;
    }
    return out;
}

bool isHeaderLine(const QByteArray &line)
{
    return line.trimmed().startsWith('[');
}

// Whether a header line declares exactly the table at `path` ("[a."b".c]  # note").
bool declaresTable(const QByteArray &line, const QStringList &path)
{
    const QByteArray t = line.trimmed();
    if (!t.startsWith('[') || t.startsWith("[["))
        return false;
    QString error;
    const std::optional<toml::table> doc = TomlText::parse(t + '\n', &error);
    if (!doc)
        return false;
    const toml::table *table = TomlText::tableAt(*doc, path);
    return table && table->empty();
}

// Marks the lines a legacy subtree occupies: header lines of its explicit tables and
// every line a value spans (keys sit on their value's first line).
void markLegacy(const toml::node &node, const QList<QByteArray> &lines, QSet<int> *marked)
{
    const toml::source_region &src = node.source();
    const int begin = int(src.begin.line) - 1;
    const int end = int(src.end.line) - 1;
    if (const toml::table *t = node.as_table(); t && !t->is_inline()) {
        if (begin >= 0 && begin < lines.size() && isHeaderLine(lines[begin]))
            marked->insert(begin);
        for (const auto &[key, child] : *t) {
            Q_UNUSED(key);
            markLegacy(child, lines, marked);
        }
        return;
    }
    if (const toml::array *a = node.as_array(); a && a->is_array_of_tables()) {
        for (const toml::node &e : *a)
            markLegacy(e, lines, marked);
        return;
    }
    for (int l = std::max(0, begin); l <= end && l < lines.size(); ++l)
        marked->insert(l);
}

// Replaces the characters of a value's source region (1-based code-point columns, end
// exclusive) on one line.
bool replaceValue(QList<QByteArray> &lines, const toml::source_region &src, const QByteArray &replacement)
{
    if (src.begin.line != src.end.line || src.begin.line == 0 || int(src.begin.line) > lines.size())
        return false;
    const int index = int(src.begin.line) - 1;
    const QList<uint> codepoints = QString::fromUtf8(lines[index]).toUcs4();
    const int from = int(src.begin.column) - 1;
    const int to = int(src.end.column) - 1;
    if (from < 0 || to < from || to > codepoints.size())
        return false;
    const QString before = QString::fromUcs4(reinterpret_cast<const char32_t *>(codepoints.constData()), from);
    const QString after
        = QString::fromUcs4(reinterpret_cast<const char32_t *>(codepoints.constData()) + to, codepoints.size() - to);
    lines[index] = before.toUtf8() + replacement + after.toUtf8();
    return true;
}

QByteArray indentOf(const QByteArray &line)
{
    int i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return line.left(i);
}

} // namespace

ContainerdConfigMerge ContainerdConfigMerger::merge(
    const QByteArray &current, const QString &certsDir, const QString &containerdVersion, const QString &nodePath)
{
    ContainerdConfigMerge r;
    r.certsDir = certsDir;
    const QString oldName = QStringLiteral("a") + nodePath;
    const QString newName = QStringLiteral("b") + nodePath;
    if (current.trimmed().isEmpty()) {
        r.merged = MirrorGenerator::configPathSnippet(containerdVersion, certsDir);
        r.diff = UnifiedDiff::diff(current, r.merged, oldName, newName);
        return r;
    }
    QString parseError;
    const std::optional<toml::table> parsed = TomlText::parse(current, &parseError);
    if (!parsed) {
        r.error = QCoreApplication::translate("Generate", "config.toml: %1").arg(parseError);
        return r;
    }
    const LegacyConversion legacy = LegacyRegistryConverter::convert(current, containerdVersion);
    const QStringList path = legacy.registryTablePath;
    if (legacy.configVersion < 2)
        r.warnings << QCoreApplication::translate("Generate",
            "config.toml has no `version = 2` (or 3): containerd reads it as version 1, where the CRI "
            "plugin is called \"cri\"; `containerd config migrate` converts it.");
    if (MirrorGenerator::configVersionFor(containerdVersion) == 3 && legacy.configVersion == 2)
        r.warnings << QCoreApplication::translate("Generate",
            "config.toml is version 2: containerd 2.x migrates it on start, moving the registry settings "
            "to io.containerd.cri.v1.images.");

    QList<QByteArray> lines = current.split('\n');
    const bool finalNewline = current.endsWith('\n');
    if (finalNewline)
        lines.removeLast();

    // 1. Comment out the legacy tables containerd refuses next to config_path.
    const toml::table *registry = TomlText::tableAt(*parsed, path);
    QSet<int> marked;
    if (registry) {
        if (const toml::node *mirrors = registry->get("mirrors"))
            markLegacy(*mirrors, lines, &marked);
        if (const toml::table *configs = TomlText::tableAt(*registry, {QStringLiteral("configs")})) {
            for (const auto &[key, node] : *configs) {
                Q_UNUSED(key);
                if (const toml::table *entry = node.as_table())
                    if (const toml::node *tls = entry->get("tls"))
                        markLegacy(*tls, lines, &marked);
            }
        }
    }

    // 2. config_path: keep a value the node already has, else set it in place.
    const toml::node *configPathNode = registry ? registry->get("config_path") : nullptr;
    const QByteArray pathValue
        = TomlText::keyValueLine(QStringLiteral("config_path"), toml::value<std::string>(TomlText::str(certsDir)));
    const QByteArray valueOnly = pathValue.mid(pathValue.indexOf(" = ") + 3).trimmed();
    int insertAfter = -2; // -2: nothing to insert, -1: append a table at the end
    bool replaced = false;
    if (configPathNode && configPathNode->as_string() && !configPathNode->as_string()->get().empty()) {
        const QString existing = TomlText::qstr(configPathNode->as_string()->get());
        r.certsDir = existing.split(QLatin1Char(':')).value(0);
        if (r.certsDir != certsDir)
            r.warnings << QCoreApplication::translate("Generate",
                "config.toml already sets config_path = \"%1\"; it is kept, and the hosts.toml files go "
                "to %2.")
                              .arg(existing, r.certsDir);
    } else if (configPathNode) {
        replaced = replaceValue(lines, configPathNode->source(), valueOnly);
        if (!replaced) {
            r.error = QCoreApplication::translate("Generate",
                "config.toml: config_path at line %1 could not be changed automatically; set it to \"%2\" "
                "by hand.")
                          .arg(configPathNode->source().begin.line)
                          .arg(certsDir);
            return r;
        }
    } else if (registry && registry->is_inline()) {
        r.error = QCoreApplication::translate(
            "Generate", "config.toml: the registry table is written inline; add config_path = \"%1\" to it by hand.")
                      .arg(certsDir);
        return r;
    } else {
        insertAfter = -1;
        if (registry) {
            const int header = int(registry->source().begin.line) - 1;
            if (header >= 0 && header < lines.size() && declaresTable(lines[header], path))
                insertAfter = header;
        }
    }

    QList<QByteArray> out;
    bool inBlock = false;
    for (int i = 0; i < lines.size(); ++i) {
        if (marked.contains(i)) {
            if (!inBlock)
                out << indentOf(lines[i])
                        + QCoreApplication::translate("Generate",
                            "# PullScope: moved to hosts.toml files under %1 (legacy mirrors and configs.*.tls "
                            "cannot be mixed with config_path)")
                              .arg(r.certsDir)
                              .toUtf8();
            inBlock = true;
            out << indentOf(lines[i]) + "# " + lines[i].mid(indentOf(lines[i]).size());
            continue;
        }
        if (!lines[i].trimmed().isEmpty() && !lines[i].trimmed().startsWith('#'))
            inBlock = false;
        out << lines[i];
        if (i == insertAfter)
            out << indentOf(lines[i]) + "  " + pathValue.trimmed();
    }
    if (insertAfter == -1) {
        if (!out.isEmpty() && !out.last().trimmed().isEmpty())
            out << QByteArray();
        out << '[' + quotedPath(path) + ']';
        out << "  " + pathValue.trimmed();
    }
    r.merged = out.join('\n') + '\n';

    // 3. Parse back: the file must stay TOML and say what was intended.
    const std::optional<toml::table> check = TomlText::parse(r.merged, &parseError);
    const toml::table *checkRegistry = check ? TomlText::tableAt(*check, path) : nullptr;
    const toml::node *checkPath = checkRegistry ? checkRegistry->get("config_path") : nullptr;
    const bool pathOk = checkPath && checkPath->as_string()
        && TomlText::qstr(checkPath->as_string()->get()).split(QLatin1Char(':')).value(0) == r.certsDir;
    if (!check || !pathOk || (checkRegistry && checkRegistry->get("mirrors"))) {
        r.error = QCoreApplication::translate(
            "Generate", "config.toml could not be merged automatically (%1); add these lines by hand:\n%2")
                      .arg(check ? QCoreApplication::translate("Generate", "the result did not read back as intended")
                                 : parseError,
                          QString::fromUtf8(MirrorGenerator::configPathSnippet(containerdVersion, certsDir)));
        r.merged.clear();
        return r;
    }
    if (!marked.isEmpty())
        r.warnings << QCoreApplication::translate("Generate",
            "The legacy registry.mirrors and configs.*.tls tables of config.toml are commented out in "
            "the merged file (kept, not deleted); the hosts.toml files replace them.");
    r.diff = UnifiedDiff::diff(current, r.merged, oldName, newName);
    return r;
}

} // namespace PullScope

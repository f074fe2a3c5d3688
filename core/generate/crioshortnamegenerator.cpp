#include "crioshortnamegenerator.h"

#include <QRegularExpression>

#include "fieldvalidator.h"
#include "imagereference.h"
#include "tomltext.h"

namespace PullScope {

namespace {
// A repository path as image names write it: lower-case components separated by '/'.
bool isRepositoryPath(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"));
    return re.match(s).hasMatch();
}

// Docker's rule: the first component is a registry host when it has a dot or a port or
// is localhost, and only then.
bool startsWithHost(const QString &name)
{
    if (!name.contains(QLatin1Char('/')))
        return false;
    const QString first = name.section(QLatin1Char('/'), 0, 0);
    return first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost");
}

bool isShortName(const QString &s)
{
    return isRepositoryPath(s) && !startsWithHost(s);
}
} // namespace

QString CrioShortNameGenerator::dropInPath()
{
    // Drop-ins are read in name order, later ones winning: an early name lets an
    // administrator's own files override these.
    return QStringLiteral("etc/containers/registries.conf.d/01-pullscope-short-names.conf");
}

QString CrioShortNameGenerator::validate(const CrioShortNameOptions &o)
{
    const QString searchField = QStringLiteral("unqualified-search-registries");
    if (o.searchRegistries.isEmpty() && o.aliases.isEmpty())
        return tr("Give at least one search registry or one alias.");
    for (const QString &r : o.searchRegistries) {
        const QString problem = FieldValidator::registryHost(searchField, r);
        if (!problem.isEmpty())
            return problem;
    }
    QStringList seen;
    for (const auto &a : o.aliases) {
        const QString field = tr("alias %1").arg(FieldValidator::displayValue(a.first));
        QString problem = FieldValidator::noControlCharacters(field, a.first);
        if (problem.isEmpty())
            problem = FieldValidator::noControlCharacters(field, a.second);
        if (!problem.isEmpty())
            return problem;
        if (!isShortName(a.first))
            return tr("%1: a short name is a repository path without registry, tag or digest, e.g. nginx or "
                      "library/nginx.")
                .arg(field);
        if (seen.contains(a.first))
            return tr("%1: given twice.").arg(field);
        seen << a.first;
        const ImageReference full = ImageReference::parse(a.second);
        const QString host = a.second.section(QLatin1Char('/'), 0, 0);
        const bool hasHost = a.second.contains(QLatin1Char('/'))
            && (host.contains(QLatin1Char('.')) || host.contains(QLatin1Char(':'))
                || host == QLatin1String("localhost"));
        if (!full.isValid() || !hasHost || !full.tag.isEmpty() || !full.digest.isEmpty())
            return tr("%1: '%2' must be a fully qualified name with its registry and no tag or digest, e.g. "
                      "docker.io/library/nginx.")
                .arg(field, FieldValidator::displayValue(a.second));
    }
    return {};
}

GeneratedSet CrioShortNameGenerator::generate(const CrioShortNameOptions &o)
{
    GeneratedSet set;
    const QString problem = validate(o);
    if (!problem.isEmpty()) {
        set.warnings << problem;
        return set;
    }
    QByteArray text = "# Written by PullScope for short-name-unresolved: how CRI-O completes short image names.\n"
                      "# Fully qualified names in the pod spec need none of this.\n";
    toml::table top;
    if (!o.searchRegistries.isEmpty()) {
        toml::array search;
        for (const QString &r : o.searchRegistries)
            search.push_back(TomlText::str(r));
        top.insert("unqualified-search-registries", std::move(search));
    }
    if (!o.aliases.isEmpty()) {
        toml::table aliases;
        for (const auto &a : o.aliases)
            aliases.insert(TomlText::str(a.first), TomlText::str(a.second));
        top.insert("aliases", std::move(aliases));
    }
    text += TomlText::serialize(top);
    set.files.append({dropInPath(), text, false});
    if (o.searchRegistries.size() > 1)
        set.warnings << tr("With more than one search registry a short name may resolve to an image of the same "
                           "name on another registry; aliases are safer.");
    set.warnings << tr("In enforcing short-name mode an ambiguous short name still fails without a terminal: an "
                       "alias resolves it unambiguously.");
    set.applyCommands << QStringLiteral("sudo install -D -m 0644 %1 /%1").arg(dropInPath())
                      << QStringLiteral("sudo systemctl reload crio || sudo systemctl restart crio");
    const QString sample = o.aliases.isEmpty() ? QStringLiteral("SHORT-NAME") : o.aliases.first().first;
    set.verifyCommands << QStringLiteral("sudo crictl pull %1").arg(sample);
    return set;
}

CrioShortNameOptions CrioShortNameGenerator::prefill(const ContainerDiagnosis &d)
{
    CrioShortNameOptions o;
    o.searchRegistries << QStringLiteral("docker.io");
    const ImageReference &ref = d.imageRef;
    // Only a name written without a registry is a short name.
    const QString written = ref.original.section(QLatin1Char('@'), 0, 0);
    QString shortName = written;
    const qsizetype colon = shortName.lastIndexOf(QLatin1Char(':'));
    if (colon > shortName.lastIndexOf(QLatin1Char('/')))
        shortName.truncate(colon);
    if (ref.isValid() && !shortName.isEmpty() && isShortName(shortName) && !ref.repository.isEmpty()) {
        const QString full = ref.registry + QLatin1Char('/') + ref.repository;
        if (full != shortName)
            o.aliases.append({shortName, full});
    }
    return o;
}

} // namespace PullScope

#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "diagnosis.h"
#include "generatedfile.h"

namespace PullScope {

// How CRI-O (containers-image) turns a short name such as "nginx" into a full one: the
// registries tried in order (unqualified-search-registries) and exact aliases
// (registries.conf [aliases]), for short-name-unresolved.
struct CrioShortNameOptions
{
    QStringList searchRegistries; // hosts, tried in order
    QList<QPair<QString, QString>> aliases; // short name -> fully qualified name, no tag or digest
};

class CrioShortNameGenerator
{
    Q_DECLARE_TR_FUNCTIONS(CrioShortNameGenerator)
public:
    // Empty when the options can be generated, else a translated message naming the field.
    static QString validate(const CrioShortNameOptions &options);
    // etc/containers/registries.conf.d/01-pullscope-short-names.conf, written with toml++,
    // and the reload and verify commands. Call validate() first.
    static GeneratedSet generate(const CrioShortNameOptions &options);
    // From a failing container: docker.io searched, and an alias from the short name to
    // the name Docker's rules give it ("nginx" -> "docker.io/library/nginx").
    static CrioShortNameOptions prefill(const ContainerDiagnosis &d);
    static QString dropInPath();
};

} // namespace PullScope

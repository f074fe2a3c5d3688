#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "clustersnapshot.h"
#include "loadoptions.h"
#include "scenario.h"

namespace PullScope {

// Reads a scenario file (docs/scenario-format.md), YAML or JSON: checks the description
// and maps spec.objects into a snapshot with the same object mapper the dump loaders
// use, so a scenario diagnoses exactly like the dump it came from. Every refusal names
// the file, the line and the field.
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)
public:
    // Whether the start of an input is a scenario rather than kubectl output (InputLoader
    // asks this before handing JSON or YAML to the dump loaders).
    static bool looksLike(const QByteArray &head);

    // Reads `data` (named `name` in messages). The objects are merged into `out`, whose
    // takenAt becomes the scenario's `now`; `scenario` (optional) gets the description.
    static bool load(
        const QByteArray &data, const QString &name, ClusterSnapshot &out, Scenario *scenario, LoadError *error);
    // The same from a file or a ":/" resource; `out` may be null (only the description
    // is wanted, the objects are still checked).
    static bool loadFile(const QString &path, Scenario *scenario, ClusterSnapshot *out, LoadError *error);

    // Scenario files are small by nature (one to a few pods); a larger input is refused
    // before it is parsed into a tree.
    static constexpr qint64 MaxSize = 16 * 1024 * 1024;
};

} // namespace PullScope

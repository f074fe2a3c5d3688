#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include "clustersnapshot.h"
#include "scenario.h"

namespace PullScope {

// Writes a scenario file from a selection: the description plus the Kubernetes objects
// that reproduce the selected pod's diagnosis.
//
// The objects are serialised from the model (ClusterSnapshot), not copied from the input:
// the model holds every fact the diagnosis reads (and nothing else), it is the same
// whatever the input was (JSON, YAML, describe text, event tables, a live cluster), and
// writing it cannot carry along what the input had and the trainer did not mean to share
// (managed fields, annotations, environment values). Secrets keep their name, type and
// the registry hosts of their auths, never a credential.
class ScenarioWriter
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioWriter)
public:
    // The pod `ns`/`pod` (its spec and status), its events, its node, its service account,
    // the Secrets of its namespace (the ones it names with their registry hosts, the others
    // by name and type only: absence of a named secret is then still seen) and the
    // workloads that own it. Relative event ages must have been resolved
    // (DiagnosisEngine::resolveRelativeAges): the objects carry absolute times.
    static QJsonArray objectsFor(const ClusterSnapshot &snapshot, const QString &ns, const QString &pod);

    // The scenario file's text (YAML).
    static QByteArray toYaml(const Scenario &scenario, const QJsonArray &objects);

    // Checks the description (Scenario::validate) and writes the file through QSaveFile:
    // nothing is written when it fails, and *error names the field or the file problem.
    static bool write(const QString &path, const Scenario &scenario, const QJsonArray &objects, QString *error);
};

} // namespace PullScope

#pragma once

// Shared by the tests: the bundled training cluster, loaded and diagnosed as the
// window and the CLI do (relative ages read against the newest timestamp).
#include <QString>

#include "diagnosisengine.h"
#include "inputloader.h"

namespace PullScope::TestSupport {

inline DiagnosisReport diagnoseFile(const QString &path)
{
    ClusterSnapshot snap;
    LoadError e;
    if (!InputLoader::loadPath(path, snap, {}, &e))
        qFatal("%s", qPrintable(e.toString()));
    DiagnosisOptions o;
    o.now = DiagnosisEngine::defaultNow(snap);
    DiagnosisEngine::resolveRelativeAges(snap, o.now);
    return DiagnosisEngine::diagnose(snap, o);
}

inline DiagnosisReport bundledCluster()
{
    return diagnoseFile(QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json"));
}

} // namespace PullScope::TestSupport

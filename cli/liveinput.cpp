#include "liveinput.h"

#include <QTextStream>

#include "clustersnapshot.h"
#include "inputloader.h"

namespace PullScope {

int LiveInput::load(const QString &command, bool live, const ClusterFetch::Options &cluster, const QStringList &inputs,
    ClusterSnapshot &snapshot)
{
    QTextStream err(stderr);
    const QString prefix = QStringLiteral("pullscope-cli ") + command;
    if (live) {
        const ClusterFetch::Result fetched = ClusterFetch::fetch(cluster);
        for (const QString &w : fetched.warnings)
            err << tr("%1: warning: %2").arg(prefix, w) << '\n';
        if (fetched.outcome != ClusterFetch::Outcome::Done) {
            err << prefix << ": " << fetched.error << '\n';
            return fetched.outcome == ClusterFetch::Outcome::BadConfig ? 2 : 3;
        }
        LoadError e;
        if (!InputLoader::loadData(fetched.listJson, tr("cluster %1").arg(fetched.contextName), snapshot, {}, &e)) {
            err << "pullscope-cli: " << e.toString() << '\n';
            return 3;
        }
    }
    for (const QString &input : inputs) {
        LoadError e;
        if (!InputLoader::loadPath(input, snapshot, {}, &e)) {
            err << "pullscope-cli: " << e.toString() << '\n';
            return 2;
        }
    }
    return -1;
}

} // namespace PullScope

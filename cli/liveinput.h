#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "kube/clusterfetch.h"

namespace PullScope {

struct ClusterSnapshot;

// The inputs of `diagnose` and `audit`: a live cluster (when --kubeconfig/--context ask for
// one) and the files, loaded into one snapshot. Warnings and errors are printed under the
// command's name.
class LiveInput
{
    Q_DECLARE_TR_FUNCTIONS(LiveInput)
public:
    // -1 when everything loaded, else the exit code: 2 bad kubeconfig or unreadable input,
    // 3 the cluster could not be read.
    static int load(const QString &command, bool live, const ClusterFetch::Options &cluster, const QStringList &inputs,
        ClusterSnapshot &snapshot);
};

} // namespace PullScope

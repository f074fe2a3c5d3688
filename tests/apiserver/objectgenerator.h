#pragma once

// Synthetic but realistic objects for the benchmark: nodes, pods spread over namespaces
// with the states a cluster shows (mostly Running, some ImagePullBackOff, ErrImagePull,
// ContainerCreating, Completed, CrashLoopBackOff) and the kubelet's events about them, with
// the kubelet's own message texts. Deterministic for a given count: names and UIDs repeat
// from run to run, so a benchmark can compare two clients' answers.
#include "objectstore.h"

namespace PullScope::TestApiServer {

class ObjectGenerator
{
public:
    static void generate(ObjectStore *store, int pods, int events);
};

} // namespace PullScope::TestApiServer

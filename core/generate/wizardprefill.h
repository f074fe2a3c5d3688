#pragma once

#include "diagnosis.h"
#include "mirrorgenerator.h"
#include "proxydropin.h"
#include "secretgenerator.h"

namespace PullScope {

// The fix wizards open on a failing container with what its diagnosis already tells:
// the registry of the image, the namespace, the service account or owning workload,
// the secret the pod names, the node's runtime and version. What the diagnosis cannot
// know (passwords, mirror URLs, proxy addresses) stays empty for the user to fill in.
class WizardPrefill
{
public:
    static SecretOptions secret(const ContainerDiagnosis &d);
    static MirrorOptions mirror(const ContainerDiagnosis &d);
    static ProxyOptions proxy(const ContainerDiagnosis &d);

    // The server key a pull secret needs for this registry: Docker Hub's historic
    // https://index.docker.io/v1/, otherwise the registry host as image names write it.
    static QString secretServer(const QString &registry);
    // containerd, crio or docker from a node's containerRuntimeVersion
    // ("containerd://1.7.13", "cri-o://1.29.1", "docker://24.0.7"); empty when unknown.
    static QString runtimeService(const QString &containerRuntimeVersion);
    // The Deployment behind a ReplicaSet named DEPLOYMENT-HASH (the hash being the
    // pod-template-hash the Deployment controller appends); empty when the name has none.
    static QString deploymentOfReplicaSet(const QString &replicaSet);
};

} // namespace PullScope

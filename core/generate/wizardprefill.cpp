#include "wizardprefill.h"

namespace PullScope {

QString WizardPrefill::secretServer(const QString &registry)
{
    if (registry.isEmpty() || registry == QLatin1String("docker.io"))
        return QStringLiteral("https://index.docker.io/v1/");
    return registry;
}

QString WizardPrefill::runtimeService(const QString &containerRuntimeVersion)
{
    const QString scheme = containerRuntimeVersion.section(QLatin1String("://"), 0, 0).toLower();
    if (scheme == QLatin1String("containerd"))
        return QStringLiteral("containerd");
    if (scheme == QLatin1String("cri-o") || scheme == QLatin1String("crio"))
        return QStringLiteral("crio");
    if (scheme == QLatin1String("docker"))
        return QStringLiteral("docker");
    return {};
}

QString WizardPrefill::deploymentOfReplicaSet(const QString &replicaSet)
{
    // pod-template-hash is a short run of the characters of rand.SafeEncodeString
    // (bcdfghjklmnpqrstvwxz2456789), never vowels: a last segment with other characters is
    // part of the name, not a hash.
    const qsizetype dash = replicaSet.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0 || dash == replicaSet.size() - 1)
        return {};
    const QStringView hash = QStringView(replicaSet).mid(dash + 1);
    if (hash.size() < 5 || hash.size() > 10)
        return {};
    static const QLatin1String alphabet("bcdfghjklmnpqrstvwxz2456789");
    for (QChar c : hash)
        if (!alphabet.contains(c))
            return {};
    return replicaSet.left(dash);
}

SecretOptions WizardPrefill::secret(const ContainerDiagnosis &d)
{
    SecretOptions o;
    // The secret the pod already names (and misses) is the one to create; otherwise the
    // name the Kubernetes documentation uses.
    if (!d.missingPullSecrets.isEmpty())
        o.name = d.missingPullSecrets.first();
    else if (!d.pullSecrets.isEmpty())
        o.name = d.pullSecrets.first();
    else
        o.name = QStringLiteral("regcred");
    o.ns = d.namespace_.isEmpty() ? QStringLiteral("default") : d.namespace_;
    RegistryCredential c;
    c.server = secretServer(d.imageRef.isValid() ? d.imageRef.registry : QString());
    o.registries << c;
    o.image = d.image;
    // A pod that names no secret needs one attached: to the workload that makes it when
    // there is one (the narrowest change), else to its service account. A pod that names
    // the missing secret already gets it once it exists.
    if (d.pullSecrets.isEmpty()) {
        const QString kind = d.owner.kind;
        if (kind == QLatin1String("ReplicaSet") && !deploymentOfReplicaSet(d.owner.name).isEmpty()) {
            o.patchTarget = SecretOptions::PatchTarget::Deployment;
            o.patchName = deploymentOfReplicaSet(d.owner.name);
        } else if (kind == QLatin1String("Deployment")) {
            o.patchTarget = SecretOptions::PatchTarget::Deployment;
            o.patchName = d.owner.name;
        } else if (kind == QLatin1String("StatefulSet")) {
            o.patchTarget = SecretOptions::PatchTarget::StatefulSet;
            o.patchName = d.owner.name;
        } else if (kind == QLatin1String("DaemonSet")) {
            o.patchTarget = SecretOptions::PatchTarget::DaemonSet;
            o.patchName = d.owner.name;
        } else {
            o.patchTarget = SecretOptions::PatchTarget::ServiceAccount;
            o.patchName = d.serviceAccount.isEmpty() ? QStringLiteral("default") : d.serviceAccount;
        }
    }
    return o;
}

MirrorOptions WizardPrefill::mirror(const ContainerDiagnosis &d)
{
    MirrorOptions o;
    o.registry
        = d.imageRef.isValid() && !d.imageRef.registry.isEmpty() ? d.imageRef.registry : QStringLiteral("docker.io");
    const QString version = MirrorGenerator::containerdVersionFromRuntime(d.nodeRuntimeVersion);
    if (!version.isEmpty())
        o.containerdVersion = version;
    return o;
}

ProxyOptions WizardPrefill::proxy(const ContainerDiagnosis &d)
{
    ProxyOptions o;
    const QString service = runtimeService(d.nodeRuntimeVersion);
    o.service = service.isEmpty() ? QStringLiteral("containerd") : service;
    return o;
}

} // namespace PullScope

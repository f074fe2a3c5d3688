#include "kube/kuberesource.h"

namespace PullScope {

QString KubeResource::path(const QString &ns) const
{
    if (!namespaced || ns.isEmpty())
        return apiPrefix + QLatin1Char('/') + plural;
    return apiPrefix + QStringLiteral("/namespaces/") + ns + QLatin1Char('/') + plural;
}

QByteArray KubeResource::accept(bool watch) const
{
    if (!metadataOnly)
        return "application/json";
    return watch ? "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1"
                 : "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";
}

namespace {
KubeResource make(const char *kind, const char *prefix, const char *plural, const char *apiVersion, bool namespaced)
{
    KubeResource r;
    r.kind = QString::fromLatin1(kind);
    r.apiPrefix = QString::fromLatin1(prefix);
    r.plural = QString::fromLatin1(plural);
    r.apiVersion = QString::fromLatin1(apiVersion);
    r.namespaced = namespaced;
    return r;
}
} // namespace

KubeResource KubeResource::pods()
{
    return make("Pod", "/api/v1", "pods", "v1", true);
}

KubeResource KubeResource::events()
{
    return make("Event", "/api/v1", "events", "v1", true);
}

KubeResource KubeResource::eventsV1()
{
    return make("Event", "/apis/events.k8s.io/v1", "events", "events.k8s.io/v1", true);
}

KubeResource KubeResource::nodes()
{
    return make("Node", "/api/v1", "nodes", "v1", false);
}

KubeResource KubeResource::serviceAccounts()
{
    return make("ServiceAccount", "/api/v1", "serviceaccounts", "v1", true);
}

KubeResource KubeResource::secretMetadata()
{
    KubeResource r = make("Secret", "/api/v1", "secrets", "v1", true);
    r.metadataOnly = true;
    return r;
}

QList<KubeResource> KubeResource::diagnosisSet(bool eventsK8sIo)
{
    return {pods(), eventsK8sIo ? eventsV1() : events(), nodes(), serviceAccounts(), secretMetadata()};
}

} // namespace PullScope

#include "resourcetype.h"

#include <iterator>

namespace PullScope::TestApiServer {

namespace {
const ResourceType kTypes[ResourceCount] = {
    {Resource::Pods, "pods", "pod", "Pod", "PodList", "po", true, true},
    {Resource::Events, "events", "event", "Event", "EventList", "ev", true, false},
    {Resource::Nodes, "nodes", "node", "Node", "NodeList", "no", false, false},
    {Resource::Namespaces, "namespaces", "namespace", "Namespace", "NamespaceList", "ns", false, false},
    {Resource::ServiceAccounts, "serviceaccounts", "serviceaccount", "ServiceAccount", "ServiceAccountList", "sa", true,
        false},
    {Resource::Secrets, "secrets", "secret", "Secret", "SecretList", "", true, false},
};
} // namespace

const ResourceType &ResourceType::of(Resource r)
{
    return kTypes[static_cast<int>(r)];
}

const ResourceType *ResourceType::byPlural(const QByteArray &plural)
{
    for (const ResourceType &t : kTypes)
        if (plural == t.plural)
            return &t;
    return nullptr;
}

const ResourceType *ResourceType::byKind(const QByteArray &kind)
{
    for (const ResourceType &t : kTypes)
        if (kind == t.kind)
            return &t;
    return nullptr;
}

} // namespace PullScope::TestApiServer

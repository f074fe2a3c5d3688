#pragma once

// The resources the test API server serves, with the names discovery publishes and the
// REST mapper of kubectl reads back. One table, so that discovery, routing, the store and
// the error messages cannot disagree about a plural or a kind.
#include <QByteArray>

namespace PullScope::TestApiServer {

enum class Resource { Pods, Events, Nodes, Namespaces, ServiceAccounts, Secrets };
constexpr int ResourceCount = 6;

struct ResourceType
{
    Resource id;
    const char *plural;
    const char *singular;
    const char *kind;
    const char *listKind;
    const char *shortName; // empty when the real resource has none
    bool namespaced;
    bool inCategoryAll; // `kubectl get all` expands the "all" category through discovery

    static const ResourceType &of(Resource r);
    // Core (v1) resources by plural, singular, short name or kind as a user types them.
    static const ResourceType *byPlural(const QByteArray &plural);
    static const ResourceType *byKind(const QByteArray &kind);
};

} // namespace PullScope::TestApiServer

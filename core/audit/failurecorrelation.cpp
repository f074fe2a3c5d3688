#include "failurecorrelation.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace PullScope {

namespace {

bool isIn(const QString &id, std::initializer_list<const char *> ids)
{
    for (const char *i : ids)
        if (id == QLatin1String(i))
            return true;
    return false;
}

// Failures that happen before any registry answers: the path from the node is in question.
bool isNetwork(const QString &cause)
{
    return isIn(cause, {"dns-failure", "network-timeout", "connection-refused", "proxy-error"});
}

bool isTls(const QString &cause)
{
    return isIn(cause, {"tls-unknown-authority", "tls-expired", "tls-hostname-mismatch", "http-https-mismatch"});
}

bool isAuth(const QString &cause)
{
    return isIn(cause, {"unauthorized", "access-denied", "forbidden", "pull-secret-missing", "pull-secret-mismatch"});
}

// Causes that prove the registry answered the node over HTTP(S).
bool registryAnswered(const QString &cause)
{
    return isAuth(cause)
        || isIn(cause,
            {"image-not-found", "rate-limited", "registry-unavailable", "platform-mismatch", "signature-invalid",
                "layer-corrupt", "disk-full", "transfer-interrupted"});
}

bool isPullFailure(const ContainerDiagnosis &c)
{
    return c.state == QLatin1String("failing") && c.hasCause && c.cause.id != QLatin1String("not-a-pull-problem");
}

QStringList sorted(QSet<QString> set)
{
    QStringList l(set.begin(), set.end());
    l.sort();
    return l;
}

QString list(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QDateTime FailureCorrelation::failureStart(const ContainerDiagnosis &c)
{
    QDateTime warning, any;
    for (const Event &e : c.events) {
        const QDateTime t = e.firstTimestamp.isValid() ? e.firstTimestamp : e.lastTimestamp;
        if (!t.isValid())
            continue;
        if (!any.isValid() || t < any)
            any = t;
        if (e.type == QLatin1String("Warning") && (!warning.isValid() || t < warning))
            warning = t;
    }
    return warning.isValid() ? warning : any;
}

QString FailureCorrelation::registryOf(const ContainerDiagnosis &c)
{
    if (!c.imageRef.registry.isEmpty())
        return c.imageRef.registry.toLower();
    return c.imageRef.isValid() ? QStringLiteral("docker.io") : QString();
}

Correlation FailureCorrelation::correlate(const DiagnosisReport &report, const Options &options)
{
    Correlation out;
    const QList<ContainerDiagnosis> &cs = report.containers;

    // Which nodes reached which registry: a pull, or an answer from the registry.
    QHash<QString, QSet<QString>> reached;
    QList<int> failures;
    for (int i = 0; i < cs.size(); ++i) {
        const ContainerDiagnosis &c = cs[i];
        const QString registry = registryOf(c);
        if (registry.isEmpty())
            continue;
        const bool answered
            = c.path.contains(QLatin1String(Step::Pulled)) || (c.hasCause && registryAnswered(c.cause.id));
        if (answered && !c.node.isEmpty())
            reached[registry].insert(c.node);
        if (isPullFailure(c))
            failures << i;
    }

    // Groups by registry and by node.
    QMap<QString, FailureGroup> byRegistry, byNode;
    for (int i : std::as_const(failures)) {
        const ContainerDiagnosis &c = cs[i];
        const QString registry = registryOf(c);
        const QString node = c.node;
        const QDateTime start = failureStart(c);
        auto fill = [&](FailureGroup &g, const QString &dimension, const QString &key) {
            g.dimension = dimension;
            g.key = key;
            g.containers << i;
            g.causes[c.cause.id] += 1;
            if (!node.isEmpty() && !g.nodes.contains(node))
                g.nodes << node;
            if (!registry.isEmpty() && !g.registries.contains(registry))
                g.registries << registry;
            if (start.isValid()) {
                if (!g.first.isValid() || start < g.first)
                    g.first = start;
                if (!g.last.isValid() || start > g.last)
                    g.last = start;
            }
        };
        if (!registry.isEmpty())
            fill(byRegistry[registry], QStringLiteral("registry"), registry);
        if (!node.isEmpty())
            fill(byNode[node], QStringLiteral("node"), node);
    }
    auto ordered = [](const QMap<QString, FailureGroup> &m) {
        QList<FailureGroup> l = m.values();
        for (FailureGroup &g : l) {
            g.nodes.sort();
            g.registries.sort();
        }
        std::stable_sort(l.begin(), l.end(),
            [](const FailureGroup &a, const FailureGroup &b) { return a.containers.size() > b.containers.size(); });
        return l;
    };
    out.byRegistry = ordered(byRegistry);
    out.byNode = ordered(byNode);

    // Time windows: failures starting within windowMinutes of the window's first.
    QList<std::pair<QDateTime, int>> starts;
    for (int i : std::as_const(failures)) {
        const QDateTime t = failureStart(cs[i]);
        if (t.isValid())
            starts.append({t, i});
    }
    std::stable_sort(starts.begin(), starts.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[t, i] : std::as_const(starts)) {
        if (out.byTime.isEmpty() || out.byTime.last().first.secsTo(t) > qint64(options.windowMinutes) * 60) {
            FailureGroup g;
            g.dimension = QStringLiteral("time");
            g.key = iso(t);
            g.first = t;
            out.byTime << g;
        }
        FailureGroup &g = out.byTime.last();
        const ContainerDiagnosis &c = cs[i];
        g.containers << i;
        g.causes[c.cause.id] += 1;
        g.last = t;
        if (!c.node.isEmpty() && !g.nodes.contains(c.node))
            g.nodes << c.node;
        const QString r = registryOf(c);
        if (!r.isEmpty() && !g.registries.contains(r))
            g.registries << r;
    }

    // Readings per (cause, registry): who fails, who reaches the registry all the same.
    struct Key
    {
        QString cause, registry;
        bool operator==(const Key &o) const { return cause == o.cause && registry == o.registry; }
    };
    QList<Key> keys;
    QList<QList<int>> members;
    for (int i : std::as_const(failures)) {
        const Key k {cs[i].cause.id, registryOf(cs[i])};
        if (k.registry.isEmpty())
            continue;
        const qsizetype at = keys.indexOf(k);
        if (at < 0) {
            keys << k;
            members << QList<int> {i};
        } else {
            members[at] << i;
        }
    }
    QHash<QString, QSet<QString>> networkRegistriesOfNode; // node -> registries it cannot reach
    QHash<QString, QList<int>> networkContainersOfNode;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QString &cause = keys[k].cause;
        const QString &registry = keys[k].registry;
        QSet<QString> failingSet;
        for (int i : std::as_const(members[k]))
            if (!cs[i].node.isEmpty())
                failingSet.insert(cs[i].node);
        const QStringList failing = sorted(failingSet);
        const QStringList reaching = sorted(reached.value(registry) - failingSet);
        CorrelationReading r;
        r.registry = registry;
        r.nodes = failing;
        r.reachingNodes = reaching;
        r.causes = {cause};
        r.containers = members[k];
        const QString nodes = failing.isEmpty() ? tr("an unknown node") : list(failing);
        if (isNetwork(cause)) {
            for (const QString &n : failing) {
                networkRegistriesOfNode[n].insert(registry);
                for (int i : std::as_const(members[k]))
                    if (cs[i].node == n)
                        networkContainersOfNode[n] << i;
            }
            if (!reaching.isEmpty()) {
                if (cause == QLatin1String("dns-failure")) {
                    r.id = QStringLiteral("node-dns");
                    r.text = tr("%1 cannot resolve %2, while %3 reach it: the resolver of %1 is at fault (its "
                                "/etc/resolv.conf or upstream DNS), not the registry.")
                                 .arg(nodes, registry, list(reaching));
                } else if (cause == QLatin1String("proxy-error")) {
                    r.id = QStringLiteral("node-proxy");
                    r.wizard = QStringLiteral("proxy");
                    r.text = tr("The container runtime's proxy on %1 fails for %2, while %3 reach it: fix or remove "
                                "the runtime's proxy settings on %1.")
                                 .arg(nodes, registry, list(reaching));
                } else {
                    r.id = QStringLiteral("node-network");
                    r.text = tr("%1 cannot connect to %2 (%3), while %4 reach it: a route, firewall or security "
                                "group of %1 blocks it, not the registry.")
                                 .arg(nodes, registry, cause, list(reaching));
                }
            } else if (failing.size() >= 2) {
                r.id = QStringLiteral("registry-unreachable");
                r.text = tr("Every node that tried fails to reach %1 (%2 on %3): the registry's name, address or "
                            "firewall is at fault, not one node.")
                             .arg(registry, cause, nodes);
            } else {
                r.id = QStringLiteral("single-node-unreachable");
                r.text = tr("Only %1 tried %2 and failed (%3): probe %2 from another node (pullscope-cli probe, "
                            "node-check) to tell the node's network from the registry.")
                             .arg(nodes, registry, cause);
            }
        } else if (isTls(cause)) {
            if (cause == QLatin1String("http-https-mismatch")) {
                r.id = QStringLiteral("registry-plain-http");
                r.wizard = QStringLiteral("mirror");
                r.text = tr("%1 speaks plain HTTP: declare it as an http:// endpoint in the runtime's registry "
                            "configuration on the nodes (hosts.toml), or put TLS in front of it.")
                             .arg(registry);
            } else if (cause == QLatin1String("tls-unknown-authority") && !reaching.isEmpty()) {
                r.id = QStringLiteral("node-ca-missing");
                r.wizard = QStringLiteral("mirror");
                r.text = tr("%1 do not trust the CA of %2's certificate, while %3 pull from it: install the CA on "
                            "%1 (certs.d/%2/ca.crt or the system trust store).")
                             .arg(nodes, registry, list(reaching));
            } else if (cause == QLatin1String("tls-unknown-authority")) {
                r.id = QStringLiteral("registry-ca-untrusted");
                r.wizard = QStringLiteral("mirror");
                r.text = tr("%1's certificate is signed by a CA no node trusts (seen from %2): install the private "
                            "CA on every node, or have the registry serve a publicly trusted chain.")
                             .arg(registry, nodes);
            } else if (cause == QLatin1String("tls-expired") && !reaching.isEmpty()) {
                r.id = QStringLiteral("node-clock");
                r.text = tr("%1's certificate looks expired only from %2 while %3 pull from it: check the clocks "
                            "of %2 (chrony/timesyncd).")
                             .arg(registry, nodes, list(reaching));
            } else {
                r.id = QStringLiteral("registry-certificate");
                r.text = cause == QLatin1String("tls-expired")
                    ? tr("%1 presents an expired certificate (seen from %2): renew it on the registry; no node "
                         "setting fixes this, and skipping verification only hides it.")
                          .arg(registry, nodes)
                    : tr("%1 presents a certificate for another name (seen from %2): reissue it with %1 in its "
                         "subject alternative names, or pull through the name it was issued for.")
                          .arg(registry, nodes);
            }
        } else if (cause == QLatin1String("rate-limited")) {
            if (registry == QLatin1String("docker.io")) {
                r.id = QStringLiteral("docker-hub-rate-limit");
                r.wizard = QStringLiteral("mirror");
                r.text = tr("Docker Hub answers 429 on %1: anonymous pulls from every node behind the cluster's "
                            "NAT address share one quota (%2 per %3 h), so no node is spared. Authenticate the "
                            "pulls or use a mirror or pull-through cache; retrying only spends more of the quota.")
                             .arg(nodes)
                             .arg(options.dockerHubAnonymousLimit)
                             .arg(options.dockerHubWindowHours);
            } else {
                r.id = QStringLiteral("registry-rate-limit");
                r.text = tr("%1 throttles the pulls of %2 (429): ask its operators for a higher limit, or cache "
                            "the images closer to the cluster.")
                             .arg(registry, nodes);
            }
        } else if (cause == QLatin1String("registry-unavailable")) {
            r.id = QStringLiteral("registry-down");
            r.text = tr("%1 answers with server errors (5xx) to %2: the registry itself is unhealthy; nothing on "
                        "the nodes will fix it.")
                         .arg(registry, nodes);
        } else if (isAuth(cause) && cause != QLatin1String("access-denied") && members[k].size() >= 2) {
            // access-denied is mostly a repository that does not exist (a typo, a private
            // repository): a per-image problem, not one shared credential.
            r.id = QStringLiteral("registry-credentials");
            r.wizard = QStringLiteral("secret");
            r.text = tr("%1 pods fail to authenticate against %2 (%3): one credential (a revoked robot token, a "
                        "missing secret) is probably shared by all of them.")
                         .arg(members[k].size())
                         .arg(registry, cause);
        } else {
            continue;
        }
        out.readings << r;
    }

    // A node failing the network for several registries is the node, whatever the registries.
    for (auto it = networkRegistriesOfNode.cbegin(); it != networkRegistriesOfNode.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        CorrelationReading r;
        r.id = QStringLiteral("node-network-wide");
        r.nodes = {it.key()};
        r.containers = networkContainersOfNode.value(it.key());
        QSet<QString> causes;
        for (int i : std::as_const(r.containers))
            causes.insert(cs[i].cause.id);
        r.causes = sorted(causes);
        r.text = tr("%1 fails to reach %2 registries (%3: %4): the node's own network (DNS, route, proxy) is at "
                    "fault; compare with a healthy node using node-check.")
                     .arg(it.key())
                     .arg(it.value().size())
                     .arg(list(r.causes), list(sorted(it.value())));
        out.readings << r;
    }

    // One start window holding many failures of one cause across nodes or registries: one
    // incident. Many unrelated causes starting together are a coincidence of timing (a
    // rollout), not one outage, and get no reading.
    for (const FailureGroup &g : std::as_const(out.byTime)) {
        if (g.containers.size() < options.minIncident || (g.nodes.size() < 2 && g.registries.size() < 2))
            continue;
        QString dominant;
        int most = 0;
        for (auto it = g.causes.cbegin(); it != g.causes.cend(); ++it)
            if (it.value() > most) {
                most = it.value();
                dominant = it.key();
            }
        if (most * 10 < g.containers.size() * 6)
            continue;
        CorrelationReading r;
        r.id = QStringLiteral("incident-window");
        r.nodes = g.nodes;
        r.nodes.sort();
        r.containers = g.containers;
        r.causes = g.causes.keys();
        const qint64 minutes = (g.first.secsTo(g.last) + 59) / 60;
        r.text = tr("%1 failures began within %2 minutes of %3 on %4 node(s) and %5 registries, %6 of them %7: "
                    "look for one change or outage at that time (a network, proxy, DNS or registry change).")
                     .arg(g.containers.size())
                     .arg(minutes)
                     .arg(iso(g.first))
                     .arg(g.nodes.size())
                     .arg(g.registries.size())
                     .arg(most)
                     .arg(dominant);
        out.readings << r;
    }

    std::stable_sort(
        out.readings.begin(), out.readings.end(), [](const CorrelationReading &a, const CorrelationReading &b) {
            return a.containers.size() > b.containers.size();
        });
    return out;
}

} // namespace PullScope

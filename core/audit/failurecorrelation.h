#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "diagnosis.h"

namespace PullScope {

// Failing containers that share a registry, a node or a start time.
struct FailureGroup
{
    QString dimension; // "registry", "node" or "time"
    QString key; // the registry host, the node name, or the window's start (RFC 3339)
    QList<int> containers; // indices into DiagnosisReport::containers
    QMap<QString, int> causes; // cause id -> containers
    QStringList nodes;
    QStringList registries;
    QDateTime first; // earliest failure start in the group (invalid when unknown)
    QDateTime last;
};

// What the grouping means, as a senior engineer would read it: one node's DNS, a registry's
// certificate, Docker Hub's rate limit on every node ...
struct CorrelationReading
{
    // node-dns, node-proxy, node-network, node-network-wide, registry-unreachable,
    // single-node-unreachable, node-ca-missing, registry-ca-untrusted, registry-certificate,
    // node-clock, registry-plain-http, docker-hub-rate-limit, registry-rate-limit, registry-down,
    // registry-credentials, incident-window
    QString id;
    QString text; // translated
    QStringList nodes; // the nodes at fault or affected
    QStringList reachingNodes; // nodes that reach the registry (the contrast that tells)
    QString registry; // empty for node-wide and time readings
    QStringList causes;
    QList<int> containers; // indices into DiagnosisReport::containers
    QString wizard; // the fix wizard (mirror, secret, proxy) or empty
};

struct Correlation
{
    QList<FailureGroup> byRegistry; // most failures first
    QList<FailureGroup> byNode;
    QList<FailureGroup> byTime;
    QList<CorrelationReading> readings; // most containers first
};

class FailureCorrelation
{
    Q_DECLARE_TR_FUNCTIONS(FailureCorrelation)
public:
    struct Options
    {
        int windowMinutes = 10; // failures starting this close together form one time group
        int minIncident = 3; // containers in a time group before it is read as one incident
        int dockerHubAnonymousLimit = 100;
        int dockerHubWindowHours = 6;
    };
    static Correlation correlate(const DiagnosisReport &report, const Options &options);
    static Correlation correlate(const DiagnosisReport &report) { return correlate(report, Options()); }

    // When the container's failures began: its earliest Warning event (else any event).
    static QDateTime failureStart(const ContainerDiagnosis &c);
    // The registry a container pulls from, "docker.io" for Docker Hub names.
    static QString registryOf(const ContainerDiagnosis &c);
};

} // namespace PullScope

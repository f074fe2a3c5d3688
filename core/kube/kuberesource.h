#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace PullScope {

// One kind of object the live session lists and watches, and how its API path is built.
struct KubeResource
{
    QString kind; // Pod, Event, Node, ServiceAccount, Secret
    QString apiPrefix; // /api/v1 or /apis/events.k8s.io/v1
    QString plural; // pods, events, ...
    QString apiVersion; // v1, events.k8s.io/v1: given to items that come without one
    bool namespaced = true;
    // Secrets: only their metadata is asked for (PartialObjectMetadataList), never data.
    bool metadataOnly = false;

    // The collection path: cluster-wide when ns is empty (or the kind is not namespaced).
    QString path(const QString &ns) const;
    // The Accept header of lists (watches ask for the single-object form).
    QByteArray accept(bool watch) const;

    static KubeResource pods();
    static KubeResource events(); // core/v1
    static KubeResource eventsV1(); // events.k8s.io/v1 (regarding, note)
    static KubeResource nodes();
    static KubeResource serviceAccounts();
    static KubeResource secretMetadata();
    // What a diagnosis needs, in the order they are listed.
    static QList<KubeResource> diagnosisSet(bool eventsK8sIo = false);
};

} // namespace PullScope

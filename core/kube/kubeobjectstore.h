#pragma once

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QMap>
#include <QString>

#include "kube/kubelistparser.h"

namespace PullScope {

// The objects a live session currently knows, per kind, as List item text. Lists replace a
// kind wholesale (a relist drops what was deleted meanwhile); watch events upsert and remove.
// listJson() is one `kubectl get -o json`-shaped List: the offline ingest reads it, so a live
// diagnosis is by construction the offline diagnosis of the same objects, and `collect`
// writes exactly this.
class KubeObjectStore
{
public:
    void replaceAll(const QString &kind, const QList<KubeItem> &items);
    void upsert(const QString &kind, const KubeItem &item);
    void remove(const QString &kind, const QByteArray &key);
    void clear();

    int count(const QString &kind) const;
    int total() const;
    // Bumped by every change: views compare it to know whether to rebuild.
    quint64 generation() const { return m_generation; }
    QByteArray listJson() const;
    // The same text written piecewise: a collect of 100k pods never holds it twice.
    bool writeListJson(QIODevice *out) const;

private:
    // kind -> key -> item text; QMap keeps the output order stable between runs.
    QHash<QString, QMap<QByteArray, QByteArray>> m_objects;
    QStringList m_kindOrder;
    quint64 m_generation = 0;
};

} // namespace PullScope

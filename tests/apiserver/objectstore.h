#pragma once

// The objects the test API server serves, each serialised once when stored (list and watch
// answers only concatenate them), and the resourceVersion history that watches replay and
// `compact` forgets. Keys sort like etcd keys (namespace/name), which is the order a real
// server lists in and what continue tokens point into.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "resourcetype.h"
#include "tableconverter.h"

namespace PullScope::TestApiServer {

using FieldList = std::vector<std::pair<QByteArray, QByteArray>>;

struct StoredObject
{
    Resource resource = Resource::Pods;
    QByteArray key; // "namespace/name", or "name" for cluster-scoped objects
    QByteArray name;
    QByteArray ns;
    QByteArray uid;
    quint64 rv = 0;
    QByteArray json; // the whole object, compact
    QByteArray metadataJson; // its metadata, for PartialObjectMetadata rows
    FieldList labels;
    FieldList fields; // the values field selectors match
    TableRow row;
    // events.k8s.io/v1 form of a core Event, made on first request: most runs never ask.
    mutable QByteArray eventsV1Json;

    const QByteArray *field(const QByteArray &name) const;
    const QByteArray *label(const QByteArray &name) const;
    const QByteArray &eventsV1() const;
};
using ObjectPtr = std::shared_ptr<const StoredObject>;

struct Change
{
    quint64 rv = 0;
    QByteArray type; // ADDED, MODIFIED, DELETED
    ObjectPtr object; // for DELETED: the last state, with the deletion's resourceVersion
    ObjectPtr previous; // for MODIFIED: the state before
};

class ObjectStore
{
public:
    using Objects = std::map<QByteArray, ObjectPtr>;

    ObjectStore();

    // A kubectl List (List, PodList, EventList, ...) or a single object.
    bool loadFile(const QString &path, QString *error);

    enum class Mode { Create, Update, Upsert };
    // Stores a new state and records the change; `keepRv` keeps a numeric resourceVersion
    // the object already carries (a loaded dump), else the next one is assigned.
    ObjectPtr put(Resource resource, QJsonObject object, Mode mode, QString *error, bool keepRv = false);
    bool remove(Resource resource, const QByteArray &key, QString *error);
    // Forget the history: watches from an older resourceVersion get 410 Gone.
    void compact();

    quint64 resourceVersion() const { return m_rv; }
    quint64 compactedRv() const { return m_compactedRv; }
    const Objects &objects(Resource r) const { return m_objects[static_cast<int>(r)]; }
    ObjectPtr find(Resource r, const QByteArray &key) const;
    const std::deque<Change> &history() const { return m_history; }
    // Index of the first change newer than `rv`.
    size_t historyAfter(quint64 rv) const;

    // Field selector labels the real server accepts for this resource.
    static bool supportsField(Resource r, const QByteArray &field);

    void setListener(std::function<void(const Change &)> listener) { m_listener = std::move(listener); }

private:
    void record(Change change);
    void ensureNamespace(const QByteArray &ns, qint64 createdMs);
    void finishLoading();

    std::vector<Objects> m_objects;
    std::deque<Change> m_history;
    quint64 m_rv = 1;
    quint64 m_compactedRv = 0;
    bool m_loading = false;
    std::function<void(const Change &)> m_listener;
};

} // namespace PullScope::TestApiServer

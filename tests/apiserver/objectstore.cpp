#include "objectstore.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cstdio>

#include "jsontext.h"

namespace PullScope::TestApiServer {

namespace {

QByteArray str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toUtf8();
}

QByteArray boolText(const QJsonValue &v)
{
    return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// Field names as shared QByteArrays: 400k objects then hold a reference each, not a copy.
QByteArray key(const char *name)
{
    static QHash<QByteArray, QByteArray> keys;
    const QByteArray raw = QByteArray::fromRawData(name, qsizetype(qstrlen(name)));
    auto it = keys.find(raw);
    if (it == keys.end())
        it = keys.insert(QByteArray(name), QByteArray(name));
    return it.value();
}

// The values of the field labels registered for each resource (GetAttrs of the real
// registries: pkg/registry/core/pod/strategy.go ToSelectableFields and friends).
FieldList extractFields(Resource r, const QJsonObject &o)
{
    const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    FieldList f;
    f.reserve(12);
    f.emplace_back(key("metadata.name"), str(meta, "name"));
    if (ResourceType::of(r).namespaced)
        f.emplace_back(key("metadata.namespace"), str(meta, "namespace"));
    switch (r) {
    case Resource::Pods: {
        const QJsonObject spec = o.value(QLatin1String("spec")).toObject();
        const QJsonObject status = o.value(QLatin1String("status")).toObject();
        f.emplace_back(key("spec.nodeName"), str(spec, "nodeName"));
        f.emplace_back(key("spec.restartPolicy"), str(spec, "restartPolicy"));
        f.emplace_back(key("spec.schedulerName"), str(spec, "schedulerName"));
        f.emplace_back(key("spec.serviceAccountName"), str(spec, "serviceAccountName"));
        f.emplace_back(key("spec.hostNetwork"), boolText(spec.value(QLatin1String("hostNetwork"))));
        f.emplace_back(key("status.phase"), str(status, "phase"));
        f.emplace_back(key("status.podIP"), str(status, "podIP"));
        f.emplace_back(key("status.nominatedNodeName"), str(status, "nominatedNodeName"));
        break;
    }
    case Resource::Events: {
        const QJsonObject involved = o.value(QLatin1String("involvedObject")).toObject();
        for (const char *k : {"kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"})
            f.emplace_back(key(QByteArray(QByteArray("involvedObject.") + k).constData()), str(involved, k));
        f.emplace_back(key("reason"), str(o, "reason"));
        f.emplace_back(key("reportingComponent"), str(o, "reportingComponent"));
        QByteArray source = str(o.value(QLatin1String("source")).toObject(), "component");
        if (source.isEmpty())
            source = str(o, "reportingComponent");
        f.emplace_back(key("source"), source);
        f.emplace_back(key("type"), str(o, "type"));
        break;
    }
    case Resource::Nodes:
        f.emplace_back(key("spec.unschedulable"),
            boolText(o.value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable"))));
        break;
    case Resource::Namespaces:
        f.emplace_back(key("status.phase"), str(o.value(QLatin1String("status")).toObject(), "phase"));
        break;
    case Resource::Secrets:
        f.emplace_back(key("type"), str(o, "type"));
        break;
    case Resource::ServiceAccounts:
        break;
    }
    return f;
}

QByteArray withoutTypeMeta(QJsonObject o)
{
    // Items of a typed list carry no kind/apiVersion on the wire; single objects and watch
    // events get them prepended (StoredObject users do that).
    o.remove(QLatin1String("kind"));
    o.remove(QLatin1String("apiVersion"));
    return JsonText::compact(o);
}

bool numericRv(const QJsonObject &meta, quint64 *rv)
{
    bool ok = false;
    const quint64 v = meta.value(QLatin1String("resourceVersion")).toString().toULongLong(&ok);
    if (ok && rv)
        *rv = v;
    return ok;
}

} // namespace

const QByteArray *StoredObject::field(const QByteArray &name) const
{
    for (const auto &f : fields)
        if (f.first == name)
            return &f.second;
    return nullptr;
}

const QByteArray *StoredObject::label(const QByteArray &name) const
{
    for (const auto &l : labels)
        if (l.first == name)
            return &l.second;
    return nullptr;
}

const QByteArray &StoredObject::eventsV1() const
{
    if (!eventsV1Json.isEmpty())
        return eventsV1Json;
    // pkg/apis/events/v1 conversion of a core Event: the same record under new names.
    const QJsonObject e = QJsonDocument::fromJson(json).object();
    QJsonObject out;
    out.insert(QLatin1String("metadata"), e.value(QLatin1String("metadata")));
    out.insert(QLatin1String("eventTime"),
        e.value(QLatin1String("eventTime")).isString() ? e.value(QLatin1String("eventTime"))
                                                       : QJsonValue(QJsonValue::Null));
    if (e.contains(QLatin1String("series")))
        out.insert(QLatin1String("series"), e.value(QLatin1String("series")));
    const struct
    {
        const char *from;
        const char *to;
    } renames[] = {{"reportingComponent", "reportingController"}, {"reportingInstance", "reportingInstance"},
        {"action", "action"}, {"reason", "reason"}, {"involvedObject", "regarding"}, {"related", "related"},
        {"message", "note"}, {"type", "type"}, {"source", "deprecatedSource"},
        {"firstTimestamp", "deprecatedFirstTimestamp"}, {"lastTimestamp", "deprecatedLastTimestamp"},
        {"count", "deprecatedCount"}};
    for (const auto &r : renames)
        if (e.contains(QLatin1String(r.from)) && !e.value(QLatin1String(r.from)).isNull())
            out.insert(QLatin1String(r.to), e.value(QLatin1String(r.from)));
    eventsV1Json = JsonText::compact(out);
    return eventsV1Json;
}

ObjectStore::ObjectStore()
    : m_objects(ResourceCount)
{
}

bool ObjectStore::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = path + QStringLiteral(": ") + pe.errorString();
        return false;
    }
    QJsonArray items = doc.object().value(QLatin1String("items")).toArray();
    if (!doc.object().contains(QLatin1String("items")))
        items.append(doc.object());
    // Dumps carry real resourceVersions; the counter starts above them so that objects this
    // server makes (namespaces, control-channel changes) are newer.
    for (const QJsonValue &v : std::as_const(items)) {
        quint64 rv = 0;
        if (numericRv(v.toObject().value(QLatin1String("metadata")).toObject(), &rv))
            m_rv = std::max(m_rv, rv);
    }
    // A List's items may lack `kind` (a typed list): take it from the list kind.
    QByteArray listKind = doc.object().value(QLatin1String("kind")).toString().toUtf8();
    if (listKind.endsWith("List"))
        listKind.chop(4);
    m_loading = true;
    int skipped = 0;
    for (const QJsonValue &v : std::as_const(items)) {
        const QJsonObject o = v.toObject();
        QByteArray kind = o.value(QLatin1String("kind")).toString().toUtf8();
        if (kind.isEmpty())
            kind = listKind;
        const ResourceType *type = ResourceType::byKind(kind);
        QString err;
        if (!type
            || (o.contains(QLatin1String("apiVersion")) && o.value(QLatin1String("apiVersion")) != QLatin1String("v1"))
            || !put(type->id, o, Mode::Upsert, &err, true))
            ++skipped;
    }
    finishLoading();
    if (skipped)
        std::fprintf(stderr, "%s: skipped %d objects this server does not serve\n", qPrintable(path), skipped);
    return true;
}

void ObjectStore::finishLoading()
{
    m_loading = false;
    std::stable_sort(m_history.begin(), m_history.end(), [](const Change &a, const Change &b) { return a.rv < b.rv; });
}

ObjectPtr ObjectStore::find(Resource r, const QByteArray &key) const
{
    const Objects &objs = objects(r);
    const auto it = objs.find(key);
    return it == objs.end() ? nullptr : it->second;
}

ObjectPtr ObjectStore::put(Resource resource, QJsonObject object, Mode mode, QString *error, bool keepRv)
{
    const ResourceType &type = ResourceType::of(resource);
    QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    const QByteArray name = str(meta, "name");
    if (name.isEmpty()) {
        *error = QStringLiteral("metadata.name is missing");
        return nullptr;
    }
    QByteArray ns;
    if (type.namespaced) {
        ns = str(meta, "namespace");
        if (ns.isEmpty()) {
            ns = "default";
            meta.insert(QLatin1String("namespace"), QStringLiteral("default"));
        }
    } else {
        meta.remove(QLatin1String("namespace"));
    }
    const QByteArray key = type.namespaced ? ns + '/' + name : name;
    Objects &objs = m_objects[static_cast<int>(resource)];
    const auto existing = objs.find(key);
    const ObjectPtr previous = existing == objs.end() ? nullptr : existing->second;
    if (mode == Mode::Create && previous) {
        *error = QString::fromUtf8(type.plural + QByteArray(" \"") + name + "\" already exists");
        return nullptr;
    }
    if (mode == Mode::Update && !previous) {
        *error = QString::fromUtf8(type.plural + QByteArray(" \"") + name + "\" not found");
        return nullptr;
    }

    if (!meta.contains(QLatin1String("uid")))
        meta.insert(QLatin1String("uid"),
            previous ? QString::fromUtf8(previous->uid) : QUuid::createUuid().toString(QUuid::WithoutBraces));
    qint64 createdMs = JsonText::parseTime(meta.value(QLatin1String("creationTimestamp")));
    if (createdMs < 0) {
        createdMs = QDateTime::currentMSecsSinceEpoch();
        meta.insert(QLatin1String("creationTimestamp"), QString::fromUtf8(JsonText::formatTime(createdMs)));
    }
    quint64 rv = 0;
    if (!(keepRv && numericRv(meta, &rv)))
        rv = ++m_rv;
    meta.insert(QLatin1String("resourceVersion"), QString::number(rv));
    object.insert(QLatin1String("metadata"), meta);

    auto stored = std::make_shared<StoredObject>();
    stored->resource = resource;
    stored->key = key;
    stored->name = name;
    stored->ns = ns;
    stored->uid = str(meta, "uid");
    stored->rv = rv;
    stored->row = TableConverter::row(resource, object);
    if (resource == Resource::Secrets) {
        // A restricted view: the type and metadata of a secret, never its data (the Data
        // column above was counted first).
        object.remove(QLatin1String("data"));
        object.remove(QLatin1String("stringData"));
    }
    stored->fields = extractFields(resource, object);
    const QJsonObject labels = meta.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        stored->labels.emplace_back(it.key().toUtf8(), it.value().toString().toUtf8());
    stored->metadataJson = JsonText::compact(meta);
    stored->json = withoutTypeMeta(object);
    objs[key] = stored;

    if (type.namespaced)
        ensureNamespace(ns, createdMs);
    record({rv, previous ? QByteArrayLiteral("MODIFIED") : QByteArrayLiteral("ADDED"), stored, previous});
    return stored;
}

bool ObjectStore::remove(Resource resource, const QByteArray &key, QString *error)
{
    Objects &objs = m_objects[static_cast<int>(resource)];
    const auto it = objs.find(key);
    if (it == objs.end()) {
        *error = QString::fromUtf8(ResourceType::of(resource).plural + QByteArray(" \"") + key + "\" not found");
        return false;
    }
    // The DELETED event carries the last state at the deletion's resourceVersion.
    auto last = std::make_shared<StoredObject>(*it->second);
    last->rv = ++m_rv;
    QJsonObject o = QJsonDocument::fromJson(last->json).object();
    QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    meta.insert(QLatin1String("resourceVersion"), QString::number(last->rv));
    o.insert(QLatin1String("metadata"), meta);
    last->json = JsonText::compact(o);
    last->metadataJson = JsonText::compact(meta);
    last->eventsV1Json.clear();
    const ObjectPtr previous = it->second;
    objs.erase(it);
    record({last->rv, QByteArrayLiteral("DELETED"), last, previous});
    return true;
}

void ObjectStore::compact()
{
    m_history.clear();
    m_history.shrink_to_fit();
    m_compactedRv = m_rv;
}

size_t ObjectStore::historyAfter(quint64 rv) const
{
    const auto it
        = std::upper_bound(m_history.begin(), m_history.end(), rv, [](quint64 v, const Change &c) { return v < c.rv; });
    return size_t(it - m_history.begin());
}

void ObjectStore::record(Change change)
{
    m_history.push_back(change);
    if (!m_loading && m_listener)
        m_listener(m_history.back());
}

void ObjectStore::ensureNamespace(const QByteArray &ns, qint64 createdMs)
{
    if (m_objects[static_cast<int>(Resource::Namespaces)].count(ns))
        return;
    // The objects name their namespaces; the Namespace objects a real cluster would hold
    // are derived from them, as old as the oldest object seen at the time.
    QJsonObject meta;
    meta.insert(QLatin1String("name"), QString::fromUtf8(ns));
    meta.insert(QLatin1String("uid"),
        QUuid::createUuidV5(QUuid(), QByteArray("namespace/") + ns).toString(QUuid::WithoutBraces));
    meta.insert(QLatin1String("creationTimestamp"), QString::fromUtf8(JsonText::formatTime(createdMs)));
    meta.insert(
        QLatin1String("labels"), QJsonObject {{QStringLiteral("kubernetes.io/metadata.name"), QString::fromUtf8(ns)}});
    QJsonObject o {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Namespace")}, {QStringLiteral("metadata"), meta},
        {QStringLiteral("spec"),
            QJsonObject {{QStringLiteral("finalizers"), QJsonArray {QStringLiteral("kubernetes")}}}},
        {QStringLiteral("status"), QJsonObject {{QStringLiteral("phase"), QStringLiteral("Active")}}}};
    QString error;
    put(Resource::Namespaces, o, Mode::Create, &error);
}

bool ObjectStore::supportsField(Resource r, const QByteArray &field)
{
    static const char *const pods[] = {"spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
        "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"};
    static const char *const events[] = {"involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
        "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath",
        "reason", "reportingComponent", "source", "type"};
    if (field == "metadata.name" || (field == "metadata.namespace" && ResourceType::of(r).namespaced))
        return true;
    auto in = [&field](const auto &list) {
        return std::any_of(std::begin(list), std::end(list), [&field](const char *f) { return field == f; });
    };
    switch (r) {
    case Resource::Pods:
        return in(pods);
    case Resource::Events:
        return in(events);
    case Resource::Nodes:
        return field == "spec.unschedulable";
    case Resource::Namespaces:
        return field == "status.phase";
    case Resource::Secrets:
        return field == "type";
    case Resource::ServiceAccounts:
        return false;
    }
    return false;
}

} // namespace PullScope::TestApiServer

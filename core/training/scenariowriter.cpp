#include "scenariowriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace PullScope {

namespace {

QString rfc3339(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

void setIf(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QJsonArray nameList(const QStringList &names)
{
    QJsonArray a;
    for (const QString &n : names)
        a.append(QJsonObject {{QStringLiteral("name"), n}});
    return a;
}

QJsonObject metadata(const QString &name, const QString &ns)
{
    QJsonObject m {{QStringLiteral("name"), name}};
    setIf(m, "namespace", ns);
    return m;
}

void addOwnerAndAnnotation(QJsonObject &meta, const OwnerRef &owner, const QString &lastApplied)
{
    if (!owner.kind.isEmpty())
        meta.insert(QStringLiteral("ownerReferences"),
            QJsonArray {QJsonObject {{QStringLiteral("kind"), owner.kind}, {QStringLiteral("name"), owner.name},
                {QStringLiteral("controller"), true}}});
    if (!lastApplied.isEmpty())
        meta.insert(QStringLiteral("annotations"),
            QJsonObject {{QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"), lastApplied}});
}

const char *specKey(ContainerType t)
{
    return t == ContainerType::Init     ? "initContainers"
        : t == ContainerType::Ephemeral ? "ephemeralContainers"
                                        : "containers";
}

const char *statusKey(ContainerType t)
{
    return t == ContainerType::Init     ? "initContainerStatuses"
        : t == ContainerType::Ephemeral ? "ephemeralContainerStatuses"
                                        : "containerStatuses";
}

// The spec containers of a pod or pod template, by type.
void addContainerSpecs(QJsonObject &spec, const QList<Container> &containers)
{
    QHash<QString, QJsonArray> byKey;
    for (const Container &c : containers) {
        if (!c.hasSpec)
            continue;
        QJsonObject o {{QStringLiteral("name"), c.name}};
        setIf(o, "image", c.image);
        setIf(o, "imagePullPolicy", c.imagePullPolicy);
        byKey[QLatin1String(specKey(c.type))].append(o);
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        spec.insert(it.key(), it.value());
}

QJsonObject containerStatus(const Container &c)
{
    const ContainerStatus &s = c.status;
    QJsonObject o {{QStringLiteral("name"), c.name}, {QStringLiteral("ready"), s.ready},
        {QStringLiteral("restartCount"), s.restartCount}};
    // A container known without its spec (describe text shows no pull policy) keeps its
    // image here: a status-only container takes its image from the status.
    setIf(o, "image", s.image.isEmpty() && !c.hasSpec ? c.image : s.image);
    setIf(o, "imageID", s.imageID);
    QJsonObject state;
    if (s.running) {
        QJsonObject running;
        if (s.startedAt.isValid())
            running.insert(QStringLiteral("startedAt"), rfc3339(s.startedAt));
        state.insert(QStringLiteral("running"), running);
    } else if (s.terminated) {
        QJsonObject terminated {{QStringLiteral("exitCode"), s.exitCode}};
        setIf(terminated, "reason", s.terminatedReason);
        state.insert(QStringLiteral("terminated"), terminated);
    } else if (!s.waitingReason.isEmpty() || !s.waitingMessage.isEmpty()) {
        QJsonObject waiting;
        setIf(waiting, "reason", s.waitingReason);
        setIf(waiting, "message", s.waitingMessage);
        state.insert(QStringLiteral("waiting"), waiting);
    }
    o.insert(QStringLiteral("state"), state);
    if (!s.lastTerminatedReason.isEmpty())
        o.insert(QStringLiteral("lastState"),
            QJsonObject {
                {QStringLiteral("terminated"), QJsonObject {{QStringLiteral("reason"), s.lastTerminatedReason}}}});
    return o;
}

QJsonObject podObject(const Pod &p, const QString &ns)
{
    QJsonObject meta = metadata(p.name, ns);
    setIf(meta, "uid", p.uid);
    if (p.creationTimestamp.isValid())
        meta.insert(QStringLiteral("creationTimestamp"), rfc3339(p.creationTimestamp));
    addOwnerAndAnnotation(meta, p.owner, p.lastAppliedConfiguration);
    QJsonObject pod {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Pod")}, {QStringLiteral("metadata"), meta}};
    if (p.hasSpec) {
        QJsonObject spec;
        setIf(spec, "nodeName", p.node);
        setIf(spec, "serviceAccountName", p.serviceAccount);
        if (!p.imagePullSecrets.isEmpty())
            spec.insert(QStringLiteral("imagePullSecrets"), nameList(p.imagePullSecrets));
        addContainerSpecs(spec, p.containers);
        pod.insert(QStringLiteral("spec"), spec);
    }
    QJsonObject status;
    setIf(status, "phase", p.phase);
    QHash<QString, QJsonArray> byKey;
    for (const Container &c : p.containers)
        if (c.status.present || (!c.hasSpec && !c.image.isEmpty() && !c.imageFromMessages))
            byKey[QLatin1String(statusKey(c.type))].append(containerStatus(c));
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        status.insert(it.key(), it.value());
    pod.insert(QStringLiteral("status"), status);
    return pod;
}

QJsonObject eventObject(const Event &e, const QString &ns, int index)
{
    QJsonObject involved {{QStringLiteral("kind"), e.objectKind().isEmpty() ? QStringLiteral("Pod") : e.objectKind()},
        {QStringLiteral("namespace"), ns}, {QStringLiteral("name"), e.objectName()}};
    setIf(involved, "uid", e.objectUid());
    setIf(involved, "fieldPath", e.fieldPath());
    // Events read from text have no name: kubectl's "<object>.<hex>" form keeps them apart.
    const QString name = e.name.isEmpty()
        ? QStringLiteral("%1.%2").arg(e.objectName()).arg(index, 4, 16, QLatin1Char('0'))
        : QString::fromUtf8(e.name);
    QJsonObject o {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Event")}, {QStringLiteral("metadata"), metadata(name, ns)},
        {QStringLiteral("involvedObject"), involved}, {QStringLiteral("count"), e.count}};
    setIf(o, "type", e.type);
    setIf(o, "reason", e.reason);
    setIf(o, "message", e.message);
    if (e.firstTimestamp.isValid())
        o.insert(QStringLiteral("firstTimestamp"), rfc3339(e.firstTimestamp));
    if (e.lastTimestamp.isValid())
        o.insert(QStringLiteral("lastTimestamp"), rfc3339(e.lastTimestamp));
    QJsonObject source;
    setIf(source, "component", e.source());
    setIf(source, "host", e.host());
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    return o;
}

QJsonObject nodeObject(const Node &n)
{
    QJsonObject info;
    setIf(info, "architecture", n.architecture);
    setIf(info, "operatingSystem", n.operatingSystem);
    setIf(info, "kubeletVersion", n.kubeletVersion);
    setIf(info, "containerRuntimeVersion", n.containerRuntimeVersion);
    QJsonObject status {{QStringLiteral("nodeInfo"), info}};
    if (!n.images.isEmpty()) {
        QJsonArray images;
        for (const NodeImage &i : n.images)
            images.append(QJsonObject {{QStringLiteral("names"), QJsonArray::fromStringList(i.names)},
                {QStringLiteral("sizeBytes"), double(i.sizeBytes)}});
        status.insert(QStringLiteral("images"), images);
    }
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("Node")},
        {QStringLiteral("metadata"), metadata(n.name, QString())}, {QStringLiteral("status"), status}};
}

// `named`: the pod names this secret; then its registry hosts are kept (as auths keys with
// no credentials), because pull-secret-mismatch is decided on them.
QJsonObject secretObject(const SecretInfo &s, const QString &ns, bool named)
{
    QJsonObject o {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Secret")}, {QStringLiteral("metadata"), metadata(s.name, ns)}};
    setIf(o, "type", s.type);
    if (!named || !s.contentKnown)
        return o;
    QJsonObject data;
    if (s.malformed) {
        data.insert(QStringLiteral(".dockerconfigjson"), QString::fromLatin1(QByteArray("redacted").toBase64()));
    } else if (!s.registries.isEmpty()) {
        QJsonObject hosts;
        for (const QString &r : s.registries)
            hosts.insert(r, QJsonObject());
        const bool legacy = s.type == QLatin1String("kubernetes.io/dockercfg");
        const QJsonObject payload = legacy ? hosts : QJsonObject {{QStringLiteral("auths"), hosts}};
        data.insert(legacy ? QStringLiteral(".dockercfg") : QStringLiteral(".dockerconfigjson"),
            QString::fromLatin1(QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64()));
    }
    o.insert(QStringLiteral("data"), data);
    return o;
}

QJsonObject workloadObject(const Workload &w, const QString &ns)
{
    QJsonObject meta = metadata(w.name, ns);
    addOwnerAndAnnotation(meta, w.owner, w.lastAppliedConfiguration);
    QJsonObject podSpec;
    setIf(podSpec, "serviceAccountName", w.serviceAccount);
    if (!w.imagePullSecrets.isEmpty())
        podSpec.insert(QStringLiteral("imagePullSecrets"), nameList(w.imagePullSecrets));
    addContainerSpecs(podSpec, w.containers);
    const bool batch = w.kind == QLatin1String("Job") || w.kind == QLatin1String("CronJob");
    const bool core = w.kind == QLatin1String("ReplicationController");
    return {{QStringLiteral("apiVersion"),
                core        ? QStringLiteral("v1")
                    : batch ? QStringLiteral("batch/v1")
                            : QStringLiteral("apps/v1")},
        {QStringLiteral("kind"), w.kind}, {QStringLiteral("metadata"), meta},
        {QStringLiteral("spec"),
            QJsonObject {{QStringLiteral("template"), QJsonObject {{QStringLiteral("spec"), podSpec}}}}}};
}

// Plain where a YAML reader cannot take the text for anything but that string.
bool plainSafe(const QString &s)
{
    static const QRegularExpression simple(QStringLiteral("^[A-Za-z][A-Za-z0-9._/-]*$"));
    static const QRegularExpression special(
        QStringLiteral("^(y|n|yes|no|on|off|true|false|null)$"), QRegularExpression::CaseInsensitiveOption);
    return simple.match(s).hasMatch() && !special.match(s).hasMatch();
}

// Keys in the order people read objects (apiVersion and kind first) and, for containers,
// in the pod's own order: init, regular, ephemeral. The mapper appends containers known
// only from their status in the order of their lists, so this keeps a pod's order too.
int keyRank(const QString &key)
{
    static const QStringList first = {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
        QStringLiteral("initContainers"), QStringLiteral("containers"), QStringLiteral("ephemeralContainers"),
        QStringLiteral("initContainerStatuses"), QStringLiteral("containerStatuses"),
        QStringLiteral("ephemeralContainerStatuses")};
    const int i = int(first.indexOf(key));
    return i < 0 ? int(first.size()) : i;
}

void emitValue(YAML::Emitter &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        QStringList keys = o.keys(); // sorted
        std::stable_sort(
            keys.begin(), keys.end(), [](const QString &a, const QString &b) { return keyRank(a) < keyRank(b); });
        out << YAML::BeginMap;
        for (const QString &key : std::as_const(keys)) {
            out << YAML::Key;
            if (!plainSafe(key))
                out << YAML::DoubleQuoted;
            out << key.toStdString() << YAML::Value;
            emitValue(out, o.value(key));
        }
        out << YAML::EndMap;
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue &e : a)
            emitValue(out, e);
        out << YAML::EndSeq;
        return;
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        if (!plainSafe(s))
            out << YAML::DoubleQuoted;
        out << s.toStdString();
        return;
    }
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9e15)
            out << qint64(d);
        else
            out << d;
        return;
    }
    case QJsonValue::Bool:
        out << (v.toBool() ? "true" : "false");
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        return;
    }
}

} // namespace

QJsonArray ScenarioWriter::objectsFor(const ClusterSnapshot &snapshot, const QString &nsIn, const QString &podName)
{
    // `kubectl get events` without -A prints no namespace; what it showed was "default".
    const QString ns = nsIn.isEmpty() ? QStringLiteral("default") : nsIn;
    QJsonArray objects;
    const int pi = snapshot.podIndex(nsIn, podName);
    const Pod *pod = pi >= 0 ? &snapshot.pods[pi] : nullptr;

    QList<const Event *> events;
    for (const Event &e : snapshot.events)
        if (e.objectName() == podName && (e.objectNamespace() == nsIn || e.objectNamespace().isEmpty())
            && (e.objectKind().isEmpty() || e.objectKind() == QLatin1String("Pod")))
            events << &e;

    // The node the pod runs on; for a pod known from events only, the nodes that reported.
    QStringList nodeNames;
    if (pod && !pod->node.isEmpty())
        nodeNames << pod->node;
    else
        for (const Event *e : std::as_const(events))
            if (!e->host().isEmpty() && !nodeNames.contains(e->host()))
                nodeNames << e->host();
    for (const QString &n : std::as_const(nodeNames))
        if (const Node *node = snapshot.findNode(n))
            objects.append(nodeObject(*node));

    QStringList named = pod ? pod->imagePullSecrets : QStringList();
    const QString sa = pod && !pod->serviceAccount.isEmpty() ? pod->serviceAccount : QStringLiteral("default");
    for (const ServiceAccountInfo &s : snapshot.serviceAccounts) {
        if (s.namespace_ != nsIn || s.name != sa)
            continue;
        objects.append(QJsonObject {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("ServiceAccount")},
            {QStringLiteral("metadata"), metadata(s.name, ns)},
            {QStringLiteral("imagePullSecrets"), nameList(s.imagePullSecrets)}});
        for (const QString &n : s.imagePullSecrets)
            if (!named.contains(n))
                named << n;
    }
    for (const SecretInfo &s : snapshot.secrets)
        if (s.namespace_ == nsIn)
            objects.append(secretObject(s, ns, named.contains(s.name)));

    // The owners, up the chain (Pod -> ReplicaSet -> Deployment, Job -> CronJob).
    QList<QJsonObject> owners;
    OwnerRef owner = pod ? pod->owner : OwnerRef();
    for (int depth = 0; depth < 4 && !owner.kind.isEmpty(); ++depth) {
        const Workload *found = nullptr;
        for (const Workload &w : snapshot.workloads)
            if (w.namespace_ == nsIn && w.kind == owner.kind && w.name == owner.name)
                found = &w;
        if (!found)
            break;
        owners.prepend(workloadObject(*found, ns));
        owner = found->owner;
    }
    for (const QJsonObject &o : std::as_const(owners))
        objects.append(o);

    if (pod)
        objects.append(podObject(*pod, ns));
    int index = 0;
    for (const Event *e : std::as_const(events))
        objects.append(eventObject(*e, ns, index++));
    return objects;
}

QByteArray ScenarioWriter::toYaml(const Scenario &s, const QJsonArray &objects)
{
    QJsonObject focus {{QStringLiteral("namespace"), s.focusNamespace}, {QStringLiteral("pod"), s.focusPod},
        {QStringLiteral("container"), s.focusContainer}};
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "pullscope.io/v1";
    out << YAML::Key << "kind" << YAML::Value << "Scenario";
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "name" << YAML::Value
        << s.id.toStdString() << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    // Description first, in the order of docs/scenario-format.md; objects last.
    auto text = [&](const char *key, const ScenarioText &t) {
        out << YAML::Key << key << YAML::Value;
        emitValue(out, QJsonObject {{QStringLiteral("en"), t.en}, {QStringLiteral("zh_CN"), t.zh}});
    };
    text("title", s.title);
    text("story", s.story);
    out << YAML::Key << "difficulty" << YAML::Value << s.difficulty.toStdString();
    if (!s.seedSection.isEmpty())
        out << YAML::Key << "seedSection" << YAML::Value << YAML::DoubleQuoted << s.seedSection.toStdString();
    out << YAML::Key << "focus" << YAML::Value;
    emitValue(out, focus);
    if (!s.expectedCause.isEmpty())
        out << YAML::Key << "expectedCause" << YAML::Value << s.expectedCause.toStdString();
    out << YAML::Key << "now" << YAML::Value << YAML::DoubleQuoted << rfc3339(s.now).toStdString();
    out << YAML::Key << "objects" << YAML::Value;
    emitValue(out, objects);
    out << YAML::EndMap << YAML::EndMap;
    QByteArray text8 = QByteArray("# PullScope training scenario (docs/scenario-format.md)\n") + out.c_str();
    if (!text8.endsWith('\n'))
        text8 += '\n';
    return text8;
}

bool ScenarioWriter::write(const QString &path, const Scenario &s, const QJsonArray &objects, QString *error)
{
    const QList<ScenarioProblem> problems = s.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(problems.first().field, problems.first().message);
        return false;
    }
    if (objects.isEmpty()) {
        if (error)
            *error = tr("spec.objects: the selection has no Kubernetes objects to save");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toYaml(s, objects));
    if (!file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstring>
#include <string>
#include <string_view>

#include "mapsink.h"
#include "maperror.h"

namespace PullScope {

// A field name as the mappers compare it: against literals, whose length is known, so
// each comparison is a few inlined loads. Compared as std::string_view, they were an
// out-of-line call each, a tenth of mapping an event.
class FieldKey
{
public:
    FieldKey(std::string_view s) // NOLINT(google-explicit-constructor): keys arrive as views
        : m_s(s)
    {
    }
    template<size_t N> bool operator==(const char (&literal)[N]) const
    {
        return m_s.size() == N - 1 && std::memcmp(m_s.data(), literal, N - 1) == 0;
    }
    template<size_t N> bool operator!=(const char (&literal)[N]) const { return !(*this == literal); }
    operator std::string_view() const { return m_s; } // NOLINT(google-explicit-constructor)

private:
    std::string_view m_s;
};

// The first container of a name in a list that only grows: a scan while the list is
// short, as for nearly every pod, and a hash index once it is long (a hostile pod with
// tens of thousands of statuses must not cost a scan per status). Two hashes per pod
// were a tenth of mapping it.
class ContainerIndex
{
public:
    explicit ContainerIndex(const QList<Container> &list)
        : m_list(list)
    {
    }
    qsizetype find(const QString &name)
    {
        constexpr qsizetype ScanUpTo = 16;
        if (m_list.size() <= ScanUpTo) {
            for (qsizetype i = 0; i < m_list.size(); ++i)
                if (m_list.at(i).name == name)
                    return i;
            return -1;
        }
        for (; m_indexed < m_list.size(); ++m_indexed)
            if (!m_byName.contains(m_list.at(m_indexed).name))
                m_byName.insert(m_list.at(m_indexed).name, m_indexed);
        const auto it = m_byName.constFind(name);
        return it == m_byName.constEnd() ? -1 : *it;
    }

private:
    const QList<Container> &m_list;
    QHash<QString, qsizetype> m_byName;
    qsizetype m_indexed = 0;
};

// Maps Kubernetes objects to the model. Written once against a small value concept
// so the simdjson On-Demand reader (JSON) and the libyaml tree (YAML) share it:
//   bool isNull(); bool isObject(); bool isArray();
//   template<F> void fields(F f);    f(std::string_view key, V value), each field once, in order
//                                    (the mappers take the key as a FieldKey)
//   template<F> void elements(F f);  f(V value)
//   std::string_view text(key);      a string (or null -> empty); other types throw MapError
//   qint64 integer(key); bool boolean(key);
//   [[noreturn]] void wrongType(key, bool wantedObject);  throws MapError naming the field
// Only the fields the diagnosis uses are read; on-demand parsing skips the rest.
template<typename V> class ObjectMapper
{
public:
    explicit ObjectMapper(MapSink &sink)
        : m_sink(sink)
    {
    }

    // `kind` is the object's kind (or the list's element kind when the item has none).
    void mapObject(V v, const QString &kind, qint64 line)
    {
        if (kind == QLatin1String("Pod"))
            mapPod(v, line);
        else if (kind == QLatin1String("Event"))
            mapEvent(v, line);
        else if (kind == QLatin1String("Node"))
            mapNode(v);
        else if (kind == QLatin1String("Secret"))
            mapSecret(v);
        else if (kind == QLatin1String("ServiceAccount"))
            mapServiceAccount(v);
        else if (isWorkloadKind(kind))
            mapWorkload(v, kind, line);
        else
            m_sink.noteIgnoredKind(kind);
    }

    static bool isWorkloadKind(const QString &k)
    {
        return k == QLatin1String("Deployment") || k == QLatin1String("StatefulSet") || k == QLatin1String("DaemonSet")
            || k == QLatin1String("ReplicaSet") || k == QLatin1String("Job") || k == QLatin1String("CronJob")
            || k == QLatin1String("ReplicationController");
    }

private:
    struct Meta
    {
        QString name, namespace_, uid;
        QByteArray eventName; // an event's name, in UTF-8 (Event::name)
        QDateTime created;
        OwnerRef owner;
        QString lastApplied;
    };

    // Null stands for an absent value. Any other type than the one expected is an error
    // naming the field: hostile or hand-edited input is refused, not read half-way.
    static bool isObjectField(V &v, std::string_view key)
    {
        if (v.isObject())
            return true;
        if (!v.isNull())
            v.wrongType(key, true);
        return false;
    }
    // An element of the array `key`, named "key[]" in the error.
    static bool isObjectElement(V &v, std::string_view key)
    {
        if (v.isObject())
            return true;
        if (!v.isNull())
            v.wrongType(std::string(key) + "[]", true);
        return false;
    }
    static bool isArrayField(V &v, std::string_view key)
    {
        if (v.isArray())
            return true;
        if (!v.isNull())
            v.wrongType(key, false);
        return false;
    }

    QString str(V &v, std::string_view key) { return m_sink.intern(v.text(key)); }
    // The last text of a field and what it became, made again only for another text.
    // The events of a pod mostly come one after another, so the fields of their object
    // and reporter repeat, and an event's times are mostly one string three times over
    // (created, first, last): a compare with the last is cheaper than the pool or the
    // time parser.
    template<typename T> struct Recent
    {
        std::string text;
        T value;
        template<typename Make> const T &of(std::string_view s, Make make)
        {
            if (s.size() != text.size() || (!s.empty() && std::memcmp(s.data(), text.data(), s.size()) != 0)) {
                text.assign(s.data(), s.size());
                value = make(s);
            }
            return value;
        }
    };
    QString recent(Recent<QString> &last, V &v, std::string_view key)
    {
        return last.of(v.text(key), [this](std::string_view s) { return m_sink.intern(s); });
    }
    QDateTime time(V &v, std::string_view key) { return m_lastTime.of(v.text(key), &MapSink::parseTime); }
    QString longStr(V &v, std::string_view key)
    {
        const std::string_view s = v.text(key);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }

    // `ofEvent`: an event's own name and uid occur nowhere else, so pooling them would
    // only grow the pool (a dump of 1.2M events made it 1.5M entries). The name is kept
    // as it came, the uid only checked: nothing reads it.
    void mapMeta(V v, Meta &m, bool ofEvent = false)
    {
        if (!isObjectField(v, "metadata"))
            return;
        v.fields([&](FieldKey k, V f) {
            if (k == "name") {
                if (ofEvent) {
                    const std::string_view s = f.text(k);
                    m.eventName = QByteArray(s.data(), qsizetype(s.size()));
                } else {
                    m.name = str(f, k);
                }
            } else if (k == "namespace")
                m.namespace_ = str(f, k);
            else if (k == "uid") {
                if (ofEvent)
                    f.text(k);
                else
                    m.uid = str(f, k);
            } else if (k == "creationTimestamp")
                m.created = time(f, k);
            else if (k == "ownerReferences")
                mapOwners(f, m.owner);
            else if (k == "annotations" && isObjectField(f, k))
                f.fields([&](FieldKey ak, V av) {
                    if (ak == "kubectl.kubernetes.io/last-applied-configuration")
                        m.lastApplied = longStr(av, ak);
                });
        });
    }

    void mapOwners(V v, OwnerRef &owner)
    {
        if (!isArrayField(v, "ownerReferences"))
            return;
        v.elements([&](V ref) {
            if (!isObjectElement(ref, "ownerReferences"))
                return;
            OwnerRef o;
            bool controller = false;
            ref.fields([&](FieldKey k, V f) {
                if (k == "kind")
                    o.kind = str(f, k);
                else if (k == "name")
                    o.name = str(f, k);
                else if (k == "controller")
                    controller = f.boolean(k);
            });
            // The controller reference is the owner; else the first one.
            if (controller || owner.kind.isEmpty())
                owner = o;
        });
    }

    void mapNameList(V v, std::string_view key, QStringList &out)
    {
        if (!isArrayField(v, key))
            return;
        v.elements([&](V e) {
            if (!isObjectElement(e, key))
                return;
            e.fields([&](FieldKey k, V f) {
                if (k == "name") {
                    const QString n = str(f, k);
                    if (!n.isEmpty())
                        out << n;
                }
            });
        });
    }

    void mapContainers(V v, std::string_view key, ContainerType type, QList<Container> &out)
    {
        if (!isArrayField(v, key))
            return;
        v.elements([&](V e) {
            if (!isObjectElement(e, key))
                return;
            Container c;
            c.type = type;
            c.hasSpec = true;
            e.fields([&](FieldKey k, V f) {
                if (k == "name")
                    c.name = str(f, k);
                else if (k == "image")
                    c.image = str(f, k);
                else if (k == "imagePullPolicy")
                    c.imagePullPolicy = str(f, k);
            });
            out.append(std::move(c));
        });
    }

    struct PodSpec
    {
        QString node, serviceAccount;
        QStringList pullSecrets;
        QList<Container> containers;
        bool present = false;
    };

    // A pod spec, or the pod template of a workload (template.spec, jobTemplate.spec...).
    void mapPodSpec(V v, PodSpec &spec, int depth = 0)
    {
        if (!isObjectField(v, "spec") || depth > 4)
            return;
        spec.present = true;
        QList<Container> init, main, eph;
        v.fields([&](FieldKey k, V f) {
            if (k == "nodeName")
                spec.node = str(f, k);
            else if (k == "serviceAccountName" || (k == "serviceAccount" && spec.serviceAccount.isEmpty()))
                spec.serviceAccount = str(f, k);
            else if (k == "imagePullSecrets")
                mapNameList(f, k, spec.pullSecrets);
            else if (k == "containers")
                mapContainers(f, k, ContainerType::Container, main);
            else if (k == "initContainers")
                mapContainers(f, k, ContainerType::Init, init);
            else if (k == "ephemeralContainers")
                mapContainers(f, k, ContainerType::Ephemeral, eph);
            else if (k == "template" || k == "jobTemplate")
                mapTemplate(f, k, spec, depth + 1);
        });
        spec.containers << init << main << eph;
    }

    void mapTemplate(V v, std::string_view key, PodSpec &spec, int depth)
    {
        if (!isObjectField(v, key))
            return;
        v.fields([&](FieldKey k, V f) {
            if (k == "spec")
                mapPodSpec(f, spec, depth);
        });
    }

    void mapState(V v, ContainerStatus &s, bool last)
    {
        if (!isObjectField(v, last ? "lastState" : "state"))
            return;
        v.fields([&](FieldKey k, V f) {
            if ((k != "waiting" && k != "running" && k != "terminated") || !isObjectField(f, k))
                return;
            if (k == "waiting" && !last) {
                f.fields([&](FieldKey wk, V wf) {
                    if (wk == "reason")
                        s.waitingReason = str(wf, wk);
                    else if (wk == "message")
                        s.waitingMessage = longStr(wf, wk);
                });
            } else if (k == "running" && !last) {
                s.running = true;
                f.fields([&](FieldKey rk, V rf) {
                    if (rk == "startedAt")
                        s.startedAt = time(rf, rk);
                });
            } else if (k == "terminated") {
                if (!last)
                    s.terminated = true;
                f.fields([&](FieldKey tk, V tf) {
                    if (tk == "reason")
                        (last ? s.lastTerminatedReason : s.terminatedReason) = str(tf, tk);
                    else if (tk == "exitCode" && !last)
                        s.exitCode = int(tf.integer(tk));
                });
            }
        });
    }

    // `byName` indexes `containers`.
    void mapStatuses(
        V v, std::string_view key, ContainerType type, QList<Container> &containers, ContainerIndex &byName)
    {
        if (!isArrayField(v, key))
            return;
        v.elements([&](V e) {
            if (!isObjectElement(e, key))
                return;
            QString name;
            ContainerStatus s;
            s.present = true;
            e.fields([&](FieldKey k, V f) {
                if (k == "name")
                    name = str(f, k);
                else if (k == "image")
                    s.image = str(f, k);
                else if (k == "imageID")
                    s.imageID = str(f, k);
                else if (k == "ready")
                    s.ready = f.boolean(k);
                else if (k == "restartCount")
                    s.restartCount = int(f.integer(k));
                else if (k == "state")
                    mapState(f, s, false);
                else if (k == "lastState")
                    mapState(f, s, true);
            });
            const qsizetype known = byName.find(name);
            if (known >= 0) {
                containers[known].status = std::move(s);
                return;
            }
            // Status without spec (the input had status only): still a container.
            Container c;
            c.name = name;
            c.type = type;
            c.image = s.image;
            c.status = std::move(s);
            containers.append(std::move(c));
        });
    }

    void mapPod(V v, qint64 line)
    {
        Pod pod;
        Meta meta;
        PodSpec spec;
        pod.origin = {m_sink.file(), line};
        // Statuses can come before spec in key order only in hand-written input; keep
        // them aside and attach after the loop.
        QList<Container> statusOnly;
        ContainerIndex statusIndex(statusOnly);
        v.fields([&](FieldKey k, V f) {
            if (k == "metadata")
                mapMeta(f, meta);
            else if (k == "spec")
                mapPodSpec(f, spec);
            else if (k == "status" && isObjectField(f, k)) {
                f.fields([&](FieldKey sk, V sf) {
                    if (sk == "phase")
                        pod.phase = str(sf, sk);
                    else if (sk == "containerStatuses")
                        mapStatuses(sf, sk, ContainerType::Container, statusOnly, statusIndex);
                    else if (sk == "initContainerStatuses")
                        mapStatuses(sf, sk, ContainerType::Init, statusOnly, statusIndex);
                    else if (sk == "ephemeralContainerStatuses")
                        mapStatuses(sf, sk, ContainerType::Ephemeral, statusOnly, statusIndex);
                });
            }
        });
        pod.name = meta.name;
        pod.namespace_ = meta.namespace_;
        pod.uid = meta.uid;
        pod.creationTimestamp = meta.created;
        pod.owner = meta.owner;
        pod.lastAppliedConfiguration = meta.lastApplied;
        pod.node = spec.node;
        pod.serviceAccount = spec.serviceAccount;
        pod.imagePullSecrets = spec.pullSecrets;
        pod.hasSpec = spec.present;
        pod.containers = std::move(spec.containers);
        // The first container of a name, as findContainer(). The containers known
        // only from statuses have a name each (statusIndex saw to that).
        ContainerIndex specIndex(pod.containers);
        for (Container &sc : statusOnly) {
            const qsizetype known = specIndex.find(sc.name);
            if (known >= 0)
                pod.containers[known].status = std::move(sc.status);
            else
                pod.containers.append(std::move(sc));
        }
        if (pod.name.isEmpty())
            throw MapError {QStringLiteral("metadata.name"), MapSink::tr("a Pod without a name"), 0};
        m_sink.addPod(std::move(pod));
    }

    void mapObjectRef(V v, std::string_view key, EventSubject &e)
    {
        if (!isObjectField(v, key))
            return;
        v.fields([&](FieldKey k, V f) {
            if (k == "kind")
                e.objectKind = recent(m_recent.kind, f, k);
            else if (k == "namespace")
                e.objectNamespace = recent(m_recent.namespace_, f, k);
            else if (k == "name")
                e.objectName = recent(m_recent.name, f, k);
            else if (k == "uid")
                e.objectUid = recent(m_recent.uid, f, k);
            else if (k == "fieldPath")
                e.fieldPath = recent(m_recent.fieldPath, f, k);
        });
    }

    void mapSource(V v, std::string_view key, EventSubject &e)
    {
        if (!isObjectField(v, key))
            return;
        v.fields([&](FieldKey k, V f) {
            if (k == "component" && e.source.isEmpty())
                e.source = recent(m_recent.component, f, k);
            else if (k == "host" && e.host.isEmpty())
                e.host = recent(m_recent.host, f, k);
        });
    }

    // core/v1 and events.k8s.io/v1 share one loop: the field names do not collide
    // (message/note, involvedObject/regarding, count/deprecatedCount ...).
    void mapEvent(V v, qint64 line)
    {
        Event e;
        EventSubject subject;
        subject.file = m_sink.file();
        Meta meta;
        int count = 0, seriesCount = 0;
        QDateTime eventTime, seriesLast;
        QString reportingController, reportingInstance;
        v.fields([&](FieldKey k, V f) {
            if (k == "metadata")
                mapMeta(f, meta, true);
            else if (k == "involvedObject" || k == "regarding")
                mapObjectRef(f, k, subject);
            else if (k == "reason")
                e.reason = str(f, k);
            else if (k == "message" || k == "note")
                e.message = m_sink.message(f.text(k));
            else if (k == "type")
                e.type = str(f, k);
            else if (k == "count" || k == "deprecatedCount")
                count = std::max(count, int(f.isNull() ? 0 : f.integer(k)));
            else if (k == "firstTimestamp" || k == "deprecatedFirstTimestamp") {
                const QDateTime t = time(f, k);
                if (t.isValid())
                    e.firstTimestamp = t;
            } else if (k == "lastTimestamp" || k == "deprecatedLastTimestamp") {
                const QDateTime t = time(f, k);
                if (t.isValid())
                    e.lastTimestamp = t;
            } else if (k == "eventTime")
                eventTime = time(f, k);
            else if (k == "series" && isObjectField(f, k)) {
                f.fields([&](FieldKey sk, V sf) {
                    if (sk == "count")
                        seriesCount = int(sf.integer(sk));
                    else if (sk == "lastObservedTime")
                        seriesLast = time(sf, sk);
                });
            } else if (k == "source" || k == "deprecatedSource")
                mapSource(f, k, subject);
            else if (k == "reportingComponent" || k == "reportingController")
                reportingController = str(f, k);
            else if (k == "reportingInstance")
                reportingInstance = str(f, k);
        });
        // The same precedence kubectl's printers use (upstream-facts 7.1).
        if (!e.firstTimestamp.isValid())
            e.firstTimestamp = eventTime;
        if (seriesCount > 0) {
            e.count = seriesCount;
            if (seriesLast.isValid())
                e.lastTimestamp = seriesLast;
        } else {
            e.count = count > 0 ? count : 1;
        }
        if (!e.lastTimestamp.isValid())
            e.lastTimestamp = e.firstTimestamp;
        if (subject.source.isEmpty())
            subject.source = reportingController;
        if (subject.host.isEmpty())
            subject.host = reportingInstance;
        e.name = std::move(meta.eventName);
        if (subject.objectNamespace.isEmpty())
            subject.objectNamespace = meta.namespace_;
        e.setSubject(m_sink.shareSubject(std::move(subject)));
        e.setLine(line);
        m_sink.out().addEvent(std::move(e));
    }

    void mapNode(V v)
    {
        Node n;
        Meta meta;
        v.fields([&](FieldKey k, V f) {
            if (k == "metadata")
                mapMeta(f, meta);
            else if (k == "status" && isObjectField(f, k))
                f.fields([&](FieldKey sk, V sf) {
                    if (sk == "nodeInfo" && isObjectField(sf, sk))
                        sf.fields([&](FieldKey ik, V iv) {
                            if (ik == "architecture")
                                n.architecture = str(iv, ik);
                            else if (ik == "operatingSystem")
                                n.operatingSystem = str(iv, ik);
                            else if (ik == "kubeletVersion")
                                n.kubeletVersion = str(iv, ik);
                            else if (ik == "containerRuntimeVersion")
                                n.containerRuntimeVersion = str(iv, ik);
                        });
                    else if (sk == "images" && isArrayField(sf, sk))
                        sf.elements([&](V img) {
                            if (!isObjectElement(img, "images"))
                                return;
                            NodeImage ni;
                            img.fields([&](FieldKey ik, V iv) {
                                if (ik == "names" && isArrayField(iv, ik))
                                    iv.elements([&](V nm) { ni.names << m_sink.intern(nm.text("names[]")); });
                                else if (ik == "sizeBytes")
                                    ni.sizeBytes = iv.integer(ik);
                            });
                            n.images.append(std::move(ni));
                        });
                });
        });
        n.name = meta.name;
        m_sink.out().nodes.append(std::move(n));
    }

    // Reads registry hosts out of a dockerconfigjson/dockercfg payload. The decoded
    // bytes hold passwords: they are overwritten before this returns.
    static void readRegistries(std::string_view b64, bool wrapped, SecretInfo &s)
    {
        QByteArray raw = QByteArray::fromBase64(QByteArray(b64.data(), qsizetype(b64.size())));
        QJsonParseError err {};
        QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
        raw.fill('\0');
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            s.malformed = true;
            return;
        }
        QJsonObject auths = doc.object();
        if (wrapped) {
            if (!auths.value(QLatin1String("auths")).isObject()) {
                s.malformed = true;
                return;
            }
            auths = auths.value(QLatin1String("auths")).toObject();
        }
        s.registries = auths.keys();
    }

    void mapSecret(V v)
    {
        SecretInfo s;
        Meta meta;
        v.fields([&](FieldKey k, V f) {
            if (k == "metadata")
                mapMeta(f, meta);
            else if (k == "type")
                s.type = str(f, k);
            else if (k == "data" && isObjectField(f, k)) {
                s.contentKnown = true;
                f.fields([&](FieldKey dk, V dv) {
                    if (dk == ".dockerconfigjson")
                        readRegistries(dv.text(dk), true, s);
                    else if (dk == ".dockercfg")
                        readRegistries(dv.text(dk), false, s);
                    // every other key (passwords, tokens, certificates) is never read
                });
            }
        });
        s.name = meta.name;
        s.namespace_ = meta.namespace_;
        m_sink.out().hadSecrets = true;
        m_sink.out().secrets.append(std::move(s));
    }

    void mapServiceAccount(V v)
    {
        ServiceAccountInfo sa;
        Meta meta;
        v.fields([&](FieldKey k, V f) {
            if (k == "metadata")
                mapMeta(f, meta);
            else if (k == "imagePullSecrets")
                mapNameList(f, k, sa.imagePullSecrets);
        });
        sa.name = meta.name;
        sa.namespace_ = meta.namespace_;
        m_sink.out().serviceAccounts.append(std::move(sa));
    }

    void mapWorkload(V v, const QString &kind, qint64 line)
    {
        Workload w;
        Meta meta;
        PodSpec spec;
        v.fields([&](FieldKey k, V f) {
            if (k == "metadata")
                mapMeta(f, meta);
            else if (k == "spec")
                mapPodSpec(f, spec); // finds template.spec / jobTemplate.spec.template.spec
        });
        w.kind = kind;
        w.name = meta.name;
        w.namespace_ = meta.namespace_;
        w.owner = meta.owner;
        w.lastAppliedConfiguration = meta.lastApplied;
        w.serviceAccount = spec.serviceAccount;
        w.imagePullSecrets = spec.pullSecrets;
        w.containers = std::move(spec.containers);
        w.origin = {m_sink.file(), line};
        m_sink.out().workloads.append(std::move(w));
    }

    MapSink &m_sink;
    Recent<QDateTime> m_lastTime;
    struct
    {
        Recent<QString> kind, namespace_, name, uid, fieldPath, component, host;
    } m_recent;
};

} // namespace PullScope

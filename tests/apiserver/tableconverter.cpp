#include "tableconverter.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

#include "jsontext.h"

namespace PullScope::TestApiServer {

namespace {

struct Column
{
    const char *name;
    const char *type;
    const char *format;
    int priority;
    const char *description;
};

QByteArray columns(std::initializer_list<Column> list)
{
    QByteArray out = "[";
    for (const Column &c : list) {
        if (out.size() > 1)
            out += ',';
        out += "{\"name\":" + JsonText::quote(QByteArray(c.name)) + ",\"type\":" + JsonText::quote(QByteArray(c.type))
            + ",\"format\":" + JsonText::quote(QByteArray(c.format)) + ",\"description\":"
            + JsonText::quote(QByteArray(c.description)) + ",\"priority\":" + QByteArray::number(c.priority) + '}';
    }
    return out + ']';
}

const char kNameDoc[] = "Name must be unique within a namespace. Is required when creating resources, although some "
                        "resources may allow a client to request the generation of an appropriate name automatically. "
                        "Name is primarily intended for creation idempotence and configuration definition. Cannot be "
                        "updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/"
                        "names#names";
const char kAgeDoc[] = "CreationTimestamp is a timestamp representing the server time when this object was created. It "
                       "is not guaranteed to be set in happens-before order across separate operations. Clients may "
                       "not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the "
                       "system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/"
                       "sig-architecture/api-conventions.md#metadata";

TableCell fixed(const QByteArray &json)
{
    TableCell c;
    c.json = json;
    return c;
}

TableCell text(const QString &s)
{
    return fixed(JsonText::quote(s));
}

TableCell text(const char *s)
{
    return fixed(JsonText::quote(QByteArray(s)));
}

TableCell number(qint64 n)
{
    return fixed(QByteArray::number(n));
}

// translateTimestampSince: "<unknown>" for a zero time.
TableCell age(qint64 ms, const QByteArray &prefix = {}, const QByteArray &suffix = {})
{
    if (ms < 0)
        return text("<unknown>");
    TableCell c;
    c.timed = true;
    c.sinceMs = ms;
    c.prefix = prefix;
    c.suffix = suffix;
    return c;
}

QString orNone(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("<none>") : s;
}

// Status column of printPod (pkg/printers/internalversion/printers.go), the cases a pull
// diagnosis meets: init containers, waiting/terminated reasons, Completed with a running
// sidecar, Terminating.
TableRow podRow(const QJsonObject &pod)
{
    const QJsonObject meta = pod.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    const QJsonArray specContainers = spec.value(QLatin1String("containers")).toArray();
    const QJsonArray specInit = spec.value(QLatin1String("initContainers")).toArray();

    int restarts = 0;
    int readyContainers = 0;
    qint64 lastRestart = -1;
    int total = specContainers.size();
    // Restartable init containers (sidecars) count as containers.
    QStringList sidecars;
    for (const QJsonValue &c : specInit)
        if (c.toObject().value(QLatin1String("restartPolicy")).toString() == QLatin1String("Always")) {
            ++total;
            sidecars << c.toObject().value(QLatin1String("name")).toString();
        }

    QString reason = status.value(QLatin1String("phase")).toString();
    if (!status.value(QLatin1String("reason")).toString().isEmpty())
        reason = status.value(QLatin1String("reason")).toString();
    for (const QJsonValue &cv : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject c = cv.toObject();
        if (c.value(QLatin1String("type")).toString() == QLatin1String("PodScheduled")
            && c.value(QLatin1String("reason")).toString() == QLatin1String("SchedulingGated"))
            reason = QStringLiteral("SchedulingGated");
    }

    auto noteRestart = [&](const QJsonObject &cs) {
        restarts += cs.value(QLatin1String("restartCount")).toInt();
        const qint64 finished = JsonText::parseTime(cs.value(QLatin1String("lastState"))
                                                        .toObject()
                                                        .value(QLatin1String("terminated"))
                                                        .toObject()
                                                        .value(QLatin1String("finishedAt")));
        lastRestart = std::max(lastRestart, finished);
    };

    bool initializing = false;
    const QJsonArray initStatuses = status.value(QLatin1String("initContainerStatuses")).toArray();
    for (int i = 0; i < initStatuses.size(); ++i) {
        const QJsonObject cs = initStatuses.at(i).toObject();
        noteRestart(cs);
        const QJsonObject state = cs.value(QLatin1String("state")).toObject();
        const QJsonObject terminated = state.value(QLatin1String("terminated")).toObject();
        const QJsonObject waiting = state.value(QLatin1String("waiting")).toObject();
        if (!terminated.isEmpty() && terminated.value(QLatin1String("exitCode")).toInt() == 0)
            continue;
        if (sidecars.contains(cs.value(QLatin1String("name")).toString()) && state.contains(QLatin1String("running"))) {
            if (cs.value(QLatin1String("ready")).toBool())
                ++readyContainers;
            continue;
        }
        if (!terminated.isEmpty()) {
            const QString r = terminated.value(QLatin1String("reason")).toString();
            if (!r.isEmpty())
                reason = QStringLiteral("Init:") + r;
            else if (terminated.value(QLatin1String("signal")).toInt() != 0)
                reason = QStringLiteral("Init:Signal:%1").arg(terminated.value(QLatin1String("signal")).toInt());
            else
                reason = QStringLiteral("Init:ExitCode:%1").arg(terminated.value(QLatin1String("exitCode")).toInt());
        } else if (!waiting.value(QLatin1String("reason")).toString().isEmpty()
            && waiting.value(QLatin1String("reason")).toString() != QLatin1String("PodInitializing")) {
            reason = QStringLiteral("Init:") + waiting.value(QLatin1String("reason")).toString();
        } else {
            reason = QStringLiteral("Init:%1/%2").arg(i).arg(specInit.size());
        }
        initializing = true;
        break;
    }

    bool podReady = false;
    bool podInitialized = false;
    for (const QJsonValue &cv : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject c = cv.toObject();
        const bool isTrue = c.value(QLatin1String("status")).toString() == QLatin1String("True");
        if (c.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            podReady = isTrue;
        if (c.value(QLatin1String("type")).toString() == QLatin1String("Initialized"))
            podInitialized = isTrue;
    }

    if (!initializing || podInitialized) {
        bool hasRunning = false;
        const QJsonArray statuses = status.value(QLatin1String("containerStatuses")).toArray();
        for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
            const QJsonObject cs = statuses.at(i).toObject();
            noteRestart(cs);
            const QJsonObject state = cs.value(QLatin1String("state")).toObject();
            const QJsonObject terminated = state.value(QLatin1String("terminated")).toObject();
            const QJsonObject waiting = state.value(QLatin1String("waiting")).toObject();
            if (!waiting.value(QLatin1String("reason")).toString().isEmpty()) {
                reason = waiting.value(QLatin1String("reason")).toString();
            } else if (!terminated.value(QLatin1String("reason")).toString().isEmpty()) {
                reason = terminated.value(QLatin1String("reason")).toString();
            } else if (state.contains(QLatin1String("terminated"))) {
                const int signal = terminated.value(QLatin1String("signal")).toInt();
                reason = signal != 0
                    ? QStringLiteral("Signal:%1").arg(signal)
                    : QStringLiteral("ExitCode:%1").arg(terminated.value(QLatin1String("exitCode")).toInt());
            } else if (cs.value(QLatin1String("ready")).toBool() && state.contains(QLatin1String("running"))) {
                hasRunning = true;
                ++readyContainers;
            }
        }
        if (reason == QLatin1String("Completed") && hasRunning)
            reason = podReady ? QStringLiteral("Running") : QStringLiteral("NotReady");
    }

    if (meta.contains(QLatin1String("deletionTimestamp")) && !meta.value(QLatin1String("deletionTimestamp")).isNull())
        reason = status.value(QLatin1String("reason")).toString() == QLatin1String("NodeLost")
            ? QStringLiteral("Unknown")
            : QStringLiteral("Terminating");

    TableRow row;
    row.cells.push_back(text(meta.value(QLatin1String("name")).toString()));
    row.cells.push_back(text(QStringLiteral("%1/%2").arg(readyContainers).arg(total)));
    row.cells.push_back(text(reason));
    if (restarts != 0 && lastRestart >= 0)
        row.cells.push_back(age(lastRestart, QByteArray::number(restarts) + " (", " ago)"));
    else
        row.cells.push_back(text(QString::number(restarts)));
    row.cells.push_back(age(JsonText::parseTime(meta.value(QLatin1String("creationTimestamp")))));
    row.cells.push_back(text(orNone(status.value(QLatin1String("podIP")).toString())));
    row.cells.push_back(text(orNone(spec.value(QLatin1String("nodeName")).toString())));
    row.cells.push_back(text(orNone(status.value(QLatin1String("nominatedNodeName")).toString())));
    const QJsonArray gates = spec.value(QLatin1String("readinessGates")).toArray();
    if (gates.isEmpty()) {
        row.cells.push_back(text("<none>"));
    } else {
        int trueGates = 0;
        for (const QJsonValue &g : gates)
            for (const QJsonValue &cv : status.value(QLatin1String("conditions")).toArray())
                if (cv.toObject().value(QLatin1String("type")) == g.toObject().value(QLatin1String("conditionType"))
                    && cv.toObject().value(QLatin1String("status")).toString() == QLatin1String("True"))
                    ++trueGates;
        row.cells.push_back(text(QStringLiteral("%1/%2").arg(trueGates).arg(gates.size())));
    }
    return row;
}

// printEvent: Last Seen falls back to the first timestamp, then to eventTime; a series
// carries the newest time and count of a deduplicated event.
TableRow eventRow(const QJsonObject &event)
{
    const QJsonObject meta = event.value(QLatin1String("metadata")).toObject();
    const QJsonObject involved = event.value(QLatin1String("involvedObject")).toObject();
    const QJsonObject source = event.value(QLatin1String("source")).toObject();
    qint64 first = JsonText::parseTime(event.value(QLatin1String("firstTimestamp")));
    if (first < 0)
        first = JsonText::parseTime(event.value(QLatin1String("eventTime")));
    qint64 last = JsonText::parseTime(event.value(QLatin1String("lastTimestamp")));
    if (last < 0)
        last = first;
    qint64 count = event.value(QLatin1String("count")).toInteger();
    const QJsonObject series = event.value(QLatin1String("series")).toObject();
    if (!series.isEmpty()) {
        last = JsonText::parseTime(series.value(QLatin1String("lastObservedTime")));
        count = series.value(QLatin1String("count")).toInteger();
    } else if (count == 0) {
        count = 1;
    }
    const QString kind = involved.value(QLatin1String("kind")).toString().toLower();
    const QString name = involved.value(QLatin1String("name")).toString();
    const QString target = name.isEmpty() ? kind : kind + QLatin1Char('/') + name;

    QString sourceText = source.value(QLatin1String("component")).toString();
    if (sourceText.isEmpty())
        sourceText = event.value(QLatin1String("reportingComponent")).toString();
    const QString host = source.value(QLatin1String("host")).toString();
    if (!host.isEmpty())
        sourceText += QStringLiteral(", ") + host;

    TableRow row;
    row.cells.push_back(age(last));
    row.cells.push_back(text(event.value(QLatin1String("type")).toString()));
    row.cells.push_back(text(event.value(QLatin1String("reason")).toString()));
    row.cells.push_back(text(target));
    row.cells.push_back(text(involved.value(QLatin1String("fieldPath")).toString()));
    row.cells.push_back(text(sourceText));
    row.cells.push_back(text(event.value(QLatin1String("message")).toString().trimmed()));
    row.cells.push_back(age(first));
    row.cells.push_back(number(count));
    row.cells.push_back(text(meta.value(QLatin1String("name")).toString()));
    return row;
}

TableRow nodeRow(const QJsonObject &node)
{
    const QJsonObject meta = node.value(QLatin1String("metadata")).toObject();
    const QJsonObject status = node.value(QLatin1String("status")).toObject();
    const QJsonObject info = status.value(QLatin1String("nodeInfo")).toObject();
    QStringList states;
    for (const QJsonValue &cv : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject c = cv.toObject();
        if (c.value(QLatin1String("type")).toString() != QLatin1String("Ready"))
            continue;
        states << (c.value(QLatin1String("status")).toString() == QLatin1String("True") ? QStringLiteral("Ready")
                                                                                        : QStringLiteral("NotReady"));
    }
    if (states.isEmpty())
        states << QStringLiteral("Unknown");
    if (node.value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable")).toBool())
        states << QStringLiteral("SchedulingDisabled");

    QStringList roles;
    const QJsonObject labels = meta.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().startsWith(QLatin1String("node-role.kubernetes.io/")))
            roles << it.key().mid(int(sizeof("node-role.kubernetes.io/")) - 1);
        else if (it.key() == QLatin1String("kubernetes.io/role"))
            roles << it.value().toString();
    }
    roles.sort();
    roles.removeDuplicates();

    QString internalIp;
    QString externalIp;
    for (const QJsonValue &av : status.value(QLatin1String("addresses")).toArray()) {
        const QJsonObject a = av.toObject();
        if (a.value(QLatin1String("type")).toString() == QLatin1String("InternalIP") && internalIp.isEmpty())
            internalIp = a.value(QLatin1String("address")).toString();
        if (a.value(QLatin1String("type")).toString() == QLatin1String("ExternalIP") && externalIp.isEmpty())
            externalIp = a.value(QLatin1String("address")).toString();
    }
    const QString osImage = info.value(QLatin1String("osImage")).toString();

    TableRow row;
    row.cells.push_back(text(meta.value(QLatin1String("name")).toString()));
    row.cells.push_back(text(states.join(QLatin1Char(','))));
    row.cells.push_back(text(roles.isEmpty() ? QStringLiteral("<none>") : roles.join(QLatin1Char(','))));
    row.cells.push_back(age(JsonText::parseTime(meta.value(QLatin1String("creationTimestamp")))));
    row.cells.push_back(text(info.value(QLatin1String("kubeletVersion")).toString()));
    row.cells.push_back(text(orNone(internalIp)));
    row.cells.push_back(text(orNone(externalIp)));
    row.cells.push_back(text(osImage.isEmpty() ? QStringLiteral("<unknown>") : osImage));
    row.cells.push_back(text(info.value(QLatin1String("kernelVersion")).toString().isEmpty()
            ? QStringLiteral("<unknown>")
            : info.value(QLatin1String("kernelVersion")).toString()));
    row.cells.push_back(text(info.value(QLatin1String("containerRuntimeVersion")).toString().isEmpty()
            ? QStringLiteral("<unknown>")
            : info.value(QLatin1String("containerRuntimeVersion")).toString()));
    return row;
}

} // namespace

const QByteArray &TableConverter::columnDefinitions(Resource resource)
{
    static const std::array<QByteArray, ResourceCount> defs = {
        columns({{"Name", "string", "name", 0, kNameDoc},
            {"Ready", "string", "", 0, "The aggregate readiness state of this pod for accepting traffic."},
            {"Status", "string", "", 0, "The aggregate status of the containers in this pod."},
            {"Restarts", "string", "", 0,
                "The number of times the containers in this pod have been restarted and when the last container "
                "in this pod has restarted."},
            {"Age", "string", "", 0, kAgeDoc},
            {"IP", "string", "", 1,
                "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet "
                "allocated."},
            {"Node", "string", "", 1,
                "NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for "
                "preemption on the node named in the \"nominatedNodeName\" field."},
            {"Nominated Node", "string", "", 1,
                "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be "
                "scheduled right away as preemption victims receive their graceful termination periods."},
            {"Readiness Gates", "string", "", 1,
                "If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all "
                "its containers are ready AND all conditions specified in the readiness gates have status equal "
                "to \"True\""}}),
        columns({{"Last Seen", "string", "", 0,
                     "The time at which the most recent occurrence of this event was recorded."},
            {"Type", "string", "", 0, "Type of this event (Normal, Warning), new types could be added in the future"},
            {"Reason", "string", "", 0,
                "This should be a short, machine understandable string that gives the reason for the transition "
                "into the object's current status."},
            {"Object", "string", "", 0, "The object that this event is about."},
            {"Subobject", "string", "", 1, "The subobject of the object that this event is about."},
            {"Source", "string", "", 1,
                "The component reporting this event. Should be a short machine "
                "understandable string."},
            {"Message", "string", "", 0, "A human-readable description of the status of this operation."},
            {"First Seen", "string", "", 1,
                "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)"},
            {"Count", "integer", "", 1, "The number of times this event has occurred."},
            {"Name", "string", "name", 1, kNameDoc}}),
        columns({{"Name", "string", "name", 0, kNameDoc}, {"Status", "string", "", 0, "The status of the node"},
            {"Roles", "string", "", 0, "The roles of the node"}, {"Age", "string", "", 0, kAgeDoc},
            {"Version", "string", "", 0, "Kubelet Version reported by the node."},
            {"Internal-IP", "string", "", 1,
                "List of addresses reachable to the node. Queried from cloud provider, "
                "if available."},
            {"External-IP", "string", "", 1,
                "List of addresses reachable to the node. Queried from cloud provider, "
                "if available."},
            {"OS-Image", "string", "", 1,
                "OS Image reported by the node from /etc/os-release (e.g. Debian "
                "GNU/Linux 7 (wheezy))."},
            {"Kernel-Version", "string", "", 1,
                "Kernel Version reported by the node from 'uname -r' (e.g. "
                "3.16.0-0.bpo.4-amd64)."},
            {"Container-Runtime", "string", "", 1,
                "ContainerRuntime Version reported by the node through runtime "
                "remote API (e.g. containerd://1.4.2)."}}),
        columns({{"Name", "string", "name", 0, kNameDoc}, {"Status", "string", "", 0, "The status of the namespace"},
            {"Age", "string", "", 0, kAgeDoc}}),
        columns({{"Name", "string", "name", 0, kNameDoc},
            {"Secrets", "string", "", 0,
                "Secrets is a list of the secrets in the same namespace that pods running using this "
                "ServiceAccount are allowed to use."},
            {"Age", "string", "", 0, kAgeDoc}}),
        columns({{"Name", "string", "name", 0, kNameDoc}, {"Type", "string", "", 0, "The type of the secret"},
            {"Data", "string", "", 0, "The number of entries in the secret"}, {"Age", "string", "", 0, kAgeDoc}}),
    };
    return defs[static_cast<size_t>(resource)];
}

TableRow TableConverter::row(Resource resource, const QJsonObject &object)
{
    const QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    const TableCell name = text(meta.value(QLatin1String("name")).toString());
    const TableCell created = age(JsonText::parseTime(meta.value(QLatin1String("creationTimestamp"))));
    TableRow row;
    switch (resource) {
    case Resource::Pods:
        return podRow(object);
    case Resource::Events:
        return eventRow(object);
    case Resource::Nodes:
        return nodeRow(object);
    case Resource::Namespaces:
        row.cells = {name,
            text(object.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()), created};
        break;
    case Resource::ServiceAccounts:
        row.cells = {name, number(object.value(QLatin1String("secrets")).toArray().size()), created};
        break;
    case Resource::Secrets: {
        // The store keeps no secret data; the loader leaves the count behind for this column.
        const qint64 entries = object.value(QLatin1String("data")).toObject().size()
            + object.value(QLatin1String("stringData")).toObject().size();
        row.cells = {name, text(object.value(QLatin1String("type")).toString()), number(entries), created};
        break;
    }
    }
    return row;
}

void TableConverter::appendCells(QByteArray &out, const TableRow &row, qint64 nowMs)
{
    out += '[';
    bool first = true;
    for (const TableCell &c : row.cells) {
        if (!first)
            out += ',';
        first = false;
        if (c.timed)
            out += '"' + c.prefix + humanDuration(nowMs - c.sinceMs) + c.suffix + '"';
        else
            out += c.json;
    }
    out += ']';
}

QByteArray TableConverter::humanDuration(qint64 ms)
{
    // "<a><unitA>" or "<a><unitA><b><unitB>" when b is not zero.
    auto two = [](qint64 a, char unitA, qint64 b, char unitB) {
        QByteArray out = QByteArray::number(a) + unitA;
        if (b != 0)
            out += QByteArray::number(b) + unitB;
        return out;
    };
    const qint64 seconds = ms / 1000;
    // Two seconds of clock skew still reads as "now", as in apimachinery.
    if (seconds < -1)
        return QByteArrayLiteral("<invalid>");
    if (seconds < 0)
        return QByteArrayLiteral("0s");
    if (seconds < 60 * 2)
        return two(seconds, 's', 0, 0);
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return two(minutes, 'm', seconds % 60, 's');
    if (minutes < 60 * 3)
        return two(minutes, 'm', 0, 0);
    const qint64 hours = minutes / 60;
    if (hours < 8)
        return two(hours, 'h', minutes % 60, 'm');
    if (hours < 48)
        return two(hours, 'h', 0, 0);
    if (hours < 24 * 8)
        return two(hours / 24, 'd', hours % 24, 'h');
    if (hours < 24 * 365 * 2)
        return two(hours / 24, 'd', 0, 0);
    if (hours < 24 * 365 * 8)
        return two(hours / 24 / 365, 'y', (hours / 24) % 365, 'd');
    return two(hours / 24 / 365, 'y', 0, 0);
}

} // namespace PullScope::TestApiServer

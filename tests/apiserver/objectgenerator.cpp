#include "objectgenerator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <vector>

#include "jsontext.h"

namespace PullScope::TestApiServer {

namespace {

QString uid(const char *kind, int i)
{
    return QUuid::createUuidV5(QUuid(), QByteArray(kind) + '/' + QByteArray::number(i)).toString(QUuid::WithoutBraces);
}

QString ts(qint64 ms)
{
    return QString::fromUtf8(JsonText::formatTime(ms));
}

QString hexName(quint64 v, int width)
{
    return QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0'));
}

enum class PodState { Running, ImagePullBackOff, ErrImagePull, ContainerCreating, Completed, CrashLoopBackOff };

PodState stateOf(int i)
{
    const int bucket = i % 100;
    if (bucket < 85)
        return PodState::Running;
    if (bucket < 90)
        return PodState::ImagePullBackOff;
    if (bucket < 93)
        return PodState::ErrImagePull;
    if (bucket < 95)
        return PodState::ContainerCreating;
    if (bucket < 98)
        return PodState::Completed;
    return PodState::CrashLoopBackOff;
}

const char *const kApps[] = {"checkout", "catalog-api", "payments", "search", "frontend", "auth", "inventory",
    "notifier", "reports", "gateway", "ledger", "media"};
// {app} and {n} are filled in per pod.
const char *const kImages[] = {"harbor.example.com/shop/{app}:3.2.{n}", "docker.io/library/nginx:1.27.{n}",
    "registry.example.com/platform/{app}:v{n}", "ghcr.io/example/{app}:1.{n}.0", "quay.io/example/{app}:2.{n}"};

struct PodInfo
{
    QString name;
    QString ns;
    QString uid;
    QString node;
    QString container;
    QString image;
    PodState state;
    qint64 createdMs;
};

QString pullError(const PodInfo &p)
{
    // containerd's text for a tag that does not exist (upstream-facts 3.1/3.2).
    QString ref = p.image;
    if (ref.startsWith(QLatin1String("docker.io/")) == false && ref.count(QLatin1Char('/')) == 0)
        ref = QStringLiteral("docker.io/library/") + ref;
    return QStringLiteral("rpc error: code = NotFound desc = failed to pull and unpack image \"%1\": failed to "
                          "resolve reference \"%1\": %1: not found")
        .arg(ref);
}

} // namespace

void ObjectGenerator::generate(ObjectStore *store, int pods, int events)
{
    if (pods <= 0 && events <= 0)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    const int nodes = std::max(3, pods / 110 + 1);
    const int namespaces = std::clamp(pods / 250, 1, 400);
    QString error;

    for (int n = 0; n < nodes; ++n) {
        const QString name = QStringLiteral("node-%1").arg(n, 4, 10, QLatin1Char('0'));
        QJsonObject labels {{QStringLiteral("kubernetes.io/hostname"), name},
            {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")},
            {QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64")}};
        if (n == 0)
            labels.insert(QStringLiteral("node-role.kubernetes.io/control-plane"), QString());
        const QString ip = QStringLiteral("10.20.%1.%2").arg(n / 250).arg(n % 250 + 1);
        const QJsonObject node {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Node")},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("uid"), uid("node", n)},
                    {QStringLiteral("creationTimestamp"), ts(now - 200 * day)}, {QStringLiteral("labels"), labels}}},
            {QStringLiteral("spec"),
                QJsonObject {{QStringLiteral("podCIDR"), QStringLiteral("10.244.%1.0/24").arg(n % 256)}}},
            {QStringLiteral("status"),
                QJsonObject {{QStringLiteral("addresses"),
                                 QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                                 {QStringLiteral("address"), ip}},
                                     QJsonObject {{QStringLiteral("type"), QStringLiteral("Hostname")},
                                         {QStringLiteral("address"), name}}}},
                    {QStringLiteral("conditions"),
                        QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("Ready")},
                            {QStringLiteral("status"), n % 97 == 5 ? QStringLiteral("False") : QStringLiteral("True")},
                            {QStringLiteral("reason"), QStringLiteral("KubeletReady")},
                            {QStringLiteral("lastHeartbeatTime"), ts(now - 20000)},
                            {QStringLiteral("lastTransitionTime"), ts(now - 200 * day)}}}},
                    {QStringLiteral("nodeInfo"),
                        QJsonObject {{QStringLiteral("kubeletVersion"), QStringLiteral("v1.32.4")},
                            {QStringLiteral("containerRuntimeVersion"), QStringLiteral("containerd://1.7.24")},
                            {QStringLiteral("osImage"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")},
                            {QStringLiteral("kernelVersion"), QStringLiteral("6.1.0-28-amd64")},
                            {QStringLiteral("operatingSystem"), QStringLiteral("linux")},
                            {QStringLiteral("architecture"), QStringLiteral("amd64")}}}}}};
        store->put(Resource::Nodes, node, ObjectStore::Mode::Upsert, &error);
    }

    std::vector<PodInfo> infos;
    infos.reserve(size_t(std::max(pods, 0)));
    for (int i = 0; i < pods; ++i) {
        PodInfo p;
        const QString app = QString::fromLatin1(kApps[i % std::size(kApps)]);
        const QString hash = hexName(quint64(i / 7) * 2654435761u, 10).right(10);
        p.name = app + QLatin1Char('-') + hash + QLatin1Char('-') + hexName(quint64(i) * 40503u + 7, 5).right(5);
        p.ns = QStringLiteral("team-%1").arg(i % namespaces, 3, 10, QLatin1Char('0'));
        p.uid = uid("pod", i);
        p.node = QStringLiteral("node-%1").arg(i % nodes, 4, 10, QLatin1Char('0'));
        p.container = app;
        p.image = QString::fromLatin1(kImages[i % std::size(kImages)])
                      .replace(QLatin1String("{app}"), app)
                      .replace(QLatin1String("{n}"), QString::number(i % 13));
        p.state = stateOf(i);
        p.createdMs = now - (qint64(i) * 7919 % (30 * 24 * 3600)) * 1000 - 60000;

        QJsonObject waitingOrRunning;
        bool ready = false;
        int restarts = 0;
        QString phase = QStringLiteral("Running");
        switch (p.state) {
        case PodState::Running:
            waitingOrRunning
                = {{QStringLiteral("running"), QJsonObject {{QStringLiteral("startedAt"), ts(p.createdMs + 9000)}}}};
            ready = true;
            break;
        case PodState::ImagePullBackOff:
            waitingOrRunning = {{QStringLiteral("waiting"),
                QJsonObject {{QStringLiteral("reason"), QStringLiteral("ImagePullBackOff")},
                    {QStringLiteral("message"), QStringLiteral("Back-off pulling image \"%1\"").arg(p.image)}}}};
            phase = QStringLiteral("Pending");
            break;
        case PodState::ErrImagePull:
            waitingOrRunning = {{QStringLiteral("waiting"),
                QJsonObject {{QStringLiteral("reason"), QStringLiteral("ErrImagePull")},
                    {QStringLiteral("message"), pullError(p)}}}};
            phase = QStringLiteral("Pending");
            break;
        case PodState::ContainerCreating:
            waitingOrRunning = {{QStringLiteral("waiting"),
                QJsonObject {{QStringLiteral("reason"), QStringLiteral("ContainerCreating")}}}};
            phase = QStringLiteral("Pending");
            break;
        case PodState::Completed:
            waitingOrRunning = {{QStringLiteral("terminated"),
                QJsonObject {{QStringLiteral("reason"), QStringLiteral("Completed")}, {QStringLiteral("exitCode"), 0},
                    {QStringLiteral("startedAt"), ts(p.createdMs + 9000)},
                    {QStringLiteral("finishedAt"), ts(p.createdMs + 40000)}}}};
            phase = QStringLiteral("Succeeded");
            break;
        case PodState::CrashLoopBackOff:
            waitingOrRunning = {{QStringLiteral("waiting"),
                QJsonObject {{QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff")},
                    {QStringLiteral("message"),
                        QStringLiteral("back-off 5m0s restarting failed container=%1 pod=%2_%3(%4)")
                            .arg(p.container, p.name, p.ns, p.uid)}}}};
            restarts = 12 + i % 30;
            break;
        }
        QJsonObject containerStatus {{QStringLiteral("name"), p.container}, {QStringLiteral("image"), p.image},
            {QStringLiteral("imageID"), QString()}, {QStringLiteral("ready"), ready},
            {QStringLiteral("restartCount"), restarts}, {QStringLiteral("started"), ready},
            {QStringLiteral("state"), waitingOrRunning}};
        if (restarts > 0)
            containerStatus.insert(QStringLiteral("lastState"),
                QJsonObject {{QStringLiteral("terminated"),
                    QJsonObject {{QStringLiteral("reason"), QStringLiteral("Error")}, {QStringLiteral("exitCode"), 1},
                        {QStringLiteral("finishedAt"), ts(now - 90000)}}}});
        const QString podIp = QStringLiteral("10.244.%1.%2").arg(i % nodes % 256).arg(i % 250 + 2);
        const QJsonObject pod {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("namespace"), p.ns},
                    {QStringLiteral("uid"), p.uid}, {QStringLiteral("creationTimestamp"), ts(p.createdMs)},
                    {QStringLiteral("generateName"), p.name.left(p.name.size() - 5)},
                    {QStringLiteral("labels"),
                        QJsonObject {
                            {QStringLiteral("app"), p.container}, {QStringLiteral("pod-template-hash"), hash}}},
                    {QStringLiteral("ownerReferences"),
                        QJsonArray {QJsonObject {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                            {QStringLiteral("kind"), QStringLiteral("ReplicaSet")},
                            {QStringLiteral("name"), p.name.left(p.name.size() - 6)},
                            {QStringLiteral("uid"), uid("replicaset", i / 7)}, {QStringLiteral("controller"), true},
                            {QStringLiteral("blockOwnerDeletion"), true}}}}}},
            {QStringLiteral("spec"),
                QJsonObject {{QStringLiteral("containers"),
                                 QJsonArray {QJsonObject {{QStringLiteral("name"), p.container},
                                     {QStringLiteral("image"), p.image},
                                     {QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent")},
                                     {QStringLiteral("ports"),
                                         QJsonArray {QJsonObject {{QStringLiteral("containerPort"), 8080},
                                             {QStringLiteral("protocol"), QStringLiteral("TCP")}}}},
                                     {QStringLiteral("resources"),
                                         QJsonObject {{QStringLiteral("requests"),
                                             QJsonObject {{QStringLiteral("cpu"), QStringLiteral("100m")},
                                                 {QStringLiteral("memory"), QStringLiteral("128Mi")}}}}},
                                     {QStringLiteral("terminationMessagePath"), QStringLiteral("/dev/termination-log")},
                                     {QStringLiteral("terminationMessagePolicy"), QStringLiteral("File")}}}},
                    {QStringLiteral("imagePullSecrets"),
                        QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("registry-credentials")}}}},
                    {QStringLiteral("nodeName"), p.node}, {QStringLiteral("restartPolicy"), QStringLiteral("Always")},
                    {QStringLiteral("schedulerName"), QStringLiteral("default-scheduler")},
                    {QStringLiteral("serviceAccountName"), QStringLiteral("default")},
                    {QStringLiteral("dnsPolicy"), QStringLiteral("ClusterFirst")},
                    {QStringLiteral("terminationGracePeriodSeconds"), 30}}},
            {QStringLiteral("status"),
                QJsonObject {{QStringLiteral("phase"), phase}, {QStringLiteral("hostIP"), QStringLiteral("10.20.0.1")},
                    {QStringLiteral("podIP"), podIp}, {QStringLiteral("qosClass"), QStringLiteral("Burstable")},
                    {QStringLiteral("startTime"), ts(p.createdMs + 1000)},
                    {QStringLiteral("conditions"),
                        QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("PodScheduled")},
                                        {QStringLiteral("status"), QStringLiteral("True")},
                                        {QStringLiteral("lastTransitionTime"), ts(p.createdMs)}},
                            QJsonObject {{QStringLiteral("type"), QStringLiteral("Ready")},
                                {QStringLiteral("status"), ready ? QStringLiteral("True") : QStringLiteral("False")},
                                {QStringLiteral("lastTransitionTime"), ts(p.createdMs + 9000)}}}},
                    {QStringLiteral("containerStatuses"), QJsonArray {containerStatus}}}}};
        store->put(Resource::Pods, pod, ObjectStore::Mode::Upsert, &error);
        infos.push_back(p);
    }

    for (int j = 0; j < events; ++j) {
        QJsonObject involved;
        QString ns = QStringLiteral("default");
        QString reason;
        QString message;
        QString type = QStringLiteral("Normal");
        QString component = QStringLiteral("kubelet");
        QString host;
        qint64 first = now - 3600 * 1000;
        int count = 1;
        if (infos.empty()) {
            const int n = j % nodes;
            const QString node = QStringLiteral("node-%1").arg(n, 4, 10, QLatin1Char('0'));
            involved = {{QStringLiteral("kind"), QStringLiteral("Node")}, {QStringLiteral("name"), node},
                {QStringLiteral("uid"), uid("node", n)}};
            reason = QStringLiteral("NodeReady");
            message = QStringLiteral("Node %1 status is now: NodeReady").arg(node);
            host = node;
        } else {
            const PodInfo &p = infos[size_t(j) % infos.size()];
            const int step = int(size_t(j) / infos.size());
            ns = p.ns;
            host = p.node;
            involved = {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("kind"), QStringLiteral("Pod")}, {QStringLiteral("name"), p.name},
                {QStringLiteral("namespace"), p.ns}, {QStringLiteral("uid"), p.uid}};
            const bool failing = p.state == PodState::ImagePullBackOff || p.state == PodState::ErrImagePull;
            first = p.createdMs + step * 2000;
            const QString fieldPath = QStringLiteral("spec.containers{%1}").arg(p.container);
            if (step == 0) {
                reason = QStringLiteral("Scheduled");
                message = QStringLiteral("Successfully assigned %1/%2 to %3").arg(p.ns, p.name, p.node);
                component = QStringLiteral("default-scheduler");
                host.clear();
            } else {
                involved.insert(QStringLiteral("fieldPath"), fieldPath);
                const int k = (step - 1) % (failing ? 5 : 4);
                count = 1 + (step - 1) / (failing ? 5 : 4);
                if (failing) {
                    switch (k) {
                    case 0:
                        reason = QStringLiteral("Pulling");
                        message = QStringLiteral("Pulling image \"%1\"").arg(p.image);
                        break;
                    case 1:
                        reason = QStringLiteral("Failed");
                        type = QStringLiteral("Warning");
                        message = QStringLiteral("Failed to pull image \"%1\": %2").arg(p.image, pullError(p));
                        break;
                    case 2:
                        reason = QStringLiteral("Failed");
                        type = QStringLiteral("Warning");
                        message = QStringLiteral("Error: ErrImagePull");
                        break;
                    case 3:
                        reason = QStringLiteral("BackOff");
                        message = QStringLiteral("Back-off pulling image \"%1\"").arg(p.image);
                        break;
                    default:
                        reason = QStringLiteral("Failed");
                        type = QStringLiteral("Warning");
                        message = QStringLiteral("Error: ImagePullBackOff");
                        break;
                    }
                } else {
                    switch (k) {
                    case 0:
                        reason = QStringLiteral("Pulling");
                        message = QStringLiteral("Pulling image \"%1\"").arg(p.image);
                        break;
                    case 1:
                        reason = QStringLiteral("Pulled");
                        message = QStringLiteral("Successfully pulled image \"%1\" in 1.315s (1.315s including "
                                                 "waiting). Image size: %2 bytes.")
                                      .arg(p.image)
                                      .arg(40000000 + j % 9000000);
                        break;
                    case 2:
                        reason = QStringLiteral("Created");
                        message = QStringLiteral("Created container %1").arg(p.container);
                        break;
                    default:
                        reason = QStringLiteral("Started");
                        message = QStringLiteral("Started container %1").arg(p.container);
                        break;
                    }
                }
            }
        }
        const QString name = involved.value(QLatin1String("name")).toString() + QLatin1Char('.')
            + hexName(quint64(j) * 0x9E3779B97F4A7C15ull >> 4, 16).right(16);
        QJsonObject source {{QStringLiteral("component"), component}};
        if (!host.isEmpty())
            source.insert(QStringLiteral("host"), host);
        const qint64 last = first + (count - 1) * 300000LL;
        const QJsonObject event {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Event")},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns},
                    {QStringLiteral("uid"), uid("event", j)}, {QStringLiteral("creationTimestamp"), ts(first)}}},
            {QStringLiteral("involvedObject"), involved}, {QStringLiteral("reason"), reason},
            {QStringLiteral("message"), message}, {QStringLiteral("source"), source},
            {QStringLiteral("firstTimestamp"), ts(first)}, {QStringLiteral("lastTimestamp"), ts(last)},
            {QStringLiteral("count"), count}, {QStringLiteral("type"), type},
            {QStringLiteral("eventTime"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reportingComponent"), component}, {QStringLiteral("reportingInstance"), host}};
        store->put(Resource::Events, event, ObjectStore::Mode::Upsert, &error);
    }
}

} // namespace PullScope::TestApiServer

#include "apiserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include "jsontext.h"
#include "tableconverter.h"

namespace PullScope::TestApiServer {

namespace {

const QByteArray kEventsGroup = "events.k8s.io";
const QByteArray kVerbs = "[\"get\",\"list\",\"watch\"]";

QByteArray qualifiedResource(const ResourceType &type, const QByteArray &group)
{
    return group.isEmpty() ? QByteArray(type.plural) : QByteArray(type.plural) + '.' + group;
}

// The resources of one group version, in the legacy APIResourceList form (/api/v1) or as
// the resources of an aggregated APIVersionDiscovery (apidiscovery.k8s.io/v2).
QByteArray legacyResources(const QByteArray &group)
{
    QByteArray out;
    for (int i = 0; i < ResourceCount; ++i) {
        const ResourceType &t = ResourceType::of(static_cast<Resource>(i));
        if (!group.isEmpty() && t.id != Resource::Events)
            continue;
        if (!out.isEmpty())
            out += ',';
        out += "{\"name\":\"" + QByteArray(t.plural) + "\",\"singularName\":\"" + t.singular + "\",\"namespaced\":"
            + (t.namespaced ? "true" : "false") + ",\"kind\":\"" + t.kind + "\",\"verbs\":" + kVerbs;
        if (*t.shortName)
            out += ",\"shortNames\":[\"" + QByteArray(t.shortName) + "\"]";
        if (t.inCategoryAll)
            out += ",\"categories\":[\"all\"]";
        out += '}';
    }
    return '[' + out + ']';
}

QByteArray aggregatedResources(const QByteArray &group)
{
    QByteArray out;
    for (int i = 0; i < ResourceCount; ++i) {
        const ResourceType &t = ResourceType::of(static_cast<Resource>(i));
        if (!group.isEmpty() && t.id != Resource::Events)
            continue;
        if (!out.isEmpty())
            out += ',';
        out += "{\"resource\":\"" + QByteArray(t.plural) + "\",\"responseKind\":{\"group\":\"" + group
            + "\",\"version\":\"v1\",\"kind\":\"" + t.kind + "\"},\"scope\":\""
            + (t.namespaced ? "Namespaced" : "Cluster") + "\",\"singularResource\":\"" + t.singular
            + "\",\"verbs\":" + kVerbs;
        if (*t.shortName)
            out += ",\"shortNames\":[\"" + QByteArray(t.shortName) + "\"]";
        if (t.inCategoryAll)
            out += ",\"categories\":[\"all\"]";
        out += '}';
    }
    return '[' + out + ']';
}

QByteArray aggregatedList(const QByteArray &discoveryVersion, bool core)
{
    const QByteArray group = core ? QByteArray() : kEventsGroup;
    const QByteArray meta = core ? QByteArray("{\"creationTimestamp\":null}")
                                 : "{\"name\":\"" + kEventsGroup + "\",\"creationTimestamp\":null}";
    return "{\"kind\":\"APIGroupDiscoveryList\",\"apiVersion\":\"apidiscovery.k8s.io/" + discoveryVersion
        + "\",\"metadata\":{},\"items\":[{\"metadata\":" + meta + ",\"versions\":[{\"version\":\"v1\",\"resources\":"
        + aggregatedResources(group) + ",\"freshness\":\"Current\"}]}]}";
}

struct MediaRange
{
    QByteArray base;
    QHash<QByteArray, QByteArray> params;
};

QList<MediaRange> parseAccept(const QByteArray &accept)
{
    QList<MediaRange> out;
    for (const QByteArray &part : accept.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        MediaRange m;
        m.base = pieces.value(0).trimmed().toLower();
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const qsizetype eq = pieces.at(i).indexOf('=');
            if (eq > 0)
                m.params.insert(pieces.at(i).left(eq).trimmed(), pieces.at(i).mid(eq + 1).trimmed());
        }
        if (!m.base.isEmpty())
            out << m;
    }
    return out;
}

bool acceptsJson(const QByteArray &base)
{
    return base == "application/json" || base == "application/*" || base == "*/*";
}

QByteArray withTypeMeta(const QByteArray &kind, const QByteArray &apiVersion, const QByteArray &json)
{
    return "{\"kind\":\"" + kind + "\",\"apiVersion\":\"" + apiVersion + "\"," + json.mid(1);
}

QByteArray partialMetadata(const StoredObject &o)
{
    return "{\"kind\":\"PartialObjectMetadata\",\"apiVersion\":\"meta.k8s.io/v1\",\"metadata\":" + o.metadataJson + '}';
}

} // namespace

ApiServer::ApiServer(ObjectStore *store, ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
{
    m_store->setListener([this](const Change &c) { onChange(c); });
}

ApiServer::~ApiServer()
{
    m_store->setListener({});
}

bool ApiServer::listen(QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.certFile);
    QFile keyFile(m_options.keyFile);
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the server certificate or key");
        return false;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec);
    if (key.isNull()) {
        *error = QStringLiteral("the server key is neither RSA nor EC PEM");
        return false;
    }
    QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
    cfg.setLocalCertificateChain(chain);
    cfg.setPrivateKey(key);
    // HTTP/1.1 only: offering h2 would move Go's client to HTTP/2, which this server does
    // not speak.
    cfg.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    if (!m_options.clientCaFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_options.clientCaFile);
        if (cas.isEmpty()) {
            *error = QStringLiteral("cannot read the client CA");
            return false;
        }
        cfg.setCaCertificates(cas);
        // Ask for a certificate but let token and password clients in without one; a
        // certificate that does not verify is answered with 401 per request, as the real
        // server's x509 authenticator does.
        cfg.setPeerVerifyMode(QSslSocket::QueryPeer);
    } else {
        cfg.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_server.setSslConfiguration(cfg);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &ApiServer::onNewConnection);
    if (!m_server.listen(m_options.address, m_options.port)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

void ApiServer::onNewConnection()
{
    while (QTcpSocket *tcp = m_server.nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(tcp);
        if (!socket) {
            tcp->deleteLater();
            continue;
        }
        auto *c = new HttpConnection(socket, this);
        const QSslCertificate cert = socket->peerCertificate();
        if (!cert.isNull()) {
            QList<QByteArray> groups;
            for (const QString &o : cert.subjectInfo(QSslCertificate::Organization))
                groups << o.toUtf8();
            c->setCertificateIdentity(cert.subjectInfo(QSslCertificate::CommonName).value(0).toUtf8(), groups,
                !socket->sslHandshakeErrors().isEmpty());
        }
        connect(c, &HttpConnection::requestReceived, this, [this, c](const HttpRequest &r) { handle(c, r); });
        connect(c, &HttpConnection::closed, this, [this, c] {
            for (auto &w : m_watches)
                if (w->connection == c)
                    w->connection = nullptr;
            schedulePurge();
        });
    }
}

bool ApiServer::authenticate(HttpConnection *c, const HttpRequest &r, Identity *who)
{
    // x509 first, as the real union authenticator orders them.
    if (!c->certificateUser().isEmpty() && !c->certificateRejected()) {
        who->user = c->certificateUser();
        who->groups = c->certificateGroups();
        who->groups << "system:authenticated";
        return true;
    }
    const QByteArray auth = r.header("authorization");
    if (auth.startsWith("Bearer ")) {
        const QByteArray user = m_options.tokens.value(auth.mid(7).trimmed());
        if (user.isEmpty())
            return false;
        who->user = user;
        who->groups = {"system:authenticated"};
        return true;
    }
    if (auth.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray user = pair.left(colon);
        const auto it = m_options.passwords.constFind(user);
        if (it == m_options.passwords.constEnd() || it.value() != pair.mid(colon + 1))
            return false;
        who->user = user;
        who->groups = {"system:authenticated"};
        return true;
    }
    return false;
}

bool ApiServer::impersonate(HttpConnection *c, const HttpRequest &r, Identity *who, int *code)
{
    const QByteArray user = r.header("impersonate-user");
    const QList<QByteArray> groups = r.headerValues("impersonate-group");
    if (user.isEmpty()) {
        if (groups.isEmpty())
            return true;
        // The real filter refuses groups without a user.
        *code = status(c, 500, "InternalError",
            QStringLiteral("Internal error occurred: requested [%1] without impersonating a user")
                .arg(QString::fromUtf8(groups.join(", "))));
        return false;
    }
    if (!m_options.impersonators.contains(who->user)) {
        *code = status(c, 403, "Forbidden",
            QStringLiteral("users \"%1\" is forbidden: User \"%2\" cannot impersonate resource \"users\" in API group "
                           "\"\" at the cluster scope")
                .arg(QString::fromUtf8(user), QString::fromUtf8(who->user)),
            "{\"name\":" + JsonText::quote(user) + ",\"kind\":\"users\"}");
        return false;
    }
    // Each header line is one group: a value "a, b" is the group named "a, b".
    who->user = user;
    who->groups = groups;
    who->groups << "system:authenticated";
    who->impersonated = true;
    return true;
}

void ApiServer::handle(HttpConnection *c, const HttpRequest &r)
{
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    Identity who;
    int code = 0;
    if (!authenticate(c, r, &who)) {
        code = status(c, 401, "Unauthorized", QStringLiteral("Unauthorized"));
    } else if (!impersonate(c, r, &who, &code)) {
    } else if (m_throttleCount > 0) {
        // What API Priority and Fairness answers when it rejects a request.
        --m_throttleCount;
        const QByteArray seconds = QByteArray::number(m_throttleSeconds);
        c->respond(429, "application/json",
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":"
            "\"Too many requests, please try again later.\",\"reason\":\"TooManyRequests\",\"details\":{"
            "\"retryAfterSeconds\":"
                + seconds + "},\"code\":429}",
            {{"Retry-After", seconds}, {"X-Kubernetes-Pf-Flowschema-Uid", "pullscope-test"}});
        code = 429;
    } else if (r.method != "GET" && r.method != "HEAD") {
        code = status(c, 405, "MethodNotAllowed",
            QStringLiteral("the server does not allow this method on the requested resource"));
    } else if (serveDiscovery(c, r, &code)) {
    } else {
        Target t;
        if (parseTarget(r.path, &t))
            code = serveResource(c, r, who, t);
        else
            code = status(c, 404, "NotFound", QStringLiteral("the server could not find the requested resource"));
    }
    log(r, code, who, started);
}

bool ApiServer::serveDiscovery(HttpConnection *c, const HttpRequest &r, int *code)
{
    const QByteArray &p = r.path;
    const QList<std::pair<QByteArray, QByteArray>> vary = {{"Vary", "Accept"}};
    if (p == "/version" || p == "/version/") {
        c->respond(200, "application/json",
            "{\"major\":\"1\",\"minor\":\"32\",\"gitVersion\":\"v1.32.4\",\"gitCommit\":"
            "\"59526cd4867447956156ae3a602fcbac10a2c335\",\"gitTreeState\":\"clean\",\"buildDate\":"
            "\"2025-04-22T16:02:27Z\",\"goVersion\":\"go1.23.6\",\"compiler\":\"gc\",\"platform\":\"linux/amd64\"}");
        *code = 200;
        return true;
    }
    if (p == "/healthz" || p == "/livez" || p == "/readyz") {
        c->respond(200, "text/plain; charset=utf-8", "ok");
        *code = 200;
        return true;
    }
    if (p == "/api" || p == "/apis") {
        if (m_options.aggregatedDiscovery) {
            // kubectl asks for apidiscovery.k8s.io v2 first, then v2beta1, then the legacy
            // form; the first one this server has wins, as with content negotiation.
            for (const MediaRange &m : parseAccept(r.header("accept"))) {
                if (m.params.value("as") != "APIGroupDiscoveryList" || m.params.value("g") != "apidiscovery.k8s.io")
                    continue;
                const QByteArray v = m.params.value("v");
                if (v != "v2" && v != "v2beta1")
                    continue;
                c->respond(200, "application/json;g=apidiscovery.k8s.io;v=" + v + ";as=APIGroupDiscoveryList",
                    aggregatedList(v, p == "/api"), vary);
                *code = 200;
                return true;
            }
        }
        if (p == "/api")
            c->respond(200, "application/json",
                "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"],\"serverAddressByClientCIDRs\":[{\"clientCIDR\":"
                "\"0.0.0.0/0\",\"serverAddress\":\"127.0.0.1:6443\"}]}",
                vary);
        else
            c->respond(200, "application/json",
                "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[{\"name\":\"" + kEventsGroup
                    + "\",\"versions\":[{\"groupVersion\":\"events.k8s.io/v1\",\"version\":\"v1\"}],"
                      "\"preferredVersion\":{\"groupVersion\":\"events.k8s.io/v1\",\"version\":\"v1\"}}]}",
                vary);
        *code = 200;
        return true;
    }
    if (p == "/api/v1") {
        c->respond(200, "application/json",
            "{\"kind\":\"APIResourceList\",\"groupVersion\":\"v1\",\"resources\":" + legacyResources({}) + '}');
        *code = 200;
        return true;
    }
    if (p == "/apis/events.k8s.io") {
        c->respond(200, "application/json",
            "{\"kind\":\"APIGroup\",\"apiVersion\":\"v1\",\"name\":\"events.k8s.io\",\"versions\":[{\"groupVersion\":"
            "\"events.k8s.io/v1\",\"version\":\"v1\"}],\"preferredVersion\":{\"groupVersion\":\"events.k8s.io/v1\","
            "\"version\":\"v1\"}}");
        *code = 200;
        return true;
    }
    if (p == "/apis/events.k8s.io/v1") {
        c->respond(200, "application/json",
            "{\"kind\":\"APIResourceList\",\"apiVersion\":\"v1\",\"groupVersion\":\"events.k8s.io/v1\",\"resources\":"
                + legacyResources(kEventsGroup) + '}');
        *code = 200;
        return true;
    }
    return false;
}

bool ApiServer::parseTarget(const QByteArray &path, Target *t) const
{
    QList<QByteArray> seg = path.split('/');
    seg.removeAll(QByteArray());
    if (seg.size() >= 2 && seg.at(0) == "api" && seg.at(1) == "v1") {
        seg = seg.mid(2);
    } else if (seg.size() >= 3 && seg.at(0) == "apis" && seg.at(1) == kEventsGroup && seg.at(2) == "v1") {
        t->group = kEventsGroup;
        seg = seg.mid(3);
    } else {
        return false;
    }
    if (seg.size() >= 3 && seg.at(0) == "namespaces") {
        // namespaces/NS/RESOURCE[/NAME]
        t->ns = seg.at(1);
        seg = seg.mid(2);
        if (seg.size() > 2)
            return false; // subresources (log, status, ...) are not served
        t->type = ResourceType::byPlural(seg.at(0));
        if (!t->type || !t->type->namespaced)
            return false;
        t->name = seg.value(1);
    } else {
        if (seg.isEmpty() || seg.size() > 2)
            return false;
        t->type = ResourceType::byPlural(seg.at(0));
        if (!t->type)
            return false;
        t->name = seg.value(1);
        // A namespaced object is only reachable under its namespace.
        if (t->type->namespaced && !t->name.isEmpty())
            return false;
    }
    if (!t->group.isEmpty() && t->type->id != Resource::Events)
        return false;
    if (t->group.isEmpty() && t->type->id == Resource::Namespaces && !t->ns.isEmpty())
        return false;
    return true;
}

bool ApiServer::negotiate(const HttpRequest &r, Negotiated *n) const
{
    const QByteArray accept = r.header("accept");
    const QByteArray include = r.param("includeObject");
    n->includeObject = include != "None";
    n->rowMetadataOnly = include != "Object";
    if (accept.isEmpty())
        return true;
    for (const MediaRange &m : parseAccept(accept)) {
        if (!acceptsJson(m.base))
            continue; // protobuf, yaml, cbor: JSON is the one encoding served
        const QByteArray as = m.params.value("as");
        if (as.isEmpty()) {
            n->form = Form::Object;
            n->contentType = "application/json";
            return true;
        }
        if (m.params.value("g") != "meta.k8s.io")
            continue;
        const QByteArray v = m.params.value("v");
        if (v != "v1" && v != "v1beta1")
            continue;
        if (as == "Table") {
            n->form = Form::Table;
            n->tableVersion = v;
            n->contentType = "application/json;as=Table;v=" + v + ";g=meta.k8s.io";
            return true;
        }
        if (as == "PartialObjectMetadata" || as == "PartialObjectMetadataList") {
            n->form = Form::Metadata;
            n->contentType = "application/json;as=" + as + ";v=" + v + ";g=meta.k8s.io";
            return true;
        }
    }
    return false;
}

QByteArray ApiServer::apiVersionOf(const Target &t) const
{
    return t.group.isEmpty() ? QByteArrayLiteral("v1") : t.group + "/v1";
}

QByteArray ApiServer::itemJson(const Target &t, const StoredObject &o) const
{
    return t.group.isEmpty() ? o.json : o.eventsV1();
}

QByteArray ApiServer::objectJson(const Target &t, const StoredObject &o) const
{
    return withTypeMeta(t.type->kind, apiVersionOf(t), itemJson(t, o));
}

QByteArray ApiServer::tableJson(const Target &t, const Negotiated &n, const std::vector<const StoredObject *> &rows,
    const QByteArray &listMeta, bool headers) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray out;
    out.reserve(qsizetype(rows.size()) * (n.includeObject ? 600 : 200) + 4096);
    out += "{\"kind\":\"Table\",\"apiVersion\":\"meta.k8s.io/" + n.tableVersion + "\",\"metadata\":" + listMeta
        + ",\"columnDefinitions\":" + (headers ? TableConverter::columnDefinitions(t.type->id) : QByteArray("null"))
        + ",\"rows\":[";
    bool first = true;
    for (const StoredObject *o : rows) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"cells\":";
        TableConverter::appendCells(out, o->row, now);
        if (n.includeObject) {
            out += ",\"object\":";
            out += n.rowMetadataOnly ? partialMetadata(*o) : objectJson(t, *o);
        }
        out += '}';
    }
    out += "]}";
    return out;
}

int ApiServer::status(HttpConnection *c, int code, const QByteArray &reason, const QString &message,
    const QByteArray &details, const QByteArray &metadata)
{
    QByteArray body = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":" + metadata
        + ",\"status\":\"Failure\",\"message\":" + JsonText::quote(message) + ",\"reason\":\"" + reason + "\"";
    if (details != "{}")
        body += ",\"details\":" + details;
    body += ",\"code\":" + QByteArray::number(code) + '}';
    c->respond(code, "application/json", body);
    return code;
}

int ApiServer::serveResource(HttpConnection *c, const HttpRequest &r, const Identity &who, const Target &t)
{
    bool watchParam = false;
    const QByteArray watchValue = r.param("watch", &watchParam);
    const bool watch = watchParam && watchValue != "false" && watchValue != "0";
    const QByteArray verb = !t.name.isEmpty() ? "get" : (watch ? "watch" : "list");
    const QByteArray qualified = qualifiedResource(*t.type, t.group);

    // RBAC as a Role in one namespace grants it: that namespace's objects, nothing
    // cluster-wide.
    const auto restricted = m_options.restricted.constFind(who.user);
    const bool admin = std::any_of(who.groups.cbegin(), who.groups.cend(),
        [this](const QByteArray &g) { return m_options.adminGroups.contains(g); });
    if (!admin && restricted != m_options.restricted.constEnd()
        && !(t.type->namespaced && !t.ns.isEmpty() && t.ns == restricted.value())) {
        QString message = QString::fromUtf8(qualified);
        QByteArray details = "{";
        if (!t.name.isEmpty()) {
            message += QStringLiteral(" \"%1\"").arg(QString::fromUtf8(t.name));
            details += "\"name\":" + JsonText::quote(t.name) + ',';
        }
        if (!t.group.isEmpty())
            details += "\"group\":" + JsonText::quote(t.group) + ',';
        details += "\"kind\":" + JsonText::quote(QByteArray(t.type->plural)) + '}';
        message += QStringLiteral(" is forbidden: User \"%1\" cannot %2 resource \"%3\" in API group \"%4\" ")
                       .arg(QString::fromUtf8(who.user), QString::fromUtf8(verb), QString::fromUtf8(t.type->plural),
                           QString::fromUtf8(t.group));
        message += t.ns.isEmpty() ? QStringLiteral("at the cluster scope")
                                  : QStringLiteral("in the namespace \"%1\"").arg(QString::fromUtf8(t.ns));
        return status(c, 403, "Forbidden", message, details);
    }

    Negotiated n;
    if (!negotiate(r, &n))
        return status(c, 406, "NotAcceptable",
            QStringLiteral("only the following media types are accepted: application/json, application/json;as=Table;"
                           "v=v1;g=meta.k8s.io, application/json;as=Table;v=v1beta1;g=meta.k8s.io"));

    if (!t.name.isEmpty()) {
        const QByteArray key = t.type->namespaced ? t.ns + '/' + t.name : t.name;
        const ObjectPtr o = m_store->find(t.type->id, key);
        if (!o)
            return status(c, 404, "NotFound", QString::fromUtf8(qualified + " \"" + t.name + "\" not found"),
                "{\"name\":" + JsonText::quote(t.name)
                    + (t.group.isEmpty() ? QByteArray() : ",\"group\":\"" + t.group + '"') + ",\"kind\":\""
                    + t.type->plural + "\"}");
        if (n.form == Form::Table)
            c->respond(200, n.contentType,
                tableJson(t, n, {o.get()}, "{\"resourceVersion\":\"" + QByteArray::number(o->rv) + "\"}", true));
        else if (n.form == Form::Metadata)
            c->respond(200, n.contentType, partialMetadata(*o));
        else
            c->respond(200, n.contentType, objectJson(t, *o));
        return 200;
    }

    Selector labels;
    Selector fields;
    QString error;
    const QByteArray labelText = r.param("labelSelector");
    const QByteArray fieldText = r.param("fieldSelector");
    if (!Selector::parseLabels(labelText, &labels, &error))
        return status(c, 400, "BadRequest", QStringLiteral("unable to parse requirement: ") + error);
    if (!Selector::parseFields(fieldText, &fields, &error))
        return status(c, 400, "BadRequest", error);
    if (!t.group.isEmpty()) {
        fields.renameKeys("regarding.", "involvedObject.");
        fields.renameKeys("reportingController", "reportingComponent");
    }
    for (const Selector::Requirement &req : fields.requirements())
        if (!ObjectStore::supportsField(t.type->id, req.key))
            return status(c, 400, "BadRequest",
                QStringLiteral("Unable to find \"%1/v1, Resource=%2\" that match label selector \"%3\", field selector "
                               "\"%4\": field label not supported: %5")
                    .arg(QString::fromUtf8(t.group), QString::fromUtf8(t.type->plural), QString::fromUtf8(labelText),
                        QString::fromUtf8(fieldText), QString::fromUtf8(req.key)));
    if (watch)
        return startWatch(c, r, t, n, labels, fields);
    return serveList(c, r, t, n, labels, fields);
}

QByteArray ApiServer::encodeContinue(quint64 rv, const QByteArray &lastKey, qint64 issuedMs) const
{
    // The real token is base64url of {"v":"meta.k8s.io/v1","rv":N,"start":"key\u0000"};
    // the issue time rides along so that this server can expire it without etcd.
    const QByteArray json = "{\"v\":\"meta.k8s.io/v1\",\"rv\":" + QByteArray::number(rv)
        + ",\"start\":" + JsonText::quote(lastKey + '\0') + ",\"t\":" + QByteArray::number(issuedMs) + '}';
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool ApiServer::decodeContinue(const QByteArray &token, quint64 *rv, QByteArray *start, qint64 *issuedMs) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    if (o.value(QLatin1String("v")).toString() != QLatin1String("meta.k8s.io/v1"))
        return false;
    *rv = quint64(o.value(QLatin1String("rv")).toInteger(-1));
    *start = o.value(QLatin1String("start")).toString().toUtf8();
    *issuedMs = o.value(QLatin1String("t")).toInteger(0);
    return !start->isEmpty();
}

int ApiServer::serveList(HttpConnection *c, const HttpRequest &r, const Target &t, const Negotiated &n,
    const Selector &labels, const Selector &fields)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 limit = r.param("limit").toLongLong();
    quint64 listRv = m_store->resourceVersion();
    qint64 issued = now;
    QByteArray start;
    const QByteArray token = r.param("continue");
    if (!token.isEmpty()) {
        quint64 tokenRv = 0;
        if (!decodeContinue(token, &tokenRv, &start, &issued))
            return status(c, 400, "BadRequest", QStringLiteral("continue key is not valid: invalid continue token"));
        if (now - issued > m_options.continueTtlMs || tokenRv < m_store->compactedRv()) {
            // As after etcd compacted the token's revision: 410, and a token to go on
            // inconsistently from the same key.
            const QByteArray inconsistent = encodeContinue(0, start.left(start.size() - 1), now);
            return status(c, 410, "Expired",
                QStringLiteral("The provided continue parameter is too old to display a consistent list result. You "
                               "can start a new list without the continue parameter, or use the continue token in "
                               "this response to retrieve the remainder of the results. Continuing with the provided "
                               "token results in an inconsistent list - objects that were created, modified, or "
                               "deleted between the time the first chunk was returned and now may show up in the "
                               "list."),
                "{}", "{\"continue\":\"" + inconsistent + "\"}");
        }
        if (tokenRv != 0)
            listRv = tokenRv;
    }

    const ObjectStore::Objects &objs = m_store->objects(t.type->id);
    const QByteArray prefix = t.ns.isEmpty() ? QByteArray() : t.ns + '/';
    auto it = objs.lower_bound(std::max(prefix, start));
    std::vector<const StoredObject *> items;
    bool more = false;
    for (; it != objs.end() && it->first.startsWith(prefix); ++it) {
        const StoredObject &o = *it->second;
        if (!labels.matchesLabels(o) || !fields.matchesFields(o))
            continue;
        if (limit > 0 && qint64(items.size()) == limit) {
            more = true;
            break;
        }
        items.push_back(&o);
    }
    QByteArray listMeta = "{\"resourceVersion\":\"" + QByteArray::number(listRv) + '"';
    if (more)
        listMeta += ",\"continue\":\"" + encodeContinue(listRv, items.back()->key, issued) + '"';
    listMeta += '}';

    QByteArray body;
    if (n.form == Form::Table) {
        body = tableJson(t, n, items, listMeta, true);
    } else {
        qsizetype size = 256;
        for (const StoredObject *o : items)
            size += (n.form == Form::Metadata ? o->metadataJson.size() + 80 : itemJson(t, *o).size()) + 1;
        body.reserve(size);
        if (n.form == Form::Metadata)
            body += "{\"kind\":\"PartialObjectMetadataList\",\"apiVersion\":\"meta.k8s.io/v1\",\"metadata\":" + listMeta
                + ",\"items\":[";
        else
            body += "{\"kind\":\"" + QByteArray(t.type->listKind) + "\",\"apiVersion\":\"" + apiVersionOf(t)
                + "\",\"metadata\":" + listMeta + ",\"items\":[";
        bool first = true;
        for (const StoredObject *o : items) {
            if (!first)
                body += ',';
            first = false;
            body += n.form == Form::Metadata ? partialMetadata(*o) : itemJson(t, *o);
        }
        body += "]}";
    }
    if (m_listDelayMs > 0) {
        QPointer<HttpConnection> later(c);
        const QByteArray contentType = n.contentType;
        QTimer::singleShot(m_listDelayMs, this, [later, contentType, body] {
            if (later)
                later->respond(200, contentType, body);
        });
        return 200;
    }
    c->respond(200, n.contentType, body);
    return 200;
}

int ApiServer::dropWatches()
{
    int dropped = 0;
    for (auto &w : m_watches) {
        if (!w->connection)
            continue;
        QPointer<HttpConnection> c = w->connection;
        w->connection = nullptr;
        c->abort();
        ++dropped;
    }
    schedulePurge();
    return dropped;
}

bool ApiServer::matches(const Watch &w, const StoredObject *o) const
{
    if (!o)
        return false;
    if (!w.target.ns.isEmpty() && o->ns != w.target.ns)
        return false;
    return w.labels.matchesLabels(*o) && w.fields.matchesFields(*o);
}

int ApiServer::startWatch(HttpConnection *c, const HttpRequest &r, const Target &t, const Negotiated &n,
    const Selector &labels, const Selector &fields)
{
    const QByteArray rvText = r.param("resourceVersion");
    const bool initialEvents = r.param("sendInitialEvents") == "true";
    quint64 fromRv = 0;
    bool numeric = false;
    if (!rvText.isEmpty()) {
        fromRv = rvText.toULongLong(&numeric);
        if (!numeric)
            return status(c, 400, "BadRequest",
                QStringLiteral("resourceVersion: Invalid value: \"%1\": must be a non-negative integer")
                    .arg(QString::fromUtf8(rvText)));
    }
    if (fromRv > m_store->resourceVersion() && !initialEvents) {
        // A resourceVersion from the future: the server was restored from an older backup
        // (or this is another cluster). The watch cache waits 3 s for it (not here), then gives up with
        // storage.NewTooLargeResourceVersionError; clients relist.
        const QByteArray message = "Too large resource version: " + QByteArray::number(fromRv)
            + ", current: " + QByteArray::number(m_store->resourceVersion());
        return status(c, 504, "Timeout", QStringLiteral("Timeout: ") + QString::fromUtf8(message),
            "{\"causes\":[{\"reason\":\"ResourceVersionTooLarge\",\"message\":\"Too large resource version\"}],"
            "\"retryAfterSeconds\":1}");
    }
    auto w = std::make_unique<Watch>();
    w->connection = c;
    w->target = t;
    w->form = n;
    w->labels = labels;
    w->fields = fields;
    w->bookmarks = r.param("allowWatchBookmarks") == "true";
    c->beginStream(n.contentType);

    if (fromRv != 0 && fromRv < m_store->compactedRv() && !initialEvents) {
        // The real server answers 200 and then one ERROR event, and ends the stream.
        const QByteArray statusJson
            = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
              "\"message\":\"too old resource version: "
            + QByteArray::number(fromRv) + " (" + QByteArray::number(m_store->compactedRv())
            + ")\",\"reason\":\"Expired\",\"code\":410}";
        c->writeChunk("{\"type\":\"ERROR\",\"object\":" + statusJson + "}\n");
        c->endStream();
        return 200;
    }

    Watch &watch = *w;
    m_watches.push_back(std::move(w));
    if (fromRv == 0 || initialEvents) {
        // No resourceVersion (or "0"): the current state as ADDED events first.
        const ObjectStore::Objects &objs = m_store->objects(t.type->id);
        const QByteArray prefix = t.ns.isEmpty() ? QByteArray() : t.ns + '/';
        for (auto it = objs.lower_bound(prefix); it != objs.end() && it->first.startsWith(prefix); ++it)
            if (matches(watch, it->second.get()))
                sendWatchEvent(watch, "ADDED", *it->second);
        if (initialEvents && watch.bookmarks)
            sendBookmark(watch, true);
    } else {
        const auto &history = m_store->history();
        for (size_t i = m_store->historyAfter(fromRv); i < history.size(); ++i) {
            const Change &ch = history[i];
            if (ch.object->resource != t.type->id)
                continue;
            if (matches(watch, ch.object.get()))
                sendWatchEvent(watch, ch.type, *ch.object);
        }
    }
    if (watch.bookmarks) {
        watch.bookmarkTimer = std::make_unique<QTimer>();
        watch.bookmarkTimer->setInterval(m_options.bookmarkIntervalMs);
        Watch *wp = &watch;
        connect(watch.bookmarkTimer.get(), &QTimer::timeout, this, [this, wp] { sendBookmark(*wp); });
        watch.bookmarkTimer->start();
    }
    const qint64 timeout = r.param("timeoutSeconds").toLongLong();
    if (timeout > 0) {
        watch.timeoutTimer = std::make_unique<QTimer>();
        watch.timeoutTimer->setSingleShot(true);
        Watch *wp = &watch;
        connect(watch.timeoutTimer.get(), &QTimer::timeout, this, [this, wp] { endWatch(wp); });
        watch.timeoutTimer->start(int(std::min<qint64>(timeout, 24 * 3600) * 1000));
    }
    return 200;
}

void ApiServer::sendWatchEvent(Watch &w, const QByteArray &type, const StoredObject &o)
{
    if (!w.connection)
        return;
    QByteArray object;
    if (w.form.form == Form::Table) {
        // Column definitions go with the first event only, as the real server's watch
        // encoder sets NoHeaders after it.
        object = tableJson(
            w.target, w.form, {&o}, "{\"resourceVersion\":\"" + QByteArray::number(o.rv) + "\"}", !w.headersSent);
        w.headersSent = true;
    } else if (w.form.form == Form::Metadata) {
        object = partialMetadata(o);
    } else {
        object = objectJson(w.target, o);
    }
    w.lastRv = std::max(w.lastRv, o.rv);
    w.connection->writeChunk("{\"type\":\"" + type + "\",\"object\":" + object + "}\n");
}

void ApiServer::sendBookmark(Watch &w, bool initialEventsEnd)
{
    if (!w.connection)
        return;
    // Only the resourceVersion means anything in a bookmark; the object is of the watched
    // kind with everything else empty.
    QByteArray meta
        = "{\"resourceVersion\":\"" + QByteArray::number(m_store->resourceVersion()) + "\",\"creationTimestamp\":null";
    if (initialEventsEnd)
        meta += ",\"annotations\":{\"k8s.io/initial-events-end\":\"true\"}";
    meta += '}';
    w.connection->writeChunk("{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"" + QByteArray(w.target.type->kind)
        + "\",\"apiVersion\":\"" + apiVersionOf(w.target) + "\",\"metadata\":" + meta + "}}\n");
}

void ApiServer::endWatch(Watch *w)
{
    if (w->connection)
        w->connection->endStream();
    w->connection = nullptr;
    schedulePurge();
}

void ApiServer::schedulePurge()
{
    // Watches are dropped from the event loop, never while a change is being delivered or
    // from inside their own timer's signal.
    if (m_purgeScheduled)
        return;
    m_purgeScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_purgeScheduled = false;
        m_watches.erase(std::remove_if(m_watches.begin(), m_watches.end(),
                            [](const std::unique_ptr<Watch> &w) { return !w->connection; }),
            m_watches.end());
    });
}

void ApiServer::onChange(const Change &change)
{
    for (auto &wp : m_watches) {
        Watch &w = *wp;
        if (!w.connection || w.target.type->id != change.object->resource)
            continue;
        const bool now = matches(w, change.object.get());
        const bool before = change.type == "MODIFIED" && matches(w, change.previous.get());
        if (change.type == "MODIFIED") {
            // Leaving or entering the selection is a DELETED or ADDED for this watcher.
            if (now && before)
                sendWatchEvent(w, "MODIFIED", *change.object);
            else if (now)
                sendWatchEvent(w, "ADDED", *change.object);
            else if (before)
                sendWatchEvent(w, "DELETED", *change.object);
        } else if (now) {
            sendWatchEvent(w, change.type, *change.object);
        }
    }
}

void ApiServer::log(const HttpRequest &r, int code, const Identity &who, qint64 startedMs)
{
    // One line per request: tests count requests (continue pages) in this log.
    // Impersonated requests also list the groups, one per header line received, so tests
    // see whether two groups arrived as two.
    const QByteArray groups = who.impersonated ? " groups=" + who.groups.join('|') : QByteArray();
    std::printf("%s %s %d user=%s%s %lldms\n", r.method.constData(), r.target.constData(), code,
        who.user.isEmpty() ? "-" : who.user.constData(), groups.constData(),
        QDateTime::currentMSecsSinceEpoch() - startedMs);
    std::fflush(stdout);
}

} // namespace PullScope::TestApiServer

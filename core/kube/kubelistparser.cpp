#include "kube/kubelistparser.h"

#include <simdjson.h>

namespace PullScope {

namespace {

using namespace simdjson;

QByteArray bytes(std::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

QString errorText(error_code e)
{
    return QString::fromLatin1(error_message(e));
}

// A padded copy of a short text (one item or one watch line).
padded_string padded(std::string_view s)
{
    return padded_string(s.data(), s.size());
}

} // namespace

bool KubeListParser::normalise(std::string_view raw, const KubeResource &resource, KubeItem *out, QString *error)
{
    const padded_string text = padded(raw);
    return normaliseView(
        padded_string_view(text.data(), text.size(), text.size() + SIMDJSON_PADDING), resource, out, error);
}

bool KubeListParser::normaliseView(
    simdjson::padded_string_view raw, const KubeResource &resource, KubeItem *out, QString *error)
{
    // One parser per thread, reused: its buffers grow to the largest object once, instead
    // of being allocated for each of 100k items.
    thread_local ondemand::parser parser;
    ondemand::document doc;
    ondemand::object obj;
    if (auto e = parser.iterate(raw).get(doc); e) {
        *error = errorText(e);
        return false;
    }
    if (auto e = doc.get_object().get(obj); e) {
        *error = errorText(e);
        return false;
    }
    bool hasKind = false;
    std::string_view metadataRaw;
    QByteArray uid, name, ns;
    for (auto field : obj) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key); e) {
            *error = errorText(e);
            return false;
        }
        if (key == "kind") {
            hasKind = true;
        } else if (key == "metadata") {
            ondemand::object meta;
            if (field.value().get_object().get(meta))
                continue;
            if (auto e = meta.raw_json().get(metadataRaw); e) {
                *error = errorText(e);
                return false;
            }
            meta.reset();
            for (auto m : meta) {
                std::string_view mk, mv;
                if (m.unescaped_key().get(mk))
                    break;
                if (mk == "uid" && !m.value().get_string().get(mv))
                    uid = bytes(mv);
                else if (mk == "name" && !m.value().get_string().get(mv))
                    name = bytes(mv);
                else if (mk == "namespace" && !m.value().get_string().get(mv))
                    ns = bytes(mv);
                else if (mk == "resourceVersion" && !m.value().get_string().get(mv))
                    out->resourceVersion = bytes(mv);
            }
        }
    }
    out->key = !uid.isEmpty() ? uid : ns + '/' + name;
    const QByteArray head
        = "{\"apiVersion\":\"" + resource.apiVersion.toLatin1() + "\",\"kind\":\"" + resource.kind.toLatin1() + "\"";
    if (resource.metadataOnly) {
        // Only the metadata of a PartialObjectMetadata: what the object is, never its data.
        out->json = head + (metadataRaw.empty() ? QByteArray() : ",\"metadata\":" + bytes(metadataRaw)) + '}';
    } else if (hasKind) {
        out->json = bytes(raw);
    } else {
        // The item's text after its '{', behind the type fields, in one allocation.
        std::string_view rest(raw);
        while (!rest.empty() && rest.front() != '{')
            rest.remove_prefix(1);
        if (!rest.empty())
            rest.remove_prefix(1);
        while (
            !rest.empty() && (rest.back() == ' ' || rest.back() == '\n' || rest.back() == '\r' || rest.back() == '\t'))
            rest.remove_suffix(1);
        std::string_view inner = rest;
        while (!inner.empty()
            && (inner.front() == ' ' || inner.front() == '\n' || inner.front() == '\r' || inner.front() == '\t'))
            inner.remove_prefix(1);
        QByteArray json;
        json.reserve(head.size() + qsizetype(rest.size()) + 1);
        json += head;
        if (!inner.empty() && inner.front() != '}')
            json += ',';
        json.append(inner.data(), qsizetype(inner.size()));
        out->json = std::move(json);
    }
    return true;
}

bool KubeListParser::parsePage(QByteArray &body, const KubeResource &resource, KubeListPage *out, QString *error)
{
    const qsizetype size = body.size();
    body.reserve(size + qsizetype(SIMDJSON_PADDING));
    ondemand::parser parser;
    ondemand::document doc;
    ondemand::object root;
    const padded_string_view view(body.constData(), size_t(size), size_t(body.capacity()));
    if (auto e = parser.iterate(view).get(doc); e) {
        *error = errorText(e);
        return false;
    }
    if (auto e = doc.get_object().get(root); e) {
        *error = errorText(e);
        return false;
    }
    for (auto field : root) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key); e) {
            *error = errorText(e);
            return false;
        }
        if (key == "metadata") {
            ondemand::object meta;
            if (field.value().get_object().get(meta))
                continue;
            for (auto m : meta) {
                std::string_view mk, mv;
                if (m.unescaped_key().get(mk))
                    break;
                if (mk == "continue" && !m.value().get_string().get(mv))
                    out->continueToken = bytes(mv);
                else if (mk == "resourceVersion" && !m.value().get_string().get(mv))
                    out->resourceVersion = bytes(mv);
            }
        } else if (key == "items") {
            ondemand::array items;
            if (field.value().get_array().get(items))
                continue; // "items": null, an empty list
            for (auto element : items) {
                ondemand::object item;
                std::string_view raw;
                if (auto e = element.get_object().get(item); e) {
                    *error = errorText(e);
                    return false;
                }
                if (auto e = item.raw_json().get(raw); e) {
                    *error = errorText(e);
                    return false;
                }
                KubeItem k;
                // The page's own padding lies beyond every item in it: no copy needed.
                const size_t room = size_t(body.constData() + body.capacity() - raw.data());
                if (!normaliseView(padded_string_view(raw.data(), raw.size(), room), resource, &k, error))
                    return false;
                out->items.append(std::move(k));
            }
        }
    }
    return true;
}

bool KubeListParser::parseWatchLine(
    const QByteArray &line, const KubeResource &resource, KubeWatchEvent *out, QString *error)
{
    const padded_string text = padded(std::string_view(line.constData(), size_t(line.size())));
    ondemand::parser parser;
    ondemand::document doc;
    ondemand::object root;
    if (auto e = parser.iterate(text).get(doc); e) {
        *error = errorText(e);
        return false;
    }
    if (auto e = doc.get_object().get(root); e) {
        *error = errorText(e);
        return false;
    }
    std::string_view objectRaw;
    for (auto field : root) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key); e) {
            *error = errorText(e);
            return false;
        }
        if (key == "type") {
            std::string_view t;
            if (!field.value().get_string().get(t))
                out->type = bytes(t);
        } else if (key == "object") {
            ondemand::object o;
            if (auto e = field.value().get_object().get(o); e) {
                *error = errorText(e);
                return false;
            }
            if (auto e = o.raw_json().get(objectRaw); e) {
                *error = errorText(e);
                return false;
            }
        }
    }
    if (out->type.isEmpty() || objectRaw.empty()) {
        *error = QStringLiteral("a watch event without type or object");
        return false;
    }
    if (out->type == "ERROR") {
        // The object is a metav1.Status.
        const padded_string status = padded(objectRaw);
        ondemand::parser p2;
        ondemand::document sd;
        ondemand::object so;
        if (p2.iterate(status).get(sd) || sd.get_object().get(so))
            return true;
        for (auto f : so) {
            std::string_view k, v;
            if (f.unescaped_key().get(k))
                break;
            if (k == "code") {
                int64_t code = 0;
                if (!f.value().get_int64().get(code))
                    out->statusCode = int(code);
            } else if (k == "reason" && !f.value().get_string().get(v)) {
                out->statusReason = QString::fromUtf8(v.data(), qsizetype(v.size()));
            } else if (k == "message" && !f.value().get_string().get(v)) {
                out->statusMessage = QString::fromUtf8(v.data(), qsizetype(v.size()));
            }
        }
        return true;
    }
    return normalise(objectRaw, resource, &out->item, error);
}

} // namespace PullScope

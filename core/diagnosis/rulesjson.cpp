#include "rulesjson.h"

#include <QBuffer>

#include <simdjson.h>

#include "jsonwriter.h"
#include "treenode.h"

namespace PullScope {

namespace {
void write(JsonWriter &w, const TreeNode &n)
{
    switch (n.kind) {
    case TreeNode::Kind::Null:
        w.null();
        break;
    case TreeNode::Kind::Scalar:
        // A plain empty, ~ or null is YAML's null, which the rules tell from text.
        if (n.isNullScalar())
            w.null();
        else
            w.value(QString::fromStdString(n.scalar));
        break;
    case TreeNode::Kind::Map:
        w.beginObject();
        for (const auto &kv : n.map) {
            w.key(kv.first.c_str());
            write(w, kv.second);
        }
        w.endObject();
        break;
    case TreeNode::Kind::Seq:
        w.beginArray();
        for (const TreeNode &e : n.seq)
            write(w, e);
        w.endArray();
        break;
    }
}

// The rules nest a few levels; a document that goes deeper is not theirs.
constexpr int MaxDepth = 64;

bool read(simdjson::dom::element e, TreeNode &n, int depth)
{
    if (depth > MaxDepth)
        return false;
    switch (e.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        n.kind = TreeNode::Kind::Null;
        return true;
    case simdjson::dom::element_type::STRING: {
        const std::string_view s = e.get_string().value_unsafe();
        n.kind = TreeNode::Kind::Scalar;
        n.quoted = true;
        n.scalar.assign(s.data(), s.size());
        return true;
    }
    case simdjson::dom::element_type::OBJECT: {
        n.kind = TreeNode::Kind::Map;
        const simdjson::dom::object o = e.get_object().value_unsafe();
        n.map.reserve(o.size());
        for (const simdjson::dom::key_value_pair kv : o) {
            n.map.emplace_back(std::string(kv.key), TreeNode());
            if (!read(kv.value, n.map.back().second, depth + 1))
                return false;
        }
        return true;
    }
    case simdjson::dom::element_type::ARRAY: {
        n.kind = TreeNode::Kind::Seq;
        const simdjson::dom::array a = e.get_array().value_unsafe();
        n.seq.reserve(a.size());
        for (const simdjson::dom::element child : a) {
            n.seq.emplace_back();
            if (!read(child, n.seq.back(), depth + 1))
                return false;
        }
        return true;
    }
    default: // numbers and booleans: the generator writes none
        return false;
    }
}
} // namespace

QByteArray RulesJson::fromTree(const TreeNode &root)
{
    QByteArray out;
    {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        JsonWriter w(&buffer);
        write(w, root);
    }
    return out + '\n';
}

bool RulesJson::toTree(const QByteArray &json, TreeNode &root, QString *problem)
{
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    const simdjson::error_code err = parser.parse(json.constData(), size_t(json.size())).get(doc);
    if (err != simdjson::SUCCESS) {
        if (problem)
            *problem = QString::fromUtf8(simdjson::error_message(err));
        return false;
    }
    root = TreeNode();
    if (!read(doc, root, 0)) {
        if (problem)
            *problem = QStringLiteral("only objects, arrays, strings and nulls, %1 levels deep at most").arg(MaxDepth);
        return false;
    }
    return true;
}

} // namespace PullScope

#include "yamltreebuilder.h"

namespace PullScope {

namespace {
std::string text(const yaml_char_t *s)
{
    return s ? std::string(reinterpret_cast<const char *>(s)) : std::string();
}
} // namespace

YamlTreeBuilder::YamlTreeBuilder(const Options &options, NextEvent next)
    : m_options(options)
    , m_next(std::move(next))
{
}

bool YamlTreeBuilder::fail(Problem p, const yaml_mark_t &at, std::string detail)
{
    m_problem = p;
    m_line = qint64(at.line) + m_options.firstLine;
    m_column = qint64(at.column) + 1;
    m_detail = std::move(detail);
    return false;
}

bool YamlTreeBuilder::count(qint64 n, const yaml_mark_t &at)
{
    m_nodes += n;
    return m_options.maxNodes <= 0 || m_nodes <= m_options.maxNodes || fail(Problem::TooManyNodes, at);
}

qint64 YamlTreeBuilder::sizeOf(const TreeNode &n)
{
    qint64 s = 1;
    for (const auto &kv : n.map)
        s += sizeOf(kv.second);
    for (const auto &e : n.seq)
        s += sizeOf(e);
    return s;
}

void YamlTreeBuilder::remember(const std::string &anchor, const TreeNode &n)
{
    if (!anchor.empty())
        m_anchors[anchor] = n;
}

bool YamlTreeBuilder::build(yaml_event_t &e, TreeNode &out, int depth)
{
    // Everything needed from the event is copied out and the event deleted at once:
    // `next` may throw, and no event must be left to leak then.
    const yaml_mark_t mark = e.start_mark;
    const yaml_event_type_t type = e.type;
    out = TreeNode();
    out.line = qint64(mark.line) + m_options.firstLine;
    std::string anchor;
    switch (type) {
    case YAML_SCALAR_EVENT:
        out.kind = TreeNode::Kind::Scalar;
        out.scalar.assign(reinterpret_cast<const char *>(e.data.scalar.value), e.data.scalar.length);
        out.quoted = e.data.scalar.style != YAML_PLAIN_SCALAR_STYLE && e.data.scalar.style != YAML_ANY_SCALAR_STYLE;
        anchor = text(e.data.scalar.anchor);
        break;
    case YAML_ALIAS_EVENT:
        anchor = text(e.data.alias.anchor);
        break;
    case YAML_SEQUENCE_START_EVENT:
        anchor = text(e.data.sequence_start.anchor);
        break;
    case YAML_MAPPING_START_EVENT:
        anchor = text(e.data.mapping_start.anchor);
        break;
    default:
        break;
    }
    yaml_event_delete(&e);

    if (depth > m_options.maxDepth)
        return fail(Problem::TooDeep, mark);
    if (!count(1, mark))
        return false;
    if (!anchor.empty() && !m_options.anchors)
        return fail(type == YAML_ALIAS_EVENT ? Problem::AliasRefused : Problem::AnchorRefused, mark);
    switch (type) {
    case YAML_SCALAR_EVENT:
        break;
    case YAML_ALIAS_EVENT: {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            return fail(Problem::UnknownAlias, mark, anchor);
        // The expansion is counted, not the alias: a billion laughs is refused before
        // it is copied out.
        const qint64 size = sizeOf(it->second);
        m_aliasExpanded += size;
        if (m_options.maxAliasExpansion > 0 && m_aliasExpanded > m_options.maxAliasExpansion)
            return fail(Problem::AliasesTooLarge, mark);
        if (!count(size - 1, mark))
            return false;
        out = it->second;
        return true;
    }
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
        const bool isMap = type == YAML_MAPPING_START_EVENT;
        out.kind = isMap ? TreeNode::Kind::Map : TreeNode::Kind::Seq;
        // Most maps of a Kubernetes object have several keys: growing 1-2-4-8 moved them thrice.
        if (isMap && m_options.reserveMaps)
            out.map.reserve(8);
        const yaml_event_type_t end = isMap ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
        for (;;) {
            yaml_event_t child;
            if (!m_next(child))
                return fail(Problem::Source, mark);
            if (child.type == end) {
                yaml_event_delete(&child);
                break;
            }
            if (!isMap) {
                out.seq.emplace_back();
                if (!build(child, out.seq.back(), depth + 1))
                    return false;
                continue;
            }
            const yaml_mark_t keyMark = child.start_mark;
            TreeNode key;
            if (!build(child, key, depth + 1))
                return false;
            if (key.kind != TreeNode::Kind::Scalar)
                return fail(Problem::KeyNotScalar, keyMark);
            yaml_event_t value;
            if (!m_next(value))
                return fail(Problem::Source, keyMark);
            out.map.emplace_back(std::move(key.scalar), TreeNode());
            if (!build(value, out.map.back().second, depth + 1))
                return false;
        }
        break;
    }
    default:
        return fail(Problem::Unexpected, mark);
    }
    remember(anchor, out);
    return true;
}

} // namespace PullScope

#pragma once

#include <yaml.h>

#include <functional>
#include <string>
#include <unordered_map>

#include "treenode.h"

namespace PullScope {

// Builds TreeNodes from libyaml events: the one builder of the YAML loader and of the
// rule book. It owns no parser; it reads through `next`, and names a problem by its
// kind and where it is, so that each caller keeps its own words and its own way out
// (the loader throws a translated error, the rule book reports libyaml's English and
// keeps the part of the tree read before it).
class YamlTreeBuilder
{
public:
    enum class Problem {
        None,
        Source, // `next` failed: the caller knows why
        TooDeep,
        TooManyNodes,
        AliasesTooLarge,
        UnknownAlias, // detail(): the alias
        AnchorRefused,
        AliasRefused,
        KeyNotScalar,
        Unexpected, // an event that starts no node
    };
    struct Options
    {
        int maxDepth = 64; // deeper nodes are TooDeep
        qint64 maxNodes = 0; // between resetNodeCount() calls, aliases expanded; 0: any
        qint64 maxAliasExpansion = 0; // nodes all aliases may expand to; 0: any
        bool anchors = true; // false: an anchor or an alias is a problem
        qint64 firstLine = 1; // the line number of libyaml's line 0
        bool reserveMaps = false; // room for 8 keys in every map up front
    };
    // Reads the next event; false when the input ends in error.
    using NextEvent = std::function<bool(yaml_event_t &)>;

    YamlTreeBuilder(const Options &options, NextEvent next);

    // Builds the node that starts with `event`, which it takes over (and deletes), at
    // `depth`, into `out`. On a problem, false, with `out` holding what was read.
    bool build(yaml_event_t &event, TreeNode &out, int depth);

    Problem problem() const { return m_problem; }
    qint64 line() const { return m_line; } // of the problem, numbered as options.firstLine
    qint64 column() const { return m_column; } // from 1
    const std::string &detail() const { return m_detail; }

    void resetNodeCount() { m_nodes = 0; }
    void clearAnchors() { m_anchors.clear(); }

private:
    bool fail(Problem p, const yaml_mark_t &at, std::string detail = {});
    bool count(qint64 n, const yaml_mark_t &at);
    void remember(const std::string &anchor, const TreeNode &n);
    static qint64 sizeOf(const TreeNode &n);

    Options m_options;
    NextEvent m_next;
    std::unordered_map<std::string, TreeNode> m_anchors;
    qint64 m_nodes = 0;
    qint64 m_aliasExpanded = 0;
    Problem m_problem = Problem::None;
    qint64 m_line = 0;
    qint64 m_column = 0;
    std::string m_detail;
};

} // namespace PullScope

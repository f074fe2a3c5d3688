#pragma once

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace PullScope {

// A small YAML document tree built from libyaml events for one object at a time,
// so a large dump never exists as one tree. Scalars keep their text and whether
// they were quoted (a quoted "null" is a string, a plain null is null).
struct TreeNode
{
    enum class Kind { Null, Scalar, Map, Seq };
    Kind kind = Kind::Null;
    bool quoted = false;
    qint64 line = 0;
    std::string scalar;
    std::vector<std::pair<std::string, TreeNode>> map;
    std::vector<TreeNode> seq;

    bool isNullScalar() const;
    // Overwrites scalar bytes (used for secret payloads once read).
    void wipe();
};

} // namespace PullScope

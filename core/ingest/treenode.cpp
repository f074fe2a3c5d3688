#include "treenode.h"

#include <algorithm>

namespace PullScope {

bool TreeNode::isNullScalar() const
{
    if (kind == Kind::Null)
        return true;
    if (kind != Kind::Scalar || quoted)
        return false;
    return scalar.empty() || scalar == "~" || scalar == "null" || scalar == "Null" || scalar == "NULL";
}

void TreeNode::wipe()
{
    std::fill(scalar.begin(), scalar.end(), '\0');
    for (auto &kv : map)
        kv.second.wipe();
    for (auto &n : seq)
        n.wipe();
}

} // namespace PullScope

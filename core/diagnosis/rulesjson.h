#pragma once

#include <QByteArray>
#include <QString>

namespace PullScope {

struct TreeNode;

// The built-in rules travel as JSON made from resources/rules/causes.yaml (the file to
// edit): every diagnosing run reads them, and libyaml took 8 of the 23 M instructions
// of a run on an empty dump, simdjson a small fraction of that. Maps, sequences,
// strings and nulls only: every YAML scalar is written as a string (the rules read all
// of them as text), YAML's nulls as null. tst_rulebook checks that the JSON is the
// YAML's.
class RulesJson
{
public:
    static QByteArray fromTree(const TreeNode &root);
    // False with `problem` set when `json` is not such a document.
    static bool toTree(const QByteArray &json, TreeNode &root, QString *problem);
};

} // namespace PullScope

#pragma once

// labelSelector and fieldSelector query parameters (k8s.io/apimachinery/pkg/labels and
// pkg/fields): comma-separated requirements that all must hold.
#include <QByteArray>
#include <QString>

#include <vector>

#include "objectstore.h"

namespace PullScope::TestApiServer {

class Selector
{
public:
    enum class Op { Equals, NotEquals, Exists, NotExists, In, NotIn };
    struct Requirement
    {
        QByteArray key;
        Op op = Op::Equals;
        std::vector<QByteArray> values;
    };

    // Label selector syntax: k=v, k==v, k!=v, k, !k, k in (a,b), k notin (a,b).
    static bool parseLabels(const QByteArray &text, Selector *out, QString *error);
    // Field selector syntax: k=v, k==v, k!=v with backslash escapes in values.
    static bool parseFields(const QByteArray &text, Selector *out, QString *error);

    bool isEmpty() const { return m_requirements.empty(); }
    const std::vector<Requirement> &requirements() const { return m_requirements; }
    // events.k8s.io/v1 names some event fields differently (regarding.*): map them to the
    // core names the store indexes.
    void renameKeys(const QByteArray &fromPrefix, const QByteArray &toPrefix);

    bool matchesLabels(const StoredObject &o) const;
    bool matchesFields(const StoredObject &o) const;

private:
    std::vector<Requirement> m_requirements;
};

} // namespace PullScope::TestApiServer

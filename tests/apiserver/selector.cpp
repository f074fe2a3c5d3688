#include "selector.h"

#include <algorithm>

namespace PullScope::TestApiServer {

namespace {

// Splits at commas outside parentheses (label sets) and not escaped (field values).
std::vector<QByteArray> splitTerms(const QByteArray &text, bool escapes)
{
    std::vector<QByteArray> terms;
    QByteArray current;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (escapes && c == '\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == '(')
            ++depth;
        else if (c == ')')
            --depth;
        if (c == ',' && depth == 0) {
            terms.push_back(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty() || !terms.empty())
        terms.push_back(current.trimmed());
    return terms;
}

QByteArray unescapeField(const QByteArray &v, bool *ok)
{
    QByteArray out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == '\\') {
            if (i + 1 >= v.size()) {
                *ok = false;
                return {};
            }
            out += v.at(++i);
        } else {
            out += v.at(i);
        }
    }
    return out;
}

bool matches(const Selector::Requirement &r, const QByteArray *value)
{
    switch (r.op) {
    case Selector::Op::Equals:
        return value && *value == r.values.front();
    case Selector::Op::NotEquals:
        return !value || *value != r.values.front();
    case Selector::Op::Exists:
        return value != nullptr;
    case Selector::Op::NotExists:
        return value == nullptr;
    case Selector::Op::In:
        return value && std::find(r.values.begin(), r.values.end(), *value) != r.values.end();
    case Selector::Op::NotIn:
        return !value || std::find(r.values.begin(), r.values.end(), *value) == r.values.end();
    }
    return false;
}

} // namespace

bool Selector::parseLabels(const QByteArray &text, Selector *out, QString *error)
{
    out->m_requirements.clear();
    if (text.trimmed().isEmpty())
        return true;
    for (const QByteArray &term : splitTerms(text, false)) {
        Requirement r;
        if (term.isEmpty()) {
            *error = QStringLiteral("found '', expected: identifier");
            return false;
        }
        const qsizetype inPos = term.indexOf(" in ");
        const qsizetype notinPos = term.indexOf(" notin ");
        if (inPos > 0 || notinPos > 0) {
            const bool notin = notinPos > 0;
            r.key = term.left(notin ? notinPos : inPos).trimmed();
            r.op = notin ? Op::NotIn : Op::In;
            QByteArray set = term.mid((notin ? notinPos + 7 : inPos + 4)).trimmed();
            if (!set.startsWith('(') || !set.endsWith(')')) {
                *error = QStringLiteral("found '%1', expected: '('").arg(QString::fromUtf8(set));
                return false;
            }
            for (const QByteArray &v : set.mid(1, set.size() - 2).split(','))
                r.values.push_back(v.trimmed());
        } else if (term.startsWith('!')) {
            r.key = term.mid(1).trimmed();
            r.op = Op::NotExists;
        } else if (const qsizetype ne = term.indexOf("!="); ne > 0) {
            r.key = term.left(ne).trimmed();
            r.op = Op::NotEquals;
            r.values.push_back(term.mid(ne + 2).trimmed());
        } else if (const qsizetype eq = term.indexOf('='); eq > 0) {
            r.key = term.left(eq).trimmed();
            r.op = Op::Equals;
            const qsizetype valueStart = term.mid(eq + 1).startsWith('=') ? eq + 2 : eq + 1;
            r.values.push_back(term.mid(valueStart).trimmed());
        } else {
            r.key = term.trimmed();
            r.op = Op::Exists;
        }
        if (r.key.isEmpty() || r.key.contains(' ')) {
            *error
                = QStringLiteral("unable to parse requirement: invalid label key \"%1\"").arg(QString::fromUtf8(r.key));
            return false;
        }
        out->m_requirements.push_back(r);
    }
    return true;
}

bool Selector::parseFields(const QByteArray &text, Selector *out, QString *error)
{
    out->m_requirements.clear();
    if (text.trimmed().isEmpty())
        return true;
    for (const QByteArray &term : splitTerms(text, true)) {
        Requirement r;
        qsizetype valueStart = -1;
        if (const qsizetype ne = term.indexOf("!="); ne > 0) {
            r.key = term.left(ne);
            r.op = Op::NotEquals;
            valueStart = ne + 2;
        } else if (const qsizetype eq = term.indexOf('='); eq > 0) {
            r.key = term.left(eq);
            r.op = Op::Equals;
            valueStart = term.mid(eq + 1).startsWith('=') ? eq + 2 : eq + 1;
        } else {
            *error = QStringLiteral("invalid selector: '%1'; can't understand '%2'")
                         .arg(QString::fromUtf8(text), QString::fromUtf8(term));
            return false;
        }
        bool ok = true;
        r.values.push_back(unescapeField(term.mid(valueStart), &ok));
        if (!ok) {
            *error = QStringLiteral("invalid selector: '%1'").arg(QString::fromUtf8(text));
            return false;
        }
        r.key = r.key.trimmed();
        out->m_requirements.push_back(r);
    }
    return true;
}

void Selector::renameKeys(const QByteArray &fromPrefix, const QByteArray &toPrefix)
{
    for (Requirement &r : m_requirements)
        if (r.key.startsWith(fromPrefix))
            r.key = toPrefix + r.key.mid(fromPrefix.size());
}

bool Selector::matchesLabels(const StoredObject &o) const
{
    return std::all_of(m_requirements.begin(), m_requirements.end(),
        [&o](const Requirement &r) { return matches(r, o.label(r.key)); });
}

bool Selector::matchesFields(const StoredObject &o) const
{
    return std::all_of(m_requirements.begin(), m_requirements.end(), [&o](const Requirement &r) {
        static const QByteArray empty;
        const QByteArray *v = o.field(r.key);
        return matches(r, v ? v : &empty);
    });
}

} // namespace PullScope::TestApiServer

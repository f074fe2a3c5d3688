#include "tomltext.h"

#include <QStringList>

#include <sstream>

namespace PullScope {

namespace {
constexpr toml::format_flags kFlags = toml::format_flags::allow_unicode_strings;
}

QByteArray TomlText::serialize(const toml::table &table)
{
    std::ostringstream out;
    out << toml::toml_formatter {table, kFlags};
    QByteArray text = QByteArray::fromStdString(out.str());
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    return text;
}

QByteArray TomlText::keyValueLine(const QString &key, const toml::node &value)
{
    toml::table t;
    t.insert(str(key), value);
    return serialize(t);
}

std::optional<toml::table> TomlText::parse(const QByteArray &text, QString *error)
{
    try {
        return toml::parse(std::string_view(text.constData(), size_t(text.size())));
    } catch (const toml::parse_error &e) {
        if (error)
            *error = QStringLiteral("line %1, column %2: %3")
                         .arg(e.source().begin.line)
                         .arg(e.source().begin.column)
                         .arg(qstr(e.description()));
        return std::nullopt;
    }
}

QStringList TomlText::stringList(const toml::node *node)
{
    QStringList out;
    if (!node)
        return out;
    if (const auto *s = node->as_string()) {
        out << qstr(s->get());
    } else if (const auto *a = node->as_array()) {
        for (const toml::node &e : *a)
            if (const auto *es = e.as_string())
                out << qstr(es->get());
    }
    return out;
}

const toml::table *TomlText::tableAt(const toml::table &root, const QStringList &path)
{
    const toml::table *t = &root;
    for (const QString &key : path) {
        const toml::node *n = t->get(str(key));
        t = n ? n->as_table() : nullptr;
        if (!t)
            return nullptr;
    }
    return t;
}

} // namespace PullScope

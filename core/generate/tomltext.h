#pragma once

// Internal to core/generate: toml++ is a private dependency of the core library, so only
// .cpp files include this header.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <toml++/toml.h>

#include <optional>
#include <string>

namespace PullScope {

// The TOML text conventions of the generators: every key and value goes through toml++
// (so quoting and escaping are the library's), basic "double-quoted" strings as in the
// runtimes' documentation, UTF-8 kept as is.
class TomlText
{
public:
    static std::string str(const QString &s) { return s.toStdString(); }
    static QString qstr(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

    static QByteArray serialize(const toml::table &table);
    // One key = value line ("key = value\n") with the key quoted when TOML needs it.
    static QByteArray keyValueLine(const QString &key, const toml::node &value);

    // Parses `text`; on failure *error gets "line L, column C: reason".
    static std::optional<toml::table> parse(const QByteArray &text, QString *error);

    // The table at a dotted path of keys (["plugins", "io.containerd.grpc.v1.cri"]), or
    // null when a key is missing or not a table.
    static const toml::table *tableAt(const toml::table &root, const QStringList &path);
    // A string-or-array-of-strings node as a list (hosts.toml `ca`, `client`, headers).
    static QStringList stringList(const toml::node *node);
};

} // namespace PullScope

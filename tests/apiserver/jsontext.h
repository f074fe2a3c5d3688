#pragma once

// Small helpers for writing JSON text by hand. The server answers 100k-object lists by
// concatenating objects serialised once; these build the few envelopes around them.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace PullScope::TestApiServer {

class JsonText
{
public:
    // `text` (UTF-8) as a quoted JSON string.
    static QByteArray quote(const QByteArray &text);
    static QByteArray quote(const QString &text) { return quote(text.toUtf8()); }
    static QByteArray compact(const QJsonObject &object);
    static QByteArray compact(const QJsonValue &value);
    // RFC 3339 time (as Kubernetes writes it) in ms since the epoch; -1 when absent or invalid.
    static qint64 parseTime(const QJsonValue &value);
    static QByteArray formatTime(qint64 msSinceEpoch, bool micro = false);
};

} // namespace PullScope::TestApiServer

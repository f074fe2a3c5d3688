#include "jsontext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace PullScope::TestApiServer {

QByteArray JsonText::quote(const QByteArray &text)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray JsonText::compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray JsonText::compact(const QJsonValue &value)
{
    if (value.isObject())
        return compact(value.toObject());
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isString())
        return quote(value.toString());
    if (value.isBool())
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QByteArray::number(static_cast<qint64>(d));
        return QByteArray::number(d, 'g', 17);
    }
    return QByteArrayLiteral("null");
}

qint64 JsonText::parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return -1;
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QByteArray JsonText::formatTime(qint64 msSinceEpoch, bool micro)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc());
    if (!micro)
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toUtf8();
    // metav1.MicroTime: six fractional digits.
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toUtf8() + "000Z";
}

} // namespace PullScope::TestApiServer

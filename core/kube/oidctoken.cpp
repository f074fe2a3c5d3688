#include "kube/oidctoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace PullScope {

OidcToken OidcToken::parse(const QString &jwt)
{
    OidcToken t;
    const QStringList parts = jwt.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3)
        return t;
    const auto payload = QByteArray::fromBase64Encoding(parts[1].toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return t;
    const QJsonDocument doc = QJsonDocument::fromJson(*payload);
    if (!doc.isObject())
        return t;
    const QJsonObject o = doc.object();
    t.valid = true;
    const QJsonValue exp = o.value(QStringLiteral("exp"));
    if (exp.isDouble())
        t.expiry = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
    t.issuer = o.value(QStringLiteral("iss")).toString();
    t.subject = o.value(QStringLiteral("sub")).toString();
    return t;
}

} // namespace PullScope

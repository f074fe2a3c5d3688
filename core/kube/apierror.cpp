#include "kube/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace PullScope {

QString ApiError::summary() const
{
    if (httpStatus > 0) {
        const QString text = message.isEmpty() ? reason : message;
        return QStringLiteral("HTTP %1%2%3")
            .arg(httpStatus)
            .arg(text.isEmpty() ? QString() : QStringLiteral(": "), text);
    }
    return message;
}

bool ApiError::readStatus(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("kind")).toString() != QLatin1String("Status"))
        return false;
    reason = o.value(QLatin1String("reason")).toString();
    message = o.value(QLatin1String("message")).toString();
    kind = o.value(QLatin1String("details")).toObject().value(QLatin1String("kind")).toString();
    if (httpStatus == 0)
        httpStatus = o.value(QLatin1String("code")).toInt();
    return true;
}

ApiError ApiError::fromReply(QNetworkReply *reply, const QByteArray &body)
{
    ApiError e;
    e.url = reply->url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.network = reply->error();
    bool ok = false;
    const int retry = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok)
        e.retryAfterSeconds = retry;
    if (!e.readStatus(body) || e.message.isEmpty()) {
        if (e.httpStatus == 0 || e.message.isEmpty())
            e.message = reply->errorString();
    }
    return e;
}

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace PullScope {

// What a Kubernetes API request ended with, when it did not succeed: the HTTP status and
// the metav1.Status the API server sends with it (reason, message, details), or the
// network error when no answer came. The auth doctor turns it into a step and a fix.
struct ApiError
{
    QString url; // without query
    int httpStatus = 0; // 0: no HTTP answer
    QString reason; // metav1.Status reason: Forbidden, Unauthorized, Expired, Gone, ...
    QString message; // metav1.Status message, else the network error text
    QString kind; // details.kind of the Status (e.g. "pods")
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    int retryAfterSeconds = -1; // 429 / 503 Retry-After

    bool isNull() const { return httpStatus == 0 && network == QNetworkReply::NoError && message.isEmpty(); }
    // The message as one line, for logs and the status bar (never holds a credential:
    // the API server's messages do not, and the URL carries no token).
    QString summary() const;

    // Fills status fields from a metav1.Status JSON body; false when body is not one.
    bool readStatus(const QByteArray &body);
    static ApiError fromReply(QNetworkReply *reply, const QByteArray &body);
};

} // namespace PullScope

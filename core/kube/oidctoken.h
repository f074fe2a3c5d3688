#pragma once

#include <QDateTime>
#include <QString>

namespace PullScope {

// The claims of an OIDC id-token that decide whether kubectl would still send it. The
// signature is not checked: the API server does that; we only want to say "expired"
// before it answers 401. Refreshing with the refresh-token is not done (kubectl's oidc
// auth-provider is deprecated in favour of exec plugins such as kubelogin).
struct OidcToken
{
    bool valid = false; // three dot-separated parts with a JSON payload
    QDateTime expiry; // exp; invalid when absent
    QString issuer; // iss
    QString subject; // sub

    static OidcToken parse(const QString &jwt);
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return expiry.isValid() && expiry <= now;
    }
};

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace PullScope {

// One challenge of a WWW-Authenticate header (RFC 7235): `Bearer realm="...",
// service="...",scope="..."` from a token-auth registry, `Basic realm="..."` from an
// htpasswd one. Parameter names are lower-cased; quoted values unescaped.
struct AuthChallenge
{
    QString scheme; // lower case: "bearer", "basic"
    QMap<QString, QString> params;

    bool isBearer() const { return scheme == QLatin1String("bearer"); }
    bool isBasic() const { return scheme == QLatin1String("basic"); }
    QString realm() const { return params.value(QStringLiteral("realm")); }
    QString service() const { return params.value(QStringLiteral("service")); }
    QString scope() const { return params.value(QStringLiteral("scope")); }
    QString error() const { return params.value(QStringLiteral("error")); }

    // Every challenge in one header value, in order; empty when it does not parse.
    static QList<AuthChallenge> parse(const QByteArray &headerValue);
};

} // namespace PullScope

#include "probe/probecause.h"

namespace PullScope {

QString ProbeCause::forHttpStatus(int status, const QByteArray &body, bool authenticated)
{
    const QByteArray lower = body.toLower();
    const bool denied = lower.contains("denied") || lower.contains("insufficient_scope");
    if (status == 401)
        return authenticated && denied ? QStringLiteral("access-denied") : QStringLiteral("unauthorized");
    if (status == 403)
        return denied ? QStringLiteral("access-denied") : QStringLiteral("forbidden");
    if (status == 404)
        return QStringLiteral("image-not-found");
    if (status == 407)
        return QStringLiteral("proxy-error");
    if (status == 429)
        return QStringLiteral("rate-limited");
    if (status >= 500 && status <= 599)
        return QStringLiteral("registry-unavailable");
    if (status >= 400)
        return QStringLiteral("unknown");
    return {};
}

QString ProbeCause::forTransport(const TransportError &error, bool proxied)
{
    using K = TransportError::Kind;
    switch (error.kind) {
    case K::None:
    case K::Cancelled:
        return {};
    case K::Proxy:
        return QStringLiteral("proxy-error");
    case K::Dns:
        return proxied ? QStringLiteral("proxy-error") : QStringLiteral("dns-failure");
    case K::Refused:
        return proxied ? QStringLiteral("proxy-error") : QStringLiteral("connection-refused");
    case K::Timeout:
        return QStringLiteral("network-timeout");
    case K::Closed:
        return QStringLiteral("transfer-interrupted");
    case K::Tls:
        return QStringLiteral("tls-unknown-authority");
    case K::Other:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace PullScope

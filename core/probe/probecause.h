#pragma once

#include <QByteArray>
#include <QString>

#include "probe/httpconnection.h"

namespace PullScope {

// CONTRACT.md cause ids for what a probe step met.
struct ProbeCause
{
    // An HTTP answer that ends a step: 401, 403, 404, 429, 5xx. `authenticated` tells a 401
    // after a token or password was presented (the registry denies this repository) from
    // one without. Empty for answers that are not failures.
    static QString forHttpStatus(int status, const QByteArray &body, bool authenticated);
    // A broken connection; `proxied` when it went through a proxy (Go: "proxyconnect").
    static QString forTransport(const TransportError &error, bool proxied);
};

} // namespace PullScope

#include "probe/probetext.h"

namespace PullScope {

QString ProbeText::statusText(ProbeStep::Status status)
{
    switch (status) {
    case ProbeStep::Status::Pass:
        return QCoreApplication::translate("ProbeCommand", "pass");
    case ProbeStep::Status::Fail:
        return QCoreApplication::translate("ProbeCommand", "FAIL");
    case ProbeStep::Status::Skip:
        return QCoreApplication::translate("ProbeCommand", "skip");
    case ProbeStep::Status::NotApplicable:
        return QCoreApplication::translate("ProbeCommand", "n/a");
    }
    return {};
}

QString ProbeText::stepName(const QString &id)
{
    if (id == QLatin1String("dns"))
        return tr("DNS lookup");
    if (id == QLatin1String("tcp"))
        return tr("TCP connection");
    if (id == QLatin1String("tls"))
        return tr("TLS handshake");
    if (id == QLatin1String("api"))
        return tr("Registry API (/v2/)");
    if (id == QLatin1String("auth"))
        return tr("Authentication");
    if (id == QLatin1String("manifest"))
        return tr("Manifest");
    if (id == QLatin1String("platform"))
        return tr("Platform");
    if (id == QLatin1String("ratelimit"))
        return tr("Rate limit");
    return id;
}

QString ProbeText::stepDescription(const QString &id)
{
    if (id == QLatin1String("dns"))
        return tr("Resolves the registry's host name (or the proxy's) as the node would.");
    if (id == QLatin1String("tcp"))
        return tr("Opens a TCP connection to the registry, directly or through the proxy.");
    if (id == QLatin1String("tls"))
        return tr("Checks the registry's certificate: trusted issuer, the right name, within its validity.");
    if (id == QLatin1String("api"))
        return tr("Asks the registry's /v2/ API whether it answers and how it wants to be authenticated.");
    if (id == QLatin1String("auth"))
        return tr("Logs in with the credentials given (or anonymously) and gets a token for the repository.");
    if (id == QLatin1String("manifest"))
        return tr("Fetches the image's manifest: does the tag or digest exist, may these credentials read it.");
    if (id == QLatin1String("platform"))
        return tr("Checks that the image offers the node's operating system and architecture.");
    if (id == QLatin1String("ratelimit"))
        return tr("Reads the pull rate limit the registry reports (Docker Hub).");
    return {};
}

} // namespace PullScope

#pragma once

#include <QCoreApplication>

#include "probe/nodecheckoutput.h"
#include "probe/proberesult.h"

namespace PullScope {

// Reads a node check's output as the registry probe's eight steps, so the node's own view
// is shown and exported exactly as a probe from this machine is: getent for dns, curl -v
// for tcp, tls and api, openssl s_client for the certificate, the runtime's pull (its error
// classified by the cause rules) for auth, manifest and platform, Docker Hub's headers for
// ratelimit. The pull is the node's final word: when it succeeded, failures of the direct
// checks (a mirror served the image, or the runtime trusts a CA curl was not given) become
// warnings.
class NodeCheckVerdict
{
    Q_DECLARE_TR_FUNCTIONS(NodeCheckVerdict)
public:
    static ProbeResult evaluate(const NodeCheckOutput &output);
    // The probe step a cause id belongs to (dns, tcp, tls, api, auth, manifest, platform).
    static QString stepForCause(const QString &cause);
};

} // namespace PullScope

#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include "probe/probestep.h"

namespace PullScope {

// Turns what the TLS handshake reported into the cause a Go client (containerd, CRI-O)
// would name. Go checks the leaf's validity period first, then the host name, then the
// chain, so an expired certificate from an unknown CA is reported as expired.
class TlsInspector
{
public:
    struct Verdict
    {
        QString causeId; // CONTRACT cause id; empty when the errors do not concern trust
        QString reason; // translated, like Go's x509 message
    };
    static Verdict classify(const QList<QSslError> &errors, const QString &host);
    static CertificateInfo describe(const QSslCertificate &certificate);
};

} // namespace PullScope

#pragma once

#include <QString>
#include <QStringList>

namespace PullScope {

// What the probe saw of a server certificate, for the report and "certificate details".
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList sans; // "DNS:name" / "IP:1.2.3.4" as openssl prints them
    QString notBefore; // RFC 3339, UTC
    QString notAfter;
    bool isNull() const { return subject.isEmpty() && issuer.isEmpty(); }
};

// One step of the registry probe. Ids are CONTRACT.md's: dns, tcp, tls, api, auth,
// manifest, platform, ratelimit.
struct ProbeStep
{
    enum class Status { Pass, Fail, Skip, NotApplicable };

    QString id;
    Status status = Status::Skip;
    QString detail; // translated, may be empty
    qint64 ms = -1; // -1: not timed (skipped)
    CertificateInfo certificate; // tls only

    static QString statusId(Status s);
};

} // namespace PullScope

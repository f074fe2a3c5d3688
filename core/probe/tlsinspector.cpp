#include "probe/tlsinspector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSsl>

namespace PullScope {

namespace {
bool has(const QList<QSslError> &errors, std::initializer_list<QSslError::SslError> kinds)
{
    for (const QSslError &e : errors)
        for (QSslError::SslError k : kinds)
            if (e.error() == k)
                return true;
    return false;
}

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}
} // namespace

TlsInspector::Verdict TlsInspector::classify(const QList<QSslError> &errors, const QString &host)
{
    if (has(errors, {QSslError::CertificateExpired}))
        return {QStringLiteral("tls-expired"),
            QCoreApplication::translate("Probe", "certificate has expired or is not yet valid (expired)")};
    if (has(errors, {QSslError::CertificateNotYetValid}))
        return {QStringLiteral("tls-expired"),
            QCoreApplication::translate("Probe", "certificate has expired or is not yet valid (not yet valid)")};
    if (has(errors, {QSslError::HostNameMismatch})) {
        QStringList names;
        for (const QSslError &e : errors)
            if (e.error() == QSslError::HostNameMismatch) {
                const auto alt = e.certificate().subjectAlternativeNames();
                for (auto it = alt.cbegin(); it != alt.cend(); ++it)
                    names << it.value();
            }
        return {QStringLiteral("tls-hostname-mismatch"),
            QCoreApplication::translate("Probe", "certificate is valid for %1, not %2")
                .arg(names.isEmpty() ? QCoreApplication::translate("Probe", "no matching name") : joined(names), host)};
    }
    if (has(errors, {QSslError::SelfSignedCertificate}))
        return {QStringLiteral("tls-unknown-authority"),
            QCoreApplication::translate("Probe", "certificate signed by unknown authority (self-signed certificate)")};
    if (has(errors,
            {QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
                QSslError::SelfSignedCertificateInChain, QSslError::UnableToVerifyFirstCertificate,
                QSslError::CertificateUntrusted, QSslError::CertificateRejected}))
        return {QStringLiteral("tls-unknown-authority"),
            QCoreApplication::translate("Probe", "certificate signed by unknown authority")};
    if (errors.isEmpty())
        return {};
    return {QStringLiteral("tls-unknown-authority"), errors.first().errorString()};
}

CertificateInfo TlsInspector::describe(const QSslCertificate &c)
{
    CertificateInfo info;
    if (c.isNull())
        return info;
    info.subject = c.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = c.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(' '));
    info.issuer = c.issuerDisplayName();
    const auto alt = c.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        info.sans << (it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + it.value();
    info.notBefore = c.effectiveDate().toUTC().toString(Qt::ISODate);
    info.notAfter = c.expiryDate().toUTC().toString(Qt::ISODate);
    return info;
}

} // namespace PullScope

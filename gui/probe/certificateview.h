#pragma once

#include <QGroupBox>

#include "probe/probestep.h"

class QFormLayout;
class QLabel;

namespace PullScope {

// "Certificate details" of the tls step: subject, issuer, the names it is valid for
// and its validity, as the probe saw them (whatever the handshake's verdict).
class CertificateView : public QGroupBox
{
    Q_OBJECT
public:
    explicit CertificateView(QWidget *parent = nullptr);

    void setCertificate(const CertificateInfo &certificate);
    const CertificateInfo &certificate() const { return m_certificate; }
    // "Name:<TAB>value" lines, for tests and "Copy as text".
    QString text() const { return describe(m_certificate); }
    static QString describe(const CertificateInfo &certificate);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QStringList rowNames();
    static QStringList rowValues(const CertificateInfo &certificate);

    CertificateInfo m_certificate;
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
};

} // namespace PullScope

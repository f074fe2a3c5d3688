#include "probe/certificateview.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace PullScope {

CertificateView::CertificateView(QWidget *parent)
    : QGroupBox(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < rowNames().size(); ++i) {
        auto *name = new QLabel(this);
        auto *value = new QLabel(this);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(name, value);
        m_names << name;
        m_values << value;
    }
    retranslate();
}

QStringList CertificateView::rowNames()
{
    return {tr("Subject:"), tr("Issuer:"), tr("Valid for names:"), tr("Valid from:"), tr("Valid until:")};
}

QStringList CertificateView::rowValues(const CertificateInfo &c)
{
    return {c.subject, c.issuer, c.sans.join(QStringLiteral(", ")), c.notBefore, c.notAfter};
}

QString CertificateView::describe(const CertificateInfo &certificate)
{
    const QStringList names = rowNames();
    const QStringList values = rowValues(certificate);
    QStringList lines;
    for (int i = 0; i < names.size(); ++i)
        lines << names[i] + QLatin1Char('\t') + values.value(i);
    return lines.join(QLatin1Char('\n'));
}

void CertificateView::setCertificate(const CertificateInfo &certificate)
{
    m_certificate = certificate;
    const QStringList values = rowValues(certificate);
    for (int i = 0; i < m_values.size(); ++i)
        m_values[i]->setText(values.value(i));
}

void CertificateView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void CertificateView::retranslate()
{
    setTitle(tr("Server certificate"));
    const QStringList names = rowNames();
    for (int i = 0; i < m_names.size(); ++i)
        m_names[i]->setText(names.value(i));
}

} // namespace PullScope

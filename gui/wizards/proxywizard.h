#pragma once

#include "fixwizard.h"
#include "proxydropin.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace PullScope {

// HTTP proxy drop-in wizard: the service (containerd, docker, kubelet, CRI-O) and the
// proxies, then what must bypass them: the cluster's ranges, its domain, the API server
// and the mirrors, from which NO_PROXY is computed and shown as it will be written.
class ProxyWizard : public FixWizard
{
    Q_OBJECT
public:
    explicit ProxyWizard(const ProxyOptions &prefill, QWidget *parent = nullptr);

    QString kind() const override { return QStringLiteral("proxy"); }
    ProxyOptions options() const;

    QComboBox *serviceBox() const { return m_service; }
    QLineEdit *httpProxyEdit() const { return m_http; }
    QLineEdit *httpsProxyEdit() const { return m_https; }
    QLineEdit *podCidrEdit() const { return m_pod; }
    QLineEdit *serviceCidrEdit() const { return m_svc; }
    QLabel *noProxyLabel() const { return m_noProxy; }

protected:
    QString validateInput() const override;
    GeneratedSet generateOutput() const override;
    void retranslate() override;

private:
    QWizardPage *m_proxyPage = nullptr;
    QWizardPage *m_bypassPage = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_http = nullptr;
    QLineEdit *m_https = nullptr;
    QLineEdit *m_pod = nullptr;
    QLineEdit *m_svc = nullptr;
    QLineEdit *m_nodes = nullptr;
    QLineEdit *m_domain = nullptr;
    QLineEdit *m_api = nullptr;
    QLineEdit *m_mirrors = nullptr;
    QLineEdit *m_extra = nullptr;
    QLabel *m_noProxy = nullptr;
};

} // namespace PullScope

#include "proxywizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace PullScope {

namespace {
QStringList listOf(const QLineEdit *e)
{
    QStringList out;
    for (const QString &s : e->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out << s;
    return out;
}
} // namespace

ProxyWizard::ProxyWizard(const ProxyOptions &prefill, QWidget *parent)
    : FixWizard(parent)
{
    QFormLayout *form = nullptr;
    const auto row = [&](const QString &id, QWidget *field) { addField(form, id, field); };
    const auto edit = [&](const QString &id, const QString &text) {
        auto *e = new QLineEdit(text, this);
        row(id, e);
        watch(e);
        return e;
    };
    m_proxyPage = addFormPage(&form);
    m_service = new QComboBox(this);
    // The services' unit names are what systemd knows them by: not translated.
    m_service->addItems(
        {QStringLiteral("containerd"), QStringLiteral("docker"), QStringLiteral("kubelet"), QStringLiteral("crio")});
    m_service->setEditable(true);
    m_service->setCurrentText(prefill.service.isEmpty() ? QStringLiteral("containerd") : prefill.service);
    row(QStringLiteral("service"), m_service);
    m_http = edit(QStringLiteral("http-proxy"), prefill.httpProxy);
    m_https = edit(QStringLiteral("https-proxy"), prefill.httpsProxy);

    m_bypassPage = addFormPage(&form);
    const QString sep = QStringLiteral(", ");
    m_pod = edit(QStringLiteral("pod-cidr"), prefill.podCidrs.join(sep));
    m_svc = edit(QStringLiteral("service-cidr"), prefill.serviceCidrs.join(sep));
    m_nodes = edit(QStringLiteral("node-cidr"), prefill.nodeCidrs.join(sep));
    m_domain = edit(QStringLiteral("cluster-domain"), prefill.clusterDomain);
    m_api = edit(QStringLiteral("api-server"), prefill.apiServer);
    m_mirrors = edit(QStringLiteral("mirror"), prefill.mirrors.join(sep));
    m_extra = edit(QStringLiteral("no-proxy"), prefill.noProxy.join(sep));
    m_noProxy = new QLabel(this);
    m_noProxy->setWordWrap(true);
    m_noProxy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row(QStringLiteral("computed"), m_noProxy);
    connect(m_service, &QComboBox::currentTextChanged, this, &ProxyWizard::schedulePreview);
    retranslate();
    updatePreview();
    m_http->setFocus();
}

ProxyOptions ProxyWizard::options() const
{
    ProxyOptions o;
    o.service = m_service->currentText().trimmed();
    o.httpProxy = m_http->text().trimmed();
    o.httpsProxy = m_https->text().trimmed();
    o.podCidrs = listOf(m_pod);
    o.serviceCidrs = listOf(m_svc);
    o.nodeCidrs = listOf(m_nodes);
    o.clusterDomain = m_domain->text().trimmed();
    o.apiServer = m_api->text().trimmed();
    o.mirrors = listOf(m_mirrors);
    o.noProxy = listOf(m_extra);
    return o;
}

QString ProxyWizard::validateInput() const
{
    const ProxyOptions o = options();
    const QString problem = ProxyDropIn::validate(o, [this](const QString &id) { return fieldName(id); });
    // NO_PROXY is shown as it will be written while the user types the ranges.
    m_noProxy->setText(problem.isEmpty() ? ProxyDropIn::noProxyList(o).join(QLatin1Char(',')) : QString());
    return problem;
}

GeneratedSet ProxyWizard::generateOutput() const
{
    return ProxyDropIn::generate(options());
}

void ProxyWizard::retranslate()
{
    setWindowTitle(tr("HTTP proxy for the node"));
    m_proxyPage->setTitle(tr("Service and proxy"));
    m_proxyPage->setSubTitle(tr("The image pull is made by the container runtime, not by the kubelet or the shell: "
                                "the runtime's own service needs the proxy variables."));
    m_bypassPage->setTitle(tr("What must not go through the proxy"));
    m_bypassPage->setSubTitle(tr("Pods, services, nodes, the API server and in-cluster mirrors must be reached "
                                 "directly. Lists take commas or spaces."));
    const QHash<QString, QString> texts = {{QStringLiteral("service"), tr("&Service:")},
        {QStringLiteral("http-proxy"), tr("&HTTP proxy:")}, {QStringLiteral("https-proxy"), tr("HTTP&S proxy:")},
        {QStringLiteral("pod-cidr"), tr("&Pod CIDRs:")}, {QStringLiteral("service-cidr"), tr("Ser&vice CIDRs:")},
        {QStringLiteral("node-cidr"), tr("&Node CIDRs:")}, {QStringLiteral("cluster-domain"), tr("Cluster &domain:")},
        {QStringLiteral("api-server"), tr("&API server:")}, {QStringLiteral("mirror"), tr("&Mirrors:")},
        {QStringLiteral("no-proxy"), tr("Other NO_PROXY &entries:")},
        {QStringLiteral("computed"), tr("NO_PROXY written:")}};
    setLabelTexts(texts);
    m_http->setPlaceholderText(tr("http://proxy.example.com:3128"));
    m_https->setPlaceholderText(tr("empty: the HTTP proxy"));
    m_pod->setPlaceholderText(tr("e.g. 10.244.0.0/16"));
    m_svc->setPlaceholderText(tr("empty: 10.96.0.0/12 (kubeadm's default)"));
    m_domain->setPlaceholderText(QStringLiteral("cluster.local"));
    m_api->setPlaceholderText(tr("e.g. 192.168.1.10:6443"));
}

} // namespace PullScope

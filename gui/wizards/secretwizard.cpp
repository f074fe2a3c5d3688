#include "secretwizard.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>

#include <iterator>

#include "probe/probedialog.h"
#include "probe/probeoptions.h"
#include "probe/probetestrow.h"

namespace PullScope {

namespace {
const SecretOptions::PatchTarget targets[] = {SecretOptions::PatchTarget::None,
    SecretOptions::PatchTarget::ServiceAccount, SecretOptions::PatchTarget::Deployment,
    SecretOptions::PatchTarget::StatefulSet, SecretOptions::PatchTarget::DaemonSet};
const SecretOptions::Output outputs[] = {SecretOptions::Output::Yaml, SecretOptions::Output::Json,
    SecretOptions::Output::DockerConfigJson, SecretOptions::Output::Kubectl};
// The provider preset a registry host belongs to, so that its hint (and a fixed user
// name such as AWS or _json_key) shows up for the failing image's registry.
QString presetForServer(const QString &server)
{
    const QString host = server.section(QLatin1String("://"), -1).section(QLatin1Char('/'), 0, 0).toLower();
    if (host == QLatin1String("index.docker.io") || host == QLatin1String("docker.io"))
        return QStringLiteral("dockerhub");
    if (host.endsWith(QLatin1String(".azurecr.io")))
        return QStringLiteral("acr");
    if (host.contains(QLatin1String(".dkr.ecr.")))
        return QStringLiteral("ecr");
    if (host == QLatin1String("gcr.io") || host.endsWith(QLatin1String(".gcr.io"))
        || host.endsWith(QLatin1String("-docker.pkg.dev")))
        return QStringLiteral("gcr");
    if (host.endsWith(QLatin1String(".aliyuncs.com")))
        return QStringLiteral("aliyun");
    return {};
}
} // namespace

SecretWizard::SecretWizard(const SecretOptions &prefill, QWidget *parent)
    : FixWizard(parent)
    , m_registries(prefill.registries)
    , m_image(prefill.image)
{
    if (m_registries.isEmpty())
        m_registries << RegistryCredential {};

    QFormLayout *form = nullptr;
    m_credPage = addFormPage(&form);
    const auto row = [&](const QString &id, QWidget *field) { addField(form, id, field); };
    m_preset = new QComboBox(this);
    row(QStringLiteral("preset"), m_preset);
    m_presetHint = new QLabel(this);
    m_presetHint->setWordWrap(true);
    form->addRow(m_presetHint);
    m_list = new QListWidget(this);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5);
    row(QStringLiteral("registries"), m_list);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_import = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    form->addRow(buttons);
    m_server = new QLineEdit(this);
    row(QStringLiteral("server"), m_server);
    m_username = new QLineEdit(this);
    row(QStringLiteral("username"), m_username);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    row(QStringLiteral("password"), m_password);
    m_email = new QLineEdit(this);
    row(QStringLiteral("email"), m_email);
    addProbeRow(form)->imageEdit()->setText(m_image);
    connect(probeRow(), &ProbeTestRow::testRequested, this, &SecretWizard::testCredentials);

    m_secretPage = addFormPage(&form);
    m_name = new QLineEdit(prefill.name, this);
    row(QStringLiteral("name"), m_name);
    m_namespace = new QLineEdit(prefill.ns, this);
    row(QStringLiteral("namespace"), m_namespace);
    m_target = new QComboBox(this);
    row(QStringLiteral("target"), m_target);
    m_targetName = new QLineEdit(prefill.patchName, this);
    row(QStringLiteral("target-name"), m_targetName);
    m_output = new QComboBox(this);
    row(QStringLiteral("output"), m_output);
    m_passwordFile = new QLineEdit(prefill.passwordFile, this);
    row(QStringLiteral("password-file"), m_passwordFile);

    retranslate();
    for (int i = 0; i < int(std::size(targets)); ++i)
        if (targets[i] == prefill.patchTarget)
            m_target->setCurrentIndex(i);
    for (int i = 0; i < int(std::size(outputs)); ++i)
        if (outputs[i] == prefill.output)
            m_output->setCurrentIndex(i);
    refreshList();
    loadRow(0);
    const QString matched = presetForServer(m_registries.first().server);
    if (!matched.isEmpty()) {
        m_preset->setCurrentIndex(qMax(0, m_preset->findData(matched)));
        const RegistryPreset p = SecretGenerator::preset(matched);
        if (p.usernameIsFixed && m_username->text().isEmpty()) {
            m_username->setText(p.username);
            storeRow();
            refreshList();
        }
        m_presetHint->setText(p.hint);
    }
    m_presetHint->setVisible(!m_presetHint->text().isEmpty());

    for (QLineEdit *e : {m_server, m_username, m_password, m_email, m_name, m_namespace, m_targetName, m_passwordFile})
        watch(e);
    for (QLineEdit *e : {m_server, m_username, m_password, m_email})
        connect(e, &QLineEdit::textEdited, this, [this] {
            storeRow();
            refreshList();
        });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_targetName->setEnabled(i > 0);
        schedulePreview();
    });
    connect(m_output, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_passwordFile->setEnabled(outputs[i] == SecretOptions::Output::Kubectl);
        schedulePreview();
    });
    m_targetName->setEnabled(m_target->currentIndex() > 0);
    m_passwordFile->setEnabled(outputs[m_output->currentIndex()] == SecretOptions::Output::Kubectl);
    connect(m_preset, &QComboBox::activated, this, &SecretWizard::applyPreset);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int r) {
        if (r >= 0 && r != m_row)
            loadRow(r);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        storeRow();
        m_registries << RegistryCredential {};
        refreshList();
        loadRow(int(m_registries.size()) - 1);
        m_server->setFocus();
        schedulePreview();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_registries.size() <= 1)
            return;
        m_registries.removeAt(m_row);
        refreshList();
        loadRow(qMin(m_row, int(m_registries.size()) - 1));
        schedulePreview();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a Docker config"),
            QDir::homePath() + QStringLiteral("/.docker"),
            tr("Docker config (*.json *.dockerconfigjson);;All files (*)"));
        if (file.isEmpty())
            return;
        QByteArray content;
        QString error;
        if (readPickedFile(file, 16 * 1024 * 1024, &content, &error))
            importDockerConfig(content, QDir::toNativeSeparators(file), &error);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Import a Docker config"), error);
    });
    updatePreview();
    (m_server->text().isEmpty() ? m_server : m_username)->setFocus();
}

bool SecretWizard::importDockerConfig(const QByteArray &content, const QString &source, QString *error)
{
    QList<RegistryCredential> found;
    QMap<QString, QString> headers;
    QStringList warnings;
    QString problem;
    if (!SecretGenerator::parseDockerConfig(content, source, &found, &headers, &warnings, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    if (found.isEmpty()) {
        if (error)
            *error = tr("%1 holds no registry credentials").arg(source);
        return false;
    }
    m_registries = found;
    m_importWarnings = warnings;
    refreshList();
    loadRow(0);
    updatePreview();
    return true;
}

ProbeDialog *SecretWizard::testCredentials()
{
    SecretOptions o = options();
    QList<RegistryCredential> typed;
    for (const RegistryCredential &c : std::as_const(o.registries))
        if (!c.server.isEmpty())
            typed << c;
    if (typed.isEmpty()) {
        probeRow()->setProblem(tr("Fill in the server, user name and password first: they are what is tested."));
        return nullptr;
    }
    const QString image = probeRow()->image();
    if (image.isEmpty()) {
        probeRow()->setProblem(tr("Name the image to test with: the probe fetches its manifest with these "
                                  "credentials, as the node would."));
        return nullptr;
    }
    probeRow()->setProblem(QString());
    o.registries = typed;
    o.dockerConfig.clear();
    ProbeOptions p;
    p.image = image;
    p.platform = probePlatform();
    p.authConfig = SecretGenerator::dockerConfigJson(o);
    return runProbe(p, nullptr, tr("the credentials typed in the wizard"));
}

void SecretWizard::loadRow(int row)
{
    m_row = qBound(0, row, int(m_registries.size()) - 1);
    const RegistryCredential &c = m_registries[m_row];
    for (QLineEdit *e : {m_server, m_username, m_password, m_email})
        e->blockSignals(true);
    m_server->setText(c.server);
    m_username->setText(c.username);
    m_password->setText(c.password);
    m_email->setText(c.email);
    for (QLineEdit *e : {m_server, m_username, m_password, m_email})
        e->blockSignals(false);
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(m_row);
    m_remove->setEnabled(m_registries.size() > 1);
}

void SecretWizard::storeRow()
{
    if (m_row < 0 || m_row >= m_registries.size())
        return;
    RegistryCredential &c = m_registries[m_row];
    c.server = m_server->text().trimmed();
    c.username = m_username->text();
    c.password = m_password->text();
    c.email = m_email->text().trimmed();
}

void SecretWizard::refreshList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const RegistryCredential &c : std::as_const(m_registries)) {
        const QString server = c.server.isEmpty() ? tr("(no server yet)") : c.server;
        m_list->addItem(c.username.isEmpty() ? server : tr("%1 as %2").arg(server, c.username));
    }
    m_list->setCurrentRow(m_row);
    m_remove->setEnabled(m_registries.size() > 1);
}

void SecretWizard::applyPreset(int index)
{
    const QString id = m_preset->itemData(index).toString();
    const RegistryPreset p = SecretGenerator::preset(id);
    m_presetHint->setText(p.hint);
    m_presetHint->setVisible(!p.hint.isEmpty());
    if (p.id.isEmpty())
        return;
    m_server->setText(p.server);
    if (p.usernameIsFixed || m_username->text().isEmpty())
        m_username->setText(p.username);
    storeRow();
    refreshList();
    (p.serverIsExample ? m_server : m_password)->setFocus();
    if (p.serverIsExample)
        m_server->selectAll();
}

SecretOptions SecretWizard::options() const
{
    SecretOptions o;
    o.name = m_name->text().trimmed();
    o.ns = m_namespace->text().trimmed();
    o.registries = m_registries;
    // The row being edited is current even before it was stored.
    if (m_row >= 0 && m_row < o.registries.size()) {
        RegistryCredential &c = o.registries[m_row];
        c.server = m_server->text().trimmed();
        c.username = m_username->text();
        c.password = m_password->text();
        c.email = m_email->text().trimmed();
    }
    o.patchTarget = targets[qMax(0, m_target->currentIndex())];
    o.patchName = o.patchTarget == SecretOptions::PatchTarget::None ? QString() : m_targetName->text().trimmed();
    o.output = outputs[qMax(0, m_output->currentIndex())];
    o.passwordFile = o.output == SecretOptions::Output::Kubectl ? m_passwordFile->text().trimmed() : QString();
    o.image = m_image;
    return o;
}

QString SecretWizard::fieldLabel(const QString &id) const
{
    static const QMap<QString, QString> aliases = {{QStringLiteral("service-account"), QStringLiteral("target-name")},
        {QStringLiteral("deployment"), QStringLiteral("target-name")},
        {QStringLiteral("statefulset"), QStringLiteral("target-name")},
        {QStringLiteral("daemonset"), QStringLiteral("target-name")}};
    if (id == QLatin1String("from-docker-config"))
        return tr("Imported Docker config");
    return fieldName(aliases.value(id, id));
}

QString SecretWizard::validateInput() const
{
    return SecretGenerator::validate(options(), [this](const QString &id) { return fieldLabel(id); });
}

GeneratedSet SecretWizard::generateOutput() const
{
    GeneratedSet set = SecretGenerator::generate(options());
    set.warnings = m_importWarnings + set.warnings;
    return set;
}

void SecretWizard::retranslate()
{
    setWindowTitle(tr("Pull secret"));
    m_credPage->setTitle(tr("Registry credentials"));
    m_credPage->setSubTitle(tr("The registries the Secret holds credentials for. The server must match the image's "
                               "registry the way the kubelet matches it: the preview warns when it does not."));
    m_secretPage->setTitle(tr("The Secret and where it is used"));
    m_secretPage->setSubTitle(tr("Pods get pull secrets from their service account or from their workload's pod "
                                 "template; patching a pod itself is not allowed by the API server."));
    const QHash<QString, QString> texts = {{QStringLiteral("preset"), tr("&Provider:")},
        {QStringLiteral("registries"), tr("Registries:")}, {QStringLiteral("server"), tr("&Server:")},
        {QStringLiteral("username"), tr("&User name:")}, {QStringLiteral("password"), tr("Pass&word:")},
        {QStringLiteral("email"), tr("&Email (optional):")}, {QStringLiteral("name"), tr("Secret &name:")},
        {QStringLiteral("namespace"), tr("&Namespace:")}, {QStringLiteral("target"), tr("&Attach to:")},
        {QStringLiteral("target-name"), tr("&Its name:")}, {QStringLiteral("output"), tr("&Output:")},
        {QStringLiteral("password-file"), tr("Password &file (kubectl):")},
        {QStringLiteral("probe-image"), tr("Image to &test:")}};
    setLabelTexts(texts);
    m_add->setText(tr("Add a registry"));
    m_remove->setText(tr("Remove"));
    m_import->setText(tr("&Import Docker config..."));
    m_import->setToolTip(tr("Read the registries of a ~/.docker/config.json or .dockerconfigjson"));
    m_password->setToolTip(tr("Kept in this window only: never saved in settings, logs or reports"));
    m_passwordFile->setPlaceholderText(tr("empty: the command asks for the password"));
    m_server->setPlaceholderText(tr("e.g. harbor.example.com or https://index.docker.io/v1/"));
    probeRow()->button()->setText(tr("Test these &credentials"));
    probeRow()->button()->setToolTip(tr("Probe the registry with the credentials typed here, as the node would pull "
                                        "the image; they stay in memory and are never written to disk"));

    const int preset = qMax(0, m_preset->currentIndex());
    {
        const QSignalBlocker block(m_preset);
        m_preset->clear();
        m_preset->addItem(tr("Other registry"), QString());
        for (const RegistryPreset &p : SecretGenerator::presets())
            m_preset->addItem(p.title, p.id);
        m_preset->setCurrentIndex(preset);
    }
    m_presetHint->setText(SecretGenerator::preset(m_preset->currentData().toString()).hint);
    m_presetHint->setVisible(!m_presetHint->text().isEmpty());
    const int target = qMax(0, m_target->currentIndex());
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        m_target->addItems({tr("Nothing (the pod names the Secret already)"), tr("ServiceAccount"), tr("Deployment"),
            tr("StatefulSet"), tr("DaemonSet")});
        m_target->setCurrentIndex(target);
    }
    const int output = qMax(0, m_output->currentIndex());
    {
        const QSignalBlocker block(m_output);
        m_output->clear();
        m_output->addItems(
            {tr("YAML manifest"), tr("JSON manifest"), tr(".dockerconfigjson only"), tr("kubectl commands")});
        m_output->setCurrentIndex(output);
    }
    refreshList();
}

} // namespace PullScope

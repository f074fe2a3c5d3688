#include "live/connectdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <initializer_list>

#include "live/connectjob.h"
#include "live/execconsentdialog.h"
#include "live/liveconnection.h"
#include "theme.h"

namespace PullScope {

namespace {
QLabel *valueLabel()
{
    auto *l = new QLabel;
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    m_job = new ConnectJob(this);
    connect(m_job, &ConnectJob::finished, this, &ConnectDialog::onCheckFinished);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kubeconfig = new QLineEdit;
    m_kubeconfig->setObjectName(QStringLiteral("kubeconfig"));
    m_browse = new QPushButton;
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_kubeconfig, 1);
    pathRow->addWidget(m_browse);
    m_kubeconfigLabel = new QLabel;
    form->addRow(m_kubeconfigLabel, pathRow);
    m_context = new QComboBox;
    m_context->setObjectName(QStringLiteral("context"));
    m_contextLabel = new QLabel;
    form->addRow(m_contextLabel, m_context);
    m_namespace = new QComboBox;
    m_namespace->setObjectName(QStringLiteral("namespace"));
    m_namespace->setEditable(true);
    m_namespace->setInsertPolicy(QComboBox::NoInsert);
    m_namespace->addItem(QString()); // "All namespaces", named in retranslate()
    m_namespaceLabel = new QLabel;
    form->addRow(m_namespaceLabel, m_namespace);
    m_user = valueLabel();
    m_userLabel = new QLabel;
    form->addRow(m_userLabel, m_user);
    m_server = valueLabel();
    m_serverLabel = new QLabel;
    form->addRow(m_serverLabel, m_server);
    m_auth = valueLabel();
    m_authLabel = new QLabel;
    form->addRow(m_authLabel, m_auth);
    m_warnings = valueLabel();
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setTextFormat(Qt::RichText);
    m_warningsTitle = new QLabel;
    form->addRow(m_warningsTitle, m_warnings);
    for (QLabel *l : {m_kubeconfigLabel, m_contextLabel, m_namespaceLabel})
        l->setTextFormat(Qt::PlainText);
    m_kubeconfigLabel->setBuddy(m_kubeconfig);
    m_contextLabel->setBuddy(m_context);
    m_namespaceLabel->setBuddy(m_namespace);
    layout->addLayout(form);

    auto *busyRow = new QHBoxLayout;
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_status = new QLabel;
    m_status->setWordWrap(true);
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_status, 1);
    layout->addLayout(busyRow);

    m_failureBox = new QGroupBox;
    m_failureBox->setObjectName(QStringLiteral("failure"));
    auto *failureLayout = new QVBoxLayout(m_failureBox);
    m_failureText = new QPlainTextEdit;
    m_failureText->setObjectName(QStringLiteral("failureText"));
    m_failureText->setReadOnly(true);
    m_failureText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    failureLayout->addWidget(m_failureText);
    m_copy = new QPushButton;
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copy);
    failureLayout->addLayout(copyRow);
    m_failureBox->hide();
    layout->addWidget(m_failureBox, 1);

    auto *buttons = new QDialogButtonBox;
    m_connect = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ConnectDialog::browse);
    connect(m_kubeconfig, &QLineEdit::editingFinished, this, [this]() {
        if (m_kubeconfig->isModified()) {
            m_kubeconfig->setModified(false);
            loadConfig();
        }
    });
    connect(m_context, &QComboBox::currentIndexChanged, this, &ConnectDialog::showContext);
    // Connect is an AcceptRole button, but the dialog accepts only once the check passed.
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectNow);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
        [this]() { QApplication::clipboard()->setText(m_failureText->toPlainText()); });

    retranslate();
    setKubeconfig(QString());
    resize(720, sizeHint().height());
}

ConnectDialog::~ConnectDialog()
{
    // The consent asker lives here: a check still waiting for an answer must not wait
    // for it (a passed check's connection is the window's now, and stays untouched).
    m_job->cancel();
}

void ConnectDialog::setKubeconfig(const QString &path)
{
    // Shown as kubectl would read it: the KUBECONFIG list, else ~/.kube/config.
    m_kubeconfig->setText(
        path.isEmpty() ? KubeConfig::defaultPaths().join(QDir::listSeparator()) : QDir::toNativeSeparators(path));
    loadConfig();
}

QString ConnectDialog::kubeconfig() const
{
    const QString text = m_kubeconfig->text().trimmed();
    return text == KubeConfig::defaultPaths().join(QDir::listSeparator()) ? QString()
                                                                          : QDir::fromNativeSeparators(text);
}

void ConnectDialog::loadConfig()
{
    clearFailure();
    m_config = KubeConfig();
    const QString path = kubeconfig();
    const QStringList paths = path.isEmpty() ? KubeConfig::defaultPaths() : QStringList {path};
    m_configError.clear();
    m_configLoaded = m_config.load(paths, &m_configError);
    const QSignalBlocker blocker(m_context);
    m_context->clear();
    if (m_configLoaded) {
        for (const KubeContext &c : m_config.contexts())
            m_context->addItem(c.name);
        const int current = m_context->findText(m_config.currentContext());
        m_context->setCurrentIndex(current >= 0 ? current : 0);
    }
    showContext();
    if (!m_configLoaded) {
        AuthFailure f;
        f.kind = AuthFailure::Kind::Config;
        f.detail = m_configError;
        f.source = path;
        showFailure(f);
    }
}

void ConnectDialog::setContext(const QString &name)
{
    const int i = m_context->findText(name);
    if (i >= 0)
        m_context->setCurrentIndex(i);
}

QString ConnectDialog::context() const
{
    return m_context->currentText();
}

void ConnectDialog::setNamespace(const QString &ns, bool all)
{
    if (all)
        m_namespace->setCurrentIndex(0);
    else
        m_namespace->setEditText(ns.isEmpty() ? m_settings.namespaceName : ns);
}

bool ConnectDialog::allNamespaces() const
{
    const QString text = m_namespace->currentText().trimmed();
    return text.isEmpty() || text == m_namespace->itemText(0);
}

QString ConnectDialog::namespaceName() const
{
    return allNamespaces() ? QString() : m_namespace->currentText().trimmed();
}

void ConnectDialog::showContext()
{
    m_settings = ConnectionSettings();
    m_resolveError.clear();
    const bool resolved = m_configLoaded && m_context->count() > 0
        && m_config.resolve(m_context->currentText(), &m_settings, &m_resolveError);
    if (resolved) {
        // The context's namespace first; a typed one stays typed only until the context changes.
        while (m_namespace->count() > 1)
            m_namespace->removeItem(1);
        m_namespace->addItem(m_settings.namespaceName);
        m_namespace->setCurrentIndex(1);
        clearFailure();
    } else if (m_configLoaded && !m_resolveError.isEmpty()) {
        AuthFailure f;
        f.kind = AuthFailure::Kind::Config;
        f.detail = m_resolveError;
        showFailure(f);
    }
    m_connect->setEnabled(resolved);
    retranslate();
}

void ConnectDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a kubeconfig"),
        kubeconfig().isEmpty() ? QDir::homePath() + QStringLiteral("/.kube") : kubeconfig());
    if (!file.isEmpty())
        setKubeconfig(file);
}

void ConnectDialog::connectNow()
{
    if (isBusy())
        return;
    clearFailure();
    QString error;
    // Read afresh: the files may have changed since the dialog showed them.
    std::shared_ptr<LiveConnection> c
        = LiveConnection::open(kubeconfig(), m_context->currentText(), namespaceName(), m_consentStorePath, &error);
    if (!c) {
        AuthFailure f;
        f.kind = AuthFailure::Kind::Config;
        f.detail = error;
        showFailure(f);
        return;
    }
    if (m_connection)
        m_connection->abort();
    m_connection = c;
    c->setAsker(this, [this](const ExecConsentRequest &r) { return ExecConsentDialog::ask(r, this); });
    setBusy(true);
    m_job->start(c);
}

void ConnectDialog::onCheckFinished(bool ok)
{
    setBusy(false);
    if (ok) {
        accept();
        return;
    }
    m_failureSettings = m_connection ? m_connection->settings() : m_settings;
    m_failure = m_job->result().failure;
    explainFailure();
}

void ConnectDialog::showFailure(const AuthFailure &failure)
{
    m_failure = failure;
    m_failureSettings = m_settings;
    explainFailure();
}

void ConnectDialog::clearFailure()
{
    m_failure = AuthFailure();
    m_diagnosis = AuthDiagnosis();
    if (m_failureBox)
        m_failureBox->hide();
}

void ConnectDialog::explainFailure()
{
    if (!m_failure.isFailure()) {
        clearFailure();
        return;
    }
    // Explained again on a language change: the doctor's texts are in the UI language.
    m_diagnosis = AuthDoctor::explain(m_failure, m_failureSettings);
    QStringList lines;
    lines << tr("Failed step: %1").arg(AuthDoctor::stepName(m_diagnosis.stepId)) << m_diagnosis.title;
    if (!m_diagnosis.detail.isEmpty())
        lines << QString() << m_diagnosis.detail;
    if (!m_diagnosis.fixes.isEmpty()) {
        lines << QString() << tr("What to do:");
        for (int i = 0; i < m_diagnosis.fixes.size(); ++i)
            lines << QStringLiteral("%1. %2").arg(i + 1).arg(m_diagnosis.fixes[i]);
    }
    m_failureText->setPlainText(lines.join(QLatin1Char('\n')));
    m_failureBox->setTitle(tr("Could not connect: %1").arg(AuthDoctor::stepName(m_diagnosis.stepId)));
    m_failureBox->show();
    // Room for the explanation without scrolling, once there is one.
    if (height() < 520)
        resize(width(), 520);
}

QString ConnectDialog::failureText() const
{
    return m_failureBox->isVisible() || m_failure.isFailure() ? m_failureText->toPlainText() : QString();
}

bool ConnectDialog::isBusy() const
{
    return m_busy->isVisible() || m_job->isRunning();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_connect->setEnabled(!busy);
    for (QWidget *w : std::initializer_list<QWidget *> {m_kubeconfig, m_browse, m_context, m_namespace})
        w->setEnabled(!busy);
    m_status->setText(busy ? tr("Connecting to %1...").arg(m_settings.server.toString()) : QString());
}

void ConnectDialog::reject()
{
    if (m_busy->isVisible()) {
        // Cancel while checking stops the check; a second Cancel closes.
        m_job->cancel();
        if (m_connection)
            m_connection->abort();
        setBusy(false);
        m_status->setText(tr("Cancelled."));
        return;
    }
    QDialog::reject();
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to a Cluster"));
    m_kubeconfigLabel->setText(tr("&Kubeconfig:"));
    m_kubeconfig->setToolTip(tr("One file, or several separated by '%1' as in KUBECONFIG").arg(QDir::listSeparator()));
    m_browse->setText(tr("&Browse..."));
    m_contextLabel->setText(tr("C&ontext:"));
    m_namespaceLabel->setText(tr("&Namespace:"));
    m_namespace->setItemText(0, tr("All namespaces"));
    m_namespace->setToolTip(tr("Pick \"All namespaces\" or type a namespace; a user who may not list all "
                               "namespaces is shown the context's namespace"));
    m_userLabel->setText(tr("User:"));
    m_serverLabel->setText(tr("Server:"));
    m_authLabel->setText(tr("Logs in with:"));
    m_warningsTitle->setText(tr("Warnings:"));
    m_connect->setText(tr("&Connect"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the explanation to the clipboard"));

    const bool resolved = !m_settings.server.isEmpty();
    m_user->setText(resolved ? m_settings.userName : QString());
    m_server->setText(resolved ? m_settings.server.toString() : QString());
    QStringList methods;
    for (const QString &m : m_settings.authMethods()) {
        if (m == QLatin1String("token"))
            methods << tr("bearer token");
        else if (m == QLatin1String("token file"))
            methods << tr("token file");
        else if (m == QLatin1String("client certificate"))
            methods << tr("client certificate");
        else if (m == QLatin1String("basic"))
            methods << tr("user name and password");
        else if (m == QLatin1String("exec"))
            methods << tr("credential plugin (%1)").arg(m_settings.exec.command);
        else if (m == QLatin1String("oidc"))
            methods << tr("OIDC id-token");
        else
            methods << tr("no credentials");
    }
    m_auth->setText(resolved ? methods.join(QStringLiteral(", ")) : QString());
    // Skipping TLS verification hands the token to whoever answers: red, not amber.
    QStringList warnings;
    const QString red = Theme::failing().name();
    const QString amber = Theme::warningText().name();
    if (m_settings.insecureSkipTlsVerify)
        warnings << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                        .arg(red,
                            tr("insecure-skip-tls-verify is set: the server's certificate is not checked, so a "
                               "token or password can be read by anyone between you and the server.")
                                .toHtmlEscaped());
    for (const QString &w : std::as_const(m_settings.warnings))
        if (!w.contains(QLatin1String("insecure-skip-tls-verify")))
            warnings << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(amber, w.toHtmlEscaped());
    m_warnings->setText(warnings.isEmpty() ? tr("none") : warnings.join(QStringLiteral("<br>")));
    if (m_failure.isFailure())
        explainFailure();
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace PullScope

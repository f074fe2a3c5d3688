#include "probe/probedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVBoxLayout>

#include "imagereference.h"
#include "languagemanager.h"
#include "probe/certificateview.h"
#include "wizardprefill.h"
#include "probe/probecredentials.h"
#include "probe/proberunner.h"
#include "probe/probestepmodel.h"
#include "probe/probetext.h"
#include "probe/proxyselector.h"
#include "probe/nodecheckoutput.h"
#include "probe/nodecheckscript.h"
#include "probe/nodecheckverdict.h"
#include "probe/registryprobe.h"
#include "rulebook.h"
#include "theme.h"

namespace PullScope {

namespace {
enum FormRow { ImageRow, AuthRow, CaRow, HostsRow, ProxyRow, PlatformRow, TimeoutRow, FormRowCount };
} // namespace

ProbeDialog::ProbeDialog(const ProbeOptions &prefill, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ProbeDialog"));
    setSizeGripEnabled(true);
    m_runner = new ProbeRunner(this);
    m_model = new ProbeStepModel(this);

    auto *col = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    col->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](QWidget *field, QWidget *button = nullptr) {
        auto *label = new QLabel(this);
        m_formLabels << label;
        if (!button) {
            label->setBuddy(field);
            form->addRow(label, field);
            return;
        }
        auto *box = new QWidget(this);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(field, 1);
        h->addWidget(button);
        label->setBuddy(field);
        form->addRow(label, box);
    };
    m_image = new QLineEdit(this);
    m_image->setObjectName(QStringLiteral("probeImage"));
    addRow(m_image);
    m_auth = new QLineEdit(this);
    m_auth->setClearButtonEnabled(true);
    addRow(m_auth, browseButton(m_auth, false));
    m_ca = new QLineEdit(this);
    m_ca->setClearButtonEnabled(true);
    addRow(m_ca, browseButton(m_ca, false));
    m_hostsDir = new QLineEdit(this);
    m_hostsDir->setClearButtonEnabled(true);
    addRow(m_hostsDir, browseButton(m_hostsDir, true));
    m_proxy = new QLineEdit(this);
    m_proxy->setClearButtonEnabled(true);
    addRow(m_proxy);
    m_platform = new QLineEdit(this);
    addRow(m_platform);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 600);
    m_timeout->setValue(10);
    addRow(m_timeout);
    col->addLayout(form);

    m_run = new QPushButton(this);
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addStretch(1);
    // The workstation is not the node: the node check runs the same steps there.
    m_nodeScript = new QPushButton(this);
    m_nodeScript->setAutoDefault(false);
    m_nodeOutput = new QPushButton(this);
    m_nodeOutput->setAutoDefault(false);
    runRow->addWidget(m_nodeScript);
    runRow->addWidget(m_nodeOutput);
    col->addLayout(runRow);

    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_verdict->setFont(big);
    col->addWidget(m_verdict);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    col->addWidget(m_details);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("probeSteps"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    QHeaderView *h = m_table->horizontalHeader();
    for (int c = 0; c < ProbeStepModel::DetailColumn; ++c)
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ProbeStepModel::DetailColumn, QHeaderView::Stretch);
    col->addWidget(m_table, 1);

    m_certificate = new CertificateView(this);
    m_certificate->hide();
    col->addWidget(m_certificate);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->hide();
    col->addWidget(m_warnings);

    m_certificateButton = new QPushButton(this);
    m_copy = new QPushButton(this);
    m_save = new QPushButton(this);
    m_close = new QPushButton(this);
    m_close->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_certificateButton);
    bottom->addWidget(m_copy);
    bottom->addWidget(m_save);
    bottom->addStretch(1);
    bottom->addWidget(m_close);
    col->addLayout(bottom);

    connect(m_run, &QPushButton::clicked, this, &ProbeDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &ProbeDialog::cancel);
    connect(m_certificateButton, &QPushButton::clicked, this, &ProbeDialog::showCertificate);
    connect(m_copy, &QPushButton::clicked, this, &ProbeDialog::copyText);
    connect(m_save, &QPushButton::clicked, this, &ProbeDialog::saveJsonDialog);
    connect(m_nodeScript, &QPushButton::clicked, this, &ProbeDialog::saveNodeScriptDialog);
    connect(m_nodeOutput, &QPushButton::clicked, this, &ProbeDialog::loadNodeOutputDialog);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ProbeDialog::run);
    connect(m_runner, &ProbeRunner::stepFinished, m_model, &ProbeStepModel::stepFinished);
    connect(m_runner, &ProbeRunner::finished, this, &ProbeDialog::onFinished);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProbeDialog::onCurrentRowChanged);
    // Typing a file name takes the place of credentials held in memory.
    connect(m_auth, &QLineEdit::textEdited, this, [this] {
        m_memoryAuth.clear();
        m_memoryAuthDescription.clear();
        m_auth->setPlaceholderText(tr("none: anonymous, as a node without pull secrets"));
    });
    // Cause titles are rule data in the rule language, not covered by the translators.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] { showVerdict(); });

    setOptions(prefill);
    retranslate();
    resize(980, 760);
}

ProbeDialog::~ProbeDialog()
{
    // Before the members go: no step of a running probe may arrive half-way through.
    m_runner->stop();
}

QString ProbeDialog::imageOf(const ContainerDiagnosis &d)
{
    return d.imageRef.isValid() ? d.imageRef.normalized() : d.image;
}

QString ProbeDialog::platformOf(const ContainerDiagnosis &d)
{
    // The diagnosis keeps the node's architecture, not its OS: Linux, as for nearly all
    // nodes; the field stays editable for a Windows one.
    return d.nodeArchitecture.isEmpty() ? QString() : QStringLiteral("linux/") + d.nodeArchitecture;
}

ProbeOptions ProbeDialog::optionsFor(const ContainerDiagnosis &d)
{
    ProbeOptions o;
    o.image = imageOf(d);
    o.platform = platformOf(d);
    return o;
}

QPushButton *ProbeDialog::browseButton(QLineEdit *edit, bool directory)
{
    auto *b = new QPushButton(this);
    b->setAutoDefault(false);
    m_browse << b;
    connect(b, &QPushButton::clicked, this, [this, edit, directory] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
        const QString picked = directory ? QFileDialog::getExistingDirectory(this, tr("Choose a directory"), start)
                                         : QFileDialog::getOpenFileName(this, tr("Choose a file"), start);
        if (picked.isEmpty())
            return;
        edit->setText(picked);
        if (edit == m_auth) {
            m_memoryAuth.clear();
            m_memoryAuthDescription.clear();
            retranslate();
        }
    });
    return b;
}

void ProbeDialog::setOptions(const ProbeOptions &o)
{
    m_image->setText(o.image);
    m_auth->setText(o.authFile);
    m_memoryAuth = o.authConfig;
    m_ca->setText(o.caFile);
    m_hostsDir->setText(o.hostsDir);
    m_proxy->setText(o.proxy);
    m_platform->setText(o.platform);
    m_timeout->setValue(qBound(1, (o.stepTimeoutMs + 999) / 1000, 600));
    m_environment = o.environment;
}

void ProbeDialog::setInMemoryCredentials(const QByteArray &dockerConfig, const QString &description)
{
    m_memoryAuth = dockerConfig;
    m_memoryAuthDescription = description;
    m_auth->clear();
    retranslate();
}

void ProbeDialog::adoptTemporaryDir(std::unique_ptr<QTemporaryDir> dir)
{
    stop();
    m_tempDir = std::move(dir);
}

QString ProbeDialog::validate(ProbeOptions *out) const
{
    ProbeOptions o;
    o.environment = m_environment;
    o.image = m_image->text().trimmed();
    if (o.image.isEmpty())
        return tr("Name the image to probe, e.g. registry.example.com/team/app:1.0: the probe fetches its manifest.");
    const ImageReference ref = ImageReference::parse(o.image);
    if (!ref.isValid())
        return tr("Image %1: %2").arg(o.image, ref.errorText());
    o.stepTimeoutMs = m_timeout->value() * 1000;
    o.platform = m_platform->text().trimmed();
    if (!o.platform.isEmpty()) {
        const QStringList parts = o.platform.split(QLatin1Char('/'));
        if (parts.size() < 2 || parts.size() > 3 || parts.contains(QString()))
            return tr("Platform takes OS/ARCH or OS/ARCH/VARIANT, e.g. linux/arm64.");
    }
    o.proxy = m_proxy->text().trimmed();
    if (!o.proxy.isEmpty()) {
        const QUrl u = ProxySelector::parseProxyUrl(o.proxy);
        if (!u.isValid() || u.host().isEmpty())
            return tr("Proxy takes a URL such as http://proxy.example.com:3128.");
    }
    o.caFile = m_ca->text().trimmed();
    if (!o.caFile.isEmpty() && QSslCertificate::fromPath(o.caFile, QSsl::Pem).isEmpty())
        return tr("CA file %1: no PEM certificate could be read.").arg(QDir::toNativeSeparators(o.caFile));
    o.hostsDir = m_hostsDir->text().trimmed();
    if (!o.hostsDir.isEmpty() && !QFileInfo(o.hostsDir).isDir())
        return tr("Hosts dir %1 is not a directory.").arg(QDir::toNativeSeparators(o.hostsDir));
    o.authConfig = m_memoryAuth;
    if (o.authConfig.isEmpty()) {
        o.authFile = m_auth->text().trimmed();
        if (!o.authFile.isEmpty()) {
            ProbeCredentials c;
            QStringList warnings;
            QString error;
            if (!ProbeCredentials::load(o.authFile, o.image, &c, &warnings, &error))
                return error;
        }
    }
    if (out)
        *out = o;
    return {};
}

bool ProbeDialog::isRunning() const
{
    return m_running;
}

bool ProbeDialog::run()
{
    if (m_running)
        return false;
    ProbeOptions o;
    m_problem = validate(&o);
    if (!m_problem.isEmpty()) {
        showVerdict();
        return false;
    }
    m_result = ProbeResult();
    m_result.image = o.image;
    m_hasResult = false;
    m_certificate->hide();
    m_warnings->hide();
    m_model->start();
    m_running = m_runner->start(o);
    showVerdict();
    showDetails();
    updateButtons();
    return m_running;
}

void ProbeDialog::cancel()
{
    if (m_running)
        m_runner->cancel();
}

void ProbeDialog::stop()
{
    if (!m_running)
        return;
    m_runner->stop();
    m_running = false;
    m_result.cancelled = true;
    m_model->stopRunning();
    showVerdict();
    updateButtons();
}

void ProbeDialog::onFinished()
{
    m_running = false;
    showResult(m_runner->result());
}

void ProbeDialog::showResult(const ProbeResult &result)
{
    m_result = result;
    m_hasResult = true;
    m_model->setResult(m_result);
    showVerdict();
    showDetails();
    updateButtons();
    // The failing step is where the user looks first; a certificate shows with it. Made
    // current, not selected: the selection's highlight would hide the row's red.
    const int row = m_model->rowOf(m_result.failingStep());
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    Q_EMIT probeFinished();
}

void ProbeDialog::setVerdict(const QString &text, const QColor &color)
{
    m_verdict->setText(text);
    QPalette p = m_verdict->palette();
    p.setColor(QPalette::WindowText, color);
    m_verdict->setPalette(p);
}

void ProbeDialog::showVerdict()
{
    if (!m_problem.isEmpty()) {
        setVerdict(m_problem, Theme::problemText());
        return;
    }
    if (m_running) {
        setVerdict(tr("Probing %1...").arg(m_result.image), Theme::inProgress());
        return;
    }
    if (m_result.cancelled) {
        setVerdict(tr("Cancelled: the steps not run are marked skipped."), Theme::notReached());
        return;
    }
    if (!m_hasResult) {
        setVerdict(QString(), Theme::notReached());
        return;
    }
    if (m_result.passed()) {
        setVerdict(tr("Every step passed: %1 can be pulled from here with these settings.").arg(m_result.image),
            Theme::taken());
        return;
    }
    const QString title = RuleBook::builtin().describe(m_result.cause, LanguageManager::ruleLanguage()).title;
    const QString step = m_result.failingStep();
    if (step.isEmpty())
        setVerdict(tr("No step could run: %1 (%2)").arg(title, m_result.cause), Theme::failing());
    else
        setVerdict(tr("%1 (%2) failed: %3 (%4)").arg(ProbeText::stepName(step), step, title, m_result.cause),
            Theme::failing());
}

void ProbeDialog::showDetails()
{
    if (!m_hasResult) {
        m_details->clear();
        m_details->hide();
        return;
    }
    QStringList lines;
    if (!m_result.endpoint.isEmpty())
        lines << tr("Endpoint: %1, proxy: %2")
                     .arg(m_result.endpoint, m_result.proxy.isEmpty() ? tr("none (direct)") : m_result.proxy);
    if (!m_result.platforms.isEmpty())
        lines << tr("Platforms offered: %1").arg(m_result.platforms.join(QStringLiteral(", ")));
    if (m_result.rateLimit.isPresent())
        lines << tr("Rate limit: %1 of %2 pulls left").arg(m_result.rateLimit.remaining).arg(m_result.rateLimit.limit);
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(!lines.isEmpty());

    if (m_result.warnings.isEmpty()) {
        m_warnings->clear();
        m_warnings->hide();
    } else {
        QString html = QStringLiteral("<b>") + tr("Warnings").toHtmlEscaped() + QStringLiteral("</b><ul style=\"color:")
            + Theme::warningText().name() + QStringLiteral("\">");
        for (const QString &w : std::as_const(m_result.warnings))
            html += QStringLiteral("<li>") + w.toHtmlEscaped() + QStringLiteral("</li>");
        m_warnings->setText(html + QStringLiteral("</ul>"));
        m_warnings->show();
    }
}

QString ProbeDialog::verdictText() const
{
    return m_verdict->text();
}

QString ProbeDialog::warningsText() const
{
    return m_result.warnings.join(QLatin1Char('\n'));
}

void ProbeDialog::updateButtons()
{
    m_run->setEnabled(!m_running);
    m_cancel->setEnabled(m_running);
    const ProbeStep *tls = m_result.step(QStringLiteral("tls"));
    m_certificateButton->setEnabled(!m_running && tls && !tls->certificate.isNull());
    m_copy->setEnabled(!m_running && m_hasResult);
    m_save->setEnabled(!m_running && m_hasResult);
}

void ProbeDialog::onCurrentRowChanged()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || m_running) {
        m_certificate->hide();
        return;
    }
    const CertificateInfo &c = m_model->step(row).certificate;
    m_certificate->setCertificate(c);
    m_certificate->setVisible(!c.isNull());
}

void ProbeDialog::showCertificate()
{
    const int row = m_model->rowOf(QStringLiteral("tls"));
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    onCurrentRowChanged();
}

QString ProbeDialog::resultText() const
{
    QString out;
    QTextStream t(&out);
    t << tr("Image: %1").arg(m_result.image) << '\n';
    t << tr("Registry: %1").arg(m_result.registry) << '\n';
    t << tr("Endpoint: %1").arg(m_result.endpoint) << '\n';
    t << tr("Proxy: %1").arg(m_result.proxy.isEmpty() ? tr("none (direct)") : m_result.proxy) << '\n' << '\n';
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ProbeStepModel::ColumnCount; ++c)
            cells << m_model->index(r, c).data().toString();
        cells[0] += QStringLiteral(" (") + m_model->step(r).id + QLatin1Char(')');
        t << cells.join(QLatin1Char('\t')) << '\n';
    }
    for (const ProbeStep &s : m_result.steps) {
        if (s.certificate.isNull())
            continue;
        t << '\n' << tr("Certificate (%1):").arg(s.id) << '\n';
        t << CertificateView::describe(s.certificate) << '\n';
    }
    if (!m_details->text().isEmpty())
        t << '\n' << m_details->text() << '\n';
    for (const QString &w : m_result.warnings)
        t << tr("Warning: %1").arg(w) << '\n';
    t << '\n' << verdictText() << '\n';
    t.flush();
    return out;
}

void ProbeDialog::copyText()
{
    QGuiApplication::clipboard()->setText(resultText());
}

bool ProbeDialog::saveJson(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    m_result.writeJson(&f);
    if (!f.commit()) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

void ProbeDialog::saveJsonDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the probe result"), QStringLiteral("probe.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveJson(path, &error))
        QMessageBox::warning(this, tr("Save the probe result"), error);
}

void ProbeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProbeDialog::closeEvent(QCloseEvent *event)
{
    stop();
    QDialog::closeEvent(event);
}

void ProbeDialog::reject()
{
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ProbeDialog::retranslate()
{
    setWindowTitle(tr("Probe registry"));
    m_intro->setText(tr("Checks from this machine what a node's pull of the image meets, step by step: the first "
                        "failure names the cause. Run it where the node's network is (same proxy, same DNS) for a "
                        "verdict that holds for the node."));
    const QString labels[FormRowCount] = {tr("&Image:"), tr("C&redentials:"), tr("&CA file:"), tr("&Hosts dir:"),
        tr("&Proxy:"), tr("P&latform:"), tr("Step &timeout:")};
    for (int i = 0; i < FormRowCount && i < m_formLabels.size(); ++i)
        m_formLabels[i]->setText(labels[i]);
    m_auth->setPlaceholderText(m_memoryAuth.isEmpty()
            ? tr("none: anonymous, as a node without pull secrets")
            : tr("%1, held in memory only")
                  .arg(m_memoryAuthDescription.isEmpty() ? tr("credentials given") : m_memoryAuthDescription));
    m_auth->setToolTip(tr("A docker config (~/.docker/config.json), a .dockerconfigjson, or a pull Secret in YAML "
                          "or JSON"));
    m_ca->setPlaceholderText(tr("none: the system's trusted CAs only"));
    m_hostsDir->setPlaceholderText(tr("none: the registry directly; else a copy of the node's containerd certs.d"));
    m_proxy->setPlaceholderText(tr("empty: from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)"));
    m_platform->setPlaceholderText(tr("%1 (this machine)").arg(RegistryProbe::defaultPlatform()));
    m_timeout->setSuffix(tr(" s"));
    for (QPushButton *b : std::as_const(m_browse))
        b->setText(tr("Browse..."));
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Run the probe (Ctrl+Return)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the probe (Esc)"));
    m_certificateButton->setText(tr("C&ertificate..."));
    m_copy->setText(tr("C&opy as Text"));
    m_save->setText(tr("&Save JSON..."));
    m_close->setText(tr("Close"));
    m_nodeScript->setText(tr("&Node check script..."));
    m_nodeScript->setToolTip(tr("Save a script that runs these checks on the node itself (its DNS, proxy, CA files "
                                "and runtime), for when this machine's view differs from the node's"));
    m_nodeOutput->setText(tr("Load node o&utput..."));
    m_nodeOutput->setToolTip(tr("Read what the node check script printed on the node and show it here"));
    m_model->retranslate();
    showVerdict();
    showDetails();
    updateButtons();
}

QString ProbeDialog::runtimeOf(const ContainerDiagnosis &d)
{
    const QString service = WizardPrefill::runtimeService(d.nodeRuntimeVersion);
    return service.isEmpty() ? QStringLiteral("auto") : service;
}

bool ProbeDialog::saveNodeScript(const QString &path, QString *error)
{
    NodeCheckScript::Options o;
    o.image = m_image->text().trimmed();
    o.runtime = m_nodeRuntime;
    if (o.image.isEmpty()) {
        *error = tr("Give the image the node fails to pull first.");
        return false;
    }
    QByteArray script;
    if (!NodeCheckScript::generate(o, &script, error))
        return false;
    return NodeCheckScript::save(script, path, error);
}

bool ProbeDialog::loadNodeOutput(const QString &path, QString *error)
{
    if (m_running) {
        *error = tr("A probe is running; cancel it first.");
        return false;
    }
    NodeCheckOutput output;
    if (!NodeCheckOutput::load(path, &output, error))
        return false;
    m_problem.clear();
    const ProbeResult result = NodeCheckVerdict::evaluate(output);
    m_image->setText(result.image);
    showResult(result);
    return true;
}

void ProbeDialog::saveNodeScriptDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save node check script"),
        QDir::home().filePath(NodeCheckScript::fileName()), tr("Shell scripts (*.sh);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveNodeScript(path, &error)) {
        QMessageBox::warning(this, tr("Node check script"), error);
        return;
    }
    QMessageBox::information(this, tr("Node check script"),
        tr("Saved %1.\n\nCopy it to the node where the pod is scheduled and run it there as root:\n"
           "  sh %2 > node-check.txt 2>&1\n"
           "For a private image give the credentials with PULL_CREDS='user:password'. Then load node-check.txt "
           "here with \"Load node output\".")
            .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()));
}

void ProbeDialog::loadNodeOutputDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load node check output"), QDir::homePath(), tr("Text files (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadNodeOutput(path, &error))
        QMessageBox::warning(this, tr("Load node output"), error);
}

} // namespace PullScope

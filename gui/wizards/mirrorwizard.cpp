#include "mirrorwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include "containerdconfigmerger.h"
#include "crioregistrygenerator.h"
#include "dockerdaemongenerator.h"
#include "legacyregistryconverter.h"
#include "imagereference.h"
#include "probe/probedialog.h"
#include "probe/probeoptions.h"
#include "probe/probetestrow.h"

namespace PullScope {

namespace {
enum Column { Url, Pull, Resolve, Push, OverridePath, SkipVerify, ColumnCount };

QTableWidgetItem *checkItem(bool on)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

// A file named in a field, read for its content (certificates and keys are small: 1 MB
// is far beyond any); the problem names the field.
bool readRef(const QString &field, const QString &path, HostsFileRef *ref, QString *problem)
{
    if (path.trimmed().isEmpty())
        return true;
    QString error;
    if (!MirrorWizard::readPickedFile(path.trimmed(), 1024 * 1024, &ref->content, &error)) {
        *problem = field + QStringLiteral(": ") + error;
        return false;
    }
    ref->path = QFileInfo(path.trimmed()).fileName();
    return true;
}

CrioMirrorOptions crioOptions(const MirrorOptions &o)
{
    CrioMirrorOptions c;
    c.registry = o.registry;
    for (const MirrorEndpoint &e : o.mirrors)
        c.mirrors << e.url;
    return c;
}

DockerDaemonOptions dockerOptions(const MirrorOptions &o)
{
    DockerDaemonOptions d;
    for (const MirrorEndpoint &e : o.mirrors)
        d.mirrors << e.url;
    return d;
}
} // namespace

MirrorWizard::MirrorWizard(const MirrorOptions &prefill, QWidget *parent)
    : FixWizard(parent)
{
    QFormLayout *form = nullptr;
    const auto row = [&](const QString &id, QWidget *field) { return addField(form, id, field); };
    m_mirrorPage = addFormPage(&form);
    m_runtime = new QComboBox(this);
    // Item texts are product names, set in retranslate() with the translated hints.
    for (const char *id : {"containerd", "crio", "docker"})
        m_runtime->addItem(QString(), QString::fromLatin1(id));
    row(QStringLiteral("runtime"), m_runtime);
    m_registry = new QComboBox(this);
    m_registry->setEditable(true);
    // Registry host names as images write them: not translated.
    m_registry->addItems({QStringLiteral("docker.io"), QStringLiteral("registry.k8s.io"), QStringLiteral("gcr.io"),
        QStringLiteral("quay.io"), QStringLiteral("ghcr.io")});
    m_registry->setCurrentText(prefill.registry.isEmpty() ? QStringLiteral("docker.io") : prefill.registry);
    row(QStringLiteral("registry"), m_registry);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->horizontalHeader()->setSectionResizeMode(Url, QHeaderView::Stretch);
    for (int c = Pull; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    row(QStringLiteral("mirrors"), m_table);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_up = new QPushButton(this);
    m_down = new QPushButton(this);
    m_import = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    form->addRow(buttons);
    m_noFallback = new QCheckBox(this);
    m_noFallback->setChecked(prefill.noFallback);
    form->addRow(m_noFallback);
    addProbeRow(form);
    connect(probeRow(), &ProbeTestRow::testRequested, this, &MirrorWizard::testMirror);

    m_trustPage = addFormPage(&form);
    const auto fileRow = [&](const QString &id, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        auto *browseButton = new QPushButton(this);
        m_browse << browseButton;
        connect(browseButton, &QPushButton::clicked, this, [this, edit] { browse(edit); });
        auto *box = new QWidget(this);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(edit, 1);
        h->addWidget(browseButton);
        row(id, box)->setBuddy(edit);
        watch(edit);
        return edit;
    };
    const MirrorEndpoint first = prefill.mirrors.isEmpty() ? MirrorEndpoint {} : prefill.mirrors.first();
    m_ca = fileRow(QStringLiteral("ca"), QString());
    m_cert = fileRow(QStringLiteral("client-cert"), QString());
    m_key = fileRow(QStringLiteral("client-key"), QString());
    m_headers = new QLineEdit(this);
    QStringList headerTexts;
    for (const MirrorHeader &h : first.headers)
        headerTexts << h.name + QLatin1Char('=') + h.value;
    m_headers->setText(headerTexts.join(QStringLiteral("; ")));
    row(QStringLiteral("header"), m_headers);
    watch(m_headers);
    m_version = new QComboBox(this);
    m_version->addItems(MirrorGenerator::containerdVersions());
    m_version->setCurrentText(prefill.containerdVersion);
    row(QStringLiteral("containerd"), m_version);
    m_certsDir = new QLineEdit(prefill.certsDir, this);
    row(QStringLiteral("certs-dir"), m_certsDir);
    watch(m_certsDir);

    for (const MirrorEndpoint &e : prefill.mirrors)
        addMirror(e.url, e.overridePath, e.skipVerify);

    connect(m_registry, &QComboBox::currentTextChanged, this, &MirrorWizard::schedulePreview);
    connect(m_runtime, &QComboBox::currentIndexChanged, this, [this] {
        updateRuntimeFields();
        schedulePreview();
    });
    connect(m_version, &QComboBox::currentTextChanged, this, &MirrorWizard::schedulePreview);
    connect(m_noFallback, &QCheckBox::toggled, this, &MirrorWizard::schedulePreview);
    connect(m_table, &QTableWidget::itemChanged, this, &MirrorWizard::schedulePreview);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addMirror(QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, Url);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Url));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        schedulePreview();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(1); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import the node's config.toml"),
            QStringLiteral("/etc/containerd"), tr("containerd config (*.toml);;All files (*)"));
        if (file.isEmpty())
            return;
        QByteArray content;
        QString error;
        if (readPickedFile(file, 16 * 1024 * 1024, &content, &error) && !importConfigToml(content, &error))
            error = tr("%1: %2").arg(QDir::toNativeSeparators(file), error);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Import the node's config.toml"), error);
    });
    retranslate();
    updateRuntimeFields();
    updatePreview();
}

void MirrorWizard::setRuntime(const QString &runtime)
{
    const int i = m_runtime->findData(runtime);
    if (i >= 0)
        m_runtime->setCurrentIndex(i);
}

QString MirrorWizard::runtime() const
{
    return m_runtime->currentData().toString();
}

void MirrorWizard::updateRuntimeFields()
{
    // CA, client certificates, headers and config_path are hosts.toml settings; CRI-O and
    // Docker take the mirror list only.
    const bool containerd = runtime() == QLatin1String("containerd");
    for (QWidget *w : {static_cast<QWidget *>(m_ca), static_cast<QWidget *>(m_cert), static_cast<QWidget *>(m_key),
             static_cast<QWidget *>(m_headers), static_cast<QWidget *>(m_version), static_cast<QWidget *>(m_certsDir),
             static_cast<QWidget *>(m_import), static_cast<QWidget *>(m_noFallback)})
        w->setEnabled(containerd);
    for (QPushButton *b : std::as_const(m_browse))
        b->setEnabled(containerd);
    for (int c = Pull; c < ColumnCount; ++c)
        m_table->setColumnHidden(c, !containerd);
}

void MirrorWizard::addMirror(const QString &url, bool overridePath, bool skipVerify)
{
    const QSignalBlocker block(m_table);
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, Url, new QTableWidgetItem(url));
    m_table->setItem(r, Pull, checkItem(true));
    m_table->setItem(r, Resolve, checkItem(true));
    m_table->setItem(r, Push, checkItem(false));
    m_table->setItem(r, OverridePath, checkItem(overridePath));
    m_table->setItem(r, SkipVerify, checkItem(skipVerify));
    schedulePreview();
}

void MirrorWizard::moveRow(int delta)
{
    const int r = m_table->currentRow();
    const int to = r + delta;
    if (r < 0 || to < 0 || to >= m_table->rowCount())
        return;
    const QSignalBlocker block(m_table);
    for (int c = 0; c < ColumnCount; ++c) {
        QTableWidgetItem *a = m_table->takeItem(r, c);
        QTableWidgetItem *b = m_table->takeItem(to, c);
        m_table->setItem(r, c, b);
        m_table->setItem(to, c, a);
    }
    m_table->setCurrentCell(to, Url);
    schedulePreview();
}

void MirrorWizard::browse(QLineEdit *edit)
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a PEM file"), edit->text(), tr("PEM files (*.pem *.crt *.cert *.key);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(file);
}

ProbeDialog *MirrorWizard::testMirror()
{
    QString problem;
    MirrorOptions o = options(&problem);
    // The probe reads hosts.toml as containerd does, whatever runtime the output is for;
    // a private certs.d in a temporary directory, no config.toml.
    o.certsDir = QStringLiteral("/certs.d");
    o.configSnippet = false;
    if (problem.isEmpty())
        problem = MirrorGenerator::validate(o);
    const QString image = probeRow()->image();
    if (problem.isEmpty() && image.isEmpty())
        problem = tr("Name the image to test with: the probe fetches its manifest through the mirrors, as "
                     "containerd would.");
    const ImageReference ref = ImageReference::parse(image);
    if (problem.isEmpty() && ref.isValid() && o.registry != QLatin1String("_default")
        && (ref.registry.isEmpty() ? QStringLiteral("docker.io") : ref.registry) != o.registry)
        problem = tr("%1 is not an image of %2: containerd would not use these mirrors for it.").arg(image, o.registry);
    auto dir = std::make_unique<QTemporaryDir>();
    QString error;
    if (problem.isEmpty() && !dir->isValid())
        problem = dir->errorString();
    if (problem.isEmpty() && !GeneratedFileWriter::writeToDir(MirrorGenerator::generate(o), dir->path(), &error))
        problem = error;
    probeRow()->setProblem(problem);
    if (!problem.isEmpty())
        return nullptr;
    ProbeOptions p;
    p.image = image;
    p.platform = probePlatform();
    p.hostsDir = dir->path() + o.certsDir;
    return runProbe(p, std::move(dir));
}

bool MirrorWizard::importConfigToml(const QByteArray &content, QString *error)
{
    const LegacyConversion c = LegacyRegistryConverter::convert(content, m_version->currentText());
    if (!c.error.isEmpty()) {
        if (error)
            *error = c.error;
        return false;
    }
    if (c.hosts.isEmpty()) {
        // Nothing to convert, but config_path still has to be set in this file.
        m_nodeConfig = content;
        updatePreview();
        return true;
    }
    // The registry shown (the failing image's) when the file has it, else the first.
    MirrorOptions chosen = c.hosts.first();
    for (const MirrorOptions &h : c.hosts)
        if (h.registry == m_registry->currentText())
            chosen = h;
    m_registry->setCurrentText(chosen.registry);
    m_table->setRowCount(0);
    for (const MirrorEndpoint &e : std::as_const(chosen.mirrors))
        addMirror(e.url, e.overridePath, e.skipVerify);
    m_noFallback->setChecked(chosen.noFallback);
    m_nodeConfig = content;
    m_importWarnings.clear();
    updatePreview();
    return true;
}

MirrorOptions MirrorWizard::options(QString *problem) const
{
    MirrorOptions o;
    o.registry = m_registry->currentText().trimmed();
    o.noFallback = m_noFallback->isChecked();
    o.containerdVersion = m_version->currentText();
    o.certsDir = m_certsDir->text().trimmed();
    QString p;
    HostsFileRef ca, cert, key;
    readRef(fieldName(QStringLiteral("ca")), m_ca->text(), &ca, &p)
        && readRef(fieldName(QStringLiteral("client-cert")), m_cert->text(), &cert, &p)
        && readRef(fieldName(QStringLiteral("client-key")), m_key->text(), &key, &p);
    QList<MirrorHeader> headers;
    for (const QString &h : m_headers->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = h.indexOf(QLatin1Char('='));
        if (eq <= 0 && p.isEmpty())
            p = tr("Headers: '%1' is not NAME=VALUE").arg(h.trimmed());
        else
            headers.append({h.left(eq).trimmed(), h.mid(eq + 1).trimmed()});
    }
    for (int r = 0; r < m_table->rowCount(); ++r) {
        MirrorEndpoint e;
        e.url = m_table->item(r, Url) ? m_table->item(r, Url)->text().trimmed() : QString();
        if (e.url.isEmpty())
            continue;
        const auto on = [&](int c) { return m_table->item(r, c) && m_table->item(r, c)->checkState() == Qt::Checked; };
        if (on(Pull))
            e.capabilities << QStringLiteral("pull");
        if (on(Resolve))
            e.capabilities << QStringLiteral("resolve");
        if (on(Push))
            e.capabilities << QStringLiteral("push");
        if (e.capabilities.isEmpty() && p.isEmpty())
            p = tr("Mirror %1: tick at least one capability (pull, resolve)").arg(e.url);
        e.overridePath = on(OverridePath);
        e.skipVerify = on(SkipVerify);
        e.ca = ca;
        e.clientCert = cert;
        e.clientKey = key;
        e.headers = headers;
        o.mirrors << e;
    }
    if (o.mirrors.isEmpty() && p.isEmpty())
        p = tr("Add at least one mirror URL, e.g. https://mirror.example.com or "
               "https://harbor.example.com/v2/dockerhub-proxy (with override_path).");
    if (problem)
        *problem = p;
    return o;
}

QString MirrorWizard::validateInput() const
{
    QString problem;
    const MirrorOptions o = options(&problem);
    if (!problem.isEmpty())
        return problem;
    if (runtime() == QLatin1String("crio"))
        return CrioRegistryGenerator::validate(crioOptions(o));
    if (runtime() == QLatin1String("docker"))
        return DockerDaemonGenerator::validate(dockerOptions(o));
    return MirrorGenerator::validate(o);
}

GeneratedSet MirrorWizard::generateOutput() const
{
    MirrorOptions o = options();
    if (runtime() == QLatin1String("crio"))
        return CrioRegistryGenerator::generate(crioOptions(o));
    if (runtime() == QLatin1String("docker")) {
        GeneratedSet set = DockerDaemonGenerator::generate(dockerOptions(o));
        if (o.registry != QLatin1String("docker.io"))
            set.warnings.prepend(tr("Docker Engine's registry-mirrors apply to Docker Hub only: images from %1 "
                                    "still come from %1.")
                                     .arg(o.registry));
        return set;
    }
    if (m_nodeConfig.isEmpty())
        return MirrorGenerator::generate(o);

    // As `generate mirror --from-config`: the node's file merged, never replaced.
    GeneratedSet set;
    const LegacyConversion conversion = LegacyRegistryConverter::convert(m_nodeConfig, o.containerdVersion);
    const ContainerdConfigMerge merge = ContainerdConfigMerger::merge(m_nodeConfig, o.certsDir, o.containerdVersion);
    QStringList configCommands;
    if (!merge.error.isEmpty()) {
        set.warnings << merge.error;
    } else {
        o.certsDir = merge.certsDir;
        set.files << GeneratedFile {QStringLiteral("etc/containerd/config.toml"), merge.merged, false};
        // The diff is shown (and saved) beside the file it describes.
        set.files << GeneratedFile {QStringLiteral("etc/containerd/config.toml.diff"), merge.diff, false};
        configCommands << QStringLiteral("sudo cp /etc/containerd/config.toml /etc/containerd/config.toml.bak")
                       << QStringLiteral("sudo install -m 0644 etc/containerd/config.toml /etc/containerd/config.toml")
                       << QStringLiteral("sudo systemctl restart containerd");
    }
    set.warnings << conversion.warnings << merge.warnings;
    const auto append = [&set](const GeneratedSet &more) {
        set.files << more.files;
        set.applyCommands << more.applyCommands;
        set.verifyCommands << more.verifyCommands;
        set.warnings << more.warnings;
    };
    o.configSnippet = false;
    append(MirrorGenerator::generate(o));
    for (MirrorOptions other : conversion.hosts) {
        if (other.registry == o.registry)
            continue;
        other.certsDir = o.certsDir;
        other.containerdVersion = o.containerdVersion;
        other.configSnippet = false;
        const QString problem = MirrorGenerator::validate(other);
        if (problem.isEmpty())
            append(MirrorGenerator::generate(other));
        else
            set.warnings
                << tr("The legacy settings for %1 in config.toml were not converted: %2").arg(other.registry, problem);
    }
    if (!conversion.credentials.isEmpty())
        append(LegacyRegistryConverter::credentialsSecret(
            conversion, QStringLiteral("containerd-registry-credentials"), QStringLiteral("default")));
    set.applyCommands << configCommands;
    return set;
}

void MirrorWizard::retranslate()
{
    setWindowTitle(tr("Registry mirror for containerd"));
    m_mirrorPage->setTitle(tr("Registry and mirrors"));
    m_mirrorPage->setSubTitle(tr("containerd tries the mirrors in this order, then the registry itself unless "
                                 "fallback is turned off. A mirror whose API is not at /v2 (a Harbor proxy-cache "
                                 "project) needs override_path."));
    m_trustPage->setTitle(tr("Trust and node"));
    m_trustPage->setSubTitle(tr("Certificates are copied beside hosts.toml. Credentials do not belong here: "
                                "hosts.toml holds none, use a pull secret."));
    m_runtime->setItemText(0, tr("containerd (certs.d hosts.toml)"));
    m_runtime->setItemText(1, tr("CRI-O (registries.conf.d)"));
    m_runtime->setItemText(2, tr("Docker Engine (daemon.json, Docker Hub only)"));
    const QHash<QString, QString> texts = {{QStringLiteral("runtime"), tr("R&untime:")},
        {QStringLiteral("registry"), tr("&Registry:")}, {QStringLiteral("mirrors"), tr("Mirrors:")},
        {QStringLiteral("ca"), tr("&CA file:")}, {QStringLiteral("client-cert"), tr("Client c&ertificate:")},
        {QStringLiteral("client-key"), tr("Client &key:")}, {QStringLiteral("header"), tr("&Headers:")},
        {QStringLiteral("containerd"), tr("contai&nerd version:")}, {QStringLiteral("certs-dir"), tr("config_&path:")},
        {QStringLiteral("probe-image"), tr("Image to &test:")}};
    setLabelTexts(texts);
    m_table->setHorizontalHeaderLabels(
        {tr("Mirror URL"), tr("pull"), tr("resolve"), tr("push"), tr("override_path"), tr("skip_verify")});
    m_add->setText(tr("&Add mirror"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_import->setText(tr("&Import config.toml..."));
    m_import->setToolTip(tr("Convert the deprecated registry.mirrors of a node's config.toml"));
    m_noFallback->setText(tr("Never fall back to the registry itself"));
    m_headers->setPlaceholderText(tr("NAME=VALUE; NAME=VALUE"));
    for (QPushButton *b : std::as_const(m_browse))
        b->setText(tr("Browse..."));
    probeRow()->button()->setText(tr("Test this &mirror"));
    probeRow()->button()->setToolTip(tr("Probe the image through these mirrors from this machine, with the hosts.toml "
                                        "above written to a temporary certs.d"));
}

} // namespace PullScope

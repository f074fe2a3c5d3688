#include "auditwindow.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "audit/auditwriter.h"
#include "auditfiltermodel.h"
#include "auditfindingmodel.h"
#include "correlationmodel.h"
#include "theme.h"

namespace PullScope {

namespace {
QLabel *wrappingLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void setProblemColour(QLabel *label, bool problem)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
        problem ? Theme::failing() : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(p);
}
} // namespace

AuditWindow::AuditWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("AuditWindow"));
    resize(1200, 760);
    m_findings = new AuditFindingModel(this);
    m_filter = new AuditFilterModel(this);
    m_filter->setSourceModel(m_findings);
    m_correlation = new CorrelationModel(this);

    auto *column = new QVBoxLayout(this);
    m_status = wrappingLabel(this);
    column->addWidget(m_status);
    m_tabs = new QTabWidget(this);
    column->addWidget(m_tabs, 1);

    // Findings tab: the summary over the table.
    auto *findingsPage = new QWidget(m_tabs);
    auto *fp = new QVBoxLayout(findingsPage);
    auto *top = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    m_summary = wrappingLabel(findingsPage);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_dockerHub = wrappingLabel(findingsPage);
    m_dockerHub->setObjectName(QStringLiteral("dockerHubEstimate"));
    texts->addWidget(m_summary);
    texts->addWidget(m_dockerHub);
    texts->addStretch(1);
    top->addLayout(texts, 3);
    auto *regColumn = new QVBoxLayout;
    m_registriesLabel = new QLabel(findingsPage);
    m_registries = new QTableWidget(0, 3, findingsPage);
    m_registries->setObjectName(QStringLiteral("registryTable"));
    m_registries->verticalHeader()->hide();
    m_registries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_registries->setSelectionMode(QAbstractItemView::NoSelection);
    m_registries->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_registries->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_registries->horizontalHeader()->setStretchLastSection(true);
    m_registries->setMaximumHeight(150);
    m_registriesLabel->setBuddy(m_registries);
    regColumn->addWidget(m_registriesLabel);
    regColumn->addWidget(m_registries);
    top->addLayout(regColumn, 2);
    fp->addLayout(top);

    auto *filterRow = new QHBoxLayout;
    m_filterLabel = new QLabel(findingsPage);
    m_filterEdit = new QLineEdit(findingsPage);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filterEdit);
    m_severity = new QComboBox(findingsPage);
    for (int i = 0; i < 4; ++i)
        m_severity->addItem(QString());
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_severity);
    fp->addLayout(filterRow);

    m_table = new QTableView(findingsPage);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditFindingModel::Severity, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditFindingModel::Detail, QHeaderView::Stretch);
    fp->addWidget(m_table, 1);
    m_detail = wrappingLabel(findingsPage);
    fp->addWidget(m_detail);

    auto *buttons = new QHBoxLayout;
    m_fix = new QPushButton(findingsPage);
    m_fix->setEnabled(false);
    m_refresh = new QPushButton(findingsPage);
    m_exportCsv = new QPushButton(findingsPage);
    m_exportMarkdown = new QPushButton(findingsPage);
    m_exportJson = new QPushButton(findingsPage);
    buttons->addWidget(m_fix);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportMarkdown);
    buttons->addWidget(m_exportJson);
    fp->addLayout(buttons);
    m_tabs->addTab(findingsPage, QString());

    // Correlation tab.
    auto *correlationPage = new QWidget(m_tabs);
    auto *cp = new QVBoxLayout(correlationPage);
    m_tree = new QTreeView(correlationPage);
    m_tree->setObjectName(QStringLiteral("correlationTree"));
    m_tree->setModel(m_correlation);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    cp->addWidget(m_tree, 1);
    m_reading = wrappingLabel(correlationPage);
    m_reading->setObjectName(QStringLiteral("readingText"));
    m_reading->setMinimumHeight(m_reading->fontMetrics().lineSpacing() * 3);
    m_reading->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    cp->addWidget(m_reading);
    m_tabs->addTab(correlationPage, QString());

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setText);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this](int i) {
        static const char *const severities[] = {"", "high", "medium", "low"};
        m_filter->setSeverity(QString::fromLatin1(severities[qBound(0, i, 3)]));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditWindow::onCurrentChanged);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != AuditFindingModel::Fix)
            return;
        if (const AuditFinding *f = m_findings->finding(m_filter->mapToSource(index));
            f && !index.data(AuditFindingModel::WizardRole).toString().isEmpty())
            Q_EMIT fixRequested(*f);
    });
    connect(m_fix, &QPushButton::clicked, this, [this]() {
        if (const AuditFinding *f = currentFinding())
            Q_EMIT fixRequested(*f);
    });
    connect(m_refresh, &QPushButton::clicked, this, &AuditWindow::refreshRequested);
    connect(m_exportCsv, &QPushButton::clicked, this, [this]() { exportDialog(QStringLiteral("csv")); });
    connect(m_exportMarkdown, &QPushButton::clicked, this, [this]() { exportDialog(QStringLiteral("markdown")); });
    connect(m_exportJson, &QPushButton::clicked, this, [this]() { exportDialog(QStringLiteral("json")); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuditWindow::onCorrelationCurrent);
    retranslate();
}

void AuditWindow::setAudit(const AuditReport &report)
{
    m_report = report;
    m_haveReport = true;
    m_findings->setFindings(report.findings);
    m_table->resizeColumnsToContents();
    // Long image names and titles keep to a share of the width; the detail takes the rest
    // (and is shown whole below the table).
    for (int c = 0; c < AuditFindingModel::ColumnCount; ++c)
        if (c != AuditFindingModel::Detail)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), qMax(160, m_table->width() / 5)));
    m_table->horizontalHeader()->setSectionResizeMode(AuditFindingModel::Detail, QHeaderView::Stretch);
    const bool any = !report.findings.isEmpty() || !report.registries.isEmpty();
    for (QPushButton *b : {m_exportCsv, m_exportMarkdown, m_exportJson})
        b->setEnabled(any || report.pods > 0);
    updateSummary();
    onCurrentChanged();
}

void AuditWindow::setCorrelation(const DiagnosisReport &diagnosis, const Correlation &correlation)
{
    m_correlation->setCorrelation(diagnosis, correlation);
    m_tree->expandAll();
    // Sized to their contents up to a third of the view, so the readings stay in sight.
    for (int c = 0; c < CorrelationModel::ColumnCount - 1; ++c) {
        m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(c, qMin(m_tree->columnWidth(c), qMax(200, m_tree->width() / 4)));
    }
    onCorrelationCurrent();
}

void AuditWindow::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    setProblemColour(m_status, problem);
}

const AuditFinding *AuditWindow::currentFinding() const
{
    return m_findings->finding(m_filter->mapToSource(m_table->currentIndex()));
}

bool AuditWindow::selectFinding(int row)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_findings->index(row, 0));
    if (!proxy.isValid())
        return false;
    m_table->setCurrentIndex(proxy);
    m_table->scrollTo(proxy);
    return true;
}

bool AuditWindow::exportTo(const QString &format, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (format == QLatin1String("csv"))
        AuditWriter::writeCsv(m_report, &file);
    else if (format == QLatin1String("markdown"))
        AuditWriter::writeMarkdown(m_report, &file);
    else
        AuditWriter::writeJson(m_report, &file);
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AuditWindow::exportDialog(const QString &format)
{
    QString filter;
    QString suffix;
    if (format == QLatin1String("csv")) {
        filter = tr("CSV (*.csv)");
        suffix = QStringLiteral("csv");
    } else if (format == QLatin1String("markdown")) {
        filter = tr("Markdown (*.md)");
        suffix = QStringLiteral("md");
    } else {
        filter = tr("JSON (*.json)");
        suffix = QStringLiteral("json");
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit"),
        QStringLiteral("pullscope-audit.") + suffix, filter + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(format, path, &error))
        QMessageBox::warning(this, tr("Export the audit"), error);
}

void AuditWindow::onCurrentChanged()
{
    const AuditFinding *f = currentFinding();
    m_fix->setEnabled(f && !m_table->currentIndex().data(AuditFindingModel::WizardRole).toString().isEmpty());
    m_detail->setText(f ? f->detail : QString());
    if (f)
        Q_EMIT findingSelected(*f);
}

void AuditWindow::onCorrelationCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const QModelIndex first = current.siblingAtColumn(0);
    const QString text = first.data(CorrelationModel::ReadingTextRole).toString();
    m_reading->setText(text);
    const QList<int> containers = first.data(CorrelationModel::ContainersRole).value<QList<int>>();
    if (!containers.isEmpty())
        Q_EMIT containersSelected(containers);
}

void AuditWindow::updateSummary()
{
    if (!m_haveReport) {
        m_summary->clear();
        m_dockerHub->clear();
        m_registries->setRowCount(0);
        return;
    }
    const QLocale locale;
    int bySeverity[3] = {};
    for (const AuditFinding &f : m_report.findings)
        ++bySeverity[AuditFindingModel::severityRank(f.severity)];
    QString summary = tr("%1 pods, %2 workloads and %3 containers audited.")
                          .arg(locale.toString(m_report.pods), locale.toString(m_report.workloads),
                              locale.toString(m_report.containers));
    summary += QLatin1Char(' ') + tr("%n findings: ", nullptr, int(m_report.findings.size()))
        + tr("%1 high, %2 medium, %3 low.")
              .arg(locale.toString(bySeverity[0]), locale.toString(bySeverity[1]), locale.toString(bySeverity[2]));
    if (!m_report.warnings.isEmpty())
        summary += QLatin1Char('\n') + m_report.warnings.join(QLatin1Char('\n'));
    m_summary->setText(summary);

    const DockerHubEstimate &hub = m_report.dockerHub;
    QString nodes = locale.toString(hub.nodes);
    if (hub.nodesAssumed)
        nodes = tr("%1 (assumed: the input lists no node)").arg(nodes);
    QString text = tr("Docker Hub: %1 images on %2 nodes, up to %3 pulls in %4 hours if every node fetches each "
                      "once; the limits are %5 anonymous and %6 with a free account per window.")
                       .arg(locale.toString(hub.images), nodes, locale.toString(hub.estimatedPulls),
                           locale.toString(hub.limits.windowHours), locale.toString(hub.limits.anonymous),
                           locale.toString(hub.limits.authenticated));
    if (hub.exceedsAnonymous())
        text += QLatin1Char(' ')
            + tr("The estimate exceeds the anonymous limit: pull through a mirror or with credentials.");
    m_dockerHub->setText(text);
    setProblemColour(m_dockerHub, hub.exceedsAnonymous());

    m_registries->setRowCount(int(m_report.registries.size()));
    int most = 1;
    for (const RegistryCount &r : m_report.registries)
        most = qMax(most, r.images);
    for (int i = 0; i < m_report.registries.size(); ++i) {
        const RegistryCount &r = m_report.registries[i];
        m_registries->setItem(i, 0, new QTableWidgetItem(r.registry));
        auto *count = new QTableWidgetItem(locale.toString(r.images));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_registries->setItem(i, 1, count);
        auto *bar = new QProgressBar(m_registries);
        bar->setRange(0, most);
        bar->setValue(r.images);
        bar->setTextVisible(false);
        m_registries->setCellWidget(i, 2, bar);
    }
}

void AuditWindow::retranslate()
{
    setWindowTitle(tr("Image pull configuration audit"));
    m_tabs->setTabText(0, tr("&Findings"));
    m_tabs->setTabText(1, tr("&Correlation"));
    m_registriesLabel->setText(tr("Registries (distinct images):"));
    m_registries->setHorizontalHeaderLabels({tr("Registry"), tr("Images"), QString()});
    m_filterLabel->setText(tr("Fi&lter:"));
    m_filterEdit->setPlaceholderText(tr("finding, namespace, object, container, image ..."));
    m_severity->setItemText(0, tr("Every severity"));
    m_severity->setItemText(1, AuditEngine::severityName(QStringLiteral("high")));
    m_severity->setItemText(2, AuditEngine::severityName(QStringLiteral("medium")));
    m_severity->setItemText(3, AuditEngine::severityName(QStringLiteral("low")));
    m_fix->setText(tr("&Fix..."));
    m_fix->setToolTip(tr("Open the wizard that fixes the selected finding"));
    m_refresh->setText(tr("&Run again"));
    m_exportCsv->setText(tr("Export &CSV..."));
    m_exportMarkdown->setText(tr("Export &Markdown..."));
    m_exportJson->setText(tr("Export &JSON..."));
    m_findings->retranslate();
    updateSummary();
}

void AuditWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace PullScope

#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

#include "buildinfo.h"
#include "audit/auditcontroller.h"
#include "audit/auditwindow.h"
#include "training/presentercontroller.h"
#include "training/scenariocontroller.h"
#include "training/quizcontroller.h"
#include "causecountmodel.h"
#include "containertreemodel.h"
#include "evidencepanel.h"
#include "flowchartexport.h"
#include "flowchartmodel.h"
#include "flowchartscene.h"
#include "flowchartview.h"
#include "fixwizard.h"
#include "fixwizardfactory.h"
#include "languagemanager.h"
#include "live/connectdialog.h"
#include "live/connectjob.h"
#include "live/execconsentdialog.h"
#include "live/liveconnection.h"
#include "live/livecontroller.h"
#include "live/liveindicator.h"
#include "probe/probedialog.h"
#include "theme.h"
#include "reportexport.h"
#include "reportwriter.h"
#include "rulebook.h"

namespace PullScope {

namespace {
const char *const BundledCluster = ":/samples/training-cluster.json";
constexpr int MaxRecent = 10;
// Workload groups open only up to this many listed containers: QTreeView lays out
// every row of an expanded level at once, and 200k pods took it ~50 ms per reset (on
// every keystroke in the filter box too). Namespaces always open.
constexpr int ExpandGroupsUpTo = 5000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_job = new LoadJob(this);
    m_live = new LiveController(this);
    m_live->setConsentAsker(this, [this](const ExecConsentRequest &r) { return ExecConsentDialog::ask(r, this); });
    m_switchJob = new ConnectJob(this);
    m_settingsWriter = new QThreadPool(this);
    m_settingsWriter->setMaxThreadCount(1);
    createActions();
    createMenus();
    createLayout();
    createLiveBar();
    new AuditController(this); // Tools > Audit, Alert rules, Fix pack (found with findChild)
    new ScenarioController(this); // Training > Gallery, scenario files (found with findChild)
    new PresenterController(this); // Training > Presenter, Side by side (found with findChild)
    new QuizController(this); // Training > Quiz (found with findChild)
    connect(m_job, &LoadJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(total > 0 ? 1000 : 0);
        m_progress->setValue(total > 0 ? int(1000.0 * double(done) / double(total)) : 0);
        m_progress->setFormat(
            tr("%1 of %2 MB (%p%)").arg(double(done) / 1e6, 0, 'f', 1).arg(double(total) / 1e6, 0, 'f', 1));
    });
    // A live List that arrived meanwhile is diagnosed next.
    auto nextLive = [this]() {
        m_liveLoading = false;
        if (!m_livePending.isEmpty() && m_live->isActive())
            onLiveData(std::exchange(m_livePending, QByteArray()));
    };
    connect(m_job, &LoadJob::finished, this, [this, nextLive](const LoadResult &r) {
        m_progress->hide();
        m_cancel->hide();
        showReport(r);
        nextLive();
    });
    connect(m_job, &LoadJob::failed, this, [this, nextLive](const QString &message) {
        m_progress->hide();
        m_cancel->hide();
        if (m_liveLoading) {
            statusBar()->showMessage(tr("The cluster's objects could not be read: %1").arg(message), 8000);
            nextLive();
            return;
        }
        statusBar()->showMessage(tr("Could not open the input"), 8000);
        QMessageBox::warning(this, tr("Could not open the input"), message);
    });
    connect(m_job, &LoadJob::cancelled, this, [this, nextLive]() {
        m_progress->hide();
        m_cancel->hide();
        if (m_liveLoading) {
            nextLive();
            return;
        }
        statusBar()->showMessage(tr("Loading cancelled; the previous view is kept"), 8000);
    });
    connect(m_live, &LiveController::dataReady, this, &MainWindow::onLiveData);
    connect(m_live, &LiveController::stateChanged, this, &MainWindow::onLiveState);
    connect(m_live, &LiveController::warningsChanged, this, &MainWindow::updateBanner);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this]() {
        rebuildSamplesMenu();
        onSelectionChanged();
    });
    restoreSettings();
    onLiveState(); // the saved toolbar state may show the live bar
    retranslate();
}

MainWindow::~MainWindow()
{
    // Before the children go: the session thread may be asking this window for consent.
    m_switchJob->cancel();
    stopLive();
}

void MainWindow::createActions()
{
    m_openFiles = new QAction(this);
    m_openFiles->setShortcut(QKeySequence::Open);
    m_openFiles->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openFiles, &QAction::triggered, this, &MainWindow::openFilesDialog);
    m_openFolder = new QAction(this);
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::openFolderDialog);
    m_openKubeconfig = new QAction(this);
    m_openKubeconfig->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_openKubeconfig, &QAction::triggered, this, &MainWindow::openConnectDialog);
    m_pause = new QAction(this);
    m_pause->setCheckable(true);
    m_pause->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space), QKeySequence(Qt::Key_Pause)});
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (paused)
            m_live->pause();
        else
            m_live->resume();
    });
    m_saveSnapshot = new QAction(this);
    m_saveSnapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveSnapshot->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_saveSnapshot, &QAction::triggered, this, &MainWindow::saveSnapshotDialog);
    m_disconnect = new QAction(this);
    m_disconnect->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    connect(m_disconnect, &QAction::triggered, this, &MainWindow::stopLive);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_exportPng = new QAction(this);
    connect(m_exportPng, &QAction::triggered, this, [this]() { exportFlowchart(QStringLiteral("png")); });
    m_exportSvg = new QAction(this);
    connect(m_exportSvg, &QAction::triggered, this, [this]() { exportFlowchart(QStringLiteral("svg")); });
    const char *formats[3] = {"md", "html", "pdf"};
    for (int i = 0; i < 3; ++i) {
        const QString f = QString::fromLatin1(formats[i]);
        m_exportSelected[i] = new QAction(this);
        connect(m_exportSelected[i], &QAction::triggered, this, [this, f]() { exportReport(false, f); });
        m_exportFailing[i] = new QAction(this);
        connect(m_exportFailing[i], &QAction::triggered, this, [this, f]() { exportReport(true, f); });
    }

    m_zoomIn = new QAction(this);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = new QAction(this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomFit = new QAction(this);
    m_zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_focusFilter = new QAction(this);
    m_focusFilter->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});

    m_probe = new QAction(this);
    m_probe->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_probe, &QAction::triggered, this, &MainWindow::openProbeDialog);

    m_langGroup = new QActionGroup(this);
    m_langEn = new QAction(QStringLiteral("English"), m_langGroup);
    m_langZh = new QAction(QStringLiteral("中文"), m_langGroup);
    for (QAction *a : {m_langEn, m_langZh})
        a->setCheckable(true);
    connect(
        m_langEn, &QAction::triggered, this, []() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); });
    connect(m_langZh, &QAction::triggered, this,
        []() { LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN")); });

    m_about = new QAction(this);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    m_aboutQt = new QAction(this);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openFiles);
    m_fileMenu->addAction(m_openFolder);
    m_fileMenu->addAction(m_openKubeconfig);
    m_fileMenu->addAction(m_saveSnapshot);
    m_fileMenu->addAction(m_pause);
    m_fileMenu->addAction(m_disconnect);
    m_samplesMenu = m_fileMenu->addMenu(QString());
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addAction(m_exportPng);
    m_exportMenu->addAction(m_exportSvg);
    m_exportMenu->addSeparator();
    for (QAction *a : m_exportSelected)
        m_exportMenu->addAction(a);
    m_exportMenu->addSeparator();
    for (QAction *a : m_exportFailing)
        m_exportMenu->addAction(a);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_zoomIn);
    m_viewMenu->addAction(m_zoomOut);
    m_viewMenu->addAction(m_zoomFit);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusFilter);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_probe);

    m_trainingMenu = menuBar()->addMenu(QString());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_langEn);
    m_languageMenu->addAction(m_langZh);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);

    QToolBar *tb = addToolBar(QString());
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->addAction(m_openFiles);
    tb->addAction(m_openFolder);
    tb->addSeparator();
    tb->addAction(m_zoomFit);
}

void MainWindow::createLayout()
{
    m_treeModel = new ContainerTreeModel(this);
    m_causeModel = new CauseCountModel(this);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit;
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    connect(m_filter, &QLineEdit::textChanged, m_treeModel, &ContainerTreeModel::setFilter);
    connect(m_focusFilter, &QAction::triggered, this, [this]() {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("podTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setSortingEnabled(true);
    m_tree->setUniformRowHeights(true);
    // Names, states, images and node names need no shaping (no ligatures, no complex
    // scripts; Chinese cause titles neither), and skipping it halves what repainting
    // the list costs: the style lays each visible cell's text out three times.
    QFont listFont = m_tree->font();
    listFont.setStyleStrategy(QFont::PreferNoShaping);
    m_tree->setFont(listFont);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this]() {
        m_tree->expandToDepth(m_treeModel->visibleContainers() <= ExpandGroupsUpTo ? 1 : 0);
        if (m_tree->columnWidth(0) < 240)
            m_tree->setColumnWidth(0, 260);
        m_causeModel->setCounts(m_treeModel->causeCounts());
        updateStatus();
    });
    m_causes = new QListView;
    m_causes->setObjectName(QStringLiteral("causeCounts"));
    m_causes->setModel(m_causeModel);
    connect(m_causes, &QListView::activated, this, [this](const QModelIndex &i) {
        const QString id = i.data(CauseCountModel::CauseIdRole).toString();
        if (!id.isEmpty())
            m_filter->setText(QStringLiteral("cause:") + id);
    });
    m_leftSplit = new QSplitter(Qt::Vertical);
    m_leftSplit->addWidget(m_tree);
    m_leftSplit->addWidget(m_causes);
    m_leftSplit->setStretchFactor(0, 4);
    m_leftSplit->setStretchFactor(1, 1);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("liveBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(4);
    m_banner->hide();
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_leftSplit);

    m_scene = new FlowchartScene(this);
    m_view = new FlowchartView(m_scene);
    m_view->setObjectName(QStringLiteral("flowchart"));
    connect(m_zoomIn, &QAction::triggered, m_view, &FlowchartView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &FlowchartView::zoomOut);
    connect(m_zoomFit, &QAction::triggered, m_view, &FlowchartView::fitToWindow);
    m_evidence = new EvidencePanel;
    m_evidence->setObjectName(QStringLiteral("evidence"));
    connect(m_evidence, &EvidencePanel::fixRequested, this, &MainWindow::openFixWizard);
    connect(m_evidence, &EvidencePanel::probeRequested, this, &MainWindow::openProbeDialog);
    connect(m_scene, &FlowchartScene::probeRequested, this, &MainWindow::openProbeDialog);
    connect(m_scene, &FlowchartScene::stepActivated, m_evidence,
        [this](const QString &, const QList<int> &events) { m_evidence->selectEvents(events); });

    // Three columns: what is there, what happened, why and what to do. The flowchart is
    // tall, the evidence panel reads top to bottom; side by side both get the height.
    m_rightSplit = new QSplitter(Qt::Horizontal);
    m_rightSplit->addWidget(m_view);
    m_rightSplit->addWidget(m_evidence);
    m_rightSplit->setStretchFactor(0, 5);
    m_rightSplit->setStretchFactor(1, 4);

    m_mainSplit = new QSplitter(Qt::Horizontal);
    m_mainSplit->addWidget(left);
    m_mainSplit->addWidget(m_rightSplit);
    m_mainSplit->setStretchFactor(0, 1);
    m_mainSplit->setStretchFactor(1, 3);
    m_mainSplit->setSizes({420, 1180});
    m_rightSplit->setSizes({640, 540});
    setCentralWidget(m_mainSplit);

    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QToolButton;
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_job, &LoadJob::cancel);
    m_statusCounts = new QLabel;
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_scene->setModel(FlowchartModel::build(nullptr));
}

void MainWindow::retranslate()
{
    if (m_live->isActive() && m_live->connection())
        setWindowTitle(tr("PullScope - %1 (live)").arg(m_live->connection()->settings().contextName));
    else
        setWindowTitle(
            m_inputs.isEmpty() ? tr("PullScope") : tr("PullScope - %1").arg(QFileInfo(m_inputs.first()).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_samplesMenu->setTitle(tr("&Samples"));
    m_recentMenu->setTitle(tr("&Recent"));
    m_exportMenu->setTitle(tr("&Export"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_trainingMenu->setTitle(tr("T&raining"));
    m_probe->setText(tr("&Probe Registry..."));
    m_probe->setToolTip(tr("Check from this machine what a pull of an image meets, step by step"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openFiles->setText(tr("&Open Files..."));
    m_openFiles->setToolTip(tr("Open kubectl dumps, describe text or event tables (several at once)"));
    m_openFolder->setText(tr("Open &Folder..."));
    m_openFolder->setToolTip(tr("Open a kubectl cluster-info dump folder"));
    m_openKubeconfig->setText(tr("Connect to &Cluster..."));
    m_openKubeconfig->setToolTip(tr("Watch a cluster from a kubeconfig context; the view follows its events"));
    retranslateLive();
    m_quit->setText(tr("&Quit"));
    m_exportPng->setText(tr("Flowchart as &PNG..."));
    m_exportSvg->setText(tr("Flowchart as &SVG..."));
    m_exportSelected[0]->setText(tr("Selected Container as &Markdown..."));
    m_exportSelected[1]->setText(tr("Selected Container as &HTML..."));
    m_exportSelected[2]->setText(tr("Selected Container as P&DF..."));
    m_exportFailing[0]->setText(tr("All Failing Containers as Markdown..."));
    m_exportFailing[1]->setText(tr("All Failing Containers as HTML..."));
    m_exportFailing[2]->setText(tr("All Failing Containers as PDF..."));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomFit->setText(tr("&Fit to Window"));
    m_focusFilter->setText(tr("&Filter Pods"));
    m_about->setText(tr("&About PullScope"));
    m_aboutQt->setText(tr("About &Qt"));
    m_filter->setPlaceholderText(tr("Filter: name, namespace, image, cause, node (e.g. cause:rate-limited ns:shop)"));
    m_cancel->setText(tr("Cancel"));
    m_langEn->setChecked(LanguageManager::instance()->language() == QLatin1String("en"));
    m_langZh->setChecked(LanguageManager::instance()->language() == QLatin1String("zh_CN"));
    rebuildSamplesMenu();
    rebuildRecentMenu();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::rebuildSamplesMenu()
{
    m_samplesMenu->clear();
    QAction *all = m_samplesMenu->addAction(tr("Training Cluster (all scenarios)"));
    connect(all, &QAction::triggered, this, &MainWindow::openBundledCluster);
    m_samplesMenu->addSeparator();
    // One entry per scenario of the bundled cluster, named by its cause in the current
    // language; picking one opens the cluster (if needed) and selects that container.
    if (!m_report || !m_inputs.contains(QString::fromLatin1(BundledCluster)))
        return;
    for (const ContainerDiagnosis &c : m_report->containers) {
        const QString what = c.hasCause
            ? RuleBook::builtin().describe(c.cause.id, LanguageManager::ruleLanguage()).title
            : ReportWriter::stateName(c.state);
        QAction *a = m_samplesMenu->addAction(QStringLiteral("%1 — %2/%3").arg(what, c.pod, c.container));
        const QString ns = c.namespace_, pod = c.pod, container = c.container;
        connect(a, &QAction::triggered, this, [this, ns, pod, container]() { selectContainer(ns, pod, container); });
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &entry : std::as_const(m_recent)) {
        const QStringList paths = entry.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QAction *a = m_recentMenu->addAction(paths.join(QStringLiteral(", ")));
        connect(a, &QAction::triggered, this, [this, paths]() { openPaths(paths); });
    }
    m_recentMenu->setEnabled(!m_recent.isEmpty());
}

void MainWindow::addRecent(const QStringList &paths)
{
    if (paths.isEmpty() || paths.first().startsWith(QLatin1String(":/")))
        return;
    const QString entry = paths.join(QLatin1Char('\n'));
    m_recent.removeAll(entry);
    m_recent.prepend(entry);
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    rebuildRecentMenu();
    // Writing the settings file took the GUI thread tens of milliseconds just when a
    // loaded report is shown; one writer thread keeps the writes in order.
    m_settingsWriter->start([recent = m_recent]() { QSettings().setValue(QStringLiteral("recent"), recent); });
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    stopLive();
    m_progress->setValue(0);
    m_progress->setMaximum(0);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Loading %1...").arg(paths.join(QStringLiteral(", "))));
    m_job->setTreeOrder(m_treeModel->sortColumn(), m_treeModel->sortOrder());
    m_job->start(paths, LanguageManager::ruleLanguage());
}

void MainWindow::openBundledCluster()
{
    openPaths({QString::fromLatin1(BundledCluster)});
}

void MainWindow::showReport(const LoadResult &result)
{
    // A live refresh keeps what the user looks at: the selected container (found again by
    // name in the new report), the filter and the list's scroll position.
    const bool refresh = result.fromData && m_report && result.inputs == m_inputs;
    const ContainerDiagnosis *was = selectedContainer();
    const bool hadSelection = was != nullptr;
    const QString selNs = was ? was->namespace_ : QString(), selPod = was ? was->pod : QString(),
                  selContainer = was ? was->container : QString();
    const ContainerType selType = was ? was->containerType : ContainerType::Container;
    const int scroll = m_tree->verticalScrollBar()->value();
    const QString filter = m_filter->text();

    // Everything that scales with the input was made on the load thread; what is left
    // here is a swap, so that the window does not freeze when a 200k-pod dump arrives.
    std::shared_ptr<const DiagnosisReport> previous = std::move(m_report);
    m_report = result.report;
    m_summary = result.summary;
    m_inputs = result.inputs;
    m_selectedIndex = -1;
    if (!refresh) {
        // The tree comes unfiltered: clearing the box must not filter it once more.
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    auto garbage = std::make_shared<ContainerTree>();
    if (result.tree) {
        m_treeModel->setTree(*result.tree); // the previous data comes back in *result.tree
        *garbage = std::move(*result.tree);
    } else {
        m_treeModel->setFilter(QString());
        m_treeModel->setReport(m_report);
    }
    if (refresh && !filter.isEmpty())
        m_treeModel->setFilter(filter);
    // Freeing the previous report and tree (millions of strings after a big dump) is
    // as slow as building them: do it on a pool thread.
    QThreadPool::globalInstance()->start([garbage = std::move(garbage), previous = std::move(previous)]() mutable {
        garbage.reset();
        previous.reset();
    });
    if (!result.fromData) {
        addRecent(result.inputs);
        statusBar()->showMessage(tr("Opened %1").arg(result.inputs.join(QStringLiteral(", "))), 5000);
    }
    retranslate();
    if (result.fromData)
        fillLivePickers();
    if (refresh && hadSelection) {
        int found = -1;
        for (int i = 0; i < m_report->containers.size() && found < 0; ++i) {
            const ContainerDiagnosis &c = m_report->containers[i];
            if (c.namespace_ == selNs && c.pod == selPod && c.container == selContainer && c.containerType == selType)
                found = i;
        }
        const QModelIndex idx = found >= 0 ? m_treeModel->indexForContainer(found) : QModelIndex();
        // The new tree may put the container at the index that is already current: no
        // currentChanged then, so the flowchart and evidence are redrawn here in any case
        // (and when it is gone, pod deleted or filtered out, nothing is shown).
        if (idx.isValid() && m_tree->currentIndex() != idx)
            m_tree->setCurrentIndex(idx);
        else
            onSelectionChanged();
        m_tree->verticalScrollBar()->setValue(scroll);
        Q_EMIT reportLoaded();
        return;
    }
    // Start where the trouble is: the first failing container, selected (and drawn) in
    // the next pass of the event loop so that the new list paints first.
    const int first = result.firstFailing;
    const std::weak_ptr<const DiagnosisReport> shown = m_report;
    QMetaObject::invokeMethod(
        this,
        [this, first, shown]() {
            if (shown.lock() == m_report) // not replaced by a newer load meanwhile
                selectFirstFailing(first);
        },
        Qt::QueuedConnection);
}

void MainWindow::createLiveBar()
{
    m_liveBar = addToolBar(QString());
    m_liveBar->setObjectName(QStringLiteral("liveToolBar"));
    m_indicator = new LiveIndicator;
    m_liveBar->addWidget(m_indicator);
    m_liveContextLabel = new QLabel;
    m_liveContext = new QComboBox;
    m_liveContext->setObjectName(QStringLiteral("liveContext"));
    m_liveContext->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_liveContextLabel->setBuddy(m_liveContext);
    m_liveBar->addWidget(m_liveContextLabel);
    m_liveBar->addWidget(m_liveContext);
    m_liveNamespaceLabel = new QLabel;
    m_liveNamespace = new QComboBox;
    m_liveNamespace->setObjectName(QStringLiteral("liveNamespace"));
    m_liveNamespace->setEditable(true);
    m_liveNamespace->setInsertPolicy(QComboBox::NoInsert);
    m_liveNamespace->setMinimumContentsLength(16);
    m_liveNamespaceLabel->setBuddy(m_liveNamespace);
    m_liveBar->addWidget(m_liveNamespaceLabel);
    m_liveBar->addWidget(m_liveNamespace);
    m_liveBar->addAction(m_pause);
    m_liveBar->addAction(m_saveSnapshot);
    m_liveBar->addAction(m_disconnect);
    // Only the user's picks restart the session, not the pickers being refilled.
    connect(m_liveContext, &QComboBox::activated, this, [this](int i) { switchContext(m_liveContext->itemText(i)); });
    connect(m_liveNamespace, &QComboBox::activated, this, [this]() { switchNamespace(); });
    connect(m_liveNamespace->lineEdit(), &QLineEdit::returnPressed, this, [this]() { switchNamespace(); });
    onLiveState();
}

void MainWindow::retranslateLive()
{
    m_liveBar->setWindowTitle(tr("Live Cluster"));
    m_liveContextLabel->setText(tr(" Context: "));
    m_liveNamespaceLabel->setText(tr(" Namespace: "));
    m_liveContext->setToolTip(tr("Switching the context checks it and restarts the live view"));
    m_liveNamespace->setToolTip(tr("Pick or type a namespace and press Return; \"All namespaces\" shows every one "
                                   "this user may list"));
    if (m_liveNamespace->count() > 0)
        m_liveNamespace->setItemText(0, tr("All namespaces"));
    m_pause->setText(tr("&Pause Live Updates"));
    m_pause->setToolTip(tr("Hold the view still; Resume shows what changed meanwhile (%1)")
                            .arg(m_pause->shortcut().toString(QKeySequence::NativeText)));
    m_saveSnapshot->setText(tr("Save &Snapshot..."));
    m_saveSnapshot->setToolTip(tr("Write pods, events, nodes, service accounts and secret names to one file, so "
                                  "the evidence outlives the cluster's one-hour event history"));
    m_disconnect->setText(tr("&Disconnect"));
    m_disconnect->setToolTip(tr("Stop watching the cluster; the last view stays"));
    updateBanner();
}

void MainWindow::fillLivePickers()
{
    const std::shared_ptr<LiveConnection> c = m_live->connection();
    if (!c)
        return;
    {
        const QSignalBlocker blocker(m_liveContext);
        m_liveContext->clear();
        for (const KubeContext &k : c->config().contexts())
            m_liveContext->addItem(k.name);
        m_liveContext->setCurrentIndex(m_liveContext->findText(c->settings().contextName));
    }
    if (m_liveNamespace->lineEdit()->hasFocus())
        return; // the user is typing one
    QStringList namespaces {c->contextNamespace()};
    if (m_report)
        for (const ContainerDiagnosis &d : m_report->containers)
            if (!namespaces.contains(d.namespace_))
                namespaces << d.namespace_;
    std::sort(namespaces.begin() + 1, namespaces.end());
    const QSignalBlocker blocker(m_liveNamespace);
    m_liveNamespace->clear();
    m_liveNamespace->addItem(tr("All namespaces"));
    m_liveNamespace->addItems(namespaces);
    if (m_live->allNamespaces())
        m_liveNamespace->setCurrentIndex(0);
    else
        m_liveNamespace->setCurrentIndex(m_liveNamespace->findText(m_live->namespaceName()));
}

ConnectDialog *MainWindow::openConnectDialog()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return m_connectDialog;
    }
    auto *d = new ConnectDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setConsentStorePath(m_consentStorePath);
    if (const std::shared_ptr<LiveConnection> c = m_live->connection()) {
        d->setKubeconfig(c->kubeconfig());
        d->setContext(c->settings().contextName);
        d->setNamespace(m_live->namespaceName(), m_live->allNamespaces());
    }
    connect(d, &QDialog::accepted, this,
        [this, d]() { startLive(d->connection(), d->namespaceName(), d->allNamespaces()); });
    m_connectDialog = d;
    connect(d, &QObject::destroyed, this, [this, d]() {
        if (m_connectDialog == d)
            m_connectDialog = nullptr;
    });
    d->open();
    return d;
}

void MainWindow::openLiveCluster(const QString &kubeconfig, const QString &context, const QString &ns, bool all)
{
    QString error;
    const std::shared_ptr<LiveConnection> c
        = LiveConnection::open(kubeconfig, context, all ? QString() : ns, m_consentStorePath, &error);
    if (!c) {
        ConnectDialog *d = openConnectDialog();
        d->setKubeconfig(kubeconfig);
        d->setContext(context);
        AuthFailure f;
        f.kind = AuthFailure::Kind::Config;
        f.detail = error;
        d->showFailure(f);
        return;
    }
    // The session shown goes on until the new context passed its check.
    c->setAsker(this, [this](const ExecConsentRequest &r) { return ExecConsentDialog::ask(r, this); });
    statusBar()->showMessage(tr("Connecting to %1...").arg(c->settings().server.toString()));
    disconnect(m_switchJob, &ConnectJob::finished, this, nullptr);
    connect(m_switchJob, &ConnectJob::finished, this, [this, ns, all](bool ok) {
        const std::shared_ptr<LiveConnection> conn = m_switchJob->connection();
        if (ok) {
            startLive(conn, ns, all);
            return;
        }
        ConnectDialog *d = openConnectDialog();
        d->setKubeconfig(conn->kubeconfig());
        d->setContext(conn->settings().contextName);
        d->setNamespace(ns, all);
        d->showFailure(m_switchJob->result().failure);
        fillLivePickers(); // back to the context still shown
    });
    m_switchJob->start(c);
}

void MainWindow::switchContext(const QString &context)
{
    const std::shared_ptr<LiveConnection> current = m_live->connection();
    if (!current || context == current->settings().contextName)
        return;
    openLiveCluster(current->kubeconfig(), context, QString(), m_live->allNamespaces());
}

void MainWindow::switchNamespace()
{
    const std::shared_ptr<LiveConnection> c = m_live->connection();
    if (!c)
        return;
    const QString text = m_liveNamespace->currentText().trimmed();
    const bool all = text.isEmpty() || text == m_liveNamespace->itemText(0);
    if (all == m_live->allNamespaces() && (all || text == m_live->namespaceName()) && m_live->isActive())
        return;
    startLive(c, all ? QString() : text, all);
}

void MainWindow::startLive(const std::shared_ptr<LiveConnection> &connection, const QString &ns, bool all)
{
    if (!connection)
        return;
    m_livePending.clear();
    m_job->cancel(); // a file load (or a List of the previous session) would replace what comes
    {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(false);
    }
    m_live->start(connection, all ? QString() : (ns.isEmpty() ? connection->contextNamespace() : ns), all);
    fillLivePickers();
    retranslate();
    statusBar()->showMessage(tr("Listing the cluster's pods and events..."));
}

void MainWindow::stopLive()
{
    m_livePending.clear();
    if (!m_live->isActive())
        return;
    m_live->stop();
    if (m_liveLoading)
        m_job->cancel();
    m_liveLoading = false;
    retranslate();
}

void MainWindow::onLiveData(const QByteArray &json)
{
    if (m_liveLoading) {
        m_livePending = json;
        return;
    }
    const std::shared_ptr<LiveConnection> c = m_live->connection();
    if (!c)
        return;
    m_liveLoading = true;
    const QString name
        = tr("cluster %1 (%2)")
              .arg(c->settings().contextName, m_live->allNamespaces() ? tr("all namespaces") : m_live->namespaceName());
    m_job->setTreeOrder(m_treeModel->sortColumn(), m_treeModel->sortOrder());
    // A live cluster is read now; a dump against its own newest time (CONTRACT.md).
    m_job->startData(
        json, name, LanguageManager::ruleLanguage(), m_liveNow.isValid() ? m_liveNow : QDateTime::currentDateTimeUtc());
}

void MainWindow::onLiveState()
{
    const LiveController::State s = m_live->state();
    m_indicator->setState(s, m_live->stateDetail());
    const bool active = m_live->isActive();
    m_liveBar->setVisible(active);
    m_pause->setEnabled(active
        && (s == LiveController::State::Live || s == LiveController::State::Paused
            || s == LiveController::State::Reconnecting));
    m_saveSnapshot->setEnabled(active && s != LiveController::State::Listing);
    m_disconnect->setEnabled(active);
    if (s == LiveController::State::Live && statusBar()->currentMessage().startsWith(tr("Listing")))
        statusBar()->clearMessage();
    updateBanner();
}

void MainWindow::updateBanner()
{
    QStringList lines;
    QColor colour = Theme::warningText();
    if (m_live->state() == LiveController::State::Failed) {
        const AuthDiagnosis d = m_live->failure();
        lines << tr("The live view stopped at %1: %2").arg(AuthDoctor::stepName(d.stepId), d.title);
        for (const QString &fix : d.fixes)
            lines << QStringLiteral("• ") + fix;
        colour = Theme::failing();
    } else if (m_live->isActive()) {
        lines = m_live->warnings();
    }
    m_banner->setVisible(!lines.isEmpty());
    m_banner->setText(lines.join(QLatin1Char('\n')));
    QPalette p = m_banner->palette();
    p.setColor(QPalette::WindowText, colour);
    m_banner->setPalette(p);
    if (!lines.isEmpty() && m_live->state() != LiveController::State::Failed)
        statusBar()->showMessage(lines.first(), 10000);
}

bool MainWindow::saveSnapshot(const QString &path, QString *error)
{
    const QByteArray json = m_live->snapshot();
    if (json.isEmpty()) {
        *error = tr("There is no live cluster to save.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void MainWindow::saveSnapshotDialog()
{
    const std::shared_ptr<LiveConnection> c = m_live->connection();
    if (!c || !m_live->isActive())
        return;
    const QString suggested = QStringLiteral("%1-%2.json")
                                  .arg(c->settings().contextName,
                                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a snapshot of the cluster"), suggested, tr("kubectl JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveSnapshot(path, &error))
        QMessageBox::warning(this, tr("Save snapshot"), error);
    else
        statusBar()->showMessage(tr("Saved %1; open it later to see the same diagnosis").arg(path), 8000);
}

void MainWindow::selectFirstFailing(int reportIndex)
{
    const QModelIndex idx = m_treeModel->indexForContainer(reportIndex);
    if (idx.isValid()) {
        m_tree->setCurrentIndex(idx);
        m_tree->scrollTo(idx);
    }
    if (!m_tree->currentIndex().isValid())
        onSelectionChanged(); // nothing failing: clear the flowchart and the panel
    Q_EMIT reportLoaded();
}

bool MainWindow::selectContainer(const QString &ns, const QString &pod, const QString &container)
{
    if (!m_report)
        return false;
    for (int i = 0; i < m_report->containers.size(); ++i) {
        const ContainerDiagnosis &c = m_report->containers[i];
        if (c.namespace_ == ns && c.pod == pod && c.container == container) {
            if (!m_filter->text().isEmpty())
                m_filter->clear();
            const QModelIndex idx = m_treeModel->indexForContainer(i);
            if (!idx.isValid())
                return false;
            // currentChanged() redraws; selecting the current container again changes nothing.
            m_tree->setCurrentIndex(idx);
            m_tree->scrollTo(idx);
            return true;
        }
    }
    return false;
}

const ContainerDiagnosis *MainWindow::selectedContainer() const
{
    if (!m_report || m_selectedIndex < 0 || m_selectedIndex >= m_report->containers.size())
        return nullptr;
    return &m_report->containers[m_selectedIndex];
}

FixWizard *MainWindow::openFixWizard(const QString &wizard)
{
    const ContainerDiagnosis *d = selectedContainer();
    if (!d)
        return nullptr;
    // Non-modal: the user reads the evidence and the flowchart while filling it in.
    FixWizard *w = FixWizardFactory::create(wizard, *d, this);
    if (w)
        w->show();
    return w;
}

ProbeDialog *MainWindow::openProbeDialog()
{
    const ContainerDiagnosis *d = selectedContainer();
    ProbeOptions o = d ? ProbeDialog::optionsFor(*d) : ProbeOptions();
    // Non-modal, one per request: probes of two images can be compared side by side.
    auto *dialog = new ProbeDialog(o, this);
    if (d)
        dialog->setNodeRuntime(ProbeDialog::runtimeOf(*d));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (o.image.isEmpty())
        dialog->imageEdit()->setFocus();
    else
        dialog->runButton()->setFocus();
    return dialog;
}

void MainWindow::onSelectionChanged()
{
    const ContainerDiagnosis *d = m_treeModel->container(m_tree->currentIndex());
    m_selectedIndex = d ? int(d - m_report->containers.constData()) : -1;
    // Through the view, which keeps the diagnosis to redraw it on a language change.
    m_view->setDiagnosis(d);
    m_evidence->setContainer(d, m_report ? m_report->now : QDateTime());
    for (QAction *a : m_exportSelected)
        a->setEnabled(d != nullptr);
    Q_EMIT selectedContainerChanged();
}

void MainWindow::updateStatus()
{
    if (!m_report) {
        m_statusCounts->setText(tr("No input open"));
        return;
    }
    const ReportSummary &s = m_summary;
    m_statusCounts->setText(tr("%1 pods, %2 containers, %3 failing").arg(s.pods).arg(s.containers).arg(s.failing));
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open kubectl output"), QString(),
        tr("kubectl output (*.json *.yaml *.yml *.txt *.log);;All files (*)"));
    openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a cluster-info dump folder"));
    if (!dir.isEmpty())
        openPaths({dir});
}

void MainWindow::exportFlowchart(const QString &format)
{
    const QString filter = format == QLatin1String("png") ? tr("PNG image (*.png)") : tr("SVG image (*.svg)");
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export the flowchart"), QStringLiteral("flowchart.") + format, filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok
        = format == QLatin1String("png") ? exportPng(m_scene, path, 2.0, &error) : exportSvg(m_scene, path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::exportReport(bool allFailing, const QString &format)
{
    if (!m_report)
        return;
    DiagnosisReport subset = allFailing
        ? failingSubset(*m_report)
        : (selectedContainer() ? singleSubset(*m_report, *selectedContainer()) : DiagnosisReport());
    if (subset.containers.isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("There is nothing to export."));
        return;
    }
    const QString filter = format == QLatin1String("md") ? tr("Markdown (*.md)")
        : format == QLatin1String("html")                ? tr("HTML (*.html)")
                                                         : tr("PDF (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), QStringLiteral("pullscope-report.") + format, filter);
    if (path.isEmpty())
        return;
    QString error;
    const QString lang = LanguageManager::ruleLanguage();
    const bool ok = format == QLatin1String("md") ? exportMarkdown(subset, path, lang, &error)
        : format == QLatin1String("html")         ? exportHtml(subset, path, lang, &error)
                                                  : exportPdf(subset, path, lang, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PullScope"),
        tr("<h3>PullScope %1</h3><p>Finds out why a Kubernetes container image did not pull, draws the "
           "kubelet's decision tree from the evidence, and says how to fix it.</p>"
           "<p>Qt %2 &middot; %3 &middot; yaml-cpp %4 &middot; simdjson %5</p>")
            .arg(BuildInfo::version(), BuildInfo::qtRuntime(), BuildInfo::openSslRuntime(), BuildInfo::yamlCpp(),
                BuildInfo::simdjson()));
}

void MainWindow::restoreSettings()
{
    QSettings s;
    m_recent = s.value(QStringLiteral("recent")).toStringList();
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1600, 960);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplit->restoreState(s.value(QStringLiteral("window/mainSplit")).toByteArray());
    m_leftSplit->restoreState(s.value(QStringLiteral("window/leftSplit")).toByteArray());
    m_rightSplit->restoreState(s.value(QStringLiteral("window/rightSplit")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/mainSplit"), m_mainSplit->saveState());
    s.setValue(QStringLiteral("window/leftSplit"), m_leftSplit->saveState());
    s.setValue(QStringLiteral("window/rightSplit"), m_rightSplit->saveState());
    s.setValue(QStringLiteral("language"), LanguageManager::instance()->language());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_job->cancel();
    m_switchJob->cancel();
    stopLive();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}

} // namespace PullScope

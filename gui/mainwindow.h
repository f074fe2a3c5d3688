#pragma once

#include <QMainWindow>

#include <memory>

#include "diagnosis.h"
#include "loadjob.h"

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QProgressBar;
class QSplitter;
class QThreadPool;
class QToolButton;
class QToolBar;
class QTreeView;

namespace PullScope {

class CauseCountModel;
class ConnectDialog;
class ConnectJob;
class ContainerTreeModel;
class EvidencePanel;
class FlowchartScene;
class FlowchartView;
class FixWizard;
class LiveConnection;
class LiveController;
class LiveIndicator;
class ProbeDialog;

// The workbench: pod list on the left, the decision flowchart and the evidence and fix
// panel on the right. Everything it shows comes from one DiagnosisReport.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens inputs (files, folders, ":/" resources) off the GUI thread.
    void openPaths(const QStringList &paths);
    void openBundledCluster();

    // Live clusters. File > Connect to Cluster opens the dialog (window-modal); once its
    // check passed the session starts.
    ConnectDialog *openConnectDialog();
    // `pullscope --kubeconfig/--context/-n/-A`: checks the context and goes live, or opens
    // the connect dialog with the auth doctor's explanation.
    void openLiveCluster(const QString &kubeconfig, const QString &context, const QString &ns, bool all);
    // Starts (or restarts) the live view over a checked connection.
    void startLive(const std::shared_ptr<LiveConnection> &connection, const QString &ns, bool all);
    void stopLive();
    // One kubectl-style List of what the live store holds (pods, events, nodes, service
    // accounts, secret metadata), written with QSaveFile.
    bool saveSnapshot(const QString &path, QString *error);
    // Where "Always allow" remembers exec plugin commands (tests use a temporary file).
    void setConsentStorePath(const QString &path) { m_consentStorePath = path; }
    // The time live Lists are diagnosed against; invalid (the default): the current time.
    // Tests serve a recorded cluster and read it at its own time, as the CLI's --now does.
    void setLiveNow(const QDateTime &now) { m_liveNow = now; }

    // For tests and the screenshot script.
    const DiagnosisReport *report() const { return m_report.get(); }
    // What the report was read from: paths, or a live cluster's name (see liveController()).
    const QStringList &inputs() const { return m_inputs; }
    bool selectContainer(const QString &ns, const QString &pod, const QString &container);
    const ContainerDiagnosis *selectedContainer() const;
    // Opens the fix wizard `wizard` (causes.yaml) prefilled from the selected container;
    // null when nothing is selected or the id has no wizard. The cause card's Fix button.
    FixWizard *openFixWizard(const QString &wizard);
    // Opens the registry probe, prefilled with the selected container's image and its
    // node's platform (empty when nothing is selected). Tools > Probe registry, the cause
    // card's button and the flowchart's failing step.
    ProbeDialog *openProbeDialog();
    QAction *probeAction() const { return m_probe; }
    // Training (gallery, presenter, quiz, side by side) and audit entries hang here.
    QMenu *trainingMenu() const { return m_trainingMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    ContainerTreeModel *treeModel() const { return m_treeModel; }
    FlowchartScene *flowchartScene() const { return m_scene; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    QLineEdit *filterEdit() const { return m_filter; }
    LoadJob *loadJob() const { return m_job; }
    LiveController *liveController() const { return m_live; }
    LiveIndicator *liveIndicator() const { return m_indicator; }
    QAction *pauseAction() const { return m_pause; }
    QAction *saveSnapshotAction() const { return m_saveSnapshot; }
    QAction *connectAction() const { return m_openKubeconfig; }
    QComboBox *contextPicker() const { return m_liveContext; }
    QComboBox *namespacePicker() const { return m_liveNamespace; }
    QLabel *liveBanner() const { return m_banner; }
    ConnectDialog *connectDialog() const { return m_connectDialog; }

Q_SIGNALS:
    void reportLoaded();
    // Another container (or none) is selected; selectedContainer() tells which.
    void selectedContainerChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    void retranslate();
    void rebuildSamplesMenu();
    void rebuildRecentMenu();
    void addRecent(const QStringList &paths);
    void showReport(const LoadResult &result);
    void createLiveBar();
    void retranslateLive();
    void onLiveData(const QByteArray &json);
    void onLiveState();
    void updateBanner();
    void fillLivePickers();
    void switchContext(const QString &context);
    void switchNamespace();
    void saveSnapshotDialog();
    void selectFirstFailing(int reportIndex);
    void onSelectionChanged();
    void updateStatus();
    void openFilesDialog();
    void openFolderDialog();
    void exportFlowchart(const QString &format);
    void exportReport(bool allFailing, const QString &format);
    void about();
    void restoreSettings();
    void saveSettings();

    std::shared_ptr<const DiagnosisReport> m_report;
    ReportSummary m_summary; // of m_report, made with it off the GUI thread
    QStringList m_inputs;
    QStringList m_recent; // "recent" setting: inputs joined by '\n', newest first
    QThreadPool *m_settingsWriter = nullptr;
    LoadJob *m_job = nullptr;

    ContainerTreeModel *m_treeModel = nullptr;
    CauseCountModel *m_causeModel = nullptr;
    QTreeView *m_tree = nullptr;
    QListView *m_causes = nullptr;
    QLineEdit *m_filter = nullptr;
    FlowchartScene *m_scene = nullptr;
    FlowchartView *m_view = nullptr;
    EvidencePanel *m_evidence = nullptr;
    QSplitter *m_mainSplit = nullptr;
    QSplitter *m_leftSplit = nullptr;
    QSplitter *m_rightSplit = nullptr;

    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_statusCounts = nullptr;

    QMenu *m_fileMenu = nullptr, *m_samplesMenu = nullptr, *m_recentMenu = nullptr, *m_exportMenu = nullptr,
          *m_viewMenu = nullptr, *m_toolsMenu = nullptr, *m_trainingMenu = nullptr, *m_languageMenu = nullptr,
          *m_helpMenu = nullptr;
    QAction *m_openFiles = nullptr, *m_openFolder = nullptr, *m_openKubeconfig = nullptr, *m_quit = nullptr;
    QAction *m_exportPng = nullptr, *m_exportSvg = nullptr;
    QAction *m_exportSelected[3] = {}, *m_exportFailing[3] = {};
    QAction *m_zoomIn = nullptr, *m_zoomOut = nullptr, *m_zoomFit = nullptr, *m_focusFilter = nullptr;
    QAction *m_probe = nullptr;
    QAction *m_langEn = nullptr, *m_langZh = nullptr;
    QActionGroup *m_langGroup = nullptr;
    QAction *m_about = nullptr, *m_aboutQt = nullptr;
    int m_selectedIndex = -1;

    LiveController *m_live = nullptr;
    ConnectJob *m_switchJob = nullptr; // checks a context picked in the live toolbar
    ConnectDialog *m_connectDialog = nullptr;
    QString m_consentStorePath;
    QDateTime m_liveNow;
    QToolBar *m_liveBar = nullptr;
    LiveIndicator *m_indicator = nullptr;
    QLabel *m_liveContextLabel = nullptr, *m_liveNamespaceLabel = nullptr;
    QComboBox *m_liveContext = nullptr, *m_liveNamespace = nullptr;
    QAction *m_pause = nullptr, *m_saveSnapshot = nullptr, *m_disconnect = nullptr;
    QLabel *m_banner = nullptr;
    // A live List that came while the previous one was still being diagnosed: only the
    // newest waits.
    QByteArray m_livePending;
    bool m_liveLoading = false;
};

} // namespace PullScope

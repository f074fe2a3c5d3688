#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

#include "audit/auditengine.h"

class QAction;
class QThreadPool;

namespace PullScope {

class AlertWizard;
class AuditWindow;
class FixPackDialog;
class FixWizard;
class MainWindow;

// The audit side of the window: Tools > Audit, Alert rules and Fix pack. MainWindow creates
// one; it keeps the audit window in step with what the window loaded (files or the live
// cluster's store) and with the UI language.
class AuditController : public QObject
{
    Q_OBJECT
public:
    explicit AuditController(MainWindow *window);
    ~AuditController() override;

    QAction *auditAction() const { return m_auditAction; }
    QAction *alertAction() const { return m_alertAction; }
    QAction *fixPackAction() const { return m_fixPackAction; }

    // Opens (or raises) the audit window and audits what is loaded.
    AuditWindow *openAudit();
    AuditWindow *auditWindow() const;
    // Audits again now (the audit runs off the GUI thread; auditFinished() follows).
    void runAudit();
    bool isRunning() const { return m_running; }

    // Tools > Alert rules: the wizard, its namespace list filled from the loaded pods.
    AlertWizard *openAlertWizard();
    // Tools > Fix pack: for the selected container; null when none is selected.
    FixPackDialog *openFixPack();

    // Selects the finding's container in the pod tree (a pod-level finding: the pod's
    // first container; a workload: a container of one of its pods). False when the window
    // lists none.
    bool selectFindingContainer(const AuditFinding &finding);
    // The wizard the finding links to, prefilled from its container (through the window's
    // selection when the container is listed there).
    FixWizard *openFix(const AuditFinding &finding);

Q_SIGNALS:
    void auditFinished();

private:
    struct Result;
    void retranslate();
    void onReportLoaded();
    void onLanguageChanged();
    void finish(const std::shared_ptr<Result> &result);
    void updateCorrelation();
    void updateActions();
    int findContainer(const AuditFinding &finding) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow *m_main = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_alertAction = nullptr;
    QAction *m_fixPackAction = nullptr;
    QPointer<AuditWindow> m_window;
    QThreadPool *m_pool = nullptr;
    bool m_running = false;
    bool m_pending = false; // another run was asked for while one ran
    int m_generation = 0;
    // The snapshot the last audit read, kept to audit again after a language change
    // without reading the files again; dropped when the window loads something else.
    std::shared_ptr<const ClusterSnapshot> m_snapshot;
    QStringList m_snapshotInputs;
};

} // namespace PullScope

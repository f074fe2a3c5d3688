#include "auditcontroller.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QStatusBar>
#include <QThreadPool>

#include <utility>

#include "alertwizard.h"
#include "audit/failurecorrelation.h"
#include "auditwindow.h"
#include "fixpackdialog.h"
#include "fixwizard.h"
#include "fixwizardfactory.h"
#include "inputloader.h"
#include "languagemanager.h"
#include "live/livecontroller.h"
#include "mainwindow.h"
#include "wizardprefill.h"

namespace PullScope {

struct AuditController::Result
{
    int generation = 0;
    bool live = false;
    QStringList inputs;
    std::shared_ptr<const ClusterSnapshot> snapshot;
    AuditReport report;
    QString error;
};

AuditController::AuditController(MainWindow *window)
    : QObject(window)
    , m_main(window)
{
    // One worker: audits of one window run one after the other, and the destructor
    // waits for the one running before the window's data goes away.
    m_pool = new QThreadPool(this);
    m_pool->setMaxThreadCount(1);

    m_auditAction = new QAction(this);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_auditAction, &QAction::triggered, this, &AuditController::openAudit);
    m_alertAction = new QAction(this);
    m_alertAction->setObjectName(QStringLiteral("alertRulesAction"));
    connect(m_alertAction, &QAction::triggered, this, &AuditController::openAlertWizard);
    m_fixPackAction = new QAction(this);
    m_fixPackAction->setObjectName(QStringLiteral("fixPackAction"));
    connect(m_fixPackAction, &QAction::triggered, this, &AuditController::openFixPack);
    QMenu *tools = window->toolsMenu();
    tools->addSeparator();
    tools->addAction(m_auditAction);
    tools->addAction(m_alertAction);
    tools->addAction(m_fixPackAction);

    connect(window, &MainWindow::reportLoaded, this, &AuditController::onReportLoaded);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &AuditController::onLanguageChanged);
    window->installEventFilter(this);
    retranslate();
}

AuditController::~AuditController()
{
    // A finished run posts to this object; none may be left running once it is gone.
    m_pool->waitForDone();
}

bool AuditController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_main && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AuditController::retranslate()
{
    m_auditAction->setText(tr("&Audit..."));
    m_auditAction->setStatusTip(tr("Audit the image pull configuration of what is loaded and correlate its failures"));
    m_alertAction->setText(tr("Alert &rules..."));
    m_alertAction->setStatusTip(tr("Generate a PrometheusRule alerting on failing and slow image pulls"));
    m_fixPackAction->setText(tr("Fix &pack..."));
    m_fixPackAction->setStatusTip(tr("Write the fix of the selected container as one folder or zip"));
}

AuditWindow *AuditController::auditWindow() const
{
    return m_window;
}

AuditWindow *AuditController::openAudit()
{
    if (!m_window) {
        m_window = new AuditWindow(m_main);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &AuditWindow::refreshRequested, this, &AuditController::runAudit);
        connect(m_window, &AuditWindow::findingSelected, this,
            [this](const AuditFinding &f) { selectFindingContainer(f); });
        connect(m_window, &AuditWindow::fixRequested, this, [this](const AuditFinding &f) { openFix(f); });
        connect(m_window, &AuditWindow::containersSelected, this, [this](const QList<int> &containers) {
            const DiagnosisReport *r = m_main->report();
            const int i = containers.constFirst();
            if (r && i >= 0 && i < r->containers.size())
                m_main->selectContainer(r->containers[i].namespace_, r->containers[i].pod, r->containers[i].container);
        });
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    runAudit();
    return m_window;
}

void AuditController::runAudit()
{
    if (!m_window)
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    LiveController *lc = m_main->liveController();
    const bool live = lc && lc->isActive();
    const QStringList inputs = m_main->inputs();
    QByteArray liveData;
    if (live)
        liveData = lc->snapshot();
    if ((!live && inputs.isEmpty()) || (live && liveData.isEmpty())) {
        m_window->setStatus(
            tr("Nothing is loaded yet: open a dump or connect to a cluster, then run the audit again."));
        return;
    }
    std::shared_ptr<const ClusterSnapshot> cached
        = !live && m_snapshot && m_snapshotInputs == inputs ? m_snapshot : nullptr;
    AuditOptions options;
    // The store holds one namespace when the session watches one; `audit -n NS` says so.
    if (live && !lc->allNamespaces())
        options.namespaceName = lc->namespaceName();
    const QString liveName = inputs.value(0);
    m_running = true;
    const int generation = ++m_generation;
    m_window->setStatus(tr("Auditing..."));
    m_pool->start([this, generation, live, inputs, liveData, liveName, cached, options]() {
        auto r = std::make_shared<Result>();
        r->generation = generation;
        r->live = live;
        r->inputs = inputs;
        if (cached) {
            r->snapshot = cached;
        } else {
            auto snapshot = std::make_shared<ClusterSnapshot>();
            LoadError e;
            if (live) {
                if (!InputLoader::loadData(liveData, liveName, *snapshot, {}, &e))
                    r->error = e.toString();
            } else {
                for (const QString &p : inputs)
                    if (!InputLoader::loadPath(p, *snapshot, {}, &e)) {
                        r->error = e.toString();
                        break;
                    }
            }
            r->snapshot = std::move(snapshot);
        }
        if (r->error.isEmpty())
            r->report = AuditEngine::audit(*r->snapshot, options);
        // Delivered on the GUI thread; dropped with this object (the destructor waits for us).
        QMetaObject::invokeMethod(
            this, [this, r]() { finish(r); }, Qt::QueuedConnection);
    });
}

void AuditController::finish(const std::shared_ptr<Result> &r)
{
    m_running = false;
    if (m_window) {
        if (!r->error.isEmpty()) {
            m_window->setStatus(tr("The audit could not read its input: %1").arg(r->error), true);
        } else {
            if (!r->live) {
                m_snapshot = r->snapshot;
                m_snapshotInputs = r->inputs;
            }
            m_window->setAudit(r->report);
            m_window->setStatus(QString());
            updateCorrelation();
        }
    }
    if (std::exchange(m_pending, false)) {
        runAudit();
        return;
    }
    Q_EMIT auditFinished();
}

void AuditController::updateCorrelation()
{
    if (!m_window)
        return;
    const DiagnosisReport *d = m_main->report();
    FailureCorrelation::Options o;
    o.dockerHubAnonymousLimit = m_window->auditReport().dockerHub.limits.anonymous;
    o.dockerHubWindowHours = m_window->auditReport().dockerHub.limits.windowHours;
    const DiagnosisReport empty;
    m_window->setCorrelation(d ? *d : empty, d ? FailureCorrelation::correlate(*d, o) : Correlation());
}

void AuditController::onReportLoaded()
{
    if (m_main->inputs() != m_snapshotInputs) {
        m_snapshot.reset();
        m_snapshotInputs.clear();
    }
    if (m_window && m_window->isVisible())
        runAudit();
}

void AuditController::onLanguageChanged()
{
    // The findings' sentences and the readings are written in the language of the run.
    if (m_window)
        runAudit();
}

int AuditController::findContainer(const AuditFinding &f) const
{
    const DiagnosisReport *r = m_main->report();
    if (!r)
        return -1;
    for (int i = 0; i < r->containers.size(); ++i) {
        const ContainerDiagnosis &c = r->containers[i];
        if (c.namespace_ != f.namespace_)
            continue;
        if (!f.pod.isEmpty()) {
            if (c.pod == f.pod && (f.container.isEmpty() || c.container == f.container))
                return i;
            continue;
        }
        if (!f.container.isEmpty() && c.container != f.container)
            continue;
        const bool owned = (c.owner.kind == f.kind && c.owner.name == f.name)
            || (f.kind == QLatin1String("Deployment") && c.owner.kind == QLatin1String("ReplicaSet")
                && WizardPrefill::deploymentOfReplicaSet(c.owner.name) == f.name);
        if (owned)
            return i;
    }
    return -1;
}

bool AuditController::selectFindingContainer(const AuditFinding &f)
{
    const int i = findContainer(f);
    if (i < 0)
        return false;
    const ContainerDiagnosis &c = m_main->report()->containers[i];
    return m_main->selectContainer(c.namespace_, c.pod, c.container);
}

FixWizard *AuditController::openFix(const AuditFinding &f)
{
    if (!FixWizardFactory::hasWizard(f.wizard))
        return nullptr;
    if (selectFindingContainer(f))
        return m_main->openFixWizard(f.wizard);
    // A workload or pod the window does not list (raw manifests): the wizard starts from
    // what the finding knows.
    ContainerDiagnosis d;
    d.namespace_ = f.namespace_;
    d.pod = f.pod;
    d.container = f.container;
    d.containerType = f.containerType;
    d.image = f.image;
    d.imageRef = ImageReference::parse(f.image);
    d.owner = f.kind == QLatin1String("Pod") ? f.owner : OwnerRef {f.kind, f.name};
    if (!f.secret.isEmpty()) {
        d.pullSecrets = {f.secret};
        d.missingPullSecrets = {f.secret};
    }
    FixWizard *w = FixWizardFactory::create(f.wizard, d, m_main);
    if (w)
        w->show();
    return w;
}

AlertWizard *AuditController::openAlertWizard()
{
    QStringList namespaces;
    if (const DiagnosisReport *r = m_main->report())
        for (const ContainerDiagnosis &c : r->containers)
            if (!namespaces.contains(c.namespace_))
                namespaces << c.namespace_;
    namespaces.sort();
    auto *w = new AlertWizard(AlertRuleOptions(), namespaces, m_main);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    return w;
}

FixPackDialog *AuditController::openFixPack()
{
    const ContainerDiagnosis *d = m_main->selectedContainer();
    if (!d || !d->hasCause || !FixWizardFactory::hasWizard(d->cause.wizard)) {
        m_main->statusBar()->showMessage(
            tr("Select a failing container whose cause has a fix wizard to write its fix pack."), 8000);
        return nullptr;
    }
    auto *dialog = new FixPackDialog(*d, m_main);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace PullScope

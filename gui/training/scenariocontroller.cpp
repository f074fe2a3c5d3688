#include "scenariocontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include "diagnosisengine.h"
#include "inputloader.h"
#include "languagemanager.h"
#include "live/livecontroller.h"
#include "mainwindow.h"
#include "savescenariodialog.h"
#include "scenariogallery.h"
#include "training/scenarioloader.h"
#include "training/scenariowriter.h"

namespace PullScope {

ScenarioController::ScenarioController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("ScenarioController"));
    m_galleryAction = new QAction(window);
    m_galleryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_galleryAction, &QAction::triggered, this, &ScenarioController::openGallery);
    m_openFileAction = new QAction(window);
    connect(m_openFileAction, &QAction::triggered, this, &ScenarioController::openFileDialog);
    m_saveAction = new QAction(window);
    connect(m_saveAction, &QAction::triggered, this, [this]() {
        if (SaveScenarioDialog *d = openSaveDialog())
            d->open();
    });
    QMenu *menu = window->trainingMenu();
    menu->addAction(m_galleryAction);
    menu->addAction(m_openFileAction);
    menu->addAction(m_saveAction);
    menu->addSeparator();

    m_status = new QLabel(window);
    m_status->hide();
    window->statusBar()->addWidget(m_status);

    connect(window, &MainWindow::reportLoaded, this, &ScenarioController::onReportLoaded);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &ScenarioController::retranslate);
    // The window sets its own title (file name) whenever it retranslates; the scenario's
    // title is put back after it.
    window->installEventFilter(this);
    retranslate();
}

ScenarioGallery *ScenarioController::openGallery()
{
    if (!m_gallery) {
        m_gallery = new ScenarioGallery(m_window);
        connect(m_gallery, &ScenarioGallery::scenarioChosen, this, &ScenarioController::openScenario);
    }
    if (m_active)
        m_gallery->selectScenario(m_current.id);
    m_gallery->show();
    m_gallery->raise();
    m_gallery->activateWindow();
    return m_gallery;
}

void ScenarioController::openScenario(const Scenario &scenario)
{
    m_current = scenario;
    m_pending = true;
    m_active = false;
    m_window->openPaths({scenario.source});
}

bool ScenarioController::showsCurrent() const
{
    const DiagnosisReport *report = m_window->report();
    return report && !m_current.source.isEmpty() && report->inputs == QStringList {m_current.source};
}

void ScenarioController::onReportLoaded()
{
    // A scenario opened some other way (File > Open, drag and drop, the command line) is
    // a scenario too: its focus opens selected.
    const DiagnosisReport *report = m_window->report();
    if (!showsCurrent() && report && report->inputs.size() == 1) {
        QFile file(report->inputs.first());
        Scenario s;
        if (file.open(QIODevice::ReadOnly) && ScenarioLoader::looksLike(file.peek(64 * 1024))
            && ScenarioLoader::loadFile(file.fileName(), &s, nullptr, nullptr)) {
            m_current = s;
            m_pending = true;
        }
    }
    if (!showsCurrent()) {
        m_pending = false;
        m_active = false;
        m_status->hide();
        return;
    }
    if (m_pending) {
        m_pending = false;
        m_active = true;
        m_window->selectContainer(m_current.focusNamespace, m_current.focusPod, m_current.focusContainer);
    }
    applyTitle();
}

void ScenarioController::applyTitle()
{
    // The window may already show another input (its title changes before reportLoaded).
    if (!m_active || !showsCurrent())
        return;
    const QString lang = LanguageManager::ruleLanguage();
    const QString title = tr("PullScope - Scenario: %1").arg(m_current.title.in(lang));
    if (m_window->windowTitle() != title)
        m_window->setWindowTitle(title);
    m_status->setText(
        tr("Scenario: %1 (%2)").arg(m_current.title.in(lang), Scenario::difficultyName(m_current.difficulty)));
    m_status->setToolTip(m_current.story.in(lang));
    m_status->show();
}

bool ScenarioController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::WindowTitleChange && m_active)
        QMetaObject::invokeMethod(this, &ScenarioController::applyTitle, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void ScenarioController::openFileDialog()
{
    const QString folder = QSettings().value(ScenarioGallery::folderSettingsKey()).toString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open scenario file"), folder, tr("Scenario files (*.yaml *.yml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Scenario s;
    LoadError error;
    if (!ScenarioLoader::loadFile(path, &s, nullptr, &error)) {
        QMessageBox::warning(m_window, tr("Not a scenario file"), error.toString());
        return;
    }
    openScenario(s);
}

bool ScenarioController::selectionObjects(QJsonArray *objects, QString *error)
{
    const ContainerDiagnosis *d = m_window->selectedContainer();
    const DiagnosisReport *report = m_window->report();
    if (!d || !report) {
        *error = tr("Select a container first: its pod becomes the scenario.");
        return false;
    }
    QTemporaryDir tmp;
    QStringList paths;
    for (const QString &input : report->inputs) {
        if (QFileInfo::exists(input)) {
            paths << input;
        } else if (m_window->liveController()->isActive() && paths.isEmpty() && tmp.isValid()) {
            // A live cluster: what its store holds now, as a kubectl List.
            const QString snapshot = tmp.filePath(QStringLiteral("live.json"));
            if (!m_window->saveSnapshot(snapshot, error))
                return false;
            paths << snapshot;
        } else {
            *error = tr("%1 cannot be read again; open it from a file to save a scenario").arg(input);
            return false;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ClusterSnapshot snapshot;
    bool ok = true;
    for (const QString &p : std::as_const(paths)) {
        LoadError le;
        if (!InputLoader::loadPath(p, snapshot, {}, &le)) {
            *error = le.toString();
            ok = false;
            break;
        }
    }
    if (ok) {
        // The same times the report was read against: ages of text inputs become timestamps.
        DiagnosisEngine::resolveRelativeAges(snapshot, report->now);
        *objects = ScenarioWriter::objectsFor(snapshot, d->namespace_, d->pod);
        if (objects->isEmpty()) {
            *error = tr("The inputs no longer hold pod %1/%2").arg(d->namespace_, d->pod);
            ok = false;
        }
    }
    QApplication::restoreOverrideCursor();
    return ok;
}

SaveScenarioDialog *ScenarioController::openSaveDialog()
{
    QJsonArray objects;
    QString error;
    if (!selectionObjects(&objects, &error)) {
        QMessageBox::information(m_window, tr("Save Selection as Scenario"), error);
        return nullptr;
    }
    const QString folder = QSettings().value(ScenarioGallery::folderSettingsKey()).toString();
    auto *dialog
        = new SaveScenarioDialog(*m_window->selectedContainer(), objects, m_window->report()->now, folder, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SaveScenarioDialog::saved, this, [this](const QString &path) {
        m_window->statusBar()->showMessage(tr("Saved scenario %1").arg(QDir::toNativeSeparators(path)), 8000);
        // A scenario saved into the trainer's folder shows up in the gallery at once.
        if (m_gallery)
            m_gallery->setFolder(m_gallery->folder());
    });
    return dialog;
}

void ScenarioController::retranslate()
{
    m_galleryAction->setText(tr("Scenario &Gallery..."));
    m_galleryAction->setToolTip(tr("Pick a training scenario: every bundled one and your own, as cards"));
    m_openFileAction->setText(tr("Open Scenario &File..."));
    m_openFileAction->setToolTip(tr("Open a scenario file (YAML or JSON) written by a trainer"));
    m_saveAction->setText(tr("&Save Selection as Scenario..."));
    m_saveAction->setToolTip(tr("Save the selected pod and its evidence as a new scenario file, described in both "
                                "languages"));
    // After the window's own retranslation (LanguageChange reaches it posted).
    QMetaObject::invokeMethod(this, &ScenarioController::applyTitle, Qt::QueuedConnection);
}

} // namespace PullScope

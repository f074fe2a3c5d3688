#pragma once

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include "training/scenario.h"

class QAction;
class QLabel;

namespace PullScope {

class MainWindow;
class SaveScenarioDialog;
class ScenarioGallery;

// The window's scenario entries (Training menu): the gallery, opening a scenario file and
// saving the selection as a new scenario. An opened scenario loads like any input; once
// it is shown its focus container is selected, and the window title and the status bar
// carry the scenario's title in the current language.
class ScenarioController : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioController(MainWindow *window);

    // Training > Scenario Gallery (Ctrl+Shift+G): shows the gallery (one per window).
    ScenarioGallery *openGallery();
    // Loads `scenario` (its file or ":/" resource) into the window.
    void openScenario(const Scenario &scenario);
    // Training > Save Selection as Scenario: the dialog for the selected container, or null
    // (with a message) when nothing is selected or its inputs cannot be read again.
    SaveScenarioDialog *openSaveDialog();

    // The scenario the window shows, if it shows one.
    const Scenario *current() const { return m_active ? &m_current : nullptr; }
    QLabel *statusLabel() const { return m_status; }
    QAction *galleryAction() const { return m_galleryAction; }
    QAction *openFileAction() const { return m_openFileAction; }
    QAction *saveAction() const { return m_saveAction; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void onReportLoaded();
    void applyTitle();
    bool showsCurrent() const;
    void openFileDialog();
    // The selected pod's objects, read again from the window's inputs (the window keeps
    // only the diagnosis); false and `error` when they cannot be read.
    bool selectionObjects(QJsonArray *objects, QString *error);

    MainWindow *m_window;
    QPointer<ScenarioGallery> m_gallery;
    Scenario m_current;
    bool m_pending = false; // m_current is loading
    bool m_active = false; // m_current is shown
    QAction *m_galleryAction = nullptr, *m_openFileAction = nullptr, *m_saveAction = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace PullScope

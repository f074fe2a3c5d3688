#include "presentercontroller.h"

#include <QAction>
#include <QMenu>

#include "languagemanager.h"
#include "mainwindow.h"
#include "training/presenterwindow.h"
#include "training/scenariocontroller.h"
#include "training/sidebysideview.h"

namespace PullScope {

PresenterController::PresenterController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_present(new QAction(this))
    , m_sideBySide(new QAction(this))
{
    setObjectName(QStringLiteral("presenterController"));
    m_present->setObjectName(QStringLiteral("presentAction"));
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_sideBySide->setObjectName(QStringLiteral("sideBySideAction"));
    m_sideBySide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    // Shortcuts of a menu's actions only fire when the window knows them.
    window->addAction(m_present);
    window->addAction(m_sideBySide);
    connect(m_present, &QAction::triggered, this, &PresenterController::openPresenter);
    connect(m_sideBySide, &QAction::triggered, this, &PresenterController::openSideBySide);

    QMenu *menu = window->trainingMenu();
    menu->addAction(m_present);
    menu->addAction(m_sideBySide);
    connect(menu, &QMenu::aboutToShow, this, &PresenterController::updateActions);
    connect(window, &MainWindow::reportLoaded, this, &PresenterController::updateActions);
    connect(window, &MainWindow::selectedContainerChanged, this, &PresenterController::updateActions);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &PresenterController::retranslate);
    retranslate();
    updateActions();
}

void PresenterController::updateActions()
{
    const bool selected = m_window->selectedContainer() != nullptr;
    m_present->setEnabled(selected);
    m_sideBySide->setEnabled(selected);
}

void PresenterController::retranslate()
{
    m_present->setText(tr("&Presenter Mode"));
    m_present->setStatusTip(tr("Tell the selected container's story full screen, one step at a time"));
    m_sideBySide->setText(tr("&Side by Side"));
    m_sideBySide->setStatusTip(tr("The selected container's English messages beside their Chinese explanation"));
}

PresenterWindow *PresenterController::presenter() const
{
    return m_presenter;
}

PresenterWindow *PresenterController::openPresenter()
{
    const ContainerDiagnosis *d = m_window->selectedContainer();
    if (!d)
        return nullptr;
    if (m_presenter)
        m_presenter->close();
    auto *w = new PresenterWindow(*d, m_window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    m_presenter = w;
    if (auto *scenarios = m_window->findChild<ScenarioController *>())
        if (const Scenario *s = scenarios->current())
            w->setScenarioTitle(s->title);
    w->showFullScreen();
    w->activateWindow();
    return w;
}

SideBySideView *PresenterController::openSideBySide()
{
    const ContainerDiagnosis *d = m_window->selectedContainer();
    if (!d)
        return nullptr;
    auto *view = new SideBySideView(*d, m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    return view;
}

} // namespace PullScope

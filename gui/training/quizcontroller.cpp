#include "training/quizcontroller.h"

#include <QAction>
#include <QMenu>

#include "languagemanager.h"
#include "mainwindow.h"
#include "training/quizdialog.h"

namespace PullScope {

QuizController::QuizController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("quizController"));
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("quizAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_action, &QAction::triggered, this, [this]() { open(); });
    window->trainingMenu()->addAction(m_action);
    // A window-wide shortcut even when the menu bar is hidden (presenter mode).
    window->addAction(m_action);
    connect(window, &MainWindow::reportLoaded, this, [this]() {
        if (m_dialog && m_window->report())
            m_dialog->setReport(*m_window->report());
    });
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &QuizController::retranslate);
    retranslate();
}

QuizDialog *QuizController::dialog() const
{
    return m_dialog;
}

QuizDialog *QuizController::open()
{
    if (!m_dialog) {
        m_dialog = new QuizDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_window->report())
            m_dialog->setReport(*m_window->report());
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void QuizController::retranslate()
{
    m_action->setText(tr("&Quiz..."));
    m_action->setToolTip(
        tr("Read the evidence of failing containers and pick their causes; scored, with explanations"));
}

} // namespace PullScope

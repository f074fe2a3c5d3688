#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace PullScope {

class MainWindow;
class PresenterWindow;
class SideBySideView;

// Training > Presenter (F5) and Training > Side by side (Ctrl+Shift+B) for the selected
// container. Both are disabled while nothing is selected. The main window makes one of
// these; it adds its own actions, so the window's code does not change for them.
class PresenterController : public QObject
{
    Q_OBJECT
public:
    explicit PresenterController(MainWindow *window);

    QAction *presentAction() const { return m_present; }
    QAction *sideBySideAction() const { return m_sideBySide; }

    // Full screen on the selected container; null when nothing is selected. One at a
    // time: opening again replaces the previous presentation.
    PresenterWindow *openPresenter();
    // Non-modal, one per request (two containers can be compared); null when nothing
    // is selected.
    SideBySideView *openSideBySide();
    PresenterWindow *presenter() const;

private:
    void updateActions();
    void retranslate();

    MainWindow *m_window;
    QAction *m_present;
    QAction *m_sideBySide;
    QPointer<PresenterWindow> m_presenter;
};

} // namespace PullScope

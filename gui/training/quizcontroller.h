#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace PullScope {

class MainWindow;
class QuizDialog;

// Training > Quiz (Ctrl+Shift+Q): owns the menu entry and opens one quiz dialog over the
// window's loaded data, kept in step with later loads. MainWindow creates it with one line.
class QuizController : public QObject
{
    Q_OBJECT
public:
    explicit QuizController(MainWindow *window);

    QAction *action() const { return m_action; }
    // The open dialog, or null.
    QuizDialog *dialog() const;
    // Opens (or raises) the dialog on the start page.
    QuizDialog *open();

private:
    void retranslate();

    MainWindow *m_window;
    QAction *m_action = nullptr;
    QPointer<QuizDialog> m_dialog;
};

} // namespace PullScope

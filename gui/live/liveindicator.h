#pragma once

#include <QLabel>

#include "live/livecontroller.h"

namespace PullScope {

// The live session's state in the toolbar: a coloured dot (gui/theme.h) and a word;
// the tooltip carries the reason of Reconnecting and Failed.
class LiveIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit LiveIndicator(QWidget *parent = nullptr);

    void setState(LiveController::State state, const QString &detail = QString());
    LiveController::State state() const { return m_state; }
    static QString stateText(LiveController::State state);
    static QColor stateColor(LiveController::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LiveController::State m_state = LiveController::State::Off;
    QString m_detail;
};

} // namespace PullScope

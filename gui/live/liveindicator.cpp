#include "live/liveindicator.h"

#include <QEvent>

#include "theme.h"

namespace PullScope {

LiveIndicator::LiveIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("liveIndicator"));
    setTextFormat(Qt::RichText);
    setContentsMargins(6, 0, 6, 0);
    retranslate();
}

QString LiveIndicator::stateText(LiveController::State state)
{
    switch (state) {
    case LiveController::State::Off:
        return tr("Offline");
    case LiveController::State::Listing:
        return tr("Listing…");
    case LiveController::State::Live:
        return tr("Live");
    case LiveController::State::Paused:
        return tr("Paused");
    case LiveController::State::Reconnecting:
        return tr("Reconnecting");
    case LiveController::State::Failed:
        return tr("Failed");
    }
    return QString();
}

QColor LiveIndicator::stateColor(LiveController::State state)
{
    switch (state) {
    case LiveController::State::Live:
        return Theme::taken();
    case LiveController::State::Listing:
    case LiveController::State::Reconnecting:
        return Theme::inProgress();
    case LiveController::State::Failed:
        return Theme::failing();
    case LiveController::State::Off:
    case LiveController::State::Paused:
        break;
    }
    return Theme::notReached();
}

void LiveIndicator::setState(LiveController::State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    retranslate();
}

void LiveIndicator::retranslate()
{
    // The dot is a character, so it scales with the font on a projector and in HiDPI.
    setText(QStringLiteral("<span style=\"color:%1\">&#x25CF;</span>&nbsp;<b>%2</b>")
                .arg(stateColor(m_state).name(), stateText(m_state).toHtmlEscaped()));
    QString tip;
    switch (m_state) {
    case LiveController::State::Off:
        tip = tr("No live cluster: File > Connect to Cluster");
        break;
    case LiveController::State::Listing:
        tip = tr("Reading pods, events, nodes, service accounts and secret names");
        break;
    case LiveController::State::Live:
        tip = tr("Watching the cluster: changes appear as they happen");
        break;
    case LiveController::State::Paused:
        tip = tr("Paused: changes are not shown until you resume");
        break;
    case LiveController::State::Reconnecting:
        tip = tr("The watch broke and is being retried: %1").arg(m_detail);
        break;
    case LiveController::State::Failed:
        tip = tr("The live view stopped: %1").arg(m_detail);
        break;
    }
    setToolTip(tip);
    setAccessibleName(stateText(m_state));
}

void LiveIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

} // namespace PullScope

#pragma once

#include <QColor>
#include <QString>

namespace PullScope {

// The colours of states and steps, shared by the pod list badges and the flowchart so
// that "red" means the same thing everywhere. Chosen to stay apart for the common forms
// of colour blindness and on a projector (strong luminance differences).
namespace Theme {
inline QColor taken()
{
    return QColor(0x2e, 0x7d, 0x32);
} // green: the path taken / ok
inline QColor failing()
{
    return QColor(0xc6, 0x28, 0x28);
} // red: the failing step
inline QColor inProgress()
{
    return QColor(0xef, 0x8f, 0x00);
} // amber: a pull in progress
inline QColor notReached()
{
    return QColor(0x9e, 0x9e, 0x9e);
} // grey: steps not reached
inline QColor recovered()
{
    return QColor(0x00, 0x83, 0x8f);
} // teal: failed earlier, fine now
inline QColor notAPullProblem()
{
    return QColor(0x6a, 0x1b, 0x9a);
} // purple: image fine, container not
inline QColor notApplicable()
{
    return QColor(0x54, 0x6e, 0x7a);
} // blue grey: a check that does not apply here (TLS on a plain-HTTP registry)

// Syntax colours of the wizards' previews (YAML, JSON, TOML, systemd units, shell).
inline QColor syntaxKey()
{
    return QColor(0x15, 0x65, 0xc0);
}
inline QColor syntaxString()
{
    return QColor(0x2e, 0x7d, 0x32);
}
inline QColor syntaxComment()
{
    return QColor(0x75, 0x75, 0x75);
}
inline QColor syntaxSection()
{
    return QColor(0x6a, 0x1b, 0x9a);
}
// Text of a refused field or a warning in the wizards.
inline QColor problemText()
{
    return failing();
}
inline QColor warningText()
{
    return QColor(0xa0, 0x5a, 0x00);
}

// Badge colour of a container `state` (CONTRACT.md) and its cause.
inline QColor stateColor(const QString &state, const QString &causeId = QString())
{
    if (state == QLatin1String("failing"))
        return causeId == QLatin1String("not-a-pull-problem") ? notAPullProblem() : failing();
    if (state == QLatin1String("pulling"))
        return inProgress();
    if (state == QLatin1String("ok"))
        return taken();
    if (state == QLatin1String("recovered"))
        return recovered();
    return notReached();
}
} // namespace Theme

} // namespace PullScope

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

// Glossary terms highlighted in messages (the side-by-side view): a blue that reads as
// "look this up", apart from the red of evidence.
inline QColor glossaryTerm()
{
    return QColor(0x0d, 0x47, 0xa1);
}
inline QColor glossaryTermBackground()
{
    return QColor(0xe3, 0xf2, 0xfd);
}

// Presenter mode: a projector in a lit room washes out pale fills and thin grey lines, so
// the chart goes white-on-black with saturated states. The meanings stay those of the
// window (path taken, failing step, in progress, not reached); only the hues that would
// fade change (the path is yellow, in progress cyan so it is never mistaken for it).
namespace HighContrast {
inline QColor background()
{
    return QColor(Qt::black);
}
inline QColor text()
{
    return QColor(Qt::white);
}
inline QColor dimText()
{
    return QColor(0xbd, 0xbd, 0xbd);
}
inline QColor taken()
{
    return QColor(0xff, 0xd6, 0x00);
} // yellow: the path taken
inline QColor takenText()
{
    return QColor(Qt::black);
}
inline QColor failing()
{
    return QColor(0xe5, 0x1c, 0x23);
} // red: the failing step (white text on it: contrast 4.6)
inline QColor inProgress()
{
    return QColor(0x00, 0xe5, 0xff);
} // cyan: a pull in progress
inline QColor notReached()
{
    return QColor(0x75, 0x75, 0x75);
} // grey outline of steps not reached (or not revealed yet)
inline QColor notReachedFill()
{
    return QColor(0x12, 0x12, 0x12);
}
inline QColor panel()
{
    return QColor(0x21, 0x21, 0x21);
} // the background of the cause card and the evidence line
} // namespace HighContrast

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

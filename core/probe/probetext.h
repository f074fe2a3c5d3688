#pragma once

#include <QCoreApplication>
#include <QString>

#include "probe/probestep.h"

namespace PullScope {

// Translated names of the probe's steps and statuses, shared by the window and the CLI
// so that both say the same words.
class ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(ProbeText)
public:
    // pass, FAIL, skip, n/a: the CLI table's words (its translation context, so the
    // existing translations are the ones used).
    static QString statusText(ProbeStep::Status status);
    // "DNS lookup" for dns, ...; the id itself for an unknown one.
    static QString stepName(const QString &id);
    // One sentence on what the step checks, for tooltips.
    static QString stepDescription(const QString &id);
};

} // namespace PullScope

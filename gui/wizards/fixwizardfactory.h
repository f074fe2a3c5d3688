#pragma once

#include <QString>

#include "diagnosis.h"

class QWidget;

namespace PullScope {

class FixWizard;

// Opens the wizard a cause names (causes.yaml `wizard`), prefilled from the container's
// diagnosis. Null for an id without a wizard.
class FixWizardFactory
{
public:
    static FixWizard *create(const QString &wizard, const ContainerDiagnosis &diagnosis, QWidget *parent);
    static bool hasWizard(const QString &wizard);
};

} // namespace PullScope

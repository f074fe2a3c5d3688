#include "fixwizardfactory.h"

#include "criowizard.h"
#include "mirrorwizard.h"
#include "probe/probedialog.h"
#include "proxywizard.h"
#include "secretwizard.h"
#include "wizardprefill.h"

namespace PullScope {

bool FixWizardFactory::hasWizard(const QString &wizard)
{
    return wizard == QLatin1String("secret") || wizard == QLatin1String("mirror") || wizard == QLatin1String("proxy")
        || wizard == QLatin1String("crio");
}

FixWizard *FixWizardFactory::create(const QString &wizard, const ContainerDiagnosis &d, QWidget *parent)
{
    FixWizard *w = nullptr;
    if (wizard == QLatin1String("secret"))
        w = new SecretWizard(WizardPrefill::secret(d), parent);
    else if (wizard == QLatin1String("mirror")) {
        auto *m = new MirrorWizard(WizardPrefill::mirror(d), parent);
        const QString runtime = WizardPrefill::runtimeService(d.nodeRuntimeVersion);
        if (!runtime.isEmpty())
            m->setRuntime(runtime);
        w = m;
    } else if (wizard == QLatin1String("proxy"))
        w = new ProxyWizard(WizardPrefill::proxy(d), parent);
    else if (wizard == QLatin1String("crio"))
        w = new CrioWizard(CrioShortNameGenerator::prefill(d), parent);
    if (w) {
        w->setAttribute(Qt::WA_DeleteOnClose);
        // The "Test ..." buttons probe the failing image as its node would.
        w->setProbeTarget(ProbeDialog::imageOf(d), ProbeDialog::platformOf(d));
    }
    return w;
}

} // namespace PullScope

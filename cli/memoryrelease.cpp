#include "memoryrelease.h"

#ifdef PULLSCOPE_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace PullScope {

void releaseFreedMemory()
{
#ifdef PULLSCOPE_WITH_MIMALLOC
    // mimalloc returns freed pages to the system only after a delay, checked when the
    // thread allocates again: with no delay while collecting, they go at once. The
    // delay is put back, as returning every page the moment it is freed cost a third
    // more system time over a whole run.
    const long delay = mi_option_get(mi_option_decommit_delay);
    mi_option_set(mi_option_decommit_delay, 0);
    mi_collect(false);
    mi_option_set(mi_option_decommit_delay, delay);
#endif
}

} // namespace PullScope

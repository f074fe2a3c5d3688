#include <cstddef>
#include <cstdint>

#include "fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return PullScope::FuzzEntries::imageReference(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
}

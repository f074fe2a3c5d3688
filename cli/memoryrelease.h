#pragma once

namespace PullScope {

// Hands memory the allocator holds freed back to the system, between two phases of
// a command that are each large: loading a dump leaves tens of MB freed (buffers,
// the loader threads' pages) that mimalloc would keep resident while the diagnosis
// allocates anew on other threads. A no-op with another allocator.
void releaseFreedMemory();

} // namespace PullScope

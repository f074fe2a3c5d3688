#pragma once

// PULLSCOPE_SANITIZED: built with AddressSanitizer (gcc defines __SANITIZE_ADDRESS__,
// clang answers __has_feature). Such builds must free everything and let threads end
// before exit, since LeakSanitizer checks what is left.
#if defined(__SANITIZE_ADDRESS__)
#define PULLSCOPE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PULLSCOPE_SANITIZED 1
#endif
#endif

namespace PullScope {

// Under the sanitizers, waits (at most a few seconds) until Qt's network threads are
// gone from the process. QThread::wait() in ~QNetworkAccessManager returns when the
// thread's event loop has finished, not when the thread has: OpenSSL frees its
// per-thread error state in a pthread key destructor that runs after that. A command
// that fails right after a TLS exchange returns at once, and on a loaded machine
// LeakSanitizer ran while those destructors had not yet run and reported the state as
// leaked. A no-op in other builds.
void settleNetworkThreads();

} // namespace PullScope

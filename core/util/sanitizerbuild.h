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
// thread's event loop has finished, not when the thread has, and OpenSSL frees its
// per-thread error state in a pthread key destructor that runs after that: a command
// that failed right after a TLS exchange returned at once, and on a loaded machine
// LeakSanitizer reported that state as leaked. Both programs call this as main
// returns, once the command or the window is destroyed; not from std::atexit, since
// OpenSSL's exit handler runs first and deletes its key, after which a thread that
// ends leaks its state for real. A no-op in other builds.
void settleNetworkThreads();

} // namespace PullScope

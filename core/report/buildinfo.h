#pragma once

#include <QString>

namespace PullScope {

// What this build is and what it runs on, for `--version`, the About box and the
// "generator" of exported reports. A bug report quoting these lines says which Qt and
// OpenSSL were loaded at run time, which can differ from the ones built against (a
// distribution upgrade, a deployed Windows bundle picking up another libssl). The text
// is English in every language, like a compiler's --version: it is pasted into bug reports.
class BuildInfo
{
public:
    // `git describe --tags --always --dirty` at configure time with a leading "v"
    // dropped, the project version followed by "-g<hash>" before the first tag, and
    // the project version alone outside a git checkout (a source tarball).
    static QString version();
    static QString projectVersion(); // CMake's PROJECT_VERSION, e.g. "0.1.0"

    static QString qtRuntime(); // qVersion()
    static QString qtCompiled(); // QT_VERSION_STR
    static QString openSslRuntime(); // OpenSSL_version(OPENSSL_VERSION) of the libcrypto loaded
    static QString openSslCompiled(); // OPENSSL_VERSION_TEXT
    // Qt Network's TLS backend and the library it loaded ("openssl", "OpenSSL 3.0.11 ...");
    // the backend is a plugin, so this can be empty when the plugin is not deployed.
    static QString qtTlsBackend();
    static QString qtTlsLibrary();
    static QString yamlCpp();
    static QString simdjson();

    // The lines `PROGRAM --version` prints: the program and version, then one line per
    // library.
    static QString versionText(const QString &program);
};

} // namespace PullScope

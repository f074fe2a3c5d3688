#include "buildinfo.h"

#include <QSslSocket>
#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <simdjson.h>

// Written by the top-level CMakeLists.txt at configure time; only this file includes it,
// so a new commit recompiles one file.
#include "pullscope_buildversion.h"

namespace PullScope {

QString BuildInfo::version()
{
    return QStringLiteral(PULLSCOPE_BUILD_VERSION);
}

QString BuildInfo::projectVersion()
{
    return QStringLiteral(PULLSCOPE_PROJECT_VERSION);
}

QString BuildInfo::qtRuntime()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::qtCompiled()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString BuildInfo::openSslRuntime()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString BuildInfo::openSslCompiled()
{
    return QStringLiteral(OPENSSL_VERSION_TEXT);
}

QString BuildInfo::qtTlsBackend()
{
    return QSslSocket::activeBackend();
}

QString BuildInfo::qtTlsLibrary()
{
    return QSslSocket::sslLibraryVersionString();
}

QString BuildInfo::yamlCpp()
{
    // yaml-cpp 0.7 has no version macro: CMake passes the version of its package.
    return QStringLiteral(PULLSCOPE_YAMLCPP_VERSION);
}

QString BuildInfo::simdjson()
{
    // The SIMDJSON_VERSION macro is quoted in some releases and bare in others; the
    // enum is the same everywhere.
    return QStringLiteral("%1.%2.%3")
        .arg(int(simdjson::SIMDJSON_VERSION_MAJOR))
        .arg(int(simdjson::SIMDJSON_VERSION_MINOR))
        .arg(int(simdjson::SIMDJSON_VERSION_REVISION));
}

QString BuildInfo::versionText(const QString &program)
{
    QString tls = qtTlsBackend();
    if (tls.isEmpty())
        tls = QStringLiteral("no TLS backend loaded");
    else if (!qtTlsLibrary().isEmpty())
        tls += QStringLiteral(", ") + qtTlsLibrary();
    QString text = program + QLatin1Char(' ') + version() + QLatin1Char('\n');
    text += QStringLiteral("Qt ") + qtRuntime() + QStringLiteral(" (") + QStringLiteral("built with ") + qtCompiled()
        + QStringLiteral(")\n");
    text += openSslRuntime() + QStringLiteral(" (built with ") + openSslCompiled()
        + QStringLiteral("; Qt Network TLS: ") + tls + QStringLiteral(")\n");
    text += QStringLiteral("yaml-cpp ") + yamlCpp() + QLatin1Char('\n');
    text += QStringLiteral("simdjson ") + simdjson() + QLatin1Char('\n');
    return text;
}

} // namespace PullScope

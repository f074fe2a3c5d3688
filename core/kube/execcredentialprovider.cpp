#include "kube/execcredentialprovider.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include "kube/execconsentstore.h"

namespace PullScope {

namespace {

// Go's RFC 3339 times may carry nanoseconds, which Qt's ISO parser does not take.
QDateTime parseRfc3339(QString text)
{
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d+)"));
    const QRegularExpressionMatch m = fraction.match(text);
    if (m.hasMatch())
        text.replace(m.capturedStart(), m.capturedLength(),
            QLatin1Char('.') + m.captured(1).left(3).leftJustified(3, QLatin1Char('0')));
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

QString quoted(const QString &arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (plain.match(arg).hasMatch())
        return arg;
    QString a = arg;
    return QLatin1Char('\'') + a.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

// stderr can be long (gcloud prints its whole help); the head carries the reason.
QString trimmedStderr(const QByteArray &raw)
{
    QString s = QString::fromUtf8(raw).trimmed();
    if (s.size() > 4000)
        s = s.left(4000) + QStringLiteral(" ...");
    return s;
}

} // namespace

QString ExecConsentRequest::commandLine() const
{
    QStringList parts {quoted(program)};
    for (const QString &a : args)
        parts << quoted(a);
    return parts.join(QLatin1Char(' '));
}

ExecCredentialProvider::ExecCredentialProvider(ExecConsentStore *store, ExecConsentCallback consent)
    : m_store(store)
    , m_consent(std::move(consent))
{
}

int ExecCredentialProvider::runCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_runs;
}

QString ExecCredentialProvider::resolveProgram(const QString &command, const QProcessEnvironment &env)
{
    if (command.contains(QLatin1Char('/'))) {
        const QFileInfo fi(command);
        return fi.isFile() && fi.isExecutable() ? fi.absoluteFilePath() : QString();
    }
#ifdef Q_OS_WIN
    const QChar separator = QLatin1Char(';');
#else
    const QChar separator = QLatin1Char(':');
#endif
    const QStringList path = env.value(QStringLiteral("PATH")).split(separator, Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(command, path);
}

QByteArray ExecCredentialProvider::execInfo(const ConnectionSettings &s)
{
    QJsonObject spec {{QStringLiteral("interactive"), false}};
    if (s.exec.provideClusterInfo) {
        QJsonObject cluster {{QStringLiteral("server"), s.server.toString()}};
        if (!s.tlsServerName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), s.tlsServerName);
        if (s.insecureSkipTlsVerify)
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!s.caData.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(s.caData.toBase64()));
        if (!s.proxyUrl.isEmpty())
            cluster.insert(QStringLiteral("proxy-url"), s.proxyUrl.toString());
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info {{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
        {QStringLiteral("apiVersion"), s.exec.apiVersion}, {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

bool ExecCredentialProvider::parseCredential(
    const QByteArray &json, const QString &apiVersion, ExecCredential *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = tr("the plugin's output is not JSON (%1)").arg(pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("kind")).toString() != QLatin1String("ExecCredential")) {
        *error = tr("the plugin's output is not an ExecCredential (kind \"%1\")")
                     .arg(o.value(QStringLiteral("kind")).toString());
        return false;
    }
    const QString got = o.value(QStringLiteral("apiVersion")).toString();
    if (got != apiVersion) {
        *error = tr("the plugin answered apiVersion \"%1\" but the kubeconfig asks for \"%2\"").arg(got, apiVersion);
        return false;
    }
    const QJsonObject status = o.value(QStringLiteral("status")).toObject();
    ExecCredential c;
    c.token = status.value(QStringLiteral("token")).toString();
    const QString certPem = status.value(QStringLiteral("clientCertificateData")).toString();
    const QString keyPem = status.value(QStringLiteral("clientKeyData")).toString();
    if (certPem.isEmpty() != keyPem.isEmpty()) {
        *error = tr("the plugin returned a client certificate without its key, or a key without its certificate");
        return false;
    }
    if (!certPem.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem.toUtf8(), QSsl::Pem);
        if (certs.isEmpty()) {
            *error = tr("the plugin's clientCertificateData is not a PEM certificate");
            return false;
        }
        c.clientCertificate = certs.first();
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
            QSslKey key(keyPem.toUtf8(), algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull()) {
                c.clientKey = key;
                break;
            }
        }
        if (c.clientKey.isNull()) {
            *error = tr("the plugin's clientKeyData is not an RSA or EC private key in PEM");
            return false;
        }
    }
    if (c.token.isEmpty() && c.clientCertificate.isNull()) {
        *error = tr("the plugin's ExecCredential has neither a token nor a client certificate");
        return false;
    }
    const QString expiry = status.value(QStringLiteral("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        c.expiry = parseRfc3339(expiry);
        if (!c.expiry.isValid()) {
            *error = tr("the plugin's expirationTimestamp \"%1\" is not an RFC 3339 time").arg(expiry);
            return false;
        }
    }
    *out = c;
    return true;
}

QString ExecCredentialProvider::cacheKey(const ConnectionSettings &s)
{
    QStringList parts {s.exec.apiVersion, s.exec.command};
    parts += s.exec.args;
    for (const auto &e : s.exec.env)
        parts << e.first + QLatin1Char('=') + e.second;
    if (s.exec.provideClusterInfo)
        parts << s.server.toString();
    return parts.join(QChar(0));
}

void ExecCredentialProvider::invalidate(const ConnectionSettings &settings)
{
    QMutexLocker lock(&m_mutex);
    m_cache.remove(cacheKey(settings));
}

bool ExecCredentialProvider::credential(const ConnectionSettings &s, ExecCredential *out, AuthFailure *failure)
{
    AuthFailure f;
    f.command = s.exec.command;
    f.args = s.exec.args;
    f.installHint = s.exec.installHint;
    f.source = s.exec.sourceFile;
    auto fail = [&](AuthFailure::Kind kind, const QString &detail) {
        f.kind = kind;
        f.detail = detail;
        if (failure)
            *failure = f;
        return false;
    };

    QMutexLocker lock(&m_mutex);
    const QString key = cacheKey(s);
    const auto cached = m_cache.constFind(key);
    // A little margin so that a credential does not expire between here and the server.
    if (cached != m_cache.constEnd()
        && (!cached->expiry.isValid() || cached->expiry > QDateTime::currentDateTimeUtc().addSecs(10))) {
        *out = *cached;
        return true;
    }
    m_cache.remove(key);

    QProcessEnvironment env = m_env;
    for (const auto &e : s.exec.env)
        env.insert(e.first, e.second);
    const QString program = resolveProgram(s.exec.command, env);
    if (program.isEmpty()) {
        return fail(AuthFailure::Kind::ExecMissing,
            s.exec.command.contains(QLatin1Char('/'))
                ? tr("exec plugin %1 does not exist or is not executable").arg(s.exec.command)
                : tr("exec plugin %1 was not found in PATH").arg(s.exec.command));
    }
    f.command = program;
    if (s.exec.interactiveMode == QLatin1String("Always"))
        return fail(AuthFailure::Kind::ExecInteractive,
            tr("the exec plugin %1 needs a terminal (interactiveMode: Always), which PullScope cannot give it")
                .arg(program));

    ExecConsentRequest request {program, s.exec.args, s.exec.sourceFile, s.userName};
    if (!m_store || !m_store->isAllowed(program, s.exec.args)) {
        if (!m_consent || !m_consent(request))
            return fail(AuthFailure::Kind::ExecConsent,
                tr("not approved to run the exec plugin: %1").arg(request.commandLine()));
        if (m_store)
            m_store->allow(program, s.exec.args);
    }

    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo(s)));
    QProcess process;
    process.setProgram(program);
    process.setArguments(s.exec.args);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    ++m_runs;
    process.start();
    if (!process.waitForStarted(m_timeoutMs))
        return fail(AuthFailure::Kind::ExecFailed,
            tr("the exec plugin %1 could not start: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        f.stderrText = trimmedStderr(process.readAllStandardError());
        return fail(AuthFailure::Kind::ExecTimeout,
            tr("the exec plugin %1 did not finish within %n seconds", nullptr, m_timeoutMs / 1000).arg(program));
    }
    f.stderrText = trimmedStderr(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return fail(AuthFailure::Kind::ExecFailed,
            process.exitStatus() == QProcess::NormalExit
                ? tr("the exec plugin %1 exited with code %2").arg(program).arg(process.exitCode())
                : tr("the exec plugin %1 crashed").arg(program));
    }
    ExecCredential c;
    QString error;
    if (!parseCredential(process.readAllStandardOutput(), s.exec.apiVersion, &c, &error))
        return fail(AuthFailure::Kind::ExecOutput, error);
    m_cache.insert(key, c);
    *out = c;
    return true;
}

} // namespace PullScope

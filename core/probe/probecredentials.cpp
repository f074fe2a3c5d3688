#include "probe/probecredentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include "generate/credentialmatcher.h"
#include "generate/secretgenerator.h"

namespace PullScope {

QByteArray ProbeCredentials::dockerConfigFrom(const QByteArray &content)
{
    const QJsonDocument doc = QJsonDocument::fromJson(content);
    if (doc.isObject()) {
        const QJsonObject top = doc.object();
        if (top.value(QLatin1String("kind")).toString() != QLatin1String("Secret"))
            return content;
        const QString data
            = top.value(QLatin1String("data")).toObject().value(QLatin1String(".dockerconfigjson")).toString();
        if (!data.isEmpty())
            return QByteArray::fromBase64(data.toLatin1());
        const QJsonValue plain
            = top.value(QLatin1String("stringData")).toObject().value(QLatin1String(".dockerconfigjson"));
        return plain.toString().toUtf8();
    }
    // A Secret in YAML: the payload is one base64 scalar (kubectl writes it on one line).
    static const QRegularExpression data(
        QStringLiteral("^\\s*\\.dockerconfigjson:\\s*['\"]?([A-Za-z0-9+/=]+)['\"]?\\s*$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = data.match(QString::fromUtf8(content));
    if (m.hasMatch())
        return QByteArray::fromBase64(m.captured(1).toLatin1());
    return content;
}

bool ProbeCredentials::load(
    const QString &path, const QString &image, ProbeCredentials *out, QStringList *warnings, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Probe", "%1: %2").arg(path, f.errorString());
        return false;
    }
    return fromContent(f.readAll(), path, image, out, warnings, error);
}

bool ProbeCredentials::fromContent(const QByteArray &content, const QString &source, const QString &image,
    ProbeCredentials *out, QStringList *warnings, QString *error)
{
    const QByteArray config = dockerConfigFrom(content);
    QList<RegistryCredential> creds;
    QMap<QString, QString> headers;
    if (!SecretGenerator::parseDockerConfig(config, source, &creds, &headers, warnings, error))
        return false;
    QStringList keys;
    for (const RegistryCredential &c : creds)
        keys << c.server;
    const QStringList matching = CredentialMatcher::matchingKeys(keys, image);
    for (const RegistryCredential &c : creds) {
        if (!matching.isEmpty() && c.server == matching.first()) {
            out->username = c.username;
            out->password = c.password;
            out->key = c.server;
            return true;
        }
    }
    warnings->append(
        QCoreApplication::translate("Probe", "%1 has no credentials for %2: probing anonymously").arg(source, image));
    return true;
}

} // namespace PullScope

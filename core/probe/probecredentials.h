#pragma once

#include <QString>
#include <QStringList>

namespace PullScope {

// The user name and password a pull of an image would present, taken from a docker config
// (~/.docker/config.json, a .dockerconfigjson payload) or a kubernetes.io/dockerconfigjson
// Secret in YAML or JSON, chosen by the kubelet's keyring rules (CredentialMatcher).
struct ProbeCredentials
{
    QString username;
    QString password;
    QString key; // the config key the credentials were stored under

    bool isEmpty() const { return username.isEmpty() && password.isEmpty(); }

    // False with a translated message when the file cannot be read or is none of those
    // forms. No match for the image is not an error: the result is empty with a warning.
    static bool load(
        const QString &path, const QString &image, ProbeCredentials *out, QStringList *warnings, QString *error);
    // The same from content held in memory; `source` names it in messages.
    static bool fromContent(const QByteArray &content, const QString &source, const QString &image,
        ProbeCredentials *out, QStringList *warnings, QString *error);
    // The docker config JSON inside a Secret (YAML or JSON), or content itself when it is
    // already a docker config.
    static QByteArray dockerConfigFrom(const QByteArray &content);
};

} // namespace PullScope

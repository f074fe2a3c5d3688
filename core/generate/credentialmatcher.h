#pragma once

#include <QString>
#include <QStringList>

namespace PullScope {

// The kubelet's choice of pull-secret credentials for an image
// (pkg/credentialprovider/keyring.go, unchanged from 1.25 to 1.32): each docker config key
// loses its http(s):// scheme and a leading /v1/ or /v2/ path, then matches an image name
// (registry/repository, no tag) when the ports are equal, the host has as many dot-separated
// parts as the key's, each part matches the key's part as a glob (*.example.com), and the
// key's path is a plain string prefix of the image's path. When no key matches, an image on
// Docker Hub still gets the credentials stored under index.docker.io.
class CredentialMatcher
{
public:
    // The keyring's form of a config key: "https://index.docker.io/v1/" -> "index.docker.io".
    static QString keyringKey(const QString &configKey);
    // True when the kubelet would offer the credentials stored under configKey for image
    // (any reference form: nginx, docker.io/library/nginx:1.25, host:5000/a/b@sha256:...).
    static bool matches(const QString &configKey, const QString &image);
    // The keys whose credentials the kubelet would offer for image, in the given order.
    static QStringList matchingKeys(const QStringList &configKeys, const QString &image);
    // A translated warning when none of configKeys would be used for image; empty when one
    // would, or when image is empty or not a valid reference.
    static QString mismatchWarning(const QStringList &configKeys, const QString &image);

    // Go's path/filepath.Match for one host part ('*', '?', '[...]'), no separators involved.
    static bool globMatch(const QString &pattern, const QString &text);
};

} // namespace PullScope

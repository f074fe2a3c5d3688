#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace PullScope {

// The media types a runtime accepts for a manifest (containerd's resolver sends these),
// index types first so that a multi-platform image answers with its index.
struct ManifestAccept
{
    static QStringList mediaTypes()
    {
        return {QStringLiteral("application/vnd.oci.image.index.v1+json"),
            QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json"),
            QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
            QStringLiteral("application/vnd.docker.distribution.manifest.v2+json")};
    }
    static QByteArray header() { return mediaTypes().join(QStringLiteral(", ")).toLatin1(); }
    static bool isIndex(const QString &mediaType)
    {
        return mediaType.startsWith(QLatin1String("application/vnd.oci.image.index.v1+json"))
            || mediaType.startsWith(QLatin1String("application/vnd.docker.distribution.manifest.list.v2+json"));
    }
};

} // namespace PullScope

#pragma once

#include <QMetaType>
#include <QString>

namespace PullScope {

// A container image reference, parsed and normalised the way the container
// ecosystem (distribution/reference, which containerd, CRI-O and the kubelet use)
// does: `nginx` is `docker.io/library/nginx:latest`.
struct ImageReference
{
    enum class Error {
        None,
        Empty,
        InvalidFormat, // "invalid reference format"
        Uppercase, // "repository name must be lowercase"
        NameTooLong, // "repository name must not be more than 255 characters"
        InvalidTag, // "invalid tag format"
        InvalidDigest, // "invalid digest format" / checksum length
        InvalidDomain, // malformed registry host or port
    };

    QString original; // as written in the spec or message
    QString registry; // normalised domain, e.g. docker.io, localhost:5000; empty for
                      // upstream's host-less names (`foo_bar.com/x` is a valid path)
    QString repository; // path below the registry, e.g. library/nginx
    QString tag; // empty when none was written
    QString digest; // "sha256:<hex>" or empty
    Error error = Error::None;

    bool isValid() const { return error == Error::None; }
    bool hasExplicitTag() const { return !tag.isEmpty(); }
    // The tag the runtime pulls: the written one, else "latest" unless a digest pins it.
    QString effectiveTag() const;
    // docker.io/library/nginx:latest, registry/repo:tag@digest
    QString normalized() const;
    // Name without tag/digest: docker.io/library/nginx
    QString name() const;
    // Shortest form as `docker` prints it: nginx:latest, user/app:v1, quay.io/x/y:z
    QString familiar() const;
    // Human sentence for the error, translated.
    QString errorText() const;
    static QString errorId(Error e);

    static ImageReference parse(const QString &text);
    // The kubelet's own default tag rule applied to a spec string (appends ":latest"
    // to the string, without qualifying it), as used in its messages.
    static QString applyDefaultTag(const QString &spec);
};

} // namespace PullScope

Q_DECLARE_METATYPE(PullScope::ImageReference)

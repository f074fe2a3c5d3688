#pragma once

#include <QString>
#include <QStringList>

#include "clustersnapshot.h"
#include "event.h"
#include "imagereference.h"

namespace PullScope {

// What the input says about the pull secrets a pod names (its own and its service
// account's), for pull-secret-missing and pull-secret-mismatch.
struct PullSecretFacts
{
    QStringList named; // pod.imagePullSecrets + the service account's
    QStringList missing; // named but absent (FailedToRetrieveImagePullSecret, or not in the input's secrets)
    int missingEvent = -1; // index of the FailedToRetrieveImagePullSecret event, if any
    bool mismatch = false; // all named secrets are there, none holds the image's registry
    QStringList secretHosts; // registries those secrets hold (for the explanation)
};

PullSecretFacts checkPullSecrets(
    const Pod &pod, const QList<Event> &events, const ImageReference &image, const ClusterSnapshot &snapshot);

// "https://index.docker.io/v1/" -> docker.io; "harbor.example.com:8443/path" -> harbor.example.com:8443
QString registryHostOfAuthKey(const QString &key);

} // namespace PullScope

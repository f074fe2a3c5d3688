#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "generatedfile.h"

namespace PullScope {

struct DockerDaemonOptions
{
    QStringList mirrors; // https://host[:port] roots, tried in order
};

// Docker Engine's daemon.json `registry-mirrors` (upstream-facts 5.3). Docker mirrors only
// Docker Hub, and a mirror must be a registry root.
class DockerDaemonGenerator
{
public:
    static QString validate(const DockerDaemonOptions &options);
    // etc/docker/daemon.json: `current` (the node's daemon.json, when given) with the mirrors
    // added after the ones it already lists; every other key is kept. Invalid JSON in
    // `current` gives a set whose only warning is the translated error (and no files).
    static GeneratedSet generate(const DockerDaemonOptions &options, const QByteArray &current = {},
        bool hasCurrent = false, QByteArray *diff = nullptr, QString *error = nullptr);
};

} // namespace PullScope

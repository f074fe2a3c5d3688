#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace PullScope {

struct ProbeOptions
{
    QString image;
    QString authFile; // docker config, .dockerconfigjson or Secret YAML/JSON; empty: anonymous
    // The same forms held in memory, used instead of authFile when not empty: a wizard's
    // typed credentials are tested without ever being written to disk.
    QByteArray authConfig;
    QString caFile; // PEM, trusted in addition to the system store
    QString hostsDir; // a copy of the node's containerd certs.d; empty: the registry directly
    QString proxy; // explicit proxy URL; empty: the environment's, by Go's rules
    QString platform; // os/arch[/variant]; empty: linux and this machine's architecture
    int stepTimeoutMs = 10000;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

} // namespace PullScope

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PullScope {

// One headless read of a cluster for `diagnose --kubeconfig` and `collect`: the kubeconfig
// context resolved, the connection checked (a failure explained by the auth doctor), then
// pods, events, nodes, service accounts and secret metadata listed once (no watch) into a
// `kubectl get -o json`-shaped List.
class ClusterFetch
{
    Q_DECLARE_TR_FUNCTIONS(ClusterFetch)
public:
    struct Options
    {
        QString kubeconfig; // empty: KUBECONFIG, else ~/.kube/config
        QString context; // empty: the current context
        QString namespaceName; // with allNamespaces false; empty: the context's namespace
        bool allNamespaces = false;
        bool allowExec = false; // --allow-exec: exec plugins run without asking
        int timeoutMs = 300000;
    };
    enum class Outcome { Done, BadConfig, Unreachable };
    struct Result
    {
        Outcome outcome = Outcome::Done;
        QByteArray listJson;
        QString contextName;
        QString scope; // "all namespaces" or "namespace NS", translated
        QStringList warnings; // translated
        QString error; // translated, several lines for the auth doctor
        int objects = 0;
    };

    static Result fetch(const Options &options);
};

} // namespace PullScope

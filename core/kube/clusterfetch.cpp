#include "kube/clusterfetch.h"

#include "kube/authdoctor.h"
#include "kube/clusterconnector.h"
#include "kube/execconsentstore.h"
#include "kube/execcredentialprovider.h"
#include "kube/kubeconfig.h"
#include "kube/livesession.h"

namespace PullScope {

ClusterFetch::Result ClusterFetch::fetch(const Options &options)
{
    Result r;
    KubeConfig config;
    QString error;
    const QStringList paths
        = options.kubeconfig.isEmpty() ? KubeConfig::defaultPaths() : QStringList {options.kubeconfig};
    if (!config.load(paths, &error)) {
        r.outcome = Outcome::BadConfig;
        r.error = error;
        return r;
    }
    ConnectionSettings settings;
    if (!config.resolve(options.context, &settings, &error)) {
        r.outcome = Outcome::BadConfig;
        r.error = error;
        return r;
    }
    r.contextName = settings.contextName;
    r.warnings = settings.warnings;

    ExecConsentStore store;
    ExecCredentialProvider exec(&store,
        options.allowExec ? ExecConsentCallback([](const ExecConsentRequest &) { return true; })
                          : ExecConsentCallback());
    ClusterConnector connector(settings, &exec);
    // The check names the failing step with the details a list failure would not carry
    // (TLS errors, proxy, exec plugin), for the auth doctor.
    const ClusterConnector::CheckResult check = connector.check(std::min(options.timeoutMs, 30000));
    if (!check.ok) {
        r.outcome = check.failure.kind == AuthFailure::Kind::Config ? Outcome::BadConfig : Outcome::Unreachable;
        r.error = AuthDoctor::toText(AuthDoctor::explain(check.failure, settings));
        if (check.failure.kind == AuthFailure::Kind::ExecConsent)
            r.error += QLatin1Char('\n') + tr("Run again with --allow-exec to let it run.");
        return r;
    }

    LiveSession::Options o;
    o.server = settings.server;
    o.prepare = connector.preparer();
    o.proxy = connector.proxy();
    o.watch = false;
    if (options.allNamespaces) {
        o.fallbackNamespace = settings.namespaceName;
    } else {
        o.namespaceName = options.namespaceName.isEmpty() ? settings.namespaceName : options.namespaceName;
    }
    LiveSession session(o);
    session.start();
    ApiError apiError;
    if (!session.waitUntilListed(options.timeoutMs, &apiError)) {
        r.outcome = Outcome::Unreachable;
        r.error = apiError.httpStatus > 0 || apiError.network != QNetworkReply::NoError
            ? AuthDoctor::toText(AuthDoctor::explain(connector.classify(apiError), settings))
            : apiError.message;
        return r;
    }
    r.warnings += session.warnings();
    r.scope = session.effectiveNamespace().isEmpty() ? tr("all namespaces")
                                                     : tr("namespace %1").arg(session.effectiveNamespace());
    r.objects = session.store().total();
    r.listJson = session.store().listJson();
    return r;
}

} // namespace PullScope

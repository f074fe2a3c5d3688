#include "pullsecretcheck.h"

#include <QRegularExpression>

namespace PullScope {

QString registryHostOfAuthKey(const QString &key)
{
    QString host = key.trimmed();
    const int scheme = host.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    host = host.section(QLatin1Char('/'), 0, 0).toLower();
    // The kubelet treats Docker Hub's historic names as one registry.
    if (host == QLatin1String("index.docker.io") || host == QLatin1String("registry-1.docker.io")
        || host == QLatin1String("registry.hub.docker.com"))
        return QStringLiteral("docker.io");
    return host;
}

PullSecretFacts checkPullSecrets(
    const Pod &pod, const QList<Event> &events, const ImageReference &image, const ClusterSnapshot &snapshot)
{
    PullSecretFacts f;
    f.named = pod.imagePullSecrets;
    const QString sa = pod.serviceAccount.isEmpty() ? QStringLiteral("default") : pod.serviceAccount;
    for (const ServiceAccountInfo &s : snapshot.serviceAccounts)
        if (s.namespace_ == pod.namespace_ && s.name == sa)
            for (const QString &n : s.imagePullSecrets)
                if (!f.named.contains(n))
                    f.named << n;

    static const QRegularExpression names(QStringLiteral("image pull secrets \\(([^)]*)\\)"));
    for (int i = 0; i < events.size(); ++i) {
        if (events[i].reason != QLatin1String("FailedToRetrieveImagePullSecret"))
            continue;
        f.missingEvent = i;
        const auto m = names.match(events[i].message);
        if (m.hasMatch())
            for (const QString &n : m.captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts))
                if (!f.missing.contains(n.trimmed()))
                    f.missing << n.trimmed();
        if (f.missing.isEmpty())
            f.missing = f.named;
    }

    // Only when the input carries Secrets of this namespace can absence be told.
    QList<const SecretInfo *> found;
    bool namespaceHasSecrets = false;
    for (const SecretInfo &s : snapshot.secrets) {
        if (s.namespace_ != pod.namespace_)
            continue;
        namespaceHasSecrets = true;
        if (f.named.contains(s.name))
            found << &s;
    }
    if (namespaceHasSecrets) {
        for (const QString &n : std::as_const(f.named)) {
            bool present = false;
            for (const SecretInfo *s : std::as_const(found))
                present = present || s->name == n;
            if (!present && !f.missing.contains(n))
                f.missing << n;
        }
    }
    bool contentKnown = true;
    for (const SecretInfo *s : std::as_const(found))
        contentKnown = contentKnown && s->contentKnown;
    if (f.missing.isEmpty() && !found.isEmpty() && contentKnown && image.isValid()) {
        bool holdsRegistry = false;
        for (const SecretInfo *s : std::as_const(found)) {
            for (const QString &key : s->registries) {
                const QString host = registryHostOfAuthKey(key);
                f.secretHosts << host;
                holdsRegistry = holdsRegistry || host == image.registry.toLower();
            }
        }
        f.secretHosts.removeDuplicates();
        f.mismatch = !holdsRegistry;
    }
    return f;
}

} // namespace PullScope

#include "probe/nodecheckscript.h"

#include <QFile>
#include <QSaveFile>

#include "imagereference.h"
#include "probe/registryprobe.h"

namespace PullScope {

QByteArray NodeCheckScript::shellQuote(const QString &value)
{
    QByteArray out("'");
    for (const char c : value.toUtf8()) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + '\'';
}

bool NodeCheckScript::generate(const Options &options, QByteArray *script, QString *error)
{
    const ImageReference ref = ImageReference::parse(options.image.trimmed());
    if (!ref.isValid()) {
        *error = tr("%1 is not a valid image reference: %2").arg(options.image, ref.errorText());
        return false;
    }
    static const QStringList runtimes {
        QStringLiteral("auto"), QStringLiteral("containerd"), QStringLiteral("crio"), QStringLiteral("docker")};
    if (!runtimes.contains(options.runtime)) {
        *error = tr("unknown runtime %1: give auto, containerd, crio or docker").arg(options.runtime);
        return false;
    }
    QFile body(QStringLiteral(":/scripts/node-check.sh"));
    if (!body.open(QIODevice::ReadOnly)) {
        *error = tr("the node check script is missing from this build");
        return false;
    }
    const QString registry = ref.registry.isEmpty() ? QStringLiteral("docker.io") : ref.registry;
    const QString endpoint = RegistryProbe::endpointHost(registry);
    // host[:port] of the endpoint; IPv6 literals keep their brackets in URLs only.
    QString host = endpoint;
    QString port;
    const int colon = endpoint.lastIndexOf(QLatin1Char(':'));
    if (endpoint.startsWith(QLatin1Char('['))) {
        const int close = endpoint.indexOf(QLatin1Char(']'));
        host = endpoint.mid(1, close - 1);
        if (endpoint.size() > close + 2 && endpoint.at(close + 1) == QLatin1Char(':'))
            port = endpoint.mid(close + 2);
    } else if (colon > 0) {
        host = endpoint.left(colon);
        port = endpoint.mid(colon + 1);
    }
    // HTTPS first, as the probe and the runtime start; the script reads hosts.toml's server
    // scheme on the node, and the verdict allows plain HTTP for localhost as containerd does.
    const QString scheme = QStringLiteral("https");
    if (port.isEmpty())
        port = QStringLiteral("443");
    const QString hostPort = (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host)
        + QLatin1Char(':') + port;

    QByteArray s("#!/bin/sh\n");
    const QStringList header {
        tr("PullScope node check for %1").arg(ref.normalized()),
        tr("Run it on the node where the pod is scheduled, as root, and keep everything it prints:"),
        QStringLiteral("  sh %1 > node-check.txt 2>&1").arg(fileName()),
        tr("Then load node-check.txt in PullScope (Probe registry, Load node output) or run:"),
        QStringLiteral("  pullscope-cli probe --node-output node-check.txt"),
        tr("It reads the runtime's proxy settings and registry configuration, resolves the registry, connects with "
           "curl and openssl, and pulls the image with crictl (or ctr, or docker) as the kubelet would."),
        tr("Nothing secret is stored here or printed. For a private image give the credentials when running it:"),
        QStringLiteral("  PULL_CREDS='user:password' sh %1 > node-check.txt 2>&1").arg(fileName()),
        tr("PULL=0 skips the pull; RUNTIME, RUNTIME_PID, CERTS_D, CHECK_TIMEOUT and PULL_TIMEOUT override what it "
           "detects."),
    };
    for (const QString &line : header)
        s += "# " + line.toUtf8() + '\n';
    s += "IMAGE=" + shellQuote(ref.normalized()) + '\n';
    s += "REGISTRY=" + shellQuote(registry) + '\n';
    s += "HOST=" + shellQuote(host) + '\n';
    s += "PORT=" + shellQuote(port) + '\n';
    s += "HOSTPORT=" + shellQuote(hostPort) + '\n';
    s += "SCHEME=" + shellQuote(scheme) + '\n';
    s += "DEFAULT_RUNTIME=" + shellQuote(options.runtime) + '\n';
    s += '\n' + body.readAll();
    *script = s;
    return true;
}

bool NodeCheckScript::save(const QByteArray &script, const QString &path, QString *error)
{
    QSaveFile f(path);
    const bool ok = f.open(QIODevice::WriteOnly) && f.write(script) == script.size()
        && f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)
        && f.commit();
    if (!ok)
        *error = tr("%1 could not be written: %2").arg(path, f.errorString());
    return ok;
}

} // namespace PullScope

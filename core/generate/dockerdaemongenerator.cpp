#include "dockerdaemongenerator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "fieldvalidator.h"
#include "unifieddiff.h"

namespace PullScope {

QString DockerDaemonGenerator::validate(const DockerDaemonOptions &o)
{
    if (o.mirrors.isEmpty())
        return QCoreApplication::translate("Generate", "--mirror: give at least one mirror URL.");
    for (const QString &m : o.mirrors) {
        QString problem = FieldValidator::url(QStringLiteral("--mirror"), m, FieldValidator::AllowPath);
        if (!problem.isEmpty())
            return problem;
        const int slash = int(m.indexOf(QLatin1Char('/'), m.indexOf(QLatin1String("://")) + 3));
        if (slash >= 0 && slash != m.size() - 1)
            return QCoreApplication::translate(
                "Generate", "--mirror: '%1': Docker takes a registry root as a mirror; a path is not allowed.")
                .arg(FieldValidator::displayValue(m));
    }
    return {};
}

GeneratedSet DockerDaemonGenerator::generate(
    const DockerDaemonOptions &o, const QByteArray &current, bool hasCurrent, QByteArray *diff, QString *error)
{
    GeneratedSet set;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        set.warnings << message;
        return set;
    };
    const QString problem = validate(o);
    if (!problem.isEmpty())
        return fail(problem);
    QJsonObject root;
    if (hasCurrent && !current.trimmed().isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(current, &pe);
        if (pe.error != QJsonParseError::NoError)
            return fail(QCoreApplication::translate("Generate", "daemon.json: byte %1: %2")
                            .arg(pe.offset)
                            .arg(pe.errorString()));
        if (!doc.isObject())
            return fail(QCoreApplication::translate("Generate", "daemon.json: the top level is not a JSON object."));
        root = doc.object();
    }
    const QJsonValue existing = root.value(QStringLiteral("registry-mirrors"));
    if (!existing.isUndefined() && !existing.isArray())
        return fail(
            QCoreApplication::translate("Generate", "daemon.json: registry-mirrors is not a list; fix it by hand."));
    QJsonArray mirrors = existing.toArray();
    for (const QString &m : o.mirrors) {
        QString normalized = m;
        while (normalized.endsWith(QLatin1Char('/')))
            normalized.chop(1);
        bool present = false;
        for (const QJsonValue &v : std::as_const(mirrors)) {
            QString have = v.toString();
            while (have.endsWith(QLatin1Char('/')))
                have.chop(1);
            present = present || have == normalized;
        }
        if (!present)
            mirrors.append(normalized);
    }
    root.insert(QStringLiteral("registry-mirrors"), mirrors);
    const QByteArray merged = QJsonDocument(root).toJson(QJsonDocument::Indented);
    set.files.append({QStringLiteral("etc/docker/daemon.json"), merged, false});
    if (diff && hasCurrent)
        *diff = UnifiedDiff::diff(
            current, merged, QStringLiteral("a/etc/docker/daemon.json"), QStringLiteral("b/etc/docker/daemon.json"));
    set.warnings << QCoreApplication::translate("Generate",
        "Docker uses registry-mirrors for Docker Hub (docker.io) images only; images from any other "
        "registry are still pulled from that registry.");
    if (hasCurrent)
        set.warnings << QCoreApplication::translate("Generate",
            "daemon.json is rewritten with its keys in alphabetical order; every key and value it "
            "had is kept.");
    for (const QString &m : o.mirrors)
        if (m.startsWith(QLatin1String("http://")))
            set.warnings << QCoreApplication::translate(
                "Generate", "%1: plain HTTP; dockerd also needs the host in insecure-registries.")
                                .arg(m);
    set.applyCommands << QStringLiteral("sudo install -D -m 0644 etc/docker/daemon.json /etc/docker/daemon.json")
                      << QStringLiteral("sudo systemctl restart docker");
    set.verifyCommands << QStringLiteral("docker info --format '{{json .RegistryConfig.Mirrors}}'")
                       << QStringLiteral("docker pull busybox:latest");
    return set;
}

} // namespace PullScope

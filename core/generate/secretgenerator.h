#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

#include "generatedfile.h"

namespace PullScope {

// One registry's credentials, as `kubectl create secret docker-registry` takes them.
struct RegistryCredential
{
    QString server; // the docker config key, e.g. https://index.docker.io/v1/ or harbor.example.com
    QString username;
    QString password; // may hold anything, newlines included (a Google JSON key); only ever JSON-encoded
    QString email; // optional
};

// A starting point for the wizard and `--preset`: the server key and user name the
// provider expects (seed 5.3 and 5.4).
struct RegistryPreset
{
    QString id; // dockerhub, harbor, ecr, acr, gcr, aliyun
    QString title; // translated
    QString server; // prefilled server (an example host when it must be edited)
    bool serverIsExample = false; // true when the server must be replaced by the user's own
    QString username; // fixed user name (AWS, _json_key) or an example (robot$project+name)
    bool usernameIsFixed = false;
    QString hint; // translated: where the password comes from
};

struct SecretOptions
{
    enum class Output { Yaml, Json, DockerConfigJson, Kubectl };
    enum class PatchTarget { None, ServiceAccount, Deployment, StatefulSet, DaemonSet };

    QString name;
    QString ns; // empty: no metadata.namespace, as kubectl without -n; files go under "default"
    QList<RegistryCredential> registries;
    // An existing ~/.docker/config.json or .dockerconfigjson (or a legacy .dockercfg map);
    // when set, registries must be empty. Unlike `kubectl ... --from-file`, which stores the
    // file verbatim, only what the kubelet reads is kept: auths entries with credentials
    // (an "auth"-only entry is decoded) and HttpHeaders, re-written as kubectl writes them.
    QByteArray dockerConfig;
    QString dockerConfigSource; // its file name, for messages
    PatchTarget patchTarget = PatchTarget::None;
    QString patchName; // the ServiceAccount or workload
    Output output = Output::Yaml;
    // For Output::Kubectl: where the command reads the password; empty means a prompt.
    QString passwordFile;
    // The failing image, when known: a warning says when the kubelet would not use the secret for it.
    QString image;
};

// kubernetes.io/dockerconfigjson Secrets. For one registry the YAML and JSON are byte for byte
// what `kubectl create secret docker-registry NAME --docker-server S --docker-username U
// --docker-password P [--docker-email E] [-n NS] --dry-run=client -o yaml|json` prints
// (kubectl 1.25-1.32).
class SecretGenerator
{
public:
    using FieldLabel = std::function<QString(const QString &fieldId)>;

    static QList<RegistryPreset> presets();
    static RegistryPreset preset(const QString &id); // id empty when unknown

    // The first problem, translated and naming the field, or empty. Field ids: name, namespace,
    // server, username, password, email, from-docker-config, service-account / deployment /
    // statefulset / daemonset, password-file, image. label() turns an id into what the user
    // sees; by default "--id" (the CLI's option names).
    static QString validate(const SecretOptions &options, const FieldLabel &label = {});

    // Assumes validate() passed. Files: the Secret (yaml/json/dockerconfigjson, secret), the
    // imagePullSecrets patch when a target is set; kubectl output gives a shell script file.
    static GeneratedSet generate(const SecretOptions &options);

    // The registries an imported docker config holds (auths, or a legacy bare map), with
    // warnings for what the kubelet ignores; false with a message when it is unusable.
    static bool parseDockerConfig(const QByteArray &content, const QString &source, QList<RegistryCredential> *out,
        QMap<QString, QString> *httpHeaders, QStringList *warnings, QString *error);

    // The .dockerconfigjson payload (compact, Go field order username/password/email/auth).
    static QByteArray dockerConfigJson(const SecretOptions &options);
    static QByteArray secretYaml(const SecretOptions &options);
    static QByteArray secretJson(const SecretOptions &options);
    // Warnings that depend on the provider and the image (ECR token lifetime, Docker Hub keys,
    // _json_key, credential match).
    static QStringList warnings(const SecretOptions &options);

    // A YAML plain scalar when YAML 1.1 (go-yaml v2, which kubectl uses) reads it back as the
    // same string, else double-quoted: "123", "true", "1e3", "2001-01-01".
    static QByteArray yamlScalar(const QString &value);
    // A POSIX shell word: single-quoted unless only safe characters.
    static QString shellQuote(const QString &value);
};

} // namespace PullScope

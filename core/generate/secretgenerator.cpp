#include "secretgenerator.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

#include "credentialmatcher.h"
#include "fieldvalidator.h"
#include "gojson.h"
#include "imagereference.h"

namespace PullScope {

namespace {

struct Entry
{
    QString key;
    QString username;
    QString password;
    QString email;
    QString auth;
};

struct Payload
{
    QList<Entry> entries; // sorted by key, as Go writes a map
    QMap<QString, QString> headers;
    QStringList warnings;
    QString error;
};

QString defaultLabel(const QString &id)
{
    return QStringLiteral("--") + id;
}

Payload collect(const SecretOptions &o)
{
    Payload p;
    if (!o.dockerConfig.isEmpty()) {
        QList<RegistryCredential> creds;
        if (!SecretGenerator::parseDockerConfig(
                o.dockerConfig, o.dockerConfigSource, &creds, &p.headers, &p.warnings, &p.error))
            return p;
        for (const RegistryCredential &c : creds)
            p.entries << Entry {c.server, c.username, c.password, c.email, {}};
    } else {
        for (const RegistryCredential &c : o.registries)
            p.entries << Entry {c.server, c.username, c.password, c.email, {}};
    }
    for (Entry &e : p.entries) {
        if (!e.username.isEmpty() || !e.password.isEmpty())
            e.auth = QString::fromLatin1((e.username + QLatin1Char(':') + e.password).toUtf8().toBase64());
    }
    std::sort(p.entries.begin(), p.entries.end(),
        [](const Entry &a, const Entry &b) { return GoJson::keyLess(a.key, b.key); });
    return p;
}

QString namespaceDir(const SecretOptions &o)
{
    return QStringLiteral("kubernetes/") + (o.ns.isEmpty() ? QStringLiteral("default") : o.ns) + QLatin1Char('/');
}

QString nsArgs(const SecretOptions &o)
{
    return o.ns.isEmpty() ? QString() : QStringLiteral(" -n ") + o.ns;
}

QString targetKind(SecretOptions::PatchTarget t)
{
    switch (t) {
    case SecretOptions::PatchTarget::ServiceAccount:
        return QStringLiteral("serviceaccount");
    case SecretOptions::PatchTarget::Deployment:
        return QStringLiteral("deployment");
    case SecretOptions::PatchTarget::StatefulSet:
        return QStringLiteral("statefulset");
    case SecretOptions::PatchTarget::DaemonSet:
        return QStringLiteral("daemonset");
    case SecretOptions::PatchTarget::None:
        break;
    }
    return {};
}

QString targetFieldId(SecretOptions::PatchTarget t)
{
    return t == SecretOptions::PatchTarget::ServiceAccount ? QStringLiteral("service-account") : targetKind(t);
}

bool isEcrHost(const QString &key)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9]{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$"));
    return re.match(CredentialMatcher::keyringKey(key).section(QLatin1Char('/'), 0, 0)).hasMatch();
}

} // namespace

QList<RegistryPreset> SecretGenerator::presets()
{
    return {
        {QStringLiteral("dockerhub"), QCoreApplication::translate("Generate", "Docker Hub"),
            QStringLiteral("https://index.docker.io/v1/"), false, QString(), false,
            QCoreApplication::translate("Generate",
                "Your Docker ID and a personal access token (Account settings, Personal access tokens); "
                "authenticated pulls get a higher rate limit.")},
        {QStringLiteral("harbor"), QCoreApplication::translate("Generate", "Harbor (robot account)"),
            QStringLiteral("harbor.example.com"), true, QStringLiteral("robot$project+name"), false,
            QCoreApplication::translate("Generate",
                "A robot account of the project (Harbor 2: robot$project+name, Harbor 1: robot$name) and its "
                "secret; the server is the Harbor host without https://.")},
        {QStringLiteral("ecr"), QCoreApplication::translate("Generate", "AWS ECR"),
            QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com"), true, QStringLiteral("AWS"), true,
            QCoreApplication::translate("Generate",
                "The password is the output of aws ecr get-login-password --region REGION; it expires after 12 "
                "hours (IAM roles for service accounts or the ECR credential provider avoid the secret).")},
        {QStringLiteral("acr"), QCoreApplication::translate("Generate", "Azure Container Registry"),
            QStringLiteral("myregistry.azurecr.io"), true, QString(), false,
            QCoreApplication::translate("Generate",
                "A service principal with the AcrPull role: its application (client) id as user and its secret "
                "as password (AKS can attach the registry with a managed identity instead).")},
        {QStringLiteral("gcr"), QCoreApplication::translate("Generate", "Google Container/Artifact Registry"),
            QStringLiteral("gcr.io"), false, QStringLiteral("_json_key"), true,
            QCoreApplication::translate("Generate",
                "The whole JSON key file of a service account (gcloud iam service-accounts keys create) as the "
                "password; for Artifact Registry the server is REGION-docker.pkg.dev.")},
        {QStringLiteral("aliyun"), QCoreApplication::translate("Generate", "Alibaba Cloud ACR"),
            QStringLiteral("registry.cn-hangzhou.aliyuncs.com"), true, QString(), false,
            QCoreApplication::translate("Generate",
                "Your Alibaba Cloud account name and the registry password set in the ACR console (not the console "
                "login password); use your region's host.")},
    };
}

RegistryPreset SecretGenerator::preset(const QString &id)
{
    const QList<RegistryPreset> all = presets();
    for (const RegistryPreset &p : all) {
        if (p.id == id)
            return p;
    }
    return {};
}

bool SecretGenerator::parseDockerConfig(const QByteArray &content, const QString &source,
    QList<RegistryCredential> *out, QMap<QString, QString> *httpHeaders, QStringList *warnings, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QCoreApplication::translate("Generate", "%1: not a docker config file (JSON object expected): %2")
                     .arg(source, pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("-"));
        return false;
    }
    const QJsonObject top = doc.object();
    QJsonObject auths;
    if (top.contains(QLatin1String("auths"))) {
        auths = top.value(QLatin1String("auths")).toObject();
        const QJsonObject headers = top.value(QLatin1String("HttpHeaders")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.value().isString())
                httpHeaders->insert(it.key(), it.value().toString());
        }
        if (top.contains(QLatin1String("credsStore")) || top.contains(QLatin1String("credHelpers")))
            warnings->append(QCoreApplication::translate("Generate",
                "%1 uses a credential helper (credsStore/credHelpers): the passwords it keeps are not in the file "
                "and the kubelet cannot use them; only entries with credentials in the file are copied.")
                                 .arg(source));
    } else {
        // The legacy .dockercfg form: the bare map of registries.
        auths = top;
    }
    QStringList keys = auths.keys();
    std::sort(keys.begin(), keys.end(), GoJson::keyLess);
    for (const QString &key : keys) {
        const QJsonObject e = auths.value(key).toObject();
        RegistryCredential c;
        c.server = key;
        c.username = e.value(QLatin1String("username")).toString();
        c.password = e.value(QLatin1String("password")).toString();
        c.email = e.value(QLatin1String("email")).toString();
        const QString auth = e.value(QLatin1String("auth")).toString();
        if (c.username.isEmpty() && c.password.isEmpty() && !auth.isEmpty()) {
            // `docker login` stores only "auth"; the kubelet decodes it the same way.
            const QByteArray decoded = QByteArray::fromBase64(auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const int colon = int(decoded.indexOf(':'));
            if (colon > 0) {
                c.username = QString::fromUtf8(decoded.left(colon));
                c.password = QString::fromUtf8(decoded.mid(colon + 1));
            }
        }
        if (e.contains(QLatin1String("identitytoken")))
            warnings->append(QCoreApplication::translate(
                "Generate", "%1: the entry for %2 holds an identity token, which the kubelet does not use.")
                                 .arg(source, key));
        if (c.username.isEmpty() || c.password.isEmpty()) {
            warnings->append(QCoreApplication::translate(
                "Generate", "%1: the entry for %2 has no user name and password in the file; it is left out.")
                                 .arg(source, key));
            continue;
        }
        const QString problem = FieldValidator::registryServer(source, key);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        const QString userProblem = FieldValidator::registryUsername(source, c.username);
        const QString emailProblem = FieldValidator::email(source, c.email);
        if (!userProblem.isEmpty() || !emailProblem.isEmpty()) {
            *error = !userProblem.isEmpty() ? userProblem : emailProblem;
            return false;
        }
        out->append(c);
    }
    if (out->isEmpty()) {
        *error = QCoreApplication::translate("Generate", "%1 holds no registry with a user name and password.")
                     .arg(source);
        return false;
    }
    return true;
}

QString SecretGenerator::validate(const SecretOptions &o, const FieldLabel &labelFn)
{
    const FieldLabel label = labelFn ? labelFn : FieldLabel(defaultLabel);
    QString problem = FieldValidator::kubernetesName(label(QStringLiteral("name")), o.name);
    if (!problem.isEmpty())
        return problem;
    if (!o.ns.isEmpty()) {
        problem = FieldValidator::kubernetesLabel(label(QStringLiteral("namespace")), o.ns);
        if (!problem.isEmpty())
            return problem;
    }
    if (!o.dockerConfig.isEmpty() || !o.dockerConfigSource.isEmpty()) {
        if (!o.registries.isEmpty())
            return QCoreApplication::translate("Generate", "%1 cannot be combined with %2.")
                .arg(label(QStringLiteral("from-docker-config")), label(QStringLiteral("server")));
        const Payload p = collect(o);
        if (!p.error.isEmpty())
            return label(QStringLiteral("from-docker-config")) + QStringLiteral(": ") + p.error;
    } else {
        if (o.registries.isEmpty())
            return QCoreApplication::translate("Generate", "%1, %2 and a password are required (or %3).")
                .arg(label(QStringLiteral("server")), label(QStringLiteral("username")),
                    label(QStringLiteral("from-docker-config")));
        QStringList seen;
        for (int i = 0; i < o.registries.size(); ++i) {
            const RegistryCredential &c = o.registries.at(i);
            auto l = [&](const char *id) {
                const QString base = label(QString::fromLatin1(id));
                return o.registries.size() > 1 ? base + QStringLiteral(" #") + QString::number(i + 1) : base;
            };
            problem = FieldValidator::registryServer(l("server"), c.server);
            if (problem.isEmpty())
                problem = FieldValidator::registryUsername(l("username"), c.username);
            // The kubectl command reads the password itself (file or prompt), so it may be unknown here.
            const bool passwordNeeded = o.output != SecretOptions::Output::Kubectl || o.registries.size() > 1;
            if (problem.isEmpty() && c.password.isEmpty() && passwordNeeded)
                problem = QCoreApplication::translate("Generate", "%1 is required and must not be empty.")
                              .arg(l("password"));
            if (problem.isEmpty())
                problem = FieldValidator::email(l("email"), c.email);
            if (problem.isEmpty() && seen.contains(c.server))
                problem = QCoreApplication::translate("Generate", "%1: the registry %2 is given twice.")
                              .arg(l("server"), c.server);
            if (!problem.isEmpty())
                return problem;
            seen << c.server;
        }
    }
    if (o.patchTarget != SecretOptions::PatchTarget::None) {
        problem = FieldValidator::kubernetesName(label(targetFieldId(o.patchTarget)), o.patchName);
        if (!problem.isEmpty())
            return problem;
    }
    if (!o.passwordFile.isEmpty()) {
        problem = FieldValidator::noControlCharacters(label(QStringLiteral("password-file")), o.passwordFile);
        if (!problem.isEmpty())
            return problem;
    }
    if (!o.image.isEmpty()) {
        problem = FieldValidator::noControlCharacters(label(QStringLiteral("image")), o.image);
        if (!problem.isEmpty())
            return problem;
        const ImageReference ref = ImageReference::parse(o.image);
        if (!ref.isValid())
            return label(QStringLiteral("image")) + QStringLiteral(": ") + ref.errorText();
    }
    return {};
}

QByteArray SecretGenerator::dockerConfigJson(const SecretOptions &o)
{
    const Payload p = collect(o);
    QByteArray out = "{\"auths\":{";
    bool first = true;
    for (const Entry &e : p.entries) {
        if (!first)
            out += ',';
        first = false;
        out += GoJson::quote(e.key) + ":{";
        QList<QByteArray> fields;
        if (!e.username.isEmpty())
            fields << "\"username\":" + GoJson::quote(e.username);
        if (!e.password.isEmpty())
            fields << "\"password\":" + GoJson::quote(e.password);
        if (!e.email.isEmpty())
            fields << "\"email\":" + GoJson::quote(e.email);
        if (!e.auth.isEmpty())
            fields << "\"auth\":" + GoJson::quote(e.auth);
        out += fields.join(',') + '}';
    }
    out += '}';
    if (!p.headers.isEmpty()) {
        QStringList keys = p.headers.keys();
        std::sort(keys.begin(), keys.end(), GoJson::keyLess);
        out += ",\"HttpHeaders\":{";
        for (int i = 0; i < keys.size(); ++i)
            out += (i ? "," : "") + GoJson::quote(keys[i]) + ':' + GoJson::quote(p.headers.value(keys[i]));
        out += '}';
    }
    out += '}';
    return out;
}

QByteArray SecretGenerator::yamlScalar(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]*$"));
    static const QRegularExpression special(QStringLiteral(
        "^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$"));
    static const QRegularExpression integer(QStringLiteral("^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$"));
    static const QRegularExpression floating(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    static const QRegularExpression date(QStringLiteral("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$"));
    bool plain = safe.match(value).hasMatch() && !special.match(value).hasMatch() && !integer.match(value).hasMatch()
        && !floating.match(value).hasMatch();
    if (plain) {
        const QRegularExpressionMatch m = date.match(value);
        if (m.hasMatch() && QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
            plain = false;
    }
    if (plain)
        return value.toUtf8();
    // JSON's escapes are valid in a YAML double-quoted scalar.
    return GoJson::quote(value);
}

QString SecretGenerator::shellQuote(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@=+,-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    QString out = value;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QByteArray SecretGenerator::secretYaml(const SecretOptions &o)
{
    QByteArray out = "apiVersion: v1\ndata:\n  .dockerconfigjson: " + dockerConfigJson(o).toBase64()
        + "\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: " + yamlScalar(o.name) + '\n';
    if (!o.ns.isEmpty())
        out += "  namespace: " + yamlScalar(o.ns) + '\n';
    out += "type: kubernetes.io/dockerconfigjson\n";
    return out;
}

QByteArray SecretGenerator::secretJson(const SecretOptions &o)
{
    QByteArray out
        = "{\n    \"kind\": \"Secret\",\n    \"apiVersion\": \"v1\",\n    \"metadata\": {\n        \"name\": "
        + GoJson::quote(o.name) + ",\n";
    if (!o.ns.isEmpty())
        out += "        \"namespace\": " + GoJson::quote(o.ns) + ",\n";
    out += "        \"creationTimestamp\": null\n    },\n    \"data\": {\n        \".dockerconfigjson\": \""
        + dockerConfigJson(o).toBase64() + "\"\n    },\n    \"type\": \"kubernetes.io/dockerconfigjson\"\n}\n";
    return out;
}

QStringList SecretGenerator::warnings(const SecretOptions &o)
{
    const Payload p = collect(o);
    QStringList out = p.warnings;
    QStringList keys;
    for (const Entry &e : p.entries) {
        keys << e.key;
        const QString host = CredentialMatcher::keyringKey(e.key).section(QLatin1Char('/'), 0, 0);
        if (isEcrHost(e.key)) {
            out << QCoreApplication::translate("Generate",
                "%1 is an AWS ECR registry: the password from aws ecr get-login-password is a token that expires "
                "after 12 hours, and the Secret stops working then. Refresh it on a schedule, or use the kubelet's "
                "ECR credential provider or IAM roles instead.")
                       .arg(e.key);
            if (e.username != QLatin1String("AWS"))
                out << QCoreApplication::translate("Generate", "AWS ECR expects the user name AWS, not %1.")
                           .arg(e.username);
        }
        if (host == QLatin1String("registry-1.docker.io") || host == QLatin1String("hub.docker.com"))
            out << QCoreApplication::translate("Generate",
                "The kubelet does not use credentials stored under %1 for Docker Hub images; use "
                "https://index.docker.io/v1/ (or docker.io) as the server.")
                       .arg(e.key);
        if (e.username == QLatin1String("_json_key")) {
            QJsonParseError pe;
            const QJsonDocument key = QJsonDocument::fromJson(e.password.toUtf8(), &pe);
            if (pe.error != QJsonParseError::NoError || !key.isObject())
                out << QCoreApplication::translate("Generate",
                    "The user _json_key expects the whole service-account JSON key file as the password; the password "
                    "given is not a JSON object.");
        }
    }
    const QString mismatch = CredentialMatcher::mismatchWarning(keys, o.image);
    if (!mismatch.isEmpty())
        out << mismatch;
    if (o.patchTarget == SecretOptions::PatchTarget::Deployment
        || o.patchTarget == SecretOptions::PatchTarget::StatefulSet
        || o.patchTarget == SecretOptions::PatchTarget::DaemonSet)
        out << QCoreApplication::translate("Generate",
            "Patching the %1's pod template replaces its pods (a rollout); patching the ServiceAccount instead "
            "affects pods created afterwards.")
                   .arg(targetKind(o.patchTarget));
    if (o.output == SecretOptions::Output::Kubectl && p.entries.size() == 1 && o.dockerConfig.isEmpty())
        out << QCoreApplication::translate("Generate",
            "The command keeps the password out of your shell history, but kubectl still receives it as an argument, "
            "visible to other users of this machine while it runs; apply the YAML output where that matters.");
    return out;
}

GeneratedSet SecretGenerator::generate(const SecretOptions &o)
{
    GeneratedSet set;
    set.warnings = warnings(o);
    const QString dir = namespaceDir(o);
    const QString ns = nsArgs(o);
    const bool single = o.dockerConfig.isEmpty() && o.registries.size() == 1;
    switch (o.output) {
    case SecretOptions::Output::Yaml:
        set.files << GeneratedFile {dir + o.name + QStringLiteral(".yaml"), secretYaml(o), true};
        set.applyCommands << QStringLiteral("kubectl apply -f ") + set.files.last().path;
        break;
    case SecretOptions::Output::Json:
        set.files << GeneratedFile {dir + o.name + QStringLiteral(".json"), secretJson(o), true};
        set.applyCommands << QStringLiteral("kubectl apply -f ") + set.files.last().path;
        break;
    case SecretOptions::Output::DockerConfigJson:
    case SecretOptions::Output::Kubectl:
        if (o.output == SecretOptions::Output::DockerConfigJson || !single) {
            set.files << GeneratedFile {dir + o.name + QStringLiteral(".dockerconfigjson"), dockerConfigJson(o), true};
            set.applyCommands << QStringLiteral("kubectl create secret docker-registry ") + o.name + ns
                    + QStringLiteral(" --from-file=.dockerconfigjson=") + set.files.last().path;
        } else {
            const RegistryCredential &c = o.registries.first();
            QString tail = QStringLiteral(" --docker-server=") + SecretGenerator::shellQuote(c.server)
                + QStringLiteral(" --docker-username=") + SecretGenerator::shellQuote(c.username);
            QString password;
            if (!o.passwordFile.isEmpty()) {
                password = QStringLiteral(" --docker-password=\"$(cat -- ")
                    + SecretGenerator::shellQuote(o.passwordFile) + QStringLiteral(")\"");
            } else {
                set.applyCommands << QStringLiteral("IFS= read -r -s -p ")
                        + SecretGenerator::shellQuote(QCoreApplication::translate("Generate", "Password for %1 at %2: ")
                                                          .arg(c.username, c.server))
                        + QStringLiteral(" PULLSCOPE_PASSWORD; echo");
                password = QStringLiteral(" --docker-password=\"$PULLSCOPE_PASSWORD\"");
            }
            QString email;
            if (!c.email.isEmpty())
                email = QStringLiteral(" --docker-email=") + SecretGenerator::shellQuote(c.email);
            set.applyCommands << QStringLiteral("kubectl create secret docker-registry ") + o.name + ns + tail
                    + password + email;
            if (o.passwordFile.isEmpty())
                set.applyCommands << QStringLiteral("unset PULLSCOPE_PASSWORD");
        }
        break;
    }

    const QString secretName = o.name;
    if (o.patchTarget != SecretOptions::PatchTarget::None) {
        const QString kind = targetKind(o.patchTarget);
        const QByteArray item = "- name: " + yamlScalar(secretName) + '\n';
        QByteArray patch;
        QString inlinePatch;
        if (o.patchTarget == SecretOptions::PatchTarget::ServiceAccount) {
            patch = "imagePullSecrets:\n" + item;
            // A ServiceAccount's list has no merge key: a strategic merge patch would replace
            // the secrets already listed, so append with a JSON patch and fall back to the
            // merge patch only when the list does not exist yet.
            set.applyCommands << QStringLiteral("kubectl patch serviceaccount ") + o.patchName + ns
                    + QStringLiteral(" --type=json -p '[{\"op\":\"add\",\"path\":\"/imagePullSecrets/-\",\"value\":{"
                                     "\"name\":\"")
                    + secretName + QStringLiteral("\"}}]' || kubectl patch serviceaccount ") + o.patchName + ns
                    + QStringLiteral(" -p '{\"imagePullSecrets\":[{\"name\":\"") + secretName
                    + QStringLiteral("\"}]}'");
            set.verifyCommands << QStringLiteral("kubectl get serviceaccount ") + o.patchName + ns
                    + QStringLiteral(" -o jsonpath='{.imagePullSecrets[*].name}'");
        } else {
            patch = "spec:\n  template:\n    spec:\n      imagePullSecrets:\n      " + item;
            inlinePatch = QStringLiteral("{\"spec\":{\"template\":{\"spec\":{\"imagePullSecrets\":[{\"name\":\"")
                + secretName + QStringLiteral("\"}]}}}}");
            set.applyCommands << QStringLiteral("kubectl patch ") + kind + QLatin1Char(' ') + o.patchName + ns
                    + QStringLiteral(" -p '") + inlinePatch + QLatin1Char('\'');
            set.verifyCommands << QStringLiteral("kubectl get ") + kind + QLatin1Char(' ') + o.patchName + ns
                    + QStringLiteral(" -o jsonpath='{.spec.template.spec.imagePullSecrets[*].name}'");
        }
        set.files << GeneratedFile {
            dir + kind + QLatin1Char('-') + o.patchName + QStringLiteral("-imagepullsecrets-patch.yaml"), patch, false};
    }
    set.verifyCommands.prepend(QStringLiteral("kubectl get secret ") + secretName + ns
        + QStringLiteral(" -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq -r '.auths | keys[]'"));
    set.verifyCommands.prepend(
        QStringLiteral("kubectl get secret ") + secretName + ns + QStringLiteral(" -o jsonpath='{.type}'"));
    return set;
}

} // namespace PullScope

#include "redaction.h"

#include <QList>
#include <QRegularExpression>

namespace PullScope {

namespace {

const QString &mask()
{
    static const QString m = QStringLiteral("***");
    return m;
}

// A rule command's `<password>` is an instruction, not a secret.
bool isPlaceholder(QStringView value)
{
    static const QRegularExpression re(QStringLiteral("^<[A-Za-z0-9_.-]+>$"));
    return re.match(value.toString()).hasMatch();
}

// Real tokens are not dictionary words: "Bearer realm=..." (WWW-Authenticate) and
// "no basic auth credentials" (the unauthorized cause) must stay readable.
bool looksLikeToken(QStringView value)
{
    if (value.size() >= 20)
        return true;
    if (value.size() < 8)
        return false;
    for (const QChar c : value)
        if (c.isDigit() || c.isUpper() || c == QLatin1Char('.') || c == QLatin1Char('+') || c == QLatin1Char('/')
            || c == QLatin1Char('=') || c == QLatin1Char('_') || c == QLatin1Char('-'))
            return true;
    return false;
}

struct Rule
{
    QRegularExpression re;
    int group; // the capture that is the secret
    bool (*accept)(QStringView value); // extra check on the captured value, or null
};

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

const QList<Rule> &rules()
{
    // Order matters only where two rules could claim the same text; the header form comes
    // before the bare Bearer form so an Authorization value is masked whatever it looks like.
    static const QList<Rule> list = {
        // Authorization / Proxy-Authorization headers, any scheme.
        {ci(QStringLiteral(
             "\\b(?:proxy-)?authorization\\s*[:=]\\s*\"?(?:bearer|basic|token)?\\s*([^\\s\",;)\\]}'<>]+)")),
            1, nullptr},
        // Bearer / Basic tokens outside a header line.
        {QRegularExpression(QStringLiteral("\\b(?:Bearer|Basic|bearer|basic)\\s+([A-Za-z0-9._~+/-]+=*)")), 1,
            looksLikeToken},
        // JSON fields, plain or escaped inside another string (\"auth\":\"...\").
        {ci(QStringLiteral("\\\\\"(?:auth|password|passwd|identitytoken|registrytoken|access_token|refresh_token|"
                           "token|secret|client_secret)\\\\\"\\s*:\\s*\\\\\"(.*?)\\\\\"")),
            1, nullptr},
        {ci(QStringLiteral("\"(?:auth|password|passwd|identitytoken|registrytoken|access_token|refresh_token|"
                           "token|secret|client_secret)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")),
            1, nullptr},
        // kubectl create secret docker-registry --docker-password=x / --docker-password x,
        // logins with --password x, kubectl --token=x (--password-stdin is left alone).
        {ci(QStringLiteral(
             "--(?:docker-password|password|token|bearer-token|registry-token)(?:=|\\s+)(\"[^\"]*\"|'[^']*'|\\S+)")),
            1, nullptr},
        // docker/podman/helm/crane/skopeo login -p x: only after `login`, since `mkdir -p`
        // and friends are everywhere in the remediation commands.
        {QRegularExpression(QStringLiteral("\\blogin\\b[^\\n|;&]*?\\s-p(?:=|\\s+)(\"[^\"]*\"|'[^']*'|\\S+)")), 1,
            nullptr},
        // crictl pull --creds user:pass, curl -u user:pass, skopeo --creds/--src-creds.
        {QRegularExpression(QStringLiteral("(?:--(?:src-|dest-)?creds|\\s-u|--user)(?:=|\\s+)[^:\\s]+:(\\S+)")), 1,
            nullptr},
        // user:pass@host in URLs (proxy settings, registry mirrors).
        {ci(QStringLiteral("\\b[a-z][a-z0-9+.-]*://[^/\\s:@]+:([^/\\s@]+)@")), 1, nullptr},
        // Signed URLs and token parameters.
        {ci(QStringLiteral("(?:^|[?&;\\s\"'])(?:token|access_token|refresh_token|id_token|x-amz-signature|"
                           "x-amz-security-token|x-amz-credential|sig|signature|password|passwd|client_secret|"
                           "api_key|apikey)=([^&\\s\"'#]+)")),
            1, nullptr},
        // .dockerconfigjson / .dockercfg values (YAML `key: blob` or JSON `"key":"blob"`).
        {QRegularExpression(
             QStringLiteral("\\.docker(?:configjson|cfg)\\\\?\"?\\s*[:=]\\s*\\\\?\"?([A-Za-z0-9+/]{16,}=*)")),
            1, nullptr},
        // A bare base64 docker config ({"auths":...) or a JWT anywhere.
        {QRegularExpression(QStringLiteral("\\b(eyJhdXRocyI6[A-Za-z0-9+/]*=*)")), 1, nullptr},
        {QRegularExpression(QStringLiteral("\\b(eyJ[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]*)")), 1,
            nullptr},
    };
    return list;
}

QString apply(const Rule &rule, const QString &text)
{
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = rule.re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(rule.group);
        if (start < 0)
            continue;
        const QStringView value = m.capturedView(rule.group);
        if (value.isEmpty() || value == mask() || isPlaceholder(value) || (rule.accept && !rule.accept(value)))
            continue;
        out += QStringView(text).mid(copied, start - copied);
        out += mask();
        copied = m.capturedEnd(rule.group);
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

QString redactSecrets(const QString &text)
{
    QString result = text;
    for (const Rule &rule : rules())
        result = apply(rule, result);
    return result;
}

RedactedSpan redactWithSpan(const QString &text, int start, int end)
{
    RedactedSpan r;
    const QString whole = redactSecrets(text);
    if (start < 0 || end <= start || end > text.size()) {
        r.before = whole;
        return r;
    }
    const QString before = redactSecrets(text.left(start));
    const QString match = redactSecrets(text.mid(start, end - start));
    const QString after = redactSecrets(text.mid(end));
    if (before + match + after != whole) {
        r.before = whole;
        return r;
    }
    r.before = before;
    r.match = match;
    r.after = after;
    r.marked = true;
    return r;
}

} // namespace PullScope

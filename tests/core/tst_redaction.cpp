#include <QtTest>

#include "redaction.h"

using namespace PullScope;

// redactSecrets(): every credential form a report can carry is masked, keeping the key or
// flag in front of it; digests, image names and the runtime's own error texts survive.
class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *in, const char *out) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };

        // Masked.
        row("authorization bearer", "Authorization: Bearer abc.def.ghi", "Authorization: Bearer ***");
        row("authorization basic", "header Authorization: Basic dXNlcjpwYXNz sent",
            "header Authorization: Basic *** sent");
        row("authorization in parentheses", "denied (Authorization: Bearer abc.def.ghi) retry",
            "denied (Authorization: Bearer ***) retry");
        row("proxy authorization", "Proxy-Authorization: Basic Zm9vOmJhcg==", "Proxy-Authorization: Basic ***");
        row("bare bearer", "retry with Bearer eyJhbGciOi.eyJzdWIiOi.sig123 failed", "retry with Bearer *** failed");
        row("json auth", "{\"auths\":{\"r.example.com\":{\"auth\":\"dXNlcjpwYXNz\"}}}",
            "{\"auths\":{\"r.example.com\":{\"auth\":\"***\"}}}");
        row("json password spaced", "{\"username\": \"bob\", \"password\": \"s3cr\\\"et\"}",
            "{\"username\": \"bob\", \"password\": \"***\"}");
        row("escaped json auth", "data: {\\\"auth\\\":\\\"dXNlcjpwYXNz\\\"}", "data: {\\\"auth\\\":\\\"***\\\"}");
        row("docker-password equals",
            "kubectl create secret docker-registry regcred --docker-username=bob --docker-password=Hunter2! -n ml",
            "kubectl create secret docker-registry regcred --docker-username=bob --docker-password=*** -n ml");
        row("docker-password space", "--docker-password 'pa ss' --docker-email=a@b.c",
            "--docker-password *** --docker-email=a@b.c");
        row("login -p", "docker login -u bob -p hunter2 registry.example.com",
            "docker login -u bob -p *** registry.example.com");
        row("login --password", "podman login --username bob --password hunter2 quay.io",
            "podman login --username bob --password *** quay.io");
        row("kubectl token", "kubectl --token=abcdef123456 get pods", "kubectl --token=*** get pods");
        row("crictl creds", "sudo crictl pull --creds bob:hunter2 nginx:1.25",
            "sudo crictl pull --creds bob:*** nginx:1.25");
        row("curl -u", "curl -sv -u bob:hunter2 https://r.example.com/v2/",
            "curl -sv -u bob:*** https://r.example.com/v2/");
        row("url userinfo", "proxyconnect tcp: dial http://proxyuser:Pr0xyPass@10.0.0.9:3128 refused",
            "proxyconnect tcp: dial http://proxyuser:***@10.0.0.9:3128 refused");
        row("https userinfo", "mirror https://bob:x%40y@mirror.example.com/v2/",
            "mirror https://bob:***@mirror.example.com/v2/");
        row("token query", "GET https://auth.example.com/token?service=r&token=abc123&x=1",
            "GET https://auth.example.com/token?service=r&token=***&x=1");
        row("access_token query", "https://r.example.com/v2/?access_token=ya29.a0AfH6",
            "https://r.example.com/v2/?access_token=***");
        row("amz signature",
            "Get "
            "\"https://s3.amazonaws.com/"
            "l?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature="
            "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7\": EOF",
            "Get \"https://s3.amazonaws.com/l?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=***\": EOF");
        row("azure sig", "https://acct.blob.core.windows.net/c/b?sv=2021-08-06&sig=abcDEF%2Bxyz%3D&se=2026",
            "https://acct.blob.core.windows.net/c/b?sv=2021-08-06&sig=***&se=2026");
        row("dockerconfigjson yaml", "  .dockerconfigjson: eyJhdXRocyI6eyJyLmV4YW1wbGUuY29tIjp7fX19",
            "  .dockerconfigjson: ***");
        row("dockerconfigjson json", "{\".dockerconfigjson\":\"eyJhdXRocyI6eyJyLmV4YW1wbGUuY29tIjp7fX19\"}",
            "{\".dockerconfigjson\":\"***\"}");
        row("bare docker config blob", "secret data eyJhdXRocyI6eyJyLmV4YW1wbGUuY29tIjp7fX19 leaked",
            "secret data *** leaked");
        row("jwt anywhere", "token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2IifQ.c2lnbmF0dXJl expired", "token *** expired");
        row("two secrets", "Authorization: Bearer tok1.tok2.tok3 and --docker-password=pw",
            "Authorization: Bearer *** and --docker-password=***");

        // Untouched.
        row("digest", "docker.io/library/nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31",
            "docker.io/library/nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31");
        row("layer ref",
            "failed commit on ref \"layer-sha256:064220c781c81ca68f34ab1a66c17c2c760c629427100f9fd186d624aab86c6c\": "
            "unexpected commit size",
            "failed commit on ref \"layer-sha256:064220c781c81ca68f34ab1a66c17c2c760c629427100f9fd186d624aab86c6c\": "
            "unexpected commit size");
        row("image names", "Pulling image \"harbor.example.com/ml/embedder:1.2.0\" and \"localhost:5000/app:v1\"",
            "Pulling image \"harbor.example.com/ml/embedder:1.2.0\" and \"localhost:5000/app:v1\"");
        row("no basic auth", "Failed to pull image \"x\": no basic auth credentials",
            "Failed to pull image \"x\": no basic auth credentials");
        row("insufficient scope", "server message: insufficient_scope: authorization failed",
            "server message: insufficient_scope: authorization failed");
        row("token endpoint",
            "failed to fetch anonymous token: unexpected status from GET request to "
            "https://acmeml.azurecr.io/oauth2/"
            "token?scope=repository%3Aml%2Fevaluator%3Apull&service=acmeml.azurecr.io: 401 Unauthorized",
            "failed to fetch anonymous token: unexpected status from GET request to "
            "https://acmeml.azurecr.io/oauth2/"
            "token?scope=repository%3Aml%2Fevaluator%3Apull&service=acmeml.azurecr.io: 401 Unauthorized");
        row("www-authenticate",
            "www-authenticate: Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\"",
            "www-authenticate: Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\"");
        row("mkdir -p", "sudo mkdir -p /etc/containerd/certs.d/harbor.example.com",
            "sudo mkdir -p /etc/containerd/certs.d/harbor.example.com");
        row("journalctl -u", "sudo journalctl -u containerd -n 200", "sudo journalctl -u containerd -n 200");
        row("placeholder password",
            "kubectl create secret docker-registry <secret> --docker-server=<registry> --docker-username=<user> "
            "--docker-password=<password> -n <namespace>",
            "kubectl create secret docker-registry <secret> --docker-server=<registry> --docker-username=<user> "
            "--docker-password=<password> -n <namespace>");
        row("placeholder creds", "sudo crictl pull --creds <user>:<password> <image>",
            "sudo crictl pull --creds <user>:<password> <image>");
        row("password-stdin", "docker login --password-stdin -u bob r.example.com",
            "docker login --password-stdin -u bob r.example.com");
        row("proxy without userinfo", "proxyconnect tcp: dial tcp 10.0.0.9:3128: connect: connection refused",
            "proxyconnect tcp: dial tcp 10.0.0.9:3128: connect: connection refused");
        row("host port url", "Head \"https://registry-1.docker.io:443/v2/prom/statsd-exporter/manifests/v0.26.0\"",
            "Head \"https://registry-1.docker.io:443/v2/prom/statsd-exporter/manifests/v0.26.0\"");
        row("chinese text", "镜像拉取失败：认证失败（401 Unauthorized）", "镜像拉取失败：认证失败（401 Unauthorized）");
        row("empty", "", "");
    }

    void redact()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(redactSecrets(input), expected);
        // Idempotent: a redacted text passes through unchanged.
        QCOMPARE(redactSecrets(expected), expected);
    }

    void span_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("marked");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("whole");
        const QString msg = QStringLiteral("401 Unauthorized (Authorization: Bearer abc.def.ghi)");
        const QString masked = QStringLiteral("401 Unauthorized (Authorization: Bearer ***)");
        QTest::newRow("span clear of the secret") << msg << 4 << 16 << true << QStringLiteral("Unauthorized") << masked;
        // The span cuts the token: pieces redacted alone would let "abc.d" through.
        QTest::newRow("span inside the secret") << msg << 40 << 45 << false << QString() << masked;
        // The word Authorization alone is fine: the rest still reads "Bearer <token>".
        QTest::newRow("span on the header name")
            << msg << 18 << 31 << true << QStringLiteral("Authorization") << masked;
        QTest::newRow("span cutting the scheme") << msg << 18 << 37 << false << QString() << masked;
        QTest::newRow("no span") << msg << -1 << -1 << false << QString() << masked;
        QTest::newRow("span past the end") << msg << 4 << 999 << false << QString() << masked;
        QTest::newRow("nothing to redact") << QStringLiteral("manifest unknown") << 0 << 8 << true
                                           << QStringLiteral("manifest") << QStringLiteral("manifest unknown");
    }

    void span()
    {
        QFETCH(QString, input);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(bool, marked);
        QFETCH(QString, match);
        QFETCH(QString, whole);
        const RedactedSpan r = redactWithSpan(input, start, end);
        QCOMPARE(r.marked, marked);
        const QString joined = r.before + r.match + r.after;
        QCOMPARE(joined, whole);
        if (marked)
            QCOMPARE(r.match, match);
        QVERIFY(!joined.contains(QLatin1String("abc.def")));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"

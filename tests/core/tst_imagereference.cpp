#include <QtTest>

#include "imagereference.h"

using PullScope::ImageReference;

namespace {
QString q(const char *s)
{
    return QString::fromLatin1(s);
}

const QString Hex64 = QStringLiteral("0123456789abcdef").repeated(4);
const QString Sha = QStringLiteral("sha256:") + Hex64;

void addValid(const char *row, const QString &input, const char *registry, const char *repository, const QString &tag,
    const QString &digest, const QString &normalized, const QString &familiar)
{
    QTest::newRow(row) << input << QString() << q(registry) << q(repository) << tag << digest << normalized << familiar;
}

void addInvalid(const char *row, const QString &input, const char *errorId)
{
    QTest::newRow(row) << input << q(errorId) << QString() << QString() << QString() << QString() << input << input;
}
} // namespace

class TestImageReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void errorIds();
    void applyDefaultTag_data();
    void applyDefaultTag();
};

void TestImageReference::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("familiar");

    // Docker Hub short names and their spellings.
    addValid("short", q("nginx"), "docker.io", "library/nginx", {}, {}, q("docker.io/library/nginx:latest"),
        q("nginx:latest"));
    addValid("short-tag", q("nginx:1.25"), "docker.io", "library/nginx", q("1.25"), {},
        q("docker.io/library/nginx:1.25"), q("nginx:1.25"));
    addValid("library", q("library/nginx"), "docker.io", "library/nginx", {}, {}, q("docker.io/library/nginx:latest"),
        q("nginx:latest"));
    addValid("docker.io-short", q("docker.io/nginx"), "docker.io", "library/nginx", {}, {},
        q("docker.io/library/nginx:latest"), q("nginx:latest"));
    addValid("docker.io-full", q("docker.io/library/nginx:latest"), "docker.io", "library/nginx", q("latest"), {},
        q("docker.io/library/nginx:latest"), q("nginx:latest"));
    addValid("index.docker.io", q("index.docker.io/library/nginx"), "docker.io", "library/nginx", {}, {},
        q("docker.io/library/nginx:latest"), q("nginx:latest"));
    addValid("index.docker.io-short", q("index.docker.io/nginx:1"), "docker.io", "library/nginx", q("1"), {},
        q("docker.io/library/nginx:1"), q("nginx:1"));
    addValid(
        "user", q("user/app"), "docker.io", "user/app", {}, {}, q("docker.io/user/app:latest"), q("user/app:latest"));
    addValid("user-tag", q("user/app:v1"), "docker.io", "user/app", q("v1"), {}, q("docker.io/user/app:v1"),
        q("user/app:v1"));
    addValid("docker.io-user", q("docker.io/user/app"), "docker.io", "user/app", {}, {}, q("docker.io/user/app:latest"),
        q("user/app:latest"));
    addValid("library-nested", q("docker.io/library/a/b"), "docker.io", "library/a/b", {}, {},
        q("docker.io/library/a/b:latest"), q("library/a/b:latest"));
    addValid("hub-deep", q("a/b/c/d/e"), "docker.io", "a/b/c/d/e", {}, {}, q("docker.io/a/b/c/d/e:latest"),
        q("a/b/c/d/e:latest"));

    // localhost is a host only when a path follows it.
    addValid("localhost", q("localhost/app"), "localhost", "app", {}, {}, q("localhost/app:latest"),
        q("localhost/app:latest"));
    addValid("localhost-port", q("localhost:5000/app:dev"), "localhost:5000", "app", q("dev"), {},
        q("localhost:5000/app:dev"), q("localhost:5000/app:dev"));
    addValid("bare-localhost", q("localhost"), "docker.io", "library/localhost", {}, {},
        q("docker.io/library/localhost:latest"), q("localhost:latest"));
    addValid("bare-localhost-port-is-tag", q("localhost:5000"), "docker.io", "library/localhost", q("5000"), {},
        q("docker.io/library/localhost:5000"), q("localhost:5000"));

    // Hosts: IPs, ports, several path components, IPv6, upper case.
    addValid("ipv4-port", q("127.0.0.1:5000/team/app:1.0"), "127.0.0.1:5000", "team/app", q("1.0"), {},
        q("127.0.0.1:5000/team/app:1.0"), q("127.0.0.1:5000/team/app:1.0"));
    addValid("ipv4", q("192.168.1.10/app"), "192.168.1.10", "app", {}, {}, q("192.168.1.10/app:latest"),
        q("192.168.1.10/app:latest"));
    addValid("host-port-deep", q("registry.example.com:443/team/sub/app:2.0"), "registry.example.com:443",
        "team/sub/app", q("2.0"), {}, q("registry.example.com:443/team/sub/app:2.0"),
        q("registry.example.com:443/team/sub/app:2.0"));
    addValid("quay", q("quay.io/prometheus/node-exporter:v1.8.0"), "quay.io", "prometheus/node-exporter", q("v1.8.0"),
        {}, q("quay.io/prometheus/node-exporter:v1.8.0"), q("quay.io/prometheus/node-exporter:v1.8.0"));
    addValid("registry.k8s.io", q("registry.k8s.io/pause:3.9"), "registry.k8s.io", "pause", q("3.9"), {},
        q("registry.k8s.io/pause:3.9"), q("registry.k8s.io/pause:3.9"));
    addValid("dashed-host", q("my-registry.example.com/app"), "my-registry.example.com", "app", {}, {},
        q("my-registry.example.com/app:latest"), q("my-registry.example.com/app:latest"));
    // The grammar's port is any run of digits; a port out of range fails later, at pull time.
    addValid("port-unbounded", q("registry.example.com:99999/app"), "registry.example.com:99999", "app", {}, {},
        q("registry.example.com:99999/app:latest"), q("registry.example.com:99999/app:latest"));
    addValid("ipv6-port", q("[::1]:5000/app"), "[::1]:5000", "app", {}, {}, q("[::1]:5000/app:latest"),
        q("[::1]:5000/app:latest"));
    addValid("ipv6", q("[2001:db8::1]/team/app:1"), "[2001:db8::1]", "team/app", q("1"), {},
        q("[2001:db8::1]/team/app:1"), q("[2001:db8::1]/team/app:1"));
    addValid("uppercase-host", q("Registry.Example.COM/team/app"), "Registry.Example.COM", "team/app", {}, {},
        q("Registry.Example.COM/team/app:latest"), q("Registry.Example.COM/team/app:latest"));
    // Upstream reads an upper-case first component as a host, never as a Hub namespace.
    addValid("uppercase-first-is-host", q("MyRegistry/app"), "MyRegistry", "app", {}, {}, q("MyRegistry/app:latest"),
        q("MyRegistry/app:latest"));
    // Not a valid host but a valid path: upstream keeps it with no domain at all.
    addValid("underscore-not-host", q("foo_bar.com/app"), "", "foo_bar.com/app", {}, {}, q("foo_bar.com/app:latest"),
        q("foo_bar.com/app:latest"));

    // Digests.
    addValid("digest-only", q("nginx@") + Sha, "docker.io", "library/nginx", {}, Sha,
        q("docker.io/library/nginx@") + Sha, q("nginx@") + Sha);
    addValid("tag-and-digest", q("nginx:1.25@") + Sha, "docker.io", "library/nginx", q("1.25"), Sha,
        q("docker.io/library/nginx:1.25@") + Sha, q("nginx:1.25@") + Sha);
    addValid("latest-and-digest", q("quay.io/x/y:latest@") + Sha, "quay.io", "x/y", q("latest"), Sha,
        q("quay.io/x/y:latest@") + Sha, q("quay.io/x/y:latest@") + Sha);
    const QString sha512 = q("sha512:") + Hex64 + Hex64;
    addValid("sha512", q("ghcr.io/org/app@") + sha512, "ghcr.io", "org/app", {}, sha512, q("ghcr.io/org/app@") + sha512,
        q("ghcr.io/org/app@") + sha512);

    // Path separators and the tag alphabet.
    addValid("double-underscore", q("a__b/c_d"), "docker.io", "a__b/c_d", {}, {}, q("docker.io/a__b/c_d:latest"),
        q("a__b/c_d:latest"));
    addValid("dash-run", q("a---b"), "docker.io", "library/a---b", {}, {}, q("docker.io/library/a---b:latest"),
        q("a---b:latest"));
    addValid("mixed-separators", q("a.b-c_d__e"), "docker.io", "library/a.b-c_d__e", {}, {},
        q("docker.io/library/a.b-c_d__e:latest"), q("a.b-c_d__e:latest"));
    addValid("tag-underscore-first", q("nginx:_x"), "docker.io", "library/nginx", q("_x"), {},
        q("docker.io/library/nginx:_x"), q("nginx:_x"));
    addValid("tag-uppercase", q("nginx:V1.0-RC"), "docker.io", "library/nginx", q("V1.0-RC"), {},
        q("docker.io/library/nginx:V1.0-RC"), q("nginx:V1.0-RC"));
    const QString tag128 = QString(128, QLatin1Char('t'));
    addValid("tag-128", q("nginx:") + tag128, "docker.io", "library/nginx", tag128, {},
        q("docker.io/library/nginx:") + tag128, q("nginx:") + tag128);

    // The 255 limit counts the whole name: "docker.io/library/" is 18 characters.
    const QString name237 = QString(237, QLatin1Char('a'));
    QTest::newRow("name-255") << name237 << QString() << q("docker.io") << q("library/") + name237 << QString()
                              << QString() << q("docker.io/library/") + name237 + q(":latest")
                              << name237 + q(":latest");
    addInvalid("name-256", QString(238, QLatin1Char('a')), "name-too-long");
    // "registry.example.com/" is 21 characters: the host counts too.
    addInvalid("name-too-long-with-host", q("registry.example.com/") + QString(235, QLatin1Char('a')), "name-too-long");

    addInvalid("empty", {}, "empty");
    addInvalid("space", q(" "), "invalid-format");
    addInvalid("leading-space", q(" nginx"), "invalid-format");
    addInvalid("inner-space", q("nginx latest"), "invalid-format");
    addInvalid("tab", q("nginx\t"), "invalid-format");
    addInvalid("trailing-colon", q("nginx:"), "invalid-format");
    addInvalid("trailing-at", q("nginx@"), "invalid-format");
    addInvalid("double-slash", q("docker.io//nginx"), "invalid-format");
    addInvalid("double-slash-hub", q("a//b"), "invalid-format");
    addInvalid("trailing-slash", q("nginx/"), "invalid-format");
    addInvalid("leading-slash", q("/nginx"), "invalid-format");
    addInvalid("double-dot", q("a..b"), "invalid-format");
    addInvalid("triple-underscore", q("a___b"), "invalid-format");
    addInvalid("dot-dash", q("a.-b"), "invalid-format");
    addInvalid("leading-dash", q("-nginx"), "invalid-format");
    addInvalid("trailing-dash", q("nginx-"), "invalid-format");
    addInvalid("image-id", Hex64, "invalid-format");

    addInvalid("uppercase-short", q("Nginx"), "uppercase");
    addInvalid("uppercase-user-repo", q("user/App"), "uppercase");
    addInvalid("uppercase-repo-on-host", q("quay.io/Org/app:v1"), "uppercase");
    // Upstream lowercases-checks up to the first ':', which takes in the digest algorithm.
    addInvalid("uppercase-algorithm", q("nginx@SHA256:") + Hex64, "uppercase");
    // Fails as written, parses lowercased: upstream's ErrNameContainsUppercase.
    addInvalid("uppercase-non-host", q("Foo_bar.com/app"), "uppercase");

    addInvalid("tag-129", q("nginx:") + QString(129, QLatin1Char('t')), "invalid-tag");
    addInvalid("tag-leading-dot", q("nginx:.hidden"), "invalid-tag");
    addInvalid("tag-leading-dash", q("nginx:-rc"), "invalid-tag");
    addInvalid("tag-two-colons", q("nginx:1.0:2.0"), "invalid-tag");

    addInvalid("digest-63", q("nginx@sha256:") + Hex64.left(63), "invalid-digest");
    addInvalid("digest-65", q("nginx@sha256:") + Hex64 + q("0"), "invalid-digest");
    addInvalid("digest-uppercase-hex", q("nginx@sha256:") + Hex64.toUpper(), "invalid-digest");
    addInvalid("digest-md5", q("nginx@md5:") + Hex64.left(32), "invalid-digest");
    addInvalid("digest-not-hex", q("nginx@sha256:xyz"), "invalid-digest");
    addInvalid("digest-no-colon", q("nginx@sha256"), "invalid-digest");
    addInvalid("digest-short", q("nginx:1@sha256:abc"), "invalid-digest");

    addInvalid("port-letters", q("localhost:abc/app"), "invalid-domain");
    addInvalid("port-empty", q("registry.example.com:/app"), "invalid-domain");
    addInvalid("host-dash-end", q("my-.registry.com/app"), "invalid-domain");
    addInvalid("ipv6-unclosed", q("[::1/app"), "invalid-domain");
    addInvalid("ipv6-zone", q("[fe80::1%eth0]:5000/app"), "invalid-domain");
}

void TestImageReference::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(QString, registry);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, digest);
    QFETCH(QString, normalized);
    QFETCH(QString, familiar);

    const ImageReference ref = ImageReference::parse(input);
    QCOMPARE(ref.original, input);
    QCOMPARE(ImageReference::errorId(ref.error), error);
    QCOMPARE(ref.isValid(), error.isEmpty());
    QCOMPARE(ref.errorText().isEmpty(), error.isEmpty());
    QCOMPARE(ref.registry, registry);
    QCOMPARE(ref.repository, repository);
    QCOMPARE(ref.tag, tag);
    QCOMPARE(ref.hasExplicitTag(), !tag.isEmpty());
    QCOMPARE(ref.digest, digest);
    QCOMPARE(ref.normalized(), normalized);
    QCOMPARE(ref.familiar(), familiar);
    if (!ref.isValid()) {
        QVERIFY(ref.name().isEmpty());
        QVERIFY(ref.effectiveTag().isEmpty());
        return;
    }
    QCOMPARE(ref.name(), registry.isEmpty() ? repository : registry + u'/' + repository);
    const QString expectedTag = !tag.isEmpty() ? tag : digest.isEmpty() ? q("latest") : QString();
    QCOMPARE(ref.effectiveTag(), expectedTag);
    // The normalised form is a fixed point of the parser.
    const ImageReference again = ImageReference::parse(ref.normalized());
    QVERIFY(again.isValid());
    QCOMPARE(again.normalized(), ref.normalized());
}

void TestImageReference::errorIds()
{
    using E = ImageReference::Error;
    const QList<E> errors = {E::None, E::Empty, E::InvalidFormat, E::Uppercase, E::NameTooLong, E::InvalidTag,
        E::InvalidDigest, E::InvalidDomain};
    const QStringList ids = {q(""), q("empty"), q("invalid-format"), q("uppercase"), q("name-too-long"),
        q("invalid-tag"), q("invalid-digest"), q("invalid-domain")};
    QSet<QString> texts;
    for (int i = 0; i < errors.size(); ++i) {
        QCOMPARE(ImageReference::errorId(errors[i]), ids[i]);
        ImageReference ref;
        ref.error = errors[i];
        texts.insert(ref.errorText());
    }
    // One distinct sentence per error, and none for None.
    QCOMPARE(texts.size(), errors.size());
    QVERIFY(texts.contains(QString()));
}

void TestImageReference::applyDefaultTag_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");

    QTest::newRow("short") << q("busybox") << q("busybox:latest");
    QTest::newRow("not-qualified") << q("docker.io/library/busybox") << q("docker.io/library/busybox:latest");
    QTest::newRow("legacy-host-kept") << q("index.docker.io/nginx") << q("index.docker.io/nginx:latest");
    QTest::newRow("host-port") << q("localhost:5000/app") << q("localhost:5000/app:latest");
    QTest::newRow("tagged") << q("busybox:1.36") << q("busybox:1.36");
    QTest::newRow("latest") << q("busybox:latest") << q("busybox:latest");
    QTest::newRow("port-looking-tag") << q("localhost:5000") << q("localhost:5000");
    QTest::newRow("digest") << q("busybox@") + Sha << q("busybox@") + Sha;
    QTest::newRow("tag-digest") << q("busybox:1@") + Sha << q("busybox:1@") + Sha;
    QTest::newRow("invalid-unchanged") << q("Busybox") << q("Busybox");
    QTest::newRow("empty") << QString() << QString();
}

void TestImageReference::applyDefaultTag()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    QCOMPARE(ImageReference::applyDefaultTag(spec), expected);
}

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"

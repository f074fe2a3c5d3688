#include <QTest>

#include <iterator>

#include "generate/fieldvalidator.h"

using namespace PullScope;

// Every rule of CONTRACT.md's generator input, row by row: accepted values return no
// message, refused ones a message that names the field.
class TestFieldValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void controlCharactersRefusedEverywhere_data();
    void controlCharactersRefusedEverywhere();
    void messagesHideCredentials();
};

namespace {
QString check(const QString &rule, const QString &value)
{
    const QString f = QStringLiteral("--field");
    if (rule == QLatin1String("name"))
        return FieldValidator::kubernetesName(f, value);
    if (rule == QLatin1String("label"))
        return FieldValidator::kubernetesLabel(f, value);
    if (rule == QLatin1String("host"))
        return FieldValidator::registryHost(f, value);
    if (rule == QLatin1String("server"))
        return FieldValidator::registryServer(f, value);
    if (rule == QLatin1String("url"))
        return FieldValidator::url(f, value, FieldValidator::NoUrlOption);
    if (rule == QLatin1String("url+cred"))
        return FieldValidator::url(f, value, FieldValidator::AllowCredentials);
    if (rule == QLatin1String("url+path"))
        return FieldValidator::url(f, value, FieldValidator::AllowPath);
    if (rule == QLatin1String("cidr"))
        return FieldValidator::cidr(f, value);
    if (rule == QLatin1String("domain"))
        return FieldValidator::domain(f, value);
    if (rule == QLatin1String("noproxy"))
        return FieldValidator::noProxyItem(f, value);
    if (rule == QLatin1String("service"))
        return FieldValidator::systemdServiceName(f, value);
    if (rule == QLatin1String("user"))
        return FieldValidator::registryUsername(f, value);
    if (rule == QLatin1String("email"))
        return FieldValidator::email(f, value);
    qFatal("unknown rule");
}
} // namespace

void TestFieldValidator::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    struct Row
    {
        const char *rule;
        const char *value;
        bool ok;
    };
    const Row rows[] = {
        {"name", "my-secret", true},
        {"name", "a.b-c.d", true},
        {"name", "123", true},
        {"name", "My-Secret", false},
        {"name", "-a", false},
        {"name", "a-", false},
        {"name", "a..b", false},
        {"name", "a_b", false},
        {"name", "", false},
        {"name", "a b", false},
        {"label", "kube-system", true},
        {"label", "a.b", false},
        {"label", "x", true},
        {"host", "registry.example.com", true},
        {"host", "registry.example.com:5000", true},
        {"host", "localhost:5000", true},
        {"host", "10.0.0.5:443", true},
        {"host", "[fd00::1]:5000", true},
        {"host", "[fd00::1]", true},
        {"host", "fd00::1", false},
        {"host", "[fd00::1", false},
        {"host", "[fd00::1]]", false},
        {"host", "host:0", false},
        {"host", "host:65536", false},
        {"host", "host:", false},
        {"host", "https://registry.example.com", false},
        {"host", "registry.example.com/path", false},
        {"host", "999.1.1.1", false},
        {"host", "a=b", false},
        {"host", "-bad.example.com", false},
        {"server", "https://index.docker.io/v1/", true},
        {"server", "harbor.example.com/project", true},
        {"server", "*.example.com", true},
        {"server", "reg?stry.example.com", false},
        {"server", "registry:5000/team/app", true},
        {"server", "http://[::1]:5000", true},
        {"server", "ftp://x", false},
        {"server", "user@host", false},
        {"server", "host/p?q", false},
        {"server", "host/\"x", false},
        {"url", "http://proxy.example.com:3128", true},
        {"url", "https://proxy.example.com", true},
        {"url", "http://proxy.example.com:3128/", true},
        {"url", "http://u:p@proxy.example.com:3128", false},
        {"url", "socks5://proxy:1080", false},
        {"url", "proxy.example.com:3128", false},
        {"url", "http://proxy.example.com/path", false},
        {"url", "http://proxy.example.com:99999", false},
        {"url", "http://proxy.example.com?x=1", false},
        {"url", "http://pro\"xy", false},
        {"url", "http://proxy]:1", false},
        {"url+cred", "http://u:p%40ss@proxy.example.com:3128", true},
        {"url+cred", "http://u:p$x'!@proxy:3128", true},
        {"url+cred", "http://u:p%zz@proxy:3128", false},
        {"url+cred", "http://u:p\"@proxy:3128", false},
        {"url+cred", "http://u:p\\x@proxy:3128", false},
        {"url+cred", "http://u:p x@proxy:3128", false},
        {"url+path", "https://harbor.example.com/v2/dockerhub-proxy", true},
        {"url+path", "https://mirror.example.com/a%20b", true},
        {"url+path", "https://mirror.example.com/a b", false},
        {"cidr", "10.244.0.0/16", true},
        {"cidr", "0.0.0.0/0", true},
        {"cidr", "fd00::/108", true},
        {"cidr", "10.0.0.0/33", false},
        {"cidr", "10.0.0.0", false},
        {"cidr", "10.0.0/8", false},
        {"cidr", "10.0.0.0/08", false},
        {"cidr", "fd00::/129", false},
        {"cidr", "10.0.0.0/8,1.2.3.4/32", false},
        {"domain", "cluster.local", true},
        {"domain", ".cluster.local", false},
        {"domain", "cluster.local.", false},
        {"domain", "clu$ter", false},
        {"noproxy", "*", true},
        {"noproxy", ".example.com", true},
        {"noproxy", "*.example.com", true},
        {"noproxy", "example.com:8080", true},
        {"noproxy", "10.0.0.0/8", true},
        {"noproxy", "fd00::1", true},
        {"noproxy", "[fd00::1]:5000", true},
        {"noproxy", "1.2.3.4", true},
        {"noproxy", "a=b", false},
        {"noproxy", "..x", false},
        {"noproxy", ".1.2.3.4", false},
        {"noproxy", "host,other", false},
        {"service", "containerd", true},
        {"service", "docker", true},
        {"service", "getty@tty1", true},
        {"service", "a b", false},
        {"service", "a/b", false},
        {"service", "-x", false},
        {"service", "x\\y", false},
        {"user", "robot$name+x", true},
        {"user", "用户", true},
        {"user", "a:b", false},
        {"user", "", false},
        {"email", "", true},
        {"email", "\"quoted\"@example.com", true},
    };
    for (const Row &r : rows)
        QTest::addRow("%s %s", r.rule, r.value) << QString::fromLatin1(r.rule) << QString::fromUtf8(r.value) << r.ok;
    QTest::addRow("name too long") << QStringLiteral("name") << QString(254, QLatin1Char('a')) << false;
    QTest::addRow("name 253") << QStringLiteral("name") << QString(253, QLatin1Char('a'))
                              << true; // subdomains have no per-label limit
    QTest::addRow("label too long") << QStringLiteral("label") << QString(64, QLatin1Char('a')) << false;
    QTest::addRow("label 63") << QStringLiteral("label") << QString(63, QLatin1Char('a')) << true;
}

void TestFieldValidator::rules()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const QString message = check(rule, value);
    QCOMPARE(message.isEmpty(), accepted);
    if (!accepted)
        QVERIFY2(message.contains(QLatin1String("--field")), qPrintable(message));
}

void TestFieldValidator::controlCharactersRefusedEverywhere_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    const char *rules[] = {"name", "label", "host", "server", "url", "url+cred", "url+path", "cidr", "domain",
        "noproxy", "service", "user", "email"};
    const QString injections[] = {QStringLiteral("a\nb"), QStringLiteral("a\rb"), QStringLiteral("a\tb"),
        QStringLiteral("a") + QChar(0) + QStringLiteral("b"), QStringLiteral("a\x7f"),
        QStringLiteral("a") + QChar(0x85), QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")};
    for (const char *r : rules) {
        for (int i = 0; i < int(std::size(injections)); ++i)
            QTest::addRow("%s #%d", r, i) << QString::fromLatin1(r) << injections[i];
    }
}

void TestFieldValidator::controlCharactersRefusedEverywhere()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    const QString message = check(rule, value);
    QVERIFY(!message.isEmpty());
    QVERIFY(message.contains(QLatin1String("--field")));
    // The message must not carry the raw control character into a log line.
    for (const QChar c : message)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x2028 && c.unicode() != 0x85, qPrintable(message));
}

void TestFieldValidator::messagesHideCredentials()
{
    const QString message = FieldValidator::url(
        QStringLiteral("--http-proxy"), QStringLiteral("http://alice:Sup3rS3cret@proxy"), FieldValidator::NoUrlOption);
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(QLatin1String("Sup3rS3cret")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("--http-proxy")));
}

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"

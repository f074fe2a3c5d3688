#include <QtTest>

#include "pullpolicy.h"

using PullScope::decidePullPolicy;
using PullScope::defaultPullPolicy;

namespace {
QString q(const char *s)
{
    return QString::fromLatin1(s);
}
const QString Sha = QStringLiteral("@sha256:") + QStringLiteral("0123456789abcdef").repeated(4);
} // namespace

class TestPullPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data();
    void decide();
};

void TestPullPolicy::decide_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("specPolicy");
    QTest::addColumn<bool>("hasSpec");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("source");

    // upstream-facts.md section 2, with the policy missing from a spec that is there.
    QTest::newRow("no-tag") << q("nginx") << QString() << true << q("Always") << q("defaulted");
    QTest::newRow("latest") << q("nginx:latest") << QString() << true << q("Always") << q("defaulted");
    QTest::newRow("version") << q("nginx:1.27") << QString() << true << q("IfNotPresent") << q("defaulted");
    QTest::newRow("digest-only") << q("nginx") + Sha << QString() << true << q("IfNotPresent") << q("defaulted");
    QTest::newRow("latest-digest") << q("nginx:latest") + Sha << QString() << true << q("Always") << q("defaulted");
    QTest::newRow("version-digest") << q("nginx:1.27") + Sha << QString() << true << q("IfNotPresent")
                                    << q("defaulted");
    QTest::newRow("unparsable-uppercase") << q("Nginx") << QString() << true << q("IfNotPresent") << q("defaulted");
    QTest::newRow("unparsable-uppercase-latest")
        << q("Nginx:latest") << QString() << true << q("IfNotPresent") << q("defaulted");
    QTest::newRow("unparsable-empty") << QString() << QString() << true << q("IfNotPresent") << q("defaulted");
    // Seed 2.2: rules 1-3.
    QTest::newRow("seed-version") << q("nginx:1.25.3") << QString() << true << q("IfNotPresent") << q("defaulted");
    // The tag compare is exact: only "latest" means latest.
    QTest::newRow("LATEST-is-a-version") << q("nginx:LATEST") << QString() << true << q("IfNotPresent")
                                         << q("defaulted");
    QTest::newRow("qualified-no-tag") << q("registry.example.com:5000/team/app") << QString() << true << q("Always")
                                      << q("defaulted");
    QTest::newRow("port-looking-tag") << q("localhost:5000") << QString() << true << q("IfNotPresent")
                                      << q("defaulted");

    // No spec in the input: the same rule, but only inferred.
    QTest::newRow("inferred-no-tag") << q("nginx") << QString() << false << q("Always") << q("inferred");
    QTest::newRow("inferred-version") << q("quay.io/x/y:v2") << QString() << false << q("IfNotPresent")
                                      << q("inferred");
    QTest::newRow("inferred-digest") << q("quay.io/x/y") + Sha << QString() << false << q("IfNotPresent")
                                     << q("inferred");

    // Seed 2.2 rule 4: an explicit policy wins over the tag.
    QTest::newRow("explicit-always-on-version")
        << q("nginx:1.25.3") << q("Always") << true << q("Always") << q("explicit");
    QTest::newRow("explicit-ifnotpresent-on-latest")
        << q("nginx:latest") << q("IfNotPresent") << true << q("IfNotPresent") << q("explicit");
    QTest::newRow("explicit-never") << q("nginx") << q("Never") << true << q("Never") << q("explicit");
    QTest::newRow("explicit-on-unparsable") << q("Nginx") << q("Always") << true << q("Always") << q("explicit");
    QTest::newRow("explicit-without-spec") << q("nginx") << q("Never") << false << q("Never") << q("explicit");
    QTest::newRow("case-normalised-never") << q("nginx") << q("never") << true << q("Never") << q("explicit");
    QTest::newRow("case-normalised-ifnotpresent")
        << q("nginx") << q("IFNOTPRESENT") << true << q("IfNotPresent") << q("explicit");
    QTest::newRow("invalid-kept") << q("nginx") << q("Sometimes") << true << q("Sometimes") << q("explicit");
    QTest::newRow("invalid-kept-not-trimmed") << q("nginx:1") << q("Always ") << true << q("Always ") << q("explicit");
}

void TestPullPolicy::decide()
{
    QFETCH(QString, image);
    QFETCH(QString, specPolicy);
    QFETCH(bool, hasSpec);
    QFETCH(QString, policy);
    QFETCH(QString, source);

    const PullScope::PullPolicyDecision d = decidePullPolicy(image, specPolicy, hasSpec);
    QCOMPARE(d.policy, policy);
    QCOMPARE(d.source, source);
    if (specPolicy.isEmpty())
        QCOMPARE(defaultPullPolicy(image), policy);
}

QTEST_GUILESS_MAIN(TestPullPolicy)
#include "tst_pullpolicy.moc"

#include <QtTest>

#include "../testsupport.h"
#include "rulebook.h"
#include "wizardprefill.h"

using namespace PullScope;

// What the fix wizards open with, read from a container's diagnosis: the helpers row by
// row, then every wizard scenario of the bundled training cluster.
class TestWizardPrefill : public QObject
{
    Q_OBJECT

    static const DiagnosisReport &report()
    {
        static const DiagnosisReport r = TestSupport::bundledCluster();
        return r;
    }

private Q_SLOTS:
    void deploymentOfReplicaSet_data()
    {
        QTest::addColumn<QString>("replicaSet");
        QTest::addColumn<QString>("deployment");
        QTest::newRow("hash") << "web-7d4b9c8f5d"
                              << "web";
        QTest::newRow("dashed name") << "model-registry-ui-ngb8t8nm76"
                                     << "model-registry-ui";
        QTest::newRow("vowel: a word, not a hash") << "web-backend"
                                                   << "";
        QTest::newRow("too short") << "web-b7d"
                                   << "";
        QTest::newRow("no dash") << "standalone"
                                 << "";
        QTest::newRow("trailing dash") << "web-"
                                       << "";
        QTest::newRow("digits 0 1 3 8 never in hashes") << "web-1234567890"
                                                        << "";
    }
    void deploymentOfReplicaSet()
    {
        QFETCH(QString, replicaSet);
        QFETCH(QString, deployment);
        QCOMPARE(WizardPrefill::deploymentOfReplicaSet(replicaSet), deployment);
    }

    void runtimeService_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("service");
        QTest::newRow("containerd") << "containerd://1.7.13"
                                    << "containerd";
        QTest::newRow("cri-o") << "cri-o://1.29.1"
                               << "crio";
        QTest::newRow("docker") << "docker://24.0.9"
                                << "docker";
        QTest::newRow("unknown") << "rkt://1.0"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void runtimeService()
    {
        QFETCH(QString, version);
        QFETCH(QString, service);
        QCOMPARE(WizardPrefill::runtimeService(version), service);
    }

    void secretServer_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("server");
        QTest::newRow("docker hub") << "docker.io"
                                    << "https://index.docker.io/v1/";
        QTest::newRow("harbor") << "harbor.example.com"
                                << "harbor.example.com";
        QTest::newRow("port kept") << "registry.local:5000"
                                   << "registry.local:5000";
    }
    void secretServer()
    {
        QFETCH(QString, registry);
        QFETCH(QString, server);
        QCOMPARE(WizardPrefill::secretServer(registry), server);
    }

    // Every failing container of the bundled cluster whose cause names a wizard gets
    // options that point at its own registry, namespace and node.
    void bundledScenarios()
    {
        int secrets = 0, mirrors = 0, proxies = 0, missing = 0;
        for (const ContainerDiagnosis &d : report().containers) {
            if (!d.hasCause)
                continue;
            const QString wizard = RuleBook::builtin().describe(d.cause.id, QStringLiteral("en")).wizard;
            const QString where = d.namespace_ + QLatin1Char('/') + d.pod + QLatin1Char('/') + d.container;
            if (wizard == QLatin1String("secret")) {
                ++secrets;
                const SecretOptions o = WizardPrefill::secret(d);
                QCOMPARE(o.ns, d.namespace_);
                QCOMPARE(o.registries.size(), 1);
                QCOMPARE(o.registries.first().server, WizardPrefill::secretServer(d.imageRef.registry));
                QCOMPARE(o.image, d.image);
                if (d.cause.id == QLatin1String("pull-secret-missing")) {
                    ++missing;
                    // The secret to create is the one the pod names and the input lacks.
                    QVERIFY2(!d.missingPullSecrets.isEmpty(), qPrintable(where));
                    QCOMPARE(o.name, d.missingPullSecrets.first());
                    QCOMPARE(o.patchTarget, SecretOptions::PatchTarget::None);
                } else if (d.pullSecrets.isEmpty()) {
                    QVERIFY2(o.patchTarget != SecretOptions::PatchTarget::None, qPrintable(where));
                    QVERIFY2(!o.patchName.isEmpty(), qPrintable(where));
                }
                // The user adds the password; nothing else is needed for a valid secret.
                SecretOptions filled = o;
                filled.registries.first().username = QStringLiteral("ci");
                filled.registries.first().password = QStringLiteral("s3cret");
                QVERIFY2(SecretGenerator::validate(filled).isEmpty(),
                    qPrintable(where + QLatin1String(": ") + SecretGenerator::validate(filled)));
            } else if (wizard == QLatin1String("mirror")) {
                ++mirrors;
                const MirrorOptions o = WizardPrefill::mirror(d);
                QCOMPARE(o.registry, d.imageRef.registry);
                const QString version = MirrorGenerator::containerdVersionFromRuntime(d.nodeRuntimeVersion);
                if (!version.isEmpty())
                    QCOMPARE(o.containerdVersion, version);
            } else if (wizard == QLatin1String("proxy")) {
                ++proxies;
                const ProxyOptions o = WizardPrefill::proxy(d);
                const QString runtime = WizardPrefill::runtimeService(d.nodeRuntimeVersion);
                QCOMPARE(o.service, runtime.isEmpty() ? QStringLiteral("containerd") : runtime);
            }
        }
        QVERIFY(secrets >= 2);
        QVERIFY(missing >= 1);
        QVERIFY(mirrors >= 2);
        QVERIFY(proxies >= 1);
    }

    // The node's runtime reaches the diagnosis, for the version prefill.
    void nodeRuntimeVersionIsCarried()
    {
        int withRuntime = 0;
        for (const ContainerDiagnosis &d : report().containers)
            withRuntime += d.nodeRuntimeVersion.isEmpty() ? 0 : 1;
        QVERIFY(withRuntime > 0);
    }
};

QTEST_GUILESS_MAIN(TestWizardPrefill)
#include "tst_wizardprefill.moc"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include "criowizard.h"
#include "../testsupport.h"
#include "evidencepanel.h"
#include "fixwizard.h"
#include "fixwizardfactory.h"
#include "generatedpreview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mirrorwizard.h"
#include "proxywizard.h"
#include "rulebook.h"
#include "secretwizard.h"
#include "wizardprefill.h"

using namespace PullScope;

// The fix wizards as a user reaches them: from the cause card of each failing scenario
// of the bundled cluster, prefilled; then typed into, with the live preview checked
// against the generators and refused input shown instead of a preview.
class TestWizards : public QObject
{
    Q_OBJECT

    MainWindow *m_window = nullptr;

    static QString wizardOf(const QString &cause)
    {
        return RuleBook::builtin().describe(cause, QStringLiteral("en")).wizard;
    }

    static ContainerDiagnosis failingOn(const QString &registry)
    {
        ContainerDiagnosis d;
        d.namespace_ = QStringLiteral("shop");
        d.pod = QStringLiteral("web-7d4b9c8f5d-x2x4z");
        d.container = QStringLiteral("web");
        d.image = registry + QStringLiteral("/shop/web:1.0");
        d.imageRef = ImageReference::parse(d.image);
        d.owner = {QStringLiteral("ReplicaSet"), QStringLiteral("web-7d4b9c8f5d")};
        d.nodeRuntimeVersion = QStringLiteral("containerd://2.0.4");
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_window = new MainWindow;
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::reportLoaded);
        m_window->openBundledCluster();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    }

    void cleanupTestCase() { delete m_window; }

    void reachedFromTheCauseCard_data()
    {
        QTest::addColumn<QStringList>("row");
        QSet<QString> kinds;
        for (const QStringList &row : TestSupport::expectedSampleRows()) {
            const QString wizard = wizardOf(row.value(6));
            if (!row.value(7).contains(QLatin1String("json")) || !FixWizardFactory::hasWizard(wizard))
                continue;
            kinds << wizard;
            QTest::addRow("%s %s/%s", qPrintable(wizard), qPrintable(row[1]), qPrintable(row[2])) << row;
        }
        // Every wizard is reachable from at least one scenario.
        QCOMPARE(kinds,
            QSet<QString>(
                {QStringLiteral("secret"), QStringLiteral("mirror"), QStringLiteral("proxy"), QStringLiteral("crio")}));
    }
    void reachedFromTheCauseCard()
    {
        QFETCH(QStringList, row);
        QVERIFY(m_window->selectContainer(row[0], row[1], row[2]));
        const ContainerDiagnosis *d = m_window->selectedContainer();
        QVERIFY(d);
        QCOMPARE(d->cause.id, row[6]);
        QPushButton *fix = m_window->evidencePanel()->fixButton();
        QVERIFY(fix->isVisible());
        QVERIFY(fix->isEnabled());
        QTest::mouseClick(fix, Qt::LeftButton);
        const QList<FixWizard *> open = m_window->findChildren<FixWizard *>();
        QCOMPARE(open.size(), 1);
        FixWizard *w = open.first();
        QVERIFY(w->isVisible());
        QCOMPARE(w->kind(), wizardOf(row[6]));
        if (auto *s = qobject_cast<SecretWizard *>(w)) {
            QCOMPARE(s->namespaceEdit()->text(), d->namespace_);
            QCOMPARE(s->serverEdit()->text(), WizardPrefill::secretServer(d->imageRef.registry));
            if (!d->missingPullSecrets.isEmpty())
                QCOMPARE(s->nameEdit()->text(), d->missingPullSecrets.first());
            // Only the password is missing: the preview says so, naming the field.
            QVERIFY(!w->preview()->problem().isEmpty());
        } else if (auto *m = qobject_cast<MirrorWizard *>(w)) {
            QCOMPARE(m->registryBox()->currentText(), d->imageRef.registry);
            const QString runtime = WizardPrefill::runtimeService(d->nodeRuntimeVersion);
            QCOMPARE(m->runtime(), runtime.isEmpty() ? QStringLiteral("containerd") : runtime);
            QVERIFY(w->preview()->problem().contains(QLatin1String("mirror")));
        } else if (auto *p = qobject_cast<ProxyWizard *>(w)) {
            QVERIFY(!p->serviceBox()->currentText().isEmpty());
        } else if (auto *c = qobject_cast<CrioWizard *>(w)) {
            // The short name gets an alias to the name Docker's rules give it: ready to save.
            QCOMPARE(c->aliasTable()->rowCount(), 1);
            QCOMPARE(
                c->aliasTable()->item(0, 1)->text(), d->imageRef.registry + QLatin1Char('/') + d->imageRef.repository);
            QVERIFY2(w->preview()->problem().isEmpty(), qPrintable(w->preview()->problem()));
            QCOMPARE(w->preview()->generatedSet().files.first().path, CrioShortNameGenerator::dropInPath());
        }
        w->close(); // WA_DeleteOnClose
        QTRY_VERIFY(m_window->findChildren<FixWizard *>().isEmpty());
    }

    void secretPreviewIsTheGeneratorsOutput()
    {
        SecretWizard w(WizardPrefill::secret(failingOn(QStringLiteral("harbor.example.com"))));
        QCOMPARE(w.targetBox()->currentIndex(), 2); // Deployment, from the ReplicaSet owner
        QCOMPARE(w.targetNameEdit()->text(), QStringLiteral("web"));
        QTest::keyClicks(w.usernameEdit(), QStringLiteral("robot$shop+ci"));
        QTest::keyClicks(w.passwordEdit(), QStringLiteral("p\"a$s'w0rd"));
        w.updatePreview();
        QVERIFY2(w.preview()->problem().isEmpty(), qPrintable(w.preview()->problem()));
        const GeneratedSet expected = SecretGenerator::generate(w.options());
        const GeneratedSet &shown = w.preview()->generatedSet();
        QCOMPARE(shown.files.size(), expected.files.size());
        QVERIFY(shown.files.size() >= 2); // the Secret and the Deployment patch
        for (int i = 0; i < shown.files.size(); ++i) {
            QCOMPARE(shown.files[i].path, expected.files[i].path);
            QCOMPARE(shown.files[i].content, expected.files[i].content);
        }
        QCOMPARE(w.preview()->currentText().toUtf8(), expected.files.first().content);
        const YAML::Node secret = YAML::Load(expected.files.first().content.toStdString());
        QCOMPARE(
            QString::fromStdString(secret["type"].as<std::string>()), QStringLiteral("kubernetes.io/dockerconfigjson"));
        QCOMPARE(QString::fromStdString(secret["metadata"]["namespace"].as<std::string>()), QStringLiteral("shop"));

        // Save all: the tree below a folder, the Secret readable by its owner only.
        QTemporaryDir dir;
        QString error;
        QStringList written;
        QVERIFY2(w.preview()->saveAllTo(dir.path(), &error, &written), qPrintable(error));
        QCOMPARE(written.size(), shown.files.size());
        const QFileInfo secretFile(dir.filePath(shown.files.first().path));
        QVERIFY(secretFile.exists());
        QCOMPARE(
            secretFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // Save file: the one shown, same content.
        const QString one = dir.filePath(QStringLiteral("one/secret.yaml"));
        QVERIFY(QDir().mkpath(QFileInfo(one).path()));
        QVERIFY2(w.preview()->saveCurrentTo(one, &error), qPrintable(error));
        QFile f(one);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), expected.files.first().content);
    }

    // The failing image's registry picks the provider: its hint shows, a fixed user name is filled.
    void presetFollowsTheRegistry()
    {
        SecretWizard ecr(
            WizardPrefill::secret(failingOn(QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com"))));
        QCOMPARE(ecr.presetBox()->currentData().toString(), QStringLiteral("ecr"));
        QCOMPARE(ecr.usernameEdit()->text(), QStringLiteral("AWS"));
        SecretWizard other(WizardPrefill::secret(failingOn(QStringLiteral("harbor.example.com"))));
        QCOMPARE(other.presetBox()->currentData().toString(), QString());
        QVERIFY(other.usernameEdit()->text().isEmpty());
    }

    void refusedFieldShowsWhyAndOffersNothing()
    {
        SecretWizard w(WizardPrefill::secret(failingOn(QStringLiteral("harbor.example.com"))));
        QTest::keyClicks(w.usernameEdit(), QStringLiteral("ci"));
        QTest::keyClicks(w.passwordEdit(), QStringLiteral("pw"));
        w.namespaceEdit()->setText(QStringLiteral("Bad_Namespace"));
        w.updatePreview();
        QVERIFY(w.preview()->problem().contains(QLatin1String("Namespace")));
        QVERIFY(w.preview()->generatedSet().files.isEmpty());
        QVERIFY(!w.preview()->saveAllButton()->isEnabled());
        QVERIFY(!w.preview()->saveButton()->isEnabled());
        w.namespaceEdit()->setText(QStringLiteral("shop"));
        w.updatePreview();
        QVERIFY(w.preview()->problem().isEmpty());
        QVERIFY(w.preview()->saveAllButton()->isEnabled());
    }

    // The open wizard follows a language switch: titles, labels and the refusal message,
    // which names the field by its label in the new language without the accelerator.
    void switchesLanguageAtRuntime()
    {
        SecretWizard w(WizardPrefill::secret(failingOn(QStringLiteral("harbor.example.com"))));
        QTest::keyClicks(w.usernameEdit(), QStringLiteral("ci"));
        QTest::keyClicks(w.passwordEdit(), QStringLiteral("pw"));
        w.namespaceEdit()->setText(QStringLiteral("Bad_Namespace"));
        w.updatePreview();
        QCOMPARE(w.windowTitle(), QStringLiteral("Pull secret"));
        QVERIFY(w.preview()->problem().startsWith(QLatin1String("Namespace")));
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        w.updatePreview();
        QCOMPARE(w.windowTitle(), QStringLiteral("拉取密钥"));
        QVERIFY2(w.preview()->problem().startsWith(QStringLiteral("命名空间")), qPrintable(w.preview()->problem()));
        QVERIFY2(!w.preview()->problem().contains(QLatin1String("(N)")), qPrintable(w.preview()->problem()));
        QCOMPARE(w.preview()->saveAllButton()->text(), QStringLiteral("全部保存(&A)..."));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(w.windowTitle(), QStringLiteral("Pull secret"));
    }

    void secretImportsADockerConfig()
    {
        SecretWizard w(WizardPrefill::secret(failingOn(QStringLiteral("harbor.example.com"))));
        const QByteArray config = R"({"auths":{"harbor.example.com":{"auth":"dXNlcjpwYXNz"},
            "https://index.docker.io/v1/":{"username":"me","password":"pw"}}})";
        QString error;
        QVERIFY2(w.importDockerConfig(config, QStringLiteral("config.json"), &error), qPrintable(error));
        QCOMPARE(w.registryList()->count(), 2);
        w.updatePreview();
        QVERIFY2(w.preview()->problem().isEmpty(), qPrintable(w.preview()->problem()));
        QVERIFY(!w.importDockerConfig("{not json", QStringLiteral("broken.json"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(w.registryList()->count(), 2); // nothing lost
    }

    void mirrorWithOverridePath()
    {
        MirrorWizard w(WizardPrefill::mirror(failingOn(QStringLiteral("docker.io"))));
        QCOMPARE(w.versionBox()->currentText(), QStringLiteral("2.0"));
        w.updatePreview();
        QVERIFY(!w.preview()->problem().isEmpty()); // no mirror yet
        w.addMirror(QStringLiteral("https://harbor.example.com/v2/dockerhub-proxy"), true);
        w.updatePreview();
        QVERIFY2(w.preview()->problem().isEmpty(), qPrintable(w.preview()->problem()));
        const GeneratedSet &set = w.preview()->generatedSet();
        const GeneratedFile *hosts = nullptr;
        for (const GeneratedFile &f : set.files)
            if (f.path.endsWith(QLatin1String("certs.d/docker.io/hosts.toml")))
                hosts = &f;
        QVERIFY(hosts);
        QVERIFY(hosts->content.contains("override_path = true"));
        QVERIFY(hosts->content.contains("harbor.example.com/v2/dockerhub-proxy"));
        const GeneratedSet direct = MirrorGenerator::generate(w.options());
        QCOMPARE(set.files.size(), direct.files.size());
        for (int i = 0; i < set.files.size(); ++i) {
            QCOMPARE(set.files[i].path, direct.files[i].path);
            QCOMPARE(set.files[i].content, direct.files[i].content);
        }
        // A hostile URL is refused, not written.
        w.mirrorTable()->item(0, 0)->setText(QStringLiteral("https://m.example.com\"]\nserver = \"x"));
        w.updatePreview();
        QVERIFY(!w.preview()->problem().isEmpty());
        QVERIFY(w.preview()->generatedSet().files.isEmpty());
    }

    // The node's runtime picks the file: registries.conf.d for CRI-O, daemon.json for Docker.
    void mirrorForEachRuntime()
    {
        MirrorWizard w(WizardPrefill::mirror(failingOn(QStringLiteral("docker.io"))));
        w.addMirror(QStringLiteral("https://mirror.example.com"));
        w.setRuntime(QStringLiteral("crio"));
        w.updatePreview();
        QVERIFY2(w.preview()->problem().isEmpty(), qPrintable(w.preview()->problem()));
        QCOMPARE(w.preview()->generatedSet().files.size(), 1);
        QVERIFY(w.preview()->generatedSet().files.first().path.startsWith(
            QLatin1String("etc/containers/registries.conf.d/")));
        QVERIFY(w.preview()->generatedSet().files.first().content.contains("mirror.example.com"));
        QVERIFY(!w.caEdit()->isEnabled());
        w.setRuntime(QStringLiteral("docker"));
        w.updatePreview();
        QCOMPARE(w.preview()->generatedSet().files.first().path, QStringLiteral("etc/docker/daemon.json"));
        const QJsonObject daemon = QJsonDocument::fromJson(w.preview()->generatedSet().files.first().content).object();
        QCOMPARE(daemon.value(QStringLiteral("registry-mirrors")).toArray().first().toString(),
            QStringLiteral("https://mirror.example.com"));
        w.registryBox()->setCurrentText(QStringLiteral("quay.io"));
        w.updatePreview();
        QVERIFY(w.preview()->warningsText().contains(QLatin1String("quay.io")));
        w.setRuntime(QStringLiteral("containerd"));
        w.registryBox()->setCurrentText(QStringLiteral("docker.io"));
        w.updatePreview();
        QVERIFY(w.caEdit()->isEnabled());
        QVERIFY(w.preview()->generatedSet().files.first().path.startsWith(QLatin1String("etc/containerd/")));
    }

    void mirrorImportsLegacyConfig()
    {
        MirrorWizard w(WizardPrefill::mirror(failingOn(QStringLiteral("docker.io"))));
        const QByteArray legacy = "version = 2\n"
                                  "[plugins.\"io.containerd.grpc.v1.cri\".registry.mirrors.\"docker.io\"]\n"
                                  "  endpoint = [\"https://mirror.example.com\", \"https://registry-1.docker.io\"]\n";
        QString error;
        QVERIFY2(w.importConfigToml(legacy, &error), qPrintable(error));
        QVERIFY(w.mirrorTable()->rowCount() >= 1);
        QCOMPARE(w.mirrorTable()->item(0, 0)->text(), QStringLiteral("https://mirror.example.com"));
        w.updatePreview();
        QVERIFY2(w.preview()->problem().isEmpty(), qPrintable(w.preview()->problem()));
        // The node's file is merged, not replaced: config_path set, the legacy table kept
        // as a comment, the diff shown; hosts.toml for the converted mirror.
        QHash<QString, QByteArray> files;
        for (const GeneratedFile &f : w.preview()->generatedSet().files)
            files.insert(f.path, f.content);
        QVERIFY(files.contains(QStringLiteral("etc/containerd/config.toml")));
        QVERIFY(files.value(QStringLiteral("etc/containerd/config.toml")).contains("config_path"));
        QVERIFY(files.value(QStringLiteral("etc/containerd/config.toml")).contains("mirror.example.com"));
        QVERIFY(files.value(QStringLiteral("etc/containerd/config.toml.diff")).contains("+"));
        QVERIFY(files.contains(QStringLiteral("etc/containerd/certs.d/docker.io/hosts.toml")));
        QVERIFY(!files.contains(QStringLiteral("etc/containerd/config.toml.snippet")));
        // The seed's section 8.1 config (mirrors, TLS and credentials): its credentials
        // become a pull secret.
        QFile seed(QStringLiteral(PULLSCOPE_TEST_DATA "/generate/seed-8.1-config.toml"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QVERIFY2(w.importConfigToml(seed.readAll(), &error), qPrintable(error));
        w.updatePreview();
        bool secret = false;
        for (const GeneratedFile &f : w.preview()->generatedSet().files)
            secret = secret || (f.secret && f.path.startsWith(QLatin1String("kubernetes/")));
        QVERIFY(secret);
        QVERIFY(!w.importConfigToml("not = [toml", &error));
        QVERIFY(!error.isEmpty());
    }

    // The drop-in parses back to exactly the search list and aliases typed; a hostile alias is refused.
    void crioShortNamesParseBack()
    {
        CrioShortNameOptions o;
        o.searchRegistries = {QStringLiteral("docker.io"), QStringLiteral("quay.io")};
        CrioWizard w(o);
        w.addAlias(QStringLiteral("nginx"), QStringLiteral("docker.io/library/nginx"));
        w.updatePreview();
        QVERIFY2(w.preview()->problem().isEmpty(), qPrintable(w.preview()->problem()));
        const QByteArray text = w.preview()->generatedSet().files.first().content;
        QVERIFY(text.contains("unqualified-search-registries = [ \"docker.io\", \"quay.io\" ]")
            || text.contains("unqualified-search-registries = [\"docker.io\", \"quay.io\"]"));
        QVERIFY(text.contains("[aliases]"));
        QVERIFY(text.contains("nginx = \"docker.io/library/nginx\""));
        w.addAlias(QStringLiteral("evil\"\n[x]"), QStringLiteral("docker.io/library/x"));
        w.updatePreview();
        QVERIFY(!w.preview()->problem().isEmpty());
        w.aliasTable()->removeRow(1);
        w.addAlias(QStringLiteral("web"), QStringLiteral("docker.io/library/web:1.0"));
        w.updatePreview();
        QVERIFY(w.preview()->problem().contains(QLatin1String("no tag")));
    }

    void proxyShowsNoProxyAsWritten()
    {
        ProxyWizard w(WizardPrefill::proxy(failingOn(QStringLiteral("docker.io"))));
        QCOMPARE(w.serviceBox()->currentText(), QStringLiteral("containerd"));
        w.httpProxyEdit()->setText(QStringLiteral("http://proxy.example.com:3128"));
        w.podCidrEdit()->setText(QStringLiteral("10.244.0.0/16"));
        w.updatePreview();
        QVERIFY2(w.preview()->problem().isEmpty(), qPrintable(w.preview()->problem()));
        QVERIFY(w.noProxyLabel()->text().contains(QLatin1String("10.244.0.0/16")));
        QVERIFY(w.noProxyLabel()->text().startsWith(QLatin1String("localhost,127.0.0.1")));
        const GeneratedSet &set = w.preview()->generatedSet();
        QCOMPARE(set.files.size(), 1);
        QCOMPARE(set.files.first().path, ProxyDropIn::dropInPath(QStringLiteral("containerd")));
        QVERIFY(set.files.first().content.contains("HTTP_PROXY=http://proxy.example.com:3128"));
        QVERIFY(w.preview()->commandsText().contains(QLatin1String("daemon-reload")));
        // A newline would start a new directive: refused.
        w.httpProxyEdit()->setText(QStringLiteral("http://p:3128\nExecStartPre=/bin/sh"));
        w.updatePreview();
        QVERIFY(!w.preview()->problem().isEmpty());
    }
};

QTEST_MAIN(TestWizards)
#include "tst_wizards.moc"

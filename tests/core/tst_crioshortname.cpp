#include <QtTest>

#include <toml++/toml.h>

#include "crioshortnamegenerator.h"

using namespace PullScope;

// CRI-O short-name drop-ins: what is written parses back (toml++) to exactly the search
// list and aliases given, whatever characters they hold, and bad names are refused.
class TestCrioShortName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesBackExactly()
    {
        CrioShortNameOptions o;
        o.searchRegistries = {QStringLiteral("docker.io"), QStringLiteral("registry.local:5000")};
        o.aliases = {{QStringLiteral("nginx"), QStringLiteral("docker.io/library/nginx")},
            {QStringLiteral("team/app"), QStringLiteral("registry.local:5000/team/app")}};
        QVERIFY(CrioShortNameGenerator::validate(o).isEmpty());
        const GeneratedSet set = CrioShortNameGenerator::generate(o);
        QCOMPARE(set.files.size(), 1);
        QCOMPARE(set.files.first().path, CrioShortNameGenerator::dropInPath());
        const toml::table t = toml::parse(set.files.first().content.toStdString());
        QCOMPARE(t.size(), size_t(2)); // nothing but the two keys
        const toml::array *search = t["unqualified-search-registries"].as_array();
        QVERIFY(search);
        QCOMPARE(search->size(), size_t(2));
        QCOMPARE(QString::fromStdString(*search->get(1)->value<std::string>()), QStringLiteral("registry.local:5000"));
        const toml::table *aliases = t["aliases"].as_table();
        QVERIFY(aliases);
        QCOMPARE(aliases->size(), size_t(2));
        QCOMPARE(QString::fromStdString(*(*aliases)["team/app"].value<std::string>()),
            QStringLiteral("registry.local:5000/team/app"));
        QVERIFY(!set.applyCommands.isEmpty());
        QVERIFY(set.verifyCommands.first().contains(QLatin1String("crictl pull nginx")));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("search");
        QTest::addColumn<QString>("shortName");
        QTest::addColumn<QString>("fullName");
        QTest::newRow("nothing") << QStringList() << ""
                                 << "";
        QTest::newRow("search host with newline") << QStringList {QStringLiteral("docker.io\n[aliases]")} << ""
                                                  << "";
        QTest::newRow("search URL") << QStringList {QStringLiteral("https://docker.io")} << ""
                                    << "";
        QTest::newRow("short name with host") << QStringList() << "docker.io/nginx"
                                              << "docker.io/library/nginx";
        QTest::newRow("short name with tag") << QStringList() << "nginx:1"
                                             << "docker.io/library/nginx";
        QTest::newRow("short name quote") << QStringList() << "ng\"inx"
                                          << "docker.io/library/nginx";
        QTest::newRow("full name without host") << QStringList() << "nginx"
                                                << "library/nginx";
        QTest::newRow("full name with tag") << QStringList() << "nginx"
                                            << "docker.io/library/nginx:1.27";
        QTest::newRow("full name with digest") << QStringList() << "nginx"
                                               << "docker.io/library/nginx@sha256:"
                                                  "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        QTest::newRow("full name newline") << QStringList() << "nginx"
                                           << "docker.io/library/nginx\n[x]";
    }
    void refused()
    {
        QFETCH(QStringList, search);
        QFETCH(QString, shortName);
        QFETCH(QString, fullName);
        CrioShortNameOptions o;
        o.searchRegistries = search;
        if (!shortName.isEmpty() || !fullName.isEmpty())
            o.aliases.append({shortName, fullName});
        QVERIFY(!CrioShortNameGenerator::validate(o).isEmpty());
        QVERIFY(CrioShortNameGenerator::generate(o).files.isEmpty());
    }

    // `generate crio --search-registry/--alias`: the drop-in below --out-dir; a refused
    // alias exits 2 and writes nothing.
    void commandLine()
    {
        QTemporaryDir dir;
        QProcess cli;
        cli.start(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("generate"), QStringLiteral("crio"), QStringLiteral("--search-registry"),
                QStringLiteral("docker.io"), QStringLiteral("--alias"), QStringLiteral("nginx=docker.io/library/nginx"),
                QStringLiteral("--out-dir"), dir.path()});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QFile f(dir.filePath(CrioShortNameGenerator::dropInPath()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const toml::table t = toml::parse(f.readAll().toStdString());
        QCOMPARE(QString::fromStdString(*t["aliases"]["nginx"].value<std::string>()),
            QStringLiteral("docker.io/library/nginx"));

        QTemporaryDir empty;
        cli.start(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("generate"), QStringLiteral("crio"), QStringLiteral("--alias"),
                QStringLiteral("nginx=docker.io/library/nginx:latest"), QStringLiteral("--out-dir"), empty.path()});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("alias nginx"));
        QVERIFY(QDir(empty.path()).isEmpty());
    }

    void prefillFromTheFailingImage_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("alias");
        QTest::newRow("short") << "nginx:1.27"
                               << "nginx=docker.io/library/nginx";
        QTest::newRow("two components") << "team/app"
                                        << "team/app=docker.io/team/app";
        QTest::newRow("qualified: no alias") << "quay.io/team/app:1"
                                             << "";
        QTest::newRow("port: no alias") << "localhost:5000/app"
                                        << "";
    }
    void prefillFromTheFailingImage()
    {
        QFETCH(QString, image);
        QFETCH(QString, alias);
        ContainerDiagnosis d;
        d.image = image;
        d.imageRef = ImageReference::parse(image);
        const CrioShortNameOptions o = CrioShortNameGenerator::prefill(d);
        QCOMPARE(o.searchRegistries, QStringList {QStringLiteral("docker.io")});
        QCOMPARE(
            o.aliases.isEmpty() ? QString() : o.aliases.first().first + QLatin1Char('=') + o.aliases.first().second,
            alias);
        QVERIFY(CrioShortNameGenerator::validate(o).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrioShortName)
#include "tst_crioshortname.moc"

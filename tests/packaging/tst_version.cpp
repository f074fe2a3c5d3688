#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "buildinfo.h"
#include "htmlreportwriter.h"

using namespace PullScope;

// What `pullscope-cli --version` prints, and the build that exported reports name.
class TestVersion : public QObject
{
    Q_OBJECT

private:
    static QByteArray runCli(const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(PULLSCOPE_CLI), args);
        if (!p.waitForFinished(60000))
            qFatal("pullscope-cli did not finish");
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void buildVersion()
    {
        QCOMPARE(BuildInfo::projectVersion(), QStringLiteral(PULLSCOPE_TEST_PROJECT_VERSION));
        // git describe of a tag (0.2.0, 0.2.0-3-gabc1234), the project version and a hash
        // before the first tag, the project version alone outside git; "-dirty" either way.
        static const QRegularExpression shape(
            QStringLiteral("^\\d+\\.\\d+\\.\\d+(-\\d+-g[0-9a-f]{4,}|-g[0-9a-f]{4,})?(-dirty)?$"));
        QVERIFY2(shape.match(BuildInfo::version()).hasMatch(), qPrintable(BuildInfo::version()));
        // In a git checkout it is `git describe` (configure time; "-dirty" left out of the
        // comparison, a file may have been edited since).
        if (!QFileInfo::exists(QStringLiteral(PULLSCOPE_SOURCE_DIR "/.git")))
            return;
        QProcess git;
        git.setWorkingDirectory(QStringLiteral(PULLSCOPE_SOURCE_DIR));
        git.start(
            QStringLiteral("git"), {QStringLiteral("describe"), QStringLiteral("--tags"), QStringLiteral("--always")});
        QVERIFY(git.waitForFinished(30000));
        QCOMPARE(git.exitCode(), 0);
        QString describe = QString::fromUtf8(git.readAllStandardOutput()).trimmed();
        static const QRegularExpression tagged(QStringLiteral("^v?(\\d+\\.\\d+.*)$"));
        const QRegularExpressionMatch m = tagged.match(describe);
        describe = m.hasMatch() ? m.captured(1) : BuildInfo::projectVersion() + QStringLiteral("-g") + describe;
        QString version = BuildInfo::version();
        version.remove(QRegularExpression(QStringLiteral("-dirty$")));
        QCOMPARE(version, describe);
    }

    void libraryVersions()
    {
        static const QRegularExpression dotted(QStringLiteral("^\\d+\\.\\d+\\.\\d+"));
        QVERIFY(dotted.match(BuildInfo::qtRuntime()).hasMatch());
        QCOMPARE(BuildInfo::qtCompiled(), QStringLiteral(QT_VERSION_STR));
        QVERIFY2(BuildInfo::openSslRuntime().startsWith(QLatin1String("OpenSSL 3")),
            qPrintable(BuildInfo::openSslRuntime()));
        QVERIFY(BuildInfo::openSslCompiled().startsWith(QLatin1String("OpenSSL ")));
        QVERIFY2(dotted.match(BuildInfo::yamlCpp()).hasMatch(), qPrintable(BuildInfo::yamlCpp()));
        QVERIFY2(dotted.match(BuildInfo::simdjson()).hasMatch(), qPrintable(BuildInfo::simdjson()));
    }

    void cliVersion()
    {
        int code = -1;
        const QStringList lines = QString::fromUtf8(runCli({QStringLiteral("--version")}, &code))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(code, 0);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], QStringLiteral("pullscope-cli ") + BuildInfo::version());
        // Run time first, then what the program was built against.
        QCOMPARE(lines[1],
            QStringLiteral("Qt %1 (built with %2)").arg(BuildInfo::qtRuntime(), QStringLiteral(QT_VERSION_STR)));
        QCOMPARE(lines[2],
            QStringLiteral("%1 (built with %2; Qt Network TLS: %3, %4)")
                .arg(BuildInfo::openSslRuntime(), BuildInfo::openSslCompiled(), BuildInfo::qtTlsBackend(),
                    BuildInfo::qtTlsLibrary()));
#if defined(Q_OS_LINUX)
        // Debian's Qt Network uses OpenSSL, the same libssl as the program (Schannel and
        // Secure Transport are the defaults on Windows and macOS).
        QCOMPARE(BuildInfo::qtTlsBackend(), QStringLiteral("openssl"));
        QCOMPARE(BuildInfo::qtTlsLibrary(), BuildInfo::openSslRuntime());
#endif
        QCOMPARE(lines[3], QStringLiteral("yaml-cpp ") + BuildInfo::yamlCpp());
        QCOMPARE(lines[4], QStringLiteral("simdjson ") + BuildInfo::simdjson());
    }

    void reportGenerator_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("markdown") << QStringLiteral("markdown");
    }
    void reportGenerator()
    {
        QFETCH(QString, format);
        int code = -1;
        const QByteArray out
            = runCli({QStringLiteral("diagnose"),
                         QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json"),
                         QStringLiteral("--format"), format, QStringLiteral("--lang"), QStringLiteral("en")},
                &code);
        QCOMPARE(code, 0);
        if (format == QLatin1String("json")) {
            QJsonParseError error;
            const QJsonObject root = QJsonDocument::fromJson(out, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            // The contract's fields stay as they were; "generator" is added beside them.
            QCOMPARE(root.value(QLatin1String("tool")).toString(), QStringLiteral("pullscope"));
            QCOMPARE(root.value(QLatin1String("version")).toString(), BuildInfo::projectVersion());
            const QJsonObject generator = root.value(QLatin1String("generator")).toObject();
            QCOMPARE(generator.value(QLatin1String("name")).toString(), QStringLiteral("PullScope"));
            QCOMPARE(generator.value(QLatin1String("version")).toString(), BuildInfo::version());
            QCOMPARE(generator.keys().size(), 2);
        } else {
            const QString text = QString::fromUtf8(out).trimmed();
            QVERIFY2(text.endsWith(QStringLiteral("\n---\n\nGenerated by PullScope ") + BuildInfo::version()),
                qPrintable(text.right(200)));
        }
    }

    void htmlGenerator()
    {
        const QString html = HtmlReportWriter::toHtml(DiagnosisReport(), QStringLiteral("en"));
        QVERIFY(html.contains(QStringLiteral("<meta name=\"generator\" content=\"PullScope ") + BuildInfo::version()
            + QStringLiteral("\">")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"generator\">Generated by PullScope ") + BuildInfo::version()
            + QStringLiteral("</p>\n</body>")));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"

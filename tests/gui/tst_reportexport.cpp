#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include "../testsupport.h"

#include "diagnosisengine.h"
#include "htmlreportwriter.h"
#include "inputloader.h"
#include "reportexport.h"
#include "rulebook.h"

using namespace PullScope;

// Markdown, HTML and PDF reports of one container and of all failing ones: valid files,
// the right content, secrets redacted, and no file left behind when writing fails.
class TestReportExport : public QObject
{
    Q_OBJECT

    static const QString kSecret;

    // The training cluster with a bearer token planted in the nginx evidence event.
    static const DiagnosisReport &report()
    {
        static DiagnosisReport r = [] {
            DiagnosisReport rep = TestSupport::bundledCluster();
            for (ContainerDiagnosis &c : rep.containers) {
                if (c.pod != QLatin1String("nginx-deployment-7d5bc8f9c6-xqz2k"))
                    continue;
                // Appended after the span, so the highlight stays valid.
                const QString planted
                    = QStringLiteral(" (request had Authorization: Bearer ") + kSecret + QStringLiteral(")");
                c.cause.evidence.message += planted;
                if (c.cause.evidence.event >= 0)
                    c.events[c.cause.evidence.event].message += planted;
                c.cause.detail = QStringLiteral("retry with Authorization: Bearer ") + kSecret
                    + QStringLiteral(" <script>alert(1)</script>");
                c.warnings << QStringLiteral("proxy http://user:hunter2secret@10.0.0.9:3128 seen");
            }
            return rep;
        }();
        return r;
    }

    static const ContainerDiagnosis &nginx()
    {
        for (const ContainerDiagnosis &c : report().containers)
            if (c.pod == QLatin1String("nginx-deployment-7d5bc8f9c6-xqz2k"))
                return c;
        qFatal("nginx sample missing");
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void noSecrets(const QByteArray &data)
    {
        QVERIFY(!data.contains(kSecret.toUtf8()));
        QVERIFY(!data.contains("hunter2secret"));
    }

private Q_SLOTS:
    void exports_data()
    {
        QTest::addColumn<bool>("all");
        QTest::addColumn<QString>("lang");
        QTest::newRow("selected en") << false << "en";
        QTest::newRow("failing en") << true << "en";
        QTest::newRow("failing zh_CN") << true << "zh_CN";
    }

    void exports()
    {
        QFETCH(bool, all);
        QFETCH(QString, lang);
        const DiagnosisReport subset = all ? failingSubset(report()) : singleSubset(report(), nginx());
        QVERIFY(!subset.containers.isEmpty());
        for (const ContainerDiagnosis &c : subset.containers)
            QVERIFY(!all || c.state == QLatin1String("failing"));
        QCOMPARE(subset.containers.size() == 1, !all);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;

        // Markdown
        const QString md = dir.filePath(QStringLiteral("report.md"));
        QVERIFY2(exportMarkdown(subset, md, lang, &error), qPrintable(error));
        const QByteArray mdData = read(md);
        QVERIFY(mdData.startsWith("# "));
        noSecrets(mdData);

        // HTML: a complete document in the language asked for, every cause title in it.
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY2(exportHtml(subset, html, lang, &error), qPrintable(error));
        const QString htmlText = QString::fromUtf8(read(html));
        QVERIFY(htmlText.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(
            htmlText.contains(QStringLiteral("<html lang=\"") + HtmlReportWriter::htmlLang(lang) + QLatin1Char('"')));
        QVERIFY(htmlText.contains(QLatin1String("<meta charset=\"utf-8\">")));
        QVERIFY(htmlText.trimmed().endsWith(QLatin1String("</html>")));
        QCOMPARE(htmlText.count(QLatin1String("<table")), htmlText.count(QLatin1String("</table>")));
        QCOMPARE(htmlText.count(QLatin1String("<div")), htmlText.count(QLatin1String("</div>")));
        for (const ContainerDiagnosis &c : subset.containers) {
            if (!c.hasCause)
                continue;
            const QString title = RuleBook::builtin().describe(c.cause.id, lang).title;
            QVERIFY2(htmlText.contains(title.toHtmlEscaped()), qPrintable(title));
            QVERIFY2(mdData.contains(title.toUtf8()), qPrintable(title));
        }
        noSecrets(htmlText.toUtf8());
        // Free text is escaped; commands come with the container's values filled in.
        QVERIFY(!htmlText.contains(QLatin1String("<script>")));
        QVERIFY(htmlText.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(htmlText.contains(QLatin1String("<pre class=\"commands\">")));
        QVERIFY(htmlText.contains(QLatin1String("skopeo list-tags docker://docker.io/library/nginx\n")));
        // The nginx evidence span is marked, the planted token masked, not dropped.
        QVERIFY(htmlText.contains(QLatin1String("Authorization: Bearer ***")));
        const Evidence &ev = nginx().cause.evidence;
        const QString span = ev.message.mid(ev.matchStart, ev.matchEnd - ev.matchStart);
        QVERIFY(htmlText.contains(QLatin1String("<mark>")));
        QVERIFY2(htmlText.contains(
                     QLatin1String("font-weight:bold\">") + span.toHtmlEscaped() + QLatin1String("</span></mark>")),
            qPrintable(span));

        // PDF: a real PDF, A4, at least one page.
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(exportPdf(subset, pdf, lang, &error), qPrintable(error));
        const QByteArray pdfData = read(pdf);
        QVERIFY(pdfData.startsWith("%PDF-"));
        QVERIFY(pdfData.trimmed().endsWith("%%EOF"));
        const int pages
            = int(QString::fromLatin1(pdfData).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
        QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));
        if (all)
            QVERIFY2(pages >= 2, "all failing containers do not fit on one page");
        QVERIFY(pdfData.contains("/MediaBox [0 0 595"));
        noSecrets(pdfData);
        // PDF text is compressed glyph ids, so also check what the PDF was rendered from.
        QTextDocument rendered;
        rendered.setHtml(HtmlReportWriter::toHtml(subset, lang));
        const QString plain = rendered.toPlainText();
        QVERIFY(plain.contains(QLatin1String("Authorization: Bearer ***")));
        noSecrets(plain.toUtf8());
    }

    void unwritablePathFailsCleanly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A parent that is a regular file: fails even for root.
        const QString blocker = dir.filePath(QStringLiteral("not-a-dir"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        const DiagnosisReport subset = singleSubset(report(), nginx());
        for (const QString &name : {QStringLiteral("r.md"), QStringLiteral("r.html"), QStringLiteral("r.pdf")}) {
            const QString path = blocker + QLatin1Char('/') + name;
            QString error;
            bool ok = name.endsWith(QLatin1String(".md")) ? exportMarkdown(subset, path, QStringLiteral("en"), &error)
                : name.endsWith(QLatin1String(".html"))   ? exportHtml(subset, path, QStringLiteral("en"), &error)
                                                          : exportPdf(subset, path, QStringLiteral("en"), &error);
            QVERIFY(!ok);
            QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
            QVERIFY(!QFile::exists(path));
        }
        QCOMPARE(read(blocker), QByteArray("x"));
        // Nothing but the blocker in the folder: no temporary file left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
            QStringList {QStringLiteral("not-a-dir")});
    }

    void goodFileSurvivesAFailedExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY(exportHtml(failingSubset(report()), path, QStringLiteral("en"), &error));
        const QByteArray good = read(path);
        // A read-only directory: the save file cannot create its temporary file.
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        if (QFileInfo(dir.path()).isWritable()
            || QFile(dir.filePath(QStringLiteral("probe"))).open(QIODevice::WriteOnly)) {
            QFile::remove(dir.filePath(QStringLiteral("probe")));
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("running as root: directory permissions are not enforced");
        }
        QVERIFY(!exportPdf(failingSubset(report()), path, QStringLiteral("en"), &error));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(read(path), good);
    }

    void subsets()
    {
        const DiagnosisReport failing = failingSubset(report());
        int expected = 0;
        for (const ContainerDiagnosis &c : report().containers)
            expected += c.state == QLatin1String("failing");
        QCOMPARE(failing.containers.size(), expected);
        QVERIFY(failing.pods > 0 && failing.pods <= failing.containers.size());
        QCOMPARE(failing.now, report().now);
        const DiagnosisReport one = singleSubset(report(), nginx());
        QCOMPARE(one.containers.size(), 1);
        QCOMPARE(one.pods, 1);
        QCOMPARE(one.containers.first().pod, nginx().pod);
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        const QString harbor = QStringLiteral("harbor.example.com/team/web:1.2");
        auto row = [&](const char *name, const QString &image, const char *command, const char *expected) {
            QTest::newRow(name) << image << QString::fromUtf8(command) << QString::fromUtf8(expected);
        };
        row("pod and namespace", harbor, "kubectl describe pod <pod> -n <namespace>",
            "kubectl describe pod web-7d5bc8f9c6-abcde -n shop");
        row("node", harbor, "kubectl describe node <node> | grep -i pressure",
            "kubectl describe node node-03 | grep -i pressure");
        row("registry", harbor, "curl -v https://<registry>/v2/", "curl -v https://harbor.example.com/v2/");
        row("image", harbor, "sudo crictl pull <image>", "sudo crictl pull harbor.example.com/team/web:1.2");
        row("image after a scheme", harbor, "skopeo inspect docker://<image>",
            "skopeo inspect docker://harbor.example.com/team/web:1.2");
        row("image as a file name stays", harbor, "sudo ctr -n k8s.io images import <image>.tar",
            "sudo ctr -n k8s.io images import <image>.tar");
        row("image to retag stays", harbor,
            "skopeo copy docker://docker.io/library/<image>:<tag> docker://<registry>/library/<image>:<tag>",
            "skopeo copy docker://docker.io/library/<image>:<tag> docker://harbor.example.com/library/<image>:<tag>");
        row("deployment from replicaset", harbor,
            "kubectl set image deployment/<deployment> <container>=<registry>/<repository>:<tag> -n <namespace>",
            "kubectl set image deployment/web web=harbor.example.com/team/web:<tag> -n shop");
        row("choices stay", harbor, "kubectl create secret docker-registry <secret> --docker-username=<user>",
            "kubectl create secret docker-registry <secret> --docker-username=<user>");
        row("docker hub endpoint", QStringLiteral("docker.io/library/nginx:1.25"), "curl -sv https://<registry>/v2/",
            "curl -sv https://registry-1.docker.io/v2/");
        row("docker hub tls", QStringLiteral("nginx"), "openssl s_client -connect <registry>:443 -showcerts",
            "openssl s_client -connect registry-1.docker.io:443 -showcerts");
        row("docker hub dns", QStringLiteral("nginx"), "nslookup <registry>", "nslookup registry-1.docker.io");
        row("docker hub hosts dir", QStringLiteral("nginx"), "cat /etc/containerd/certs.d/<registry>/hosts.toml",
            "cat /etc/containerd/certs.d/docker.io/hosts.toml");
        row("docker hub secret server", QStringLiteral("nginx"), "--docker-server=<registry> -n <namespace>",
            "--docker-server=docker.io -n shop");
        row("unparsable image keeps registry", QStringLiteral("MyApp:v1"),
            "curl https://<registry>/v2/ && crictl pull <image>",
            "curl https://<registry>/v2/ && crictl pull MyApp:v1");
    }

    void placeholders()
    {
        QFETCH(QString, image);
        QFETCH(QString, command);
        QFETCH(QString, expected);
        ContainerDiagnosis d;
        d.namespace_ = QStringLiteral("shop");
        d.pod = QStringLiteral("web-7d5bc8f9c6-abcde");
        d.container = QStringLiteral("web");
        d.node = QStringLiteral("node-03");
        d.image = image;
        d.imageRef = ImageReference::parse(d.image);
        d.owner = {QStringLiteral("ReplicaSet"), QStringLiteral("web-7d5bc8f9c6")};
        QCOMPARE(HtmlReportWriter::fillPlaceholders(command, d), expected);
    }
};

const QString TestReportExport::kSecret = QStringLiteral("abc.def.ghi");

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"

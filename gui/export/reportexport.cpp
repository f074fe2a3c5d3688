#include "reportexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>

#include "htmlreportwriter.h"
#include "reportwriter.h"

namespace PullScope {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("ReportExport", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

// Opens, lets `write` fill the file, and commits only when everything went through.
template<typename Write> bool saveFile(const QString &path, QString *error, Write write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    QString why;
    if (!write(&file, &why)) {
        file.cancelWriting();
        return fail(error, cannotWrite(path, why.isEmpty() ? file.errorString() : why));
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

} // namespace

bool exportMarkdown(const DiagnosisReport &report, const QString &path, const QString &lang, QString *error)
{
    const DiagnosisReport prepared = HtmlReportWriter::prepared(report, lang);
    return saveFile(path, error, [&prepared](QIODevice *out, QString *) {
        ReportWriter::writeMarkdown(prepared, out);
        return true;
    });
}

bool exportHtml(const DiagnosisReport &report, const QString &path, const QString &lang, QString *error)
{
    return saveFile(path, error, [&](QIODevice *out, QString *) {
        HtmlReportWriter::write(report, out, lang);
        return true;
    });
}

bool exportPdf(const DiagnosisReport &report, const QString &path, const QString &lang, QString *error)
{
    const QString html = HtmlReportWriter::toHtml(report, lang);
    return saveFile(path, error, [&html](QIODevice *out, QString *why) {
        // Rendered into memory first: QPdfWriter has no error reporting of its own, and the
        // save file should see one write of a finished document.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setCreator(QStringLiteral("PullScope " PULLSCOPE_VERSION));
            writer.setTitle(QCoreApplication::translate("ReportExport", "Image pull diagnosis"));
            writer.setResolution(300);
            writer.setPageLayout(QPageLayout(
                QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
            QTextDocument doc;
            doc.setHtml(html);
            doc.print(&writer);
        }
        buffer.close();
        if (!buffer.data().startsWith("%PDF")) {
            *why = QCoreApplication::translate("ReportExport", "the PDF could not be rendered");
            return false;
        }
        return out->write(buffer.data()) == buffer.data().size();
    });
}

DiagnosisReport singleSubset(const DiagnosisReport &report, const ContainerDiagnosis &container)
{
    DiagnosisReport subset = report;
    subset.containers = {container};
    subset.pods = 1;
    return subset;
}

DiagnosisReport failingSubset(const DiagnosisReport &report)
{
    DiagnosisReport subset = report;
    subset.containers.clear();
    QSet<QString> pods;
    for (const ContainerDiagnosis &c : report.containers) {
        if (c.state != QLatin1String("failing"))
            continue;
        subset.containers.append(c);
        pods.insert(c.namespace_ + QLatin1Char('/') + c.pod);
    }
    subset.pods = int(pods.size());
    return subset;
}

} // namespace PullScope

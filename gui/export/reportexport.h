#pragma once

#include <QString>

#include "diagnosis.h"

namespace PullScope {

// The report of a container, or of all failing ones, as Markdown, HTML or PDF: texts in
// `lang` (rule texts looked up again; labels from the installed translator, which the
// GUI keeps on the same language), secrets redacted. Files are written through QSaveFile,
// so a failed export never leaves a partial file over an earlier good one. On failure
// `error` names the file and the reason.
bool exportMarkdown(const DiagnosisReport &report, const QString &path, const QString &lang, QString *error = nullptr);
bool exportHtml(const DiagnosisReport &report, const QString &path, const QString &lang, QString *error = nullptr);
// A4 at 300 dpi with 15 mm margins, rendered from the HTML report by QTextDocument.
bool exportPdf(const DiagnosisReport &report, const QString &path, const QString &lang, QString *error = nullptr);

// Subsets: the selected container only (same `now`, inputs and version), or every
// container whose state is failing. `pods` counts the pods the subset touches.
DiagnosisReport singleSubset(const DiagnosisReport &report, const ContainerDiagnosis &container);
DiagnosisReport failingSubset(const DiagnosisReport &report);

} // namespace PullScope

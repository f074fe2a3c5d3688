#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include "diagnosis.h"

namespace PullScope {

// The `diagnose` report as one self-contained HTML5 page (inline CSS, no external
// resources) for mail and tickets; the GUI also renders it to PDF through QTextDocument,
// so only markup that QTextDocument understands carries meaning (<mark> is backed by an
// inline style). Every free text passes through redactSecrets() and is HTML-escaped.
class HtmlReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReportWriter)
public:
    // `lang` ("en" or "zh_CN") picks the rule texts and the lang attribute; the labels go
    // through tr(), i.e. the installed translator (the CLI's --lang, the GUI's
    // LanguageManager), which callers set to the same language.
    static QString toHtml(const DiagnosisReport &report, const QString &lang);
    static void write(const DiagnosisReport &report, QIODevice *out, const QString &lang);

    // The report made ready for a reader in `lang`: every cause's title, explanation and
    // remediation looked up again (a diagnosis holds the texts of the language it ran in)
    // and the rule commands' placeholders filled with each container's values.
    static DiagnosisReport prepared(DiagnosisReport report, const QString &lang);

    // <pod>, <namespace>, <container>, <node>, <image>, <registry>, <repository> and
    // <deployment> of a rule command, filled from the container when known. Placeholders
    // that ask the user for a choice (<tag>, <secret>, <user>, ...) stay.
    static QString fillPlaceholders(const QString &command, const ContainerDiagnosis &d);

    // Translated explicit / defaulted / inferred (CONTRACT.md policySource).
    static QString policySourceName(const QString &source);
    // The HTML lang attribute for a PullScope language code: "zh_CN" -> "zh-CN".
    static QString htmlLang(const QString &lang);
};

} // namespace PullScope

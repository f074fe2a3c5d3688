#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QMap>

#include "diagnosis.h"

namespace PullScope {

struct ReportSummary
{
    int pods = 0;
    int containers = 0;
    int failing = 0;
    QMap<QString, int> byCause; // sorted by id, stable output
};

// The three `diagnose` outputs of CONTRACT.md: json, markdown and an aligned table.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    static ReportSummary summarize(const DiagnosisReport &report);
    static void writeJson(const DiagnosisReport &report, QIODevice *out);
    static void writeMarkdown(const DiagnosisReport &report, QIODevice *out);
    // `color`: ANSI colours for a terminal.
    static void writeTable(const DiagnosisReport &report, QIODevice *out, bool color);

    // Translated names for states and steps (for tables, reports and the GUI).
    static QString stateName(const QString &state);
    static QString stepName(const QString &step);
    static QString priorityName(const QString &priority);
};

} // namespace PullScope

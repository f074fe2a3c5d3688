#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QMap>

#include <memory>

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

class JsonWriter;

// writeJson() in pieces, for a report streamed by DiagnosisEngine::diagnoseStream():
// the head is written at construction, batches of containers are rendered (on any
// thread) and appended in order, and finish() writes the summary. The bytes are those
// writeJson() writes for the same report.
class JsonReportStream
{
public:
    struct Chunk
    {
        QByteArray json;
        int containers = 0;
        int failing = 0;
        QMap<QString, int> byCause;
    };

    // `head`: the report without its containers (pods counted).
    JsonReportStream(QIODevice *out, const DiagnosisReport &head);
    ~JsonReportStream();
    static Chunk render(const QList<ContainerDiagnosis> &containers); // thread-safe
    void append(const Chunk &chunk);
    void finish();
    int failing() const { return m_summary.failing; }

private:
    QIODevice *m_out;
    std::unique_ptr<JsonWriter> m_writer;
    ReportSummary m_summary;
};

} // namespace PullScope

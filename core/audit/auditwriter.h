#pragma once

#include <QCoreApplication>
#include <QIODevice>

#include "auditengine.h"

namespace PullScope {

// The `audit` outputs: JSON (CONTRACT.md), Markdown, CSV and an aligned table. The window's
// export uses the same calls.
class AuditWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditWriter)
public:
    static void writeJson(const AuditReport &report, QIODevice *out);
    static void writeMarkdown(const AuditReport &report, QIODevice *out);
    // RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote
    // or line end. A field starting with = + - @ is prefixed with ' so that a spreadsheet
    // does not run it as a formula.
    static void writeCsv(const AuditReport &report, QIODevice *out);
    static void writeTable(const AuditReport &report, QIODevice *out);

    static QString csvField(const QString &value);
};

} // namespace PullScope

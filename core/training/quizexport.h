#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include "training/quiz.h"

namespace PullScope {

// A quiz result as Markdown (for the trainee), JSON and CSV (for the trainer's records).
// The texts are those of the result (its language); labels go through tr(), i.e. the
// installed translator. Every free text is redacted again on the way out.
class QuizExport
{
    Q_DECLARE_TR_FUNCTIONS(QuizExport)
public:
    enum class Format { Markdown, Json, Csv };

    static void writeMarkdown(const QuizResult &result, QIODevice *out);
    static void writeJson(const QuizResult &result, QIODevice *out);
    static void writeCsv(const QuizResult &result, QIODevice *out);

    // Through QSaveFile: a failed export never leaves a partial file over a good one. On
    // failure `error` names the file and the reason.
    static bool save(const QuizResult &result, const QString &path, Format format, QString *error = nullptr);
    // From the file name's suffix (.md, .json, .csv); Markdown otherwise.
    static Format formatForPath(const QString &path);

    // The CSV header; stable ids, not translated, so spreadsheets and scripts can rely on them.
    static QStringList csvColumns();
};

} // namespace PullScope

#include "training/quizexport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include "redaction.h"

namespace PullScope {

namespace {

QString where(const QuizResultRow &r)
{
    return (r.namespace_.isEmpty() ? QString() : r.namespace_ + QLatin1Char('/')) + r.pod + QLatin1Char('/')
        + r.container;
}

QString percentText(const QuizResult &r)
{
    return QString::number(r.percent(), 'f', 0) + QLatin1Char('%');
}

QString secondsText(double seconds)
{
    return seconds < 0 ? QString() : QString::number(seconds, 'f', 1);
}

QString mdCell(QString s)
{
    s = redactSecrets(s);
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// The evidence with the decisive span in bold; `row.evidence` is already redacted.
QString markedEvidence(const QuizResultRow &row)
{
    if (row.match.isEmpty())
        return row.evidence;
    const qsizetype at = row.evidence.indexOf(row.match);
    if (at < 0)
        return row.evidence;
    return row.evidence.left(at) + QStringLiteral("**") + row.match + QStringLiteral("**")
        + row.evidence.mid(at + row.match.size());
}

QString csvField(QString s, bool text)
{
    // A spreadsheet runs a cell that starts with = + - @ as a formula; a quote in front
    // keeps a kubelet message (or a hostile image name) plain text.
    if (text && !s.isEmpty()
        && (s.front() == QLatin1Char('=') || s.front() == QLatin1Char('+') || s.front() == QLatin1Char('-')
            || s.front() == QLatin1Char('@')))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QStringList QuizExport::csvColumns()
{
    return {QStringLiteral("number"), QStringLiteral("namespace"), QStringLiteral("pod"), QStringLiteral("container"),
        QStringLiteral("image"), QStringLiteral("chosen"), QStringLiteral("chosen_title"), QStringLiteral("answer"),
        QStringLiteral("answer_title"), QStringLiteral("correct"), QStringLiteral("seconds"),
        QStringLiteral("explanation"), QStringLiteral("evidence")};
}

void QuizExport::writeMarkdown(const QuizResult &result, QIODevice *out)
{
    QTextStream ts(out);
    ts.setEncoding(QStringConverter::Utf8);
    ts << "# " << tr("Quiz result") << "\n\n";
    if (!result.trainee.isEmpty())
        ts << "- " << tr("Trainee") << ": " << mdCell(result.trainee) << "\n";
    ts << "- " << tr("Date") << ": " << result.finished.toString(Qt::ISODate) << "\n";
    ts << "- " << tr("Score") << ": "
       << tr("%1 of %2 (%3)").arg(result.score).arg(result.total).arg(percentText(result)) << "\n";

    const QList<QuizResultRow> wrong = result.wrong();
    ts << "\n## " << tr("Wrong answers") << "\n\n";
    if (wrong.isEmpty())
        ts << tr("None: every cause was found.") << "\n";
    for (const QuizResultRow &r : wrong) {
        ts << "### " << tr("Question %1").arg(r.number) << ": " << mdCell(where(r)) << "\n\n";
        ts << "- " << tr("Image") << ": `" << redactSecrets(r.image) << "`\n";
        ts << "- " << tr("Your answer") << ": "
           << (r.chosen.isEmpty() ? tr("(no answer)")
                                  : mdCell(r.chosenTitle) + QStringLiteral(" (`") + r.chosen + QStringLiteral("`)"))
           << "\n";
        ts << "- " << tr("Right answer") << ": " << mdCell(r.answerTitle) << " (`" << r.answer << "`)\n\n";
        ts << redactSecrets(r.explanation) << "\n";
        if (!r.evidence.isEmpty())
            ts << "\n" << tr("The evidence that decides it:") << "\n\n> " << markedEvidence(r) << "\n";
        ts << "\n";
    }

    ts << "\n## " << tr("All questions") << "\n\n";
    ts << "| # | " << tr("Container") << " | " << tr("Your answer") << " | " << tr("Right answer") << " | "
       << tr("Result") << " | " << tr("Seconds") << " |\n|---|---|---|---|---|---|\n";
    for (const QuizResultRow &r : result.rows)
        ts << "| " << r.number << " | " << mdCell(where(r)) << " | "
           << (r.chosen.isEmpty() ? tr("(no answer)") : mdCell(r.chosenTitle)) << " | " << mdCell(r.answerTitle)
           << " | " << (r.correct ? tr("right") : tr("wrong")) << " | " << secondsText(r.seconds) << " |\n";
}

void QuizExport::writeJson(const QuizResult &result, QIODevice *out)
{
    QJsonObject root;
    root.insert(QStringLiteral("tool"), QStringLiteral("pullscope"));
    root.insert(QStringLiteral("kind"), QStringLiteral("quiz-result"));
    root.insert(QStringLiteral("version"), QStringLiteral(PULLSCOPE_VERSION));
    root.insert(QStringLiteral("language"), result.language);
    root.insert(QStringLiteral("trainee"),
        result.trainee.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(redactSecrets(result.trainee)));
    root.insert(QStringLiteral("finished"), result.finished.toString(Qt::ISODate));
    root.insert(QStringLiteral("score"), result.score);
    root.insert(QStringLiteral("total"), result.total);
    root.insert(QStringLiteral("percent"), result.percent());
    QJsonArray questions;
    for (const QuizResultRow &r : result.rows) {
        QJsonObject q;
        q.insert(QStringLiteral("number"), r.number);
        q.insert(QStringLiteral("namespace"), r.namespace_);
        q.insert(QStringLiteral("pod"), r.pod);
        q.insert(QStringLiteral("container"), r.container);
        q.insert(QStringLiteral("image"), redactSecrets(r.image));
        q.insert(QStringLiteral("chosen"), r.chosen.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.chosen));
        q.insert(QStringLiteral("chosenTitle"),
            r.chosen.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.chosenTitle));
        q.insert(QStringLiteral("answer"), r.answer);
        q.insert(QStringLiteral("answerTitle"), r.answerTitle);
        q.insert(QStringLiteral("correct"), r.correct);
        q.insert(QStringLiteral("seconds"), r.seconds < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.seconds));
        q.insert(QStringLiteral("explanation"), redactSecrets(r.explanation));
        QJsonObject evidence;
        evidence.insert(QStringLiteral("message"), r.evidence);
        evidence.insert(
            QStringLiteral("match"), r.match.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.match));
        q.insert(QStringLiteral("evidence"), evidence);
        questions.append(q);
    }
    root.insert(QStringLiteral("questions"), questions);
    out->write(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void QuizExport::writeCsv(const QuizResult &result, QIODevice *out)
{
    QTextStream ts(out);
    ts.setEncoding(QStringConverter::Utf8);
    // A BOM so that spreadsheet programs read the Chinese titles as UTF-8.
    ts.setGenerateByteOrderMark(true);
    ts << csvColumns().join(QLatin1Char(',')) << "\r\n";
    for (const QuizResultRow &r : result.rows) {
        const QStringList fields = {QString::number(r.number), csvField(r.namespace_, true), csvField(r.pod, true),
            csvField(r.container, true), csvField(redactSecrets(r.image), true), csvField(r.chosen, true),
            csvField(r.chosenTitle, true), csvField(r.answer, true), csvField(r.answerTitle, true),
            r.correct ? QStringLiteral("true") : QStringLiteral("false"), secondsText(r.seconds),
            csvField(redactSecrets(r.explanation), true), csvField(r.evidence, true)};
        ts << fields.join(QLatin1Char(',')) << "\r\n";
    }
}

QuizExport::Format QuizExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Format::Markdown;
}

bool QuizExport::save(const QuizResult &result, const QString &path, Format format, QString *error)
{
    QSaveFile file(path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    switch (format) {
    case Format::Markdown:
        writeMarkdown(result, &file);
        break;
    case Format::Json:
        writeJson(result, &file);
        break;
    case Format::Csv:
        writeCsv(result, &file);
        break;
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace PullScope

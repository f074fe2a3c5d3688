#pragma once

// How systemd reads a generated drop-in back: the Environment= assignments it would set, and
// `systemd-analyze verify` on a unit carrying the drop-in. Shared by the generator test (which
// checks that no input adds a directive or a variable) and the proxy integration test (which
// hands exactly those variables to a real pull).
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace PullScope::Integration {

// systemd's reading of one Environment= value (systemd.syntax(7), systemd.unit(5)): specifiers
// are resolved first ("%%" is "%", any other specifier is a failure here), then the value is
// split into words with double/single quotes and C escapes. Returns false on anything a
// generated file must never contain.
inline bool systemdWords(const QString &raw, QStringList *words)
{
    QString value;
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == QLatin1Char('%')) {
            if (i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char('%')) {
                value += QLatin1Char('%');
                ++i;
                continue;
            }
            return false;
        }
        value += raw.at(i);
    }
    QString word;
    bool inWord = false;
    QChar quote;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\')) {
            if (++i >= value.size())
                return false;
            const QChar e = value.at(i);
            const QString simple = QStringLiteral("\\\"' ");
            if (simple.contains(e))
                word += e;
            else if (e == QLatin1Char('n'))
                word += QLatin1Char('\n');
            else if (e == QLatin1Char('t'))
                word += QLatin1Char('\t');
            else if (e == QLatin1Char('s'))
                word += QLatin1Char(' ');
            else
                return false; // an escape the generator never writes
            inWord = true;
            continue;
        }
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            if (inWord)
                *words << word;
            word.clear();
            inWord = false;
            continue;
        }
        word += c;
        inWord = true;
    }
    if (!quote.isNull())
        return false;
    if (inWord)
        *words << word;
    return true;
}

// The variables a drop-in sets, in file order, as systemd would read them. *ok is false (and
// the list empty) on any line that is not a comment, the [Service] header or one
// Environment= assignment.
inline QList<QPair<QString, QString>> readDropIn(const QByteArray &content, bool *ok)
{
    QList<QPair<QString, QString>> vars;
    *ok = false;
    const QList<QByteArray> lines = content.split('\n');
    bool sawService = false;
    for (const QByteArray &bytes : lines) {
        const QString line = QString::fromUtf8(bytes);
        if (line.endsWith(QLatin1Char('\\')))
            return {}; // a continuation line would swallow the next one
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line == QLatin1String("[Service]") && !sawService) {
            sawService = true;
            continue;
        }
        if (!sawService || !line.startsWith(QLatin1String("Environment=")))
            return {};
        QStringList words;
        if (!systemdWords(line.mid(12), &words) || words.size() != 1)
            return {};
        const int eq = int(words[0].indexOf(QLatin1Char('=')));
        if (eq <= 0)
            return {};
        vars << qMakePair(words[0].left(eq), words[0].mid(eq + 1));
    }
    *ok = sawService;
    return vars;
}

// Writes a minimal SERVICE.service into unitDir (where the generated SERVICE.service.d/ lives)
// and returns what `systemd-analyze verify` says about it: empty when unit and drop-in are
// accepted without a complaint.
inline QByteArray systemdAnalyzeVerify(const QString &analyze, const QString &unitDir, const QString &service)
{
    const QString unit = unitDir + QLatin1Char('/') + service + QStringLiteral(".service");
    QDir().mkpath(unitDir);
    QFile f(unit);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QByteArrayLiteral("cannot write ") + unit.toUtf8();
    f.write("[Unit]\nDescription=PullScope test unit\nDefaultDependencies=no\n[Service]\nType=oneshot\n"
            "ExecStart=/bin/true\n");
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SYSTEMD_UNIT_PATH"), unitDir);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(analyze, {QStringLiteral("verify"), QStringLiteral("--man=no"), unit});
    if (!p.waitForFinished(60000))
        return QByteArrayLiteral("systemd-analyze did not finish");
    return p.readAll();
}

} // namespace PullScope::Integration

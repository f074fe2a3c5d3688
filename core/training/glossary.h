#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace PullScope {

// A text carried in both languages by the data file.
struct GlossaryText
{
    QString en;
    QString zh;
    QString in(const QString &lang) const; // "zh_CN"/"zh" picks zh, else en
};

// One term of resources/training/glossary.yaml.
struct GlossaryEntry
{
    QString id;
    GlossaryText term;
    GlossaryText definition;
    QList<QRegularExpression> englishPatterns; // case-insensitive
    QList<QRegularExpression> chinesePatterns;
};

// Where a term occurs in a text: UTF-16 offsets [start, end) and the entry's index.
struct GlossarySpan
{
    int start = -1;
    int end = -1;
    int entry = -1;
    bool operator==(const GlossarySpan &o) const { return start == o.start && end == o.end && entry == o.entry; }
};

// What an event reason means; `when` (may be empty) narrows it by the message.
struct ReasonMeaning
{
    QString reason;
    QRegularExpression when;
    GlossaryText text;
};

// The training glossary: terms of kubelet and runtime messages with their Chinese
// names and definitions, and what each event reason means. Data, not code, so that a
// trainer can improve the Chinese without a rebuild of the logic.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(PullScope::Glossary)
public:
    // The glossary compiled into the binary (:/training/glossary.yaml).
    static const Glossary &builtin();

    bool loadFromData(const QByteArray &yaml, QString *error);

    const QList<GlossaryEntry> &entries() const { return m_entries; }
    int indexOf(const QString &id) const;
    const QList<ReasonMeaning> &reasons() const { return m_reasons; }

    // The terms in `text`, in text order and never overlapping: where two matches
    // overlap, the one that starts first wins, then the longer one, then the entry
    // earlier in the file (so "pull access denied" is one term, not "pull").
    QList<GlossarySpan> findEnglish(const QString &text) const;
    QList<GlossarySpan> findChinese(const QString &text) const;
    QList<GlossarySpan> find(const QString &text, const QString &lang) const;

    // What an event of `reason` with `message` means; empty texts when unknown.
    GlossaryText reasonMeaning(const QString &reason, const QString &message) const;

private:
    QList<GlossarySpan> find(const QString &text, bool chinese) const;

    QList<GlossaryEntry> m_entries;
    QList<ReasonMeaning> m_reasons;
};

} // namespace PullScope

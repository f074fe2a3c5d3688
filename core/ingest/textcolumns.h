#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PullScope {

// Column layout of a table printed through Go's tabwriter (kubectl), taken from its
// header line. tabwriter pads every row of a block to the same widths, so the header's
// word positions are the exact column starts of every row; text that was re-spaced by
// hand (or rows from different tables pasted together) falls back to splitting on gaps.
class TextColumns
{
public:
    // Reads a header made only of `vocabulary` words (which may hold a space, like
    // "LAST SEEN"), each at most once. False on any other word.
    bool readHeader(QStringView line, const QStringList &vocabulary, Qt::CaseSensitivity cs);

    int size() const { return int(m_names.size()); }
    const QString &name(int i) const { return m_names.at(i); }
    int start(int i) const { return m_starts.at(i); }
    // Index of the column with this vocabulary word, or -1.
    int indexOf(const QString &name) const { return int(m_names.indexOf(name)); }

    // Cuts `row` at the header's positions into trimmed cells. False when the row does
    // not line up with the header: a value runs into the next column, or a cell does
    // not begin at its column's start, or a cell other than `freeColumn` (free text
    // such as a message) holds a run of blanks that only a column gap would make.
    bool cutAligned(QStringView row, int freeColumn, QList<QStringView> *cells) const;

    // Splits on runs of two or more blanks or on tabs (tabwriter pads with at least two
    // spaces). At most `maxCells` cells; the last one is the rest of the row, its inner
    // spacing kept.
    static QList<QStringView> splitOnGaps(QStringView row, int maxCells);

private:
    QStringList m_names;
    QList<int> m_starts;
};

} // namespace PullScope

#include "textcolumns.h"

#include <algorithm>

namespace PullScope {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool hasGap(QStringView cell)
{
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell.at(i) == QLatin1Char('\t'))
            return true;
        if (i > 0 && cell.at(i) == QLatin1Char(' ') && cell.at(i - 1) == QLatin1Char(' '))
            return true;
    }
    return false;
}

} // namespace

bool TextColumns::readHeader(QStringView line, const QStringList &vocabulary, Qt::CaseSensitivity cs)
{
    m_names.clear();
    m_starts.clear();
    // Longest first, so "FIRST SEEN" is not read as an unknown "FIRST".
    QStringList words = vocabulary;
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });

    qsizetype i = 0;
    while (i < line.size()) {
        if (isBlank(line.at(i))) {
            ++i;
            continue;
        }
        bool matched = false;
        for (const QString &w : std::as_const(words)) {
            const QStringView rest = line.mid(i);
            if (!rest.startsWith(w, cs))
                continue;
            if (rest.size() > w.size() && !isBlank(rest.at(w.size())))
                continue;
            if (m_names.contains(w))
                return false;
            m_names.append(w);
            m_starts.append(int(i));
            i += w.size();
            matched = true;
            break;
        }
        if (!matched) {
            m_names.clear();
            m_starts.clear();
            return false;
        }
    }
    return !m_names.isEmpty();
}

bool TextColumns::cutAligned(QStringView row, int freeColumn, QList<QStringView> *cells) const
{
    cells->clear();
    const int n = size();
    for (int i = 0; i < n; ++i) {
        const qsizetype from = m_starts.at(i);
        const qsizetype to = i + 1 < n ? m_starts.at(i + 1) : row.size();
        if (from >= row.size()) {
            cells->append(QStringView());
            continue;
        }
        // Text right before a column start means the previous value runs into it.
        if (i > 0 && !isBlank(row.at(from - 1)))
            return false;
        const QStringView raw = row.mid(from, std::max<qsizetype>(0, to - from));
        const QStringView cell = raw.trimmed();
        if (!cell.isEmpty() && isBlank(raw.at(0)))
            return false;
        if (i != freeColumn && hasGap(cell))
            return false;
        cells->append(cell);
    }
    // Nothing may stand in front of the first column.
    if (n > 0 && !row.first(std::min<qsizetype>(m_starts.at(0), row.size())).trimmed().isEmpty())
        return false;
    return true;
}

QList<QStringView> TextColumns::splitOnGaps(QStringView row, int maxCells)
{
    QList<QStringView> out;
    row = row.trimmed();
    qsizetype i = 0;
    while (i < row.size() && int(out.size()) < maxCells) {
        if (int(out.size()) == maxCells - 1) {
            out.append(row.mid(i).trimmed());
            break;
        }
        qsizetype j = i;
        while (j < row.size()) {
            if (row.at(j) == QLatin1Char('\t'))
                break;
            if (row.at(j) == QLatin1Char(' ') && j + 1 < row.size() && isBlank(row.at(j + 1)))
                break;
            ++j;
        }
        out.append(row.mid(i, j - i).trimmed());
        while (j < row.size() && isBlank(row.at(j)))
            ++j;
        i = j;
    }
    return out;
}

} // namespace PullScope

#include "unifieddiff.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace PullScope {

namespace {

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    // A final newline ends the last line; it does not start an empty one.
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

struct Op
{
    char kind; // ' ', '-', '+'
    int oldLine;
    int newLine;
};

QByteArray range(int start, int count)
{
    // diff -u numbers an empty range by the line before it.
    const int first = count == 0 ? start : start + 1;
    if (count == 1)
        return QByteArray::number(first);
    return QByteArray::number(first) + ',' + QByteArray::number(count);
}

} // namespace

QByteArray UnifiedDiff::diff(
    const QByteArray &oldText, const QByteArray &newText, const QString &oldName, const QString &newName, int context)
{
    if (oldText == newText)
        return {};
    const QList<QByteArray> a = splitLines(oldText);
    const QList<QByteArray> b = splitLines(newText);
    const int n = int(a.size());
    const int m = int(b.size());
    // Longest common subsequence table; configuration files are small enough for O(n*m).
    std::vector<std::vector<int>> lcs(size_t(n) + 1, std::vector<int>(size_t(m) + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j]
                ? lcs[size_t(i) + 1][size_t(j) + 1] + 1
                : std::max(lcs[size_t(i) + 1][size_t(j)], lcs[size_t(i)][size_t(j) + 1]);
    std::vector<Op> ops;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ops.push_back({' ', i++, j++});
        } else if (j < m && (i == n || lcs[size_t(i)][size_t(j) + 1] > lcs[size_t(i) + 1][size_t(j)])) {
            // Deletions before insertions on a tie, as diff -u prints them.
            ops.push_back({'+', i, j++});
        } else {
            ops.push_back({'-', i++, j});
        }
    }
    QByteArray out = "--- " + oldName.toUtf8() + "\n+++ " + newName.toUtf8() + '\n';
    const int total = int(ops.size());
    int k = 0;
    while (k < total) {
        while (k < total && ops[size_t(k)].kind == ' ')
            ++k;
        if (k == total)
            break;
        // A hunk: `context` lines before the first change, and changes closer than
        // 2*context lines are joined.
        const int start = std::max(0, k - context);
        int end = k;
        int lastChange = k;
        while (end < total) {
            if (ops[size_t(end)].kind != ' ')
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(total, lastChange + context + 1);
        int oldCount = 0;
        int newCount = 0;
        QByteArray body;
        for (int x = start; x < end; ++x) {
            const Op &op = ops[size_t(x)];
            if (op.kind != '+')
                ++oldCount;
            if (op.kind != '-')
                ++newCount;
            body += op.kind;
            body += op.kind == '+' ? b[op.newLine] : a[op.oldLine];
            body += '\n';
        }
        out += "@@ -" + range(ops[size_t(start)].oldLine, oldCount) + " +" + range(ops[size_t(start)].newLine, newCount)
            + " @@\n" + body;
        k = end;
    }
    return out;
}

} // namespace PullScope

#include "auditfiltermodel.h"

#include "audit/auditengine.h"
#include "auditfindingmodel.h"

namespace PullScope {

AuditFilterModel::AuditFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditFindingModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AuditFilterModel::setText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void AuditFilterModel::setSeverity(const QString &severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_severity.isEmpty()) {
        const auto *findings = qobject_cast<const AuditFindingModel *>(m);
        const AuditFinding *f = findings ? findings->finding(m->index(sourceRow, 0, sourceParent)) : nullptr;
        if (f && f->severity != m_severity)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    // The finding id matches too, so "latest-tag" finds its rows in either language.
    QString haystack = m->index(sourceRow, 0, sourceParent).data(AuditFindingModel::FindingIdRole).toString();
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        haystack += QLatin1Char('\n') + m->index(sourceRow, c, sourceParent).data().toString();
    for (const QString &w : m_words)
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace PullScope

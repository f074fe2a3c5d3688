#include "scenariofiltermodel.h"

#include "scenariolistmodel.h"

namespace PullScope {

ScenarioFilterModel::ScenarioFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ScenarioFilterModel::setSearch(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ScenarioFilterModel::setDifficulty(const QString &difficulty)
{
    if (difficulty == m_difficulty)
        return;
    m_difficulty = difficulty;
    invalidateFilter();
}

bool ScenarioFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_difficulty.isEmpty() && idx.data(ScenarioListModel::DifficultyRole).toString() != m_difficulty)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = idx.data(ScenarioListModel::SearchTextRole).toString();
    for (const QString &w : m_words)
        if (!text.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace PullScope

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace PullScope {

// The gallery's search box and difficulty filter over a ScenarioListModel: every word of
// the search must occur in the scenario's texts (either language, its id or seed section).
class ScenarioFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ScenarioFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    // A difficulty id, or empty for all.
    void setDifficulty(const QString &difficulty);
    QString difficulty() const { return m_difficulty; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_difficulty;
};

} // namespace PullScope

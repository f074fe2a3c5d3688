#pragma once

#include <QAbstractListModel>
#include <QMap>
#include <QPointer>

#include <vector>

namespace PullScope {

class ContainerTreeModel;

// Counts per cause of what the pod list's filter shows, most frequent first, for the
// side list. Activating a row filters the pod list with filterFor(id).
class CauseCountModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CauseIdRole = Qt::UserRole + 1,
        CountRole,
        TitleRole, // the cause title alone; DisplayRole adds the count
    };

    // Follows `source`: its filter and the language.
    explicit CauseCountModel(ContainerTreeModel *source, QObject *parent = nullptr);
    // Standalone: the counts come from setCounts().
    explicit CauseCountModel(QObject *parent = nullptr);

    // Cause id -> count (ContainerTreeModel::causeCounts()).
    void setCounts(const QMap<QString, int> &counts);

    // The pod list filter that shows only this cause.
    static QString filterFor(const QString &causeId);
    QString causeId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString id;
        QString title;
        int count = 0;
    };
    void refresh();

    QPointer<ContainerTreeModel> m_source;
    QMap<QString, int> m_counts;
    std::vector<Row> m_rows;
};

} // namespace PullScope

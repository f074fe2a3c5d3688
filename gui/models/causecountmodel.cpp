#include "causecountmodel.h"

#include <algorithm>

#include "containertreemodel.h"
#include "languagemanager.h"
#include "rulebook.h"
#include "theme.h"

namespace PullScope {

CauseCountModel::CauseCountModel(ContainerTreeModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    if (m_source)
        connect(m_source, &ContainerTreeModel::filterChanged, this, &CauseCountModel::refresh);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &CauseCountModel::refresh);
    refresh();
}

CauseCountModel::CauseCountModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &CauseCountModel::refresh);
}

void CauseCountModel::setCounts(const QMap<QString, int> &counts)
{
    m_counts = counts;
    refresh();
}

QString CauseCountModel::filterFor(const QString &causeId)
{
    return QStringLiteral("cause:") + causeId;
}

QString CauseCountModel::causeId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QString();
}

void CauseCountModel::refresh()
{
    if (m_source)
        m_counts = m_source->causeCounts();
    // At most a few dozen rows: a reset is cheaper than working out the moves.
    beginResetModel();
    m_rows.clear();
    const QString lang = LanguageManager::ruleLanguage();
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
        const QString title
            = RuleBook::builtin().rule(it.key()) ? RuleBook::builtin().describe(it.key(), lang).title : it.key();
        m_rows.push_back({it.key(), title, it.value()});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    endResetModel();
}

int CauseCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CauseCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(r.title).arg(r.count);
    case Qt::ToolTipRole:
        return tr("%1, containers: %2. Click to show only these.").arg(r.title).arg(r.count);
    case Qt::DecorationRole:
        return Theme::stateColor(QStringLiteral("failing"), r.id);
    case CauseIdRole:
        return r.id;
    case CountRole:
        return r.count;
    case TitleRole:
        return r.title;
    default:
        return {};
    }
}

QHash<int, QByteArray> CauseCountModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CauseIdRole, "causeId");
    names.insert(CountRole, "count");
    names.insert(TitleRole, "title");
    return names;
}

} // namespace PullScope

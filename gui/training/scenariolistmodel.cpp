#include "scenariolistmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "languagemanager.h"
#include "training/scenarioloader.h"

namespace PullScope {

ScenarioListModel::ScenarioListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &ScenarioListModel::languageChanged);
}

void ScenarioListModel::replaceOrigin(Origin origin, const QList<Entry> &entries)
{
    // Entries stay grouped by origin, in the enum's order.
    int first = 0;
    while (first < m_entries.size() && m_entries[first].origin < origin)
        ++first;
    int last = first;
    while (last < m_entries.size() && m_entries[last].origin == origin)
        ++last;
    if (last > first) {
        beginRemoveRows({}, first, last - 1);
        m_entries.remove(first, last - first);
        endRemoveRows();
    }
    if (!entries.isEmpty()) {
        beginInsertRows({}, first, first + int(entries.size()) - 1);
        for (int i = 0; i < entries.size(); ++i)
            m_entries.insert(first + i, entries[i]);
        endInsertRows();
    }
}

bool ScenarioListModel::loadBundled()
{
    m_bundledProblems.clear();
    QFile index(QStringLiteral(":/scenarios/index.json"));
    QList<Entry> entries;
    if (!index.open(QIODevice::ReadOnly)) {
        m_bundledProblems << tr("%1: the scenario index is missing").arg(index.fileName());
        replaceOrigin(Bundled, entries);
        return false;
    }
    const QJsonArray names
        = QJsonDocument::fromJson(index.readAll()).object().value(QLatin1String("scenarios")).toArray();
    for (const QJsonValue &name : names) {
        Entry e {Scenario(), Bundled};
        LoadError error;
        if (ScenarioLoader::loadFile(QStringLiteral(":/scenarios/") + name.toString(), &e.scenario, nullptr, &error))
            entries << e;
        else
            m_bundledProblems << error.toString();
    }
    replaceOrigin(Bundled, entries);
    return m_bundledProblems.isEmpty();
}

void ScenarioListModel::loadFolder(const QString &dir)
{
    m_folderProblems.clear();
    QList<Entry> entries;
    if (!dir.isEmpty()) {
        const QFileInfoList files = QDir(dir).entryInfoList(
            {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QFileInfo &f : files) {
            Entry e {Scenario(), Folder};
            LoadError error;
            if (ScenarioLoader::loadFile(f.filePath(), &e.scenario, nullptr, &error))
                entries << e;
            else
                m_folderProblems << error.toString();
        }
    }
    replaceOrigin(Folder, entries);
}

int ScenarioListModel::addFile(const QString &path, QString *error)
{
    Entry e {Scenario(), File};
    LoadError le;
    if (!ScenarioLoader::loadFile(path, &e.scenario, nullptr, &le)) {
        if (error)
            *error = le.toString();
        return -1;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].scenario.source == path) {
            m_entries[i].scenario = e.scenario;
            Q_EMIT dataChanged(index(i), index(i));
            return i;
        }
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(e);
    endInsertRows();
    return row;
}

const Scenario *ScenarioListModel::scenario(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row].scenario : nullptr;
}

int ScenarioListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].scenario.id == id)
            return i;
    return -1;
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    const Scenario &s = e.scenario;
    const QString lang = LanguageManager::ruleLanguage();
    switch (role) {
    case Qt::DisplayRole:
        return s.title.in(lang);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(s.story.in(lang), s.source);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1. %2. %3")
            .arg(s.title.in(lang), Scenario::difficultyName(s.difficulty), s.story.in(lang));
    case IdRole:
        return s.id;
    case OtherTitleRole:
        return s.title.other(lang);
    case StoryRole:
        return s.story.in(lang);
    case DifficultyRole:
        return s.difficulty;
    case DifficultyNameRole:
        return Scenario::difficultyName(s.difficulty);
    case SeedSectionRole:
        return s.seedSection;
    case PathRole:
        return s.source;
    case OriginRole:
        return int(e.origin);
    case SearchTextRole:
        return QStringList {
            s.id, s.title.en, s.title.zh, s.story.en, s.story.zh, s.seedSection, s.focusPod, s.focusContainer}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QHash<int, QByteArray> ScenarioListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(OtherTitleRole, "otherTitle");
    names.insert(StoryRole, "story");
    names.insert(DifficultyRole, "difficulty");
    names.insert(DifficultyNameRole, "difficultyName");
    names.insert(SeedSectionRole, "seedSection");
    names.insert(PathRole, "path");
    names.insert(OriginRole, "origin");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void ScenarioListModel::languageChanged()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

} // namespace PullScope

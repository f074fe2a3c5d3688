#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

#include "training/scenario.h"

namespace PullScope {

// The scenarios the gallery shows as cards: the bundled ones (":/scenarios", in the order
// of their index) and a trainer's own, from a folder or a single file. Texts come from the
// scenario data in the current language (LanguageManager), refreshed when it changes.
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Origin { Bundled, Folder, File };
    Q_ENUM(Origin)
    enum Role {
        IdRole = Qt::UserRole + 1,
        OtherTitleRole, // the title in the other language (shown small beneath)
        StoryRole,
        DifficultyRole, // the id: beginner / intermediate / advanced
        DifficultyNameRole, // translated
        SeedSectionRole,
        PathRole, // file or ":/" resource
        OriginRole, // Origin
        SearchTextRole, // both languages' texts, id and section, for the filter
    };

    explicit ScenarioListModel(QObject *parent = nullptr);

    // Replaces the bundled entries with the ones in the resources; false when one could
    // not be read (then problems() says which).
    bool loadBundled();
    // Replaces the folder's entries with the scenario files in `dir` (*.yaml, *.yml,
    // *.json); files that are not valid scenarios are left out and listed in problems().
    void loadFolder(const QString &dir);
    // Adds (or refreshes) one scenario read from a file; returns its row, -1 on failure
    // (then `error` says why).
    int addFile(const QString &path, QString *error);

    const Scenario *scenario(int row) const;
    int rowOf(const QString &id) const;
    // "FILE:LINE: message" of the files that could not be read.
    QStringList problems() const { return m_bundledProblems + m_folderProblems; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        Scenario scenario;
        Origin origin;
    };
    void replaceOrigin(Origin origin, const QList<Entry> &entries);
    void languageChanged();

    QList<Entry> m_entries; // bundled, then folder, then single files
    QStringList m_bundledProblems, m_folderProblems;
};

} // namespace PullScope

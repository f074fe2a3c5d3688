#pragma once

#include <QAbstractTableModel>

namespace PullScope {

class Glossary;

// The training glossary as a table: English term, Chinese term, and the definition in
// the UI language (the other language's definition as the tooltip). SearchRole holds
// every text of an entry, for a filter that finds a term by either name or definition.
class GlossaryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EnglishColumn, ChineseColumn, DefinitionColumn, ColumnCount };
    static constexpr int SearchRole = Qt::UserRole + 1;
    static constexpr int EntryRole = Qt::UserRole + 2; // the index into Glossary::entries()

    explicit GlossaryTableModel(const Glossary &glossary, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Glossary &glossary() const { return m_glossary; }

private:
    void languageChanged();

    const Glossary &m_glossary;
};

} // namespace PullScope

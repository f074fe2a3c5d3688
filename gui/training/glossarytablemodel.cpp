#include "glossarytablemodel.h"

#include "languagemanager.h"
#include "training/glossary.h"

namespace PullScope {

GlossaryTableModel::GlossaryTableModel(const Glossary &glossary, QObject *parent)
    : QAbstractTableModel(parent)
    , m_glossary(glossary)
{
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &GlossaryTableModel::languageChanged);
}

int GlossaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_glossary.entries().size());
}

int GlossaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlossaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GlossaryEntry &e = m_glossary.entries().at(index.row());
    const QString lang = LanguageManager::ruleLanguage();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EnglishColumn:
            return e.term.en;
        case ChineseColumn:
            return e.term.zh;
        case DefinitionColumn:
            return e.definition.in(lang);
        }
        break;
    case Qt::ToolTipRole:
        // The other language's definition: a trainee reads both.
        return e.definition.in(lang == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
    case SearchRole:
        return QStringList {e.id, e.term.en, e.term.zh, e.definition.en, e.definition.zh}.join(QLatin1Char('\n'));
    case EntryRole:
        return index.row();
    default:
        break;
    }
    return {};
}

QVariant GlossaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnglishColumn:
        return tr("English");
    case ChineseColumn:
        return tr("Chinese");
    case DefinitionColumn:
        return tr("Definition");
    default:
        break;
    }
    return {};
}

void GlossaryTableModel::languageChanged()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace PullScope

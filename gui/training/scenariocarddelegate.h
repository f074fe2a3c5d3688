#pragma once

#include <QStyledItemDelegate>

namespace PullScope {

// Paints a ScenarioListModel row as a card: the title in the current language, the other
// language's title small beneath, the story (up to three lines), a difficulty badge in
// the theme's colours, the seed section, and where a trainer's own scenario came from.
class ScenarioCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ScenarioCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge colour of a difficulty id.
    static QColor difficultyColor(const QString &difficulty);
};

} // namespace PullScope

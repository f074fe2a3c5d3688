#pragma once

#include <QSortFilterProxyModel>

namespace PullScope {

// The findings table's filter: words of the filter box against every column (all must
// match, in any column), and optionally one severity.
class AuditFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    // high, medium, low; empty: every severity.
    void setSeverity(const QString &severity);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_severity;
};

} // namespace PullScope

#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "audit/auditengine.h"

namespace PullScope {

// The audit's findings as a table. Titles and severity names are looked up at display
// time (they follow the UI language); the detail sentence is the audit run's.
class AuditFindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Finding, Namespace, Object, Container, Image, Detail, Fix, ColumnCount };
    enum Role {
        FindingIdRole = Qt::UserRole + 1, // the finding id (latest-tag, ...)
        SortRole, // severity by rank, other columns by text
        WizardRole, // the fix wizard's id, empty when none
        RowRole, // the row in findings()
    };

    explicit AuditFindingModel(QObject *parent = nullptr);

    void setFindings(const QList<AuditFinding> &findings);
    const QList<AuditFinding> &findings() const { return m_findings; }
    const AuditFinding *finding(const QModelIndex &index) const;

    // high 0, medium 1, low 2: sorting puts the worst first.
    static int severityRank(const QString &severity);
    // "Deployment/web" for a workload, the pod (with its replica count) for a pod.
    static QString objectText(const AuditFinding &f);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The language changed: every title and header is drawn again.
    void retranslate();

private:
    QList<AuditFinding> m_findings;
};

} // namespace PullScope

#pragma once

#include <QWidget>

#include "audit/auditengine.h"
#include "audit/failurecorrelation.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeView;

namespace PullScope {

class AuditFilterModel;
class AuditFindingModel;
class CorrelationModel;

// Tools > Audit: the configuration audit of what the window has loaded (summary,
// findings with a filter, exports) and, in a second tab, its failures correlated by
// registry, node and time with their readings.
class AuditWindow : public QWidget
{
    Q_OBJECT
public:
    explicit AuditWindow(QWidget *parent = nullptr);

    // A finished audit; `diagnosis` (may be null) is what the correlation tab groups.
    void setAudit(const AuditReport &report);
    void setCorrelation(const DiagnosisReport &diagnosis, const Correlation &correlation);
    // "Auditing ...", an error, or empty.
    void setStatus(const QString &text, bool problem = false);
    const AuditReport &auditReport() const { return m_report; }

    // The export of the Export buttons after their file dialog: csv, markdown or json,
    // written with QSaveFile by the CLI's writers. False with a translated message.
    bool exportTo(const QString &format, const QString &path, QString *error) const;

    AuditFindingModel *findingModel() const { return m_findings; }
    AuditFilterModel *filterModel() const { return m_filter; }
    CorrelationModel *correlationModel() const { return m_correlation; }
    QTableView *findingsView() const { return m_table; }
    QTreeView *correlationView() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *severityBox() const { return m_severity; }
    QPushButton *fixButton() const { return m_fix; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *dockerHubLabel() const { return m_dockerHub; }
    QTableWidget *registryTable() const { return m_registries; }
    QLabel *readingLabel() const { return m_reading; }
    // The finding of the current row of the table, or null.
    const AuditFinding *currentFinding() const;
    // Selects the row of `finding` index in findings() (through the filter); false when hidden.
    bool selectFinding(int row);

Q_SIGNALS:
    void findingSelected(const PullScope::AuditFinding &finding);
    void fixRequested(const PullScope::AuditFinding &finding);
    // Report indices of the containers of a correlation row the user picked.
    void containersSelected(const QList<int> &containers);
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void onCurrentChanged();
    void onCorrelationCurrent();
    void exportDialog(const QString &format);

    AuditReport m_report;
    bool m_haveReport = false;
    AuditFindingModel *m_findings = nullptr;
    AuditFilterModel *m_filter = nullptr;
    CorrelationModel *m_correlation = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_dockerHub = nullptr;
    QLabel *m_registriesLabel = nullptr;
    QTableWidget *m_registries = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_severity = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportMarkdown = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_refresh = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_reading = nullptr;
};

} // namespace PullScope

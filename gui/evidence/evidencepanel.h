#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

#include "diagnosis.h"

class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace PullScope {

class EventTableModel;

// The evidence and fix panel of one container: what was pulled (the reference, policy,
// node), the events as a timeline with the matched evidence highlighted, and the cause
// card (title, explanation, remediation, commands to copy). Rule text is looked up in the
// UI language at display time, so a language switch redraws it.
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(QWidget *parent = nullptr);
    ~EvidencePanel() override;

    // For tests and the main window.
    QString causeTitleText() const;
    QString highlightedEvidence() const; // the text of the highlighted span, empty if none
    QTableView *timelineView() const { return m_timeline; }
    EventTableModel *eventModel() const { return m_model; }
    QStringList commandTexts() const { return m_commands; }
    QList<QPushButton *> copyButtons() const { return m_copyButtons; }
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *probeButton() const { return m_probe; }
    QString headerText() const;

public Q_SLOTS:
    // The panel keeps its own copy; `d` may be null (nothing selected).
    void setContainer(const PullScope::ContainerDiagnosis *d, const QDateTime &now);
    // Selects these timeline rows (event indexes) and scrolls to the first: a flowchart
    // step was clicked.
    void selectEvents(const QList<int> &rows);

Q_SIGNALS:
    // The Fix button: the main window opens the wizard of this id.
    void fixRequested(const QString &wizard);
    // "Probe registry": the main window probes the container's image from this machine.
    void probeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void fill();
    void fillHeader();
    void fillCauseCard();
    void fillNoProblemCard();
    void fillWarnings();
    void clearDynamic();
    void addCommand(const QString &command);
    void setRemediationRow(int index, const QString &priority, const QString &text);
    void hideUnusedRows();
    // Rows of the header, the remediation table and the command list are made once and
    // reused (hidden when not needed): making and laying out fresh widgets on every
    // selection was a large part of its latency.
    enum HeaderField {
        ContainerField,
        ImageField,
        ReferenceField,
        RegistryField,
        RepositoryField,
        TagField,
        DigestField,
        PolicyField,
        NodeField,
        AttemptsField,
        DurationField,
        SizeField,
        OnNodeField,
        HeaderFieldCount
    };
    void setHeaderRow(HeaderField field, const QString &name, const QString &value);

    std::optional<ContainerDiagnosis> m_diag;
    QDateTime m_now;
    QString m_highlighted;
    QStringList m_commands;
    QList<QPushButton *> m_copyButtons;

    EventTableModel *m_model = nullptr;
    QTableView *m_timeline = nullptr;
    QLabel *m_timelineCaption = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_header = nullptr;
    struct HeaderRow
    {
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        bool used = false;
    };
    std::array<HeaderRow, HeaderFieldCount> m_headerRows {};
    QFrame *m_card = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_causeId = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_evidenceCaption = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_remediationCaption = nullptr;
    QWidget *m_remediationHost = nullptr;
    QGridLayout *m_remediationGrid = nullptr;
    QLabel *m_priorityHead = nullptr;
    QLabel *m_whatHead = nullptr;
    struct RemediationWidgets
    {
        QLabel *priority = nullptr;
        QLabel *text = nullptr;
    };
    std::vector<RemediationWidgets> m_remediationRows;
    int m_remediationShown = 0;
    QLabel *m_commandsCaption = nullptr;
    QWidget *m_commandsHost = nullptr;
    QVBoxLayout *m_commandsLayout = nullptr;
    struct CommandWidgets
    {
        QWidget *row = nullptr;
        QLabel *line = nullptr;
        QPushButton *copy = nullptr;
    };
    std::vector<CommandWidgets> m_commandRows;
    QPushButton *m_fix = nullptr;
    QPushButton *m_probe = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace PullScope

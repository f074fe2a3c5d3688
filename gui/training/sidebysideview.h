#pragma once

#include <QDialog>
#include <QList>

#include "diagnosis.h"
#include "training/glossary.h"

class QGridLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace PullScope {

class GlossaryTableModel;

// Training Chinese engineers on English logs: every event of one container, the original
// kubelet/runtime text on the left (monospace, as it is in the data), a Chinese
// explanation on the right (what the reason means, and the cause the message shows),
// with glossary terms highlighted on both sides. Hovering or clicking a term shows its
// entry; a second tab lists the whole glossary. The two text columns stay English and
// Chinese in either UI language; the labels follow the UI language.
class SideBySideView : public QDialog
{
    Q_OBJECT
public:
    explicit SideBySideView(const ContainerDiagnosis &d, QWidget *parent = nullptr);
    ~SideBySideView() override;

    // One row per event of the container, oldest first.
    int rowCount() const { return int(m_rows.size()); }
    QString englishText(int row) const { return m_rows.at(row).english; }
    QString chineseText(int row) const { return m_rows.at(row).chinese; }
    QList<GlossarySpan> englishSpans(int row) const { return m_rows.at(row).englishSpans; }
    QList<GlossarySpan> chineseSpans(int row) const { return m_rows.at(row).chineseSpans; }
    QLabel *englishLabel(int row) const { return m_rows.at(row).englishLabel; }
    QLabel *chineseLabel(int row) const { return m_rows.at(row).chineseLabel; }
    QLabel *reasonLabel(int row) const { return m_rows.at(row).reasonLabel; }

    // The entry shown under the rows (-1: none yet) and its text.
    int shownTerm() const { return m_shownTerm; }
    QString termDetailText() const;
    QStringList columnHeaders() const;
    QString headerText() const;

    QTabWidget *tabs() const { return m_tabs; }
    GlossaryTableModel *glossaryModel() const { return m_glossaryModel; }
    QSortFilterProxyModel *glossaryProxy() const { return m_proxy; }
    QTableView *glossaryTable() const { return m_table; }
    QLineEdit *glossarySearch() const { return m_search; }

    // The href of a term link ("term:<index>") and back.
    static QString termLink(int entry);
    static int entryOfLink(const QString &href);

public Q_SLOTS:
    // Shows entry `entry` of the glossary under the rows and selects it in the glossary tab.
    void showTerm(int entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString english;
        QString chinese;
        QList<GlossarySpan> englishSpans;
        QList<GlossarySpan> chineseSpans;
        QLabel *reasonLabel = nullptr;
        QLabel *englishLabel = nullptr;
        QLabel *chineseLabel = nullptr;
    };
    void buildRows();
    QString chineseExplanation(int eventIndex) const;
    QString html(const QString &text, const QList<GlossarySpan> &spans, bool breakable) const;
    void onLinkHovered(const QString &href);
    void retranslate();

    ContainerDiagnosis m_diagnosis;
    const Glossary &m_glossary;
    QList<Row> m_rows;
    int m_shownTerm = -1;

    QTabWidget *m_tabs;
    QLabel *m_header;
    QGridLayout *m_grid;
    QLabel *m_reasonHeader;
    QLabel *m_englishHeader;
    QLabel *m_chineseHeader;
    QLabel *m_termDetail;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QTableView *m_table;
    GlossaryTableModel *m_glossaryModel;
    QSortFilterProxyModel *m_proxy;
};

} // namespace PullScope

#include "sidebysideview.h"

#include <QCursor>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include "languagemanager.h"
#include "rulebook.h"
#include "theme.h"
#include "training/glossarytablemodel.h"

namespace PullScope {

namespace {

const QString &chinese()
{
    static const QString lang = QStringLiteral("zh_CN");
    return lang;
}

bool carriesPullError(const Event &e)
{
    // Messages whose text is a runtime or kubelet error worth classifying; "Error:
    // ErrImagePull" and the like only name a state.
    if (e.message.startsWith(QLatin1String("Error: ")))
        return false;
    return e.reason == QLatin1String("Failed") || e.reason == QLatin1String("InspectFailed")
        || e.reason == QLatin1String("ErrImagePull");
}

QLabel *richLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::TextSelectableByMouse);
    l->setOpenExternalLinks(false);
    l->setContentsMargins(6, 6, 6, 6);
    return l;
}

} // namespace

SideBySideView::SideBySideView(const ContainerDiagnosis &d, QWidget *parent)
    : QDialog(parent)
    , m_diagnosis(d)
    , m_glossary(Glossary::builtin())
    , m_tabs(new QTabWidget(this))
    , m_header(new QLabel(this))
    , m_grid(nullptr)
    , m_reasonHeader(new QLabel(this))
    , m_englishHeader(new QLabel(this))
    , m_chineseHeader(new QLabel(this))
    , m_termDetail(new QLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_glossaryModel(new GlossaryTableModel(m_glossary, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("sideBySideView"));
    setSizeGripEnabled(true);

    // The side-by-side tab: a header, a scrolling grid of rows, and the term detail.
    auto *pairs = new QWidget;
    auto *pairsLayout = new QVBoxLayout(pairs);
    m_header->setWordWrap(true);
    pairsLayout->addWidget(m_header);

    auto *rows = new QWidget;
    m_grid = new QGridLayout(rows);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    for (QLabel *h : {m_reasonHeader, m_englishHeader, m_chineseHeader}) {
        QFont f = h->font();
        f.setBold(true);
        h->setFont(f);
        h->setParent(rows);
    }
    m_grid->addWidget(m_reasonHeader, 0, 0);
    m_grid->addWidget(m_englishHeader, 0, 1);
    m_grid->addWidget(m_chineseHeader, 0, 2);
    buildRows();
    m_grid->setRowStretch(m_grid->rowCount(), 1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(rows);
    pairsLayout->addWidget(scroll, 1);

    m_termDetail->setWordWrap(true);
    m_termDetail->setTextFormat(Qt::RichText);
    m_termDetail->setFrameShape(QFrame::StyledPanel);
    m_termDetail->setContentsMargins(8, 6, 8, 6);
    m_termDetail->setMinimumHeight(m_termDetail->fontMetrics().lineSpacing() * 4);
    pairsLayout->addWidget(m_termDetail);

    // The glossary tab: a search box over the table.
    auto *glossary = new QWidget;
    auto *glossaryLayout = new QVBoxLayout(glossary);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    m_searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    glossaryLayout->addLayout(searchRow);
    m_searchLabel->setParent(glossary);
    m_search->setParent(glossary);
    m_table->setParent(glossary);
    glossaryLayout->addWidget(m_table, 1);

    m_proxy->setSourceModel(m_glossaryModel);
    m_proxy->setFilterRole(GlossaryTableModel::SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(GlossaryTableModel::EnglishColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GlossaryTableModel::ChineseColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Definitions wrap: each row is as tall as its definition at the column's width.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_tabs->addTab(pairs, QString());
    m_tabs->addTab(glossary, QString());
    auto *top = new QVBoxLayout(this);
    top->addWidget(m_tabs);

    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &SideBySideView::retranslate);
    retranslate();
    resize(1200, 760);
}

SideBySideView::~SideBySideView() = default;

QString SideBySideView::termLink(int entry)
{
    return QStringLiteral("term:") + QString::number(entry);
}

int SideBySideView::entryOfLink(const QString &href)
{
    if (!href.startsWith(QLatin1String("term:")))
        return -1;
    bool ok = false;
    const int entry = href.mid(5).toInt(&ok);
    return ok ? entry : -1;
}

QString SideBySideView::chineseExplanation(int eventIndex) const
{
    const Event &e = m_diagnosis.events.at(eventIndex);
    QStringList parts;
    const GlossaryText meaning = m_glossary.reasonMeaning(e.reason, e.message);
    if (!meaning.zh.isEmpty())
        parts << meaning.zh;
    // The container's cause on the event that proves it; other error messages get the
    // cause their own text shows (an older failure may differ from today's).
    QString causeId;
    int evidence = m_diagnosis.hasCause ? m_diagnosis.cause.evidence.event : -1;
    if (m_diagnosis.hasCause && (evidence < 0 || evidence >= m_diagnosis.events.size())) {
        // Evidence from the status or the spec: the cause goes on the newest failure.
        for (int i = 0; i < m_diagnosis.events.size(); ++i)
            if (m_diagnosis.events.at(i).type == QLatin1String("Warning"))
                evidence = i;
        if (evidence < 0)
            evidence = int(m_diagnosis.events.size()) - 1;
    }
    if (m_diagnosis.hasCause && eventIndex == evidence) {
        causeId = m_diagnosis.cause.id;
    } else if (carriesPullError(e)) {
        if (const auto match = RuleBook::builtin().classify(e.message))
            causeId = match->id;
    }
    if (!causeId.isEmpty()) {
        const CauseResult c = RuleBook::builtin().describe(causeId, chinese());
        if (!c.title.isEmpty())
            parts << QStringLiteral("\u3010") + c.title + QStringLiteral("\u3011") + c.explanation;
    }
    return parts.join(QLatin1Char('\n'));
}

QString SideBySideView::html(const QString &text, const QList<GlossarySpan> &spans, bool monospace) const
{
    auto escaped
        = [](const QString &s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")); };
    const QString term = QStringLiteral("<a href='%1' style='text-decoration:none'><span style='color:%2; "
                                        "background-color:%3; font-weight:bold'>%4</span></a>");
    QString out;
    int pos = 0;
    for (const GlossarySpan &s : spans) {
        out += escaped(text.mid(pos, s.start - pos));
        out += term.arg(termLink(s.entry), Theme::glossaryTerm().name(), Theme::glossaryTermBackground().name(),
            escaped(text.mid(s.start, s.end - s.start)));
        pos = s.end;
    }
    out += escaped(text.mid(pos));
    // Rich text in a label collapses runs of spaces; kubelet messages keep theirs.
    return monospace ? QStringLiteral("<span style='white-space:pre-wrap'>") + out + QStringLiteral("</span>") : out;
}

void SideBySideView::buildRows()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QWidget *parent = m_reasonHeader->parentWidget();
    for (int i = 0; i < m_diagnosis.events.size(); ++i) {
        const Event &e = m_diagnosis.events.at(i);
        Row row;
        row.english = e.message;
        row.chinese = chineseExplanation(i);
        row.englishSpans = m_glossary.findEnglish(row.english);
        row.chineseSpans = m_glossary.findChinese(row.chinese);

        row.reasonLabel = new QLabel(parent);
        row.reasonLabel->setTextFormat(Qt::RichText);
        row.reasonLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.reasonLabel->setContentsMargins(6, 6, 6, 6);
        QString reason = QStringLiteral("<b>") + e.reason.toHtmlEscaped() + QStringLiteral("</b>");
        if (e.count > 1)
            reason += QStringLiteral(" (x") + QString::number(e.count) + QLatin1Char(')');
        reason += QStringLiteral("<br/>") + e.type.toHtmlEscaped();
        row.reasonLabel->setText(reason);

        row.englishLabel = richLabel(parent);
        row.englishLabel->setFont(mono);
        row.englishLabel->setText(html(row.english, row.englishSpans, true));
        row.chineseLabel = richLabel(parent);
        row.chineseLabel->setText(html(row.chinese, row.chineseSpans, false));
        for (QLabel *l : {row.englishLabel, row.chineseLabel}) {
            connect(l, &QLabel::linkHovered, this, &SideBySideView::onLinkHovered);
            connect(l, &QLabel::linkActivated, this, [this](const QString &href) { showTerm(entryOfLink(href)); });
        }
        const int gridRow = i + 1;
        m_grid->addWidget(row.reasonLabel, gridRow, 0);
        m_grid->addWidget(row.englishLabel, gridRow, 1);
        m_grid->addWidget(row.chineseLabel, gridRow, 2);
        m_rows.append(row);
    }
}

void SideBySideView::onLinkHovered(const QString &href)
{
    const int entry = entryOfLink(href);
    if (entry < 0) {
        QToolTip::hideText();
        return;
    }
    showTerm(entry);
    QToolTip::showText(QCursor::pos(), termDetailText(), qobject_cast<QWidget *>(sender()));
}

void SideBySideView::showTerm(int entry)
{
    if (entry < 0 || entry >= m_glossary.entries().size())
        return;
    m_shownTerm = entry;
    const GlossaryEntry &e = m_glossary.entries().at(entry);
    const QString lang = LanguageManager::ruleLanguage();
    const QString other = lang == QLatin1String("en") ? chinese() : QStringLiteral("en");
    m_termDetail->setText(QStringLiteral("<b>%1</b> &nbsp;&middot;&nbsp; <b>%2</b><br/>%3<br/><i>%4</i>")
                              .arg(e.term.en.toHtmlEscaped(), e.term.zh.toHtmlEscaped(),
                                  e.definition.in(lang).toHtmlEscaped(), e.definition.in(other).toHtmlEscaped()));
    // The glossary tab shows the same entry selected.
    const QModelIndex source = m_glossaryModel->index(entry, 0);
    const QModelIndex proxied = m_proxy->mapFromSource(source);
    if (proxied.isValid()) {
        m_table->selectRow(proxied.row());
        m_table->scrollTo(proxied);
    }
}

QString SideBySideView::termDetailText() const
{
    if (m_shownTerm < 0)
        return QString();
    const GlossaryEntry &e = m_glossary.entries().at(m_shownTerm);
    const QString lang = LanguageManager::ruleLanguage();
    const QString other = lang == QLatin1String("en") ? chinese() : QStringLiteral("en");
    return e.term.en + QStringLiteral(" / ") + e.term.zh + QLatin1Char('\n') + e.definition.in(lang) + QLatin1Char('\n')
        + e.definition.in(other);
}

QStringList SideBySideView::columnHeaders() const
{
    return {m_reasonHeader->text(), m_englishHeader->text(), m_chineseHeader->text()};
}

QString SideBySideView::headerText() const
{
    return m_header->text();
}

void SideBySideView::retranslate()
{
    const QString who = m_diagnosis.namespace_ + QLatin1Char('/') + m_diagnosis.pod;
    setWindowTitle(tr("Side by side: %1, %2").arg(who, m_diagnosis.container));
    m_tabs->setTabText(0, tr("Side by side"));
    m_tabs->setTabText(1, tr("Glossary"));
    m_header->setText(tr("%1, container %2 (%3): %n event(s). Highlighted terms are in the glossary: hover "
                         "over or click one.",
        nullptr, int(m_diagnosis.events.size()))
                          .arg(who, m_diagnosis.container, m_diagnosis.image));
    m_reasonHeader->setText(tr("Event"));
    m_englishHeader->setText(tr("Original message (English)"));
    m_chineseHeader->setText(tr("Chinese explanation"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("A term or a definition, in English or Chinese"));
    if (m_shownTerm >= 0)
        showTerm(m_shownTerm);
    else
        m_termDetail->setText(tr("Hover over or click a highlighted term to see its glossary entry.").toHtmlEscaped());
}

void SideBySideView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace PullScope

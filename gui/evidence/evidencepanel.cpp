#include "evidencepanel.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include "eventtablemodel.h"
#include "highlightdelegate.h"
#include "htmlreportwriter.h"
#include "languagemanager.h"
#include "reportwriter.h"
#include "rulebook.h"
#include "theme.h"

namespace PullScope {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A light tint of Theme::failing over the panel's base colour, opaque so QLabel's rich
// text (which has no alpha blending) shows it the same on light and dark palettes.
QString tintHex(const QColor &base)
{
    const QColor f = Theme::failing();
    const qreal a = 0.22;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + f.redF() * a),
        float(base.greenF() * (1 - a) + f.greenF() * a), float(base.blueF() * (1 - a) + f.blueF() * a))
        .name();
}

QColor priorityColor(const QString &priority)
{
    if (priority == QLatin1String("high"))
        return Theme::failing();
    if (priority == QLatin1String("medium"))
        return Theme::inProgress();
    return Theme::notReached();
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

// Not selectable on purpose: a selectable QLabel lays its text out through a
// QTextDocument on every height-for-width query, which made one selection cost ~50 ms
// of layout. The evidence message stays selectable; commands have Copy buttons.
QLabel *wrappingLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    outer->addWidget(splitter);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *col = new QVBoxLayout(content);

    m_placeholder = wrappingLabel(content);
    m_placeholder->setAlignment(Qt::AlignCenter);
    col->addWidget(m_placeholder);

    m_header = wrappingLabel(content);
    m_header->setTextFormat(Qt::RichText);
    col->addWidget(m_header);

    m_card = new QFrame(content);
    m_card->setFrameShape(QFrame::StyledPanel);
    auto *card = new QVBoxLayout(m_card);
    m_title = wrappingLabel(m_card);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    card->addWidget(m_title);
    m_causeId = new QLabel(m_card);
    m_causeId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextColor(m_causeId, Theme::notReached());
    card->addWidget(m_causeId);
    m_explanation = wrappingLabel(m_card);
    m_explanation->setTextFormat(Qt::PlainText);
    card->addWidget(m_explanation);
    m_detail = wrappingLabel(m_card);
    m_detail->setTextFormat(Qt::PlainText);
    card->addWidget(m_detail);

    m_evidenceCaption = new QLabel(m_card);
    QFont captionFont = m_evidenceCaption->font();
    captionFont.setBold(true);
    m_evidenceCaption->setFont(captionFont);
    card->addWidget(m_evidenceCaption);
    m_evidence = wrappingLabel(m_card);
    m_evidence->setTextFormat(Qt::RichText);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setFrameShape(QFrame::StyledPanel);
    m_evidence->setMargin(6);
    card->addWidget(m_evidence);

    m_remediationCaption = new QLabel(m_card);
    m_remediationCaption->setFont(captionFont);
    card->addWidget(m_remediationCaption);
    m_remediationHost = new QWidget(m_card);
    m_remediationGrid = new QGridLayout(m_remediationHost);
    m_remediationGrid->setContentsMargins(0, 0, 0, 0);
    m_remediationGrid->setColumnStretch(1, 1);
    card->addWidget(m_remediationHost);

    m_commandsCaption = new QLabel(m_card);
    m_commandsCaption->setFont(captionFont);
    card->addWidget(m_commandsCaption);
    m_commandsHost = new QWidget(m_card);
    m_commandsLayout = new QVBoxLayout(m_commandsHost);
    m_commandsLayout->setContentsMargins(0, 0, 0, 0);
    card->addWidget(m_commandsHost);

    m_fix = new QPushButton(m_card);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (m_diag && m_diag->hasCause && !m_diag->cause.wizard.isEmpty())
            Q_EMIT fixRequested(m_diag->cause.wizard);
    });
    auto *fixRow = new QHBoxLayout;
    fixRow->addStretch(1);
    fixRow->addWidget(m_fix);
    card->addLayout(fixRow);

    m_warnings = wrappingLabel(m_card);
    m_warnings->setTextFormat(Qt::RichText);
    card->addWidget(m_warnings);

    col->addWidget(m_card);
    col->addStretch(1);
    scroll->setWidget(content);

    auto *timelineBox = new QWidget(splitter);
    auto *timelineCol = new QVBoxLayout(timelineBox);
    timelineCol->setContentsMargins(0, 0, 0, 0);
    m_timelineCaption = new QLabel(timelineBox);
    m_timelineCaption->setFont(captionFont);
    timelineCol->addWidget(m_timelineCaption);
    m_model = new EventTableModel(this);
    m_timeline = new QTableView(timelineBox);
    m_timeline->setModel(m_model);
    m_timeline->setItemDelegate(new HighlightDelegate(m_timeline));
    m_timeline->setWordWrap(false);
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->verticalHeader()->hide();
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *h = m_timeline->horizontalHeader();
    for (int c = 0; c < EventTableModel::MessageColumn; ++c)
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(EventTableModel::MessageColumn, QHeaderView::Stretch);
    timelineCol->addWidget(m_timeline);

    splitter->addWidget(scroll);
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Rule texts are data, not tr(): look them up again when the language changes.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] { refresh(); });

    retranslate();
}

EvidencePanel::~EvidencePanel() = default;

QString EvidencePanel::causeTitleText() const
{
    return m_title->text();
}

QString EvidencePanel::highlightedEvidence() const
{
    return m_highlighted;
}

QString EvidencePanel::headerText() const
{
    QTextDocument doc;
    doc.setHtml(m_header->text());
    return doc.toPlainText();
}

void EvidencePanel::setContainer(const ContainerDiagnosis *d, const QDateTime &now)
{
    if (d)
        m_diag = *d;
    else
        m_diag.reset();
    m_now = now;
    m_model->setContainer(d, now);
    refresh();
}

void EvidencePanel::selectEvents(const QList<int> &rows)
{
    QItemSelectionModel *sel = m_timeline->selectionModel();
    QItemSelection selection;
    int first = -1;
    for (int row : rows) {
        if (row < 0 || row >= m_model->rowCount())
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, EventTableModel::ColumnCount - 1));
        if (first < 0 || row < first)
            first = row;
    }
    sel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first >= 0) {
        sel->setCurrentIndex(m_model->index(first, 0), QItemSelectionModel::NoUpdate);
        m_timeline->scrollTo(m_model->index(first, 0), QAbstractItemView::PositionAtTop);
    }
}

void EvidencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvidencePanel::retranslate()
{
    m_placeholder->setText(tr("Select a container to see the evidence of its image pull."));
    m_timelineCaption->setText(tr("Events"));
    m_evidenceCaption->setText(tr("Evidence"));
    m_remediationCaption->setText(ReportWriter::tr("Remediation"));
    m_commandsCaption->setText(tr("Commands"));
    m_fix->setText(tr("Fix..."));
    m_model->retranslate();
    refresh();
}

void EvidencePanel::clearDynamic()
{
    m_highlighted.clear();
    m_commands.clear();
    m_copyButtons.clear();
    // Deleted now, not later: the rows are rebuilt in the same pass and tests look them up.
    while (QLayoutItem *item = m_remediationGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    while (QLayoutItem *item = m_commandsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void EvidencePanel::refresh()
{
    clearDynamic();
    const bool has = m_diag.has_value();
    m_placeholder->setVisible(!has);
    m_header->setVisible(has);
    m_card->setVisible(has);
    if (!has) {
        m_header->clear();
        m_title->clear();
        return;
    }
    fillHeader();
    if (m_diag->hasCause)
        fillCauseCard();
    else
        fillNoProblemCard();
    fillWarnings();
}

void EvidencePanel::fillHeader()
{
    const ContainerDiagnosis &d = *m_diag;
    const QString none = ReportWriter::tr("unknown");
    QString rows;
    auto row = [&rows](const QString &name, const QString &valueHtml) {
        rows += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>") + esc(name) + QStringLiteral("</b></td><td>")
            + valueHtml + QStringLiteral("</td></tr>");
    };
    QString kind;
    switch (d.containerType) {
    case ContainerType::Container:
        kind = tr("container");
        break;
    case ContainerType::Init:
        kind = tr("init container");
        break;
    case ContainerType::Ephemeral:
        kind = tr("ephemeral container");
        break;
    }
    const QString where = (d.namespace_.isEmpty() ? QString() : d.namespace_ + QLatin1Char('/')) + d.pod
        + QLatin1Char('/') + d.container;
    row(ReportWriter::tr("Container"), esc(where) + QStringLiteral(" (") + esc(kind) + QLatin1Char(')'));
    row(ReportWriter::tr("Image"),
        QStringLiteral("<code>") + esc(d.image.isEmpty() ? none : d.image) + QStringLiteral("</code>"));
    if (d.image.isEmpty()) {
        // nothing to parse
    } else if (!d.imageRef.isValid()) {
        row(tr("Reference"),
            QStringLiteral("<span style=\"color:") + Theme::failing().name() + QStringLiteral("\">")
                + esc(d.imageRef.errorText()) + QStringLiteral("</span>"));
    } else {
        const QString tag = d.imageRef.hasExplicitTag() ? d.imageRef.tag
            : d.imageRef.digest.isEmpty()               ? tr("%1 (implied)").arg(d.imageRef.effectiveTag())
                                                        : tr("none");
        row(tr("Registry"), esc(d.imageRef.registry.isEmpty() ? none : d.imageRef.registry));
        row(tr("Repository"), esc(d.imageRef.repository));
        row(tr("Tag"), esc(tag));
        row(tr("Digest"), esc(d.imageRef.digest.isEmpty() ? tr("none") : d.imageRef.digest));
    }
    row(ReportWriter::tr("Pull policy"),
        esc(d.policy.isEmpty() ? none : d.policy) + QStringLiteral(" (")
            + esc(HtmlReportWriter::policySourceName(d.policySource)) + QLatin1Char(')'));
    QString node = d.node.isEmpty() ? none : d.node;
    if (!d.nodeArchitecture.isEmpty())
        node += QStringLiteral(" (") + d.nodeArchitecture + QLatin1Char(')');
    row(tr("Node"), esc(node));
    row(tr("Pull attempts"), esc(QLocale().toString(d.pullAttempts)));
    if (d.pullDurationSeconds >= 0)
        row(tr("Pull duration"),
            esc(tr("%1 s").arg(QLocale().toString(d.pullDurationSeconds, 'f', d.pullDurationSeconds < 10 ? 2 : 1))));
    if (d.imageSizeBytes >= 0)
        row(tr("Image size"), esc(tr("%1 MB").arg(QLocale().toString(double(d.imageSizeBytes) / 1e6, 'f', 1))));
    row(tr("Image on node"), esc(!d.imageOnNode ? none : *d.imageOnNode ? tr("yes") : tr("no")));
    m_header->setText(QStringLiteral("<table>") + rows + QStringLiteral("</table>"));
}

void EvidencePanel::fillCauseCard()
{
    const ContainerDiagnosis &d = *m_diag;
    const RuleBook &rules = RuleBook::builtin();
    const CauseResult text = rules.describe(d.cause.id, LanguageManager::ruleLanguage());

    m_title->setText(text.title);
    setTextColor(m_title, Theme::stateColor(d.state, d.cause.id));
    m_causeId->setText(d.cause.id);
    m_causeId->show();
    m_explanation->setText(text.explanation);
    m_explanation->setVisible(!text.explanation.isEmpty());
    m_detail->setText(d.cause.detail);
    m_detail->setVisible(!d.cause.detail.isEmpty());

    const Evidence &ev = d.cause.evidence;
    m_evidenceCaption->setVisible(!ev.message.isEmpty());
    m_evidence->setVisible(!ev.message.isEmpty());
    if (ev.matchStart >= 0 && ev.matchEnd > ev.matchStart && ev.matchEnd <= ev.message.size()) {
        m_highlighted = ev.message.mid(ev.matchStart, ev.matchEnd - ev.matchStart);
        m_evidence->setText(esc(ev.message.left(ev.matchStart)) + QStringLiteral("<span style=\"background-color:")
            + tintHex(palette().color(QPalette::Base)) + QStringLiteral("; font-weight:bold\">") + esc(m_highlighted)
            + QStringLiteral("</span>") + esc(ev.message.mid(ev.matchEnd)));
    } else {
        m_evidence->setText(esc(ev.message));
    }

    m_remediationCaption->setVisible(!text.remediation.isEmpty());
    m_remediationHost->setVisible(!text.remediation.isEmpty());
    if (!text.remediation.isEmpty()) {
        auto *prioHead = new QLabel(ReportWriter::tr("Priority"), m_remediationHost);
        auto *textHead = new QLabel(tr("What to do"), m_remediationHost);
        QFont bold = prioHead->font();
        bold.setBold(true);
        prioHead->setFont(bold);
        textHead->setFont(bold);
        m_remediationGrid->addWidget(prioHead, 0, 0, Qt::AlignTop);
        m_remediationGrid->addWidget(textHead, 0, 1, Qt::AlignTop);
        int r = 1;
        for (const RemediationRow &row : text.remediation) {
            auto *prio = new QLabel(ReportWriter::priorityName(row.priority), m_remediationHost);
            prio->setFont(bold);
            setTextColor(prio, priorityColor(row.priority));
            auto *what = wrappingLabel(m_remediationHost);
            what->setTextFormat(Qt::PlainText);
            what->setText(row.text);
            m_remediationGrid->addWidget(prio, r, 0, Qt::AlignTop);
            m_remediationGrid->addWidget(what, r, 1, Qt::AlignTop);
            ++r;
        }
    }

    // Remediation commands first (they fix), then the rule's checks (they confirm).
    QStringList commands;
    for (const RemediationRow &row : text.remediation)
        commands << row.commands;
    if (const RuleBook::Rule *rule = rules.rule(d.cause.id))
        commands << rule->commands;
    for (const QString &raw : std::as_const(commands)) {
        const QString cmd = HtmlReportWriter::fillPlaceholders(raw, d);
        if (!m_commands.contains(cmd))
            addCommand(cmd);
    }
    m_commandsCaption->setVisible(!m_commands.isEmpty());
    m_commandsHost->setVisible(!m_commands.isEmpty());

    m_fix->setVisible(!d.cause.wizard.isEmpty());
    // The wizards are not written yet: say so rather than offer a button that does nothing.
    m_fix->setEnabled(false);
    m_fix->setToolTip(tr("the fix wizards arrive in a later version"));
}

void EvidencePanel::fillNoProblemCard()
{
    const ContainerDiagnosis &d = *m_diag;
    m_title->setText(tr("No image pull problem"));
    setTextColor(m_title, Theme::stateColor(d.state));
    m_causeId->hide();
    QString explanation;
    if (d.state == QLatin1String("ok"))
        explanation = tr("The image is in place and the container got past the pull.");
    else if (d.state == QLatin1String("recovered"))
        explanation = tr("An earlier pull failed, but the image has since been pulled.");
    else if (d.state == QLatin1String("pulling"))
        explanation = tr("A pull is in progress and has not yet reported a result.");
    else
        explanation = tr("The input holds no evidence of a pull either way.");
    m_explanation->setText(explanation);
    m_explanation->show();
    m_detail->hide();
    m_evidenceCaption->hide();
    m_evidence->hide();
    m_evidence->clear();
    m_remediationCaption->hide();
    m_remediationHost->hide();
    m_commandsCaption->hide();
    m_commandsHost->hide();
    m_fix->hide();
}

void EvidencePanel::fillWarnings()
{
    const ContainerDiagnosis &d = *m_diag;
    if (d.warnings.isEmpty()) {
        m_warnings->hide();
        m_warnings->clear();
        return;
    }
    QString html = QStringLiteral("<b>") + esc(tr("Warnings")) + QStringLiteral("</b><ul style=\"color:")
        + Theme::inProgress().name() + QStringLiteral("\">");
    for (const QString &w : d.warnings)
        html += QStringLiteral("<li>") + esc(w) + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    m_warnings->setText(html);
    m_warnings->show();
}

void EvidencePanel::addCommand(const QString &command)
{
    auto *row = new QWidget(m_commandsHost);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *line = new QLabel(command, row);
    line->setTextFormat(Qt::PlainText);
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    line->setFont(mono);
    auto *copy = new QPushButton(tr("Copy"), row);
    copy->setToolTip(tr("Copy this command to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [command] { QGuiApplication::clipboard()->setText(command); });
    h->addWidget(line, 1);
    h->addWidget(copy, 0, Qt::AlignTop);
    m_commandsLayout->addWidget(row);
    m_commands << command;
    m_copyButtons << copy;
}

} // namespace PullScope

#include "evidencepanel.h"

#include <QApplication>
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
#include <QVBoxLayout>

#include "eventtablemodel.h"
#include "fixwizardfactory.h"
#include "highlightdelegate.h"
#include "htmlreportwriter.h"
#include "languagemanager.h"
#include "reportwriter.h"
#include "rulebook.h"
#include "theme.h"
#include "wraplabel.h"

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

// Text shaping (HarfBuzz) was the largest single cost of filling and painting the panel
// on every selection. Scripts that need it (Arabic, Indic) are still shaped; Latin and
// Chinese text lose only ligatures.
QFont unshaped(QFont font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Not selectable on purpose: a selectable QLabel lays its text out through a
// QTextDocument on every height-for-width query, which made one selection cost ~50 ms
// of layout. The evidence message stays selectable; commands have Copy buttons.
QLabel *wrappingLabel(QWidget *parent)
{
    return new WrapLabel(parent);
}

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent)
{
    // Set before the children exist, so that their fonts (bold, larger) inherit it.
    setFont(unshaped(font()));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    outer->addWidget(splitter);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    // Always on: with "as needed", QScrollArea asks the content for its height at every
    // width the scroll bar might take away (one relayout of every label per pixel), and
    // cards of different lengths would reflow as the bar comes and goes.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *col = new QVBoxLayout(content);

    m_placeholder = wrappingLabel(content);
    m_placeholder->setAlignment(Qt::AlignCenter);
    col->addWidget(m_placeholder);

    // Name and value labels in a grid rather than one rich-text table: a QLabel lays
    // a table out through a QTextDocument, several times per selection.
    m_header = new QWidget(content);
    auto *headerGrid = new QGridLayout(m_header);
    headerGrid->setContentsMargins(0, 0, 0, 0);
    headerGrid->setHorizontalSpacing(12);
    headerGrid->setVerticalSpacing(2);
    headerGrid->setColumnStretch(1, 1);
    for (int f = 0; f < HeaderFieldCount; ++f) {
        HeaderRow &row = m_headerRows[size_t(f)];
        row.name = new QLabel(m_header);
        QFont bold = row.name->font();
        bold.setBold(true);
        row.name->setFont(bold);
        row.name->setTextFormat(Qt::PlainText);
        row.value = wrappingLabel(m_header);
        row.value->setTextFormat(Qt::PlainText);
        headerGrid->addWidget(row.name, f, 0, Qt::AlignTop);
        headerGrid->addWidget(row.value, f, 1, Qt::AlignTop);
    }
    m_headerRows[ImageField].value->setFont(unshaped(QFontDatabase::systemFont(QFontDatabase::FixedFont)));
    setTextColor(m_headerRows[ReferenceField].value, Theme::failing());
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
    m_priorityHead = new QLabel(m_remediationHost);
    m_whatHead = new QLabel(m_remediationHost);
    QFont bold = m_priorityHead->font();
    bold.setBold(true);
    m_priorityHead->setFont(bold);
    m_whatHead->setFont(bold);
    m_remediationGrid->addWidget(m_priorityHead, 0, 0, Qt::AlignTop);
    m_remediationGrid->addWidget(m_whatHead, 0, 1, Qt::AlignTop);
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
    m_probe = new QPushButton(m_card);
    m_probe->setObjectName(QStringLiteral("probeRegistry"));
    connect(m_probe, &QPushButton::clicked, this, [this] {
        if (m_diag && !m_diag->image.isEmpty())
            Q_EMIT probeRequested();
    });
    auto *fixRow = new QHBoxLayout;
    fixRow->addStretch(1);
    fixRow->addWidget(m_probe);
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
    QStringList lines;
    for (const HeaderRow &row : m_headerRows)
        if (!row.name->isHidden())
            lines << row.name->text() + QLatin1Char('\t') + row.value->text();
    return lines.join(QLatin1Char('\n'));
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
    m_priorityHead->setText(ReportWriter::tr("Priority"));
    m_whatHead->setText(tr("What to do"));
    m_commandsCaption->setText(tr("Commands"));
    m_fix->setText(tr("Fix..."));
    m_probe->setText(tr("Probe registry..."));
    m_probe->setToolTip(tr("Check from this machine, step by step, what a pull of this image meets: DNS, TCP, TLS, "
                           "the registry API, authentication, the manifest, the platform"));
    m_model->retranslate();
    refresh();
}

void EvidencePanel::clearDynamic()
{
    m_highlighted.clear();
    m_commands.clear();
    m_copyButtons.clear();
    m_remediationShown = 0;
}

void EvidencePanel::refresh()
{
    // Showing a widget lays out every visible ancestor up to the window, at once; a
    // card shows and hides a dozen rows. With the content hidden meanwhile that
    // happens once, when it is shown again, instead of per row. Not while it holds
    // the focus, which hiding would move.
    QWidget *content = m_card->parentWidget();
    const QWidget *focus = QApplication::focusWidget();
    const bool batch = content->isVisible() && !(focus && content->isAncestorOf(focus));
    if (batch)
        content->hide();
    fill();
    if (batch)
        content->show();
}

void EvidencePanel::fill()
{
    clearDynamic();
    const bool has = m_diag.has_value();
    m_placeholder->setVisible(!has);
    m_header->setVisible(has);
    m_card->setVisible(has);
    if (!has) {
        m_title->clear();
        hideUnusedRows();
        return;
    }
    fillHeader();
    if (m_diag->hasCause)
        fillCauseCard();
    else
        fillNoProblemCard();
    fillWarnings();
    m_probe->setEnabled(!m_diag->image.isEmpty());
    hideUnusedRows();
}

void EvidencePanel::hideUnusedRows()
{
    for (size_t i = size_t(m_remediationShown); i < m_remediationRows.size(); ++i) {
        m_remediationRows[i].priority->hide();
        m_remediationRows[i].text->hide();
    }
    for (size_t i = size_t(m_commands.size()); i < m_commandRows.size(); ++i)
        m_commandRows[i].row->hide();
}

void EvidencePanel::setHeaderRow(HeaderField field, const QString &name, const QString &value)
{
    HeaderRow &row = m_headerRows[size_t(field)];
    row.name->setText(name);
    row.value->setText(value);
    row.used = true;
}

void EvidencePanel::fillHeader()
{
    const ContainerDiagnosis &d = *m_diag;
    const QString none = ReportWriter::tr("unknown");
    for (HeaderRow &row : m_headerRows)
        row.used = false;
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
    setHeaderRow(ContainerField, ReportWriter::tr("Container"), where + QStringLiteral(" (") + kind + QLatin1Char(')'));
    setHeaderRow(ImageField, ReportWriter::tr("Image"), d.image.isEmpty() ? none : d.image);
    if (d.image.isEmpty()) {
        // nothing to parse
    } else if (!d.imageRef.isValid()) {
        setHeaderRow(ReferenceField, tr("Reference"), d.imageRef.errorText());
    } else {
        const QString tag = d.imageRef.hasExplicitTag() ? d.imageRef.tag
            : d.imageRef.digest.isEmpty()               ? tr("%1 (implied)").arg(d.imageRef.effectiveTag())
                                                        : tr("none");
        setHeaderRow(RegistryField, tr("Registry"), d.imageRef.registry.isEmpty() ? none : d.imageRef.registry);
        setHeaderRow(RepositoryField, tr("Repository"), d.imageRef.repository);
        setHeaderRow(TagField, tr("Tag"), tag);
        setHeaderRow(DigestField, tr("Digest"), d.imageRef.digest.isEmpty() ? tr("none") : d.imageRef.digest);
    }
    setHeaderRow(PolicyField, ReportWriter::tr("Pull policy"),
        (d.policy.isEmpty() ? none : d.policy) + QStringLiteral(" (")
            + HtmlReportWriter::policySourceName(d.policySource) + QLatin1Char(')'));
    QString node = d.node.isEmpty() ? none : d.node;
    if (!d.nodeArchitecture.isEmpty())
        node += QStringLiteral(" (") + d.nodeArchitecture + QLatin1Char(')');
    setHeaderRow(NodeField, tr("Node"), node);
    setHeaderRow(AttemptsField, tr("Pull attempts"), QLocale().toString(d.pullAttempts));
    if (d.pullDurationSeconds >= 0)
        setHeaderRow(DurationField, tr("Pull duration"),
            tr("%1 s").arg(QLocale().toString(d.pullDurationSeconds, 'f', d.pullDurationSeconds < 10 ? 2 : 1)));
    if (d.imageSizeBytes >= 0)
        setHeaderRow(
            SizeField, tr("Image size"), tr("%1 MB").arg(QLocale().toString(double(d.imageSizeBytes) / 1e6, 'f', 1)));
    setHeaderRow(OnNodeField, tr("Image on node"), !d.imageOnNode ? none : *d.imageOnNode ? tr("yes") : tr("no"));
    // Shown or hidden once, at the end: hiding a row and showing it again costs a relayout.
    for (HeaderRow &row : m_headerRows) {
        row.name->setVisible(row.used);
        row.value->setVisible(row.used);
    }
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
    for (const RemediationRow &row : text.remediation)
        setRemediationRow(m_remediationShown++, row.priority, row.text);

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

    m_fix->setVisible(FixWizardFactory::hasWizard(d.cause.wizard));
    m_fix->setToolTip(tr("Open the wizard that generates the fix, prefilled from this container"));
}

void EvidencePanel::setRemediationRow(int index, const QString &priority, const QString &text)
{
    if (index >= int(m_remediationRows.size())) {
        RemediationWidgets w;
        w.priority = new QLabel(m_remediationHost);
        QFont bold = w.priority->font();
        bold.setBold(true);
        w.priority->setFont(bold);
        w.priority->setTextFormat(Qt::PlainText);
        w.text = wrappingLabel(m_remediationHost);
        w.text->setTextFormat(Qt::PlainText);
        m_remediationGrid->addWidget(w.priority, index + 1, 0, Qt::AlignTop);
        m_remediationGrid->addWidget(w.text, index + 1, 1, Qt::AlignTop);
        m_remediationRows.push_back(w);
    }
    const RemediationWidgets &w = m_remediationRows[size_t(index)];
    w.priority->setText(ReportWriter::priorityName(priority));
    setTextColor(w.priority, priorityColor(priority));
    w.text->setText(text);
    w.priority->show();
    w.text->show();
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
    const int index = int(m_commands.size());
    if (index >= int(m_commandRows.size())) {
        CommandWidgets w;
        w.row = new QWidget(m_commandsHost);
        auto *h = new QHBoxLayout(w.row);
        h->setContentsMargins(0, 0, 0, 0);
        w.line = new WrapLabel(w.row);
        w.line->setTextFormat(Qt::PlainText);
        w.line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        w.line->setFont(unshaped(QFontDatabase::systemFont(QFontDatabase::FixedFont)));
        w.copy = new QPushButton(w.row);
        connect(w.copy, &QPushButton::clicked, this, [this, index] {
            if (index < m_commands.size())
                QGuiApplication::clipboard()->setText(m_commands.at(index));
        });
        h->addWidget(w.line, 1);
        h->addWidget(w.copy, 0, Qt::AlignTop);
        m_commandsLayout->addWidget(w.row);
        m_commandRows.push_back(w);
    }
    const CommandWidgets &w = m_commandRows[size_t(index)];
    w.line->setText(command);
    // Set on every use: a reused row may have been made in another language.
    w.copy->setText(tr("Copy"));
    w.copy->setToolTip(tr("Copy this command to the clipboard"));
    w.row->show();
    m_commands << command;
    m_copyButtons << w.copy;
}

} // namespace PullScope

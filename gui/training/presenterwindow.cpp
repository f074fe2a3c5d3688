#include "presenterwindow.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFrame>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

#include "flowchartmodel.h"
#include "languagemanager.h"
#include "reportwriter.h"
#include "rulebook.h"
#include "theme.h"
#include "training/presenterscene.h"

namespace PullScope {

namespace {

// A message on a slide: whole runtime error chains run to a kilobyte. The end is kept
// (the innermost error, what went wrong) and the start (which image), the middle goes.
QString shortened(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    const int head = max * 2 / 5;
    const int tail = max - head - 3;
    return text.left(head) + QStringLiteral(" \u2026 ") + text.right(tail);
}

// The first sentence of an explanation: the card holds one line, the rest is in the
// window's evidence panel.
QString firstSentence(const QString &text)
{
    // A full stop followed by a capital (so "e.g. the" does not end it), or a Chinese one.
    static const QRegularExpression stop(QStringLiteral("[.!?](?=\\s+[A-Z])|\u3002"));
    const QRegularExpressionMatch m = stop.match(text);
    return m.hasMatch() ? text.left(m.capturedEnd()).trimmed() : text.trimmed();
}

// Long tokens of runtime errors (URLs, query strings) may break after these characters:
// a label wraps only at break opportunities, and the side column has a fixed width.
QString breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        out += c;
        if (c == QLatin1Char('/') || c == QLatin1Char('&') || c == QLatin1Char('=') || c == QLatin1Char('?')
            || c == QLatin1Char('%') || c == QLatin1Char(','))
            out += QChar(0x200b);
    }
    return out;
}

QLabel *makeLabel(QWidget *parent, const QColor &ink, bool wrap = true)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(wrap);
    l->setTextFormat(Qt::PlainText);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, ink);
    l->setPalette(p);
    return l;
}

QFont sized(QFont f, int px, bool bold = false)
{
    f.setPixelSize(std::max(8, px));
    f.setBold(bold);
    return f;
}

} // namespace

PresenterWindow::PresenterWindow(const ContainerDiagnosis &d, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_diagnosis(d)
    , m_scene(new PresenterScene(this))
    , m_view(new QGraphicsView(m_scene, this))
{
    namespace HC = Theme::HighContrast;
    setObjectName(QStringLiteral("presenterWindow"));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, HC::background());
    pal.setColor(QPalette::WindowText, HC::text());
    setPalette(pal);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);

    m_scene->setDiagnosis(&m_diagnosis);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setBackgroundBrush(HC::background());
    // The keys belong to the presentation, not to the view's scrolling.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setInteractive(false);
    m_view->viewport()->installEventFilter(this);

    m_header = makeLabel(this, HC::text(), false);
    m_scenario = makeLabel(this, HC::taken());
    m_stepsHeading = makeLabel(this, HC::dimText());
    m_steps = makeLabel(this, HC::text());
    m_steps->setTextFormat(Qt::RichText);
    m_evidenceHeading = makeLabel(this, HC::dimText());
    m_evidence = makeLabel(this, HC::text());
    m_evidence->setAutoFillBackground(true);
    {
        QPalette p = m_evidence->palette();
        p.setColor(QPalette::Window, HC::panel());
        m_evidence->setPalette(p);
    }
    m_evidence->setMargin(12);

    m_causeCard = new QFrame(this);
    m_causeCard->setObjectName(QStringLiteral("causeCard"));
    m_causeCard->setFrameShape(QFrame::Box);
    m_causeCard->setLineWidth(3);
    m_causeCard->setAutoFillBackground(true);
    {
        QPalette p = m_causeCard->palette();
        p.setColor(QPalette::Window, HC::panel());
        p.setColor(QPalette::WindowText, m_diagnosis.hasCause ? HC::failing() : HC::taken());
        m_causeCard->setPalette(p);
    }
    m_causeCaption = makeLabel(m_causeCard, HC::dimText());
    m_causeTitle = makeLabel(m_causeCard, HC::text());
    m_causeExplanation = makeLabel(m_causeCard, HC::text());
    m_causeFix = makeLabel(m_causeCard, HC::taken());
    auto *card = new QVBoxLayout(m_causeCard);
    card->setContentsMargins(18, 14, 18, 14);
    card->addWidget(m_causeCaption);
    card->addWidget(m_causeTitle);
    card->addWidget(m_causeExplanation);
    card->addWidget(m_causeFix);
    m_causeHidden = makeLabel(this, HC::dimText());

    m_progress = makeLabel(this, HC::taken(), false);
    m_hints = makeLabel(this, HC::dimText());
    m_hints->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // The side column has a fixed share of the width (set with the fonts): long words in
    // a message must not push the chart aside.
    m_side = new QWidget(this);
    auto *side = new QVBoxLayout(m_side);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(10);
    side->addWidget(m_stepsHeading);
    side->addWidget(m_steps);
    side->addSpacing(8);
    side->addWidget(m_evidenceHeading);
    side->addWidget(m_evidence);
    side->addStretch(1);
    side->addWidget(m_causeHidden);
    side->addWidget(m_causeCard);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(24);
    middle->addWidget(m_view, 1);
    middle->addWidget(m_side);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_progress);
    footer->addStretch(1);
    footer->addWidget(m_hints, 1);

    auto *top = new QVBoxLayout(this);
    top->setContentsMargins(24, 16, 24, 12);
    top->setSpacing(10);
    top->addWidget(m_header);
    top->addWidget(m_scenario);
    top->addLayout(middle, 1);
    top->addLayout(footer);

    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this]() {
        m_scene->rebuild();
        refresh();
    });
    applyFonts();
    refresh();
}

PresenterWindow::~PresenterWindow() = default;

void PresenterWindow::setScenarioTitle(const ScenarioText &title)
{
    m_scenarioTitle = title;
    refresh();
}

int PresenterWindow::stepCount() const
{
    return int(m_scene->revealOrder().size());
}

int PresenterWindow::revealedCount() const
{
    return m_scene->revealedCount();
}

QStringList PresenterWindow::revealOrder() const
{
    return m_scene->revealOrder();
}

int PresenterWindow::evidenceEvent(const QString &stepId) const
{
    const FlowNode *n = m_scene->fullModel().node(stepId);
    if (!n || n->events.isEmpty())
        return -1;
    // The event the cause was read from, when it is this step's; else the newest that
    // says more than a state name ("Error: ErrImagePull" proves nothing by itself).
    if (m_diagnosis.hasCause && n->events.contains(m_diagnosis.cause.evidence.event))
        return m_diagnosis.cause.evidence.event;
    for (auto it = n->events.crbegin(); it != n->events.crend(); ++it)
        if (!m_diagnosis.events.at(*it).message.startsWith(QLatin1String("Error: ")))
            return *it;
    return n->events.last();
}

QString PresenterWindow::evidenceLine(const QString &stepId) const
{
    const FlowNode *n = m_scene->fullModel().node(stepId);
    if (!n)
        return QString();
    const int event = evidenceEvent(stepId);
    if (event >= 0) {
        const Event &e = m_diagnosis.events.at(event);
        QString line = e.reason + QStringLiteral(": ") + shortened(e.message, 240);
        if (e.count > 1)
            line += QStringLiteral(" (x") + QString::number(e.count) + QLatin1Char(')');
        return line;
    }
    if (stepId == QLatin1String(Step::ImageName))
        return tr("Image reference: %1").arg(m_diagnosis.image);
    if (stepId == QLatin1String(Step::Policy))
        return tr("imagePullPolicy: %1").arg(n->detail);
    if (stepId == QLatin1String(Step::LocalCheck)) {
        if (!m_diagnosis.imageOnNode.has_value())
            return tr("The input has no image list for node %1.")
                .arg(m_diagnosis.node.isEmpty() ? tr("(unknown)") : m_diagnosis.node);
        return *m_diagnosis.imageOnNode ? tr("Node %1 lists the image in status.images.").arg(m_diagnosis.node)
                                        : tr("Node %1 does not list the image in status.images.").arg(m_diagnosis.node);
    }
    return tr("No event of this step survived in the input.");
}

void PresenterWindow::setRevealed(int count, bool cause)
{
    const int before = revealedCount();
    const bool causeBefore = m_cause;
    m_cause = cause;
    m_scene->reveal(count, cause);
    refresh();
    if (before != revealedCount() || causeBefore != m_cause)
        Q_EMIT revealChanged();
}

void PresenterWindow::next()
{
    if (revealedCount() < stepCount())
        setRevealed(revealedCount() + 1, m_cause);
    else
        setRevealed(revealedCount(), true);
}

void PresenterWindow::previous()
{
    // Back undoes the last reveal: the cause first, then the steps.
    if (m_cause)
        setRevealed(revealedCount(), false);
    else
        setRevealed(revealedCount() - 1, false);
}

void PresenterWindow::hideAll()
{
    setRevealed(0, false);
}

void PresenterWindow::revealAll()
{
    setRevealed(stepCount(), true);
}

void PresenterWindow::revealCause()
{
    setRevealed(revealedCount(), true);
}

void PresenterWindow::toggleCause()
{
    setRevealed(revealedCount(), !m_cause);
}

bool PresenterWindow::isPresenterKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier)
        return event->key() == Qt::Key_L;
    if (mods != Qt::NoModifier)
        return false;
    static const int keys[]
        = {Qt::Key_Right, Qt::Key_Down, Qt::Key_Space, Qt::Key_PageDown, Qt::Key_Left, Qt::Key_Up, Qt::Key_PageUp,
            Qt::Key_Backspace, Qt::Key_Home, Qt::Key_End, Qt::Key_C, Qt::Key_Return, Qt::Key_Enter, Qt::Key_Escape};
    return std::find(std::begin(keys), std::end(keys), event->key()) != std::end(keys);
}

bool PresenterWindow::event(QEvent *event)
{
    // The presentation's keys beat shortcuts (the main window's Ctrl+L focuses its filter).
    if (event->type() == QEvent::ShortcutOverride && isPresenterKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (ctrl && key == Qt::Key_L) {
        LanguageManager *lm = LanguageManager::instance();
        lm->setLanguage(lm->language() == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        return;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        hideAll();
        return;
    case Qt::Key_End:
        revealAll();
        return;
    case Qt::Key_C:
        toggleCause();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        revealCause();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::refresh()
{
    namespace HC = Theme::HighContrast;
    setWindowTitle(tr("PullScope presenter"));
    fillHeader();
    const QString scenario = m_scenarioTitle.in(LanguageManager::ruleLanguage());
    m_scenario->setText(tr("Scenario: %1").arg(scenario));
    m_scenario->setVisible(!scenario.isEmpty());
    m_stepsHeading->setText(tr("Path so far"));
    m_evidenceHeading->setText(tr("Evidence"));

    const QStringList order = revealOrder();
    const int shown = revealedCount();
    QStringList rows;
    for (int i = 0; i < shown; ++i) {
        const QString &id = order.at(i);
        const FlowNode *n = m_scene->fullModel().node(id);
        const StepState s = n ? n->state : StepState::Taken;
        const QColor mark = s == StepState::Failing ? HC::failing()
            : s == StepState::InProgress            ? HC::inProgress()
                                                    : HC::taken();
        // The step's kubelet event, short: the full line is below for the newest step.
        const int event = evidenceEvent(id);
        const QString reason = event >= 0 ? m_diagnosis.events.at(event).reason : QString();
        rows << QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2.&nbsp;%3%4")
                    .arg(mark.name())
                    .arg(i + 1)
                    .arg(ReportWriter::stepName(id).toHtmlEscaped(),
                        reason.isEmpty() ? QString()
                                         : QStringLiteral(" <span style='color:%1'>&mdash; %2</span>")
                                               .arg(HC::dimText().name(), reason.toHtmlEscaped()));
    }
    m_steps->setText(rows.isEmpty() ? tr("Nothing revealed yet: press the right arrow key.").toHtmlEscaped()
                                    : rows.join(QStringLiteral("<br/>")));
    const bool any = shown > 0;
    m_evidenceHeading->setVisible(any);
    m_evidence->setVisible(any);
    if (any) {
        const QString id = order.at(shown - 1);
        m_evidenceHeading->setText(tr("Evidence: %1").arg(ReportWriter::stepName(id)));
        m_evidence->setText(breakable(evidenceLine(id)));
    } else {
        m_evidence->clear();
    }

    fillCause();
    m_causeCard->setVisible(m_cause);
    m_causeHidden->setVisible(!m_cause);
    m_causeHidden->setText(tr("Cause: hidden (press C to reveal)"));

    m_progress->setText(tr("Step %1 of %2").arg(shown).arg(stepCount()) + QStringLiteral("   ")
        + (m_cause ? tr("cause shown") : tr("cause hidden")));
    m_hints->setText(tr("Right, Space, PgDn: next · Left, PgUp: back · Home, End: none, all · "
                        "C: cause · Ctrl+L: language · Esc: leave"));
}

void PresenterWindow::fillCause()
{
    const QString lang = LanguageManager::ruleLanguage();
    if (!m_diagnosis.hasCause) {
        m_causeCaption->setText(tr("Outcome"));
        m_causeTitle->setText(tr("No pull problem"));
        m_causeExplanation->setText(tr("State: %1").arg(ReportWriter::stateName(m_diagnosis.state)));
        m_causeFix->clear();
        m_causeFix->hide();
        return;
    }
    // Rule text in the UI language, looked up now: the stored one is in the run's language.
    const CauseResult c = RuleBook::builtin().describe(m_diagnosis.cause.id, lang);
    m_causeCaption->setText(tr("Cause"));
    m_causeTitle->setText(c.title.isEmpty() ? m_diagnosis.cause.title : c.title);
    m_causeExplanation->setText(firstSentence(c.explanation.isEmpty() ? m_diagnosis.cause.explanation : c.explanation));
    const QList<RemediationRow> &rows = c.remediation.isEmpty() ? m_diagnosis.cause.remediation : c.remediation;
    const auto top = std::find_if(
        rows.begin(), rows.end(), [](const RemediationRow &r) { return r.priority == QLatin1String("high"); });
    const RemediationRow *fix = top != rows.end() ? &*top : (rows.isEmpty() ? nullptr : &rows.first());
    m_causeFix->setVisible(fix != nullptr);
    m_causeFix->setText(fix ? tr("Fix first: %1").arg(fix->text) : QString());
}

void PresenterWindow::applyFonts()
{
    // Sized from the window (the screen, when full screen): about 30 lines of body text
    // per screen height reads from the back of a room.
    const int base = std::clamp(height() / 36, 14, 64);
    const QFont f = QApplication::font();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_header->setFont(sized(f, base, true));
    m_scenario->setFont(sized(f, base));
    m_stepsHeading->setFont(sized(f, base * 3 / 4, true));
    m_steps->setFont(sized(f, base * 17 / 20));
    m_evidenceHeading->setFont(sized(f, base * 3 / 4, true));
    m_evidence->setFont(sized(mono, base * 7 / 10));
    m_causeCaption->setFont(sized(f, base * 3 / 4, true));
    m_causeTitle->setFont(sized(f, base * 4 / 3, true));
    m_causeExplanation->setFont(sized(f, base * 9 / 10));
    m_causeFix->setFont(sized(f, base * 17 / 20));
    m_causeHidden->setFont(sized(f, base * 9 / 10));
    m_progress->setFont(sized(f, base * 4 / 5, true));
    m_hints->setFont(sized(f, base * 3 / 5));
    m_side->setFixedWidth(std::max(240, width() * 2 / 5));
    fillHeader();
}

QString PresenterWindow::headerText() const
{
    return m_scene->fullModel().title();
}

void PresenterWindow::fillHeader()
{
    // One line, cut in the middle if it must be: the chart needs the height.
    const int room = std::max(100, width() - 48);
    m_header->setText(m_header->fontMetrics().elidedText(headerText(), Qt::ElideMiddle, room));
    m_header->setToolTip(headerText());
}

void PresenterWindow::fitChart()
{
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

bool PresenterWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport learns its size after the window's resize (and after the view's own
    // resize handler): fit the chart then.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitChart();
    return QWidget::eventFilter(watched, event);
}

void PresenterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFonts();
    fitChart();
}

void PresenterWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitChart();
    setFocus();
}

} // namespace PullScope

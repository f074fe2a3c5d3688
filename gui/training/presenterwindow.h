#pragma once

#include <QStringList>
#include <QWidget>

#include "diagnosis.h"
#include "training/scenario.h"

class QFrame;
class QGraphicsView;
class QLabel;

namespace PullScope {

class PresenterScene;

// Presenter mode: one container's story told to a room. Full screen, white on black,
// type sized from the screen; the flowchart's path is revealed a step at a time with the
// evidence line that proves each step, and the cause card stays hidden until the last
// step (or C / Enter). Keys: Right, Down, Space, PageDown (what clickers send) next;
// Left, Up, PageUp back; Home none; End all; Ctrl+L language; Esc leaves.
class PresenterWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterWindow(const ContainerDiagnosis &d, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    // The title of the training scenario the window shows, for the header (both
    // languages: it follows a language switch).
    void setScenarioTitle(const ScenarioText &title);

    int stepCount() const;
    int revealedCount() const;
    bool isCauseRevealed() const { return m_cause; }
    QStringList revealOrder() const;
    // The evidence line of a step (event reason and message, or what the input says).
    QString evidenceLine(const QString &stepId) const;
    // The index (into the container's events) of the event that line quotes; -1: none.
    int evidenceEvent(const QString &stepId) const;

    // For tests and the screenshot script.
    PresenterScene *scene() const { return m_scene; }
    QGraphicsView *view() const { return m_view; }
    QFrame *causeCard() const { return m_causeCard; }
    QLabel *causeTitleLabel() const { return m_causeTitle; }
    QLabel *causeExplanationLabel() const { return m_causeExplanation; }
    QLabel *causeFixLabel() const { return m_causeFix; }
    QLabel *causeHiddenLabel() const { return m_causeHidden; }
    QLabel *evidenceLabel() const { return m_evidence; }
    QLabel *stepsLabel() const { return m_steps; }
    QLabel *headerLabel() const { return m_header; }
    // The header's text in full (the label elides it to one line).
    QString headerText() const;
    QLabel *scenarioLabel() const { return m_scenario; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *hintsLabel() const { return m_hints; }

public Q_SLOTS:
    void next();
    void previous();
    void hideAll();
    void revealAll();
    void revealCause();
    void toggleCause();
    void setRevealed(int count, bool cause);

Q_SIGNALS:
    void revealChanged();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    static bool isPresenterKey(const QKeyEvent *event);
    void refresh();
    void fillCause();
    void applyFonts();
    void fitChart();
    void fillHeader();

    ContainerDiagnosis m_diagnosis;
    ScenarioText m_scenarioTitle;
    bool m_cause = false;
    PresenterScene *m_scene;
    QGraphicsView *m_view;
    QWidget *m_side;
    QLabel *m_header;
    QLabel *m_scenario;
    QLabel *m_stepsHeading;
    QLabel *m_steps;
    QLabel *m_evidenceHeading;
    QLabel *m_evidence;
    QFrame *m_causeCard;
    QLabel *m_causeCaption;
    QLabel *m_causeTitle;
    QLabel *m_causeExplanation;
    QLabel *m_causeFix;
    QLabel *m_causeHidden;
    QLabel *m_progress;
    QLabel *m_hints;
};

} // namespace PullScope

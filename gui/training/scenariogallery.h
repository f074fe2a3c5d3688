#pragma once

#include <QDialog>

#include "training/scenario.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;

namespace PullScope {

class ScenarioFilterModel;
class ScenarioListModel;

// Training > Scenario Gallery: every bundled scenario as a card, the trainer's own folder
// of scenarios (remembered in the settings) and single files opened from disk. A search
// box and a difficulty filter narrow the cards; arrows move between them, Enter or a
// double click opens one (scenarioChosen), and the gallery steps aside.
class ScenarioGallery : public QDialog
{
    Q_OBJECT
public:
    explicit ScenarioGallery(QWidget *parent = nullptr);

    // The setting that remembers the trainer's scenario folder.
    static QString folderSettingsKey() { return QStringLiteral("training/scenarioFolder"); }

    // Shows the scenarios of `dir` as cards too and remembers it (empty: none).
    void setFolder(const QString &dir);
    QString folder() const { return m_folder; }
    // Adds a scenario file as a card and selects it; false (and `error`) when it is not one.
    bool addScenarioFile(const QString &path, QString *error);
    // Selects the card of scenario `id` (if the filter shows it).
    bool selectScenario(const QString &id);
    // Opens the current card: emits scenarioChosen and hides the gallery.
    void openCurrent();

    ScenarioListModel *model() const { return m_model; }
    ScenarioFilterModel *filterModel() const { return m_filter; }
    QListView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *difficultyBox() const { return m_difficulty; }
    QLabel *countLabel() const { return m_count; }
    QLabel *problemsLabel() const { return m_problems; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    void scenarioChosen(const PullScope::Scenario &scenario);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void chooseFolder();
    void openFileDialog();
    void activate(const QModelIndex &index);

    ScenarioListModel *m_model = nullptr;
    ScenarioFilterModel *m_filter = nullptr;
    QListView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_difficulty = nullptr;
    QLabel *m_searchLabel = nullptr, *m_difficultyLabel = nullptr, *m_count = nullptr, *m_problems = nullptr,
           *m_folderLabel = nullptr;
    QPushButton *m_openFile = nullptr, *m_chooseFolder = nullptr, *m_open = nullptr, *m_close = nullptr;
    QString m_folder;
};

} // namespace PullScope

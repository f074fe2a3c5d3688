#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonArray>

#include "diagnosis.h"
#include "training/scenario.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace PullScope {

// Training > Save Selection as Scenario: the description of a new scenario (id, title and
// story in both languages, difficulty, reference section) around the objects of the
// selected pod, checked field by field (a refused field is framed red and named) and
// written with ScenarioWriter.
class SaveScenarioDialog : public QDialog
{
    Q_OBJECT
public:
    // `focus`: the selected container; `objects`: ScenarioWriter::objectsFor() of its pod;
    // `now`: the time the report was read against; `folder`: where to save by default.
    SaveScenarioDialog(const ContainerDiagnosis &focus, const QJsonArray &objects, const QDateTime &now,
        const QString &folder, QWidget *parent = nullptr);

    // The scenario as the fields describe it now.
    Scenario scenario() const;
    // Checks and writes; false (and the problems shown) when a field is refused or the
    // file cannot be written.
    bool save();

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *titleEdit(const QString &lang) const { return lang == QLatin1String("en") ? m_titleEn : m_titleZh; }
    QLineEdit *storyEdit(const QString &lang) const { return lang == QLatin1String("en") ? m_storyEn : m_storyZh; }
    QComboBox *difficultyBox() const { return m_difficulty; }
    QLineEdit *sectionEdit() const { return m_section; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *problemsLabel() const { return m_problems; }
    QPushButton *saveButton() const { return m_save; }
    // Whether `field` (spec.title.zh_CN, ...) is currently marked as refused.
    bool isMarked(const QString &field) const;

Q_SIGNALS:
    void saved(const QString &path, const PullScope::Scenario &scenario);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void mark(const QStringList &fields);
    QList<ScenarioProblem> check() const;
    void showProblems(const QList<ScenarioProblem> &problems);
    QString fieldLabel(const QString &field) const;

    ContainerDiagnosis m_focus;
    QJsonArray m_objects;
    QDateTime m_now;
    QLineEdit *m_id = nullptr, *m_titleEn = nullptr, *m_titleZh = nullptr, *m_storyEn = nullptr, *m_storyZh = nullptr,
              *m_section = nullptr, *m_path = nullptr;
    QComboBox *m_difficulty = nullptr;
    QLabel *m_focusLabel = nullptr, *m_focusValue = nullptr, *m_causeLabel = nullptr, *m_causeValue = nullptr,
           *m_problems = nullptr, *m_note = nullptr;
    QHash<QString, QLabel *> m_labels; // field path -> its label
    QHash<QString, QWidget *> m_fields; // field path -> its editor
    QStringList m_marked;
    QPushButton *m_browse = nullptr, *m_save = nullptr, *m_cancel = nullptr;
};

} // namespace PullScope

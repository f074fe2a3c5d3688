#pragma once

#include <QWidget>

#include "generatedfile.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace PullScope {

class ConfigHighlighter;

// The live preview beside every wizard page: the generated files one at a time with
// syntax colours, the warnings, the apply and verify commands, and Copy, Save file and
// Save all (the whole tree below a folder, as `--out-dir` lays it out). When the input
// is refused it shows why and offers nothing to save.
class GeneratedPreview : public QWidget
{
    Q_OBJECT
public:
    explicit GeneratedPreview(QWidget *parent = nullptr);

    void setGeneratedSet(const GeneratedSet &set);
    void setProblem(const QString &message);

    const GeneratedSet &generatedSet() const { return m_set; }
    QString problem() const { return m_problemText; }
    QString currentPath() const;
    QString currentText() const;
    void showFile(int index);
    QComboBox *fileSelector() const { return m_files; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *saveAllButton() const { return m_saveAll; }
    QString commandsText() const;
    QString warningsText() const;

    // What Save file and Save all do after their dialogs; false with a translated message.
    bool saveCurrentTo(const QString &fileName, QString *error) const;
    bool saveAllTo(const QString &dir, QString *error, QStringList *written = nullptr) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void saveCurrent();
    void saveAll();

    GeneratedSet m_set;
    QString m_problemText;
    QComboBox *m_files = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ConfigHighlighter *m_highlighter = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_commandsLabel = nullptr;
    QPlainTextEdit *m_commands = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAll = nullptr;
};

} // namespace PullScope

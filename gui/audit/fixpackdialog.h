#pragma once

#include <QDialog>
#include <QPointer>
#include <QSet>

#include "audit/fixpack.h"
#include "diagnosis.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace PullScope {

class FixWizard;

// Tools > Fix pack: the files of the wizard(s) that fix the container's cause, prefilled
// as the wizard opens; the user ticks what goes in, completes a wizard where its prefill is
// not enough (a password, a mirror URL), and writes a folder or a zip through FixPack.
class FixPackDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FixPackDialog(const ContainerDiagnosis &diagnosis, QWidget *parent = nullptr);

    // The wizards whose output the pack takes (hidden until "Edit in the wizard").
    QList<FixWizard *> wizards() const;
    // Rereads the wizards' previews (after one was edited).
    void refresh();
    // The parts with only the ticked files; parts whose wizard refuses its input are left out.
    QList<FixPackPart> chosenParts() const;
    // Leaves `path` (below the part's title) in or out of the pack.
    void setFileChecked(const QString &path, bool checked);

    void setDestination(const QString &path, bool zip);
    // What Write does: false with a translated message. *written: the files (folder) or the zip.
    bool write(QString *error, QStringList *written = nullptr);

    QTreeWidget *fileTree() const { return m_tree; }
    QLineEdit *destinationEdit() const { return m_path; }
    QRadioButton *zipButton() const { return m_zip; }
    QPushButton *writeButton() const { return m_write; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void editCurrent();
    void onItemChanged(QTreeWidgetItem *item);
    void updateSuffix();

    ContainerDiagnosis m_diag;
    QList<QPointer<FixWizard>> m_wizards;
    QSet<QString> m_unchecked; // "part\npath" left out by the user
    bool m_filling = false;
    QLabel *m_header = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QRadioButton *m_folder = nullptr;
    QRadioButton *m_zip = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace PullScope

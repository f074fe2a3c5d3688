#pragma once

#include "crioshortnamegenerator.h"
#include "fixwizard.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace PullScope {

// CRI-O short-name wizard: which registries a short image name is searched in, and
// exact aliases from short to full names, written as a registries.conf.d drop-in.
class CrioWizard : public FixWizard
{
    Q_OBJECT
public:
    explicit CrioWizard(const CrioShortNameOptions &prefill, QWidget *parent = nullptr);

    QString kind() const override { return QStringLiteral("crio"); }
    CrioShortNameOptions options() const;

    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *aliasTable() const { return m_aliases; }
    void addAlias(const QString &shortName, const QString &fullName);

protected:
    QString validateInput() const override;
    GeneratedSet generateOutput() const override;
    void retranslate() override;

private:
    QWizardPage *m_page = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLabel *m_aliasLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_aliases = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace PullScope

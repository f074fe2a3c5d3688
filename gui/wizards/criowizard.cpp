#include "criowizard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

namespace PullScope {

CrioWizard::CrioWizard(const CrioShortNameOptions &prefill, QWidget *parent)
    : FixWizard(parent)
{
    QFormLayout *form = nullptr;
    m_page = addFormPage(&form);
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(prefill.searchRegistries.join(QStringLiteral(", ")), this);
    m_searchLabel->setBuddy(m_search);
    form->addRow(m_searchLabel, m_search);
    watch(m_search);
    m_aliasLabel = new QLabel(this);
    m_aliases = new QTableWidget(0, 2, this);
    m_aliases->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_aliases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_aliasLabel->setBuddy(m_aliases);
    form->addRow(m_aliasLabel, m_aliases);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    form->addRow(buttons);
    for (const auto &a : prefill.aliases)
        addAlias(a.first, a.second);
    connect(m_aliases, &QTableWidget::itemChanged, this, &CrioWizard::schedulePreview);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addAlias(QString(), QString());
        m_aliases->editItem(m_aliases->item(m_aliases->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_aliases->currentRow() >= 0)
            m_aliases->removeRow(m_aliases->currentRow());
        schedulePreview();
    });
    retranslate();
    updatePreview();
}

void CrioWizard::addAlias(const QString &shortName, const QString &fullName)
{
    const QSignalBlocker block(m_aliases);
    const int r = m_aliases->rowCount();
    m_aliases->insertRow(r);
    m_aliases->setItem(r, 0, new QTableWidgetItem(shortName));
    m_aliases->setItem(r, 1, new QTableWidgetItem(fullName));
    schedulePreview();
}

CrioShortNameOptions CrioWizard::options() const
{
    CrioShortNameOptions o;
    o.searchRegistries = m_search->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (int r = 0; r < m_aliases->rowCount(); ++r) {
        const QString s = m_aliases->item(r, 0) ? m_aliases->item(r, 0)->text().trimmed() : QString();
        const QString f = m_aliases->item(r, 1) ? m_aliases->item(r, 1)->text().trimmed() : QString();
        if (!s.isEmpty() || !f.isEmpty())
            o.aliases.append({s, f});
    }
    return o;
}

QString CrioWizard::validateInput() const
{
    return CrioShortNameGenerator::validate(options());
}

GeneratedSet CrioWizard::generateOutput() const
{
    return CrioShortNameGenerator::generate(options());
}

void CrioWizard::retranslate()
{
    setWindowTitle(tr("CRI-O short names"));
    m_page->setTitle(tr("Where short image names are looked up"));
    m_page->setSubTitle(tr("A name without a registry (nginx) is completed by CRI-O from registries.conf. The "
                           "lasting fix is a fully qualified name in the pod spec; until then, an alias or a "
                           "search registry resolves it."));
    m_searchLabel->setText(tr("&Search registries:"));
    m_aliasLabel->setText(tr("&Aliases:"));
    m_aliases->setHorizontalHeaderLabels({tr("Short name"), tr("Fully qualified name")});
    m_add->setText(tr("&Add alias"));
    m_remove->setText(tr("Remove"));
    m_search->setPlaceholderText(tr("e.g. docker.io, quay.io"));
}

} // namespace PullScope

#include "auditfindingmodel.h"

#include <QBrush>

#include "fixwizardfactory.h"
#include "theme.h"

namespace PullScope {

AuditFindingModel::AuditFindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditFindingModel::setFindings(const QList<AuditFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const AuditFinding *AuditFindingModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_findings.size())
        return nullptr;
    return &m_findings[index.row()];
}

int AuditFindingModel::severityRank(const QString &severity)
{
    if (severity == QLatin1String("high"))
        return 0;
    if (severity == QLatin1String("medium"))
        return 1;
    return 2;
}

QString AuditFindingModel::objectText(const AuditFinding &f)
{
    if (f.kind != QLatin1String("Pod"))
        return f.kind + QLatin1Char('/') + f.name;
    if (f.pods.size() > 1)
        return tr("%1 (%n pods of %2)", nullptr, int(f.pods.size()))
            .arg(f.pod, f.owner.kind + QLatin1Char('/') + f.owner.name);
    return f.pod;
}

int AuditFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int AuditFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFindingModel::data(const QModelIndex &index, int role) const
{
    const AuditFinding *f = finding(index);
    if (!f)
        return {};
    const bool fixable = FixWizardFactory::hasWizard(f->wizard);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Severity:
            return role == SortRole ? QVariant(severityRank(f->severity))
                                    : QVariant(AuditEngine::severityName(f->severity));
        case Finding:
            return AuditEngine::findingTitle(f->id);
        case Namespace:
            return f->namespace_;
        case Object:
            return objectText(*f);
        case Container:
            return f->container;
        case Image:
            return f->image.isEmpty() && !f->secret.isEmpty() ? tr("secret %1").arg(f->secret) : f->image;
        case Detail:
            return f->detail;
        case Fix:
            return fixable ? tr("Fix...") : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Fix && fixable)
            return tr("Open the wizard that fixes this finding, prefilled from its container");
        if (index.column() == Object && !f->pods.isEmpty())
            return f->pods.join(QLatin1Char('\n'));
        if (index.column() == Finding)
            return f->id;
        return f->detail;
    case Qt::ForegroundRole:
        if (index.column() == Severity) {
            if (f->severity == QLatin1String("high"))
                return QBrush(Theme::failing());
            if (f->severity == QLatin1String("medium"))
                return QBrush(Theme::inProgress());
            return QBrush(Theme::notApplicable());
        }
        if (index.column() == Fix && fixable)
            return QBrush(Theme::syntaxKey());
        break;
    case FindingIdRole:
        return f->id;
    case WizardRole:
        return fixable ? f->wizard : QString();
    case RowRole:
        return index.row();
    default:
        break;
    }
    return {};
}

QVariant AuditFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Finding:
        return tr("Finding");
    case Namespace:
        return tr("Namespace");
    case Object:
        return tr("Object");
    case Container:
        return tr("Container");
    case Image:
        return tr("Image");
    case Detail:
        return tr("Detail");
    case Fix:
        return tr("Fix");
    }
    return {};
}

void AuditFindingModel::retranslate()
{
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_findings.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace PullScope

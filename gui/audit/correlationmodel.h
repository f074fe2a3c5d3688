#pragma once

#include <QStandardItemModel>

#include "audit/failurecorrelation.h"

namespace PullScope {

// The correlation tab: the readings first (what a senior engineer would say), then the
// failing containers grouped by registry, by node and by time, each group with the
// reading that explains it.
class CorrelationModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Group, Containers, Causes, Spread, Reading, ColumnCount };
    enum Role {
        ReadingIdRole = Qt::UserRole + 1, // a reading's id, or the id of the reading a group has
        ReadingTextRole, // the full sentence
        ContainersRole, // QList<int>: indices into DiagnosisReport::containers
        DimensionRole, // a section's or a group's dimension: readings, registry, node, time
    };

    explicit CorrelationModel(QObject *parent = nullptr);

    // Rebuilds from a correlation of `report` (titles in the current UI language).
    void setCorrelation(const DiagnosisReport &report, const Correlation &correlation);
    const Correlation &correlation() const { return m_correlation; }

    // The reading that explains a group, or null: the registry's reading for a registry
    // group, a node's for a node group, the incident window's for a time group.
    static const CorrelationReading *readingFor(const Correlation &correlation, const FailureGroup &group);

private:
    void retranslateHeaders();

    Correlation m_correlation;
};

} // namespace PullScope

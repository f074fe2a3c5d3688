#include "correlationmodel.h"

#include <QLocale>

#include "languagemanager.h"
#include "rulebook.h"

namespace PullScope {

namespace {

bool overlaps(const QList<int> &a, const QList<int> &b)
{
    for (int i : a)
        if (b.contains(i))
            return true;
    return false;
}

QString causeList(const QMap<QString, int> &causes)
{
    QStringList out;
    for (auto it = causes.cbegin(); it != causes.cend(); ++it) {
        const QString title = RuleBook::builtin().describe(it.key(), LanguageManager::ruleLanguage()).title;
        out << QStringLiteral("%1 ×%2").arg(title.isEmpty() ? it.key() : title).arg(it.value());
    }
    return out.join(QStringLiteral(", "));
}

QString causeList(const QStringList &causes)
{
    QStringList out;
    for (const QString &id : causes) {
        const QString title = RuleBook::builtin().describe(id, LanguageManager::ruleLanguage()).title;
        out << (title.isEmpty() ? id : title);
    }
    return out.join(QStringLiteral(", "));
}

QStandardItem *cell(const QString &text)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    return i;
}

} // namespace

CorrelationModel::CorrelationModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setColumnCount(ColumnCount);
    retranslateHeaders();
}

const CorrelationReading *CorrelationModel::readingFor(const Correlation &correlation, const FailureGroup &group)
{
    for (const CorrelationReading &r : correlation.readings) {
        if (!overlaps(r.containers, group.containers))
            continue;
        if (group.dimension == QLatin1String("registry") && r.registry == group.key)
            return &r;
        if (group.dimension == QLatin1String("node") && r.nodes.contains(group.key))
            return &r;
        if (group.dimension == QLatin1String("time") && r.id == QLatin1String("incident-window"))
            return &r;
    }
    return nullptr;
}

void CorrelationModel::setCorrelation(const DiagnosisReport &report, const Correlation &correlation)
{
    m_correlation = correlation;
    clear();
    setColumnCount(ColumnCount);
    retranslateHeaders();
    const QLocale locale;

    auto *readings = cell(tr("Readings (%n)", nullptr, int(correlation.readings.size())));
    readings->setData(QStringLiteral("readings"), DimensionRole);
    for (const CorrelationReading &r : correlation.readings) {
        // The subject first (a registry, the nodes at fault), the sentence in its column.
        QString subject = r.registry;
        if (subject.isEmpty())
            subject = r.nodes.join(QStringLiteral(", "));
        if (subject.isEmpty())
            subject = tr("Incident");
        QStandardItem *name = cell(subject);
        name->setData(r.id, ReadingIdRole);
        name->setData(r.text, ReadingTextRole);
        name->setData(QVariant::fromValue(r.containers), ContainersRole);
        QStandardItem *text = cell(r.text);
        text->setToolTip(r.text);
        readings->appendRow({name, cell(locale.toString(r.containers.size())), cell(causeList(r.causes)),
            cell(r.nodes.join(QStringLiteral(", "))), text});
    }
    appendRow({readings, cell(QString()), cell(QString()), cell(QString()), cell(QString())});

    const struct
    {
        QString dimension;
        QString title;
        const QList<FailureGroup> &groups;
    } sections[] = {
        {QStringLiteral("registry"), tr("By registry"), correlation.byRegistry},
        {QStringLiteral("node"), tr("By node"), correlation.byNode},
        {QStringLiteral("time"), tr("By time"), correlation.byTime},
    };
    for (const auto &s : sections) {
        QStandardItem *section = cell(tr("%1 (%n groups)", nullptr, int(s.groups.size())).arg(s.title));
        section->setData(s.dimension, DimensionRole);
        for (const FailureGroup &g : s.groups) {
            QString key = g.key;
            if (g.dimension == QLatin1String("time")) {
                const QDateTime start = QDateTime::fromString(g.key, Qt::ISODate);
                if (start.isValid())
                    key = tr("from %1").arg(locale.toString(start.toUTC(), QLocale::ShortFormat));
            }
            QStandardItem *name = cell(key);
            name->setData(g.dimension, DimensionRole);
            name->setData(QVariant::fromValue(g.containers), ContainersRole);
            QStringList containers;
            for (int i : g.containers)
                if (i >= 0 && i < report.containers.size()) {
                    const ContainerDiagnosis &c = report.containers[i];
                    containers << c.namespace_ + QLatin1Char('/') + c.pod + QLatin1Char('/') + c.container;
                }
            name->setToolTip(containers.join(QLatin1Char('\n')));
            const QStringList spread = g.dimension == QLatin1String("node") ? g.registries : g.nodes;
            QStandardItem *reading = cell(QString());
            if (const CorrelationReading *r = readingFor(correlation, g)) {
                reading->setText(r->text);
                reading->setToolTip(r->text);
                name->setData(r->id, ReadingIdRole);
                name->setData(r->text, ReadingTextRole);
            }
            section->appendRow({name, cell(locale.toString(g.containers.size())), cell(causeList(g.causes)),
                cell(spread.join(QStringLiteral(", "))), reading});
        }
        appendRow({section, cell(QString()), cell(QString()), cell(QString()), cell(QString())});
    }
}

void CorrelationModel::retranslateHeaders()
{
    setHorizontalHeaderLabels({tr("Group"), tr("Containers"), tr("Causes"), tr("Nodes or registries"), tr("Reading")});
}

} // namespace PullScope

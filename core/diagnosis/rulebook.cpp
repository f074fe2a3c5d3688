#include "rulebook.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>

// The resource lives in a static library. CMake links its object file into every
// consumer, but a consumer linked some other way would miss the static initializer.
static void ensureCoreResources()
{
    if (!QFile::exists(QStringLiteral(":/rules/causes.yaml")))
        Q_INIT_RESOURCE(pullscope_core_data);
}

namespace PullScope {

// Turns one YAML document into rules. Every refusal says what is wrong; the caller
// prefixes the cause id, so a broken rules file points at the entry to fix.
class RuleBookReader
{
    Q_DECLARE_TR_FUNCTIONS(PullScope::RuleBookReader)

public:
    bool read(const YAML::Node &node, RuleBook::Rule *rule);
    QString problem;

private:
    bool text(const YAML::Node &node, const QString &field, RuleBook::Text *out);
    bool strings(const YAML::Node &node, const QString &field, QStringList *out);
    bool patterns(const QStringList &sources, const QString &field, QList<QRegularExpression> *out);
    bool remediation(const YAML::Node &node, QList<RuleBook::Remediation> *out);
};

static QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()).trimmed() : QString();
}

bool RuleBookReader::text(const YAML::Node &node, const QString &field, RuleBook::Text *out)
{
    if (!node || !node.IsMap()) {
        problem = tr("%1 must be a map with \"en\" and \"zh\"").arg(field);
        return false;
    }
    out->en = scalar(node["en"]);
    out->zh = scalar(node["zh"]);
    // Both languages are required: lupdate cannot read YAML, so nothing else would
    // notice a rule that shows a blank card in one of them.
    if (out->en.isEmpty()) {
        problem = tr("%1 has no English text (en)").arg(field);
        return false;
    }
    if (out->zh.isEmpty()) {
        problem = tr("%1 has no Chinese text (zh)").arg(field);
        return false;
    }
    return true;
}

bool RuleBookReader::strings(const YAML::Node &node, const QString &field, QStringList *out)
{
    out->clear();
    if (!node || node.IsNull())
        return true;
    if (!node.IsSequence()) {
        problem = tr("%1 must be a list").arg(field);
        return false;
    }
    for (const YAML::Node &item : node) {
        if (!item.IsScalar()) {
            problem = tr("%1 must hold only strings").arg(field);
            return false;
        }
        out->append(QString::fromStdString(item.as<std::string>()));
    }
    return true;
}

bool RuleBookReader::patterns(const QStringList &sources, const QString &field, QList<QRegularExpression> *out)
{
    out->clear();
    for (int i = 0; i < sources.size(); ++i) {
        const QString &source = sources.at(i);
        if (source.isEmpty()) {
            problem = tr("%1 entry %2 is empty").arg(field).arg(i + 1);
            return false;
        }
        QRegularExpression re(source, QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid()) {
            problem = tr("%1 entry %2 \"%3\" is not a valid regular expression: %4 at offset %5")
                          .arg(field)
                          .arg(i + 1)
                          .arg(source, re.errorString())
                          .arg(re.patternErrorOffset());
            return false;
        }
        // Compile up front: the built-in book is shared by worker threads.
        re.optimize();
        out->append(re);
    }
    return true;
}

bool RuleBookReader::remediation(const YAML::Node &node, QList<RuleBook::Remediation> *out)
{
    if (!node || !node.IsSequence() || node.size() == 0) {
        problem = tr("remediation must be a non-empty list");
        return false;
    }
    static const QSet<QString> priorities = {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
    int row = 0;
    for (const YAML::Node &item : node) {
        ++row;
        const QString where = tr("remediation row %1").arg(row);
        if (!item.IsMap()) {
            problem = tr("%1 must be a map").arg(where);
            return false;
        }
        RuleBook::Remediation r;
        r.priority = scalar(item["priority"]);
        if (!priorities.contains(r.priority)) {
            problem = tr("%1 has priority \"%2\"; expected high, medium or low").arg(where, r.priority);
            return false;
        }
        if (!text(item["text"], where, &r.text) || !strings(item["commands"], where, &r.commands))
            return false;
        out->append(r);
    }
    return true;
}

bool RuleBookReader::read(const YAML::Node &node, RuleBook::Rule *rule)
{
    const QString matchable = scalar(node["matchable"]);
    if (matchable == QLatin1String("false")) {
        rule->matchable = false;
    } else if (!matchable.isEmpty() && matchable != QLatin1String("true")) {
        problem = tr("matchable must be true or false, not \"%1\"").arg(matchable);
        return false;
    }

    QStringList sources;
    if (!strings(node["patterns"], QStringLiteral("patterns"), &sources)
        || !patterns(sources, QStringLiteral("patterns"), &rule->patterns))
        return false;
    if (rule->matchable && rule->patterns.isEmpty()) {
        problem = tr("a matchable cause needs at least one pattern");
        return false;
    }
    if (!strings(node["excludes"], QStringLiteral("excludes"), &sources)
        || !patterns(sources, QStringLiteral("excludes"), &rule->excludes))
        return false;

    if (!text(node["title"], QStringLiteral("title"), &rule->title)
        || !text(node["explanation"], QStringLiteral("explanation"), &rule->explanation)
        || !remediation(node["remediation"], &rule->remediation)
        || !strings(node["commands"], QStringLiteral("commands"), &rule->commands))
        return false;

    static const QSet<QString> wizards = {QString(), QStringLiteral("secret"), QStringLiteral("mirror"),
        QStringLiteral("proxy"), QStringLiteral("crio"), QStringLiteral("docker-daemon")};
    rule->wizard = scalar(node["wizard"]);
    if (!wizards.contains(rule->wizard)) {
        problem = tr("unknown wizard \"%1\"").arg(rule->wizard);
        return false;
    }
    return true;
}

QString RuleBook::Text::in(const QString &lang) const
{
    // "zh", "zh_CN", "zh-CN": anything Chinese gets the Chinese text.
    if (lang.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) && !zh.isEmpty())
        return zh;
    return en;
}

const RuleBook &RuleBook::builtin()
{
    static const RuleBook book = [] {
        ensureCoreResources();
        RuleBook b;
        QString error;
        if (!b.loadFromFile(QStringLiteral(":/rules/causes.yaml"), &error))
            qCritical("PullScope: the built-in cause rules were refused: %s", qPrintable(error));
        return b;
    }();
    return book;
}

bool RuleBook::loadFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = RuleBookReader::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadFromData(file.readAll(), error);
}

bool RuleBook::loadFromData(const QByteArray &yaml, QString *error)
{
    QString scratch;
    QString &err = error ? *error : scratch;
    err.clear();

    QList<Rule> rules;
    QString currentId;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        const YAML::Node causes = root.IsMap() ? root["causes"] : YAML::Node();
        if (!causes || !causes.IsSequence()) {
            err = RuleBookReader::tr("the rules have no \"causes\" list");
            return false;
        }
        QSet<QString> seen;
        int index = 0;
        for (const YAML::Node &node : causes) {
            ++index;
            if (!node.IsMap()) {
                err = RuleBookReader::tr("cause #%1 is not a map").arg(index);
                return false;
            }
            Rule rule;
            rule.id = scalar(node["id"]);
            currentId = rule.id;
            if (rule.id.isEmpty()) {
                err = RuleBookReader::tr("cause #%1 has no id").arg(index);
                return false;
            }
            if (seen.contains(rule.id)) {
                err = RuleBookReader::tr("cause \"%1\" is defined twice").arg(rule.id);
                return false;
            }
            seen.insert(rule.id);
            RuleBookReader reader;
            if (!reader.read(node, &rule)) {
                err = RuleBookReader::tr("cause \"%1\": %2").arg(rule.id, reader.problem);
                return false;
            }
            rules.append(rule);
        }
    } catch (const YAML::Exception &e) {
        // yaml-cpp counts lines and columns from 0.
        const QString where = RuleBookReader::tr("line %1, column %2").arg(e.mark.line + 1).arg(e.mark.column + 1);
        err = currentId.isEmpty()
            ? RuleBookReader::tr("the rules are not valid YAML (%1): %2").arg(where, QString::fromStdString(e.msg))
            : RuleBookReader::tr("cause \"%1\": not valid YAML (%2): %3")
                  .arg(currentId, where, QString::fromStdString(e.msg));
        return false;
    }

    m_rules = rules;
    return true;
}

std::optional<RuleBook::Match> RuleBook::classify(const QString &message) const
{
    if (message.isEmpty())
        return std::nullopt;
    for (const Rule &rule : m_rules) {
        if (!rule.matchable)
            continue;
        // Pattern order, not position in the message, picks the evidence: the rules list
        // the most telling phrase first.
        QRegularExpressionMatch hit;
        for (const QRegularExpression &pattern : rule.patterns) {
            hit = pattern.match(message);
            if (hit.hasMatch() && hit.capturedLength(0) > 0)
                break;
        }
        if (!hit.hasMatch() || hit.capturedLength(0) == 0)
            continue;
        const bool vetoed = std::any_of(rule.excludes.cbegin(), rule.excludes.cend(),
            [&](const QRegularExpression &exclude) { return exclude.match(message).hasMatch(); });
        if (!vetoed)
            return Match {rule.id, int(hit.capturedStart(0)), int(hit.capturedEnd(0))};
    }
    return std::nullopt;
}

const RuleBook::Rule *RuleBook::rule(const QString &id) const
{
    for (const Rule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList RuleBook::ids() const
{
    QStringList out;
    out.reserve(m_rules.size());
    for (const Rule &r : m_rules)
        out.append(r.id);
    return out;
}

CauseResult RuleBook::describe(const QString &id, const QString &lang) const
{
    CauseResult result;
    result.id = id;
    // An id these rules do not know (a newer engine, an older rules file) still gets
    // the generic text rather than a blank card.
    const Rule *r = rule(id);
    if (!r)
        r = rule(QStringLiteral("unknown"));
    if (!r)
        return result;
    result.title = r->title.in(lang);
    result.explanation = r->explanation.in(lang);
    result.wizard = r->wizard;
    for (const Remediation &rem : r->remediation)
        result.remediation.append(RemediationRow {rem.priority, rem.text.in(lang), rem.commands});
    return result;
}

} // namespace PullScope

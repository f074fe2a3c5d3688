#include "rulebook.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <yaml.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "requiredliteral.h"
#include "rulesjson.h"
#include "treenode.h"
#include "yamltreebuilder.h"

// The resource lives in a static library. CMake links its object file into every
// consumer, but a consumer linked some other way would miss the static initializer.
static void ensureCoreResources()
{
    if (!QFile::exists(QStringLiteral(":/rules/causes.json")))
        Q_INIT_RESOURCE(pullscope_core_data);
}

namespace PullScope {

// Turns one YAML document into rules. Every refusal says what is wrong; the caller
// prefixes the cause id, so a broken rules file points at the entry to fix.
class RuleBookReader
{
    Q_DECLARE_TR_FUNCTIONS(PullScope::RuleBookReader)

public:
    // `checkPatterns`: compile every pattern now to refuse a broken one. Without it a
    // pattern is compiled when first matched (QRegularExpression does that once, under
    // its own lock, so a shared book is safe on worker threads).
    explicit RuleBookReader(bool checkPatterns)
        : m_checkPatterns(checkPatterns)
    {
    }
    bool read(const TreeNode &node, RuleBook::Rule *rule);
    QString problem;

private:
    bool text(const TreeNode *node, const QString &field, RuleBook::Text *out);
    bool strings(const TreeNode *node, const QString &field, QStringList *out);
    bool patterns(const QStringList &sources, const QString &field, QList<QRegularExpression> *out);
    bool remediation(const TreeNode *node, QList<RuleBook::Remediation> *out);

    bool m_checkPatterns;
};

// The rules file as a tree. libyaml, not yaml-cpp: every run that diagnoses reads the
// built-in rules, and yaml-cpp took 8 ms for them (over half of a small run), libyaml
// under 1 ms.
class RulesYaml
{
public:
    explicit RulesYaml(const QByteArray &data)
        : m_builder(options(), [this](yaml_event_t &e) { return next(e); })
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(
            &m_parser, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
    }
    ~RulesYaml() { yaml_parser_delete(&m_parser); }
    RulesYaml(const RulesYaml &) = delete;
    RulesYaml &operator=(const RulesYaml &) = delete;

    // The first document (a Null node when there is none). On a syntax error, false
    // with `problem`, `line` and `column` (from 1) set, and `root` holding what was
    // read before it.
    bool parse(TreeNode &root)
    {
        for (;;) {
            yaml_event_t e;
            if (!next(e))
                return false;
            const yaml_event_type_t type = e.type;
            if (type == YAML_STREAM_START_EVENT || type == YAML_DOCUMENT_START_EVENT) {
                yaml_event_delete(&e);
                continue;
            }
            if (type == YAML_STREAM_END_EVENT) {
                yaml_event_delete(&e);
                root = TreeNode();
                return true;
            }
            if (m_builder.build(e, root, 0))
                return true;
            // In libyaml's own words, in English like every parser message here.
            using P = YamlTreeBuilder::Problem;
            switch (m_builder.problem()) {
            case P::Source: // next() has said
                return false;
            case P::UnknownAlias:
                problem = QStringLiteral("found undefined alias *") + QString::fromStdString(m_builder.detail());
                break;
            case P::TooDeep:
                problem = QStringLiteral("nested more than %1 levels deep").arg(MaxDepth);
                break;
            case P::KeyNotScalar:
                problem = QStringLiteral("found a mapping key that is not a scalar");
                break;
            default: // no other limit is set
                problem = QStringLiteral("unexpected event");
                break;
            }
            line = m_builder.line();
            column = m_builder.column();
            return false;
        }
    }

    QString problem;
    qint64 line = 0;
    qint64 column = 0;

private:
    static constexpr int MaxDepth = 64;

    static YamlTreeBuilder::Options options()
    {
        YamlTreeBuilder::Options o;
        o.maxDepth = MaxDepth;
        return o;
    }

    bool next(yaml_event_t &e)
    {
        if (yaml_parser_parse(&m_parser, &e))
            return true;
        problem = QString::fromUtf8(m_parser.problem ? m_parser.problem : "syntax error");
        if (m_parser.context)
            problem = QString::fromUtf8(m_parser.context) + QStringLiteral(": ") + problem;
        line = qint64(m_parser.problem_mark.line) + 1;
        column = qint64(m_parser.problem_mark.column) + 1;
        return false;
    }

    yaml_parser_t m_parser;
    YamlTreeBuilder m_builder;
};

namespace {
// The value of `key` in a map, as yaml-cpp's node[key]: null when absent or not a map.
const TreeNode *field(const TreeNode *map, const char *key)
{
    if (!map || map->kind != TreeNode::Kind::Map)
        return nullptr;
    for (const auto &kv : map->map)
        if (kv.first == key)
            return &kv.second;
    return nullptr;
}

bool isMap(const TreeNode *n)
{
    return n && n->kind == TreeNode::Kind::Map;
}

bool isSeq(const TreeNode *n)
{
    return n && n->kind == TreeNode::Kind::Seq;
}

// A string value: a scalar that is not YAML's null.
bool isString(const TreeNode *n)
{
    return n && n->kind == TreeNode::Kind::Scalar && !n->isNullScalar();
}

QString scalar(const TreeNode *node)
{
    return isString(node) ? QString::fromStdString(node->scalar).trimmed() : QString();
}
} // namespace

bool RuleBookReader::text(const TreeNode *node, const QString &field, RuleBook::Text *out)
{
    if (!isMap(node)) {
        problem = tr("%1 must be a map with \"en\" and \"zh\"").arg(field);
        return false;
    }
    out->en = scalar(PullScope::field(node, "en"));
    out->zh = scalar(PullScope::field(node, "zh"));
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

bool RuleBookReader::strings(const TreeNode *node, const QString &field, QStringList *out)
{
    out->clear();
    if (!node || node->isNullScalar())
        return true;
    if (!isSeq(node)) {
        problem = tr("%1 must be a list").arg(field);
        return false;
    }
    for (const TreeNode &item : node->seq) {
        if (!isString(&item)) {
            problem = tr("%1 must hold only strings").arg(field);
            return false;
        }
        out->append(QString::fromStdString(item.scalar));
    }
    return true;
}

namespace {
// What each expression requires of a message, lower-cased for RuleBook::classify.
QList<QByteArray> foldedLiterals(const QList<QRegularExpression> &expressions)
{
    QList<QByteArray> out;
    out.reserve(expressions.size());
    for (const QRegularExpression &re : expressions)
        out << requiredLiteral(re.pattern()).toLatin1().toLower();
    return out;
}
} // namespace

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
        if (m_checkPatterns && !re.isValid()) {
            problem = tr("%1 entry %2 \"%3\" is not a valid regular expression: %4 at offset %5")
                          .arg(field)
                          .arg(i + 1)
                          .arg(source, re.errorString())
                          .arg(re.patternErrorOffset());
            return false;
        }
        out->append(re);
    }
    return true;
}

bool RuleBookReader::remediation(const TreeNode *node, QList<RuleBook::Remediation> *out)
{
    if (!isSeq(node) || node->seq.empty()) {
        problem = tr("remediation must be a non-empty list");
        return false;
    }
    static const QSet<QString> priorities = {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
    int row = 0;
    for (const TreeNode &item : node->seq) {
        ++row;
        const QString where = tr("remediation row %1").arg(row);
        if (!isMap(&item)) {
            problem = tr("%1 must be a map").arg(where);
            return false;
        }
        RuleBook::Remediation r;
        r.priority = scalar(field(&item, "priority"));
        if (!priorities.contains(r.priority)) {
            problem = tr("%1 has priority \"%2\"; expected high, medium or low").arg(where, r.priority);
            return false;
        }
        if (!text(field(&item, "text"), where, &r.text) || !strings(field(&item, "commands"), where, &r.commands))
            return false;
        out->append(r);
    }
    return true;
}

bool RuleBookReader::read(const TreeNode &node, RuleBook::Rule *rule)
{
    const QString matchable = scalar(field(&node, "matchable"));
    if (matchable == QLatin1String("false")) {
        rule->matchable = false;
    } else if (!matchable.isEmpty() && matchable != QLatin1String("true")) {
        problem = tr("matchable must be true or false, not \"%1\"").arg(matchable);
        return false;
    }

    QStringList sources;
    if (!strings(field(&node, "patterns"), QStringLiteral("patterns"), &sources)
        || !patterns(sources, QStringLiteral("patterns"), &rule->patterns))
        return false;
    if (rule->matchable && rule->patterns.isEmpty()) {
        problem = tr("a matchable cause needs at least one pattern");
        return false;
    }
    if (!strings(field(&node, "excludes"), QStringLiteral("excludes"), &sources)
        || !patterns(sources, QStringLiteral("excludes"), &rule->excludes))
        return false;
    rule->patternLiterals = foldedLiterals(rule->patterns);
    rule->excludeLiterals = foldedLiterals(rule->excludes);

    if (!text(field(&node, "title"), QStringLiteral("title"), &rule->title)
        || !text(field(&node, "explanation"), QStringLiteral("explanation"), &rule->explanation)
        || !remediation(field(&node, "remediation"), &rule->remediation)
        || !strings(field(&node, "commands"), QStringLiteral("commands"), &rule->commands))
        return false;

    static const QSet<QString> wizards = {QString(), QStringLiteral("secret"), QStringLiteral("mirror"),
        QStringLiteral("proxy"), QStringLiteral("crio"), QStringLiteral("docker-daemon")};
    rule->wizard = scalar(field(&node, "wizard"));
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
        QFile file(QStringLiteral(":/rules/causes.json"));
        // The patterns are compiled as they are first used: a run that classifies a
        // few messages (or none: a probe, a generator) does not pay for all of them.
        // tst_rulebook refuses a built-in pattern that does not compile.
        TreeNode root;
        if (!file.open(QIODevice::ReadOnly) || !RulesJson::toTree(file.readAll(), root, &error)
            || !b.loadTree(root, &error, false))
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
    return load(yaml, error, true);
}

bool RuleBook::load(const QByteArray &yaml, QString *error, bool checkPatterns)
{
    QString scratch;
    QString &err = error ? *error : scratch;
    err.clear();

    TreeNode root;
    {
        RulesYaml parser(yaml);
        if (!parser.parse(root)) {
            // The tree holds what was read before the error: name the cause it is in.
            const TreeNode *partial = field(&root, "causes");
            const QString currentId
                = isSeq(partial) && !partial->seq.empty() ? scalar(field(&partial->seq.back(), "id")) : QString();
            const QString where = RuleBookReader::tr("line %1, column %2").arg(parser.line).arg(parser.column);
            err = currentId.isEmpty()
                ? RuleBookReader::tr("the rules are not valid YAML (%1): %2").arg(where, parser.problem)
                : RuleBookReader::tr("cause \"%1\": not valid YAML (%2): %3").arg(currentId, where, parser.problem);
            return false;
        }
    }
    return loadTree(root, &err, checkPatterns);
}

bool RuleBook::toBuiltinJson(const QByteArray &yaml, QByteArray *json, QString *error)
{
    TreeNode root;
    RulesYaml parser(yaml);
    if (!parser.parse(root)) {
        if (error)
            *error = QStringLiteral("line %1, column %2: %3").arg(parser.line).arg(parser.column).arg(parser.problem);
        return false;
    }
    *json = RulesJson::fromTree(root);
    return true;
}

bool RuleBook::loadTree(const TreeNode &root, QString *error, bool checkPatterns)
{
    QString scratch;
    QString &err = error ? *error : scratch;
    err.clear();
    const TreeNode *causes = field(&root, "causes");
    if (!isSeq(causes)) {
        err = RuleBookReader::tr("the rules have no \"causes\" list");
        return false;
    }
    QList<Rule> rules;
    rules.reserve(qsizetype(causes->seq.size()));
    QSet<QString> seen;
    int index = 0;
    for (const TreeNode &node : causes->seq) {
        ++index;
        if (!isMap(&node)) {
            err = RuleBookReader::tr("cause #%1 is not a map").arg(index);
            return false;
        }
        Rule rule;
        rule.id = scalar(field(&node, "id"));
        if (rule.id.isEmpty()) {
            err = RuleBookReader::tr("cause #%1 has no id").arg(index);
            return false;
        }
        if (seen.contains(rule.id)) {
            err = RuleBookReader::tr("cause \"%1\" is defined twice").arg(rule.id);
            return false;
        }
        seen.insert(rule.id);
        RuleBookReader reader(checkPatterns);
        if (!reader.read(node, &rule)) {
            err = RuleBookReader::tr("cause \"%1\": %2").arg(rule.id, reader.problem);
            return false;
        }
        rules.append(std::move(rule));
    }

    m_rules = std::move(rules);
    return true;
}

namespace {
// No lone surrogate: what PCRE2 checks on every match unless told the subject is valid.
bool validUtf16(QStringView s)
{
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0xD800 || c > 0xDFFF)
            continue;
        if (c > 0xDBFF || p == end || *p < 0xDC00 || *p > 0xDFFF)
            return false;
        ++p;
    }
    return true;
}
} // namespace

std::optional<RuleBook::Match> RuleBook::classify(const QString &message) const
{
    if (message.isEmpty())
        return std::nullopt;
    // A message goes through up to a hundred patterns: check it once, not per match (the
    // check was over half of the time in pcre2_match).
    const QRegularExpression::MatchOptions options = validUtf16(message)
        ? QRegularExpression::DontCheckSubjectStringMatchOption
        : QRegularExpression::NoMatchOption;
    // A pattern whose required text is not in the message cannot match: it is neither
    // compiled nor run. Only for ASCII messages: the patterns ignore case the Unicode
    // way (a Kelvin sign matches "k"), and lower-casing does for ASCII what they do.
    // The message is folded once; a case-insensitive QString::contains per pattern
    // cost more than the regular expressions it saved.
    const bool prefilter = QtPrivate::isAscii(QStringView(message));
    const QByteArray folded = prefilter ? message.toLatin1().toLower() : QByteArray();
    const std::string_view text(folded.constData(), size_t(folded.size()));
    const auto cannotMatch = [&](const QByteArray &literal) {
        // string_view::find: memchr for the first byte, then a compare. QByteArray's
        // search hashed every window and cost twice as much here.
        return prefilter && !literal.isEmpty()
            && text.find(std::string_view(literal.constData(), size_t(literal.size()))) == std::string_view::npos;
    };
    for (const Rule &rule : m_rules) {
        if (!rule.matchable)
            continue;
        // Pattern order, not position in the message, picks the evidence: the rules list
        // the most telling phrase first.
        QRegularExpressionMatch hit;
        for (qsizetype i = 0; i < rule.patterns.size(); ++i) {
            if (cannotMatch(rule.patternLiterals.at(i)))
                continue;
            hit = rule.patterns.at(i).match(message, 0, QRegularExpression::NormalMatch, options);
            if (hit.hasMatch() && hit.capturedLength(0) > 0)
                break;
        }
        if (!hit.hasMatch() || hit.capturedLength(0) == 0)
            continue;
        bool vetoed = false;
        for (qsizetype i = 0; i < rule.excludes.size() && !vetoed; ++i)
            vetoed = !cannotMatch(rule.excludeLiterals.at(i))
                && rule.excludes.at(i).match(message, 0, QRegularExpression::NormalMatch, options).hasMatch();
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

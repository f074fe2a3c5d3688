#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

#include "diagnosis.h"

namespace PullScope {

struct TreeNode;

// The cause rules of resources/rules/causes.yaml: ordered match patterns per cause,
// with English and Chinese text. The rules are data; this class only loads and runs them.
class RuleBook
{
public:
    struct Text
    {
        QString en;
        QString zh;
        QString in(const QString &lang) const; // "zh_CN"/"zh" picks zh, else en
    };
    struct Remediation
    {
        QString priority; // high / medium / low
        Text text;
        QStringList commands;
    };
    struct Rule
    {
        QString id;
        QList<QRegularExpression> patterns; // any match classifies; first rule in file order wins
        QList<QRegularExpression> excludes; // a match here vetoes this rule
        // requiredLiteral() of each pattern and exclude, in lower case: text a match
        // needs, or empty.
        QList<QByteArray> patternLiterals;
        QList<QByteArray> excludeLiterals;
        Text title;
        Text explanation;
        QList<Remediation> remediation;
        QStringList commands;
        QString wizard; // secret, mirror, proxy, crio, docker-daemon or empty
        bool matchable = true; // false for causes decided by the engine only
    };
    struct Match
    {
        QString id;
        int start = -1; // UTF-16 offsets into the classified message
        int end = -1;
    };

    // The rules compiled into the binary (:/rules/causes.json, made from
    // resources/rules/causes.yaml by toBuiltinJson()).
    static const RuleBook &builtin();
    // A rules file (YAML) as the JSON the binary carries; false with `error` set when
    // it is not valid YAML.
    static bool toBuiltinJson(const QByteArray &yaml, QByteArray *json, QString *error);

    bool loadFromData(const QByteArray &yaml, QString *error);
    bool loadFromFile(const QString &path, QString *error);

    // First rule (file order) with a pattern that matches and no exclude that matches.
    std::optional<Match> classify(const QString &message) const;

    const Rule *rule(const QString &id) const;
    const QList<Rule> &rules() const { return m_rules; }
    QStringList ids() const;

    // Title, explanation, remediation and wizard of `id` in `lang` ("en" or "zh_CN").
    CauseResult describe(const QString &id, const QString &lang) const;

private:
    bool load(const QByteArray &yaml, QString *error, bool checkPatterns);
    bool loadTree(const TreeNode &root, QString *error, bool checkPatterns);

    QList<Rule> m_rules;
};

} // namespace PullScope

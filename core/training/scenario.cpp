#include "scenario.h"

#include <QRegularExpression>

#include "rulebook.h"

namespace PullScope {

QString ScenarioText::in(const QString &lang) const
{
    const bool zhWanted = lang.startsWith(QLatin1String("zh"));
    const QString &wanted = zhWanted ? zh : en;
    return wanted.isEmpty() ? (zhWanted ? en : zh) : wanted;
}

QString ScenarioText::other(const QString &lang) const
{
    return lang.startsWith(QLatin1String("zh")) ? en : zh;
}

QString Scenario::difficultyName(const QString &difficulty)
{
    if (difficulty == QLatin1String("beginner"))
        return tr("Beginner");
    if (difficulty == QLatin1String("intermediate"))
        return tr("Intermediate");
    if (difficulty == QLatin1String("advanced"))
        return tr("Advanced");
    return difficulty;
}

bool Scenario::isDnsLabel(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return s.size() <= 63 && re.match(s).hasMatch();
}

namespace {
bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}
} // namespace

QList<ScenarioProblem> Scenario::validate() const
{
    QList<ScenarioProblem> problems;
    auto problem = [&](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    if (id.isEmpty())
        problem("metadata.name", tr("the scenario needs an id"));
    else if (!isDnsLabel(id))
        problem("metadata.name",
            tr("\"%1\" is not a DNS label (lower-case letters, digits and '-', at most 63 characters)").arg(id));

    // One line each: the card has room for one, and a line break would be a second story.
    auto line = [&](const char *field, const QString &text, int maxLength) {
        if (text.trimmed().isEmpty())
            problem(field, tr("missing (every scenario is described in English and in Chinese)"));
        else if (hasControl(text))
            problem(field, tr("must be a single line without control characters"));
        else if (text.size() > maxLength)
            problem(field, tr("longer than %1 characters").arg(maxLength));
    };
    line("spec.title.en", title.en, 100);
    line("spec.title.zh_CN", title.zh, 100);
    line("spec.story.en", story.en, 300);
    line("spec.story.zh_CN", story.zh, 300);

    if (!difficulties().contains(difficulty))
        problem("spec.difficulty", tr("must be one of %1").arg(difficulties().join(QStringLiteral(", "))));
    // "6.4", "1.4b", "4.1, 6.1": section numbers of the Chinese reference.
    static const QRegularExpression section(QStringLiteral("^[0-9][0-9a-z.]*(, ?[0-9][0-9a-z.]*)*$"));
    if (!seedSection.isEmpty() && !section.match(seedSection).hasMatch())
        problem("spec.seedSection", tr("\"%1\" is not a section number such as 6.4").arg(seedSection));

    if (focusNamespace.isEmpty())
        problem("spec.focus.namespace", tr("missing: the namespace of the pod that opens selected"));
    if (focusPod.isEmpty())
        problem("spec.focus.pod", tr("missing: the pod that opens selected"));
    if (focusContainer.isEmpty())
        problem("spec.focus.container", tr("missing: the container that opens selected"));
    if (!expectedCause.isEmpty() && !RuleBook::builtin().ids().contains(expectedCause))
        problem("spec.expectedCause", tr("\"%1\" is not a cause id").arg(expectedCause));
    if (!now.isValid())
        problem("spec.now", tr("missing or not an RFC 3339 time (e.g. 2026-02-03T09:24:00Z)"));
    return problems;
}

} // namespace PullScope

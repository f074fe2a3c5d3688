#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace PullScope {

// A text carried in both languages side by side (like the rules' texts): data, not
// translations, so that a trainer's own scenario file is bilingual without Linguist.
struct ScenarioText
{
    QString en;
    QString zh; // zh_CN in the file
    // The text in `lang` ("en" or "zh_CN"), the other language when that one is empty.
    QString in(const QString &lang) const;
    // The other language's text (the gallery shows it small beneath the title).
    QString other(const QString &lang) const;
};

// Something wrong with a scenario's description, named by its field path in the file
// (spec.title.zh_CN, metadata.name, ...).
struct ScenarioProblem
{
    QString field;
    QString message;
};

// The description of one training scenario (docs/scenario-format.md): what the gallery
// shows on its card and what opens selected. The Kubernetes objects themselves are read
// into a ClusterSnapshot by ScenarioLoader, like any other dump.
struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id; // metadata.name, a DNS label
    ScenarioText title;
    ScenarioText story; // one line: what the trainee sees, not the answer
    QString difficulty; // beginner / intermediate / advanced
    QString seedSection; // the Chinese reference's section(s), e.g. "6.4"; may be empty
    QString focusNamespace;
    QString focusPod;
    QString focusContainer;
    QString expectedCause; // a cause id of CONTRACT.md, or empty
    QDateTime now; // when the snapshot was taken: the default --now
    QString source; // the file it was read from (a path or a ":/" resource)

    static QStringList difficulties() // in order of difficulty
    {
        return {QStringLiteral("beginner"), QStringLiteral("intermediate"), QStringLiteral("advanced")};
    }
    // The translated name of a difficulty id.
    static QString difficultyName(const QString &difficulty);

    // Every problem of the description fields, in file order; empty when it is valid.
    // The loader, the writer and the save dialog all check with this.
    QList<ScenarioProblem> validate() const;
    static bool isDnsLabel(const QString &s);
};

} // namespace PullScope

Q_DECLARE_METATYPE(PullScope::Scenario)

#include "glossary.h"

#include <QFile>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>

// The resource lives in a static library; see ensureCoreResources() in rulebook.cpp.
static void ensureGlossaryResource()
{
    if (!QFile::exists(QStringLiteral(":/training/glossary.yaml")))
        Q_INIT_RESOURCE(pullscope_core_data);
}

namespace PullScope {

namespace {

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()).trimmed() : QString();
}

bool isChinese(const QString &lang)
{
    return lang.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

} // namespace

QString GlossaryText::in(const QString &lang) const
{
    return isChinese(lang) && !zh.isEmpty() ? zh : en;
}

// Reads one document; every refusal names the entry and the field, so a broken edit
// of the data file points at the line to fix.
class GlossaryReader
{
    Q_DECLARE_TR_FUNCTIONS(PullScope::GlossaryReader)
public:
    QString problem;

    bool text(const YAML::Node &node, const QString &field, GlossaryText *out)
    {
        if (!node || !node.IsMap()) {
            problem = tr("%1 must be a map with \"en\" and \"zh\"").arg(field);
            return false;
        }
        out->en = scalar(node["en"]);
        out->zh = scalar(node["zh"]);
        return both(*out, field);
    }

    bool both(const GlossaryText &t, const QString &field)
    {
        if (t.en.isEmpty())
            problem = tr("%1 has no English text (en)").arg(field);
        else if (t.zh.isEmpty())
            problem = tr("%1 has no Chinese text (zh)").arg(field);
        return problem.isEmpty();
    }

    bool patterns(const YAML::Node &node, const QString &field, QList<QRegularExpression> *out)
    {
        if (!node || node.IsNull())
            return true;
        if (!node.IsSequence()) {
            problem = tr("%1 must be a list").arg(field);
            return false;
        }
        int i = 0;
        for (const YAML::Node &item : node) {
            ++i;
            const QString source = scalar(item);
            if (source.isEmpty()) {
                problem = tr("%1 entry %2 is empty").arg(field).arg(i);
                return false;
            }
            if (!add(source, field, out))
                return false;
        }
        return true;
    }

    bool add(const QString &source, const QString &field, QList<QRegularExpression> *out)
    {
        QRegularExpression re(source, QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid()) {
            problem = tr("%1: \"%2\" is not a valid regular expression: %3 at offset %4")
                          .arg(field, source, re.errorString())
                          .arg(re.patternErrorOffset());
            return false;
        }
        // Compiled up front: the built-in glossary is shared.
        re.optimize();
        out->append(re);
        return true;
    }
};

const Glossary &Glossary::builtin()
{
    static const Glossary glossary = [] {
        ensureGlossaryResource();
        Glossary g;
        QFile f(QStringLiteral(":/training/glossary.yaml"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !g.loadFromData(f.readAll(), &error))
            qCritical("PullScope: the built-in glossary was refused: %s", qPrintable(error));
        return g;
    }();
    return glossary;
}

bool Glossary::loadFromData(const QByteArray &yaml, QString *error)
{
    QString scratch;
    QString &err = error ? *error : scratch;
    err.clear();
    QList<GlossaryEntry> entries;
    QList<ReasonMeaning> reasons;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        const YAML::Node terms = root.IsMap() ? root["terms"] : YAML::Node();
        if (!terms || !terms.IsSequence()) {
            err = GlossaryReader::tr("the glossary has no \"terms\" list");
            return false;
        }
        QSet<QString> seen;
        int index = 0;
        for (const YAML::Node &node : terms) {
            ++index;
            GlossaryReader r;
            GlossaryEntry e;
            e.id = node.IsMap() ? scalar(node["id"]) : QString();
            const QString where = e.id.isEmpty() ? GlossaryReader::tr("term #%1").arg(index) : e.id;
            if (e.id.isEmpty()) {
                err = GlossaryReader::tr("%1 has no id").arg(where);
                return false;
            }
            if (seen.contains(e.id)) {
                err = GlossaryReader::tr("%1 appears twice").arg(where);
                return false;
            }
            seen.insert(e.id);
            e.term = {scalar(node["en"]), scalar(node["zh"])};
            bool ok = r.both(e.term, GlossaryReader::tr("the term"))
                && r.text(node["definition"], QStringLiteral("definition"), &e.definition)
                && r.patterns(node["match"], QStringLiteral("match"), &e.englishPatterns)
                && r.patterns(node["zh_match"], QStringLiteral("zh_match"), &e.chinesePatterns);
            if (ok && e.englishPatterns.isEmpty()) {
                r.problem = GlossaryReader::tr("match needs at least one pattern");
                ok = false;
            }
            if (ok && e.chinesePatterns.isEmpty()) {
                // The Chinese term as written, without its note in full-width brackets.
                const QString plain = e.term.zh.section(QChar(0xff08), 0, 0).trimmed();
                ok = r.add(QRegularExpression::escape(plain), QStringLiteral("zh"), &e.chinesePatterns);
            }
            if (!ok) {
                err = where + QStringLiteral(": ") + r.problem;
                return false;
            }
            entries.append(e);
        }

        const YAML::Node reasonList = root["reasons"];
        if (reasonList && !reasonList.IsSequence()) {
            err = GlossaryReader::tr("\"reasons\" must be a list");
            return false;
        }
        index = 0;
        for (const YAML::Node &node : reasonList) {
            ++index;
            GlossaryReader r;
            ReasonMeaning m;
            m.reason = node.IsMap() ? scalar(node["reason"]) : QString();
            const QString where = m.reason.isEmpty() ? GlossaryReader::tr("reason #%1").arg(index) : m.reason;
            m.text = {scalar(node["en"]), scalar(node["zh"])};
            bool ok = !m.reason.isEmpty();
            if (!ok)
                r.problem = GlossaryReader::tr("no reason named");
            ok = ok && r.both(m.text, QStringLiteral("reason"));
            const QString when = scalar(node["when"]);
            if (ok && !when.isEmpty()) {
                QList<QRegularExpression> re;
                ok = r.add(when, QStringLiteral("when"), &re);
                if (ok)
                    m.when = re.first();
            }
            if (!ok) {
                err = where + QStringLiteral(": ") + r.problem;
                return false;
            }
            reasons.append(m);
        }
    } catch (const YAML::Exception &e) {
        err = GlossaryReader::tr("the glossary is not valid YAML: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    m_entries = entries;
    m_reasons = reasons;
    return true;
}

int Glossary::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return i;
    return -1;
}

QList<GlossarySpan> Glossary::find(const QString &text, bool chinese) const
{
    QList<GlossarySpan> all;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QList<QRegularExpression> &patterns
            = chinese ? m_entries[i].chinesePatterns : m_entries[i].englishPatterns;
        for (const QRegularExpression &re : patterns) {
            QRegularExpressionMatchIterator it = re.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                if (m.capturedLength() > 0)
                    all.append({int(m.capturedStart()), int(m.capturedEnd()), i});
            }
        }
    }
    std::sort(all.begin(), all.end(), [](const GlossarySpan &a, const GlossarySpan &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return a.entry < b.entry;
    });
    QList<GlossarySpan> spans;
    int covered = 0;
    for (const GlossarySpan &s : std::as_const(all)) {
        if (s.start < covered)
            continue;
        spans.append(s);
        covered = s.end;
    }
    return spans;
}

QList<GlossarySpan> Glossary::findEnglish(const QString &text) const
{
    return find(text, false);
}

QList<GlossarySpan> Glossary::findChinese(const QString &text) const
{
    return find(text, true);
}

QList<GlossarySpan> Glossary::find(const QString &text, const QString &lang) const
{
    return find(text, isChinese(lang));
}

GlossaryText Glossary::reasonMeaning(const QString &reason, const QString &message) const
{
    for (const ReasonMeaning &m : m_reasons) {
        if (m.reason != reason)
            continue;
        if (m.when.pattern().isEmpty() || m.when.match(message).hasMatch())
            return m.text;
    }
    return {};
}

} // namespace PullScope

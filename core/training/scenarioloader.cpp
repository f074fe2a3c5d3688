#include "scenarioloader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <string>

#include "mapsink.h"
#include "objectmapper.h"

namespace PullScope {

namespace {

const char ApiVersion[] = "pullscope.io/v1";

// More nodes than any scenario holds; bounds the walk over a file whose aliases expand
// to far more than it shows (yaml-cpp shares aliased nodes, the walk would not).
constexpr qint64 MaxVisits = 2'000'000;

qint64 lineOf(const YAML::Node &n)
{
    return n ? qint64(n.Mark().line) + 1 : 0;
}

// The value concept of ObjectMapper (objectmapper.h) over a yaml-cpp node, so that
// spec.objects are mapped by the same code as a kubectl dump, with this file's lines.
class ScenarioValue
{
public:
    ScenarioValue(YAML::Node n, qint64 *visits)
        : m_n(std::move(n))
        , m_visits(visits)
    {
    }
    bool isNull() { return !m_n || m_n.IsNull(); }
    bool isObject() { return m_n && m_n.IsMap(); }
    bool isArray() { return m_n && m_n.IsSequence(); }

    template<typename F> void fields(F &&f)
    {
        if (!isObject())
            return;
        for (auto it = m_n.begin(); it != m_n.end(); ++it) {
            visit();
            if (!it->first.IsScalar())
                fail("", ScenarioLoader::tr("a mapping key that is not a string"));
            const std::string key = it->first.Scalar();
            f(std::string_view(key), ScenarioValue(it->second, m_visits));
        }
    }
    template<typename F> void elements(F &&f)
    {
        if (!isArray())
            return;
        for (auto it = m_n.begin(); it != m_n.end(); ++it) {
            visit();
            f(ScenarioValue(*it, m_visits));
        }
    }
    std::string_view text(std::string_view key)
    {
        if (isNull())
            return {};
        if (!m_n.IsScalar())
            fail(key, ScenarioLoader::tr("expected a string"));
        return m_n.Scalar();
    }
    qint64 integer(std::string_view key)
    {
        qint64 v = 0;
        const std::string s = m_n && m_n.IsScalar() ? m_n.Scalar() : std::string();
        if (s.empty() || std::from_chars(s.data(), s.data() + s.size(), v).ptr != s.data() + s.size())
            fail(key, ScenarioLoader::tr("expected an integer"));
        return v;
    }
    bool boolean(std::string_view key)
    {
        // A quoted "true" is a string (yaml-cpp tags quoted scalars "!").
        if (m_n && m_n.IsScalar() && m_n.Tag() != "!") {
            const std::string &s = m_n.Scalar();
            if (s == "true" || s == "True" || s == "TRUE")
                return true;
            if (s == "false" || s == "False" || s == "FALSE")
                return false;
        }
        fail(key, ScenarioLoader::tr("expected true or false"));
    }
    [[noreturn]] void wrongType(std::string_view key, bool wantedObject)
    {
        fail(key, wantedObject ? ScenarioLoader::tr("expected a mapping") : ScenarioLoader::tr("expected a list"));
    }

private:
    void visit()
    {
        if (++*m_visits > MaxVisits)
            fail("", ScenarioLoader::tr("more than %1 YAML nodes (aliases expanded)").arg(MaxVisits));
    }
    [[noreturn]] void fail(std::string_view key, const QString &msg)
    {
        throw MapError {QString::fromUtf8(key.data(), qsizetype(key.size())), msg, lineOf(m_n)};
    }
    YAML::Node m_n;
    qint64 *m_visits;
};

struct Stop
{
    qint64 line;
    QString message;
};

// Reads the description fields, remembering the line of each for the messages.
class HeaderReader
{
public:
    QHash<QString, qint64> lines;

    [[noreturn]] static void fail(qint64 line, const QString &message) { throw Stop {line, message}; }

    // The map at `key` of `parent`; a missing one is an empty map (its fields then
    // report themselves missing, at the parent's line).
    YAML::Node map(const YAML::Node &parent, const char *key, const QString &path)
    {
        const YAML::Node n = parent.IsMap() ? parent[key] : YAML::Node();
        if (!n || n.IsNull()) {
            remember(path, parent);
            return YAML::Node();
        }
        lines.insert(path, lineOf(n));
        if (!n.IsMap())
            fail(lineOf(n), ScenarioLoader::tr("%1: expected a mapping").arg(path));
        return n;
    }

    QString text(const YAML::Node &parent, const char *key, const QString &path)
    {
        const YAML::Node n = parent.IsMap() ? parent[key] : YAML::Node();
        if (!n || n.IsNull()) {
            remember(path, parent);
            return {};
        }
        lines.insert(path, lineOf(n));
        if (!n.IsScalar())
            fail(lineOf(n), ScenarioLoader::tr("%1: expected a string").arg(path));
        return QString::fromStdString(n.Scalar());
    }

    // A missing field is reported at the line of the mapping that should hold it; a
    // mapping that is missing too (no line) leaves it to an outer one.
    void remember(const QString &path, const YAML::Node &parent)
    {
        if (parent.IsMap() && lineOf(parent) > 0)
            lines.insert(path, lineOf(parent));
    }

    qint64 lineFor(QString field) const
    {
        // A field the file does not have is reported at its parent's line.
        for (;;) {
            const auto it = lines.constFind(field);
            if (it != lines.constEnd() && *it > 0)
                return *it;
            const qsizetype dot = field.lastIndexOf(QLatin1Char('.'));
            if (dot < 0)
                return 1;
            field.truncate(dot);
        }
    }
};

QString kindOf(const YAML::Node &item)
{
    const YAML::Node k = item["kind"];
    return k && k.IsScalar() ? QString::fromStdString(k.Scalar()) : QString();
}

void mapObjects(const YAML::Node &objects, ObjectMapper<ScenarioValue> &mapper, qint64 *visits)
{
    int index = 0;
    for (auto it = objects.begin(); it != objects.end(); ++it, ++index) {
        const YAML::Node item = *it;
        const QString where = QStringLiteral("spec.objects[%1]").arg(index);
        if (!item.IsMap())
            HeaderReader::fail(
                lineOf(item), ScenarioLoader::tr("%1: expected a Kubernetes object (a mapping)").arg(where));
        const QString kind = kindOf(item);
        if (kind.isEmpty())
            HeaderReader::fail(lineOf(item), ScenarioLoader::tr("%1: the object has no kind").arg(where));
        try {
            if (kind.endsWith(QLatin1String("List"))) {
                const YAML::Node items = item["items"];
                if (items && !items.IsNull() && !items.IsSequence())
                    ScenarioValue(items, visits).wrongType("items", false);
                if (items && items.IsSequence())
                    mapObjects(items, mapper, visits);
                continue;
            }
            mapper.mapObject(ScenarioValue(item, visits), kind, lineOf(item));
        } catch (const MapError &err) {
            HeaderReader::fail(err.line > 0 ? err.line : lineOf(item),
                ScenarioLoader::tr("%1 (%2): field \"%3\": %4").arg(where, kind, err.field, err.message));
        }
    }
}

// The focus must be something the objects describe: a pod with that container, or at
// least events about that pod (a scenario saved from a `kubectl get events` table).
QString focusProblem(const Scenario &s, const ClusterSnapshot &snapshot, QString *field)
{
    const int p = snapshot.podIndex(s.focusNamespace, s.focusPod);
    if (p >= 0) {
        if (snapshot.pods[p].findContainer(s.focusContainer))
            return {};
        *field = QStringLiteral("spec.focus.container");
        return ScenarioLoader::tr("pod %1/%2 in spec.objects has no container \"%3\"")
            .arg(s.focusNamespace, s.focusPod, s.focusContainer);
    }
    for (const Event &e : snapshot.events)
        if (e.objectNamespace() == s.focusNamespace && e.objectName() == s.focusPod)
            return {};
    *field = QStringLiteral("spec.focus.pod");
    return ScenarioLoader::tr("no Pod or Event in spec.objects is about %1/%2").arg(s.focusNamespace, s.focusPod);
}

} // namespace

bool ScenarioLoader::looksLike(const QByteArray &head)
{
    if (!head.contains("pullscope.io/"))
        return false;
    static const QRegularExpression yamlKind(
        QStringLiteral("(^|\\n)kind:[ \\t]*[\"']?Scenario[\"']?[ \\t]*(#[^\\n]*)?\\r?(\\n|$)"));
    static const QRegularExpression jsonKind(QStringLiteral("\"kind\"\\s*:\\s*\"Scenario\""));
    const QString text = QString::fromUtf8(head);
    return yamlKind.match(text).hasMatch() || jsonKind.match(text).hasMatch();
}

bool ScenarioLoader::load(
    const QByteArray &data, const QString &name, ClusterSnapshot &out, Scenario *scenarioOut, LoadError *error)
{
    auto refuse = [&](qint64 line, const QString &message) {
        if (error) {
            *error = LoadError {};
            error->file = name;
            error->line = line;
            error->message = message;
        }
        return false;
    };
    if (data.size() > MaxSize)
        return refuse(0, tr("larger than %1 MB: a scenario holds the objects of a few pods").arg(MaxSize >> 20));

    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        return refuse(qint64(e.mark.line) + 1, tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    }

    Scenario s;
    s.source = name;
    ClusterSnapshot snapshot;
    try {
        HeaderReader r;
        if (!root.IsMap())
            HeaderReader::fail(
                lineOf(root), tr("expected a scenario (a mapping with apiVersion, kind, metadata, spec)"));
        const QString api = r.text(root, "apiVersion", QStringLiteral("apiVersion"));
        if (api != QLatin1String(ApiVersion))
            HeaderReader::fail(r.lineFor(QStringLiteral("apiVersion")),
                tr("apiVersion: \"%1\" is not %2").arg(api, QLatin1String(ApiVersion)));
        const QString kind = r.text(root, "kind", QStringLiteral("kind"));
        if (kind != QLatin1String("Scenario"))
            HeaderReader::fail(r.lineFor(QStringLiteral("kind")), tr("kind: \"%1\" is not Scenario").arg(kind));
        const YAML::Node meta = r.map(root, "metadata", QStringLiteral("metadata"));
        s.id = r.text(meta, "name", QStringLiteral("metadata.name"));
        const YAML::Node spec = r.map(root, "spec", QStringLiteral("spec"));
        const YAML::Node title = r.map(spec, "title", QStringLiteral("spec.title"));
        s.title.en = r.text(title, "en", QStringLiteral("spec.title.en"));
        s.title.zh = r.text(title, "zh_CN", QStringLiteral("spec.title.zh_CN"));
        const YAML::Node story = r.map(spec, "story", QStringLiteral("spec.story"));
        s.story.en = r.text(story, "en", QStringLiteral("spec.story.en"));
        s.story.zh = r.text(story, "zh_CN", QStringLiteral("spec.story.zh_CN"));
        s.difficulty = r.text(spec, "difficulty", QStringLiteral("spec.difficulty"));
        s.seedSection = r.text(spec, "seedSection", QStringLiteral("spec.seedSection"));
        const YAML::Node focus = r.map(spec, "focus", QStringLiteral("spec.focus"));
        s.focusNamespace = r.text(focus, "namespace", QStringLiteral("spec.focus.namespace"));
        s.focusPod = r.text(focus, "pod", QStringLiteral("spec.focus.pod"));
        s.focusContainer = r.text(focus, "container", QStringLiteral("spec.focus.container"));
        s.expectedCause = r.text(spec, "expectedCause", QStringLiteral("spec.expectedCause"));
        const QString now = r.text(spec, "now", QStringLiteral("spec.now"));
        s.now = MapSink::parseTime(now.toStdString());
        const QList<ScenarioProblem> problems = s.validate();
        if (!problems.isEmpty())
            HeaderReader::fail(r.lineFor(problems.first().field),
                QStringLiteral("%1: %2").arg(problems.first().field, problems.first().message));

        const YAML::Node objects = spec["objects"];
        if (!objects || objects.IsNull() || (objects.IsSequence() && objects.size() == 0))
            HeaderReader::fail(lineOf(objects) > 0 ? lineOf(objects) : r.lineFor(QStringLiteral("spec")),
                tr("spec.objects: the scenario has no Kubernetes objects"));
        if (!objects.IsSequence())
            HeaderReader::fail(lineOf(objects), tr("spec.objects: expected a list of Kubernetes objects"));
        MapSink sink(snapshot, name);
        ObjectMapper<ScenarioValue> mapper(sink);
        qint64 visits = 0;
        mapObjects(objects, mapper, &visits);
        QString field;
        const QString focusMessage = focusProblem(s, snapshot, &field);
        if (!focusMessage.isEmpty())
            HeaderReader::fail(r.lineFor(field), QStringLiteral("%1: %2").arg(field, focusMessage));
        snapshot.takenAt = s.now;
        sink.commitTo(out);
    } catch (const Stop &stop) {
        return refuse(stop.line, stop.message);
    } catch (const YAML::Exception &e) {
        // Conversions on a malformed node (yaml-cpp throws where the walk above did not look).
        return refuse(qint64(e.mark.line) + 1, QString::fromStdString(e.msg));
    }
    if (scenarioOut)
        *scenarioOut = s;
    return true;
}

bool ScenarioLoader::loadFile(const QString &path, Scenario *scenario, ClusterSnapshot *out, LoadError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = LoadError {};
            error->file = path;
            error->message = tr("cannot open: %1").arg(file.errorString());
        }
        return false;
    }
    if (file.size() > MaxSize) {
        if (error) {
            *error = LoadError {};
            error->file = path;
            error->message = tr("larger than %1 MB: a scenario holds the objects of a few pods").arg(MaxSize >> 20);
        }
        return false;
    }
    ClusterSnapshot scratch;
    return load(file.readAll(), path, out ? *out : scratch, scenario, error);
}

} // namespace PullScope

#include "yamlloader.h"

#include <QCoreApplication>

#include <yaml.h>

#include <charconv>
#include <map>
#include <new>
#include <optional>

#include "itembatcher.h"
#include "objectmapper.h"
#include "treenode.h"
#include "yamlitemsplitter.h"
#include "yamltreebuilder.h"

namespace PullScope {

namespace {

// The value concept of ObjectMapper over a TreeNode.
class YamlValue
{
public:
    explicit YamlValue(const TreeNode *n)
        : m_n(n)
    {
    }
    bool isNull() { return m_n->isNullScalar(); }
    bool isObject() { return m_n->kind == TreeNode::Kind::Map; }
    bool isArray() { return m_n->kind == TreeNode::Kind::Seq; }

    template<typename F> void fields(F &&f)
    {
        if (m_n->kind != TreeNode::Kind::Map)
            return;
        for (const auto &kv : m_n->map)
            f(std::string_view(kv.first), YamlValue(&kv.second));
    }
    template<typename F> void elements(F &&f)
    {
        if (m_n->kind != TreeNode::Kind::Seq)
            return;
        for (const TreeNode &e : m_n->seq)
            f(YamlValue(&e));
    }
    std::string_view text(std::string_view key)
    {
        if (m_n->isNullScalar())
            return {};
        if (m_n->kind != TreeNode::Kind::Scalar)
            fail(key, YamlLoader::tr("expected a string"));
        return m_n->scalar;
    }
    qint64 integer(std::string_view key)
    {
        qint64 v = 0;
        const std::string &s = m_n->scalar;
        if (m_n->kind != TreeNode::Kind::Scalar || s.empty()
            || std::from_chars(s.data(), s.data() + s.size(), v).ptr != s.data() + s.size())
            fail(key, YamlLoader::tr("expected an integer"));
        return v;
    }
    bool boolean(std::string_view key)
    {
        const std::string &s = m_n->scalar;
        if (m_n->kind == TreeNode::Kind::Scalar && !m_n->quoted) {
            if (s == "true" || s == "True" || s == "TRUE")
                return true;
            if (s == "false" || s == "False" || s == "FALSE")
                return false;
        }
        fail(key, YamlLoader::tr("expected true or false"));
    }
    [[noreturn]] void wrongType(std::string_view key, bool wantedObject)
    {
        fail(key, wantedObject ? YamlLoader::tr("expected a mapping") : YamlLoader::tr("expected a list"));
    }

private:
    [[noreturn]] void fail(std::string_view key, const QString &msg)
    {
        throw MapError {QString::fromUtf8(key.data(), qsizetype(key.size())), msg, m_n->line};
    }
    const TreeNode *m_n;
};

class Reader
{
public:
    // A whole input, read from `in`.
    Reader(
        QIODevice &in, qint64 total, const QString &file, const LoadOptions &options, ObjectMapper<YamlValue> &mapper)
        : m_in(&in)
        , m_total(total)
        , m_file(file)
        , m_options(&options)
        , m_mapper(mapper)
        , m_builder(builderOptions(1, false), [this](yaml_event_t &e) { return parse(e); })
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input(&m_parser, &Reader::readHandler, this);
    }
    // Text in memory whose first line is line `firstLine` of the file. `itemsOnly`: a
    // piece cut out by YamlItemSplitter, which may hold neither anchors nor aliases (they
    // could refer across pieces).
    Reader(const char *text, size_t size, qint64 firstLine, const QString &file, ObjectMapper<YamlValue> &mapper,
        bool itemsOnly)
        : m_file(file)
        , m_mapper(mapper)
        , m_firstLine(firstLine)
        , m_builder(builderOptions(firstLine, itemsOnly), [this](yaml_event_t &e) { return parse(e); })
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(text), size);
    }
    ~Reader()
    {
        if (m_haveEvent)
            yaml_event_delete(&m_event);
        yaml_parser_delete(&m_parser);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    void run()
    {
        next();
        expect(YAML_STREAM_START_EVENT);
        for (;;) {
            next();
            if (type() == YAML_STREAM_END_EVENT)
                break;
            expect(YAML_DOCUMENT_START_EVENT);
            m_builder.clearAnchors();
            next();
            document();
            next();
            expect(YAML_DOCUMENT_END_EVENT);
        }
        if (m_documents == 0)
            failAt(1, YamlLoader::tr("the input is empty"));
    }

    // A piece of YamlItemSplitter: one document, a sequence whose elements are items.
    void runItems(const QString &elementKind)
    {
        next();
        expect(YAML_STREAM_START_EVENT);
        next();
        expect(YAML_DOCUMENT_START_EVENT);
        next();
        expect(YAML_SEQUENCE_START_EVENT);
        for (;;) {
            next();
            if (type() == YAML_SEQUENCE_END_EVENT)
                break;
            m_builder.resetNodeCount();
            TreeNode item = build(2);
            mapItem(item, elementKind);
        }
        next();
        expect(YAML_DOCUMENT_END_EVENT);
        next();
        expect(YAML_STREAM_END_EVENT);
    }

    // After run(): whether a top-level `items` sequence was read, in how many documents,
    // and the element kind its list named before it.
    bool sawItems() const { return m_sawItems; }
    int documents() const { return m_documents; }
    const QString &itemsElementKind() const { return m_itemsElementKind; }

private:
    static int readHandler(void *data, unsigned char *buffer, size_t size, size_t *read)
    {
        auto *self = static_cast<Reader *>(data);
        const qint64 n = self->m_in->read(reinterpret_cast<char *>(buffer), qint64(size));
        if (n < 0)
            return 0;
        *read = size_t(n);
        self->m_read += n;
        if (self->m_options->progress && !self->m_options->progress(self->m_read, self->m_total)) {
            self->m_cancelled = true;
            return 0;
        }
        return 1;
    }

    yaml_event_type_t type() const { return m_event.type; }
    qint64 line() const { return qint64(m_event.start_mark.line) + m_firstLine; }

    void next()
    {
        if (m_haveEvent) {
            yaml_event_delete(&m_event);
            m_haveEvent = false;
        }
        parse(m_event);
        m_haveEvent = true;
    }

    // The next event into `e`; a syntax error or a cancel throws. True for the builder.
    bool parse(yaml_event_t &event)
    {
        if (!yaml_parser_parse(&m_parser, &event)) {
            if (m_cancelled) {
                LoadError e;
                e.file = m_file;
                e.cancelled = true;
                e.message = YamlLoader::tr("cancelled");
                throw StopLoad {e};
            }
            // libyaml's own allocations failing is no fault of the input: said as memory
            // running out anywhere else is (LoadError::messageOf).
            if (m_parser.error == YAML_MEMORY_ERROR)
                throw std::bad_alloc();
            const qint64 l = qint64(m_parser.problem_mark.line) + m_firstLine;
            QString msg = QString::fromUtf8(m_parser.problem ? m_parser.problem : "syntax error");
            if (m_parser.context)
                msg = QString::fromUtf8(m_parser.context) + QStringLiteral(": ") + msg;
            failAt(l, YamlLoader::tr("invalid YAML: %1").arg(msg));
        }
        return true;
    }

    void expect(yaml_event_type_t t)
    {
        if (type() != t)
            failAt(line(), YamlLoader::tr("unexpected YAML structure"));
    }

    [[noreturn]] void failAt(qint64 l, const QString &message)
    {
        LoadError e;
        e.file = m_file;
        e.line = l;
        e.message = message;
        throw StopLoad {e};
    }

    static YamlTreeBuilder::Options builderOptions(qint64 firstLine, bool itemsOnly)
    {
        YamlTreeBuilder::Options o;
        o.maxDepth = Limits::MaxDepth;
        o.maxNodes = Limits::MaxYamlNodes;
        o.maxAliasExpansion = Limits::MaxAliasExpansion;
        o.anchors = !itemsOnly;
        o.firstLine = firstLine;
        o.reserveMaps = true;
        return o;
    }

    // Builds the node at the current event (a scalar, alias, or the start of a
    // collection, whose end event is consumed too).
    TreeNode build(int depth)
    {
        TreeNode n;
        m_haveEvent = false; // the builder takes the event over
        if (m_builder.build(m_event, n, depth))
            return n;
        const qint64 l = m_builder.line();
        switch (m_builder.problem()) {
        case YamlTreeBuilder::Problem::TooDeep:
            failAt(l, YamlLoader::tr("nesting deeper than %1 levels").arg(Limits::MaxDepth));
        case YamlTreeBuilder::Problem::TooManyNodes:
            failAt(l, YamlLoader::tr("too many YAML nodes"));
        case YamlTreeBuilder::Problem::AliasesTooLarge:
            failAt(l, YamlLoader::tr("YAML aliases expand to more than %1 nodes").arg(Limits::MaxAliasExpansion));
        case YamlTreeBuilder::Problem::UnknownAlias:
            failAt(l, YamlLoader::tr("unknown YAML alias \"%1\"").arg(QString::fromStdString(m_builder.detail())));
        case YamlTreeBuilder::Problem::AnchorRefused:
            failAt(l, YamlLoader::tr("an anchor in a piece of a split list"));
        case YamlTreeBuilder::Problem::AliasRefused:
            failAt(l, YamlLoader::tr("an alias in a piece of a split list"));
        case YamlTreeBuilder::Problem::KeyNotScalar:
            failAt(l, YamlLoader::tr("a mapping key that is not a string"));
        case YamlTreeBuilder::Problem::None:
        case YamlTreeBuilder::Problem::Source: // parse() throws instead
        case YamlTreeBuilder::Problem::Unexpected:
            break;
        }
        failAt(l, YamlLoader::tr("unexpected YAML structure"));
    }

    static QString kindOf(const TreeNode &n)
    {
        for (const auto &kv : n.map)
            if (kv.first == "kind" && kv.second.kind == TreeNode::Kind::Scalar)
                return QString::fromStdString(kv.second.scalar);
        return {};
    }
    static bool has(const TreeNode &n, const char *key)
    {
        for (const auto &kv : n.map)
            if (kv.first == key)
                return true;
        return false;
    }

    void mapItem(TreeNode &item, const QString &fallbackKind)
    {
        if (item.kind != TreeNode::Kind::Map) {
            if (item.isNullScalar())
                return;
            failAt(item.line, YamlLoader::tr("expected a Kubernetes object (a mapping)"));
        }
        QString kind = kindOf(item);
        if (kind.isEmpty())
            kind = fallbackKind;
        if (kind.isEmpty())
            kind = has(item, "involvedObject") || has(item, "regarding") ? QStringLiteral("Event")
                : has(item, "spec")                                      ? QStringLiteral("Pod")
                                                                         : QString();
        try {
            if (kind.endsWith(QLatin1String("List"))) {
                const QString element = kind == QLatin1String("List") ? QString() : kind.chopped(4);
                for (auto &kv : item.map) {
                    if (kv.first != "items" || kv.second.isNullScalar())
                        continue;
                    if (kv.second.kind != TreeNode::Kind::Seq)
                        YamlValue(&kv.second).wrongType("items", false);
                    for (TreeNode &e : kv.second.seq)
                        mapItem(e, element);
                }
            } else {
                m_mapper.mapObject(YamlValue(&item), kind, item.line);
            }
        } catch (const MapError &err) {
            failAt(err.line > 0 ? err.line : item.line, YamlLoader::tr("field \"%1\": %2").arg(err.field, err.message));
        }
        if (kind == QLatin1String("Secret"))
            item.wipe();
    }

    // One YAML document. A top-level `items` sequence is streamed item by item.
    void document()
    {
        ++m_documents;
        if (type() != YAML_MAPPING_START_EVENT) {
            TreeNode n = build(0);
            if (n.kind == TreeNode::Kind::Seq) {
                for (TreeNode &e : n.seq)
                    mapItem(e, QString());
            } else if (!n.isNullScalar()) {
                failAt(n.line, YamlLoader::tr("expected a Kubernetes object (a mapping)"));
            }
            return;
        }
        TreeNode root;
        root.kind = TreeNode::Kind::Map;
        root.line = line();
        bool sawItems = false;
        QString listKind;
        for (;;) {
            next();
            if (type() == YAML_MAPPING_END_EVENT)
                break;
            TreeNode key = build(1);
            next();
            if (key.scalar == "items" && type() == YAML_SEQUENCE_START_EVENT) {
                sawItems = true;
                m_sawItems = true;
                const QString element = listKind.endsWith(QLatin1String("List")) && listKind != QLatin1String("List")
                    ? listKind.chopped(4)
                    : QString();
                m_itemsElementKind = element;
                for (;;) {
                    next();
                    if (type() == YAML_SEQUENCE_END_EVENT)
                        break;
                    m_builder.resetNodeCount(); // the budget is per item: items are discarded once mapped
                    TreeNode item = build(2);
                    mapItem(item, element);
                }
                continue;
            }
            TreeNode value = build(1);
            if (key.scalar == "kind" && value.kind == TreeNode::Kind::Scalar)
                listKind = QString::fromStdString(value.scalar);
            root.map.emplace_back(std::move(key.scalar), std::move(value));
        }
        if (!sawItems)
            mapItem(root, QString());
    }

    QIODevice *m_in = nullptr;
    qint64 m_total = -1;
    QString m_file;
    const LoadOptions *m_options = nullptr;
    ObjectMapper<YamlValue> &m_mapper;
    qint64 m_firstLine = 1;
    yaml_parser_t m_parser {};
    yaml_event_t m_event {};
    bool m_haveEvent = false;
    bool m_cancelled = false;
    qint64 m_read = 0;
    int m_documents = 0;
    bool m_sawItems = false;
    QString m_itemsElementKind;
    YamlTreeBuilder m_builder;
};
// ItemBatcher's parser for pieces of YamlItemSplitter.
class PieceParser
{
public:
    PieceParser(MapSink &sink, const QString &file)
        : m_mapper(sink)
        , m_file(file)
    {
    }

    void parse(const char *p, size_t len, size_t, qint64 offset, qint64 line, const QString &elementKind)
    {
        try {
            Reader reader(p, len, line, m_file, m_mapper, true);
            reader.runItems(elementKind);
        } catch (const StopLoad &) {
            throw;
        } catch (const std::exception &e) { // std::bad_alloc: a thread must not let it escape
            LoadError err;
            err.file = m_file;
            err.line = line;
            err.offset = offset;
            err.message = LoadError::messageOf(e);
            throw StopLoad {err};
        }
    }

private:
    ObjectMapper<YamlValue> m_mapper;
    QString m_file;
};

// Reads the document around a List's items (header, "items: []", maybe the trailer)
// as the serial reader reads it. The element kind its list names before the items, or
// nothing when it is not one document with a top-level items list, or maps anything
// itself. Throws StopLoad on a YAML error.
std::optional<QString> listElementKind(const QByteArray &text, const QString &fileName)
{
    ClusterSnapshot scratch;
    MapSink scratchSink(scratch, fileName);
    ObjectMapper<YamlValue> mapper(scratchSink);
    Reader reader(text.constData(), size_t(text.size()), 1, fileName, mapper, false);
    reader.run();
    if (!reader.sawItems() || reader.documents() != 1 || !scratch.pods.isEmpty() || !scratch.events.isEmpty())
        return std::nullopt;
    return reader.itemsElementKind();
}

enum class SplitResult { Loaded, Cancelled, NotSplittable };

// The parallel path: items cut by YamlItemSplitter, parsed and mapped on worker threads
// (libyaml alone is about half the time of a serial load), folded in input order.
SplitResult loadSplit(QIODevice &in, qint64 totalSize, const QString &fileName, ClusterSnapshot &out,
    const LoadOptions &options, LoadError *error)
{
    ClusterSnapshot snapshot;
    MapSink sink(snapshot, fileName);
    sink.setInputSize(totalSize);
    PieceParser inlineParser(sink, fileName);
    std::optional<ItemBatcher<PieceParser, 0>> items;
    YamlItemSplitter splitter(in, totalSize, fileName, options);
    try {
        const bool split = splitter.run(
            [&](const QByteArray &header) {
                // The header decides the items' kind (a PodList's items need not say).
                const std::optional<QString> kind = listElementKind(header, fileName);
                if (!kind)
                    return false;
                items.emplace(sink, inlineParser, fileName, *kind, totalSize);
                return true;
            },
            [&](const YamlItemSplitter::Item &item) {
                items->add(item.data, item.size, item.size, item.offset, item.line);
            });
        if (!split)
            return SplitResult::NotSplittable;
        items->finish();
        // The trailer read together with the header, as the serial reader would: still
        // one document, its items where the splitter found them.
        if (!listElementKind(splitter.frame(), fileName))
            return SplitResult::NotSplittable;
    } catch (const StopLoad &stop) {
        if (!stop.error.cancelled)
            return SplitResult::NotSplittable;
        if (error)
            *error = stop.error;
        return SplitResult::Cancelled;
    }
    sink.commitTo(out);
    return SplitResult::Loaded;
}
} // namespace

bool YamlLoader::load(QIODevice &in, qint64 totalSize, const QString &fileName, ClusterSnapshot &out,
    const LoadOptions &options, LoadError *error)
{
    // Split only what can be read again: any doubt sends the input to the serial reader
    // from the start, and it alone reports errors.
    if (!in.isSequential() && totalSize >= options.yamlSplitMinBytes) {
        const qint64 start = in.pos();
        switch (loadSplit(in, totalSize, fileName, out, options, error)) {
        case SplitResult::Loaded:
            if (options.yamlWasSplit)
                *options.yamlWasSplit = true;
            return true;
        case SplitResult::Cancelled:
            return false;
        case SplitResult::NotSplittable:
            if (!in.seek(start)) {
                if (error) {
                    error->file = fileName;
                    error->message = tr("cannot read the input again: %1").arg(in.errorString());
                }
                return false;
            }
            break;
        }
    }
    ClusterSnapshot snapshot;
    MapSink sink(snapshot, fileName);
    try {
        ObjectMapper<YamlValue> mapper(sink);
        Reader reader(in, totalSize, fileName, options, mapper);
        reader.run();
    } catch (const StopLoad &stop) {
        if (error)
            *error = stop.error;
        return false;
    }
    sink.commitTo(out);
    return true;
}

} // namespace PullScope

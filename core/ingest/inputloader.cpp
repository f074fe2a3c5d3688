#include "inputloader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <new>
#include <system_error>

#include "describeparser.h"
#include "eventtableparser.h"
#include "training/scenarioloader.h"
#include "jsonloader.h"
#include "yamlloader.h"

namespace PullScope {

namespace {
constexpr qint64 HeadSize = 64 * 1024;

bool fail(LoadError *error, const QString &file, const QString &message)
{
    if (error) {
        *error = LoadError {};
        error->file = file;
        error->message = message;
    }
    return false;
}

bool readDevice(QIODevice &dev, qint64 size, const QString &name, ClusterSnapshot &out, const LoadOptions &options,
    LoadError *error, bool skipUnknown)
{
    const QByteArray head = dev.peek(HeadSize);
    const InputLoader::Format f = InputLoader::detect(head);
    // A training scenario (docs/scenario-format.md) is JSON or YAML too, with the
    // objects under spec.objects and the time it was taken.
    if ((f == InputLoader::Format::Json || f == InputLoader::Format::Yaml) && ScenarioLoader::looksLike(head)) {
        if (size > ScenarioLoader::MaxSize)
            return fail(error, name,
                ScenarioLoader::tr("larger than %1 MB: a scenario holds the objects of a few pods")
                    .arg(ScenarioLoader::MaxSize >> 20));
        return ScenarioLoader::load(dev.readAll(), name, out, nullptr, error);
    }
    switch (f) {
    case InputLoader::Format::Json:
        return JsonLoader::load(dev, size, name, out, options, error);
    case InputLoader::Format::Yaml:
        return YamlLoader::load(dev, size, name, out, options, error);
    case InputLoader::Format::Describe:
    case InputLoader::Format::EventTable: {
        const QByteArray all = dev.readAll();
        QString message;
        ClusterSnapshot part;
        const bool ok = f == InputLoader::Format::Describe ? DescribeParser::parse(all, name, part, &message)
                                                           : EventTableParser::parse(all, name, part, &message);
        if (!ok) {
            if (error) {
                *error = LoadError {};
                error->file = name;
                error->message = message;
                // The parsers put "FILE:LINE: " in front of their message: keep the line
                // and drop the name, or LoadError::toString() would print it twice.
                const QString prefix = name + QLatin1Char(':');
                qsizetype i = prefix.size();
                qint64 line = 0;
                if (message.startsWith(prefix)) {
                    while (i < message.size() && message.at(i).isDigit() && line < (qint64(1) << 40))
                        line = line * 10 + message.at(i++).digitValue();
                    if (line > 0 && QStringView(message).mid(i).startsWith(QLatin1String(": "))) {
                        error->line = line;
                        error->message = message.mid(i + 2);
                    }
                }
            }
            return false;
        }
        part.inputs << name;
        out.merge(std::move(part));
        return true;
    }
    case InputLoader::Format::Empty:
        if (skipUnknown)
            return true;
        return fail(error, name, InputLoader::tr("the input is empty"));
    case InputLoader::Format::Binary:
        if (skipUnknown)
            return true;
        return fail(error, name, InputLoader::tr("binary data, not a Kubernetes dump"));
    case InputLoader::Format::Unknown:
        break;
    }
    if (skipUnknown)
        return true;
    return fail(error, name,
        InputLoader::tr("unrecognised format: expected kubectl JSON or YAML, `kubectl describe pod` text or a "
                        "`kubectl get events` table"));
}

// Memory running out (a dump larger than the process may hold) or a thread that cannot
// start is an error of this input like any other: nothing of it is kept.
bool loadDevice(QIODevice &dev, qint64 size, const QString &name, ClusterSnapshot &out, const LoadOptions &options,
    LoadError *error, bool skipUnknown)
{
    try {
        return readDevice(dev, size, name, out, options, error, skipUnknown);
    } catch (const std::bad_alloc &e) {
        return fail(error, name, LoadError::messageOf(e));
    } catch (const std::system_error &e) {
        return fail(error, name,
            InputLoader::tr("could not start a thread to read it: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}
} // namespace

InputLoader::Format InputLoader::detect(const QByteArray &head)
{
    if (head.isEmpty())
        return Format::Empty;
    if (head.contains('\0'))
        return Format::Binary;
    int i = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    if (i == head.size())
        return Format::Empty;
    if (head[i] == '{' || head[i] == '[')
        return Format::Json;
    if (EventTableParser::looksLike(head))
        return Format::EventTable;
    if (DescribeParser::looksLike(head))
        return Format::Describe;
    const QByteArray rest = head.mid(i);
    if (rest.startsWith("---") || rest.startsWith("apiVersion:") || rest.startsWith("kind:")
        || rest.startsWith("items:") || rest.contains("\napiVersion:") || rest.contains("\nkind:")
        || rest.startsWith("#"))
        return Format::Yaml;
    // Text with control characters other than whitespace is not any of our formats.
    for (char c : head)
        if (static_cast<unsigned char>(c) < 0x09
            || (static_cast<unsigned char>(c) > 0x0d && static_cast<unsigned char>(c) < 0x20))
            return Format::Binary;
    return Format::Unknown;
}

QString InputLoader::formatName(Format f)
{
    switch (f) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Yaml:
        return QStringLiteral("yaml");
    case Format::Describe:
        return QStringLiteral("describe");
    case Format::EventTable:
        return QStringLiteral("events-table");
    case Format::Binary:
        return QStringLiteral("binary");
    case Format::Empty:
        return QStringLiteral("empty");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool InputLoader::loadData(
    const QByteArray &data, const QString &name, ClusterSnapshot &out, const LoadOptions &options, LoadError *error)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return loadDevice(buffer, copy.size(), name, out, options, error, false);
}

bool InputLoader::loadPath(const QString &path, ClusterSnapshot &out, const LoadOptions &options, LoadError *error)
{
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(error, QStringLiteral("<stdin>"), InputLoader::tr("cannot read standard input"));
        return loadData(in.readAll(), QStringLiteral("<stdin>"), out, options, error);
    }
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, path, InputLoader::tr("no such file or directory"));
    if (info.isDir()) {
        // A cluster-info dump: nodes.json, NAMESPACE/{pods,events,...}.json and pod
        // logs. Files that are none of our formats (logs) are passed over.
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        int loaded = 0;
        for (const QString &f : std::as_const(files)) {
            if (QFileInfo(f).fileName().startsWith(QLatin1Char('.')))
                continue;
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly))
                return fail(error, f, InputLoader::tr("cannot open: %1").arg(file.errorString()));
            const qsizetype before = out.inputs.size();
            if (!loadDevice(file, file.size(), f, out, options, error, true))
                return false;
            loaded += out.inputs.size() > before ? 1 : 0;
        }
        if (loaded == 0)
            return fail(error, path, InputLoader::tr("the folder holds no kubectl output"));
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, path, InputLoader::tr("cannot open: %1").arg(file.errorString()));
    return loadDevice(file, file.size(), path, out, options, error, false);
}

} // namespace PullScope

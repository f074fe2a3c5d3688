#include "probe/nodecheckoutput.h"

#include <QFile>
#include <QRegularExpression>

namespace PullScope {

namespace {

const QByteArray kMarker("### pullscope-node-check ");

} // namespace

bool NodeCheckOutput::looksLike(const QByteArray &data)
{
    return data.left(64 * 1024).contains(QByteArray(kMarker + "section info"));
}

const NodeCheckOutput::Section *NodeCheckOutput::section(const QString &name) const
{
    const auto it = m_sections.constFind(name);
    return it == m_sections.constEnd() ? nullptr : &it.value();
}

QString NodeCheckOutput::value(const Section &section, const QString &key)
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString &line : section.lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

QStringList NodeCheckOutput::sectionNames() const
{
    return m_order;
}

bool NodeCheckOutput::load(const QString &path, NodeCheckOutput *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(path, f.errorString());
        return false;
    }
    // The script prints a few hundred lines; anything far larger is not its output.
    constexpr qint64 kLimit = 16 * 1024 * 1024;
    if (f.size() > kLimit) {
        *error
            = tr("%1: %2 bytes is far more than a node check prints; is this the right file?").arg(path).arg(f.size());
        return false;
    }
    return parse(f.readAll(), path, out, error);
}

bool NodeCheckOutput::parse(const QByteArray &data, const QString &fileName, NodeCheckOutput *out, QString *error)
{
    *out = NodeCheckOutput();
    out->m_fileName = fileName;
    if (!looksLike(data)) {
        *error = tr("%1: not the output of a PullScope node check (no \"### pullscope-node-check section info\" "
                    "line in its first 64 KiB)")
                     .arg(fileName);
        return false;
    }
    static const QRegularExpression endRe(QStringLiteral("^end (\\S+) rc=(\\d+)$"));
    Section *current = nullptr;
    int lineNo = 0;
    const QList<QByteArray> lines = data.split('\n');
    for (QByteArray raw : lines) {
        ++lineNo;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.startsWith(kMarker)) {
            const QString rest = QString::fromUtf8(raw.mid(kMarker.size())).trimmed();
            if (rest.startsWith(QLatin1String("section "))) {
                const QString name = rest.mid(8).trimmed();
                if (name.isEmpty() || out->m_sections.contains(name)) {
                    *error = tr("%1:%2: section \"%3\" is empty or repeated").arg(fileName).arg(lineNo).arg(name);
                    return false;
                }
                Section s;
                s.name = name;
                s.firstLine = lineNo;
                out->m_order << name;
                current = &out->m_sections.insert(name, s).value();
                continue;
            }
            const QRegularExpressionMatch m = endRe.match(rest);
            if (m.hasMatch()) {
                if (!current || current->name != m.captured(1)) {
                    *error = tr("%1:%2: end of section \"%3\" without its start")
                                 .arg(fileName)
                                 .arg(lineNo)
                                 .arg(m.captured(1));
                    return false;
                }
                current->rc = m.captured(2).toInt();
                current = nullptr;
                continue;
            }
            if (rest == QLatin1String("done")) {
                out->m_complete = true;
                current = nullptr;
                continue;
            }
        }
        if (current)
            current->lines << QString::fromUtf8(raw);
    }
    if (const Section *info = out->section(QStringLiteral("info"))) {
        for (const QString &line : info->lines) {
            const int eq = line.indexOf(QLatin1Char('='));
            if (eq > 0 && !out->m_info.contains(line.left(eq)))
                out->m_info.insert(line.left(eq), line.mid(eq + 1));
        }
    }
    if (out->info(QStringLiteral("image")).isEmpty() || out->info(QStringLiteral("host")).isEmpty()) {
        *error = tr("%1: the info section names no image or host").arg(fileName);
        return false;
    }
    return true;
}

} // namespace PullScope

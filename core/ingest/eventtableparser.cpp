#include "eventtableparser.h"

#include <QCoreApplication>

#include <array>

#include "kubectltext.h"
#include "textcolumns.h"

namespace PullScope {

namespace {

// Every column `kubectl get events` (-A, -o wide) and `kubectl events` print, in their
// printed order.
enum Column {
    Namespace,
    LastSeen,
    Type,
    Reason,
    Object,
    Subobject,
    Source,
    Message,
    FirstSeen,
    Count,
    Name,
    ColumnCount
};

const QStringList &vocabulary()
{
    static const QStringList words = {
        QStringLiteral("NAMESPACE"),
        QStringLiteral("LAST SEEN"),
        QStringLiteral("TYPE"),
        QStringLiteral("REASON"),
        QStringLiteral("OBJECT"),
        QStringLiteral("SUBOBJECT"),
        QStringLiteral("SOURCE"),
        QStringLiteral("MESSAGE"),
        QStringLiteral("FIRST SEEN"),
        QStringLiteral("COUNT"),
        QStringLiteral("NAME"),
    };
    return words;
}

struct Layout
{
    TextColumns columns;
    std::array<int, ColumnCount> at {}; // table column of each Column, or -1

    bool has(Column c) const { return at[c] >= 0; }
};

bool isEmptyResult(QStringView line)
{
    return line.startsWith(QLatin1String("No events found")) || line.startsWith(QLatin1String("No resources found"));
}

bool looksLikeFieldPath(QStringView cell)
{
    return cell.startsWith(QLatin1String("spec.")) || cell.startsWith(QLatin1String("status."))
        || (cell.contains(QLatin1Char('{')) && cell.endsWith(QLatin1Char('}')));
}

// "kubelet", "kubelet, node-03", "default-scheduler": one word, maybe a host after a comma.
bool looksLikeSource(QStringView cell)
{
    const QList<QStringView> parts = cell.split(QStringView(u", "));
    if (parts.size() > 2)
        return false;
    for (QStringView p : parts) {
        if (p.isEmpty())
            return false;
        for (QChar ch : p) {
            if (!(ch.isLetterOrNumber() || ch == QLatin1Char('-') || ch == QLatin1Char('.') || ch == QLatin1Char('_')
                    || ch == QLatin1Char('/') || ch == QLatin1Char(':')))
                return false;
        }
    }
    return true;
}

// The first gap-separated cell of `rest`, which then holds what follows it.
QStringView takeFirstCell(QStringView *rest)
{
    const QList<QStringView> two = TextColumns::splitOnGaps(*rest, 2);
    if (two.size() < 2)
        return {};
    *rest = two.at(1);
    return two.at(0);
}

enum class HeaderKind { NotHeader, Malformed, Ok };

class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(EventTableParser)

public:
    TableReader(const QString &file, ClusterSnapshot &out)
        : m_file(file)
        , m_out(out)
    {
    }

    bool run(const QList<QStringView> &lines, QString *error);
    static HeaderKind readLayout(QStringView line, Layout *layout, QString *problem);

private:
    bool fail(qint64 line, const QString &reason, QString *error) const
    {
        if (error)
            *error = m_file + QLatin1Char(':') + QString::number(line) + QLatin1String(": ") + reason;
        return false;
    }
    bool cells(QStringView line, qint64 lineNo, std::array<QStringView, ColumnCount> *v, QString *error) const;
    bool row(QStringView line, qint64 lineNo, QString *error);

    QString m_file;
    ClusterSnapshot &m_out;
    Layout m_layout;
    bool m_haveLayout = false;
    KubectlText::Command m_command;
};

HeaderKind TableReader::readLayout(QStringView line, Layout *layout, QString *problem)
{
    if (!layout->columns.readHeader(line, vocabulary(), Qt::CaseInsensitive))
        return HeaderKind::NotHeader;
    for (int c = 0; c < ColumnCount; ++c)
        layout->at[c] = layout->columns.indexOf(vocabulary().at(c));
    for (Column c : {LastSeen, Type, Reason, Object, Message}) {
        if (!layout->has(c)) {
            *problem = tr("the event table header has no %1 column").arg(vocabulary().at(c));
            return HeaderKind::Malformed;
        }
    }
    int previous = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (layout->at[c] < 0)
            continue;
        if (layout->at[c] < previous) {
            *problem = tr("the event table header has its columns out of kubectl's order");
            return HeaderKind::Malformed;
        }
        previous = layout->at[c];
    }
    return HeaderKind::Ok;
}

bool TableReader::cells(QStringView line, qint64 lineNo, std::array<QStringView, ColumnCount> *v, QString *error) const
{
    const Layout &L = m_layout;
    QList<QStringView> cut;
    if (L.columns.cutAligned(line, L.at[Message], &cut)) {
        bool ok = true;
        for (int c = 0; c < ColumnCount; ++c) {
            if (!L.has(Column(c)))
                continue;
            (*v)[c] = cut.at(L.at[c]);
            // A pod-level event has no SUBOBJECT; SOURCE can be empty too.
            if ((*v)[c].isEmpty() && c != Subobject && c != Source)
                ok = false;
        }
        if (ok && L.has(Count))
            (void)(*v)[Count].toInt(&ok);
        if (ok)
            return true;
        v->fill(QStringView());
    }

    // The row does not line up with the header (re-spaced, or pasted from another
    // table): split on gaps, reading the -o wide tail from the right end, where NAME has
    // no blanks, COUNT is a number and FIRST SEEN an age, so the message may hold anything.
    const int total = L.columns.size();
    const auto tooFew = [&]() {
        const int found = int(TextColumns::splitOnGaps(line, total).size());
        return fail(lineNo, tr("event row has %1 columns, the header has %2").arg(found).arg(total), error);
    };
    QStringView rest = line.trimmed();
    for (Column c : {Name, Count, FirstSeen}) {
        if (!L.has(c))
            continue;
        qsizetype blank = rest.size();
        while (blank > 0 && rest.at(blank - 1) != QLatin1Char(' ') && rest.at(blank - 1) != QLatin1Char('\t'))
            --blank;
        if (blank == 0)
            return tooFew();
        const QStringView token = rest.mid(blank);
        bool ok = true;
        if (c == Count)
            (void)token.toInt(&ok);
        else if (c == FirstSeen)
            ok = KubectlText::isAgeToken(token);
        if (!ok)
            return fail(lineNo,
                tr("event row does not end in FIRST SEEN, COUNT and NAME values as the -o wide header says"), error);
        (*v)[c] = token;
        rest = rest.first(blank).trimmed();
    }
    int leading = 0;
    for (Column c : {Namespace, LastSeen, Type, Reason, Object})
        leading += L.has(c) ? 1 : 0;
    const QList<QStringView> left = TextColumns::splitOnGaps(rest, leading + 1);
    if (left.size() < leading + 1)
        return tooFew();
    int k = 0;
    for (Column c : {Namespace, LastSeen, Type, Reason, Object}) {
        if (L.has(c))
            (*v)[c] = left.at(k++);
    }
    QStringView middle = left.last();
    if (L.has(Subobject)) {
        QStringView after = middle;
        const QStringView first = takeFirstCell(&after);
        if (!first.isEmpty() && looksLikeFieldPath(first)) {
            (*v)[Subobject] = first;
            middle = after;
        }
    }
    if (L.has(Source)) {
        QStringView after = middle;
        const QStringView first = takeFirstCell(&after);
        if (!first.isEmpty() && looksLikeSource(first)) {
            (*v)[Source] = first;
            middle = after;
        }
    }
    (*v)[Message] = middle;
    return true;
}

bool TableReader::row(QStringView line, qint64 lineNo, QString *error)
{
    std::array<QStringView, ColumnCount> v {};
    if (!cells(line, lineNo, &v, error))
        return false;
    Event e;
    e.type = v[Type].toString();
    e.reason = v[Reason].toString();
    const KubectlText::Interval interval = KubectlText::parseInterval(v[LastSeen]);
    e.setAge(interval.age, m_layout.has(FirstSeen) ? v[FirstSeen].toString() : interval.firstAge);
    e.count = interval.count;
    if (m_layout.has(Count))
        e.count = std::max(1, v[Count].toInt());
    EventSubject &subject = e.editSubject();
    subject.file = m_file;
    const QStringView object = v[Object];
    const qsizetype slash = object.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        subject.objectKind = KubectlText::kindFromPrinted(object.first(slash));
        subject.objectName = object.mid(slash + 1).toString();
    } else {
        subject.objectName = object.toString();
    }
    // Without a NAMESPACE column the namespace is unknown, unless the pasted prompt
    // line named one with -n.
    subject.objectNamespace = m_layout.has(Namespace) ? v[Namespace].toString() : m_command.namespace_;
    subject.fieldPath = v[Subobject].toString();
    const QStringView source = v[Source];
    const qsizetype comma = source.indexOf(QLatin1Char(','));
    subject.source = (comma >= 0 ? source.first(comma) : source).trimmed().toString();
    if (comma >= 0)
        subject.host = source.mid(comma + 1).trimmed().toString();
    e.message = v[Message].toString();
    e.name = v[Name].toUtf8();
    e.setLine(lineNo);
    m_out.addEvent(std::move(e));
    return true;
}

bool TableReader::run(const QList<QStringView> &lines, QString *error)
{
    bool recognized = false;
    qint64 firstText = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        const qint64 lineNo = i + 1;
        if (line.trimmed().isEmpty())
            continue;
        if (KubectlText::isShellPrompt(line)) {
            m_command = KubectlText::parseCommand(line);
            m_haveLayout = false;
            continue;
        }
        if (KubectlText::isShellComment(line))
            continue;
        if (firstText == 0)
            firstText = lineNo;
        if (isEmptyResult(line)) {
            recognized = true;
            m_haveLayout = false;
            continue;
        }
        Layout layout;
        QString problem;
        switch (readLayout(line, &layout, &problem)) {
        case HeaderKind::Ok:
            m_layout = layout;
            m_haveLayout = true;
            recognized = true;
            continue;
        case HeaderKind::Malformed:
            return fail(lineNo, problem, error);
        case HeaderKind::NotHeader:
            break;
        }
        if (!m_haveLayout)
            return fail(
                lineNo, tr("no event table header (LAST SEEN  TYPE  REASON  OBJECT  MESSAGE) before this row"), error);
        if (!row(line, lineNo, error))
            return false;
    }
    if (!recognized && firstText > 0)
        return fail(firstText, tr("no event table header"), error);
    return true;
}

} // namespace

bool EventTableParser::looksLike(const QByteArray &head)
{
    if (KubectlText::looksBinary(head))
        return false;
    QByteArray whole = head;
    const qsizetype lastNl = whole.lastIndexOf('\n');
    if (lastNl >= 0 && lastNl + 1 < whole.size())
        whole.truncate(lastNl + 1);
    QString text;
    QList<QStringView> lines;
    if (KubectlText::decodeLines(whole, &text, &lines) != 0)
        return false;
    for (QStringView line : std::as_const(lines)) {
        if (line.trimmed().isEmpty() || KubectlText::isShellPrompt(line) || KubectlText::isShellComment(line))
            continue;
        if (isEmptyResult(line))
            return true;
        Layout layout;
        QString problem;
        return TableReader::readLayout(line, &layout, &problem) == HeaderKind::Ok;
    }
    return false;
}

bool EventTableParser::parse(const QByteArray &data, const QString &fileName, ClusterSnapshot &out, QString *error)
{
    QString text;
    QList<QStringView> lines;
    const qint64 badLine = KubectlText::decodeLines(data, &text, &lines);
    if (badLine != 0) {
        if (error)
            *error = fileName + QLatin1Char(':') + QString::number(badLine) + QLatin1String(": ")
                + QCoreApplication::translate("EventTableParser", "binary data, not a kubectl event table");
        return false;
    }
    // Work on a copy so a failure leaves `out` as it was.
    ClusterSnapshot parsed;
    TableReader reader(fileName, parsed);
    if (!reader.run(lines, error))
        return false;
    out.merge(std::move(parsed));
    return true;
}

} // namespace PullScope

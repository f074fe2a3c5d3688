#include "describeparser.h"

#include <QCoreApplication>

#include "kubectltext.h"
#include "textcolumns.h"

namespace PullScope {

namespace {

int indentOf(QStringView line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

// "Key:<blanks>value" -> key and value. The key ends at the first ':' that is followed by
// a blank or the end, so values such as "nginx:1.25" or "node-03/10.0.0.3" stay whole.
bool splitField(QStringView body, QStringView *key, QStringView *value)
{
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) != QLatin1Char(':'))
            continue;
        if (i + 1 < body.size() && body.at(i + 1) != QLatin1Char(' ') && body.at(i + 1) != QLatin1Char('\t'))
            continue;
        if (i == 0)
            return false;
        *key = body.first(i).trimmed();
        *value = body.mid(i + 1).trimmed();
        return true;
    }
    return false;
}

bool isDashLine(QStringView line)
{
    bool dash = false;
    for (QChar c : line) {
        if (c == QLatin1Char('-'))
            dash = true;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            return false;
    }
    return dash;
}

bool isEventType(QStringView word)
{
    return word == QLatin1String("Normal") || word == QLatin1String("Warning");
}

// kubectl 1.35 puts the involved field path in front of the message:
// "spec.containers{web}: Error: ErrImagePull".
bool stripFieldPathPrefix(QString *message, QString *fieldPath)
{
    static const QLatin1String lists[] = {QLatin1String("spec.containers{"), QLatin1String("spec.initContainers{"),
        QLatin1String("spec.ephemeralContainers{")};
    for (const QLatin1String &list : lists) {
        if (!message->startsWith(list))
            continue;
        const qsizetype close = message->indexOf(QLatin1String("}: "), list.size());
        if (close <= list.size())
            return false;
        const QStringView name = QStringView(*message).mid(list.size(), close - list.size());
        if (name.contains(QLatin1Char('{')) || name.contains(QLatin1Char(' ')))
            return false;
        *fieldPath = message->left(close + 1);
        *message = message->mid(close + 3);
        return true;
    }
    return false;
}

enum class Section { None, InitContainers, Containers, EphemeralContainers, Events, Other };

struct Block
{
    Pod pod;
    bool named = false; // a "Name:" line opened it
    bool podFields = false; // a field only a pod's description has
    qint64 line = 0;
    QList<Event> events;
};

class DescribeReader
{
    Q_DECLARE_TR_FUNCTIONS(DescribeParser)

public:
    DescribeReader(const QString &file, ClusterSnapshot &out)
        : m_file(file)
        , m_out(out)
    {
    }

    bool run(const QList<QStringView> &lines, QString *error);

private:
    bool fail(qint64 line, const QString &reason, QString *error) const
    {
        if (error)
            *error = m_file + QLatin1Char(':') + QString::number(line) + QLatin1String(": ") + reason;
        return false;
    }
    void warn(qint64 line, const QString &text)
    {
        m_out.warnings.append(m_file + QLatin1Char(':') + QString::number(line) + QLatin1String(": ") + text);
    }

    void openBlock(qint64 line, bool named);
    void closeBlock();
    void topLevel(QStringView key, QStringView value, qint64 line);
    void containerLine(QStringView line, qint64 lineNo);
    bool eventLine(QStringView line, qint64 lineNo, QString *error);
    bool eventRow(QStringView line, qint64 lineNo, QString *error);

    QString m_file;
    ClusterSnapshot &m_out;
    bool m_haveBlock = false;
    bool m_recognized = false; // saw "Name:", "Events:" or kubectl's "No resources found"
    Block m_block;
    KubectlText::Command m_command;
    Section m_section = Section::None;
    ContainerType m_containerType = ContainerType::Container;
    int m_container = -1; // index into m_block.pod.containers
    QString m_stateField; // "State" / "Last State" while reading their details
    QString m_stateValue; // Waiting / Running / Terminated
    // Events table
    bool m_expectHeader = false;
    bool m_headerless = false; // the seed's snippets print rows without a header
    TextColumns m_columns;
};

void DescribeReader::openBlock(qint64 line, bool named)
{
    closeBlock();
    m_haveBlock = true;
    m_block = Block();
    m_block.named = named;
    m_block.line = line;
    m_block.pod.origin = SourceLocation {m_file, line};
    m_section = Section::None;
    m_container = -1;
}

void DescribeReader::closeBlock()
{
    if (!m_haveBlock)
        return;
    m_haveBlock = false;
    Block block = std::move(m_block);
    m_block = Block();
    Pod &pod = block.pod;
    if (pod.namespace_.isEmpty())
        pod.namespace_ = m_command.namespace_;

    if (block.named) {
        if (!block.podFields && pod.containers.isEmpty()) {
            warn(block.line,
                tr("\"%1\" is not described as a pod (no Node, Status or Containers); skipped").arg(pod.name));
            return;
        }
    } else {
        if (block.events.isEmpty())
            return;
        // Only an Events section was pasted: the pod is the one the prompt line named.
        pod.name = m_command.name;
        if (pod.name.isEmpty())
            warn(block.line, tr("events without a pod name (no \"Name:\" line above them)"));
    }

    for (Event &e : block.events) {
        EventSubject &subject = e.editSubject();
        subject.objectKind = QStringLiteral("Pod");
        subject.objectNamespace = pod.namespace_;
        subject.objectName = pod.name;
        m_out.addEvent(std::move(e));
    }
    if (block.named)
        m_out.addPod(std::move(pod));
}

void DescribeReader::topLevel(QStringView key, QStringView value, qint64 line)
{
    m_section = Section::Other;
    m_container = -1;
    m_stateField.clear();
    if (key == QLatin1String("Name")) {
        m_recognized = true;
        openBlock(line, true);
        m_section = Section::Other;
        m_block.pod.name = value.toString();
        return;
    }
    if (!m_haveBlock) {
        // Describe text without its "Name:" head: keep reading, the events still count.
        openBlock(line, false);
        m_section = Section::Other;
    }
    Pod &pod = m_block.pod;
    if (key == QLatin1String("Namespace")) {
        pod.namespace_ = value.toString();
    } else if (key == QLatin1String("Node")) {
        m_block.podFields = true;
        const QStringView node
            = value.first(value.contains(QLatin1Char('/')) ? value.indexOf(QLatin1Char('/')) : value.size());
        if (node != QLatin1String("<none>"))
            pod.node = node.toString();
    } else if (key == QLatin1String("Status")) {
        m_block.podFields = true;
        // "Terminating (lasts 2m)" is printed instead of the phase while deleting.
        const qsizetype space = value.indexOf(QLatin1Char(' '));
        pod.phase = (space > 0 ? value.first(space) : value).toString();
    } else if (key == QLatin1String("Service Account")) {
        m_block.podFields = true;
        pod.serviceAccount = value.toString();
    } else if (key == QLatin1String("Controlled By")) {
        const qsizetype slash = value.indexOf(QLatin1Char('/'));
        if (slash > 0) {
            pod.owner.kind = value.first(slash).toString();
            pod.owner.name = value.mid(slash + 1).toString();
        }
    } else if (key == QLatin1String("Init Containers")) {
        m_block.podFields = true;
        m_section = Section::InitContainers;
        m_containerType = ContainerType::Init;
    } else if (key == QLatin1String("Containers")) {
        m_block.podFields = true;
        m_section = Section::Containers;
        m_containerType = ContainerType::Container;
    } else if (key == QLatin1String("Ephemeral Containers")) {
        m_block.podFields = true;
        m_section = Section::EphemeralContainers;
        m_containerType = ContainerType::Ephemeral;
    } else if (key == QLatin1String("Start Time") || key == QLatin1String("QoS Class") || key == QLatin1String("IP")) {
        m_block.podFields = true;
    } else if (key == QLatin1String("Events")) {
        m_recognized = true;
        // "Events:  <none>" has no table.
        m_section = value.isEmpty() ? Section::Events : Section::Other;
        m_expectHeader = value.isEmpty();
        m_headerless = false;
    }
}

void DescribeReader::containerLine(QStringView line, qint64 lineNo)
{
    Q_UNUSED(lineNo)
    const int indent = indentOf(line);
    const QStringView body = line.mid(indent);
    QStringView key;
    QStringView value;
    if (!splitField(body, &key, &value))
        return;
    Pod &pod = m_block.pod;
    if (indent == 2 || indent == 3) {
        // "  nginx:" opens a container (3 spaces when kubectl indents a template).
        if (!value.isEmpty() || key.contains(QLatin1Char(' ')))
            return;
        Container c;
        c.name = key.toString();
        c.type = m_containerType;
        c.hasSpec = false; // describe shows no imagePullPolicy: the policy is inferred
        pod.containers.append(c);
        m_container = int(pod.containers.size()) - 1;
        m_stateField.clear();
        return;
    }
    if (m_container < 0)
        return;
    Container &c = pod.containers[m_container];
    ContainerStatus &st = c.status;
    if (indent == 4 || indent == 5) {
        m_stateField.clear();
        if (key == QLatin1String("Image")) {
            c.image = value.toString();
        } else if (key == QLatin1String("Image ID")) {
            st.present = true;
            st.imageID = value.toString();
        } else if (key == QLatin1String("Container ID")) {
            st.present = true;
        } else if (key == QLatin1String("State") || key == QLatin1String("Last State")) {
            st.present = true;
            m_stateField = key.toString();
            m_stateValue = value.toString();
            if (key == QLatin1String("State")) {
                st.running = value == QLatin1String("Running");
                st.terminated = value == QLatin1String("Terminated");
            }
        } else if (key == QLatin1String("Ready")) {
            st.present = true;
            st.ready = value.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0;
        } else if (key == QLatin1String("Restart Count")) {
            st.present = true;
            st.restartCount = value.toInt();
        }
        return;
    }
    if (m_stateField.isEmpty())
        return;
    const bool current = m_stateField == QLatin1String("State");
    const bool waiting = m_stateValue == QLatin1String("Waiting");
    const bool terminated = m_stateValue == QLatin1String("Terminated");
    if (key == QLatin1String("Reason")) {
        if (!current) {
            if (terminated)
                st.lastTerminatedReason = value.toString();
        } else if (waiting) {
            st.waitingReason = value.toString();
        } else if (terminated) {
            st.terminatedReason = value.toString();
        }
    } else if (key == QLatin1String("Message")) {
        if (current && waiting)
            st.waitingMessage = value.toString();
    } else if (key == QLatin1String("Exit Code")) {
        if (current && terminated)
            st.exitCode = value.toInt();
    } else if (key == QLatin1String("Started")) {
        if (current && m_stateValue == QLatin1String("Running"))
            st.startedAt = QDateTime::fromString(value.toString(), Qt::RFC2822Date);
    }
}

bool DescribeReader::eventLine(QStringView line, qint64 lineNo, QString *error)
{
    if (m_expectHeader) {
        m_expectHeader = false;
        static const QStringList vocabulary = {QStringLiteral("Type"), QStringLiteral("Reason"), QStringLiteral("Age"),
            QStringLiteral("From"), QStringLiteral("Message")};
        if (m_columns.readHeader(line, vocabulary, Qt::CaseInsensitive) && m_columns.size() == vocabulary.size()) {
            for (int i = 0; i < m_columns.size(); ++i) {
                if (m_columns.name(i) != vocabulary.at(i))
                    return fail(lineNo,
                        tr("malformed Events header: the columns must be Type, Reason, Age, From, Message"), error);
            }
            m_headerless = false;
            return true;
        }
        const QList<QStringView> cells = TextColumns::splitOnGaps(line, 2);
        if (!cells.isEmpty() && isEventType(cells.first())) {
            m_headerless = true;
            return eventRow(line, lineNo, error);
        }
        return fail(lineNo, tr("malformed Events header: expected \"Type  Reason  Age  From  Message\""), error);
    }
    if (isDashLine(line))
        return true;
    return eventRow(line, lineNo, error);
}

bool DescribeReader::eventRow(QStringView line, qint64 lineNo, QString *error)
{
    constexpr int Columns = 5; // Type, Reason, Age, From, Message
    QList<QStringView> cells;
    bool ok = !m_headerless && m_columns.cutAligned(line, Columns - 1, &cells);
    if (ok)
        ok = !cells.at(0).isEmpty() && !cells.at(1).isEmpty() && !cells.at(2).isEmpty() && !cells.at(4).isEmpty();
    if (!ok) {
        cells = TextColumns::splitOnGaps(line, Columns);
        if (cells.size() < Columns)
            return fail(
                lineNo, tr("event row has %1 columns, the Events header has %2").arg(cells.size()).arg(Columns), error);
    }
    Event e;
    e.type = cells.at(0).toString();
    e.reason = cells.at(1).toString();
    const KubectlText::Interval interval = KubectlText::parseInterval(cells.at(2));
    e.setAge(interval.age, interval.firstAge);
    e.count = interval.count;
    EventSubject &subject = e.editSubject();
    subject.file = m_file;
    QStringView from = cells.at(3);
    // Very old kubectl printed "{kubelet node-03}", later "kubelet, node-03".
    if (from.startsWith(QLatin1Char('{')) && from.endsWith(QLatin1Char('}'))) {
        from = from.mid(1, from.size() - 2).trimmed();
        const qsizetype space = from.indexOf(QLatin1Char(' '));
        subject.source = (space > 0 ? from.first(space) : from).toString();
        if (space > 0)
            subject.host = from.mid(space + 1).trimmed().toString();
    } else {
        const qsizetype comma = from.indexOf(QLatin1Char(','));
        subject.source = (comma >= 0 ? from.first(comma) : from).trimmed().toString();
        if (comma >= 0)
            subject.host = from.mid(comma + 1).trimmed().toString();
    }
    e.message = cells.at(4).toString();
    stripFieldPathPrefix(&e.message, &subject.fieldPath);
    e.setLine(lineNo);
    m_block.events.append(std::move(e));
    return true;
}

bool DescribeReader::run(const QList<QStringView> &lines, QString *error)
{
    qint64 firstText = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        const qint64 lineNo = i + 1;
        if (firstText == 0 && !line.trimmed().isEmpty() && !KubectlText::isShellPrompt(line)
            && !KubectlText::isShellComment(line))
            firstText = lineNo;
        if (line.trimmed().isEmpty()) {
            // A blank line ends the Events table (and, with the next "Name:", the pod).
            if (m_section == Section::Events && !m_expectHeader)
                m_section = Section::None;
            continue;
        }
        if (KubectlText::isShellPrompt(line)) {
            closeBlock();
            m_command = KubectlText::parseCommand(line);
            m_section = Section::None;
            continue;
        }
        if (KubectlText::isShellComment(line))
            continue;
        if (line.at(0) != QLatin1Char(' ') && line.at(0) != QLatin1Char('\t')) {
            m_expectHeader = false; // a paste cut off right after "Events:"
            if (line.startsWith(QLatin1String("No resources found")))
                m_recognized = true;
            QStringView key;
            QStringView value;
            if (splitField(line, &key, &value))
                topLevel(key, value, lineNo);
            else
                m_section = Section::Other; // text wrapped out of a multi-line value
            continue;
        }
        switch (m_section) {
        case Section::InitContainers:
        case Section::Containers:
        case Section::EphemeralContainers:
            containerLine(line, lineNo);
            break;
        case Section::Events:
            if (!eventLine(line, lineNo, error))
                return false;
            break;
        case Section::None:
        case Section::Other:
            // Labels, volumes, conditions...: nothing the diagnosis reads.
            break;
        }
    }
    closeBlock();
    if (!m_recognized && firstText > 0)
        return fail(firstText, tr("no \"Name:\" or \"Events:\" line: this is not kubectl describe pod output"), error);
    return true;
}

} // namespace

bool DescribeParser::looksLike(const QByteArray &head)
{
    if (KubectlText::looksBinary(head))
        return false;
    QString text;
    QList<QStringView> lines;
    // The head may end inside a UTF-8 sequence; decoding only needs whole lines.
    QByteArray whole = head;
    const qsizetype lastNl = whole.lastIndexOf('\n');
    if (lastNl >= 0 && lastNl + 1 < whole.size())
        whole.truncate(lastNl + 1);
    if (KubectlText::decodeLines(whole, &text, &lines) != 0)
        return false;
    bool haveName = false;
    bool afterEvents = false;
    for (QStringView line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        if (afterEvents) {
            // "Events:" then the describe header, or the seed's bare rows.
            const QList<QStringView> cells = TextColumns::splitOnGaps(line, 5);
            if (line.startsWith(QLatin1String("  ")) && !cells.isEmpty()
                && (cells.first().compare(QLatin1String("Type"), Qt::CaseInsensitive) == 0
                    || isEventType(cells.first()))
                && cells.size() >= 4)
                return true;
            afterEvents = false;
        }
        if (line.startsWith(QLatin1String("Name:")))
            haveName = true;
        else if (haveName && line.startsWith(QLatin1String("Namespace:")))
            return true;
        else if (line.startsWith(QLatin1String("Events:")) && line.mid(7).trimmed().isEmpty())
            afterEvents = true;
    }
    return false;
}

bool DescribeParser::parse(const QByteArray &data, const QString &fileName, ClusterSnapshot &out, QString *error)
{
    QString text;
    QList<QStringView> lines;
    const qint64 badLine = KubectlText::decodeLines(data, &text, &lines);
    if (badLine != 0) {
        if (error)
            *error = fileName + QLatin1Char(':') + QString::number(badLine) + QLatin1String(": ")
                + QCoreApplication::translate("DescribeParser", "binary data, not kubectl describe text");
        return false;
    }
    // Work on a copy so a failure leaves `out` as it was.
    ClusterSnapshot parsed;
    DescribeReader reader(fileName, parsed);
    if (!reader.run(lines, error))
        return false;
    out.merge(std::move(parsed));
    return true;
}

} // namespace PullScope

#include "kubectltext.h"

#include <QHash>
#include <QStringList>

#include "event.h"

namespace PullScope {

namespace {

// Offset of the first byte that is not part of well-formed UTF-8 (overlongs and
// surrogates included), or -1. `allowTruncatedTail` forgives a sequence cut off by the
// end of a sniffed head.
qsizetype invalidUtf8Offset(QByteArrayView bytes, bool allowTruncatedTail)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return allowTruncatedTail ? -1 : i;
            const unsigned char d = b[i + k];
            const unsigned char l = k == 1 ? lo : 0x80;
            const unsigned char h = k == 1 ? hi : 0xBF;
            if (d < l || d > h)
                return i;
        }
        i += len;
    }
    return -1;
}

QByteArrayView withoutBom(const QByteArray &data)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        bytes = bytes.sliced(3);
    return bytes;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

qint64 KubectlText::decodeLines(const QByteArray &data, QString *text, QList<QStringView> *lines)
{
    lines->clear();
    text->clear();
    const QByteArrayView bytes = withoutBom(data);
    qsizetype bad = bytes.indexOf('\0');
    const qsizetype badUtf8 = invalidUtf8Offset(bytes, false);
    if (badUtf8 >= 0 && (bad < 0 || badUtf8 < bad))
        bad = badUtf8;
    if (bad >= 0)
        return qint64(bytes.first(bad).count('\n')) + 1;

    *text = QString::fromUtf8(bytes);
    const QStringView all(*text);
    qsizetype from = 0;
    while (from < all.size()) {
        qsizetype nl = all.indexOf(QLatin1Char('\n'), from);
        if (nl < 0)
            nl = all.size();
        QStringView line = all.mid(from, nl - from);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        lines->append(line);
        from = nl + 1;
    }
    return 0;
}

bool KubectlText::looksBinary(const QByteArray &head)
{
    const QByteArrayView bytes = withoutBom(head);
    return bytes.contains('\0') || invalidUtf8Offset(bytes, true) >= 0;
}

KubectlText::Interval KubectlText::parseInterval(QStringView text)
{
    Interval result;
    text = text.trimmed();
    const qsizetype open = text.indexOf(QLatin1String(" (x"));
    if (open > 0 && text.endsWith(QLatin1Char(')'))) {
        const QStringView inner = text.mid(open + 3, text.size() - open - 4); // "4 over 10m"
        const qsizetype over = inner.indexOf(QLatin1String(" over "));
        bool ok = false;
        const int n = over > 0 ? inner.first(over).toInt(&ok) : 0;
        if (ok && n > 0) {
            result.age = text.first(open).trimmed().toString();
            result.count = n;
            result.firstAge = inner.mid(over + 6).trimmed().toString();
            return result;
        }
    }
    result.age = text.toString();
    return result;
}

bool KubectlText::isAgeToken(QStringView text)
{
    if (text == QLatin1String("<unknown>") || text == QLatin1String("<invalid>"))
        return true;
    if (text.isEmpty())
        return false;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype digits = i;
        while (i < text.size() && isAsciiDigit(text.at(i)))
            ++i;
        if (i == digits || i == text.size())
            return false;
        const char16_t unit = text.at(i).unicode();
        if (unit != u'y' && unit != u'd' && unit != u'h' && unit != u'm' && unit != u's')
            return false;
        ++i;
    }
    return true;
}

QString KubectlText::kindFromPrinted(QStringView printed)
{
    // `kubectl get events` lower-cases the kind; these are the kinds whose events show up
    // next to pull problems, spelled back the API's way.
    static const QHash<QString, QString> known = {
        {QStringLiteral("pod"), QStringLiteral("Pod")},
        {QStringLiteral("node"), QStringLiteral("Node")},
        {QStringLiteral("replicaset"), QStringLiteral("ReplicaSet")},
        {QStringLiteral("replicationcontroller"), QStringLiteral("ReplicationController")},
        {QStringLiteral("deployment"), QStringLiteral("Deployment")},
        {QStringLiteral("statefulset"), QStringLiteral("StatefulSet")},
        {QStringLiteral("daemonset"), QStringLiteral("DaemonSet")},
        {QStringLiteral("job"), QStringLiteral("Job")},
        {QStringLiteral("cronjob"), QStringLiteral("CronJob")},
        {QStringLiteral("service"), QStringLiteral("Service")},
        {QStringLiteral("serviceaccount"), QStringLiteral("ServiceAccount")},
        {QStringLiteral("namespace"), QStringLiteral("Namespace")},
        {QStringLiteral("secret"), QStringLiteral("Secret")},
        {QStringLiteral("configmap"), QStringLiteral("ConfigMap")},
        {QStringLiteral("endpoints"), QStringLiteral("Endpoints")},
        {QStringLiteral("ingress"), QStringLiteral("Ingress")},
        {QStringLiteral("persistentvolume"), QStringLiteral("PersistentVolume")},
        {QStringLiteral("persistentvolumeclaim"), QStringLiteral("PersistentVolumeClaim")},
        {QStringLiteral("horizontalpodautoscaler"), QStringLiteral("HorizontalPodAutoscaler")},
        {QStringLiteral("poddisruptionbudget"), QStringLiteral("PodDisruptionBudget")},
        {QStringLiteral("lease"), QStringLiteral("Lease")},
    };
    if (printed.isEmpty())
        return {};
    const QString key = printed.toString();
    const auto it = known.constFind(key);
    if (it != known.constEnd())
        return *it;
    QString kind = key;
    kind[0] = kind.at(0).toUpper();
    return kind;
}

bool KubectlText::isShellPrompt(QStringView line)
{
    return line.startsWith(QLatin1String("$ "));
}

bool KubectlText::isShellComment(QStringView line)
{
    return line.startsWith(QLatin1Char('#'));
}

KubectlText::Command KubectlText::parseCommand(QStringView promptLine)
{
    Command cmd;
    if (!isShellPrompt(promptLine))
        return cmd;
    QStringList words;
    for (QStringView w : promptLine.mid(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w == QLatin1String("|") || w == QLatin1String(">") || w == QLatin1String(";") || w == QLatin1String("&&")
            || w == QLatin1String("||") || w.startsWith(QLatin1Char('|')))
            break;
        QString word = w.toString();
        if (word.size() >= 2 && (word.startsWith(QLatin1Char('"')) || word.startsWith(QLatin1Char('\'')))
            && word.endsWith(word.at(0)))
            word = word.mid(1, word.size() - 2);
        words.append(word);
    }
    if (words.isEmpty())
        return cmd;
    const QString &program = words.first();
    if (program != QLatin1String("kubectl") && !program.endsWith(QLatin1String("/kubectl"))
        && program != QLatin1String("kubectl.exe"))
        return cmd;
    cmd.kubectl = true;

    static const QStringList valueFlags = {
        QStringLiteral("-n"),
        QStringLiteral("--namespace"),
        QStringLiteral("-o"),
        QStringLiteral("--output"),
        QStringLiteral("--field-selector"),
        QStringLiteral("-l"),
        QStringLiteral("--selector"),
        QStringLiteral("--sort-by"),
        QStringLiteral("--context"),
        QStringLiteral("--kubeconfig"),
        QStringLiteral("--cluster"),
        QStringLiteral("--user"),
        QStringLiteral("-s"),
        QStringLiteral("--server"),
        QStringLiteral("--for"),
        QStringLiteral("--types"),
        QStringLiteral("--chunk-size"),
        QStringLiteral("--template"),
        QStringLiteral("-c"),
        QStringLiteral("--container"),
        QStringLiteral("--token"),
        QStringLiteral("--as"),
        QStringLiteral("--request-timeout"),
        QStringLiteral("-L"),
        QStringLiteral("--label-columns"),
        QStringLiteral("-f"),
        QStringLiteral("--filename"),
    };
    QStringList positional;
    for (int i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (!w.startsWith(QLatin1Char('-'))) {
            positional.append(w);
            continue;
        }
        QString flag = w;
        QString value;
        bool hasValue = false;
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        if (w.startsWith(QLatin1String("--")) && eq > 0) {
            flag = w.left(eq);
            value = w.mid(eq + 1);
            hasValue = true;
        } else if (!w.startsWith(QLatin1String("--")) && w.size() > 2 && w.at(1) == QLatin1Char('n')) {
            flag = QStringLiteral("-n"); // -nkube-system
            value = w.mid(2);
            hasValue = true;
        } else if (valueFlags.contains(w) && i + 1 < words.size()) {
            value = words.at(++i);
            hasValue = true;
        }
        if (flag == QLatin1String("-n") || flag == QLatin1String("--namespace")) {
            if (hasValue)
                cmd.namespace_ = value;
        } else if (flag == QLatin1String("-A") || flag == QLatin1String("--all-namespaces")) {
            cmd.allNamespaces = !hasValue || value == QLatin1String("true");
        }
    }
    if (!positional.isEmpty() && positional.first() == QLatin1String("alpha"))
        positional.removeFirst();
    if (positional.isEmpty())
        return cmd;
    cmd.verb = positional.takeFirst();
    if (cmd.verb == QLatin1String("events"))
        return cmd;
    if (positional.isEmpty())
        return cmd;
    const QString resource = positional.takeFirst();
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        cmd.resource = resource.left(slash);
        cmd.name = resource.mid(slash + 1);
    } else {
        cmd.resource = resource;
        if (!positional.isEmpty())
            cmd.name = positional.first();
    }
    return cmd;
}

QString KubectlText::humanDuration(qint64 seconds)
{
    // k8s.io/apimachinery duration.HumanDuration: the ages read as kubectl prints them.
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 120)
        return QString::number(seconds) + QLatin1Char('s');
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        return QString::number(minutes) + QLatin1Char('m') + (s ? QString::number(s) + QLatin1Char('s') : QString());
    }
    if (minutes < 180)
        return QString::number(minutes) + QLatin1Char('m');
    const qint64 hours = seconds / 3600;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        return QString::number(hours) + QLatin1Char('h') + (m ? QString::number(m) + QLatin1Char('m') : QString());
    }
    if (hours < 48)
        return QString::number(hours) + QLatin1Char('h');
    if (hours < 24 * 8) {
        const qint64 h = hours % 24;
        return QString::number(hours / 24) + QLatin1Char('d') + (h ? QString::number(h) + QLatin1Char('h') : QString());
    }
    if (hours < 24 * 365 * 2)
        return QString::number(hours / 24) + QLatin1Char('d');
    if (hours < 24 * 365 * 8) {
        const qint64 dy = (hours / 24) % 365;
        return QString::number(hours / 24 / 365) + QLatin1Char('y')
            + (dy ? QString::number(dy) + QLatin1Char('d') : QString());
    }
    return QString::number(hours / 24 / 365) + QLatin1Char('y');
}

QString KubectlText::eventAge(const Event &e, const QDateTime &now)
{
    QString last, first;
    if (!e.age().isEmpty()) {
        // Only relative ages were in the input: their times were derived for ordering,
        // the printed text is the evidence.
        last = e.age();
        first = e.firstAge();
    } else {
        const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
        const QDateTime lastSeen = e.lastTimestamp.isValid() ? e.lastTimestamp : e.firstTimestamp;
        last = lastSeen.isValid() ? humanDuration(lastSeen.secsTo(at)) : QStringLiteral("<unknown>");
        first = e.firstTimestamp.isValid() ? humanDuration(e.firstTimestamp.secsTo(at)) : QStringLiteral("<unknown>");
    }
    if (e.count <= 1)
        return last;
    if (first.isEmpty())
        return QStringLiteral("%1 (x%2)").arg(last).arg(e.count);
    return QStringLiteral("%1 (x%2 over %3)").arg(last, QString::number(e.count), first);
}

} // namespace PullScope

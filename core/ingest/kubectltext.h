#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace PullScope {

class Event;

// Pieces shared by the readers of kubectl's human-readable output (describe text,
// event tables): decoding, the "(xN over M)" interval, kinds, and the shell prompt
// lines people leave in pasted terminal sessions.
class KubectlText
{
public:
    // Decodes UTF-8 (a BOM is dropped) into *text and cuts it into lines without their
    // terminators ("\r\n" too). Returns 0, or the 1-based line holding a NUL byte or
    // a malformed UTF-8 sequence: such input is binary, not kubectl output.
    static qint64 decodeLines(const QByteArray &data, QString *text, QList<QStringView> *lines);
    // True when a sniffed head holds bytes no kubectl text has.
    static bool looksBinary(const QByteArray &head);

    // The Age / LAST SEEN forms: "2m10s", "<unknown>", "9m30s (x4 over 10m)".
    struct Interval
    {
        QString age; // the last-seen part
        QString firstAge; // the "over" part, empty when not printed
        int count = 1;
    };
    static Interval parseInterval(QStringView text);
    // A single duration.HumanDuration token: "0s", "2m10s", "22h", "3y45d", "<unknown>", "<invalid>".
    static bool isAgeToken(QStringView text);
    // An age as kubectl prints it (apimachinery's duration.HumanDuration thresholds).
    static QString humanDuration(qint64 seconds);
    // An event's Age as kubectl describe prints it: "45s", "2m10s (x4 over 10m)". The
    // printed ages when the input had only those, else from its times against `now`
    // (the current time when invalid).
    static QString eventAge(const Event &e, const QDateTime &now);

    // Kind as the API spells it: "pod" -> "Pod", "replicaset" -> "ReplicaSet".
    static QString kindFromPrinted(QStringView printed);

    // "$ kubectl ..." and "# ..." lines at column 0: a pasted shell session.
    static bool isShellPrompt(QStringView line);
    static bool isShellComment(QStringView line);

    // What a "$ kubectl ..." prompt line asked for, when it says.
    struct Command
    {
        bool kubectl = false;
        QString verb; // describe, get, events
        QString resource; // pod, pods, events ... (before any '/')
        QString name; // first name argument, or the part after "pod/"
        QString namespace_; // -n / --namespace
        bool allNamespaces = false;
    };
    static Command parseCommand(QStringView promptLine);
};

} // namespace PullScope

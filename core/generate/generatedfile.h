#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace PullScope {

// One file a generator produces, addressed by its path on the node (relative, no leading
// slash: "etc/systemd/system/containerd.service.d/http-proxy.conf") or, for Kubernetes
// objects, "kubernetes/NAMESPACE/NAME.yaml". The same path is used below --out-dir.
struct GeneratedFile
{
    QString path;
    QByteArray content;
    bool secret = false; // written with mode 0600; holds credentials
};

// Everything one generator run produces. Commands are shell lines meant for the node or
// for kubectl; warnings are already translated.
struct GeneratedSet
{
    QList<GeneratedFile> files;
    QStringList applyCommands;
    QStringList verifyCommands;
    QStringList warnings;
};

// Writes a GeneratedSet either as one text stream or below a directory. Used by the CLI
// and by the wizards' "save the whole tree".
class GeneratedFileWriter
{
public:
    // Each file under a "# file: PATH" line (CONTRACT.md); a missing final newline is added
    // so the next marker starts a line.
    static QByteArray toStdoutText(const GeneratedSet &set);
    // "# apply:" and "# verify:" sections, one command a line; empty when there are none.
    static QByteArray commandsText(const GeneratedSet &set);
    // Writes every file at DIR/PATH through QSaveFile (a file is either complete or not there),
    // secrets with mode 0600. Paths are checked first: when one is absolute or climbs out of
    // DIR, nothing is written. On failure returns false with a translated message in *error;
    // files written before the failing one stay (each is complete). *written gets the paths.
    static bool writeToDir(const GeneratedSet &set, const QString &dir, QString *error, QStringList *written = nullptr);
    // True when path is relative, non-empty and has no "." or ".." component.
    static bool isSafeRelativePath(const QString &path);
};

} // namespace PullScope

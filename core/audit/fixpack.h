#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "diagnosis.h"
#include "generatedfile.h"

namespace PullScope {

// One generator's output in a fix pack, with the title the README gives it
// ("Pull secret", "containerd mirror for docker.io", ...).
struct FixPackPart
{
    QString title;
    GeneratedSet set;
};

// Everything to fix one failing container, in one folder (or zip): the chosen generated
// files at their usual paths, apply.sh and verify.sh (each runs its cluster part, its node
// part, or both), ROLLBACK.md, and a README.md in the current language (tr()).
// A part is a cluster part when it holds Kubernetes objects or kubectl commands, else a
// node part (files for /etc on the node, runtime restarts).
class FixPack
{
    Q_DECLARE_TR_FUNCTIONS(FixPack)
public:
    // The pack as files: the parts' files, then README.md, apply.sh, verify.sh, ROLLBACK.md.
    // Empty with *error set when two parts write one path differently or a part uses a name
    // the pack needs.
    static QList<GeneratedFile> build(const ContainerDiagnosis &diagnosis, const QList<FixPackPart> &parts,
        QString *error, const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());
    // Writes the pack below `dir` (secrets 0600, scripts 0755). *written gets the paths.
    static bool writeToDir(const ContainerDiagnosis &diagnosis, const QList<FixPackPart> &parts, const QString &dir,
        QString *error, QStringList *written = nullptr);
    // The same files in one archive below the top folder `folderName()`.
    static bool writeZip(
        const ContainerDiagnosis &diagnosis, const QList<FixPackPart> &parts, const QString &zipPath, QString *error);
    // fixpack-NAMESPACE-POD-CONTAINER, safe as a file name.
    static QString folderName(const ContainerDiagnosis &diagnosis);

    static bool isClusterPart(const GeneratedSet &set);
    static bool isScript(const QString &path);
};

} // namespace PullScope

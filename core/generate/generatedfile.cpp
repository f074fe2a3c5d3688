#include "generatedfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace PullScope {

QByteArray GeneratedFileWriter::toStdoutText(const GeneratedSet &set)
{
    QByteArray out;
    for (const GeneratedFile &f : set.files) {
        out += "# file: " + f.path.toUtf8() + '\n';
        out += f.content;
        if (!f.content.isEmpty() && !f.content.endsWith('\n'))
            out += '\n';
    }
    return out;
}

QByteArray GeneratedFileWriter::commandsText(const GeneratedSet &set)
{
    QByteArray out;
    if (!set.applyCommands.isEmpty()) {
        out += "# apply:\n";
        for (const QString &c : set.applyCommands)
            out += c.toUtf8() + '\n';
    }
    if (!set.verifyCommands.isEmpty()) {
        out += "# verify:\n";
        for (const QString &c : set.verifyCommands)
            out += c.toUtf8() + '\n';
    }
    return out;
}

bool GeneratedFileWriter::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || QDir::isAbsolutePath(path))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
        for (const QChar c : part) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return false;
        }
    }
    return true;
}

bool GeneratedFileWriter::writeToDir(const GeneratedSet &set, const QString &dir, QString *error, QStringList *written)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (dir.isEmpty())
        return fail(QCoreApplication::translate("Generate", "The output folder is empty."));
    for (const GeneratedFile &f : set.files) {
        if (!isSafeRelativePath(f.path))
            return fail(QCoreApplication::translate(
                "Generate", "Refusing to write '%1': not a relative path inside the output folder.")
                            .arg(f.path));
    }
    const QDir root(dir);
    for (const GeneratedFile &f : set.files) {
        const QString target = root.filePath(f.path);
        const QString parent = QFileInfo(target).absolutePath();
        if (!QDir().mkpath(parent))
            return fail(QCoreApplication::translate("Generate", "Cannot create the folder '%1'.")
                            .arg(QDir::toNativeSeparators(parent)));
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("Generate", "Cannot write '%1': %2")
                            .arg(QDir::toNativeSeparators(target), file.errorString()));
        // Set before any byte is written so a secret never exists with wider permissions,
        // and so an existing file's wider mode is not inherited.
        if (f.secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            file.cancelWriting();
            return fail(QCoreApplication::translate("Generate", "Cannot restrict the permissions of '%1'.")
                            .arg(QDir::toNativeSeparators(target)));
        }
        if (file.write(f.content) != f.content.size() || !file.commit())
            return fail(QCoreApplication::translate("Generate", "Cannot write '%1': %2")
                            .arg(QDir::toNativeSeparators(target), file.errorString()));
        if (written)
            written->append(target);
    }
    return true;
}

} // namespace PullScope

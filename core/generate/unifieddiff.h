#pragma once

#include <QByteArray>
#include <QString>

namespace PullScope {

// Line diff of two small text files (configuration files: a few hundred lines) in the
// unified format of `diff -u`, so a user can review a merge before applying it.
class UnifiedDiff
{
public:
    // Empty when the texts are equal. `oldName`/`newName` label the ---/+++ lines.
    static QByteArray diff(const QByteArray &oldText, const QByteArray &newText, const QString &oldName,
        const QString &newName, int context = 3);
};

} // namespace PullScope

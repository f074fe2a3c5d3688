#pragma once

#include <QString>
#include <QStringList>

namespace PullScope {

// The exec plugin commands the user has approved, remembered in an INI file so that a
// kubeconfig cannot make PullScope run a program the user never saw. One approval covers
// one exact command: the resolved program path and its arguments.
class ExecConsentStore
{
public:
    // `filePath` empty: exec-consent.ini under the application's config folder.
    explicit ExecConsentStore(const QString &filePath = QString());

    QString filePath() const { return m_path; }
    bool isAllowed(const QString &program, const QStringList &args) const;
    void allow(const QString &program, const QStringList &args);
    void revoke(const QString &program, const QStringList &args);
    // The approved commands, as "program arg ..." lines.
    QStringList allowedCommands() const;

    static QString defaultPath();

private:
    static QString keyFor(const QString &program, const QStringList &args);
    QString m_path;
};

} // namespace PullScope

#include "kube/execconsentstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace PullScope {

ExecConsentStore::ExecConsentStore(const QString &filePath)
    : m_path(filePath.isEmpty() ? defaultPath() : filePath)
{
}

QString ExecConsentStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("exec-consent.ini"));
}

// QSettings treats '/' and '\' in keys as groups, so the command is hashed into the key
// and kept readable in the value. Arguments are joined with NUL so that "a b" and "a","b"
// differ.
QString ExecConsentStore::keyFor(const QString &program, const QStringList &args)
{
    QByteArray canonical = program.toUtf8();
    for (const QString &a : args)
        canonical += '\0' + a.toUtf8();
    return QStringLiteral("approved/")
        + QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

bool ExecConsentStore::isAllowed(const QString &program, const QStringList &args) const
{
    QSettings s(m_path, QSettings::IniFormat);
    const QStringList stored = s.value(keyFor(program, args)).toStringList();
    // The stored command guards against a hash collision and a hand-edited file.
    return !stored.isEmpty() && stored == QStringList {program} + args;
}

void ExecConsentStore::allow(const QString &program, const QStringList &args)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.setValue(keyFor(program, args), QStringList {program} + args);
    s.sync();
}

void ExecConsentStore::revoke(const QString &program, const QStringList &args)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.remove(keyFor(program, args));
    s.sync();
}

QStringList ExecConsentStore::allowedCommands() const
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("approved"));
    QStringList out;
    for (const QString &k : s.childKeys())
        out << s.value(k).toStringList().join(QLatin1Char(' '));
    return out;
}

} // namespace PullScope

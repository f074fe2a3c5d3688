#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace PullScope {

// A minimal ZIP writer (PKWARE APPNOTE 4.3: local headers, deflate or stored, central
// directory; no ZIP64, so entries and the archive stay below 4 GiB) on Qt alone: deflate comes
// from qCompress's zlib stream without its header and trailer. Unix modes travel in the
// external attributes, so unzip restores 0600 secrets and 0755 scripts.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)
public:
    struct Entry
    {
        QString name; // relative path with '/' separators
        QByteArray data;
        int mode = 0644; // Unix permission bits
    };

    static QByteArray build(const QList<Entry> &entries, const QDateTime &time = QDateTime::currentDateTime());
    // Written through QSaveFile with mode 0600 (the archive may hold secrets). False with a
    // translated message in *error.
    static bool write(const QString &path, const QList<Entry> &entries, QString *error);
    static quint32 crc32(const QByteArray &data);
};

} // namespace PullScope

#include "zipwriter.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <array>

namespace PullScope {

namespace {

void le16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void le32(QByteArray &b, quint32 v)
{
    le16(b, v & 0xffff);
    le16(b, v >> 16);
}

// Raw deflate (RFC 1951): qCompress gives a 4-byte size, a 2-byte zlib header, the deflate
// stream and a 4-byte Adler-32.
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);
    if (z.size() < 10)
        return {};
    return z.mid(6, z.size() - 10);
}

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

QByteArray ZipWriter::build(const QList<Entry> &entries, const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QDate d = local.date();
    const QTime t = local.time();
    const quint32 dosTime = quint32((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    const quint32 dosDate = quint32(((std::max(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());

    QByteArray out, central;
    for (const Entry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const QByteArray deflated = rawDeflate(e.data);
        const bool deflate = !deflated.isEmpty() && deflated.size() < e.data.size();
        const QByteArray &body = deflate ? deflated : e.data;
        const quint32 crc = crc32(e.data);
        const quint32 offset = quint32(out.size());
        const quint32 method = deflate ? 8 : 0;
        const quint32 flags = 0x0800; // names are UTF-8

        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, flags);
        le16(out, method);
        le16(out, dosTime);
        le16(out, dosDate);
        le32(out, crc);
        le32(out, quint32(body.size()));
        le32(out, quint32(e.data.size()));
        le16(out, quint32(name.size()));
        le16(out, 0);
        out += name;
        out += body;

        le32(central, 0x02014b50);
        le16(central, (3 << 8) | 20); // made by Unix, spec 2.0
        le16(central, 20);
        le16(central, flags);
        le16(central, method);
        le16(central, dosTime);
        le16(central, dosDate);
        le32(central, crc);
        le32(central, quint32(body.size()));
        le32(central, quint32(e.data.size()));
        le16(central, quint32(name.size()));
        le16(central, 0); // extra
        le16(central, 0); // comment
        le16(central, 0); // disk
        le16(central, 0); // internal attributes
        le32(central, (quint32(0100000 | (e.mode & 07777)) << 16)); // regular file and its mode
        le32(central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint32(entries.size()));
    le16(out, quint32(entries.size()));
    le32(out, quint32(central.size()));
    le32(out, centralOffset);
    le16(out, 0);
    return out;
}

bool ZipWriter::write(const QString &path, const QList<Entry> &entries, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(build(entries));
    if (!f.commit()) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace PullScope

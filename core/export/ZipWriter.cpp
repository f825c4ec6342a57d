#include "core/export/ZipWriter.h"

#include <array>

#include <QCoreApplication>
#include <QIODevice>

namespace ops::zip {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentralDirectory = 0x06054b50;
constexpr quint16 kVersionNeeded = 20; // 2.0: deflate, folders
constexpr quint16 kVersionMadeBy = (3 << 8) | 20; // Unix (3): the external attributes hold a file mode
constexpr quint16 kUtf8Names = 1 << 11;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint32 kMax32 = 0xFFFFFFFFu;
constexpr int kMaxEntries = 0xFFFF;

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> t{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        t[i] = c;
    }
    return t;
}
constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

bool validName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)))
        return false;
    const auto parts = name.split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (p.isEmpty() || p == QLatin1String("..") || p == QLatin1String("."))
            return false;
    return true;
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{}

quint32 ZipWriter::crc32(const QByteArray &data, quint32 previous)
{
    quint32 c = previous ^ 0xFFFFFFFFu;
    for (const char ch : data)
        c = kCrcTable[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray ZipWriter::rawDeflate(const QByteArray &data, int level)
{
    if (data.isEmpty())
        return {};
    // qCompress: a 4-byte big-endian length, then a zlib stream (RFC 1950): a 2-byte header (no preset dictionary:
    // FDICT is never set by compress2), the raw deflate data, and a 4-byte Adler-32. Keep the middle.
    const QByteArray z = qCompress(data, level);
    if (z.size() < 4 + 2 + 4)
        return {};
    const quint8 flg = quint8(z.at(5));
    if (flg & 0x20) // FDICT: cannot happen with compress2; refuse rather than write a wrong stream
        return {};
    return z.mid(6, z.size() - 6 - 4);
}

bool ZipWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (!ok())
        return false;
    if (!m_device || !m_device->isWritable())
        return fail(QCoreApplication::translate("ops::zip", "The archive cannot be written."));
    const qint64 n = m_device->write(bytes);
    if (n != bytes.size())
        return fail(
            QCoreApplication::translate("ops::zip", "Writing the archive failed: %1").arg(m_device->errorString()));
    m_offset += n;
    return true;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, Method method, const QDateTime &modified)
{
    if (!ok())
        return false;
    if (m_finished)
        return fail(QCoreApplication::translate("ops::zip", "The archive is already complete."));
    if (!validName(name))
        return fail(QCoreApplication::translate("ops::zip", "\"%1\" is not a valid name inside an archive.").arg(name));
    const QByteArray utf8 = name.toUtf8();
    if (m_names.contains(utf8))
        return fail(QCoreApplication::translate("ops::zip", "The archive already holds \"%1\".").arg(name));
    if (m_entries.size() >= kMaxEntries || utf8.size() > 0xFFFF)
        return fail(QCoreApplication::translate("ops::zip", "Too many files for one archive."));
    if (quint64(data.size()) >= kMax32 || quint64(m_offset) >= kMax32)
        return fail(QCoreApplication::translate(
            "ops::zip", "The archive would be larger than 4 GiB, which this program cannot write."));

    Entry e;
    e.name = utf8;
    e.crc = crc32(data);
    e.size = quint32(data.size());
    e.offset = quint32(m_offset);
    QByteArray payload = data;
    e.method = kStored;
    if (method == Method::Deflated && !data.isEmpty()) {
        QByteArray deflated = rawDeflate(data);
        if (!deflated.isEmpty() && deflated.size() < data.size()) {
            payload = std::move(deflated);
            e.method = kDeflated;
        }
    }
    e.compressedSize = quint32(payload.size());

    QDateTime when = (modified.isValid() ? modified : QDateTime::currentDateTime()).toLocalTime();
    const QDate d = when.date();
    const QTime t = when.time();
    if (d.year() < 1980) {
        e.dosDate = (0 << 9) | (1 << 5) | 1;
        e.dosTime = 0;
    } else {
        const int year = qMin(d.year(), 2107);
        e.dosDate = quint16(((year - 1980) << 9) | (d.month() << 5) | d.day());
        e.dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    }

    QByteArray h;
    h.reserve(30 + utf8.size());
    put32(h, kLocalHeader);
    put16(h, kVersionNeeded);
    put16(h, kUtf8Names);
    put16(h, e.method);
    put16(h, e.dosTime);
    put16(h, e.dosDate);
    put32(h, e.crc);
    put32(h, e.compressedSize);
    put32(h, e.size);
    put16(h, quint16(utf8.size()));
    put16(h, 0); // no extra field
    h.append(utf8);
    if (!write(h) || !write(payload))
        return false;
    if (quint64(m_offset) >= kMax32)
        return fail(QCoreApplication::translate(
            "ops::zip", "The archive would be larger than 4 GiB, which this program cannot write."));
    m_entries.append(e);
    m_names.insert(utf8);
    return true;
}

bool ZipWriter::finish()
{
    if (!ok())
        return false;
    if (m_finished)
        return true;
    const qint64 directoryStart = m_offset;
    QByteArray cd;
    for (const Entry &e : std::as_const(m_entries)) {
        put32(cd, kCentralHeader);
        put16(cd, kVersionMadeBy);
        put16(cd, kVersionNeeded);
        put16(cd, kUtf8Names);
        put16(cd, e.method);
        put16(cd, e.dosTime);
        put16(cd, e.dosDate);
        put32(cd, e.crc);
        put32(cd, e.compressedSize);
        put32(cd, e.size);
        put16(cd, quint16(e.name.size()));
        put16(cd, 0); // extra
        put16(cd, 0); // comment
        put16(cd, 0); // disk number start
        put16(cd, 0); // internal attributes
        put32(cd, quint32(0100644) << 16); // external: a regular file, rw-r--r--
        put32(cd, e.offset);
        cd.append(e.name);
    }
    if (quint64(directoryStart) + quint64(cd.size()) >= kMax32)
        return fail(QCoreApplication::translate(
            "ops::zip", "The archive would be larger than 4 GiB, which this program cannot write."));
    QByteArray end;
    put32(end, kEndOfCentralDirectory);
    put16(end, 0); // this disk
    put16(end, 0); // disk with the central directory
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(cd.size()));
    put32(end, quint32(directoryStart));
    put16(end, 0); // no comment
    if (!write(cd) || !write(end))
        return false;
    m_finished = true;
    return true;
}

} // namespace ops::zip

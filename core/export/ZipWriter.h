#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

class QIODevice;

namespace ops::zip {

// A small ZIP writer (PKWARE APPNOTE 6.3, the subset every reader knows): entries stored or deflated (raw deflate
// from zlib through qCompress, CRC-32 computed here), UTF-8 names (general purpose flag bit 11), sizes in the local
// headers (no data descriptors), a central directory and its end record. No ZIP64: an entry or an archive over
// 4 GiB - 1, or more than 65 535 entries, is refused with an error (never written wrong). Not thread-safe.
//
// The device stays owned by the caller, open for writing; entries are written as they are added (one entry's data in
// memory at a time). Errors are sticky: check ok() after finish(). Write into a QSaveFile (or CsvFile-like wrapper)
// so that a failed archive never appears at its path.
class ZipWriter
{
public:
    enum class Method
    {
        Stored,
        Deflated // stored instead when deflating does not make the entry smaller
    };

    explicit ZipWriter(QIODevice *device);

    // name: a relative path with '/' separators ("customer/invoices.csv"); no "..", no leading '/', no '\', not
    // empty, not already added. modified: local time of the entry (the DOS fields hold 1980..2107; default: now).
    bool addFile(
        const QString &name, const QByteArray &data, Method method = Method::Deflated, const QDateTime &modified = {});
    // Writes the central directory and the end record; nothing can be added after it.
    bool finish();

    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int entryCount() const { return int(m_entries.size()); }
    qint64 bytesWritten() const { return m_offset; }

    // CRC-32 (IEEE 802.3, the one ZIP and gzip use); pass the previous value to continue over several chunks.
    static quint32 crc32(const QByteArray &data, quint32 previous = 0);
    // Raw deflate (RFC 1951, no zlib header or trailer) of data; empty for empty data.
    static QByteArray rawDeflate(const QByteArray &data, int level = 6);

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 offset = 0;
    };
    bool write(const QByteArray &bytes);
    bool fail(const QString &message);

    QIODevice *m_device = nullptr;
    QList<Entry> m_entries;
    QSet<QByteArray> m_names;
    qint64 m_offset = 0;
    QString m_error;
    bool m_finished = false;
};

} // namespace ops::zip

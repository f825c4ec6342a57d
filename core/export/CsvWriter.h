#pragma once

#include <memory>

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

class QDateTime;
class QIODevice;
class QLocale;
class QSaveFile;

namespace ops {
class Money;
}

namespace ops::csv {

// Format of an exported CSV file: RFC 4180 as Excel reads it.
//  - UTF-8 with a byte order mark (Excel on Windows otherwise reads the file as ANSI and breaks accents), CRLF.
//  - A field is quoted when it holds the separator, a quote, CR or LF, or starts or ends with a space or a tab;
//    quotes are doubled inside.
//  - Separator: ';' when the export locale writes numbers with a decimal comma (fr-CA, fr-FR: Excel's list separator
//    there is ';'), ',' otherwise (en-CA, en-US). See forLocale().
//  - Formula injection (OWASP "CSV Injection"): a text cell that starts with = + - @ TAB or CR gets a leading
//    apostrophe so Excel and LibreOffice show it as text. A numeric cell that really is a number (-12, 3,5) is kept.
//  - NUL and the other control characters except TAB, CR and LF are dropped: Excel stops reading a cell at a NUL.
//  - Money: a plain decimal without grouping, with the locale's decimal point ("-1234,56" in fr-CA).
//  - Dates: ISO 8601 in local time, "yyyy-MM-dd HH:mm:ss" (Excel recognises it as a date in every locale;
//    "T" and "Z" would make it text). Dates without time: "yyyy-MM-dd".
struct CsvOptions
{
    QChar separator = QLatin1Char(';');
    QChar decimalPoint = QLatin1Char(',');
    bool byteOrderMark = true;
    bool crlf = true;
    bool neutraliseFormulas = true;

    // ';' and ',' decimals for a decimal-comma locale; ',' and '.' otherwise.
    static CsvOptions forLocale(const QLocale &locale);
};

enum class CellKind
{
    Text, // formula-neutralised
    Number // kept as is when it is a plain number (sign, digits, one decimal point); else treated as text
};

// Buffered, streaming CSV writer over a QIODevice (the device stays owned by the caller). Not thread-safe; it may
// run on any one thread. Errors are sticky: check ok() after flush().
class CsvWriter
{
public:
    static constexpr qsizetype kBufferChars = 64 * 1024;

    explicit CsvWriter(QIODevice *device, CsvOptions options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    const CsvOptions &options() const { return m_options; }

    void addField(QStringView text, CellKind kind = CellKind::Text);
    void addNumber(qint64 value);
    void addMoney(const Money &value);
    void addDateTime(const QDateTime &value); // empty when invalid; shown in local time
    void addBool(bool value); // 1 / 0
    void endRow();
    void writeRow(const QStringList &fields);

    bool flush(); // writes the buffer to the device
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }
    qint64 bytesWritten() const { return m_bytes; }

    // One field as it appears in the file (without separator), for tests.
    static QString encodeField(QStringView text, CellKind kind, const CsvOptions &options);

private:
    void appendEncoded(QStringView text, CellKind kind);

    QIODevice *m_device = nullptr;
    CsvOptions m_options;
    QString m_buffer;
    QString m_error;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    bool m_rowStarted = false;
    bool m_bomDone = false;
};

// A CSV file written atomically (QSaveFile): the destination appears only on commit(); a cancelled or failed export
// leaves no file (and any existing file at that path untouched).
class CsvFile
{
public:
    explicit CsvFile(const QString &path, CsvOptions options = {});
    ~CsvFile(); // discards when not committed
    CsvFile(const CsvFile &) = delete;
    CsvFile &operator=(const CsvFile &) = delete;

    bool open(); // false: see errorString()
    CsvWriter &writer() { return *m_writer; }
    bool commit(); // flushes and renames into place
    void cancel(); // discards the temporary file
    QString errorString() const;

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    CsvOptions m_options;
    QString m_error;
};

} // namespace ops::csv

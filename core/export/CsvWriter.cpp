#include "core/export/CsvWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>

#include "core/common/Money.h"

namespace ops::csv {

namespace {

bool isDroppedControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') || c == 0x7f;
}

// Sign, digits, at most one decimal point ('.' or ','), digits: nothing a spreadsheet could run.
bool isPlainNumber(QStringView s)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
        ++i;
    const qsizetype intStart = i;
    while (i < s.size() && s[i].unicode() >= u'0' && s[i].unicode() <= u'9')
        ++i;
    if (i == intStart)
        return false;
    if (i < s.size() && (s[i] == u'.' || s[i] == u',')) {
        ++i;
        const qsizetype fracStart = i;
        while (i < s.size() && s[i].unicode() >= u'0' && s[i].unicode() <= u'9')
            ++i;
        if (i == fracStart)
            return false;
    }
    return i == s.size();
}

bool startsFormula(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

void encodeInto(QString &out, QStringView text, CellKind kind, const CsvOptions &o)
{
    // Drop control characters first, so that "\0=cmd" is seen as the formula it becomes.
    QString cleaned;
    QStringView s = text;
    for (const QChar ch : text) {
        if (isDroppedControl(ch.unicode())) {
            cleaned.reserve(text.size());
            for (const QChar c : text) {
                if (!isDroppedControl(c.unicode()))
                    cleaned += c;
            }
            s = cleaned;
            break;
        }
    }
    const bool number = kind == CellKind::Number && isPlainNumber(s);
    const bool prefix = o.neutraliseFormulas && !number && !s.isEmpty() && startsFormula(s.front().unicode());
    bool quote = false;
    if (!s.isEmpty()) {
        const QChar first = prefix ? QLatin1Char('\'') : s.front();
        quote = first == u' ' || first == u'\t' || s.back() == u' ' || s.back() == u'\t';
    }
    if (!quote) {
        for (const QChar ch : s) {
            if (ch == o.separator || ch == u'"' || ch == u'\r' || ch == u'\n') {
                quote = true;
                break;
            }
        }
    }
    if (quote)
        out += QLatin1Char('"');
    if (prefix)
        out += QLatin1Char('\'');
    if (quote && s.contains(u'"')) {
        for (const QChar ch : s) {
            if (ch == u'"')
                out += QLatin1Char('"');
            out += ch;
        }
    } else {
        out += s;
    }
    if (quote)
        out += QLatin1Char('"');
}

} // namespace

CsvOptions CsvOptions::forLocale(const QLocale &locale)
{
    CsvOptions o;
    const bool decimalComma = locale.decimalPoint() == QLatin1String(",");
    o.separator = decimalComma ? QLatin1Char(';') : QLatin1Char(',');
    o.decimalPoint = decimalComma ? QLatin1Char(',') : QLatin1Char('.');
    return o;
}

CsvWriter::CsvWriter(QIODevice *device, CsvOptions options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(kBufferChars + 1024);
}

CsvWriter::~CsvWriter() = default;

QString CsvWriter::encodeField(QStringView text, CellKind kind, const CsvOptions &options)
{
    QString out;
    encodeInto(out, text, kind, options);
    return out;
}

void CsvWriter::addField(QStringView text, CellKind kind)
{
    if (m_rowStarted)
        m_buffer += m_options.separator;
    m_rowStarted = true;
    encodeInto(m_buffer, text, kind, m_options);
}

void CsvWriter::addNumber(qint64 value)
{
    addField(QString::number(value), CellKind::Number);
}

void CsvWriter::addMoney(const Money &value)
{
    QString s = value.toPlainString();
    if (m_options.decimalPoint != QLatin1Char('.'))
        s.replace(QLatin1Char('.'), m_options.decimalPoint);
    addField(s, CellKind::Number);
}

void CsvWriter::addDateTime(const QDateTime &value)
{
    addField(value.isValid() ? value.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString());
}

void CsvWriter::addBool(bool value)
{
    addField(value ? QStringLiteral("1") : QStringLiteral("0"), CellKind::Number);
}

void CsvWriter::endRow()
{
    m_buffer += m_options.crlf ? QLatin1String("\r\n") : QLatin1String("\n");
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kBufferChars)
        flush();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &f : fields)
        addField(f);
    endRow();
}

bool CsvWriter::flush()
{
    if (!ok())
        return false;
    if (!m_device) {
        m_error = QCoreApplication::translate("ops::csv", "No output for the CSV export.");
        return false;
    }
    QByteArray bytes;
    if (!m_bomDone && m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    m_bomDone = true;
    bytes += m_buffer.toUtf8();
    m_buffer.clear();
    if (bytes.isEmpty())
        return true;
    if (m_device->write(bytes) != bytes.size()) {
        m_error =
            QCoreApplication::translate("ops::csv", "Could not write the CSV file: %1").arg(m_device->errorString());
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

CsvFile::CsvFile(const QString &path, CsvOptions options)
    : m_file(std::make_unique<QSaveFile>(path))
    , m_options(options)
{}

CsvFile::~CsvFile()
{
    cancel();
}

bool CsvFile::open()
{
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("ops::csv", "Could not create %1: %2")
                      .arg(m_file->fileName(), m_file->errorString());
        return false;
    }
    m_writer = std::make_unique<CsvWriter>(m_file.get(), m_options);
    return true;
}

bool CsvFile::commit()
{
    if (!m_writer || !m_file->isOpen()) {
        m_error = QCoreApplication::translate("ops::csv", "The CSV file is not open.");
        return false;
    }
    if (!m_writer->flush()) {
        m_error = m_writer->errorString();
        cancel();
        return false;
    }
    if (!m_file->commit()) {
        m_error = QCoreApplication::translate("ops::csv", "Could not save %1: %2")
                      .arg(m_file->fileName(), m_file->errorString());
        return false;
    }
    return true;
}

void CsvFile::cancel()
{
    m_writer.reset();
    if (m_file && m_file->isOpen()) {
        const QString name = m_file->fileName();
        m_file->cancelWriting();
        // Destroying an uncommitted QSaveFile removes its temporary file; the destination is never touched.
        m_file = std::make_unique<QSaveFile>(name);
    }
}

QString CsvFile::errorString() const
{
    return m_error;
}

} // namespace ops::csv

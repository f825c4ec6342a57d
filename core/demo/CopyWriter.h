#pragma once

#include <functional>
#include <string_view>

#include <QByteArray>
#include <QString>

#include "core/common/Result.h"
#include "core/demo/DemoCalendar.h"

namespace ops::db {
class PgConnection;
}

namespace ops::demo {

// Builds PostgreSQL COPY TEXT rows (tab separated, \N for NULL, backslash/tab/newline/CR escaped) into ~1 MB chunks.
class CopyWriter
{
public:
    static constexpr qsizetype kDefaultChunkBytes = 1 << 20;

    explicit CopyWriter(qsizetype chunkBytes = kDefaultChunkBytes);

    void text(std::string_view utf8); // escaped
    void text(const QByteArray &utf8) { text(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))); }
    void text(const QString &s) { text(s.toUtf8()); }
    void textOrNull(const QByteArray &utf8); // NULL when empty
    void plain(std::string_view ascii); // caller guarantees nothing needs escaping
    void integer(qint64 v);
    void null();
    void boolean(bool v);
    void date(Day day); // YYYY-MM-DD
    void timestamp(Ts utcSeconds); // YYYY-MM-DD HH:MM:SS+00
    void micro(qint64 millionths); // fixed point, six decimals (coordinates)
    void endRow();

    qint64 rows() const { return m_rows; }
    bool full() const { return m_buf.size() >= m_limit; }
    bool isEmpty() const { return m_buf.isEmpty(); }
    // Hands the pending bytes to out and starts a new chunk (reusing out's old storage).
    void takeChunk(QByteArray &out);

private:
    void separator();

    QByteArray m_buf;
    qsizetype m_limit;
    qint64 m_rows = 0;
    bool m_rowStart = true;
};

// Appends helpers for values assembled before escaping.
void appendInt(QByteArray &out, qint64 v, int minDigits = 1);
void appendDate(QByteArray &out, Day day);

// Streams `units` units through COPY: emitUnit(writer, unit) writes the rows of one unit (zero or more). tick(done,
// total) is called after each chunk. freeze: COPY ... WITH (FREEZE), for a table truncated in the current transaction.
// Returns the number of rows the server reports.
using UnitEmitter = std::function<void(CopyWriter &w, qint64 unit)>;
using UnitTick = std::function<void(qint64 done, qint64 total)>;
Result<qint64> copyUnits(db::PgConnection &c, const char *table, const char *columns, qint64 units,
    const UnitEmitter &emitUnit, const UnitTick &tick = {}, bool freeze = false);

} // namespace ops::demo

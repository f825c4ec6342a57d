#include "core/demo/CopyWriter.h"

#include <charconv>

#include "core/db/PgConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::demo {

CopyWriter::CopyWriter(qsizetype chunkBytes)
    : m_limit(chunkBytes)
{
    m_buf.reserve(chunkBytes + chunkBytes / 8);
}

void CopyWriter::separator()
{
    if (!m_rowStart)
        m_buf.append('\t');
    m_rowStart = false;
}

void CopyWriter::text(std::string_view utf8)
{
    separator();
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    const char *run = p;
    for (; p < end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        m_buf.append(run, p - run);
        m_buf.append('\\');
        m_buf.append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
        run = p + 1;
    }
    m_buf.append(run, end - run);
}

void CopyWriter::textOrNull(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        null();
    else
        text(utf8);
}

void CopyWriter::plain(std::string_view ascii)
{
    separator();
    m_buf.append(ascii.data(), static_cast<qsizetype>(ascii.size()));
}

void CopyWriter::integer(qint64 v)
{
    separator();
    appendInt(m_buf, v);
}

void CopyWriter::null()
{
    separator();
    m_buf.append("\\N", 2);
}

void CopyWriter::boolean(bool v)
{
    separator();
    m_buf.append(v ? 't' : 'f');
}

void CopyWriter::date(Day day)
{
    separator();
    appendDate(m_buf, day);
}

void CopyWriter::timestamp(Ts utcSeconds)
{
    separator();
    const Day day = dayOfTs(utcSeconds);
    const qint64 s = utcSeconds - static_cast<qint64>(day) * 86400;
    appendDate(m_buf, day);
    m_buf.append(' ');
    appendInt(m_buf, s / 3600, 2);
    m_buf.append(':');
    appendInt(m_buf, (s / 60) % 60, 2);
    m_buf.append(':');
    appendInt(m_buf, s % 60, 2);
    m_buf.append("+00", 3);
}

void CopyWriter::micro(qint64 millionths)
{
    separator();
    if (millionths < 0) {
        m_buf.append('-');
        millionths = -millionths;
    }
    appendInt(m_buf, millionths / 1000000);
    m_buf.append('.');
    appendInt(m_buf, millionths % 1000000, 6);
}

void CopyWriter::endRow()
{
    m_buf.append('\n');
    m_rowStart = true;
    ++m_rows;
}

void CopyWriter::takeChunk(QByteArray &out)
{
    out.swap(m_buf);
    m_buf.resize(0);
    if (m_buf.capacity() < m_limit)
        m_buf.reserve(m_limit + m_limit / 8);
}

void appendInt(QByteArray &out, qint64 v, int minDigits)
{
    char tmp[24];
    const auto res = std::to_chars(tmp, tmp + sizeof tmp, v);
    const qsizetype n = res.ptr - tmp;
    for (qsizetype i = n; i < minDigits; ++i)
        out.append('0');
    out.append(tmp, n);
}

void appendDate(QByteArray &out, Day day)
{
    const Civil c = civilFromDays(day);
    appendInt(out, c.y, 4);
    out.append('-');
    appendInt(out, c.m, 2);
    out.append('-');
    appendInt(out, c.d, 2);
}

Result<qint64> copyUnits(db::PgConnection &c, const char *table, const char *columns, qint64 units,
    const UnitEmitter &emitUnit, const UnitTick &tick, bool freeze)
{
    const QString sql = u"COPY %1 (%2) FROM STDIN%3"_s.arg(
        QLatin1String(table), QLatin1String(columns), freeze ? u" WITH (FREEZE)"_s : QString());
    CopyWriter w;
    qint64 next = 0;
    const auto producer = [&](QByteArray &chunk) -> bool {
        while (next < units && !w.full())
            emitUnit(w, next++);
        if (tick)
            tick(next, units);
        if (w.isEmpty()) {
            chunk.resize(0);
            return false;
        }
        w.takeChunk(chunk);
        return true;
    };
    Result<qint64> r = c.copyIn(sql, producer);
    if (!r.ok())
        return r;
    return r.value() > 0 ? r.value() : w.rows();
}

} // namespace ops::demo

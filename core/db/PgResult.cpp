#include "core/db/PgResult.h"

#include <cstring>

#include <libpq-fe.h>

namespace ops::db {

PgResult::PgResult(pg_result *r)
    : m_r(r)
{}

PgResult::~PgResult()
{
    if (m_r)
        PQclear(m_r);
}

PgResult::PgResult(PgResult &&o) noexcept
    : m_r(o.m_r)
{
    o.m_r = nullptr;
}

PgResult &PgResult::operator=(PgResult &&o) noexcept
{
    if (this != &o) {
        if (m_r)
            PQclear(m_r);
        m_r = o.m_r;
        o.m_r = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_r ? PQntuples(m_r) : 0;
}

int PgResult::columns() const
{
    return m_r ? PQnfields(m_r) : 0;
}

int PgResult::column(const char *name) const
{
    return m_r ? PQfnumber(m_r, name) : -1;
}

qint64 PgResult::affectedRows() const
{
    if (!m_r)
        return 0;
    const char *n = PQcmdTuples(m_r);
    return (n && *n) ? QByteArray(n).toLongLong() : 0;
}

bool PgResult::isNull(int row, int col) const
{
    return !m_r || PQgetisnull(m_r, row, col);
}

QString PgResult::text(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QString::fromUtf8(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col));
}

QByteArray PgResult::bytes(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QByteArray(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col));
}

qint64 PgResult::int64(int row, int col, qint64 fallback) const
{
    if (isNull(row, col))
        return fallback;
    bool ok = false;
    const qint64 v = QByteArray::fromRawData(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col)).toLongLong(&ok);
    return ok ? v : fallback;
}

int PgResult::int32(int row, int col, int fallback) const
{
    return static_cast<int>(int64(row, col, fallback));
}

bool PgResult::boolean(int row, int col) const
{
    return !isNull(row, col) && PQgetvalue(m_r, row, col)[0] == 't';
}

double PgResult::real(int row, int col) const
{
    if (isNull(row, col))
        return 0;
    return QByteArray::fromRawData(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col)).toDouble();
}

QDateTime PgResult::timestamp(int row, int col) const
{
    if (isNull(row, col))
        return {};
    // Sessions run with DateStyle ISO and TimeZone UTC: "2026-11-27 04:30:10.123+00".
    QString t = text(row, col);
    t.replace(QLatin1Char(' '), QLatin1Char('T'));
    // "+00" / "-05" offsets (hours only) need minutes for Qt's ISO parser.
    if (t.size() > 3 && (t.at(t.size() - 3) == QLatin1Char('+') || t.at(t.size() - 3) == QLatin1Char('-'))
        && t.at(t.size() - 6) == QLatin1Char(':'))
        t += QLatin1String(":00");
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    return dt.toUTC();
}

QDate PgResult::date(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QDate::fromString(text(row, col), Qt::ISODate);
}

} // namespace ops::db

#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

struct pg_result;

namespace ops::db {

// Owns a PGresult. Typed row access by row and column index; values arrive in text format.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *r);
    ~PgResult();
    PgResult(PgResult &&o) noexcept;
    PgResult &operator=(PgResult &&o) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    int column(const char *name) const; // -1 when absent
    qint64 affectedRows() const;

    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    QByteArray bytes(int row, int col) const;
    qint64 int64(int row, int col, qint64 fallback = 0) const;
    int int32(int row, int col, int fallback = 0) const;
    bool boolean(int row, int col) const;
    double real(int row, int col) const; // coordinates only; never money
    QDateTime timestamp(int row, int col) const; // timestamptz -> UTC
    QDate date(int row, int col) const;

private:
    pg_result *m_r = nullptr;
};

} // namespace ops::db

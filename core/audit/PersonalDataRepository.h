#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::audit {

// Everything stored about one customer, table by table (Quebec Law 25: the right to a copy of one's personal data).
// SQL only; the archive is built by PersonalDataExport. Synchronous: DB threads only; run it inside one REPEATABLE
// READ transaction so every table comes from the same snapshot.
class PersonalDataRepository
{
public:
    struct Customer
    {
        qint64 id = 0;
        QString code;
    };

    struct Rows
    {
        QStringList columns; // the exported columns, in table order
        QStringList excluded; // columns left out: secrets (radius_pwd…) and columns this role may not read
        QList<QByteArray> json; // one JSON object per row (PostgreSQL's to_json: exact numbers, ISO times, UTC)
        QList<QStringList> cells; // the same rows as text, one value per column (NULL: empty)
    };

    explicit PersonalDataRepository(db::PgConnection &c);

    // The exported tables' names (file base names), in archive order.
    static QStringList tableNames();
    // Whether a column is a secret that never leaves the database in an export.
    static bool isSecretColumn(const QString &table, const QString &column);

    // A customer by code (any case) or number; NotFound (translated) when none.
    Result<Customer> customer(const QString &codeOrNumber);
    // The rows of one exported table (a name of tableNames()) that belong to the customer.
    Result<Rows> rows(const QString &name, qint64 customerId);

private:
    db::PgConnection &m_c;
};

} // namespace ops::audit

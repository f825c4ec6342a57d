#pragma once

#include <functional>

#include <QDate>
#include <QMap>
#include <QString>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::demo {

struct DemoOptions
{
    // 1.0 = the real volumes of the seed system (6,667 customers, 115,000 invoices, 242,000 tickets...).
    double scale = 1.0;
    quint64 seed = 42;
    // Replace the business data of a database that already has some (TRUNCATE ... CASCADE first).
    bool replace = false;
    // All history (customers, subscriptions, invoices, payments, tickets) ends on this fixed date, so that the same
    // seed and scale give byte-identical data whatever day it is.
    QDate anchor = QDate(2026, 11, 15);
    // Only the dispatch jobs (the last 90 days and the next 14) and their links move with this date.
    QDate today = QDate::currentDate();
    // Stage key ("customers", "tickets", ... see DemoSeeder::stageKeys()) and overall percent, 0-100.
    std::function<void(const QString &stage, int percent)> progress;
};

struct DemoReport
{
    QMap<QString, qint64> rowsPerTable;
    qint64 elapsedMs = 0;
};

// Writes deterministic, realistic demo data with COPY, in one transaction: a failure leaves nothing behind.
// - Refuses a database that already holds business data unless DemoOptions::replace is set (then the business tables
//   are truncated with CASCADE; staff rows are kept and the demo staff upserted by pg_role).
// - Bulk-load order of pg_restore, inside the transaction: the seeded tables are truncated (so COPY ... FREEZE
//   applies), their foreign keys dropped, every table loaded with one COPY (the statement-level search and NOTIFY
//   triggers fire once per table), the foreign keys re-created and validated, identity and code sequences set past
//   the ids used. Needs the privileges of the tables' owner (as migrations do).
// - Same seed, scale and anchor give byte-identical rows; only the dispatch jobs depend on DemoOptions::today.
// - ANALYZE runs after the commit.
class DemoSeeder
{
public:
    DemoSeeder(db::PgConnection &c, DemoOptions o);

    Result<DemoReport> run();

    // Progress stage keys in order (for translating them in user interfaces).
    static QStringList stageKeys();

private:
    db::PgConnection &m_c;
    DemoOptions m_o;
};

} // namespace ops::demo

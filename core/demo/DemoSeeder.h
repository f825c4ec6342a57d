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
    // The day the data is "now": all history (customers, subscriptions, invoices, payments, tickets) ends at noon on
    // it, and the dispatch jobs run from 90 days before it to 14 days after (working days). Defaults to the real
    // today, so a fresh demo database looks current; pin it (opsctl --today) for byte-identical data: the same seed,
    // scale and today always give the same rows.
    QDate today = QDate::currentDate();
    // Dispatch technicians (each with about ten jobs a day around today); 0: 50 at scale 1, proportional, at least 3.
    int technicians = 0;
    // Stage key ("customers", "tickets", ... see DemoSeeder::stageKeys()) and overall percent, 0-100.
    std::function<void(const QString &stage, int percent)> progress;
};

struct DemoReport
{
    QMap<QString, qint64> rowsPerTable;
    qint64 elapsedMs = 0;
};

// Writes deterministic, realistic demo data with COPY, in one transaction: a failure before the commit leaves
// nothing behind.
// - Refuses a database that already holds business data unless DemoOptions::replace is set (then the business tables
//   are truncated with CASCADE; staff rows are kept and the demo staff upserted by pg_role).
// - Bulk-load order of pg_restore, inside the transaction: the seeded tables are truncated (so COPY ... FREEZE
//   applies), their foreign keys dropped, every table loaded with one COPY (the statement-level search and NOTIFY
//   triggers fire once per table), the foreign keys re-created NOT VALID (enforced from then on), identity and code
//   sequences set past the ids used. Needs the privileges of the tables' owner (as migrations do).
// - After the commit, before run() returns: the message bodies' trigram index is built on a second connection
//   while this one builds the other GIN indexes (ticket subjects, search documents), validates the foreign keys and
//   runs ANALYZE. A failure there is run()'s error; seeding again repairs it.
// - Same seed, scale and today give byte-identical rows.
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

// The GUI's demo path (OpenOptions::seedDemo): seeds an empty database at this scale (seed 42, anchored on today).
Status seedDemoData(
    db::PgConnection &c, double scale, const std::function<void(const QString &stage, int percent)> &progress);

} // namespace ops::demo

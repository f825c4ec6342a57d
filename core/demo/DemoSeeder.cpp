#include "core/demo/DemoSeeder.h"

#include <cmath>
#include <iterator>
#include <thread>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoStages.h"
#include "core/logging/Logger.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::demo {

namespace {

// Share of the total run time of each stage (sums to 100), measured at scale 1.
constexpr struct
{
    const char *key;
    int weight;
} kStages[] = {
    {"planning", 3},
    {"catalogue", 1},
    {"customers", 4},
    {"locations", 6},
    {"equipment", 4},
    {"subscriptions", 7},
    {"invoices", 5},
    {"invoice lines", 5},
    {"invoice taxes", 2},
    {"payments", 5},
    {"allocations", 2},
    {"tickets", 17},
    {"ticket messages", 16},
    {"dispatch", 1},
    {"consents", 1},
    {"indexes", 2},
    {"sequences", 1},
    {"committing", 2},
    {"search indexes", 3},
    {"constraints", 3},
    {"analyzing", 3},
    {"message index", 7},
    {"done", 0},
};

int stageWeight(const char *key)
{
    for (const auto &s : kStages) {
        if (qstrcmp(s.key, key) == 0)
            return s.weight;
    }
    return 1;
}

// Every table the seeder writes, in foreign-key order. Staff is upserted, never truncated.
constexpr const char *kTables[] = {"items", "customers", "service_locations", "service_equipment", "subscriptions",
    "invoices", "invoice_lines", "invoice_taxes", "customer_charges", "billing_runs", "payments", "payment_allocations",
    "tickets", "ticket_messages", "dispatch_tags", "region_rules", "dispatch_technicians", "technician_tags",
    "technician_absences", "dispatch_jobs", "job_technicians", "job_required_tags", "job_equipment", "job_materials",
    "job_photos", "job_status_history", "gps_positions", "casl_consents", "campaigns", "campaign_recipients",
    "search_doc"};

// Identity columns, and the human-code sequences with the code prefix length of their table.
constexpr const char *kIdentityTables[] = {"items", "customers", "service_locations", "service_equipment",
    "subscriptions", "invoices", "invoice_lines", "payments", "tickets", "ticket_messages", "dispatch_tags",
    "region_rules", "dispatch_technicians", "technician_absences", "dispatch_jobs", "job_materials", "job_photos",
    "job_status_history", "gps_positions", "casl_consents", "campaigns", "campaign_recipients"};
constexpr struct
{
    const char *sequence;
    const char *table;
    int prefix; // characters before the number: "CUST-" = 5
} kCodeSequences[] = {{"seq_customer_code", "customers", 5}, {"seq_location_code", "service_locations", 4},
    {"seq_equipment_code", "service_equipment", 4}, {"seq_subscription_code", "subscriptions", 4},
    {"seq_invoice_code", "invoices", 4}, {"seq_payment_code", "payments", 4}, {"seq_ticket_code", "tickets", 4},
    {"seq_job_code", "dispatch_jobs", 3}, {"seq_technician_code", "dispatch_technicians", 3}};

qint64 scaled(double base, double scale, qint64 minimum = 1)
{
    return qMax<qint64>(minimum, std::llround(base * scale));
}

Status check(const Result<db::PgResult> &r)
{
    if (!r.ok())
        return r.error();
    return success();
}

struct ForeignKey
{
    QString table, name, definition;
};

Result<std::vector<ForeignKey>> dropForeignKeys(db::PgConnection &c, const QStringList &tables)
{
    auto r = c.exec("SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid) "
                    "FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ANY ($1::text[]::regclass[]) "
                    "ORDER BY 1, 2",
        db::SqlParams().add(u"{"_s + tables.join(u","_s) + u"}"_s));
    if (!r.ok())
        return r.error();
    std::vector<ForeignKey> fks;
    for (int i = 0; i < r.value().rows(); ++i) {
        // A seed interrupted between its commit and the validation leaves a key NOT VALID (still enforced on writes).
        QString definition = r.value().text(i, 2);
        if (definition.endsWith(u" NOT VALID"_s))
            definition.chop(10);
        fks.push_back({r.value().text(i, 0), r.value().text(i, 1), definition});
    }
    for (const ForeignKey &fk : fks) {
        Status st = check(c.exec(u"ALTER TABLE %1 DROP CONSTRAINT %2"_s.arg(fk.table, fk.name)));
        if (!st.ok())
            return st.error();
    }
    return fks;
}

struct Index
{
    QString name, definition;
};

// Built after the commit, on a second connection, while this one validates the foreign keys and gathers the
// statistics: the trigram index of the 784,000 message bodies alone is about half of the seed's time, on one core
// (PostgreSQL 15 builds a GIN index with one process). The definition of migration 0004, with IF NOT EXISTS: a seed
// interrupted after its commit leaves the index missing, and the next seed builds it again.
constexpr struct
{
    const char *table;
    const char *name;
    const char *definition;
} kDeferredIndexes[] = {{"ticket_messages", "ticket_messages_body_trgm_idx",
    "CREATE INDEX IF NOT EXISTS ticket_messages_body_trgm_idx ON ticket_messages USING gin (body gin_trgm_ops)"}};

// Built after the commit on this connection, first thing, while the second one builds the deferred index: the other
// GIN indexes (the ticket subjects' trigrams and the search documents' keys and trigrams), single-process builds of
// a few seconds each that otherwise lengthen the transaction. The search works without them meanwhile (sequential
// scans); the seed returns once they exist. The definitions of migrations 0002 and 0004, with IF NOT EXISTS.
constexpr const char *kAfterCommitIndexes[][2] = {
    {"tickets_subject_trgm_idx",
        "CREATE INDEX IF NOT EXISTS tickets_subject_trgm_idx ON tickets USING gin (subject gin_trgm_ops)"},
    {"search_doc_keys", "CREATE INDEX IF NOT EXISTS search_doc_keys ON search_doc USING gin (keys)"},
    {"search_doc_terms_trgm",
        "CREATE INDEX IF NOT EXISTS search_doc_terms_trgm ON search_doc USING gin (terms gin_trgm_ops)"},
    {"search_doc_digits_trgm",
        "CREATE INDEX IF NOT EXISTS search_doc_digits_trgm ON search_doc USING gin (digits gin_trgm_ops)"},
};

// The bulk tables: nothing runs a statement on them while the seed loads (no search trigger, no writer query), so
// their secondary B-tree indexes are dropped with the GIN ones and built once afterwards, sorted (and with parallel
// workers), instead of 2.5 million row-by-row insertions into a dozen trees.
constexpr const char *kBulkTables[] = {"invoices", "invoice_lines", "invoice_taxes", "payments", "payment_allocations",
    "tickets", "ticket_messages", "job_status_history"};

// The indexes dropped before the COPYs and built once afterwards: the GIN indexes (trigram and key arrays) of every
// loaded table, and the secondary B-trees of the bulk tables. The other B-tree indexes stay: the search triggers'
// statements (run after each COPY) need them for good plans on tables without statistics yet. Indexes behind a
// constraint (primary keys, UNIQUE) always stay. Inside the transaction, like the foreign keys. B-trees come first in
// the list (cheap, parallel), then the GIN indexes. The deferred and after-commit indexes are dropped too but not
// listed.
Result<std::vector<Index>> dropIndexes(db::PgConnection &c, const QStringList &tables)
{
    QStringList bulk, deferred;
    for (const char *t : kBulkTables)
        bulk << QString::fromLatin1(t);
    for (const auto &d : kDeferredIndexes)
        deferred << QString::fromLatin1(d.name);
    for (const auto &a : kAfterCommitIndexes)
        deferred << QString::fromLatin1(a[0]);
    auto r = c.exec("SELECT quote_ident(n.nspname) || '.' || quote_ident(ic.relname), pg_get_indexdef(i.indexrelid) "
                    "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
                    "JOIN pg_namespace n ON n.oid = ic.relnamespace JOIN pg_am a ON a.oid = ic.relam "
                    "WHERE i.indrelid = ANY ($1::text[]::regclass[]) "
                    "AND (a.amname = 'gin' OR (a.amname = 'btree' AND i.indrelid = ANY ($2::text[]::regclass[]))) "
                    "AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
                    "WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x')) "
                    "AND ic.relname <> ALL ($3::text[]) "
                    "ORDER BY a.amname = 'gin', i.indrelid::regclass::text, ic.relname",
        db::SqlParams()
            .add(u"{"_s + tables.join(u","_s) + u"}"_s)
            .add(u"{"_s + bulk.join(u","_s) + u"}"_s)
            .add(u"{"_s + deferred.join(u","_s) + u"}"_s));
    if (!r.ok())
        return r.error();
    std::vector<Index> indexes;
    for (int i = 0; i < r.value().rows(); ++i)
        indexes.push_back({r.value().text(i, 0), r.value().text(i, 1)});
    for (const Index &ix : indexes) {
        Status st = check(c.exec(u"DROP INDEX %1"_s.arg(ix.name)));
        if (!st.ok())
            return st.error();
    }
    for (const QString &name : std::as_const(deferred)) {
        Status st = check(c.exec(u"DROP INDEX IF EXISTS %1"_s.arg(name)));
        if (!st.ok())
            return st.error();
    }
    return indexes;
}

// The volumes of the seed system times the scale, then every planning step in order.
World planWorld(const DemoOptions &o)
{
    World w;
    w.seed = o.seed;
    w.anchor = dayFromQDate(o.today); // history ends on today (noon), jobs are around it
    w.today = dayFromQDate(o.today);
    w.cutover = w.anchor - 45;
    w.lastMonth = monthOfDay(w.anchor);
    w.firstMonth = w.lastMonth - 29; // 30 invoiced months
    const double s = o.scale;
    w.volumes.customers = scaled(6667, s);
    w.volumes.locations = scaled(17000, s);
    w.volumes.equipment = scaled(7600, s);
    w.volumes.subscriptions = scaled(21876, s);
    w.volumes.invoices = scaled(115000, s);
    w.volumes.payments = scaled(99000, s);
    w.volumes.tickets = scaled(242000, s);
    w.volumes.messages = scaled(784000, s);
    w.volumes.technicians = o.technicians > 0 ? o.technicians : scaled(50, s, 3);
    w.volumes.jobScale = s;
    planCustomers(w);
    planLocations(w);
    planSubscriptions(w);
    planEquipment(w);
    planInvoices(w);
    planPayments(w);
    planTickets(w);
    return w;
}

} // namespace

Progress::Progress(std::function<void(const QString &, int)> callback)
    : m_callback(std::move(callback))
{}

void Progress::stage(const char *key)
{
    m_doneWeight += m_weight;
    m_weight = stageWeight(key);
    m_key = QString::fromLatin1(key);
    m_last = -1; // every stage is reported at least once
    emitPercent(m_doneWeight);
}

void Progress::fraction(qint64 done, qint64 total)
{
    // A stage may run several COPYs one after the other; its percentage never goes back.
    const qint64 part = total > 0 ? m_weight * qMin(done, total) / total : m_weight;
    emitPercent(qMax(m_last, m_doneWeight + static_cast<int>(part)));
}

void Progress::finish()
{
    m_doneWeight = 100;
    m_weight = 0;
    m_key = QStringLiteral("done");
    m_last = -1;
    emitPercent(100);
}

void Progress::emitPercent(int percent)
{
    percent = qBound(0, percent, 100);
    if (!m_callback || percent == m_last)
        return;
    m_last = percent;
    m_callback(m_key, percent);
}

Status SeedContext::copy(const char *table, const char *columns, qint64 units, const UnitEmitter &emitUnit)
{
    Result<qint64> r = copyUnits(
        c, table, columns, units, emitUnit, [this](qint64 done, qint64 total) { progress.fraction(done, total); },
        freeze);
    if (!r.ok())
        return r.error();
    rows[QString::fromLatin1(table)] += r.value();
    return success();
}

Status upsertStaff(SeedContext &ctx)
{
    ctx.w.staff.clear();
    for (const StaffDef &s : staffDefs()) {
        const db::SqlParams params =
            db::SqlParams().add(s.pgRole).add(s.name).add(s.email).add(s.roleGroup).add(s.english ? "en" : "fr");
        Status st = check(
            ctx.c.exec("INSERT INTO staff (pg_role, display_name, email, role_group, language, created_at, updated_at) "
                       "VALUES ($1, $2, $3, $4, $5, '2023-01-09 14:00:00+00', '2023-01-09 14:00:00+00') "
                       "ON CONFLICT (pg_role) DO NOTHING",
                params));
        if (!st.ok())
            return st;
        auto id = ctx.c.exec("SELECT id FROM staff WHERE pg_role = $1", db::SqlParams().add(s.pgRole));
        if (!id.ok())
            return id.error();
        ctx.w.staff.push_back(StaffMember{id.value().int64(0, 0), s.name, s.roleGroup, s.english});
    }
    ctx.rows[u"staff"_s] += static_cast<qint64>(ctx.w.staff.size());
    return success();
}

Status writeItems(SeedContext &ctx)
{
    const auto list = items();
    const Ts created = localToUtc(daysFromCivil(2019, 1, 7), 15 * 3600);
    return ctx.copy("items",
        "id, sku, kind, name_fr, name_en, legacy_product_id, download_mbps, upload_mbps, olt_profile, "
        "monthly_price_cents, taxable, active, created_at, updated_at",
        static_cast<qint64>(list.size()), [&](CopyWriter &out, qint64 i) {
            const ItemDef &it = list[static_cast<size_t>(i)];
            out.integer(i + 1);
            out.plain(it.sku);
            out.plain(it.kind);
            out.text(std::string_view(it.nameFr));
            out.text(std::string_view(it.nameEn));
            out.integer(3001 + i * 7);
            if (it.downMbps > 0) {
                out.integer(it.downMbps);
                out.integer(it.upMbps);
            } else {
                out.null();
                out.null();
            }
            if (it.oltProfile)
                out.plain(it.oltProfile);
            else
                out.null();
            out.integer(it.priceCents);
            out.boolean(true);
            out.boolean(it.active);
            out.timestamp(created + i * 3600);
            out.timestamp(created + i * 3600);
            out.endRow();
        });
}

// After the commit, the data is in and what is left checks and indexes it: the deferred indexes on a second
// connection (their table locked against writes, SHARE, until built), beside the after-commit GIN indexes, the
// validation of the foreign keys and the statistics on this one (the deferred indexes' tables last: their locks wait
// for the build). Without a second connection (a server at its connection limit), the same steps one after the other. A
// failed validation or build is the seed's error: seeding again repairs it (the keys are dropped and re-added, the
// index built if missing). Fresh statistics let the first screens get good plans; a failed ANALYZE is only logged.
Status finishAfterCommit(db::PgConnection &c, const std::vector<ForeignKey> &foreignKeys, Progress &progress)
{
    QStringList deferredTables;
    for (const auto &d : kDeferredIndexes)
        deferredTables << QString::fromLatin1(d.table);
    const auto buildDeferred = [](db::PgConnection &conn) -> Status {
        Status s = check(conn.exec("SET maintenance_work_mem = '512MB'"));
        for (const auto &d : kDeferredIndexes) {
            if (s.ok())
                s = check(conn.exec(d.definition));
        }
        return s;
    };
    const auto validate = [&c, &foreignKeys, &deferredTables](bool deferredOnes) -> Status {
        for (const ForeignKey &fk : foreignKeys) {
            if (deferredTables.contains(fk.table) != deferredOnes)
                continue;
            Status s = check(c.exec(u"ALTER TABLE %1 VALIDATE CONSTRAINT %2"_s.arg(fk.table, fk.name)));
            if (!s.ok())
                return s;
        }
        return success();
    };
    const auto analyze = [&c, &deferredTables](bool deferredOnes) {
        auto r = c.exec(deferredOnes
                ? "SELECT string_agg(quote_ident(relname), ', ') FROM pg_class "
                  "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND relname = ANY ($1::text[])"
                : "SELECT string_agg(quote_ident(relname), ', ') FROM pg_class "
                  "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') "
                  "AND relname <> ALL ($1::text[])",
            db::SqlParams().add(u"{"_s + deferredTables.join(u","_s) + u"}"_s));
        if (r.ok() && !r.value().isNull(0, 0))
            r = c.exec(u"ANALYZE "_s + r.value().text(0, 0));
        if (!r.ok())
            log::demo()->warn("ANALYZE after the demo seed failed: {}", r.error().detail);
    };

    auto sibling = c.openSibling();
    Status built = success();
    std::thread builder;
    if (sibling.ok()) {
        builder = std::thread([&built, &buildDeferred, conn = sibling.value().get()] { built = buildDeferred(*conn); });
    } else {
        log::demo()->warn(
            "No second connection for the demo seed's indexes ({}); building them first", sibling.error().detail);
        progress.stage("message index");
        built = buildDeferred(c);
        if (!built.ok())
            return built;
    }
    // Every way out waits for the builder (cancelled first when this side failed): it uses this frame's state.
    const auto joinBuilder = [&builder, &sibling](bool cancel) {
        if (!builder.joinable())
            return;
        if (cancel)
            sibling.value()->requestCancel();
        builder.join();
    };

    progress.stage("search indexes");
    Status st = check(c.exec("SET maintenance_work_mem = '512MB'"));
    for (size_t i = 0; st.ok() && i < std::size(kAfterCommitIndexes); ++i) {
        st = check(c.exec(kAfterCommitIndexes[i][1]));
        progress.fraction(static_cast<qint64>(i + 1), static_cast<qint64>(std::size(kAfterCommitIndexes)));
    }
    if (st.ok())
        st = check(c.exec("RESET maintenance_work_mem"));
    if (!st.ok()) {
        joinBuilder(true);
        return st;
    }
    progress.stage("constraints");
    st = validate(false);
    if (!st.ok()) {
        joinBuilder(true);
        return st;
    }
    progress.stage("analyzing");
    analyze(false);
    progress.stage("message index");
    joinBuilder(false);
    if (!built.ok())
        return built;
    st = validate(true);
    if (!st.ok())
        return st;
    analyze(true);
    return success();
}

DemoSeeder::DemoSeeder(db::PgConnection &c, DemoOptions o)
    : m_c(c)
    , m_o(std::move(o))
{}

QStringList DemoSeeder::stageKeys()
{
    QStringList keys;
    for (const auto &s : kStages)
        keys << QString::fromLatin1(s.key);
    return keys;
}

Result<DemoReport> DemoSeeder::run()
{
    if (!(m_o.scale > 0.0 && m_o.scale <= 20.0)) {
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::demo", "The scale must be greater than 0 and at most 20."));
    }
    if (!m_o.today.isValid()) {
        return Error::make(
            Error::Kind::Validation, QCoreApplication::translate("ops::demo", "The demo data dates are not valid."));
    }

    QElapsedTimer timer;
    timer.start();
    Progress progress(m_o.progress);
    progress.stage("planning");

    db::Transaction tx(m_c);
    if (!tx.begun().ok())
        return tx.begun().error();
    // One seeder at a time; the emptiness check below then holds until commit.
    Status st = check(m_c.exec("SELECT pg_advisory_xact_lock(7310582640184321)"));
    if (!st.ok())
        return st.error();
    QStringList tables, probes;
    for (const char *t : kTables) {
        tables << QString::fromLatin1(t);
        probes << u"EXISTS (SELECT 1 FROM %1)"_s.arg(QLatin1String(t));
    }
    auto existing = m_c.exec(u"SELECT "_s + probes.join(u" OR "_s));
    if (!existing.ok())
        return existing.error();
    if (existing.value().boolean(0, 0) && !m_o.replace) {
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("ops::demo",
                "The database already contains customers or other business data; demo data is only loaded into an "
                "empty database unless replacing is requested."));
    }

    // Planning is pure computation: the whole data set in memory, ids fixed, balances known before any COPY.
    World w = planWorld(m_o);

    DemoReport report;
    SeedContext ctx{m_c, w, progress, report.rowsPerTable};
    // Emptied (or found empty) in this transaction, so COPY can write the rows frozen: no hint-bit or freeze work
    // for the first readers and autovacuum afterwards.
    st = check(m_c.exec(u"TRUNCATE %1 RESTART IDENTITY CASCADE"_s.arg(tables.join(u", "_s))));
    if (!st.ok())
        return st.error();
    ctx.freeze = true;
    // Nothing is visible before COMMIT; losing the commit record in a crash just means seeding again.
    st = check(m_c.exec("SET LOCAL synchronous_commit = off"));
    if (!st.ok())
        return st.error();
    // pg_restore's order: the foreign keys of the loaded tables are dropped now and re-created after the data is in
    // (one validating join each instead of a lookup per row). All of it is inside this transaction.
    auto foreignKeys = dropForeignKeys(m_c, tables);
    if (!foreignKeys.ok())
        return foreignKeys.error();
    auto indexes = dropIndexes(m_c, tables);
    if (!indexes.ok())
        return indexes.error();
    // The messages are history: they do not touch their tickets (migration 0011), whose updated_at is planned.
    st = check(m_c.exec("ALTER TABLE ticket_messages DISABLE TRIGGER ticket_messages_touch_ticket"));
    if (!st.ok())
        return st.error();
    // The jobs' status history is written by the seeder itself (with who made each change), not row by row by the
    // status trigger of migration 0016.
    st = check(m_c.exec("ALTER TABLE dispatch_jobs DISABLE TRIGGER dispatch_jobs_status_history"));
    if (!st.ok())
        return st.error();
    // Nor are they changes made by anyone: the row audit triggers (migration 0012) stay off during the load.
    auto audited = m_c.exec("SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid"
                            " WHERE c.relname = ANY ($1::text[]) AND g.tgname = c.relname || '_audit'",
        db::SqlParams().add(u"{"_s + tables.join(u","_s) + u"}"_s));
    if (!audited.ok())
        return audited.error();
    QStringList auditedTables;
    for (int i = 0; i < audited.value().rows(); ++i)
        auditedTables << audited.value().text(i, 0);
    for (const QString &t : std::as_const(auditedTables)) {
        st = check(m_c.exec(u"ALTER TABLE %1 DISABLE TRIGGER %1_audit"_s.arg(t)));
        if (!st.ok())
            return st.error();
    }
    // Index builds and foreign-key checks after the load: memory to sort in, and both cores.
    st = check(m_c.exec("SET LOCAL maintenance_work_mem = '512MB'"));
    if (st.ok())
        st = check(m_c.exec("SET LOCAL max_parallel_maintenance_workers = 2"));
    if (!st.ok())
        return st.error();

    const auto step = [&progress, &ctx](const char *stage, Status (*writer)(SeedContext &)) -> Status {
        if (stage)
            progress.stage(stage);
        return writer(ctx);
    };
    const struct
    {
        const char *stage;
        Status (*writer)(SeedContext &);
    } steps[] = {
        {"catalogue", upsertStaff},
        {nullptr, writeItems},
        {"customers", writeCustomers},
        {"locations", writeLocations},
        {"equipment", writeEquipment},
        {"subscriptions", writeSubscriptions},
        {"invoices", writeInvoices}, // then "invoice lines", "invoice taxes"
        {"payments", writePayments}, // then "allocations"
        {"tickets", writeTickets},
        {"ticket messages", writeMessages},
        {"dispatch", writeDispatch},
        {"consents", writeConsents},
    };
    for (const auto &sp : steps) {
        st = step(sp.stage, sp.writer);
        if (!st.ok())
            return st.error();
    }

    st = check(m_c.exec("ALTER TABLE ticket_messages ENABLE TRIGGER ticket_messages_touch_ticket"));
    if (st.ok())
        st = check(m_c.exec("ALTER TABLE dispatch_jobs ENABLE TRIGGER dispatch_jobs_status_history"));
    if (!st.ok())
        return st.error();
    for (const QString &t : std::as_const(auditedTables)) {
        st = check(m_c.exec(u"ALTER TABLE %1 ENABLE TRIGGER %1_audit"_s.arg(t)));
        if (!st.ok())
            return st.error();
    }

    progress.stage("indexes");
    const auto &idx = indexes.value();
    for (size_t i = 0; i < idx.size(); ++i) {
        st = check(m_c.exec(idx[i].definition));
        if (!st.ok())
            return st.error();
        progress.fraction(static_cast<qint64>(i + 1), static_cast<qint64>(idx.size()));
    }

    // The foreign keys come back NOT VALID: enforced on every write from now on, and checked after the commit.
    for (const ForeignKey &fk : foreignKeys.value()) {
        st = check(m_c.exec(u"ALTER TABLE %1 ADD CONSTRAINT %2 %3 NOT VALID"_s.arg(fk.table, fk.name, fk.definition)));
        if (!st.ok())
            return st.error();
    }

    progress.stage("sequences");
    for (const char *t : kIdentityTables) {
        const QString table = QString::fromLatin1(t);
        st = check(m_c.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                            u"FROM %1"_s.arg(table)));
        if (!st.ok())
            return st.error();
    }
    for (const auto &cs : kCodeSequences) {
        st = check(m_c.exec(u"SELECT setval('%1', coalesce(max(substr(code, %2)::bigint), 0) + 1, false) FROM %3"_s
                                .arg(QLatin1String(cs.sequence))
                                .arg(cs.prefix + 1)
                                .arg(QLatin1String(cs.table))));
        if (!st.ok())
            return st.error();
    }

    // Invoice codes come from the gap-free counter of migration 0018, set after the codes just written.
    st = check(
        m_c.exec("UPDATE document_counters SET next_value = (SELECT coalesce(max(substr(code, 5)::bigint), 0) + 1 "
                 "FROM invoices WHERE code ~ '^INV-[0-9]+$') WHERE name = 'invoice'"));
    if (!st.ok())
        return st.error();

    if (st = writeStripeMethods(ctx); !st.ok()) // issue 13: the PPA customers' saved methods (DemoStripe.cpp)
        return st.error();

    progress.stage("committing");
    st = tx.commit();
    if (!st.ok())
        return st.error();

    st = finishAfterCommit(m_c, foreignKeys.value(), progress);
    if (!st.ok())
        return st.error();
    progress.finish();

    report.elapsedMs = timer.elapsed();
    return report;
}

Status seedDemoData(
    db::PgConnection &c, double scale, const std::function<void(const QString &stage, int percent)> &progress)
{
    DemoOptions o;
    o.scale = scale;
    o.progress = progress;
    auto r = DemoSeeder(c, o).run();
    if (!r.ok())
        return r.error();
    return success();
}

} // namespace ops::demo

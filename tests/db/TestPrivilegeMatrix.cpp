// The privilege matrix of docs/security.md, enforced by PostgreSQL (migration 0012): a login role in each group tries
// every operation on every table, and each one is allowed or refused (SQLSTATE 42501) exactly as the matrix says.
// The expected matrix below is written out independently of the migration; a table the matrix does not cover fails.
#include <QSet>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kGroups = {u"technician"_s, u"dispatcher"_s, u"billing"_s, u"manager"_s, u"admin"_s};

// table -> what each group may do, in kGroups order: r SELECT (every column), a INSERT, w UPDATE (every column),
// d DELETE. Column-limited privileges are checked by the extra operations in extraOperations().
struct Row
{
    const char *table;
    const char *perGroup[5];
};
const Row kMatrix[] = {
    {"schema_migrations", {"r", "r", "r", "r", "r"}},
    {"staff", {"r", "r", "r", "r", "r"}},
    {"customers", {"", "r", "r", "r", "rawd"}},
    {"service_locations", {"r", "r", "r", "r", "rawd"}},
    {"items", {"r", "r", "raw", "r", "rawd"}},
    {"service_equipment", {"r", "r", "r", "r", "rawd"}},
    {"subscriptions", {"", "", "aw", "", "awd"}}, // SELECT: every column but radius_pwd, see the extras
    {"invoices", {"", "r", "raw", "r", "rawd"}},
    {"invoice_lines", {"", "r", "rawd", "r", "rawd"}},
    {"invoice_taxes", {"", "r", "rawd", "r", "rawd"}},
    {"payments", {"", "r", "raw", "r", "rawd"}},
    {"payment_allocations", {"", "r", "rawd", "r", "rawd"}},
    {"customer_payment_methods", {"", "", "raw", "r", "rawd"}},
    {"stripe_setup_requests", {"", "", "raw", "r", "rawd"}},
    {"ppa_runs", {"", "", "raw", "r", "rawd"}},
    {"ppa_attempts", {"", "", "raw", "r", "rawd"}},
    {"payment_refunds", {"", "", "raw", "r", "rawd"}},
    {"stripe_disputes", {"", "", "raw", "r", "rawd"}},
    {"stripe_events_applied", {"", "", "ra", "r", "rawd"}},
    {"dunning_stages", {"", "", "raw", "r", "rawd"}},
    {"dunning_settings", {"", "", "rw", "r", "rawd"}},
    {"dunning_actions", {"", "", "raw", "r", "rawd"}},
    {"dunning_holds", {"", "", "raw", "r", "rawd"}},
    {"dunning_suspensions", {"", "", "r", "r", "rawd"}},
    {"tickets", {"", "raw", "r", "r", "rawd"}},
    {"ticket_messages", {"", "ra", "r", "r", "rawd"}},
    {"dispatch_tags", {"r", "rawd", "", "r", "rawd"}},
    {"dispatch_technicians", {"r", "raw", "", "r", "rawd"}},
    {"technician_tags", {"r", "rawd", "", "r", "rawd"}},
    {"dispatch_jobs", {"r", "rawd", "r", "r", "rawd"}},
    {"job_technicians", {"r", "rawd", "", "r", "rawd"}},
    {"job_required_tags", {"r", "rawd", "", "r", "rawd"}},
    {"job_equipment", {"r", "rawd", "", "r", "rawd"}},
    {"job_materials", {"ra", "rawd", "r", "r", "rawd"}},
    {"job_photos", {"ra", "rawd", "", "r", "rawd"}},
    {"gps_positions", {"", "ra", "", "r", "rawd"}},
    {"campaigns", {"", "", "raw", "r", "rawd"}},
    {"campaign_recipients", {"", "", "raw", "r", "rawd"}},
    {"casl_consents", {"", "r", "raw", "r", "rawd"}},
    {"casl_unsubscribes", {"", "", "ra", "r", "rawd"}},
    {"casl_optin_requests", {"", "", "ra", "r", "rawd"}},
    {"audit_log", {"", "", "", "r", "r"}},
    {"search_doc", {"r", "r", "r", "r", "r"}},
    {"search_vocab", {"r", "r", "r", "r", "r"}},
    {"outbox", {"", "rw", "rw", "r", "rawd"}}, // INSERT: by provider, see the extras
    {"integration_cursors", {"", "raw", "raw", "r", "rawd"}},
    {"cpe_status", {"r", "raw", "r", "r", "rawd"}}, // issue 15: the sync writes (worker, dispatch's refresh)
    {"outages", {"", "raw", "r", "r", "rawd"}},
    {"cpe_actions", {"r", "r", "r", "r", "rawd"}}, // 0031: dispatchers' INSERT by action (row security), see the extras
    {"import_keys", {"", "", "", "r", "rawd"}}, // issue 16: the ERPNext import (an admin's job)
    {"import_runs", {"", "", "", "r", "rawd"}},
    {"import_issues", {"", "", "", "r", "rawd"}},
    {"import_reconciliation", {"", "", "", "r", "rawd"}},
    {"job_status_history", {"r", "r", "", "r", "rd"}}, // written by a trigger only
    {"region_rules", {"r", "r", "r", "r", "rawd"}},
    {"technician_absences", {"r", "rawd", "", "r", "rawd"}},
    {"checklist_templates", {"r", "r", "", "r", "rawd"}},
    {"dispatch_settings", {"r", "r", "r", "r", "rw"}},
    {"document_counters", {"", "", "r", "r", "r"}}, // moved only through ops_take_invoice_codes
    {"billing_runs", {"", "", "raw", "r", "rawd"}},
    {"customer_charges", {"", "r", "rawd", "r", "rawd"}},
    {"billing_settings", {"", "", "r", "r", "rw"}},
    {"gps_privacy_settings", {"r", "r", "r", "r", "rw"}}, // Law 25: everyone reads the notice (0033)
    {"item_prices", {"r", "r", "rawd", "r", "rawd"}},
};

struct Extra
{
    const char *label;
    const char *sql;
    const char *allowedFor; // groups, comma-separated
};
const Extra kExtras[] = {
    {"customers: contact columns",
        "SELECT id, code, display_name, language, phone, phone_alt FROM customers WHERE false",
        "technician,dispatcher,billing,manager,admin"},
    {"customers: billing columns",
        "UPDATE customers SET balance_cents = balance_cents, ppa_enabled = ppa_enabled,"
        " stripe_id = stripe_id WHERE false",
        "billing,admin"},
    {"subscriptions: every column but radius_pwd",
        "SELECT id, code, customer_id, location_id, item_id, price_cents, quantity, start_date, end_date, status,"
        " radius_user, legacy_service_id, created_at, updated_at, version, has_radius_pwd, custom_price"
        " FROM subscriptions WHERE "
        "false",
        "dispatcher,billing,manager,admin"},
    {"subscriptions: radius_pwd read", "SELECT radius_pwd FROM subscriptions WHERE false", ""},
    {"subscriptions: radius_pwd set",
        "UPDATE subscriptions SET radius_user = radius_user, radius_pwd = 'x' WHERE false", "billing,admin"},
    {"subscriptions: reveal radius_pwd", "SELECT ops_reveal_radius_pwd(-1)", "billing,admin"},
    {"subscriptions: radius_pwd_enc read", "SELECT radius_pwd_enc FROM subscriptions WHERE false", ""},
    {"subscriptions: RADIUS server credentials", "SELECT * FROM ops_radius_credentials('x')", ""},
    {"subscriptions: RADIUS key", "SELECT ops_radius_key()", ""},
    {"dispatch_jobs: field columns",
        "UPDATE dispatch_jobs SET status = status, notes = notes, checklist = checklist,"
        " signature_png = signature_png, completed_at = completed_at WHERE false",
        "technician,dispatcher,admin"},
    {"service_locations: network columns (migration 0032)",
        "UPDATE service_locations SET olt_name = olt_name, olt_port = olt_port, vlan = vlan, ip_address = ip_address"
        " WHERE false",
        "dispatcher,admin"},
    {"service_locations: an address column with the network ones",
        "UPDATE service_locations SET olt_name = olt_name, street = street WHERE false", "admin"},
    {"service_equipment: network columns (migration 0032)",
        "UPDATE service_equipment SET ip_address = ip_address, genieacs_device_id = genieacs_device_id WHERE false",
        "dispatcher,admin"},
    {"outbox: enqueue SMS",
        "INSERT INTO outbox (provider, operation, request, idempotency_key)"
        " VALUES ('twilio', 'sms.send', '{}', 'matrix-sms')",
        "dispatcher,admin"},
    {"outbox: enqueue e-mail",
        "INSERT INTO outbox (provider, operation, request, idempotency_key)"
        " VALUES ('mailjet', 'email.send', '{}', 'matrix-mail')",
        "billing,admin"},
    {"outbox: enqueue Stripe",
        "INSERT INTO outbox (provider, operation, request, idempotency_key)"
        " VALUES ('stripe', 'payment_intent.create', '{}', 'matrix-stripe')",
        "billing,admin"},
    {"cpe_actions: record a reboot",
        "INSERT INTO cpe_actions (genieacs_device_id, action) VALUES ('matrix-cpe', 'reboot')", "dispatcher,admin"},
    {"cpe_actions: record a factory reset",
        "INSERT INTO cpe_actions (genieacs_device_id, action) VALUES ('matrix-cpe', 'factory_reset')", "admin"},
    {"outbox: enqueue a CPE reboot",
        "INSERT INTO outbox (provider, operation, request, idempotency_key, business_entity, business_id)"
        " VALUES ('genieacs', 'cpe.reboot', '{}', 'matrix-cpe', 'cpe_action', 1)",
        "dispatcher,admin"},
    {"outbox: enqueue a CPE factory reset",
        "INSERT INTO outbox (provider, operation, request, idempotency_key, business_entity, business_id)"
        " VALUES ('genieacs', 'cpe.factory_reset', '{}', 'matrix-cpe', 'cpe_action', 1)",
        "admin"},
    {"audit_log: record a view", "SELECT ops_record_access('view', 'customer', 1, 1)",
        "technician,dispatcher,billing,manager,admin"},
    {"audit_log: write directly", "INSERT INTO audit_log (action, entity) VALUES ('view', 'customer')", ""},
    {"staff: write directly", "UPDATE staff SET display_name = display_name WHERE false", ""},
    {"schema: create a table", "CREATE TABLE matrix_probe (x int)", ""},
    {"invoices: take gap-free invoice codes", "SELECT ops_take_invoice_codes(1)", "billing,admin"},
    {"items: schedule a price for next month", "SELECT ops_schedule_item_price(-1, 100)", "billing,admin"},
    {"items: bring current prices up to date", "SELECT ops_apply_item_prices()",
        "technician,dispatcher,billing,manager,admin"},
    // Payments (issue 13): recording or reversing one locks the customer's row, then allocates through the functions.
    {"payments: lock the customer to record a payment", "SELECT 1 FROM customers WHERE false FOR UPDATE",
        "billing,admin"},
    {"payments: apply a customer's credit", "SELECT ops_apply_credit('{}'::bigint[])", "billing,admin"},
    {"payments: refresh invoices' paid amounts", "SELECT ops_refresh_invoice_paid('{}'::bigint[])", "billing,admin"},
};

} // namespace

class TestPrivilegeMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyTableIsInTheMatrix();
    void operation_data();
    void operation();
    void aRoleInNoGroupGetsNothing();
    void objectsBelongToTheOwner();

private:
    // Runs sql as login role `role` in a transaction that is rolled back; returns the SQLSTATE ("" when it succeeded).
    QString attempt(const QString &role, const QString &sql);

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestPrivilegeMatrix::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c.value());
    for (const QString &g : kGroups) {
        auto r = m_c->exec(u"CREATE ROLE matrix_%1 LOGIN IN ROLE ops_%1"_s.arg(g));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    QVERIFY(m_c->exec("CREATE ROLE matrix_nobody LOGIN").ok());
}

void TestPrivilegeMatrix::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

QString TestPrivilegeMatrix::attempt(const QString &role, const QString &sql)
{
    if (!m_c->exec("BEGIN").ok())
        return u"begin failed"_s;
    QString state;
    auto set = m_c->exec(u"SET LOCAL ROLE %1"_s.arg(role));
    if (!set.ok()) {
        state = u"set role failed: "_s + set.error().detail;
    } else {
        auto r = m_c->exec(sql);
        if (!r.ok())
            state = r.error().code;
    }
    (void)m_c->exec("ROLLBACK");
    return state;
}

void TestPrivilegeMatrix::everyTableIsInTheMatrix()
{
    QSet<QString> covered;
    for (const Row &row : kMatrix)
        covered.insert(QString::fromLatin1(row.table));
    auto r = m_c->exec("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    QVERIFY(r.ok());
    QStringList missing;
    for (int i = 0; i < r.value().rows(); ++i) {
        if (!covered.contains(r.value().text(i, 0)))
            missing << r.value().text(i, 0);
    }
    QVERIFY2(
        missing.isEmpty(), qPrintable(u"tables without a row in the privilege matrix: "_s + missing.join(u", "_s)));
    QCOMPARE(covered.size(), r.value().rows());
}

void TestPrivilegeMatrix::operation_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    for (const Row &row : kMatrix) {
        const QString t = QString::fromLatin1(row.table);
        // Every column: any column the group may not touch makes the whole statement fail.
        auto cols = m_c->exec("SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum),"
                              " string_agg(quote_ident(attname) || ' = DEFAULT', ', ' ORDER BY attnum)"
                              " FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped",
            db::SqlParams().add(t));
        QVERIFY(cols.ok());
        const QString all = cols.value().text(0, 0);
        const QString defaults = cols.value().text(0, 1);
        const struct
        {
            char letter;
            const char *name;
            QString sql;
        } ops[] = {
            {'r', "select", u"SELECT %1 FROM %2 WHERE false"_s.arg(all, t)},
            {'a', "insert", u"INSERT INTO %1 DEFAULT VALUES"_s.arg(t)},
            {'w', "update", u"UPDATE %1 SET %2 WHERE false"_s.arg(t, defaults)},
            {'d', "delete", u"DELETE FROM %1 WHERE false"_s.arg(t)},
        };
        for (int g = 0; g < kGroups.size(); ++g) {
            const QString granted = QString::fromLatin1(row.perGroup[g]);
            for (const auto &op : ops) {
                // outbox INSERT is decided per provider by row-level security: see the extras.
                if (t == u"outbox"_s && op.letter == 'a')
                    continue;
                QTest::addRow("%s %s %s", qPrintable(kGroups.at(g)), op.name, row.table)
                    << (u"matrix_"_s + kGroups.at(g)) << op.sql << granted.contains(QLatin1Char(op.letter));
            }
        }
    }
    for (const Extra &e : kExtras) {
        const QStringList allowed = QString::fromLatin1(e.allowedFor).split(u',', Qt::SkipEmptyParts);
        for (const QString &g : kGroups) {
            QTest::addRow("%s: %s", qPrintable(g), e.label)
                << (u"matrix_"_s + g) << QString::fromLatin1(e.sql) << allowed.contains(g);
        }
    }
}

void TestPrivilegeMatrix::operation()
{
    QFETCH(QString, role);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const QString state = attempt(role, sql);
    QVERIFY2(!state.startsWith(u"set role"_s) && state != u"begin failed"_s, qPrintable(state));
    if (allowed) {
        // Allowed: the statement may still fail on a constraint (DEFAULT VALUES) or a missing row, never on privilege.
        QVERIFY2(state != u"42501"_s, qPrintable(u"refused, expected allowed: "_s + sql));
    } else {
        QVERIFY2(state == u"42501"_s,
            qPrintable(u"expected insufficient_privilege (42501), got '%1' for: %2"_s.arg(state, sql)));
    }
}

void TestPrivilegeMatrix::aRoleInNoGroupGetsNothing()
{
    for (const Row &row : kMatrix) {
        QCOMPARE(
            attempt(u"matrix_nobody"_s, u"SELECT 1 FROM %1 WHERE false"_s.arg(QLatin1String(row.table))), u"42501"_s);
    }
    QCOMPARE(attempt(u"matrix_nobody"_s, u"SELECT ops_record_access('view', 'customer', 1, 1)"_s), u"42501"_s);
    QCOMPARE(attempt(u"matrix_nobody"_s, u"SELECT * FROM ops_last_change('dispatch_job', 1)"_s), u"42501"_s);
    QCOMPARE(attempt(u"matrix_nobody"_s, u"SELECT ops_reveal_radius_pwd(1)"_s), u"42501"_s);
    QCOMPARE(attempt(u"matrix_nobody"_s, u"SELECT ops_take_invoice_codes(1)"_s), u"42501"_s);
    QCOMPARE(attempt(u"matrix_nobody"_s, u"SELECT ops_apply_credit('{}'::bigint[])"_s), u"42501"_s);
}

void TestPrivilegeMatrix::objectsBelongToTheOwner()
{
    // No table, sequence or function of the schema belongs to a login role (extension members excepted).
    auto r = m_c->exec(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace"
        " AND c.relkind IN ('r', 'S', 'v', 'm') AND pg_get_userbyid(c.relowner) <> 'ops_owner'"
        " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid"
        "   AND d.deptype IN ('e', 'a', 'i'))"
        " UNION ALL SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
        " AND pg_get_userbyid(p.proowner) <> 'ops_owner'"
        " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid"
        "   AND d.deptype = 'e')");
    QVERIFY(r.ok());
    QStringList strays;
    for (int i = 0; i < r.value().rows(); ++i)
        strays << r.value().text(i, 0);
    QVERIFY2(strays.isEmpty(), qPrintable(strays.join(u", "_s)));
    auto owner = m_c->exec("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = 'ops_owner'");
    QVERIFY(owner.ok() && owner.value().rows() == 1);
    QCOMPARE(owner.value().boolean(0, 0), false);
    QCOMPARE(owner.value().boolean(0, 1), false);
}

QTEST_GUILESS_MAIN(TestPrivilegeMatrix)
#include "TestPrivilegeMatrix.moc"

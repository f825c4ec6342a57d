// The ERPNext import (issue 16) on a real cluster: an ERPNext-shaped database (tests/support/ErpnextFixture) as a
// second database of the same cluster, imported into a migrated one. Field mapping per doctype, import twice (no
// change, no duplicate), an upstream change and deletion, the hostile rows refused or cleaned, the reconciliation
// equal on clean data and listing the planted differences, a mapping naming a missing field (nothing written), a
// site without the custom doctypes (skipped), a dry run (nothing kept), resume after a SIGKILL of targo-opsctl, and
// the imported data in the customer file and the ticket list.
#include <functional>
#include <thread>

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerTypes.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/import/ErpnextImporter.h"
#include "core/import/ImportMapping.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTypes.h"
#include "tests/support/ErpnextFixture.h"
#include "tests/support/ErpnextImportHarness.h"
#include "tests/support/OpsctlRunner.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;

namespace {

using Pair = test::ErpnextPair;
using test::issueSet;
using test::scalar;

const import::EntityCounts *counts(const import::ImportReport &r, const char *entity)
{
    return test::entityCounts(r, entity);
}

} // namespace

class TestErpnextImport : public QObject
{
    Q_OBJECT

private:
    Pair pair(const test::ErpnextFixtureOptions &o) { return test::erpnextPair(*m_cluster, o); }
    Result<import::ImportReport> importFrom(
        Pair &p, bool dryRun = false, const QString &mapping = {}, bool twoWriters = false)
    {
        m_progressThreads.clear();
        return test::importErpnext(p, dryRun, mapping, twoWriters, [this](const QString &, const QString &, qint64) {
            m_progressThreads.insert(std::hash<std::thread::id>()(std::this_thread::get_id())); // one at a time
        });
    }
    // What an import left in our database, table by table (counts and sums that do not depend on the ids).
    QString contents(db::PgConnection &c)
    {
        return scalar(c,
            "SELECT concat_ws('|', (SELECT count(*) FROM customers), (SELECT count(*) FROM service_locations), "
            "(SELECT count(*) FROM service_equipment), (SELECT count(*) FROM subscriptions), "
            "(SELECT count(*) || '/' || sum(total_cents) FROM invoices), (SELECT count(*) FROM invoice_lines), "
            "(SELECT count(*) || '/' || sum(amount_cents) FROM payments), (SELECT sum(amount_cents) FROM "
            "payment_allocations), (SELECT count(*) || '/' || count(parent_id) FROM tickets), (SELECT count(*) FROM "
            "ticket_messages), (SELECT count(*) FROM import_keys), (SELECT count(*) FROM import_issues), "
            "(SELECT string_agg(status || ':' || n, ',' ORDER BY status) FROM (SELECT status, count(*) AS n FROM "
            "invoices GROUP BY status) s))");
    }

    std::unique_ptr<test::TestCluster> m_cluster;
    QSet<size_t> m_progressThreads; // the threads the last import reported from

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }
    void cleanupTestCase() { m_cluster.reset(); }

    // The import's SQL helpers (migration 0034): cents half to even from ERPNext's decimals, postal codes, phones,
    // HTML to text; and the mapping file's errors.
    void helpersAndMapping()
    {
        auto db = m_cluster->freshDatabase(true);
        QVERIFY(db.ok());
        auto c = db::PgConnection::open(db.value());
        QVERIFY(c.ok());
        QCOMPARE(scalar(*c.value(),
                     "SELECT concat_ws('|', ops_import_cents('12.5'), ops_import_cents('0.125'), "
                     "ops_import_cents('0.135'), ops_import_cents('-0.125'), ops_import_cents('80.480000000'), "
                     "ops_import_cents(' 3 '), ops_import_cents('abc') IS NULL, ops_import_cents('1e5') IS NULL)"),
            u"1250|12|14|-12|8048|300|t|t"_s);
        QCOMPARE(scalar(*c.value(),
                     "SELECT concat_ws('|', ops_import_postal('j1h2k3'), ops_import_postal('ZZZ 999') IS NULL, "
                     "ops_import_phone('+1 (819) 555-0101 poste 3'), ops_import_phone('1-514-555-0102'), "
                     "ops_import_phone('555-01') IS NULL, ops_import_phone('819 555 0101 ou 0102') IS NULL)"),
            u"J1H 2K3|t|(819) 555-0101|(514) 555-0102|t|t"_s);
        QCOMPARE(scalar(*c.value(),
                     "SELECT ops_import_text('<div>A&amp;B<br/>C &lt;3</div><style>p{}</style><p>D&nbsp;E</p>')"),
            u"A&B\nC <3\nD E"_s);
        QVERIFY(!import::ImportMapping::parse("[]", u"x"_s).ok());
        QVERIFY(!import::ImportMapping::parse(
            QByteArray("{\"fields\": {\"Customer\": {\"stripe_id\": \"") + QByteArray(70, 'x') + "\"}}}", u"x"_s)
                     .ok()); // not a column name
        auto m = import::ImportMapping::parse(
            R"({"doctypes": {"Service Location": "Adresse"}, "fields": {"Issue": {"parent_issue": ""}}})", u"x"_s);
        QVERIFY(m.ok());
        QCOMPARE(m.value().table(u"Service Location"_s), u"tabAdresse"_s);
        QCOMPARE(m.value().column(u"Issue"_s, u"parent_issue"_s), QString());
        QCOMPARE(m.value().column(u"Issue"_s, u"subject"_s), u"subject"_s);
        auto shipped = import::ImportMapping::load();
        QVERIFY(shipped.ok());
        QCOMPARE(shipped.value().timeZone(), u"America/Toronto"_s);
    }

    void fieldMappingPerDoctype()
    {
        Pair p = pair({});
        QVERIFY(p.c);
        auto r = importFrom(p);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage + r.error().detail));
        const auto n = test::erpnextFixtureCounts(40);
        QCOMPARE(counts(r.value(), "customer")->inserted, n.customers);
        QCOMPARE(counts(r.value(), "message")->inserted, n.messages);
        QCOMPARE(r.value().issues.size(), 6); // the phones with an extension ("poste 12"): customers 5, 11, ... 35
        // Customer: an individual (contact's name, phone "819.555.0001", billing address) and a company.
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', kind, first_name, last_name, display_name, phone, billing_street, "
                     "billing_city, billing_postal_code, language, legacy_account_id, legacy_customer_id, email) "
                     "FROM customers c JOIN import_keys k ON k.our_id = c.id AND k.entity = 'customer' "
                     "WHERE k.erpnext_name = 'CUST-00001'"),
            u"residential|François|Lévesque|François Lévesque|(819) 555-0001|2 rue de l'Église|Magog|J1X 1K0|fr|"
            "100001|LC-1|client1@exemple.ca"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', kind, company_name, first_name IS NULL, language, stripe_id IS NOT NULL, "
                     "phone) FROM customers c JOIN import_keys k ON k.our_id = c.id AND k.entity = 'customer' "
                     "WHERE k.erpnext_name = 'CUST-00012'"),
            u"residential|f|en|t|(819) 555-0012"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', kind, company_name, language) FROM customers c JOIN import_keys k "
                     "ON k.our_id = c.id AND k.entity = 'customer' WHERE k.erpnext_name = 'CUST-00020'"),
            u"business|Boulangerie L'Épi d'Or no 20|en"_s);
        // Item (custom fields), location, equipment, subscription.
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', sku, kind, name_fr, monthly_price_cents, legacy_product_id, download_mbps, "
                     "upload_mbps, olt_profile) FROM items WHERE sku = 'FIBRE-500'"),
            u"FIBRE-500|internet|Fibre 500|8500|701|500|100|GPON-500"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT count(*) FROM items WHERE sku = 'DISC-LOYAL' AND kind = 'discount' "
                     "AND monthly_price_cents = -1000"),
            u"1"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', l.civic_number, l.street, l.city, l.postal_code, l.olt_name, l.olt_port, "
                     "c.display_name) FROM service_locations l JOIN import_keys k ON k.our_id = l.id AND "
                     "k.entity = 'location' JOIN customers c ON c.id = l.customer_id WHERE k.erpnext_name = "
                     "'SL-000001'"),
            u"2|chemin de l'Érablière|Magog|J1X 1M0|OLT-2|1/1|François Lévesque"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', e.kind, e.make, e.model, e.serial, e.mac, e.ip_address, e.status) "
                     "FROM service_equipment e JOIN import_keys k ON k.our_id = e.id AND k.entity = 'equipment' "
                     "WHERE k.erpnext_name = 'SE-000003'"),
            u"router|TP-Link|Archer AX55|ZTEG00000003|00:1a:2b:00:00:03|10.0.0.3|installed"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', i.sku, s.price_cents, s.status, s.end_date, s.radius_user, "
                     "s.has_radius_pwd) FROM subscriptions s JOIN items i ON i.id = s.item_id JOIN import_keys k "
                     "ON k.our_id = s.id AND k.entity = 'subscription' WHERE k.erpnext_name = 'SS-000022'"),
            u"FIBRE-1000|10500|cancelled|2025-12-31|r22@targo.ca|t"_s);
        // Invoices: totals in cents, GST and QST rows, the cancelled one void, the draft a draft, the split payment.
        const auto last = QString::number(n.invoices);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', i.subtotal_cents, i.gst_cents, i.qst_cents, i.total_cents, i.status, "
                     "i.paid_cents, i.period_start, i.period_end, (SELECT count(*) FROM invoice_lines l WHERE "
                     "l.invoice_id = i.id), (SELECT string_agg(t.tax || t.rate_ppm, ',' ORDER BY t.tax) FROM "
                     "invoice_taxes t WHERE t.invoice_id = i.id)) FROM invoices i JOIN import_keys k ON k.our_id = "
                     "i.id AND k.entity = 'invoice' WHERE k.erpnext_name = 'ACC-SINV-0000003'"),
            u"7000|350|698|8048|paid|8048|2025-01-01|2025-01-31|2|GST50000,QST99750"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT string_agg(i.status, ',' ORDER BY k.erpnext_name) FROM invoices i JOIN import_keys k ON "
                     "k.our_id = i.id AND k.entity = 'invoice' WHERE k.erpnext_name IN "
                     "('ACC-SINV-0000689', 'ACC-SINV-0000690')"),
            u"draft,void"_s);
        QVERIFY(last == u"690"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', p.amount_cents, p.method, (SELECT count(*) FROM payment_allocations a "
                     "WHERE a.payment_id = p.id), (SELECT bool_and(i.status = 'paid') FROM payment_allocations a "
                     "JOIN invoices i ON i.id = a.invoice_id WHERE a.payment_id = p.id)) FROM payments p JOIN "
                     "import_keys k ON k.our_id = p.id AND k.entity = 'payment' WHERE k.erpnext_name = "
                     "'ACC-PAY-SPLIT'"),
            scalar(*p.src,
                "SELECT (sum(allocated_amount) * 100)::bigint || '|cheque|3|t' FROM "
                "\"tabPayment Entry Reference\" WHERE parent = 'ACC-PAY-SPLIT'"));
        // Tickets and messages: status, parent, HTML (the assigned staff: TestErpnextImportDispatch).
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', t.subject, t.status, t.issue_type, t.legacy_ticket_id, p.legacy_ticket_id, "
                     "t.closed_at IS NOT NULL) FROM tickets t JOIN import_keys k ON k.our_id = t.id AND k.entity = "
                     "'ticket' LEFT JOIN tickets p ON p.id = t.parent_id WHERE k.erpnext_name = 'ISS-0000020'"),
            u"Pas d'Internet depuis l'orage|open|installation|500020|500019|f"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', m.body, m.channel, m.is_internal, m.author_name) FROM ticket_messages m "
                     "JOIN import_keys k ON k.our_id = m.id AND k.entity = 'message' WHERE k.erpnext_name = "
                     "'COMM-00000010'"),
            u"Bonjour,\nL'internet ne fonctionne plus & le modem clignote.\nMerci !|sms|f|client10@exemple.ca"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', m.channel, m.is_internal, m.author_name) FROM ticket_messages m JOIN "
                     "import_keys k ON k.our_id = m.id AND k.entity = 'message' WHERE k.erpnext_name = "
                     "'COMM-00000021'"),
            u"note|t|Zoé D'Amours"_s);
    }

    void importTwiceChangesNothing()
    {
        Pair p = pair({});
        QVERIFY(p.c);
        auto first = importFrom(p);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
        const char *snapshot = "SELECT (SELECT count(*) FROM customers) || '/' || (SELECT count(*) FROM invoices) || "
                               "'/' || (SELECT count(*) FROM invoice_lines) || '/' || (SELECT count(*) FROM "
                               "payment_allocations) || '/' || (SELECT count(*) FROM ticket_messages) || '/' || "
                               "(SELECT sum(version) FROM customers) || '/' || (SELECT sum(version) FROM invoices) || "
                               "'/' || (SELECT sum(balance_cents) FROM customers)";
        const QString before = scalar(*p.c, snapshot);
        auto second = importFrom(p);
        QVERIFY(second.ok());
        for (const auto &c : second.value().entities) {
            QVERIFY2(c.inserted == 0 && c.updated == 0, qPrintable(c.entity));
            QVERIFY(c.unchanged > 0);
        }
        QCOMPARE(scalar(*p.c, snapshot), before);
        QCOMPARE(second.value().differences(), 0);
        // Upstream: a customer renamed, a ticket deleted, a new message.
        QVERIFY(p.src
                    ->exec("UPDATE \"tabCustomer\" SET customer_name = 'Renée Beaulieu', modified = now() + "
                           "interval '1 day' WHERE name = 'CUST-00007'")
                    .ok());
        QVERIFY(p.src->exec("DELETE FROM \"tabIssue\" WHERE name = 'ISS-0000005'").ok());
        QVERIFY(p.src
                    ->exec("INSERT INTO \"tabCommunication\" (name, creation, modified, content, communication_type, "
                           "communication_medium, reference_doctype, reference_name, communication_date) VALUES "
                           "('COMM-NEW', now(), now(), 'Suivi', 'Communication', 'Email', 'Issue', 'ISS-0000001', "
                           "now())")
                    .ok());
        auto third = importFrom(p);
        QVERIFY(third.ok());
        QCOMPARE(counts(third.value(), "customer")->updated, 1);
        QCOMPARE(counts(third.value(), "message")->inserted, 1);
        QCOMPARE(counts(third.value(), "ticket")->deletedUpstream, 1);
        QVERIFY(issueSet(third.value()).contains(u"ticket ISS-0000005 deleted_upstream deleted_upstream"_s));
        QCOMPARE(scalar(*p.c,
                     "SELECT display_name FROM customers c JOIN import_keys k ON k.our_id = c.id AND "
                     "k.entity = 'customer' WHERE k.erpnext_name = 'CUST-00007'"),
            u"Renée Beaulieu"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT count(*) FROM tickets t JOIN import_keys k ON k.our_id = t.id AND "
                     "k.entity = 'ticket' WHERE k.erpnext_name = 'ISS-0000005'"),
            u"1"_s); // reported, not deleted
        QCOMPARE(scalar(*p.c, "SELECT count(*) - count(DISTINCT erpnext_name) FROM import_keys"), u"0"_s);
    }

    // Two writers (a second connection, the site read in one shared snapshot) give what one gives, planted
    // differences and refused rows included; a re-import with two writers changes nothing.
    void twoWritersImportWhatOneDoes()
    {
        test::ErpnextFixtureOptions o;
        o.hostile = true;
        Pair one = pair(o);
        QVERIFY(one.c);
        auto serial = importFrom(one);
        QVERIFY(serial.ok());
        Pair two = pair(o);
        QVERIFY(two.c);
        auto parallel = importFrom(two, false, {}, true);
        QVERIFY2(parallel.ok(), qPrintable(parallel.ok() ? QString() : parallel.error().detail));
        QCOMPARE(m_progressThreads.size(), 2); // the second writer did work
        QCOMPARE(issueSet(parallel.value()), issueSet(serial.value()));
        QCOMPARE(parallel.value().differences(), serial.value().differences());
        QCOMPARE(parallel.value().entities.size(), serial.value().entities.size());
        for (const auto &e : serial.value().entities) {
            const auto *c = counts(parallel.value(), e.entity.toLatin1().constData());
            QVERIFY(c);
            QCOMPARE(c->inserted, e.inserted);
            QCOMPARE(c->refused, e.refused);
        }
        const QString left = contents(*one.c);
        QVERIFY(!left.contains(u"<error>"_s));
        QCOMPARE(contents(*two.c), left);
        auto again = importFrom(two, false, {}, true);
        QVERIFY(again.ok());
        for (const auto &e : again.value().entities)
            QCOMPARE(e.inserted + e.updated, 0);
        QCOMPARE(scalar(*two.c, "SELECT count(*) FROM invoices"), scalar(*one.c, "SELECT count(*) FROM invoices"));
    }

    // An admin who does not own the tables imports too (the GUI offers the import to admins): the row audit
    // triggers stay on, and the per-entity audit rows are written for the admin.
    void adminImports()
    {
        test::ErpnextFixtureOptions o;
        o.hostile = true;
        Pair p = pair(o);
        QVERIFY(p.c);
        QVERIFY(p.c->exec("CREATE ROLE imp_admin LOGIN IN ROLE ops_admin").ok());
        auto admin = db::PgConnection::open(p.ours + u" options='-c role=imp_admin'"_s);
        QVERIFY(admin.ok());
        QCOMPARE(scalar(*admin.value(), "SELECT current_user"), u"imp_admin"_s);
        import::ImportOptions io;
        io.sourceConninfo = p.source;
        io.oursConninfo = p.ours + u" options='-c role=imp_admin'"_s;
        auto r = import::runErpnextImport(*admin.value(), io);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage + u' ' + r.error().detail));
        QCOMPARE(counts(r.value(), "customer")->inserted, 40);
        QVERIFY(counts(r.value(), "message")->inserted > 0);
        QCOMPARE(scalar(*p.c,
                     "SELECT count(DISTINCT after ->> 'entity') || '|' || min(db_role) FROM audit_log "
                     "WHERE entity = 'erpnext_import'"),
            QString::number(r.value().entities.size()) + u"|imp_admin"_s);
        QCOMPARE(scalar(*p.c, "SELECT count(*) > 0 FROM audit_log WHERE entity = 'customer'"), u"t"_s); // rows too
    }

    void hostileRowsAndPlantedDifferences()
    {
        test::ErpnextFixtureOptions o;
        o.hostile = true;
        Pair p = pair(o);
        QVERIFY(p.c);
        auto r = importFrom(p);
        QVERIFY(r.ok());
        const QSet<QString> issues = issueSet(r.value());
        for (const QString &expected :
            {u"customer CUST-00002 changed bad_postal_code"_s, u"customer CUST-00003 changed phone_not_normalisable"_s,
                u"location SL-000044 refused bad_postal_code"_s, u"equipment SE-000006 refused duplicate_serial"_s,
                u"equipment SE-000008 refused duplicate_mac"_s, u"subscription SS-000009 refused orphan_link"_s,
                u"invoice ACC-SINV-0000010 refused lines_do_not_add_up"_s,
                u"payment ACC-PAY-0000011 refused missing_invoice_reference"_s,
                u"payment ACC-PAY-0000010 refused missing_invoice_reference"_s,
                u"ticket ISS-0000002 changed parent_missing"_s}) {
            QVERIFY2(issues.contains(expected), qPrintable(expected));
        }
        // Cleaned rows are in, refused ones nowhere (nothing half-imported: no lines of the refused invoice).
        QCOMPARE(scalar(*p.c,
                     "SELECT coalesce(billing_postal_code, 'null') || '|' || coalesce(phone, 'null') FROM "
                     "customers WHERE legacy_account_id IN (100002, 100003) ORDER BY legacy_account_id"),
            u"null|(819) 555-0002"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT count(*) FROM invoice_lines l WHERE NOT EXISTS (SELECT 1 FROM invoices i "
                     "WHERE i.id = l.invoice_id)"),
            u"0"_s);
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM service_equipment WHERE serial = 'ZTEG00000005'"), u"1"_s);
        QCOMPARE(scalar(*p.c, "SELECT parent_id IS NULL FROM tickets WHERE legacy_ticket_id = 500002"), u"t"_s);
        // The reconciliation lists the planted differences.
        QVERIFY(r.value().differences() > 0);
        QStringList differing;
        for (const auto &l : r.value().reconciliation) {
            if (!l.equal())
                differing << l.entity + u'/' + l.metric + (l.erpnextName.isEmpty() ? QString() : u'/' + l.erpnextName);
        }
        for (const QString &expected : {u"invoice/count"_s, u"invoice/total_cents"_s, u"payment/count"_s,
                 u"payment/received_cents"_s, u"equipment/count"_s, u"customer/balance_cents/CUST-00011"_s}) {
            QVERIFY2(differing.contains(expected), qPrintable(differing.join(u", "_s)));
        }
        QVERIFY(!differing.contains(u"customer/count"_s));
        QVERIFY(!differing.contains(u"customer/balance_cents/CUST-00001"_s));
        QCOMPARE(scalar(*p.c, "SELECT count(*) > 0 FROM import_reconciliation WHERE erpnext_name = 'CUST-00011'"),
            u"t"_s); // kept
    }

    void cleanReconciliationIsEqual()
    {
        Pair p = pair({});
        QVERIFY(p.c);
        auto r = importFrom(p);
        QVERIFY(r.ok());
        QCOMPARE(r.value().differences(), 0);
        QVERIFY(r.value().reconciliation.size() >= 12);
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM import_reconciliation WHERE metric = 'balance_cents'"), u"0"_s);
        QCOMPARE(scalar(*p.c, "SELECT status FROM import_runs ORDER BY id DESC LIMIT 1"), u"done"_s);
    }

    void missingMappedFieldWritesNothing()
    {
        Pair p = pair({});
        QVERIFY(p.c);
        QTemporaryFile mapping;
        QVERIFY(mapping.open());
        mapping.write(R"({"doctypes": {"Service Location": "Service Location"},
                          "fields": {"Customer": {"stripe_id": "stripe_customer"}}})");
        mapping.flush();
        auto r = importFrom(p, false, mapping.fileName());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().userMessage.contains(u"stripe_customer"_s), qPrintable(r.error().userMessage));
        QCOMPARE(scalar(*p.c, "SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM import_runs)"), u"0"_s);
        // Mapped to "": the site has no such field, the rest imports.
        mapping.resize(0);
        mapping.write(R"({"fields": {"Customer": {"stripe_id": ""}}})");
        mapping.flush();
        auto ok = importFrom(p, false, mapping.fileName());
        QVERIFY(ok.ok());
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM customers WHERE stripe_id IS NOT NULL"), u"0"_s);
    }

    void siteWithoutCustomDoctypes()
    {
        test::ErpnextFixtureOptions o;
        o.customDoctypes = false;
        Pair p = pair(o);
        QVERIFY(p.c);
        auto r = importFrom(p);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
        for (const char *e : {"location", "equipment", "subscription"})
            QVERIFY(counts(r.value(), e)->skipped);
        QVERIFY(issueSet(r.value()).contains(u"location  skipped doctype_missing"_s));
        QCOMPARE(counts(r.value(), "invoice")->inserted, test::erpnextFixtureCounts(40).invoices);
        QCOMPARE(r.value().differences(), 0);
    }

    void dryRunKeepsNothing()
    {
        test::ErpnextFixtureOptions o;
        o.hostile = true;
        Pair p = pair(o);
        QVERIFY(p.c);
        auto r = importFrom(p, true);
        QVERIFY(r.ok());
        QVERIFY(r.value().dryRun);
        QCOMPARE(counts(r.value(), "customer")->inserted, 40);
        QVERIFY(r.value().issues.size() > 5);
        QVERIFY(r.value().differences() > 0);
        QCOMPARE(scalar(*p.c,
                     "SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM import_keys) + "
                     "(SELECT count(*) FROM import_runs) + (SELECT count(*) FROM tickets)"),
            u"0"_s);
    }

    void resumeAfterSigkill()
    {
        Pair p = pair({});
        QVERIFY(p.c);
        // ERPNext's Issue table is locked: the import commits customers .. payments, then waits to read the
        // tickets; it is killed there.
        auto locker = db::PgConnection::open(p.source);
        QVERIFY(locker.ok());
        QVERIFY(locker.value()->exec("BEGIN").ok());
        QVERIFY(locker.value()->exec("LOCK TABLE \"tabIssue\" IN ACCESS EXCLUSIVE MODE").ok());
        QProcess child;
        child.setProcessEnvironment(test::opsctlEnvironment());
        child.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
            {u"--db"_s, p.ours, u"import"_s, u"erpnext"_s, u"--from"_s, p.source});
        QVERIFY(child.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(*p.c, "SELECT coalesce((SELECT 'payment' = ANY (done_entities) FROM import_runs), false)"), u"t"_s,
            60000);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QVERIFY(locker.value()->exec("ROLLBACK").ok());
        QCOMPARE(scalar(*p.c, "SELECT status || '|' || ('ticket' = ANY (done_entities)) FROM import_runs"),
            u"running|false"_s);
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM tickets"), u"0"_s);
        const QString invoicesBefore = scalar(*p.c, "SELECT count(*) FROM invoices");
        const test::OpsctlRun again =
            test::runOpsctl({u"--db"_s, p.ours, u"--json"_s, u"import"_s, u"erpnext"_s, u"--from"_s, p.source},
                test::opsctlEnvironment());
        QVERIFY2(again.code == 0, qPrintable(again.err));
        const QJsonObject j = again.json();
        QCOMPARE(j.value(u"resumed").toBool(), true);
        QCOMPARE(j.value(u"differences").toInt(-1), 0);
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM invoices"), invoicesBefore); // not imported twice
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM tickets").toLongLong(), test::erpnextFixtureCounts(40).tickets);
        QCOMPARE(scalar(*p.c, "SELECT string_agg(status, ',') FROM import_runs"), u"done"_s);
    }

    void importedDataOpensInCustomerFileAndTicketList()
    {
        Pair p = pair({});
        QVERIFY(p.c);
        QVERIFY(importFrom(p).ok());
        const qint64 id = scalar(*p.c,
            "SELECT our_id FROM import_keys WHERE entity = 'customer' AND erpnext_name = "
            "'CUST-00004'")
                              .toLongLong();
        customers::CustomerRepository repo(*p.c);
        auto file = repo.loadFile(id);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().detail));
        QCOMPARE(file.value().customer.displayName, u"Marie-Ève Bélanger"_s);
        QVERIFY(!file.value().locations.isEmpty());
        QVERIFY(!file.value().subscriptions.isEmpty());
        QVERIFY(!file.value().invoices.isEmpty());
        QVERIFY(!file.value().tickets.isEmpty());
        tickets::TicketRepository tickets(*p.c);
        auto page = tickets.page({});
        QVERIFY(page.ok());
        QCOMPARE(page.value().rows.size(), tickets::TicketRepository::kDefaultLimit);
    }
};

QTEST_GUILESS_MAIN(TestErpnextImport)
#include "TestErpnextImport.moc"

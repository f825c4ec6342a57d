// Dunning on a real cluster, as the billing group (migration 0022_dunning): stages reached and recorded once per
// invoice (a second run the same day, then a later day, sends nothing twice), the threshold, holds, a later stage
// superseding earlier messages, the suspension (subscriptions suspended and recorded, a ticket with its note), the
// reinstatement by a payment in the payment's own transaction (and not by a partial one), the messages in the
// customer's language, a preview that writes nothing and equals what the run then records, and the suspension
// preview ("who will be suspended tomorrow, and why").
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"
#include "core/dunning/DunningRepository.h"
#include "core/dunning/DunningText.h"
#include "core/payments/PaymentRepository.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dunning;

namespace {

// Invoices due on $1 (a date given by each test). Customers:
//  1 fr, e-mail and mobile, 10000 late (INV-1), subscriptions 1 and 2 active, 3 cancelled;
//  2 en, e-mail and mobile, 3000 + 2500 late (INV-2, INV-6), no subscription;
//  3 fr, neither e-mail nor phone, 5000 late;
//  4 fr, 500 late: under the 10.00 $ threshold;
//  5 fr, 5000 late, on hold until 2099.
const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Targo'",
    "INSERT INTO items (id, sku, kind, name_fr, name_en, monthly_price_cents, taxable) VALUES"
    " (1, 'INT-100', 'internet', 'Internet 100', 'Internet 100', 10000, false)",
    "INSERT INTO customers (id, code, display_name, language, email, phone, balance_cents) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', '450 555-0101', 10000),"
    " (2, 'CUST-00002', 'John Smith', 'en', 'john@example.com', '(514) 555-0102', 5500),"
    " (3, 'CUST-00003', 'Marc Roy', 'fr', NULL, NULL, 5000),"
    " (4, 'CUST-00004', 'Petit Solde', 'fr', 'petit@example.com', NULL, 500),"
    " (5, 'CUST-00005', 'Anne Côté', 'fr', 'anne@example.com', NULL, 5000)",
    "INSERT INTO subscriptions (id, code, customer_id, item_id, price_cents, quantity, start_date, status) VALUES"
    " (1, 'SUB-00001', 1, 1, 10000, 1, '2025-01-01', 'active'),"
    " (2, 'SUB-00002', 1, 1, 10000, 1, '2025-01-01', 'active'),"
    " (3, 'SUB-00003', 1, 1, 10000, 1, '2024-01-01', 'cancelled')",
};

const char *const kInvoices =
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,"
    " gst_cents, qst_cents, total_cents, paid_cents, status, kind) VALUES"
    " (1, 'INV-00001', 1, $1::date - 60, $1::date - 31, $1::date - 30, $1::date, 10000, 0, 0, 10000, 0, 'issued', "
    "'invoice'),"
    " (2, 'INV-00002', 2, $1::date - 60, $1::date - 31, $1::date - 30, $1::date, 3000, 0, 0, 3000, 0, 'issued', "
    "'invoice'),"
    " (6, 'INV-00006', 2, $1::date - 90, $1::date - 61, $1::date - 30, $1::date, 2500, 0, 0, 2500, 0, 'issued', "
    "'invoice'),"
    " (3, 'INV-00003', 3, $1::date - 60, $1::date - 31, $1::date - 30, $1::date, 5000, 0, 0, 5000, 0, 'issued', "
    "'invoice'),"
    " (4, 'INV-00004', 4, $1::date - 60, $1::date - 31, $1::date - 30, $1::date, 500, 0, 0, 500, 0, 'issued', "
    "'invoice'),"
    " (5, 'INV-00005', 5, $1::date - 60, $1::date - 31, $1::date - 30, $1::date, 5000, 0, 0, 5000, 0, 'issued', "
    "'invoice')";

const QDate kDue(2026, 3, 2);

DunningSenders senders()
{
    DunningSenders s;
    s.mailFrom = u"facturation@targo.example"_s;
    s.smsAccountSid = u"AC0123456789abcdef0123456789abcdef"_s;
    s.smsFrom = u"+14505550000"_s;
    return s;
}

// (invoice code, action, status, reason) of a report, in its order.
QStringList keys(const QList<DunningAction> &actions)
{
    QStringList out;
    for (const DunningAction &a : actions)
        out << u"%1 %2 %3 %4"_s.arg(a.invoiceCode, a.action, a.status, a.skipReason).trimmed();
    return out;
}

} // namespace

class TestDunning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void stagesAreRecordedOncePerInvoice();
    void smsBesideALaterStageOfTheSameCustomer();
    void thresholdAndHolds();
    void laterStageSupersedesEarlierMessages();
    void previewWritesNothingAndEqualsTheRun();
    void messagesInTheCustomersLanguage();
    void suspensionSuspendsAndWritesATicketNote();
    void paymentClearingTheOverdueReinstatesInItsTransaction();
    void suspensionPreviewSaysWhoAndWhy();
    void stagesAndThresholdAreEditable();
    void badInputWritesNothing();

private:
    void seed(const QDate &due);
    qint64 scalar(const QString &sql);
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestDunning::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestDunning::init()
{
    m_c.reset();
    auto c = test::seededDatabase(*m_cluster, kSeed);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
    m_c = std::move(c).value();
    auto hold =
        m_c->exec("INSERT INTO dunning_holds (customer_id, until_date, reason) VALUES (5, '2099-01-01', 'Entente')");
    QVERIFY(hold.ok());
}

void TestDunning::seed(const QDate &due)
{
    auto r = m_c->exec(kInvoices, db::SqlParams().add(due));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    // The billing group runs dunning and records payments.
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
}

void TestDunning::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

qint64 TestDunning::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().detail));
        return -1;
    }
    return r.value().rows() ? r.value().int64(0, 0) : -1;
}

void TestDunning::stagesAreRecordedOncePerInvoice()
{
    seed(kDue);
    DunningRepository repo(*m_c);
    auto first = repo.run(kDue.addDays(7), senders());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
    QCOMPARE(keys(first.value().actions),
        QStringList({u"INV-00001 email queued"_s, u"INV-00002 email queued"_s, u"INV-00006 email queued"_s,
            u"INV-00003 email skipped no_email"_s}));
    QCOMPARE(first.value().emails, 2); // one per customer: John's two invoices in one e-mail
    QCOMPARE(first.value().skipped, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), 2);
    QCOMPARE(scalar(u"SELECT count(DISTINCT outbox_id) FROM dunning_actions WHERE customer_id = 2"_s), 1);

    // The same date again, then a day later: nothing more.
    auto again = repo.run(kDue.addDays(7), senders());
    QVERIFY(again.ok());
    QVERIFY(again.value().actions.isEmpty());
    auto later = repo.run(kDue.addDays(8), senders());
    QVERIFY(later.ok());
    QVERIFY(later.value().actions.isEmpty());

    // +14: the SMS; +15 and +14 again: nothing; every (invoice, stage) once.
    auto sms = repo.run(kDue.addDays(14), senders());
    QVERIFY2(sms.ok(), qPrintable(sms.ok() ? QString() : sms.error().detail + sms.error().userMessage));
    QCOMPARE(keys(sms.value().actions),
        QStringList({u"INV-00001 sms queued"_s, u"INV-00002 sms queued"_s, u"INV-00006 sms queued"_s,
            u"INV-00003 sms skipped no_phone"_s}));
    QCOMPARE(sms.value().sms, 2);
    QVERIFY(repo.run(kDue.addDays(15), senders()).value().actions.isEmpty());
    QVERIFY(repo.run(kDue.addDays(14), senders()).value().actions.isEmpty());
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE provider = 'twilio'"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), 4);
    QCOMPARE(scalar(u"SELECT count(*) FROM dunning_actions"_s), 8);
    QCOMPARE(
        scalar(u"SELECT max(n) FROM (SELECT count(*) AS n FROM dunning_actions GROUP BY invoice_id, stage_id) x"_s), 1);
    // The SMS went to the number in E.164.
    QCOMPARE(
        scalar(u"SELECT count(*) FROM outbox WHERE provider = 'twilio' AND request::text LIKE '%+14505550101%'"_s), 1);
}

void TestDunning::smsBesideALaterStageOfTheSameCustomer()
{
    // John's INV-00006 is ten days older: on day 14, INV-00002 gets the SMS and INV-00006 the notice, in one run. The
    // SMS still goes to John's mobile (regression: the later stage's row lost the number).
    seed(kDue);
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec("UPDATE invoices SET due_date = due_date - 10 WHERE id = 6").ok());
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    DunningRepository repo(*m_c);
    auto r = repo.run(kDue.addDays(14), senders());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail + r.error().userMessage));
    QStringList john = keys(r.value().actions);
    john.removeIf([](const QString &k) { return !k.startsWith(u"INV-00002") && !k.startsWith(u"INV-00006"); });
    QCOMPARE(john,
        QStringList({u"INV-00006 email skipped superseded"_s, u"INV-00002 email skipped superseded"_s,
            u"INV-00006 sms skipped superseded"_s, u"INV-00002 sms queued"_s, u"INV-00006 notice queued"_s}));
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE provider = 'twilio' AND business_id = 2"
                    u" AND request::text LIKE '%+15145550102%'"_s),
        1);
}

void TestDunning::thresholdAndHolds()
{
    seed(kDue);
    DunningRepository repo(*m_c);
    // Customer 4 owes 5.00 $ (under 10.00 $); customer 5 is on hold.
    auto p = repo.preview(kDue.addDays(7));
    QVERIFY(p.ok());
    for (const DunningAction &a : p.value().actions)
        QVERIFY2(a.customerId != 4 && a.customerId != 5, qPrintable(a.customerCode));
    // The threshold lowered to 5.00 $ (at or above counts): customer 4 is chased.
    QVERIFY(m_c->exec("UPDATE dunning_settings SET threshold_cents = 500").ok());
    p = repo.preview(kDue.addDays(7));
    QVERIFY(keys(p.value().actions).contains(u"INV-00004 email queued"_s));
    // The hold released: customer 5 is chased; a hold that ended before the date does not count either.
    const qint64 holdId = scalar(u"SELECT id FROM dunning_holds WHERE customer_id = 5"_s);
    QVERIFY(repo.releaseHold(holdId).ok());
    QCOMPARE(repo.releaseHold(holdId).error().kind, Error::Kind::Conflict);
    auto added = repo.addHold(5, kDue.addDays(6), u"Promised to pay"_s);
    QVERIFY(added.ok());
    p = repo.preview(kDue.addDays(7));
    QVERIFY(keys(p.value().actions).contains(u"INV-00005 email queued"_s));
    // A hold until the date itself still holds.
    QVERIFY(repo.addHold(5, kDue.addDays(7), u"Arrangement"_s).ok());
    p = repo.preview(kDue.addDays(7));
    QVERIFY(!keys(p.value().actions).contains(u"INV-00005 email queued"_s));
    QCOMPARE(repo.addHold(5, kDue, u"  "_s).error().kind, Error::Kind::Validation);
}

void TestDunning::laterStageSupersedesEarlierMessages()
{
    seed(kDue);
    DunningRepository repo(*m_c);
    // First seen 25 days late: the e-mail and the SMS are recorded as superseded, only the notice is sent.
    auto r = repo.run(kDue.addDays(25), senders());
    QVERIFY(r.ok());
    QStringList expected;
    for (const char *code : {"INV-00001", "INV-00002", "INV-00006"})
        expected << u"%1 email skipped superseded"_s.arg(QLatin1String(code));
    for (const char *code : {"INV-00001", "INV-00002", "INV-00006"})
        expected << u"%1 sms skipped superseded"_s.arg(QLatin1String(code));
    for (const char *code : {"INV-00001", "INV-00002", "INV-00006"})
        expected << u"%1 notice queued"_s.arg(QLatin1String(code));
    QStringList got = keys(r.value().actions);
    got.removeIf([](const QString &k) { return k.startsWith(u"INV-00003"); });
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(got, expected);
    QCOMPARE(r.value().notices, 2);
    QCOMPARE(r.value().emails, 0);
    QCOMPARE(r.value().sms, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), 2);
}

void TestDunning::previewWritesNothingAndEqualsTheRun()
{
    seed(kDue);
    DunningRepository repo(*m_c);
    const QString counts =
        u"SELECT (SELECT count(*) FROM dunning_actions) * 1000000 + (SELECT count(*) FROM outbox) * 1000"
        u" + (SELECT count(*) FROM dunning_suspensions) * 100 + (SELECT count(*) FROM tickets)"_s;
    QVERIFY(m_c->exec("RESET ROLE").ok());
    const qint64 audit = scalar(u"SELECT count(*) FROM audit_log"_s);
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    const qint64 before = scalar(counts);
    auto p = repo.preview(kDue.addDays(30));
    QVERIFY(p.ok());
    QVERIFY(p.value().preview);
    QVERIFY(!p.value().actions.isEmpty());
    QCOMPARE(scalar(counts), before);
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), audit);
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());

    auto r = repo.run(kDue.addDays(30), senders());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(keys(r.value().actions), keys(p.value().actions));
    QCOMPARE(r.value().emails, p.value().emails);
    QCOMPARE(r.value().notices, p.value().notices);
    QCOMPARE(r.value().skipped, p.value().skipped);
    QCOMPARE(r.value().suspendedCodes, p.value().suspendedCodes);
    // What the table holds is what the preview listed.
    auto rows = m_c->exec("SELECT i.code || ' ' || a.action || ' ' || a.status || coalesce(' ' || a.skip_reason, '')"
                          "  FROM dunning_actions a JOIN invoices i ON i.id = a.invoice_id"
                          "  JOIN customers c ON c.id = a.customer_id JOIN dunning_stages s ON s.id = a.stage_id"
                          " ORDER BY c.code, s.position, i.due_date, i.id");
    QVERIFY(rows.ok());
    QStringList recorded;
    for (int i = 0; i < rows.value().rows(); ++i)
        recorded << rows.value().text(i, 0);
    QCOMPARE(recorded, keys(p.value().actions));
    // A preview after the run has nothing left.
    QVERIFY(repo.preview(kDue.addDays(30)).value().actions.isEmpty());
}

void TestDunning::messagesInTheCustomersLanguage()
{
    seed(kDue);
    DunningRepository repo(*m_c);
    QVERIFY(repo.run(kDue.addDays(7), senders()).ok());
    QVERIFY(repo.run(kDue.addDays(14), senders()).ok());
    auto text = [this](qint64 customer, const char *provider) {
        auto r = m_c->exec("SELECT request::text FROM outbox WHERE business_entity = 'customer' AND business_id = $1"
                           " AND provider = $2",
            db::SqlParams().add(customer).add(provider));
        return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : QString();
    };
    const QString elise = text(1, "mailjet");
    QVERIFY2(elise.contains(u"Rappel : solde en souffrance de 100,00"_s), qPrintable(elise));
    QVERIFY(elise.contains(u"Facture INV-00001"_s));
    QVERIFY(elise.contains(u"elise@example.com"_s));
    const QString john = text(2, "mailjet");
    QVERIFY2(john.contains(u"Reminder: overdue balance of $55.00"_s), qPrintable(john));
    QVERIFY(john.contains(u"Invoice INV-00002: $30.00, 7 days late"_s));
    QVERIFY(john.contains(u"Invoice INV-00006: $25.00, 7 days late"_s));
    QVERIFY(!john.contains(u"Facture"_s));
    QVERIFY(text(1, "twilio").contains(u"votre compte a un solde en souffrance de 100,00"_s));
    QVERIFY(text(2, "twilio").contains(u"your account has an overdue balance of $55.00"_s));

    // The text itself: the notice warns of the suspension.
    DunningAction a;
    a.invoiceCode = u"INV-00009"_s;
    a.amountCents = 123456;
    a.daysLate = 21;
    QVERIFY(dunningMessage(u"notice"_s, u"fr"_s, {a}, u"Targo"_s).body.contains(u"seront suspendus"_s));
    QVERIFY(dunningMessage(u"notice"_s, u"en"_s, {a}, u"Targo"_s).subject.startsWith(u"Suspension notice"_s));
}

void TestDunning::suspensionSuspendsAndWritesATicketNote()
{
    seed(kDue);
    DunningRepository repo(*m_c);
    QVERIFY(repo.run(kDue.addDays(21), senders()).ok());
    auto r = repo.run(kDue.addDays(30), senders());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().suspendedCodes, QStringList({u"CUST-00001"_s, u"CUST-00002"_s, u"CUST-00003"_s}));
    QCOMPARE(r.value().suspendedSubscriptions, 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM subscriptions WHERE status = 'suspended'"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM subscriptions WHERE id = 3 AND status = 'cancelled'"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM dunning_suspensions WHERE customer_id = 1 AND reinstated_at IS NULL"_s), 2);
    // One ticket, for customer 1 only (the others had nothing to suspend), with the note.
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets t JOIN dunning_suspensions s ON s.ticket_id = t.id"
                    u" WHERE t.customer_id = 1 AND t.issue_type = 'billing' AND t.status = 'open'"_s),
        2);
    QCOMPARE(scalar(u"SELECT count(*) FROM ticket_messages WHERE is_internal AND channel = 'note'"
                    u" AND body LIKE '%INV-00001%' AND body LIKE '%10000%'"_s),
        1);
    // Ticket codes past 99,999 keep every digit (0001's default truncated them to five and collided).
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec("SELECT setval('seq_ticket_code', 242002)").ok());
    QVERIFY(m_c->exec("INSERT INTO tickets (code, customer_id, subject, issue_type) VALUES"
                      " ('TCK-24200', 1, 'Ancien', 'billing')")
                .ok());
    QVERIFY(m_c->exec("INSERT INTO tickets (customer_id, subject, issue_type) VALUES (1, 'Nouveau', 'billing')").ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE code = 'TCK-242003'"_s), 1);
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    // Run again the next day: nothing suspended twice.
    auto again = repo.run(kDue.addDays(31), senders());
    QVERIFY(again.ok());
    QVERIFY(again.value().actions.isEmpty());
    QCOMPARE(scalar(u"SELECT count(*) FROM dunning_suspensions"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE issue_type = 'billing'"_s), 3);
}

void TestDunning::paymentClearingTheOverdueReinstatesInItsTransaction()
{
    // Due 35 days ago, so that the amounts are overdue today (the reinstatement looks at today).
    const QDate today = QDate::currentDate();
    const QDate due = today.addDays(-35);
    seed(due);
    DunningRepository repo(*m_c);
    auto r = repo.run(today, senders());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(scalar(u"SELECT count(*) FROM subscriptions WHERE customer_id = 1 AND status = 'suspended'"_s), 2);

    payments::PaymentRepository pay(*m_c);
    payments::PaymentInput in;
    in.customerId = 1;
    in.amountCents = 5000; // 50.00 $ of 100.00 $: 50.00 $ still overdue, above the threshold
    in.method = u"cash"_s;
    auto partial = pay.record(in);
    QVERIFY2(partial.ok(), qPrintable(partial.ok() ? QString() : partial.error().detail));
    QCOMPARE(scalar(u"SELECT count(*) FROM subscriptions WHERE customer_id = 1 AND status = 'suspended'"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM dunning_suspensions WHERE reinstated_at IS NOT NULL"_s), 0);

    in.amountCents = 4100; // 9.00 $ left: under 10.00 $
    auto rest = pay.record(in);
    QVERIFY(rest.ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM subscriptions WHERE customer_id = 1 AND status = 'active'"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM dunning_suspensions WHERE reinstated_at IS NOT NULL"_s), 2);
    // In the payment's transaction: the subscriptions' and the payment's rows were written by the same one.
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(scalar(u"SELECT count(DISTINCT x::text) FROM (SELECT xmin AS x FROM subscriptions WHERE id IN (1, 2)"
                    u" UNION ALL SELECT xmin FROM payments WHERE id = %1) t"_s.arg(rest.value().id)),
        1);
    QCOMPARE(scalar(u"SELECT count(*) FROM ticket_messages WHERE body LIKE '%Service reinstated%'"_s), 1);

    // A later payment changes nothing more: the suspensions are closed.
    in.amountCents = 900;
    QVERIFY(pay.record(in).ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM ticket_messages WHERE body LIKE '%Service reinstated%'"_s), 1);
}

void TestDunning::suspensionPreviewSaysWhoAndWhy()
{
    seed(kDue);
    DunningRepository repo(*m_c);
    QVERIFY(repo.run(kDue.addDays(7), senders()).ok());
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec("INSERT INTO payments (customer_id, received_at, amount_cents, method, status) VALUES"
                      " (2, '2026-03-05 15:00:00+00', 100, 'cash', 'succeeded')")
                .ok());
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
    // On day 28, nobody is suspended tomorrow; on day 29, customers 1, 2, 3 and 5 (on hold, shown as such).
    auto none = repo.suspensionPreview(kDue.addDays(28));
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());
    auto list = repo.suspensionPreview(kDue.addDays(29));
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().detail));
    QStringList codes;
    for (const SuspensionCandidate &s : list.value())
        codes << s.code;
    QCOMPARE(codes, QStringList({u"CUST-00001"_s, u"CUST-00002"_s, u"CUST-00003"_s, u"CUST-00005"_s}));
    const SuspensionCandidate &elise = list.value().at(0);
    QCOMPARE(elise.overdueCents, 10000);
    QCOMPARE(elise.daysLate, 30);
    QVERIFY(!elise.onHold);
    QCOMPARE(elise.history.size(), 1);
    QCOMPARE(elise.history.first().action, u"email"_s);
    QCOMPARE(elise.history.first().runDate, kDue.addDays(7));
    const SuspensionCandidate &john = list.value().at(1);
    QCOMPARE(john.lastPaymentCents, 100);
    QCOMPARE(john.lastPaymentOn, QDate(2026, 3, 5));
    QCOMPARE(john.overdueCents, 5500);
    const SuspensionCandidate &anne = list.value().at(3);
    QVERIFY(anne.onHold);
    QCOMPARE(anne.holdReason, u"Entente"_s);
    // Once suspended, they are no longer "tomorrow".
    QVERIFY(repo.run(kDue.addDays(30), senders()).ok());
    auto after = repo.suspensionPreview(kDue.addDays(30));
    QVERIFY(after.ok());
    QCOMPARE(after.value().size(), 1); // Anne, still on hold
    QCOMPARE(after.value().first().code, u"CUST-00005"_s);
}

void TestDunning::stagesAndThresholdAreEditable()
{
    seed(kDue);
    DunningRepository repo(*m_c);
    auto cfg = repo.config();
    QVERIFY(cfg.ok());
    QCOMPARE(cfg.value().stages.size(), 4);
    QCOMPARE(cfg.value().thresholdCents, 1000);
    QVERIFY(cfg.value().canEdit);
    QStringList shape;
    for (const DunningStage &s : cfg.value().stages)
        shape << u"%1:%2"_s.arg(s.daysLate).arg(s.action);
    QCOMPARE(shape, QStringList({u"7:email"_s, u"14:sms"_s, u"21:notice"_s, u"30:suspend"_s}));

    DunningConfig edit = cfg.value();
    edit.stages[0].daysLate = 5;
    edit.stages.removeAt(1); // the SMS stage goes: deactivated, kept
    edit.stages.append(DunningStage{0, 0, 45, u"email"_s, true});
    edit.thresholdCents = 2500;
    const Status saved = repo.saveConfig(edit);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().detail));
    cfg = repo.config();
    shape.clear();
    for (const DunningStage &s : cfg.value().stages)
        shape << u"%1:%2:%3"_s.arg(s.daysLate).arg(s.action).arg(s.active);
    QCOMPARE(shape, QStringList({u"5:email:1"_s, u"21:notice:1"_s, u"30:suspend:1"_s, u"45:email:1"_s, u"14:sms:0"_s}));
    QCOMPARE(cfg.value().thresholdCents, 2500);
    // Invoices of 25.00 $ and more only; 5 days late reaches the first stage.
    auto p = repo.preview(kDue.addDays(5));
    QCOMPARE(keys(p.value().actions),
        QStringList({u"INV-00001 email queued"_s, u"INV-00002 email queued"_s, u"INV-00006 email queued"_s,
            u"INV-00003 email skipped no_email"_s}));

    DunningConfig bad = cfg.value();
    bad.stages[0].daysLate = 0;
    QCOMPARE(repo.saveConfig(bad).error().kind, Error::Kind::Validation);
    bad = cfg.value();
    bad.thresholdCents = -1;
    QCOMPARE(repo.saveConfig(bad).error().kind, Error::Kind::Validation);
    // Managers read, and cannot edit.
    QVERIFY(m_c->exec("SET ROLE ops_manager").ok());
    auto read = repo.config();
    QVERIFY(read.ok());
    QVERIFY(!read.value().canEdit);
    QCOMPARE(repo.saveConfig(cfg.value()).error().kind, Error::Kind::Forbidden);
    QVERIFY(!repo.run(kDue.addDays(7), senders()).ok());
}

void TestDunning::badInputWritesNothing()
{
    seed(kDue);
    DunningRepository repo(*m_c);
    QCOMPARE(repo.preview(QDate()).error().kind, Error::Kind::Validation);
    QCOMPARE(repo.run(QDate(), senders()).error().kind, Error::Kind::Validation);
    // An e-mail is due but no sender is set up: refused before anything is written.
    DunningSenders noMail = senders();
    noMail.mailFrom.clear();
    QCOMPARE(repo.run(kDue.addDays(7), noMail).error().kind, Error::Kind::Validation);
    DunningSenders noSms = senders();
    noSms.smsFrom.clear();
    QCOMPARE(repo.run(kDue.addDays(14), noSms).error().kind, Error::Kind::Validation);
    QCOMPARE(scalar(u"SELECT count(*) FROM dunning_actions"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), 0);
}

QTEST_GUILESS_MAIN(TestDunning)
#include "TestDunning.moc"

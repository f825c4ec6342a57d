// The PPA run and Stripe's events (issue 13), in process, on a real PostgreSQL (TestCluster) against the fake Stripe
// (FakeStripe: one PaymentIntent per idempotency key, faults on demand): one charge per due invoice and none for the
// others, a rerun that charges nothing new, attempts left 'sending' by a crashed run resent with their keys (never a
// second PaymentIntent), a connection dropped after the charge, two runs at once, 429 honoured, events applied once
// (pending debits settle or fail, balances equal to the recomputed ones), and the requests accepted by the
// validating Prism mock of Stripe.
#include <thread>

#include <QJsonObject>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"
#include "core/demo/DemoSeeder.h"
#include "core/integrations/CursorRepository.h"
#include "core/integrations/StripeClient.h"
#include "core/integrations/StripeEventFeed.h"
#include "core/net/NetExecutor.h"
#include "core/net/ProviderConfig.h"
#include "core/payments/PaymentRepository.h"
#include "core/stripe/PpaRepository.h"
#include "core/stripe/PpaRun.h"
#include "core/stripe/StripeEventApplier.h"
#include "tests/support/FakeStripe.h"
#include "tests/support/PrismMock.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

namespace {

const QDate kRunDate(2026, 12, 1);

// Customers 1-3 and 6 pay by PPA (card, debit, a card that is declined, debit); 4 has PPA off; 5 owes an invoice
// due after the run date. Balances equal the invoices (nothing paid yet).
const char *kSeed[] = {
    "INSERT INTO customers (id, code, display_name, language, balance_cents, ppa_enabled, stripe_id) VALUES"
    " (1, 'CUST-00001', 'Carte', 'fr', 3000, true, 'cus_1'), (2, 'CUST-00002', 'Débit', 'fr', 1500, true, 'cus_2'),"
    " (3, 'CUST-00003', 'Refusée', 'en', 700, true, 'cus_3'), (4, 'CUST-00004', 'Sans PPA', 'fr', 900, false, 'cus_4'),"
    " (5, 'CUST-00005', 'Plus tard', 'fr', 800, true, 'cus_5'), (6, 'CUST-00006', 'Débit 2', 'fr', 1100, true, "
    "'cus_6')",
    "INSERT INTO customer_payment_methods (customer_id, stripe_payment_method_id, type, is_default) VALUES"
    " (1, 'pm_card_1', 'card', true), (2, 'pm_acss_2', 'acss_debit', true), (3, 'pm_fail_3', 'card', true),"
    " (4, 'pm_card_4', 'card', true), (5, 'pm_card_5', 'card', true), (6, 'pm_acss_6', 'acss_debit', true)",
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,"
    " gst_cents, qst_cents, total_cents, status) VALUES"
    " (1, 'INV-00001', 1, '2026-10-01', '2026-10-31', '2026-10-01', '2026-11-01', 1000, 0, 0, 1000, 'issued'),"
    " (2, 'INV-00002', 1, '2026-11-01', '2026-11-30', '2026-11-01', '2026-11-15', 2000, 0, 0, 2000, 'issued'),"
    " (3, 'INV-00003', 2, '2026-11-01', '2026-11-30', '2026-11-01', '2026-11-15', 1500, 0, 0, 1500, 'issued'),"
    " (4, 'INV-00004', 3, '2026-11-01', '2026-11-30', '2026-11-01', '2026-11-15', 700, 0, 0, 700, 'issued'),"
    " (5, 'INV-00005', 4, '2026-11-01', '2026-11-30', '2026-11-01', '2026-11-15', 900, 0, 0, 900, 'issued'),"
    " (6, 'INV-00006', 5, '2026-11-01', '2026-11-30', '2026-11-20', '2026-12-20', 800, 0, 0, 800, 'issued'),"
    " (7, 'INV-00007', 6, '2026-11-01', '2026-11-30', '2026-11-01', '2026-11-30', 1100, 0, 0, 1100, 'issued')",
};

// n PPA customers with a card and one due invoice each (ids from 101).
QString manySeed(int n)
{
    return uR"SQL(
INSERT INTO customers (id, code, display_name, language, balance_cents, ppa_enabled, stripe_id)
SELECT 100 + g, 'CUST-' || lpad((100 + g)::text, 5, '0'), 'Client ' || g, 'fr', 1000 + g, true, 'cus_m' || g
  FROM generate_series(1, %1) g;
INSERT INTO customer_payment_methods (customer_id, stripe_payment_method_id, type, is_default)
SELECT 100 + g, 'pm_card_m' || g, 'card', true FROM generate_series(1, %1) g;
INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,
                      gst_cents, qst_cents, total_cents, status)
SELECT 100 + g, 'INV-' || lpad((100 + g)::text, 5, '0'), 100 + g, '2026-11-01', '2026-11-30', '2026-11-01',
       '2026-11-15', 1000 + g, 0, 0, 1000 + g, 'issued'
  FROM generate_series(1, %1) g;
)SQL"_s.arg(n);
}

// A NetExecutor and a StripeClient pointed at a base URL.
struct Stripe
{
    explicit Stripe(const QUrl &base, double rate = 0, int threads = 4)
        : net(threads)
    {
        net::ProviderConfig p;
        p.id = u"stripe"_s;
        p.baseUrl = base;
        p.ratePerSec = rate;
        p.concurrency = threads;
        ok = net.setProvider(p).ok();
        integrations::StripeConfig c;
        c.secretKey = u"sk_test_ppa"_s;
        client = std::make_unique<integrations::StripeClient>(net, c);
    }
    ~Stripe() { net.shutdown(); }
    net::NetExecutor net;
    std::unique_ptr<integrations::StripeClient> client;
    bool ok = false;
};

} // namespace

class TestPpaRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    std::unique_ptr<test::FakeStripe> m_fake;

    QString scalar(const QString &sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() && r.value().rows() ? r.value().text(0, 0) : u"<error>"_s;
    }
    bool seed(const QString &sql)
    {
        Status s = m_c->execScript(sql);
        if (!s.ok())
            qWarning() << s.error().detail;
        return s.ok();
    }
    bool verifyClean()
    {
        auto v = payments::PaymentRepository(*m_c).verify();
        return v.ok() && v.value().clean();
    }
    // Every invoice the fake charged got exactly one PaymentIntent.
    void checkOnePerInvoice(int expectedInvoices)
    {
        const auto byInvoice = m_fake->intentsByInvoice();
        QCOMPARE(byInvoice.size(), expectedInvoices);
        for (auto it = byInvoice.cbegin(); it != byInvoice.cend(); ++it)
            QVERIFY2(
                it.value().size() == 1, qPrintable(u"invoice %1 charged %2 times"_s.arg(it.key()).arg(it->size())));
        QCOMPARE(m_fake->requestsWithoutKey(), 0);
        QCOMPARE(m_fake->idempotencyMismatches(), 0);
    }
    Result<stripe::PpaRunSummary> runPpa(const QDate &date, stripe::PpaOptions options = {})
    {
        Stripe s(m_fake->url());
        return stripe::PpaRun(*m_c, *s.client, options).run(date);
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }
    void init()
    {
        auto db = m_cluster->freshDatabase(true);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_c = std::move(c.value());
        for (const char *sql : kSeed)
            QVERIFY(seed(QString::fromUtf8(sql)));
        m_fake = std::make_unique<test::FakeStripe>();
        QVERIFY(m_fake->start());
    }
    void cleanup()
    {
        m_fake.reset();
        m_c.reset();
    }
    void cleanupTestCase() { m_cluster.reset(); }

    void chargesEachDueInvoiceOnce()
    {
        QVERIFY(m_c->exec("SET ROLE ops_billing").ok()); // what a billing clerk may do is enough
        QVERIFY(verifyClean());
        auto r = runPpa(kRunDate);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage + r.error().detail));
        const stripe::PpaRunSummary &s = r.value();
        QCOMPARE(s.invoices, 5); // 1, 2, 3, 4, 7: not 5 (PPA off) nor 6 (due later)
        QCOMPARE(s.succeeded, 2);
        QCOMPARE(s.processing, 2);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.unsent, 0);
        QCOMPARE(s.requestedCents, 1000 + 2000 + 1500 + 700 + 1100);
        checkOnePerInvoice(5);
        QVERIFY(!m_fake->intentsByInvoice().contains(u"5"_s));
        QVERIFY(!m_fake->intentsByInvoice().contains(u"6"_s));
        // Card: paid, balance moved; debit: a pending payment outside the balance; declined: Stripe's code.
        QCOMPARE(scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM invoices WHERE id IN (1, 2, 3, 4)"_s),
            u"paid,paid,issued,issued"_s);
        QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 1"_s), u"0"_s);
        QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 2"_s), u"1500"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM payments WHERE customer_id = 1 AND method = 'card' AND status = "
                        "'succeeded' AND stripe_payment_intent_id IS NOT NULL"_s),
            u"2"_s);
        QCOMPARE(scalar(u"SELECT method || ' ' || status FROM payments WHERE customer_id = 2"_s), u"pad pending"_s);
        QCOMPARE(scalar(u"SELECT status || ' ' || error_code FROM ppa_attempts WHERE invoice_id = 4"_s),
            u"failed card_declined"_s);
        QCOMPARE(scalar(u"SELECT idempotency_key FROM ppa_attempts WHERE invoice_id = 3"_s), u"ppa-3-1"_s);
        QCOMPARE(scalar(u"SELECT status FROM ppa_runs"_s), u"finished"_s);
        QVERIFY(verifyClean());
    }

    void rerunChargesNothingNew()
    {
        QVERIFY(runPpa(kRunDate).ok());
        const int made = m_fake->intentsCreated();
        const int requests = m_fake->intentRequests();
        auto again = runPpa(kRunDate);
        QVERIFY(again.ok());
        QCOMPARE(again.value().invoices, 0);
        QCOMPARE(m_fake->intentRequests(), requests);
        QCOMPARE(m_fake->intentsCreated(), made);
        // The declined invoice is tried again on the next days, three attempts in all, then left alone.
        for (int day = 1; day <= 4; ++day)
            QVERIFY(runPpa(kRunDate.addDays(day)).ok());
        QCOMPARE(scalar(u"SELECT string_agg(idempotency_key, ',' ORDER BY attempt) FROM ppa_attempts"
                        " WHERE invoice_id = 4"_s),
            u"ppa-4-1,ppa-4-2,ppa-4-3"_s);
        QCOMPARE(m_fake->intentsByInvoice().value(u"4"_s).size(), 3);
        for (const QString &invoice : {u"1"_s, u"2"_s, u"3"_s, u"7"_s})
            QCOMPARE(m_fake->intentsByInvoice().value(invoice).size(), 1);
        QVERIFY(verifyClean());
    }

    void sendingAttemptsResentWithTheirKeys()
    {
        // A run that stopped after committing its attempts: one request had reached Stripe, the other had not.
        stripe::PpaRepository repo(*m_c);
        auto runId = repo.startRun(kRunDate);
        QVERIFY(runId.ok());
        auto created = repo.createAttempts(runId.value(), kRunDate, stripe::kPpaMaxFailedAttempts);
        QVERIFY(created.ok());
        QCOMPARE(created.value().attempts.size(), 5);
        const stripe::PpaAttempt first = created.value().attempts.first();
        {
            Stripe s(m_fake->url());
            integrations::StripePaymentIntentInput in;
            in.amount = first.amountCents;
            in.customer = first.stripeCustomer;
            in.paymentMethod = first.stripePaymentMethod;
            in.offSessionConfirm = true;
            in.description = first.invoiceCode;
            in.metadata = {{u"ops_invoice_id"_s, QString::number(first.invoiceId)},
                {u"ops_attempt_id"_s, QString::number(first.id)}};
            auto f = s.client->createPaymentIntent(in, first.idempotencyKey);
            f.waitForFinished();
            QVERIFY(f.result().ok());
        }
        QCOMPARE(m_fake->intentsCreated(), 1);
        auto r = runPpa(kRunDate);
        QVERIFY(r.ok());
        QCOMPARE(r.value().resent, 5);
        QCOMPARE(r.value().invoices, 5);
        QCOMPARE(r.value().succeeded + r.value().processing + r.value().failed, 5);
        checkOnePerInvoice(5);
        QCOMPARE(scalar(u"SELECT count(*) FROM ppa_attempts WHERE status = 'sending'"_s), u"0"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM ppa_attempts"_s), u"5"_s);
        QVERIFY(verifyClean());
    }

    void answerLostAfterTheChargeIsNotChargedTwice()
    {
        m_fake->dropNextAfterCreate(3); // made at Stripe, connection closed before the answer
        auto r = runPpa(kRunDate);
        QVERIFY(r.ok());
        QCOMPARE(r.value().unsent, 0);
        QVERIFY(m_fake->intentRequests() >= 5 + 3);
        checkOnePerInvoice(5);
        QCOMPARE(m_fake->intentsCreated(), 5);
        QVERIFY(verifyClean());
    }

    void twoRunsAtOnce()
    {
        QVERIFY(seed(manySeed(60)));
        Result<stripe::PpaRunSummary> a = Error::make(Error::Kind::Internal, QString());
        Result<stripe::PpaRunSummary> b = a;
        const auto run = [this](Result<stripe::PpaRunSummary> &out) {
            auto c = db::PgConnection::open(m_conninfo);
            if (!c.ok()) {
                out = c.error();
                return;
            }
            Stripe s(m_fake->url());
            out = stripe::PpaRun(*c.value(), *s.client).run(kRunDate);
        };
        std::thread ta([&] { run(a); });
        std::thread tb([&] { run(b); });
        ta.join();
        tb.join();
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().detail));
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().detail));
        checkOnePerInvoice(65);
        QCOMPARE(scalar(u"SELECT count(*) FROM ppa_attempts"_s), u"65"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM payments WHERE status IN ('succeeded', 'pending')"_s), u"64"_s);
        QVERIFY(verifyClean());
    }

    void tooManyRequestsHonoured()
    {
        m_fake->failNextWith429(3, 1);
        auto r = runPpa(kRunDate);
        QVERIFY(r.ok());
        QCOMPARE(m_fake->tooManyRequestsSent(), 3);
        QCOMPARE(r.value().unsent, 0);
        QCOMPARE(r.value().succeeded + r.value().processing + r.value().failed, 5);
        checkOnePerInvoice(5);
        QCOMPARE(scalar(u"SELECT count(*) FROM ppa_attempts WHERE status = 'sending'"_s), u"0"_s);
    }

    void serverErrorsRetriedWithTheSameKey()
    {
        m_fake->failNextWith500(4);
        auto r = runPpa(kRunDate);
        QVERIFY(r.ok());
        QCOMPARE(r.value().unsent, 0);
        QCOMPARE(r.value().succeeded + r.value().processing + r.value().failed, 5);
        checkOnePerInvoice(5);
    }

    void refusedKeyStopsTheRunAndNothingIsLost()
    {
        m_fake->setRefuseKey(true);
        auto stopped = runPpa(kRunDate);
        QVERIFY(stopped.ok());
        QVERIFY(!stopped.value().stoppedBy.isEmpty());
        QCOMPARE(stopped.value().unsent, 5);
        QCOMPARE(stopped.value().failed, 0);
        QCOMPARE(m_fake->intentsCreated(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM ppa_attempts WHERE status = 'sending'"_s), u"5"_s);
        QCOMPARE(scalar(u"SELECT status FROM ppa_runs"_s), u"interrupted"_s);
        // The key fixed: the next run sends the same attempts (same keys), nothing new, nothing twice.
        m_fake->setRefuseKey(false);
        auto again = runPpa(kRunDate);
        QVERIFY(again.ok());
        QCOMPARE(again.value().resent, 5);
        QCOMPARE(again.value().invoices, 5);
        QCOMPARE(again.value().unsent, 0);
        checkOnePerInvoice(5);
        QCOMPARE(scalar(u"SELECT count(*) FROM ppa_attempts"_s), u"5"_s);
        QVERIFY(verifyClean());
    }

    void eventsAppliedOnce()
    {
        QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
        Stripe s(m_fake->url());
        stripe::StripeEventApplier applier(*m_c, *s.client);
        const QString start = m_fake->addEvent(u"customer.created"_s, QJsonObject{{u"id"_s, u"cus_x"_s}});
        auto first = applier.apply();
        QVERIFY(first.ok());
        QVERIFY(first.value().firstRead);
        QCOMPARE(first.value().cursor, start);

        QVERIFY(runPpa(kRunDate).ok());
        const QString debitOk = scalar(u"SELECT payment_intent_id FROM ppa_attempts WHERE invoice_id = 3"_s);
        const QString debitKo = scalar(u"SELECT payment_intent_id FROM ppa_attempts WHERE invoice_id = 7"_s);
        const QString card = scalar(u"SELECT payment_intent_id FROM ppa_attempts WHERE invoice_id = 1"_s);
        m_fake->addEvent(u"payment_intent.succeeded"_s, m_fake->settledIntent(debitOk, u"succeeded"_s));
        m_fake->addEvent(
            u"payment_intent.payment_failed"_s, m_fake->settledIntent(debitKo, u"requires_payment_method"_s));
        m_fake->addEvent(u"payment_intent.succeeded"_s, m_fake->settledIntent(card, u"succeeded"_s));
        m_fake->addEvent(u"payment_intent.succeeded"_s,
            QJsonObject{
                {u"id"_s, u"pi_elsewhere"_s}, {u"object"_s, u"payment_intent"_s}, {u"status"_s, u"succeeded"_s}});
        m_fake->addEvent(u"charge.dispute.created"_s, QJsonObject{{u"id"_s, u"dp_1"_s}, {u"object"_s, u"dispute"_s}});
        auto r = applier.apply();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r.value().read, 5);
        QCOMPARE(r.value().applied, 2);
        QCOMPARE(r.value().ignored, 2); // the card payment already counted; the dispute (not this branch's)
        QCOMPARE(r.value().unmatched, 1);
        QCOMPARE(scalar(u"SELECT status FROM payments WHERE stripe_payment_intent_id = '%1'"_s.arg(debitOk)),
            u"succeeded"_s);
        QCOMPARE(scalar(u"SELECT status FROM invoices WHERE id = 3"_s), u"paid"_s);
        QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 2"_s), u"0"_s);
        QCOMPARE(
            scalar(u"SELECT status FROM payments WHERE stripe_payment_intent_id = '%1'"_s.arg(debitKo)), u"failed"_s);
        QCOMPARE(scalar(u"SELECT status FROM ppa_attempts WHERE invoice_id = 7"_s), u"failed"_s);
        QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 6"_s), u"1100"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM payments WHERE customer_id = 1"_s), u"2"_s);
        QVERIFY(verifyClean());

        // The same events read again (the cursor put back): nothing changes.
        const QString snapshot = scalar(u"SELECT string_agg(id || status || amount_cents, ',' ORDER BY id) FROM"
                                        " payments"_s)
            + scalar(u"SELECT string_agg(id || ':' || balance_cents, ',' ORDER BY id) FROM customers"_s);
        integrations::CursorRepository cursors(*m_c);
        QVERIFY(cursors.advance(integrations::kStripeEventsCursor, r.value().cursor, start).ok());
        auto again = applier.apply();
        QVERIFY(again.ok());
        QCOMPARE(again.value().read, 5);
        QCOMPARE(again.value().alreadyApplied, 5);
        QCOMPARE(again.value().applied, 0);
        QCOMPARE(scalar(u"SELECT string_agg(id || status || amount_cents, ',' ORDER BY id) FROM payments"_s)
                + scalar(u"SELECT string_agg(id || ':' || balance_cents, ',' ORDER BY id) FROM customers"_s),
            snapshot);
        QCOMPARE(scalar(u"SELECT count(*) FROM stripe_events_applied"_s), u"5"_s);
        // A rerun after the failed debit charges it again (attempt 2) on another day, never the settled one.
        QVERIFY(runPpa(kRunDate.addDays(1)).ok());
        QCOMPARE(m_fake->intentsByInvoice().value(u"3"_s).size(), 1);
        QCOMPARE(m_fake->intentsByInvoice().value(u"7"_s).size(), 2);
    }

    void demoPpaCustomersAreCharged()
    {
        // The demo's PPA customers have a saved default method (DemoStripe.cpp): a run charges each of their open
        // due invoices once, and the balances stay right.
        demo::DemoOptions o;
        o.scale = 0.02;
        o.today = QDate(2026, 11, 20);
        o.replace = true;
        auto seeded = demo::DemoSeeder(*m_c, o).run();
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().detail));
        QVERIFY(scalar(u"SELECT count(*) FROM customers WHERE ppa_enabled"_s).toInt() > 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM customers c WHERE ppa_enabled AND (stripe_id IS NULL OR NOT EXISTS"
                        " (SELECT 1 FROM customer_payment_methods m WHERE m.customer_id = c.id AND m.is_default"
                        " AND m.detached_at IS NULL))"_s),
            u"0"_s);
        QVERIFY(scalar(u"SELECT count(*) FROM customer_payment_methods WHERE type = 'acss_debit'"_s).toInt() > 0);
        // The demo's PPA customers have paid everything due by its "today": December's invoice of twenty of them.
        QVERIFY(seed(uR"SQL(
CREATE TEMP TABLE ppa_pick AS SELECT id FROM customers WHERE ppa_enabled ORDER BY id LIMIT 20;
INSERT INTO invoices (code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents, gst_cents,
                      qst_cents, total_cents, status)
SELECT 'INV-9' || lpad(id::text, 5, '0'), id, '2026-12-01', '2026-12-31', '2026-12-01', '2026-12-15', 2500, 0, 0,
       2500, 'issued'
  FROM ppa_pick;
UPDATE customers SET balance_cents = balance_cents + 2500 WHERE id IN (SELECT id FROM ppa_pick);
)SQL"_s));
        const QDate date(2026, 12, 20);
        const int due =
            scalar(u"SELECT count(*) FROM invoices i JOIN customers c ON c.id = i.customer_id"
                   " WHERE c.ppa_enabled AND i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid')"
                   " AND i.due_date <= '%1' AND i.total_cents - i.paid_cents + coalesce((SELECT sum(n.total_cents)"
                   " FROM invoices n WHERE n.corrects_invoice_id = i.id AND n.kind = 'credit_note'"
                   " AND n.status <> 'void'), 0) > 0"_s.arg(date.toString(Qt::ISODate)))
                .toInt();
        QVERIFY(due >= 20);
        QVERIFY(verifyClean());
        auto r = runPpa(date);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r.value().invoices, due);
        QCOMPARE(r.value().unsent, 0);
        checkOnePerInvoice(due);
        QVERIFY(verifyClean());
    }

    void prismAcceptsThePpaRequests()
    {
        test::PrismMock prism(u"stripe.json"_s);
        QVERIFY2(prism.start(), qPrintable(prism.error()));
        Stripe s(prism.baseUrl());
        stripe::PpaRepository repo(*m_c);
        auto runId = repo.startRun(kRunDate);
        QVERIFY(runId.ok());
        auto created = repo.createAttempts(runId.value(), kRunDate, stripe::kPpaMaxFailedAttempts);
        QVERIFY(created.ok());
        QCOMPARE(created.value().attempts.size(), 5);
        for (const stripe::PpaAttempt &a : created.value().attempts) {
            auto f = s.client->createPaymentIntent(stripe::PpaRun::intentOf(a), a.idempotencyKey);
            f.waitForFinished();
            QVERIFY2(f.result().ok(), qPrintable(f.result().ok() ? QString() : f.result().error().detail));
            stripe::IntentResult result;
            QCOMPARE(stripe::PpaRun::classify(f.result(), result), stripe::PpaRun::Answer::Recorded);
        }
        QVERIFY2(!prism.output().contains(u"Violation"_s), qPrintable(prism.output().right(2000)));
        integrations::CursorRepository cursors(*m_c);
        QVERIFY(cursors.advance(integrations::kStripeEventsCursor, QString(), u"evt_123"_s).ok());
        auto events = stripe::StripeEventApplier(*m_c, *s.client).apply(1);
        QVERIFY2(events.ok(), qPrintable(events.ok() ? QString() : events.error().detail));
        QVERIFY2(!prism.output().contains(u"Violation"_s), qPrintable(prism.output().right(2000)));
    }
};

QTEST_GUILESS_MAIN(TestPpaRun)
#include "TestPpaRun.moc"

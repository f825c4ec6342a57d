// The customer file's saved payment methods on a real database (PaymentMethodRepository, migration 0027): the list
// (attached methods default first, links still waiting), Make default in one transaction with its optimistic version
// (a stale row refused with nothing written, a second writer waited for), Remove (detach at Stripe through the runner,
// then detached_at; the default's removal turns PPA off in the same transaction; a refusal at Stripe writes nothing),
// PPA refused without a default method by the repository and by the database, and the links listed until Stripe's
// setup_intent.succeeded.
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/payments/PaymentMethodRepository.h"
#include "core/payments/PaymentMethodService.h"
#include "tests/support/Await.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::payments;

namespace {

// Customer 1 (French, e-mail and phone): m1 Visa 4242 (default), m2 Mastercard 4444, m3 a Desjardins debit, m4
// detached long ago. Two links for customer 1 (one sent, one already succeeded) and one for customer 2, who has no
// saved method.
const char *const kSeed[] = {
    "INSERT INTO customers (id, code, display_name, language, email, phone, balance_cents, stripe_id) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', '5145550100', 0, 'cus_1'),"
    " (2, 'CUST-00002', 'John Smith', 'en', 'john@example.com', NULL, 0, 'cus_2')",
    "INSERT INTO customer_payment_methods (id, customer_id, stripe_payment_method_id, type, brand, last4, exp_month,"
    " exp_year, is_default, created_at, detached_at) VALUES"
    " (1, 1, 'pm_1', 'card', 'visa', '4242', 4, 2029, true, '2026-10-01 12:00-04', NULL),"
    " (2, 1, 'pm_2', 'card', 'mastercard', '4444', 1, 2027, false, '2026-11-01 12:00-04', NULL),"
    " (3, 1, 'pm_3', 'acss_debit', 'Desjardins', '6789', NULL, NULL, false, '2026-11-15 12:00-05', NULL),"
    " (4, 1, 'pm_4', 'card', 'amex', '0005', 2, 2026, false, '2025-01-01 12:00-05', '2025-06-01 12:00-04')",
    "SELECT setval(pg_get_serial_sequence('customer_payment_methods', 'id'), 100)",
    "INSERT INTO stripe_setup_requests (id, customer_id, method_type, channel, recipient, idempotency_key,"
    " setup_intent_id, status, created_at) VALUES"
    " (1, 1, 'acss_debit', 'sms', '+15145550100', 'ops-setup-1', 'seti_1', 'sent', '2026-12-01 10:00-05'),"
    " (2, 1, 'card', 'email', 'elise@example.com', 'ops-setup-2', 'seti_2', 'succeeded', '2026-10-01 10:00-04'),"
    " (3, 2, 'card', 'email', 'john@example.com', 'ops-setup-3', 'seti_3', 'sent', '2026-12-02 10:00-05')",
    "SELECT setval(pg_get_serial_sequence('stripe_setup_requests', 'id'), 100)",
};

} // namespace

class TestPaymentMethods : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void listShowsAttachedMethodsAndWaitingLinks();
    void makeDefaultSwitchesInOneTransaction();
    void staleVersionIsRefusedAndWritesNothing();
    void makeDefaultWaitsForAnotherWriter();
    void removingTheDefaultTurnsPpaOff();
    void removeGoesThroughStripeFirst();
    void ppaRefusedWithoutDefaultMethod();
    void databaseKeepsPpaCustomersWithADefault();
    void linkListedUntilStripeReportsTheMethod();

private:
    qint64 scalar(const QString &sql);
    QString text(const QString &sql);
    QString snapshot();

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
};

void TestPaymentMethods::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestPaymentMethods::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestPaymentMethods::init()
{
    m_c.reset();
    auto c = test::seededDatabase(*m_cluster, kSeed, &m_conninfo);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
    m_c = std::move(c).value();
    // The clerk works as the billing group (grants of migrations 0012 and 0021).
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
}

qint64 TestPaymentMethods::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok())
        qWarning() << r.error().detail;
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0) : -1;
}

QString TestPaymentMethods::text(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok())
        qWarning() << r.error().detail;
    return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : u"<error>"_s;
}

// Everything the repository may write, to prove a refusal wrote nothing.
QString TestPaymentMethods::snapshot()
{
    return text(u"SELECT concat_ws('|',"
                " (SELECT string_agg(concat_ws(',', id, is_default, detached_at IS NOT NULL, version), ';' ORDER BY id)"
                "    FROM customer_payment_methods),"
                " (SELECT string_agg(concat_ws(',', id, ppa_enabled, version), ';' ORDER BY id) FROM customers))"_s);
}

void TestPaymentMethods::listShowsAttachedMethodsAndWaitingLinks()
{
    auto v = PaymentMethodRepository(*m_c).load(1);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().detail));
    QCOMPARE(v.value().customerCode, u"CUST-00001"_s);
    QCOMPARE(v.value().language, u"fr"_s);
    QCOMPARE(v.value().email, u"elise@example.com"_s);
    QVERIFY(!v.value().ppaEnabled);
    // The default first, then the newest; the detached amex is not listed.
    QCOMPARE(v.value().methods.size(), 3);
    QCOMPARE(v.value().methods[0].id, 1);
    QVERIFY(v.value().methods[0].isDefault);
    QCOMPARE(v.value().methods[0].brand, u"visa"_s);
    QCOMPARE(v.value().methods[0].last4, u"4242"_s);
    QCOMPARE(v.value().methods[0].expMonth, 4);
    QCOMPARE(v.value().methods[0].expYear, 2029);
    QCOMPARE(v.value().methods[1].id, 3);
    QCOMPARE(v.value().methods[1].type, u"acss_debit"_s);
    QCOMPARE(v.value().methods[1].expMonth, 0);
    QCOMPARE(v.value().methods[2].id, 2);
    QVERIFY(v.value().hasDefault());
    // Only this customer's links still waiting.
    QCOMPARE(v.value().pending.size(), 1);
    QCOMPARE(v.value().pending[0].id, 1);
    QCOMPARE(v.value().pending[0].channel, u"sms"_s);
    QCOMPARE(v.value().pending[0].recipient, u"+15145550100"_s);

    auto none = PaymentMethodRepository(*m_c).load(999);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::NotFound);
}

void TestPaymentMethods::makeDefaultSwitchesInOneTransaction()
{
    PaymentMethodRepository repo(*m_c);
    QVERIFY(repo.makeDefault(1, 2, 1).ok());
    QCOMPARE(text(u"SELECT string_agg(id::text, ',' ORDER BY id) FROM customer_payment_methods"
                  " WHERE is_default AND detached_at IS NULL"_s),
        u"2"_s);
    QCOMPARE(scalar(u"SELECT version FROM customer_payment_methods WHERE id = 1"_s), 2); // the old default changed
    // Already the default: nothing written.
    const QString before = snapshot();
    QVERIFY(repo.makeDefault(1, 2, 2).ok());
    QCOMPARE(snapshot(), before);
    // Another customer's method is not this customer's.
    auto foreign = repo.makeDefault(2, 3, 1);
    QVERIFY(!foreign.ok());
    QCOMPARE(snapshot(), before);
}

void TestPaymentMethods::staleVersionIsRefusedAndWritesNothing()
{
    PaymentMethodRepository repo(*m_c);
    QVERIFY(repo.makeDefault(1, 2, 1).ok()); // m1 goes to version 2 meanwhile
    const QString before = snapshot();
    auto stale = repo.makeDefault(1, 1, 1); // the clerk still saw version 1
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY(!stale.error().userMessage.isEmpty());
    QCOMPARE(snapshot(), before);
    // Removed meanwhile: refused too (also with its current version).
    auto detached = repo.makeDefault(1, 4, 1);
    QVERIFY(!detached.ok());
    QCOMPARE(detached.error().kind, Error::Kind::Conflict);
    auto removeStale = repo.checkRemovable(1, 1, 1);
    QVERIFY(!removeStale.ok());
    QCOMPARE(removeStale.error().kind, Error::Kind::Conflict);
    QCOMPARE(snapshot(), before);
}

void TestPaymentMethods::makeDefaultWaitsForAnotherWriter()
{
    // A second workstation holds the customer while it removes m2; our Make default of m2 waits, then finds it stale.
    auto other = db::PgConnection::open(m_conninfo);
    QVERIFY(other.ok());
    db::PgConnection &b = *other.value();
    QVERIFY(b.exec("SET ROLE ops_billing").ok());
    QVERIFY(b.exec("BEGIN").ok());
    QVERIFY(b.exec("SELECT 1 FROM customers WHERE id = 1 FOR NO KEY UPDATE").ok());
    auto mine = db::PgConnection::open(m_conninfo);
    QVERIFY(mine.ok());
    db::PgConnection *a = mine.value().get();
    QFuture<Status> waiting = QtConcurrent::run([a] { return PaymentMethodRepository(*a).makeDefault(1, 2, 1); });
    QTest::qWait(300);
    QVERIFY(!waiting.isFinished()); // blocked on the customer row
    QVERIFY(b.exec("UPDATE customer_payment_methods SET detached_at = now() WHERE id = 2").ok());
    QVERIFY(b.exec("COMMIT").ok());
    waiting.waitForFinished();
    const Status s = waiting.result();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Conflict);
    QCOMPARE(scalar(u"SELECT count(*) FROM customer_payment_methods WHERE customer_id = 1 AND is_default"
                    " AND detached_at IS NULL"_s),
        1);
    QCOMPARE(scalar(u"SELECT id FROM customer_payment_methods WHERE is_default AND detached_at IS NULL"_s), 1);

    // Two workstations choosing different defaults at once: one after the other, exactly one default in the end.
    QFuture<Status> first = QtConcurrent::run([a] { return PaymentMethodRepository(*a).makeDefault(1, 3, 1); });
    const Status second = PaymentMethodRepository(b).makeDefault(1, 1, 1);
    first.waitForFinished();
    QVERIFY(first.result().ok() || first.result().error().kind == Error::Kind::Conflict);
    QVERIFY(second.ok() || second.error().kind == Error::Kind::Conflict);
    QCOMPARE(scalar(u"SELECT count(*) FROM customer_payment_methods WHERE customer_id = 1 AND is_default"
                    " AND detached_at IS NULL"_s),
        1);
}

void TestPaymentMethods::removingTheDefaultTurnsPpaOff()
{
    PaymentMethodRepository repo(*m_c);
    QVERIFY(repo.setPpa(1, true).ok());
    QCOMPARE(text(u"SELECT ppa_enabled FROM customers WHERE id = 1"_s), u"t"_s);
    // A method that is not the default: PPA stays on.
    auto other = repo.markDetached(1, 2);
    QVERIFY(other.ok());
    QVERIFY(!other.value().wasDefault);
    QVERIFY(!other.value().ppaTurnedOff);
    QCOMPARE(text(u"SELECT ppa_enabled FROM customers WHERE id = 1"_s), u"t"_s);
    // The default: detached, no default left, PPA off, in one transaction.
    auto def = repo.markDetached(1, 1);
    QVERIFY2(def.ok(), qPrintable(def.ok() ? QString() : def.error().detail));
    QVERIFY(def.value().wasDefault);
    QVERIFY(def.value().ppaTurnedOff);
    QCOMPARE(text(u"SELECT ppa_enabled FROM customers WHERE id = 1"_s), u"f"_s);
    QCOMPARE(text(u"SELECT concat_ws(',', is_default, detached_at IS NOT NULL) FROM customer_payment_methods"
                  " WHERE id = 1"_s),
        u"f,t"_s);
    // A second click: nothing more.
    const QString before = snapshot();
    auto again = repo.markDetached(1, 1);
    QVERIFY(again.ok());
    QVERIFY(!again.value().ppaTurnedOff);
    QCOMPARE(snapshot(), before);
    auto v = repo.load(1);
    QVERIFY(v.ok());
    QCOMPARE(v.value().methods.size(), 1);
    QVERIFY(!v.value().hasDefault());
}

void TestPaymentMethods::removeGoesThroughStripeFirst()
{
    DbExecutor executor(m_conninfo, 1);
    PaymentMethodService service(executor);
    QSignalSpy availability(&service, &PaymentMethodsApi::stripeAvailabilityChanged);
    QVERIFY(!service.canRemove());
    auto refused = test::await(service.remove(1, 1, 1), this, 30000);
    QVERIFY(refused.has_value() && !refused->ok());
    QCOMPARE(refused->error().kind, Error::Kind::Unavailable);

    QStringList detached;
    bool stripeRefuses = true;
    PaymentMethodRunners runners;
    runners.detach = [&detached, &stripeRefuses](const QString &pm) -> Status {
        detached << pm;
        if (stripeRefuses)
            return Error::make(Error::Kind::Network, u"Stripe cannot be reached."_s);
        return success();
    };
    service.setRunners(runners);
    QCOMPARE(availability.count(), 1);
    QVERIFY(service.canRemove());
    QVERIFY(!service.canSendLinks());

    const QString before = snapshot();
    auto failed = test::await(service.remove(1, 1, 1), this, 30000);
    QVERIFY(failed.has_value() && !failed->ok());
    QCOMPARE(failed->error().userMessage, u"Stripe cannot be reached."_s);
    QCOMPARE(snapshot(), before); // still attached at Stripe: nothing written

    stripeRefuses = false;
    auto stale = test::await(service.remove(1, 1, 7), this, 30000);
    QVERIFY(stale.has_value() && !stale->ok());
    QCOMPARE(stale->error().kind, Error::Kind::Conflict);
    QCOMPARE(detached, QStringList{u"pm_1"_s}); // a stale row never reaches Stripe

    auto removed = test::await(service.remove(1, 1, 1), this, 30000);
    QVERIFY(removed.has_value());
    QVERIFY2(removed->ok(), qPrintable(removed->ok() ? QString() : removed->error().detail));
    QVERIFY(removed->value().wasDefault);
    QVERIFY(!removed->value().ppaTurnedOff); // PPA was off
    QCOMPARE(detached, (QStringList{u"pm_1"_s, u"pm_1"_s}));
    QCOMPARE(scalar(u"SELECT count(*) FROM customer_payment_methods WHERE id = 1 AND detached_at IS NOT NULL"_s), 1);
}

void TestPaymentMethods::ppaRefusedWithoutDefaultMethod()
{
    PaymentMethodRepository repo(*m_c);
    const QString before = snapshot();
    auto refused = repo.setPpa(2, true); // customer 2 has no method
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QVERIFY(refused.error().userMessage.contains(u"default payment method"_s));
    QCOMPARE(snapshot(), before);
    // The database refuses too, whoever writes.
    auto direct = m_c->exec("UPDATE customers SET ppa_enabled = true WHERE id = 2");
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error().code, u"23514"_s);
    QCOMPARE(snapshot(), before);
    // With a default method it works, and off again.
    QVERIFY(repo.setPpa(1, true).ok());
    QCOMPARE(text(u"SELECT ppa_enabled FROM customers WHERE id = 1"_s), u"t"_s);
    QVERIFY(repo.setPpa(1, false).ok());
    QCOMPARE(text(u"SELECT ppa_enabled FROM customers WHERE id = 1"_s), u"f"_s);
}

void TestPaymentMethods::databaseKeepsPpaCustomersWithADefault()
{
    PaymentMethodRepository repo(*m_c);
    QVERIFY(repo.setPpa(1, true).ok());
    const QString before = snapshot();
    // Dropping the default of a PPA customer, without turning PPA off, is refused at commit.
    auto lost = m_c->exec("UPDATE customer_payment_methods SET is_default = false WHERE id = 1");
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, u"23514"_s);
    auto detached = m_c->exec("UPDATE customer_payment_methods SET detached_at = now() WHERE id = 1");
    QVERIFY(!detached.ok());
    QCOMPARE(snapshot(), before);
    // Switching the default in one transaction is fine (checked at commit).
    QVERIFY(repo.makeDefault(1, 3, 1).ok());
    QCOMPARE(scalar(u"SELECT id FROM customer_payment_methods WHERE is_default AND detached_at IS NULL"
                    " AND customer_id = 1"_s),
        3);
}

void TestPaymentMethods::linkListedUntilStripeReportsTheMethod()
{
    PaymentMethodRepository repo(*m_c);
    QCOMPARE(repo.load(1).value().pending.size(), 1);
    // setup_intent.succeeded (StripeAccountEvents): the method saved, the request succeeded.
    QVERIFY(m_c->exec("INSERT INTO customer_payment_methods (id, customer_id, stripe_payment_method_id, type, brand,"
                      " last4) VALUES (50, 1, 'pm_50', 'acss_debit', 'RBC', '1111')")
                .ok());
    QVERIFY(m_c->exec("UPDATE stripe_setup_requests SET status = 'succeeded', payment_method_id = 50,"
                      " completed_at = now() WHERE id = 1")
                .ok());
    auto v = repo.load(1);
    QVERIFY(v.ok());
    QVERIFY(v.value().pending.isEmpty());
    QCOMPARE(v.value().methods.size(), 4);
    QCOMPARE(v.value().methods[1].id, 50); // newest after the default
}

QTEST_GUILESS_MAIN(TestPaymentMethods)
#include "TestPaymentMethods.moc"

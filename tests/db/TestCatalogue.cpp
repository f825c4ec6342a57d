// The plans and products catalogue on a real cluster (migration 0019): items created and edited by the billing group,
// refused with a translated message when invalid, a price change scheduled for the first day of next month (history
// kept, a change taken back, past months refused), which subscriptions follow the catalogue, what the billing run
// bills this month and next month after a change made today, the privileges, the audit and the service. Dates are
// taken relative to the server's current_date, so the test holds whatever the day.
#include <QSignalSpy>
#include <QTest>

#include "core/billing/BillingRepository.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/catalogue/CatalogueService.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "tests/support/Await.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::catalogue;

namespace {

// Items 1 INT-100 6995 and 2 TEL-RES 2495; customer 1 (fr) with SUB-00001 on INT-100 at the catalogue price
// (follows it) and SUB-00002 on INT-100 at a negotiated 5000 (custom), customer 2 (en) with TEL-RES × 2; all
// started long ago.
const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Targo', gst_number = '123456789 RT0001',"
    " qst_number = '1234567890 TQ0001'",
    "INSERT INTO items (id, sku, kind, name_fr, name_en, download_mbps, upload_mbps, monthly_price_cents) VALUES"
    " (1, 'INT-100', 'internet', 'Internet 100', 'Internet 100', 100, 20, 6995),"
    " (2, 'TEL-RES', 'phone', 'Téléphonie', 'Phone', NULL, NULL, 2495)",
    "SELECT setval(pg_get_serial_sequence('items', 'id'), 10)",
    "INSERT INTO customers (id, code, display_name, language, email, billing_street, billing_city,"
    " billing_postal_code) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', '1 rue A', 'Saint-Jérôme', 'J7Z 1A1'),"
    " (2, 'CUST-00002', 'John Smith', 'en', 'john@example.com', '2 rue B', 'Mirabel', 'J7J 1A1')",
    "INSERT INTO subscriptions (id, code, customer_id, item_id, price_cents, quantity, start_date, status) VALUES"
    " (1, 'SUB-00001', 1, 1, 6995, 1, '2020-01-01', 'active'),"
    " (2, 'SUB-00002', 1, 1, 5000, 1, '2020-01-01', 'active'),"
    " (3, 'SUB-00003', 2, 2, 2495, 2, '2020-01-01', 'active')",
};

CatalogueItem fibre()
{
    CatalogueItem i;
    i.sku = u"INT-1000"_s;
    i.kind = u"internet"_s;
    i.nameFr = u"Internet 1000"_s;
    i.nameEn = u"Internet 1000"_s;
    i.downloadMbps = 1000;
    i.uploadMbps = 500;
    i.oltProfile = u"GPON-1G"_s;
    i.priceCents = 11995;
    return i;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void createsAndEditsItems();
    void refusesInvalidItemsInWords();
    void aPriceChangeIsScheduledForNextMonth();
    void pastMonthsAreHistory();
    void subscriptionsFollowTheCatalogueUnlessCustom();
    void aPriceChangeMadeThisMonthBillsFromNextPeriod();
    void onlyBillingAndAdminChangeTheCatalogue();
    void theServiceSavesOnTheExecutor();

private:
    QString scalar(const QString &sql);
    CatalogueItem itemById(qint64 id);

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
    QDate m_thisMonth;
    QDate m_nextMonth;
};

QString TestCatalogue::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return u"<error>"_s;
    }
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

CatalogueItem TestCatalogue::itemById(qint64 id)
{
    auto r = CatalogueRepository(*m_c).item(id);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error().detail));
    return r.ok() ? r.value() : CatalogueItem();
}

void TestCatalogue::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestCatalogue::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestCatalogue::init()
{
    m_c.reset();
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    for (const char *sql : kSeed) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    m_thisMonth = QDate::fromString(scalar(u"SELECT date_trunc('month', current_date)::date"_s), Qt::ISODate);
    QVERIFY(m_thisMonth.isValid());
    m_nextMonth = m_thisMonth.addMonths(1);
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
}

void TestCatalogue::createsAndEditsItems()
{
    CatalogueRepository repo(*m_c);
    auto created = repo.save(fibre());
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail));
    QVERIFY(created.value().id > 10);
    QVERIFY(!created.value().priceFrom.isValid()); // a new item's price applies at once
    auto list = repo.list();
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 3);
    // Sorted by kind, then SKU.
    QCOMPARE(list.value().at(0).sku, u"INT-100"_s);
    QCOMPARE(list.value().at(1).sku, u"INT-1000"_s);
    QCOMPARE(list.value().at(2).sku, u"TEL-RES"_s);
    const CatalogueItem saved = list.value().at(1);
    QCOMPARE(saved.priceCents, qint64(11995));
    QCOMPARE(saved.downloadMbps, std::optional<int>(1000));
    QCOMPARE(saved.oltProfile, u"GPON-1G"_s);
    QVERIFY(saved.active && saved.taxable && !saved.pendingPriceCents);
    QCOMPARE(list.value().at(0).subscriptions, 2);
    QCOMPARE(list.value().at(0).followingSubscriptions, 1);
    // Edited without a price change: no schedule written; deactivated instead of deleted.
    CatalogueItem edit = saved;
    edit.nameEn = u"Internet 1 Gig"_s;
    edit.uploadMbps.reset();
    edit.active = false;
    auto updated = repo.save(edit);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().detail));
    QVERIFY(!updated.value().priceFrom.isValid());
    const CatalogueItem after = itemById(saved.id);
    QCOMPARE(after.nameEn, u"Internet 1 Gig"_s);
    QVERIFY(!after.uploadMbps);
    QVERIFY(!after.active);
    QCOMPARE(after.version, saved.version + 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM item_prices"_s), u"0"_s);
    // Saving the old version again is a conflict, not a silent overwrite.
    auto stale = repo.save(edit);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    // Every change is in the audit log.
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(
        scalar(u"SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE entity = 'item' AND entity_id = "_s
            + QString::number(saved.id)),
        u"insert,update"_s);
}

void TestCatalogue::refusesInvalidItemsInWords()
{
    CatalogueRepository repo(*m_c);
    const auto with = [](auto change) {
        CatalogueItem i = fibre();
        change(i);
        return i;
    };
    const struct
    {
        CatalogueItem item;
        const char *says;
    } bad[] = {
        {with([](CatalogueItem &i) { i.nameFr = u"  "_s; }), "French name"},
        {with([](CatalogueItem &i) { i.nameEn.clear(); }), "English name"},
        {with([](CatalogueItem &i) { i.sku = u"int 1000"_s; }), "SKU"},
        {with([](CatalogueItem &i) { i.sku = u"INT--1"_s; }), "SKU"},
        {with([](CatalogueItem &i) { i.kind = u"gift"_s; }), "kind"},
        {with([](CatalogueItem &i) { i.downloadMbps = 0; }), "speed"},
        {with([](CatalogueItem &i) { i.uploadMbps = -5; }), "speed"},
        {with([](CatalogueItem &i) { i.priceCents = 10000001; }), "price is between"},
        {with([](CatalogueItem &i) { i.priceCents = -1000001; }), "price is between"},
        {with([](CatalogueItem &i) { i.priceCents = -500; }), "Only a discount"},
        {with([](CatalogueItem &i) {
             i.priceCents = -500;
             i.taxable = false;
             i.kind = u"fee"_s;
         }),
            "Only a discount"},
    };
    for (const auto &b : bad) {
        auto r = repo.save(b.item);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QVERIFY2(r.error().userMessage.contains(QLatin1String(b.says)), qPrintable(r.error().userMessage));
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM items"_s), u"2"_s);
    // A discount may be negative (and taxable: it lowers the tax base, docs/billing.md).
    auto discount = repo.save(with([](CatalogueItem &i) {
        i.sku = u"DSC-LOYAL"_s;
        i.kind = u"discount"_s;
        i.downloadMbps.reset();
        i.uploadMbps.reset();
        i.priceCents = -1000;
    }));
    QVERIFY2(discount.ok(), qPrintable(discount.ok() ? QString() : discount.error().detail));
    // A SKU already used.
    auto dup = repo.save(with([](CatalogueItem &i) { i.sku = u"INT-100"_s; }));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().kind, Error::Kind::Validation);
    QVERIFY2(dup.error().userMessage.contains(u"already has this SKU"_s), qPrintable(dup.error().userMessage));
    // Several problems at once are all listed.
    auto many = repo.save(with([](CatalogueItem &i) {
        i.nameFr.clear();
        i.sku.clear();
    }));
    QVERIFY(!many.ok());
    QCOMPARE(many.error().userMessage.count(u'\n'), 1);
}

void TestCatalogue::aPriceChangeIsScheduledForNextMonth()
{
    CatalogueRepository repo(*m_c);
    CatalogueItem i = itemById(1);
    QCOMPARE(i.priceCents, qint64(6995));
    i.priceCents = 7495;
    auto r = repo.save(i);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().priceFrom, m_nextMonth);
    // The current price stays this month's; next month's is pending.
    i = itemById(1);
    QCOMPARE(i.priceCents, qint64(6995));
    QCOMPARE(i.pendingPriceCents, std::optional<qint64>(7495));
    QCOMPARE(i.pendingFrom, m_nextMonth);
    QCOMPARE(scalar(u"SELECT monthly_price_cents FROM items WHERE id = 1"_s), u"6995"_s);
    // History: the price it had until now (from always), and the new one.
    QCOMPARE(scalar(u"SELECT string_agg(effective_from || '=' || price_cents, ',' ORDER BY effective_from)"
                    " FROM item_prices WHERE item_id = 1"_s),
        u"-infinity=6995,%1=7495"_s.arg(m_nextMonth.toString(Qt::ISODate)));
    QCOMPARE(scalar(u"SELECT ops_item_price(1, '%1')"_s.arg(m_thisMonth.toString(Qt::ISODate))), u"6995"_s);
    QCOMPARE(scalar(u"SELECT ops_item_price(1, '%1')"_s.arg(m_nextMonth.toString(Qt::ISODate))), u"7495"_s);
    QCOMPARE(scalar(u"SELECT ops_item_price(1, '2019-01-01')"_s), u"6995"_s);
    // A second change the same month replaces the scheduled one.
    i.priceCents = 7995;
    r = repo.save(i);
    QVERIFY(r.ok());
    QCOMPARE(r.value().priceFrom, m_nextMonth);
    QCOMPARE(itemById(1).pendingPriceCents, std::optional<qint64>(7995));
    QCOMPARE(scalar(u"SELECT count(*) FROM item_prices WHERE item_id = 1"_s), u"2"_s);
    // Back to the current price: the scheduled change is withdrawn.
    i = itemById(1);
    i.priceCents = 6995;
    r = repo.save(i);
    QVERIFY(r.ok());
    QVERIFY(r.value().priceChangeWithdrawn);
    QVERIFY(!r.value().priceFrom.isValid());
    QVERIFY(!itemById(1).pendingPriceCents);
    QCOMPARE(scalar(u"SELECT ops_item_price(1, '%1')"_s.arg(m_nextMonth.toString(Qt::ISODate))), u"6995"_s);
    // The schedule's rows are audited like any business table.
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(scalar(u"SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE entity = 'item_price'"_s),
        u"insert,insert,delete,insert,delete"_s);
    QCOMPARE(scalar(u"SELECT DISTINCT db_role FROM audit_log WHERE entity = 'item_price'"_s), u"ops_billing"_s);
}

void TestCatalogue::pastMonthsAreHistory()
{
    // Staff cannot write a price for this month or before, nor change or remove one: only next month on.
    const QString thisMonth = m_thisMonth.toString(Qt::ISODate);
    auto direct = m_c->exec(
        u"INSERT INTO item_prices (item_id, effective_from, price_cents) VALUES (1, '%1', 100)"_s.arg(thisMonth));
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error().code, u"23514"_s);
    QVERIFY(m_c->exec("SELECT ops_schedule_item_price(1, 7495)").ok());
    auto rewrite = m_c->exec("UPDATE item_prices SET price_cents = 1 WHERE effective_from = '-infinity'");
    QVERIFY(!rewrite.ok());
    QCOMPARE(rewrite.error().code, u"23514"_s);
    auto erase = m_c->exec("DELETE FROM item_prices WHERE effective_from = '-infinity'");
    QVERIFY(!erase.ok());
    // A month that is not a first day is refused by the table.
    auto midMonth =
        m_c->exec(u"INSERT INTO item_prices (item_id, effective_from, price_cents) VALUES (1, '%1', 100)"_s.arg(
            m_nextMonth.addDays(3).toString(Qt::ISODate)));
    QVERIFY(!midMonth.ok());
    QCOMPARE(midMonth.error().code, u"23514"_s);
    // A direct correction of the current price (psql, as the owner) becomes this month's row, so the run agrees.
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QVERIFY(m_c->exec("UPDATE items SET monthly_price_cents = 6895 WHERE id = 1").ok());
    QCOMPARE(scalar(u"SELECT ops_item_price(1, '%1')"_s.arg(thisMonth)), u"6895"_s);
    QCOMPARE(scalar(u"SELECT ops_item_price(1, '2019-01-01')"_s), u"6995"_s);
    QCOMPARE(scalar(u"SELECT ops_item_price(1, '%1')"_s.arg(m_nextMonth.toString(Qt::ISODate))), u"7495"_s);
    // Once a scheduled month has come, ops_apply_item_prices brings items.monthly_price_cents up to date (simulated
    // here by a row written for this month as the owner would).
    QVERIFY(m_c->exec(u"UPDATE item_prices SET effective_from = '%1' WHERE item_id = 1 AND effective_from = '%2'"_s.arg(
                          m_thisMonth.addMonths(-1).toString(Qt::ISODate), thisMonth))
                .ok());
    QVERIFY(m_c->exec(u"INSERT INTO item_prices (item_id, effective_from, price_cents) VALUES (2, '-infinity', 2495),"
                      " (2, '%1', 2595)"_s.arg(thisMonth))
                .ok());
    QCOMPARE(scalar(u"SELECT ops_apply_item_prices()"_s), u"1"_s);
    QCOMPARE(scalar(u"SELECT monthly_price_cents FROM items WHERE id = 2"_s), u"2595"_s);
    QCOMPARE(scalar(u"SELECT ops_apply_item_prices()"_s), u"0"_s);
}

void TestCatalogue::subscriptionsFollowTheCatalogueUnlessCustom()
{
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(scalar(u"SELECT string_agg(id || ':' || custom_price, ',' ORDER BY id) FROM subscriptions"_s),
        u"1:false,2:true,3:false"_s);
    // Other changes keep the choice; a new price decides it again.
    QVERIFY(m_c->exec("UPDATE subscriptions SET status = 'suspended' WHERE id IN (1, 2)").ok());
    QCOMPARE(scalar(u"SELECT string_agg(id || ':' || custom_price, ',' ORDER BY id) FROM subscriptions"_s),
        u"1:false,2:true,3:false"_s);
    QVERIFY(m_c->exec("UPDATE subscriptions SET price_cents = 6995 WHERE id = 2").ok());
    QVERIFY(m_c->exec("UPDATE subscriptions SET price_cents = 5995 WHERE id = 1").ok());
    QCOMPARE(scalar(u"SELECT string_agg(id || ':' || custom_price, ',' ORDER BY id) FROM subscriptions"_s),
        u"1:true,2:false,3:false"_s);
    // A new subscription at the catalogue price follows it, after a change scheduled for next month too.
    QVERIFY(m_c->exec("SELECT ops_schedule_item_price(2, 2695)").ok());
    QVERIFY(m_c->exec("INSERT INTO subscriptions (id, code, customer_id, item_id, price_cents, start_date)"
                      " VALUES (4, 'SUB-00004', 2, 2, 2495, current_date), (5, 'SUB-00005', 2, 2, 2695, current_date)")
                .ok());
    QCOMPARE(scalar(u"SELECT string_agg(id || ':' || custom_price, ',' ORDER BY id) FROM subscriptions"
                    " WHERE id >= 4"_s),
        u"4:false,5:true"_s);
}

void TestCatalogue::aPriceChangeMadeThisMonthBillsFromNextPeriod()
{
    billing::BillingRepository run(*m_c);
    const auto amounts = [&](const QDate &period) -> QString {
        auto p = run.preview(period);
        if (!p.ok()) {
            qWarning("%s", qPrintable(p.error().detail));
            return QString();
        }
        QStringList parts;
        for (const auto &plan : p.value().plans)
            parts << u"%1=%2/%3"_s.arg(plan.sku).arg(plan.lines).arg(plan.amountCents);
        parts.sort();
        return parts.join(u' ') + u" total="_s + QString::number(p.value().totalCents);
    };
    const QString thisBefore = amounts(m_thisMonth);
    const QString nextBefore = amounts(m_nextMonth);
    // Both months alike before the change: 6995 (follows) + 5000 (custom) and 2 × 2495.
    QCOMPARE(thisBefore.section(u" total="_s, 0, 0), u"INT-100=2/11995 TEL-RES=1/4990"_s);
    QCOMPARE(nextBefore, thisBefore);

    CatalogueRepository repo(*m_c);
    for (const auto &[id, price] : {std::pair<qint64, qint64>(1, 7495), std::pair<qint64, qint64>(2, 2295)}) {
        CatalogueItem i = itemById(id);
        i.priceCents = price;
        auto r = repo.save(i);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    // This period's run is unchanged; next period bills the new prices to the following subscriptions only.
    QCOMPARE(amounts(m_thisMonth), thisBefore);
    QCOMPARE(amounts(m_nextMonth).section(u" total="_s, 0, 0), u"INT-100=2/12495 TEL-RES=1/4590"_s);

    // Committed, next month's invoice lines say the prices used.
    auto committed = run.commit(m_nextMonth);
    QVERIFY2(committed.ok(), qPrintable(committed.ok() ? QString() : committed.error().detail));
    QCOMPARE(committed.value().invoices, 2);
    QCOMPARE(scalar(u"SELECT string_agg(subscription_id || ':' || unit_price_cents || ':' || amount_cents, ','"
                    " ORDER BY subscription_id) FROM invoice_lines"_s),
        u"1:7495:7495,2:5000:5000,3:2295:4590"_s);
}

void TestCatalogue::onlyBillingAndAdminChangeTheCatalogue()
{
    QVERIFY(m_c->exec("RESET ROLE").ok());
    for (const char *role : {"ops_dispatcher", "ops_manager"}) {
        QVERIFY(m_c->exec(u"SET ROLE "_s + QLatin1String(role)).ok());
        CatalogueRepository repo(*m_c);
        // Reading is allowed (the list also brings current prices up to date).
        auto list = repo.list();
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().detail));
        QCOMPARE(list.value().size(), 2);
        auto created = repo.save(fibre());
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::Forbidden);
        auto scheduled = m_c->exec("SELECT ops_schedule_item_price(1, 7495)");
        QVERIFY(!scheduled.ok());
        QCOMPARE(scheduled.error().code, u"42501"_s);
        QVERIFY(m_c->exec("RESET ROLE").ok());
    }
    QVERIFY(m_c->exec("SET ROLE ops_admin").ok());
    CatalogueItem i = itemById(1);
    i.priceCents = 7495;
    auto r = CatalogueRepository(*m_c).save(i);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().priceFrom, m_nextMonth);
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(scalar(u"SELECT string_agg(DISTINCT created_by, ',') FROM item_prices"_s), u"ops_admin"_s);
}

void TestCatalogue::theServiceSavesOnTheExecutor()
{
    QVERIFY(m_c->exec("RESET ROLE").ok());
    DbExecutor executor(m_conninfo, 1);
    CatalogueService service(executor);
    QSignalSpy changed(&service, &CatalogueApi::itemsChanged);
    auto list = test::await(service.listItems(), this, 30000);
    QVERIFY(list.has_value() && list->ok());
    QCOMPARE(list->value().size(), 2);
    auto saved = test::await(service.saveItem(fibre()), this, 30000);
    QVERIFY(saved.has_value());
    QVERIFY2(saved->ok(), qPrintable(saved->ok() ? QString() : saved->error().detail));
    QVERIFY(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));
    // A refused save says why and changes nothing.
    CatalogueItem bad = fibre();
    bad.sku = u"INT-2000"_s;
    bad.nameEn.clear();
    auto refused = test::await(service.saveItem(bad), this, 30000);
    QVERIFY(refused.has_value() && !refused->ok());
    QCOMPARE(refused->error().kind, Error::Kind::Validation);
    QCOMPARE(changed.count(), 1);
    executor.shutdown();
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "TestCatalogue.moc"

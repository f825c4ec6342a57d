// The campaign audience on a real cluster, as the billing group (issue 14, migrations 0024 and 0026): segment counts
// equal independent queries (SQL for e-mail, normalizeQuebecPhone in C++ for SMS), the segment's phone rules equal
// normalizeQuebecPhone, hostile values stay values, CASL's skip reasons (express valid, implied expired, revoked,
// unsubscribed, no customer), creation deduplicated by address with manual additions and a CSV report, and the
// renderer's context (first service address, balance, next job and technician) with the unsubscribe link.
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "core/campaigns/CampaignCsvImport.h"
#include "core/campaigns/CampaignRenderer.h"
#include "core/campaigns/CampaignRepository.h"
#include "core/campaigns/SegmentRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/integrations/SmsText.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::campaigns;

namespace {

// Customers 1-8 (CASL for e-mail, commercial):
//  1 fr active, elise@, mobile phone_alt, express e-mail and SMS consent: may receive; next job with Luc Gagnon;
//  2 en active, B@Example.com, implied consent expired: consent_expired;
//  3 fr active, marc@, express consent revoked: consent_revoked;
//  4 fr suspended, anne@, express consent but unsubscribed: unsubscribed;
//  5 fr active, ELISE@Example.com: the same address as 1 (1 wins: the lowest id);
//  6 en terminated, no e-mail, phone only;
//  7 fr active, gaby@, implied consent still valid;
//  8 prospect, nothing.
// Customers 101-500: generated, to compare counts with independent queries.
const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Gigafibre', address_line1 = '123, rue Principale',"
    " address_line2 = 'Saint-Jérôme (Québec) J7Z 1A1', phone = '450 555-0100', email = 'info@gigafibre.example'",
    "INSERT INTO dispatch_tags (id, name, category) VALUES (901, 'Laurentides', 'region'), (902, 'Outaouais', "
    "'region')",
    "INSERT INTO items (id, sku, kind, name_fr, name_en, monthly_price_cents) VALUES"
    " (1, 'INT-100', 'internet', 'Internet 100', 'Internet 100', 5000), (2, 'TV-BASE', 'tv', 'Télé', 'TV', 2000)",
    "INSERT INTO customers (id, code, display_name, first_name, language, email, phone, phone_alt, status,"
    " balance_cents) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'Élise', 'fr', 'elise@example.com', '450 555-0101', '(450) 555-0201',"
    "  'active', 123456),"
    " (2, 'CUST-00002', 'John Smith', 'John', 'en', 'B@Example.com', '514-555-0102', NULL, 'active', 0),"
    " (3, 'CUST-00003', 'Marc Roy', 'Marc', 'fr', 'marc@example.com', '+1 819 555 0103', NULL, 'active', -500),"
    " (4, 'CUST-00004', 'Anne Côté', 'Anne', 'fr', 'anne@example.com', NULL, '212 555 0104', 'suspended', 9000),"
    " (5, 'CUST-00005', 'Éric Tremblay', 'Éric', 'fr', 'ELISE@Example.com', NULL, NULL, 'active', 0),"
    " (6, 'CUST-00006', 'Paul Lee', 'Paul', 'en', NULL, '514 555 0106', NULL, 'terminated', 0),"
    " (7, 'CUST-00007', 'Gaby Roy', 'Gaby', 'fr', 'gaby@example.com', 'abc', '450 055 0107', 'active', 5000),"
    " (8, 'CUST-00008', 'Prospect', NULL, 'fr', NULL, NULL, NULL, 'prospect', 0)",
    "INSERT INTO casl_consents (customer_id, channel, kind, granted_at, expires_at, source, revoked_at) VALUES"
    " (1, 'email', 'express', now() - interval '1 year', NULL, 'web', NULL),"
    " (1, 'sms', 'express', now() - interval '1 year', NULL, 'web', NULL),"
    " (2, 'email', 'implied', now() - interval '3 years', now() - interval '1 year', 'invoice', NULL),"
    " (3, 'email', 'express', now() - interval '2 years', NULL, 'web', now() - interval '1 month'),"
    " (4, 'email', 'express', now() - interval '1 year', NULL, 'web', NULL),"
    " (7, 'email', 'implied', now() - interval '1 year', now() + interval '1 year', 'invoice', NULL)",
    "INSERT INTO casl_unsubscribes (channel, address, customer_id, source) VALUES"
    " ('email', 'anne@example.com', 4, 'link')",
    "INSERT INTO service_locations (id, code, customer_id, civic_number, street, unit, city, postal_code, olt_name,"
    " olt_port, region_tag_id, status) VALUES"
    " (1, 'LOC-00001', 1, '12', 'rue des Pins', '3', 'Saint-Jérôme', 'J7Z 1A1', 'OLT-SJR-01', '1/1/3', 901, 'active'),"
    " (2, 'LOC-00002', 2, '45', 'Main Street', NULL, 'Gatineau', 'J8X 1A1', 'OLT-GAT-01', '1/1/1', 902, 'active'),"
    " (3, 'LOC-00003', 3, '7', 'rue du Lac', NULL, 'Saint-Jérôme', 'J7Z 1A2', 'OLT-SJR-01', '1/1/4', 901, 'active'),"
    " (4, 'LOC-00004', 7, '9', 'chemin du Roy', NULL, 'Mirabel', 'J7J 1A1', 'OLT-SJR-01', '1/1/3', 901, 'active'),"
    " (5, 'LOC-00005', 4, '3', 'rue Laurier', NULL, 'Gatineau', 'J8X 1A2', 'OLT-GAT-01', '1/1/2', 902, 'active')",
    "INSERT INTO subscriptions (id, code, customer_id, location_id, item_id, price_cents, start_date, status) VALUES"
    " (1, 'SUB-00001', 1, 1, 1, 5000, '2025-01-01', 'active'),"
    " (2, 'SUB-00002', 3, 3, 2, 2000, '2025-01-01', 'active'),"
    " (3, 'SUB-00003', 2, 2, 1, 5000, '2024-01-01', 'cancelled')",
    "INSERT INTO dispatch_technicians (id, code, name) VALUES (1, 'DT-00001', 'Luc Gagnon')",
    "INSERT INTO dispatch_jobs (id, code, customer_id, location_id, job_type, status, scheduled_start) VALUES"
    " (1, 'DJ-00001', 1, 1, 'repair', 'scheduled', date_trunc('day', now()) + interval '3 days 14 hours')",
    "INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES (1, 1, true)",
    // The generated base: shared and missing e-mails, phones in several shapes (some invalid), statuses, languages.
    "INSERT INTO customers (id, code, display_name, first_name, language, email, phone, phone_alt, status,"
    " balance_cents)"
    " SELECT 100 + g, 'CUST-' || lpad((100 + g)::text, 5, '0'), 'Client ' || g, 'Prénom ' || g,"
    "   CASE WHEN g % 3 = 0 THEN 'en' ELSE 'fr' END,"
    "   CASE WHEN g % 7 = 0 THEN NULL WHEN g % 11 = 0 THEN 'Shared' || (g % 5) || '@Example.com'"
    "        ELSE 'c' || g || '@example.com' END,"
    "   CASE WHEN g % 4 = 0 THEN NULL WHEN g % 9 = 0 THEN '(212) 555-' || lpad(g::text, 4, '0')"
    "        ELSE '(450) 555-' || lpad(g::text, 4, '0') END,"
    "   CASE WHEN g % 5 = 0 THEN '514.555.' || lpad((g + 1000)::text, 4, '0') WHEN g % 13 = 0 THEN '555-1234'"
    "        WHEN g % 17 = 0 THEN '+1 (450) 555-' || lpad((g % 20)::text, 4, '0') ELSE NULL END,"
    "   (ARRAY['active', 'active', 'suspended', 'terminated', 'prospect'])[1 + g % 5], (g * 37 % 20000) - 5000"
    "   FROM generate_series(1, 400) g",
    "INSERT INTO casl_consents (customer_id, channel, kind, granted_at, expires_at, source)"
    " SELECT 100 + g, 'email', CASE WHEN g % 2 = 0 THEN 'express' ELSE 'implied' END, now() - interval '3 years',"
    "        CASE WHEN g % 2 = 0 THEN NULL ELSE now() - interval '1 year' + (g % 4) * interval '1 year' END, 'seed'"
    "   FROM generate_series(1, 400) g WHERE g % 3 <> 0",
    "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, olt_name, olt_port,"
    " region_tag_id)"
    " SELECT 100 + g, 'LOC-' || lpad((100 + g)::text, 5, '0'), 100 + g, g::text, 'rue Test', (ARRAY['Saint-Jérôme', "
    "'Mirabel', 'Gatineau'])[1 + g % 3], 'J7Z 1A1',"
    "        'OLT-SJR-0' || (g % 2), '1/1/' || (g % 4), CASE WHEN g % 3 = 2 THEN 902 ELSE 901 END"
    "   FROM generate_series(1, 400) g WHERE g % 6 <> 0",
    "INSERT INTO subscriptions (id, code, customer_id, item_id, price_cents, start_date, status, end_date)"
    " SELECT 100 + g, 'SUB-' || lpad((100 + g)::text, 5, '0'), 100 + g, 1 + g % 2, 5000, '2025-01-01', CASE WHEN g % "
    "10 = 0 THEN 'cancelled' ELSE 'active' END,"
    "        CASE WHEN g % 15 = 0 THEN DATE '2025-06-01' END"
    "   FROM generate_series(1, 400) g WHERE g % 8 <> 0",
};

Campaign draft(Channel channel, Classification classification)
{
    Campaign c;
    c.name = u"Test"_s;
    c.channel = channel;
    c.classification = classification;
    if (channel == Channel::Email) {
        c.subjectFr = u"Offre pour {first_name}"_s;
        c.subjectEn = u"Offer for {first_name}"_s;
    }
    c.bodyFr = u"Bonjour {first_name}, solde {balance}, {address}, {city}, rendez-vous le {date} avec {technician}."_s;
    c.bodyEn = u"Hello {first_name}, balance {balance}."_s;
    return c;
}

} // namespace

class TestCampaignAudience : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void emailCountsEqualIndependentQueries();
    void smsCountsEqualNormalizeQuebecPhone();
    void segmentPhoneRulesEqualNormalizeQuebecPhone();
    void hostileValuesStayValues();
    void caslSkipReasons();
    void creationDeduplicatesAndManualAdditions();
    void csvCreationLinksCustomersAndReports();
    void rendererUsesTheRecipientsContext();

private:
    QString text(const QString &sql);
    qint64 scalar(const QString &sql) { return text(sql).toLongLong(); }
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestCampaignAudience::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestCampaignAudience::init()
{
    m_c.reset();
    auto c = test::seededDatabase(*m_cluster, kSeed);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
    m_c = std::move(c).value();
    // The billing group creates campaigns.
    QVERIFY(m_c->exec("SET ROLE ops_billing").ok());
}

void TestCampaignAudience::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

QString TestCampaignAudience::text(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().detail));
        return u"<error>"_s;
    }
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

void TestCampaignAudience::emailCountsEqualIndependentQueries()
{
    SegmentRepository repo(*m_c);
    struct Case
    {
        const char *filter;
        const char *where; // the same audience, written independently
    };
    const Case cases[] = {
        {"{}", "true"},
        {R"({"status":["active","suspended"],"language":"fr"})",
            "c.status IN ('active', 'suspended') AND c.language = 'fr'"},
        {R"({"has_email":false})", "c.email IS NULL"},
        {R"({"region":"laurentides"})",
            "c.id IN (SELECT customer_id FROM service_locations WHERE region_tag_id = 901)"},
        {R"({"city":["MIRABEL","Gatineau"]})",
            "c.id IN (SELECT customer_id FROM service_locations WHERE city IN ('Mirabel', 'Gatineau'))"},
        {R"({"plan":["int-100"]})",
            "c.id IN (SELECT customer_id FROM subscriptions WHERE item_id = 1 AND status <> 'cancelled'"
            " AND (end_date IS NULL OR end_date >= current_date))"},
        {R"({"olt_port":[{"olt":"OLT-SJR-01","port":"1/1/3"}]})",
            "c.id IN (SELECT customer_id FROM service_locations WHERE olt_name = 'OLT-SJR-01' AND olt_port = '1/1/3')"},
        {R"({"olt":["OLT-SJR-00"],"balance_over_cents":1000})",
            "c.id IN (SELECT customer_id FROM service_locations WHERE olt_name = 'OLT-SJR-00')"
            " AND c.balance_cents > 1000"},
        {R"({"consent":true,"status":["active"]})",
            "c.status = 'active' AND ops_casl_block('email', lower(btrim(c.email)), c.id, 'commercial') IS NULL"},
        {R"({"consent":false})", "ops_casl_block('email', lower(btrim(c.email)), c.id, 'commercial') IS NOT NULL"},
    };
    for (const Case &k : cases) {
        auto filter = SegmentFilter::fromJsonText(k.filter);
        QVERIFY2(filter.ok(), k.filter);
        auto n = repo.count(filter.value(), Channel::Email, Classification::Commercial);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().detail));
        const QString m = u"SELECT c.id, lower(btrim(c.email)) AS a FROM customers c WHERE "_s + QLatin1String(k.where);
        QCOMPARE(n.value().customers, int(scalar(u"SELECT count(*) FROM ("_s + m + u") m"_s)));
        QCOMPARE(n.value().withAddress, int(scalar(u"SELECT count(a) FROM ("_s + m + u") m"_s)));
        QCOMPARE(n.value().addresses, int(scalar(u"SELECT count(DISTINCT a) FROM ("_s + m + u") m"_s)));
        QCOMPARE(n.value().skipped,
            int(scalar(u"SELECT count(*) FROM (SELECT DISTINCT ON (a) id, a FROM ("_s + m
                + u") m WHERE a IS NOT NULL ORDER BY a, id) d"
                  " WHERE ops_casl_block('email', a, id, 'commercial') IS NOT NULL"_s)));
        // The reasons too, as ops_casl_block gives them.
        auto reasons = m_c->exec(u"SELECT r, count(*) FROM (SELECT ops_casl_block('email', a, id, 'commercial') AS r"
                                 " FROM (SELECT DISTINCT ON (a) id, a FROM ("_s
            + m + u") m WHERE a IS NOT NULL ORDER BY a, id) d) x WHERE r IS NOT NULL GROUP BY r"_s);
        QVERIFY(reasons.ok());
        QMap<QString, int> expected;
        for (int i = 0; i < reasons.value().rows(); ++i)
            expected.insert(reasons.value().text(i, 0), reasons.value().int32(i, 1));
        QCOMPARE(n.value().skipReasons, expected);
        QVERIFY2(n.value().customers > 0 || QByteArray(k.filter) == R"({"has_email":false})", k.filter);
        auto rows = repo.resolve(filter.value(), Channel::Email);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), n.value().addresses);
        // Transactional: CASL skips nobody.
        auto tx = repo.count(filter.value(), Channel::Email, Classification::Transactional);
        QVERIFY(tx.ok());
        QCOMPARE(tx.value().skipped, 0);
    }
}

void TestCampaignAudience::smsCountsEqualNormalizeQuebecPhone()
{
    SegmentRepository repo(*m_c);
    for (const char *json : {"{}", R"({"status":["active"]})", R"({"language":"en","has_mobile":true})"}) {
        auto filter = SegmentFilter::fromJsonText(json);
        QVERIFY(filter.ok());
        auto n = repo.count(filter.value(), Channel::Sms, Classification::Transactional);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().detail));
        QString where = u"true"_s;
        if (!filter.value().statuses.isEmpty())
            where = u"status = 'active'"_s;
        if (!filter.value().language.isEmpty())
            where = u"language = 'en'"_s;
        auto all = m_c->exec(u"SELECT id, coalesce(phone_alt, ''), coalesce(phone, '') FROM customers WHERE "_s + where
            + u" ORDER BY id"_s);
        QVERIFY(all.ok());
        int customers = 0;
        int withMobile = 0;
        QSet<QString> addresses;
        for (int i = 0; i < all.value().rows(); ++i) {
            auto alt = integrations::normalizeQuebecPhone(all.value().text(i, 1));
            auto main = integrations::normalizeQuebecPhone(all.value().text(i, 2));
            const QString mobile = alt.ok() ? alt.value() : main.ok() ? main.value() : QString();
            if (filter.value().hasMobile && mobile.isEmpty())
                continue;
            ++customers;
            if (!mobile.isEmpty()) {
                ++withMobile;
                addresses.insert(mobile);
            }
        }
        QCOMPARE(n.value().customers, customers);
        QCOMPARE(n.value().withAddress, withMobile);
        QCOMPARE(n.value().addresses, int(addresses.size()));
        QVERIFY(n.value().addresses > 10);
    }
    // The mobile is phone_alt when valid, else phone.
    auto one = repo.resolve(SegmentFilter::fromJsonText(R"({"status":["active","suspended"]})").value(), Channel::Sms);
    QVERIFY(one.ok());
    QHash<qint64, QString> byCustomer;
    for (const AudienceRow &a : one.value())
        byCustomer.insert(a.customerId, a.address);
    QCOMPARE(byCustomer.value(1), u"+14505550201"_s); // phone_alt
    QCOMPARE(byCustomer.value(3), u"+18195550103"_s); // phone
    QVERIFY(!byCustomer.contains(4)); // 212 is not a Quebec area code
    QVERIFY(!byCustomer.contains(7)); // "abc" and an exchange starting with 0
}

void TestCampaignAudience::segmentPhoneRulesEqualNormalizeQuebecPhone()
{
    SegmentRepository repo(*m_c);
    const QStringList inputs{u"(450) 555-0123"_s, u"450.555.0123"_s, u"450-555-0123"_s, u"1 450 555 0123"_s,
        u"+1 450 555 0123"_s, u"+450 555 0123"_s, u" 4505550123 "_s, u"14505550123"_s, u"24505550123"_s,
        u"450 555 012"_s, u"450 555 01234"_s, u"212 555 0123"_s, u"450 055 0123"_s, u"450 155 0123"_s,
        u"450-555-0123 ext 2"_s, u"450/555/0123"_s, u"45O 555 0123"_s, u"++1 450 555 0123"_s, u"1-+450-555-0123"_s,
        u"'; DROP TABLE customers; --"_s, u""_s, u"873 555 0000"_s, u"(263) 222-3333"_s, u"+1 (819) 999-9999"_s,
        u"\t581 555 0101\n"_s, u"٤٥٠٥٥٥٠١٢٣"_s, u"450\t555 0123"_s, u"\u00a0450 555 0123\u00a0"_s, u"+"_s, u"1"_s,
        u"(450) 555-0123)"_s};
    for (const QString &in : inputs) {
        auto cpp = integrations::normalizeQuebecPhone(in);
        auto sql = repo.sqlMobile(in);
        QVERIFY2(sql.ok(), qPrintable(in));
        QCOMPARE(sql.value(), cpp.ok() ? cpp.value() : QString());
    }
}

void TestCampaignAudience::hostileValuesStayValues()
{
    SegmentRepository repo(*m_c);
    auto hostile = SegmentFilter::fromJsonText(
        R"({"city":["Saint-Jérôme'); DELETE FROM customers; --","x' OR '1'='1"],"olt":["\\' OR 1=1 --"],)"
        R"("olt_port":[{"olt":"a\"b","port":"$1"}]})");
    QVERIFY(hostile.ok());
    SegmentFilter f = hostile.value();
    f.oltPorts.clear();
    f.olts.clear();
    auto n = repo.count(f, Channel::Email, Classification::Commercial);
    QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().detail));
    QCOMPARE(n.value().customers, 0);
    auto p = repo.count(hostile.value(), Channel::Sms, Classification::Commercial);
    QVERIFY(p.ok());
    QCOMPARE(p.value().customers, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM customers"_s), 408);
    // Regions and plans that exist nowhere are named.
    auto unknown = SegmentFilter::fromJsonText(R"({"region":["Laurentides","Atlantide"],"plan":["INT-100"]})");
    QVERIFY(unknown.ok());
    Status st = repo.checkNames(unknown.value());
    QVERIFY(!st.ok());
    QCOMPARE(st.error().kind, Error::Kind::Validation);
    QVERIFY(st.error().userMessage.contains(u"Atlantide"_s));
    QVERIFY(!st.error().userMessage.contains(u"Laurentides"_s));
    QVERIFY(!repo.checkNames(SegmentFilter::fromJsonText(R"({"plan":["NOPE"]})").value()).ok());
    QVERIFY(
        repo.checkNames(SegmentFilter::fromJsonText(R"({"region":["outaouais"],"plan":["tv-base"]})").value()).ok());
}

void TestCampaignAudience::caslSkipReasons()
{
    CampaignRepository repo(*m_c);
    auto created = repo.createFromSegment(draft(Channel::Email, Classification::Commercial),
        SegmentFilter::fromJsonText(R"({"status":["active","suspended"],"region":["Laurentides","Outaouais"]})")
            .value());
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail));
    const qint64 id = created.value().campaign.id;
    const auto status = [&](const QString &address) {
        return text(u"SELECT status || ':' || coalesce(skip_reason, '') FROM campaign_recipients WHERE campaign_id = "_s
            + QString::number(id) + u" AND address = '"_s + address + u"'"_s);
    };
    QCOMPARE(status(u"elise@example.com"_s), u"pending:"_s); // express, valid
    QCOMPARE(status(u"b@example.com"_s), u"skipped:consent_expired"_s); // implied, two years past
    QCOMPARE(status(u"marc@example.com"_s), u"skipped:consent_revoked"_s);
    QCOMPARE(status(u"anne@example.com"_s), u"skipped:unsubscribed"_s);
    QCOMPARE(status(u"gaby@example.com"_s), u"pending:"_s); // implied, within two years
    QCOMPARE(created.value().skipReasons.value(u"consent_expired"_s) >= 1, true);
    QCOMPARE(created.value().skipped,
        int(scalar(u"SELECT count(*) FROM campaign_recipients WHERE status = 'skipped' AND campaign_id = "_s
            + QString::number(id))));
    // A CSV address that is no customer's has no consent; in a transactional campaign nobody is skipped.
    auto csv = parseRecipientCsv("email\nstranger@elsewhere.example\nmarc@example.com\n", Channel::Email);
    QVERIFY(csv.ok());
    auto other = repo.createFromCsv(draft(Channel::Email, Classification::Commercial), csv.value());
    QVERIFY(other.ok());
    QCOMPARE(other.value().skipReasons.value(u"no_consent"_s), 1);
    QCOMPARE(other.value().skipReasons.value(u"consent_revoked"_s), 1); // linked to customer 3 by its address
    auto tx = repo.createFromCsv(draft(Channel::Email, Classification::Transactional), csv.value());
    QVERIFY(tx.ok());
    QCOMPARE(tx.value().recipients, 2);
    QCOMPARE(tx.value().skipped, 0);
}

void TestCampaignAudience::creationDeduplicatesAndManualAdditions()
{
    CampaignRepository repo(*m_c);
    auto created = repo.createFromSegment(draft(Channel::Email, Classification::Transactional),
        SegmentFilter::fromJsonText(R"({"status":["active"]})").value());
    QVERIFY(created.ok());
    const Campaign &c = created.value().campaign;
    QVERIFY2(QRegularExpression(u"^CMP-\\d{8}-[0-9A-Za-z]{6}$"_s).match(c.code).hasMatch(), qPrintable(c.code));
    QCOMPARE(c.status, u"draft"_s);
    QCOMPARE(c.source, u"segment"_s);
    QCOMPARE(c.segment.value(u"status"_s).toArray().first().toString(), u"active"_s);
    // Customers 1 and 5 share an address: one recipient, customer 1's.
    QCOMPARE(scalar(u"SELECT count(*) FROM campaign_recipients WHERE address = 'elise@example.com' AND campaign_id = "_s
                 + QString::number(c.id)),
        1);
    QCOMPARE(
        scalar(u"SELECT customer_id FROM campaign_recipients WHERE address = 'elise@example.com' AND campaign_id = "_s
            + QString::number(c.id)),
        1);
    QCOMPARE(created.value().recipients,
        int(scalar(u"SELECT count(DISTINCT lower(email)) FROM customers WHERE status = 'active'"_s)));
    // Manual additions: an address already there (in another spelling) is a conflict; a new one goes in, linked to
    // its customer when it is one's.
    auto again = repo.addRecipient(c.code, u"  ELISE@example.COM"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    auto anne = repo.addRecipient(c.code, u"anne@example.com"_s);
    QVERIFY2(anne.ok(), qPrintable(anne.ok() ? QString() : anne.error().detail));
    QCOMPARE(anne.value().customerId.value_or(0), 4);
    QCOMPARE(anne.value().origin, u"manual"_s);
    QCOMPARE(anne.value().status, u"pending"_s); // transactional
    QCOMPARE(anne.value().firstName, u"Anne"_s);
    QVERIFY(!anne.value().unsubscribeToken.isNull());
    auto guest = repo.addRecipient(c.code, u"guest@example.org"_s, QString(), u"en"_s, u"Guest"_s);
    QVERIFY(guest.ok());
    QVERIFY(!guest.value().customerId);
    QCOMPARE(guest.value().language, u"en"_s);
    QVERIFY(!repo.addRecipient(c.code, u"not an address"_s).ok());
    QVERIFY(!repo.addRecipient(c.code, u"x@example.org"_s, u"CUST-99999"_s).ok());
    QCOMPARE(repo.addRecipient(u"CMP-20000101-AAAAAA"_s, u"x@example.org"_s).error().kind, Error::Kind::NotFound);
    // List and load.
    auto list = repo.list();
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value().first().recipients, created.value().recipients + 2);
    auto loaded = repo.load(c.code);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().bodyFr, draft(Channel::Email, Classification::Transactional).bodyFr);
}

void TestCampaignAudience::csvCreationLinksCustomersAndReports()
{
    CampaignRepository repo(*m_c);
    auto csv = parseRecipientCsv("phone;customer;language;first_name\n"
                                 "(450) 555-0201;;;\n" // customer 1's mobile: linked
                                 "514 555 0999;CUST-00077;fr;X\n" // unknown customer
                                 "514 555 0998;;en;Zed\n" // no customer
                                 "450 555 0201;;;\n" // duplicate
                                 "819 555 0103;cust-00003;;\n", // customer 3 by code
        Channel::Sms);
    QVERIFY(csv.ok());
    auto created = repo.createFromCsv(draft(Channel::Sms, Classification::Commercial), csv.value());
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail));
    QCOMPARE(created.value().recipients, 3);
    QStringList report;
    for (const CsvIssue &i : created.value().csvReport)
        report << u"%1:%2"_s.arg(i.line).arg(i.kind);
    QCOMPARE(report, (QStringList{u"3:unknown_customer"_s, u"5:duplicate"_s}));
    const QString id = QString::number(created.value().campaign.id);
    QCOMPARE(text(u"SELECT customer_id || ':' || status || ':' || coalesce(skip_reason, '') || ':' || language FROM"
                  " campaign_recipients WHERE address = '+14505550201' AND campaign_id = "_s
                 + id),
        u"1:pending::fr"_s); // express SMS consent
    QCOMPARE(text(u"SELECT coalesce(customer_id::text, '-') || ':' || coalesce(skip_reason, '') || ':' || language"
                  " || ':' || first_name FROM campaign_recipients WHERE address = '+15145550998' AND campaign_id = "_s
                 + id),
        u"-:no_consent:en:Zed"_s);
    QCOMPARE(text(u"SELECT customer_id || ':' || coalesce(skip_reason, '') || ':' || origin FROM campaign_recipients"
                  " WHERE address = '+18195550103' AND campaign_id = "_s
                 + id),
        u"3:no_consent:csv"_s);
    QCOMPARE(text(u"SELECT source FROM campaigns WHERE id = "_s + id), u"csv"_s);
}

void TestCampaignAudience::rendererUsesTheRecipientsContext()
{
    CampaignRepository repo(*m_c);
    auto created = repo.createFromSegment(draft(Channel::Email, Classification::Commercial),
        SegmentFilter::fromJsonText(R"({"status":["active"],"language":"fr","region":["Laurentides"]})").value());
    QVERIFY(created.ok());
    const Campaign &c = created.value().campaign;
    auto elise = repo.recipient(c.id, u"elise@example.com"_s);
    QVERIFY(elise.ok() && elise.value());
    const MessageRenderer render = makeRenderer(*m_c, u"https://u.gigafibre.example/desabonnement"_s);
    auto m = render(c, *elise.value());
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().userMessage));
    const QLocale fr(QLocale::French, QLocale::Canada);
    auto day =
        m_c->exec("SELECT (scheduled_start AT TIME ZONE 'America/Montreal')::date FROM dispatch_jobs WHERE id = 1");
    QVERIFY(day.ok());
    const QDate jobDay = day.value().date(0, 0);
    QVERIFY(jobDay.isValid());
    QVERIFY2(m.value().text.startsWith(u"Bonjour Élise, solde "_s + fr.toString(1234)
                 + u",56\u00a0$, 12, rue des "
                   u"Pins, app. 3, Saint-Jérôme, rendez-vous le "_s
                 + fr.toString(jobDay, u"d MMMM yyyy"_s) + u" avec Luc Gagnon."_s),
        qPrintable(m.value().text));
    QCOMPARE(m.value().subject, u"Offre pour Élise"_s);
    const QString token = elise.value()->unsubscribeToken.toString(QUuid::WithoutBraces);
    QCOMPARE(m.value().unsubscribeUrl, u"https://u.gigafibre.example/desabonnement?t="_s + token);
    QVERIFY(m.value().text.contains(u"123, rue Principale"_s));
    QVERIFY(m.value().html.contains(token));
    // A recipient that is no customer's: their own first name, the rest empty.
    auto guest = repo.addRecipient(c.code, u"guest@example.org"_s, QString(), u"fr"_s, u"<b>Invité</b>"_s);
    QVERIFY(guest.ok());
    auto g = render(c, guest.value());
    QVERIFY(g.ok());
    QVERIFY(g.value().text.startsWith(u"Bonjour <b>Invité</b>, solde , , , rendez-vous le  avec ."_s));
    QVERIFY(g.value().html.contains(u"&lt;b&gt;Invité&lt;/b&gt;"_s));
    // No unsubscribe page: refused, never a commercial e-mail without its link.
    auto none = makeRenderer(*m_c, QString())(c, *elise.value());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::Validation);
}

QTEST_GUILESS_MAIN(TestCampaignAudience)
#include "TestCampaignAudience.moc"

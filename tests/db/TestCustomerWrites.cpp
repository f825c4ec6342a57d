// Customer, location, equipment and subscription writes on a real database: create and update with their audit rows
// (before/after of the changed columns), stale versions refused with the current row, duplicate serial/MAC and
// CHECK violations as field errors, hostile text stored literally or refused cleanly, and nothing half-stored.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/customers/CustomerWriteRepository.h"
#include "core/db/PgConnection.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::customers;
using namespace Qt::Literals::StringLiterals;

class TestCustomerWrites : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createCustomerWithAudit();
    void updateCustomerAuditsChangedFieldsOnly();
    void staleCustomerIsAConflictWithCurrentValues();
    void locationCreateUpdateAndFieldErrors();
    void equipmentSerialAndMacUniqueness();
    void subscriptionPlanPriceDates();
    void radiusCredentialsAreSealedAndRevealed();
    void hostileStrings_data();
    void hostileStrings();
    void oneMegabyteIsRefusedWithAFieldError();
    void serverChecksComeBackAsFieldErrors();
    void nothingHalfStoredWhenAStepFails();

private:
    QString scalar(const QString &sql);
    QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
    CustomerEdit newCustomer(const QString &last);
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    std::unique_ptr<db::PgConnection> m_other; // "another workstation"
};

QString TestCustomerWrites::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return {};
    }
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

CustomerEdit TestCustomerWrites::newCustomer(const QString &last)
{
    CustomerEdit c;
    c.firstName = u"Élise"_s;
    c.lastName = last;
    c.email = u"elise@example.ca"_s;
    c.phone = u"(450) 555-0101"_s;
    c.billingPostalCode = u"j7z5l3"_s;
    return c;
}

void TestCustomerWrites::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    auto o = db::PgConnection::open(db.value());
    QVERIFY(o.ok());
    m_other = std::move(o).value();
    const char *setup[] = {
        "INSERT INTO staff (id, pg_role, display_name, role_group) VALUES (1, current_user, 'Alice Roy', 'dispatcher')",
        "INSERT INTO items (id, sku, kind, name_fr, name_en, download_mbps, upload_mbps, monthly_price_cents) VALUES"
        " (1, 'NET-500', 'internet', 'Internet 500', 'Internet 500 EN', 500, 500, 6995),"
        " (2, 'NET-1000', 'internet', 'Internet 1000', 'Internet 1000 EN', 1000, 1000, 8995)",
    };
    for (const char *sql : setup) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
}

void TestCustomerWrites::cleanupTestCase()
{
    m_other.reset();
    m_c.reset();
    m_cluster.reset();
}

void TestCustomerWrites::createCustomerWithAudit()
{
    CustomerWriteRepository repo(*m_c);
    auto r = repo.saveCustomer(newCustomer(u"Tremblay"_s));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    const CustomerEdit &c = r.value();
    QVERIFY(c.id > 0);
    QCOMPARE(c.version, 1);
    QVERIFY(c.code.startsWith(u"CUST-"_s));
    QCOMPARE(c.displayName, u"Élise Tremblay"_s);
    QCOMPARE(c.phone, u"+14505550101"_s);
    QCOMPARE(c.billingPostalCode, u"J7Z 5L3"_s);
    const QJsonObject after = json(scalar(
        u"SELECT after FROM audit_log WHERE entity = 'customer' AND entity_id = %1 AND action = 'insert'"_s.arg(c.id)));
    QCOMPARE(after.value(u"display_name"_s).toString(), u"Élise Tremblay"_s);
    QCOMPARE(
        scalar(u"SELECT staff_id FROM audit_log WHERE entity = 'customer' AND entity_id = %1"_s.arg(c.id)), u"1"_s);
}

void TestCustomerWrites::updateCustomerAuditsChangedFieldsOnly()
{
    CustomerWriteRepository repo(*m_c);
    auto created = repo.saveCustomer(newCustomer(u"Gagnon"_s));
    QVERIFY(created.ok());
    CustomerEdit c = created.value();
    c.email = u"nouveau@example.ca"_s;
    c.caslConsent = u"express"_s;
    auto r = repo.saveCustomer(c);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().version, 2);
    QCOMPARE(r.value().email, u"nouveau@example.ca"_s);
    QCOMPARE(scalar(u"SELECT casl_consent_at IS NOT NULL FROM customers WHERE id = %1"_s.arg(c.id)), u"t"_s);
    const QString where =
        u"FROM audit_log WHERE entity = 'customer' AND entity_id = %1 AND action = 'update'"_s.arg(c.id);
    QCOMPARE(scalar(u"SELECT count(*) "_s + where), u"1"_s);
    const QJsonObject before = json(scalar(u"SELECT before "_s + where));
    const QJsonObject after = json(scalar(u"SELECT after "_s + where));
    QCOMPARE(before.value(u"email"_s).toString(), u"elise@example.ca"_s);
    QCOMPARE(after.value(u"email"_s).toString(), u"nouveau@example.ca"_s);
    QCOMPARE(after.value(u"version"_s).toInt(), 2);
    QVERIFY(!after.contains(u"display_name"_s)); // unchanged columns stay out
    QVERIFY(!after.contains(u"updated_at"_s));
}

void TestCustomerWrites::staleCustomerIsAConflictWithCurrentValues()
{
    CustomerWriteRepository repo(*m_c);
    auto created = repo.saveCustomer(newCustomer(u"Côté"_s));
    QVERIFY(created.ok());
    CustomerEdit mine = created.value();
    // Another workstation changes the row (outside this application: no audit row).
    QVERIFY(
        m_other->exec("UPDATE customers SET phone = '+14505559999' WHERE id = $1", db::SqlParams().add(mine.id)).ok());
    const QString audits = scalar(u"SELECT count(*) FROM audit_log WHERE entity_id = %1"_s.arg(mine.id));
    mine.email = u"mine@example.ca"_s;
    auto r = repo.saveCustomer(mine);
    QVERIFY(!r.ok());
    QVERIFY(r.isConflict());
    QCOMPARE(r.error().kind, Error::Kind::Conflict);
    QCOMPARE(r.conflict->current.phone, u"+14505559999"_s);
    QCOMPARE(r.conflict->current.version, 2);
    QCOMPARE(r.conflict->current.email, u"elise@example.ca"_s);
    QVERIFY(r.conflict->changedAt.isValid());
    // Theirs vs mine, field by field.
    CustomerEdit minePrepared = mine;
    (void)minePrepared;
    const auto diffs = diffValues(r.conflict->current.values(), mine.values());
    QStringList fields;
    for (const FieldDiff &d : diffs)
        fields << d.field;
    QCOMPARE(fields, (QStringList{u"email"_s, u"phone"_s}));
    // Nothing was written.
    QCOMPARE(scalar(u"SELECT email FROM customers WHERE id = %1"_s.arg(mine.id)), u"elise@example.ca"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE entity_id = %1"_s.arg(mine.id)), audits);
    // Apply mine again on their version: saved, their phone is what the form shows when re-applied with it.
    mine.version = r.conflict->current.version;
    auto again = repo.saveCustomer(mine);
    QVERIFY(again.ok());
    QCOMPARE(again.value().version, 3);
    // The conflict names the last audited writer when there is one.
    CustomerEdit stale = again.value();
    CustomerEdit other = again.value();
    other.notes = u"changed by Alice"_s;
    QVERIFY(repo.saveCustomer(other).ok());
    stale.notes = u"mine"_s;
    auto r2 = repo.saveCustomer(stale);
    QVERIFY(r2.isConflict());
    QCOMPARE(r2.conflict->changedBy, u"Alice Roy"_s);
    QVERIFY(r2.error().userMessage.contains(u"Alice Roy"_s));
}

void TestCustomerWrites::locationCreateUpdateAndFieldErrors()
{
    CustomerWriteRepository repo(*m_c);
    auto cust = repo.saveCustomer(newCustomer(u"Lavoie"_s));
    QVERIFY(cust.ok());
    LocationEdit l;
    l.customerId = cust.value().id;
    l.civicNumber = u"12"_s;
    l.street = u"rue Labelle"_s;
    l.city = u"Saint-Jérôme"_s;
    l.postalCode = u"h2x 1y"_s;
    auto bad = repo.saveLocation(l);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, Error::Kind::Validation);
    QVERIFY(bad.fieldErrors.contains(u"postal_code"_s));
    l.postalCode = u"j7z5l3"_s;
    l.latitude = 45.78;
    l.longitude = -74.0;
    auto r = repo.saveLocation(l);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().postalCode, u"J7Z 5L3"_s);
    QCOMPARE(*r.value().latitude, 45.78);
    LocationEdit u = r.value();
    u.unit = u"4"_s;
    u.latitude.reset();
    u.longitude.reset();
    auto r2 = repo.saveLocation(u);
    QVERIFY(r2.ok());
    QCOMPARE(r2.value().version, 2);
    QVERIFY(!r2.value().latitude.has_value());
    const QJsonObject after = json(scalar(
        u"SELECT after FROM audit_log WHERE entity = 'service_location' AND entity_id = %1 AND action = 'update'"_s.arg(
            u.id)));
    QCOMPARE(after.value(u"unit"_s).toString(), u"4"_s);
    QVERIFY(after.contains(u"latitude"_s) && after.value(u"latitude"_s).isNull());
    // Stale.
    auto stale = repo.saveLocation(u);
    QVERIFY(stale.isConflict());
    QCOMPARE(stale.conflict->current.unit, u"4"_s);
}

void TestCustomerWrites::equipmentSerialAndMacUniqueness()
{
    CustomerWriteRepository repo(*m_c);
    auto cust = repo.saveCustomer(newCustomer(u"Roy"_s));
    QVERIFY(cust.ok());
    LocationEdit l;
    l.customerId = cust.value().id;
    l.civicNumber = u"3"_s;
    l.street = u"chemin du Lac"_s;
    l.city = u"Prévost"_s;
    l.postalCode = u"J0R 1T0"_s;
    auto loc = repo.saveLocation(l);
    QVERIFY(loc.ok());
    EquipmentEdit e;
    e.locationId = loc.value().id;
    e.make = u"Nokia"_s;
    e.model = u"G-010G-Q"_s;
    e.serial = u"alcl0000aaaa"_s;
    e.mac = u"AA-BB-CC-00-11-22"_s;
    auto first = repo.saveEquipment(e);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
    QCOMPARE(first.value().serial, u"ALCL0000AAAA"_s);
    QCOMPARE(first.value().mac, u"aa:bb:cc:00:11:22"_s);
    QVERIFY(first.value().code.startsWith(u"EQP-"_s));

    const QString count = scalar(u"SELECT count(*) FROM service_equipment"_s);
    EquipmentEdit dup = e;
    dup.serial = u"ALCL0000aaaa"_s; // same serial, other case
    dup.mac = u"aa:bb:cc:00:11:23"_s;
    auto r = repo.saveEquipment(dup);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QCOMPARE(r.fieldErrors.keys(), QStringList{u"serial"_s});
    dup.serial = u"ALCL0000BBBB"_s;
    dup.mac = u"aabbcc001122"_s; // same MAC, other format
    r = repo.saveEquipment(dup);
    QVERIFY(!r.ok());
    QCOMPARE(r.fieldErrors.keys(), QStringList{u"mac"_s});
    QCOMPARE(scalar(u"SELECT count(*) FROM service_equipment"_s), count);
    dup.mac.clear();
    auto ok = repo.saveEquipment(dup);
    QVERIFY(ok.ok());
    // Update onto an existing serial: a field error, the row unchanged.
    EquipmentEdit u = ok.value();
    u.serial = u"ALCL0000AAAA"_s;
    auto clash = repo.saveEquipment(u);
    QCOMPARE(clash.fieldErrors.keys(), QStringList{u"serial"_s});
    QCOMPARE(scalar(u"SELECT serial FROM service_equipment WHERE id = %1"_s.arg(u.id)), u"ALCL0000BBBB"_s);
    QCOMPARE(scalar(u"SELECT version FROM service_equipment WHERE id = %1"_s.arg(u.id)), u"1"_s);
}

void TestCustomerWrites::subscriptionPlanPriceDates()
{
    CustomerWriteRepository repo(*m_c);
    auto plans = repo.plans();
    QVERIFY(plans.ok());
    QCOMPARE(plans.value().size(), 2);
    auto cust = repo.saveCustomer(newCustomer(u"Bouchard"_s));
    auto other = repo.saveCustomer(newCustomer(u"Autre"_s));
    QVERIFY(cust.ok() && other.ok());
    LocationEdit l;
    l.customerId = other.value().id;
    l.civicNumber = u"1"_s;
    l.street = u"rue A"_s;
    l.city = u"Laval"_s;
    l.postalCode = u"H7N 1A1"_s;
    auto otherLoc = repo.saveLocation(l);
    QVERIFY(otherLoc.ok());

    SubscriptionEdit s;
    s.customerId = cust.value().id;
    s.itemId = 1;
    s.price = Money::fromCents(6995);
    s.startDate = QDate(2024, 5, 1);
    s.endDate = QDate(2024, 4, 1);
    auto bad = repo.saveSubscription(s);
    QCOMPARE(bad.fieldErrors.keys(), QStringList{u"end_date"_s});
    s.endDate = QDate();
    s.locationId = otherLoc.value().id; // someone else's location
    bad = repo.saveSubscription(s);
    QCOMPARE(bad.fieldErrors.keys(), QStringList{u"location_id"_s});
    s.locationId = 0;
    s.itemId = 999; // no such plan
    bad = repo.saveSubscription(s);
    QCOMPARE(bad.fieldErrors.keys(), QStringList{u"item_id"_s});
    s.itemId = 1;
    auto r = repo.saveSubscription(s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QVERIFY(r.value().code.startsWith(u"SUB-"_s));
    SubscriptionEdit u = r.value();
    u.itemId = 2;
    u.price = Money::fromCents(8995);
    u.endDate = QDate(2025, 4, 30);
    auto r2 = repo.saveSubscription(u);
    QVERIFY(r2.ok());
    QCOMPARE(r2.value().price.cents(), 8995);
    const QJsonObject before = json(scalar(
        u"SELECT before FROM audit_log WHERE entity = 'subscription' AND entity_id = %1 AND action = 'update'"_s.arg(
            u.id)));
    QCOMPARE(before.value(u"price_cents"_s).toInt(), 6995);
    QCOMPARE(before.value(u"item_id"_s).toInt(), 1);
    QVERIFY(before.value(u"end_date"_s).isNull());
}

void TestCustomerWrites::radiusCredentialsAreSealedAndRevealed()
{
    CustomerWriteRepository repo(*m_c);
    auto cust = repo.saveCustomer(newCustomer(u"Gagnon"_s));
    QVERIFY(cust.ok());
    SubscriptionEdit s;
    s.customerId = cust.value().id;
    s.itemId = 1;
    s.price = Money::fromCents(6995);
    s.startDate = QDate(2024, 5, 1);
    // A password without a user, a user with a space, a control character: refused, nothing stored.
    s.newRadiusPassword = u"Pa55-word"_s;
    auto bad = repo.saveSubscription(s);
    QCOMPARE(bad.fieldErrors.keys(), QStringList{u"radius_user"_s});
    s.radiusUser = u"gf 0101"_s;
    bad = repo.saveSubscription(s);
    QCOMPARE(bad.fieldErrors.keys(), QStringList{u"radius_user"_s});
    s.radiusUser = u"gf0101"_s;
    s.newRadiusPassword = u"tab\there"_s;
    bad = repo.saveSubscription(s);
    QCOMPARE(bad.fieldErrors.keys(), QStringList{u"radius_pwd"_s});
    QCOMPARE(scalar(u"SELECT count(*) FROM subscriptions WHERE radius_user = 'gf0101'"_s), u"0"_s);

    s.newRadiusPassword = u"Pa55-word'; --"_s;
    auto r = repo.saveSubscription(s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QVERIFY(r.value().hasRadiusPassword);
    QCOMPARE(r.value().radiusUser, u"gf0101"_s);
    QVERIFY(r.value().newRadiusPassword.isNull()); // never read back
    const qint64 id = r.value().id;
    QCOMPARE(
        scalar(u"SELECT radius_pwd IS NULL AND radius_pwd_enc IS NOT NULL FROM subscriptions WHERE id = %1"_s.arg(id)),
        u"t"_s);
    auto shown = repo.revealRadiusPassword(id);
    QVERIFY(shown.ok());
    QCOMPARE(shown.value(), u"Pa55-word'; --"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'reveal' AND entity_id = %1"_s.arg(id)), u"1"_s);

    // Saving other fields keeps the stored password; a duplicate RADIUS user is a field error.
    SubscriptionEdit u = r.value();
    u.quantity = 2;
    auto r2 = repo.saveSubscription(u);
    QVERIFY(r2.ok());
    QVERIFY(r2.value().hasRadiusPassword);
    QCOMPARE(repo.revealRadiusPassword(id).value(), u"Pa55-word'; --"_s);
    SubscriptionEdit dup = s;
    dup.newRadiusPassword = QString();
    auto d = repo.saveSubscription(dup);
    QCOMPARE(d.fieldErrors.keys(), QStringList{u"radius_user"_s});
    QCOMPARE(repo.revealRadiusPassword(-5).error().kind, Error::Kind::NotFound);
}

void TestCustomerWrites::hostileStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("html") << u"<b>Élise</b><script>alert('x')</script>"_s;
    QTest::newRow("sql") << u"'; DROP TABLE customers; --"_s;
    QTest::newRow("quotes, backslash") << u"O'Brien \"\\\" $1 %s"_s;
    QTest::newRow("emoji, accents") << u"Zoë 🐟 Ça-va Ÿ 漢字"_s;
}

void TestCustomerWrites::hostileStrings()
{
    QFETCH(QString, text);
    CustomerWriteRepository repo(*m_c);
    CustomerEdit c = newCustomer(text);
    c.displayName = text;
    c.notes = text + u"\nligne 2"_s;
    c.billingStreet = text;
    auto r = repo.saveCustomer(c);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().displayName, text);
    QCOMPARE(r.value().lastName, text);
    QCOMPARE(r.value().notes, text + u"\nligne 2"_s);
    QCOMPARE(scalar(u"SELECT count(*) > 0 FROM customers"_s), u"t"_s); // the table is still there
    LocationEdit l;
    l.customerId = r.value().id;
    l.civicNumber = u"1"_s;
    l.street = text;
    l.city = text;
    l.postalCode = u"H2X 1Y4"_s;
    l.accessNotes = text;
    auto loc = repo.saveLocation(l);
    QVERIFY(loc.ok());
    QCOMPARE(loc.value().street, text);
}

void TestCustomerWrites::oneMegabyteIsRefusedWithAFieldError()
{
    CustomerWriteRepository repo(*m_c);
    const QString before = scalar(u"SELECT count(*) FROM customers"_s);
    CustomerEdit c = newCustomer(u"Big"_s);
    c.notes = QString(1024 * 1024, u'é');
    auto r = repo.saveCustomer(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.fieldErrors.keys(), QStringList{u"notes"_s});
    c.notes.clear();
    c.lastName = QString(1024 * 1024, u'x');
    r = repo.saveCustomer(c);
    // The display name, derived from the names, is too long as well.
    QCOMPARE(r.fieldErrors.keys(), (QStringList{u"display_name"_s, u"last_name"_s}));
    QCOMPARE(scalar(u"SELECT count(*) FROM customers"_s), before);
}

void TestCustomerWrites::serverChecksComeBackAsFieldErrors()
{
    // Bypass the client-side check: the database's CHECK is mapped to the field. (A row changed by hand to an
    // invalid value cannot be stored either.)
    CustomerWriteRepository repo(*m_c);
    auto cust = repo.saveCustomer(newCustomer(u"Check"_s));
    QVERIFY(cust.ok());
    auto r = m_c->exec(
        "UPDATE customers SET billing_postal_code = 'H2X1Y4' WHERE id = $1", db::SqlParams().add(cust.value().id));
    QVERIFY(!r.ok());
    QVERIFY(r.error().detail.contains(u"customers_billing_postal_code_check"_s));
}

void TestCustomerWrites::nothingHalfStoredWhenAStepFails()
{
    // The audit insert fails (a trigger refuses it): the customer row must not stay behind, and the update must not
    // stick either.
    CustomerWriteRepository repo(*m_c);
    auto cust = repo.saveCustomer(newCustomer(u"Atomic"_s));
    QVERIFY(cust.ok());
    const char *setup[] = {
        "CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " RAISE EXCEPTION 'audit refused' USING ERRCODE = 'P0001'; END $$",
        "CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW"
        " WHEN (NEW.entity IN ('customer', 'service_location')) EXECUTE FUNCTION test_refuse_audit()",
    };
    for (const char *sql : setup)
        QVERIFY(m_c->exec(sql).ok());
    const QString customers = scalar(u"SELECT count(*) FROM customers"_s);
    auto created = repo.saveCustomer(newCustomer(u"Half"_s));
    QVERIFY(!created.ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM customers"_s), customers);
    CustomerEdit u = cust.value();
    u.email = u"changed@example.ca"_s;
    auto updated = repo.saveCustomer(u);
    QVERIFY(!updated.ok());
    QVERIFY(!updated.isConflict());
    QCOMPARE(
        scalar(u"SELECT email || ' v' || version FROM customers WHERE id = %1"_s.arg(u.id)), u"elise@example.ca v1"_s);
    QVERIFY(m_c->exec("DROP TRIGGER test_refuse_audit ON audit_log").ok());
    QVERIFY(!m_c->inTransaction());
}

QTEST_GUILESS_MAIN(TestCustomerWrites)
#include "TestCustomerWrites.moc"

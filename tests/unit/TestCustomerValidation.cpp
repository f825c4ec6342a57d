// CustomerValidation: postal codes (normalised, same pattern as the schema's CHECK), phones, e-mails, MACs, serials,
// prices, GPS ranges and whole rows with their per-field errors.
#include <QRegularExpression>
#include <QTest>

#include "core/customers/CustomerValidation.h"

using namespace ops;
using namespace ops::customers;
using namespace Qt::Literals::StringLiterals;

class TestCustomerValidation : public QObject
{
    Q_OBJECT
private slots:
    void postalCode_data();
    void postalCode();
    void postalCodePatternIsTheSchemas();
    void phone();
    void email_data();
    void email();
    void mac_data();
    void mac();
    void serial();
    void price_data();
    void price();
    void gps();
    void customerRow();
    void locationRow();
    void equipmentRow();
    void subscriptionRow();
    void hostileTextIsLengthChecked();
};

void TestCustomerValidation::postalCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("canonical") << u"H2X 1Y4"_s << u"H2X 1Y4"_s;
    QTest::newRow("lower, no space") << u"h2x1y4"_s << u"H2X 1Y4"_s;
    QTest::newRow("spaces and dash") << u"  j7z-5l3 "_s << u"J7Z 5L3"_s;
    QTest::newRow("two spaces") << u"H2X  1Y4"_s << u"H2X 1Y4"_s;
    QTest::newRow("D first") << u"D2X 1Y4"_s << QString();
    QTest::newRow("W first") << u"W2X 1Y4"_s << QString();
    QTest::newRow("O inside") << u"H2O 1Y4"_s << QString();
    QTest::newRow("Z last-letter ok") << u"H2Z 1Z4"_s << u"H2Z 1Z4"_s;
    QTest::newRow("short") << u"H2X 1Y"_s << QString();
    QTest::newRow("US zip") << u"12345"_s << QString();
    QTest::newRow("script") << u"<script>"_s << QString();
}

void TestCustomerValidation::postalCode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    auto r = validation::normalizePostalCode(input);
    if (expected.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QVERIFY(!r.error().userMessage.isEmpty());
    } else {
        QVERIFY(r.ok());
        QCOMPARE(r.value(), expected);
    }
}

void TestCustomerValidation::postalCodePatternIsTheSchemas()
{
    QFile f(qEnvironmentVariable("OPS_SOURCE_DIR") + u"/core/db/migrations/0001_base_schema.sql"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString schema = QString::fromUtf8(f.readAll());
    const QString quoted = u"postal_code ~ '"_s + validation::postalCodePattern() + u"'"_s;
    QCOMPARE(schema.count(quoted), 2); // customers.billing_postal_code and service_locations.postal_code
}

void TestCustomerValidation::phone()
{
    QCOMPARE(validation::normalizePhone(u"(450) 555-0123"_s).value(), u"+14505550123"_s);
    QCOMPARE(validation::normalizePhone(u"1 514 555 0199"_s).value(), u"+15145550199"_s);
    QVERIFY(!validation::normalizePhone(u"555-0123"_s).ok());
    QVERIFY(!validation::normalizePhone(u"(212) 555-0123"_s).ok()); // New York
    QVERIFY(!validation::normalizePhone(u"'; DROP TABLE customers; --"_s).ok());
}

void TestCustomerValidation::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << u"elise@example.ca"_s << true;
    QTest::newRow("plus, subdomain") << u"e.t+ops@mail.example.qc.ca"_s << true;
    QTest::newRow("accents") << u"hélène@exemple.québec"_s << true;
    QTest::newRow("no at") << u"elise.example.ca"_s << false;
    QTest::newRow("two at") << u"a@b@example.ca"_s << false;
    QTest::newRow("no dot") << u"elise@localhost"_s << false;
    QTest::newRow("space") << u"el ise@example.ca"_s << false;
    QTest::newRow("html") << u"<b>@x.ca"_s << false;
    QTest::newRow("double dot") << u"elise@example..ca"_s << false;
}

void TestCustomerValidation::email()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QCOMPARE(validation::normalizeEmail(input).ok(), ok);
}

void TestCustomerValidation::mac_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("colons") << u"AA:BB:CC:DD:EE:0F"_s << u"aa:bb:cc:dd:ee:0f"_s;
    QTest::newRow("dashes") << u"aa-bb-cc-dd-ee-0f"_s << u"aa:bb:cc:dd:ee:0f"_s;
    QTest::newRow("cisco") << u"aabb.ccdd.ee0f"_s << u"aa:bb:cc:dd:ee:0f"_s;
    QTest::newRow("bare") << u" AABBCCDDEE0F "_s << u"aa:bb:cc:dd:ee:0f"_s;
    QTest::newRow("short") << u"AA:BB:CC:DD:EE"_s << QString();
    QTest::newRow("not hex") << u"GG:BB:CC:DD:EE:FF"_s << QString();
}

void TestCustomerValidation::mac()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    auto r = validation::normalizeMac(input);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok())
        QCOMPARE(r.value(), expected);
}

void TestCustomerValidation::serial()
{
    QCOMPARE(validation::normalizeSerial(u" alcl1234abcd "_s).value(), u"ALCL1234ABCD"_s);
    QCOMPARE(validation::normalizeSerial(u"TPL-0001"_s).value(), u"TPL-0001"_s);
    QVERIFY(!validation::normalizeSerial(u"AB1"_s).ok());
    QVERIFY(!validation::normalizeSerial(u"ALCL 1234"_s).ok());
    QVERIFY(!validation::normalizeSerial(QString(41, u'A')).ok());
    QVERIFY(!validation::normalizeSerial(u"'; DROP TABLE x; --"_s).ok());
}

void TestCustomerValidation::price_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::newRow("comma") << u"69,95"_s << qint64(6995);
    QTest::newRow("dot") << u"69.95"_s << qint64(6995);
    QTest::newRow("fr_CA formatted") << u"1\u00a0234,56\u00a0$"_s << qint64(123456);
    QTest::newRow("spaces, dollar") << u"1 234,5 $"_s << qint64(123450);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("negative") << u"-5,00"_s << qint64(-1);
    QTest::newRow("too big") << u"100000,01"_s << qint64(-1);
    QTest::newRow("text") << u"gratuit"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestCustomerValidation::price()
{
    QFETCH(QString, input);
    QFETCH(qint64, cents);
    auto r = validation::parsePrice(input);
    QCOMPARE(r.ok(), cents >= 0);
    if (r.ok())
        QCOMPARE(r.value().cents(), cents);
}

void TestCustomerValidation::gps()
{
    using validation::GpsCheck;
    QCOMPARE(validation::checkGps(std::nullopt, std::nullopt), GpsCheck::Ok);
    QCOMPARE(validation::checkGps(45.5017, -73.5673), GpsCheck::Ok); // Montréal
    QCOMPARE(validation::checkGps(45.5017, 73.5673), GpsCheck::OutsideQuebec); // lost minus sign
    QCOMPARE(validation::checkGps(91.0, -73.0), GpsCheck::OutOfRange);
    QCOMPARE(validation::checkGps(45.0, -181.0), GpsCheck::OutOfRange);
    QCOMPARE(validation::checkGps(45.0, std::nullopt), GpsCheck::Incomplete);
    QCOMPARE(validation::parseCoordinate(u"45,5017"_s).value(), std::optional<double>(45.5017));
    QCOMPARE(validation::parseCoordinate(u" "_s).value(), std::optional<double>());
    QVERIFY(!validation::parseCoordinate(u"nord"_s).ok());
    QVERIFY(!validation::parseCoordinate(u"inf"_s).ok());
}

void TestCustomerValidation::customerRow()
{
    CustomerEdit c;
    c.firstName = u"  Élise "_s;
    c.lastName = u"Tremblay"_s;
    c.email = u"elise@example"_s;
    c.phone = u"450 555 0101"_s;
    c.billingPostalCode = u"j7z5l3"_s;
    FieldErrors e = validation::validateCustomer(c);
    QCOMPARE(e.keys(), QStringList{u"email"_s});
    QCOMPARE(c.displayName, u"Élise Tremblay"_s); // derived from the names
    QCOMPARE(c.firstName, u"Élise"_s);
    QCOMPARE(c.phone, u"+14505550101"_s);
    QCOMPARE(c.billingPostalCode, u"J7Z 5L3"_s);

    CustomerEdit b;
    b.kind = u"business"_s;
    b.language = u"de"_s;
    b.caslConsent = u"express"_s;
    e = validation::validateCustomer(b);
    QVERIFY(e.contains(u"company_name"_s));
    QVERIFY(e.contains(u"language"_s));
    QVERIFY(e.contains(u"display_name"_s));
    QVERIFY(e.contains(u"casl_consent"_s)); // consent without any contact
}

void TestCustomerValidation::locationRow()
{
    LocationEdit l;
    l.customerId = 1;
    l.civicNumber = u"12"_s;
    l.street = u"rue Labelle"_s;
    l.city = u"Saint-Jérôme"_s;
    l.postalCode = u"H2X 1Y"_s;
    l.latitude = 45.78;
    FieldErrors warnings;
    FieldErrors e = validation::validateLocation(l, &warnings);
    QCOMPARE(e.keys(), (QStringList{u"longitude"_s, u"postal_code"_s}));
    l.postalCode = u"j7z 5l3"_s;
    l.longitude = 74.0; // lost minus sign: a warning, not an error
    e = validation::validateLocation(l, &warnings);
    QVERIFY(e.isEmpty());
    QVERIFY(warnings.contains(u"latitude"_s));
    l.latitude = 123.0;
    e = validation::validateLocation(l);
    QVERIFY(e.contains(u"latitude"_s));
}

void TestCustomerValidation::equipmentRow()
{
    EquipmentEdit q;
    q.make = u"Nokia"_s;
    q.model = u"G-010G-Q"_s;
    q.serial = u"alcl0001"_s;
    q.mac = u"0011.2233.4455"_s;
    q.status = u"installed"_s;
    FieldErrors e = validation::validateEquipment(q);
    QCOMPARE(e.keys(), QStringList{u"location_id"_s}); // installed where?
    q.locationId = 3;
    QVERIFY(validation::validateEquipment(q).isEmpty());
    QCOMPARE(q.serial, u"ALCL0001"_s);
    QCOMPARE(q.mac, u"00:11:22:33:44:55"_s);
    q.mac = u"zz"_s;
    q.kind = u"toaster"_s;
    e = validation::validateEquipment(q);
    QCOMPARE(e.keys(), (QStringList{u"kind"_s, u"mac"_s}));
}

void TestCustomerValidation::subscriptionRow()
{
    SubscriptionEdit s;
    s.customerId = 1;
    s.itemId = 1;
    s.price = Money::fromCents(6995);
    s.startDate = QDate(2024, 5, 1);
    s.endDate = QDate(2024, 4, 30);
    QCOMPARE(validation::validateSubscription(s).keys(), QStringList{u"end_date"_s});
    s.endDate = s.startDate; // same day is fine
    QVERIFY(validation::validateSubscription(s).isEmpty());
    s.price = Money::fromCents(-1);
    s.quantity = 0;
    s.itemId = 0;
    QCOMPARE(validation::validateSubscription(s).keys(), (QStringList{u"item_id"_s, u"price_cents"_s, u"quantity"_s}));
}

void TestCustomerValidation::hostileTextIsLengthChecked()
{
    CustomerEdit c;
    c.displayName = u"<script>alert(1)</script>"_s;
    c.notes = QString(1024 * 1024, u'x');
    c.lastName = u"O'Brien\"; DROP TABLE customers; --"_s;
    FieldErrors e = validation::validateCustomer(c);
    QCOMPARE(e.keys(), QStringList{u"notes"_s});
    QCOMPARE(c.displayName, u"<script>alert(1)</script>"_s); // kept literally, never interpreted
    c.notes = u"ok"_s;
    c.firstName = u"A\u0000B"_s;
    QCOMPARE(validation::validateCustomer(c).keys(), QStringList{u"first_name"_s});
}

QTEST_GUILESS_MAIN(TestCustomerValidation)
#include "TestCustomerValidation.moc"

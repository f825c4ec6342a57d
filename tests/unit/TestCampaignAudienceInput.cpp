// The audience's inputs (issue 14), without a database: the CSV import (header by name in French or English, BOM,
// CRLF, ; separator, quoted fields with quotes and line breaks, Latin-1 files, a report line per bad address,
// duplicate, bad language or customer code, huge fields, a quote that never closes) and the segment filter model
// (round trip, unknown keys and hostile values refused with the key named).
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/campaigns/CampaignAddress.h"
#include "core/campaigns/CampaignCsvImport.h"
#include "core/campaigns/CampaignSegment.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::campaigns;

namespace {

QStringList issueKeys(const CsvImport &csv)
{
    QStringList out;
    for (const CsvIssue &i : csv.issues)
        out << u"%1:%2"_s.arg(i.line).arg(i.kind);
    return out;
}

} // namespace

class TestCampaignAudienceInput : public QObject
{
    Q_OBJECT

private slots:
    void csvWithBomCrlfSemicolonsAndQuotes();
    void csvForSmsNormalisesPhones();
    void csvLatin1AndHostileInput();
    void emailAddresses();
    void segmentRoundTrip();
    void segmentRefusesUnknownKeysAndHostileValues_data();
    void segmentRefusesUnknownKeysAndHostileValues();
    void hostileTextIsStillAValue();
};

void TestCampaignAudienceInput::csvWithBomCrlfSemicolonsAndQuotes()
{
    const QByteArray data = "\xEF\xBB\xBF"
                            "Courriel;Langue;Client;Prénom;Notes\r\n"
                            "Elise@Example.com ;FR;cust-00001;Élise;\"a; b\"\r\n"
                            "\"john@example.com\";en;;\"John \"\"JJ\"\"\";\"two\r\nlines\"\r\n"
                            "\r\n"
                            "not-an-address;fr;;;\r\n"
                            "ELISE@example.com;fr;;;\r\n"
                            "ana@example.com;de;;;\r\n"
                            "bob@example.com;fr;CUST-12;;\r\n"
                            "zoe@example.com;;;Zoé\r\n";
    auto r = parseRecipientCsv(data, Channel::Email);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage));
    const CsvImport &csv = r.value();
    QCOMPARE(csv.records, 7);
    QCOMPARE(csv.rows.size(), 3);
    QCOMPARE(csv.rows.at(0).address, u"elise@example.com"_s);
    QCOMPARE(csv.rows.at(0).language, u"fr"_s);
    QCOMPARE(csv.rows.at(0).customerCode, u"CUST-00001"_s);
    QCOMPARE(csv.rows.at(0).firstName, u"Élise"_s);
    QCOMPARE(csv.rows.at(0).line, 2);
    QCOMPARE(csv.rows.at(1).firstName, u"John \"JJ\""_s);
    QCOMPARE(csv.rows.at(1).language, u"en"_s);
    QCOMPARE(csv.rows.at(2).address, u"zoe@example.com"_s);
    QCOMPARE(csv.rows.at(2).line, 10); // the quoted line break counts, the blank line too
    QCOMPARE(csv.rows.at(2).language, QString());
    QCOMPARE(issueKeys(csv),
        (QStringList{u"6:bad_address"_s, u"7:duplicate"_s, u"8:bad_language"_s, u"9:unknown_customer"_s}));
    QVERIFY(csv.issues.at(1).message.contains(u"line 2"_s));
}

void TestCampaignAudienceInput::csvForSmsNormalisesPhones()
{
    const QByteArray data = "phone,first_name\n(450) 555-0199,Ana\n1 514 555 0100,Bo\n+1 (819) 555-0101,Cy\n"
                            "450-555-0199,Dup\n212 555 0100,NY\n12345,Short\n";
    auto r = parseRecipientCsv(data, Channel::Sms);
    QVERIFY(r.ok());
    QCOMPARE(r.value().rows.size(), 3);
    QCOMPARE(r.value().rows.at(0).address, u"+14505550199"_s);
    QCOMPARE(r.value().rows.at(1).address, u"+15145550100"_s);
    QCOMPARE(r.value().rows.at(2).address, u"+18195550101"_s);
    QCOMPARE(issueKeys(r.value()), (QStringList{u"5:duplicate"_s, u"6:bad_address"_s, u"7:bad_address"_s}));
    // An e-mail file has no phone column.
    auto wrong = parseRecipientCsv("email\na@b.ca\n", Channel::Sms);
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().userMessage.contains(u"phone"_s));
}

void TestCampaignAudienceInput::csvLatin1AndHostileInput()
{
    QByteArray latin1 = "email,first_name\nh@example.com,H";
    latin1 += char(0xE9); // é in Windows-1252
    latin1 += "l";
    latin1 += char(0xE8);
    latin1 += "ne\n";
    auto r = parseRecipientCsv(latin1, Channel::Email);
    QVERIFY(r.ok());
    QCOMPARE(r.value().rows.at(0).firstName, u"Hélène"_s);

    QByteArray huge = "email,first_name\nbig@example.com,";
    huge += QByteArray(100000, 'x');
    huge += "\nsmall@example.com,ok\n";
    auto h = parseRecipientCsv(huge, Channel::Email);
    QVERIFY(h.ok());
    QCOMPARE(h.value().rows.size(), 1);
    QCOMPARE(issueKeys(h.value()), QStringList{u"2:too_long"_s});

    auto unclosed = parseRecipientCsv("email\n\"a@b.ca\nc@d.ca\n", Channel::Email);
    QVERIFY(!unclosed.ok());
    QVERIFY(unclosed.error().userMessage.contains(u"line 2"_s));
    QVERIFY(!parseRecipientCsv("", Channel::Email).ok());
    QVERIFY(!parseRecipientCsv("name,city\nx,y\n", Channel::Email).ok());
    QVERIFY(!parseRecipientCsv("email,courriel\na@b.ca,c@d.ca\n", Channel::Email).ok()); // the same column twice
    // Control characters and formula-looking names are data, never interpreted.
    auto odd = parseRecipientCsv("email,first_name\nodd@example.com,\"=cmd|' /C calc'!A0\x01\"\n", Channel::Email);
    QVERIFY(odd.ok());
    QCOMPARE(odd.value().rows.at(0).firstName, u"=cmd|' /C calc'!A0"_s);
}

void TestCampaignAudienceInput::emailAddresses()
{
    QCOMPARE(normalizeEmail(u"  Jean.Tremblay+promo@Videotron.CA "_s).value(), u"jean.tremblay+promo@videotron.ca"_s);
    for (const QString &bad : {u"a@b"_s, u"a@@b.ca"_s, u"a b@c.ca"_s, u"<a@b.ca>"_s, u"a@b.ca, c@d.ca"_s, u".a@b.ca"_s,
             u"a..b@c.ca"_s, u"a@-b.ca"_s, u"élise@b.ca"_s, u""_s})
        QVERIFY2(!normalizeEmail(bad).ok(), qPrintable(bad));
}

void TestCampaignAudienceInput::segmentRoundTrip()
{
    const QByteArray json = R"({"status":["active","suspended"],"region":"Laurentides","city":["Saint-Jérôme"],
        "plan":["INT-1000"],"olt":["OLT-SJR-01"],"olt_port":[{"olt":"OLT-SJR-01","port":"1/1/3"}],
        "balance_over_cents":5000,"language":"fr","has_email":true,"has_mobile":false,"consent":true})";
    auto f = SegmentFilter::fromJsonText(json);
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().userMessage));
    QCOMPARE(f.value().statuses, (QStringList{u"active"_s, u"suspended"_s}));
    QCOMPARE(f.value().regions, QStringList{u"Laurentides"_s}); // one text is a list of one
    QCOMPARE(f.value().oltPorts.size(), 1);
    QCOMPARE(*f.value().balanceOverCents, 5000);
    QCOMPARE(*f.value().hasMobile, false);
    auto again = SegmentFilter::fromJson(f.value().toJson());
    QVERIFY(again.ok());
    QVERIFY(again.value() == f.value());
    QVERIFY(SegmentFilter::fromJsonText("{}").ok());
}

void TestCampaignAudienceInput::segmentRefusesUnknownKeysAndHostileValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("raw sql key") << QByteArray(R"({"where":"1=1; DROP TABLE customers"})") << u"where"_s;
    QTest::newRow("status injection") << QByteArray(R"({"status":["active' OR '1'='1"]})") << u"status"_s;
    QTest::newRow("status number") << QByteArray(R"({"status":[1]})") << u"status"_s;
    QTest::newRow("empty list") << QByteArray(R"({"city":[]})") << u"city"_s;
    QTest::newRow("empty text") << QByteArray(R"({"city":["  "]})") << u"city"_s;
    QTest::newRow("control") << QByteArray("{\"city\":[\"Mirabel\\u0007\"]}") << u"city"_s;
    QTest::newRow("too long") << ("{\"region\":[\"" + QByteArray(121, 'r') + "\"]}") << u"region"_s;
    QTest::newRow("fraction of a cent") << QByteArray(R"({"balance_over_cents":10.5})") << u"balance_over_cents"_s;
    QTest::newRow("balance text") << QByteArray(R"({"balance_over_cents":"100"})") << u"balance_over_cents"_s;
    QTest::newRow("huge balance") << QByteArray(R"({"balance_over_cents":1e300})") << u"balance_over_cents"_s;
    QTest::newRow("language") << QByteArray(R"({"language":"de"})") << u"language"_s;
    QTest::newRow("bool text") << QByteArray(R"({"has_email":"yes"})") << u"has_email"_s;
    QTest::newRow("port shape") << QByteArray(R"({"olt_port":[{"olt":"A"}]})") << u"olt_port"_s;
    QTest::newRow("port extra") << QByteArray(R"({"olt_port":[{"olt":"A","port":"1","sql":"x"}]})") << u"olt_port"_s;
    QTest::newRow("nested") << QByteArray(R"({"plan":[["INT"]]})") << u"plan"_s;
    QByteArray many = "{\"city\":[";
    for (int i = 0; i < 201; ++i)
        many += (i ? ",\"c" : "\"c") + QByteArray::number(i) + "\"";
    QTest::newRow("too many") << (many + "]}") << u"city"_s;
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("not json") << QByteArray("{status: active}") << QString();
}

void TestCampaignAudienceInput::segmentRefusesUnknownKeysAndHostileValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    auto f = SegmentFilter::fromJsonText(json);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().kind, Error::Kind::Validation);
    if (!named.isEmpty())
        QVERIFY2(f.error().userMessage.contains(named), qPrintable(f.error().userMessage));
}

void TestCampaignAudienceInput::hostileTextIsStillAValue()
{
    // Quotes and SQL words are ordinary text in a city name: the repository binds them (the db test runs it).
    auto f = SegmentFilter::fromJsonText(R"({"city":["Saint-Jérôme'); DELETE FROM customers; --"]})");
    QVERIFY(f.ok());
    QCOMPARE(f.value().cities.first(), u"Saint-Jérôme'); DELETE FROM customers; --"_s);
}

QTEST_GUILESS_MAIN(TestCampaignAudienceInput)
#include "TestCampaignAudienceInput.moc"

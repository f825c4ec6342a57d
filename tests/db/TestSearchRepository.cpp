// Global search on a real database: accents, case, punctuation, phone formats, codes, e-mails, legacy ids, serials,
// MACs, postal codes, typos, ranking, and hostile input.
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/search/SearchRepository.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::search;

class TestSearchRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void finds_data();
    void finds();
    void exactKeysRankFirst();
    void typoTolerance();
    void followsEdits();
    void typoThresholds_data();
    void typoThresholds();
    void typoRanking();
    void typoMultiWord();
    void typoAccentsAreNoTypos();
    void vocabularyFollowsEdits();
    void hostileInputReturnsNormally_data();
    void hostileInputReturnsNormally();

private:
    QList<SearchHit> find(const QString &q);
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    qint64 m_customers = 0;
};

void TestSearchRepository::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    const char *setup[] = {
        "INSERT INTO customers (id, code, display_name, first_name, last_name, email, phone, phone_alt,"
        " billing_city, legacy_account_id, legacy_customer_id, language) VALUES"
        " (1, 'CUST-00001', 'Hélène Côté', 'Hélène', 'Côté', 'helene.cote@example.com', '(450) 555-0101', NULL,"
        "  'Saint-Jérôme', 100234, 'C-77', 'fr'),"
        " (2, 'CUST-00002', 'Jean-François O''Brien', 'Jean-François', 'O''Brien', 'jf.obrien@example.com',"
        "  '514-555-0199', '+1 819 555 0142', 'Mont-Tremblant', 100235, NULL, 'en'),"
        " (3, 'CUST-00003', 'Marc Tremblay', 'Marc', 'Tremblay', 'marc.t@example.com', '(450) 555-7788', NULL,"
        "  'Joliette', 100236, NULL, 'fr'),"
        " (4, 'CUST-00010', 'Tremblay Excavation inc.', NULL, NULL, NULL, '(819) 555-0000', NULL, 'Mirabel',"
        "  200001, NULL, 'fr')",
        "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, latitude,"
        " longitude) VALUES (1, 'LOC-00001', 1, '123', 'rue Principale', 'Saint-Jérôme', 'J7Z 3B8', 45.78, -74.0),"
        " (2, 'LOC-00002', 2, '45', 'chemin du Lac-Supérieur', 'Mont-Tremblant', 'J8E 1T1', 46.1, -74.6)",
        "INSERT INTO service_equipment (id, code, location_id, kind, make, model, serial, mac) VALUES"
        " (1, 'EQP-00001', 1, 'ont', 'Nokia', 'G-010G-Q', 'ALCLB1234567', 'aa:bb:cc:dd:ee:01'),"
        " (2, 'EQP-00002', 2, 'router', 'TP-Link', 'Deco X55', '22A1B3C4D5E6', 'aa:bb:cc:dd:ee:02')",
        "INSERT INTO items (id, sku, kind, name_fr, name_en, monthly_price_cents) VALUES"
        " (1, 'NET-1000', 'internet', 'Internet 1 Gbit/s', 'Internet 1 Gbps', 8500)",
        "INSERT INTO subscriptions (customer_id, location_id, item_id, price_cents, start_date, radius_user,"
        " legacy_service_id) VALUES (1, 1, 1, 8500, '2024-01-01', 'hcote42', 555001)",
    };
    for (const char *sql : setup) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    }
    // Typo material: invented surnames (in no demo list) of chosen lengths: 4 (Vuko), 5 (Zamor), 8 (Vaillard),
    // 9 (Szczepans, Marchetti...), 11 (Quenneville).
    auto r =
        m_c->exec("INSERT INTO customers (id, code, display_name, first_name, last_name, billing_city, language) VALUES"
                  " (20, 'CUST-00020', 'Ysolde Quenneville', 'Ysolde', 'Quenneville', 'Rawdon', 'fr'),"
                  " (21, 'CUST-00021', 'Odilon Zamor', 'Odilon', 'Zamor', 'Rawdon', 'fr'),"
                  " (22, 'CUST-00022', 'Prosper Vuko', 'Prosper', 'Vuko', 'Rawdon', 'fr'),"
                  " (23, 'CUST-00023', 'Léontine Vaillard', 'Léontine', 'Vaillard', 'Rawdon', 'fr'),"
                  " (24, 'CUST-00024', 'Casimir Szczepans', 'Casimir', 'Szczepans', 'Rawdon', 'fr'),"
                  " (25, 'CUST-00025', 'Aurèle Dérosiers-Plamondon', 'Aurèle', 'Dérosiers-Plamondon', 'Rawdon', 'fr'),"
                  " (26, 'CUST-00026', 'Ida Marchetti', 'Ida', 'Marchetti', 'Rawdon', 'fr'),"
                  " (27, 'CUST-00027', 'Ivo Marchettiano', 'Ivo', 'Marchettiano', 'Rawdon', 'fr'),"
                  " (28, 'CUST-00028', 'Ugo Marcehtty', 'Ugo', 'Marcehtty', 'Rawdon', 'fr'),"
                  " (29, 'CUST-00029', 'Noé Marchetty', 'Noé', 'Marchetty', 'Rawdon', 'fr'),"
                  " (30, 'CUST-00030', 'Zoé Lévesque', 'Zoé', 'Lévesque', 'Rawdon', 'fr')");
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    r = m_c->exec("INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code,"
                  " latitude, longitude) VALUES (3, 'LOC-00003', 30, '12', 'rang Double', 'Saint-Édouard', 'J0L 1Y0',"
                  " 45.2, -73.5)");
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    m_customers = m_c->exec("SELECT count(*) FROM customers").value().int64(0, 0);
}

void TestSearchRepository::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

QList<SearchHit> TestSearchRepository::find(const QString &q)
{
    auto r = SearchRepository(*m_c).find(q, 30);
    if (!r.ok())
        qWarning("search failed: %s", qPrintable(r.error().detail));
    return r.ok() ? r.value().hits : QList<SearchHit>();
}

void TestSearchRepository::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedFirst");
    QTest::newRow("accent-insensitive") << QStringLiteral("helene") << QStringLiteral("CUST-00001");
    QTest::newRow("case and accents") << QStringLiteral("HÉLÈNE CÔTÉ") << QStringLiteral("CUST-00001");
    QTest::newRow("word order") << QStringLiteral("cote helene") << QStringLiteral("CUST-00001");
    QTest::newRow("hyphen and apostrophe") << QStringLiteral("jean francois obrien") << QStringLiteral("CUST-00002");
    QTest::newRow("apostrophe typed") << QStringLiteral("O'Brien") << QStringLiteral("CUST-00002");
    QTest::newRow("phone formatted") << QStringLiteral("(450) 555-0101") << QStringLiteral("CUST-00001");
    QTest::newRow("phone digits") << QStringLiteral("4505550101") << QStringLiteral("CUST-00001");
    QTest::newRow("phone +1") << QStringLiteral("+1 450 555 0101") << QStringLiteral("CUST-00001");
    QTest::newRow("phone dots") << QStringLiteral("450.555.0101") << QStringLiteral("CUST-00001");
    QTest::newRow("second phone") << QStringLiteral("819-555-0142") << QStringLiteral("CUST-00002");
    QTest::newRow("partial phone") << QStringLiteral("555-7788") << QStringLiteral("CUST-00003");
    QTest::newRow("email") << QStringLiteral("jf.obrien@example.com") << QStringLiteral("CUST-00002");
    QTest::newRow("code") << QStringLiteral("CUST-00002") << QStringLiteral("CUST-00002");
    QTest::newRow("code lower no dash") << QStringLiteral("cust00002") << QStringLiteral("CUST-00002");
    QTest::newRow("legacy account") << QStringLiteral("100236") << QStringLiteral("CUST-00003");
    QTest::newRow("legacy customer id") << QStringLiteral("c-77") << QStringLiteral("CUST-00001");
    QTest::newRow("legacy service id") << QStringLiteral("555001") << QStringLiteral("CUST-00001");
    QTest::newRow("radius user") << QStringLiteral("hcote42") << QStringLiteral("CUST-00001");
    QTest::newRow("serial lower") << QStringLiteral("alclb1234567") << QStringLiteral("EQP-00001");
    QTest::newRow("mac colons") << QStringLiteral("AA:BB:CC:DD:EE:02") << QStringLiteral("EQP-00002");
    QTest::newRow("mac bare") << QStringLiteral("aabbccddee01") << QStringLiteral("EQP-00001");
    QTest::newRow("mac dashes") << QStringLiteral("aa-bb-cc-dd-ee-01") << QStringLiteral("EQP-00001");
    QTest::newRow("postal code") << QStringLiteral("j7z3b8") << QStringLiteral("LOC-00001");
    QTest::newRow("street") << QStringLiteral("lac superieur") << QStringLiteral("LOC-00002");
    QTest::newRow("city accents") << QStringLiteral("saint jerome") << QStringLiteral("LOC-00001");
    QTest::newRow("two prefixes") << QStringLiteral("zoe lev") << QStringLiteral("CUST-00030");
    QTest::newRow("st- for Saint-") << QStringLiteral("st-edouard") << QStringLiteral("LOC-00003");
    QTest::newRow("st- for Saint- with a typo") << QStringLiteral("st-edouadr") << QStringLiteral("LOC-00003");
}

void TestSearchRepository::finds()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedFirst);
    const auto hits = find(query);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.first().code, expectedFirst);
}

void TestSearchRepository::exactKeysRankFirst()
{
    // "tremblay" matches two customers by name; the exact legacy account of the company wins over names.
    auto hits = find(QStringLiteral("200001"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().code, QStringLiteral("CUST-00010"));
    QCOMPARE(hits.first().rank, 0);
    hits = find(QStringLiteral("tremblay"));
    QVERIFY(hits.size() >= 2);
    QStringList codes;
    for (const auto &h : hits)
        codes << h.code;
    QVERIFY(codes.contains(QStringLiteral("CUST-00003")));
    QVERIFY(codes.contains(QStringLiteral("CUST-00010")));
    // A name that starts with the text ranks above an address that merely contains it ("Mont-Tremblant").
    hits = find(QStringLiteral("tremb"));
    QVERIFY(hits.size() >= 3);
    QVERIFY(hits.at(0).title.contains(QLatin1String("Tremblay")));
    QVERIFY(hits.at(1).title.contains(QLatin1String("Tremblay")));
    // A location/equipment hit carries its customer so Enter can open the file.
    hits = find(QStringLiteral("ALCLB1234567"));
    QCOMPARE(hits.first().kind, HitKind::Equipment);
    QCOMPARE(hits.first().customerId, 1);
}

void TestSearchRepository::typoTolerance()
{
    auto hits = find(QStringLiteral("tremblay excavatoin"));
    QVERIFY(!hits.isEmpty());
    QVERIFY2(hits.first().code == QLatin1String("CUST-00010"), qPrintable(hits.first().title));
    hits = find(QStringLiteral("marc tremblai"));
    QVERIFY(!hits.isEmpty());
    QVERIFY2(hits.first().code == QLatin1String("CUST-00003"), qPrintable(hits.first().title));
    hits = find(QStringLiteral("Hélèn Coté"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().code, QStringLiteral("CUST-00001"));
}

void TestSearchRepository::followsEdits()
{
    QVERIFY(m_c->exec("UPDATE customers SET display_name = 'Hélène Côté-Lapointe' WHERE id = 1").ok());
    auto hits = find(QStringLiteral("lapointe"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().code, QStringLiteral("CUST-00001"));
    // Locations show the customer's new name too.
    QVERIFY(m_c->exec("SELECT 1 FROM search_doc WHERE kind = 2 AND entity_id = 1 AND subtitle LIKE '%Lapointe%'")
                .value()
                .rows()
        == 1);
}

void TestSearchRepository::typoThresholds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // empty: no hit at all
    QTest::addColumn<int>("typos");
    // 1 typo from 5 letters, 2 from 9; each kind of edit; the query word's own length sets its budget.
    QTest::newRow("4 letters, 1 substitution: none") << QStringLiteral("vuka") << QString() << 0;
    QTest::newRow("4 letters, 1 deletion: none") << QStringLiteral("zamr") << QString() << 0;
    QTest::newRow("5 letters, transposition") << QStringLiteral("zmaor") << QStringLiteral("CUST-00021") << 1;
    QTest::newRow("5 letters, transposition at the end")
        << QStringLiteral("zamro") << QStringLiteral("CUST-00021") << 1;
    QTest::newRow("5 letters, substitution") << QStringLiteral("zamxr") << QStringLiteral("CUST-00021") << 1;
    QTest::newRow("7 letters, deletion") << QStringLiteral("vailard") << QStringLiteral("CUST-00023") << 1;
    QTest::newRow("8 letters, 2 transpositions: none") << QStringLiteral("vialladr") << QString() << 0;
    QTest::newRow("9 letters, 2 transpositions") << QStringLiteral("sczzepasn") << QStringLiteral("CUST-00024") << 2;
    QTest::newRow("9 letters, 1 transposition") << QStringLiteral("szczepnas") << QStringLiteral("CUST-00024") << 1;
    QTest::newRow("12 letters, insertion") << QStringLiteral("Quenneiville") << QStringLiteral("CUST-00020") << 1;
    QTest::newRow("9 letters, substitution in a hyphenated name")
        << QStringLiteral("plamondin") << QStringLiteral("CUST-00025") << 1;
    QTest::newRow("transposed common surname") << QStringLiteral("Tremblya") << QStringLiteral("CUST-00003") << 1;
    QTest::newRow("unfinished last word with a typo")
        << QStringLiteral("quenenvil") << QStringLiteral("CUST-00020") << 1;
}

void TestSearchRepository::typoThresholds()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QFETCH(int, typos);
    const auto hits = find(query);
    if (expected.isEmpty()) {
        // Nothing unrelated either: no typo match, no fuzzy fall-through.
        QVERIFY2(hits.isEmpty(), qPrintable(hits.isEmpty() ? QString() : hits.first().title));
        return;
    }
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.first().code, expected);
    QCOMPARE(hits.first().typos, typos);
    QCOMPARE(hits.first().rank, 5);
}

void TestSearchRepository::typoRanking()
{
    // marchetti: exact word, then a longer word it starts, then 1 typo, then 2 typos.
    const auto hits = find(QStringLiteral("marchetti"));
    QStringList codes;
    for (const auto &h : hits)
        codes << h.code;
    QCOMPARE(codes,
        QStringList({QStringLiteral("CUST-00026"), QStringLiteral("CUST-00027"), QStringLiteral("CUST-00029"),
            QStringLiteral("CUST-00028")}));
    QCOMPARE(hits.at(0).typos, 0);
    QCOMPARE(hits.at(1).typos, 0);
    QCOMPARE(hits.at(2).typos, 1);
    QCOMPARE(hits.at(3).typos, 2);
    QVERIFY(hits.at(1).rank < hits.at(2).rank);
    // An exact key still short-circuits: no typo neighbours of a code.
    const auto key = find(QStringLiteral("CUST-00026"));
    QCOMPARE(key.size(), 1);
    QCOMPARE(key.first().rank, 0);
    QCOMPARE(key.first().typos, 0);
}

void TestSearchRepository::typoMultiWord()
{
    auto hits = find(QStringLiteral("odilon zmaor"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().code, QStringLiteral("CUST-00021"));
    QCOMPARE(hits.first().typos, 1);
    // The typo word first, the exact one last (and unfinished: a prefix).
    hits = find(QStringLiteral("Quenneiville ysol"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().code, QStringLiteral("CUST-00020"));
    QCOMPARE(hits.first().typos, 1);
    // Every word must still match: a right first name with another customer's surname typo finds nothing.
    hits = find(QStringLiteral("odilon sczzepasn"));
    QVERIFY(hits.isEmpty());
    // Two words each with a typo add up.
    hits = find(QStringLiteral("casimri sczzepasn"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().code, QStringLiteral("CUST-00024"));
    QCOMPARE(hits.first().typos, 3);
}

void TestSearchRepository::typoAccentsAreNoTypos()
{
    // Lost and added accents are no typos: exact matches, unmarked.
    for (const QString &q : {QStringLiteral("leontine vaillard"), QStringLiteral("Léöntine Vâillard"),
             QStringLiteral("derosiers"), QStringLiteral("DÉROSIÈRS")}) {
        const auto hits = find(q);
        QVERIFY2(!hits.isEmpty(), qPrintable(q));
        QCOMPARE(hits.first().typos, 0);
        QVERIFY(hits.first().rank < 5);
    }
    // An accent plus a real typo counts one typo.
    const auto hits = find(QStringLiteral("Léontine Vaillärd Vailard"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().code, QStringLiteral("CUST-00023"));
    QCOMPARE(hits.first().typos, 1);
}

void TestSearchRepository::vocabularyFollowsEdits()
{
    auto freq = [this](const char *word) {
        auto r = m_c->exec("SELECT coalesce(sum(freq), 0) FROM search_vocab WHERE word = $1",
            db::SqlParams().add(QString::fromUtf8(word)));
        return r.ok() ? r.value().int64(0, 0) : -1;
    };
    QVERIFY(m_c->exec("INSERT INTO customers (id, code, display_name, first_name, last_name, language) VALUES"
                      " (40, 'CUST-00040', 'Gaspard Oxenbridge', 'Gaspard', 'Oxenbridge', 'fr')")
                .ok());
    QCOMPARE(freq("oxenbridge"), 1);
    QCOMPARE(find(QStringLiteral("oxenbirdge")).value(0).code, QStringLiteral("CUST-00040"));
    QVERIFY(
        m_c->exec("UPDATE customers SET display_name = 'Gaspard Oxenford', last_name = 'Oxenford' WHERE id = 40").ok());
    QCOMPARE(freq("oxenbridge"), 0);
    QCOMPARE(freq("oxenford"), 1);
    QVERIFY(find(QStringLiteral("oxenbirdge")).isEmpty());
    QCOMPARE(find(QStringLiteral("oxenfrod")).value(0).code, QStringLiteral("CUST-00040"));
    QVERIFY(m_c->exec("DELETE FROM customers WHERE id = 40").ok());
    QCOMPARE(freq("oxenford"), 0);
    QCOMPARE(freq("gaspard"), 0);
    // A rebuild (TRUNCATE and refill) leaves the same vocabulary as the triggers kept.
    const char *counts = "SELECT count(*), coalesce(sum(freq), 0) FROM search_vocab";
    const qint64 words = m_c->exec(counts).value().int64(0, 0);
    const qint64 total = m_c->exec(counts).value().int64(0, 1);
    QVERIFY(m_c->exec("SELECT search_rebuild()").ok());
    QCOMPARE(m_c->exec(counts).value().int64(0, 0), words);
    QCOMPARE(m_c->exec(counts).value().int64(0, 1), total);
}

void TestSearchRepository::hostileInputReturnsNormally_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("mayMatch");
    QTest::newRow("percent") << QStringLiteral("%") << false;
    QTest::newRow("underscore") << QStringLiteral("_") << false;
    QTest::newRow("percent words") << QStringLiteral("%%%__") << false;
    QTest::newRow("quotes") << QStringLiteral("'\"'; DROP TABLE customers; --") << true;
    QTest::newRow("backslashes") << QStringLiteral("\\\\\\") << false;
    QTest::newRow("emoji") << QStringLiteral("😀🎉 tremblay") << true;
    QTest::newRow("only emoji") << QStringLiteral("😀") << false;
    QTest::newRow("control chars") << QStringLiteral("\x01\x02\t\n") << false;
    QTest::newRow("10 kB") << QString(10240, QLatin1Char('a')) << true;
    QTest::newRow("10 kB words") << QStringLiteral("tremblay ").repeated(1200) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("abc") << true;
}

void TestSearchRepository::hostileInputReturnsNormally()
{
    QFETCH(QString, query);
    QFETCH(bool, mayMatch);
    auto r = SearchRepository(*m_c).find(query, 30);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    if (!mayMatch)
        QCOMPARE(r.value().hits.size(), 0);
    QCOMPARE(m_c->exec("SELECT count(*) FROM customers").value().int64(0, 0), m_customers); // nothing dropped
}

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "TestSearchRepository.moc"

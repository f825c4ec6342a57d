// The region rules an admin edits (Administration → Regions) against a real cluster: what the screen lists, rules
// normalised and refused in words, a new region, applying the rules to every location and open job, and the
// database refusing the same writes to a dispatcher.
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/dispatch/RegionRulesRepository.h"
#include "tests/support/DispatchSeed.h"
#include "tests/support/TestCluster.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

class TestRegionRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void normalisesWhatIsTyped_data();
    void normalisesWhatIsTyped();
    void listsRulesRegionsAndTheLocationsWithout();
    void addsAndRemovesRules();
    void refusesDuplicatesAndUnknownRegionsInWords();
    void addsARegion();
    void applyingMovesLocationsAndOpenJobsOnly();
    void aDispatcherCannotChangeThem();

private:
    QString scalar(const QString &sql);

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
};

QString TestRegionRules::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return {};
    }
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

void TestRegionRules::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
}

void TestRegionRules::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestRegionRules::init()
{
    m_c.reset();
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    for (const char *sql : test::kDispatchSeed) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
}

void TestRegionRules::normalisesWhatIsTyped_data()
{
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("wantCity");
    QTest::addColumn<QString>("wantPrefix");
    QTest::newRow("prefix lower case") << QString() << u" j8x "_s << true << QString() << u"J8X"_s;
    QTest::newRow("prefix past the space") << QString() << u"j8x1"_s << true << QString() << u"J8X 1"_s;
    QTest::newRow("full postal code") << QString() << u"J8X 1A2"_s << true << QString() << u"J8X 1A2"_s;
    QTest::newRow("spaces inside") << QString() << u"J 8 X"_s << true << QString() << u"J8X"_s;
    QTest::newRow("one letter") << QString() << u"J"_s << false << QString() << QString();
    QTest::newRow("digit first") << QString() << u"8JX"_s << false << QString() << QString();
    QTest::newRow("too long") << QString() << u"J8X1A2B"_s << false << QString() << QString();
    QTest::newRow("hostile") << QString() << u"J8'; DROP"_s << false << QString() << QString();
    QTest::newRow("city") << u"  Saint-Colomban   de  l'Ouest "_s << QString() << true << u"Saint-Colomban de l'Ouest"_s
                          << QString();
    QTest::newRow("both") << u"Gatineau"_s << u"J8X"_s << false << QString() << QString();
    QTest::newRow("neither") << u"  "_s << QString() << false << QString() << QString();
    QTest::newRow("city too long") << QString(121, u'x') << QString() << false << QString() << QString();
}

void TestRegionRules::normalisesWhatIsTyped()
{
    QFETCH(QString, city);
    QFETCH(QString, prefix);
    QFETCH(bool, ok);
    auto r = normalisedRule({3, city, prefix});
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QVERIFY(!r.error().userMessage.isEmpty());
        return;
    }
    QTEST(r.value().city, "wantCity");
    QTEST(r.value().postalPrefix, "wantPrefix");
    // What passes here, the table's CHECK accepts.
    auto added = RegionRulesRepository(*m_c).addRule({3, city, prefix});
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().detail));
}

void TestRegionRules::listsRulesRegionsAndTheLocationsWithout()
{
    // A third location nobody's rule covers.
    QVERIFY(m_c->exec("INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code,"
                      " status) VALUES (3, 'LOC-00003', 2, '1', 'rue Principale', 'Mirabel', 'J7J 1A1', 'active')")
                .ok());
    auto v = RegionRulesRepository(*m_c).load();
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().detail));
    const RegionRulesView &view = v.value();
    QCOMPARE(view.rules.size(), 2);
    QCOMPARE(view.rules.at(0).postalPrefix, u"J6E"_s); // prefixes first
    QCOMPARE(view.rules.at(0).regionName, u"Lanaudière"_s);
    QCOMPARE(view.rules.at(1).city, u"Saint-Jérôme"_s);
    QCOMPARE(view.rules.at(1).regionTagId, 3);
    QCOMPARE(view.regions.size(), 2); // region tags only, not the skills
    QCOMPARE(view.regions.at(0).name, u"Lanaudière"_s);
    QCOMPARE(view.regions.at(0).locations, 1);
    QCOMPARE(view.regions.at(1).name, u"Laurentides"_s);
    QCOMPARE(view.regions.at(1).locations, 1);
    QCOMPARE(view.locationsTotal, 3);
    QCOMPARE(view.locationsWithoutRegion, 1);
}

void TestRegionRules::addsAndRemovesRules()
{
    RegionRulesRepository repo(*m_c);
    auto added = repo.addRule({3, QString(), u"j7j"_s});
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().detail));
    QCOMPARE(added.value().postalPrefix, u"J7J"_s);
    QCOMPARE(added.value().regionName, u"Laurentides"_s);
    QVERIFY(added.value().id > 0);
    // A location created afterwards takes the region at once.
    QVERIFY(m_c->exec("INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code,"
                      " status) VALUES (3, 'LOC-00003', 2, '1', 'rue Principale', 'Mirabel', 'J7J 1A1', 'active')")
                .ok());
    QCOMPARE(scalar(u"SELECT region_tag_id FROM service_locations WHERE id = 3"_s), u"3"_s);
    auto city = repo.addRule({4, u"Mirabel"_s, QString()});
    QVERIFY(city.ok());
    QCOMPARE(repo.load().value().rules.size(), 4);
    QVERIFY(repo.removeRule(added.value().id).ok());
    auto again = repo.removeRule(added.value().id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    QCOMPARE(repo.load().value().rules.size(), 3);
    // The change is in the audit log.
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'region_rule'"_s).toInt() >= 3, true);
}

void TestRegionRules::refusesDuplicatesAndUnknownRegionsInWords()
{
    RegionRulesRepository repo(*m_c);
    auto dup = repo.addRule({3, QString(), u"j6e"_s});
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().kind, Error::Kind::Conflict);
    QVERIFY2(dup.error().userMessage.contains(u"J6E"_s), qPrintable(dup.error().userMessage));
    auto dupCity = repo.addRule({4, u"saint-jérôme"_s.toUpper(), QString()});
    // Cities are unique as typed; a different case is another rule the database accepts, so check the exact one.
    QVERIFY(dupCity.ok());
    auto exact = repo.addRule({4, u"Saint-Jérôme"_s, QString()});
    QVERIFY(!exact.ok());
    QCOMPARE(exact.error().kind, Error::Kind::Conflict);
    // A skill is not a region; a region that does not exist neither.
    auto skill = repo.addRule({1, u"Gatineau"_s, QString()});
    QVERIFY(!skill.ok());
    QCOMPARE(skill.error().kind, Error::Kind::NotFound);
    auto missing = repo.addRule({99, u"Gatineau"_s, QString()});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    auto bad = repo.addRule({3, QString(), u"99"_s});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, Error::Kind::Validation);
    QCOMPARE(scalar(u"SELECT count(*) FROM region_rules"_s), u"3"_s); // only the upper-case city went in
}

void TestRegionRules::addsARegion()
{
    RegionRulesRepository repo(*m_c);
    auto r = repo.addRegion(u"  Outaouais "_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().name, u"Outaouais"_s);
    QCOMPARE(scalar(u"SELECT category FROM dispatch_tags WHERE name = 'Outaouais'"_s), u"region"_s);
    auto dup = repo.addRegion(u"Fibre"_s); // the name of a skill tag
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().kind, Error::Kind::Conflict);
    QVERIFY(!repo.addRegion(u"   "_s).ok());
    QCOMPARE(repo.load().value().regions.size(), 3);
}

void TestRegionRules::applyingMovesLocationsAndOpenJobsOnly()
{
    RegionRulesRepository repo(*m_c);
    // DJ-00002 is completed; DJ-00001 and DJ-00004 stay open, all three at location 1 (Saint-Jérôme, Laurentides).
    QVERIFY(m_c->exec("UPDATE dispatch_jobs SET status = 'completed', completed_at = now() WHERE id = 2").ok());
    auto rule = repo.addRule({4, QString(), u"J7Z"_s}); // location 1's postal code: more precise than its city
    QVERIFY(rule.ok());
    QCOMPARE(scalar(u"SELECT region_tag_id FROM service_locations WHERE id = 1"_s), u"3"_s); // not yet
    auto moved = repo.reassign();
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().detail));
    QCOMPARE(moved.value(), 1);
    QCOMPARE(scalar(u"SELECT region_tag_id FROM service_locations WHERE id = 1"_s), u"4"_s);
    QCOMPARE(scalar(u"SELECT string_agg(id || ':' || region_tag_id, ',' ORDER BY id) FROM dispatch_jobs"
                    " WHERE location_id = 1"_s),
        u"1:4,2:3,4:4"_s); // the completed job keeps the region it was done in
    QCOMPARE(repo.reassign().value(), 0); // nothing left to move
    // Removing the rule and applying again: back to the city's region.
    QVERIFY(repo.removeRule(rule.value().id).ok());
    QCOMPARE(repo.reassign().value(), 1);
    QCOMPARE(scalar(u"SELECT region_tag_id FROM service_locations WHERE id = 1"_s), u"3"_s);
}

void TestRegionRules::aDispatcherCannotChangeThem()
{
    QVERIFY(m_c->exec("SET ROLE ops_dispatcher").ok());
    RegionRulesRepository repo(*m_c);
    auto view = repo.load(); // reading is allowed: the board groups by region
    QVERIFY2(view.ok(), qPrintable(view.ok() ? QString() : view.error().detail));
    QCOMPARE(view.value().rules.size(), 2);
    auto add = repo.addRule({3, QString(), u"J7J"_s});
    QVERIFY(!add.ok());
    QCOMPARE(add.error().kind, Error::Kind::Forbidden);
    auto remove = repo.removeRule(1);
    QVERIFY(!remove.ok());
    QCOMPARE(remove.error().kind, Error::Kind::Forbidden);
    auto apply = repo.reassign();
    QVERIFY(!apply.ok());
    QCOMPARE(apply.error().kind, Error::Kind::Forbidden);
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM region_rules"_s), u"2"_s);
}

QTEST_GUILESS_MAIN(TestRegionRules)
#include "TestRegionRules.moc"

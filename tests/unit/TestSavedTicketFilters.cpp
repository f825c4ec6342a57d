// SavedTicketFilters: the JSON kept in Settings UiState for the ticket list's saved filters. Round trip, tolerance
// (unknown members, invalid entries, duplicate names, unknown statuses/sorts, bad dates, a default naming nothing,
// malformed JSON, a newer version), and the save/rename/remove/default rules.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/tickets/TicketSavedFilters.h"

using namespace ops::tickets;
using namespace Qt::Literals::StringLiterals;

class TestSavedTicketFilters : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void tolerantReading();
    void malformedJsonGivesEmptySet();
    void saveRenameRemoveDefault();
};

void TestSavedTicketFilters::roundTrip()
{
    SavedTicketFilters set;
    SavedTicketFilter a;
    a.name = u"Pannes importantes à Saint-Jérôme"_s;
    a.statuses = {u"open"_s, u"in_progress"_s};
    a.issueType = u"outage"_s;
    a.assignedStaffId = TicketFilter::kUnassigned;
    a.importantOnly = true;
    a.createdFrom = QDate(2026, 11, 1);
    a.createdTo = QDate(2026, 11, 15);
    a.text = u"50%_off \"quoted\""_s;
    a.sort = TicketSort::UpdatedDesc;
    SavedTicketFilter b;
    b.name = u"Tout"_s;
    QVERIFY(set.save(a));
    QVERIFY(set.save(b));
    QVERIFY(set.setDefaultName(a.name));

    const QByteArray json = set.toJson();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"version"_s).toInt(), SavedTicketFilters::kVersion);
    QCOMPARE(root.value(u"default"_s).toString(), a.name);

    int skipped = -1;
    const SavedTicketFilters back = SavedTicketFilters::fromJson(json, &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(back, set);
    QCOMPARE(back.filters().size(), 2);
    QCOMPARE(back.filters().at(0), a);
    QCOMPARE(back.filters().at(1), b);
    QCOMPARE(back.defaultFilter()->name, a.name);
    QCOMPARE(back.toJson(), json); // stable output
}

void TestSavedTicketFilters::tolerantReading()
{
    const QByteArray json = R"({
        "version": 7, "default": "Absent", "future": {"x": 1},
        "filters": [
            {"name": "Bon", "statuses": ["open", "bogus", 3, "open"], "type": "wifi", "assigned": 12,
             "important": true, "from": "2026-01-02", "to": "2026-01-31", "text": "ONT", "sort": "created_asc",
             "colour": "red"},
            {"statuses": ["open"]},
            {"name": ""},
            {"name": 42},
            "not an object",
            {"name": "Bon", "text": "duplicate"},
            {"name": "Dates", "from": "2026-02-30", "to": "2026-03-01", "sort": "by_magic", "assigned": "12"},
            {"name": "Inversées", "from": "2026-03-10", "to": "2026-03-01", "assigned": -9}
        ]})";
    int skipped = 0;
    const SavedTicketFilters set = SavedTicketFilters::fromJson(json, &skipped);
    QCOMPARE(skipped, 5);
    QCOMPARE(set.filters().size(), 3);
    const SavedTicketFilter &good = set.filters().at(0);
    QCOMPARE(good.name, u"Bon"_s);
    QCOMPARE(good.statuses, QStringList{u"open"_s});
    QCOMPARE(good.issueType, u"wifi"_s);
    QCOMPARE(good.assignedStaffId, qint64(12));
    QVERIFY(good.importantOnly);
    QCOMPARE(good.createdFrom, QDate(2026, 1, 2));
    QCOMPARE(good.createdTo, QDate(2026, 1, 31));
    QCOMPARE(good.text, u"ONT"_s);
    QCOMPARE(good.sort, TicketSort::CreatedAsc);
    const SavedTicketFilter &dates = set.filters().at(1);
    QVERIFY(!dates.hasDateRange()); // 30 February: no range at all
    QCOMPARE(dates.sort, TicketSort::CreatedDesc);
    QCOMPARE(dates.assignedStaffId, qint64(0));
    const SavedTicketFilter &inverted = set.filters().at(2);
    QVERIFY(!inverted.hasDateRange());
    QCOMPARE(inverted.assignedStaffId, qint64(0));
    QVERIFY(set.defaultName().isEmpty()); // it named no entry
    // Written back as the current version, without what was not understood.
    const QJsonObject root = QJsonDocument::fromJson(set.toJson()).object();
    QCOMPARE(root.value(u"version"_s).toInt(), SavedTicketFilters::kVersion);
    QVERIFY(!root.contains(u"future"_s));
}

void TestSavedTicketFilters::malformedJsonGivesEmptySet()
{
    for (const QByteArray &bad : {QByteArray(), QByteArray("{"), QByteArray("[1,2]"), QByteArray("\"x\""),
             QByteArray(R"({"filters": {"name": "x"}})")}) {
        const SavedTicketFilters set = SavedTicketFilters::fromJson(bad);
        QVERIFY2(set.filters().isEmpty(), bad.constData());
        QVERIFY(set.defaultName().isEmpty());
    }
}

void TestSavedTicketFilters::saveRenameRemoveDefault()
{
    SavedTicketFilters set;
    SavedTicketFilter f;
    f.name = u"  Mes   billets "_s;
    f.assignedStaffId = 3;
    f.createdFrom = QDate(2026, 1, 1); // half a range is no range
    QVERIFY(set.save(f));
    QVERIFY(set.find(u"Mes billets"_s));
    QVERIFY(!set.find(u"Mes billets"_s)->createdFrom.isValid());
    f.name = QString(SavedTicketFilters::kMaxNameLength + 1, u'x');
    QVERIFY(!set.save(f));
    f.name = u"tab\u200bhidden"_s;
    QVERIFY(!set.save(f));
    f.name = u"Mes billets"_s;
    f.importantOnly = true;
    QVERIFY(set.save(f)); // replaces
    QCOMPARE(set.filters().size(), 1);
    QVERIFY(set.filters().at(0).importantOnly);

    SavedTicketFilter other;
    other.name = u"Autres"_s;
    QVERIFY(set.save(other));
    QVERIFY(!set.setDefaultName(u"Inconnu"_s));
    QVERIFY(set.setDefaultName(u"Mes billets"_s));
    QVERIFY(!set.rename(u"Mes billets"_s, u"Autres"_s));
    QVERIFY(!set.rename(u"Inconnu"_s, u"Nouveau"_s));
    QVERIFY(!set.rename(u"Mes billets"_s, u" "_s));
    QVERIFY(set.rename(u"Mes billets"_s, u"Les miens"_s));
    QCOMPARE(set.defaultName(), u"Les miens"_s); // the default follows
    QVERIFY(set.remove(u"Les miens"_s));
    QVERIFY(set.defaultName().isEmpty());
    QVERIFY(!set.remove(u"Les miens"_s));
    QVERIFY(set.setDefaultName({}));
    QCOMPARE(set.filters().size(), 1);

    SavedTicketFilter x, y;
    x.createdFrom = QDate(2026, 1, 1);
    QVERIFY(x.sameCriteria(y)); // no full range on either side
    y.text = u"a"_s;
    QVERIFY(!x.sameCriteria(y));
}

QTEST_GUILESS_MAIN(TestSavedTicketFilters)
#include "TestSavedTicketFilters.moc"

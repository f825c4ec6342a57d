// The ticket list on a real database: keyset paging visits every row once in order for each sort (ties and
// microseconds included), filters return exactly the right rows, hostile text is literal, one round trip per page,
// and the parent/child tree.
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/tickets/TicketRepository.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::tickets;
using namespace Qt::Literals::StringLiterals;

class TestTicketRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagingVisitsEveryRowOnceInOrder_data();
    void pagingVisitsEveryRowOnceInOrder();
    void filtersReturnExactlyTheRightRows_data();
    void filtersReturnExactlyTheRightRows();
    void hostileTextIsLiteral_data();
    void hostileTextIsLiteral();
    void onePageIsOneRoundTrip();
    void rowsCarryTheirLookups();
    void children();
    void cursorBytesRoundTrip();
    void unknownStatusIsRefused();
    void filterOptions();

private:
    QList<qint64> ids(const char *sql);
    QList<qint64> walk(const TicketFilter &filter, TicketSort sort, int limit, int *pages = nullptr);
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestTicketRepository::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    const char *setup[] = {
        "INSERT INTO staff (id, pg_role, display_name, role_group, active) VALUES"
        " (1, 'alice', 'Alice Roy', 'dispatcher', true), (2, 'bob', 'Bob Gagnon', 'dispatcher', true),"
        " (3, 'old', 'Ancien Employé', 'dispatcher', false)",
        "INSERT INTO customers (id, code, display_name) VALUES (1, 'CUST-00001', 'Hélène Côté'),"
        " (2, 'CUST-00002', 'Marc Tremblay')",
        // 250 tickets. Pairs share created_at exactly (g = 3k and 3k + 1); every third has microseconds. updated_at
        // repeats too. Ticket 10 is the parent of 11, 12 and 13.
        "INSERT INTO tickets (id, code, parent_id, customer_id, subject, issue_type, status, is_important,"
        " assigned_staff_id, created_at, updated_at)"
        " SELECT g, 'TCK-' || lpad(g::text, 5, '0'), CASE WHEN g IN (11, 12, 13) THEN 10 END,"
        "  CASE WHEN g % 5 = 0 THEN NULL ELSE 1 + g % 2 END, 'Sujet ' || g,"
        "  (ARRAY['billing', 'wifi', 'tv'])[1 + g % 3], (ARRAY['open', 'in_progress', 'waiting', 'resolved',"
        "  'closed'])[1 + g % 5], g % 7 = 0, CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + g % 2 END,"
        "  timestamptz '2024-01-01 00:00:00+00' + (g / 3) * interval '1 hour'"
        "   + (g % 3 = 2)::int * interval '123457 microseconds',"
        "  timestamptz '2024-06-01 00:00:00+00' + ((g * 37) % 100) * interval '1 minute'"
        " FROM generate_series(1, 250) g",
        "UPDATE tickets SET subject = 'Panne OLT-Nord' WHERE id = 46",
        // The UPDATE above moved updated_at of 46 to now(); put it back among the others.
        "UPDATE tickets SET updated_at = timestamptz '2024-06-01 00:00:00+00' WHERE id = 46",
        "INSERT INTO ticket_messages (ticket_id, author_name, channel, body)"
        " SELECT g, 'Client', 'email', 'Message numéro ' || g FROM generate_series(1, 250) g",
        "INSERT INTO ticket_messages (ticket_id, author_name, channel, body) VALUES"
        " (42, 'Client', 'email', 'Le modem 100% _fibre_ C:\\temp est \"brisé\" l''été 😀'),"
        " (43, 'Client', 'email', 'Le modem 100 fibre'),"
        " (44, 'Client', 'email', 'mot a_b'), (45, 'Client', 'email', 'mot axb')",
        // More than the rare-text threshold: "commun" is found by walking the list, not through the trigram index.
        "INSERT INTO ticket_messages (ticket_id, author_name, channel, body)"
        " SELECT 1 + g % 200, 'Technicien', 'note', 'texte commun ' || g FROM generate_series(1, 1200) g",
        "ANALYZE",
    };
    for (const char *sql : setup) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    }
}

void TestTicketRepository::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

QList<qint64> TestTicketRepository::ids(const char *sql)
{
    QList<qint64> out;
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return out;
    }
    for (int i = 0; i < r.value().rows(); ++i)
        out << r.value().int64(i, 0);
    return out;
}

QList<qint64> TestTicketRepository::walk(const TicketFilter &filter, TicketSort sort, int limit, int *pages)
{
    QList<qint64> out;
    TicketCursor cursor;
    int n = 0;
    for (;;) {
        auto page = TicketRepository(*m_c).page(filter, sort, cursor, limit);
        if (!page.ok()) {
            qWarning("page failed: %s", qPrintable(page.error().detail));
            return {};
        }
        ++n;
        for (const TicketRow &r : page.value().rows)
            out << r.id;
        if (!page.value().hasMore)
            break;
        if (page.value().nextCursor.isNull() || n > 1000)
            return {};
        cursor = page.value().nextCursor;
    }
    if (pages)
        *pages = n;
    return out;
}

void TestTicketRepository::pagingVisitsEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("orderBy");
    QTest::addColumn<int>("limit");
    QTest::newRow("created desc, 7") << int(TicketSort::CreatedDesc) << u"created_at DESC, id DESC"_s << 7;
    QTest::newRow("created desc, 100") << int(TicketSort::CreatedDesc) << u"created_at DESC, id DESC"_s << 100;
    QTest::newRow("created asc, 7") << int(TicketSort::CreatedAsc) << u"created_at, id"_s << 7;
    QTest::newRow("updated desc, 7") << int(TicketSort::UpdatedDesc) << u"updated_at DESC, id DESC"_s << 7;
    QTest::newRow("updated desc, 1") << int(TicketSort::UpdatedDesc) << u"updated_at DESC, id DESC"_s << 1;
}

void TestTicketRepository::pagingVisitsEveryRowOnceInOrder()
{
    QFETCH(int, sort);
    QFETCH(QString, orderBy);
    QFETCH(int, limit);
    const QList<qint64> expected = ids(QByteArray("SELECT id FROM tickets ORDER BY " + orderBy.toUtf8()).constData());
    QCOMPARE(expected.size(), 250);
    int pages = 0;
    const QList<qint64> got = walk({}, TicketSort(sort), limit, &pages);
    QCOMPARE(got, expected);
    QCOMPARE(pages, (250 + limit - 1) / limit);
}

void TestTicketRepository::filtersReturnExactlyTheRightRows_data()
{
    QTest::addColumn<TicketFilter>("filter");
    QTest::addColumn<QString>("where");
    TicketFilter f;
    f.statuses = {u"open"_s, u"waiting"_s};
    QTest::newRow("statuses") << f << u"status IN ('open', 'waiting')"_s;
    f = {};
    f.issueType = u"wifi"_s;
    QTest::newRow("issue type") << f << u"issue_type = 'wifi'"_s;
    f = {};
    f.assignedStaffId = 2;
    QTest::newRow("assigned") << f << u"assigned_staff_id = 2"_s;
    f = {};
    f.assignedStaffId = TicketFilter::kUnassigned;
    QTest::newRow("unassigned") << f << u"assigned_staff_id IS NULL"_s;
    f = {};
    f.parentId = 10;
    QTest::newRow("children of a parent") << f << u"parent_id = 10"_s;
    f = {};
    f.importantOnly = true;
    QTest::newRow("important") << f << u"is_important"_s;
    f = {};
    f.createdFrom = QDateTime(QDate(2024, 1, 2), QTime(0, 0), Qt::UTC);
    f.createdTo = QDateTime(QDate(2024, 1, 5), QTime(3, 0), Qt::UTC);
    QTest::newRow("date range")
        << f << u"created_at >= '2024-01-02 00:00:00+00' AND created_at < '2024-01-05 03:00:00+00'"_s;
    f = {};
    f.text = u"olt-NORD"_s;
    QTest::newRow("text in subject") << f << u"id = 46"_s;
    f = {};
    f.text = u"numéro 17"_s;
    QTest::newRow("text in messages (rare)") << f << u"id IN (17, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179)"_s;
    f = {};
    f.text = u"COMMUN"_s;
    QTest::newRow("text in messages (common)") << f << u"id <= 200"_s;
    f = {};
    f.statuses = {u"resolved"_s, u"closed"_s};
    f.importantOnly = true;
    f.assignedStaffId = 1;
    f.text = u"commun"_s;
    QTest::newRow("combined") << f
                              << u"status IN ('resolved', 'closed') AND is_important AND assigned_staff_id = 1"
                                 " AND id <= 200"_s;
}

void TestTicketRepository::filtersReturnExactlyTheRightRows()
{
    QFETCH(TicketFilter, filter);
    QFETCH(QString, where);
    for (const TicketSort sort : {TicketSort::CreatedDesc, TicketSort::UpdatedDesc}) {
        const QString order =
            sort == TicketSort::CreatedDesc ? u"created_at DESC, id DESC"_s : u"updated_at DESC, id DESC"_s;
        const QList<qint64> expected =
            ids((u"SELECT id FROM tickets WHERE "_s + where + u" ORDER BY "_s + order).toUtf8().constData());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(walk(filter, sort, 5), expected);
    }
}

void TestTicketRepository::hostileTextIsLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("percent") << u"100%"_s << QList<qint64>{42};
    QTest::newRow("percent alone") << u"%"_s << QList<qint64>{42};
    QTest::newRow("underscore") << u"a_b"_s << QList<qint64>{44};
    QTest::newRow("underscore alone") << u"_"_s << QList<qint64>{44, 42};
    QTest::newRow("backslash") << u"C:\\temp"_s << QList<qint64>{42};
    QTest::newRow("double quotes") << u"\"brisé\""_s << QList<qint64>{42};
    QTest::newRow("single quote") << u"l'été"_s << QList<qint64>{42};
    QTest::newRow("injection") << u"'; DROP TABLE tickets; --"_s << QList<qint64>{};
    QTest::newRow("emoji") << u"😀"_s << QList<qint64>{42};
    QTest::newRow("10 kB") << QString(10240, QLatin1Char('x')) << QList<qint64>{};
    QTest::newRow("10 kB of quotes") << QString(10240, QLatin1Char('\'')) << QList<qint64>{};
}

void TestTicketRepository::hostileTextIsLiteral()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    TicketFilter f;
    f.text = text;
    auto page = TicketRepository(*m_c).page(f);
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().detail));
    QList<qint64> got;
    for (const TicketRow &r : page.value().rows)
        got << r.id;
    QCOMPARE(got, expected);
    QCOMPARE(ids("SELECT count(*) FROM tickets"), QList<qint64>{250});
}

void TestTicketRepository::onePageIsOneRoundTrip()
{
    TicketFilter common;
    common.text = u"commun"_s;
    TicketFilter rare;
    rare.text = u"OLT-Nord"_s;
    rare.statuses = {u"open"_s, u"closed"_s};
    for (const TicketFilter &f : {TicketFilter{}, common, rare}) {
        TicketCursor cursor;
        for (int i = 0; i < 3; ++i) {
            m_c->resetRoundTrips();
            auto page = TicketRepository(*m_c).page(f, TicketSort::CreatedDesc, cursor, 20);
            QVERIFY(page.ok());
            QCOMPARE(m_c->roundTrips(), quint64(1));
            QCOMPARE(page.value().roundTrips, quint64(1));
            if (!page.value().hasMore)
                break;
            cursor = page.value().nextCursor;
        }
    }
}

void TestTicketRepository::rowsCarryTheirLookups()
{
    TicketFilter f;
    f.text = u"OLT-Nord"_s;
    auto page = TicketRepository(*m_c).page(f);
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 1);
    const TicketRow &r = page.value().rows.first();
    QCOMPARE(r.code, u"TCK-00046"_s);
    QCOMPARE(r.subject, u"Panne OLT-Nord"_s);
    QCOMPARE(r.customerId, qint64(1)); // 1 + 46 % 2
    QCOMPARE(r.customerCode, u"CUST-00001"_s);
    QCOMPARE(r.customerName, u"Hélène Côté"_s);
    QCOMPARE(r.issueType, u"wifi"_s); // [1 + 46 % 3]
    QCOMPARE(r.status, u"in_progress"_s); // [1 + 46 % 5]
    QCOMPARE(r.assignedStaffName, u"Alice Roy"_s); // 1 + 46 % 2
    QCOMPARE(r.parentId, qint64(0));
    QCOMPARE(r.createdAt, QDateTime(QDate(2024, 1, 1), QTime(15, 0), Qt::UTC)); // 46 / 3 hours
    QVERIFY(!page.value().hasMore);
    QVERIFY(page.value().nextCursor.isNull());
}

void TestTicketRepository::children()
{
    auto kids = TicketRepository(*m_c).children(10);
    QVERIFY(kids.ok());
    QList<qint64> got;
    for (const TicketRow &r : kids.value()) {
        got << r.id;
        QCOMPARE(r.parentId, qint64(10));
        QCOMPARE(r.parentCode, u"TCK-00010"_s);
    }
    QCOMPARE(got, (QList<qint64>{11, 12, 13}));
    TicketFilter f;
    f.createdFrom = QDateTime(QDate(2024, 1, 1), QTime(3, 0), Qt::UTC);
    f.createdTo = QDateTime(QDate(2024, 1, 1), QTime(4, 0), Qt::UTC);
    auto page = TicketRepository(*m_c).page(f);
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 3); // 9, 10, 11
    for (const TicketRow &r : page.value().rows)
        QCOMPARE(r.childCount, r.id == 10 ? 3 : 0);
    QVERIFY(TicketRepository(*m_c).children(250).value().isEmpty());
}

void TestTicketRepository::cursorBytesRoundTrip()
{
    const TicketCursor c{1704067200123457, 42};
    QCOMPARE(TicketCursor::fromByteArray(c.toByteArray()), c);
    QVERIFY(TicketCursor::fromByteArray("garbage").isNull());
    QVERIFY(TicketCursor::fromByteArray({}).isNull());
}

void TestTicketRepository::unknownStatusIsRefused()
{
    TicketFilter f;
    f.statuses = {u"open','closed"_s};
    auto page = TicketRepository(*m_c).page(f);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Error::Kind::Validation);
}

void TestTicketRepository::filterOptions()
{
    auto o = TicketRepository(*m_c).filterOptions();
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().detail));
    QCOMPARE(o.value().issueTypes, (QStringList{u"billing"_s, u"tv"_s, u"wifi"_s}));
    QCOMPARE(o.value().staff.size(), 2);
    QCOMPARE(o.value().staff.first().name, u"Alice Roy"_s);
}

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "TestTicketRepository.moc"

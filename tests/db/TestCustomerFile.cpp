// The customer file and its timeline on a real database: every section with the right values in one round trip,
// section limits with totals, and the timeline's order, keyset paging across ties and kind filter.
#include <memory>

#include <QSet>
#include <QTest>

#include "core/customers/CustomerRepository.h"
#include "core/customers/TimelineRepository.h"
#include "core/db/PgConnection.h"
#include "tests/support/CustomerFileSeed.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::customers;
using namespace Qt::Literals::StringLiterals;

class TestCustomerFile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;

    // Strict newest-first order of the repository: time, then kind key bytewise, then id, all descending.
    static bool before(const TimelineEvent &a, const TimelineEvent &b)
    {
        if (a.atUs != b.atUs)
            return a.atUs > b.atUs;
        const int k = qstrcmp(timelineKindKey(a.kind), timelineKindKey(b.kind));
        if (k != 0)
            return k > 0;
        return a.id > b.id;
    }

    QList<TimelineEvent> all(const QSet<TimelineKind> &kinds, int pageSize, int *pages = nullptr)
    {
        TimelineRepository repo(*m_c);
        QList<TimelineEvent> events;
        TimelineCursor cursor;
        int n = 0;
        for (;;) {
            auto page = repo.page(1, kinds, cursor, pageSize);
            if (!page.ok()) {
                qWarning() << page.error().detail;
                return {};
            }
            ++n;
            if (page->roundTrips != 1)
                qWarning() << "page took" << page->roundTrips << "round trips";
            events += page->events;
            if (!page->hasMore)
                break;
            cursor = page->next;
            if (n > 1000)
                break;
        }
        if (pages)
            *pages = n;
        return events;
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto conninfo = m_cluster->freshDatabase();
        QVERIFY2(conninfo.ok(), qPrintable(conninfo.ok() ? QString() : conninfo.error().detail));
        auto c = db::PgConnection::open(conninfo.value());
        QVERIFY(c.ok());
        m_c = std::move(c.value());
        for (const char *sql : test::kCustomerFileSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail + u" in "_s + QString::fromUtf8(sql)));
        }
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
    }

    void everySectionInOneRoundTrip()
    {
        CustomerRepository repo(*m_c);
        auto r = repo.loadFile(1);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        const CustomerFile &f = r.value();
        QVERIFY(f.roundTrips <= 5);
        QCOMPARE(f.roundTrips, quint64(1));

        QCOMPARE(f.customer.code, u"CUST-00001"_s);
        QCOMPARE(f.customer.displayName, u"Élise Tremblay"_s);
        QCOMPARE(f.customer.balance.cents(), 12345);
        QVERIFY(f.customer.ppaEnabled);
        QCOMPARE(f.customer.legacyAccountId, 77);
        QCOMPARE(f.customer.legacyCustomerId, u"L-77"_s);

        QCOMPARE(f.locations.size(), 2);
        QCOMPARE(f.locations.at(0).code, u"LOC-00001"_s);
        QCOMPARE(f.locations.at(0).address, u"12 rue Labelle, Saint-Jérôme"_s);
        QVERIFY(!f.locations.at(0).hasGps);

        QCOMPARE(f.equipment.size(), 3); // installed first, then by location, kind, code
        QCOMPARE(f.equipment.at(0).code, u"EQP-00001"_s);
        QCOMPARE(f.equipment.at(0).serial, u"ALCL00000001"_s);
        QCOMPARE(f.equipment.at(0).mac, u"00:11:22:33:44:01"_s);
        QCOMPARE(f.equipment.at(0).model, u"G-010G-Q"_s);
        QCOMPARE(f.equipment.at(0).locationCode, u"LOC-00001"_s);
        QCOMPARE(f.equipment.at(1).kind, u"router"_s);
        QCOMPARE(f.equipment.at(2).status, u"returned"_s);
        QVERIFY(f.equipment.at(2).mac.isEmpty());
        QCOMPARE(f.equipment.at(0).createdAt, QDateTime(QDate(2024, 1, 2), QTime(10, 0), Qt::UTC));

        QCOMPARE(f.subscriptions.size(), 2);
        QCOMPARE(f.subscriptions.at(0).code, u"SUB-00001"_s); // active first
        QCOMPARE(f.subscriptions.at(0).price.cents(), 6995);
        QCOMPARE(f.subscriptions.at(0).planNameEn, u"Internet 500 EN"_s);
        QCOMPARE(f.subscriptions.at(1).endDate, QDate(2023, 12, 31));

        QCOMPARE(f.invoices.size(), 3); // newest first
        QCOMPARE(f.invoices.at(0).code, u"INV-00003"_s);
        QCOMPARE(f.invoices.at(0).total.cents(), 114975);
        QCOMPARE(f.invoices.at(0).balance.cents(), 114975);
        QCOMPARE(f.invoices.at(0).dueDate, QDate(2024, 3, 22));
        QCOMPARE(f.invoices.at(1).balance.cents(), 8043 - 3000);
        QCOMPARE(f.invoices.at(1).status, u"partially_paid"_s);
        QCOMPARE(f.invoices.at(2).periodStart, QDate(2024, 1, 1));

        QCOMPARE(f.payments.size(), 2);
        QCOMPARE(f.payments.at(0).code, u"PAY-00002"_s);
        QCOMPARE(f.payments.at(0).amount.cents(), 3000);
        QCOMPARE(f.payments.at(0).method, u"etransfer"_s);
        QCOMPARE(f.payments.at(0).receivedAt, QDateTime(QDate(2024, 2, 10), QTime(12, 0), Qt::UTC));
        QCOMPARE(f.payments.at(1).reference, u"Visa ****4242"_s);

        QCOMPARE(f.tickets.size(), 3);
        QCOMPARE(f.tickets.at(0).code, u"TCK-00003"_s);
        QCOMPARE(f.tickets.at(0).assignedTo, u"Alice Roy"_s);
        QCOMPARE(f.tickets.at(1).code, u"TCK-00002"_s); // same instant as TCK-00001: higher id first
        QVERIFY(f.tickets.at(1).assignedTo.isEmpty());
        QVERIFY(f.tickets.at(2).important);
        QCOMPARE(f.tickets.at(2).closedAt, QDateTime(QDate(2024, 2, 11), QTime(9, 0), Qt::UTC));

        QCOMPARE(f.jobs.size(), 2);
        QCOMPARE(f.jobs.at(0).code, u"DJ-00002"_s);
        QCOMPARE(f.jobs.at(0).ticketCode, u"TCK-00003"_s);
        QCOMPARE(f.jobs.at(0).technicians, u"Marc Tech"_s);
        QCOMPARE(f.jobs.at(1).technicians, u"Marc Tech, Ana Aide"_s); // lead first
        QCOMPARE(f.jobs.at(1).durationMinutes, 120);
        QCOMPARE(f.jobs.at(1).windowEnd, QDateTime(QDate(2024, 1, 2), QTime(17, 0), Qt::UTC));

        QCOMPARE(f.total(FileSection::Locations), 2);
        QCOMPARE(f.total(FileSection::Equipment), 3);
        QCOMPARE(f.total(FileSection::Invoices), 3);
        QCOMPARE(f.total(FileSection::Tickets), 3);
        QCOMPARE(f.total(FileSection::Jobs), 2);
        for (int s = 0; s < int(FileSection::Count); ++s)
            QVERIFY(!f.truncated(FileSection(s)));
    }

    void emptySectionsOfAnotherCustomer()
    {
        auto r = m_c->exec("INSERT INTO customers (id, code, display_name) VALUES (9, 'CUST-00009', 'Vide')");
        QVERIFY(r.ok());
        auto f = CustomerRepository(*m_c).loadFile(9);
        QVERIFY(f.ok());
        QCOMPARE(f->locations.size() + f->equipment.size() + f->subscriptions.size() + f->invoices.size()
                + f->payments.size() + f->tickets.size() + f->jobs.size(),
            0);
        QCOMPARE(f->total(FileSection::Tickets), 0);
    }

    void limitsKeepTheNewestAndReportTotals()
    {
        SectionLimits limits;
        limits.set(FileSection::Invoices, 1);
        limits.set(FileSection::Tickets, 2);
        auto r = CustomerRepository(*m_c).loadFile(1, limits);
        QVERIFY(r.ok());
        QCOMPARE(r->invoices.size(), 1);
        QCOMPARE(r->invoices.at(0).code, u"INV-00003"_s);
        QCOMPARE(r->total(FileSection::Invoices), 3);
        QVERIFY(r->truncated(FileSection::Invoices));
        QCOMPARE(r->tickets.size(), 2);
        QVERIFY(r->truncated(FileSection::Tickets));
        QVERIFY(!r->truncated(FileSection::Payments));
        limits.set(FileSection::Invoices, 0); // all
        auto all = CustomerRepository(*m_c).loadFile(1, limits);
        QVERIFY(all.ok());
        QCOMPARE(all->invoices.size(), 3);
    }

    void notFound()
    {
        auto r = CustomerRepository(*m_c).loadFile(424242);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
    }

    void timelineIsOrderedAndComplete()
    {
        TimelineRepository repo(*m_c);
        auto page = repo.page(1, TimelineRepository::allKinds(), {}, 500);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().detail));
        QCOMPARE(page->roundTrips, quint64(1));
        QVERIFY(!page->hasMore);
        const QList<TimelineEvent> &e = page->events;
        QCOMPARE(e.size(), test::kCustomer1TimelineEvents);
        for (int i = 1; i < e.size(); ++i)
            QVERIFY2(before(e.at(i - 1), e.at(i)), qPrintable(u"order broken at %1"_s.arg(i)));
        // Nothing of customer 2.
        for (const TimelineEvent &x : e)
            QVERIFY(x.code != u"TCK-00004"_s && x.code != u"INV-00004"_s && x.code != u"PAY-00003"_s
                && x.code != u"EQP-00004"_s && x.code != u"SUB-00003"_s);
        // Newest: the repair job scheduled 2024-03-06 14:00 UTC.
        QCOMPARE(e.first().kind, TimelineKind::JobScheduled);
        QCOMPARE(e.first().code, u"DJ-00002"_s);
        QCOMPARE(e.first().detail, u"Marc Tech"_s);
        QCOMPARE(e.first().at, QDateTime(QDate(2024, 3, 6), QTime(14, 0), Qt::UTC));
        // Three events at 2024-02-10 12:00 UTC plus the opening message: ticket_opened x2, ticket_message, payment.
        QList<TimelineEvent> tie;
        for (const TimelineEvent &x : e)
            if (x.at == QDateTime(QDate(2024, 2, 10), QTime(12, 0), Qt::UTC))
                tie << x;
        QCOMPARE(tie.size(), 4);
        QCOMPARE(tie.at(0).kind, TimelineKind::TicketOpened);
        QCOMPARE(tie.at(0).id, 2);
        QCOMPARE(tie.at(1).kind, TimelineKind::TicketOpened);
        QCOMPARE(tie.at(1).id, 1);
        QCOMPARE(tie.at(2).kind, TimelineKind::TicketMessage);
        QCOMPARE(tie.at(2).detail, u"Élise Tremblay — Plus rien ne fonctionne depuis hier."_s); // one line
        QCOMPARE(tie.at(3).kind, TimelineKind::PaymentReceived);
        QCOMPARE(tie.at(3).amountCents, 3000);
        // Invoice dates are midnight in Montreal.
        for (const TimelineEvent &x : e)
            if (x.code == u"INV-00003"_s) {
                QCOMPARE(x.at, QDateTime(QDate(2024, 3, 1), QTime(5, 0), Qt::UTC));
                QCOMPARE(x.amountCents, 114975);
            }
    }

    void keysetPagesAcrossTies_data()
    {
        QTest::addColumn<int>("pageSize");
        for (int n : {1, 2, 3, 7})
            QTest::addRow("page %d", n) << n;
    }

    void keysetPagesAcrossTies()
    {
        QFETCH(int, pageSize);
        TimelineRepository repo(*m_c);
        auto one = repo.page(1, TimelineRepository::allKinds(), {}, 500);
        QVERIFY(one.ok());
        int pages = 0;
        const QList<TimelineEvent> paged = all(TimelineRepository::allKinds(), pageSize, &pages);
        QCOMPARE(paged.size(), one->events.size());
        for (int i = 0; i < paged.size(); ++i) {
            QCOMPARE(paged.at(i).kind, one->events.at(i).kind);
            QCOMPARE(paged.at(i).id, one->events.at(i).id);
        }
        QCOMPARE(pages, (test::kCustomer1TimelineEvents + pageSize - 1) / pageSize);
    }

    void kindFilter()
    {
        TimelineRepository repo(*m_c);
        auto payments = repo.page(1, {TimelineKind::PaymentReceived}, {}, 100);
        QVERIFY(payments.ok());
        QCOMPARE(payments->events.size(), 2);
        for (const TimelineEvent &e : payments->events)
            QCOMPARE(e.kind, TimelineKind::PaymentReceived);
        const QList<TimelineEvent> tickets = all({TimelineKind::TicketOpened, TimelineKind::TicketClosed}, 2);
        QCOMPARE(tickets.size(), 4);
        for (const TimelineEvent &e : tickets)
            QVERIFY(e.kind == TimelineKind::TicketOpened || e.kind == TimelineKind::TicketClosed);
        auto none = repo.page(1, {}, {}, 100);
        QVERIFY(none.ok());
        QVERIFY(none->events.isEmpty());
        QVERIFY(!none->hasMore);
        auto en = repo.page(1, {TimelineKind::SubscriptionStarted}, {}, 100, u"en"_s);
        QVERIFY(en.ok());
        QCOMPARE(en->events.size(), 2);
        QCOMPARE(en->events.first().title, u"Internet 500 EN"_s);
    }

    // More tickets and invoices than a section reads (200): the Overview's figures still count every row.
    void overviewCountsAreExact()
    {
        const char *seed[] = {
            "INSERT INTO customers (id, code, display_name) VALUES (10, 'CUST-00010', 'Beaucoup de dossiers')",
            // 250 tickets, the 60 oldest open (only 10 of them among the newest 200).
            "INSERT INTO tickets (id, code, customer_id, subject, issue_type, status, created_at, closed_at)"
            " SELECT 1000 + g, 'TCK-9' || lpad(g::text, 4, '0'), 10, 'Ticket ' || g, 'general',"
            "  CASE WHEN g <= 60 THEN (CASE WHEN g % 2 = 0 THEN 'open' ELSE 'waiting' END) ELSE 'closed' END,"
            "  '2024-01-01 00:00+00'::timestamptz + g * interval '1 hour',"
            "  CASE WHEN g > 60 THEN '2024-06-01 00:00+00'::timestamptz END"
            " FROM generate_series(1, 250) g",
            // 230 invoices, the 40 oldest open with 7.50 $ left each (10 of them among the newest 200).
            "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date,"
            " subtotal_cents, gst_cents, qst_cents, total_cents, paid_cents, status)"
            " SELECT 1000 + g, 'INV-9' || lpad(g::text, 4, '0'), 10, d, d, d, d + 21, 1000, 0, 0, 1000,"
            "  CASE WHEN g <= 40 THEN 250 ELSE 1000 END, CASE WHEN g <= 40 THEN 'partially_paid' ELSE 'paid' END"
            " FROM generate_series(1, 230) g, LATERAL (SELECT date '2010-01-01' + g AS d) x",
        };
        for (const char *sql : seed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        auto f = CustomerRepository(*m_c).loadFile(10);
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().detail));
        QCOMPARE(f->roundTrips, quint64(1));
        QCOMPARE(f->tickets.size(), 200);
        QCOMPARE(f->invoices.size(), 200);
        QCOMPARE(f->openTickets, 60);
        QCOMPARE(f->openInvoices, 40);
        QCOMPARE(f->balanceDue.cents(), 40 * 750);
        QCOMPARE(f->oldestDue, QDate(2010, 1, 23));
        // The rows read alone would say 10 and 10.
        int openRead = 0;
        for (const CustomerTicket &t : f->tickets)
            openRead += t.status == u"open"_s || t.status == u"waiting"_s;
        QCOMPARE(openRead, 10);

        // A customer without open invoices: nothing due, no date.
        auto empty = CustomerRepository(*m_c).loadFile(9);
        QVERIFY(empty.ok());
        QCOMPARE(empty->openInvoices, 0);
        QCOMPARE(empty->balanceDue.cents(), 0);
        QVERIFY(!empty->oldestDue.isValid());
    }

    // Law 25: the opening of a file is recorded, its live refreshes are not.
    void viewIsAuditedOnOpenOnly()
    {
        const auto views = [this] {
            return m_c
                ->exec("SELECT count(*) FROM audit_log WHERE action = 'view' AND entity = 'customer'"
                       " AND entity_id = 1")
                .value()
                .int64(0, 0);
        };
        const qint64 before = views();
        SectionLimits open;
        QVERIFY(open.recordView); // the default: an opening
        QVERIFY(CustomerRepository(*m_c).loadFile(1, open).ok());
        QCOMPARE(views(), before + 1);
        SectionLimits refresh;
        refresh.recordView = false;
        for (int i = 0; i < 3; ++i) {
            auto r = CustomerRepository(*m_c).loadFile(1, refresh);
            QVERIFY(r.ok());
            QCOMPARE(r->customer.code, u"CUST-00001"_s);
        }
        QCOMPARE(views(), before + 1);
    }

    // A new message moves its ticket's updated_at (migration 0011) without bumping its version.
    void newMessageTouchesItsTicket()
    {
        auto r = m_c->exec("INSERT INTO tickets (id, code, customer_id, subject, issue_type, created_at, updated_at)"
                           " VALUES (2000, 'TCK-20000', 10, 'Touch', 'general', '2024-01-01 00:00+00',"
                           " '2024-01-01 00:00+00') RETURNING version");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        const int version = r->int32(0, 0);
        r = m_c->exec("INSERT INTO ticket_messages (ticket_id, author_name, channel, body, created_at) VALUES"
                      " (2000, 'Élise', 'portal', 'Bonjour', '2024-03-05 10:00+00'),"
                      " (2000, 'Élise', 'portal', 'Encore', '2024-03-05 11:00+00')");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        auto t = m_c->exec("SELECT updated_at = '2024-03-05 11:00+00', version FROM tickets WHERE id = 2000");
        QVERIFY(t.ok());
        QVERIFY(t->boolean(0, 0));
        QCOMPARE(t->int32(0, 1), version);
        // An older message (imported history) never moves it back.
        r = m_c->exec("INSERT INTO ticket_messages (ticket_id, author_name, channel, body, created_at) VALUES"
                      " (2000, 'Élise', 'portal', 'Ancien', '2024-02-01 10:00+00')");
        QVERIFY(r.ok());
        t = m_c->exec("SELECT updated_at = '2024-03-05 11:00+00' FROM tickets WHERE id = 2000");
        QVERIFY(t->boolean(0, 0));
        // A message added now (default time) brings it to now; an edit of the ticket still bumps the version.
        QVERIFY(m_c->exec("INSERT INTO ticket_messages (ticket_id, author_name, channel, body) VALUES"
                          " (2000, 'Élise', 'portal', 'Maintenant')")
                    .ok());
        t = m_c->exec("SELECT updated_at > now() - interval '1 minute' FROM tickets WHERE id = 2000");
        QVERIFY(t->boolean(0, 0));
        QVERIFY(m_c->exec("UPDATE tickets SET status = 'waiting' WHERE id = 2000").ok());
        t = m_c->exec("SELECT version FROM tickets WHERE id = 2000");
        QCOMPARE(t->int32(0, 0), version + 1);
    }

    void kindKeysRoundTrip()
    {
        for (int i = 0; i < int(TimelineKind::Count); ++i)
            QCOMPARE(timelineKindFromKey(QString::fromLatin1(timelineKindKey(TimelineKind(i)))), TimelineKind(i));
        QCOMPARE(timelineKindFromKey(u"nope"_s), TimelineKind::Count);
    }
};

QTEST_GUILESS_MAIN(TestCustomerFile)
#include "TestCustomerFile.moc"

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

    void kindKeysRoundTrip()
    {
        for (int i = 0; i < int(TimelineKind::Count); ++i)
            QCOMPARE(timelineKindFromKey(QString::fromLatin1(timelineKindKey(TimelineKind(i)))), TimelineKind(i));
        QCOMPARE(timelineKindFromKey(u"nope"_s), TimelineKind::Count);
    }
};

QTEST_GUILESS_MAIN(TestCustomerFile)
#include "TestCustomerFile.moc"

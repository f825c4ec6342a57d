// The customer file's section models and the timeline model under QAbstractItemModelTester: display, raw sort
// values, status keys and tones, money right-aligned in the UI language, live diff by id, timeline paging and merge.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "ui/common/StatusChip.h"
#include "ui/customers/CustomerSectionModels.h"
#include "ui/customers/TimelineModel.h"

using namespace ops::customers;
using namespace Qt::Literals::StringLiterals;
using ops::Money;

class TestCustomerSectionModels : public QObject
{
    Q_OBJECT

private:
    static Invoice invoice(qint64 id, int day, qint64 total, qint64 balance, const QString &status)
    {
        Invoice i;
        i.id = id;
        i.code = u"INV-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
        i.issueDate = QDate(2024, 3, day);
        i.dueDate = i.issueDate.addDays(21);
        i.periodStart = QDate(2024, 3, 1);
        i.periodEnd = QDate(2024, 3, 31);
        i.total = Money::fromCents(total);
        i.balance = Money::fromCents(balance);
        i.status = status;
        return i;
    }

    static TimelineEvent event(qint64 us, TimelineKind kind, qint64 id)
    {
        TimelineEvent e;
        e.atUs = us;
        e.at = QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
        e.kind = kind;
        e.id = id;
        e.code = u"X-%1"_s.arg(id);
        e.title = u"Titre %1"_s.arg(id);
        return e;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void equipment()
    {
        EquipmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Equipment a;
        a.id = 1;
        a.code = u"EQP-00001"_s;
        a.kind = u"ont"_s;
        a.make = u"Nokia"_s;
        a.model = u"G-010G-Q"_s;
        a.serial = u"ALCL00000001"_s;
        a.mac = u"00:11:22:aa:bb:cc"_s;
        a.status = u"installed"_s;
        a.locationCode = u"LOC-00001"_s;
        Equipment b = a;
        b.id = 2;
        b.code = u"EQP-00002"_s;
        b.kind = u"router"_s;
        b.mac.clear();
        b.status = u"defective"_s;
        model.setEquipment({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EquipmentModel::ColumnCount));
        QCOMPARE(model.index(0, EquipmentModel::Model).data().toString(), u"Nokia G-010G-Q"_s);
        QCOMPARE(model.index(0, EquipmentModel::Mac).data().toString(), u"00:11:22:AA:BB:CC"_s);
        QCOMPARE(model.index(0, EquipmentModel::Kind).data().toString(), u"ONT"_s);
        QCOMPARE(model.index(1, EquipmentModel::Status).data().toString(), u"Defective"_s);
        QCOMPARE(
            model.index(1, EquipmentModel::Status).data(FileSectionModel::StatusKeyRole).toString(), u"defective"_s);
        QCOMPARE(model.index(1, EquipmentModel::Status).data(FileSectionModel::ToneRole).toInt(),
            int(StatusChip::Tone::Bad));
        QCOMPARE(model.index(1, 0).data(FileSectionModel::IdRole).toLongLong(), 2);
        QCOMPARE(model.headerData(EquipmentModel::Serial, Qt::Horizontal).toString(), u"Serial"_s);
        model.setEquipment({});
        QCOMPARE(model.rowCount(), 0);
    }

    void invoicesMoneyAndSort()
    {
        InvoicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInvoices({invoice(1, 1, 114975, 0, u"paid"_s), invoice(2, 2, 8043, 5043, u"partially_paid"_s)});
        QCOMPARE(model.index(0, InvoicesModel::Total).data().toString(), Money::fromCents(114975).format(QLocale()));
        QVERIFY(model.index(0, InvoicesModel::Total).data().toString().contains(u"1,149.75"_s));
        QVERIFY(model.index(0, InvoicesModel::Balance).data().toString().isEmpty()); // nothing due
        QCOMPARE(model.index(0, InvoicesModel::Total).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.headerData(InvoicesModel::Total, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(1, InvoicesModel::Status).data().toString(), u"Partially paid"_s);
        QCOMPARE(model.index(0, InvoicesModel::Status).data(FileSectionModel::ToneRole).toInt(),
            int(StatusChip::Tone::Good));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(FileSectionModel::SortRole);
        proxy.sort(InvoicesModel::Total); // by cents, not by text
        QCOMPARE(proxy.index(0, InvoicesModel::Code).data().toString(), u"INV-00002"_s);
        proxy.sort(InvoicesModel::Issued, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, InvoicesModel::Code).data().toString(), u"INV-00002"_s);
    }

    void invoicesLiveDiff()
    {
        InvoicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInvoices({invoice(1, 1, 100, 100, u"issued"_s), invoice(2, 2, 200, 200, u"issued"_s)});
        QPersistentModelIndex keep = model.index(1, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setRows({invoice(2, 2, 200, 0, u"paid"_s), invoice(3, 3, 300, 300, u"issued"_s)});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data(FileSectionModel::IdRole).toLongLong(), 2);
        QCOMPARE(model.index(keep.row(), InvoicesModel::Status).data().toString(), u"Paid"_s);
        model.setRows({invoice(2, 2, 200, 0, u"paid"_s), invoice(3, 3, 300, 300, u"issued"_s)});
        QCOMPARE(changed.count(), 1); // identical rows: no signal
    }

    void payments()
    {
        PaymentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Payment p;
        p.id = 5;
        p.code = u"PAY-00005"_s;
        p.receivedAt = QDateTime(QDate(2024, 2, 10), QTime(12, 0), Qt::UTC);
        p.amount = Money::fromCents(3000);
        p.method = u"pad"_s;
        p.status = u"failed"_s;
        model.setPayments({p});
        QCOMPARE(model.index(0, PaymentsModel::Method).data().toString(), u"Pre-authorized debit"_s);
        QCOMPARE(model.index(0, PaymentsModel::Amount).data().toString(), Money::fromCents(3000).format(QLocale()));
        QCOMPARE(model.index(0, PaymentsModel::Amount).data(FileSectionModel::SortRole).toLongLong(), 3000);
        QCOMPARE(model.index(0, PaymentsModel::Status).data().toString(), u"Failed"_s);
        QCOMPARE(
            model.index(0, PaymentsModel::Status).data(FileSectionModel::ToneRole).toInt(), int(StatusChip::Tone::Bad));
        QVERIFY(!model.index(0, PaymentsModel::Received).data().toString().isEmpty());
    }

    void tickets()
    {
        CustomerTicketsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CustomerTicket t;
        t.id = 1;
        t.code = u"TCK-00001"_s;
        t.subject = u"Plus d'Internet"_s;
        t.issueType = u"no_internet"_s;
        t.status = u"open"_s;
        t.important = true;
        t.assignedTo = u"Alice Roy"_s;
        t.createdAt = QDateTime(QDate(2024, 2, 10), QTime(12, 0), Qt::UTC);
        CustomerTicket u = t;
        u.id = 2;
        u.important = false;
        u.status = u"closed"_s;
        model.setTickets({t, u});
        QCOMPARE(model.index(0, CustomerTicketsModel::Important).data().toString(), u"★"_s);
        QVERIFY(model.index(1, CustomerTicketsModel::Important).data().toString().isEmpty());
        QCOMPARE(model.index(0, CustomerTicketsModel::Assigned).data().toString(), u"Alice Roy"_s);
        QCOMPARE(model.index(0, CustomerTicketsModel::Status).data().toString(), u"Open"_s);
        QCOMPARE(model.index(1, CustomerTicketsModel::Status).data().toString(), u"Closed"_s);
        QVERIFY(model.index(0, CustomerTicketsModel::Closed).data().toString().isEmpty());
        QVERIFY(!model.index(0, CustomerTicketsModel::Type).data().toString().isEmpty());
    }

    void jobs()
    {
        CustomerJobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CustomerJob j;
        j.id = 1;
        j.code = u"DJ-00001"_s;
        j.jobType = u"installation"_s;
        j.status = u"scheduled"_s;
        j.scheduledStart = QDateTime(QDate(2024, 3, 6), QTime(14, 0), Qt::UTC);
        j.durationMinutes = 90;
        j.technicians = u"Marc Tech, Ana Aide"_s;
        CustomerJob k;
        k.id = 2;
        k.code = u"DJ-00002"_s;
        k.jobType = u"survey"_s;
        k.status = u"unscheduled"_s;
        k.durationMinutes = 45;
        model.setJobs({j, k});
        QCOMPARE(model.index(0, CustomerJobsModel::Type).data().toString(), u"Installation"_s);
        QCOMPARE(model.index(0, CustomerJobsModel::Duration).data().toString(), u"1 h 30"_s);
        QCOMPARE(model.index(1, CustomerJobsModel::Duration).data().toString(), u"45 min"_s);
        QVERIFY(!model.index(0, CustomerJobsModel::Scheduled).data().toString().isEmpty());
        QVERIFY(model.index(1, CustomerJobsModel::Scheduled).data().toString().isEmpty());
        QCOMPARE(model.index(1, CustomerJobsModel::Status).data().toString(), u"Unscheduled"_s);
        QCOMPARE(model.index(1, CustomerJobsModel::Status).data(FileSectionModel::ToneRole).toInt(),
            int(StatusChip::Tone::Warning));
        QCOMPARE(model.index(0, CustomerJobsModel::Duration).data(FileSectionModel::SortRole).toInt(), 90);
    }

    void timelinePagesAndMerge()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TimelinePage first;
        first.events = {
            event(5000000, TimelineKind::PaymentReceived, 2), event(4000000, TimelineKind::TicketOpened, 9)};
        first.events[0].amountCents = 3000;
        first.events[0].title = u"card"_s;
        first.hasMore = true;
        first.next = {true, 4000000, u"ticket_opened"_s, 9};
        model.appendPage(first);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.hasMore());
        QCOMPARE(model.cursor().id, 9);
        QCOMPARE(model.index(0).data(TimelineModel::KindRole).toInt(), int(TimelineKind::PaymentReceived));
        QCOMPARE(model.index(0).data(TimelineModel::TitleRole).toString(), u"Card"_s);
        QCOMPARE(model.index(0).data(TimelineModel::TrailingRole).toString(), Money::fromCents(3000).format(QLocale()));
        QCOMPARE(model.index(0).data(TimelineModel::ToneRole).toInt(), -1); // an amount, not a chip
        QCOMPARE(model.index(0).data(TimelineModel::KindLabelRole).toString(), u"Payment"_s);
        QVERIFY(model.index(1).data().toString().contains(u"Ticket opened"_s));

        TimelinePage second;
        second.events = {event(3000000, TimelineKind::InvoiceIssued, 4)};
        second.events[0].title = u"2024-03-01/2024-03-31"_s;
        second.events[0].detail = u"2024-03-22"_s;
        second.events[0].status = u"issued"_s;
        model.appendPage(second);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.hasMore());
        QVERIFY(model.index(2).data(TimelineModel::TitleRole).toString().startsWith(u"Invoice for"_s));

        // Live: a fresh first page with two newer events (one tied in time, larger kind key) goes on top.
        TimelinePage fresh;
        fresh.events = {event(6000000, TimelineKind::TicketMessage, 11), event(5000000, TimelineKind::TicketOpened, 10),
            event(5000000, TimelineKind::PaymentReceived, 2), event(4000000, TimelineKind::TicketOpened, 9)};
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.mergeHead(fresh), 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.event(0).id, 11);
        QCOMPARE(model.event(1).id, 10);
        QCOMPARE(model.event(2).id, 2);
        QCOMPARE(model.mergeHead(fresh), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.cursor().valid);
    }

    void timelineKindLabelsAndColours()
    {
        QSet<QRgb> colours;
        for (int i = 0; i < int(TimelineKind::Count); ++i) {
            QVERIFY(!TimelineModel::kindLabel(TimelineKind(i)).isEmpty());
            colours.insert(TimelineModel::kindColor(TimelineKind(i)).rgb());
        }
        QCOMPARE(colours.size(), int(TimelineKind::Count));
    }
};

QTEST_MAIN(TestCustomerSectionModels)
#include "TestCustomerSectionModels.moc"

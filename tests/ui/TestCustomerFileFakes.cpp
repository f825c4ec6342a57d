// The customer file on an in-memory CustomerApi (no PostgreSQL): the header and sections from one load, the
// "newest N of M" note, a failed load shown in the banner then retried, a live change re-reading the file in place,
// and the timeline paging through the fake. The same screen on a real database: TestCustomerFileSections,
// TestLiveCustomerFile, TestCustomerEdit.
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "core/live/ChangeFeed.h"
#include "tests/support/FakeServices.h"
#include "ui/common/MessageBanner.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/CustomerSectionModels.h"
#include "ui/customers/CustomerTimelineWidget.h"
#include "ui/customers/LocationsModel.h"
#include "ui/customers/TimelineModel.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

class TestCustomerFileFakes : public QObject
{
    Q_OBJECT

private:
    static customers::CustomerFile fileOf(qint64 id, int tickets, int ticketTotal)
    {
        customers::CustomerFile f;
        f.customer.id = id;
        f.customer.code = u"CUST-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
        f.customer.displayName = u"<i>Zoé</i> Lévesque"_s; // untrusted text: shown literally
        f.customer.firstName = u"Zoé"_s;
        f.customer.lastName = u"Lévesque"_s;
        f.customer.language = u"fr"_s;
        f.customer.kind = u"residential"_s;
        f.customer.status = u"active"_s;
        f.customer.version = 1;
        customers::ServiceLocation loc;
        loc.id = 11;
        loc.code = u"LOC-00011"_s;
        loc.address = u"12 rue Principale, Saint-Jérôme"_s;
        loc.postalCode = u"J7Z 1A1"_s;
        loc.status = u"active"_s;
        f.locations = {loc};
        for (int i = 0; i < tickets; ++i) {
            customers::CustomerTicket t;
            t.id = 100 + i;
            t.code = u"TCK-%1"_s.arg(100 + i, 5, 10, QLatin1Char('0'));
            t.subject = u"Billet %1"_s.arg(i);
            t.status = u"open"_s;
            f.tickets.append(t);
        }
        f.totals[int(customers::FileSection::Locations)] = 1;
        f.totals[int(customers::FileSection::Tickets)] = ticketTotal;
        return f;
    }

private slots:
    void showsTheFileFromOneLoad()
    {
        test::FakeCustomerApi api;
        api.files.insert(3, fileOf(3, 5, 240));
        CustomerFileWidget w(&api, 3); // loads at once
        QSignalSpy loaded(&w, &CustomerFileWidget::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(api.loadCalls, 1);
        QCOMPARE(w.customer().code, u"CUST-00003"_s);
        auto *name = w.findChild<QLabel *>(u"CustomerName"_s);
        QVERIFY(name);
        QCOMPARE(name->textFormat(), Qt::PlainText);
        QCOMPARE(name->text(), u"<i>Zoé</i> Lévesque"_s);
        QCOMPARE(w.locationsModel()->rowCount(), 1);
        QCOMPARE(w.ticketsModel()->rowCount(), 5);
        // 5 shown of 240: the section says so (the number is locale-formatted, so only its digits are checked).
        const QString note = w.truncationNote(CustomerFileWidget::TicketsTab);
        QVERIFY2(!note.isEmpty() && note.contains(u"5"_s) && note.contains(u"240"_s), qPrintable(note));
        QVERIFY(w.truncationNote(CustomerFileWidget::LocationsTab).isEmpty());
    }

    void failedLoadShowsBannerThenRetry()
    {
        test::FakeCustomerApi api;
        api.files.insert(3, fileOf(3, 1, 1));
        api.failNextLoad = Error::make(Error::Kind::Unavailable, u"Le serveur ne répond pas."_s);
        CustomerFileWidget w(&api, 3);
        w.show();
        QTRY_VERIFY(w.banner()->isVisible());
        QCOMPARE(w.banner()->text(), u"Le serveur ne répond pas."_s);
        QVERIFY(!w.isLoaded());
        QSignalSpy loaded(&w, &CustomerFileWidget::loaded);
        w.reload();
        QVERIFY(loaded.wait(5000));
        QVERIFY(w.isLoaded());
        QVERIFY(!w.banner()->isVisible());
        QCOMPARE(api.loadCalls, 2);
    }

    void liveChangeReReadsInPlace()
    {
        test::FakeCustomerApi api;
        api.files.insert(3, fileOf(3, 2, 2));
        live::ChangeFeed feed;
        feed.setCoalesceMs(0);
        CustomerFileWidget w(&api, 3);
        w.setChangeFeed(&feed);
        QSignalSpy loaded(&w, &CustomerFileWidget::loaded);
        QVERIFY(loaded.wait(5000));
        w.locationsView()->selectRow(0);

        // Someone renames the customer elsewhere; the notification names this customer.
        api.files[3].customer.displayName = u"Zoé Lévesque-Tremblay"_s;
        QSignalSpy refreshed(&w, &CustomerFileWidget::liveRefreshed);
        feed.onNotification(u"ops_change"_s, uR"({"t":"customers","op":"U","ids":[3]})"_s, 1);
        feed.flush();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(api.loadCalls, 2);
        QCOMPARE(w.customer().displayName, u"Zoé Lévesque-Tremblay"_s);
        QCOMPARE(w.findChild<QLabel *>(u"CustomerName"_s)->text(), u"Zoé Lévesque-Tremblay"_s);
        QVERIFY(w.locationsView()->selectionModel()->isRowSelected(0, {})); // kept: no reset

        // Another customer's change is not ours: no re-read.
        feed.onNotification(u"ops_change"_s, uR"({"t":"customers","op":"U","ids":[4]})"_s, 1);
        feed.flush();
        QTest::qWait(100);
        QCOMPARE(api.loadCalls, 2);
    }

    void timelinePagesThroughTheApi()
    {
        test::FakeCustomerApi api;
        for (int i = 0; i < 250; ++i) {
            customers::TimelineEvent e;
            e.atUs = (qint64(1'800'000'000) - i * 60) * 1'000'000;
            e.at = QDateTime::fromMSecsSinceEpoch(e.atUs / 1000, Qt::UTC);
            e.kind = i % 2 ? customers::TimelineKind::TicketOpened : customers::TimelineKind::InvoiceIssued;
            e.id = i + 1;
            e.code = u"EVT-%1"_s.arg(i);
            e.title = u"Événement %1"_s.arg(i);
            api.timeline.append(e);
        }
        CustomerTimelineWidget w(&api, 3);
        w.resize(500, 400);
        w.show(); // the first page is read when the timeline is first shown
        QTRY_VERIFY(!w.isLoading() && w.model()->rowCount() > 0);
        const int first = w.model()->rowCount();
        QVERIFY(first < 250);
        QCOMPARE(api.timelineCalls, 1);
        // Filtering to one kind asks the API again and shows only that kind.
        w.setKinds({customers::TimelineKind::TicketOpened});
        QTRY_VERIFY(!w.isLoading() && api.timelineCalls >= 2);
        QTRY_VERIFY(w.model()->rowCount() > 0);
        for (int r = 0; r < w.model()->rowCount(); ++r)
            QCOMPARE(w.model()->event(r).kind, customers::TimelineKind::TicketOpened);
    }
};

QTEST_MAIN(TestCustomerFileFakes)
#include "TestCustomerFileFakes.moc"

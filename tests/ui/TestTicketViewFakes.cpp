// The ticket view on an in-memory TicketApi (no PostgreSQL): open, reply with Ctrl+Enter, a refused send keeps the
// text, assign, and a change made elsewhere surfacing as a conflict whose "Apply mine again" keeps theirs. The same
// screen on a real database is TestTicketView.
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/FakeServices.h"
#include "ui/common/MessageBanner.h"
#include "ui/tickets/TicketThreadModel.h"
#include "ui/tickets/TicketView.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

class TestTicketViewFakes : public QObject
{
    Q_OBJECT

private:
    static tickets::TicketMessage message(qint64 id, const QString &body)
    {
        tickets::TicketMessage m;
        m.id = id;
        m.authorName = u"Client"_s;
        m.channel = u"email"_s;
        m.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC).addSecs(id * 60);
        m.createdMicros = m.createdAt.toMSecsSinceEpoch() * 1000;
        m.body = body;
        return m;
    }

    static std::unique_ptr<test::FakeTicketApi> makeApi()
    {
        auto api = std::make_unique<test::FakeTicketApi>();
        tickets::TicketDetail t;
        t.id = 7;
        t.code = u"TCK-00007"_s;
        t.subject = u"<b>Pas d'Internet</b> depuis hier"_s; // shown literally
        t.issueType = u"internet"_s;
        t.status = u"open"_s;
        t.customerId = 3;
        t.customerCode = u"CUST-00003"_s;
        t.customerName = u"Zoé Lévesque"_s;
        t.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
        t.updatedAt = t.createdAt;
        t.version = 4;
        api->tickets.insert(t.id, t);
        api->messages.insert(t.id, {message(1, u"Bonjour, plus rien ne fonctionne."_s), message(2, u"Merci!"_s)});
        api->options.staff = {{2, u"Alice Roy"_s}, {3, u"Marc Gagnon"_s}};
        return api;
    }

    static std::unique_ptr<TicketView> open(test::FakeTicketApi &api)
    {
        auto view = std::make_unique<TicketView>();
        view->resize(900, 700);
        view->setTicketService(&api);
        QSignalSpy loaded(view.get(), &TicketView::loaded);
        view->openTicket(7);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()) || !(loaded.count() > 0 || loaded.wait(5000)))
            return {};
        (void)QTest::qWaitFor([&] { return view->assignBox()->count() >= 3; }, 5000);
        return view;
    }

private slots:
    void opensFromTheFake()
    {
        auto api = makeApi();
        auto view = open(*api);
        QVERIFY(view);
        QCOMPARE(view->ticket().code, u"TCK-00007"_s);
        QCOMPARE(view->threadModel()->rowCount(), 2);
        auto *subject = view->findChild<QLabel *>(u"ticketSubject"_s);
        QVERIFY(subject);
        QCOMPARE(subject->textFormat(), Qt::PlainText);
        QVERIFY(subject->text().contains(u"<b>Pas d'Internet</b>"_s));
        QCOMPARE(view->statusBox()->currentData().toString(), u"open"_s);
    }

    void replyWithCtrlEnterAndRefusedSendKeepsText()
    {
        auto api = makeApi();
        auto view = open(*api);
        QVERIFY(view);
        view->composer()->setFocus();
        QTest::keyClicks(view->composer(), u"Un technicien passera demain."_s);
        QSignalSpy sent(view.get(), &TicketView::messageSent);
        QTest::keyClick(view->composer(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(sent.wait(5000));
        QCOMPARE(api->messageCalls, 1);
        QCOMPARE(api->messages.value(7).size(), 3);
        QCOMPARE(api->messages.value(7).last().body, u"Un technicien passera demain."_s);
        QCOMPARE(view->threadModel()->rowCount(), 3);
        QVERIFY(view->composer()->toPlainText().isEmpty());

        // The service refuses the next one: the text stays, the reason is shown under the composer.
        api->failNextMessage = Error::make(Error::Kind::Unavailable, u"Serveur injoignable"_s);
        view->composer()->setPlainText(u"Deuxième essai"_s);
        view->send();
        QTRY_VERIFY(view->composerError()->isVisible());
        QCOMPARE(view->composerError()->text(), u"Serveur injoignable"_s);
        QCOMPARE(view->composer()->toPlainText(), u"Deuxième essai"_s);
        QCOMPARE(api->messages.value(7).size(), 3);
        QCOMPARE(view->threadModel()->rowCount(), 3);
    }

    void assignThenConflictFromElsewhere()
    {
        auto api = makeApi();
        auto view = open(*api);
        QVERIFY(view);
        QSignalSpy saved(view.get(), &TicketView::saved);
        view->assignTo(2);
        QVERIFY(saved.wait(5000));
        QCOMPARE(api->tickets.value(7).assignedStaffId, qint64(2));
        QCOMPARE(view->ticket().version, 5);

        // Another workstation moves the ticket on; our next change is refused and shown as a conflict.
        api->changeElsewhere(7, u"in_progress"_s, u"Alice Roy"_s);
        QSignalSpy conflict(view.get(), &TicketView::conflictShown);
        view->composer()->setPlainText(u"Brouillon"_s);
        view->assignTo(3);
        QVERIFY(conflict.wait(5000));
        QCOMPARE(view->banner()->level(), MessageBanner::Level::Warning);
        QVERIFY2(view->banner()->text().contains(u"Alice Roy"_s), qPrintable(view->banner()->text()));
        QCOMPARE(api->tickets.value(7).assignedStaffId, qint64(2)); // nothing of ours was stored
        QCOMPARE(view->composer()->toPlainText(), u"Brouillon"_s);

        QAbstractButton *again = nullptr;
        for (auto *b : view->banner()->findChildren<QAbstractButton *>()) {
            if (b->objectName() == u"conflictApplyMine"_s)
                again = b;
        }
        QVERIFY(again);
        again->click();
        QVERIFY(saved.wait(5000));
        QCOMPARE(api->tickets.value(7).assignedStaffId, qint64(3));
        QCOMPARE(api->tickets.value(7).status, u"in_progress"_s); // theirs kept
    }
};

QTEST_MAIN(TestTicketViewFakes)
#include "TestTicketViewFakes.moc"

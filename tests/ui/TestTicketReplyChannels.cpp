// The ticket view's replies that reach the customer, on an in-memory TicketApi: the channel choice enables e-mail and
// SMS only when the customer has an address for them (and the sender is set up), shows where the reply goes and the
// SMS segment count while typing; an SMS reply sent with Ctrl+Enter lands in the thread with a "Queued" chip, which
// follows the outbox when it reports the message sent (a change notification of the outbox table).
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include "core/live/ChangeFeed.h"
#include "tests/support/FakeServices.h"
#include "tests/support/Screenshot.h"
#include "ui/tickets/TicketThreadModel.h"
#include "ui/tickets/TicketView.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

class TestTicketReplyChannels : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<test::FakeTicketApi> makeApi()
    {
        auto api = std::make_unique<test::FakeTicketApi>();
        for (qint64 id : {7, 8}) {
            tickets::TicketDetail t;
            t.id = id;
            t.code = u"TCK-0000%1"_s.arg(id);
            t.subject = u"Pas d'Internet"_s;
            t.status = u"open"_s;
            t.customerId = id;
            t.customerCode = u"CUST-0000%1"_s.arg(id);
            t.customerName = u"Zoé Lévesque"_s;
            t.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
            t.updatedAt = t.createdAt;
            t.version = 1;
            api->tickets.insert(id, t);
            api->messages.insert(id, {});
        }
        tickets::ReplyTargets both;
        both.email = u"zoe@example.com"_s;
        both.mobile = u"+14505550101"_s;
        both.mailSetUp = both.smsSetUp = true;
        api->replyTargetsOf.insert(7, both);
        tickets::ReplyTargets mailOnly = both;
        mailOnly.mobile.clear();
        api->replyTargetsOf.insert(8, mailOnly);
        return api;
    }

    static bool openTicket(TicketView &view, qint64 id)
    {
        QSignalSpy loaded(&view, &TicketView::loaded);
        view.openTicket(id);
        return loaded.count() > 0 || loaded.wait(5000);
    }

private slots:
    void channelsFollowTheCustomersAddresses()
    {
        auto api = makeApi();
        TicketView view;
        view.resize(900, 700);
        view.setTicketService(api.get());
        QVERIFY(openTicket(view, 7));
        QTRY_VERIFY(view.smsToggle()->isEnabled());
        QVERIFY(view.emailToggle()->isEnabled());
        QVERIFY(view.replyToggle()->isChecked());
        QVERIFY(view.replyToLabel()->isHidden());

        view.emailToggle()->setChecked(true);
        QCOMPARE(view.replyChannel(), u"email"_s);
        QCOMPARE(view.replyToLabel()->text(), u"To zoe@example.com"_s);
        QCOMPARE(view.replyToLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(view.sendButton()->text(), u"Send e-mail"_s);

        // Ticket 8's customer has no mobile: SMS is off, with the reason; e-mail stays.
        view.smsToggle()->setChecked(true);
        QVERIFY(openTicket(view, 8));
        QTRY_VERIFY(!view.smsToggle()->isEnabled());
        QVERIFY(view.smsToggle()->toolTip().contains(u"no mobile number"_s));
        QVERIFY(view.emailToggle()->isEnabled());
        QVERIFY(view.replyToggle()->isChecked()); // the SMS choice fell back to the portal reply

        // Nothing set up: neither e-mail nor SMS.
        api->replyTargetsOf[8].mailSetUp = false;
        view.reload();
        QTRY_VERIFY(!view.emailToggle()->isEnabled());
        QVERIFY(view.emailToggle()->toolTip().contains(u"not set up"_s));
    }

    void segmentLabelUpdatesWhileTyping()
    {
        auto api = makeApi();
        TicketView view;
        view.setTicketService(api.get());
        QVERIFY(openTicket(view, 7));
        QTRY_VERIFY(view.smsToggle()->isEnabled());
        QVERIFY(view.segmentLabel()->isHidden());
        view.smsToggle()->setChecked(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.segmentLabel()->isVisible());
        view.composer()->setPlainText(QString(160, QLatin1Char('a')));
        QCOMPARE(view.segmentLabel()->text(), u"1 SMS segment(s), GSM-7"_s);
        view.composer()->setPlainText(QString(161, QLatin1Char('a')));
        QCOMPARE(view.segmentLabel()->text(), u"2 SMS segment(s), GSM-7"_s);
        view.composer()->setPlainText(u"Déjà réglé ✓"_s); // ✓ is not GSM-7
        QCOMPARE(view.segmentLabel()->text(), u"1 SMS segment(s), UCS-2"_s);
        view.emailToggle()->setChecked(true);
        QVERIFY(view.segmentLabel()->isHidden());
    }

    void smsReplyShowsItsDeliveryChip()
    {
        auto api = makeApi();
        live::ChangeFeed feed;
        feed.setCoalesceMs(0);
        TicketView view;
        view.resize(900, 700);
        view.setTicketService(api.get());
        view.setChangeFeed(&feed);
        QVERIFY(openTicket(view, 7));
        QTRY_VERIFY(view.smsToggle()->isEnabled());
        view.smsToggle()->setChecked(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.composer()->setFocus();
        QTest::keyClicks(view.composer(), u"Le technicien arrive vers 14 h."_s);
        QSignalSpy sent(&view, &TicketView::messageSent);
        QTest::keyClick(view.composer(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(sent.wait(5000));
        QCOMPARE(api->sentReplies.size(), 1);
        QCOMPARE(api->sentReplies.first().channel, u"sms"_s);
        QCOMPARE(api->sentReplies.first().body, u"Le technicien arrive vers 14 h."_s);
        QCOMPARE(view.threadModel()->rowCount(), 1);
        const QModelIndex row = view.threadModel()->index(0);
        QCOMPARE(row.data(TicketThreadModel::DeliveryRole).toString(), u"queued"_s);
        QCOMPARE(row.data(TicketThreadModel::DeliveryLabelRole).toString(), u"Queued"_s);
        QVERIFY(row.data(TicketThreadModel::ChannelRole).toString().contains(u"+14505550101"_s));
        QVERIFY(view.composer()->toPlainText().isEmpty());

        // The worker sends it: the outbox row changes, the chip follows.
        const qint64 messageId = view.threadModel()->message(0).id;
        const qint64 outboxId = view.threadModel()->message(0).outboxId;
        api->deliveryOf.insert(messageId, {messageId, u"sent"_s, u"SM123"_s, {}});
        feed.onNotification(u"ops_change"_s, u"{\"t\":\"outbox\",\"op\":\"U\",\"ids\":[%1]}"_s.arg(outboxId), 1);
        feed.flush();
        QTRY_COMPARE(row.data(TicketThreadModel::DeliveryRole).toString(), u"sent"_s);
        view.composer()->setPlainText(u"Merci, tout fonctionne."_s);
        QVERIFY(test::saveScreenshot(view, u"ticket-reply-sms"_s));
        QCOMPARE(row.data(TicketThreadModel::DeliveryLabelRole).toString(), u"Sent"_s);
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"SM123"_s));
        // Final: another outbox change does not ask again.
        const int calls = api->deliveryCalls;
        feed.onNotification(u"ops_change"_s, u"{\"t\":\"outbox\",\"op\":\"U\",\"ids\":[%1]}"_s.arg(outboxId), 1);
        feed.flush();
        QTest::qWait(50);
        QCOMPARE(api->deliveryCalls, calls);
    }

    void failedDeliveryShowsTheProvidersError()
    {
        TicketThreadModel model;
        tickets::TicketMessage m;
        m.id = 1;
        m.channel = u"email"_s;
        m.sentTo = u"zoe@example.com"_s;
        m.outboxId = 9;
        m.delivery = u"sending"_s;
        model.setMessages({m});
        QCOMPARE(model.undeliveredMessageIds(), QList<qint64>{1});
        QVERIFY(model.hasOutboxRow({9}));
        QVERIFY(!model.hasOutboxRow({10}));
        QCOMPARE(model.applyDeliveries({{1, u"failed"_s, {}, u"mj-0013: invalid recipient"_s}}), 1);
        QCOMPARE(model.index(0).data(TicketThreadModel::DeliveryLabelRole).toString(), u"Failed"_s);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"mj-0013: invalid recipient"_s));
        QVERIFY(model.undeliveredMessageIds().isEmpty());
    }
};

QTEST_MAIN(TestTicketReplyChannels)
#include "TestTicketReplyChannels.moc"

// The ticket view: its thread model under QAbstractItemModelTester, then on a throwaway cluster with a real listener:
// open a ticket, send a reply with Ctrl+Enter (row in the database and in the thread), a too-long text refused with
// the text kept, a conflict provoked from another connection (banner, composer kept, "Apply mine again"), live
// messages from elsewhere (composer kept), the dispatch job dialog, and screenshots (OPS_SCREENSHOT_DIR).
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"
#include "core/live/ChangeFeed.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketService.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/tickets/DispatchJobDialog.h"
#include "ui/tickets/TicketListModel.h"
#include "ui/tickets/TicketListWidget.h"
#include "ui/tickets/TicketThreadModel.h"
#include "ui/tickets/TicketView.h"

using namespace ops;
using namespace ops::tickets;
using namespace Qt::Literals::StringLiterals;

namespace {
TicketMessage msg(qint64 id, const QString &body, bool internal = false)
{
    TicketMessage m;
    m.id = id;
    m.authorName = u"Alice Roy"_s;
    m.channel = internal ? u"note"_s : u"email"_s;
    m.internal = internal;
    m.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(id * 60);
    m.createdMicros = m.createdAt.toMSecsSinceEpoch() * 1000;
    m.body = body;
    return m;
}

QAbstractButton *bannerButton(MessageBanner *banner, const QString &objectName)
{
    return banner->findChild<QAbstractButton *>(objectName);
}
} // namespace

class TestTicketView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void threadModel();
    void openAndReplyWithCtrlEnter();
    void tooLongIsRefusedAndTextKept();
    void conflictShowsBannerAndKeepsComposer();
    void liveMessagesKeepComposer();
    void dispatchJobDialog();
    void listOpensTheView();

private:
    void other(const char *sql)
    {
        auto r = m_other->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    QString scalar(const QString &sql)
    {
        auto r = m_other->exec(sql);
        return r.ok() && r.value().rows() ? r.value().text(0, 0) : QString();
    }
    std::unique_ptr<TicketView> openView(qint64 ticketId);

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_other;
    std::unique_ptr<DbExecutor> m_db;
    QThreadPool m_cpu; // exports format here (the Session's CPU pool in the app)
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<live::ChangeFeed> m_feed;
    std::unique_ptr<db::PgListener> m_listener;
};

void TestTicketView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto conninfo = m_cluster->freshDatabase();
    QVERIFY(conninfo.ok());
    auto opened = db::PgConnection::open(conninfo.value());
    QVERIFY(opened.ok());
    m_other = std::move(opened.value());
    other(
        "INSERT INTO staff (id, pg_role, display_name, role_group) VALUES (1, current_user, 'Alice Roy', 'dispatcher'),"
        " (2, 'bob', 'Bob Gagnon', 'dispatcher'), (3, 'carole', 'Carole Lévesque', 'manager')");
    other("INSERT INTO customers (id, code, display_name) VALUES (1, 'CUST-00041', 'Élise Tremblay')");
    other("INSERT INTO service_locations (id, code, customer_id, civic_number, street, unit, city, postal_code) VALUES"
          " (1, 'LOC-00101', 1, '12', 'rue Labelle', '3', 'Saint-Jérôme', 'J7Z 5L3'),"
          " (2, 'LOC-00102', 1, '15', 'rue Principale', NULL, 'Saint-Jérôme', 'J7Z 2B2')");
    other("INSERT INTO service_equipment (id, code, location_id, kind, make, model, serial) VALUES"
          " (1, 'EQP-00201', 1, 'ont', 'Nokia', 'G-010G-Q', 'ALCL00001234')");
    other("INSERT INTO tickets (id, code, customer_id, location_id, equipment_id, subject, issue_type, status,"
          " is_important, assigned_staff_id) VALUES"
          " (1, 'TCK-00001', 1, 1, 1, 'Internet coupé depuis ce matin', 'no_internet', 'open', true, 2),"
          " (2, 'TCK-00002', 1, NULL, NULL, 'Wi-Fi lent au sous-sol', 'wifi', 'waiting', false, NULL)");
    other(
        "INSERT INTO ticket_messages (ticket_id, author_staff_id, author_name, channel, is_internal, body, created_at)"
        " VALUES (1, NULL, 'Élise Tremblay', 'email', false, 'Bonjour, plus d''Internet depuis 7 h ce matin."
        " Le voyant PON clignote rouge.', now() - interval '3 hours'),"
        " (1, 2, 'Bob Gagnon', 'note', true, 'Vérifié à distance : ONT hors ligne depuis 6 h 52. Probable"
        " coupure de fibre dans la rue, deux voisins touchés.', now() - interval '2 hours'),"
        " (1, 2, 'Bob Gagnon', 'portal', false, '<b>Bonjour</b> <script>alert(1)</script> — un technicien"
        " passera aujourd''hui.', now() - interval '1 hour')");

    m_db = std::make_unique<DbExecutor>(conninfo.value(), 2);
    m_tickets = std::make_unique<TicketService>(*m_db, m_cpu);
    m_feed = std::make_unique<live::ChangeFeed>();
    m_listener = std::make_unique<db::PgListener>(conninfo.value());
    connect(m_listener.get(), &db::PgListener::notified, m_feed.get(), &live::ChangeFeed::onNotification,
        Qt::QueuedConnection);
    m_listener->listen(u"ops_change"_s);
    m_listener->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_listener->isConnected(), 15000);
}

void TestTicketView::cleanupTestCase()
{
    if (m_listener)
        m_listener->stop();
    m_listener.reset();
    m_feed.reset();
    m_tickets.reset();
    m_db.reset();
    m_other.reset();
    m_cluster.reset();
}

std::unique_ptr<TicketView> TestTicketView::openView(qint64 ticketId)
{
    auto view = std::make_unique<TicketView>();
    view->resize(900, 720);
    view->setTicketService(m_tickets.get());
    view->setChangeFeed(m_feed.get());
    QSignalSpy loaded(view.get(), &TicketView::loaded);
    view->openTicket(ticketId);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()) || !(loaded.count() > 0 || loaded.wait(10000)))
        return {};
    QElapsedTimer staff; // the staff list arrives on its own
    staff.start();
    while (view->assignBox()->count() < 4 && staff.elapsed() < 5000)
        QTest::qWait(20);
    return view;
}

void TestTicketView::threadModel()
{
    TicketThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages({msg(10, u"dix"_s), msg(11, u"<b>onze</b>\nligne 2"_s, true)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data(TicketThreadModel::InternalRole).toBool(), true);
    QCOMPARE(model.message(1).body, u"<b>onze</b>\nligne 2"_s); // literal
    QVERIFY(model.index(1).data(TicketThreadModel::BodyRole).toString().startsWith(u"<b>onze</b>"_s));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.prependOlder({msg(8, u"huit"_s), msg(9, u"neuf"_s), msg(10, u"dix"_s)});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.message(0).id, qint64(8));
    QCOMPARE(model.appendNewer({msg(11, u"onze"_s), msg(12, u"douze"_s), msg(12, u"douze"_s)}), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.newestCursor().id, qint64(12));
    const QString huge(TicketThreadModel::kMaxShownChars + 50, QLatin1Char('x'));
    model.appendNewer({msg(13, huge)});
    QVERIFY(model.index(5).data(TicketThreadModel::BodyRole).toString().size() < huge.size() + 100);
    QCOMPARE(model.message(5).body, huge);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTicketView::openAndReplyWithCtrlEnter()
{
    auto view = openView(1);
    QVERIFY(view);
    QCOMPARE(view->ticket().code, u"TCK-00001"_s);
    QCOMPARE(view->threadModel()->rowCount(), 3);
    QCOMPARE(view->assignBox()->currentData().toLongLong(), qint64(2));
    QCOMPARE(view->statusBox()->currentData().toString(), u"open"_s);
    QVERIFY(view->findChild<QLabel *>(u"ticketSubject"_s)->textFormat() == Qt::PlainText);

    const QString text = u"Bonjour <i>Elise</i>, le technicien arrive a 14 h; '; DROP TABLE x; --"_s;
    view->composer()->setFocus();
    QTest::keyClicks(view->composer(), text); // ASCII only: QTest cannot type other characters
    view->composer()->insertPlainText(u" — Élise"_s);
    QSignalSpy sent(view.get(), &TicketView::messageSent);
    QTest::keyClick(view->composer(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(sent.wait(10000));
    const qint64 id = sent.at(0).at(0).toLongLong();
    QCOMPARE(scalar(u"SELECT body FROM ticket_messages WHERE id = %1"_s.arg(id)), text + u" — Élise"_s);
    QCOMPARE(scalar(u"SELECT is_internal FROM ticket_messages WHERE id = %1"_s.arg(id)), u"f"_s);
    QCOMPARE(view->threadModel()->rowCount(), 4);
    QCOMPARE(view->threadModel()->message(3).body, text + u" — Élise"_s);
    QVERIFY(view->composer()->toPlainText().isEmpty());

    // Internal note through the toggle (Ctrl+I) and the Enter key of the keypad.
    QTest::keyClick(view->composer(), Qt::Key_I, Qt::ControlModifier);
    QVERIFY(view->noteToggle()->isChecked());
    QTest::keyClicks(view->composer(), u"Note pour l'equipe"_s);
    QTest::keyClick(view->composer(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QVERIFY(sent.wait(10000));
    QCOMPARE(
        scalar(u"SELECT is_internal FROM ticket_messages WHERE id = %1"_s.arg(sent.at(1).at(0).toLongLong())), u"t"_s);
    // Both arrive again through the live feed: never twice in the thread.
    QTest::qWait(300);
    QCOMPARE(view->threadModel()->rowCount(), 5);
}

void TestTicketView::tooLongIsRefusedAndTextKept()
{
    auto view = openView(2);
    QVERIFY(view);
    const int before = scalar(u"SELECT count(*) FROM ticket_messages"_s).toInt();
    const QString big(TicketService::maxMessageBytes() + 1, QLatin1Char('a'));
    view->composer()->setPlainText(big);
    QTRY_VERIFY(view->composerError()->isVisible());
    QVERIFY(!view->sendButton()->isEnabled());
    view->send();
    QTest::qWait(200);
    QCOMPARE(view->composer()->toPlainText().size(), big.size());
    QCOMPARE(scalar(u"SELECT count(*) FROM ticket_messages"_s).toInt(), before);
    view->composer()->setPlainText(u"court"_s);
    QTRY_VERIFY(!view->composerError()->isVisible());
    QVERIFY(view->sendButton()->isEnabled());
}

void TestTicketView::conflictShowsBannerAndKeepsComposer()
{
    auto view = openView(2);
    QVERIFY(view);
    // No live refresh for this one: the other workstation's change must surface as a conflict on save.
    view->setChangeFeed(nullptr);
    view->composer()->setPlainText(u"Brouillon en cours"_s);
    const int v = view->ticket().version;
    auto theirs = TicketRepository(*m_other).setStatus(2, u"in_progress"_s, v);
    QVERIFY(theirs.ok());

    QSignalSpy conflict(view.get(), &TicketView::conflictShown);
    view->assignTo(3);
    QVERIFY(conflict.wait(10000));
    QVERIFY(view->banner()->isVisible());
    QCOMPARE(view->banner()->level(), MessageBanner::Level::Warning);
    QVERIFY2(view->banner()->text().contains(u"Alice Roy"_s), qPrintable(view->banner()->text()));
    QVERIFY2(view->banner()->text().contains(TicketListModel::statusLabel(u"waiting"_s) + u" → "_s
                 + TicketListModel::statusLabel(u"in_progress"_s)),
        qPrintable(view->banner()->text()));
    QCOMPARE(view->composer()->toPlainText(), u"Brouillon en cours"_s);
    QCOMPARE(scalar(u"SELECT coalesce(assigned_staff_id, 0) FROM tickets WHERE id = 2"_s), u"0"_s);
    QVERIFY(test::saveScreenshot(*view, u"ticketview-conflict"_s));

    QSignalSpy saved(view.get(), &TicketView::saved);
    QAbstractButton *again = bannerButton(view->banner(), u"conflictApplyMine"_s);
    QVERIFY(again);
    again->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(scalar(u"SELECT assigned_staff_id FROM tickets WHERE id = 2"_s), u"3"_s);
    QCOMPARE(scalar(u"SELECT status FROM tickets WHERE id = 2"_s), u"in_progress"_s); // theirs kept
    QCOMPARE(view->statusBox()->currentData().toString(), u"in_progress"_s);
    QCOMPARE(view->composer()->toPlainText(), u"Brouillon en cours"_s);
}

void TestTicketView::liveMessagesKeepComposer()
{
    auto view = openView(1);
    QVERIFY(view);
    const int rows = view->threadModel()->rowCount();
    view->composer()->setPlainText(u"Je tape encore…"_s);
    auto added = TicketRepository(*m_other).addMessage(1, u"Message d'un autre poste"_s, true, 2);
    QVERIFY(added.ok());
    QTRY_COMPARE_WITH_TIMEOUT(view->threadModel()->rowCount(), rows + 1, 10000);
    QCOMPARE(view->threadModel()->message(rows).id, added.value().id);
    QCOMPARE(view->composer()->toPlainText(), u"Je tape encore…"_s);
    // A status change elsewhere refreshes the header without a conflict.
    auto theirs = TicketRepository(*m_other).setStatus(1, u"waiting"_s, view->ticket().version);
    QVERIFY(theirs.ok());
    QTRY_COMPARE_WITH_TIMEOUT(view->statusBox()->currentData().toString(), u"waiting"_s, 10000);
    QCOMPARE(view->ticket().version, theirs.value().version);
    QCOMPARE(view->composer()->toPlainText(), u"Je tape encore…"_s);
}

void TestTicketView::dispatchJobDialog()
{
    auto view = openView(1);
    QVERIFY(view);
    QSignalSpy created(view.get(), &TicketView::dispatchJobCreated);
    QTest::keyClick(view.get(), Qt::Key_J, Qt::ControlModifier);
    DispatchJobDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = view->findChild<DispatchJobDialog *>()) != nullptr, 10000);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->request().locationId, qint64(1));
    QCOMPARE(dialog->request().priority, 2); // important ticket
    QVERIFY(test::saveScreenshot(*dialog, u"dispatch-job-dialog"_s));
    dialog->accept();
    QVERIFY(created.wait(10000));
    const qint64 job = created.at(0).at(0).toLongLong();
    QCOMPARE(scalar(u"SELECT status || ' ' || customer_id || ' ' || location_id || ' ' || ticket_id"
                    " FROM dispatch_jobs WHERE id = %1"_s.arg(job)),
        u"unscheduled 1 1 1"_s);
    QCOMPARE(view->banner()->level(), MessageBanner::Level::Success);
    QVERIFY(view->banner()->text().contains(created.at(0).at(1).toString()));
}

void TestTicketView::listOpensTheView()
{
    TicketListWidget list;
    list.resize(1300, 760);
    list.setTicketService(m_tickets.get());
    list.model()->setChangeFeed(m_feed.get());
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QTRY_COMPARE_WITH_TIMEOUT(list.model()->rowCount(), 2, 10000);
    list.view()->setFocus();
    list.view()->setCurrentIndex(list.model()->index(1, TicketListModel::Subject)); // TCK-00001 (oldest last)
    QTest::keyClick(list.view(), Qt::Key_Return);
    QVERIFY(list.ticketView());
    QSignalSpy loaded(list.ticketView(), &TicketView::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(list.ticketView()->ticketId(), qint64(1));
    QTest::qWait(100);
    QVERIFY(test::saveScreenshot(list, u"ticket-list-with-view"_s));
    QSignalSpy customer(&list, &TicketListWidget::customerRequested);
    list.ticketView()->findChild<QPushButton *>(u"ticketCustomer"_s)->click();
    QCOMPARE(customer.size(), 1);
    QCOMPARE(customer.at(0).at(0).toLongLong(), qint64(1));
    QTest::keyClick(list.ticketView()->composer(), Qt::Key_Escape);
    QVERIFY(list.ticketView()->isHidden());
    QVERIFY(list.view()->hasFocus());
}

QTEST_MAIN(TestTicketView)
#include "TestTicketView.moc"

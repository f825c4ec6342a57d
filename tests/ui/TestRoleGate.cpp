// The UI follows the role (no PostgreSQL: in-memory services and hand-made Capabilities). A dispatcher's customer
// file has its edit actions disabled with a tooltip naming the role, and the actions do nothing; the File menu's
// "New customer" and "Integrations" are disabled the same way; the ticket view of a role without ticket rights keeps
// its assign/status/link actions and composer closed; the outbox's retry/cancel say why; a role that cannot read the
// outbox (technician) does not see the section at all. Allowed again, every control gets its own tooltip back.
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "core/session/Capabilities.h"
#include "core/session/Session.h"
#include "tests/support/FakeServices.h"
#include "ui/customers/CustomerEditActions.h"
#include "ui/customers/CustomerEditDialogs.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/CustomersWorkspace.h"
#include "ui/customers/EntityEditDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationBar.h"
#include "ui/outbox/OutboxWidget.h"
#include "ui/tickets/TicketView.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

class TestRoleGate : public QObject
{
    Q_OBJECT

private:
    // What ops_dispatcher gets: read customers, write tickets and messages, enqueue SMS; nothing else.
    static Capabilities dispatcher()
    {
        Capabilities c;
        c.known = true;
        c.role = u"alice"_s;
        c.group = u"dispatcher"_s;
        c.writeTickets = c.writeMessages = true;
        c.enqueueOutbox = c.readOutbox = c.manageOutbox = true;
        return c;
    }
    static Capabilities billing()
    {
        Capabilities c;
        c.known = true;
        c.role = u"bruno"_s;
        c.group = u"billing"_s;
        c.billing = c.editSubscriptions = c.revealRadius = true;
        c.enqueueOutbox = c.readOutbox = c.manageOutbox = true;
        return c;
    }
    static Capabilities technician() // the future field app's group: none of these screens
    {
        Capabilities c;
        c.known = true;
        c.role = u"theo"_s;
        c.group = u"technician"_s;
        return c;
    }
    static Capabilities manager()
    {
        Capabilities c;
        c.known = true;
        c.role = u"maude"_s;
        c.group = u"manager"_s;
        c.readAudit = c.readOutbox = true;
        return c;
    }

    static customers::CustomerFile fileOf(qint64 id)
    {
        customers::CustomerFile f;
        f.customer.id = id;
        f.customer.code = u"CUST-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
        f.customer.displayName = u"Zoé Lévesque"_s;
        f.customer.status = u"active"_s;
        f.customer.version = 1;
        return f;
    }

    static std::unique_ptr<test::FakeTicketApi> ticketApi()
    {
        auto api = std::make_unique<test::FakeTicketApi>();
        tickets::TicketDetail t;
        t.id = 7;
        t.code = u"TCK-00007"_s;
        t.subject = u"Pas d'Internet"_s;
        t.issueType = u"internet"_s;
        t.status = u"open"_s;
        t.customerId = 3;
        t.customerCode = u"CUST-00003"_s;
        t.customerName = u"Zoé Lévesque"_s;
        t.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
        t.updatedAt = t.createdAt;
        t.version = 4;
        api->tickets.insert(t.id, t);
        api->options.staff = {{2, u"Alice Roy"_s}, {3, u"Marc Gagnon"_s}};
        return api;
    }

private slots:
    void dispatcherCustomerFileEditActionsAreDisabledWithTheReason()
    {
        test::FakeCustomerApi api;
        api.files.insert(3, fileOf(3));
        CustomerFileWidget file(&api, 3);
        QSignalSpy loaded(&file, &CustomerFileWidget::loaded);
        QVERIFY(loaded.wait(5000));
        CustomerEditActions *actions = file.editActions();
        QVERIFY(actions);
        QPushButton *edit = actions->actionButton(u"editCustomer"_s);
        QPushButton *newLocation = actions->actionButton(u"newLocation"_s);
        QPushButton *selected = actions->actionButton(u"editSelected"_s);
        QVERIFY(edit && newLocation && selected);
        QVERIFY(edit->isEnabled()); // default: everything allowed

        file.setCapabilities(dispatcher());
        QVERIFY(!edit->isEnabled());
        QCOMPARE(edit->toolTip(), u"Your role (dispatcher) does not allow editing customers."_s);
        QVERIFY(!newLocation->isEnabled());
        QCOMPARE(
            newLocation->toolTip(), u"Your role (dispatcher) does not allow editing service locations or equipment."_s);
        QVERIFY(!selected->isEnabled());
        // The actions themselves (F2, double-click, the menu) refuse too: no dialog, nothing loaded or saved.
        QVERIFY(!actions->editCustomer());
        QVERIFY(!actions->newLocation());
        QVERIFY(!actions->editSelected());
        QVERIFY(!actions->currentDialog());
        QCOMPARE(api.saveCalls, 0);

        // Allowed again (a reconnect read new grants): enabled, with the button's own (empty) tooltip back.
        file.setCapabilities(Capabilities::unrestricted());
        QVERIFY(edit->isEnabled());
        QVERIFY(edit->toolTip().isEmpty());
        QVERIFY(newLocation->isEnabled());
    }

    // Billing edits subscriptions but not locations (docs/security.md): each button follows its own table, and "Edit
    // selected" follows the tab it would edit.
    void eachButtonFollowsItsOwnTable()
    {
        test::FakeCustomerApi api;
        api.files.insert(3, fileOf(3));
        CustomerFileWidget file(&api, 3);
        QSignalSpy loaded(&file, &CustomerFileWidget::loaded);
        QVERIFY(loaded.wait(5000));
        file.setCapabilities(billing());
        CustomerEditActions *actions = file.editActions();
        QVERIFY(!actions->actionButton(u"editCustomer"_s)->isEnabled());
        QVERIFY(!actions->actionButton(u"newLocation"_s)->isEnabled());
        QVERIFY(!actions->actionButton(u"newEquipment"_s)->isEnabled());
        QVERIFY(actions->actionButton(u"newSubscription"_s)->isEnabled());
        QPushButton *selected = actions->actionButton(u"editSelected"_s);
        file.showSection(CustomerFileWidget::OverviewTab); // "edit" there is the customer
        QVERIFY(!selected->isEnabled());
        QCOMPARE(selected->toolTip(), u"Your role (billing) does not allow editing customers."_s);
        file.showSection(CustomerFileWidget::SubscriptionsTab);
        QVERIFY(selected->isEnabled());
        file.showSection(CustomerFileWidget::LocationsTab);
        QVERIFY(!selected->isEnabled());
        QVERIFY(!actions->newLocation());
        auto *editor = qobject_cast<SubscriptionEditDialog *>(actions->newSubscription()); // the editor opens
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), 5000);
        QVERIFY(editor->revealButton()->isEnabled()); // billing reveals RADIUS passwords (audited)
        editor->close();

        // A role that edits subscriptions without the reveal: the editor's Reveal says why.
        Capabilities noReveal = billing();
        noReveal.revealRadius = false;
        file.setCapabilities(noReveal);
        editor = qobject_cast<SubscriptionEditDialog *>(actions->newSubscription());
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), 5000);
        QVERIFY(!editor->revealButton()->isEnabled());
        QCOMPARE(
            editor->revealButton()->toolTip(), u"Your role (billing) does not allow revealing RADIUS passwords."_s);
        editor->close();
    }

    void mainWindowFollowsTheRole()
    {
        MainWindow w;
        test::FakeCustomerApi api;
        api.files.insert(3, fileOf(3));
        w.customers()->setCustomerService(&api);
        w.setCapabilities(dispatcher());
        auto *newCustomer = w.findChild<QAction *>(u"newCustomerAction"_s);
        auto *integrations = w.findChild<QAction *>(u"integrationSettingsAction"_s);
        QVERIFY(newCustomer && integrations);
        QVERIFY(!newCustomer->isEnabled());
        QCOMPARE(newCustomer->toolTip(), u"Your role (dispatcher) does not allow creating customers."_s);
        QVERIFY(!integrations->isEnabled());
        QCOMPARE(
            integrations->toolTip(), u"Your role (dispatcher) does not allow changing the integration settings."_s);
        // Ctrl+N's slot does nothing either.
        w.customers()->newCustomer();
        QVERIFY(!w.findChild<QDialog *>());

        // A file opened after the capabilities arrived follows them too.
        CustomerFileWidget *file = w.customers()->openCustomer(3);
        QVERIFY(file);
        QVERIFY(!file->editActions()->actionButton(u"editCustomer"_s)->isEnabled());

        // An administrator: everything enabled, the file included.
        Capabilities admin = Capabilities::unrestricted(u"root"_s);
        admin.superuser = false;
        w.setCapabilities(admin);
        QVERIFY(newCustomer->isEnabled());
        QVERIFY(integrations->isEnabled());
        QVERIFY(file->editActions()->actionButton(u"editCustomer"_s)->isEnabled());
        QVERIFY(w.capabilities().readAudit);
    }

    void managerReadsTheAuditAndTheOutboxButEditsNothing()
    {
        const Capabilities m = manager();
        QVERIFY(m.allows(Capabilities::Action::ReadAudit));
        QVERIFY(m.whyNot(Capabilities::Action::ReadAudit).isEmpty());
        QVERIFY(!m.allows(Capabilities::Action::EditCustomers));
        QCOMPARE(m.whyNot(Capabilities::Action::ManageStaff),
            u"Your role (manager) does not allow managing staff accounts."_s);
        QVERIFY(!dispatcher().allows(Capabilities::Action::ReadAudit));
        // Not read yet: nothing allowed, and the reason says so rather than blaming a group.
        QCOMPARE(Capabilities().whyNot(Capabilities::Action::ReadAudit), u"Reading what your role allows…"_s);
    }

    // The outbox section exists once a session is attached; a role that cannot read the outbox never sees it.
    void outboxSectionHiddenWithoutReadOutbox()
    {
        SessionInfo info;
        info.conninfo = u"host=/nonexistent/targo-test dbname=nothing connect_timeout=1"_s;
        info.embedded = false;
        info.dbPoolSize = 1;
        info.liveUpdates = false;
        info.capabilities = technician();
        Session session(info);
        QCOMPARE(session.capabilities().group, u"technician"_s);
        MainWindow w;
        w.attachSession(session);
        QVERIFY(w.outbox());
        QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Outbox)); // hidden sections are not listed
        QVERIFY(!w.navigation()->isSectionVisible(NavigationBar::Section::Outbox));
        auto *view = w.findChild<QAction *>(u"outboxViewAction"_s);
        QVERIFY(view && !view->isVisible());
        w.showSection(NavigationBar::Section::Outbox);
        QVERIFY(!w.outbox()->isVisibleTo(&w));

        w.setCapabilities(manager()); // e.g. read again after a reconnect
        QVERIFY(w.navigation()->isSectionVisible(NavigationBar::Section::Outbox));
        QVERIFY(view->isVisible());
        // A manager sees the outbox but cannot retry or cancel: the actions say why.
        QVERIFY(!w.outbox()->retryAllAction()->isEnabled());
        QCOMPARE(w.outbox()->retryAction()->toolTip(),
            u"Your role (manager) does not allow retrying or cancelling outbox rows."_s);
        w.detachSession();
    }

    void ticketViewWithoutTicketRights()
    {
        auto api = ticketApi();
        TicketView view;
        view.resize(900, 700);
        view.setTicketService(api.get());
        view.setCapabilities(billing());
        QSignalSpy loaded(&view, &TicketView::loaded);
        view.openTicket(7);
        view.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
        QVERIFY(!view.assignBox()->isEnabled());
        QVERIFY(!view.statusBox()->isEnabled());
        QCOMPARE(view.statusBox()->toolTip(), u"Your role (billing) does not allow changing tickets."_s);
        QVERIFY(!view.sendButton()->isEnabled());
        QVERIFY(view.composer()->isReadOnly());
        QCOMPARE(view.sendButton()->toolTip(), u"Your role (billing) does not allow writing ticket messages."_s);
        view.changeStatus(u"closed"_s);
        view.send();
        QCOMPARE(api->writeCalls, 0);
        QCOMPARE(api->messageCalls, 0);

        // A dispatcher: the same ticket is workable.
        view.setCapabilities(dispatcher());
        QVERIFY(view.statusBox()->isEnabled());
        QVERIFY(!view.composer()->isReadOnly());
        QVERIFY(view.statusBox()->toolTip() != u"Your role (billing) does not allow changing tickets."_s);
    }
};

QTEST_MAIN(TestRoleGate)
#include "TestRoleGate.moc"

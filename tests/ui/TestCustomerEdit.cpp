// Editing a customer file on a real database through the dialogs: edit + Ctrl+S shows the new value in the file; a
// change from a second connection is reported as a conflict (theirs vs mine) with Reload and Apply mine again; an
// invalid postal code shows its inline error and stores nothing; a database that cannot be reached shows a banner
// and keeps the form's values; new locations land in the file.
#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/customers/CustomerService.h"
#include "core/db/PgConnection.h"
#include "tests/support/CustomerFileSeed.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/customers/CustomerEditActions.h"
#include "ui/customers/CustomerEditDialogs.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/LocationsModel.h"

using namespace Qt::Literals::StringLiterals;

class TestCustomerEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ops::test::TestCluster> m_cluster;
    std::unique_ptr<ops::db::PgConnection> m_c; // the "other workstation" and the checks
    std::unique_ptr<ops::DbExecutor> m_db;
    std::unique_ptr<ops::customers::CustomerService> m_service;

    QString scalar(const QString &sql)
    {
        auto r = m_c->exec(sql);
        if (!r.ok()) {
            qWarning() << r.error().detail;
            return {};
        }
        return r.value().rows() ? r.value().text(0, 0) : QString();
    }
    static void type(EntityEditDialog *d, const QString &field, const QString &text)
    {
        auto *e = qobject_cast<QLineEdit *>(d->editor(field));
        QVERIFY(e);
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        // Key input for ASCII; accents and emoji go through insert() (QTest has no key for them).
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            QTest::keyClicks(e, text);
        else
            e->insert(text);
    }
    static void ctrlS(EntityEditDialog *d)
    {
        QApplication::setActiveWindow(d);
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : d;
        QTest::keyClick(target, Qt::Key_S, Qt::ControlModifier);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        m_cluster = std::make_unique<ops::test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto conninfo = m_cluster->freshDatabase();
        QVERIFY(conninfo.ok());
        auto c = ops::db::PgConnection::open(conninfo.value());
        QVERIFY(c.ok());
        m_c = std::move(c.value());
        for (const char *sql : ops::test::kCustomerFileSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
        m_db = std::make_unique<ops::DbExecutor>(conninfo.value(), 2);
        m_service = std::make_unique<ops::customers::CustomerService>(*m_db);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_db.reset();
        m_c.reset();
        m_cluster.reset();
    }

    void editSaveShowsInFile()
    {
        CustomerFileWidget file(m_service.get(), 1);
        file.resize(1100, 720);
        file.show();
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        auto *actions = file.findChild<CustomerEditActions *>();
        QVERIFY(actions);
        EntityEditDialog *d = actions->editCustomer();
        QTRY_VERIFY_WITH_TIMEOUT(d->isLoaded(), 15000);
        QVERIFY(!d->isDirty());
        type(d, u"display_name"_s, u"Élise Tremblay-Roy <b>"_s);
        QVERIFY(d->isDirty());
        QSignalSpy saved(d, &EntityEditDialog::saved);
        ctrlS(d);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(file.customer().displayName, u"Élise Tremblay-Roy <b>"_s, 15000);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'customer' AND entity_id = 1"
                        " AND action = 'update'"_s),
            u"1"_s);
        ops::test::saveScreenshot(file, u"custedit-file-after-save"_s);
    }

    void conflictFromSecondConnection()
    {
        CustomerFileWidget file(m_service.get(), 1);
        file.show();
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        auto *actions = file.findChild<CustomerEditActions *>();
        auto *d = qobject_cast<CustomerEditDialog *>(actions->editCustomer());
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(d->isLoaded(), 15000);
        const int version = d->row().version;
        // Another workstation changes the phone.
        QVERIFY(m_c->exec("UPDATE customers SET phone = '+15145550199' WHERE id = 1").ok());
        type(d, u"email"_s, u"mine@example.ca"_s);
        QSignalSpy conflict(d, &EntityEditDialog::conflictShown);
        ctrlS(d);
        QTRY_COMPARE_WITH_TIMEOUT(conflict.count(), 1, 15000);
        QVERIFY(d->isVisible());
        QVERIFY(d->conflictPanel()->isVisible());
        const QString text = d->conflictText()->text();
        QVERIFY2(text.contains(u"+15145550199"_s), qPrintable(text)); // theirs
        QVERIFY2(text.contains(u"mine@example.ca"_s), qPrintable(text)); // mine
        // Their change and mine are told apart.
        QVERIFY2(text.indexOf(u"Changed by them"_s) < text.indexOf(u"+15145550199"_s), qPrintable(text));
        QVERIFY2(text.indexOf(u"Your changes"_s) < text.indexOf(u"mine@example.ca"_s), qPrintable(text));
        QVERIFY2(text.indexOf(u"Changed by them"_s) >= 0 && text.indexOf(u"Your changes"_s) >= 0, qPrintable(text));
        QCOMPARE(qobject_cast<QLineEdit *>(d->editor(u"email"_s))->text(), u"mine@example.ca"_s); // form kept
        QCOMPARE(scalar(u"SELECT email FROM customers WHERE id = 1"_s), u"elise@example.ca"_s); // nothing written
        d->resize(640, 900);
        ops::test::saveScreenshot(*d, u"custedit-conflict"_s);

        // Apply mine again: saved over their version.
        QSignalSpy saved(d, &EntityEditDialog::saved);
        d->conflictPanel()->findChild<QPushButton *>(u"conflictApplyMine"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QCOMPARE(scalar(u"SELECT email FROM customers WHERE id = 1"_s), u"mine@example.ca"_s);
        // Three-way merge: their phone change (a field I did not touch) is kept, not undone by my save.
        QCOMPARE(scalar(u"SELECT phone FROM customers WHERE id = 1"_s), u"+15145550199"_s);
        QCOMPARE(scalar(u"SELECT version FROM customers WHERE id = 1"_s).toInt(), version + 2);

        // Again, and this time Reload: the form takes theirs, nothing is written.
        auto *d2 = qobject_cast<CustomerEditDialog *>(actions->editCustomer());
        QTRY_VERIFY_WITH_TIMEOUT(d2->isLoaded(), 15000);
        QVERIFY(m_c->exec("UPDATE customers SET email = 'theirs@example.ca' WHERE id = 1").ok());
        type(d2, u"email"_s, u"again@example.ca"_s);
        QSignalSpy conflict2(d2, &EntityEditDialog::conflictShown);
        ctrlS(d2);
        QTRY_COMPARE_WITH_TIMEOUT(conflict2.count(), 1, 15000);
        d2->conflictPanel()->findChild<QPushButton *>(u"conflictReload"_s)->click();
        QVERIFY(!d2->conflictPanel()->isVisible());
        QCOMPARE(qobject_cast<QLineEdit *>(d2->editor(u"email"_s))->text(), u"theirs@example.ca"_s);
        QCOMPARE(d2->row().version, scalar(u"SELECT version FROM customers WHERE id = 1"_s).toInt());
        QVERIFY(!d2->isDirty());
        QCOMPARE(scalar(u"SELECT email FROM customers WHERE id = 1"_s), u"theirs@example.ca"_s);
        d2->reject(); // no changes: closes without asking
        QTRY_VERIFY(!d2->isVisible());
    }

    void invalidPostalCodeShowsInlineError()
    {
        CustomerFileWidget file(m_service.get(), 1);
        file.show();
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        auto *d = file.findChild<CustomerEditActions *>()->editCustomer();
        QTRY_VERIFY_WITH_TIMEOUT(d->isLoaded(), 15000);
        const QString versionBefore = scalar(u"SELECT version FROM customers WHERE id = 1"_s);
        type(d, u"billing_postal_code"_s, u"H2X 1Y"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!d->errorText(u"billing_postal_code"_s).isEmpty(), 3000); // as you type
        QSignalSpy failed(d, &EntityEditDialog::saveFailed);
        ctrlS(d);
        QCOMPARE(failed.count(), 1);
        QVERIFY(d->isVisible());
        QVERIFY(d->errorLabel(u"billing_postal_code"_s)->isVisible());
        QTest::qWait(200);
        QCOMPARE(scalar(u"SELECT version FROM customers WHERE id = 1"_s), versionBefore);
        d->resize(640, 900);
        ops::test::saveScreenshot(*d, u"custedit-invalid-postal"_s);
        // Esc with changes asks; answering "keep editing" keeps the dialog.
        d->setDiscardAnswer([] { return false; });
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY(d->isVisible());
        d->setDiscardAnswer([] { return true; });
        d->reject();
        QTRY_VERIFY(!d->isVisible());
    }

    void newLocationLandsInFile()
    {
        CustomerFileWidget file(m_service.get(), 1);
        file.show();
        QTRY_VERIFY_WITH_TIMEOUT(file.isLoaded(), 15000);
        const int before = file.locationsModel()->rowCount();
        auto *d = file.findChild<CustomerEditActions *>()->newLocation();
        QVERIFY(d->isLoaded());
        type(d, u"civic_number"_s, u"42"_s);
        type(d, u"street"_s, u"rue des Érables'; --"_s);
        type(d, u"city"_s, u"Joliette"_s);
        type(d, u"postal_code"_s, u"j6e3z1"_s);
        type(d, u"latitude"_s, u"46,02"_s);
        type(d, u"longitude"_s, u"73,44"_s); // lost minus: a warning only
        QTRY_VERIFY_WITH_TIMEOUT(!d->errorText(u"latitude"_s).isEmpty(), 3000);
        type(d, u"longitude"_s, u"-73,44"_s);
        QSignalSpy saved(d, &EntityEditDialog::saved);
        ctrlS(d);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(file.locationsModel()->rowCount(), before + 1, 15000);
        QCOMPARE(scalar(u"SELECT postal_code FROM service_locations WHERE street = 'rue des Érables''; --'"_s),
            u"J6E 3Z1"_s);
    }

    // Billing sets the RADIUS credentials in the subscription editor; the password is never loaded back, and Reveal
    // asks the server for it (recorded in the audit log).
    void radiusPasswordSetThenRevealed()
    {
        const qint64 sub = scalar(u"SELECT min(id) FROM subscriptions WHERE customer_id = 1"_s).toLongLong();
        QVERIFY(sub > 0);
        {
            SubscriptionEditDialog d(m_service.get(), 1, {}, sub);
            d.show();
            QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 15000);
            QVERIFY(!d.revealButton()->isVisible()); // nothing stored yet
            type(&d, u"radius_user"_s, u"gf000777"_s);
            type(&d, u"radius_pwd"_s, u"Fibre-2026!"_s);
            QVERIFY(d.isDirty());
            QSignalSpy saved(&d, &EntityEditDialog::saved);
            ctrlS(&d);
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        }
        QCOMPARE(scalar(u"SELECT radius_user || ' ' || (radius_pwd IS NULL) || ' ' || has_radius_pwd FROM subscriptions"
                        " WHERE id = %1"_s.arg(sub)),
            u"gf000777 true true"_s);
        SubscriptionEditDialog d(m_service.get(), 1, {}, sub);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 15000);
        auto *pwd = qobject_cast<QLineEdit *>(d.editor(u"radius_pwd"_s));
        QVERIFY(pwd && pwd->text().isEmpty() && pwd->echoMode() == QLineEdit::Password);
        QVERIFY(d.revealButton()->isVisible() && d.revealButton()->isEnabled());
        QVERIFY(!d.isDirty());
        d.revealButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(d.revealedLabel()->text(), u"Fibre-2026!"_s, 15000);
        QVERIFY(!d.isDirty()); // revealing is not an edit
        QCOMPARE(
            scalar(u"SELECT count(*) FROM audit_log WHERE action = 'reveal' AND entity_id = %1"_s.arg(sub)), u"1"_s);
        ops::test::saveScreenshot(d, u"custedit-radius-revealed"_s);
        // A role that may not reveal sees why.
        d.setRadiusRevealAllowed(false, u"Votre rôle ne permet pas de voir les mots de passe RADIUS."_s);
        QVERIFY(!d.revealButton()->isEnabled());
        QCOMPARE(d.revealButton()->toolTip(), u"Votre rôle ne permet pas de voir les mots de passe RADIUS."_s);
    }

    void databaseDownKeepsTheForm()
    {
        ops::DbExecutor dead(u"host=127.0.0.1 port=1 dbname=nothing user=nobody connect_timeout=2"_s, 1);
        ops::customers::CustomerService service(dead);
        CustomerEditDialog d(&service, 0);
        d.show();
        QVERIFY(d.isLoaded());
        type(&d, u"first_name"_s, u"Zoë"_s);
        type(&d, u"last_name"_s, u"Ouellet"_s);
        type(&d, u"billing_postal_code"_s, u"h2x1y4"_s);
        QSignalSpy failed(&d, &EntityEditDialog::saveFailed);
        ctrlS(&d);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(d.banner()->isVisible());
        QCOMPARE(d.banner()->level(), MessageBanner::Level::Error);
        QCOMPARE(qobject_cast<QLineEdit *>(d.editor(u"first_name"_s))->text(), u"Zoë"_s);
        QCOMPARE(qobject_cast<QLineEdit *>(d.editor(u"last_name"_s))->text(), u"Ouellet"_s);
        QVERIFY(d.findChild<QAbstractButton *>(u"retrySave"_s));
        QVERIFY(d.saveButton()->isEnabled()); // retry possible
        d.resize(640, 900);
        ops::test::saveScreenshot(d, u"custedit-db-down"_s);
        d.setDiscardAnswer([] { return true; });
        d.reject();
        dead.shutdown();
    }

    // The subscription editor offers active items only and says what will be billed (migration 0019): a subscription
    // at the catalogue price follows it, with the change already scheduled for next month; another price is a custom
    // one, which the run bills as it is.
    void billedPriceFollowsTheCatalogue()
    {
        QVERIFY(m_c->exec("INSERT INTO items (id, sku, kind, name_fr, name_en, monthly_price_cents, active)"
                          " VALUES (2, 'NET-010', 'internet', 'Internet 10', 'Internet 10', 2995, false)")
                    .ok());
        QVERIFY(m_c->exec("SELECT ops_schedule_item_price(1, 7495)").ok());
        SubscriptionEditDialog d(m_service.get(), 2, {}, 3);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 15000);
        auto *plan = qobject_cast<QComboBox *>(d.editor(u"item_id"_s));
        QVERIFY(plan);
        QCOMPARE(plan->count(), 1);
        QCOMPARE(plan->findData(qint64(2)), -1);
        const QString follows = d.billedNote()->text();
        QVERIFY2(follows.contains(u"69,95"_s) && follows.contains(u"74,95"_s) && follows.contains(u"catalogue price"_s),
            qPrintable(follows));
        type(&d, u"price_cents"_s, u"65,00"_s);
        QVERIFY2(d.billedNote()->text().contains(u"custom price"_s), qPrintable(d.billedNote()->text()));
        ops::test::saveScreenshot(d, u"custedit-subscription-billed"_s);
        QSignalSpy saved(&d, &EntityEditDialog::saved);
        ctrlS(&d);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QCOMPARE(
            scalar(u"SELECT price_cents || ' ' || custom_price FROM subscriptions WHERE id = 3"_s), u"6500 true"_s);
    }
};

QTEST_MAIN(TestCustomerEdit)
#include "TestCustomerEdit.moc"

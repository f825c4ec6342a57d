// The customer file's "Payment methods" tab on a fake PaymentMethodsApi: the list (type, brand •••• last four,
// MM/YYYY expiry with its "expired" / "expires soon" chip, the default, the links waiting), Make default from the
// keyboard and a stale refusal shown then re-read, Remove disabled with the reason without Stripe and its PPA warning
// with it, the PPA switch refused without a default method, the "Send a link…" dialog (prefilled recipient, the
// send's own checks, the preview in the customer's language, the result), the live re-read on ops_change, the tab
// following the API in the customer file, and screenshots to look at.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include "core/live/ChangeFeed.h"
#include "core/payments/PaymentMethodsApi.h"
#include "core/payments/StripeSetupLinks.h"
#include "tests/support/Await.h"
#include "tests/support/FakeServices.h"
#include "tests/support/Screenshot.h"
#include "ui/common/MessageBanner.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/PaymentMethodsPanel.h"
#include "ui/customers/SetupLinkDialog.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::payments;

namespace {

class FakePaymentMethodsApi : public PaymentMethodsApi
{
public:
    PaymentMethodsView view;
    bool stripe = true;
    std::optional<Error> failNext;
    bool ppaTurnedOff = false;
    int loads = 0;
    QList<std::pair<qint64, int>> defaults; // (method, version) asked
    QList<qint64> removed;
    QList<bool> ppaCalls;
    QList<SetupLinkRequest> links;

    bool canRemove() const override { return stripe; }
    bool canSendLinks() const override { return stripe; }

    QFuture<Result<PaymentMethodsView>> load(qint64) override
    {
        ++loads;
        return test::ready(Result<PaymentMethodsView>(view));
    }
    QFuture<Status> makeDefault(qint64, qint64 methodId, int version) override
    {
        defaults << std::pair{methodId, version};
        if (failNext)
            return test::ready(Status(*std::exchange(failNext, std::nullopt)));
        for (SavedPaymentMethod &m : view.methods) {
            if (m.isDefault || m.id == methodId)
                ++m.version;
            m.isDefault = m.id == methodId;
        }
        return test::ready(success());
    }
    QFuture<Status> setPpa(qint64, bool enabled) override
    {
        ppaCalls << enabled;
        view.ppaEnabled = enabled;
        return test::ready(success());
    }
    QFuture<Result<RemoveMethodResult>> remove(qint64, qint64 methodId, int) override
    {
        removed << methodId;
        RemoveMethodResult r;
        for (int i = 0; i < view.methods.size(); ++i)
            if (view.methods[i].id == methodId) {
                r.wasDefault = view.methods[i].isDefault;
                view.methods.removeAt(i);
                break;
            }
        r.ppaTurnedOff = r.wasDefault && view.ppaEnabled;
        if (r.ppaTurnedOff)
            view.ppaEnabled = false;
        return test::ready(Result<RemoveMethodResult>(r));
    }
    QFuture<Result<SetupLinkSent>> sendLink(const SetupLinkRequest &request) override
    {
        links << request;
        view.pending.prepend({77, QDateTime::currentDateTime(), request.methodType, request.channel,
            request.recipient.isEmpty() ? view.email : request.recipient, u"sent"_s});
        return test::ready(
            Result<SetupLinkSent>(SetupLinkSent{77, 4321, request.recipient, request.channel, u"sent"_s}));
    }
};

PaymentMethodsView customerView()
{
    const QDate today = QDate::currentDate();
    PaymentMethodsView v;
    v.customerId = 7;
    v.customerCode = u"CUST-00007"_s;
    v.customerName = u"Élise Tremblay"_s;
    v.language = u"fr"_s;
    v.email = u"elise@example.com"_s;
    v.phone = u"+15145550100"_s;
    v.ppaEnabled = true;
    const QDateTime added(QDate(2026, 10, 1), QTime(12, 0));
    v.methods = {{1, u"card"_s, u"visa"_s, u"4242"_s, 4, today.year() + 3, true, added, 3},
        {2, u"card"_s, u"mastercard"_s, u"4444"_s, today.month(), today.year(), false, added.addDays(30), 1},
        {3, u"acss_debit"_s, u"Desjardins"_s, u"6789"_s, 0, 0, false, added.addDays(40), 1},
        {4, u"card"_s, u"amex"_s, u"0005"_s, 1, today.year() - 1, false, added.addDays(-300), 2}};
    v.pending = {
        {9, QDateTime(QDate(2026, 12, 1), QTime(10, 0)), u"acss_debit"_s, u"sms"_s, u"+15145550100"_s, u"sent"_s}};
    return v;
}

SetupLinkSender linkSender()
{
    SetupLinkSender s;
    s.pageUrl = u"https://pay.targo.ca/enregistrer"_s;
    s.mailFromEmail = u"facturation@targo.ca"_s;
    s.twilioAccountSid = u"AC123"_s;
    s.smsFrom = u"+15145550199"_s;
    return s;
}

} // namespace

class TestPaymentMethodsPanel : public QObject
{
    Q_OBJECT

private slots:
    void listShowsMethodsChipsAndWaitingLinks()
    {
        FakePaymentMethodsApi api;
        api.view = customerView();
        PaymentMethodsPanel panel(&api, 7);
        panel.resize(900, 520);
        QSignalSpy loaded(&panel, &PaymentMethodsPanel::loaded);
        panel.show(); // read when first shown
        QVERIFY(loaded.wait(5000));
        QTreeWidget *list = panel.list();
        QCOMPARE(list->topLevelItemCount(), 4);
        QTreeWidgetItem *visa = list->topLevelItem(0);
        QCOMPARE(visa->text(PaymentMethodsPanel::TypeColumn), u"Card"_s);
        QCOMPARE(visa->text(PaymentMethodsPanel::MethodColumn), u"Visa •••• 4242"_s);
        QCOMPARE(visa->text(PaymentMethodsPanel::ExpiryColumn), u"04/%1"_s.arg(QDate::currentDate().year() + 3));
        QVERIFY(visa->text(PaymentMethodsPanel::StateColumn).isEmpty());
        QVERIFY(visa->text(PaymentMethodsPanel::DefaultColumn).contains(u"Default"_s));
        QCOMPARE(list->topLevelItem(1)->text(PaymentMethodsPanel::StateColumn), u"Expires soon"_s);
        QVERIFY(list->topLevelItem(1)->text(PaymentMethodsPanel::DefaultColumn).isEmpty());
        QCOMPARE(list->topLevelItem(2)->text(PaymentMethodsPanel::TypeColumn), u"Pre-authorized debit"_s);
        QCOMPARE(list->topLevelItem(2)->text(PaymentMethodsPanel::MethodColumn), u"Desjardins •••• 6789"_s);
        QVERIFY(list->topLevelItem(2)->text(PaymentMethodsPanel::ExpiryColumn).isEmpty());
        QCOMPARE(list->topLevelItem(3)->text(PaymentMethodsPanel::StateColumn), u"Expired"_s);
        QVERIFY(panel.pendingList()->isVisible());
        QCOMPARE(panel.pendingList()->topLevelItemCount(), 1);
        const QString waiting = panel.pendingList()->topLevelItem(0)->text(0);
        QVERIFY2(waiting.contains(u"+15145550100"_s) && waiting.contains(u"waiting for the customer"_s),
            qPrintable(waiting));
        QVERIFY(panel.ppaBox()->isChecked());
        QVERIFY(test::saveScreenshot(panel, u"payment-methods-panel"_s));
    }

    void makeDefaultFromTheKeyboardAndStaleRefusal()
    {
        FakePaymentMethodsApi api;
        api.view = customerView();
        PaymentMethodsPanel panel(&api, 7);
        QSignalSpy loaded(&panel, &PaymentMethodsPanel::loaded);
        panel.show();
        QVERIFY(loaded.wait(5000));
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        // The default selected: nothing to do.
        QVERIFY(!panel.defaultButton()->isEnabled());
        panel.list()->setCurrentItem(panel.list()->topLevelItem(2));
        panel.list()->setFocus();
        QVERIFY(panel.defaultButton()->isEnabled());
        QSignalSpy finished(&panel, &PaymentMethodsPanel::actionFinished);
        QTest::keyClick(panel.list(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(finished.wait(5000));
        QCOMPARE(api.defaults.size(), 1);
        QCOMPARE(api.defaults[0], (std::pair<qint64, int>{3, 1}));
        QTRY_VERIFY(panel.list()->topLevelItem(2)->text(PaymentMethodsPanel::DefaultColumn).contains(u"Default"_s));
        QVERIFY(panel.list()->currentItem() == panel.list()->topLevelItem(2)); // the selection kept

        // Stale: the refusal is shown and the list read again.
        const int loadsBefore = api.loads;
        api.failNext = Error::make(Error::Kind::Conflict, u"Changed on another workstation."_s);
        panel.list()->setCurrentItem(panel.list()->topLevelItem(1));
        panel.makeDefault();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QCOMPARE(panel.banner()->text(), u"Changed on another workstation."_s);
        QTRY_VERIFY(api.loads > loadsBefore);
    }

    void removeNeedsStripeAndWarnsAboutPpa()
    {
        FakePaymentMethodsApi api;
        api.view = customerView();
        api.stripe = false;
        PaymentMethodsPanel panel(&api, 7);
        QSignalSpy loaded(&panel, &PaymentMethodsPanel::loaded);
        panel.show();
        QVERIFY(loaded.wait(5000));
        QVERIFY(!panel.removeButton()->isEnabled());
        QVERIFY(panel.removeButton()->toolTip().contains(u"Integrations"_s));
        QVERIFY(!panel.linkButton()->isEnabled());
        panel.removeSelected();
        QVERIFY(api.removed.isEmpty());

        api.stripe = true;
        emit api.stripeAvailabilityChanged();
        QVERIFY(panel.removeButton()->isEnabled());
        QString asked;
        panel.setConfirmer([&asked](const QString &text) {
            asked = text;
            return false;
        });
        panel.removeSelected(); // the default, with PPA on
        QVERIFY(asked.contains(u"pre-authorized payments will be turned off"_s));
        QVERIFY(api.removed.isEmpty()); // cancelled
        panel.setConfirmer([](const QString &) { return true; });
        QSignalSpy finished(&panel, &PaymentMethodsPanel::actionFinished);
        panel.removeSelected();
        QVERIFY(finished.wait(5000));
        QCOMPARE(api.removed, QList<qint64>{1});
        QVERIFY(panel.banner()->text().contains(u"pre-authorized payments are now off"_s));
        QTRY_COMPARE(panel.list()->topLevelItemCount(), 3);
        QVERIFY(!panel.ppaBox()->isChecked());
    }

    void ppaNeedsADefaultMethod()
    {
        FakePaymentMethodsApi api;
        api.view = customerView();
        api.view.ppaEnabled = false;
        for (SavedPaymentMethod &m : api.view.methods)
            m.isDefault = false;
        PaymentMethodsPanel panel(&api, 7);
        QSignalSpy loaded(&panel, &PaymentMethodsPanel::loaded);
        panel.show();
        QVERIFY(loaded.wait(5000));
        panel.ppaBox()->click();
        QVERIFY(!panel.ppaBox()->isChecked());
        QVERIFY(api.ppaCalls.isEmpty());
        QVERIFY(panel.banner()->text().contains(u"default payment method"_s));

        api.view.methods[0].isDefault = true;
        panel.reload();
        QVERIFY(loaded.wait(5000));
        QSignalSpy finished(&panel, &PaymentMethodsPanel::actionFinished);
        panel.ppaBox()->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(api.ppaCalls, QList<bool>{true});
        QTRY_VERIFY(panel.ppaBox()->isChecked());
    }

    void sendLinkDialog()
    {
        FakePaymentMethodsApi api;
        api.view = customerView();
        api.setSender(linkSender());
        PaymentMethodsPanel panel(&api, 7);
        QSignalSpy loaded(&panel, &PaymentMethodsPanel::loaded);
        panel.show();
        QVERIFY(loaded.wait(5000));
        SetupLinkDialog *dialog = panel.openSetupLinkDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->recipientEdit()->text(), u"elise@example.com"_s);
        // The customer's language (French), the page's address standing in for the link.
        QCOMPARE(dialog->subjectLabel()->text(), u"Enregistrez une carte pour vos paiements automatiques"_s);
        QVERIFY(dialog->previewEdit()->toPlainText().startsWith(u"Bonjour Élise Tremblay"_s));
        QVERIFY(dialog->previewEdit()->toPlainText().contains(u"https://pay.targo.ca/enregistrer"_s));
        QVERIFY(dialog->sendButton()->isEnabled());
        // SMS: the mobile number instead, no subject.
        dialog->channelCombo()->setCurrentIndex(1);
        QCOMPARE(dialog->recipientEdit()->text(), u"+15145550100"_s);
        QVERIFY(dialog->subjectLabel()->isHidden());
        dialog->methodCombo()->setCurrentIndex(1);
        QVERIFY(dialog->previewEdit()->toPlainText().startsWith(u"Autorisez les débits préautorisés"_s));
        // A bad recipient: the send's own check, nothing sent.
        dialog->channelCombo()->setCurrentIndex(0);
        dialog->recipientEdit()->setText(u"elise-at-example"_s);
        emit dialog->recipientEdit()->textEdited(dialog->recipientEdit()->text());
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY(dialog->statusLabel()->text().contains(u"elise-at-example"_s));
        dialog->send();
        QVERIFY(api.links.isEmpty());
        dialog->recipientEdit()->setText(u"elise.t@example.com"_s);
        emit dialog->recipientEdit()->textEdited(dialog->recipientEdit()->text());
        QVERIFY(dialog->sendButton()->isEnabled());
        QVERIFY(test::saveScreenshot(*dialog, u"payment-methods-setup-link"_s));
        QSignalSpy sent(dialog, &SetupLinkDialog::sent);
        dialog->sendButton()->click();
        QVERIFY(sent.wait(5000));
        QCOMPARE(api.links.size(), 1);
        QCOMPARE(api.links[0].methodType, u"acss_debit"_s);
        QCOMPARE(api.links[0].channel, u"email"_s);
        QCOMPARE(api.links[0].recipient, u"elise.t@example.com"_s);
        QVERIFY(dialog->statusLabel()->text().contains(u"4321"_s));
        QVERIFY(!dialog->sendButton()->isEnabled());
        // The file lists it, waiting for the customer.
        QTRY_COMPARE(panel.pendingList()->topLevelItemCount(), 2);
        QVERIFY(panel.pendingList()->topLevelItem(0)->text(0).contains(u"elise.t@example.com"_s));
        dialog->close();
    }

    void liveChangesReadAgain()
    {
        FakePaymentMethodsApi api;
        api.view = customerView();
        live::ChangeFeed feed;
        feed.setCoalesceMs(0);
        PaymentMethodsPanel panel(&api, 7);
        panel.setChangeFeed(&feed);
        QSignalSpy loaded(&panel, &PaymentMethodsPanel::loaded);
        panel.show();
        QVERIFY(loaded.wait(5000));
        const int before = api.loads;
        // Another customer's row updated: not ours.
        feed.onNotification(u"ops_change"_s, u"{\"t\":\"customer_payment_methods\",\"op\":\"U\",\"ids\":[555]}"_s, 1);
        feed.flush();
        QTest::qWait(50);
        QCOMPARE(api.loads, before);
        // Stripe's setup_intent.succeeded: a new method inserted, the request updated.
        api.view.methods.append({60, u"card"_s, u"visa"_s, u"1881"_s, 8, 2030, false, QDateTime::currentDateTime(), 1});
        api.view.pending.clear();
        feed.onNotification(u"ops_change"_s, u"{\"t\":\"customer_payment_methods\",\"op\":\"I\",\"ids\":[60]}"_s, 1);
        feed.flush();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(panel.list()->topLevelItemCount(), 5);
        QVERIFY(panel.pendingList()->isHidden());
    }

    void customerFileTabFollowsTheApi()
    {
        test::FakeCustomerApi customers;
        customers::CustomerFile f;
        f.customer.id = 7;
        f.customer.code = u"CUST-00007"_s;
        f.customer.displayName = u"Élise Tremblay"_s;
        customers.files.insert(7, f);
        FakePaymentMethodsApi api;
        api.view = customerView();
        CustomerFileWidget file(&customers, 7);
        const int sections = file.sections()->count();
        file.setPaymentMethodsApi(&api);
        QVERIFY(file.paymentMethodsPanel());
        QCOMPARE(file.sections()->count(), sections + 1);
        QCOMPARE(file.sections()->tabText(sections), u"Payment methods"_s);
        file.setPaymentMethodsApi(nullptr);
        QVERIFY(!file.paymentMethodsPanel());
        QCOMPARE(file.sections()->count(), sections);
    }
};

QTEST_MAIN(TestPaymentMethodsPanel)
#include "TestPaymentMethodsPanel.moc"

// The Billing → Stripe tab on a fake StripeOpsApi: the five parts filled from one overview (models checked by
// QAbstractItemModelTester), the attempts of the selected run, the outcome filter asked of the API, F5 and
// Alt+E from the keyboard, the PPA and event buttons hidden when the API cannot do them (and working when it
// can), the tab hidden without the billing capability, and a screenshot to look at.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPromise>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include "core/common/Money.h"
#include "core/payments/PaymentApi.h"
#include "core/payments/StripeOpsApi.h"
#include "core/session/Capabilities.h"
#include "tests/support/Screenshot.h"
#include "ui/billing/BillingSection.h"
#include "ui/billing/PaymentListModel.h"
#include "ui/billing/PaymentListWidget.h"
#include "ui/billing/RefundDialog.h"
#include "ui/billing/StripeOpsWidget.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::payments;

namespace {

template <typename T> QFuture<T> ready(T value)
{
    QPromise<T> p;
    p.start();
    p.addResult(std::move(value));
    p.finish();
    return p.future();
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Qt::UTC);
}

class FakeStripeOpsApi : public StripeOpsApi
{
public:
    bool can = false;
    QStringList outcomes; // every overview() call's filter
    QList<qint64> attemptRuns;
    int applyCalls = 0;

    QFuture<Result<StripeOverview>> overview(const QString &eventOutcome) override
    {
        outcomes << eventOutcome;
        StripeOverview o;
        o.runs = {{12, QDate(2026, 12, 5), u"finished"_s, 3, 23985, 1, 1, 1, at(5, 13)},
            {11, QDate(2026, 11, 5), u"finished"_s, 1, 6995, 1, 0, 0, at(5, 13).addMonths(-1)}};
        o.events = {{u"evt_3"_s, at(6, 14), u"charge.dispute.created"_s, u"applied"_s, u"PAY-00042"_s, u"CUST-00007"_s,
                        u"dispute dp_1 on charge ch_1: needs_response"_s},
            {u"evt_2"_s, at(6, 13), u"payment_intent.succeeded"_s, u"applied"_s, u"PAY-00043"_s, u"CUST-00008"_s,
                u"INV-00101 paid"_s},
            {u"evt_1"_s, at(6, 12), u"charge.refunded"_s, u"unmatched"_s, QString(), QString(),
                u"no payment for charge ch_zz"_s}};
        if (!eventOutcome.isEmpty()) {
            QList<StripeEventRow> kept;
            for (const auto &e : o.events)
                if (e.outcome == eventOutcome)
                    kept << e;
            o.events = kept;
        }
        o.disputes = {
            {u"dp_1"_s, at(6, 14), u"PAY-00042"_s, u"CUST-00007"_s, 6995, u"fraudulent"_s, u"needs_response"_s}};
        o.pendingRefunds = {
            {5, at(6, 9), u"PAY-00040"_s, u"CUST-00005"_s, 1500, u"pending"_s, u"Panne de service"_s, QString()}};
        o.waitingSetups = {{9, at(4, 10), u"CUST-00009"_s, u"Élise Tremblay"_s, u"acss_debit"_s, u"sms"_s,
                               u"+14505550123"_s, u"sent"_s},
            {8, at(3, 10), u"CUST-00010"_s, u"John Smith"_s, u"card"_s, u"email"_s, u"john@example.com"_s, u"sent"_s}};
        return ready(Result<StripeOverview>(o));
    }

    QFuture<Result<QList<PpaAttemptRow>>> attempts(qint64 runId) override
    {
        attemptRuns << runId;
        QList<PpaAttemptRow> rows;
        if (runId == 12)
            rows = {{1, u"INV-00101"_s, u"CUST-00008"_s, u"Marc Roy"_s, 1, 6995, u"succeeded"_s, QString()},
                {2, u"INV-00102"_s, u"CUST-00011"_s, u"Anne Gagnon"_s, 1, 8995, u"processing"_s, QString()},
                {3, u"INV-00103"_s, u"CUST-00012"_s, u"Luc Côté"_s, 2, 7995, u"failed"_s,
                    u"card_declined: Your card has insufficient funds."_s}};
        else
            rows = {{4, u"INV-00090"_s, u"CUST-00008"_s, u"Marc Roy"_s, 1, 6995, u"succeeded"_s, QString()}};
        return ready(Result<QList<PpaAttemptRow>>(rows));
    }

    bool canRunPpa() const override { return can; }
    bool canApplyEvents() const override { return can; }
    QFuture<Result<int>> applyEvents() override
    {
        ++applyCalls;
        emit stripeChanged();
        return ready(Result<int>(4));
    }
};

// The Payments tab's API with refunds: a card payment (25.00 left), a cheque, a refunded card payment.
class FakeRefundApi : public PaymentApi
{
public:
    bool refunds = true;
    QList<RefundInput> asked;

    QFuture<Result<PaymentPage>> listPayments(const PaymentListFilter &, const PaymentCursor &, int) override
    {
        PaymentPage page;
        const auto row = [](qint64 id, const QString &method, const QString &status) {
            PaymentListRow r;
            r.id = id;
            r.code = u"PAY-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
            r.customerId = 7;
            r.customerCode = u"CUST-00007"_s;
            r.customerName = u"Élise Tremblay"_s;
            r.receivedAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC).addSecs(-3600 * id);
            r.amountCents = 6995;
            r.allocatedCents = 6995;
            r.method = method;
            r.status = status;
            return r;
        };
        page.rows = {
            row(1, u"card"_s, u"succeeded"_s), row(2, u"cheque"_s, u"succeeded"_s), row(3, u"card"_s, u"refunded"_s)};
        return ready(Result<PaymentPage>(page));
    }
    QFuture<Result<qint64>> exportPayments(
        const PaymentExportRequest &, std::shared_ptr<std::atomic<bool>>, std::shared_ptr<std::atomic<qint64>>) override
    {
        return ready(Result<qint64>(qint64(0)));
    }
    QFuture<Result<QList<CustomerChoice>>> findCustomers(const QString &) override
    {
        return ready(Result<QList<CustomerChoice>>(QList<CustomerChoice>()));
    }
    QFuture<Result<QList<OpenInvoice>>> openInvoices(qint64) override
    {
        return ready(Result<QList<OpenInvoice>>(QList<OpenInvoice>()));
    }
    QFuture<Result<PaymentResult>> record(const PaymentInput &) override
    {
        return ready(Result<PaymentResult>(Error::make(Error::Kind::Internal, u"not here"_s)));
    }
    QFuture<Result<PaymentResult>> reverse(qint64, const QString &) override
    {
        return ready(Result<PaymentResult>(Error::make(Error::Kind::Internal, u"not here"_s)));
    }
    // The allocation editor's calls (tests/ui/TestAllocationEditor covers them): not used by this tab's tests.
    QFuture<Result<PaymentAllocationState>> allocationState(qint64) override
    {
        return ready(Result<PaymentAllocationState>(Error::make(Error::Kind::NotFound, u"none"_s)));
    }
    QFuture<Result<PaymentResult>> reallocate(qint64, const QList<AllocationInput> &, int) override
    {
        return ready(Result<PaymentResult>(Error::make(Error::Kind::NotFound, u"none"_s)));
    }
    QFuture<Result<qint64>> creditCents(qint64) override { return ready(Result<qint64>(qint64(0))); }
    QFuture<Result<qint64>> applyCredit(qint64) override { return ready(Result<qint64>(qint64(0))); }
    bool canRefund() const override { return refunds; }
    QFuture<Result<qint64>> refundableCents(qint64 paymentId) override
    {
        return ready(Result<qint64>(paymentId == 1 ? qint64(2500) : qint64(0)));
    }
    QFuture<Result<RefundResult>> refund(const RefundInput &input) override
    {
        asked << input;
        RefundResult r;
        r.refundId = 1;
        r.paymentId = input.paymentId;
        r.paymentCode = u"PAY-00001"_s;
        r.amountCents = input.amountCents.value_or(0);
        r.status = u"pending"_s;
        return ready(Result<RefundResult>(r));
    }
};

Capabilities clerk(bool billing)
{
    Capabilities c;
    c.known = true;
    c.role = u"clerk"_s;
    c.group = u"billing"_s;
    c.billing = billing;
    return c;
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).format(QLocale());
}

} // namespace

class TestStripeTab : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryPartAndTheAttemptsOfTheSelectedRun()
    {
        FakeStripeOpsApi api;
        BillingSection section(nullptr);
        section.attach(nullptr, nullptr);
        section.attachStripe(&api);
        section.setCapabilities(clerk(true));
        section.resize(1200, 640);
        section.show();
        StripeOpsWidget *w = section.stripe();
        QVERIFY(section.tabs()->isTabVisible(section.tabs()->indexOf(w)));
        section.tabs()->setCurrentWidget(w);
        QTRY_COMPARE(api.outcomes.size(), 1);
        for (QTableView *view :
            {w->runsView(), w->attemptsView(), w->eventsView(), w->disputesView(), w->refundsView(), w->setupsView()})
            new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, view);

        // The runs, newest first, the first selected and its attempts shown.
        QTRY_COMPARE(w->runsView()->model()->rowCount(), 2);
        const QAbstractItemModel *runs = w->runsView()->model();
        QCOMPARE(runs->index(0, 0).data().toString(), QLocale().toString(QDate(2026, 12, 5), u"yyyy-MM-dd"_s));
        QCOMPARE(runs->index(0, 3).data().toString(), money(23985));
        QCOMPARE(runs->index(0, 4).data().toString(), u"1"_s);
        QCOMPARE(runs->index(0, 6).data().toString(), u"1"_s);
        QVERIFY(runs->index(0, 3).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QTRY_COMPARE(w->attemptsView()->model()->rowCount(), 3);
        QCOMPARE(api.attemptRuns.last(), qint64(12));
        const QAbstractItemModel *attempts = w->attemptsView()->model();
        QCOMPARE(attempts->index(2, 0).data().toString(), u"INV-00103"_s);
        QCOMPARE(attempts->index(2, 4).data().toString(), money(7995));
        QCOMPARE(attempts->index(2, 6).data().toString(), u"card_declined: Your card has insufficient funds."_s);

        // Down in the runs: the other run's attempts.
        w->runsView()->setFocus();
        QTest::keyClick(w->runsView(), Qt::Key_Down);
        QTRY_COMPARE(api.attemptRuns.last(), qint64(11));
        QTRY_COMPARE(w->attemptsView()->model()->rowCount(), 1);
        QCOMPARE(w->attemptsView()->model()->index(0, 0).data().toString(), u"INV-00090"_s);

        // The other parts.
        QCOMPARE(w->eventsView()->model()->rowCount(), 3);
        QCOMPARE(w->eventsView()->model()->index(0, 1).data().toString(), u"charge.dispute.created"_s);
        QCOMPARE(w->eventsView()->model()->index(0, 3).data().toString(), u"PAY-00042"_s);
        QCOMPARE(w->disputesView()->model()->rowCount(), 1);
        QCOMPARE(w->disputesView()->model()->index(0, 4).data().toString(), money(6995));
        QCOMPARE(w->refundsView()->model()->rowCount(), 1);
        QCOMPARE(w->refundsView()->model()->index(0, 5).data().toString(), u"Panne de service"_s);
        QCOMPARE(w->setupsView()->model()->rowCount(), 2);
        QCOMPARE(w->setupsView()->model()->index(0, 5).data().toString(), u"+14505550123"_s);
        QVERIFY(w->sections()->tabText(3).contains(u"(1)"_s));
        QVERIFY(w->sections()->tabText(4).contains(u"(2)"_s));

        // The buttons the API cannot back are not there.
        QVERIFY(!w->runPpaButton()->isVisible());
        QVERIFY(!w->applyEventsButton()->isVisible());

        // Alt+E: the events; the outcome filter asks the API again with that outcome.
        QTest::keyClick(w->runsView(), Qt::Key_E, Qt::AltModifier);
        QCOMPARE(w->sections()->currentIndex(), 1);
        w->outcomeFilter()->setCurrentIndex(w->outcomeFilter()->findData(u"unmatched"_s));
        QTRY_COMPARE(api.outcomes.last(), u"unmatched"_s);
        QTRY_COMPARE(w->eventsView()->model()->rowCount(), 1);
        QCOMPARE(w->eventsView()->model()->index(0, 5).data().toString(), u"no payment for charge ch_zz"_s);

        // F5 reads everything again.
        const int before = int(api.outcomes.size());
        w->eventsView()->setFocus();
        QTest::keyClick(w->eventsView(), Qt::Key_F5);
        QTRY_COMPARE(api.outcomes.size(), before + 1);

        w->outcomeFilter()->setCurrentIndex(0);
        QTRY_COMPARE(w->eventsView()->model()->rowCount(), 3);
        (void)test::saveScreenshot(section, u"billing-stripe-events"_s);
        w->sections()->setCurrentIndex(0);
        w->runsView()->setCurrentIndex(w->runsView()->model()->index(0, 0));
        QTRY_COMPARE(w->attemptsView()->model()->rowCount(), 3);
        (void)test::saveScreenshot(section, u"billing-stripe"_s);
    }

    void actionsShowOnlyWhenTheApiCanDoThem()
    {
        FakeStripeOpsApi api;
        api.can = true;
        StripeOpsWidget w;
        w.setApi(&api);
        w.show();
        QVERIFY(w.runPpaButton()->isVisible());
        QVERIFY(w.applyEventsButton()->isVisible());
        QTRY_COMPARE(api.outcomes.size(), 1);
        QTest::mouseClick(w.applyEventsButton(), Qt::LeftButton);
        QCOMPARE(api.applyCalls, 1);
        QTRY_VERIFY(api.outcomes.size() >= 2); // stripeChanged and the answer both reload
        w.setApi(nullptr);
        QVERIFY(!w.runPpaButton()->isVisible());
        QCOMPARE(w.runsView()->model()->rowCount(), 0);
    }

    void refundFromThePaymentsTab()
    {
        FakeRefundApi api;
        PaymentListWidget list;
        list.setApi(&api);
        list.setAllowed(true);
        list.resize(1100, 500);
        list.show();
        QTRY_COMPARE(list.model()->rowCount(), 3);
        QVERIFY(list.refundButton()->isVisible());
        // Only a succeeded card or debit payment is refunded.
        list.view()->setCurrentIndex(list.model()->index(1, 0));
        QVERIFY(!list.refundButton()->isEnabled());
        QVERIFY(!list.refundSelected());
        list.view()->setCurrentIndex(list.model()->index(2, 0));
        QVERIFY(!list.refundButton()->isEnabled());
        list.view()->setCurrentIndex(list.model()->index(0, 0));
        QVERIFY(list.refundButton()->isEnabled());

        RefundDialog *dialog = list.refundSelected();
        QVERIFY(dialog);
        QPointer<RefundDialog> guard(dialog);
        QTRY_COMPARE(dialog->leftCents(), qint64(2500));
        QCOMPARE(dialog->amountEdit()->text(), u"25.00"_s); // all that is left
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no reason yet
        QTRY_VERIFY(dialog->reasonEdit()->hasFocus());
        QTest::keyClicks(dialog->reasonEdit(), u"Billed twice"_s);
        QVERIFY(ok->isEnabled());
        dialog->amountEdit()->setText(u"30.00"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->errorLabel()->isVisible());
        dialog->amountEdit()->setText(u"10.00"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog->errorLabel()->isVisible());
        dialog->adjustSize();
        (void)test::saveScreenshot(*dialog, u"billing-refund-dialog"_s);
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        QCOMPARE(api.asked.size(), 1);
        QCOMPARE(api.asked.at(0).paymentId, qint64(1));
        QCOMPARE(api.asked.at(0).amountCents.value_or(0), qint64(1000));
        QCOMPARE(api.asked.at(0).reason, u"Billed twice"_s);
        QTRY_VERIFY(guard.isNull()); // closed
        QVERIFY(list.banner()->isVisible());

        // Without refunds in the API, no button.
        api.refunds = false;
        list.setApi(&api);
        QVERIFY(!list.refundButton()->isVisible());
        QVERIFY(!list.refundSelected());
    }

    void hiddenWithoutTheBillingCapability()
    {
        FakeStripeOpsApi api;
        BillingSection section(nullptr);
        section.attachStripe(&api);
        section.setCapabilities(clerk(false));
        QVERIFY(!section.tabs()->isTabVisible(section.tabs()->indexOf(section.stripe())));
        section.setCapabilities(clerk(true));
        QVERIFY(section.tabs()->isTabVisible(section.tabs()->indexOf(section.stripe())));
        section.attachStripe(nullptr);
        QVERIFY(!section.tabs()->isTabVisible(section.tabs()->indexOf(section.stripe())));
    }
};

QTEST_MAIN(TestStripeTab)
#include "TestStripeTab.moc"

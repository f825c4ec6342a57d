// The Payments tab and the payment entry dialog on a fake PaymentApi: the list model (QAbstractItemModelTester, keyset
// pages appended, filters passed through), the allocation editor (oldest-first proposal, edits capped at the open
// amount), the keyboard flow of a new payment (search, Down, Enter, amount, Ctrl+Enter) with the proposal left to
// the database or edited by hand, refusals shown in the dialog, the reversal's reason, and the tab in the Billing
// section. Screenshots: payments-list, payment-entry.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include "core/payments/PaymentApi.h"
#include "tests/support/Screenshot.h"
#include "ui/billing/AllocationModel.h"
#include "ui/billing/BillingSection.h"
#include "ui/billing/PaymentEntryDialog.h"
#include "ui/billing/PaymentListModel.h"
#include "ui/billing/PaymentListWidget.h"
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

// Answers at once and records what it was asked.
class FakePaymentApi : public PaymentApi
{
public:
    QList<PaymentListRow> payments;
    QList<PaymentListFilter> filters;
    QList<PaymentInput> recorded;
    QList<QPair<qint64, QString>> reversed;
    QList<QString> searches;
    std::optional<Error> refuse; // the next record() fails with it

    FakePaymentApi()
    {
        // 450 payments, newest first; every fifth reversed.
        for (int i = 0; i < 450; ++i) {
            PaymentListRow r;
            r.id = 5000 - i;
            r.code = u"PAY-%1"_s.arg(r.id, 5, 10, QLatin1Char('0'));
            r.customerId = 10 + i % 7;
            r.customerCode = u"CUST-%1"_s.arg(r.customerId, 5, 10, QLatin1Char('0'));
            r.customerName = u"Client %1"_s.arg(r.customerId);
            r.receivedAt = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC).addSecs(-3600LL * i);
            r.amountCents = 8995 + i;
            r.allocatedCents = i % 3 ? r.amountCents : 0;
            r.method = PaymentListModel::methodKeys().at(i % 5);
            r.reference = i % 2 ? u"CHQ %1"_s.arg(100 + i) : QString();
            r.status = i % 5 == 4 ? u"reversed"_s : u"succeeded"_s;
            r.reversalReason = i % 5 == 4 ? u"NSF"_s : QString();
            payments.push_back(r);
        }
    }

    QFuture<Result<PaymentPage>> listPayments(
        const PaymentListFilter &filter, const PaymentCursor &after, int limit) override
    {
        filters.push_back(filter);
        PaymentPage page;
        int start = 0;
        if (!after.isNull()) {
            while (start < payments.size() && payments.at(start).id != after.id)
                ++start;
            ++start;
        }
        int last = start;
        for (int i = start; i < payments.size() && page.rows.size() < limit; ++i) {
            if (!filter.method.isEmpty() && payments.at(i).method != filter.method)
                continue;
            page.rows.push_back(payments.at(i));
            last = i;
        }
        if (page.rows.size() == limit && last + 1 < payments.size())
            page.next = {page.rows.last().receivedAt, page.rows.last().id};
        return ready(Result<PaymentPage>(page));
    }
    QFuture<Result<qint64>> exportPayments(
        const PaymentExportRequest &, std::shared_ptr<std::atomic<bool>>, std::shared_ptr<std::atomic<qint64>>) override
    {
        return ready(Result<qint64>(qint64(payments.size())));
    }
    QFuture<Result<QList<CustomerChoice>>> findCustomers(const QString &text) override
    {
        searches.push_back(text);
        QList<CustomerChoice> out;
        if (text.contains(u"trem"_s, Qt::CaseInsensitive)) {
            out.push_back({42, u"CUST-00042"_s, u"Élise Tremblay"_s, u"12 rue Labelle, Saint-Jérôme"_s});
            out.push_back({43, u"CUST-00043"_s, u"Marc Tremblay"_s, u"3 rue Principale, Mirabel"_s});
        }
        return ready(Result<QList<CustomerChoice>>(out));
    }
    QFuture<Result<QList<OpenInvoice>>> openInvoices(qint64 customerId) override
    {
        QList<OpenInvoice> out;
        if (customerId == 42) {
            out.push_back({1, u"INV-00001"_s, QDate(2026, 10, 1), QDate(2026, 10, 31), 1000, 0, 1000});
            out.push_back({2, u"INV-00002"_s, QDate(2026, 11, 1), QDate(2026, 11, 30), 2000, 500, 1500});
            out.push_back({3, u"INV-00003"_s, QDate(2026, 12, 1), QDate(2026, 12, 31), 3000, 0, 3000});
        }
        return ready(Result<QList<OpenInvoice>>(out));
    }
    QFuture<Result<PaymentResult>> record(const PaymentInput &input) override
    {
        recorded.push_back(input);
        if (refuse) {
            const Error e = *refuse;
            refuse.reset();
            return ready(Result<PaymentResult>(e));
        }
        PaymentResult r;
        r.id = 9001;
        r.code = u"PAY-09001"_s;
        r.customerId = input.customerId;
        r.customerCode = u"CUST-00042"_s;
        r.amountCents = input.amountCents;
        r.allocatedCents = qMin<qint64>(input.amountCents, 5500);
        r.status = u"succeeded"_s;
        emit paymentsChanged();
        return ready(Result<PaymentResult>(r));
    }
    QFuture<Result<PaymentResult>> reverse(qint64 paymentId, const QString &reason) override
    {
        reversed.push_back({paymentId, reason});
        PaymentResult r;
        r.id = paymentId;
        r.code = u"PAY-%1"_s.arg(paymentId, 5, 10, QLatin1Char('0'));
        r.status = u"reversed"_s;
        r.allocations = {{1, u"INV-00001"_s, 1000}};
        emit paymentsChanged();
        return ready(Result<PaymentResult>(r));
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
};

} // namespace

class TestPaymentsTab : public QObject
{
    Q_OBJECT

private slots:
    void listModelPagesAndFilters()
    {
        FakePaymentApi api;
        PaymentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(200);
        model.setApi(&api);
        QTRY_COMPARE(model.rowCount(), 200);
        QVERIFY(model.hasMore());
        model.loadMore();
        QTRY_COMPARE(model.rowCount(), 400);
        model.loadMore();
        QTRY_COMPARE(model.rowCount(), 450);
        QVERIFY(!model.hasMore());
        QCOMPARE(model.index(0, PaymentListModel::Code).data().toString(), u"PAY-05000"_s);
        QCOMPARE(
            model.index(4, PaymentListModel::Status).data(PaymentListModel::StatusKeyRole).toString(), u"reversed"_s);
        QCOMPARE(model.index(4, PaymentListModel::Status).data(Qt::ToolTipRole).toString(), u"Reversed: NSF"_s);
        QCOMPARE(model.index(0, PaymentListModel::Amount).data(PaymentListModel::SortRole).toLongLong(), 8995);
        PaymentListFilter f;
        f.method = u"cheque"_s;
        model.setFilter(f);
        QTRY_COMPARE(model.rowCount(), 90);
        QCOMPARE(api.filters.last().method, u"cheque"_s);
    }

    void allocationModelProposesAndCaps()
    {
        FakePaymentApi api;
        AllocationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto open = api.openInvoices(42).result().value();
        model.setInvoices(open);
        model.proposeFor(2000);
        QCOMPARE(model.allocations(), (QList<AllocationInput>{{1, 1000}, {2, 1000}}));
        QVERIFY(!model.isEdited());
        // An edit above the open amount is capped at it; a comma is a decimal point.
        QVERIFY(model.setData(model.index(2, AllocationModel::Allocate), u"45,00"_s));
        QCOMPARE(model.index(2, AllocationModel::Allocate).data(AllocationModel::CentsRole).toLongLong(), 3000);
        QVERIFY(model.setData(model.index(0, AllocationModel::Allocate), u""_s));
        QVERIFY(!model.setData(model.index(1, AllocationModel::Allocate), u"abc"_s));
        QVERIFY(!model.setData(model.index(1, AllocationModel::Open), u"1"_s));
        QVERIFY(model.isEdited());
        QCOMPARE(model.allocations(), (QList<AllocationInput>{{2, 1000}, {3, 3000}}));
        QCOMPARE(model.allocatedCents(), 4000);
    }

    void newPaymentByKeyboard()
    {
        FakePaymentApi api;
        PaymentEntryDialog dialog(&api);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.customerSearch()->setFocus();
        QTest::keyClicks(dialog.customerSearch(), u"trem"_s);
        QTRY_VERIFY(dialog.customerResults()->isVisible());
        QCOMPARE(dialog.customerResults()->count(), 2);
        QTest::keyClick(dialog.customerSearch(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), dialog.customerResults());
        QTest::keyClick(dialog.customerResults(), Qt::Key_Return);
        QCOMPARE(dialog.customerId(), 42);
        QVERIFY(dialog.customerLabel()->text().contains(u"Élise Tremblay"_s));
        QCOMPARE(QApplication::focusWidget(), dialog.amountEdit());
        QTest::keyClicks(dialog.amountEdit(), u"25,00"_s);
        QTRY_COMPARE(dialog.allocationModel()->rowCount(), 3);
        QCOMPARE(dialog.allocationModel()->allocations(), (QList<AllocationInput>{{1, 1000}, {2, 1500}}));
        QVERIFY2(dialog.summaryLabel()->text().contains(u"25.00"_s), qPrintable(dialog.summaryLabel()->text()));
        dialog.methodCombo()->setCurrentIndex(dialog.methodCombo()->findData(u"etransfer"_s));
        QTest::keyClicks(dialog.referenceEdit(), u"REF 77"_s);
        (void)test::saveScreenshot(dialog, u"payment-entry"_s);
        QSignalSpy recorded(&dialog, &PaymentEntryDialog::recorded);
        QTest::keyClick(dialog.referenceEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(recorded.count(), 1);
        QCOMPARE(api.recorded.size(), 1);
        const PaymentInput &in = api.recorded.first();
        QCOMPARE(in.customerId, 42);
        QCOMPARE(in.amountCents, 2500);
        QCOMPARE(in.method, u"etransfer"_s);
        QCOMPARE(in.reference, u"REF 77"_s);
        QCOMPARE(in.receivedOn, QDate::currentDate());
        QVERIFY(!in.manualAllocation); // the proposal untouched: the database allocates oldest first
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void editedAllocationIsSentAndRefusalsShown()
    {
        FakePaymentApi api;
        PaymentEntryDialog dialog(&api);
        dialog.show();
        // Nothing chosen: refused in the dialog, nothing sent.
        dialog.save();
        QVERIFY(dialog.banner()->isVisible());
        QCOMPARE(api.recorded.size(), 0);
        dialog.chooseCustomer({42, u"CUST-00042"_s, u"Élise Tremblay"_s, QString()});
        QTRY_COMPARE(dialog.allocationModel()->rowCount(), 3);
        dialog.amountEdit()->setText(u"0"_s);
        dialog.save();
        QCOMPARE(api.recorded.size(), 0);
        dialog.amountEdit()->setText(u"50.00"_s);
        QVERIFY(dialog.allocationModel()->setData(dialog.allocationModel()->index(0, AllocationModel::Allocate), 0));
        QVERIFY(dialog.allocationModel()->setData(
            dialog.allocationModel()->index(2, AllocationModel::Allocate), qint64(2500)));
        // The database refuses (another workstation paid meanwhile): the message stays in the dialog.
        api.refuse = Error::make(Error::Kind::Validation, u"2500 cents to invoice INV-00003 is above what is open."_s);
        dialog.save();
        QTRY_COMPARE(api.recorded.size(), 1);
        QVERIFY(api.recorded.first().manualAllocation);
        QCOMPARE(api.recorded.first().allocations, (QList<AllocationInput>{{2, 1500}, {3, 2500}}));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.banner()->isVisible());
        // Allocations above the payment: refused before sending.
        dialog.amountEdit()->setText(u"50.00"_s); // the proposal comes back (not edited any more)
        QVERIFY(dialog.allocationModel()->setData(
            dialog.allocationModel()->index(2, AllocationModel::Allocate), qint64(3000)));
        dialog.amountEdit()->blockSignals(true);
        dialog.amountEdit()->setText(u"10.00"_s);
        dialog.amountEdit()->blockSignals(false);
        dialog.save();
        QCOMPARE(api.recorded.size(), 1);
    }

    void tabListsReversesAndOpensTheDialog()
    {
        FakePaymentApi api;
        BillingSection section(nullptr);
        section.resize(1200, 700);
        section.attachPayments(&api);
        section.show();
        section.showPayments();
        QVERIFY(QTest::qWaitForWindowActive(&section));
        QCOMPARE(section.tabs()->currentWidget(), section.payments());
        PaymentListWidget *list = section.payments();
        QTRY_VERIFY(list->model()->rowCount() >= 200);
        (void)test::saveScreenshot(section, u"payments-list"_s);
        // Filters pass through.
        list->methodCombo()->setCurrentIndex(list->methodCombo()->findData(u"cash"_s));
        list->applyFilter();
        QTRY_COMPARE(api.filters.last().method, u"cash"_s);
        list->methodCombo()->setCurrentIndex(0);
        list->applyFilter();
        QTRY_VERIFY(list->model()->rowCount() >= 200);
        // A reversed payment cannot be reversed again; a received one asks for the reason.
        list->view()->setCurrentIndex(list->model()->index(4, 0));
        QVERIFY(!list->reverseButton()->isEnabled());
        QVERIFY(list->reverseSelected() == nullptr);
        list->view()->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(list->reverseButton()->isEnabled());
        QInputDialog *ask = list->reverseSelected();
        QVERIFY(ask);
        ask->setTextValue(u"Chèque sans provision"_s);
        ask->accept();
        QTRY_COMPARE(api.reversed.size(), 1);
        QCOMPARE(api.reversed.first().first, 4999);
        QCOMPARE(api.reversed.first().second, u"Chèque sans provision"_s);
        QTRY_VERIFY(list->banner()->isVisible());
        // Ctrl+N opens the entry dialog with the focus in the customer search.
        QTRY_VERIFY(!list->findChild<QInputDialog *>());
        section.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&section));
        list->view()->setFocus();
        QTest::keyClick(list->view(), Qt::Key_N, Qt::ControlModifier);
        PaymentEntryDialog *dialog = list->findChild<PaymentEntryDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        // Without the billing capability nothing can be entered.
        list->setAllowed(false);
        QVERIFY(!list->newButton()->isEnabled());
        QVERIFY(list->newPayment() == nullptr);
    }
};

QTEST_MAIN(TestPaymentsTab)
#include "TestPaymentsTab.moc"

// The allocation editor and "Apply credit" on a fake PaymentApi: the model started from the payment's allocation
// (QAbstractItemModelTester), the keyboard flow (type an amount, Ctrl+Enter saves what was typed with the version read,
// Esc cancels and sends nothing), "Oldest first", the credit left shown live, a conflict shown inline with "Reload",
// a refusal translated in the dialog, a reversed payment (no editor), and the Payments tab's two actions (Ctrl+L, the
// credit read for the selected payment's customer). Screenshot: allocation-editor.
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include "core/payments/PaymentApi.h"
#include "tests/support/Await.h"
#include "tests/support/Screenshot.h"
#include "ui/billing/AllocationEditDialog.h"
#include "ui/billing/AllocationModel.h"
#include "ui/billing/PaymentListModel.h"
#include "ui/billing/PaymentListWidget.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::payments;

namespace {

using test::ready;

struct Reallocation
{
    qint64 paymentId = 0;
    QList<AllocationInput> allocations;
    int version = 0;
};

// PAY-00077 (CUST-00042, 2500.00 $ cheque, version 4) holds 1000 on INV-00001 and 500 on INV-00002; INV-00003 is
// open. PAY-00078 is reversed. CUST-00042 has 1000 of credit elsewhere.
class FakeAllocationApi : public PaymentApi
{
public:
    QList<Reallocation> reallocations;
    QList<qint64> creditApplied;
    QList<qint64> creditAsked;
    std::optional<Error> refuse; // the next reallocate() fails with it
    qint64 credit = 100000;

    QFuture<Result<PaymentPage>> listPayments(const PaymentListFilter &, const PaymentCursor &, int) override
    {
        PaymentPage page;
        for (int i = 0; i < 2; ++i) {
            PaymentListRow r;
            r.id = 77 + i;
            r.code = u"PAY-%1"_s.arg(r.id, 5, 10, QLatin1Char('0'));
            r.customerId = 42 + i;
            r.customerCode = u"CUST-%1"_s.arg(r.customerId, 5, 10, QLatin1Char('0'));
            r.customerName = i == 0 ? u"Élise Tremblay"_s : u"Marc Roy"_s;
            r.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
            r.amountCents = 250000;
            r.allocatedCents = i == 0 ? 150000 : 0;
            r.method = u"cheque"_s;
            r.status = i == 0 ? u"succeeded"_s : u"reversed"_s;
            page.rows.push_back(r);
        }
        return ready(Result<PaymentPage>(page));
    }
    QFuture<Result<qint64>> exportPayments(
        const PaymentExportRequest &, std::shared_ptr<std::atomic<bool>>, std::shared_ptr<std::atomic<qint64>>) override
    {
        return ready(Result<qint64>(qint64(0)));
    }
    QFuture<Result<QList<CustomerChoice>>> findCustomers(const QString &) override
    {
        return ready(Result<QList<CustomerChoice>>(QList<CustomerChoice>{}));
    }
    QFuture<Result<QList<OpenInvoice>>> openInvoices(qint64) override
    {
        return ready(Result<QList<OpenInvoice>>(QList<OpenInvoice>{}));
    }
    QFuture<Result<PaymentResult>> record(const PaymentInput &) override
    {
        return ready(Result<PaymentResult>(Error::make(Error::Kind::Internal, u"unused"_s)));
    }
    QFuture<Result<PaymentResult>> reverse(qint64, const QString &) override
    {
        return ready(Result<PaymentResult>(Error::make(Error::Kind::Internal, u"unused"_s)));
    }
    QFuture<Result<PaymentAllocationState>> allocationState(qint64 paymentId) override
    {
        if (paymentId != 77)
            return ready(Result<PaymentAllocationState>(Error::make(Error::Kind::NotFound, u"No such payment."_s)));
        PaymentAllocationState st;
        st.paymentId = 77;
        st.paymentCode = u"PAY-00077"_s;
        st.customerId = 42;
        st.customerCode = u"CUST-00042"_s;
        st.customerName = u"Élise Tremblay"_s;
        st.status = u"succeeded"_s;
        st.method = u"cheque"_s;
        st.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        st.amountCents = 250000;
        st.allocatableCents = 250000;
        st.version = 4 + int(reallocations.size());
        // Open counts what this payment holds: INV-00001 is paid by it (100000), INV-00002 half (50000 + 50000 open).
        st.invoices = {{1, u"INV-00001"_s, QDate(2026, 9, 1), QDate(2026, 9, 30), 100000, 100000, 100000},
            {2, u"INV-00002"_s, QDate(2026, 10, 1), QDate(2026, 10, 31), 100000, 50000, 100000},
            {3, u"INV-00003"_s, QDate(2026, 11, 1), QDate(2026, 11, 30), 120000, 0, 120000}};
        st.allocations = {{1, 100000}, {2, 50000}};
        st.customerCreditCents = credit + 100000;
        return ready(Result<PaymentAllocationState>(st));
    }
    QFuture<Result<PaymentResult>> reallocate(
        qint64 paymentId, const QList<AllocationInput> &allocations, int expectedVersion) override
    {
        reallocations.push_back({paymentId, allocations, expectedVersion});
        if (refuse) {
            const Error e = *refuse;
            refuse.reset();
            return ready(Result<PaymentResult>(e));
        }
        PaymentResult r;
        r.id = paymentId;
        r.code = u"PAY-00077"_s;
        for (const AllocationInput &a : allocations) {
            r.allocations.push_back(
                {a.invoiceId, u"INV-%1"_s.arg(a.invoiceId, 5, 10, QLatin1Char('0')), a.amountCents});
            r.allocatedCents += a.amountCents;
        }
        r.creditCents = credit + 250000 - r.allocatedCents;
        emit paymentsChanged();
        return ready(Result<PaymentResult>(r));
    }
    QFuture<Result<qint64>> creditCents(qint64 customerId) override
    {
        creditAsked.push_back(customerId);
        return ready(Result<qint64>(customerId == 42 ? credit : qint64(0)));
    }
    QFuture<Result<qint64>> applyCredit(qint64 customerId) override
    {
        creditApplied.push_back(customerId);
        const qint64 moved = credit;
        credit = 0;
        emit paymentsChanged();
        return ready(Result<qint64>(moved));
    }
};

void typeInto(QTableView *view, int row, const QString &text)
{
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(view->model()->index(row, AllocationModel::Allocate));
    QTest::keyClicks(view, text.left(1)); // AnyKeyPressed: the first key opens the editor with it
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on Return through a queued call
}

} // namespace

class TestAllocationEditor : public QObject
{
    Q_OBJECT

private slots:
    void modelStartsFromTheAllocation()
    {
        FakeAllocationApi api;
        AllocationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto st = api.allocationState(77).result().value();
        model.setAllocation(st.invoices, st.allocations);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.allocations(), st.allocations);
        QVERIFY(!model.isEdited());
        QCOMPARE(model.index(1, AllocationModel::Open).data(AllocationModel::CentsRole).toLongLong(), 100000);
        // Capped at what is open counting what the payment holds.
        QVERIFY(model.setData(model.index(2, AllocationModel::Allocate), u"1500"_s));
        QCOMPARE(model.index(2, AllocationModel::Allocate).data(AllocationModel::CentsRole).toLongLong(), 120000);
        QVERIFY(model.isEdited());
    }

    void keyboardFlowSavesWithTheVersionRead()
    {
        FakeAllocationApi api;
        AllocationEditDialog dialog(&api, 77);
        QSignalSpy done(&dialog, &AllocationEditDialog::reallocated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isLoaded());
        QVERIFY(dialog.headerLabel()->text().contains(u"PAY-00077"_s));
        QVERIFY(dialog.headerLabel()->text().contains(u"CUST-00042"_s));
        QCOMPARE(dialog.summaryLabel()->text(), u"Allocated: $1,500.00 · left as the customer's credit: $1,000.00"_s);
        // Move INV-00001's money to INV-00003 by typing.
        typeInto(dialog.allocationView(), 0, u"0"_s);
        typeInto(dialog.allocationView(), 2, u"1000,00"_s);
        QCOMPARE(dialog.summaryLabel()->text(), u"Allocated: $1,500.00 · left as the customer's credit: $1,000.00"_s);
        typeInto(dialog.allocationView(), 1, u"200"_s);
        QCOMPARE(dialog.summaryLabel()->text(), u"Allocated: $1,200.00 · left as the customer's credit: $1,300.00"_s);
        QVERIFY(test::saveScreenshot(dialog, u"allocation-editor"_s));
        QTest::keyClick(dialog.allocationView(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(api.reallocations.size(), 1);
        QCOMPARE(api.reallocations.at(0).paymentId, 77);
        QCOMPARE(api.reallocations.at(0).version, 4);
        QCOMPARE(api.reallocations.at(0).allocations, (QList<AllocationInput>{{2, 20000}, {3, 100000}}));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void oldestFirstAndEscape()
    {
        FakeAllocationApi api;
        AllocationEditDialog dialog(&api, 77);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_VERIFY(dialog.isLoaded());
        typeInto(dialog.allocationView(), 0, u"0"_s);
        QTest::keyClick(dialog.allocationView(), Qt::Key_O, Qt::AltModifier);
        // 2500.00: INV-00001 1000, INV-00002 1000, INV-00003 500.
        QCOMPARE(
            dialog.allocationModel()->allocations(), (QList<AllocationInput>{{1, 100000}, {2, 100000}, {3, 50000}}));
        QCOMPARE(dialog.summaryLabel()->text(), u"Allocated: $2,500.00 · left as the customer's credit: $0.00"_s);
        QTest::keyClick(dialog.allocationView(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(api.reallocations.isEmpty());
    }

    void refusalsShowInTheDialog()
    {
        FakeAllocationApi api;
        AllocationEditDialog dialog(&api, 77);
        QSignalSpy done(&dialog, &AllocationEditDialog::reallocated);
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        // Above the payment: refused before asking.
        typeInto(dialog.allocationView(), 2, u"1200"_s);
        QCOMPARE(dialog.summaryLabel()->text(), u"The allocations ($2,700.00) are above the payment ($2,500.00)."_s);
        dialog.save();
        QVERIFY(api.reallocations.isEmpty());
        QCOMPARE(dialog.banner()->level(), MessageBanner::Level::Warning);
        typeInto(dialog.allocationView(), 2, u"0"_s);
        // Someone changed the payment meanwhile: shown, with Reload that reads the new version.
        api.refuse = Error::make(Error::Kind::Conflict, u"Payment PAY-00077 was changed by someone else meanwhile."_s);
        dialog.save();
        QTRY_COMPARE(dialog.banner()->level(), MessageBanner::Level::Error);
        QVERIFY(dialog.banner()->isVisible());
        QVERIFY(dialog.banner()->text().contains(u"changed by someone else"_s));
        QCOMPARE(done.count(), 0);
        QVERIFY(dialog.isVisible());
        QAbstractButton *reload = nullptr;
        for (QAbstractButton *b : dialog.banner()->findChildren<QAbstractButton *>()) {
            if (b->text() == u"Reload"_s)
                reload = b;
        }
        QVERIFY(reload);
        reload->click();
        QTRY_VERIFY(dialog.isLoaded());
        QCOMPARE(dialog.state().version, 5); // the fake counts one change per call
        QCOMPARE(dialog.allocationModel()->allocations(), (QList<AllocationInput>{{1, 100000}, {2, 50000}}));
        dialog.save();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(api.reallocations.last().version, 5);
    }

    void unknownPaymentShowsTheError()
    {
        FakeAllocationApi api;
        AllocationEditDialog dialog(&api, 999);
        dialog.show();
        QTRY_VERIFY(dialog.banner()->isVisible());
        QCOMPARE(dialog.banner()->text(), u"No such payment."_s);
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.save();
        QVERIFY(api.reallocations.isEmpty());
    }

    void paymentsTabActions()
    {
        FakeAllocationApi api;
        PaymentListWidget w;
        w.setApi(&api);
        w.resize(1200, 400);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.model()->rowCount(), 2);
        QVERIFY(!w.allocateButton()->isEnabled());
        QVERIFY(!w.applyCreditButton()->isEnabled());
        // The reversed payment: neither action.
        w.view()->setCurrentIndex(w.model()->index(1, 0));
        QTRY_VERIFY(api.creditAsked.contains(43));
        QVERIFY(!w.allocateButton()->isEnabled());
        QVERIFY(!w.applyCreditButton()->isEnabled());
        QVERIFY(!w.editAllocation());
        // PAY-00077: its customer has 1000.00 of credit.
        w.view()->setCurrentIndex(w.model()->index(0, 0));
        QVERIFY(w.allocateButton()->isEnabled());
        QTRY_VERIFY(w.applyCreditButton()->isEnabled());
        QCOMPARE(w.applyCreditButton()->text(), u"Apply &credit ($1,000.00)"_s);
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_L, Qt::ControlModifier);
        auto *dialog = w.findChild<AllocationEditDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isLoaded());
        dialog->save();
        QTRY_VERIFY(w.banner()->isVisible());
        QCOMPARE(w.banner()->level(), MessageBanner::Level::Success);
        QVERIFY2(w.banner()->text().contains(u"PAY-00077 now pays 2 invoice(s)"_s), qPrintable(w.banner()->text()));
        // Apply credit (the list reloaded): asked for CUST-00042, the result told, then nothing left to apply.
        QTRY_COMPARE(w.model()->rowCount(), 2);
        w.view()->setCurrentIndex(w.model()->index(0, 0));
        QTRY_VERIFY(w.applyCreditButton()->isEnabled());
        w.applyCreditButton()->click();
        QCOMPARE(api.creditApplied, QList<qint64>{42});
        QTRY_VERIFY(w.banner()->text().contains(u"CUST-00042"_s));
        QVERIFY(w.banner()->text().contains(u"$1,000.00"_s));
        w.view()->setCurrentIndex(w.model()->index(0, 0));
        QTRY_VERIFY(!w.applyCreditButton()->isEnabled());
        QVERIFY(!w.applyCreditSelected());
        QCOMPARE(api.creditApplied.size(), 1);
    }
};

QTEST_MAIN(TestAllocationEditor)
#include "TestAllocationEditor.moc"

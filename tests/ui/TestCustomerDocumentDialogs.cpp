// Receipts and statements on screen (issue 13 items 1 and 4), on an in-memory CustomerDocumentsApi that renders real
// PDFs (ReceiptPdf, StatementPdf) from hand-made documents: the receipt's dialog shows its page, prints it (Ctrl+P,
// printer replaced) and e-mails it (Ctrl+E) only when e-mail is set up; the statement's range dialog refuses a start
// after the end and passes the range and language chosen from the keyboard; a long statement shows several pages
// (PgDown); the Payments tab's "Receipt…" and the Receivables tab's "Statement…" appear only with documents.
// Screenshots (OPS_SCREENSHOT_DIR): the receipt dialog, its page, the statement's two first pages.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include "core/billing/CustomerDocuments.h"
#include "core/billing/CustomerDocumentsApi.h"
#include "core/payments/PaymentApi.h"
#include "render/billing/ReceiptPdf.h"
#include "tests/support/FakeServices.h"
#include "tests/support/Screenshot.h"
#include "ui/billing/CustomerDocumentDialogs.h"
#include "ui/billing/PaymentEntryDialog.h"
#include "ui/billing/PaymentListModel.h"
#include "ui/billing/PaymentListWidget.h"
#include "ui/billing/ReceivablesWidget.h"
#include "ui/common/MessageBanner.h"
#include "ui/customers/CustomerFileWidget.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::billing;

namespace {

template <typename T> QFuture<T> ready(T value)
{
    QPromise<T> p;
    p.start();
    p.addResult(std::move(value));
    p.finish();
    return p.future();
}

CompanySettings company()
{
    CompanySettings c;
    c.name = u"Targo Fibre inc."_s;
    c.addressLines = {u"100 rue Principale"_s, u"Sainte-Agathe-des-Monts (QC)  J8C 1A1"_s};
    c.phone = u"819 555-0100"_s;
    c.email = u"facturation@targo.example"_s;
    c.paymentInstructionsFr = u"Virement Interac à payer@targo.example"_s;
    return c;
}

ReceiptDocument receipt()
{
    ReceiptDocument d;
    d.paymentId = 42;
    d.code = u"PAY-00042"_s;
    d.status = u"succeeded"_s;
    d.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC);
    d.method = u"cheque"_s;
    d.reference = u"1234"_s;
    d.amountCents = 25000;
    d.allocations = {{1, u"INV-00101"_s, QDate(2026, 10, 1), QDate(2026, 10, 31), 10342, 10342, 0},
        {2, u"INV-00188"_s, QDate(2026, 11, 1), QDate(2026, 12, 1), 10342, 10342, 0}};
    d.allocatedCents = 20684;
    d.creditCents = 4316;
    d.balanceCents = -4316;
    d.printedOn = QDate(2026, 12, 7);
    d.customerCode = u"CUST-00007"_s;
    d.customerName = u"Élise Tremblay"_s;
    d.billingAddress.lines = {u"5 rue des Érables"_s, u"Saint-Jérôme (QC)  J7Z 1A1"_s};
    d.company = company();
    return d;
}

StatementDocument statement(const QDate &from, const QDate &to)
{
    StatementDocument d;
    d.from = from;
    d.to = to;
    d.printedOn = QDate(2026, 12, 7);
    d.customerCode = u"CUST-00007"_s;
    d.customerName = u"Élise Tremblay"_s;
    d.company = company();
    d.openingCents = 10342;
    qint64 running = d.openingCents;
    // Two years: an invoice and a payment a month.
    for (int m = 0; m < 24; ++m) {
        const QDate first = QDate(2025, 1, 1).addMonths(m);
        StatementLine inv{first, StatementLineKind::Invoice, u"INV-%1"_s.arg(1000 + m, 5, 10, QLatin1Char('0')),
            QString(), QString(), 10342, 0};
        running += inv.amountCents;
        inv.balanceCents = running;
        StatementLine pay{first.addDays(14), StatementLineKind::Payment,
            u"PAY-%1"_s.arg(2000 + m, 5, 10, QLatin1Char('0')), u"ET-%1"_s.arg(m), u"etransfer"_s, -10342, 0};
        running += pay.amountCents;
        pay.balanceCents = running;
        d.lines << inv << pay;
    }
    d.closingCents = running;
    d.agingCents = {10342, 0, 0, 0, 0};
    d.agingTotalCents = 10342;
    return d;
}

struct StatementCall
{
    qint64 customerId = 0;
    QDate from;
    QDate to;
    QString language;
};

class FakeDocumentsApi : public CustomerDocumentsApi
{
public:
    bool mailOn = true;
    QList<qint64> receiptCalls;
    QList<StatementCall> statementCalls;
    QList<qint64> mailedReceipts;
    QList<StatementCall> mailedStatements;

    QFuture<Result<InvoicePreview>> receiptPreview(qint64 paymentId, const QString &language) override
    {
        receiptCalls << paymentId;
        ReceiptDocument d = receipt();
        if (!language.isEmpty())
            d.language = language;
        return ready(ReceiptPdf::preview(d));
    }
    QFuture<Result<InvoicePreview>> statementPreview(
        qint64 customerId, const QDate &from, const QDate &to, const QString &language) override
    {
        statementCalls << StatementCall{customerId, from, to, language};
        StatementDocument d = statement(from, to);
        if (!language.isEmpty())
            d.language = language;
        return ready(StatementPdf::preview(d));
    }
    bool canMail() const override { return mailOn; }
    QFuture<Result<qint64>> mailReceipt(qint64 paymentId, const QString &) override
    {
        mailedReceipts << paymentId;
        return ready(Result<qint64>(qint64(77)));
    }
    QFuture<Result<qint64>> mailStatement(
        qint64 customerId, const QDate &from, const QDate &to, const QString &language) override
    {
        mailedStatements << StatementCall{customerId, from, to, language};
        return ready(Result<qint64>(qint64(78)));
    }
};

// Two payments listed; nothing else is asked in these tests.
class FakePaymentApi : public payments::PaymentApi
{
public:
    QFuture<Result<payments::PaymentPage>> listPayments(
        const payments::PaymentListFilter &, const payments::PaymentCursor &, int) override
    {
        payments::PaymentPage page;
        for (qint64 id : {42, 41}) {
            payments::PaymentListRow r;
            r.id = id;
            r.code = u"PAY-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
            r.customerCode = u"CUST-00007"_s;
            r.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC);
            r.amountCents = 25000;
            r.method = u"cheque"_s;
            r.status = u"succeeded"_s;
            page.rows << r;
        }
        return ready(Result<payments::PaymentPage>(page));
    }
    QFuture<Result<qint64>> exportPayments(const payments::PaymentExportRequest &, std::shared_ptr<std::atomic<bool>>,
        std::shared_ptr<std::atomic<qint64>>) override
    {
        return ready(Result<qint64>(qint64(0)));
    }
    QFuture<Result<QList<payments::CustomerChoice>>> findCustomers(const QString &) override
    {
        return ready(Result<QList<payments::CustomerChoice>>(QList<payments::CustomerChoice>{}));
    }
    QFuture<Result<QList<payments::OpenInvoice>>> openInvoices(qint64) override
    {
        return ready(Result<QList<payments::OpenInvoice>>(QList<payments::OpenInvoice>{}));
    }
    QFuture<Result<payments::PaymentResult>> record(const payments::PaymentInput &) override
    {
        return ready(Result<payments::PaymentResult>(payments::PaymentResult{}));
    }
    QFuture<Result<payments::PaymentResult>> reverse(qint64, const QString &) override
    {
        return ready(Result<payments::PaymentResult>(payments::PaymentResult{}));
    }
    // The allocation editor's calls (tests/ui/TestAllocationEditor covers them): not used by these dialogs.
    QFuture<Result<payments::PaymentAllocationState>> allocationState(qint64) override
    {
        return ready(Result<payments::PaymentAllocationState>(Error::make(Error::Kind::NotFound, u"none"_s)));
    }
    QFuture<Result<payments::PaymentResult>> reallocate(qint64, const QList<payments::AllocationInput> &, int) override
    {
        return ready(Result<payments::PaymentResult>(Error::make(Error::Kind::NotFound, u"none"_s)));
    }
    QFuture<Result<qint64>> creditCents(qint64) override { return ready(Result<qint64>(qint64(0))); }
    QFuture<Result<qint64>> applyCredit(qint64) override { return ready(Result<qint64>(qint64(0))); }
};

void savePage(const InvoicePreview &preview, int page, const QString &name)
{
    const QString dir = qEnvironmentVariable("OPS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QImage image;
    QVERIFY(image.loadFromData(preview.pages.value(page), "PNG"));
    QVERIFY(image.save(dir + u'/' + name + u".png"_s));
}

} // namespace

class TestCustomerDocumentDialogs : public QObject
{
    Q_OBJECT

private slots:
    void receiptShowsPrintsAndMails()
    {
        FakeDocumentsApi api;
        CustomerDocumentDialog dialog(&api);
        QSignalSpy loaded(&dialog, &CustomerDocumentDialog::loaded);
        QSignalSpy mailed(&dialog, &CustomerDocumentDialog::mailed);
        dialog.loadReceipt(42, u"PAY-00042"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(api.receiptCalls, QList<qint64>{42});
        QCOMPARE(dialog.pageCount(), 1);
        QVERIFY(dialog.windowTitle().contains(u"PAY-00042"_s));
        QCOMPARE(dialog.preview().fileName, u"recu-PAY-00042.pdf"_s);
        QVERIFY(dialog.preview().pdf.startsWith("%PDF"));
        QVERIFY(dialog.printButton()->isEnabled());
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.mailButton()->isEnabled());

        int printedPages = -1;
        dialog.setPrinter([&printedPages](const QList<QImage> &pages) {
            printedPages = int(pages.size());
            return !pages.isEmpty() && !pages.first().isNull();
        });
        QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(printedPages, 1);
        QVERIFY(dialog.statusLabel()->text().contains(u"printer"_s));

        QTest::keyClick(&dialog, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(mailed.size(), 1);
        QCOMPARE(mailed.first().first().toLongLong(), 77);
        QCOMPARE(api.mailedReceipts, QList<qint64>{42});
        QVERIFY(dialog.statusLabel()->text().contains(u"#77"_s));
        ops::test::saveScreenshot(dialog, u"receipt-dialog"_s);
        savePage(dialog.preview(), 0, u"receipt-page"_s);
    }

    void mailNeedsASender()
    {
        FakeDocumentsApi api;
        api.mailOn = false;
        CustomerDocumentDialog dialog(&api);
        QSignalSpy loaded(&dialog, &CustomerDocumentDialog::loaded);
        dialog.loadReceipt(42, u"PAY-00042"_s);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!dialog.mailButton()->isEnabled());
        QVERIFY(dialog.mailButton()->toolTip().contains(u"not set up"_s));
        dialog.mail();
        QVERIFY(api.mailedReceipts.isEmpty());
    }

    void statementRangeFromTheKeyboard()
    {
        StatementRangeDialog range(u"CUST-00007"_s, u"Élise Tremblay"_s);
        range.show();
        QVERIFY(QTest::qWaitForWindowExposed(&range));
        range.fromEdit()->setDate(QDate(2026, 12, 1));
        range.toEdit()->setDate(QDate(2026, 11, 1));
        QVERIFY(!range.previewButton()->isEnabled());
        QVERIFY(!range.problemLabel()->text().isEmpty());
        range.fromEdit()->setFocus();
        range.fromEdit()->setDate(QDate(2025, 1, 1));
        QVERIFY(range.previewButton()->isEnabled());
        range.languageCombo()->setCurrentIndex(2);
        QCOMPARE(range.language(), u"en"_s);
        QTest::keyClick(range.fromEdit(), Qt::Key_Return);
        QCOMPARE(range.result(), int(QDialog::Accepted));
    }

    void longStatementHasSeveralPages()
    {
        FakeDocumentsApi api;
        QWidget parent;
        StatementRangeDialog *range = openStatement(&api, 7, u"CUST-00007"_s, u"Élise Tremblay"_s, &parent);
        QVERIFY(range);
        range->fromEdit()->setDate(QDate(2025, 1, 1));
        range->toEdit()->setDate(QDate(2026, 12, 31));
        range->accept();
        QTRY_COMPARE(api.statementCalls.size(), 1);
        QCOMPARE(api.statementCalls.first().customerId, 7);
        QCOMPARE(api.statementCalls.first().from, QDate(2025, 1, 1));
        QCOMPARE(api.statementCalls.first().to, QDate(2026, 12, 31));
        QCOMPARE(api.statementCalls.first().language, QString()); // the customer's
        auto *dialog = parent.findChild<CustomerDocumentDialog *>();
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY(dialog->pageCount() >= 2);
        QCOMPARE(dialog->preview().fileName, u"etat-de-compte-CUST-00007-2026-12-31.pdf"_s);
        QTest::keyClick(dialog, Qt::Key_PageDown);
        QTRY_COMPARE(dialog->currentPage(), 1);
        QTest::keyClick(dialog, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(api.mailedStatements.size(), 1);
        QCOMPARE(api.mailedStatements.first().to, QDate(2026, 12, 31));
        ops::test::saveScreenshot(*dialog, u"statement-dialog"_s);
        savePage(dialog->preview(), 0, u"statement-page-1"_s);
        savePage(dialog->preview(), 1, u"statement-page-2"_s);
    }

    // Payments tab: Ctrl+R on the selected payment opens its receipt; after a payment is saved in the entry dialog,
    // the banner's "Receipt…" opens that payment's.
    void paymentsTabOpensReceipts()
    {
        FakeDocumentsApi api;
        FakePaymentApi payments;
        PaymentListWidget tab;
        tab.setApi(&payments);
        tab.setDocuments(&api);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTRY_COMPARE(tab.model()->rowCount(), 2);
        tab.view()->setFocus();
        tab.view()->setCurrentIndex(tab.model()->index(1, 0));
        QVERIFY(tab.receiptButton()->isEnabled());
        QTest::keyClick(tab.view(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(api.receiptCalls, QList<qint64>{41});
        auto *first = tab.findChild<CustomerDocumentDialog *>();
        QVERIFY(first);
        QVERIFY(first->windowTitle().contains(u"PAY-00041"_s));
        first->close();

        PaymentEntryDialog *entry = tab.newPayment();
        QVERIFY(entry);
        payments::PaymentResult saved;
        saved.id = 99;
        saved.code = u"PAY-00099"_s;
        saved.customerCode = u"CUST-00007"_s;
        saved.amountCents = 25000;
        saved.allocatedCents = 20684;
        emit entry->recorded(saved);
        QAbstractButton *receipt = nullptr;
        for (QAbstractButton *b : tab.banner()->findChildren<QAbstractButton *>())
            if (b->text() == u"Receipt…"_s)
                receipt = b;
        QVERIFY(receipt);
        receipt->click();
        QTRY_COMPARE(api.receiptCalls, (QList<qint64>{41, 99}));
    }

    void tabsOfferTheDocuments()
    {
        FakeDocumentsApi api;
        PaymentListWidget payments;
        QVERIFY(payments.receiptButton()->isHidden());
        QVERIFY(!payments.receiptOfSelected()); // nothing attached, nothing selected
        payments.setDocuments(&api);
        QVERIFY(!payments.receiptButton()->isHidden());
        QVERIFY(!payments.receiptButton()->isEnabled()); // no payment selected
        payments.setDocuments(nullptr);
        QVERIFY(payments.receiptButton()->isHidden());

        ReceivablesWidget receivables;
        QVERIFY(receivables.statementButton()->isHidden());
        receivables.setDocuments(&api);
        QVERIFY(!receivables.statementButton()->isHidden());
        QVERIFY(!receivables.statementForCustomer()); // no customer shown

        // The customer file: "Statement…" in its Print menu, once loaded, for the file's customer.
        ops::test::FakeCustomerApi customers;
        customers::CustomerFile f;
        f.customer.id = 7;
        f.customer.code = u"CUST-00007"_s;
        f.customer.displayName = u"Élise Tremblay"_s;
        customers.files.insert(7, f);
        CustomerFileWidget file(&customers, 7);
        QVERIFY(!file.statementAction());
        file.setDocumentsApi(&api);
        QVERIFY(file.statementAction());
        QTRY_VERIFY(file.isLoaded());
        file.statementAction()->trigger();
        auto *range = file.findChild<StatementRangeDialog *>();
        QVERIFY(range);
        QVERIFY(range->windowTitle().contains(u"CUST-00007"_s));
        range->accept();
        QTRY_COMPARE(api.statementCalls.size(), 1);
        QCOMPARE(api.statementCalls.first().customerId, 7);
        file.setDocumentsApi(nullptr);
        QVERIFY(!file.statementAction());
    }
};

QTEST_MAIN(TestCustomerDocumentDialogs)
#include "TestCustomerDocumentDialogs.moc"

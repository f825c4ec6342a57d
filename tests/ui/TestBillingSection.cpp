// The Billing section on an in-memory BillingApi: the run wizard from the keyboard (Enter previews the chosen month and
// shows the count, the four totals in the locale's money format, the per-plan breakdown and the anomalies; Ctrl+Enter
// commits with progress; Esc cancels a running commit and nothing is kept; Ctrl+E sends), send hidden when the session
// cannot e-mail invoices, the invoice list paged by keyset as the view scrolls with the filters handed to the API,
// Enter opening an invoice (lines, GST and QST with registration numbers, payments, e-mail state), credit note and void
// (drafts only), and the section shown in the shell only to roles that may bill (Ctrl+6).
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "core/billing/BillingApi.h"
#include "core/session/Capabilities.h"
#include "tests/support/Screenshot.h"
#include "ui/billing/BillingRunWidget.h"
#include "ui/billing/BillingSection.h"
#include "ui/billing/InvoiceListModel.h"
#include "ui/billing/InvoiceListWidget.h"
#include "ui/billing/InvoicePreviewDialog.h"
#include "ui/billing/InvoiceView.h"
#include "ui/common/GridTools.h"
#include "ui/common/MessageBanner.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationBar.h"

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

// Answers at once, except a commit, which stays pending until the test finishes it; records what it was asked.
class FakeBillingApi : public BillingApi
{
public:
    bool canSend = true;
    QList<QDate> previewed;
    QList<QDate> committed;
    QList<QDate> sent;
    std::shared_ptr<CancelToken> lastCancel;
    std::shared_ptr<QPromise<Result<BillingSummary>>> pendingCommit;
    QList<InvoiceListFilter> filters;
    QList<InvoiceCursor> cursors;
    QList<InvoiceListRow> invoices;
    QHash<qint64, InvoiceDocument> documents;
    QList<qint64> credited;
    QList<qint64> pdfPreviews;
    QList<qint64> voided;

    FakeBillingApi()
    {
        // 450 invoices, newest first: three statuses in turn.
        const QStringList statuses{u"issued"_s, u"paid"_s, u"draft"_s};
        for (int i = 0; i < 450; ++i) {
            InvoiceListRow r;
            r.id = 1000 - i;
            r.code = u"INV-%1"_s.arg(r.id, 5, 10, QLatin1Char('0'));
            r.customerId = 10 + i % 7;
            r.customerCode = u"CUST-%1"_s.arg(r.customerId, 5, 10, QLatin1Char('0'));
            r.customerName = u"Client %1"_s.arg(r.customerId);
            r.issueDate = QDate(2026, 11, 1).addMonths(-(i / 150));
            r.periodStart = r.issueDate;
            r.dueDate = r.issueDate.addDays(30);
            r.status = statuses.at(i % 3);
            r.totalCents = 5748 + i;
            r.paidCents = r.status == u"paid"_s ? r.totalCents : 0;
            invoices << r;
        }
        InvoiceDocument d;
        d.id = 1000;
        d.code = u"INV-01000"_s;
        d.status = u"issued"_s;
        d.periodStart = QDate(2026, 11, 1);
        d.periodEnd = QDate(2026, 11, 30);
        d.issueDate = d.periodStart;
        d.dueDate = QDate(2026, 12, 1);
        d.customerId = 10;
        d.customerCode = u"CUST-00010"_s;
        d.customerName = u"Marie Tremblay"_s;
        d.customerEmail = u"marie@example.ca"_s;
        d.lines = {{1, u"Fibre 500 Mbps"_s, 1, 5000, 5000, true}, {2, u"Modem rental"_s, 1, 1000, 1000, true}};
        d.subtotalCents = 6000;
        d.gstCents = 300;
        d.qstCents = 599;
        d.totalCents = 6899;
        d.paidCents = 2000;
        d.taxes = {
            {u"GST"_s, 50000, 6000, 300, u"123456789 RT0001"_s}, {u"QST"_s, 99750, 6000, 599, u"1234567890 TQ0001"_s}};
        d.payments = {{u"PAY-00077"_s, QDateTime(QDate(2026, 11, 10), QTime(15, 0), Qt::UTC), u"card"_s, 2000}};
        d.delivery = InvoiceDelivery{55, u"sent"_s, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC),
            QDateTime(QDate(2026, 11, 1), QTime(12, 1), Qt::UTC), QString()};
        documents.insert(d.id, d);
        InvoiceDocument draft = d;
        draft.id = 998;
        draft.code = u"INV-00998"_s;
        draft.status = u"draft"_s;
        draft.paidCents = 0;
        draft.payments.clear();
        draft.delivery.reset();
        documents.insert(draft.id, draft);
    }

    static BillingSummary summary(const QDate &period)
    {
        BillingSummary s;
        s.periodStart = period;
        s.invoices = 21034;
        s.lines = 25000;
        s.subtotalCents = 123456789;
        s.gstCents = 6172839;
        s.qstCents = 12314815;
        s.totalCents = s.subtotalCents + s.gstCents + s.qstCents;
        s.plans = {{u"FIB-500"_s, u"Fibre 500"_s, u"Fiber 500"_s, 12000, 60000000},
            {QString(), QString(), QString(), 12, -2500}};
        s.anomalyCounts = {{AnomalyKind::NoEmail, 2}, {AnomalyKind::NoPrice, 1}};
        s.anomalies = {{AnomalyKind::NoEmail, u"CUST-00042"_s, QString(), 0},
            {AnomalyKind::NoEmail, u"CUST-00043"_s, QString(), 0},
            {AnomalyKind::NoPrice, u"CUST-00044"_s, u"SUB-00099"_s, 0}};
        return s;
    }

    QFuture<Result<BillingSummary>> preview(const QDate &periodStart) override
    {
        previewed << periodStart;
        return ready(Result<BillingSummary>(summary(periodStart)));
    }
    QFuture<Result<BillingSummary>> commit(const QDate &periodStart, std::shared_ptr<CancelToken> cancel) override
    {
        committed << periodStart;
        lastCancel = cancel;
        pendingCommit = std::make_shared<QPromise<Result<BillingSummary>>>();
        pendingCommit->start();
        return pendingCommit->future();
    }
    void finishCommit(Result<BillingSummary> r)
    {
        pendingCommit->addResult(std::move(r));
        pendingCommit->finish();
    }
    bool canSendInvoices() const override { return canSend; }
    bool canRenderPdf() const override { return true; }
    QFuture<Result<SendSummary>> sendPeriod(const QDate &periodStart) override
    {
        sent << periodStart;
        SendSummary s;
        s.invoices = 21034;
        s.queued = 21000;
        s.withoutEmail = 34;
        return ready(Result<SendSummary>(s));
    }
    QFuture<Result<InvoicePage>> listInvoices(
        const InvoiceListFilter &filter, const InvoiceCursor &after, int limit) override
    {
        filters << filter;
        cursors << after;
        InvoicePage page;
        bool started = after.isNull();
        for (const InvoiceListRow &r : std::as_const(invoices)) {
            if (!started) {
                started = r.id == after.id;
                continue;
            }
            if (!filter.status.isEmpty() && r.status != filter.status)
                continue;
            if (filter.minTotalCents && r.totalCents < *filter.minTotalCents)
                continue;
            if (page.rows.size() == limit) {
                page.next = {page.rows.last().issueDate, page.rows.last().id};
                break;
            }
            page.rows << r;
        }
        return ready(Result<InvoicePage>(page));
    }
    QList<InvoiceExportRequest> exports;
    QFuture<Result<qint64>> exportInvoices(const InvoiceExportRequest &request, std::shared_ptr<std::atomic<bool>>,
        std::shared_ptr<std::atomic<qint64>> progress) override
    {
        exports << request;
        progress->store(12);
        return ready(Result<qint64>(qint64(12)));
    }
    QFuture<Result<InvoiceDocument>> loadInvoice(qint64 invoiceId) override
    {
        if (!documents.contains(invoiceId))
            return ready(Result<InvoiceDocument>(Error::make(Error::Kind::NotFound, u"No such invoice."_s)));
        return ready(Result<InvoiceDocument>(documents.value(invoiceId)));
    }
    QFuture<Result<QByteArray>> invoicePdf(qint64) override { return ready(Result<QByteArray>("%PDF-1.4 fake"_ba)); }
    QFuture<Result<InvoicePreview>> invoicePreview(qint64 invoiceId) override
    {
        pdfPreviews << invoiceId;
        InvoicePreview p;
        p.title = u"Invoice INV-01000"_s;
        p.fileName = u"invoice-INV-01000.pdf"_s;
        p.pdf = "%PDF-1.4 fake"_ba;
        for (int page = 0; page < 2; ++page) {
            QImage image(935, 1210, QImage::Format_RGB32);
            image.fill(Qt::white);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            p.pages << png;
        }
        p.dpi = 110;
        return ready(Result<InvoicePreview>(p));
    }
    QFuture<Result<qint64>> resend(qint64) override { return ready(Result<qint64>(qint64(77))); }
    QFuture<Result<QString>> creditNote(qint64 invoiceId) override
    {
        credited << invoiceId;
        return ready(Result<QString>(u"INV-01001"_s));
    }
    QFuture<Status> voidDraft(qint64 invoiceId) override
    {
        voided << invoiceId;
        documents[invoiceId].status = u"void"_s;
        return ready(Status(success()));
    }
};

Capabilities billingClerk(bool billing)
{
    Capabilities c;
    c.known = true;
    c.role = u"clerk"_s;
    c.group = u"billing"_s;
    c.billing = billing;
    return c;
}

} // namespace

class TestBillingSection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void runWizardFromTheKeyboard()
    {
        FakeBillingApi api;
        BillingSection section(nullptr);
        section.attach(&api, nullptr);
        section.resize(1200, 700);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        section.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&section));
        section.showRun();
        BillingRunWidget *run = section.run();
        QVERIFY(!run->commitButton()->isEnabled()); // nothing previewed yet
        run->setPeriod(QDate(2026, 11, 17));
        run->periodEdit()->setFocus();
        QTest::keyClick(run->periodEdit(), Qt::Key_Return);
        QTRY_COMPARE(run->stage(), BillingRunWidget::Stage::Previewed);
        QCOMPARE(api.previewed, QList<QDate>{QDate(2026, 11, 1)});
        const QString summary = run->summaryLabel()->text();
        QVERIFY2(summary.contains(u"21,034"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"$1,234,567.89"_s), qPrintable(summary)); // subtotal, cents exact
        QVERIFY2(summary.contains(u"GST $61,728.39"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"QST $123,148.15"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"$1,419,444.43"_s), qPrintable(summary));
        QCOMPARE(run->plansView()->topLevelItemCount(), 2);
        QCOMPARE(run->plansView()->topLevelItem(0)->text(0), u"Fiber 500"_s); // the English name
        QCOMPARE(run->plansView()->topLevelItem(1)->text(0), u"One-time charges and credits"_s);
        QCOMPARE(run->plansView()->topLevelItem(1)->text(2), u"-$25.00"_s);
        QCOMPARE(run->anomaliesView()->topLevelItemCount(), 3);
        QCOMPARE(run->anomaliesView()->topLevelItem(2)->text(1), u"CUST-00044"_s);
        QCOMPARE(run->anomaliesView()->topLevelItem(2)->text(2), u"SUB-00099"_s);
        QVERIFY(run->commitButton()->isEnabled());
        (void)test::saveScreenshot(section, u"billing-run-preview"_s);

        // Ctrl+Enter commits; progress shows; Esc cancels and the API's token is cancelled.
        QTest::keyClick(run->commitButton(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(api.committed, QList<QDate>{QDate(2026, 11, 1)});
        QCOMPARE(run->stage(), BillingRunWidget::Stage::Committing);
        QVERIFY(run->cancelButton()->isVisible());
        QVERIFY(!run->previewButton()->isEnabled());
        emit api.runProgress(3, 8);
        QCOMPARE(run->progressBar()->maximum(), 8);
        QCOMPARE(run->progressBar()->value(), 3);
        (void)test::saveScreenshot(section, u"billing-run-committing"_s);
        QTest::keyClick(run->cancelButton(), Qt::Key_Escape);
        QVERIFY(api.lastCancel && api.lastCancel->isCancelled());
        api.finishCommit(Error::make(Error::Kind::Cancelled, u"cancelled"_s));
        QTRY_COMPARE(run->stage(), BillingRunWidget::Stage::Previewed);
        QCOMPARE(run->banner()->level(), MessageBanner::Level::Warning);
        QVERIFY2(run->banner()->text().contains(u"no invoice was created"_s), qPrintable(run->banner()->text()));

        // Commit again and let it finish; then Ctrl+E sends.
        QTest::keyClick(run->commitButton(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(api.committed.size(), 2);
        BillingSummary done = FakeBillingApi::summary(QDate(2026, 11, 1));
        done.firstInvoiceCode = u"INV-100001"_s;
        done.lastInvoiceCode = u"INV-121034"_s;
        api.finishCommit(done);
        QTRY_COMPARE(run->stage(), BillingRunWidget::Stage::Committed);
        QCOMPARE(run->banner()->level(), MessageBanner::Level::Success);
        QVERIFY2(run->banner()->text().contains(u"INV-100001 to INV-121034"_s), qPrintable(run->banner()->text()));
        QVERIFY(!run->commitButton()->isEnabled()); // a committed preview is not committed twice
        QVERIFY(run->sendButton()->isVisible() && run->sendButton()->isEnabled());
        QTest::keyClick(run->sendButton(), Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(run->stage(), BillingRunWidget::Stage::Sent);
        QCOMPARE(api.sent, QList<QDate>{QDate(2026, 11, 1)});
        QVERIFY2(
            run->banner()->text().contains(u"21,000 e-mail(s) put in the outbox"_s), qPrintable(run->banner()->text()));
        QVERIFY2(run->banner()->text().contains(u"34 customer"_s), qPrintable(run->banner()->text()));
        (void)test::saveScreenshot(section, u"billing-run-sent"_s);
    }

    void anotherMonthNeedsAnotherPreview()
    {
        FakeBillingApi api;
        BillingRunWidget run;
        run.setApi(&api);
        run.setPeriod(QDate(2026, 10, 1));
        run.preview();
        QTRY_COMPARE(run.stage(), BillingRunWidget::Stage::Previewed);
        run.setPeriod(QDate(2026, 9, 1));
        QCOMPARE(run.stage(), BillingRunWidget::Stage::Choose);
        QVERIFY(!run.commitButton()->isEnabled());
        run.commit(); // refused: nothing previewed for September
        QVERIFY(api.committed.isEmpty());
    }

    void sendHiddenWithoutMailOutput()
    {
        FakeBillingApi api;
        api.canSend = false;
        BillingRunWidget run;
        run.setApi(&api);
        run.preview();
        QTRY_COMPARE(run.stage(), BillingRunWidget::Stage::Previewed);
        QVERIFY(run.sendButton()->isHidden());
        run.send();
        QVERIFY(api.sent.isEmpty());
    }

    void invoiceListPagesFiltersAndOpens()
    {
        FakeBillingApi api;
        BillingSection section(nullptr);
        section.attach(&api, nullptr);
        section.resize(1300, 720);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        section.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&section));
        section.showInvoices();
        InvoiceListWidget *list = section.invoices();
        InvoiceListModel *model = list->model();
        QTRY_COMPARE(model->rowCount(), 200);
        QVERIFY(!model->isLoading()); // the view did not pull a second page by itself
        QCOMPARE(api.cursors.size(), 1);
        QVERIFY(api.cursors.first().isNull());
        QCOMPARE(model->index(0, InvoiceListModel::Code).data().toString(), u"INV-01000"_s);
        QCOMPARE(model->index(0, InvoiceListModel::Total).data().toString(), u"$57.48"_s);
        QCOMPARE(model->index(1, InvoiceListModel::Status).data().toString(), u"Paid"_s);
        QVERIFY(model->hasMore());
        // Scrolling to the end asks for the next page, after the last row of the first.
        list->view()->scrollToBottom();
        QTRY_COMPARE(model->rowCount(), 400);
        QCOMPARE(api.cursors.size(), 2);
        QCOMPARE(api.cursors.at(1).id, qint64(801));
        QCOMPARE(model->invoice(200).id, qint64(800));
        QVERIFY2(list->countLabel()->text().contains(u"400+"_s), qPrintable(list->countLabel()->text()));

        // Filters go to the API as typed.
        list->statusCombo()->setCurrentIndex(list->statusCombo()->findData(u"draft"_s));
        list->minAmountEdit()->setText(u"58,00"_s);
        list->periodEnabled()->setChecked(true);
        list->periodEdit()->setDate(QDate(2026, 11, 20));
        list->applyFilter();
        QTRY_COMPARE(api.filters.last().status, u"draft"_s);
        QCOMPARE(api.filters.last().minTotalCents, std::optional<qint64>(5800));
        QCOMPARE(api.filters.last().periodStart, QDate(2026, 11, 1));
        QVERIFY(api.cursors.last().isNull()); // a new query starts at the top
        QTRY_VERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->invoice(r).status, u"draft"_s);
        // "Export…" of all matching rows asks the API with the filter on screen and translated headers.
        QVERIFY(list->gridTools()->hasAllRowsProvider());
        list->gridTools()->setProgressDialogEnabled(false);
        QSignalSpy finished(list->gridTools(), &GridTools::exportFinished);
        QTemporaryDir dir;
        list->gridTools()->exportAllRows(dir.filePath(u"invoices.csv"_s));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(12));
        QCOMPARE(api.exports.size(), 1);
        QCOMPARE(api.exports.at(0).filter, list->currentFilter());
        QCOMPARE(api.exports.at(0).filter.status, u"draft"_s);
        QCOMPARE(api.exports.at(0).headers.size(), 11);
        QCOMPARE(api.exports.at(0).statusLabels.value(u"partially_paid"_s), u"Partially paid"_s);
        list->minAmountEdit()->setText(u"abc"_s);
        list->applyFilter();
        QCOMPARE(list->banner()->level(), MessageBanner::Level::Warning);
        list->minAmountEdit()->clear();
        list->statusCombo()->setCurrentIndex(0);
        list->periodEnabled()->setChecked(false);
        list->applyFilter();
        QTRY_COMPARE(model->rowCount(), 200);

        // Enter on the first invoice opens it beside the list.
        list->view()->setFocus();
        list->view()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(list->view(), Qt::Key_Return);
        InvoiceView *view = list->invoiceView();
        QTRY_VERIFY(view->isLoaded());
        QVERIFY(view->isVisible());
        QVERIFY(view->headerLabel()->text().contains(u"Marie Tremblay"_s));
        QCOMPARE(view->linesView()->topLevelItemCount(), 2);
        QCOMPARE(view->linesView()->topLevelItem(0)->text(3), u"$50.00"_s);
        const QString totals = view->totalsLabel()->text();
        QVERIFY2(totals.contains(u"GST (5 %): $3.00   registration no. 123456789 RT0001"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"QST (9.975 %): $5.99   registration no. 1234567890 TQ0001"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"Total: $68.99"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"Balance due: $48.99"_s), qPrintable(totals));
        QCOMPARE(view->paymentsView()->topLevelItem(0)->text(0), u"PAY-00077"_s);
        QCOMPARE(view->paymentsView()->topLevelItem(0)->text(3), u"$20.00"_s);
        QVERIFY2(view->deliveryLabel()->text().contains(u"sent to marie@example.ca ("_s),
            qPrintable(view->deliveryLabel()->text()));
        QVERIFY(view->creditButton()->isVisible() && view->creditButton()->isEnabled());
        QVERIFY(view->voidButton()->isHidden()); // issued: corrected by a credit note, never voided
        (void)test::saveScreenshot(section, u"billing-invoice-view"_s);

        // Ctrl+P shows the PDF inside the application: its pages, PgDn / PgUp, "Open in viewer" (a written copy handed
        // to the viewer), Esc closes.
        QString opened;
        view->setPdfOpener([&opened](const QString &path) { opened = path; });
        view->linesView()->setFocus();
        QTest::keyClick(view->linesView(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(view->previewDialog() && view->previewDialog()->isVisible());
        QCOMPARE(api.pdfPreviews, QList<qint64>{1000});
        InvoicePreviewDialog *preview = view->previewDialog();
        QVERIFY(QTest::qWaitForWindowActive(preview));
        QCOMPARE(preview->pageCount(), 2);
        QCOMPARE(preview->currentPage(), 0);
        QTest::keyClick(preview->scrollArea(), Qt::Key_PageDown);
        QCOMPARE(preview->currentPage(), 1);
        QTest::keyClick(preview->scrollArea(), Qt::Key_PageUp);
        QCOMPARE(preview->currentPage(), 0);
        (void)test::saveScreenshot(*preview, u"billing-invoice-preview"_s);
        QVERIFY(opened.isEmpty()); // nothing opened outside until asked
        preview->openButton()->click();
        QVERIFY2(opened.endsWith(u"invoice-INV-01000.pdf"_s), qPrintable(opened));
        QFile pdf(opened);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.readAll(), "%PDF-1.4 fake"_ba);
        QTest::keyClick(preview->scrollArea(), Qt::Key_Escape);
        QTRY_VERIFY(!view->previewDialog());

        view->createCreditNote();
        QTRY_COMPARE(api.credited, QList<qint64>{1000});
        QTRY_COMPARE(view->banner()->level(), MessageBanner::Level::Success);
        QVERIFY(view->banner()->text().contains(u"INV-01001"_s));

        // A draft can be voided.
        list->openInvoice(998);
        QTRY_COMPARE(view->document().id, qint64(998));
        QVERIFY(view->voidButton()->isVisible() && view->voidButton()->isEnabled());
        QVERIFY(!view->creditButton()->isEnabled());
        QVERIFY2(view->deliveryLabel()->text().contains(u"not sent yet"_s), qPrintable(view->deliveryLabel()->text()));
        view->voidInvoice();
        QTRY_COMPARE(api.voided, QList<qint64>{998});
        QTRY_COMPARE(view->document().status, u"void"_s);
        QVERIFY(view->voidButton()->isHidden());

        // Esc in the list closes the view.
        list->view()->setFocus();
        QTest::keyClick(list->view(), Qt::Key_Escape);
        QVERIFY(view->isHidden());
    }

    void withoutTheBillingCapabilityNothingRuns()
    {
        FakeBillingApi api;
        BillingSection section(nullptr);
        section.attach(&api, nullptr);
        section.setCapabilities(billingClerk(false));
        QVERIFY(!section.run()->previewButton()->isEnabled());
        section.run()->preview();
        QVERIFY(api.previewed.isEmpty());
    }

    void shellShowsBillingOnlyToRolesThatBill()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCapabilities(billingClerk(false));
        QVERIFY(!window.navigation()->isSectionVisible(NavigationBar::Section::Billing));
        window.setCapabilities(billingClerk(true));
        QVERIFY(window.navigation()->isSectionVisible(NavigationBar::Section::Billing));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QTRY_VERIFY(window.billing()->isVisible());
        window.setCapabilities(billingClerk(false));
        QVERIFY(!window.navigation()->isSectionVisible(NavigationBar::Section::Billing));
        QVERIFY(!window.billing()->isVisible()); // back to Customers
    }
};

QTEST_MAIN(TestBillingSection)
#include "TestBillingSection.moc"

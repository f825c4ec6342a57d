// The Billing section's Receivables tab on an in-memory ReceivablesApi: the five buckets and the total as exact money
// text in the locale's format, a bucket chosen from the keyboard asks for that bucket's customers, Enter on a customer
// shows its open invoices as of the date and Esc goes back, a new date (Enter) asks again for that date, "Export…"
// writes every customer of the bucket with translated headers, the printed report holds what is shown, and the tab
// shows only for a role with the billing capability.
#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPromise>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "core/billing/ReceivablesApi.h"
#include "core/common/Money.h"
#include "core/session/Capabilities.h"
#include "tests/support/Screenshot.h"
#include "ui/billing/BillingSection.h"
#include "ui/billing/ReceivablesWidget.h"
#include "ui/common/GridTools.h"
#include "ui/common/TextTableModel.h"

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

struct CustomersCall
{
    QDate asOf;
    int bucket = 0;
    int limit = 0;
};

// Answers at once and records what it was asked.
class FakeReceivablesApi : public ReceivablesApi
{
public:
    QList<QDate> agingCalls;
    QList<CustomersCall> customerCalls;
    QList<QPair<qint64, QDate>> invoiceCalls;
    QList<AgingExportRequest> exports;
    QList<AgingCustomerRow> rows;

    FakeReceivablesApi()
    {
        // Twelve customers: customer i owes in bucket i % 5, the largest first.
        for (int i = 0; i < 12; ++i) {
            AgingCustomerRow r;
            r.customerId = 100 + i;
            r.code = u"CUST-%1"_s.arg(r.customerId, 5, 10, QLatin1Char('0'));
            r.name = u"Client %1"_s.arg(i);
            r.cents.at(std::size_t(i % kAgingBuckets)) = 500000 - i * 1000;
            r.totalCents = 500000 - i * 1000;
            r.invoices = 1 + i % 3;
            r.oldestDue = QDate(2026, 11, 1).addDays(-30 * (i % kAgingBuckets));
            rows << r;
        }
    }

    static AgingReport report(const QDate &asOf)
    {
        AgingReport a;
        a.asOf = asOf;
        a.buckets = {AgingCell{12345678, 2100, 2000}, AgingCell{98765, 40, 38}, AgingCell{5432, 7, 7},
            AgingCell{101, 1, 1}, AgingCell{1234567, 300, 120}};
        a.total = AgingCell{12345678 + 98765 + 5432 + 101 + 1234567, 2448, 2100};
        return a;
    }

    QList<AgingCustomerRow> rowsFor(int bucket) const
    {
        QList<AgingCustomerRow> out;
        for (const auto &r : rows)
            if (bucket < 0 || r.cents.at(std::size_t(bucket)) != 0)
                out << r;
        return out;
    }

    QFuture<Result<AgingReport>> aging(const QDate &asOf) override
    {
        agingCalls << asOf;
        return ready(Result<AgingReport>(report(asOf)));
    }
    QFuture<Result<QList<AgingCustomerRow>>> customers(const QDate &asOf, int bucket, int limit) override
    {
        customerCalls << CustomersCall{asOf, bucket, limit};
        return ready(Result<QList<AgingCustomerRow>>(rowsFor(bucket)));
    }
    QFuture<Result<QList<AgingInvoiceRow>>> invoices(qint64 customerId, const QDate &asOf) override
    {
        invoiceCalls << qMakePair(customerId, asOf);
        AgingInvoiceRow a;
        a.invoiceId = 7001;
        a.code = u"INV-07001"_s;
        a.issueDate = QDate(2026, 9, 1);
        a.dueDate = QDate(2026, 9, 30);
        a.totalCents = 6899;
        a.paidCents = 2000;
        a.creditedCents = 899;
        a.openCents = 4000;
        a.daysLate = int(a.dueDate.daysTo(asOf));
        a.bucket = agingBucketFor(a.dueDate, asOf);
        AgingInvoiceRow b = a;
        b.invoiceId = 7002;
        b.code = u"INV-07002"_s;
        b.issueDate = QDate(2026, 10, 1);
        b.dueDate = QDate(2026, 10, 31);
        b.paidCents = 0;
        b.creditedCents = 0;
        b.openCents = 6899;
        b.daysLate = int(b.dueDate.daysTo(asOf));
        b.bucket = agingBucketFor(b.dueDate, asOf);
        return ready(Result<QList<AgingInvoiceRow>>(QList<AgingInvoiceRow>{a, b}));
    }
    QFuture<Result<qint64>> exportCustomers(const AgingExportRequest &request, std::shared_ptr<std::atomic<bool>>,
        std::shared_ptr<std::atomic<qint64>>) override
    {
        exports << request;
        csv::CsvFile file(request.path, request.options);
        if (!file.open())
            return ready(Result<qint64>(Error::make(Error::Kind::Internal, u"cannot write"_s)));
        file.writer().writeRow(request.headers);
        qint64 n = 0;
        for (const auto &r : rowsFor(request.bucket)) {
            file.writer().writeRow({r.code, r.name});
            ++n;
        }
        file.commit();
        return ready(Result<qint64>(n));
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

class TestReceivablesTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada)); }

    void bucketsCustomersAndInvoicesFromTheKeyboard()
    {
        FakeReceivablesApi api;
        BillingSection section(nullptr);
        section.resize(1200, 760);
        section.attach(nullptr, nullptr);
        section.attachReceivables(&api, nullptr);
        section.setCapabilities(clerk(true));
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        section.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&section));
        ReceivablesWidget *w = section.receivables();
        QAbstractItemModelTester bucketsTester(
            w->bucketModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester customersTester(
            w->customerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester invoicesTester(
            w->invoiceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        section.showReceivables();
        QCOMPARE(section.tabs()->currentWidget(), w);
        QVERIFY(section.tabs()->isTabVisible(section.tabs()->indexOf(w)));

        // Shown: today's report, every customer owing something (the "All" row chosen).
        QTRY_COMPARE(api.agingCalls.size(), 1);
        QCOMPARE(api.agingCalls.at(0), QDate::currentDate());
        QCOMPARE(w->dateEdit()->date(), QDate::currentDate());
        QTRY_COMPARE(w->bucketModel()->rowCount(), 6);
        const AgingReport expected = FakeReceivablesApi::report(QDate::currentDate());
        for (int b = 0; b < kAgingBuckets; ++b) {
            const auto &cell = expected.buckets.at(std::size_t(b));
            QCOMPARE(w->bucketModel()->index(b, 0).data().toString(), agingBucketLabel(AgingBucket(b)));
            QCOMPARE(w->bucketModel()->index(b, 1).data().toString(), money(cell.cents));
            QCOMPARE(w->bucketModel()->index(b, 2).data().toString(), QLocale().toString(cell.invoices));
            QCOMPARE(w->bucketModel()->index(b, 3).data().toString(), QLocale().toString(cell.customers));
        }
        // Exact text, fr-CA: a narrow or plain no-break space between thousands, a decimal comma, the sign after.
        QVERIFY(w->bucketModel()->index(0, 1).data().toString().contains(u"123"_s));
        QVERIFY(w->bucketModel()->index(0, 1).data().toString().contains(u"456,78"_s));
        QVERIFY(w->bucketModel()->index(0, 1).data().toString().endsWith(u"$"_s));
        QCOMPARE(w->bucketModel()->index(5, 1).data().toString(), money(expected.total.cents));
        QTRY_VERIFY(!api.customerCalls.isEmpty());
        QCOMPARE(api.customerCalls.last().bucket, ReceivablesWidget::kAllBuckets);
        QCOMPARE(api.customerCalls.last().asOf, QDate::currentDate());
        QTRY_COMPARE(w->customerModel()->rowCount(), 12);
        QCOMPARE(w->customerModel()->index(0, 0).data().toString(), u"CUST-00100"_s);
        QCOMPARE(w->customerModel()->index(0, 7).data().toString(), money(500000));
        QCOMPARE(w->bucketView()->currentIndex().row(), 5);

        // Up to "61–90 days" from the keyboard: its customers are asked for, with that bucket.
        w->bucketView()->setFocus();
        QTest::keyClick(w->bucketView(), Qt::Key_Up);
        QTest::keyClick(w->bucketView(), Qt::Key_Up);
        QCOMPARE(w->bucket(), int(AgingBucket::Days61To90));
        QCOMPARE(api.customerCalls.last().bucket, int(AgingBucket::Days61To90));
        QCOMPARE(api.customerCalls.last().limit, ReceivablesWidget::kCustomerLimit);
        QTRY_COMPARE(w->customerModel()->index(0, 0).data().toString(), u"CUST-00103"_s);
        QCOMPARE(w->customerModel()->rowCount(), 2); // customers 103 and 108
        QCOMPARE(w->customerModel()->index(0, 5).data().toString(), money(497000));
        QCOMPARE(w->customerModel()->index(0, 2).data().toString(), money(0));

        // Enter on the bucket goes to its customers; Enter on a customer shows its open invoices.
        QTest::keyClick(w->bucketView(), Qt::Key_Return);
        QTRY_VERIFY(w->customerView()->hasFocus());
        QTest::keyClick(w->customerView(), Qt::Key_Down);
        QTest::keyClick(w->customerView(), Qt::Key_Return);
        QVERIFY(w->showingInvoices());
        QCOMPARE(api.invoiceCalls.size(), 1);
        QCOMPARE(api.invoiceCalls.at(0).first, qint64(108));
        QCOMPARE(api.invoiceCalls.at(0).second, QDate::currentDate());
        QTRY_COMPARE(w->invoiceModel()->rowCount(), 2);
        QVERIFY(w->customerTitle()->text().contains(u"CUST-00108"_s));
        QCOMPARE(w->invoiceModel()->index(0, 0).data().toString(), u"INV-07001"_s);
        QCOMPARE(w->invoiceModel()->index(0, 3).data().toString(), money(6899));
        QCOMPARE(w->invoiceModel()->index(0, 4).data().toString(), money(2000));
        QCOMPARE(w->invoiceModel()->index(0, 5).data().toString(), money(899));
        QCOMPARE(w->invoiceModel()->index(0, 6).data().toString(), money(4000));
        QCOMPARE(w->invoiceModel()->index(0, 7).data().toString(),
            QLocale().toString(QDate(2026, 9, 30).daysTo(QDate::currentDate())));
        QTRY_VERIFY(w->invoiceView()->hasFocus());
        (void)test::saveScreenshot(section, u"billing-receivables-invoices"_s);
        QTest::keyClick(w->invoiceView(), Qt::Key_Escape);
        QVERIFY(!w->showingInvoices());
        QVERIFY(w->customerView()->hasFocus());
        QTest::keyClick(w->customerView(), Qt::Key_Escape);
        QVERIFY(w->bucketView()->hasFocus());

        // A new date, Enter: the report, the bucket's customers again for that date.
        w->dateEdit()->setFocus();
        w->dateEdit()->setDate(QDate(2026, 12, 31));
        const int agingBefore = int(api.agingCalls.size());
        QTest::keyClick(w->dateEdit(), Qt::Key_Return);
        QCOMPARE(api.agingCalls.size(), agingBefore + 1);
        QCOMPARE(api.agingCalls.last(), QDate(2026, 12, 31));
        QCOMPARE(api.customerCalls.last().asOf, QDate(2026, 12, 31));
        QCOMPARE(api.customerCalls.last().bucket, int(AgingBucket::Days61To90));
        QTRY_COMPARE(w->bucketView()->currentIndex().row(), int(AgingBucket::Days61To90));

        // The printed report holds the date, the buckets and the customers shown.
        const QString html = w->reportHtml();
        QVERIFY(html.contains(QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat)));
        QVERIFY(html.contains(money(expected.buckets.at(4).cents).toHtmlEscaped()));
        QVERIFY(html.contains(u"CUST-00108"_s));
        QVERIFY(!html.contains(u"CUST-00100"_s));

        // Choose "Over 90 days" and show the screen for a person to look at.
        w->chooseBucket(int(AgingBucket::Over90));
        QCOMPARE(api.customerCalls.last().bucket, int(AgingBucket::Over90));
        QTRY_COMPARE(w->customerModel()->index(0, 0).data().toString(), u"CUST-00104"_s);
        QCOMPARE(w->customerModel()->rowCount(), 2); // customers 104 and 109
        QCOMPARE(w->bucketView()->currentIndex().row(), int(AgingBucket::Over90));
        (void)test::saveScreenshot(section, u"billing-receivables"_s);
    }

    void exportWritesEveryCustomerOfTheBucket()
    {
        FakeReceivablesApi api;
        ReceivablesWidget w;
        w.setApi(&api);
        w.setAsOf(QDate(2026, 11, 30));
        w.chooseBucket(int(AgingBucket::Current));
        QVERIFY(w.gridTools()->hasAllRowsProvider());
        w.gridTools()->setProgressDialogEnabled(false);
        QSignalSpy finished(w.gridTools(), &GridTools::exportFinished);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"receivables.csv"_s);
        w.gridTools()->exportAllRows(path);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(3)); // customers 100, 105 and 110
        QCOMPARE(api.exports.size(), 1);
        QCOMPARE(api.exports.at(0).bucket, int(AgingBucket::Current));
        QCOMPARE(api.exports.at(0).asOf, QDate(2026, 11, 30));
        QCOMPARE(api.exports.at(0).path, path);
        QCOMPARE(api.exports.at(0).headers.size(), 10);
        QCOMPARE(api.exports.at(0).headers.at(2), agingBucketLabel(AgingBucket::Current));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"CUST-00105"_s));
        QVERIFY(!text.contains(u"CUST-00101"_s));
    }

    void shownOnlyWithTheBillingCapability()
    {
        FakeReceivablesApi api;
        BillingSection section(nullptr);
        section.attachReceivables(&api, nullptr);
        QTabWidget *tabs = section.tabs();
        const int tab = tabs->indexOf(section.receivables());
        QVERIFY(!tabs->isTabVisible(tab)); // no capabilities yet
        section.setCapabilities(clerk(false));
        QVERIFY(!tabs->isTabVisible(tab));
        section.setCapabilities(clerk(true));
        QVERIFY(tabs->isTabVisible(tab));
        QCOMPARE(tabs->tabText(tab), u"Receivables"_s);
        section.attachReceivables(nullptr, nullptr);
        QVERIFY(!tabs->isTabVisible(tab));
        section.attachReceivables(&api, nullptr);
        section.setCapabilities(clerk(false));
        QVERIFY(!tabs->isTabVisible(tab));
        section.showReceivables();
        QVERIFY(section.tabs()->currentWidget() != section.receivables());
    }
};

QTEST_MAIN(TestReceivablesTab)
#include "TestReceivablesTab.moc"

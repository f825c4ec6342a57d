// The invoice list's keyset pages on a real cluster with 120,000 invoices (6,000 customers × 20 months): the first
// page and a page deep in the list equal an independent ORDER BY … OFFSET query, walking every page visits every
// invoice once in (issue_date DESC, id DESC) order, the unfiltered page is read through invoices_list_idx, each filter
// (period, status, overdue, amount range, customer code, part of a name with a literal %) returns exactly the invoices
// an independent query selects, bad bounds are refused, and BillingUiService answers the same off the calling thread.
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "core/billing/BillingUiService.h"
#include "core/billing/InvoiceListRepository.h"
#include "core/common/Money.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "tests/support/Await.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::billing;

class TestInvoiceList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstPageMatchesIndependentQuery();
    void deepPageMatchesOffsetQuery();
    void walkingEveryPageVisitsEachInvoiceOnce();
    void firstPageUsesTheListIndex();
    void filtersSelectExactlyWhatSqlSelects_data();
    void filtersSelectExactlyWhatSqlSelects();
    void badBoundsAreRefused();
    void serviceAnswersOffTheCallingThread();
    void exportWritesEveryMatchingInvoice();

private:
    QList<qint64> ids(const QString &sql);
    QList<qint64> walk(const InvoiceListFilter &filter, int limit);

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

void TestInvoiceList::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto conninfo = m_cluster->freshDatabase();
    QVERIFY(conninfo.ok());
    m_conninfo = conninfo.value();
    auto opened = db::PgConnection::open(m_conninfo);
    QVERIFY(opened.ok());
    m_c = std::move(opened.value());
    const char *seed[] = {
        "INSERT INTO customers (id, code, display_name)"
        " SELECT n, 'CUST-' || lpad(n::text, 5, '0'), 'Client ' || n FROM generate_series(1, 6000) n",
        "UPDATE customers SET display_name = '100% Fibre inc.' WHERE id = 77",
        "UPDATE customers SET display_name = 'Fibre 1000 inc.' WHERE id = 78",
        // One invoice per customer and month, Apr 2025 … Nov 2026; statuses and totals spread by id.
        "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,"
        " gst_cents, qst_cents, total_cents, paid_cents, status)"
        " SELECT id, 'INV-' || lpad(id::text, 6, '0'), c, p, (p + interval '1 month - 1 day')::date, p,"
        "        p + 30, s, s * 5 / 100, s * 9975 / 100000, s + s * 5 / 100 + s * 9975 / 100000,"
        "        CASE WHEN id % 10 < 6 THEN s + s * 5 / 100 + s * 9975 / 100000"
        "             WHEN id % 10 = 8 THEN (s + s * 5 / 100 + s * 9975 / 100000) / 2 ELSE 0 END,"
        "        CASE WHEN id % 10 < 6 THEN 'paid' WHEN id % 10 < 8 THEN 'issued'"
        "             WHEN id % 10 = 8 THEN 'partially_paid' WHEN id % 100 = 99 THEN 'void' ELSE 'draft' END"
        "   FROM (SELECT (m * 6000 + c) AS id, c, (date '2025-04-01' + make_interval(months => m))::date AS p,"
        "                3000 + ((m * 6000 + c) * 37) % 9000 AS s"
        "           FROM generate_series(0, 19) m, generate_series(1, 6000) c) x",
        "ANALYZE invoices",
        "ANALYZE customers",
    };
    for (const char *sql : seed) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
}

void TestInvoiceList::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

QList<qint64> TestInvoiceList::ids(const QString &sql)
{
    QList<qint64> out;
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return out;
    }
    for (int i = 0; i < r.value().rows(); ++i)
        out << r.value().int64(i, 0);
    return out;
}

QList<qint64> TestInvoiceList::walk(const InvoiceListFilter &filter, int limit)
{
    QList<qint64> out;
    InvoiceCursor after;
    for (int guard = 0; guard < 100000; ++guard) {
        auto page = InvoiceListRepository(*m_c).page(filter, after, limit);
        if (!page.ok()) {
            qWarning("%s", qPrintable(page.error().detail));
            return {};
        }
        for (const InvoiceListRow &r : page.value().rows)
            out << r.id;
        if (!page.value().hasMore())
            break;
        after = page.value().next;
    }
    return out;
}

void TestInvoiceList::firstPageMatchesIndependentQuery()
{
    auto page = InvoiceListRepository(*m_c).page({}, {}, 200);
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 200);
    QVERIFY(page.value().hasMore());
    QList<qint64> got;
    for (const auto &r : page.value().rows)
        got << r.id;
    QCOMPARE(got, ids(u"SELECT id FROM invoices ORDER BY issue_date DESC, id DESC LIMIT 200"_s));
    const InvoiceListRow &first = page.value().rows.first();
    QCOMPARE(first.id, qint64(19 * 6000 + 6000));
    QCOMPARE(first.code, u"INV-120000"_s);
    QCOMPARE(first.customerCode, u"CUST-06000"_s);
    QCOMPARE(first.customerName, u"Client 6000"_s);
    QCOMPARE(first.periodStart, QDate(2026, 11, 1));
    QCOMPARE(first.dueDate, QDate(2026, 12, 1));
    auto total = m_c->exec("SELECT total_cents, paid_cents, status FROM invoices WHERE id = 120000");
    QVERIFY(total.ok());
    QCOMPARE(first.totalCents, total.value().int64(0, 0));
    QCOMPARE(first.paidCents, total.value().int64(0, 1));
    QCOMPARE(first.status, total.value().text(0, 2));
}

void TestInvoiceList::deepPageMatchesOffsetQuery()
{
    // The cursor of the row just before the last 150: the deepest page.
    auto before =
        m_c->exec("SELECT issue_date, id FROM invoices ORDER BY issue_date DESC, id DESC OFFSET 119849 LIMIT 1");
    QVERIFY(before.ok());
    const InvoiceCursor cursor{before.value().date(0, 0), before.value().int64(0, 1)};
    auto page = InvoiceListRepository(*m_c).page({}, cursor, 200);
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 150);
    QVERIFY(!page.value().hasMore());
    QList<qint64> got;
    for (const auto &r : page.value().rows)
        got << r.id;
    QCOMPARE(got, ids(u"SELECT id FROM invoices ORDER BY issue_date DESC, id DESC OFFSET 119850"_s));
    QCOMPARE(got.last(), qint64(1)); // the oldest invoice ends the list
}

void TestInvoiceList::walkingEveryPageVisitsEachInvoiceOnce()
{
    const QList<qint64> all = walk({}, 1000);
    QCOMPARE(all.size(), 120000);
    QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), 120000);
    QCOMPARE(all, ids(u"SELECT id FROM invoices ORDER BY issue_date DESC, id DESC"_s));
}

void TestInvoiceList::firstPageUsesTheListIndex()
{
    auto plan = m_c->exec("EXPLAIN SELECT i.* FROM invoices i WHERE (i.issue_date, i.id) < ('2026-06-01'::date, 5)"
                          " ORDER BY i.issue_date DESC, i.id DESC LIMIT 201");
    QVERIFY(plan.ok());
    QString text;
    for (int i = 0; i < plan.value().rows(); ++i)
        text += plan.value().text(i, 0) + u'\n';
    QVERIFY2(text.contains(u"invoices_list_idx"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Sort"_s), qPrintable(text));
}

void TestInvoiceList::filtersSelectExactlyWhatSqlSelects_data()
{
    QTest::addColumn<InvoiceListFilter>("filter");
    QTest::addColumn<QString>("where");
    InvoiceListFilter f;
    f.periodStart = QDate(2025, 12, 1);
    QTest::newRow("period") << f << u"period_start = '2025-12-01'"_s;
    f = {};
    f.status = u"partially_paid"_s;
    QTest::newRow("status") << f << u"status = 'partially_paid'"_s;
    f = {};
    f.overdueOnly = true;
    f.periodStart = QDate(2026, 3, 1);
    QTest::newRow("overdue in a period")
        << f << u"period_start = '2026-03-01' AND status IN ('issued', 'partially_paid') AND due_date < current_date"_s;
    f = {};
    f.minTotalCents = 10000;
    f.maxTotalCents = 10050;
    QTest::newRow("amount range") << f << u"total_cents BETWEEN 10000 AND 10050"_s;
    f = {};
    f.customer = u"cust-00042"_s;
    QTest::newRow("customer code") << f << u"customer_id = 42"_s;
    f = {};
    f.customer = u"100%"_s;
    QTest::newRow("name with a literal %") << f << u"customer_id = 77"_s;
    f = {};
    f.customer = u"fibre"_s;
    f.status = u"issued"_s;
    QTest::newRow("name part and status") << f << u"customer_id IN (77, 78) AND status = 'issued'"_s;
}

void TestInvoiceList::filtersSelectExactlyWhatSqlSelects()
{
    QFETCH(InvoiceListFilter, filter);
    QFETCH(QString, where);
    const QList<qint64> expected =
        ids(u"SELECT id FROM invoices WHERE %1 ORDER BY issue_date DESC, id DESC"_s.arg(where));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(walk(filter, 97), expected); // an odd page size: pages end mid-month
}

void TestInvoiceList::badBoundsAreRefused()
{
    InvoiceListFilter f;
    f.minTotalCents = 500;
    f.maxTotalCents = 100;
    auto r = InvoiceListRepository(*m_c).page(f, {}, 10);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY(!r.error().userMessage.isEmpty());
    f = {};
    f.status = u"paid'; DROP TABLE invoices; --"_s;
    r = InvoiceListRepository(*m_c).page(f, {}, 10);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
}

void TestInvoiceList::serviceAnswersOffTheCallingThread()
{
    DbExecutor db(m_conninfo, 1);
    BillingUiService service(db);
    QVERIFY(!service.canSendInvoices()); // no PDF and e-mail output given
    InvoiceListFilter f;
    f.status = u"issued"_s;
    auto page = test::await(service.listInvoices(f, {}, 50), this);
    QVERIFY(page && page->ok());
    QCOMPARE(page->value().rows.size(), 50);
    for (const auto &r : page->value().rows)
        QCOMPARE(r.status, u"issued"_s);
    auto doc = test::await(service.loadInvoice(page->value().rows.first().id), this);
    QVERIFY(doc && doc->ok());
    QCOMPARE(doc->value().code, page->value().rows.first().code);
    auto pdf = test::await(service.invoicePdf(page->value().rows.first().id), this);
    QVERIFY(pdf && !pdf->ok());
    QCOMPARE(pdf->error().kind, Error::Kind::Validation);
    db.shutdown(5000);
}

void TestInvoiceList::exportWritesEveryMatchingInvoice()
{
    DbExecutor db(m_conninfo, 1);
    BillingUiService service(db);
    QTemporaryDir dir;
    InvoiceExportRequest request;
    request.path = dir.filePath(u"invoices.csv"_s);
    request.filter.status = u"partially_paid"_s;
    request.options.separator = u',';
    request.options.decimalPoint = u'.';
    request.options.byteOrderMark = false;
    request.options.crlf = false;
    request.headers = {u"Invoice"_s, u"Credit note"_s, u"Customer code"_s, u"Customer"_s, u"Period"_s, u"Issued"_s,
        u"Due"_s, u"Status"_s, u"Overdue"_s, u"Total"_s, u"Paid"_s};
    request.statusLabels.insert(u"partially_paid"_s, u"Partly"_s);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto progress = std::make_shared<std::atomic<qint64>>(0);
    auto rows = test::await(service.exportInvoices(request, cancel, progress), this, 60000);
    QVERIFY(rows && rows->ok());
    const QList<qint64> expected =
        ids(u"SELECT id FROM invoices WHERE status = 'partially_paid' ORDER BY issue_date DESC, id DESC"_s);
    QCOMPARE(rows->value(), qint64(expected.size()));
    QCOMPARE(progress->load(), qint64(expected.size()));
    QFile f(request.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size() + 1);
    QCOMPARE(lines.at(0), request.headers.join(u','));
    auto first =
        m_c->exec(QStringLiteral("SELECT i.code, c.code, c.display_name, total_cents, paid_cents FROM invoices i"
                                 " JOIN customers c ON c.id = i.customer_id WHERE i.id = %1")
                      .arg(expected.first()));
    QVERIFY(first.ok());
    const QStringList cells = lines.at(1).split(u',');
    QCOMPARE(cells.size(), 11);
    QCOMPARE(cells.at(0), first.value().text(0, 0));
    QCOMPARE(cells.at(2), first.value().text(0, 1));
    QCOMPARE(cells.at(7), u"Partly"_s);
    QCOMPARE(cells.at(9), Money::fromCents(first.value().int64(0, 3)).toPlainString());
    QCOMPARE(cells.at(10), Money::fromCents(first.value().int64(0, 4)).toPlainString());

    // Cancelled: no file.
    request.path = dir.filePath(u"cancelled.csv"_s);
    cancel->store(true);
    auto cancelled = test::await(service.exportInvoices(request, cancel, progress), this, 60000);
    QVERIFY(cancelled && !cancelled->ok());
    QCOMPARE(cancelled->error().kind, Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(request.path));
    db.shutdown(5000);
}

QTEST_GUILESS_MAIN(TestInvoiceList)
#include "TestInvoiceList.moc"

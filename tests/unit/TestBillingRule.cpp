// The billing rule of docs/billing.md against hand-computed cases: proration by days, rounding half away from zero
// (exactly half a cent included), quantity, a discount line, a non-taxable item, taxes on the taxable subtotal only,
// and the periods a run accepts.
#include <QTest>

#include "core/billing/BillingRule.h"

using namespace Qt::StringLiterals;
using namespace ops;
using namespace ops::billing;

class TestBillingRule : public QObject
{
    Q_OBJECT

private slots:
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void prorates_data();
    void prorates();
    void aPlanChangeMidPeriodIsTwoLines();
    void taxesOnTheTaxableSubtotal();
    void halfACentOfTax();
    void periods_data();
    void periods();
};

void TestBillingRule::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("d");
    QTest::addColumn<qint64>("want");
    QTest::newRow("exact") << qint64(300) << qint64(3) << qint64(100);
    QTest::newRow("below half") << qint64(149) << qint64(100) << qint64(1);
    QTest::newRow("exactly half") << qint64(150) << qint64(100) << qint64(2);
    QTest::newRow("exactly half, negative") << qint64(-150) << qint64(100) << qint64(-2);
    QTest::newRow("below half, negative") << qint64(-149) << qint64(100) << qint64(-1);
    QTest::newRow("2.5 → 3") << qint64(5) << qint64(2) << qint64(3);
    QTest::newRow("-2.5 → -3") << qint64(-5) << qint64(2) << qint64(-3);
    QTest::newRow("zero") << qint64(0) << qint64(31) << qint64(0);
}

void TestBillingRule::roundsHalfAwayFromZero()
{
    QFETCH(qint64, n);
    QFETCH(qint64, d);
    QTEST(divideRounded(n, d), "want");
}

void TestBillingRule::prorates_data()
{
    QTest::addColumn<QDate>("period");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end"); // invalid = open
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("amount");
    const QDate jan(2027, 1, 1);
    const int active = int(SubscriptionStatus::Active);
    // A whole month is exactly price × quantity.
    QTest::newRow("whole month") << jan << qint64(8995) << 1 << QDate(2025, 3, 14) << QDate() << active << 31
                                 << qint64(8995);
    // Start on the 31st of a 31-day month: 1 day. 8995 × 1 / 31 = 290.16… → 290.
    QTest::newRow("start on the 31st") << jan << qint64(8995) << 1 << QDate(2027, 1, 31) << QDate() << active << 1
                                       << qint64(290);
    // End mid-month (15th, inclusive): 15 days of 31. 8995 × 15 / 31 = 4352.41… → 4352.
    QTest::newRow("end mid-month") << jan << qint64(8995) << 1 << QDate(2024, 6, 1) << QDate(2027, 1, 15)
                                   << int(SubscriptionStatus::Cancelled) << 15 << qint64(4352);
    // Quantity: 3 phone lines at 2495, from the 10th (22 days): 7485 × 22 / 31 = 5311.93… → 5312.
    QTest::newRow("quantity") << jan << qint64(2495) << 3 << QDate(2027, 1, 10) << QDate() << active << 22
                              << qint64(5312);
    // A discount (negative price) prorated the same way: -1000 × 16 / 31 = -516.13 → -516.
    QTest::newRow("discount") << jan << qint64(-1000) << 1 << QDate(2027, 1, 16) << QDate() << active << 16
                              << qint64(-516);
    // Exactly half a cent: February 2026 has 28 days; 7 cents × 2 days / 28 = 0.5 → 1 (half away from zero), and a
    // credit of 7 cents → -1.
    QTest::newRow("exactly half a cent") << QDate(2026, 2, 1) << qint64(7) << 1 << QDate(2026, 2, 27) << QDate()
                                         << active << 2 << qint64(1);
    QTest::newRow("exactly half a cent, credit")
        << QDate(2026, 2, 1) << qint64(-7) << 1 << QDate(2026, 2, 27) << QDate() << active << 2 << qint64(-1);
    // Suspended is billed; pending is not; ended before the period: nothing; starting after it: nothing.
    QTest::newRow("suspended") << jan << qint64(5000) << 1 << QDate(2026, 1, 1) << QDate()
                               << int(SubscriptionStatus::Suspended) << 31 << qint64(5000);
    QTest::newRow("pending") << jan << qint64(5000) << 1 << QDate(2027, 1, 5) << QDate()
                             << int(SubscriptionStatus::Pending) << 0 << qint64(0);
    QTest::newRow("ended before") << jan << qint64(5000) << 1 << QDate(2026, 1, 1) << QDate(2026, 12, 31)
                                  << int(SubscriptionStatus::Cancelled) << 0 << qint64(0);
    QTest::newRow("starts after") << jan << qint64(5000) << 1 << QDate(2027, 2, 1) << QDate() << active << 0
                                  << qint64(0);
    // One day only (start = end), in a 30-day month: 3000 / 30 = 100.
    QTest::newRow("one day") << QDate(2027, 4, 1) << qint64(3000) << 1 << QDate(2027, 4, 20) << QDate(2027, 4, 20)
                             << int(SubscriptionStatus::Cancelled) << 1 << qint64(100);
}

void TestBillingRule::prorates()
{
    QFETCH(QDate, period);
    QFETCH(qint64, price);
    QFETCH(int, quantity);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, status);
    RuleSubscription s;
    s.priceCents = price;
    s.quantity = quantity;
    s.start = start;
    if (end.isValid())
        s.end = end;
    s.status = SubscriptionStatus(status);
    QTEST(billedDays(period, s), "days");
    QTEST(lineAmount(period, s), "amount");
}

void TestBillingRule::aPlanChangeMidPeriodIsTwoLines()
{
    // 100 Mbit/s at 6995 until the 11th, then 500 Mbit/s at 8995 from the 12th (January, 31 days):
    // 6995 × 11 / 31 = 2482.1… → 2482; 8995 × 20 / 31 = 5803.2… → 5803.
    const QDate jan(2027, 1, 1);
    RuleSubscription before{6995, 1, QDate(2025, 5, 2), QDate(2027, 1, 11), SubscriptionStatus::Cancelled};
    RuleSubscription after{8995, 1, QDate(2027, 1, 12), std::nullopt, SubscriptionStatus::Active};
    QCOMPARE(billedDays(jan, before) + billedDays(jan, after), 31);
    QCOMPARE(lineAmount(jan, before), qint64(2482));
    QCOMPARE(lineAmount(jan, after), qint64(5803));
    const InvoiceTotals t = invoiceTotals({{2482, true}, {5803, true}});
    QCOMPARE(t.subtotalCents, qint64(8285));
    QCOMPARE(t.gstCents, qint64(414)); // 414.25
    QCOMPARE(t.qstCents, qint64(826)); // 826.43…
    QCOMPARE(t.totalCents, qint64(9525));
}

void TestBillingRule::taxesOnTheTaxableSubtotal()
{
    // Internet 8995 (taxable), a discount -1000 (taxable: it lowers the base), equipment rental 500 not taxable.
    const InvoiceTotals t = invoiceTotals({{8995, true}, {-1000, true}, {500, false}, {0, true}});
    QCOMPARE(t.subtotalCents, qint64(8495));
    QCOMPARE(t.taxableCents, qint64(7995));
    QCOMPARE(t.gstCents, qint64(400)); // 399.75 → 400
    QCOMPARE(t.qstCents, qint64(798)); // 797.50… → 797.5013 → 798
    QCOMPARE(t.totalCents, qint64(8495 + 400 + 798));
    // Never a combined rate: 14.975 % of 7995 = 1197.25… → 1197, while the sum of the two taxes is 1198.
    QCOMPARE(applyPpm(7995, kGstRatePpm + kQstRatePpm), qint64(1197));
    QVERIFY(t.gstCents + t.qstCents != applyPpm(7995, kGstRatePpm + kQstRatePpm));
}

void TestBillingRule::halfACentOfTax()
{
    // GST on 10 cents = 0.5 → 1; on 30 = 1.5 → 2; QST on 200 = 19.95 → 20; QST on 400 = 39.9 → 40;
    // QST on 2000 = 199.5 → 200 (exactly half); negative bases round away from zero too.
    QCOMPARE(applyPpm(10, kGstRatePpm), qint64(1));
    QCOMPARE(applyPpm(30, kGstRatePpm), qint64(2));
    QCOMPARE(applyPpm(-10, kGstRatePpm), qint64(-1));
    QCOMPARE(applyPpm(200, kQstRatePpm), qint64(20));
    QCOMPARE(applyPpm(2000, kQstRatePpm), qint64(200));
    QCOMPARE(applyPpm(-2000, kQstRatePpm), qint64(-200));
    QCOMPARE(applyPpm(1999, kQstRatePpm), qint64(199)); // 199.40…
}

void TestBillingRule::periods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDate>("want");
    QTest::newRow("this month") << u"2026-12"_s << true << QDate(2026, 12, 1);
    QTest::newRow("next month") << u"2027-01"_s << true << QDate(2027, 1, 1);
    QTest::newRow("past") << u"2025-02"_s << true << QDate(2025, 2, 1);
    QTest::newRow("beyond next month") << u"2027-02"_s << false << QDate();
    QTest::newRow("next year") << u"2028-01"_s << false << QDate();
    QTest::newRow("no zero") << u"2027-1"_s << false << QDate();
    QTest::newRow("month 13") << u"2026-13"_s << false << QDate();
    QTest::newRow("month 0") << u"2026-00"_s << false << QDate();
    QTest::newRow("a date") << u"2026-12-01"_s << false << QDate();
    QTest::newRow("slash") << u"12/2026"_s << false << QDate();
    QTest::newRow("empty") << QString() << false << QDate();
}

void TestBillingRule::periods()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto r = parsePeriod(text, QDate(2026, 12, 7));
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QTEST(r.value(), "want");
    } else {
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QVERIFY(!r.error().userMessage.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestBillingRule)
#include "TestBillingRule.moc"

#include <QLocale>
#include <QTest>

#include "core/common/Money.h"

using ops::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void applyRate_data();
    void applyRate();
    void invoiceTaxes();
    void arithmetic();
    void plainString_data();
    void plainString();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void format_data();
    void format();
};

void TestMoney::applyRate_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("expected");

    // GST 5 %
    QTest::newRow("gst 100.00") << qint64(10000) << ops::kGstRatePer100k << qint64(500);
    QTest::newRow("gst 79.95") << qint64(7995) << ops::kGstRatePer100k << qint64(400); // 3.9975 -> 4.00
    QTest::newRow("gst 49.99") << qint64(4999) << ops::kGstRatePer100k << qint64(250); // 2.4995 -> 2.50
    QTest::newRow("gst 0.10 half up") << qint64(10) << ops::kGstRatePer100k << qint64(1); // 0.005 -> 0.01
    QTest::newRow("gst 0.09 down") << qint64(9) << ops::kGstRatePer100k << qint64(0); // 0.0045 -> 0.00
    QTest::newRow("gst 0.01") << qint64(1) << ops::kGstRatePer100k << qint64(0);
    QTest::newRow("gst zero") << qint64(0) << ops::kGstRatePer100k << qint64(0);
    // QST 9.975 %
    QTest::newRow("qst 100.00") << qint64(10000) << ops::kQstRatePer100k << qint64(998); // 9.975 -> 9.98
    QTest::newRow("qst 79.95") << qint64(7995) << ops::kQstRatePer100k << qint64(798); // 7.9750125 -> 7.98
    QTest::newRow("qst 49.99") << qint64(4999) << ops::kQstRatePer100k << qint64(499); // 4.9865025 -> 4.99
    QTest::newRow("qst 0.05") << qint64(5) << ops::kQstRatePer100k << qint64(0); // 0.0049875 -> 0.00
    QTest::newRow("qst 0.06") << qint64(6) << ops::kQstRatePer100k << qint64(1); // 0.005985 -> 0.01
    QTest::newRow("qst 999999.99") << qint64(99999999) << ops::kQstRatePer100k << qint64(9975000);
    // Credits: half away from zero, symmetric with the positive side.
    QTest::newRow("gst -0.10") << qint64(-10) << ops::kGstRatePer100k << qint64(-1);
    QTest::newRow("gst -0.09") << qint64(-9) << ops::kGstRatePer100k << qint64(0);
    QTest::newRow("gst -79.95") << qint64(-7995) << ops::kGstRatePer100k << qint64(-400);
    QTest::newRow("qst -0.09") << qint64(-9) << ops::kQstRatePer100k << qint64(-1); // -0.0089775 -> -0.01
    QTest::newRow("qst -79.95") << qint64(-7995) << ops::kQstRatePer100k << qint64(-798);
    QTest::newRow("qst -100.00") << qint64(-10000) << ops::kQstRatePer100k << qint64(-998);
}

void TestMoney::applyRate()
{
    QFETCH(qint64, cents);
    QFETCH(qint64, rate);
    QFETCH(qint64, expected);
    QCOMPARE(Money::fromCents(cents).applyRate(rate).cents(), expected);
    // A credit is exactly the negation of the matching charge.
    QCOMPARE(Money::fromCents(-cents).applyRate(rate).cents(), -expected);
}

void TestMoney::invoiceTaxes()
{
    // 1 Gbps plan at 79.95 $ plus a 10.00 $ router rental: taxes on the subtotal.
    const Money subtotal = Money::fromCents(7995) + Money::fromCents(1000);
    const Money gst = subtotal.applyRate(ops::kGstRatePer100k);
    const Money qst = subtotal.applyRate(ops::kQstRatePer100k);
    QCOMPARE(gst.cents(), qint64(450)); // 4.4975 -> 4.50
    QCOMPARE(qst.cents(), qint64(897)); // 8.9725125 -> 8.97
    QCOMPARE((subtotal + gst + qst).toPlainString(), QStringLiteral("103.42"));
}

void TestMoney::arithmetic()
{
    Money m = Money::fromCents(1050);
    m += Money::fromCents(-2100);
    QCOMPARE(m.cents(), qint64(-1050));
    QCOMPARE((-m).cents(), qint64(1050));
    QCOMPARE((m - Money::fromCents(1)).cents(), qint64(-1051));
    QVERIFY(Money::fromCents(1) > Money::fromCents(-1));
    QCOMPARE(Money(), Money::fromCents(0));
}

void TestMoney::plainString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("cents") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("negative cents") << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("thousands") << qint64(123456) << QStringLiteral("1234.56");
    QTest::newRow("negative") << qint64(-123400) << QStringLiteral("-1234.00");
    QTest::newRow("large") << qint64(123456789012345) << QStringLiteral("1234567890123.45");
}

void TestMoney::plainString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromCents(cents).toPlainString(), expected);
    Money back;
    QVERIFY(Money::parse(expected, &back));
    QCOMPARE(back.cents(), cents);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("en_CA decimal point") << QStringLiteral("1234.56") << qint64(123456);
    QTest::newRow("fr_CA decimal comma") << QStringLiteral("1234,56") << qint64(123456);
    QTest::newRow("whole") << QStringLiteral("42") << qint64(4200);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << qint64(1250);
    QTest::newRow("one decimal comma") << QStringLiteral("12,5") << qint64(1250);
    QTest::newRow("negative") << QStringLiteral("-0.05") << qint64(-5);
    QTest::newRow("negative comma") << QStringLiteral("-79,95") << qint64(-7995);
    QTest::newRow("spaces") << QStringLiteral("  7.99 ") << qint64(799);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    Money m = Money::fromCents(-999);
    QVERIFY2(Money::parse(text, &m), qPrintable(text));
    QCOMPARE(m.cents(), expected);
    QVERIFY(Money::parse(text, nullptr)); // validation only
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("three decimals") << QStringLiteral("1.234");
    QTest::newRow("two separators") << QStringLiteral("1.2.3");
    QTest::newRow("trailing sign") << QStringLiteral("12-");
    QTest::newRow("double") << QStringLiteral("1e3");
    QTest::newRow("only separator") << QStringLiteral(".");
    QTest::newRow("too many digits") << QStringLiteral("1234567890123456");
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    Money m = Money::fromCents(777);
    QVERIFY2(!Money::parse(text, &m), qPrintable(text));
    QCOMPARE(m.cents(), qint64(777)); // untouched on failure
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    // fr_CA: no-break space (U+00A0) as the group separator and before "$". Written with plain spaces below.
    const auto nb = [](QString text) {
        return text.replace(QLatin1Char(' '), QChar(0x00a0));
    };
    const QString fr = QStringLiteral("fr_CA");
    const QString en = QStringLiteral("en_CA");

    QTest::newRow("fr thousands") << fr << qint64(123456) << nb(QStringLiteral("1 234,56 $"));
    QTest::newRow("fr small") << fr << qint64(5) << nb(QStringLiteral("0,05 $"));
    QTest::newRow("fr negative") << fr << qint64(-7995) << nb(QStringLiteral("-79,95 $"));
    QTest::newRow("fr millions") << fr << qint64(123456789012) << nb(QStringLiteral("1 234 567 890,12 $"));
    QTest::newRow("en thousands") << en << qint64(123456) << QStringLiteral("$1,234.56");
    QTest::newRow("en small") << en << qint64(5) << QStringLiteral("$0.05");
    QTest::newRow("en negative") << en << qint64(-7995) << QStringLiteral("-$79.95");
    QTest::newRow("en zero") << en << qint64(0) << QStringLiteral("$0.00");
    QTest::newRow("en millions") << en << qint64(123456789012) << QStringLiteral("$1,234,567,890.12");
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromCents(cents).format(QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"

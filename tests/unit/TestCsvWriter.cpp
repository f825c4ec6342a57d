// CsvWriter: RFC 4180 quoting as Excel reads it, BOM and CRLF, formula injection, separators per locale, accents,
// a 1 MB cell, control characters, and atomic files (a cancelled CsvFile leaves nothing).
#include <QBuffer>
#include <QDateTime>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "core/common/Money.h"
#include "core/export/CsvWriter.h"

using namespace ops;
using namespace ops::csv;
using namespace Qt::Literals::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void encodeField_data();
    void encodeField();
    void bomAndCrlf();
    void separatorFollowsLocale();
    void numbersAndMoney();
    void dates();
    void unicodeAccents();
    void megabyteCell();
    void controlCharacters();
    void atomicFile();
    void cancelledFileLeavesNothing();
};

namespace {
CsvOptions semicolon()
{
    CsvOptions o;
    o.separator = QLatin1Char(';');
    o.decimalPoint = QLatin1Char(',');
    return o;
}

QByteArray write(const std::function<void(CsvWriter &)> &fill, CsvOptions o = semicolon())
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CsvWriter w(&buf, o);
    fill(w);
    if (!w.flush())
        return "FLUSH FAILED";
    return buf.data();
}
} // namespace

void TestCsvWriter::encodeField_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"abc"_s << false << u"abc"_s;
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("separator") << u"a;b"_s << false << u"\"a;b\""_s;
    QTest::newRow("comma is not the separator") << u"a,b"_s << false << u"a,b"_s;
    QTest::newRow("quote") << u"dit \"oui\""_s << false << u"\"dit \"\"oui\"\"\""_s;
    QTest::newRow("lf") << u"l1\nl2"_s << false << u"\"l1\nl2\""_s;
    QTest::newRow("crlf") << u"l1\r\nl2"_s << false << u"\"l1\r\nl2\""_s;
    QTest::newRow("leading space") << u" a"_s << false << u"\" a\""_s;
    QTest::newRow("trailing space") << u"a "_s << false << u"\"a \""_s;
    QTest::newRow("formula =") << u"=SUM(A1:A2)"_s << false << u"'=SUM(A1:A2)"_s;
    QTest::newRow("formula +") << u"+1"_s << false << u"'+1"_s;
    QTest::newRow("formula - text") << u"-1"_s << false << u"'-1"_s;
    QTest::newRow("formula @") << u"@cmd"_s << false << u"'@cmd"_s;
    QTest::newRow("formula tab") << u"\tx"_s << false << u"'\tx"_s;
    QTest::newRow("formula cr") << u"\rx"_s << false << u"\"'\rx\""_s;
    QTest::newRow("dde with quote") << u"=cmd|' /C calc'!A0"_s << false << u"'=cmd|' /C calc'!A0"_s;
    QTest::newRow("formula with separator") << u"=1;2"_s << false << u"\"'=1;2\""_s;
    QTest::newRow("negative number kept") << u"-12"_s << true << u"-12"_s;
    QTest::newRow("negative decimal kept") << u"-12,50"_s << true << u"-12,50"_s;
    QTest::newRow("numeric column, formula") << u"-2+3"_s << true << u"'-2+3"_s;
    QTest::newRow("numeric column, =") << u"=1"_s << true << u"'=1"_s;
    QTest::newRow("minus in the middle") << u"a-b"_s << false << u"a-b"_s;
}

void TestCsvWriter::encodeField()
{
    QFETCH(QString, in);
    QFETCH(bool, numeric);
    QFETCH(QString, out);
    QCOMPARE(CsvWriter::encodeField(in, numeric ? CellKind::Number : CellKind::Text, semicolon()), out);
}

void TestCsvWriter::bomAndCrlf()
{
    const QByteArray bytes = write([](CsvWriter &w) {
        w.writeRow({u"a"_s, u"b"_s});
        w.writeRow({u"c"_s, QString()});
    });
    QCOMPARE(bytes,
        QByteArray("\xEF\xBB\xBF"
                   "a;b\r\nc;\r\n"));
    CsvOptions plain = semicolon();
    plain.byteOrderMark = false;
    plain.crlf = false;
    QCOMPARE(write([](CsvWriter &w) { w.writeRow({u"x"_s}); }, plain), QByteArray("x\n"));
    // An empty export is still a valid UTF-8 file with its BOM.
    QCOMPARE(write([](CsvWriter &) {}), QByteArray("\xEF\xBB\xBF"));
}

void TestCsvWriter::separatorFollowsLocale()
{
    const CsvOptions fr = CsvOptions::forLocale(QLocale(QLocale::French, QLocale::Canada));
    QCOMPARE(fr.separator, QLatin1Char(';'));
    QCOMPARE(fr.decimalPoint, QLatin1Char(','));
    const CsvOptions en = CsvOptions::forLocale(QLocale(QLocale::English, QLocale::Canada));
    QCOMPARE(en.separator, QLatin1Char(','));
    QCOMPARE(en.decimalPoint, QLatin1Char('.'));
    QCOMPARE(CsvWriter::encodeField(u"a,b"_s, CellKind::Text, en), u"\"a,b\""_s);
    QCOMPARE(CsvWriter::encodeField(u"a;b"_s, CellKind::Text, en), u"a;b"_s);
    QCOMPARE(write(
                 [](CsvWriter &w) {
                     w.writeRow({u"1"_s, u"2"_s});
                 },
                 en),
        QByteArray("\xEF\xBB\xBF"
                   "1,2\r\n"));
}

void TestCsvWriter::numbersAndMoney()
{
    const QByteArray fr = write([](CsvWriter &w) {
        w.addNumber(-42);
        w.addMoney(Money::fromCents(-123456));
        w.addMoney(Money::fromCents(5));
        w.addBool(true);
        w.endRow();
    });
    QCOMPARE(fr,
        QByteArray("\xEF\xBB\xBF"
                   "-42;-1234,56;0,05;1\r\n"));
    const QByteArray en = write(
        [](CsvWriter &w) {
            w.addMoney(Money::fromCents(-123456));
            w.endRow();
        },
        CsvOptions::forLocale(QLocale(QLocale::English, QLocale::Canada)));
    QCOMPARE(en,
        QByteArray("\xEF\xBB\xBF"
                   "-1234.56\r\n"));
}

void TestCsvWriter::dates()
{
    const QDateTime utc(QDate(2026, 11, 27), QTime(14, 5, 9), Qt::UTC);
    const QByteArray bytes = write([&](CsvWriter &w) {
        w.addDateTime(utc);
        w.addDateTime(QDateTime());
        w.endRow();
    });
    const QByteArray expected =
        "\xEF\xBB\xBF" + utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8() + ";\r\n";
    QCOMPARE(bytes, expected);
}

void TestCsvWriter::unicodeAccents()
{
    const QString s = u"Hélène Côté — ÉÀÇ œ 😀 中文"_s;
    const QByteArray bytes = write([&](CsvWriter &w) { w.writeRow({s}); });
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF") + s.toUtf8() + "\r\n");
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), s + u"\r\n"_s);
}

void TestCsvWriter::megabyteCell()
{
    QString big(1024 * 1024, QLatin1Char('x'));
    big[500000] = QLatin1Char('"');
    big[600000] = QLatin1Char(';');
    const QByteArray bytes = write([&](CsvWriter &w) {
        w.writeRow({u"a"_s, big, u"b"_s});
        w.writeRow({u"c"_s});
    });
    QString quoted = big;
    quoted.replace(u"\""_s, u"\"\""_s);
    QCOMPARE(bytes,
        QByteArray("\xEF\xBB\xBF"
                   "a;\"")
            + quoted.toUtf8() + "\";b\r\nc\r\n");
}

void TestCsvWriter::controlCharacters()
{
    // NUL and other C0 controls (and DEL) vanish; TAB, CR and LF stay (quoted).
    QString s = u"a"_s;
    s += QChar(0);
    s += u"b\x01\x07\x1b"
         "c\x7f"_s;
    QCOMPARE(CsvWriter::encodeField(s, CellKind::Text, semicolon()), u"abc"_s);
    QString hidden;
    hidden += QChar(0);
    hidden += u"=1+1"_s;
    QCOMPARE(CsvWriter::encodeField(hidden, CellKind::Text, semicolon()), u"'=1+1"_s);
    QCOMPARE(CsvWriter::encodeField(u"a\tb"_s, CellKind::Text, semicolon()), u"a\tb"_s);
    const QByteArray bytes = write([&](CsvWriter &w) { w.writeRow({s}); });
    QVERIFY(!bytes.contains('\0'));
}

void TestCsvWriter::atomicFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    {
        CsvFile f(path, semicolon());
        QVERIFY(f.open());
        for (int i = 0; i < 20000; ++i)
            f.writer().writeRow({QString::number(i), u"ligne été"_s});
        QVERIFY(!QFile::exists(path)); // nothing at the destination before commit
        QVERIFY2(f.commit(), qPrintable(f.errorString()));
    }
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray all = in.readAll();
    QVERIFY(all.startsWith("\xEF\xBB\xBF"
                           "0;ligne \xC3\xA9t\xC3\xA9\r\n"));
    QCOMPARE(all.count("\r\n"), 20000);
}

void TestCsvWriter::cancelledFileLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    {
        CsvFile f(path);
        QVERIFY(f.open());
        for (int i = 0; i < 20000; ++i) // beyond the buffer: bytes reached the temporary file
            f.writer().writeRow({QString::number(i)});
        QVERIFY(f.writer().flush());
        f.cancel();
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    // An existing file is left untouched by a cancelled export over it.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    {
        CsvFile f(path);
        QVERIFY(f.open());
        f.writer().writeRow({u"new"_s});
    } // destroyed without commit
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"

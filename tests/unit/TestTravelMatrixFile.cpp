// TravelMatrix::readFile / writeFile: a written matrix reads back bit for bit; times only (distances 0); blank lines
// and tabs; and every malformed file refused with its line, leaving the matrix given as it was.
#include <cstdio>
#include <fstream>

#include <QTemporaryDir>
#include <QTest>

#include "core/dispatch/scheduling/TravelMatrix.h"

using namespace ops::sched;

class TestTravelMatrixFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripIsExact();
    void timesOnly();
    void blankLinesAndTabs();
    void malformed_data();
    void malformed();
    void missingFile();
    void unwritablePath();

private:
    std::string write(const std::string &text);
    std::string path(const char *name) const { return m_dir->path().toStdString() + '/' + name; }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTravelMatrixFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::string TestTravelMatrixFile::write(const std::string &text)
{
    const std::string p = path("matrix.txt");
    std::ofstream f(p, std::ios::binary | std::ios::trunc);
    f << text;
    return p;
}

void TestTravelMatrixFile::roundTripIsExact()
{
    TravelMatrix m(4);
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            if (i != j)
                m.set(i, j, 1.0 / 3.0 * (i + 1) + 0.1 * j, 1e-7 + 12345.678901234 * i + j / 7.0);
    std::string error;
    const std::string p = path("out.txt");
    QVERIFY2(m.writeFile(p, error), error.c_str());
    TravelMatrix back;
    QVERIFY2(TravelMatrix::readFile(p, back, error), error.c_str());
    QCOMPARE(back.size(), 4);
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j) {
            QCOMPARE(back.time(i, j), m.time(i, j)); // exact: shortest round-trip text
            QCOMPARE(back.distance(i, j), m.distance(i, j));
        }
}

void TestTravelMatrixFile::timesOnly()
{
    TravelMatrix m;
    std::string error;
    QVERIFY2(TravelMatrix::readFile(write("2\n0 7.5\n8 0\n"), m, error), error.c_str());
    QCOMPARE(m.size(), 2);
    QCOMPARE(m.time(0, 1), 7.5);
    QCOMPARE(m.time(1, 0), 8.0);
    QCOMPARE(m.distance(0, 1), 0.0);
}

void TestTravelMatrixFile::blankLinesAndTabs()
{
    TravelMatrix m;
    std::string error;
    QVERIFY2(TravelMatrix::readFile(write("\n  2  \r\n0\t1e1\r\n\n3 0\n  \n0 2.5\n4 0\n\n"), m, error), error.c_str());
    QCOMPARE(m.time(0, 1), 10.0);
    QCOMPARE(m.time(1, 0), 3.0);
    QCOMPARE(m.distance(0, 1), 2.5);
    QCOMPARE(m.distance(1, 0), 4.0);
}

void TestTravelMatrixFile::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("message"); // part of the error
    QTest::newRow("empty") << QByteArray("") << QByteArray("empty file");
    QTest::newRow("only blanks") << QByteArray("\n \n") << QByteArray("empty file");
    QTest::newRow("size not a number") << QByteArray("two\n0 1\n1 0\n") << QByteArray("line 1:");
    QTest::newRow("size zero") << QByteArray("0\n") << QByteArray("line 1:");
    QTest::newRow("size negative") << QByteArray("-2\n0 1\n1 0\n") << QByteArray("line 1:");
    QTest::newRow("size with more on the line") << QByteArray("2 0 1\n1 0\n") << QByteArray("line 1:");
    QTest::newRow("size fractional") << QByteArray("2.5\n") << QByteArray("line 1:");
    QTest::newRow("short row") << QByteArray("2\n0 1\n1\n") << QByteArray("line 3: 1 values, expected 2");
    QTest::newRow("long row") << QByteArray("2\n0 1 2\n1 0\n") << QByteArray("line 2: 3 values, expected 2");
    QTest::newRow("rows missing") << QByteArray("3\n0 1 2\n1 0 2\n") << QByteArray("2 rows of values, expected 3");
    QTest::newRow("distances cut short") << QByteArray("2\n0 1\n1 0\n0 5\n") << QByteArray("3 rows of values");
    QTest::newRow("too many rows") << QByteArray("1\n0\n0\n0\n") << QByteArray("line 4: more than 2 rows");
    QTest::newRow("text value") << QByteArray("2\n0 far\n1 0\n") << QByteArray("line 2: value 2 ('far')");
    QTest::newRow("trailing garbage") << QByteArray("2\n0 1x\n1 0\n") << QByteArray("line 2: value 2 ('1x')");
    QTest::newRow("negative") << QByteArray("2\n0 -1\n1 0\n") << QByteArray("line 2: value 2");
    QTest::newRow("nan") << QByteArray("2\n0 nan\n1 0\n") << QByteArray("line 2: value 2");
    QTest::newRow("infinite") << QByteArray("2\n0 inf\n1 0\n") << QByteArray("line 2: value 2");
    QTest::newRow("comma decimal") << QByteArray("2\n0 1,5\n1 0\n") << QByteArray("line 2: value 2 ('1,5')");
}

void TestTravelMatrixFile::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, message);
    TravelMatrix m(1);
    m.set(0, 0, 42, 43);
    std::string error;
    QVERIFY(!TravelMatrix::readFile(write(text.toStdString()), m, error));
    QVERIFY2(error.find(message.toStdString()) != std::string::npos, error.c_str());
    QCOMPARE(m.size(), 1); // untouched
    QCOMPARE(m.time(0, 0), 42.0);
    QCOMPARE(m.distance(0, 0), 43.0);
}

void TestTravelMatrixFile::missingFile()
{
    TravelMatrix m;
    std::string error;
    QVERIFY(!TravelMatrix::readFile(path("nowhere.txt"), m, error));
    QVERIFY2(error.find("cannot open") != std::string::npos, error.c_str());
}

void TestTravelMatrixFile::unwritablePath()
{
    TravelMatrix m(2);
    std::string error;
    QVERIFY(!m.writeFile(path("no-such-dir/out.txt"), error));
    QVERIFY2(error.find("cannot write") != std::string::npos, error.c_str());
}

QTEST_GUILESS_MAIN(TestTravelMatrixFile)
#include "TestTravelMatrixFile.moc"

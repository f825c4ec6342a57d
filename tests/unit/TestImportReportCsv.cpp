// The ERPNext import's report as CSV (core/import/ImportReportCsv, shared by `targo-opsctl import erpnext --report`
// and the GUI's "Save report as CSV…"): the header, one line per issue with the reason code and its explanation,
// hostile names quoted and formula-neutralised, and nothing left at the path when the file cannot be written.
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include "core/import/ImportReportCsv.h"
#include "core/import/ImportTypes.h"

using namespace Qt::StringLiterals;
using namespace ops;

class TestImportReportCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void writesEveryIssueWithItsExplanation()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        import::ImportReport r;
        r.issues << import::ImportIssue{
            u"customer"_s, u"CUST-0001"_s, u"pincode"_s, u"changed"_s, u"bad_postal_code"_s};
        r.issues << import::ImportIssue{
            u"ticket"_s, u"=HYPERLINK(\"x\"), l'été"_s, QString(), u"refused"_s, u"orphan_link"_s};
        const QString path = dir.filePath(u"report.csv"_s);
        QString error;
        QVERIFY2(import::writeImportReportCsv(path, r, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM (Excel)
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"entity,ERPNext name,field,action,reason,explanation"_s);
        QCOMPARE(lines.at(1),
            u"customer,CUST-0001,pincode,changed,bad_postal_code,"_s + import::reasonText(u"bad_postal_code"_s));
        QVERIFY(import::reasonText(u"bad_postal_code"_s) != u"bad_postal_code"_s);
        // The hostile name: quoted (comma, quotes) and never a formula for a spreadsheet.
        QVERIFY2(lines.at(2).startsWith(u"ticket,\"'=HYPERLINK(\"\"x\"\"), l'été\",,refused,orphan_link,"_s),
            qPrintable(lines.at(2)));
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"missing-folder/report.csv"_s);
        QString error;
        QVERIFY(!import::writeImportReportCsv(path, import::ImportReport{}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestImportReportCsv)
#include "TestImportReportCsv.moc"

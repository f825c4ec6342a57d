// The day sheet printed to PDF and read back with pdftotext (poppler-utils): the jobs in order with their times,
// customers, contacts, addresses, access notes, windows, tickets, crews, notes and materials, in French and in English
// whatever the screen's language; and the dialog that loads a technician's day, switches language and saves the PDF.
#include <QComboBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include "core/dispatch/JobDetailApi.h"
#include "tests/support/Screenshot.h"
#include "ui/dispatch/DaySheet.h"
#include "ui/dispatch/DaySheetDialog.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

namespace {

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

DaySheetData sheetData()
{
    DaySheetData s;
    s.technicianId = 50;
    s.technicianCode = u"DT-00050"_s;
    s.technicianName = u"Marc Gagnon"_s;
    s.technicianPhone = u"450-555-0150"_s;
    s.day = QDate(2026, 12, 3);

    JobDetail a;
    a.id = 100;
    a.code = u"DJ-00100"_s;
    a.type = u"installation"_s;
    a.status = JobStatus::Dispatched;
    a.priority = 2;
    a.start = QDateTime(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC); // 09:00 in Quebec
    a.durationMin = 90;
    a.windowStart = QDateTime(QDate(2026, 12, 3), QTime(13, 0), Qt::UTC);
    a.windowEnd = QDateTime(QDate(2026, 12, 3), QTime(17, 0), Qt::UTC);
    a.customerName = u"Hélène Côté"_s;
    a.customerCode = u"CUST-00001"_s;
    a.customerLanguage = u"fr"_s;
    a.customerPhone = u"450-555-0101"_s;
    a.address = u"123 rue Principale #4"_s;
    a.city = u"Saint-Jérôme"_s;
    a.postalCode = u"J7Z 1A1"_s;
    a.accessNotes = u"Chien au sous-sol"_s;
    a.ticketId = 40;
    a.ticketCode = u"TCK-00040"_s;
    a.ticketSubject = u"Pas d'Internet"_s;
    a.crew = {{50, u"DT-00050"_s, u"Marc Gagnon"_s, {}, true}, {51, u"DT-00051"_s, u"Julie Roy"_s, {}, false}};
    a.notes = u"Sonner deux fois"_s;
    a.materials = {{1, 30, u"EQP-SALE-DECO"_s, u"Vente Deco X55"_s, u"Vente Deco X55"_s, u"Deco X55 sale"_s, 2}};

    JobDetail b;
    b.id = 101;
    b.code = u"DJ-00101"_s;
    b.type = u"repair"_s;
    b.status = JobStatus::Scheduled;
    b.start = QDateTime(QDate(2026, 12, 3), QTime(18, 30), Qt::UTC); // 13:30
    b.durationMin = 60;
    b.customerName = u"John Smith"_s;
    b.customerCode = u"CUST-00002"_s;
    b.customerLanguage = u"en"_s;
    b.customerPhone = u"819-555-0102"_s;
    b.address = u"9 Lakeshore Road"_s;
    b.city = u"Hudson"_s;
    b.postalCode = u"J0P 1H0"_s;
    b.crew = {{50, u"DT-00050"_s, u"Marc Gagnon"_s, {}, true}};
    b.materials = {{2, 0, {}, u"Connecteur SC/APC"_s, {}, {}, 3}};
    s.jobs = {a, b};
    return s;
}

// The text of a PDF (pdftotext -layout), whitespace runs folded to one space.
QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return u"pdftotext is missing: install poppler-utils (scripts/dev.sh deps)"_s;
    QProcess p;
    p.start(tool, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"pdftotext failed: "_s + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

class FakeDaySheetApi : public JobDetailApi
{
public:
    DaySheetData data = sheetData();
    qint64 askedTechnician = 0;
    QDate askedDay;

    QFuture<Result<JobDetail>> load(qint64) override { return ready(Result<JobDetail>(Error::internal(u"-"_s))); }
    QFuture<Result<QList<CatalogueItem>>> catalogue() override
    {
        return ready(Result<QList<CatalogueItem>>(QList<CatalogueItem>{}));
    }
    QFuture<JobDetailWriteResult> addMaterial(qint64, qint64, int, int) override { return unused(); }
    QFuture<JobDetailWriteResult> removeMaterial(qint64, qint64, int) override { return unused(); }
    QFuture<JobDetailWriteResult> setChecklistItem(qint64, int, bool, int) override { return unused(); }
    QFuture<JobDetailWriteResult> setNotes(qint64, const QString &, int) override { return unused(); }
    QFuture<JobDetailWriteResult> importPhotos(qint64, const QStringList &, int) override { return unused(); }
    QFuture<Result<QByteArray>> photo(qint64) override { return ready(Result<QByteArray>(Error::internal(u"-"_s))); }
    QFuture<Result<DaySheetData>> daySheet(qint64 technicianId, const QDate &day) override
    {
        askedTechnician = technicianId;
        askedDay = day;
        return ready(Result<DaySheetData>(data));
    }

private:
    static QFuture<JobDetailWriteResult> unused() { return ready(JobDetailWriteResult(Error::internal(u"-"_s))); }
};

} // namespace

class TestDaySheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The screen speaks English; the sheet's language is its own.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
            "pdftotext is missing: install poppler-utils (scripts/dev.sh deps)");
    }

    void frenchPdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"fr.pdf"_s);
        const DaySheet sheet(sheetData(), u"fr"_s);
        const Status s = sheet.writePdf(path);
        QVERIFY(s.ok());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Feuille de route de Marc Gagnon, jeudi 3 décembre 2026"_s), qPrintable(text));
        QVERIFY2(text.contains(u"2 interventions"_s), qPrintable(text));
        // Jobs in order, times in Quebec.
        const qsizetype first = text.indexOf(u"1. 09:00–10:30 · DJ-00100 · Installation"_s);
        // Status and type names are the dispatch board's own (context ops::dispatch), in French.
        QTranslator fr;
        QVERIFY(fr.load(u":/i18n/ops_fr.qm"_s));
        const QString repair = fr.translate("ops::dispatch", "Repair", "job type");
        const QString dispatched = fr.translate("ops::dispatch", "Dispatched", "job status");
        QVERIFY(!repair.isEmpty() && repair != u"Repair"_s);
        QVERIFY(!dispatched.isEmpty() && dispatched != u"Dispatched"_s);
        const qsizetype second = text.indexOf(u"2. 13:30–14:30 · DJ-00101 · "_s + repair);
        QVERIFY2(first >= 0 && second > first, qPrintable(text));
        QVERIFY(text.contains(dispatched + u" · priorité 2"_s));
        QVERIFY(text.contains(u"Hélène Côté (CUST-00001)"_s));
        QVERIFY(text.contains(u"450-555-0101 · parle français"_s));
        QVERIFY(text.contains(u"819-555-0102 · parle anglais"_s));
        QVERIFY(text.contains(u"123 rue Principale #4, Saint-Jérôme J7Z 1A1"_s));
        QVERIFY(text.contains(u"Accès Chien au sous-sol"_s));
        QVERIFY(text.contains(u"Plage du client 08:00–12:00"_s));
        QVERIFY(text.contains(u"TCK-00040 · Pas d'Internet"_s));
        QVERIFY(text.contains(u"Avec Julie Roy"_s));
        QVERIFY(text.contains(u"Notes Sonner deux fois"_s));
        QVERIFY(text.contains(u"2 × Vente Deco X55"_s));
        QVERIFY(text.contains(u"3 × Connecteur SC/APC"_s));
        QVERIFY(!text.contains(u"Customer"_s));
        QVERIFY(!text.contains(u"Day sheet"_s));
    }

    void englishPdf()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada)); // the screen in French this time
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"en.pdf"_s);
        const Status s = DaySheet(sheetData(), u"en"_s).writePdf(path);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        QVERIFY(s.ok());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Day sheet of Marc Gagnon, Thursday, December 3, 2026"_s), qPrintable(text));
        QVERIFY(text.contains(u"2 jobs"_s));
        const qsizetype first = text.indexOf(u"1. 09:00–10:30 · DJ-00100 · Installation"_s);
        const qsizetype second = text.indexOf(u"2. 13:30–14:30 · DJ-00101 · Repair"_s);
        QVERIFY2(first >= 0 && second > first, qPrintable(text));
        QVERIFY(text.contains(u"Dispatched · priority 2"_s));
        QVERIFY(text.contains(u"450-555-0101 · speaks French"_s));
        QVERIFY2(text.contains(u"Customer's window 08:00–12:00"_s), qPrintable(text));
        QVERIFY(text.contains(u"With Julie Roy"_s));
        QVERIFY(text.contains(u"2 × Deco X55 sale"_s)); // the catalogue's English name
        QVERIFY(text.contains(u"3 × Connecteur SC/APC"_s)); // free text as written
        QVERIFY(!text.contains(u"Feuille de route"_s));
    }

    void emptyDayAndUnwritablePath()
    {
        DaySheetData empty = sheetData();
        empty.jobs.clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.pdf"_s);
        QVERIFY(DaySheet(empty, u"fr"_s).writePdf(path).ok());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Aucune intervention ce jour-là."_s), qPrintable(text));

        const Status bad = DaySheet(empty, u"en"_s).writePdf(dir.filePath(u"missing/folder/x.pdf"_s));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().userMessage.contains(u"missing/folder/x.pdf"_s));
    }

    void dialogLoadsSwitchesAndSaves()
    {
        FakeDaySheetApi api;
        DaySheetDialog dialog(&api, 50, QDate(2026, 12, 3), u"fr"_s);
        QSignalSpy loaded(&dialog, &DaySheetDialog::loaded);
        dialog.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
        QCOMPARE(api.askedTechnician, qint64(50));
        QCOMPARE(api.askedDay, QDate(2026, 12, 3));
        QVERIFY(dialog.preview()->toPlainText().contains(u"Feuille de route"_s));
        dialog.setLanguage(u"en"_s);
        QVERIFY(dialog.preview()->toPlainText().contains(u"Day sheet of Marc Gagnon"_s));
        QVERIFY(dialog.windowTitle().contains(u"Day sheet of Marc Gagnon"_s));
        QVERIFY(test::saveScreenshot(dialog, u"day-sheet-dialog"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dialog.pdf"_s);
        QVERIFY(dialog.savePdf(path));
        QVERIFY(pdfText(path).contains(u"Deco X55 sale"_s));
    }
};

QTEST_MAIN(TestDaySheet)
#include "TestDaySheet.moc"

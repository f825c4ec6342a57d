// The company, tax and template settings (billing_settings, migration 0018) on a real database: registration numbers
// checked and normalised, every validation problem named, a save with optimistic concurrency (a stale version is a
// Conflict and changes nothing), billing reads but cannot write (Forbidden, editable false), admin writes; the sample
// invoice's taxes by the billing rule; its PDF (pdftotext) and page images printed with unsaved settings.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/billing/BillingSettings.h"
#include "core/billing/BillingSettingsRepository.h"
#include "core/billing/BillingSettingsService.h"
#include "core/billing/InvoiceMail.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "render/billing/InvoicePdf.h"
#include "tests/support/Await.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::billing;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"s.pdf"_s));
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, f.fileName(), u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"pdftotext failed"_s;
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
    static const QRegularExpression spaces(u"[ \t]+"_s);
    return text.replace(spaces, u" "_s);
}

BillingSettings validForm()
{
    BillingSettings s;
    s.companyName = u"Fibre Nord inc."_s;
    s.addressLine1 = u"10, rue Principale"_s;
    s.addressLine2 = u"Mont-Laurier (Québec)  J9L 1A1"_s;
    s.phone = u"819 555-0100"_s;
    s.email = u"facturation@fibrenord.example"_s;
    s.gstNumber = u"123456789rt0001"_s;
    s.qstNumber = u"1234567890 tq 0001"_s;
    s.dueDays = 21;
    s.paymentInstructionsFr = u"Virement Interac à paiements@fibrenord.example."_s;
    s.paymentInstructionsEn = u"Interac e-Transfer to paiements@fibrenord.example."_s;
    s.emailSubjectFr = u"Facture {code} de {company}"_s;
    s.emailSubjectEn = u"Invoice {code} from {company}"_s;
    s.emailBodyFr = u"Bonjour {customer},\nTotal : {total}, dû le {due_date} ({period}).\n{company}"_s;
    s.emailBodyEn = u"Hello {customer},\nTotal: {total}, due {due_date} ({period}).\n{company}"_s;
    return s;
}

QList<BillingSettingsField> fields(const QList<BillingSettingsProblem> &problems)
{
    QList<BillingSettingsField> out;
    for (const auto &p : problems)
        out << p.field;
    return out;
}

} // namespace

class TestBillingSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase(true);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        m_conninfo = db.value();
        auto c = db::PgConnection::open(db.value());
        QVERIFY(c.ok());
        m_c = std::move(c).value();
        QVERIFY(m_c->exec("CREATE ROLE set_clerk LOGIN IN ROLE ops_billing").ok());
        QVERIFY(m_c->exec("CREATE ROLE set_admin LOGIN IN ROLE ops_admin").ok());
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
    }

    void normalisesRegistrationNumbers()
    {
        QCOMPARE(normaliseGstNumber(u"123456789rt0001"_s), u"123456789 RT 0001"_s);
        QCOMPARE(normaliseGstNumber(u" 123 456 789 RT-0001 "_s), u"123456789 RT 0001"_s);
        QCOMPARE(normaliseGstNumber(u"123456789 RT0001"_s), u"123456789 RT 0001"_s);
        QCOMPARE(normaliseGstNumber(u""_s), QString());
        QVERIFY(!normaliseGstNumber(u"12345678 RT 0001"_s)); // eight digits
        QVERIFY(!normaliseGstNumber(u"123456789 TQ 0001"_s)); // a QST suffix
        QVERIFY(!normaliseGstNumber(u"123456789 RT 001"_s));
        QCOMPARE(normaliseQstNumber(u"1234567890tq0001"_s), u"1234567890 TQ 0001"_s);
        QCOMPARE(normaliseQstNumber(u"1234567890 TQ 0001"_s), u"1234567890 TQ 0001"_s);
        QVERIFY(!normaliseQstNumber(u"123456789 TQ 0001"_s)); // nine digits
        QVERIFY(!normaliseQstNumber(u"1234567890 RT 0001"_s));
    }

    void validatesEveryField()
    {
        QVERIFY(validateBillingSettings(validForm()).isEmpty());
        BillingSettings s = validForm();
        s.companyName = u"  "_s;
        s.email = u"facturation@"_s;
        s.gstNumber = u"12345"_s;
        s.qstNumber = u"123456789 RT 0001"_s;
        s.dueDays = 121;
        s.emailSubjectEn = u"Invoice {number}"_s;
        s.emailBodyFr = u"Montant : {montant}"_s;
        s.paymentInstructionsEn = QString(2001, u'x');
        const auto problems = validateBillingSettings(s);
        QCOMPARE(fields(problems),
            (QList<BillingSettingsField>{BillingSettingsField::CompanyName, BillingSettingsField::Email,
                BillingSettingsField::GstNumber, BillingSettingsField::QstNumber, BillingSettingsField::DueDays,
                BillingSettingsField::PaymentInstructionsEn, BillingSettingsField::EmailSubjectEn,
                BillingSettingsField::EmailBodyFr}));
        QVERIFY2(problems.at(2).message.contains(u"123456789 RT 0001"_s), qPrintable(problems.at(2).message));
        QVERIFY2(problems.at(6).message.contains(u"{number}"_s), qPrintable(problems.at(6).message));
        // Empty registration numbers are allowed (runs are refused meanwhile), as are empty templates (built-in).
        s = validForm();
        s.gstNumber.clear();
        s.qstNumber.clear();
        s.emailSubjectFr.clear();
        s.emailBodyEn.clear();
        QVERIFY(validateBillingSettings(s).isEmpty());
        QVERIFY(!s.hasRegistrationNumbers());
    }

    void sampleInvoiceFollowsTheRule()
    {
        const auto doc = sampleInvoice(normalisedBillingSettings(validForm()).toCompany(), u"en"_s);
        QCOMPARE(doc.subtotalCents, 12500);
        QCOMPARE(doc.gstCents, 625); // 5 %
        QCOMPARE(doc.qstCents, 1247); // 9.975 % of 125.00 = 12.46875, half away from zero
        QCOMPARE(doc.totalCents, 14372);
        QCOMPARE(doc.dueDate, doc.issueDate.addDays(21));
        QCOMPARE(doc.taxes.at(0).registrationNumber, u"123456789 RT 0001"_s);
        QCOMPARE(invoiceMailSubject(doc), u"Invoice INV-SAMPLE from Fibre Nord inc."_s);
        QVERIFY2(invoiceMailBody(doc).contains(u"Total: $143.72"_s), qPrintable(invoiceMailBody(doc)));
    }

    void savesWithOptimisticConcurrency()
    {
        BillingSettingsRepository repo(*m_c);
        auto before = repo.load();
        QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().detail));
        QCOMPARE(before.value().dueDays, 30); // the migration's default
        QVERIFY(before.value().editable); // the test's superuser
        QVERIFY(before.value().version > 0);

        BillingSettings form = validForm();
        form.version = before.value().version;
        auto saved = repo.save(form);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().detail));
        QCOMPARE(saved.value().gstNumber, u"123456789 RT 0001"_s); // stored normalised
        QCOMPARE(saved.value().qstNumber, u"1234567890 TQ 0001"_s);
        QCOMPARE(saved.value().dueDays, 21);
        QVERIFY(saved.value().version > before.value().version);
        auto again = repo.load();
        QCOMPARE(again.value(), saved.value());

        // A second save from the stale version (someone saved in between): Conflict, nothing changes.
        BillingSettings stale = validForm();
        stale.companyName = u"Autre nom"_s;
        stale.version = before.value().version;
        auto conflict = repo.save(stale);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
        QVERIFY(conflict.error().userMessage.contains(u"Reload"_s));
        QCOMPARE(repo.load().value().companyName, u"Fibre Nord inc."_s);

        // Saved twice in a row from the fresh version: each save moves the version.
        BillingSettings next = saved.value();
        next.dueDays = 15;
        auto second = repo.save(next);
        QVERIFY(second.ok());
        QVERIFY(second.value().version > saved.value().version);
        next.dueDays = 16; // still at saved's version: refused
        QCOMPARE(repo.save(next).error().kind, Error::Kind::Conflict);

        // Invalid settings never reach the table.
        BillingSettings bad = second.value();
        bad.gstNumber = u"RT"_s;
        auto refused = repo.save(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QVERIFY(refused.error().userMessage.contains(u"GST"_s));
        QCOMPARE(repo.load().value().gstNumber, u"123456789 RT 0001"_s);
    }

    void billingReadsAdminWrites()
    {
        BillingSettingsRepository repo(*m_c);
        QVERIFY(m_c->exec("SET ROLE set_clerk").ok());
        auto read = repo.load();
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().detail));
        QVERIFY(!read.value().editable);
        BillingSettings form = read.value();
        form.companyName = u"Changé par la facturation"_s;
        auto refused = repo.save(form);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY(m_c->exec("RESET ROLE").ok());
        QVERIFY(repo.load().value().companyName != form.companyName);

        QVERIFY(m_c->exec("SET ROLE set_admin").ok());
        auto admin = repo.load();
        QVERIFY(admin.ok());
        QVERIFY(admin.value().editable);
        form = admin.value();
        form.companyName = u"Fibre Nord ltée"_s;
        auto saved = repo.save(form);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().detail));
        QVERIFY(m_c->exec("RESET ROLE").ok());
        QCOMPARE(repo.load().value().companyName, u"Fibre Nord ltée"_s);
    }

    void serviceSavesAndPrintsTheSample()
    {
        DbExecutor db(m_conninfo, 2);
        BillingSettingsService service(db);
        service.setRenderer([](const InvoiceDocument &doc) { return InvoicePdf::preview(doc); });
        QSignalSpy saved(&service, &BillingSettingsApi::saved);
        auto loaded = test::await(service.load(), this);
        QVERIFY(loaded && loaded->ok());
        BillingSettings form = loaded->value();
        form.companyName = u"Fibre Sud inc."_s;
        auto done = test::await(service.save(form), this);
        QVERIFY(done && done->ok());
        QCOMPARE(saved.count(), 1);
        auto stale = test::await(service.save(form), this);
        QVERIFY(stale && !stale->ok());
        QCOMPARE(stale->error().kind, Error::Kind::Conflict);
        QCOMPARE(saved.count(), 1);

        // The sample prints what the form holds, saved or not, in the language asked for.
        BillingSettings unsaved = done->value();
        unsaved.gstNumber = u"987654321rt0002"_s;
        unsaved.paymentInstructionsFr = u"Payable par chèque seulement."_s;
        auto preview = test::await(service.samplePreview(unsaved, u"fr"_s), this);
        QVERIFY(preview && preview->ok());
        const InvoicePreview &p = preview->value();
        QCOMPARE(p.fileName, u"facture-INV-SAMPLE.pdf"_s);
        const QString text = pdfText(p.pdf);
        QVERIFY2(text.contains(u"Fibre Sud inc."_s), qPrintable(text));
        QVERIFY2(text.contains(u"987654321 RT 0002"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Payable par chèque seulement."_s), qPrintable(text));
        QVERIFY2(text.contains(u"143,72 $"_s), qPrintable(text));
        QCOMPARE(p.pages.size(), 1);
        QCOMPARE(p.dpi, InvoicePdf::kPreviewDpi);
        const QImage page = QImage::fromData(p.pages.first(), "PNG");
        QCOMPARE(page.size(), QSize(935, 1210)); // letter at 110 dpi
        // For a person to look at (scripts/dev.sh test sets the folder): the page as the preview pane shows it.
        if (const QString shots = qEnvironmentVariable("OPS_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(page.save(shots + u"/billing-sample-invoice-page.png"_s));
        }
        // Text was drawn at the page's scale: dark pixels in the top half (company block, title), white margins.
        int dark = 0;
        for (int y = 0; y < page.height() / 2; y += 2)
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 128;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
        QCOMPARE(qGray(page.pixel(5, 5)), 255);
        auto en = test::await(service.samplePreview(unsaved, u"en"_s), this);
        QVERIFY(en && en->ok());
        QCOMPARE(en->value().fileName, u"invoice-INV-SAMPLE.pdf"_s);
        QVERIFY(pdfText(en->value().pdf).contains(u"$143.72"_s));
        db.shutdown();
    }

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
};

QTEST_MAIN(TestBillingSettings)
#include "TestBillingSettings.moc"

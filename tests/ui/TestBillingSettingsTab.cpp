// The Billing section's Settings tab on an in-memory BillingSettingsApi: the settings loaded into the form, edits
// enabling Save, the e-mail preview following the templates and the sample language live, validation (bad GST/QST,
// unknown placeholder) refused before anything is sent with the field focused, registration numbers normalised, a
// billing clerk's read-only form with the reason in the tooltips, a save refused because someone else saved first
// (Reload in the banner), the registration warning; "Preview PDF" of the sample in the preview dialog: pages, PgDn /
// PgUp, Save as…, Open in viewer, Esc.
#include <QAbstractButton>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/billing/BillingSettingsApi.h"
#include "core/session/Capabilities.h"
#include "tests/support/Screenshot.h"
#include "ui/billing/BillingSettingsWidget.h"
#include "ui/billing/InvoicePreviewDialog.h"
#include "ui/common/MessageBanner.h"

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

QByteArray pagePng(const QString &text)
{
    QImage image(935, 1210, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.drawText(QRect(80, 80, 700, 100), text);
    p.end();
    QByteArray png;
    QBuffer b(&png);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return png;
}

// The stored settings with a version; a save from another version is a Conflict, as the repository's.
class FakeSettingsApi : public BillingSettingsApi
{
public:
    FakeSettingsApi()
    {
        stored.companyName = u"Targo Communications inc."_s;
        stored.addressLine1 = u"1200, boulevard du Curé-Labelle"_s;
        stored.addressLine2 = u"Saint-Jérôme (Québec)  J7Z 5T4"_s;
        stored.phone = u"450 555-0100"_s;
        stored.email = u"facturation@targo.example"_s;
        stored.gstNumber = u"123456789 RT 0001"_s;
        stored.qstNumber = u"1234567890 TQ 0001"_s;
        stored.dueDays = 30;
        stored.paymentInstructionsFr = u"Paiement préautorisé ou virement Interac."_s;
        stored.paymentInstructionsEn = u"Pre-authorized debit or Interac e-Transfer."_s;
        stored.emailSubjectFr = u"Votre facture {code}"_s;
        stored.emailSubjectEn = u"Your invoice {code}"_s;
        stored.emailBodyFr = u"Bonjour,\n\nVotre facture {code} pour la période {period} est jointe. Total : {total}, "
                             "à payer au plus tard le {due_date}.\n\n{company}"_s;
        stored.emailBodyEn = u"Hello,\n\nYour invoice {code} for {period} is attached. Total: {total}, due by "
                             "{due_date}.\n\n{company}"_s;
        stored.version = 1000;
        stored.editable = true;
    }

    QFuture<Result<BillingSettings>> load() override
    {
        ++loads;
        return ready(Result<BillingSettings>(stored));
    }
    QFuture<Result<BillingSettings>> save(const BillingSettings &s) override
    {
        saves << s;
        if (s.version != stored.version)
            return ready(Result<BillingSettings>(Error::make(Error::Kind::Conflict, u"Someone else saved."_s)));
        if (!validateBillingSettings(s).isEmpty())
            return ready(Result<BillingSettings>(Error::make(Error::Kind::Validation, u"invalid"_s)));
        const bool editable = stored.editable;
        stored = normalisedBillingSettings(s);
        stored.version += 1;
        stored.editable = editable;
        return ready(Result<BillingSettings>(stored));
    }
    bool canPreviewPdf() const override { return true; }
    QFuture<Result<InvoicePreview>> samplePreview(const BillingSettings &s, const QString &language) override
    {
        previewed << qMakePair(s.companyName, language);
        InvoicePreview p;
        p.title = u"Facture INV-SAMPLE"_s;
        p.fileName = u"facture-INV-SAMPLE.pdf"_s;
        p.pdf = "%PDF-1.4 sample"_ba;
        p.pages = {pagePng(s.companyName + u" — page 1"_s), pagePng(u"page 2"_s)};
        p.dpi = 110;
        return ready(Result<InvoicePreview>(p));
    }

    BillingSettings stored;
    int loads = 0;
    QList<BillingSettings> saves;
    QList<QPair<QString, QString>> previewed;
};

Capabilities billingClerk()
{
    Capabilities c;
    c.known = true;
    c.role = u"clerk"_s;
    c.group = u"billing"_s;
    c.billing = true;
    return c;
}

} // namespace

class TestBillingSettingsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void loadsEditsAndPreviewsTheMail()
    {
        FakeSettingsApi api;
        BillingSettingsWidget w;
        w.resize(1200, 760);
        w.setApi(&api);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY(w.isLoaded());
        QCOMPARE(w.companyNameEdit()->text(), u"Targo Communications inc."_s);
        QCOMPARE(w.gstEdit()->text(), u"123456789 RT 0001"_s);
        QCOMPARE(w.dueDaysSpin()->value(), 30);
        QVERIFY(!w.isDirty());
        QVERIFY(!w.saveButton()->isEnabled());
        QVERIFY(w.registrationWarning()->isHidden());
        QVERIFY2(w.ratesLabel()->text().contains(u"GST 5 %"_s) && w.ratesLabel()->text().contains(u"QST 9.975 %"_s),
            qPrintable(w.ratesLabel()->text()));
        // The sample e-mail in French (the default sample language), from the template.
        QString mail = w.mailPreview()->toPlainText();
        QVERIFY2(mail.startsWith(u"Subject: Votre facture INV-SAMPLE"_s), qPrintable(mail));
        const int total = mail.indexOf(u"Total : 143,72"_s) + 14; // French money: "143,72 $" (no-break space)
        QVERIFY2(total > 14 && mail.at(total).isSpace() && mail.at(total + 1) == u'$', qPrintable(mail));
        QVERIFY2(mail.contains(u"Targo Communications inc."_s), qPrintable(mail));
        (void)test::saveScreenshot(w, u"billing-settings"_s);

        // Typing changes the preview at once and enables Save.
        w.subjectEdit(true)->selectAll();
        QTest::keyClicks(w.subjectEdit(true), u"Facture {code} : {total}"_s);
        mail = w.mailPreview()->toPlainText();
        QVERIFY2(mail.startsWith(u"Subject: Facture INV-SAMPLE : 143,72 $"_s), qPrintable(mail));
        QVERIFY(w.isDirty());
        QVERIFY(w.saveButton()->isEnabled());
        w.sampleLanguage()->setCurrentIndex(1); // English
        mail = w.mailPreview()->toPlainText();
        QVERIFY2(mail.startsWith(u"Subject: Your invoice INV-SAMPLE"_s), qPrintable(mail));
        QVERIFY2(mail.contains(u"$143.72"_s), qPrintable(mail));

        // Ctrl+S saves; the form shows what was stored, Save is disabled again.
        w.companyNameEdit()->setFocus();
        QTest::keyClick(w.companyNameEdit(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(api.saves.size(), 1);
        QCOMPARE(api.saves.first().emailSubjectFr, u"Facture {code} : {total}"_s);
        QCOMPARE(api.saves.first().version, 1000);
        QTRY_COMPARE(w.banner()->level(), MessageBanner::Level::Success);
        QCOMPARE(w.loaded().version, 1001);
        QVERIFY(!w.isDirty());
        QVERIFY(!w.saveButton()->isEnabled());
    }

    void validatesBeforeSaving()
    {
        FakeSettingsApi api;
        BillingSettingsWidget w;
        w.resize(1200, 760);
        w.setApi(&api);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY(w.isLoaded());

        w.gstEdit()->setText(u"12345 RT"_s);
        w.bodyEdit(false)->setPlainText(u"Amount: {amount}"_s);
        w.save();
        QVERIFY(api.saves.isEmpty()); // refused before anything is sent
        QCOMPARE(w.banner()->level(), MessageBanner::Level::Error);
        const QString text = w.banner()->text();
        QVERIFY2(text.contains(u"GST number \"12345 RT\" is not valid"_s), qPrintable(text));
        QVERIFY2(text.contains(u"{amount}"_s), qPrintable(text));
        QVERIFY(w.gstEdit()->hasFocus()); // the first problem's field
        (void)test::saveScreenshot(w, u"billing-settings-invalid"_s);

        // Numbers typed loosely are normalised when the field is left, then the save goes through.
        w.gstEdit()->setFocus();
        w.gstEdit()->setText(u"987654321rt0002"_s);
        QTest::keyClick(w.gstEdit(), Qt::Key_Tab);
        QCOMPARE(w.gstEdit()->text(), u"987654321 RT 0002"_s);
        w.qstEdit()->setText(u"9876543210 tq 0002"_s);
        emit w.qstEdit()->editingFinished();
        QCOMPARE(w.qstEdit()->text(), u"9876543210 TQ 0002"_s);
        w.bodyEdit(false)->setPlainText(u"Amount: {total}"_s);
        w.save();
        QTRY_COMPARE(api.saves.size(), 1);
        QCOMPARE(api.stored.gstNumber, u"987654321 RT 0002"_s);
        QTRY_COMPARE(w.banner()->level(), MessageBanner::Level::Success);
        QVERIFY(!w.isDirty());

        // Without a registration number the tab warns that runs are refused.
        w.qstEdit()->clear();
        QVERIFY(w.registrationWarning()->isVisibleTo(&w));
        QVERIFY(w.registrationWarning()->text().contains(u"Billing runs are refused"_s));
        w.save();
        QTRY_COMPARE(api.saves.size(), 2);
        QTRY_VERIFY2(
            w.banner()->text().contains(u"refused until both registration numbers"_s), qPrintable(w.banner()->text()));
        QCOMPARE(w.banner()->level(), MessageBanner::Level::Success);
    }

    void readOnlyForBillingClerks()
    {
        FakeSettingsApi api;
        api.stored.editable = false; // the database says: no UPDATE on billing_settings
        BillingSettingsWidget w;
        w.setCapabilities(billingClerk());
        w.setApi(&api);
        w.resize(1200, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.isLoaded());
        QVERIFY(!w.isEditable());
        QVERIFY(w.companyNameEdit()->isReadOnly());
        QVERIFY(w.gstEdit()->isReadOnly());
        QVERIFY(w.bodyEdit(true)->isReadOnly());
        QVERIFY(w.dueDaysSpin()->isReadOnly());
        QVERIFY(!w.saveButton()->isEnabled());
        const QString why = w.saveButton()->toolTip();
        QVERIFY2(why.contains(u"only an administrator can change them"_s), qPrintable(why));
        QVERIFY2(why.contains(u"billing"_s), qPrintable(why)); // names the role's group
        QCOMPARE(w.gstEdit()->toolTip(), why);
        QCOMPARE(w.banner()->level(), MessageBanner::Level::Info); // said at the top too
        QCOMPARE(w.banner()->text(), why);
        QTest::keyClicks(w.companyNameEdit(), u"x"_s);
        QCOMPARE(w.companyNameEdit()->text(), u"Targo Communications inc."_s);
        w.save();
        QVERIFY(api.saves.isEmpty());
        QVERIFY(w.pdfButton()->isEnabled()); // reading includes the sample PDF
        (void)test::saveScreenshot(w, u"billing-settings-readonly"_s);
    }

    void saveConflictOffersReload()
    {
        FakeSettingsApi api;
        BillingSettingsWidget w;
        w.setApi(&api);
        QTRY_VERIFY(w.isLoaded());
        // Someone else saves meanwhile.
        api.stored.companyName = u"Targo Fibre inc."_s;
        api.stored.version = 2000;
        w.companyNameEdit()->setText(u"Targo Communications ltée"_s);
        w.save();
        QTRY_COMPARE(api.saves.size(), 1);
        QTRY_COMPARE(w.banner()->level(), MessageBanner::Level::Error);
        QVERIFY(w.banner()->text().contains(u"Someone else saved."_s));
        QCOMPARE(api.stored.companyName, u"Targo Fibre inc."_s); // nothing overwritten
        QCOMPARE(w.companyNameEdit()->text(), u"Targo Communications ltée"_s); // the clerk's typing is kept
        QAbstractButton *reload = nullptr;
        for (auto *b : w.banner()->findChildren<QAbstractButton *>())
            if (b->text() == u"Reload"_s)
                reload = b;
        QVERIFY(reload);
        const int loads = api.loads;
        reload->click();
        QTRY_COMPARE(api.loads, loads + 1);
        QTRY_COMPARE(w.companyNameEdit()->text(), u"Targo Fibre inc."_s);
        QCOMPARE(w.loaded().version, 2000);
    }

    void previewsTheSamplePdf()
    {
        FakeSettingsApi api;
        BillingSettingsWidget w;
        w.resize(1200, 760);
        w.setApi(&api);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.isLoaded());
        w.companyNameEdit()->setText(u"Fibre Nord inc."_s); // unsaved: the sample prints it anyway
        w.sampleLanguage()->setCurrentIndex(1);
        w.pdfButton()->click();
        QTRY_VERIFY(w.previewDialog() && w.previewDialog()->isVisible());
        QCOMPARE(api.previewed, (QList<QPair<QString, QString>>{{u"Fibre Nord inc."_s, u"en"_s}}));
        InvoicePreviewDialog *dialog = w.previewDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->pageCount(), 2);
        QCOMPARE(dialog->pageLabel(0)->pixmap().size(), QSize(935, 1210));
        QCOMPARE(dialog->currentPage(), 0);
        QVERIFY(dialog->pageIndicator()->text().contains(u"Page 1 of 2"_s));
        (void)test::saveScreenshot(*dialog, u"billing-settings-pdf-preview"_s);

        // PgDn / PgUp move between pages (the pane scrolls to the page), wherever the focus is in the dialog.
        QWidget *focus = dialog->scrollArea();
        QTest::keyClick(focus, Qt::Key_PageDown);
        QCOMPARE(dialog->currentPage(), 1);
        QVERIFY(dialog->pageIndicator()->text().contains(u"Page 2 of 2"_s));
        QVERIFY(dialog->scrollArea()->verticalScrollBar()->value() > 0);
        QTest::keyClick(dialog->saveButton(), Qt::Key_PageDown); // stays on the last page
        QCOMPARE(dialog->currentPage(), 1);
        QTest::keyClick(focus, Qt::Key_PageUp);
        QCOMPARE(dialog->currentPage(), 0);
        QCOMPARE(dialog->scrollArea()->verticalScrollBar()->value(), 0);

        // Save as… writes the PDF where the chooser says; Open in viewer hands a written copy to the viewer.
        QTemporaryDir dir;
        const QString target = dir.filePath(u"saved.pdf"_s);
        QString suggested;
        dialog->setPathChooser([&](const QString &name) {
            suggested = name;
            return target;
        });
        dialog->saveButton()->click();
        QCOMPARE(suggested, u"facture-INV-SAMPLE.pdf"_s);
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), "%PDF-1.4 sample"_ba);
        QString opened;
        dialog->setOpener([&opened](const QString &path) { opened = path; });
        dialog->openButton()->click();
        QVERIFY2(opened.endsWith(u"facture-INV-SAMPLE.pdf"_s), qPrintable(opened));
        QFile viewed(opened);
        QVERIFY(viewed.open(QIODevice::ReadOnly));
        QCOMPARE(viewed.readAll(), "%PDF-1.4 sample"_ba);

        // Esc closes (and the dialog goes away).
        QTest::keyClick(dialog->scrollArea(), Qt::Key_Escape);
        QTRY_VERIFY(!w.previewDialog());
    }
};

QTEST_MAIN(TestBillingSettingsTab)
#include "TestBillingSettingsTab.moc"

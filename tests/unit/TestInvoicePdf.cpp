// The invoice PDF (InvoicePdf, offscreen): its text, extracted with pdftotext (poppler-utils), in French and in
// English: the company block, the customer and service address, the period, the lines, GST and QST on separate lines
// with their registration numbers, the total and the balance in the language's money format, the due date and the
// payment instructions; a credit note names the invoice it corrects. Money and dates come from the language of the
// invoice, not the process's locale.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/billing/InvoiceDocument.h"
#include "core/billing/InvoiceText.h"
#include "render/billing/InvoicePdf.h"

using namespace ops;
using namespace ops::billing;
using namespace Qt::Literals::StringLiterals;

namespace {

InvoiceDocument sample(const QString &language)
{
    InvoiceDocument d;
    d.id = 42;
    d.code = u"INV-00042"_s;
    d.status = u"issued"_s;
    d.language = language;
    d.periodStart = QDate(2026, 11, 1);
    d.periodEnd = QDate(2026, 11, 30);
    d.issueDate = QDate(2026, 11, 1);
    d.dueDate = QDate(2026, 12, 1);
    d.customerCode = u"CUST-00007"_s;
    d.customerName = u"Élise Tremblay"_s;
    d.customerEmail = u"elise@example.com"_s;
    d.billingAddress.lines = {u"12 rue Labelle"_s, u"Saint-Jérôme (QC)  J7Z 5L3"_s};
    d.serviceAddress.lines = {u"98 chemin du Lac-Paré"_s, u"Val-des-Lacs (QC)  J0T 2P0"_s};
    d.lines = {{1, u"Fibre 1000"_s, 1, 123456, 123456, true}, {2, u"Routeur Wi-Fi 6"_s, 2, 500, 1000, true},
        {3, u"Crédit de courtoisie"_s, 1, -1000, -1000, false}};
    d.subtotalCents = 123456;
    d.taxes = {{u"GST"_s, 50000, 124456, 6223, u"123456789 RT0001"_s},
        {u"QST"_s, 99750, 124456, 12414, u"1234567890 TQ0001"_s}};
    d.gstCents = 6223;
    d.qstCents = 12414;
    d.totalCents = d.subtotalCents + d.gstCents + d.qstCents; // 142093
    d.paidCents = 2093;
    d.company.name = u"Targo Fibre inc."_s;
    d.company.addressLines = {u"100 rue Principale"_s, u"Sainte-Agathe-des-Monts (QC)  J8C 1A1"_s};
    d.company.phone = u"819 555-0100"_s;
    d.company.email = u"facturation@targo.example"_s;
    d.company.gstNumber = u"123456789 RT0001"_s;
    d.company.qstNumber = u"1234567890 TQ0001"_s;
    d.company.paymentInstructionsFr = u"Payable par débit préautorisé ou virement Interac à payer@targo.example."_s;
    d.company.paymentInstructionsEn = u"Pay by pre-authorized debit or Interac e-Transfer to pay@targo.example."_s;
    return d;
}

// pdftotext -layout; spaces of every kind (no-break, narrow no-break) folded to one ordinary space per run.
QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"invoice.pdf"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"pdftotext failed: "_s + QString::fromUtf8(p.readAllStandardError());
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
    static const QRegularExpression spaces(u"[ \t]+"_s);
    return text.replace(spaces, u" "_s);
}

// Every run of white space (line breaks too) as one space: for text the layout may wrap.
QString flat(const QString &text)
{
    return text.simplified();
}

// The line of text holding `label`, or empty.
QString lineWith(const QString &text, const QString &label)
{
    for (const QString &l : text.split(u'\n')) {
        if (l.contains(label))
            return l.trimmed();
    }
    return {};
}

} // namespace

class TestInvoicePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The process's own locale must not leak into the invoice.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }

    void moneyAndRates()
    {
        QCOMPARE(invoiceMoney(123456, true), u"1\u00a0234,56\u00a0$"_s);
        QCOMPARE(invoiceMoney(123456, false), u"$1,234.56"_s);
        QCOMPARE(invoiceMoney(-1000, false), u"-$10.00"_s);
        QCOMPARE(invoiceRate(99750, true), u"9,975\u00a0%"_s);
        QCOMPARE(invoiceRate(50000, false), u"5%"_s);
        QCOMPARE(invoiceDate(QDate(2026, 12, 1), true), u"1 décembre 2026"_s);
        QCOMPARE(invoiceDate(QDate(2026, 12, 1), false), u"December 1, 2026"_s);
    }

    void frenchInvoice()
    {
        const auto pdf = InvoicePdf::render(sample(u"fr"_s));
        QVERIFY(pdf.ok());
        QVERIFY(pdf.value().startsWith("%PDF"));
        const QString text = pdfText(pdf.value());
        QVERIFY2(text.contains(u"Facture"_s), qPrintable(text));
        QVERIFY(text.contains(u"Targo Fibre inc."_s));
        QVERIFY(text.contains(u"100 rue Principale"_s));
        QVERIFY(text.contains(u"INV-00042"_s));
        QVERIFY(text.contains(u"CUST-00007"_s));
        QVERIFY(text.contains(u"Élise Tremblay"_s));
        QVERIFY(text.contains(u"12 rue Labelle"_s));
        QVERIFY(text.contains(u"Adresse de service"_s));
        QVERIFY(text.contains(u"98 chemin du Lac-Paré"_s));
        QVERIFY2(flat(text).contains(u"Période du 1 novembre 2026 au 30 novembre 2026"_s), qPrintable(text));
        QVERIFY(lineWith(text, u"Fibre 1000"_s).endsWith(u"1 234,56 $"_s));
        QVERIFY(lineWith(text, u"Routeur Wi-Fi 6"_s).endsWith(u"10,00 $"_s));
        QVERIFY(lineWith(text, u"Crédit de courtoisie"_s).endsWith(u"-10,00 $"_s));
        QVERIFY(lineWith(text, u"Sous-total"_s).endsWith(u"1 234,56 $"_s));
        // GST and QST, each on its own line with its rate and registration number, never a combined rate.
        const QString gst = lineWith(text, u"TPS"_s);
        QVERIFY2(gst.contains(u"TPS (5 %) — no 123456789 RT0001"_s), qPrintable(gst));
        QVERIFY(gst.endsWith(u"62,23 $"_s));
        const QString qst = lineWith(text, u"TVQ"_s);
        QVERIFY2(qst.contains(u"TVQ (9,975 %) — no 1234567890 TQ0001"_s), qPrintable(qst));
        QVERIFY(qst.endsWith(u"124,14 $"_s));
        QVERIFY(!text.contains(u"14,975"_s));
        QVERIFY(lineWith(text, u"Total"_s).endsWith(u"1 420,93 $"_s));
        QVERIFY(lineWith(text, u"Paiements reçus"_s).endsWith(u"-20,93 $"_s));
        const QString balance = lineWith(text, u"Solde à payer"_s);
        QVERIFY2(balance.contains(u"Échéance 1 décembre 2026"_s), qPrintable(balance));
        QVERIFY(balance.endsWith(u"1 400,00 $"_s));
        QVERIFY(text.contains(u"Modalités de paiement"_s));
        QVERIFY(text.contains(u"virement Interac"_s));
        QVERIFY(!text.contains(u"Invoice"_s));
        QVERIFY(!text.contains(u"$1,"_s));
    }

    void englishInvoice()
    {
        const auto pdf = InvoicePdf::render(sample(u"en"_s));
        QVERIFY(pdf.ok());
        const QString text = pdfText(pdf.value());
        QVERIFY2(text.contains(u"Invoice"_s), qPrintable(text));
        QVERIFY2(flat(text).contains(u"Period November 1, 2026 to November 30, 2026"_s), qPrintable(text));
        QVERIFY(lineWith(text, u"Fibre 1000"_s).endsWith(u"$1,234.56"_s));
        const QString gst = lineWith(text, u"GST"_s);
        QVERIFY2(gst.contains(u"GST (5%) — no. 123456789 RT0001"_s), qPrintable(gst));
        QVERIFY(gst.endsWith(u"$62.23"_s));
        const QString qst = lineWith(text, u"QST"_s);
        QVERIFY2(qst.contains(u"QST (9.975%) — no. 1234567890 TQ0001"_s), qPrintable(qst));
        QVERIFY(qst.endsWith(u"$124.14"_s));
        QVERIFY(lineWith(text, u"Total"_s).endsWith(u"$1,420.93"_s));
        const QString balance = lineWith(text, u"Balance due"_s);
        QVERIFY2(balance.contains(u"Due date December 1, 2026"_s), qPrintable(balance));
        QVERIFY(balance.endsWith(u"$1,400.00"_s));
        QVERIFY(text.contains(u"How to pay"_s));
        QVERIFY(text.contains(u"Interac e-Transfer"_s));
        QVERIFY(!text.contains(u"Facture"_s));
        QVERIFY(!text.contains(u"TPS"_s));
    }

    void creditNoteNamesTheInvoice()
    {
        InvoiceDocument d = sample(u"fr"_s);
        d.code = u"INV-00050"_s;
        d.kind = InvoiceKind::CreditNote;
        d.correctsCode = u"INV-00042"_s;
        d.lines = {{1, u"Fibre 1000"_s, 1, -123456, -123456, true}};
        d.subtotalCents = -123456;
        d.taxes = {{u"GST"_s, 50000, -123456, -6173, u"123456789 RT0001"_s},
            {u"QST"_s, 99750, -123456, -12315, u"1234567890 TQ0001"_s}};
        d.gstCents = -6173;
        d.qstCents = -12315;
        d.totalCents = -141944;
        d.paidCents = 0;
        const auto pdf = InvoicePdf::render(d);
        QVERIFY(pdf.ok());
        const QString text = pdfText(pdf.value());
        QVERIFY2(text.contains(u"Note de crédit"_s), qPrintable(text));
        QVERIFY(text.contains(u"Corrige la facture INV-00042"_s));
        QVERIFY(lineWith(text, u"TPS"_s).endsWith(u"-61,73 $"_s));
        QVERIFY(lineWith(text, u"Total du crédit"_s).endsWith(u"-1 419,44 $"_s));
        QVERIFY(!text.contains(u"Solde à payer"_s));
        QCOMPARE(InvoicePdf::fileName(d), u"note-de-credit-INV-00050.pdf"_s);
    }

    void writesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.pdf"_s);
        QVERIFY(InvoicePdf::write(sample(u"en"_s), path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("%PDF"));
        QVERIFY(!InvoicePdf::write(sample(u"en"_s), dir.filePath(u"missing/dir/out.pdf"_s)).ok());
        QCOMPARE(InvoicePdf::fileName(sample(u"en"_s)), u"invoice-INV-00042.pdf"_s);
    }
};

QTEST_MAIN(TestInvoicePdf)
#include "TestInvoicePdf.moc"

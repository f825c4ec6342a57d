// Invoices as documents on a real database (migrations through 0018): one invoice loaded with its lines, taxes,
// addresses, payments and company settings; its PDF text in the customer's language (pdftotext); the e-mails of a
// period queued in the outbox with the PDF attached, only for customers with an address, never twice, a draft issued
// (and its balance moved) by its e-mail; credit notes (negative, linked, taxes reversed, code from the gap-free
// counter, balance moved, once per invoice, never for a draft or a credit note) and void (drafts only).
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/billing/BillingUiService.h"
#include "core/billing/InvoiceRepository.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "render/billing/InvoiceMailer.h"
#include "render/billing/InvoicePdf.h"
#include "render/billing/InvoiceService.h"
#include "tests/support/Await.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::billing;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Targo Fibre inc.', address_line1 = '100 rue Principale',"
    " address_line2 = 'Sainte-Agathe-des-Monts (QC)  J8C 1A1', phone = '819 555-0100',"
    " email = 'facturation@targo.example', gst_number = '111111111 RT0001', qst_number = '2222222222 TQ0001',"
    " payment_instructions_fr = 'Virement Interac à payer@targo.example', payment_instructions_en = 'Interac"
    " e-Transfer to pay@targo.example'",
    "INSERT INTO customers (id, code, display_name, language, email, billing_street, billing_city,"
    " billing_postal_code, balance_cents) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', '5 rue des Érables', 'Saint-Jérôme', 'J7Z 1A1',"
    " 7342),"
    " (2, 'CUST-00002', 'John Smith', 'en', NULL, NULL, NULL, NULL, 5749)",
    "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code) VALUES"
    " (1, 'LOC-00001', 1, '12', 'rue Labelle', 'Saint-Jérôme', 'J7Z 5L3'),"
    " (2, 'LOC-00002', 2, '3', 'Main Street', 'Gatineau', 'J8X 1T1')",
    "INSERT INTO items (id, sku, kind, name_fr, name_en, monthly_price_cents) VALUES"
    " (1, 'FIB-1000', 'internet', 'Fibre 1000', 'Fibre 1000', 8995)",
    "INSERT INTO subscriptions (id, code, customer_id, location_id, item_id, price_cents, start_date) VALUES"
    " (1, 'SUB-00001', 1, 1, 1, 8995, '2026-01-01'), (2, 'SUB-00002', 2, 2, 1, 5000, '2026-01-01')",
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, language,"
    " subtotal_cents, gst_cents, qst_cents, total_cents, paid_cents, status) VALUES"
    " (1, 'INV-00001', 1, '2026-11-01', '2026-11-30', '2026-11-01', '2026-12-01', 'fr', 7995, 450, 897, 9342, 2000,"
    "  'partially_paid'),"
    " (2, 'INV-00002', 2, '2026-11-01', '2026-11-30', '2026-11-01', '2026-12-01', 'en', 5000, 250, 499, 5749, 0,"
    "  'issued'),"
    " (3, 'INV-00003', 1, '2026-10-01', '2026-10-31', '2026-10-01', '2026-10-31', 'fr', 1000, 50, 100, 1150, 0,"
    "  'draft'),"
    " (4, 'INV-00004', 2, '2026-10-01', '2026-10-31', '2026-10-01', '2026-10-31', 'en', 1000, 50, 100, 1150, 0,"
    "  'draft')",
    "UPDATE document_counters SET next_value = 5 WHERE name = 'invoice'",
    "SELECT setval(pg_get_serial_sequence('invoices', 'id'), 100)",
    "INSERT INTO invoice_lines (invoice_id, line_no, item_id, subscription_id, description, quantity,"
    " unit_price_cents, amount_cents, taxable) VALUES"
    " (1, 1, 1, 1, 'Fibre 1000', 1, 8995, 8995, true),"
    " (1, 2, NULL, NULL, 'Crédit de courtoisie', 1, -1000, -1000, false),"
    " (2, 1, 1, 2, 'Fibre 1000', 1, 5000, 5000, true),"
    " (3, 1, NULL, NULL, 'Frais d''installation', 1, 1000, 1000, true),"
    " (4, 1, NULL, NULL, 'Installation fee', 1, 1000, 1000, true)",
    "INSERT INTO invoice_taxes (invoice_id, tax, rate_ppm, base_cents, amount_cents, registration_number) VALUES"
    " (1, 'GST', 50000, 8995, 450, '111111111 RT0001'), (1, 'QST', 99750, 8995, 897, '2222222222 TQ0001'),"
    " (2, 'GST', 50000, 5000, 250, '111111111 RT0001'), (2, 'QST', 99750, 5000, 499, '2222222222 TQ0001'),"
    " (3, 'GST', 50000, 1000, 50, '111111111 RT0001'), (3, 'QST', 99750, 1000, 100, '2222222222 TQ0001'),"
    " (4, 'GST', 50000, 1000, 50, '111111111 RT0001'), (4, 'QST', 99750, 1000, 100, '2222222222 TQ0001')",
    "INSERT INTO payments (id, code, customer_id, received_at, amount_cents, method) VALUES"
    " (1, 'PAY-00001', 1, '2026-11-10 15:00:00+00', 2000, 'etransfer')",
    "INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (1, 1, 2000)",
};

QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"i.pdf"_s));
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

} // namespace

class TestInvoiceDocuments : public QObject
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
        for (const char *sql : kSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        }
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
    }

    void loadsTheInvoice()
    {
        InvoiceRepository repo(*m_c);
        QCOMPARE(repo.idByCode(u"inv-00001"_s).value(), 1);
        QCOMPARE(repo.idByCode(u"INV-99999"_s).value(), 0);
        auto doc = repo.load(1);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().detail));
        const InvoiceDocument &d = doc.value();
        QCOMPARE(d.code, u"INV-00001"_s);
        QCOMPARE(d.status, u"partially_paid"_s);
        QVERIFY(!d.isCreditNote());
        QVERIFY(d.isFrench());
        QCOMPARE(d.periodStart, QDate(2026, 11, 1));
        QCOMPARE(d.dueDate, QDate(2026, 12, 1));
        QCOMPARE(d.customerCode, u"CUST-00001"_s);
        QCOMPARE(d.customerEmail, u"elise@example.com"_s);
        QCOMPARE(d.billingAddress.lines, QStringList({u"5 rue des Érables"_s, u"Saint-Jérôme (QC)  J7Z 1A1"_s}));
        QCOMPARE(d.serviceAddress.lines, QStringList({u"12 rue Labelle"_s, u"Saint-Jérôme (QC)  J7Z 5L3"_s}));
        QCOMPARE(d.lines.size(), 2);
        QCOMPARE(d.lines.at(1).amountCents, -1000);
        QVERIFY(!d.lines.at(1).taxable);
        QCOMPARE(d.taxes.size(), 2);
        QCOMPARE(d.taxes.at(0).tax, u"GST"_s);
        QCOMPARE(d.taxes.at(0).amountCents, 450);
        QCOMPARE(d.taxes.at(1).tax, u"QST"_s);
        QCOMPARE(d.taxes.at(1).ratePpm, 99750);
        QCOMPARE(d.taxes.at(1).registrationNumber, u"2222222222 TQ0001"_s);
        QCOMPARE(d.totalCents, 9342);
        QCOMPARE(d.balanceDueCents(), 7342);
        QCOMPARE(d.payments.size(), 1);
        QCOMPARE(d.payments.at(0).paymentCode, u"PAY-00001"_s);
        QCOMPARE(d.payments.at(0).amountCents, 2000);
        QCOMPARE(d.payments.at(0).receivedAt, QDateTime(QDate(2026, 11, 10), QTime(15, 0), Qt::UTC));
        QCOMPARE(d.company.name, u"Targo Fibre inc."_s);
        QCOMPARE(d.company.gstNumber, u"111111111 RT0001"_s);
        QCOMPARE(d.company.addressLines.size(), 2);
        QCOMPARE(d.company.dueDays, 30);
        QVERIFY(!d.delivery.has_value());

        // English customer without a billing address: the service address still prints.
        auto en = repo.load(2);
        QVERIFY(en.ok());
        QVERIFY(!en.value().isFrench());
        QVERIFY(en.value().billingAddress.isEmpty());
        QCOMPARE(en.value().serviceAddress.lines.value(0), u"3 Main Street"_s);
        QVERIFY(en.value().customerEmail.isEmpty());
        QCOMPARE(repo.load(999).error().kind, Error::Kind::NotFound);
    }

    void printsFromTheDatabase()
    {
        InvoiceRepository repo(*m_c);
        auto fr = InvoicePdf::render(repo.load(1).value());
        QVERIFY(fr.ok());
        const QString frText = pdfText(fr.value());
        QVERIFY2(frText.contains(u"TPS (5 %) — no 111111111 RT0001 4,50 $"_s), qPrintable(frText));
        QVERIFY(frText.contains(u"TVQ (9,975 %) — no 2222222222 TQ0001 8,97 $"_s));
        QVERIFY(frText.contains(u"Total 93,42 $"_s));
        QVERIFY(frText.contains(u"Solde à payer — Échéance 1 décembre 2026 73,42 $"_s));
        QVERIFY(frText.contains(u"PAY-00001"_s));
        QVERIFY(frText.contains(u"Virement Interac"_s));
        auto en = InvoicePdf::render(repo.load(2).value());
        QVERIFY(en.ok());
        const QString enText = pdfText(en.value());
        QVERIFY2(enText.contains(u"GST (5%) — no. 111111111 RT0001 $2.50"_s), qPrintable(enText));
        QVERIFY(enText.contains(u"QST (9.975%) — no. 2222222222 TQ0001 $4.99"_s));
        QVERIFY(enText.contains(u"Balance due — Due date December 1, 2026 $57.49"_s));
        QVERIFY(enText.contains(u"Interac e-Transfer"_s));
    }

    void mailsThePeriodOnce()
    {
        InvoiceMailSender sender{u"factures@targo.example"_s, {}};
        auto report = queuePeriodInvoiceMails(*m_c, QDate(2026, 11, 1), sender);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
        QCOMPARE(report.value().invoices, 2);
        QCOMPARE(report.value().queued, 1); // INV-00001; John Smith has no e-mail address
        QCOMPARE(report.value().withoutEmail, 1);
        QCOMPARE(report.value().alreadyQueued, 0);
        QVERIFY(report.value().failures.isEmpty());

        auto rows = m_c->exec("SELECT id, provider, operation, request::text FROM outbox"
                              " WHERE business_entity = 'invoice' AND business_id = 1");
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().rows(), 1);
        QCOMPARE(rows.value().text(0, 1), u"mailjet"_s);
        const QJsonObject request = QJsonDocument::fromJson(rows.value().bytes(0, 3)).object();
        const QJsonObject message = request.value(u"json"_s).toObject().value(u"Messages"_s).toArray().at(0).toObject();
        QVERIFY2(!message.isEmpty(), rows.value().bytes(0, 3).left(400).constData());
        QCOMPARE(
            message.value(u"To"_s).toArray().at(0).toObject().value(u"Email"_s).toString(), u"elise@example.com"_s);
        QCOMPARE(message.value(u"From"_s).toObject().value(u"Email"_s).toString(), u"factures@targo.example"_s);
        QCOMPARE(message.value(u"ReplyTo"_s).toObject().value(u"Email"_s).toString(), u"facturation@targo.example"_s);
        // billing_settings' French template, filled in.
        QCOMPARE(message.value(u"Subject"_s).toString(), u"Votre facture INV-00001"_s);
        const QString body = message.value(u"TextPart"_s).toString();
        QVERIFY2(body.contains(u"du 1 novembre 2026 au 30 novembre 2026"_s), qPrintable(body));
        QVERIFY(body.contains(u"93,42\u00a0$"_s));
        QVERIFY(body.contains(u"1 décembre 2026"_s));
        QVERIFY(body.contains(u"Targo Fibre inc."_s));
        const QJsonObject att = message.value(u"Attachments"_s).toArray().at(0).toObject();
        QCOMPARE(att.value(u"Filename"_s).toString(), u"facture-INV-00001.pdf"_s);
        QCOMPARE(att.value(u"ContentType"_s).toString(), u"application/pdf"_s);
        const QByteArray pdf = QByteArray::fromBase64(att.value(u"Base64Content"_s).toString().toLatin1());
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdfText(pdf).contains(u"INV-00001"_s));

        // The invoice shows its e-mail's delivery state.
        auto doc = InvoiceRepository(*m_c).load(1);
        QVERIFY(doc.value().delivery.has_value());
        QCOMPARE(doc.value().delivery->outboxId, rows.value().int64(0, 0));
        QCOMPARE(doc.value().delivery->status, u"pending"_s);

        // A second send of the period queues nothing new.
        auto again = queuePeriodInvoiceMails(*m_c, QDate(2026, 11, 1), sender);
        QVERIFY(again.ok());
        QCOMPARE(again.value().queued, 0);
        QCOMPARE(again.value().alreadyQueued, 1);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE business_entity = 'invoice'"), 1);

        // No sender: refused before anything is queued.
        auto noSender = queueInvoiceMail(*m_c, 3, InvoiceMailSender{});
        QCOMPARE(noSender.error().kind, Error::Kind::Validation);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE business_entity = 'invoice'"), 1);
    }

    void mailIssuesADraft()
    {
        QCOMPARE(count("SELECT balance_cents FROM customers WHERE id = 1"), 7342);
        auto report = queuePeriodInvoiceMails(*m_c, QDate(2026, 10, 1), InvoiceMailSender{u"f@targo.example"_s, {}});
        QVERIFY(report.ok());
        QCOMPARE(report.value().queued, 1); // INV-00003; INV-00004's customer has no address
        QCOMPARE(report.value().withoutEmail, 1);
        QCOMPARE(text("SELECT status FROM invoices WHERE id = 3"), u"issued"_s);
        QCOMPARE(count("SELECT balance_cents FROM customers WHERE id = 1"), 7342 + 1150);
        QCOMPARE(text("SELECT status FROM invoices WHERE id = 4"), u"draft"_s);
    }

    void creditNoteReversesTheInvoice()
    {
        InvoiceRepository repo(*m_c);
        const qint64 before = count("SELECT balance_cents FROM customers WHERE id = 1");
        auto note = repo.createCreditNote(1);
        QVERIFY2(note.ok(), note.ok() ? "" : qPrintable(note.error().detail + note.error().userMessage));
        QCOMPARE(note.value().code, u"INV-00005"_s); // the next number of the gap-free counter
        QCOMPARE(note.value().totalCents, -9342);
        QCOMPARE(count("SELECT next_value FROM document_counters WHERE name = 'invoice'"), 6);
        QCOMPARE(count("SELECT balance_cents FROM customers WHERE id = 1"), before - 9342);

        auto doc = repo.load(note.value().id);
        QVERIFY(doc.ok());
        const InvoiceDocument &d = doc.value();
        QVERIFY(d.isCreditNote());
        QCOMPARE(d.correctsCode, u"INV-00001"_s);
        QCOMPARE(d.status, u"issued"_s);
        QCOMPARE(d.customerCode, u"CUST-00001"_s);
        QCOMPARE(d.periodStart, QDate(2026, 11, 1));
        QCOMPARE(d.subtotalCents, -7995);
        QCOMPARE(d.gstCents, -450);
        QCOMPARE(d.qstCents, -897);
        QCOMPARE(d.lines.size(), 2);
        QCOMPARE(d.lines.at(0).amountCents, -8995);
        QCOMPARE(d.lines.at(0).unitPriceCents, -8995);
        QCOMPARE(d.lines.at(1).amountCents, 1000);
        QCOMPARE(d.taxes.size(), 2);
        QCOMPARE(d.taxes.at(0).amountCents, -450);
        QCOMPARE(d.taxes.at(0).baseCents, -8995);
        QCOMPARE(d.taxes.at(0).registrationNumber, u"111111111 RT0001"_s);
        QCOMPARE(d.taxes.at(1).amountCents, -897);
        QCOMPARE(d.taxes.at(1).ratePpm, 99750);
        QCOMPARE(text("SELECT kind || ':' || corrects_invoice_id FROM invoices WHERE code = 'INV-00005'"),
            u"credit_note:1"_s);
        const QString pdf = pdfText(InvoicePdf::render(d).value());
        QVERIFY2(pdf.contains(u"Note de crédit"_s), qPrintable(pdf));
        QVERIFY(pdf.contains(u"Corrige la facture INV-00001"_s));
        QVERIFY(pdf.contains(u"Total du crédit -93,42 $"_s));

        // Once per invoice; never a credit note's credit; a draft is voided instead.
        auto twice = repo.createCreditNote(1);
        QCOMPARE(twice.error().kind, Error::Kind::Conflict);
        QVERIFY(twice.error().userMessage.contains(u"INV-00005"_s));
        QCOMPARE(repo.createCreditNote(note.value().id).error().kind, Error::Kind::Validation);
        QCOMPARE(repo.createCreditNote(4).error().kind, Error::Kind::Validation);
        QCOMPARE(repo.createCreditNote(999).error().kind, Error::Kind::NotFound);
        // Refusals take no number and move no balance.
        QCOMPARE(count("SELECT next_value FROM document_counters WHERE name = 'invoice'"), 6);
        QCOMPARE(count("SELECT balance_cents FROM customers WHERE id = 1"), before - 9342);
        QCOMPARE(count("SELECT count(*) FROM invoices WHERE kind = 'credit_note'"), 1);
    }

    void voidOnlyADraft()
    {
        InvoiceRepository repo(*m_c);
        const auto refused = repo.voidDraft(2);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QCOMPARE(text("SELECT status FROM invoices WHERE id = 2"), u"issued"_s);
        QVERIFY(!repo.voidDraft(1).ok());
        QCOMPARE(text("SELECT status FROM invoices WHERE id = 1"), u"partially_paid"_s);

        const qint64 balance = count("SELECT balance_cents FROM customers WHERE id = 2");
        QVERIFY(repo.voidDraft(4).ok());
        QCOMPARE(text("SELECT status FROM invoices WHERE id = 4"), u"void"_s);
        QCOMPARE(count("SELECT balance_cents FROM customers WHERE id = 2"), balance);
        QVERIFY(!repo.voidDraft(4).ok()); // already void
        // A void invoice is never e-mailed, and frees its (customer, period) for a new invoice.
        QVERIFY(!repo.mailCandidates(QDate(2026, 10, 1)).value().invoiceIds.contains(4));
        QVERIFY(m_c->exec("INSERT INTO invoices (customer_id, period_start, period_end, issue_date, due_date,"
                          " subtotal_cents, gst_cents, qst_cents, total_cents) VALUES (2, '2026-10-01', '2026-10-31',"
                          " '2026-10-01', '2026-10-31', 0, 0, 0, 0)")
                    .ok());
    }

    void aBillingClerkMayADispatcherMayNot()
    {
        // The database enforces the roles: a billing clerk loads, credits and e-mails invoices (counter through
        // ops_take_invoice_codes, balance, outbox row for Mailjet); a dispatcher cannot credit one.
        QVERIFY(m_c->exec("CREATE ROLE inv_clerk LOGIN IN ROLE ops_billing").ok());
        QVERIFY(m_c->exec("CREATE ROLE inv_dispatch LOGIN IN ROLE ops_dispatcher").ok());
        QVERIFY(m_c->exec("INSERT INTO staff (pg_role, display_name, role_group) VALUES ('inv_clerk', 'Carole"
                          " Facturation', 'billing'), ('inv_dispatch', 'Denis Répartition', 'dispatcher')")
                    .ok());
        QVERIFY(m_c->exec("SET ROLE inv_dispatch").ok());
        auto refused = InvoiceRepository(*m_c).createCreditNote(2);
        QVERIFY(!refused.ok());
        QVERIFY(m_c->exec("RESET ROLE").ok());
        QCOMPARE(count("SELECT count(*) FROM invoices WHERE corrects_invoice_id = 2"), 0);

        const qint64 next = count("SELECT next_value FROM document_counters WHERE name = 'invoice'");
        QVERIFY(m_c->exec("SET ROLE inv_clerk").ok());
        InvoiceRepository repo(*m_c);
        auto doc = repo.load(2);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().detail));
        auto note = repo.createCreditNote(2);
        QVERIFY2(note.ok(), note.ok() ? "" : qPrintable(note.error().detail));
        QCOMPARE(note.value().code, u"INV-%1"_s.arg(next, 5, 10, QLatin1Char('0')));
        auto mailed = queueInvoiceMail(*m_c, 3, InvoiceMailSender{u"f@targo.example"_s, {}});
        QVERIFY2(mailed.ok(), mailed.ok() ? "" : qPrintable(mailed.error().detail));
        QVERIFY(m_c->exec("RESET ROLE").ok());
    }

    void serviceForTheInvoiceView()
    {
        // What the invoice view calls, off the GUI thread: the document with its e-mail state, the PDF preview, a
        // resend (a second e-mail row), a refused void; each change is announced.
        DbExecutor db(m_conninfo, 2);
        InvoiceService service(db);
        QSignalSpy changed(&service, &InvoiceApi::invoiceChanged);
        auto id = test::await(service.idByCode(u"INV-00001"_s), this);
        QVERIFY(id && id->ok());
        QCOMPARE(id->value(), 1);
        auto doc = test::await(service.load(1), this);
        QVERIFY(doc && doc->ok());
        QCOMPARE(doc->value().delivery->status, u"pending"_s);
        auto pdf = test::await(service.pdf(1), this);
        QVERIFY(pdf && pdf->ok());
        QVERIFY(pdfText(pdf->value()).contains(u"INV-00001"_s));
        // The preview inside the application: the same PDF with its pages as images (one code path: BillingUiService).
        auto preview = test::await(service.billing().invoicePreview(1), this);
        QVERIFY(preview && preview->ok());
        QCOMPARE(preview->value().fileName, u"facture-INV-00001.pdf"_s);
        QVERIFY(pdfText(preview->value().pdf).contains(u"INV-00001"_s));
        QCOMPARE(preview->value().pages.size(), 1);
        QCOMPARE(QImage::fromData(preview->value().pages.first(), "PNG").size(), QSize(935, 1210));
        auto resent = test::await(service.resend(1, InvoiceMailSender{u"f@targo.example"_s, {}}), this);
        QVERIFY(resent && resent->ok());
        QVERIFY(resent->value() > doc->value().delivery->outboxId);
        QCOMPARE(changed.count(), 1);
        auto reloaded = test::await(service.load(1), this);
        QCOMPARE(reloaded->value().delivery->outboxId, resent->value()); // the latest e-mail is the one shown
        auto refused = test::await(service.voidDraft(1), this);
        QVERIFY(refused && !refused->ok());
        QCOMPARE(changed.count(), 1);
        db.shutdown();
    }

private:
    qint64 count(const char *sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0) : -1;
    }
    QString text(const char *sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : QString();
    }

    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

QTEST_MAIN(TestInvoiceDocuments)
#include "TestInvoiceDocuments.moc"

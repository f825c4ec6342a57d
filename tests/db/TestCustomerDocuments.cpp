// Receipts and statements on a real database (issue 13 items 1 and 4): a payment's receipt (the invoices it paid,
// what stayed as credit, the balance, a reversed or refunded payment said so), a customer's statement for a range
// (opening + Σ lines = closing; the closing equals the balance identity computed here, independently; a range with
// no activity; the aging at the end), both printed in the customer's language (pdftotext) and a long statement on
// several pages with its table header repeated.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/billing/CustomerDocuments.h"
#include "core/billing/StatementRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/payments/PaymentRepository.h"
#include "render/billing/ReceiptPdf.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::billing;
using namespace Qt::Literals::StringLiterals;

namespace {

// Customer 1 (French): September paid in full; October paid 40 $ by a 60 $ e-Transfer (20 $ left as credit); a 30 $
// cheque on Oct. 25 reversed (NSF) on Nov. 5; November's invoice, a 20 $ credit note on it, a 50 $ card payment
// (40 $ to November) of which 10 $ was refunded on Nov. 20; a draft and a failed payment that never count.
// Customer 2 (English): one November invoice of 57.49 $. Customer 3: nothing at all.
const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Targo Fibre inc.', address_line1 = '100 rue Principale',"
    " phone = '819 555-0100', email = 'facturation@targo.example', gst_number = '111111111 RT0001',"
    " qst_number = '2222222222 TQ0001', payment_instructions_fr = 'Virement Interac à payer@targo.example',"
    " payment_instructions_en = 'Interac e-Transfer to pay@targo.example'",
    "INSERT INTO customers (id, code, display_name, language, email, billing_street, billing_city,"
    " billing_postal_code, balance_cents) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', '5 rue des Érables', 'Saint-Jérôme', 'J7Z 1A1',"
    "  8000),"
    " (2, 'CUST-00002', 'John Smith', 'en', 'john@example.com', NULL, NULL, NULL, 5749),"
    " (3, 'CUST-00003', 'Nobody Yet', 'fr', NULL, NULL, NULL, NULL, 0)",
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, language,"
    " subtotal_cents, gst_cents, qst_cents, total_cents, paid_cents, status, kind, corrects_invoice_id) VALUES"
    " (1, 'INV-00001', 1, '2026-09-01', '2026-09-30', '2026-09-01', '2026-10-01', 'fr', 10000, 0, 0, 10000, 10000,"
    "  'paid', 'invoice', NULL),"
    " (2, 'INV-00002', 1, '2026-10-01', '2026-10-31', '2026-10-01', '2026-10-31', 'fr', 10000, 0, 0, 10000, 4000,"
    "  'partially_paid', 'invoice', NULL),"
    " (3, 'INV-00003', 1, '2026-11-01', '2026-11-30', '2026-11-01', '2026-12-01', 'fr', 10000, 0, 0, 10000, 4000,"
    "  'partially_paid', 'invoice', NULL),"
    " (4, 'INV-00004', 1, '2026-11-01', '2026-11-30', '2026-11-10', '2026-11-10', 'fr', -2000, 0, 0, -2000, 0,"
    "  'issued', 'credit_note', 3),"
    " (5, 'INV-00005', 1, '2026-12-01', '2026-12-31', '2026-12-01', '2026-12-31', 'fr', 999, 0, 0, 999, 0,"
    "  'draft', 'invoice', NULL),"
    " (6, 'INV-00006', 2, '2026-11-01', '2026-11-30', '2026-11-01', '2026-12-01', 'en', 5000, 250, 499, 5749, 0,"
    "  'issued', 'invoice', NULL)",
    "SELECT setval(pg_get_serial_sequence('invoices', 'id'), 100)",
    "INSERT INTO payments (id, code, customer_id, received_at, amount_cents, method, reference, status, reversed_at,"
    " reversal_reason, refunded_cents) VALUES"
    " (1, 'PAY-00001', 1, '2026-09-15 12:00 America/Montreal', 10000, 'cheque', '101', 'succeeded', NULL, NULL, 0),"
    " (2, 'PAY-00002', 1, '2026-10-20 23:30 America/Montreal', 6000, 'etransfer', 'ET-77', 'succeeded', NULL, NULL,"
    "  0),"
    " (3, 'PAY-00003', 1, '2026-10-25 12:00 America/Montreal', 3000, 'cheque', '102', 'reversed',"
    "  '2026-11-05 10:00 America/Montreal', 'Chèque sans provision', 0),"
    " (4, 'PAY-00004', 1, '2026-11-12 12:00 America/Montreal', 5000, 'card', NULL, 'succeeded', NULL, NULL, 1000),"
    " (5, 'PAY-00005', 1, '2026-11-15 12:00 America/Montreal', 700, 'pad', NULL, 'failed', NULL, NULL, 0)",
    "SELECT setval(pg_get_serial_sequence('payments', 'id'), 100)",
    "SELECT setval('seq_payment_code', 100)",
    "INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (1, 1, 10000), (2, 2, 4000),"
    " (4, 3, 4000)",
    "INSERT INTO payment_refunds (payment_id, customer_id, amount_cents, reason, idempotency_key, status, created_at)"
    " VALUES (4, 1, 1000, 'Geste commercial', 'refund-4-1', 'succeeded', '2026-11-20 12:00 America/Montreal'),"
    " (4, 1, 500, 'Refusé', 'refund-4-2', 'failed', '2026-11-21 12:00 America/Montreal')",
};

QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"d.pdf"_s));
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

class TestCustomerDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase(true);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        auto c = db::PgConnection::open(db.value());
        QVERIFY(c.ok());
        m_c = std::move(c).value();
        for (const char *sql : kSeed) {
            auto r = m_c->exec(sql);
            QVERIFY2(r.ok(), r.ok() ? sql : qPrintable(r.error().detail));
        }
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
    }

    void receiptOfAPartlyAllocatedPayment()
    {
        ReceiptRepository repo(*m_c);
        QCOMPARE(repo.idByCode(u"pay-00002"_s).value(), 2);
        QCOMPARE(repo.idByCode(u"PAY-99999"_s).value(), 0);
        auto doc = repo.load(2);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().detail));
        const ReceiptDocument &d = doc.value();
        QCOMPARE(d.code, u"PAY-00002"_s);
        QCOMPARE(d.customerCode, u"CUST-00001"_s);
        QVERIFY(d.isFrench());
        QCOMPARE(d.method, u"etransfer"_s);
        QCOMPARE(d.reference, u"ET-77"_s);
        QCOMPARE(d.amountCents, 6000);
        // 23:30 in Montréal is already the next day in UTC: the receipt keeps the Quebec day.
        QCOMPARE(quebecDate(d.receivedAt), QDate(2026, 10, 20));
        QCOMPARE(d.allocations.size(), 1);
        QCOMPARE(d.allocations.at(0).invoiceCode, u"INV-00002"_s);
        QCOMPARE(d.allocations.at(0).amountCents, 4000);
        QCOMPARE(d.allocations.at(0).invoiceOpenCents, 6000);
        QCOMPARE(d.allocatedCents, 4000);
        QCOMPARE(d.creditCents, 2000);
        QCOMPARE(d.balanceCents, 8000);
        QVERIFY(!d.isReversed());
        QVERIFY(!d.isRefunded());
        QCOMPARE(d.company.name, u"Targo Fibre inc."_s);
        QCOMPARE(repo.load(999).error().kind, Error::Kind::NotFound);

        auto fr = ReceiptPdf::render(d);
        QVERIFY(fr.ok());
        const QString frText = pdfText(fr.value());
        QVERIFY2(frText.contains(u"Reçu de paiement"_s), qPrintable(frText));
        QVERIFY(frText.contains(u"Montant reçu 60,00 $"_s));
        QVERIFY(frText.contains(u"Virement Interac"_s));
        QVERIFY(frText.contains(u"INV-00002 31 octobre 2026 100,00 $ 40,00 $ 60,00 $"_s));
        QVERIFY(frText.contains(u"Porté à votre crédit 20,00 $"_s));
        QVERIFY(frText.contains(u"20 octobre 2026"_s));
        ReceiptDocument en = d;
        en.language = u"en"_s;
        const QString enText = pdfText(ReceiptPdf::render(en).value());
        QVERIFY2(enText.contains(u"Amount received $60.00"_s), qPrintable(enText));
        QVERIFY(enText.contains(u"Kept as a credit $20.00"_s));
        QVERIFY(enText.contains(u"October 20, 2026"_s));
        QVERIFY(!enText.contains(u"Reçu"_s));
        QCOMPARE(ReceiptPdf::fileName(d), u"recu-PAY-00002.pdf"_s);
        QCOMPARE(ReceiptPdf::fileName(en), u"receipt-PAY-00002.pdf"_s);
    }

    void receiptOfAReversedOrRefundedPayment()
    {
        ReceiptRepository repo(*m_c);
        auto reversed = repo.load(3);
        QVERIFY(reversed.ok());
        QVERIFY(reversed.value().isReversed());
        QCOMPARE(reversed.value().reversalReason, u"Chèque sans provision"_s);
        QCOMPARE(quebecDate(reversed.value().reversedAt), QDate(2026, 11, 5));
        QCOMPARE(reversed.value().creditCents, 0); // a reversed payment leaves no credit
        QVERIFY(reversed.value().allocations.isEmpty());
        const QString text = pdfText(ReceiptPdf::render(reversed.value()).value());
        QVERIFY2(text.contains(u"PAIEMENT ANNULÉ le 5 novembre 2026 : Chèque sans provision"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Merci de votre paiement"_s));

        auto refunded = repo.load(4);
        QVERIFY(refunded.ok());
        QVERIFY(refunded.value().isRefunded());
        QCOMPARE(refunded.value().refunds.size(), 1); // the failed refund is not one
        QCOMPARE(refunded.value().refunds.at(0).amountCents, 1000);
        QCOMPARE(refunded.value().creditCents, 0); // 50 $ − 10 $ refunded − 40 $ allocated
        const QString refundText = pdfText(ReceiptPdf::render(refunded.value()).value());
        QVERIFY2(refundText.contains(u"Remboursement le 20 novembre 2026 : 10,00 $ (Geste commercial)"_s),
            qPrintable(refundText));
        QVERIFY(refundText.contains(u"Total remboursé -10,00 $"_s));
    }

    // A payment recorded and reversed through PaymentRepository (the real code paths): the receipt follows.
    void receiptFollowsRecordAndReverse()
    {
        payments::PaymentInput in;
        in.customerId = 2;
        in.amountCents = 6000;
        in.method = u"cash"_s;
        auto paid = payments::PaymentRepository(*m_c).record(in);
        QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().detail));
        ReceiptRepository repo(*m_c);
        auto doc = repo.load(paid.value().id);
        QVERIFY(doc.ok());
        QVERIFY(!doc.value().isFrench());
        QCOMPARE(doc.value().allocations.size(), 1);
        QCOMPARE(doc.value().allocations.at(0).invoiceCode, u"INV-00006"_s);
        QCOMPARE(doc.value().allocations.at(0).amountCents, 5749);
        QCOMPARE(doc.value().allocations.at(0).invoiceOpenCents, 0);
        QCOMPARE(doc.value().creditCents, 251);
        QCOMPARE(doc.value().balanceCents, -251);
        const QString text = pdfText(ReceiptPdf::render(doc.value()).value());
        QVERIFY2(text.contains(u"Account balance on"_s), qPrintable(text));
        QVERIFY(text.contains(u"-$2.51"_s));

        QVERIFY(payments::PaymentRepository(*m_c).reverse(paid.value().id, u"Counterfeit note"_s).ok());
        auto after = repo.load(paid.value().id);
        QVERIFY(after.ok());
        QVERIFY(after.value().isReversed());
        QVERIFY(after.value().allocations.isEmpty());
        QCOMPARE(after.value().creditCents, 0);
        QCOMPARE(after.value().balanceCents, 5749);
        QVERIFY(pdfText(ReceiptPdf::render(after.value()).value()).contains(u"PAYMENT REVERSED on"_s));
    }

    void statementOfARange()
    {
        StatementRepository repo(*m_c);
        QCOMPARE(repo.customerIdByCode(u"cust-00001"_s).value(), 1);
        auto doc = repo.load(1, QDate(2026, 10, 1), QDate(2026, 11, 30));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().detail));
        const StatementDocument &d = doc.value();
        QCOMPARE(d.openingCents, 0); // September invoiced and paid
        const QList<qint64> amounts{10000, -6000, -3000, 10000, 3000, -2000, -5000, 1000};
        QCOMPARE(d.lines.size(), amounts.size());
        for (int i = 0; i < amounts.size(); ++i)
            QCOMPARE(d.lines.at(i).amountCents, amounts.at(i));
        QCOMPARE(d.lines.at(1).date, QDate(2026, 10, 20)); // the Quebec day, not UTC's
        QCOMPARE(d.lines.at(1).kind, StatementLineKind::Payment);
        QCOMPARE(d.lines.at(4).kind, StatementLineKind::Reversal);
        QCOMPARE(d.lines.at(4).date, QDate(2026, 11, 5));
        QCOMPARE(d.lines.at(5).kind, StatementLineKind::CreditNote);
        QCOMPARE(d.lines.at(5).detail, u"INV-00003"_s);
        QCOMPARE(d.lines.at(7).kind, StatementLineKind::Refund);
        QCOMPARE(d.lines.last().balanceCents, d.closingCents);
        QCOMPARE(d.openingCents + d.linesTotalCents(), d.closingCents);
        QCOMPARE(d.closingCents, 8000);
        // Aging at Nov. 30: INV-00002 60 $ 30 days late, INV-00003 100 − 40 − 20 = 40 $ not yet due. The 20 $ credit
        // is not a receivable: the aging total (100 $) is above the closing balance (80 $).
        QCOMPARE(d.agingCents[0], 4000);
        QCOMPARE(d.agingCents[1], 6000);
        QCOMPARE(d.agingCents[2] + d.agingCents[3] + d.agingCents[4], 0);
        QCOMPARE(d.agingTotalCents, 10000);
        QCOMPARE(d.openInvoices, 2);

        // A later start: the opening balance carries everything before it.
        auto nov = repo.load(1, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QVERIFY(nov.ok());
        QCOMPARE(nov.value().openingCents, 1000);
        QCOMPARE(nov.value().lines.size(), 5);
        QCOMPARE(nov.value().closingCents, 8000);
    }

    // The closing balance is the balance identity as of `to`, computed here from the tables without the statement's
    // query: invoices and credit notes issued by then, less the payments received by then that were not reversed by
    // then, less refunds by then. With `to` today it is customers.balance_cents.
    void closingIsTheBalanceIdentity()
    {
        StatementRepository repo(*m_c);
        const QDate today = QDate::fromString(
            m_c->exec("SELECT (now() AT TIME ZONE 'America/Montreal')::date::text").value().text(0, 0), Qt::ISODate);
        for (qint64 customer : {1, 2, 3}) {
            for (const QDate &to : {QDate(2026, 9, 30), QDate(2026, 10, 24), QDate(2026, 11, 6), today}) {
                auto doc = repo.load(customer, QDate(2026, 1, 1), to);
                QVERIFY(doc.ok());
                QCOMPARE(doc.value().openingCents + doc.value().linesTotalCents(), doc.value().closingCents);
                QCOMPARE(doc.value().closingCents, identity(customer, to));
            }
            auto now = repo.load(customer, QDate(2026, 1, 1), today);
            QCOMPARE(now.value().closingCents,
                m_c->exec("SELECT balance_cents FROM customers WHERE id = $1", db::SqlParams().add(customer))
                    .value()
                    .int64(0, 0));
        }
        QCOMPARE(identity(1, QDate(2026, 10, 24)), 4000);
        QCOMPARE(identity(1, QDate(2026, 11, 6)), 14000);
    }

    void rangeWithoutActivity()
    {
        StatementRepository repo(*m_c);
        auto quiet = repo.load(1, QDate(2026, 10, 21), QDate(2026, 10, 24));
        QVERIFY(quiet.ok());
        QVERIFY(quiet.value().lines.isEmpty());
        QCOMPARE(quiet.value().openingCents, 4000);
        QCOMPARE(quiet.value().closingCents, 4000);
        const QString text = pdfText(StatementPdf::render(quiet.value()).value());
        QVERIFY2(text.contains(u"Aucune transaction pendant cette période."_s), qPrintable(text));
        QVERIFY(text.contains(u"Solde d’ouverture au 21 octobre 2026 40,00 $"_s));
        QVERIFY(text.contains(u"Solde de clôture au 24 octobre 2026 40,00 $"_s));

        auto nobody = repo.load(3, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QVERIFY(nobody.ok());
        QVERIFY(nobody.value().lines.isEmpty());
        QCOMPARE(nobody.value().closingCents, 0);
        QCOMPARE(nobody.value().agingTotalCents, 0);
    }

    void badInput()
    {
        StatementRepository repo(*m_c);
        QCOMPARE(repo.load(1, QDate(2026, 12, 1), QDate(2026, 11, 1)).error().kind, Error::Kind::Validation);
        QCOMPARE(repo.load(1, QDate(), QDate(2026, 11, 1)).error().kind, Error::Kind::Validation);
        QCOMPARE(repo.load(999, QDate(2026, 1, 1), QDate(2026, 11, 1)).error().kind, Error::Kind::NotFound);
        QCOMPARE(repo.customerIdByCode(u"CUST-99999"_s).value(), 0);
        auto doc = repo.load(1, QDate(2026, 10, 1), QDate(2026, 11, 30));
        QVERIFY(!StatementPdf::write(doc.value(), u"/nonexistent-dir/x.pdf"_s).ok());
    }

    void statementPrintsInTheCustomersLanguage()
    {
        StatementRepository repo(*m_c);
        auto doc = repo.load(1, QDate(2026, 10, 1), QDate(2026, 11, 30));
        QVERIFY(doc.ok());
        const QString fr = pdfText(StatementPdf::render(doc.value()).value());
        QVERIFY2(fr.contains(u"État de compte"_s), qPrintable(fr));
        QVERIFY(fr.contains(u"20 octobre 2026 Paiement PAY-00002 — Virement Interac ET-77 -60,00 $ 40,00 $"_s));
        QVERIFY2(fr.contains(u"5 novembre 2026 Annulation du paiement PAY-00003 — Chèque sans"_s), qPrintable(fr));
        QVERIFY(fr.contains(u"Note de crédit INV-00004 — corrige INV-00003 -20,00 $"_s));
        QVERIFY(fr.contains(u"Solde de clôture au 30 novembre 2026 80,00 $"_s));
        QVERIFY(fr.contains(u"40,00 $ 60,00 $ 0,00 $ 0,00 $ 0,00 $ 100,00 $"_s)); // the aging row
        QVERIFY(fr.contains(u"Page 1 de 1"_s));
        StatementDocument en = doc.value();
        en.language = u"en"_s;
        const QString enText = pdfText(StatementPdf::render(en).value());
        QVERIFY2(enText.contains(u"Statement of account"_s), qPrintable(enText));
        QVERIFY(enText.contains(u"October 20, 2026 Payment PAY-00002 — Interac e-Transfer ET-77 -$60.00 $40.00"_s));
        QVERIFY(enText.contains(u"Closing balance on November 30, 2026 $80.00"_s));
        QVERIFY(enText.contains(u"$40.00 $60.00 $0.00 $0.00 $0.00 $100.00"_s));
        QVERIFY(enText.contains(u"Page 1 of 1"_s));
        QCOMPARE(StatementPdf::fileName(en), u"statement-CUST-00001-2026-11-30.pdf"_s);
    }

    // Two years of monthly invoices and payments: several pages, each with the table's header and "Page n of m".
    void longStatementPaginates()
    {
        const char *const seed[] = {
            "INSERT INTO customers (id, code, display_name, language, balance_cents)"
            " VALUES (4, 'CUST-00004', 'Long Ledger', 'en', 0)",
            "INSERT INTO invoices (code, customer_id, period_start, period_end, issue_date, due_date, language,"
            " subtotal_cents, gst_cents, qst_cents, total_cents, paid_cents, status)"
            " SELECT 'INV-' || lpad((1000 + g)::text, 5, '0'), 4, m, (m + interval '1 month' - interval '1 day')::date,"
            " m, m + 30, 'en', 5000, 0, 0, 5000, 0, 'issued'"
            " FROM generate_series(1, 24) g,"
            " LATERAL (SELECT (date '2024-12-01' + make_interval(months => g))::date AS m) x",
            "INSERT INTO payments (code, customer_id, received_at, amount_cents, method, reference)"
            " SELECT 'PAY-' || lpad((1000 + g)::text, 5, '0'), 4,"
            " (date '2024-12-15' + make_interval(months => g))::timestamp AT TIME ZONE 'America/Montreal', 2500 + g,"
            " 'cheque', 'CHQ ' || g FROM generate_series(1, 24) g",
        };
        for (const char *sql : seed) {
            auto seeded = m_c->exec(sql);
            QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().detail));
        }
        StatementRepository repo(*m_c);
        auto doc = repo.load(4, QDate(2025, 1, 1), QDate(2026, 12, 31));
        QVERIFY(doc.ok());
        QCOMPARE(doc.value().lines.size(), 48);
        QCOMPARE(doc.value().openingCents + doc.value().linesTotalCents(), doc.value().closingCents);
        int pages = 0;
        auto pdf = StatementPdf::render(doc.value(), &pages);
        QVERIFY(pdf.ok());
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QStringList pageTexts = pdfText(pdf.value()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pageTexts.size() >= pages);
        for (int i = 0; i < pages; ++i) {
            QVERIFY2(pageTexts.at(i).contains(u"Date Description Amount Balance"_s), qPrintable(pageTexts.at(i)));
            QVERIFY(pageTexts.at(i).contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages)));
        }
    }

private:
    // The balance identity as of the end of `to` (Quebec day), from the tables.
    qint64 identity(qint64 customer, const QDate &to)
    {
        auto r = m_c->exec(R"SQL(
SELECT coalesce((SELECT sum(total_cents) FROM invoices WHERE customer_id = $1 AND status NOT IN ('draft', 'void')
                    AND issue_date <= $2), 0)
     - coalesce((SELECT sum(amount_cents) FROM payments WHERE customer_id = $1 AND status IN ('succeeded', 'refunded', 'reversed')
                    AND (received_at AT TIME ZONE 'America/Montreal')::date <= $2
                    AND (reversed_at IS NULL OR (reversed_at AT TIME ZONE 'America/Montreal')::date > $2)), 0)
     + coalesce((SELECT sum(amount_cents) FROM payment_refunds WHERE customer_id = $1 AND status = 'succeeded'
                    AND (created_at AT TIME ZONE 'America/Montreal')::date <= $2), 0)
)SQL",
            db::SqlParams().add(customer).add(to));
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.error().detail));
            return -999999;
        }
        return r.value().int64(0, 0);
    }

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
};

QTEST_MAIN(TestCustomerDocuments)
#include "TestCustomerDocuments.moc"

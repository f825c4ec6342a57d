// An invoice e-mail end to end: `billing send`'s path (queueInvoiceMail) puts the Mailjet request with the invoice
// PDF attached in the outbox, and the outbox worker delivers it to a validating Prism mock of Mailjet's Send API v3.1
// (tests/specs/mailjet.yaml: unknown properties and messages without From, To or a text part are refused, an
// attachment needs its content type, file name and base64 content). The row ends 'sent' with Mailjet's message id,
// which a request Prism found invalid could not (it answers 400 and the row fails); the invoice shows that state.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/billing/InvoiceRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/integrations/MailjetClient.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxWorker.h"
#include "render/billing/InvoiceMailer.h"
#include "tests/support/PrismMock.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Targo Fibre inc.', email = 'facturation@targo.example',"
    " gst_number = '111111111 RT0001', qst_number = '2222222222 TQ0001'",
    "INSERT INTO customers (id, code, display_name, language, email) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com'),"
    " (2, 'CUST-00002', 'John Smith', 'en', 'john@example.com')",
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, language,"
    " subtotal_cents, gst_cents, qst_cents, total_cents, status) VALUES"
    " (1, 'INV-00001', 1, '2026-11-01', '2026-11-30', '2026-11-01', '2026-12-01', 'fr', 8995, 450, 897, 10342,"
    "  'issued'),"
    " (2, 'INV-00002', 2, '2026-11-01', '2026-11-30', '2026-11-01', '2026-12-01', 'en', 8995, 450, 897, 10342,"
    "  'issued')",
    "INSERT INTO invoice_lines (invoice_id, line_no, description, quantity, unit_price_cents, amount_cents) VALUES"
    " (1, 1, 'Fibre 1000', 1, 8995, 8995), (2, 1, 'Fibre 1000', 1, 8995, 8995)",
    "INSERT INTO invoice_taxes (invoice_id, tax, rate_ppm, base_cents, amount_cents, registration_number) VALUES"
    " (1, 'GST', 50000, 8995, 450, '111111111 RT0001'), (1, 'QST', 99750, 8995, 897, '2222222222 TQ0001'),"
    " (2, 'GST', 50000, 8995, 450, '111111111 RT0001'), (2, 'QST', 99750, 8995, 897, '2222222222 TQ0001')",
};

} // namespace

class TestInvoiceMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_prism = std::make_unique<test::PrismMock>(u"mailjet.yaml"_s);
        QVERIFY2(m_prism->start(), qPrintable(m_prism->error()));
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase(true);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
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
        m_prism.reset();
    }

    void invoiceReachesMailjetWithItsPdf()
    {
        const billing::InvoiceMailSender sender{u"factures@targo.example"_s, {}};
        net::NetExecutor net(2);
        integrations::MailjetConfig config;
        config.apiKey = u"pubkey"_s;
        config.secretKey = u"privkey"_s;
        config.fromEmail = sender.fromEmail;
        integrations::MailjetClient auth(net, config);
        outbox::OutboxWorker worker(
            m_conninfo, net, {{u"mailjet"_s, m_prism->provider(u"mailjet"_s)}}, {{u"mailjet"_s, auth.authHeaders()}});

        for (qint64 invoice : {1, 2}) {
            auto queued = billing::queueInvoiceMail(*m_c, invoice, sender);
            QVERIFY2(queued.ok(), queued.ok() ? "" : qPrintable(queued.error().userMessage));
            auto sent = worker.sendNow(*m_c, queued.value(), 30000);
            QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().detail));
            QVERIFY2(sent.value().status == outbox::OutboxStatus::Sent,
                qPrintable(sent.value().lastError + m_prism->output().right(3000)));
            QVERIFY(!sent.value().providerRef.isEmpty());
            QCOMPARE(sent.value().businessEntity, u"invoice"_s);
            QCOMPARE(sent.value().businessId.value_or(0), invoice);
            // What went out: the PDF attached, in the customer's language.
            const QJsonObject message =
                sent.value().request.value(u"json"_s).toObject().value(u"Messages"_s).toArray().at(0).toObject();
            const QJsonObject att = message.value(u"Attachments"_s).toArray().at(0).toObject();
            QVERIFY(QByteArray::fromBase64(att.value(u"Base64Content"_s).toString().toLatin1()).startsWith("%PDF"));
            QCOMPARE(att.value(u"Filename"_s).toString(),
                invoice == 1 ? u"facture-INV-00001.pdf"_s : u"invoice-INV-00002.pdf"_s);
            QCOMPARE(message.value(u"Subject"_s).toString(),
                invoice == 1 ? u"Votre facture INV-00001"_s : u"Your invoice INV-00002"_s);

            auto doc = billing::InvoiceRepository(*m_c).load(invoice);
            QVERIFY(doc.ok());
            QVERIFY(doc.value().delivery.has_value());
            QCOMPARE(doc.value().delivery->status, u"sent"_s);
            QVERIFY(doc.value().delivery->sentAt.isValid());
        }
        QVERIFY(m_prism->output().contains(u"/v3.1/send"_s));
        QVERIFY2(!m_prism->output().contains(u"Violation"_s), qPrintable(m_prism->output().right(3000)));
        net.shutdown();
    }

private:
    std::unique_ptr<test::PrismMock> m_prism;
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
};

QTEST_MAIN(TestInvoiceMail)
#include "TestInvoiceMail.moc"

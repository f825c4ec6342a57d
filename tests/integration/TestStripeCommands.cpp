// targo-opsctl payments refund and stripe setup-link, as a script runs them on the embedded database. The refund:
// against a fault-injecting fake Stripe (a 500, then the answer: the same Idempotency-Key both times, one refund
// recorded, the money out of the newest invoice first), bad input refused in words with exit code 2 and nothing written
// (zero, above what is left, no reason, an unknown payment), a cheque refused with 3 (it is reversed, not refunded),
// and the request shapes against the Prism mock of shared/specs/stripe.json. The setup link against the Prism mock: the
// Stripe customer created once, the request recorded with its SetupIntent, the e-mail (French) or SMS (English) in the
// outbox with the link; bad input refused with 2 and nothing written.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/integrations/StripeClient.h"
#include "core/net/NetExecutor.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/PrismMock.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};
} // namespace

class TestStripeCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{u"/tmp/ops-ctl-refund-XXXXXX"_s};
    QString m_embedded;
    QUrl m_stripe;
    QString m_pageUrl = u"https://pay.targo.example/save"_s;

    Run opsctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TARGO_PG_FAST"_s, u"1"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        if (m_stripe.isValid()) {
            env.insert(u"TARGO_STRIPE_BASE_URL"_s, m_stripe.toString());
            env.insert(u"TARGO_STRIPE_SECRET_KEY"_s, u"sk_test_refund"_s);
        }
        env.insert(u"TARGO_STRIPE_SETUP_PAGE_URL"_s, m_pageUrl);
        env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, u"facturation@targo.example"_s);
        env.insert(u"TARGO_TWILIO_ACCOUNT_SID"_s, u"ACsetuptest"_s);
        env.insert(u"TARGO_TWILIO_FROM"_s, u"+15145550000"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
            QStringList{u"--lang"_s, u"en"_s, u"--embedded"_s, m_embedded} + args);
        Run r;
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString scalar(const QString &sql)
    {
        EmbeddedServer server(m_embedded);
        auto st = server.start();
        if (!st.ok())
            return u"<no server>"_s;
        auto c = db::PgConnection::open(st.value().conninfo);
        if (!c.ok())
            return u"<no connection>"_s;
        auto r = c.value()->exec(sql);
        return r.ok() && r.value().rows() ? r.value().text(0, 0) : u"<error>"_s;
    }

    QString state()
    {
        return scalar(u"SELECT concat_ws(' | ',"
                      " (SELECT string_agg(concat_ws(',', id, refunded_cents, status), ';' ORDER BY id) FROM payments),"
                      " (SELECT string_agg(concat_ws(',', payment_id, invoice_id, amount_cents), ';'"
                      "    ORDER BY payment_id, invoice_id) FROM payment_allocations),"
                      " (SELECT count(*) FROM payment_refunds),"
                      " (SELECT balance_cents FROM customers WHERE id = 1))"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther | QFile::ExeGroup
                | QFile::ReadGroup | QFile::ReadOther);
        m_embedded = m_dir.path() + u"/pg"_s;
        QCOMPARE(opsctl({u"db"_s, u"init"_s}).code, 0);
        const Run migrate = opsctl({u"db"_s, u"migrate"_s});
        QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
        EmbeddedServer server(m_embedded);
        auto st = server.start();
        QVERIFY(st.ok());
        auto c = db::PgConnection::open(st.value().conninfo);
        QVERIFY(c.ok());
        // CUST-00001: INV-00001 (1000) and INV-00002 (2000) paid by card PAY-00001 (3000, pi_123); a cheque PAY-00002.
        const char *seed[] = {
            "INSERT INTO customers (id, code, display_name, language, balance_cents) VALUES"
            " (1, 'CUST-00001', 'Élise Tremblay', 'fr', -500)",
            "INSERT INTO customers (id, code, display_name, language, email, phone) VALUES"
            " (2, 'CUST-00002', 'Élise Tremblay', 'fr', 'elise@example.com', '514-555-0101'),"
            " (3, 'CUST-00003', 'John Smith', 'en', NULL, '(450) 555-0123')",
            "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date,"
            " subtotal_cents, gst_cents, qst_cents, total_cents, status) VALUES"
            " (1, 'INV-00001', 1, '2026-09-01', '2026-09-30', '2026-10-01', '2026-10-31', 1000, 0, 0, 1000, 'issued'),"
            " (2, 'INV-00002', 1, '2026-10-01', '2026-10-31', '2026-11-01', '2026-11-30', 2000, 0, 0, 2000, 'issued')",
            "INSERT INTO payments (id, code, customer_id, received_at, amount_cents, method, status,"
            " stripe_payment_intent_id, stripe_charge_id) VALUES"
            " (1, 'PAY-00001', 1, '2026-11-02 12:00-05', 3000, 'card', 'succeeded', 'pi_123', 'ch_123'),"
            " (2, 'PAY-00002', 1, '2026-11-03 12:00-05', 500, 'cheque', 'succeeded', NULL, NULL)",
            "SELECT setval(pg_get_serial_sequence('payments', 'id'), 100)",
            "INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (1, 1, 1000), (1, 2, 2000)",
            "SELECT ops_refresh_invoice_paid(ARRAY[1, 2]::bigint[])",
        };
        for (const char *sql : seed) {
            auto r = c.value()->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
    }

    void cleanupTestCase() { (void)opsctl({u"db"_s, u"stop"_s}); }

    void badInputWritesNothing()
    {
        test::FakeHttpServer stripe;
        QVERIFY2(stripe.start(), qPrintable(stripe.error()));
        m_stripe = stripe.url();
        const QString before = state();
        const Run zero =
            opsctl({u"payments"_s, u"refund"_s, u"PAY-00001"_s, u"--amount"_s, u"0"_s, u"--reason"_s, u"r"_s});
        QCOMPARE(zero.code, 2);
        QVERIFY2(zero.err.contains(u"above zero"_s), qPrintable(zero.err));
        const Run above =
            opsctl({u"payments"_s, u"refund"_s, u"PAY-00001"_s, u"--amount"_s, u"3001"_s, u"--reason"_s, u"r"_s});
        QCOMPARE(above.code, 2);
        QVERIFY2(above.err.contains(u"above what is left"_s), qPrintable(above.err));
        QCOMPARE(opsctl({u"payments"_s, u"refund"_s, u"PAY-00001"_s, u"--amount"_s, u"10"_s}).code, 2);
        QCOMPARE(opsctl({u"payments"_s, u"refund"_s, u"PAY-99999"_s, u"--reason"_s, u"r"_s}).code, 2);
        const Run cheque = opsctl({u"payments"_s, u"refund"_s, u"PAY-00002"_s, u"--reason"_s, u"r"_s});
        QCOMPARE(cheque.code, 3);
        QVERIFY2(cheque.err.contains(u"reversed, not refunded"_s), qPrintable(cheque.err));
        QCOMPARE(state(), before);
        QCOMPARE(stripe.requestCount(), 0);
        m_stripe = {};
    }

    void serverErrorThenSuccessRefundsOnce()
    {
        test::FakeHttpServer stripe;
        QVERIFY2(stripe.start(), qPrintable(stripe.error()));
        m_stripe = stripe.url();
        stripe.enqueue("/v1/refunds", test::FakeBehaviour::serverError(500));
        stripe.enqueue("/v1/refunds",
            test::FakeBehaviour::json(200,
                R"({"id":"re_f1","object":"refund","status":"succeeded","amount":700,"currency":"cad",)"
                R"("payment_intent":"pi_123"})"));
        const Run r = opsctl({u"--json"_s, u"payments"_s, u"refund"_s, u"PAY-00001"_s, u"--amount"_s, u"700"_s,
            u"--reason"_s, u"service outage"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject j = r.json();
        QCOMPARE(j.value(u"status"_s).toString(), u"succeeded"_s);
        QCOMPARE(j.value(u"stripe_refund_id"_s).toString(), u"re_f1"_s);
        QCOMPARE(j.value(u"payment_refunded_cents"_s).toInteger(), 700);
        QCOMPARE(j.value(u"balance_cents"_s).toInteger(), 200);
        const auto sent = stripe.requests("/v1/refunds");
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).header("Idempotency-Key"), sent.at(1).header("Idempotency-Key"));
        QCOMPARE(QString::fromUtf8(sent.at(0).header("Idempotency-Key")), j.value(u"idempotency_key"_s).toString());
        QVERIFY2(sent.at(1).body.contains("amount=700"), sent.at(1).body.constData());
        QVERIFY2(sent.at(1).body.contains("payment_intent=pi_123"), sent.at(1).body.constData());
        // One refund; 700 out of INV-00002 (the newest); the balance back by 700.
        QCOMPARE(scalar(u"SELECT count(*) || ',' || string_agg(status, ',') FROM payment_refunds"_s), u"1,succeeded"_s);
        QCOMPARE(scalar(u"SELECT amount_cents FROM payment_allocations WHERE payment_id = 1 AND invoice_id = 2"_s),
            u"1300"_s);
        const Run verify = opsctl({u"billing"_s, u"verify"_s});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        m_stripe = {};
    }

    void noAnswerLeavesTheRefundRequestedAndResendsTheSameKey()
    {
        test::FakeHttpServer stripe;
        QVERIFY2(stripe.start(), qPrintable(stripe.error()));
        m_stripe = stripe.url();
        stripe.setFallback("/v1/refunds", test::FakeBehaviour::serverError(503));
        const Run failed =
            opsctl({u"payments"_s, u"refund"_s, u"PAY-00001"_s, u"--amount"_s, u"300"_s, u"--reason"_s, u"goodwill"_s});
        QVERIFY(failed.code != 0);
        QCOMPARE(scalar(u"SELECT status FROM payment_refunds ORDER BY id DESC LIMIT 1"_s), u"requested"_s);
        const QByteArray key = stripe.requests("/v1/refunds").value(0).header("Idempotency-Key");
        QVERIFY(!key.isEmpty());
        // The next refund first resends the waiting one with its key, then asks the new one.
        stripe.clearRecords();
        stripe.setFallback("/v1/refunds", test::FakeBehaviour::serverError(500));
        stripe.enqueue("/v1/refunds",
            test::FakeBehaviour::json(200,
                R"({"id":"re_f2","object":"refund","status":"succeeded","amount":300,"currency":"cad",)"
                R"("payment_intent":"pi_123"})"));
        stripe.enqueue("/v1/refunds",
            test::FakeBehaviour::json(200,
                R"({"id":"re_f3","object":"refund","status":"pending","amount":100,"currency":"cad",)"
                R"("payment_intent":"pi_123"})"));
        const Run next = opsctl({u"--json"_s, u"payments"_s, u"refund"_s, u"PAY-00001"_s, u"--amount"_s, u"100"_s,
            u"--reason"_s, u"goodwill"_s});
        QVERIFY2(next.code == 0, qPrintable(next.err + next.out));
        const auto sent = stripe.requests("/v1/refunds");
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).header("Idempotency-Key"), key);
        QVERIFY(sent.at(1).header("Idempotency-Key") != key);
        // The resent one succeeded (700 + 300); the new one waits for charge.refunded.
        QCOMPARE(scalar(u"SELECT refunded_cents FROM payments WHERE id = 1"_s), u"1000"_s);
        QCOMPARE(next.json().value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM payment_refunds"_s),
            u"succeeded,succeeded,pending"_s);
        m_stripe = {};
    }

    void prismAcceptsTheRefundRequest()
    {
        test::PrismMock prism(u"stripe.json"_s);
        QVERIFY2(prism.start(), qPrintable(prism.error()));
        m_stripe = prism.baseUrl();
        const Run r = opsctl({u"--json"_s, u"payments"_s, u"refund"_s, u"PAY-00001"_s, u"--amount"_s, u"250"_s,
            u"--reason"_s, u"duplicate"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out + prism.output().right(1500)));
        QVERIFY(!r.json().value(u"stripe_refund_id"_s).toString().isEmpty());
        m_stripe = {};
    }

    void setupLinkBadInputWritesNothing()
    {
        test::FakeHttpServer stripe;
        QVERIFY2(stripe.start(), qPrintable(stripe.error()));
        m_stripe = stripe.url();
        const QString before = scalar(u"SELECT (SELECT count(*) FROM stripe_setup_requests) || ','"
                                      " || (SELECT count(*) FROM outbox)"_s);
        const Run method =
            opsctl({u"stripe"_s, u"setup-link"_s, u"CUST-00002"_s, u"--method"_s, u"paypal"_s, u"--via"_s, u"email"_s});
        QCOMPARE(method.code, 2);
        QVERIFY2(method.err.contains(u"acss_debit"_s), qPrintable(method.err));
        const Run noEmail =
            opsctl({u"stripe"_s, u"setup-link"_s, u"CUST-00003"_s, u"--method"_s, u"card"_s, u"--via"_s, u"email"_s});
        QCOMPARE(noEmail.code, 2);
        QVERIFY2(noEmail.err.contains(u"no e-mail address"_s), qPrintable(noEmail.err));
        const Run badPhone = opsctl({u"stripe"_s, u"setup-link"_s, u"CUST-00003"_s, u"--method"_s, u"card"_s,
            u"--via"_s, u"sms"_s, u"--to"_s, u"12"_s});
        QCOMPARE(badPhone.code, 2);
        m_pageUrl.clear();
        const Run noPage =
            opsctl({u"stripe"_s, u"setup-link"_s, u"CUST-00002"_s, u"--method"_s, u"card"_s, u"--via"_s, u"email"_s});
        m_pageUrl = u"https://pay.targo.example/save"_s;
        QCOMPARE(noPage.code, 2);
        QVERIFY2(noPage.err.contains(u"payment page"_s), qPrintable(noPage.err));
        QCOMPARE(scalar(u"SELECT (SELECT count(*) FROM stripe_setup_requests) || ','"
                        " || (SELECT count(*) FROM outbox)"_s),
            before);
        QCOMPARE(stripe.requestCount(), 0);
        m_stripe = {};
    }

    void setupLinkByEmailAgainstPrism()
    {
        test::PrismMock prism(u"stripe.json"_s);
        QVERIFY2(prism.start(), qPrintable(prism.error()));
        m_stripe = prism.baseUrl();
        const Run mail = opsctl({u"--json"_s, u"stripe"_s, u"setup-link"_s, u"CUST-00002"_s, u"--method"_s, u"card"_s,
            u"--via"_s, u"email"_s});
        QVERIFY2(mail.code == 0, qPrintable(mail.err + mail.out + prism.output().right(1500)));
        const QJsonObject j = mail.json();
        QCOMPARE(j.value(u"status"_s).toString(), u"sent"_s);
        QCOMPARE(j.value(u"to"_s).toString(), u"elise@example.com"_s);
        QVERIFY(!j.value(u"setup_intent"_s).toString().isEmpty());
        const QString outbox = QString::number(j.value(u"outbox_id"_s).toInteger());
        QCOMPARE(scalar(u"SELECT provider || ',' || operation || ',' || business_entity || ',' || business_id"
                        " FROM outbox WHERE id = "_s
                     + outbox),
            u"mailjet,email.send,customer,2"_s);
        const QString body = scalar(u"SELECT request::text FROM outbox WHERE id = "_s + outbox);
        QVERIFY2(body.contains(u"https://pay.targo.example/save?setup_intent_client_secret="_s), qPrintable(body));
        QVERIFY2(body.contains(u"Enregistrez une carte"_s), qPrintable(body)); // the customer's language
        QCOMPARE(scalar(u"SELECT stripe_id IS NOT NULL FROM customers WHERE id = 2"_s), u"t"_s);
        QCOMPARE(scalar(u"SELECT concat_ws(',', status, method_type, channel, setup_intent_id IS NOT NULL,"
                        " outbox_id = "_s
                     + outbox + u") FROM stripe_setup_requests WHERE id = "_s
                     + QString::number(j.value(u"request_id"_s).toInteger())),
            u"sent,card,email,t,t"_s);

        // The pre-authorized debit's SetupIntent (payment_method_options[acss_debit]) is a shape Prism accepts.
        net::NetExecutor net(1);
        QVERIFY(net.setProvider(prism.provider(u"stripe"_s)).ok());
        integrations::StripeConfig config;
        config.secretKey = u"sk_test_123"_s;
        integrations::StripeClient client(net, config);
        auto f = client.createSetupIntent(u"cus_123"_s, u"acss_debit"_s, {{u"ops_customer_id"_s, u"3"_s}}, u"k-1"_s);
        QVERIFY(QTest::qWaitFor([&f] { return f.isFinished(); }, 20000));
        QVERIFY2(f.result().ok(),
            qPrintable(f.result().ok() ? QString() : f.result().error().detail + prism.output().right(1500)));
        net.shutdown();
        m_stripe = {};
    }

    void setupLinkBySmsInEnglish()
    {
        test::FakeHttpServer stripe;
        QVERIFY2(stripe.start(), qPrintable(stripe.error()));
        m_stripe = stripe.url();
        stripe.enqueue("/v1/customers", test::FakeBehaviour::json(200, R"({"id":"cus_f3","object":"customer"})"));
        stripe.enqueue("/v1/setup_intents",
            test::FakeBehaviour::json(200,
                R"({"id":"seti_f3","object":"setup_intent","client_secret":"seti_f3_secret_x",)"
                R"("status":"requires_payment_method","customer":"cus_f3"})"));
        const Run sms = opsctl({u"--json"_s, u"stripe"_s, u"setup-link"_s, u"CUST-00003"_s, u"--method"_s,
            u"acss_debit"_s, u"--via"_s, u"sms"_s});
        QVERIFY2(sms.code == 0, qPrintable(sms.err + sms.out));
        QCOMPARE(sms.json().value(u"to"_s).toString(), u"+14505550123"_s);
        QCOMPARE(sms.json().value(u"setup_intent"_s).toString(), u"seti_f3"_s);
        const QString smsBody = scalar(u"SELECT request::text FROM outbox WHERE id = "_s
            + QString::number(sms.json().value(u"outbox_id"_s).toInteger()));
        QVERIFY2(smsBody.contains(u"pre-authorized debits"_s), qPrintable(smsBody)); // English
        QVERIFY2(smsBody.contains(u"seti_f3_secret_x"_s), qPrintable(smsBody));
        const auto customers = stripe.requests("/v1/customers");
        QCOMPARE(customers.size(), 1);
        QCOMPARE(customers.at(0).header("Idempotency-Key"), QByteArray("ops-customer-3"));
        QVERIFY2(customers.at(0).body.contains("preferred_locales%5B0%5D=en-CA"), customers.at(0).body.constData());
        QVERIFY2(customers.at(0).body.contains("metadata%5Bops_customer_id%5D=3"), customers.at(0).body.constData());
        const auto intents = stripe.requests("/v1/setup_intents");
        QCOMPARE(intents.size(), 1);
        QCOMPARE(QString::fromUtf8(intents.at(0).header("Idempotency-Key")),
            sms.json().value(u"idempotency_key"_s).toString());
        QVERIFY2(intents.at(0).body.contains("payment_method_types%5B0%5D=acss_debit"), intents.at(0).body.constData());
        QCOMPARE(scalar(u"SELECT stripe_id FROM customers WHERE id = 3"_s), u"cus_f3"_s);
        m_stripe = {};
    }
};

QTEST_GUILESS_MAIN(TestStripeCommands)
#include "TestStripeCommands.moc"

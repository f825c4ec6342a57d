// targo-opsctl payments ppa-run and stripe apply-events as a script runs them (embedded database, the fake Stripe of
// tests/support): bad input refused with exit 2, the JSON summaries, and the crash case of issue 13: a child
// `payments ppa-run` killed with SIGKILL in the middle of its requests, then run again: every due invoice charged,
// none twice (PaymentIntents per invoice counted at the fake).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/embedded/EmbeddedServer.h"
#include "tests/support/FakeStripe.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

namespace {

constexpr int kInvoices = 120; // about 5 s of requests at 25/s: room to kill the run in the middle

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestPpaCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{u"/tmp/ops-ctl-ppa-XXXXXX"_s};
    QString m_embedded;
    test::FakeStripe m_fake;

    QProcessEnvironment environment(bool withStripe) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TARGO_PG_FAST"_s, u"1"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        for (const QString &k : env.keys())
            if (k.startsWith(u"TARGO_STRIPE_"_s))
                env.remove(k);
        if (withStripe) {
            env.insert(u"TARGO_STRIPE_BASE_URL"_s, m_fake.url().toString());
            env.insert(u"TARGO_STRIPE_SECRET_KEY"_s, u"sk_test_ppa"_s);
            env.insert(u"TARGO_STRIPE_RATE_PER_SEC"_s, u"25"_s);
        }
        return env;
    }

    QStringList command(const QStringList &args) const
    {
        return QStringList{u"--lang"_s, u"en"_s, u"--embedded"_s, m_embedded} + args;
    }

    Run opsctl(const QStringList &args, bool withStripe = true)
    {
        QProcess p;
        p.setProcessEnvironment(environment(withStripe));
        p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s, command(args));
        Run r;
        if (!p.waitForFinished(300000)) {
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

    std::unique_ptr<db::PgConnection> connect()
    {
        EmbeddedServer server(m_embedded);
        auto st = server.start();
        if (!st.ok())
            return nullptr;
        auto c = db::PgConnection::open(st.value().conninfo);
        return c.ok() ? std::move(c.value()) : nullptr;
    }

    QString scalar(const QString &sql)
    {
        auto c = connect();
        if (!c)
            return u"<no connection>"_s;
        auto r = c->exec(sql);
        return r.ok() && r.value().rows() ? r.value().text(0, 0) : u"<error>"_s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther | QFile::ExeGroup
                | QFile::ReadGroup | QFile::ReadOther);
        m_embedded = m_dir.path() + u"/pg"_s;
        QVERIFY(m_fake.start());
        QCOMPARE(opsctl({u"db"_s, u"init"_s}).code, 0);
        const Run migrate = opsctl({u"db"_s, u"migrate"_s});
        QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
        auto c = connect();
        QVERIFY(c);
        Status s = c->execScript(uR"SQL(
INSERT INTO customers (id, code, display_name, language, balance_cents, ppa_enabled, stripe_id)
SELECT g, 'CUST-' || lpad(g::text, 5, '0'), 'Client ' || g, 'fr', 1000 + g, true, 'cus_' || g
  FROM generate_series(1, %1) g;
INSERT INTO customer_payment_methods (customer_id, stripe_payment_method_id, type, is_default)
SELECT g, CASE WHEN g % 10 = 0 THEN 'pm_acss_' ELSE 'pm_card_' END || g,
       CASE WHEN g % 10 = 0 THEN 'acss_debit' ELSE 'card' END, true
  FROM generate_series(1, %1) g;
INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, subtotal_cents,
                      gst_cents, qst_cents, total_cents, status)
SELECT g, 'INV-' || lpad(g::text, 5, '0'), g, '2026-11-01', '2026-11-30', '2026-11-01', '2026-11-15', 1000 + g,
       0, 0, 1000 + g, 'issued'
  FROM generate_series(1, %1) g;
)SQL"_s.arg(kInvoices));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    }

    void cleanupTestCase() { (void)opsctl({u"db"_s, u"stop"_s}, false); }

    void badInputRefused()
    {
        const Run noDate = opsctl({u"payments"_s, u"ppa-run"_s});
        QCOMPARE(noDate.code, 2);
        QVERIFY(noDate.err.contains(u"--date"_s));
        const Run badDate = opsctl({u"payments"_s, u"ppa-run"_s, u"--date"_s, u"2026-13-01"_s});
        QCOMPARE(badDate.code, 2);
        QVERIFY(badDate.err.contains(u"not a date"_s));
        const Run notConfigured = opsctl({u"payments"_s, u"ppa-run"_s, u"--date"_s, u"2026-12-01"_s}, false);
        QCOMPARE(notConfigured.code, 2);
        QVERIFY2(notConfigured.err.contains(u"Stripe is not configured"_s), qPrintable(notConfigured.err));
        const Run extra = opsctl({u"stripe"_s, u"apply-events"_s, u"--max-pages"_s, u"zero"_s});
        QCOMPARE(extra.code, 2);
        QCOMPARE(m_fake.intentRequests(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM ppa_attempts"_s), u"0"_s);
    }

    void killedMidRunThenRunAgainChargesEachInvoiceOnce()
    {
        m_fake.setLatencyMs(40); // paced at 25 requests/s by the rate limit: about 5 s for the run
        QProcess child;
        child.setProcessEnvironment(environment(true));
        child.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
            command({u"--json"_s, u"payments"_s, u"ppa-run"_s, u"--date"_s, u"2026-12-01"_s}));
        QVERIFY(child.waitForStarted());
        // Killed once a dozen requests reached Stripe: the rest of its attempts are committed, still 'sending'.
        QTRY_VERIFY_WITH_TIMEOUT(m_fake.intentRequests() >= 12 || child.state() == QProcess::NotRunning, 120000);
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const int charged = m_fake.intentsCreated();
        QVERIFY(charged >= 12);
        QVERIFY(charged < kInvoices);
        QCOMPARE(scalar(u"SELECT count(*) FROM ppa_attempts"_s), QString::number(kInvoices));
        QVERIFY(scalar(u"SELECT count(*) FROM ppa_attempts WHERE status = 'sending'"_s).toInt() > 0);

        m_fake.setLatencyMs(0);
        const Run again = opsctl({u"--json"_s, u"payments"_s, u"ppa-run"_s, u"--date"_s, u"2026-12-01"_s});
        QVERIFY2(again.code == 0, qPrintable(again.err + again.out));
        const QJsonObject o = again.json();
        QVERIFY(o.value(u"resent"_s).toInt() > 0);
        QCOMPARE(o.value(u"invoices"_s).toInt(), o.value(u"resent"_s).toInt()); // nothing new: all were inserted
        for (const char *key : {"run_id", "invoices", "requested_cents", "succeeded", "processing", "failed", "skipped",
                 "elapsed_ms", "requests_per_s"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const auto byInvoice = m_fake.intentsByInvoice();
        QCOMPARE(byInvoice.size(), kInvoices);
        for (auto it = byInvoice.cbegin(); it != byInvoice.cend(); ++it)
            QVERIFY2(
                it.value().size() == 1, qPrintable(u"invoice %1 charged %2 times"_s.arg(it.key()).arg(it->size())));
        QCOMPARE(m_fake.intentsCreated(), kInvoices);
        QCOMPARE(m_fake.idempotencyMismatches(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM ppa_attempts WHERE status = 'sending'"_s), u"0"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM payments"_s), QString::number(kInvoices));
        QCOMPARE(opsctl({u"billing"_s, u"verify"_s}).code, 0);

        // Run again: nothing is due any more.
        const Run third = opsctl({u"--json"_s, u"payments"_s, u"ppa-run"_s, u"--date"_s, u"2026-12-01"_s});
        QCOMPARE(third.code, 0);
        QCOMPARE(third.json().value(u"invoices"_s).toInt(), 0);
        QCOMPARE(m_fake.intentsCreated(), kInvoices);
    }

    void applyEventsJson()
    {
        m_fake.addEvent(u"customer.created"_s, QJsonObject{{u"id"_s, u"cus_x"_s}});
        const Run first = opsctl({u"--json"_s, u"stripe"_s, u"apply-events"_s});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(first.json().value(u"first_read"_s).toBool());
        // The debit of customer 10 clears at the bank.
        const QString pi = scalar(u"SELECT payment_intent_id FROM ppa_attempts WHERE invoice_id = 10"_s);
        QCOMPARE(scalar(u"SELECT status FROM payments WHERE stripe_payment_intent_id = '%1'"_s.arg(pi)), u"pending"_s);
        m_fake.addEvent(u"payment_intent.succeeded"_s, m_fake.settledIntent(pi, u"succeeded"_s));
        const Run r = opsctl({u"--json"_s, u"stripe"_s, u"apply-events"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"events_read"_s).toInt(), 1);
        QCOMPARE(o.value(u"applied"_s).toInt(), 1);
        QCOMPARE(o.value(u"already_applied"_s).toInt(), 0);
        QVERIFY(o.value(u"cursor"_s).toString().startsWith(u"evt_"_s));
        QCOMPARE(
            scalar(u"SELECT status FROM payments WHERE stripe_payment_intent_id = '%1'"_s.arg(pi)), u"succeeded"_s);
        QCOMPARE(scalar(u"SELECT balance_cents FROM customers WHERE id = 10"_s), u"0"_s);
        QCOMPARE(opsctl({u"billing"_s, u"verify"_s}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestPpaCommands)
#include "TestPpaCommands.moc"

// targo-opsctl billing invoice pdf|show|credit|void and billing send, as a script runs them on a database (--db):
// the PDF file's text (pdftotext) in the customer's language, a missing invoice, a period in a bad format, send
// without a Mailjet sender, send queuing only customers with an address and nothing the second time, the e-mail's
// state in `show`, a credit note and a refused void. The process prints invoices without a display
// (QT_QPA_PLATFORM is removed from its environment: the tool picks the offscreen platform itself).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Targo Fibre inc.', gst_number = '111111111 RT0001',"
    " qst_number = '2222222222 TQ0001'",
    "INSERT INTO customers (id, code, display_name, language, email) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com'), (2, 'CUST-00002', 'John Smith', 'en', NULL)",
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, language,"
    " subtotal_cents, gst_cents, qst_cents, total_cents, status) VALUES"
    " (1, 'INV-00001', 1, '2026-11-01', '2026-11-30', '2026-11-01', '2026-12-01', 'fr', 8995, 450, 897, 10342,"
    "  'issued'),"
    " (2, 'INV-00002', 2, '2026-11-01', '2026-11-30', '2026-11-01', '2026-12-01', 'en', 8995, 450, 897, 10342,"
    "  'issued')",
    "SELECT setval(pg_get_serial_sequence('invoices', 'id'), 100)",
    "UPDATE document_counters SET next_value = 3 WHERE name = 'invoice'",
    "INSERT INTO invoice_lines (invoice_id, line_no, description, quantity, unit_price_cents, amount_cents) VALUES"
    " (1, 1, 'Fibre 1000', 1, 8995, 8995), (2, 1, 'Fibre 1000', 1, 8995, 8995)",
    "INSERT INTO invoice_taxes (invoice_id, tax, rate_ppm, base_cents, amount_cents, registration_number) VALUES"
    " (1, 'GST', 50000, 8995, 450, '111111111 RT0001'), (1, 'QST', 99750, 8995, 897, '2222222222 TQ0001'),"
    " (2, 'GST', 50000, 8995, 450, '111111111 RT0001'), (2, 'QST', 99750, 8995, 897, '2222222222 TQ0001')",
};

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"pdftotext failed"_s;
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
    static const QRegularExpression spaces(u"[ \t]+"_s);
    return text.replace(spaces, u" "_s);
}

} // namespace

class TestInvoiceCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    QTemporaryDir m_dir;

    Run opsctl(const QStringList &args, const QString &mailjetFrom = {}, const QString &lang = u"en"_s)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        for (const QString &k : env.keys()) {
            if (k.startsWith(u"TARGO_MAILJET_"_s))
                env.remove(k);
        }
        if (!mailjetFrom.isEmpty())
            env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, mailjetFrom);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
            QStringList{u"--lang"_s, lang, u"--db"_s, m_conninfo} + args);
        Run r;
        if (!p.waitForFinished(120000)) {
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase(true);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        for (const char *sql : kSeed) {
            auto r = c.value()->exec(sql);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        }
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void writesThePdf()
    {
        const QString fr = m_dir.filePath(u"fr.pdf"_s);
        Run r = opsctl({u"billing"_s, u"invoice"_s, u"pdf"_s, u"INV-00001"_s, u"--out"_s, fr});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString text = pdfText(fr);
        QVERIFY2(text.contains(u"Facture"_s), qPrintable(text));
        QVERIFY(text.contains(u"TPS (5 %) — no 111111111 RT0001 4,50 $"_s));
        QVERIFY(text.contains(u"TVQ (9,975 %) — no 2222222222 TQ0001 8,97 $"_s));
        QVERIFY(text.contains(u"Total 103,42 $"_s));
        QVERIFY(text.contains(u"Échéance 1 décembre 2026"_s));

        const QString en = m_dir.filePath(u"en.pdf"_s);
        r = opsctl({u"billing"_s, u"invoice"_s, u"pdf"_s, u"inv-00002"_s, u"--out"_s, en});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        text = pdfText(en);
        QVERIFY2(text.contains(u"GST (5%) — no. 111111111 RT0001 $4.50"_s), qPrintable(text));
        QVERIFY(text.contains(u"Total $103.42"_s));

        r = opsctl({u"billing"_s, u"invoice"_s, u"pdf"_s, u"INV-09999"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"No invoice has the code INV-09999"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
        // The clerk's messages in French (the tool's translations), whatever the invoice's language.
        r = opsctl({u"billing"_s, u"invoice"_s, u"pdf"_s, u"INV-09999"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s)}, {},
            u"fr"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Aucune facture n’a le code INV-09999"_s), qPrintable(r.err));
        QCOMPARE(opsctl({u"billing"_s, u"invoice"_s, u"pdf"_s, u"INV-00001"_s}).code, 2); // no --out
    }

    void sendsThePeriod()
    {
        Run r = opsctl({u"billing"_s, u"send"_s, u"--period"_s, u"2026-13"_s}, u"factures@targo.example"_s);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"2026-13"_s), qPrintable(r.err));
        r = opsctl({u"billing"_s, u"send"_s, u"--period"_s, u"2026-11"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"TARGO_MAILJET_FROM_EMAIL"_s), qPrintable(r.err));

        r = opsctl({u"--json"_s, u"billing"_s, u"send"_s, u"--period"_s, u"2026-11"_s}, u"factures@targo.example"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(r.json().value(u"invoices").toInt(), 2);
        QCOMPARE(r.json().value(u"queued").toInt(), 1);
        QCOMPARE(r.json().value(u"without_email").toInt(), 1);
        r = opsctl({u"--json"_s, u"billing"_s, u"send"_s, u"--period"_s, u"2026-11"_s}, u"factures@targo.example"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"queued").toInt(), 0);
        QCOMPARE(r.json().value(u"already_queued").toInt(), 1);

        r = opsctl({u"--json"_s, u"billing"_s, u"invoice"_s, u"show"_s, u"INV-00001"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"email").toObject().value(u"status").toString(), u"pending"_s);
        QCOMPARE(r.json().value(u"taxes").toArray().size(), 2);
        r = opsctl({u"--json"_s, u"billing"_s, u"invoice"_s, u"show"_s, u"INV-00002"_s});
        QVERIFY(!r.json().contains(u"email"_s));
    }

    void creditAndVoid()
    {
        Run r = opsctl({u"--json"_s, u"billing"_s, u"invoice"_s, u"credit"_s, u"INV-00002"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"code").toString(), u"INV-00003"_s);
        QCOMPARE(r.json().value(u"total_cents").toInteger(), -10342);
        r = opsctl({u"billing"_s, u"invoice"_s, u"credit"_s, u"INV-00002"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"INV-00003"_s), qPrintable(r.err));
        r = opsctl({u"billing"_s, u"invoice"_s, u"void"_s, u"INV-00001"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Only a draft invoice can be voided"_s), qPrintable(r.err));
        r = opsctl({u"billing"_s, u"invoice"_s, u"void"_s, u"INV-00001"_s}, {}, u"fr"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Seul un brouillon de facture peut être annulé; INV-00001 est à l’état émise"_s),
            qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceCommands)
#include "TestInvoiceCommands.moc"

// targo-opsctl payments receipt and billing statement, as a script runs them on a database (--db): the PDF's text
// (pdftotext) in the customer's language or the one asked (--lang after the command), the JSON summary (balances,
// lines, aging), and bad input refused with exit 2 and no file: unknown codes, dates, from after to, an unwritable
// path, a bad --lang. The process prints without a display (QT_QPA_PLATFORM is removed from its environment).
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "tests/support/OpsctlRunner.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Targo Fibre inc.'",
    "INSERT INTO customers (id, code, display_name, language, email, balance_cents) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'fr', 'elise@example.com', 4000),"
    " (2, 'CUST-00002', 'John Smith', 'en', NULL, 0)",
    "INSERT INTO invoices (id, code, customer_id, period_start, period_end, issue_date, due_date, language,"
    " subtotal_cents, gst_cents, qst_cents, total_cents, paid_cents, status) VALUES"
    " (1, 'INV-00001', 1, '2026-10-01', '2026-10-31', '2026-10-01', '2026-10-31', 'fr', 10000, 0, 0, 10000, 6000,"
    "  'partially_paid')",
    "SELECT setval(pg_get_serial_sequence('invoices', 'id'), 100)",
    "INSERT INTO payments (id, code, customer_id, received_at, amount_cents, method, reference) VALUES"
    " (1, 'PAY-00001', 1, '2026-10-15 12:00 America/Montreal', 6000, 'cheque', '555')",
    "SELECT setval(pg_get_serial_sequence('payments', 'id'), 100)",
    "INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (1, 1, 6000)",
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

class TestDocumentCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    QTemporaryDir m_dir;

    // Printing without a display: QT_QPA_PLATFORM removed.
    test::OpsctlRun opsctl(const QStringList &args)
    {
        QProcessEnvironment env = test::opsctlEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        return test::runOpsctl(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, m_conninfo} + args, env, 120000);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

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

    void receipt()
    {
        const QString fr = path(u"recu.pdf"_s);
        test::OpsctlRun r = opsctl({u"payments"_s, u"receipt"_s, u"pay-00001"_s, u"--out"_s, fr, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"payment"_s).toString(), u"PAY-00001"_s);
        QCOMPARE(o.value(u"language"_s).toString(), u"fr"_s); // the customer's, not the tool's (--lang en)
        QCOMPARE(o.value(u"amount_cents"_s).toInteger(), 6000);
        QCOMPARE(o.value(u"allocated_cents"_s).toInteger(), 6000);
        QCOMPARE(o.value(u"credit_cents"_s).toInteger(), 0);
        QCOMPARE(o.value(u"balance_cents"_s).toInteger(), 4000);
        QCOMPARE(o.value(u"allocations"_s).toArray().at(0).toObject().value(u"invoice"_s).toString(), u"INV-00001"_s);
        const QString text = pdfText(fr);
        QVERIFY2(text.contains(u"Montant reçu 60,00 $"_s), qPrintable(text));
        QVERIFY(text.contains(u"INV-00001"_s));

        const QString en = path(u"receipt.pdf"_s);
        r = opsctl({u"payments"_s, u"receipt"_s, u"PAY-00001"_s, u"--out"_s, en, u"--lang"_s, u"en"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"written to"_s));
        QVERIFY2(pdfText(en).contains(u"Amount received $60.00"_s), qPrintable(pdfText(en)));
    }

    void statement()
    {
        const QString out = path(u"etat.pdf"_s);
        test::OpsctlRun r = opsctl({u"billing"_s, u"statement"_s, u"CUST-00001"_s, u"--from"_s, u"2026-10-01"_s,
            u"--to"_s, u"2026-12-31"_s, u"--out"_s, out, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"opening_balance_cents"_s).toInteger(), 0);
        QCOMPARE(o.value(u"closing_balance_cents"_s).toInteger(), 4000);
        QCOMPARE(o.value(u"lines"_s).toInt(), 2);
        QCOMPARE(o.value(u"pages"_s).toInt(), 1);
        const QJsonArray aging = o.value(u"aging"_s).toArray();
        QCOMPARE(aging.size(), 5);
        // Due Oct. 31, seen Dec. 31: 61 days late.
        QCOMPARE(aging.at(3).toObject().value(u"bucket"_s).toString(), u"61-90"_s);
        QCOMPARE(aging.at(3).toObject().value(u"cents"_s).toInteger(), 4000);
        QCOMPARE(o.value(u"aging_total_cents"_s).toInteger(), 4000);
        const QString text = pdfText(out);
        QVERIFY2(text.contains(u"Solde de clôture au 31 décembre 2026 40,00 $"_s), qPrintable(text));

        const QString en = path(u"statement.pdf"_s);
        r = opsctl({u"billing"_s, u"statement"_s, u"CUST-00001"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
            u"2026-11-30"_s, u"--out"_s, en, u"--lang"_s, u"en"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"opening_balance_cents"_s).toInteger(), 4000);
        QCOMPARE(r.json().value(u"lines"_s).toInt(), 0);
        QVERIFY2(pdfText(en).contains(u"No transactions in this period."_s), qPrintable(pdfText(en)));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString out = u"OUT"_s;
        QTest::newRow("unknown payment") << QStringList{u"payments"_s, u"receipt"_s, u"PAY-99999"_s, u"--out"_s, out};
        QTest::newRow("receipt without --out") << QStringList{u"payments"_s, u"receipt"_s, u"PAY-00001"_s};
        QTest::newRow("bad --lang") << QStringList{
            u"payments"_s, u"receipt"_s, u"PAY-00001"_s, u"--out"_s, out, u"--lang"_s, u"de"_s};
        QTest::newRow("unknown customer") << QStringList{u"billing"_s, u"statement"_s, u"CUST-99999"_s, u"--from"_s,
            u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--out"_s, out};
        QTest::newRow("from after to") << QStringList{u"billing"_s, u"statement"_s, u"CUST-00001"_s, u"--from"_s,
            u"2026-12-31"_s, u"--to"_s, u"2026-01-01"_s, u"--out"_s, out};
        QTest::newRow("not a date") << QStringList{u"billing"_s, u"statement"_s, u"CUST-00001"_s, u"--from"_s,
            u"2026-13-01"_s, u"--to"_s, u"2026-12-31"_s, u"--out"_s, out};
        QTest::newRow("missing --to") << QStringList{
            u"billing"_s, u"statement"_s, u"CUST-00001"_s, u"--from"_s, u"2026-01-01"_s, u"--out"_s, out};
        QTest::newRow("unwritable path") << QStringList{u"billing"_s, u"statement"_s, u"CUST-00001"_s, u"--from"_s,
            u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--out"_s, u"NODIR"_s};
        QTest::newRow("unwritable receipt")
            << QStringList{u"payments"_s, u"receipt"_s, u"PAY-00001"_s, u"--out"_s, u"NODIR"_s};
    }

    void badInputWritesNothing()
    {
        QFETCH(QStringList, args);
        const QString out = path(u"bad-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        args.replaceInStrings(u"OUT"_s, out);
        args.replaceInStrings(u"NODIR"_s, path(u"no-such-folder/x.pdf"_s));
        const test::OpsctlRun r = opsctl(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"error: "_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(path(u"no-such-folder/x.pdf"_s)));
    }
};

QTEST_MAIN(TestDocumentCommands)
#include "TestDocumentCommands.moc"

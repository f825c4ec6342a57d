// targo-opsctl campaign create / preview / list, as a script runs them on the embedded database (issue 14): bad input
// exits with 2 and writes nothing (an unknown segment key, an unknown template variable, a commercial e-mail without
// an unsubscribe page, both --segment and --csv); a segment campaign prints its code and counts (JSON), a CSV
// campaign its report; preview renders a recipient's message in their language (SMS: its segments); list shows both.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/OpsctlRunner.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

class TestCampaignCommands : public QObject
{
    Q_OBJECT

private:
    test::OpsctlRunner m_ctl{u"/tmp/ops-ctl-campaign-XXXXXX"_s};
    QTemporaryDir m_files;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(content);
        return path;
    }

    QStringList create(const QString &channel, const QString &classification, const QStringList &extra)
    {
        QStringList args{u"campaign"_s, u"create"_s, u"--name"_s, u"Promo"_s, u"--channel"_s, channel,
            u"--classification"_s, classification, u"--template-fr"_s,
            file(u"fr.txt"_s, "Bonjour {first_name}, votre solde est de {balance}."), u"--template-en"_s,
            file(u"en.txt"_s, "Hello {first_name}, your balance is {balance}.")};
        if (channel == u"email")
            args << u"--subject-fr"_s << u"Offre"_s << u"--subject-en"_s << u"Offer"_s;
        return args + extra;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ctl.init(&error), qPrintable(error));
        QVERIFY(m_files.isValid());
        qunsetenv("TARGO_CAMPAIGN_UNSUBSCRIBE_URL");
        QCOMPARE(m_ctl.scalar(u"WITH s AS (UPDATE billing_settings SET company_name = 'Gigafibre',"
                              u" address_line1 = '123, rue Principale', phone = '450 555-0100' RETURNING 1)"
                              u" SELECT count(*) FROM s"_s),
            u"1"_s);
        QCOMPARE(m_ctl.scalar(u"WITH c AS (INSERT INTO customers (id, code, display_name, first_name, language, email,"
                              u" phone_alt, status, balance_cents) VALUES"
                              u" (1, 'CUST-00001', 'Élise Tremblay', 'Élise', 'fr', 'elise@example.com',"
                              u"  '450 555-0201', 'active', 12345),"
                              u" (2, 'CUST-00002', 'John Smith', 'John', 'en', 'john@example.com', NULL, 'active', 0),"
                              u" (3, 'CUST-00003', 'Old', 'Old', 'fr', 'old@example.com', NULL, 'terminated', 0)"
                              u" RETURNING 1) SELECT count(*) FROM c"_s),
            u"3"_s);
        QCOMPARE(m_ctl.scalar(u"WITH k AS (INSERT INTO casl_consents (customer_id, channel, kind, granted_at, source)"
                              u" VALUES (1, 'email', 'express', now() - interval '1 day', 'web') RETURNING 1)"
                              u" SELECT count(*) FROM k"_s),
            u"1"_s);
    }

    void cleanupTestCase() { m_ctl.stop(); }

    void badInputWritesNothing()
    {
        const auto campaigns = [this] {
            return m_ctl.scalar(u"SELECT count(*) FROM campaigns"_s);
        };
        const test::OpsctlRun noPage = m_ctl.run(create(u"email"_s, u"commercial"_s, {u"--segment"_s, u"{}"_s}));
        QCOMPARE(noPage.code, 2);
        QVERIFY2(noPage.err.contains(u"TARGO_CAMPAIGN_UNSUBSCRIBE_URL"_s), qPrintable(noPage.err));
        const test::OpsctlRun key =
            m_ctl.run(create(u"email"_s, u"transactional"_s, {u"--segment"_s, uR"({"sql":"1=1"})"_s}));
        QCOMPARE(key.code, 2);
        QVERIFY(key.err.contains(u"sql"_s));
        QStringList unknownVariable = create(u"email"_s, u"transactional"_s, {u"--segment"_s, u"{}"_s});
        unknownVariable[unknownVariable.indexOf(u"--template-en"_s) + 1] = file(u"bad.txt"_s, "Hi\n{nom}");
        const test::OpsctlRun variable = m_ctl.run(unknownVariable);
        QCOMPARE(variable.code, 2);
        QVERIFY2(variable.err.contains(u"line 2, column 1"_s), qPrintable(variable.err));
        const QString csv = file(u"r.csv"_s, "email\na@b.ca\n");
        QCOMPARE(m_ctl.run(create(u"email"_s, u"transactional"_s, {u"--segment"_s, u"{}"_s, u"--csv"_s, csv})).code, 2);
        QCOMPARE(m_ctl.run(create(u"fax"_s, u"transactional"_s, {u"--segment"_s, u"{}"_s})).code, 2);
        QCOMPARE(
            m_ctl.run(create(u"sms"_s, u"transactional"_s, {u"--csv"_s, m_files.filePath(u"none.csv"_s)})).code, 2);
        QCOMPARE(
            m_ctl.run(create(u"email"_s, u"transactional"_s, {u"--segment"_s, uR"({"region":["Atlantide"]})"_s})).code,
            2);
        QCOMPARE(campaigns(), u"0"_s);
    }

    void segmentCampaignAndPreview()
    {
        qputenv("TARGO_CAMPAIGN_UNSUBSCRIBE_URL", "https://u.gigafibre.example/d");
        const test::OpsctlRun r = m_ctl.run(
            create(u"email"_s, u"commercial"_s, {u"--segment"_s, uR"({"status":["active"]})"_s, u"--json"_s}));
        qunsetenv("TARGO_CAMPAIGN_UNSUBSCRIBE_URL");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        const QString code = o.value(u"code"_s).toString();
        QVERIFY2(QRegularExpression(u"^CMP-\\d{8}-[0-9A-Za-z]{6}$"_s).match(code).hasMatch(), qPrintable(r.out));
        QCOMPARE(o.value(u"recipients"_s).toInt(), 2);
        QCOMPARE(o.value(u"skipped"_s).toInt(), 1); // John: no consent
        QCOMPARE(o.value(u"skip_reasons"_s).toObject().value(u"no_consent"_s).toInt(), 1);
        QVERIFY(o.value(u"csv_report"_s).toArray().isEmpty());

        qputenv("TARGO_CAMPAIGN_UNSUBSCRIBE_URL", "https://u.gigafibre.example/d");
        const test::OpsctlRun p =
            m_ctl.run({u"campaign"_s, u"preview"_s, code, u"--recipient"_s, u"Elise@Example.com"_s, u"--json"_s});
        const test::OpsctlRun plain = m_ctl.run({u"campaign"_s, u"preview"_s, code});
        qunsetenv("TARGO_CAMPAIGN_UNSUBSCRIBE_URL");
        QVERIFY2(p.code == 0, qPrintable(p.err));
        const QJsonObject m = p.json();
        QCOMPARE(m.value(u"language"_s).toString(), u"fr"_s);
        QVERIFY2(m.value(u"text"_s).toString().startsWith(u"Bonjour Élise, votre solde est de 123,45\u00a0$."_s),
            qPrintable(m.value(u"text"_s).toString()));
        QVERIFY(m.value(u"unsubscribe_url"_s).toString().startsWith(u"https://u.gigafibre.example/d?t="_s));
        QVERIFY(m.value(u"html"_s).toString().contains(u"123, rue Principale"_s));
        QVERIFY2(plain.code == 0, qPrintable(plain.err));
        QVERIFY(plain.out.contains(u"List-Unsubscribe: <https://u.gigafibre.example/d?t="_s));
        // Not a recipient of this campaign.
        QCOMPARE(m_ctl.run({u"campaign"_s, u"preview"_s, code, u"--recipient"_s, u"old@example.com"_s}).code, 2);
        QCOMPARE(m_ctl.run({u"campaign"_s, u"preview"_s, u"CMP-20000101-AAAAAA"_s}).code, 2);
    }

    void csvCampaignForSms()
    {
        const QString csv = file(u"sms.csv"_s,
            "\xEF\xBB\xBFphone,language,first_name\r\n(450) 555-0201,,\r\n514 555 0999,en,Zed\r\nbad,fr,X\r\n"
            "450-555-0201,,\r\n");
        const test::OpsctlRun r = m_ctl.run(create(u"sms"_s, u"transactional"_s, {u"--csv"_s, csv, u"--json"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"recipients"_s).toInt(), 2);
        QCOMPARE(o.value(u"skipped"_s).toInt(), 0);
        const QJsonArray report = o.value(u"csv_report"_s).toArray();
        QCOMPARE(report.size(), 2);
        QCOMPARE(report.at(0).toObject().value(u"line"_s).toInt(), 4);
        QCOMPARE(report.at(0).toObject().value(u"kind"_s).toString(), u"bad_address"_s);
        QCOMPARE(report.at(1).toObject().value(u"kind"_s).toString(), u"duplicate"_s);
        QCOMPARE(o.value(u"sms_segments"_s).toArray().size(), 2);

        const QString code = o.value(u"code"_s).toString();
        const test::OpsctlRun p =
            m_ctl.run({u"campaign"_s, u"preview"_s, code, u"--recipient"_s, u"514-555-0999"_s, u"--json"_s});
        QVERIFY2(p.code == 0, qPrintable(p.err));
        QCOMPARE(p.json().value(u"text"_s).toString(), u"Hello Zed, your balance is ."_s);
        QCOMPARE(p.json().value(u"sms"_s).toObject().value(u"segments"_s).toInt(), 1);
        QCOMPARE(p.json().value(u"sms"_s).toObject().value(u"encoding"_s).toString(), u"GSM-7"_s);
        // The customer's mobile is linked to the customer (their language, their balance).
        const test::OpsctlRun e =
            m_ctl.run({u"campaign"_s, u"preview"_s, code, u"--recipient"_s, u"4505550201"_s, u"--json"_s});
        QCOMPARE(e.json().value(u"text"_s).toString(), u"Bonjour Élise, votre solde est de 123,45\u00a0$."_s);
    }

    void listShowsCampaigns()
    {
        const test::OpsctlRun r = m_ctl.run({u"campaign"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray items = r.json().value(u"campaigns"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"channel"_s).toString(), u"sms"_s); // newest first
        QCOMPARE(items.at(1).toObject().value(u"skipped"_s).toInt(), 1);
        const test::OpsctlRun text = m_ctl.run({u"campaign"_s, u"list"_s});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(u"Promo"_s));
        QCOMPARE(m_ctl.run({u"campaign"_s, u"nothing"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCampaignCommands)
#include "TestCampaignCommands.moc"

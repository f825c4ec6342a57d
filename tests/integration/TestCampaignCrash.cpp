// `targo-opsctl campaign send CODE --wait` killed with SIGKILL at random points, several times, then run to the end:
// the fake Mailjet never saw a recipient twice and saw every sent one exactly once (the ones whose batch was in
// flight at a kill are 'ambiguous', counted apart and never resent), nothing was lost; `campaign report` writes the
// recipients, read back here.
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "tests/support/CampaignSeed.h"
#include "tests/support/FakeMailjet.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kRecipients = 1500;
const QString kCode = u"CMP-20261207-KILL01"_s;
} // namespace

class TestCampaignCrash : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<db::PgConnection> m_c;
    test::FakeMailjet m_mailjet;
    QString m_binary;
    QTemporaryDir m_dir;

    qint64 scalar(const QString &sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0, -1) : -1;
    }

    void start(QProcess &p, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"TARGO_MAILJET_BASE_URL"_s, m_mailjet.url().toString());
        env.insert(u"TARGO_MAILJET_API_KEY"_s, u"mj-public"_s);
        env.insert(u"TARGO_MAILJET_SECRET_KEY"_s, u"mj-secret"_s);
        env.insert(u"TARGO_MAILJET_FROM_EMAIL"_s, u"nouvelles@targo.ca"_s);
        env.insert(u"TARGO_MAILJET_RATE_PER_SEC"_s, u"300"_s);
        env.insert(u"TARGO_MAILJET_CONCURRENCY"_s, u"4"_s);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(m_binary, QStringList{u"--lang"_s, u"en"_s, u"--db"_s, m_conninfo} + args);
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    }

    void waitForBackendsGone()
    {
        QVERIFY(QTest::qWaitFor(
            [this] {
                return scalar(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                              " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"_s)
                    == 0;
            },
            20000));
    }

private slots:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s;
        QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto db = m_cluster->freshDatabase(true);
        QVERIFY(db.ok());
        m_conninfo = db.value();
        auto c = db::PgConnection::open(m_conninfo);
        QVERIFY(c.ok());
        m_c = std::move(c).value();
        QVERIFY2(m_mailjet.start(), qPrintable(m_mailjet.error()));
        m_mailjet.setLatencyMs(40);
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_cluster.reset();
    }

    void killedSenderSendsNothingTwice()
    {
        const qint64 id = test::seedCampaign(*m_c, kCode, u"email"_s, u"transactional"_s, {});
        QVERIFY(id > 0);
        QVERIFY(test::seedManyEmailRecipients(*m_c, id, kRecipients, u"kill.example.ca"_s));

        // Killed at random points while it works, four times.
        for (int round = 0; round < 4; ++round) {
            QProcess p;
            start(p, {u"campaign"_s, u"send"_s, kCode, u"--wait"_s, u"--lease"_s, u"2"_s});
            const QString doneSql = u"SELECT count(*) FROM campaign_recipients WHERE status IN ('sent', 'ambiguous')"_s;
            const qint64 doneBefore = scalar(doneSql);
            QVERIFY(QTest::qWaitFor([&] { return scalar(doneSql) >= doneBefore + 50; }, 30000));
            QTest::qWait(int(QRandomGenerator::global()->bounded(50, 400)));
            p.kill();
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            waitForBackendsGone();
        }
        QVERIFY(scalar(u"SELECT count(*) FROM campaign_recipients WHERE status IN ('pending', 'queued')"_s) > 0);

        // The last run goes to the end (exit 1: some sends are ambiguous and need a decision).
        QProcess last;
        start(last, {u"--json"_s, u"campaign"_s, u"send"_s, kCode, u"--wait"_s, u"--lease"_s, u"2"_s});
        QVERIFY(last.waitForFinished(120000));
        QCOMPARE(last.exitStatus(), QProcess::NormalExit);

        // Nothing lost: every recipient is sent or ambiguous; the campaign completed.
        const qint64 sent = scalar(u"SELECT count(*) FROM campaign_recipients WHERE status = 'sent'"_s);
        const qint64 ambiguous = scalar(u"SELECT count(*) FROM campaign_recipients WHERE status = 'ambiguous'"_s);
        qInfo("%lld sent, %lld ambiguous", sent, ambiguous);
        QCOMPARE(sent + ambiguous, qint64(kRecipients));
        QCOMPARE(scalar(u"SELECT count(*) FROM campaigns WHERE code = '%1' AND status = 'completed'"_s.arg(kCode)), 1);
        QCOMPARE(last.exitCode(), ambiguous > 0 ? 1 : 0);

        // Nothing sent twice: no recipient reached the fake twice; every sent one reached it exactly once and was
        // accepted once. An ambiguous one reached it once (its answer was lost with the killed process) or never (its
        // row was claimed but still waiting for the rate limit at the kill): counted apart, never resent.
        const QHash<QString, int> received = m_mailjet.received();
        const QHash<QString, int> accepted = m_mailjet.accepted();
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"recipient %1 received %2 times"_s.arg(it.key()).arg(it.value())));
        auto ids = m_c->exec("SELECT id, status FROM campaign_recipients ORDER BY id");
        QVERIFY(ids.ok());
        int ambiguousReceived = 0;
        for (int i = 0; i < ids.value().rows(); ++i) {
            const QString key = QString::number(ids.value().int64(i, 0));
            if (ids.value().text(i, 1) == u"sent") {
                QCOMPARE(received.value(key), 1);
                QCOMPARE(accepted.value(key), 1);
            } else {
                QVERIFY(received.value(key) <= 1);
                ambiguousReceived += received.value(key);
            }
        }
        QCOMPARE(qint64(received.size()), sent + ambiguousReceived);
        qInfo("%d of the ambiguous recipients had reached the fake", ambiguousReceived);

        // The report, read back.
        const QString path = m_dir.filePath(u"report.csv"_s);
        QProcess report;
        start(report, {u"campaign"_s, u"report"_s, kCode, u"--out"_s, path});
        QVERIFY(report.waitForFinished(30000));
        QCOMPARE(report.exitCode(), 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString csv = QString::fromUtf8(f.readAll());
        if (csv.startsWith(QChar(0xFEFF)))
            csv.remove(0, 1);
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kRecipients + 1);
        QVERIFY2(lines.first().startsWith(u"Recipient,Language,Status,Attempts,Error"_s), qPrintable(lines.first()));
        const QStringList first = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(first.value(0), u"user1@kill.example.ca"_s);
        QCOMPARE(first.value(1), u"fr"_s);
        QVERIFY(first.value(2) == u"sent" || first.value(2) == u"ambiguous");
        QCOMPARE(first.value(3), u"1"_s);
        int sentRows = 0;
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(QLatin1Char(','));
            if (cells.value(2) == u"sent") {
                ++sentRows;
                QVERIFY2(!cells.value(6).isEmpty(), qPrintable(line)); // Mailjet's message id
                QVERIFY2(!cells.value(8).isEmpty(), qPrintable(line)); // sent at
            }
        }
        QCOMPARE(qint64(sentRows), sent);
    }
};

QTEST_GUILESS_MAIN(TestCampaignCrash)
#include "TestCampaignCrash.moc"

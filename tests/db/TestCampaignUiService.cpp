// The Campaigns section's service on a real cluster (issue 14): each async call answers with what the repositories
// hold — the list, the live count, creation from a segment with manual additions (a bad manual address refuses the
// whole campaign and writes nothing), the preview in the recipient's language, progress and recipients, send, pause,
// resume, resend, the report CSV, a test send queued in the outbox, the customer's campaigns — and the pump continues
// a campaign being sent (its tick queues the pending recipients in outbox rows).
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/campaigns/CampaignUiService.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgResult.h"
#include "tests/support/Await.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::campaigns;

namespace {

const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Gigafibre', address_line1 = '123, rue Principale',"
    " address_line2 = 'Saint-Jérôme (Québec) J7Z 1A1', phone = '450 555-0100', email = 'info@gigafibre.example'",
    "INSERT INTO customers (id, code, display_name, first_name, language, email, status) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'Élise', 'fr', 'elise@example.com', 'active'),"
    " (2, 'CUST-00002', 'John Smith', 'John', 'en', 'john@example.com', 'active'),"
    " (3, 'CUST-00003', 'Marc Roy', 'Marc', 'fr', 'marc@example.com', 'suspended')",
};

Campaign draft()
{
    Campaign c;
    c.name = u"Panne planifiée"_s;
    c.channel = Channel::Email;
    c.classification = Classification::Transactional;
    c.subjectFr = u"Entretien pour {first_name}"_s;
    c.subjectEn = u"Maintenance for {first_name}"_s;
    c.bodyFr = u"Bonjour {first_name}, entretien cette nuit."_s;
    c.bodyEn = u"Hello {first_name}, maintenance tonight."_s;
    return c;
}

} // namespace

class TestCampaignUiService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void asyncCallsAnswerWhatTheDatabaseHolds();
    void badManualAddressWritesNothing();

private:
    qint64 scalar(const QString &sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() && r.value().rows() > 0 ? r.value().text(0, 0).toLongLong() : -1;
    }
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
};

void TestCampaignUiService::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto c = test::seededDatabase(*m_cluster, kSeed, &m_conninfo);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
    m_c = std::move(c.value());
}

void TestCampaignUiService::asyncCallsAnswerWhatTheDatabaseHolds()
{
    DbExecutor db(m_conninfo, 2);
    SendConfig config;
    config.fromEmail = u"news@gigafibre.example"_s;
    config.fromName = u"Gigafibre"_s;
    CampaignUiService service(db, u"https://example.com/unsub"_s, config);

    auto empty = test::await(service.list(), this);
    QVERIFY(empty && empty->ok());
    QCOMPARE(empty->value().size(), 0);

    SegmentFilter active;
    active.statuses = {u"active"_s};
    auto n = test::await(service.count(active, Channel::Email, Classification::Transactional), this);
    QVERIFY(n && n->ok());
    QCOMPARE(n->value().addresses, 2);
    QCOMPARE(n->value().sendable(), 2);

    CampaignInput in;
    in.draft = draft();
    in.segment = active;
    in.manual = {ManualRecipient{u"  Guest@Example.com "_s, QString()},
        ManualRecipient{u"marc@example.com"_s, u"CUST-00003"_s},
        ManualRecipient{u"elise@example.com"_s, QString()}}; // already there: refused, not fatal
    auto created = test::await(service.create(in), this);
    QVERIFY2(created && created->ok(), created && !created->ok() ? qPrintable(created->error().userMessage) : "");
    const QString code = created->value().created.campaign.code;
    const qint64 id = created->value().created.campaign.id;
    QVERIFY(code.startsWith(u"CMP-"_s));
    QCOMPARE(created->value().created.recipients, 2);
    QCOMPARE(created->value().manualAdded, 2);
    QCOMPARE(created->value().manualRefused.size(), 1);
    QVERIFY(created->value().manualRefused.first().startsWith(u"elise@example.com"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM campaign_recipients WHERE campaign_id = %1"_s.arg(id)), 4);
    QCOMPARE(scalar(u"SELECT count(*) FROM campaign_recipients WHERE address = 'guest@example.com'"_s), 1);

    auto list = test::await(service.list(), this);
    QVERIFY(list && list->ok());
    QCOMPARE(list->value().size(), 1);
    QCOMPARE(list->value().first().recipients, 4);

    // The preview in the recipient's language.
    auto en = test::await(service.preview(code, u"JOHN@example.com"_s), this);
    QVERIFY(en && en->ok());
    QCOMPARE(en->value().recipient.language, u"en"_s);
    QCOMPARE(en->value().message.subject, u"Maintenance for John"_s);
    auto fr = test::await(service.preview(code, u"elise@example.com"_s), this);
    QVERIFY(fr && fr->ok());
    QVERIFY(fr->value().message.text.contains(u"Bonjour Élise"_s));
    auto stranger = test::await(service.preview(code, u"nobody@example.com"_s), this);
    QVERIFY(stranger && !stranger->ok());
    QCOMPARE(stranger->error().kind, Error::Kind::NotFound);

    auto p = test::await(service.progress(id), this);
    QVERIFY(p && p->ok());
    QCOMPARE(p->value().status, u"draft"_s);
    QCOMPARE(p->value().pending, 4);
    auto rows = test::await(service.recipients(id, 3), this);
    QVERIFY(rows && rows->ok());
    QCOMPARE(rows->value().size(), 3);

    // Send, pause, resume change the campaign's status.
    auto sent = test::await(service.send(id), this);
    QVERIFY(sent && sent->ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM campaigns WHERE status = 'sending' AND id = %1"_s.arg(id)), 1);
    auto paused = test::await(service.pause(id), this);
    QVERIFY(paused && paused->ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM campaigns WHERE status = 'paused' AND id = %1"_s.arg(id)), 1);
    auto resumed = test::await(service.resume(id), this);
    QVERIFY(resumed && resumed->ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM campaigns WHERE status = 'sending' AND id = %1"_s.arg(id)), 1);

    // The pump continues it: its ticks put the pending recipients in outbox rows (one Mailjet batch).
    service.startPump(50);
    QVERIFY(service.pumping());
    QTRY_COMPARE(
        scalar(u"SELECT count(*) FROM campaign_recipients WHERE status = 'queued' AND campaign_id = %1"_s.arg(id)), 4);
    QTRY_VERIFY(service.ticks() >= 2);
    service.stopPump();
    QCOMPARE(
        scalar(u"SELECT count(*) FROM outbox WHERE business_entity = 'campaign' AND business_id = %1"_s.arg(id)), 1);

    // Resend: one failed address goes back to pending.
    QVERIFY(m_c->exec(u"UPDATE campaign_recipients SET status = 'failed', outbox_id = NULL, last_error = 'x' "
                      "WHERE address = 'john@example.com' AND campaign_id = %1"_s.arg(id))
                .ok());
    auto resent = test::await(service.resend(id, u"john@example.com"_s), this);
    QVERIFY(resent && resent->ok());
    QCOMPARE(resent->value(), 1);

    // The report, written on a DB thread.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.csv"_s);
    auto written = test::await(service.exportReport(id, path), this);
    QVERIFY(written && written->ok());
    QCOMPARE(written->value(), 4);
    QVERIFY(QFile::exists(path));
    auto unwritable = test::await(service.exportReport(id, dir.filePath(u"missing/dir/r.csv"_s)), this);
    QVERIFY(unwritable && !unwritable->ok());

    // A test send: its own outbox row, never a recipient; a bad address is refused.
    auto trial = test::await(service.testSend(code, u"Me@Example.com"_s), this);
    QVERIFY2(trial && trial->ok(),
        trial && !trial->ok() ? qPrintable(trial->error().userMessage + u" "_s + trial->error().detail) : "");
    QCOMPARE(trial->value().address, u"me@example.com"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE business_entity = 'campaign_test' AND id = %1"_s.arg(
                 trial->value().outboxId)),
        1);
    QCOMPARE(scalar(u"SELECT count(*) FROM campaign_recipients WHERE address = 'me@example.com'"_s), 0);
    auto state = test::await(service.outboxState(trial->value().outboxId), this);
    QVERIFY(state && state->ok());
    QCOMPARE(state->value(), u"pending"_s);
    // Saved integration settings reach the next calls: the test comes from the new sender.
    SendConfig other = config;
    other.fromEmail = u"infolettre@gigafibre.example"_s;
    service.configure(u"https://example.com/unsub"_s, other);
    auto second = test::await(service.testSend(code, u"me@example.com"_s), this);
    QVERIFY(second && second->ok());
    QCOMPARE(
        scalar(u"SELECT count(*) FROM outbox WHERE id = %1 AND request::text LIKE '%%infolettre@gigafibre%%'"_s.arg(
            second->value().outboxId)),
        1);
    auto bad = test::await(service.testSend(code, u"not an address"_s), this);
    QVERIFY(bad && !bad->ok());

    // What a customer received.
    auto ofJohn = test::await(service.ofCustomer(2), this);
    QVERIFY(ofJohn && ofJohn->ok());
    QCOMPARE(ofJohn->value().size(), 1);
    QCOMPARE(ofJohn->value().first().campaignCode, code);
    QCOMPARE(ofJohn->value().first().recipient.address, u"john@example.com"_s);
}

void TestCampaignUiService::badManualAddressWritesNothing()
{
    DbExecutor db(m_conninfo, 1);
    CampaignUiService service(db, u"https://example.com/unsub"_s, SendConfig{});
    const qint64 before = scalar(u"SELECT count(*) FROM campaigns"_s);
    CampaignInput in;
    in.draft = draft();
    in.segment = SegmentFilter{};
    in.manual = {ManualRecipient{u"not-an-address"_s, QString()}};
    auto created = test::await(service.create(in), this);
    QVERIFY(created && !created->ok());
    QCOMPARE(created->error().kind, Error::Kind::Validation);
    QVERIFY(created->error().userMessage.contains(u"not-an-address"_s));
    // A template with an unknown variable: refused, nothing written either.
    CampaignInput broken;
    broken.draft = draft();
    broken.draft.bodyFr = u"Bonjour {prenom}"_s;
    broken.segment = SegmentFilter{};
    auto refused = test::await(service.create(broken), this);
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind, Error::Kind::Validation);
    QCOMPARE(scalar(u"SELECT count(*) FROM campaigns"_s), before);
}

QTEST_GUILESS_MAIN(TestCampaignUiService)
#include "TestCampaignUiService.moc"

// A campaign's live dashboard and the customer file's Campaigns tab on a real cluster (issue 14): recipients in
// various states give the right counts and a table filterable by status; Send, Pause and Resume change the campaign's
// status in the database; the report CSV is written off the GUI thread; a change notification is followed by a
// re-read; the customer's Campaigns tab lists what that customer received.
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "core/campaigns/CampaignUiService.h"
#include "core/concurrency/DbExecutor.h"
#include "core/db/PgResult.h"
#include "core/live/ChangeFeed.h"
#include "core/session/Capabilities.h"
#include "tests/support/Await.h"
#include "tests/support/CampaignSeed.h"
#include "tests/support/Screenshot.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"
#include "ui/campaigns/CampaignDashboard.h"
#include "ui/campaigns/CampaignsSection.h"
#include "ui/campaigns/CustomerCampaignsPanel.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::campaigns;

namespace {

const char *const kSeed[] = {
    "UPDATE billing_settings SET company_name = 'Gigafibre', address_line1 = '123, rue Principale',"
    " address_line2 = 'Saint-Jérôme (Québec) J7Z 1A1', phone = '450 555-0100', email = 'info@gigafibre.example'",
    "INSERT INTO customers (id, code, display_name, first_name, language, email, status) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'Élise', 'fr', 'elise@example.com', 'active'),"
    " (2, 'CUST-00002', 'John Smith', 'John', 'en', 'john@example.com', 'active')",
};

} // namespace

class TestCampaignDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countsTableAndActions();
    void customerFileTabListsTheCustomersRows();
    void managersReadOnly();

private:
    QString text(const QString &sql)
    {
        auto r = m_c->exec(sql);
        return r.ok() && r.value().rows() > 0 ? r.value().text(0, 0) : u"<error>"_s;
    }
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
    qint64 m_campaign = 0;
};

void TestCampaignDashboard::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto c = test::seededDatabase(*m_cluster, kSeed, &m_conninfo);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
    m_c = std::move(c.value());
    m_campaign = test::seedCampaign(*m_c, u"CMP-20261207-DASH01"_s, u"email"_s, u"transactional"_s,
        {{u"elise@example.com"_s, u"fr"_s, 1, u"Élise"_s}, {u"john@example.com"_s, u"en"_s, 2, u"John"_s},
            {u"a@example.com"_s, u"fr"_s, std::nullopt, QString()},
            {u"b@example.com"_s, u"fr"_s, std::nullopt, QString()},
            {u"c@example.com"_s, u"fr"_s, std::nullopt, QString()},
            {u"d@example.com"_s, u"fr"_s, std::nullopt, QString()},
            {u"e@example.com"_s, u"fr"_s, std::nullopt, QString()}});
    QVERIFY(m_campaign > 0);
    for (const char *sql : {
             "UPDATE campaign_recipients SET status = 'sent', attempts = 1, provider_message_id = 'mj-1',"
             " sent_at = now() WHERE address IN ('elise@example.com', 'a@example.com')",
             "UPDATE campaign_recipients SET status = 'failed', attempts = 3, last_error = 'Mailbox full',"
             " error_code = 'mj-0013' WHERE address IN ('john@example.com', 'b@example.com')",
             "UPDATE campaign_recipients SET status = 'skipped', skip_reason = 'unsubscribed'"
             " WHERE address = 'c@example.com'",
             "UPDATE campaign_recipients SET status = 'ambiguous', attempts = 1 WHERE address = 'd@example.com'",
         })
        QVERIFY(m_c->exec(sql).ok());
}

void TestCampaignDashboard::countsTableAndActions()
{
    DbExecutor db(m_conninfo, 2);
    CampaignUiService service(db, u"https://example.com/unsub"_s, SendConfig{});
    live::ChangeFeed feed;
    CampaignsSection section;
    section.resize(1300, 800);
    section.show();
    section.attach(&service, &feed);
    QTRY_COMPARE(section.list()->rowCount(), 1);
    const TextTableModel::Row &row = section.list()->row(0);
    QCOMPARE(row.text.value(0), u"CMP-20261207-DASH01"_s);
    QCOMPARE(row.text.value(5), u"7"_s); // recipients
    QCOMPARE(row.text.value(6), u"2"_s); // sent
    QCOMPARE(row.text.value(7), u"2"_s); // failed
    QCOMPARE(row.text.value(8), u"1"_s); // skipped
    QCOMPARE(row.text.value(9), u"1"_s); // ambiguous
    QVERIFY(test::saveScreenshot(section, u"campaign-list"_s));

    // Enter opens the dashboard.
    section.listView()->setFocus();
    section.listView()->setCurrentIndex(section.list()->index(0, 0));
    QTest::keyClick(section.listView(), Qt::Key_Return);
    CampaignDashboard *d = section.dashboard();
    QCOMPARE(section.pages()->currentWidget(), d);
    QTRY_COMPARE(d->countLabel(u"sent"_s)->text(), u"2"_s);
    QCOMPARE(d->countLabel(u"failed"_s)->text(), u"2"_s);
    QCOMPARE(d->countLabel(u"skipped"_s)->text(), u"1"_s);
    QCOMPARE(d->countLabel(u"ambiguous"_s)->text(), u"1"_s);
    QCOMPARE(d->countLabel(u"pending"_s)->text(), u"1"_s);
    QTRY_COMPARE(d->recipients()->rowCount(), 7);
    QCOMPARE(d->statusLabel()->text(), u"Draft"_s);

    // The filter by status: the two failed ones, with the provider's error and code.
    d->statusFilter()->setCurrentIndex(d->statusFilter()->findData(u"failed"_s));
    QCOMPARE(d->filtered()->rowCount(), 2);
    QCOMPARE(d->filtered()->index(0, 4).data().toString(), u"Mailbox full"_s);
    QCOMPARE(d->filtered()->index(0, 5).data().toString(), u"mj-0013"_s);
    d->table()->selectRow(0);
    QTRY_VERIFY(d->preview()->toPlainText().contains(u"fiber is coming"_s)
        || d->preview()->toPlainText().contains(u"la fibre arrive"_s));
    QVERIFY(test::saveScreenshot(section, u"campaign-dashboard"_s));
    d->statusFilter()->setCurrentIndex(0);
    QCOMPARE(d->filtered()->rowCount(), 7);

    // Send → sending; Pause → paused; Resume → sending (no pump here: nothing is queued meanwhile).
    const QString id = QString::number(m_campaign);
    d->send();
    QTRY_COMPARE(text(u"SELECT status FROM campaigns WHERE id = "_s + id), u"sending"_s);
    QTRY_COMPARE(d->statusLabel()->text(), u"Sending"_s);
    d->pause();
    QTRY_COMPARE(text(u"SELECT status FROM campaigns WHERE id = "_s + id), u"paused"_s);
    QTRY_COMPARE(d->statusLabel()->text(), u"Paused"_s);
    d->resume();
    QTRY_COMPARE(text(u"SELECT status FROM campaigns WHERE id = "_s + id), u"sending"_s);
    QTRY_COMPARE(d->statusLabel()->text(), u"Sending"_s);

    // A change notification of campaign_recipients re-reads the dashboard (throttled to one a second).
    QVERIFY(m_c->exec("UPDATE campaign_recipients SET status = 'sent', sent_at = now() WHERE address = "
                      "'e@example.com'")
                .ok());
    const int before = d->refreshes();
    feed.onNotification(u"ops_change"_s, u"{\"t\":\"campaign_recipients\",\"op\":\"U\",\"ids\":[1]}"_s, 0);
    feed.flush();
    QTRY_VERIFY(d->refreshes() > before);
    QTRY_COMPARE(d->countLabel(u"sent"_s)->text(), u"3"_s);

    // Decide an ambiguous send: the prompt's "no decision" changes nothing, "mark as sent" records it sent.
    d->statusFilter()->setCurrentIndex(d->statusFilter()->findData(u"ambiguous"_s));
    QCOMPARE(d->filtered()->rowCount(), 1);
    d->table()->selectRow(0);
    QString asked;
    d->setDecisionPrompt([&asked](const QString &address) -> std::optional<bool> {
        asked = address;
        return std::nullopt;
    });
    d->decideSelected();
    QCOMPARE(asked, u"d@example.com"_s);
    QTest::qWait(100);
    QCOMPARE(text(u"SELECT status FROM campaign_recipients WHERE address = 'd@example.com'"_s), u"ambiguous"_s);
    d->setDecisionPrompt([](const QString &) -> std::optional<bool> { return true; });
    d->decideSelected();
    QTRY_COMPARE(text(u"SELECT status FROM campaign_recipients WHERE address = 'd@example.com'"_s), u"sent"_s);
    QTRY_COMPARE(d->countLabel(u"ambiguous"_s)->text(), u"0"_s);

    // Resend the selected failed one only.
    d->statusFilter()->setCurrentIndex(d->statusFilter()->findData(u"failed"_s));
    QTRY_COMPARE(d->filtered()->rowCount(), 2);
    d->table()->selectRow(0);
    const QString chosen = d->filtered()->index(0, 0).data().toString();
    d->resendSelected();
    QTRY_COMPARE(text(u"SELECT status FROM campaign_recipients WHERE address = '%1'"_s.arg(chosen)), u"pending"_s);
    QTRY_COMPARE(d->filtered()->rowCount(), 1);
    d->statusFilter()->setCurrentIndex(0);

    // A manual addition: a bad address is said and writes nothing; a good one is a new pending recipient.
    d->addAddress()->setText(u"pas une adresse"_s);
    d->addRecipient();
    QTRY_VERIFY(d->banner()->isVisible());
    QTest::qWait(100);
    QCOMPARE(text(u"SELECT count(*) FROM campaign_recipients WHERE campaign_id = "_s + id), u"7"_s);
    d->addAddress()->setText(u"  New@Example.com "_s);
    d->addRecipient();
    QTRY_COMPARE(text(u"SELECT status FROM campaign_recipients WHERE address = 'new@example.com'"_s), u"pending"_s);
    QTRY_COMPARE(d->recipients()->rowCount(), 8);
    QVERIFY(d->addAddress()->text().isEmpty());

    // Resend all failed: the other failed recipient is pending again too.
    d->resendAllFailed();
    QTRY_COMPARE(text(u"SELECT count(*) FROM campaign_recipients WHERE status = 'pending' AND campaign_id = "_s + id),
        u"3"_s); // both failed ones and the addition

    // The report, written off the GUI thread.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_s);
    d->setSavePath([path] { return path; });
    d->exportReport();
    QTRY_VERIFY(QFile::exists(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QCOMPARE(csv.count(u"\r\n"_s), 9); // the header and 8 recipients
    QVERIFY(csv.contains(u"unsubscribed"_s));

    // Cancel asks first: "no" changes nothing, "yes" cancels.
    d->setConfirm([](const QString &) { return false; });
    d->cancel();
    QTest::qWait(200);
    QCOMPARE(text(u"SELECT status FROM campaigns WHERE id = "_s + id), u"sending"_s);
    d->setConfirm([](const QString &) { return true; });
    d->cancel();
    QTRY_COMPARE(text(u"SELECT status FROM campaigns WHERE id = "_s + id), u"cancelled"_s);
}

void TestCampaignDashboard::customerFileTabListsTheCustomersRows()
{
    DbExecutor db(m_conninfo, 1);
    CampaignUiService service(db, QString(), SendConfig{});
    const qint64 other = test::seedCampaign(
        *m_c, u"CMP-20261207-DASH02"_s, u"sms"_s, u"transactional"_s, {{u"+14505550101"_s, u"en"_s, 2, QString()}});
    QVERIFY(other > 0);
    CustomerCampaignsPanel john(&service, 2);
    QTRY_COMPARE(john.loads(), 1);
    QCOMPARE(john.model()->rowCount(), 2);
    QStringList codes;
    for (int i = 0; i < 2; ++i)
        codes << john.model()->row(i).text.value(0);
    codes.sort();
    QCOMPARE(codes, (QStringList{u"CMP-20261207-DASH01"_s, u"CMP-20261207-DASH02"_s}));
    CustomerCampaignsPanel elise(&service, 1);
    QTRY_COMPARE(elise.loads(), 1);
    QCOMPARE(elise.model()->rowCount(), 1);
    QCOMPARE(elise.model()->row(0).text.value(3), u"elise@example.com"_s);
    QCOMPARE(elise.model()->row(0).text.value(4), u"Sent"_s);
    CustomerCampaignsPanel nobody(&service, 999);
    QTRY_COMPARE(nobody.loads(), 1);
    QCOMPARE(nobody.model()->rowCount(), 0);
}

void TestCampaignDashboard::managersReadOnly()
{
    Capabilities billing = Capabilities::unrestricted(u"clerk"_s);
    billing.superuser = false;
    billing.group = u"billing"_s;
    Capabilities manager;
    manager.known = true;
    manager.group = u"manager"_s;
    Capabilities dispatcher;
    dispatcher.known = true;
    dispatcher.group = u"dispatcher"_s;
    QVERIFY(CampaignsSection::visibleFor(billing) && CampaignsSection::writableFor(billing));
    QVERIFY(CampaignsSection::visibleFor(manager) && !CampaignsSection::writableFor(manager));
    QVERIFY(!CampaignsSection::visibleFor(dispatcher));

    DbExecutor db(m_conninfo, 1);
    CampaignUiService service(db, QString(), SendConfig{});
    CampaignsSection section;
    section.attach(&service, nullptr);
    section.setReadOnly(true);
    QVERIFY(!section.findChild<QPushButton *>(u"newCampaign"_s)->isEnabled());
    section.newCampaign(); // Ctrl+N does nothing either
    QCOMPARE(section.pages()->currentIndex(), 0);
    QTRY_VERIFY(section.list()->rowCount() >= 1);
    section.listView()->setCurrentIndex(section.list()->index(0, 0));
    emit section.listView()->activated(section.listView()->currentIndex());
    CampaignDashboard *d = section.dashboard();
    QTRY_VERIFY(d->refreshes() > 0);
    for (const char *name : {"send", "pause", "resume", "cancel", "resendAll", "testSend"})
        QVERIFY2(!d->findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(d->findChild<QPushButton *>(u"export"_s)->isEnabled());
}

QTEST_MAIN(TestCampaignDashboard)
#include "TestCampaignDashboard.moc"

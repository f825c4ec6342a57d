// The Campaigns section's editor (issue 14): typing an SMS body updates the segment label (GSM-7, then UCS-2 for an
// emoji or an accent outside GSM-7), a filter change updates the recipient count against a seeded database (through
// CampaignUiService on a DB executor), stale count answers are dropped (only the latest request's answer is shown),
// and a broken CSV file shows its validation report.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include "core/campaigns/CampaignUiService.h"
#include "core/concurrency/DbExecutor.h"
#include "tests/support/FakeCampaignApi.h"
#include "tests/support/Screenshot.h"
#include "tests/support/SeededDatabase.h"
#include "tests/support/TestCluster.h"
#include "ui/campaigns/CampaignEditor.h"
#include "ui/campaigns/SegmentEditor.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::campaigns;

namespace {

// 5 active customers with an e-mail (one shared by two: 4 addresses), 2 suspended, 1 active without e-mail.
const char *const kSeed[] = {
    "INSERT INTO customers (id, code, display_name, first_name, language, email, status) VALUES"
    " (1, 'CUST-00001', 'Élise Tremblay', 'Élise', 'fr', 'elise@example.com', 'active'),"
    " (2, 'CUST-00002', 'John Smith', 'John', 'en', 'john@example.com', 'active'),"
    " (3, 'CUST-00003', 'Marc Roy', 'Marc', 'fr', 'marc@example.com', 'active'),"
    " (4, 'CUST-00004', 'Anne Côté', 'Anne', 'fr', 'anne@example.com', 'active'),"
    " (5, 'CUST-00005', 'Éric Tremblay', 'Éric', 'fr', 'ELISE@example.com', 'active'),"
    " (6, 'CUST-00006', 'Paul Lee', 'Paul', 'en', 'paul@example.com', 'suspended'),"
    " (7, 'CUST-00007', 'Gaby Roy', 'Gaby', 'fr', 'gaby@example.com', 'suspended'),"
    " (8, 'CUST-00008', 'Sans Courriel', 'Sans', 'fr', NULL, 'active')",
};

} // namespace

class TestCampaignEditor : public QObject
{
    Q_OBJECT
private slots:
    void smsSegmentsFollowTyping();
    void filterChangeUpdatesTheCountFromTheDatabase();
    void staleCountAnswersAreDropped();
    void brokenCsvShowsItsReport();
};

void TestCampaignEditor::smsSegmentsFollowTyping()
{
    CampaignEditor editor;
    editor.resize(1100, 800);
    editor.show();
    editor.channelBox()->setCurrentIndex(editor.channelBox()->findData(u"sms"_s));
    QCOMPARE(editor.channel(), Channel::Sms);
    auto *classification = editor.findChild<QComboBox *>(u"campaignClassification"_s);
    classification->setCurrentIndex(classification->findData(u"transactional"_s)); // no STOP line
    QVERIFY(editor.smsLabelFr()->isVisibleTo(&editor));

    editor.bodyFr()->setFocus();
    QTest::keyClicks(editor.bodyFr(), u"Bonjour, votre fibre arrive demain."_s);
    QVERIFY2(editor.smsLabelFr()->text().contains(u"GSM-7"_s), qPrintable(editor.smsLabelFr()->text()));
    QVERIFY(editor.smsLabelFr()->text().contains(u"1 segment"_s));
    QVERIFY(editor.smsLabelFr()->text().contains(u"35 characters"_s));

    // An emoji is outside GSM-7: the whole text switches to UCS-2.
    editor.bodyFr()->insertPlainText(u" \U0001F600"_s);
    QVERIFY2(editor.smsLabelFr()->text().contains(u"UCS-2"_s), qPrintable(editor.smsLabelFr()->text()));

    // "ê" is not in GSM-7 either (é is): UCS-2 for the English body too.
    editor.bodyEn()->setPlainText(u"Café"_s);
    QVERIFY(editor.smsLabelEn()->text().contains(u"GSM-7"_s));
    editor.bodyEn()->setPlainText(u"Fête"_s);
    QVERIFY(editor.smsLabelEn()->text().contains(u"UCS-2"_s));

    // 161 GSM-7 characters: two segments.
    editor.bodyEn()->setPlainText(QString(161, QLatin1Char('a')));
    QVERIFY2(editor.smsLabelEn()->text().contains(u"2 segment"_s), qPrintable(editor.smsLabelEn()->text()));

    // The variables are counted with a sample recipient's values, not as "{first_name}".
    editor.bodyEn()->setPlainText(u"Hi "_s);
    const QString before = editor.smsLabelEn()->text();
    editor.insertVariable(u"first_name"_s); // the last focused field was the French body
    QVERIFY(editor.bodyFr()->toPlainText().endsWith(u"{first_name}"_s));
    QCOMPARE(editor.smsLabelEn()->text(), before);
    // A commercial SMS also carries the sender's name and the STOP line: counted too.
    editor.bodyEn()->setPlainText(QString(140, QLatin1Char('a')));
    QVERIFY2(editor.smsLabelEn()->text().contains(u"1 segment"_s), qPrintable(editor.smsLabelEn()->text()));
    classification->setCurrentIndex(classification->findData(u"commercial"_s));
    QVERIFY2(editor.smsLabelEn()->text().contains(u"2 segment"_s), qPrintable(editor.smsLabelEn()->text()));
    QVERIFY(test::saveScreenshot(editor, u"campaign-editor-sms"_s));
}

void TestCampaignEditor::filterChangeUpdatesTheCountFromTheDatabase()
{
    test::TestCluster cluster;
    QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
    QString conninfo;
    auto c = test::seededDatabase(cluster, kSeed, &conninfo);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
    DbExecutor db(conninfo, 2);
    CampaignUiService service(db, u"https://example.com/unsub"_s, SendConfig{});

    CampaignEditor editor;
    editor.resize(1100, 800);
    editor.show();
    auto *classification = editor.findChild<QComboBox *>(u"campaignClassification"_s);
    classification->setCurrentIndex(classification->findData(u"transactional"_s)); // no CASL skips
    editor.setApi(&service);
    QLabel *count = editor.segment()->countLabel();
    // Everyone with an e-mail: 7 customers, 6 distinct addresses.
    QTRY_VERIFY2(count->text().startsWith(u"6 "_s), qPrintable(count->text()));

    editor.findChild<QCheckBox *>(u"status_active"_s)->setChecked(true);
    QTRY_VERIFY2(count->text().startsWith(u"4 "_s), qPrintable(count->text()));
    QVERIFY2(count->text().contains(u"5 with an address"_s), qPrintable(count->text()));

    editor.findChild<QComboBox *>(u"language"_s)->setCurrentIndex(2); // English
    QTRY_VERIFY2(count->text().startsWith(u"1 "_s), qPrintable(count->text()));

    // A bad amount is said at once, and nothing is asked.
    const int asked = editor.segment()->countRequests();
    editor.findChild<QLineEdit *>(u"balance"_s)->setText(u"douze"_s);
    QTRY_VERIFY(count->text().contains(u"not an amount"_s));
    QCOMPARE(editor.segment()->countRequests(), asked + 1);
    QVERIFY(test::saveScreenshot(editor, u"campaign-editor-segment"_s));
}

void TestCampaignEditor::staleCountAnswersAreDropped()
{
    test::FakeCampaignApi api;
    SegmentEditor editor;
    editor.setApi(&api);
    QTRY_COMPARE(api.counts.size(), 1);
    api.answerCount(0, 100);
    QTRY_VERIFY(editor.countLabel()->text().startsWith(u"100 "_s));

    // Typing quickly: one request 150 ms after the last change, not one per key.
    auto *cities = editor.findChild<QLineEdit *>(u"cities"_s);
    QTest::keyClicks(cities, u"Mirabel"_s);
    QTRY_COMPARE(api.counts.size(), 2);
    QTest::qWait(SegmentEditor::kCoalesceMs * 2);
    QCOMPARE(api.counts.size(), 2);
    QCOMPARE(api.counts.at(1).filter.cities, QStringList{u"Mirabel"_s});

    // A second change while the first is unanswered; the newer answer arrives first, the older one later.
    editor.findChild<QCheckBox *>(u"status_active"_s)->setChecked(true);
    QTRY_COMPARE(api.counts.size(), 3);
    api.answerCount(2, 7);
    QTRY_VERIFY(editor.countLabel()->text().startsWith(u"7 "_s));
    api.answerCount(1, 42);
    QTRY_COMPARE(editor.staleAnswersDropped(), 1);
    QVERIFY2(editor.countLabel()->text().startsWith(u"7 "_s), qPrintable(editor.countLabel()->text()));
}

void TestCampaignEditor::brokenCsvShowsItsReport()
{
    CampaignEditor editor;
    editor.resize(1100, 800);
    editor.show();
    editor.importCsvData("email,language,first_name\r\n"
                         "elise@example.com,fr,Élise\r\n"
                         "not-an-address,fr,X\r\n"
                         "ELISE@example.com,en,Dup\r\n"
                         "john@example.com,de,John\r\n",
        u"broken.csv"_s);
    QTRY_VERIFY2(editor.csvSummary()->text().contains(u"rejected"_s), qPrintable(editor.csvSummary()->text()));
    QVERIFY(editor.csvSummary()->text().startsWith(u"broken.csv"_s));
    TextTableModel *report = editor.csvReport();
    QCOMPARE(report->rowCount(), 3);
    QStringList kinds;
    for (int i = 0; i < report->rowCount(); ++i)
        kinds << report->row(i).text.value(1);
    QCOMPARE(kinds, (QStringList{u"Bad address"_s, u"Duplicate"_s, u"Unknown language"_s}));
    QCOMPARE(report->row(0).text.value(0), u"3"_s); // the file's line
    QVERIFY(test::saveScreenshot(editor, u"campaign-editor-csv"_s));

    // A file that is no recipient list at all: said, and no report.
    editor.importCsvData("name,city\r\nA,B\r\n", u"other.csv"_s);
    QTRY_VERIFY2(
        editor.csvSummary()->text().contains(u"cannot be imported"_s), qPrintable(editor.csvSummary()->text()));
    QCOMPARE(editor.csvReport()->rowCount(), 0);
}

QTEST_MAIN(TestCampaignEditor)
#include "TestCampaignEditor.moc"

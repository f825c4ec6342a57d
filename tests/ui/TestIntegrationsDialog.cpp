// The integrations settings dialog with the real Secret Service and a local fake service: inline problems, "Test
// connection" (success, and a 401 mapped to an actionable message) run off the GUI thread, Save puts the secret in the
// keychain and never in the settings file. Runs inside the D-Bus session with GNOME Keyring that
// `scripts/dev.sh test` starts. Screenshot: integrations.png (OPS_SCREENSHOT_DIR).
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "core/concurrency/Async.h"
#include "core/dispatch/OsrmTable.h"
#include "core/dispatch/TravelSource.h"
#include "core/integrations/ProviderSettings.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/Screenshot.h"
#include "ui/common/MessageBanner.h"
#include "ui/settings/IntegrationsDialog.h"
#include "ui/settings/ProviderSettingsForm.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using ops::integrations::ProviderSettings;

class TestIntegrationsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void retype(QLineEdit *e, const QString &text)
    {
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        QTest::keyClicks(e, text);
    }

private slots:
    void mapTileServerIsValidatedAndSaved();
    void routingServerTabHoldsTheTravelSource();
    void secretGoesToTheKeychainAndTestConnection()
    {
        test::FakeHttpServer fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const QByteArray messages = "/2010-04-01/Accounts/ACtest/Messages.json";

        const QString ini = m_dir.filePath(u"ops.ini"_s);
        Settings settings(ini);
        SecretStore secrets(u"ops-client-test-integrations-%1"_s.arg(QCoreApplication::applicationPid()), nullptr);
        QThreadPool pool;
        {
            IntegrationsDialog dialog(settings, secrets, pool);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingSecrets(), 10000);
            QCOMPARE(dialog.tabs()->count(), ProviderSettings::providerIds().size() + 1); // and the Map tab
            ProviderSettingsForm *twilio = dialog.form(u"twilio"_s);
            QVERIFY(twilio);

            // Inline validation.
            retype(twilio->baseUrlEdit(), u"ftp://api.example.com"_s);
            QVERIFY(twilio->problemsLabel()->isVisibleTo(&dialog));
            QVERIFY2(twilio->problemsLabel()->text().contains(u"not an http(s) address"),
                qPrintable(twilio->problemsLabel()->text()));
            QTest::mouseClick(twilio->testButton(), Qt::LeftButton); // refused before any call
            QVERIFY(twilio->testResultLabel()->text().contains(u"not an http(s) address"));
            QCOMPARE(fake.requestCount(), 0);

            retype(twilio->baseUrlEdit(), fake.url().toString());
            QTest::keyClicks(twilio->accountEdit(), u"ACtest"_s);
            QTest::keyClicks(twilio->senderEdit(), u"+15145550199"_s);
            QTest::keyClicks(twilio->secretEdit(), u"tok-secret-123"_s);
            QVERIFY(twilio->problemsLabel()->text().isEmpty());
            QCOMPARE(twilio->secretEdit()->echoMode(), QLineEdit::Password);

            // Test connection: success.
            fake.enqueue(messages, test::FakeBehaviour::json(200, R"({"messages":[],"page_size":1})"));
            QTest::mouseClick(twilio->testButton(), Qt::LeftButton);
            QVERIFY(dialog.isTesting()); // answered later, never synchronously
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 15000);
            QVERIFY2(
                twilio->testResultLabel()->text().contains(u"answered"), qPrintable(twilio->testResultLabel()->text()));
            QCOMPARE(fake.requestCount(messages), 1);
            const auto request = fake.requests(messages).first();
            QCOMPARE(request.method, QByteArray("GET"));
            QVERIFY(request.target.contains("PageSize=1"));
            QCOMPARE(request.header("Authorization"), "Basic " + QByteArray("ACtest:tok-secret-123").toBase64());

            // A 401 with Twilio's body: mapped to what to check.
            fake.enqueue(messages,
                test::FakeBehaviour::json(401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}"));
            twilio->testButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 15000);
            QVERIFY2(twilio->testResultLabel()->text().contains(u"refused the credentials"),
                qPrintable(twilio->testResultLabel()->text()));
            QVERIFY(twilio->testResultLabel()->text().contains(u"Account SID"));
            QVERIFY(!twilio->testResultLabel()->text().contains(u"tok-secret-123"));

            // Traccar (a plain GET api/server): a 401 is mapped too.
            ProviderSettingsForm *traccar = dialog.form(u"traccar"_s);
            QTest::keyClicks(traccar->baseUrlEdit(), fake.url().toString());
            QTest::keyClicks(traccar->secretEdit(), u"trc-token"_s);
            fake.enqueue("/api/server", test::FakeBehaviour::respond(401, "Unauthorized"));
            traccar->testButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 15000);
            QVERIFY2(traccar->testResultLabel()->text().contains(u"refused the credentials"),
                qPrintable(traccar->testResultLabel()->text()));
            QCOMPARE(fake.requests("/api/server").first().header("Authorization"), QByteArray("Bearer trc-token"));

            // Save: the secrets go to the keychain, everything else to the file.
            QSignalSpy saved(&dialog, &IntegrationsDialog::settingsSaved);
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveIntegrations"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
            QCOMPARE(dialog.banner()->level(), MessageBanner::Level::Success);
            QVERIFY(dialog.banner()->text().contains(u"keychain"));
            QVERIFY(twilio->secretEdit()->text().isEmpty()); // stored: the field is blank again

            dialog.tabs()->setCurrentIndex(0);
            twilio->showTestResult(true, tr("Twilio answered: the address and the credentials work."));
            QVERIFY(test::saveScreenshot(dialog, u"integrations"_s));
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content.contains("ACtest"), content.constData());
        QVERIFY(content.contains("+15145550199"));
        QVERIFY(!content.contains("tok-secret-123"));
        QVERIFY(!content.contains("trc-token"));

        std::optional<Result<QString>> stored;
        runThen(secrets.read(ProviderSettings::secretKey(u"twilio"_s)), this,
            [&](Result<QString> r) { stored = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().userMessage));
        QCOMPARE(stored->value(), u"tok-secret-123"_s);

        // Reopened: the secret is known (hint), the field stays empty, and a test uses the stored one.
        {
            IntegrationsDialog dialog(settings, secrets, pool);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingSecrets(), 10000);
            ProviderSettingsForm *twilio = dialog.form(u"twilio"_s);
            QVERIFY(twilio->secretEdit()->text().isEmpty());
            QCOMPARE(twilio->accountEdit()->text(), u"ACtest"_s);
            QVERIFY(twilio->findChild<QLabel *>(u"secretHint"_s)->text().contains(u"keychain"));
            fake.clearRecords();
            fake.enqueue(messages, test::FakeBehaviour::json(200, R"({"messages":[]})"));
            dialog.testConnection(u"twilio"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 15000);
            QVERIFY(twilio->testResultLabel()->text().contains(u"answered"));
            QCOMPARE(fake.requests(messages).first().header("Authorization"),
                "Basic " + QByteArray("ACtest:tok-secret-123").toBase64());
        }
        for (const QString &id : {u"twilio"_s, u"traccar"_s}) {
            std::optional<Status> removed;
            runThen(secrets.remove(ProviderSettings::secretKey(id)), this, [&](Status s) { removed = std::move(s); });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
        }
        QVERIFY(pool.waitForDone(10000));
    }
};

void TestIntegrationsDialog::mapTileServerIsValidatedAndSaved()
{
    const QString ini = m_dir.filePath(u"ops-map.ini"_s);
    Settings settings(ini);
    SecretStore secrets(u"ops-client-test-integrations-map-%1"_s.arg(QCoreApplication::applicationPid()), nullptr);
    QThreadPool pool;
    IntegrationsDialog dialog(settings, secrets, pool);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingSecrets(), 10000);
    QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->count() - 1), u"Map"_s);
    dialog.tabs()->setCurrentIndex(dialog.tabs()->count() - 1);
    QLineEdit *url = dialog.tileUrlEdit();
    QVERIFY(url->text().isEmpty()); // the offline map by default

    // No {x}: refused inline and at Save, nothing written.
    retype(url, u"https://tiles.example.ca/{z}/{y}.png"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"tileUrlProblem"_s)->isVisible());
    dialog.save();
    QVERIFY(dialog.banner()->text().contains(u"{z}, {x} and {y}"_s));
    QVERIFY(!settings.integrationValue(u"map"_s, u"tile_url"_s).isValid());

    // A usable template is saved under Integrations/map/tile_url.
    QSignalSpy saved(&dialog, &IntegrationsDialog::settingsSaved);
    retype(url, u"https://tiles.example.ca/{z}/{x}/{y}.png"_s);
    QVERIFY(!dialog.findChild<QLabel *>(u"tileUrlProblem"_s)->isVisible());
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    Settings reread(ini);
    QCOMPARE(
        reread.integrationValue(u"map"_s, u"tile_url"_s).toString(), u"https://tiles.example.ca/{z}/{x}/{y}.png"_s);
}

// The routing server's tab: no account nor secret, the travel source and the matrix file; the address is required
// once the routing server is the source; Test connection asks a two-point table; Save writes both.
void TestIntegrationsDialog::routingServerTabHoldsTheTravelSource()
{
    using ops::dispatch::TravelMode;
    using ops::dispatch::TravelSourceSettings;
    test::FakeHttpServer fake;
    QVERIFY2(fake.start(), qPrintable(fake.error()));
    const QByteArray table =
        "/" + ops::dispatch::OsrmTable::tablePath(u"driving"_s, {{45.5017, -73.5673}, {45.5088, -73.5540}}).toUtf8();
    const QString ini = m_dir.filePath(u"routing.ini"_s);
    Settings settings(ini);
    SecretStore secrets(u"ops-client-test-routing-%1"_s.arg(QCoreApplication::applicationPid()), nullptr);
    QThreadPool pool;
    IntegrationsDialog dialog(settings, secrets, pool);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingSecrets(), 10000);
    ProviderSettingsForm *osrm = dialog.form(u"osrm"_s);
    QVERIFY(osrm);
    QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->indexOf(osrm)), u"Routing server (OSRM)"_s);
    QVERIFY(!osrm->secretEdit()->isVisibleTo(osrm));
    QVERIFY(!osrm->accountEdit()->isVisibleTo(osrm));
    QVERIFY(osrm->problemsLabel()->text().isEmpty()); // unused: straight line, nothing to say
    QCOMPARE(osrm->travelSourceCombo()->currentData().toString(), u"straight"_s);

    // The routing server as the source: its address is needed.
    osrm->travelSourceCombo()->setCurrentIndex(osrm->travelSourceCombo()->findData(u"osrm"_s));
    QVERIFY2(osrm->problemsLabel()->text().contains(u"server address is not set"_s),
        qPrintable(osrm->problemsLabel()->text()));
    QTest::keyClicks(osrm->baseUrlEdit(), fake.url().toString());
    QVERIFY2(osrm->problemsLabel()->text().isEmpty(), qPrintable(osrm->problemsLabel()->text()));

    fake.enqueue(table,
        test::FakeBehaviour::json(
            200, R"({"code":"Ok","durations":[[0,150],[150,0]],"distances":[[0,1500],[1500,0]]})"));
    osrm->testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 15000);
    QVERIFY2(osrm->testResultLabel()->text().contains(u"2.5 min"_s), qPrintable(osrm->testResultLabel()->text()));
    QCOMPARE(fake.requestCount(table), 1);

    // A matrix file that is not there: said before saving.
    osrm->travelSourceCombo()->setCurrentIndex(osrm->travelSourceCombo()->findData(u"file"_s));
    QTest::keyClicks(osrm->matrixFileEdit(), m_dir.filePath(u"none.matrix"_s));
    QVERIFY2(osrm->problemsLabel()->text().contains(u"none.matrix"_s), qPrintable(osrm->problemsLabel()->text()));
    dialog.save();
    QCOMPARE(dialog.banner()->level(), MessageBanner::Level::Error);
    QVERIFY(!TravelSourceSettings::load(settings).matrixFile.contains(u"none"_s)); // nothing written

    osrm->travelSourceCombo()->setCurrentIndex(osrm->travelSourceCombo()->findData(u"osrm"_s));
    QSignalSpy saved(&dialog, &IntegrationsDialog::settingsSaved);
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    Settings reread(ini);
    const TravelSourceSettings travel = TravelSourceSettings::load(reread);
    QCOMPARE(travel.mode, TravelMode::RoutingServer);
    QCOMPARE(travel.matrixFile, m_dir.filePath(u"none.matrix"_s));
    QCOMPARE(reread.integrationValue(u"osrm"_s, u"base_url"_s).toString(), fake.url().toString());

    // Opened again: as saved.
    {
        IntegrationsDialog again(settings, secrets, pool);
        QTRY_VERIFY_WITH_TIMEOUT(!again.isLoadingSecrets(), 10000);
        QCOMPARE(again.form(u"osrm"_s)->travelSourceCombo()->currentData().toString(), u"osrm"_s);
        QCOMPARE(again.form(u"osrm"_s)->baseUrlEdit()->text(), fake.url().toString());
    }
    dialog.close();
}

QTEST_MAIN(TestIntegrationsDialog)
#include "TestIntegrationsDialog.moc"

// File > Import from ERPNext… (issue 16, item 6) on a real cluster: an ERPNext-shaped source database
// (tests/support/ErpnextFixture, small scale, hostile rows) read by a role with a password, imported into a migrated
// database through ErpnextImportService (its own thread and connection) and the dialog, with the real Secret Service
// (`scripts/dev.sh test` starts GNOME Keyring in a D-Bus session). The menu entry is hidden from non-admin roles;
// Import is disabled before a dry run and after a field changed; a dry run shows counts and writes nothing; Import
// after it imports; Cancel midway keeps the committed entities and says so, and the next import continues; a wrong
// password, a dead port or a mapping naming a missing column show the error and write nothing; the password goes to
// the keychain (never the settings file) and comes back next time; the CSV saved equals targo-opsctl's for the same
// report. Screenshot: erpnext-import-dry-run.png (OPS_SCREENSHOT_DIR).
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/import/ErpnextImportService.h"
#include "core/secrets/SecretStore.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "tests/support/Await.h"
#include "tests/support/ErpnextFixture.h"
#include "tests/support/OpsctlRunner.h"
#include "tests/support/RoleSession.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/common/MessageBanner.h"
#include "ui/import/ErpnextImportDialog.h"
#include "ui/import/ImportReportView.h"
#include "ui/main/MainWindow.h"

using namespace Qt::StringLiterals;
using namespace ops;

namespace {
constexpr const char *kReader = "erp_reader";
constexpr const char *kPassword = "erp-Pa$$ 'quoted'";
constexpr int kRunMs = 120000;
} // namespace

class TestErpnextImportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_sourceDb; // the ERPNext fixture's database name
    QString m_sourceConninfo; // as the superuser (the test's own checks and locks)
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;

    QString scalar(const QString &conninfo, const char *sql)
    {
        auto c = db::PgConnection::open(conninfo);
        if (!c.ok())
            return u"<no connection>"_s;
        auto r = c.value()->exec(sql);
        return r.ok() && r.value().rows() > 0 ? r.value().text(0, 0) : u"<error>"_s;
    }
    void fill(ErpnextImportDialog &d, const QString &password = QString::fromUtf8(kPassword), int port = 0)
    {
        d.hostEdit()->setText(m_cluster->server()->socketDir());
        d.portEdit()->setValue(port ? port : m_cluster->server()->port());
        d.databaseEdit()->setText(m_sourceDb);
        d.userEdit()->setText(QString::fromLatin1(kReader));
        d.passwordEdit()->setText(password);
        QTest::keyClick(d.userEdit(), Qt::Key_End); // an edit signal, as typing gives
        emit d.userEdit()->textEdited(d.userEdit()->text());
    }
    static QString cellText(QTableWidget *t, int row, int col)
    {
        return t->item(row, col) ? t->item(row, col)->text() : QString();
    }
    static int rowOf(QTableWidget *t, const QString &label)
    {
        for (int r = 0; r < t->rowCount(); ++r) {
            if (cellText(t, r, 0) == label)
                return r;
        }
        return -1;
    }
    static void retype(QLineEdit *e, const QString &text)
    {
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        QTest::keyClicks(e, text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto src = m_cluster->freshDatabase(false);
        QVERIFY(src.ok());
        m_sourceConninfo = src.value();
        m_sourceDb = m_sourceConninfo.section(u"dbname='"_s, 1).section(u'\'', 0, 0);
        QVERIFY(!m_sourceDb.isEmpty());
        {
            auto s = db::PgConnection::open(m_sourceConninfo);
            QVERIFY(s.ok());
            test::ErpnextFixtureOptions o;
            o.hostile = true;
            QVERIFY(test::createErpnextFixture(*s.value(), o).ok());
            auto verifier = s.value()->scramVerifier(QString::fromUtf8(kPassword), QString::fromLatin1(kReader));
            QVERIFY(verifier.ok());
            for (const QString &sql :
                {u"CREATE ROLE erp_reader LOGIN PASSWORD '%1'"_s.arg(QString::fromLatin1(verifier.value())),
                    u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO erp_reader"_s}) {
                auto r = s.value()->exec(sql);
                QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
            }
        }
        // The reader must give its password (the rest of the test cluster trusts its private socket).
        QFile hba(m_cluster->server()->dataDir() + u"/pg_hba.conf"_s);
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray old = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all erp_reader scram-sha-256\n" + old);
        hba.close();
        QCOMPARE(scalar(m_cluster->adminConninfo(), "SELECT pg_reload_conf()"), u"t"_s);
        QTest::qWait(200);

        m_settings = std::make_unique<Settings>(m_dir.filePath(u"ops.ini"_s));
        m_secrets = std::make_unique<SecretStore>(
            u"ops-client-test-erpnext-import-%1"_s.arg(QCoreApplication::applicationPid()), nullptr);
        (void)test::await(m_secrets->remove(QString::fromLatin1(import::ErpnextSource::kPasswordKey)), this);
    }

    void cleanupTestCase()
    {
        if (m_secrets)
            (void)test::await(m_secrets->remove(QString::fromLatin1(import::ErpnextSource::kPasswordKey)), this);
        m_secrets.reset();
        m_cluster.reset();
    }

    // The entry is in the File menu for admins (and the superuser), hidden for the other roles and without a session.
    void menuEntryOnlyForAdmins()
    {
        auto ours = m_cluster->freshDatabase(true);
        QVERIFY(ours.ok());
        // The group roles exist once a database was migrated.
        {
            auto c = db::PgConnection::open(ours.value());
            QVERIFY(c.ok());
            QVERIFY(c.value()->exec("CREATE ROLE imp_dispatcher IN ROLE ops_dispatcher").ok());
            QVERIFY(c.value()->exec("CREATE ROLE imp_admin IN ROLE ops_admin").ok());
        }
        struct Case
        {
            QString user;
            bool visible;
        };
        for (const Case &c : {Case{QString(), true}, Case{u"imp_admin"_s, true}, Case{u"imp_dispatcher"_s, false}}) {
            SessionInfo info;
            // A superuser login acting as the role from the start (libpq options: SET ROLE for the whole session).
            info.conninfo = test::asRole(ours.value(), c.user);
            info.dbPoolSize = 1;
            info.cpuThreads = 1;
            info.liveUpdates = false;
            auto session = std::make_unique<Session>(info);
            MainWindow w;
            auto *action = w.findChild<QAction *>(u"erpnextImportAction"_s);
            QVERIFY(action);
            QVERIFY(!action->isVisible()); // no session yet
            w.attachSession(*session);
            QTRY_VERIFY2_WITH_TIMEOUT(session->capabilities().known, qPrintable(c.user), 10000);
            QTest::qWait(50);
            QVERIFY2(action->isVisible() == c.visible, qPrintable(c.user));
            w.detachSession();
            QVERIFY(!action->isVisible());
            session->shutdown(5000);
        }
    }

    // Import is disabled until a dry run of the same source and mapping succeeded; the dry run (Enter: the default
    // action) shows the counts and the report and writes nothing; a changed field disables Import again; Import then
    // imports; the password went to the keychain, not the settings file, and comes back in the next dialog; the CSV
    // saved equals targo-opsctl's for the same dry run.
    void dryRunThenImport()
    {
        auto ours = m_cluster->freshDatabase(true);
        QVERIFY(ours.ok());
        import::ErpnextImportService service(ours.value());
        ErpnextImportDialog d(service, *m_settings, *m_secrets);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_VERIFY(!d.isLoadingSecret());
        fill(d);
        QVERIFY(!d.importButton()->isEnabled());
        QVERIFY(d.dryRunButton()->isDefault());

        // Test connection: the site matches the mapping.
        QTest::mouseClick(d.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.testButton()->isEnabled(), 30000);
        QVERIFY2(d.banner()->text().contains(u"matches the mapping"_s), qPrintable(d.banner()->text()));

        const QString customersBefore = scalar(ours.value(), "SELECT count(*) FROM customers");
        d.passwordEdit()->setFocus();
        QTest::keyClick(d.passwordEdit(), Qt::Key_Return); // the default action: the dry run
        QVERIFY(d.isRunning());
        QVERIFY(!d.importButton()->isEnabled());
        QVERIFY(d.cancelButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), kRunMs);
        QVERIFY2(d.banner()->text().startsWith(u"Dry run done"_s), qPrintable(d.banner()->text()));
        QVERIFY(d.reportView()->isVisible());
        QVERIFY(d.reportView()->report().dryRun);
        QTableWidget *counts = d.reportView()->countsTable();
        const int customers = rowOf(counts, u"Customers"_s);
        QVERIFY(customers >= 0);
        QCOMPARE(cellText(counts, customers, 1), QLocale().toString(test::erpnextFixtureCounts(40).customers));
        QVERIFY(QLocale().toLongLong(cellText(counts, customers, 2)) > 0); // new
        qint64 refused = 0; // the hostile rows
        for (int r = 0; r < counts->rowCount(); ++r)
            refused += QLocale().toLongLong(cellText(counts, r, 5));
        QVERIFY(refused > 0);
        QVERIFY(d.reportView()->issuesFilter()->rowCount() > 0);
        QVERIFY(d.reportView()->reconciliationTable()->rowCount() > 0);
        QCOMPARE(d.entityBar(u"message"_s)->value(), d.entityBar(u"message"_s)->maximum());
        // Nothing written.
        QCOMPARE(scalar(ours.value(), "SELECT count(*) FROM customers"), customersBefore);
        QCOMPARE(scalar(ours.value(), "SELECT count(*) FROM import_keys"), u"0"_s);
        QCOMPARE(scalar(ours.value(), "SELECT count(*) FROM import_runs"), u"0"_s);
        QVERIFY(test::saveScreenshot(d, u"erpnext-import-dry-run"_s));

        // The filter by reason and entity.
        QComboBox *reason = d.reportView()->reasonFilter();
        const int all = d.reportView()->issuesFilter()->rowCount();
        QVERIFY(reason->count() > 2);
        reason->setCurrentIndex(1);
        const int some = d.reportView()->issuesFilter()->rowCount();
        QVERIFY(some > 0 && some < all);
        for (int r = 0; r < some; ++r)
            QCOMPARE(d.reportView()->issuesFilter()->index(r, 4).data().toString(), reason->currentText());
        reason->setCurrentIndex(0);
        QCOMPARE(d.reportView()->issuesFilter()->rowCount(), all);

        // The CSV equals the CLI's for the same dry run (the shared writer).
        const QString guiCsv = m_dir.filePath(u"gui.csv"_s);
        const QString cliCsv = m_dir.filePath(u"cli.csv"_s);
        QCOMPARE(d.reportView()->saveCsv(guiCsv), QString());
        const test::OpsctlRun cli =
            test::runOpsctl({u"--db"_s, ours.value(), u"import"_s, u"erpnext"_s, u"--from"_s,
                                d.currentRequest(true).source.conninfo(), u"--dry-run"_s, u"--report"_s, cliCsv},
                test::opsctlEnvironment());
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        QFile a(guiCsv);
        QFile b(cliCsv);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray csv = a.readAll();
        const QByteArray cliBytes = b.readAll();
        QVERIFY(csv.count('\n') > 2);
        QCOMPARE(csv.size(), cliBytes.size());
        // Same bytes line for line; the order of the lines may differ between two runs (the report lists the rows in
        // the order the set-based statements refused them).
        QList<QByteArray> guiLines = csv.split('\n');
        QList<QByteArray> cliLines = cliBytes.split('\n');
        QCOMPARE(guiLines.first(), cliLines.first()); // the BOM and the header
        std::sort(guiLines.begin(), guiLines.end());
        std::sort(cliLines.begin(), cliLines.end());
        QCOMPARE(guiLines, cliLines);

        // Import is enabled (and the default) for exactly these fields; a change disables it, undoing it enables it.
        QVERIFY(d.importButton()->isEnabled());
        QVERIFY(d.importButton()->isDefault());
        const QString db = d.databaseEdit()->text();
        retype(d.databaseEdit(), db + u"x"_s);
        QVERIFY(!d.importButton()->isEnabled());
        QVERIFY(d.dryRunButton()->isDefault());
        retype(d.databaseEdit(), db);
        QVERIFY(d.importButton()->isEnabled());
        retype(d.mappingEdit(), u"/nonexistent/mapping.json"_s);
        QVERIFY(!d.importButton()->isEnabled());
        retype(d.mappingEdit(), QString());
        QVERIFY(d.importButton()->isEnabled());

        QSignalSpy imported(&d, &ErpnextImportDialog::importFinished);
        QTest::mouseClick(d.importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), kRunMs);
        QVERIFY2(d.banner()->text().startsWith(u"Import done"_s), qPrintable(d.banner()->text()));
        QCOMPARE(imported.count(), 1);
        QVERIFY(!d.reportView()->report().dryRun);
        QVERIFY(scalar(ours.value(), "SELECT count(*) FROM customers").toLongLong() > 0);
        QVERIFY(scalar(ours.value(), "SELECT count(*) FROM tickets").toLongLong() > 0);
        QCOMPARE(scalar(ours.value(), "SELECT string_agg(status, ',') FROM import_runs"), u"done"_s);
        QVERIFY(!d.importButton()->isEnabled()); // the next import runs a dry run first again

        // The password is in the keychain, never in the settings file; the next dialog has every field back.
        auto stored = test::await(m_secrets->read(QString::fromLatin1(import::ErpnextSource::kPasswordKey)), this);
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value(), QString::fromUtf8(kPassword));
        QVERIFY(m_settings->sync().ok());
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray iniText = ini.readAll();
        QVERIFY(iniText.contains(m_sourceDb.toUtf8()));
        QVERIFY(!iniText.contains("erp-Pa"));
        ErpnextImportDialog again(service, *m_settings, *m_secrets);
        QTRY_VERIFY(!again.isLoadingSecret());
        QCOMPARE(again.passwordEdit()->text(), QString::fromUtf8(kPassword));
        QCOMPARE(again.databaseEdit()->text(), m_sourceDb);
        QCOMPARE(again.userEdit()->text(), QString::fromLatin1(kReader));
        QCOMPARE(again.portEdit()->value(), m_cluster->server()->port());
        QVERIFY(!again.importButton()->isEnabled()); // a new dialog: a dry run first
    }

    // Cancel while the import waits on ERPNext's Issue table (locked by the test): the entities committed stay, the
    // message says which, the run is resumable, and the next import continues.
    void cancelMidwayKeepsCommittedEntities()
    {
        auto ours = m_cluster->freshDatabase(true);
        QVERIFY(ours.ok());
        import::ErpnextImportService service(ours.value());
        ErpnextImportDialog d(service, *m_settings, *m_secrets);
        d.show();
        QTRY_VERIFY(!d.isLoadingSecret());
        fill(d);
        QTest::mouseClick(d.dryRunButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), kRunMs);
        QVERIFY(d.importButton()->isEnabled());

        auto locker = db::PgConnection::open(m_sourceConninfo);
        QVERIFY(locker.ok());
        QVERIFY(locker.value()->exec("BEGIN").ok());
        QVERIFY(locker.value()->exec("LOCK TABLE \"tabIssue\" IN ACCESS EXCLUSIVE MODE").ok());
        QTest::mouseClick(d.importButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(ours.value(), "SELECT coalesce((SELECT 'payment' = ANY (done_entities) FROM import_runs), false)"),
            u"t"_s, kRunMs);
        QVERIFY(d.isRunning());
        // The per-entity bars: the committed ones are full.
        QCOMPARE(d.entityBar(u"customer"_s)->value(), d.entityBar(u"customer"_s)->maximum());
        QTest::mouseClick(d.cancelButton(), Qt::LeftButton);
        QVERIFY(locker.value()->exec("ROLLBACK").ok());
        QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), kRunMs);
        const QString text = d.banner()->text();
        QVERIFY2(text.contains(u"cancelled"_s) && text.contains(u"Customers"_s) && text.contains(u"Payments"_s)
                && !text.contains(u"Tickets"_s),
            qPrintable(text));
        QCOMPARE(scalar(ours.value(), "SELECT status || '|' || ('ticket' = ANY (done_entities)) FROM import_runs"),
            u"cancelled|false"_s);
        QCOMPARE(scalar(ours.value(), "SELECT count(*) FROM tickets"), u"0"_s);
        QVERIFY(scalar(ours.value(), "SELECT count(*) FROM invoices").toLongLong() > 0);

        // The next import (a dry run, then Import) continues the run.
        QTest::mouseClick(d.dryRunButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), kRunMs);
        QTest::mouseClick(d.importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), kRunMs);
        QVERIFY2(d.banner()->text().startsWith(u"Import done"_s), qPrintable(d.banner()->text()));
        QVERIFY(d.reportView()->report().resumed);
        QCOMPARE(scalar(ours.value(), "SELECT string_agg(status, ',') FROM import_runs"), u"done"_s);
        QVERIFY(scalar(ours.value(), "SELECT count(*) FROM tickets").toLongLong() > 0);
    }

    // A wrong password, a dead port, a mapping naming a column the site lacks: the translated message, nothing written.
    void errorsWriteNothing()
    {
        auto ours = m_cluster->freshDatabase(true);
        QVERIFY(ours.ok());
        const QString mapping = m_dir.filePath(u"bad-mapping.json"_s);
        {
            QFile f(mapping);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"fields": {"Customer": {"legacy_account_id": "no_such_column"}}})");
        }
        import::ErpnextImportService service(ours.value());
        ErpnextImportDialog d(service, *m_settings, *m_secrets);
        d.show();
        QTRY_VERIFY(!d.isLoadingSecret());

        fill(d, u"wrong-password"_s);
        QTest::mouseClick(d.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.testButton()->isEnabled(), 30000);
        QVERIFY2(d.banner()->text().contains(u"Cannot reach the ERPNext database"_s), qPrintable(d.banner()->text()));
        QTest::mouseClick(d.dryRunButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), kRunMs);
        QVERIFY2(d.banner()->text().contains(u"Cannot reach the ERPNext database"_s), qPrintable(d.banner()->text()));
        QVERIFY(!d.importButton()->isEnabled());

        fill(d, QString::fromUtf8(kPassword), 1); // nothing listens there
        QTest::mouseClick(d.dryRunButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), kRunMs);
        QVERIFY2(d.banner()->text().contains(u"Cannot reach the ERPNext database"_s), qPrintable(d.banner()->text()));

        fill(d);
        d.mappingEdit()->setText(mapping);
        QTest::mouseClick(d.dryRunButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), kRunMs);
        QVERIFY2(d.banner()->text().contains(u"no_such_column"_s), qPrintable(d.banner()->text()));
        QVERIFY(!d.importButton()->isEnabled());
        d.mappingEdit()->clear();

        // Bad input is refused before anything is tried.
        d.hostEdit()->clear();
        QTest::mouseClick(d.dryRunButton(), Qt::LeftButton);
        QVERIFY(!d.isRunning());
        QCOMPARE(d.banner()->text(), u"Enter the host of the ERPNext database server."_s);

        QCOMPARE(scalar(ours.value(), "SELECT count(*) FROM import_runs"), u"0"_s);
        QCOMPARE(scalar(ours.value(), "SELECT count(*) FROM import_keys"), u"0"_s);
        QCOMPARE(scalar(ours.value(), "SELECT count(*) FROM customers"), u"0"_s);
    }

    // Destroying the service while its import is stuck (ERPNext's Issue table locked: the read waits, no batch ends)
    // does not hang the GUI thread: it cancels, waits a bounded time, and the job ends on its own once the lock goes.
    void destroyingTheServiceDoesNotHang()
    {
        auto ours = m_cluster->freshDatabase(true);
        QVERIFY(ours.ok());
        auto locker = db::PgConnection::open(m_sourceConninfo);
        QVERIFY(locker.ok());
        QVERIFY(locker.value()->exec("BEGIN").ok());
        QVERIFY(locker.value()->exec("LOCK TABLE \"tabIssue\" IN ACCESS EXCLUSIVE MODE").ok());
        QElapsedTimer clock;
        {
            auto service = std::make_unique<import::ErpnextImportService>(ours.value());
            QSignalSpy finished(service.get(), &import::ErpnextImportService::finished);
            import::ImportRequest r;
            r.source.host = m_cluster->server()->socketDir();
            r.source.port = m_cluster->server()->port();
            r.source.database = m_sourceDb;
            r.source.user = QString::fromLatin1(kReader);
            r.source.password = QString::fromUtf8(kPassword);
            r.dryRun = true;
            QVERIFY(service->start(r));
            QVERIFY(!service->start(r)); // one at a time
            QTRY_COMPARE_WITH_TIMEOUT(scalar(m_sourceConninfo,
                                          "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = "
                                          "'\"tabIssue\"'::regclass"),
                u"1"_s, kRunMs);
            clock.start();
            service.reset();
            QVERIFY(finished.isEmpty());
        }
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(locker.value()->exec("ROLLBACK").ok());
        // The job ends (its dry run rolled back), and its pool is deleted on this thread.
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(m_sourceConninfo, "SELECT count(*) FROM pg_stat_activity WHERE usename = 'erp_reader'"), u"0"_s,
            kRunMs);
        QTest::qWait(100);
        QCOMPARE(scalar(ours.value(), "SELECT count(*) FROM import_runs"), u"0"_s);
    }

    // Esc while a dry run runs asks first; "Yes" cancels and closes once the service stopped.
    void escapeAsksWhileRunning()
    {
        auto ours = m_cluster->freshDatabase(true);
        QVERIFY(ours.ok());
        import::ErpnextImportService service(ours.value());
        ErpnextImportDialog d(service, *m_settings, *m_secrets);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_VERIFY(!d.isLoadingSecret());
        fill(d);
        auto locker = db::PgConnection::open(m_sourceConninfo);
        QVERIFY(locker.ok());
        QVERIFY(locker.value()->exec("BEGIN").ok());
        QVERIFY(locker.value()->exec("LOCK TABLE \"tabIssue\" IN ACCESS EXCLUSIVE MODE").ok());
        QTest::mouseClick(d.dryRunButton(), Qt::LeftButton);
        QVERIFY(d.isRunning());
        QTest::keyClick(&d, Qt::Key_Escape);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = d.findChild<QMessageBox *>(u"confirmCancelImport"_s)) != nullptr);
        QVERIFY(d.isVisible());
        box->button(QMessageBox::Yes)->click();
        QVERIFY(locker.value()->exec("ROLLBACK").ok());
        QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), kRunMs);
        QVERIFY(!service.isRunning());
        QCOMPARE(scalar(ours.value(), "SELECT count(*) FROM import_runs"), u"0"_s);
    }
};

QTEST_MAIN(TestErpnextImportDialog)
#include "TestErpnextImportDialog.moc"

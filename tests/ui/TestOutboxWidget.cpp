// The operator outbox screen on a real database: the model under QAbstractItemModelTester with keyset pages, the
// status and service filters, Retry / Cancel writing to the database, actions disabled where they do not apply, the
// ambiguous explanation, and a row changed from another connection showing up live with the selection kept.
// Screenshot: outbox.png (OPS_SCREENSHOT_DIR).
#include <memory>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/PgListener.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/live/ChangeFeed.h"
#include "core/outbox/OutboxRepository.h"
#include "core/outbox/OutboxService.h"
#include "core/session/HealthService.h"
#include "core/session/Session.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestCluster.h"
#include "ui/common/GridTools.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/StatusChip.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationBar.h"
#include "ui/outbox/OutboxModel.h"
#include "ui/outbox/OutboxWidget.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using ops::outbox::OutboxRequest;

class TestOutboxWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;
    QString m_conninfo;
    std::unique_ptr<DbExecutor> m_db;
    std::unique_ptr<outbox::OutboxService> m_service;
    std::unique_ptr<db::PgListener> m_listener;
    std::unique_ptr<live::ChangeFeed> m_feed;
    std::unique_ptr<db::PgConnection> m_other; // "another workstation"
    QHash<QString, qint64> m_ids; // status -> one row in that status (twilio)

    static constexpr int kLiveTimeoutMs = 5000;

    qint64 insert(const QString &provider, const QString &status, const QString &error = {}, int http = 0)
    {
        OutboxRequest r;
        r.provider = provider;
        r.operation = provider == u"mailjet" ? u"email.send"_s : u"sms.send"_s;
        r.path = u"/2010-04-01/Accounts/ACtest/Messages.json"_s;
        r.form << std::pair{u"To"_s, u"+15145550100"_s} << std::pair{u"Body"_s, u"Votre technicien arrive."_s};
        r.businessEntity = u"dispatch_job"_s;
        r.businessId = 42;
        db::Transaction tx(*m_other);
        auto item = outbox::OutboxRepository(*m_other).enqueue(r);
        if (!item.ok() || !tx.commit().ok())
            return -1;
        const qint64 id = item.value().id;
        if (status != u"pending") {
            // 'sending' needs a claim; the others only a status.
            auto u = m_other->exec("UPDATE outbox SET status = $2, attempts = 1, last_http_status = NULLIF($3, 0), "
                                   "last_error = NULLIF($4, ''), claimed_by = 'w', lease_until = CASE WHEN $2 = "
                                   "'sending' THEN now() + interval '1 hour' END, provider_ref = CASE WHEN $2 = 'sent' "
                                   "THEN 'SM0001' END WHERE id = $1",
                db::SqlParams().add(id).add(status).add(http).add(error));
            if (!u.ok())
                return -1;
        }
        return id;
    }

    QString statusInDb(qint64 id)
    {
        auto r = m_other->exec("SELECT status FROM outbox WHERE id = $1", db::SqlParams().add(id));
        return r.ok() && r.value().rows() == 1 ? r.value().text(0, 0) : QString();
    }

    static void select(OutboxWidget &w, qint64 id)
    {
        const int row = w.model()->rowOf(id);
        QVERIFY(row >= 0);
        w.view()->selectionModel()->setCurrentIndex(
            w.model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static QMessageBox *confirmation(OutboxWidget &w)
    {
        for (auto *box : w.findChildren<QMessageBox *>(u"outboxConfirm"_s)) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }

    static void accept(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        }
        QFAIL("no such button");
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto conninfo = m_cluster->freshDatabase();
        QVERIFY(conninfo.ok());
        auto opened = db::PgConnection::open(conninfo.value());
        QVERIFY(opened.ok());
        m_other = std::move(opened.value());
        for (const QString &s : {u"pending"_s, u"sending"_s, u"sent"_s, u"failed"_s, u"ambiguous"_s, u"cancelled"_s}) {
            const qint64 id = insert(u"twilio"_s, s,
                s == u"failed"_s ? u"HTTP 400: The 'To' number +15145550100 is not a valid phone number. (21211)"_s
                                 : QString(),
                s == u"failed"_s ? 400 : 0);
            QVERIFY2(id > 0, qPrintable(s));
            m_ids.insert(s, id);
        }
        QVERIFY(
            insert(u"mailjet"_s, u"failed"_s, u"HTTP 401: API key authentication/authorization failure"_s, 401) > 0);
        QVERIFY(insert(u"mailjet"_s, u"sent"_s) > 0);

        m_conninfo = conninfo.value();
        m_db = std::make_unique<DbExecutor>(conninfo.value(), 2);
        m_service = std::make_unique<outbox::OutboxService>(*m_db);
        m_feed = std::make_unique<live::ChangeFeed>();
        m_listener = std::make_unique<db::PgListener>(conninfo.value());
        connect(m_listener.get(), &db::PgListener::notified, m_feed.get(), &live::ChangeFeed::onNotification,
            Qt::QueuedConnection);
        m_listener->listen(u"ops_change"_s);
        m_listener->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_listener->isConnected(), 15000);
    }

    void cleanupTestCase()
    {
        if (m_listener)
            m_listener->stop();
        m_listener.reset();
        m_feed.reset();
        m_service.reset();
        m_db.reset();
        m_other.reset();
        m_cluster.reset();
    }

    void modelPagesNewestFirst()
    {
        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.setService(m_service.get());
        QTRY_VERIFY(!model.isLoading() && model.rowCount() >= 3);
        QVERIFY(model.hasMore());
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.rowCount(), 8);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.item(r - 1).id > model.item(r).id);
        const int failed = model.rowOf(m_ids.value(u"failed"_s));
        QCOMPARE(model.index(failed, OutboxModel::Status).data(OutboxModel::StatusKeyRole).toString(), u"failed"_s);
        QCOMPARE(model.index(failed, OutboxModel::Status).data().toString(), u"Failed"_s);
        QCOMPARE(model.index(failed, OutboxModel::HttpStatus).data().toString(), u"400"_s);
        QCOMPARE(model.index(failed, OutboxModel::Attempts).data().toString(), u"1/8"_s);
        QCOMPARE(model.index(failed, OutboxModel::Business).data().toString(), u"dispatch_job #42"_s);
        QVERIFY(model.index(failed, OutboxModel::LastError).data(Qt::ToolTipRole).toString().contains(u"(21211)"));
        const int sent = model.rowOf(m_ids.value(u"sent"_s));
        QCOMPARE(model.index(sent, OutboxModel::ProviderRef).data().toString(), u"SM0001"_s);
        // Chip tones: failed red, ambiguous amber, sent green, pending blue, cancelled grey.
        auto tone = [&](const QString &status) {
            const int r = model.rowOf(m_ids.value(status));
            return StatusChip::toneFor(model.index(r, OutboxModel::Status).data(OutboxModel::ToneKeyRole).toString());
        };
        QCOMPARE(tone(u"failed"_s), StatusChip::Tone::Bad);
        QCOMPARE(tone(u"ambiguous"_s), StatusChip::Tone::Warning);
        QCOMPARE(tone(u"sent"_s), StatusChip::Tone::Good);
        QCOMPARE(tone(u"pending"_s), StatusChip::Tone::Info);
        QCOMPARE(tone(u"sending"_s), StatusChip::Tone::Info);
        QCOMPARE(tone(u"cancelled"_s), StatusChip::Tone::Neutral);

        outbox::OutboxFilter f;
        f.status = outbox::OutboxStatus::Failed;
        model.setFilter(f);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        QCOMPARE(model.rowCount(), 2);
    }

    void widgetFiltersAndActions()
    {
        OutboxWidget w;
        w.resize(1100, 600);
        w.setChangeFeed(m_feed.get());
        w.setOutboxService(m_service.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.model()->rowCount(), 8);
        // The grid has the shared column chooser: hiding a column hides it in the view.
        auto *grid = w.findChild<GridTools *>();
        QVERIFY(grid);
        grid->setColumnVisible(OutboxModel::ProviderRef, false);
        QVERIFY(grid->header()->isSectionHidden(OutboxModel::ProviderRef));
        grid->setColumnVisible(OutboxModel::ProviderRef, true);
        QVERIFY(!w.retryAction()->isEnabled()); // nothing selected
        QTRY_COMPARE(w.attentionCount(), 3); // 2 failed + 1 ambiguous

        // Filters narrow the list.
        w.statusFilter()->setCurrentIndex(w.statusFilter()->findData(u"failed"_s));
        QTRY_VERIFY(!w.model()->isLoading() && w.model()->rowCount() == 2);
        w.providerFilter()->setCurrentIndex(w.providerFilter()->findData(u"mailjet"_s));
        QTRY_VERIFY(!w.model()->isLoading() && w.model()->rowCount() == 1);
        QCOMPARE(w.model()->item(0).provider, u"mailjet"_s);
        w.providerFilter()->setCurrentIndex(0);
        w.statusFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!w.model()->isLoading() && w.model()->rowCount() == 8);

        // A sent row: nothing to do.
        select(w, m_ids.value(u"sent"_s));
        QVERIFY(!w.retryAction()->isEnabled());
        QVERIFY(!w.cancelAction()->isEnabled());
        // An ambiguous row: explained in the detail pane.
        select(w, m_ids.value(u"ambiguous"_s));
        QVERIFY(w.retryAction()->isEnabled());
        QVERIFY(w.cancelAction()->isEnabled());
        QVERIFY2(w.details()->toPlainText().contains(u"may already have been delivered"),
            qPrintable(w.details()->toPlainText()));

        // Retry a failed row (keyboard shortcut): pending in the database, and in the list.
        const qint64 failed = m_ids.value(u"failed"_s);
        select(w, failed);
        QVERIFY(w.retryAction()->isEnabled());
        QVERIFY(!w.details()->toPlainText().contains(u"may already have been delivered"));
        QVERIFY(w.details()->toPlainText().contains(u"(21211)"));
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(statusInDb(failed), u"pending"_s, kLiveTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            w.model()->item(w.model()->rowOf(failed)).status, outbox::OutboxStatus::Pending, kLiveTimeoutMs);
        QCOMPARE(w.banner()->level(), MessageBanner::Level::Success);
        QCOMPARE(w.selectedId(), failed); // selection kept
        QTRY_VERIFY(!w.retryAction()->isEnabled()); // pending now

        // Cancel the pending row: asks first; "Keep it" changes nothing, then cancel for real.
        const qint64 pending = m_ids.value(u"pending"_s);
        select(w, pending);
        QVERIFY(w.cancelAction()->isEnabled());
        w.cancelAction()->trigger();
        QTRY_VERIFY(confirmation(w));
        accept(confirmation(w), QMessageBox::RejectRole);
        QTest::qWait(100);
        QCOMPARE(statusInDb(pending), u"pending"_s);
        w.cancelAction()->trigger();
        QTRY_VERIFY(confirmation(w));
        accept(confirmation(w), QMessageBox::DestructiveRole);
        QTRY_COMPARE_WITH_TIMEOUT(statusInDb(pending), u"cancelled"_s, kLiveTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!w.cancelAction()->isEnabled(), kLiveTimeoutMs);

        // An action that the database refuses (the row changed meanwhile): a translated error in the banner.
        const qint64 sent = m_ids.value(u"sent"_s);
        auto r = m_other->exec("UPDATE outbox SET status = 'failed' WHERE id = $1", db::SqlParams().add(sent));
        QVERIFY(r.ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            w.model()->item(w.model()->rowOf(sent)).status, outbox::OutboxStatus::Failed, kLiveTimeoutMs);
        select(w, sent);
        QVERIFY(w.retryAction()->isEnabled());
        QVERIFY(m_other->exec("UPDATE outbox SET status = 'sent' WHERE id = $1", db::SqlParams().add(sent)).ok());
        w.retrySelected(); // before the live update arrives
        QTRY_COMPARE_WITH_TIMEOUT(w.banner()->level(), MessageBanner::Level::Error, kLiveTimeoutMs);
        QVERIFY2(w.banner()->text().contains(u"only failed or ambiguous"), qPrintable(w.banner()->text()));

        select(w, m_ids.value(u"ambiguous"_s));
        QTest::qWait(50);
        QVERIFY(test::saveScreenshot(w, u"outbox"_s));
    }

    void liveChangesKeepSelection()
    {
        OutboxWidget w;
        w.setChangeFeed(m_feed.get());
        w.setOutboxService(m_service.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!w.model()->isLoading() && w.model()->rowCount() > 0);
        const int before = w.model()->rowCount();
        const qint64 ambiguous = m_ids.value(u"ambiguous"_s);
        select(w, ambiguous);
        QSignalSpy resets(w.model(), &QAbstractItemModel::modelReset);

        // Another workstation settles the ambiguous row as sent: updated in place.
        QVERIFY(m_other
                    ->exec("UPDATE outbox SET status = 'sent', provider_ref = 'SM-LIVE' WHERE id = $1",
                        db::SqlParams().add(ambiguous))
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            w.model()->item(w.model()->rowOf(ambiguous)).status, outbox::OutboxStatus::Sent, kLiveTimeoutMs);
        QCOMPARE(w.selectedId(), ambiguous);
        QVERIFY(!w.retryAction()->isEnabled());
        QVERIFY(w.details()->toPlainText().contains(u"SM-LIVE"));

        // A new row appears on top.
        const qint64 fresh = insert(u"stripe"_s, u"pending"_s);
        QVERIFY(fresh > 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), before + 1, kLiveTimeoutMs);
        QCOMPARE(w.model()->item(0).id, fresh);
        QCOMPARE(w.selectedId(), ambiguous);
        QCOMPARE(resets.count(), 0);

        // With a status filter, a row that leaves the status leaves the list.
        w.statusFilter()->setCurrentIndex(w.statusFilter()->findData(u"pending"_s));
        QTRY_VERIFY(!w.model()->isLoading() && w.model()->rowOf(fresh) >= 0);
        const int pendingRows = w.model()->rowCount();
        QVERIFY(m_other->exec("UPDATE outbox SET status = 'cancelled' WHERE id = $1", db::SqlParams().add(fresh)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), pendingRows - 1, kLiveTimeoutMs);
        QCOMPARE(w.model()->rowOf(fresh), -1);
    }

    void retryAllFailedFollowsTheServiceFilter()
    {
        const qint64 mailjetFailed = insert(u"mailjet"_s, u"failed"_s, u"HTTP 500: internal"_s, 500);
        const qint64 twilioFailed = insert(u"twilio"_s, u"failed"_s, u"HTTP 400: bad number"_s, 400);
        const qint64 twilioAmbiguous = insert(u"twilio"_s, u"ambiguous"_s);
        QVERIFY(mailjetFailed > 0 && twilioFailed > 0 && twilioAmbiguous > 0);
        OutboxWidget w;
        w.setOutboxService(m_service.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.providerFilter()->setCurrentIndex(w.providerFilter()->findData(u"twilio"_s));
        QTRY_VERIFY(!w.model()->isLoading() && w.model()->rowOf(twilioFailed) >= 0);
        w.retryAllAction()->trigger();
        QTRY_VERIFY(confirmation(w));
        QVERIFY(confirmation(w)->text().contains(u"Twilio"));
        accept(confirmation(w), QMessageBox::AcceptRole);
        QTRY_COMPARE_WITH_TIMEOUT(statusInDb(twilioFailed), u"pending"_s, kLiveTimeoutMs);
        QCOMPARE(statusInDb(mailjetFailed), u"failed"_s); // another service
        QCOMPARE(statusInDb(twilioAmbiguous), u"ambiguous"_s); // needs its own decision
        QTRY_COMPARE(w.banner()->level(), MessageBanner::Level::Success);
        // Without a change feed the screen re-reads what it changed.
        QTRY_COMPARE_WITH_TIMEOUT(
            w.model()->item(w.model()->rowOf(twilioFailed)).status, outbox::OutboxStatus::Pending, kLiveTimeoutMs);
    }

    void mainWindowSectionAndBadge()
    {
        MainWindow w;
        QVERIFY(!w.navigation()->hasSection(NavigationBar::Section::Outbox)); // no session: no outbox
        QVERIFY(!w.outbox());
        SessionInfo info;
        info.conninfo = m_conninfo;
        info.dbPoolSize = 2;
        Session session(info);
        QTRY_VERIFY_WITH_TIMEOUT(session.health().isListening(), 15000); // live updates from here on
        w.attachSession(session);
        QVERIFY(w.navigation()->hasSection(NavigationBar::Section::Outbox));
        QVERIFY(w.outbox());
        w.show();
        w.showSection(NavigationBar::Section::Outbox);
        QVERIFY(w.outbox()->isVisible());
        QTRY_VERIFY(!w.outbox()->model()->isLoading() && w.outbox()->model()->rowCount() > 0);
        auto countInDb = [this] {
            auto r = m_other->exec("SELECT count(*) FROM outbox WHERE status IN ('failed', 'ambiguous')");
            return r.ok() ? int(r.value().int64(0, 0)) : -1;
        };
        QToolButton *button = nullptr;
        for (auto *b : w.navigation()->findChildren<QToolButton *>()) {
            if (b->property("sectionLabel").toString() == u"Outbox"_s)
                button = b;
        }
        QVERIFY(button);
        const int expected = countInDb();
        QVERIFY(expected > 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.outbox()->attentionCount(), expected, kLiveTimeoutMs);
        QCOMPARE(button->text(), u"Outbox (%1)"_s.arg(expected));
        // One more failure elsewhere: the badge follows.
        QVERIFY(insert(u"stripe"_s, u"failed"_s, u"HTTP 402: Your card was declined."_s, 402) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(button->text(), u"Outbox (%1)"_s.arg(expected + 1), kLiveTimeoutMs);
        w.detachSession();
        QCOMPARE(w.outbox()->model()->rowCount(), 0);
        QCOMPARE(button->text(), u"Outbox"_s);
    }
};

QTEST_MAIN(TestOutboxWidget)
#include "TestOutboxWidget.moc"

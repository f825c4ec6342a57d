// The Billing section's Dunning tab on an in-memory DunningApi: the stages and threshold shown and edited from the
// keyboard (Space turns a stage off, Ctrl+S saves what the table holds), Preview lists what a run would record without
// running it, Run… asks first (a "no" runs nothing) and runs the previewed date only, "Suspended tomorrow" shows
// amount, days late, last payment, hold and the stage history, and Hold… / Release hold call the API with the chosen
// customer; the tab shows only for a role with the billing capability.
#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPromise>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include "core/common/Money.h"
#include "core/dunning/DunningApi.h"
#include "core/session/Capabilities.h"
#include "tests/support/Screenshot.h"
#include "ui/billing/BillingSection.h"
#include "ui/billing/DunningWidget.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dunning;

namespace {

template <typename T> QFuture<T> ready(T value)
{
    QPromise<T> p;
    p.start();
    p.addResult(std::move(value));
    p.finish();
    return p.future();
}

DunningAction action(
    qint64 customer, const QString &invoice, const QString &what, const QString &status, const QString &reason = {})
{
    DunningAction a;
    a.customerId = customer;
    a.customerCode = u"CUST-%1"_s.arg(customer, 5, 10, QLatin1Char('0'));
    a.customerName = u"Client %1"_s.arg(customer);
    a.invoiceId = invoice.right(2).toLongLong();
    a.invoiceCode = invoice;
    a.action = what;
    a.status = status;
    a.skipReason = reason;
    a.amountCents = 12345;
    a.daysLate = 30;
    a.channel = what == u"suspend" ? u"none"_s : (what == u"sms" ? u"sms"_s : u"email"_s);
    return a;
}

// Answers at once and records what it was asked.
class FakeDunningApi : public DunningApi
{
public:
    DunningConfig cfg;
    QList<DunningConfig> saved;
    QList<QDate> previews;
    QList<QDate> runs;
    QList<QDate> tomorrowCalls;
    QList<std::tuple<qint64, QDate, QString>> holds;
    QList<qint64> released;
    QList<SuspensionCandidate> candidates;

    FakeDunningApi()
    {
        cfg.stages = {DunningStage{1, 1, 7, u"email"_s, true}, DunningStage{2, 2, 14, u"sms"_s, true},
            DunningStage{3, 3, 21, u"notice"_s, true}, DunningStage{4, 4, 30, u"suspend"_s, true}};
        cfg.thresholdCents = 1000;
        cfg.canEdit = true;
        SuspensionCandidate a;
        a.customerId = 1;
        a.code = u"CUST-00001"_s;
        a.name = u"Élise Tremblay"_s;
        a.overdueCents = 1234567;
        a.daysLate = 30;
        a.lastPaymentOn = QDate(2026, 10, 3);
        a.lastPaymentCents = 5000;
        a.history = {DunningHistoryEntry{QDate(2026, 11, 8), u"email"_s, u"INV-00001"_s, u"queued"_s},
            DunningHistoryEntry{QDate(2026, 11, 15), u"sms"_s, u"INV-00001"_s, u"queued"_s}};
        SuspensionCandidate b;
        b.customerId = 2;
        b.code = u"CUST-00002"_s;
        b.name = u"John Smith"_s;
        b.overdueCents = 5500;
        b.daysLate = 45;
        b.onHold = true;
        b.holdId = 77;
        b.holdUntil = QDate(2026, 12, 15);
        b.holdReason = u"Entente de paiement"_s;
        candidates = {a, b};
    }

    QFuture<Result<DunningConfig>> config() override { return ready(Result<DunningConfig>(cfg)); }
    QFuture<Status> saveConfig(const DunningConfig &config) override
    {
        saved << config;
        cfg.stages = config.stages;
        cfg.thresholdCents = config.thresholdCents;
        return ready(success());
    }
    QFuture<Result<DunningRunReport>> preview(const QDate &date) override
    {
        previews << date;
        return ready(Result<DunningRunReport>(report(date, true)));
    }
    QFuture<Result<DunningRunReport>> run(const QDate &date) override
    {
        runs << date;
        return ready(Result<DunningRunReport>(report(date, false)));
    }
    QFuture<Result<QList<SuspensionCandidate>>> suspensionPreview(const QDate &date) override
    {
        tomorrowCalls << date;
        return ready(Result<QList<SuspensionCandidate>>(candidates));
    }
    QFuture<Result<qint64>> addHold(qint64 customerId, const QDate &until, const QString &reason) override
    {
        holds << std::make_tuple(customerId, until, reason);
        return ready(Result<qint64>(qint64(99)));
    }
    QFuture<Status> releaseHold(qint64 holdId) override
    {
        released << holdId;
        return ready(success());
    }

    static DunningRunReport report(const QDate &date, bool preview)
    {
        DunningRunReport r;
        r.date = date;
        r.preview = preview;
        r.actions = {action(1, u"INV-00011"_s, u"notice"_s, u"queued"_s),
            action(1, u"INV-00011"_s, u"suspend"_s, u"done"_s),
            action(3, u"INV-00013"_s, u"email"_s, u"skipped"_s, u"no_email"_s)};
        r.notices = 1;
        r.suspendedCustomers = 1;
        r.suspendedCodes = {u"CUST-00001"_s};
        r.skipped = 1;
        return r;
    }
};

Capabilities clerk(bool billing)
{
    Capabilities c;
    c.known = true;
    c.role = u"clerk"_s;
    c.group = u"billing"_s;
    c.billing = billing;
    return c;
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).format(QLocale());
}

} // namespace

class TestDunningTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada)); }

    void stagesPreviewRunAndTomorrow()
    {
        FakeDunningApi api;
        BillingSection section(nullptr);
        section.resize(1200, 900);
        section.attach(nullptr, nullptr);
        section.attachDunning(&api);
        section.setCapabilities(clerk(true));
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        section.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&section));
        DunningWidget *w = section.dunning();
        QVERIFY(section.tabs()->isTabVisible(section.tabs()->indexOf(w)));
        section.tabs()->setCurrentWidget(w);
        QAbstractItemModelTester stagesTester(w->stageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester previewTester(
            w->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tomorrowTester(
            w->tomorrowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The stages and the threshold as the API gave them.
        QTRY_COMPARE(w->stageModel()->rowCount(), 4);
        QCOMPARE(w->stageModel()->index(0, DunningStageModel::ActionColumn).data().toString(),
            DunningStageModel::actionLabel(u"email"_s));
        QCOMPARE(w->stageModel()->index(3, DunningStageModel::DaysColumn).data(Qt::EditRole).toInt(), 30);
        auto *threshold = w->findChild<QLineEdit *>(u"dunningThreshold"_s);
        QCOMPARE(threshold->text(), u"10,00"_s);

        // Keyboard: Space turns the SMS stage off, F2 edits the first stage's days, Ctrl+S saves.
        auto *stageView = w->findChild<QTableView *>(u"dunningStages"_s);
        stageView->setFocus();
        stageView->setCurrentIndex(w->stageModel()->index(1, DunningStageModel::ActiveColumn));
        QTest::keyClick(stageView, Qt::Key_Space);
        QCOMPARE(w->stageModel()->stages().at(1).active, false);
        stageView->setCurrentIndex(w->stageModel()->index(0, DunningStageModel::DaysColumn));
        QTest::keyClick(stageView, Qt::Key_F2);
        QVERIFY(QApplication::focusWidget() && QApplication::focusWidget() != stageView);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"5"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(w->stageModel()->stages().at(0).daysLate, 5); // the delegate commits on the next turn
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, u"25,00"_s);
        QTest::keyClick(threshold, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(api.saved.size(), 1);
        QCOMPARE(api.saved.at(0).thresholdCents, 2500);
        QCOMPARE(api.saved.at(0).stages.at(0).daysLate, 5);
        QCOMPARE(api.saved.at(0).stages.at(1).active, false);
        QCOMPARE(api.saved.at(0).stages.size(), 4);
        QTRY_VERIFY(w->findChild<QPushButton *>(u"dunningSaveStages"_s)->isEnabled()); // saved and reloaded

        // Run… is offered only after a preview of the same date; a "no" runs nothing.
        auto *runButton = w->findChild<QPushButton *>(u"dunningRun"_s);
        QVERIFY(!runButton->isEnabled());
        auto *date = w->findChild<QDateEdit *>(u"dunningDate"_s);
        w->setDate(QDate(2026, 12, 1));
        date->setFocus();
        QTest::keyClick(date, Qt::Key_Return);
        QTRY_COMPARE(api.previews.size(), 1);
        QCOMPARE(api.previews.at(0), QDate(2026, 12, 1));
        QTRY_COMPARE(w->previewModel()->rowCount(), 3);
        QCOMPARE(w->previewModel()->index(0, 2).data().toString(), u"INV-00011"_s);
        QCOMPARE(w->previewModel()->index(0, 4).data().toString(), money(12345));
        QVERIFY(w->previewModel()->index(2, 6).data().toString().contains(u"no e-mail"_s));
        QVERIFY(api.runs.isEmpty());
        QVERIFY(runButton->isEnabled());
        QStringList asked;
        w->setConfirm([&asked](const QString &q) {
            asked << q;
            return false;
        });
        runButton->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.at(0).contains(u"3"_s), qPrintable(asked.at(0)));
        QVERIFY(api.runs.isEmpty());
        w->setConfirm([](const QString &) { return true; });
        runButton->click();
        QTRY_COMPARE(api.runs.size(), 1);
        QCOMPARE(api.runs.at(0), QDate(2026, 12, 1));
        // Recorded: a new preview is needed before another run; another date needs its own.
        QTRY_VERIFY(w->findChild<QPushButton *>(u"dunningPreview"_s)->isEnabled()); // the run answered
        QVERIFY(!runButton->isEnabled());
        QVERIFY(w->findChild<QLabel *>(u"dunningSummary"_s)->text().contains(u"Recorded"_s));

        // Suspended tomorrow: the day after the date, with the reasons.
        QTRY_VERIFY(api.tomorrowCalls.contains(QDate(2026, 12, 1)));
        QTRY_COMPARE(w->tomorrowModel()->rowCount(), 2);
        const QAbstractItemModel *t = w->tomorrowModel();
        QCOMPARE(t->index(0, 0).data().toString(), u"CUST-00001"_s);
        QCOMPARE(t->index(0, 2).data().toString(), money(1234567));
        QCOMPARE(t->index(0, 3).data().toString(), QLocale().toString(30));
        QVERIFY(t->index(0, 4).data().toString().contains(money(5000)));
        QVERIFY(t->index(0, 5).data().toString().isEmpty());
        QVERIFY(t->index(1, 5).data().toString().contains(u"Entente de paiement"_s));
        const QString history = t->index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(history.contains(u"INV-00001"_s) && history.count(u'\n') == 1, qPrintable(history));
        auto *historyLabel = w->findChild<QLabel *>(u"dunningHistory"_s);
        QVERIFY2(historyLabel->text().contains(u"CUST-00001"_s), qPrintable(historyLabel->text()));
        auto *title = w->findChild<QLabel *>(u"dunningTomorrowTitle"_s);
        QVERIFY(title->text().contains(QLocale().toString(QDate(2026, 12, 2), QLocale::LongFormat)));
        (void)test::saveScreenshot(section, u"billing-dunning"_s);

        // Hold… (Ctrl+H) on the first customer; Release hold on the second, who has one.
        auto *tomorrowView = w->findChild<QTreeView *>(u"dunningTomorrow"_s);
        tomorrowView->setFocus();
        tomorrowView->setCurrentIndex(t->index(0, 0));
        auto *release = w->findChild<QPushButton *>(u"dunningRelease"_s);
        QVERIFY(!release->isEnabled());
        w->setHoldPrompt([](QDate *until, QString *reason) {
            *until = QDate(2026, 12, 20);
            *reason = u"Promesse de paiement"_s;
            return true;
        });
        QTest::keyClick(tomorrowView, Qt::Key_H, Qt::ControlModifier);
        QTRY_COMPARE(api.holds.size(), 1);
        QCOMPARE(std::get<0>(api.holds.at(0)), 1);
        QCOMPARE(std::get<1>(api.holds.at(0)), QDate(2026, 12, 20));
        QCOMPARE(std::get<2>(api.holds.at(0)), u"Promesse de paiement"_s);
        QTest::keyClick(tomorrowView, Qt::Key_Down);
        QCOMPARE(tomorrowView->currentIndex().row(), 1);
        QVERIFY(release->isEnabled());
        release->click();
        QTRY_COMPARE(api.released, QList<qint64>({77}));
    }

    void readOnlyForManagersAndHiddenWithoutBilling()
    {
        FakeDunningApi api;
        api.cfg.canEdit = false;
        BillingSection section(nullptr);
        section.attach(nullptr, nullptr);
        section.attachDunning(&api);
        section.setCapabilities(clerk(true));
        DunningWidget *w = section.dunning();
        QTRY_COMPARE(w->stageModel()->rowCount(), 4);
        QVERIFY(!(w->stageModel()->flags(w->stageModel()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!w->findChild<QPushButton *>(u"dunningSaveStages"_s)->isEnabled());
        QVERIFY(w->findChild<QLineEdit *>(u"dunningThreshold"_s)->isReadOnly());
        w->saveStages();
        QVERIFY(api.saved.isEmpty());
        section.setCapabilities(clerk(false));
        QVERIFY(!section.tabs()->isTabVisible(section.tabs()->indexOf(w)));
        section.setCapabilities(clerk(true));
        QVERIFY(section.tabs()->isTabVisible(section.tabs()->indexOf(w)));
        section.attachDunning(nullptr);
        QVERIFY(!section.tabs()->isTabVisible(section.tabs()->indexOf(w)));
    }
};

QTEST_MAIN(TestDunningTab)
#include "TestDunningTab.moc"

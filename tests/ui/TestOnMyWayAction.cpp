// OnMyWayAction on an in-memory OnMyWayApi: the ETA shown for a job en route, one click sends with the job's version
// and reports the new one, a slipped ETA is flagged (and announced to the board) with the corrected SMS offered,
// the button stays off when the job is not en route or the SMS cannot go (the reason as its tooltip), a refused send
// shows the server's message, answers for a job no longer shown are dropped, a live position of the job's technician
// recomputes the ETA.
#include <QFuture>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "core/dispatch/OnMyWayApi.h"
#include "ui/common/MessageBanner.h"
#include "ui/dispatch/OnMyWayAction.h"

using namespace ops;
using namespace ops::dispatch;
using namespace Qt::Literals::StringLiterals;

namespace {

// Answers from its fields; records the calls. Futures are ready at once, delivered through the event loop.
class FakeOnMyWayApi : public OnMyWayApi
{
public:
    using OnMyWayApi::OnMyWayApi;

    OnMyWayPreview next;
    std::optional<Error> previewError;
    std::optional<Error> sendError;
    int previews = 0;
    QList<std::pair<qint64, int>> sends;

    QFuture<Result<OnMyWayPreview>> preview(qint64 jobId) override
    {
        ++previews;
        if (previewError)
            return QtFuture::makeReadyFuture(Result<OnMyWayPreview>(*previewError));
        OnMyWayPreview p = next;
        p.context.jobId = jobId;
        return QtFuture::makeReadyFuture(Result<OnMyWayPreview>(p));
    }

    QFuture<Result<OnMyWaySent>> send(qint64 jobId, int expectedVersion) override
    {
        sends.append({jobId, expectedVersion});
        if (sendError)
            return QtFuture::makeReadyFuture(Result<OnMyWaySent>(*sendError));
        OnMyWaySent s;
        s.jobId = jobId;
        s.version = expectedVersion + 1;
        s.to = u"+15145550177"_s;
        s.text = next.sms;
        s.estimate = next.estimate;
        next.context.version = s.version;
        next.corrected = true;
        next.estimate.announced = next.estimate.at;
        return QtFuture::makeReadyFuture(Result<OnMyWaySent>(s));
    }
};

QDateTime utc(int h, int m)
{
    return QDateTime(QDate(2026, 7, 15), QTime(h, m), Qt::UTC); // EDT: local = UTC - 4
}

Job enRouteJob()
{
    Job j;
    j.id = 42;
    j.code = u"DJ-00042"_s;
    j.status = JobStatus::EnRoute;
    j.version = 7;
    j.leadTechnicianId = 3;
    return j;
}

OnMyWayPreview readyPreview()
{
    OnMyWayPreview p;
    p.context.jobCode = u"DJ-00042"_s;
    p.context.status = JobStatus::EnRoute;
    p.context.version = 7;
    p.context.technicianName = u"Marc-André Roy"_s;
    p.context.now = utc(14, 20);
    p.estimate.at = utc(14, 35);
    p.estimate.minutes = 15;
    p.estimate.positionAt = utc(14, 18);
    p.estimate.windowEnd = utc(17, 0);
    p.sms = u"TARGO : Bonjour, votre technicien Marc-André est en route. Arrivée prévue vers 10 h 35."_s;
    return p;
}

} // namespace

class TestOnMyWayAction : public QObject
{
    Q_OBJECT

private slots:
    void showsTheEtaAndSendsInOneClick()
    {
        FakeOnMyWayApi api;
        api.next = readyPreview();
        OnMyWayAction action(&api);
        QSignalSpy sent(&action, &OnMyWayAction::sent);
        action.setJob(enRouteJob());
        QTRY_VERIFY(action.sendButton()->isEnabled());
        QVERIFY2(action.etaLabel()->text().contains(u"10:35"_s), qPrintable(action.etaLabel()->text()));
        QVERIFY(action.etaLabel()->text().contains(u"Marc-André Roy"_s));
        QCOMPARE(action.sendButton()->text(), u"On my way"_s);
        QVERIFY(action.sendButton()->toolTip().contains(api.next.sms));
        QVERIFY(!action.isSlipped());

        QTest::mouseClick(action.sendButton(), Qt::LeftButton);
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(api.sends.size(), 1);
        QCOMPARE(api.sends.first(), (std::pair<qint64, int>{42, 7}));
        QCOMPARE(sent.first().at(0).toLongLong(), 42);
        QCOMPARE(sent.first().at(1).toInt(), 8);
        QCOMPARE(action.jobVersion(), 8);
        QVERIFY(!action.banner()->isHidden());
        QCOMPARE(action.banner()->level(), MessageBanner::Level::Success);
        QVERIFY(action.banner()->text().contains(u"+15145550177"_s));
        // Refreshed after sending: the next SMS would be the correction, with the new version.
        QTRY_COMPARE(action.sendButton()->text(), u"Send corrected SMS"_s);
        QVERIFY(action.etaLabel()->text().contains(u"Announced"_s));
        QTest::mouseClick(action.sendButton(), Qt::LeftButton);
        QTRY_COMPARE(api.sends.size(), 2);
        QCOMPARE(api.sends.last().second, 8);
    }

    void flagsASlippedEta()
    {
        FakeOnMyWayApi api;
        api.next = readyPreview();
        api.next.corrected = true;
        api.next.estimate.announced = utc(14, 10);
        api.next.estimate.slip = EtaSlip::PastAnnounced;
        OnMyWayAction action(&api);
        QSignalSpy slip(&action, &OnMyWayAction::slipChanged);
        action.setJob(enRouteJob());
        QTRY_COMPARE(slip.size(), 1);
        QCOMPARE(slip.first().at(0).toLongLong(), 42);
        QVERIFY(slip.first().at(1).toBool());
        QVERIFY(!slip.first().at(2).toString().isEmpty());
        QVERIFY(action.isSlipped());
        QVERIFY(!action.slipLabel()->isHidden());
        QVERIFY2(action.slipLabel()->text().contains(u"10:35"_s), qPrintable(action.slipLabel()->text()));
        QCOMPARE(action.sendButton()->text(), u"Send corrected SMS"_s);
        QVERIFY(action.sendButton()->isEnabled());

        // Back on time: the flag goes, the board is told.
        api.next.estimate.slip = EtaSlip::None;
        action.refresh();
        QTRY_COMPARE(slip.size(), 2);
        QVERIFY(!slip.last().at(1).toBool());
        QVERIFY(action.slipLabel()->isHidden());
    }

    void buttonOffWhenTheSmsCannotGo()
    {
        FakeOnMyWayApi api;
        api.next = readyPreview();
        api.next.blocker = u"Élise Tremblay has no mobile number on file"_s;
        OnMyWayAction action(&api);
        action.setJob(enRouteJob());
        QTRY_VERIFY(action.etaLabel()->text().contains(u"10:35"_s)); // the ETA is still shown
        QVERIFY(!action.sendButton()->isEnabled());
        QCOMPARE(action.sendButton()->toolTip(), api.next.blocker);

        // Not en route (nor dispatched): no ETA asked, button off, the reason shown.
        Job scheduled = enRouteJob();
        scheduled.id = 43;
        scheduled.code = u"DJ-00043"_s;
        scheduled.status = JobStatus::Scheduled;
        const int before = api.previews;
        action.setJob(scheduled);
        QCOMPARE(api.previews, before);
        QVERIFY(!action.sendButton()->isEnabled());
        QVERIFY(action.etaLabel()->text().contains(u"DJ-00043"_s));

        // The ETA cannot be computed: the reason instead of an ETA.
        api.previewError = Error::make(Error::Kind::Validation, u"No position is known for Marc-André Roy"_s);
        action.setJob(enRouteJob());
        QTRY_COMPARE(action.etaLabel()->text(), u"No position is known for Marc-André Roy"_s);
        QVERIFY(!action.sendButton()->isEnabled());
    }

    void refusedSendShowsTheMessage()
    {
        FakeOnMyWayApi api;
        api.next = readyPreview();
        api.sendError = Error::make(Error::Kind::Conflict, u"DJ-00042 changed since it was shown"_s);
        OnMyWayAction action(&api);
        QSignalSpy sent(&action, &OnMyWayAction::sent);
        action.setJob(enRouteJob());
        QTRY_VERIFY(action.sendButton()->isEnabled());
        const int before = api.previews;
        QTest::mouseClick(action.sendButton(), Qt::LeftButton);
        QTRY_VERIFY(!action.banner()->isHidden());
        QCOMPARE(action.banner()->level(), MessageBanner::Level::Error);
        QCOMPARE(action.banner()->text(), u"DJ-00042 changed since it was shown"_s);
        QCOMPARE(sent.size(), 0);
        QTRY_VERIFY(api.previews > before); // shows the job as it now is
        QTRY_VERIFY(action.sendButton()->isEnabled());
    }

    void dropsAnswersForAJobNoLongerShown()
    {
        FakeOnMyWayApi api;
        api.next = readyPreview();
        OnMyWayAction action(&api);
        action.setJob(enRouteJob());
        action.clear(); // before the answer arrives
        QTest::qWait(50);
        QVERIFY(!action.sendButton()->isEnabled());
        QVERIFY(!action.etaLabel()->text().contains(u"10:35"_s));
    }

    void livePositionOfTheTechnicianRefreshes()
    {
        FakeOnMyWayApi api;
        api.next = readyPreview();
        OnMyWayAction action(&api);
        action.setJob(enRouteJob());
        QTRY_VERIFY(action.sendButton()->isEnabled());
        const int before = api.previews;
        action.onPositionChanged(99); // someone else
        QCOMPARE(api.previews, before);
        api.next.estimate.at = utc(14, 50);
        action.onPositionChanged(3);
        QCOMPARE(api.previews, before + 1);
        QTRY_VERIFY(action.etaLabel()->text().contains(u"10:50"_s));
    }
};

QTEST_MAIN(TestOnMyWayAction)
#include "TestOnMyWayAction.moc"

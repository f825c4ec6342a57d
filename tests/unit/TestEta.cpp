// The ETA of the "on my way" SMS on fixed positions: travel time by the board's estimate (haversine x road factor at
// the average speed), rounding up to the minute, a position fixed "in the future", the slip rules (past the window,
// past the announced ETA by more than 15 minutes), the newer of two positions, and the SMS text in French and English
// (local time across daylight saving time, one GSM-7 segment).
#include <QTest>

#include "core/dispatch/Eta.h"
#include "core/integrations/SmsText.h"

using namespace ops;
using namespace ops::dispatch;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

Position at(double lat, double lon, const QDateTime &when)
{
    Position p;
    p.point = GeoPoint{lat, lon};
    p.at = when;
    return p;
}

} // namespace

class TestEta : public QObject
{
    Q_OBJECT

private slots:
    void travelFromAFixedPosition()
    {
        // 0.1 degree of latitude = 11.1195 km straight; x 1.30 road = 14.455 km at 60 km/h = 14.46 min -> 15 min.
        const QDateTime now = utc(2026, 7, 15, 14, 0, 30);
        const Position from = at(45.0, -73.0, now.addSecs(-120));
        const EtaEstimate e = estimateEta(from, GeoPoint{45.1, -73.0}, TravelSettings{}, now);
        QCOMPARE(e.minutes, 15);
        QVERIFY2(qAbs(e.distanceKm - 11.1195) < 0.001, qPrintable(QString::number(e.distanceKm, 'f', 4)));
        // 14:00:30 + 15 min = 14:15:30, rounded up to the whole minute.
        QCOMPARE(e.at, utc(2026, 7, 15, 14, 16));
        QCOMPARE(e.positionAt, now.addSecs(-120));
        QCOMPARE(e.slip, EtaSlip::None);

        // On a whole minute nothing is added.
        const EtaEstimate exact = estimateEta(from, GeoPoint{45.1, -73.0}, TravelSettings{}, utc(2026, 7, 15, 14, 0));
        QCOMPARE(exact.at, utc(2026, 7, 15, 14, 15));
    }

    void travelSettingsChangeTheEstimate()
    {
        const QDateTime now = utc(2026, 7, 15, 14, 0);
        const Position from = at(45.0, -73.0, now);
        TravelSettings slow;
        slow.roadFactorPct = 200; // 22.24 km
        slow.averageSpeedKmh = 30; // 44.5 min -> 45
        const EtaEstimate e = estimateEta(from, GeoPoint{45.1, -73.0}, slow, now);
        QCOMPARE(e.minutes, 45);
        QCOMPARE(e.at, utc(2026, 7, 15, 14, 45));

        // Already there: no travel, the ETA is now.
        const EtaEstimate there = estimateEta(from, GeoPoint{45.0, -73.0}, TravelSettings{}, now);
        QCOMPARE(there.minutes, 0);
        QCOMPARE(there.at, now);
    }

    void positionFixedAfterNowStartsTheTrip()
    {
        // A tracker clock ahead of the server: the trip cannot start before the fix.
        const QDateTime now = utc(2026, 7, 15, 14, 0);
        const Position from = at(45.0, -73.0, now.addSecs(5 * 60));
        const EtaEstimate e = estimateEta(from, GeoPoint{45.1, -73.0}, TravelSettings{}, now);
        QCOMPARE(e.at, utc(2026, 7, 15, 14, 20));
    }

    void slipPastTheWindow()
    {
        const QDateTime now = utc(2026, 7, 15, 14, 0);
        const Position from = at(45.0, -73.0, now);
        // ETA 14:15; the window ends at 14:10 -> slipped, whatever was announced.
        const EtaEstimate late =
            estimateEta(from, GeoPoint{45.1, -73.0}, TravelSettings{}, now, utc(2026, 7, 15, 14, 10));
        QCOMPARE(late.slip, EtaSlip::PastWindow);
        QVERIFY(late.slipped());
        QVERIFY(etaSlipText(late).contains(u"10:15"_s)); // 14:15 UTC is 10:15 in Quebec (EDT)
        QVERIFY(etaSlipText(late).contains(u"10:10"_s));
        // Ending exactly at the ETA is still on time.
        const EtaEstimate onTime =
            estimateEta(from, GeoPoint{45.1, -73.0}, TravelSettings{}, now, utc(2026, 7, 15, 14, 15));
        QCOMPARE(onTime.slip, EtaSlip::None);
        QVERIFY(etaSlipText(onTime).isEmpty());
    }

    void slipPastTheAnnouncedEta_data()
    {
        QTest::addColumn<int>("announcedMinutesBefore");
        QTest::addColumn<bool>("slipped");
        QTest::newRow("same") << 0 << false;
        QTest::newRow("earlier ETA") << -10 << false;
        QTest::newRow("15 min later") << 15 << false;
        QTest::newRow("16 min later") << 16 << true;
        QTest::newRow("40 min later") << 40 << true;
    }

    void slipPastTheAnnouncedEta()
    {
        QFETCH(int, announcedMinutesBefore);
        QFETCH(bool, slipped);
        const QDateTime eta = utc(2026, 7, 15, 15, 0);
        const QDateTime announced = eta.addSecs(-qint64(announcedMinutesBefore) * 60);
        QCOMPARE(etaSlip(eta, QDateTime(), announced) == EtaSlip::PastAnnounced, slipped);
        QCOMPARE(etaSlip(eta, QDateTime(), QDateTime()), EtaSlip::None);
        // The window wins when both are passed.
        QCOMPARE(etaSlip(eta, eta.addSecs(-60), announced), EtaSlip::PastWindow);
    }

    void newerOfTwoPositions()
    {
        const Position stored = at(45.0, -73.0, utc(2026, 7, 15, 14, 0));
        const Position live = at(45.05, -73.0, utc(2026, 7, 15, 14, 1));
        QCOMPARE(newerPosition(stored, live)->point.lat, 45.05);
        QCOMPARE(newerPosition(live, stored)->point.lat, 45.05);
        QCOMPARE(newerPosition(stored, std::nullopt)->point.lat, 45.0);
        QCOMPARE(newerPosition(std::nullopt, live)->point.lat, 45.05);
        QVERIFY(!newerPosition(std::nullopt, std::nullopt));
    }

    void smsInTheCustomersLanguage()
    {
        const QDateTime summer = utc(2026, 7, 15, 14, 35); // 10:35 EDT
        const QDateTime winter = utc(2026, 1, 15, 15, 5); // 10:05 EST
        QCOMPARE(onMyWaySms(u"fr"_s, u"Marc-André"_s, summer, false),
            u"TARGO : Bonjour, votre technicien Marc-André est en route. Arrivée prévue vers 10 h 35."_s);
        QCOMPARE(onMyWaySms(u"en"_s, u"Julie"_s, winter, false),
            u"TARGO: Hello, your technician Julie is on the way. Expected arrival around 10:05."_s);
        QCOMPARE(onMyWaySms(u"fr"_s, u"Marc-André"_s, winter, true),
            u"TARGO : Mise à jour, votre technicien Marc-André arrivera vers 10 h 05. Désolés du retard."_s);
        QCOMPARE(onMyWaySms(u"en"_s, u"Julie"_s, summer, true),
            u"TARGO: Update: your technician Julie will now arrive around 10:35. Sorry for the delay."_s);
        // Unknown language: French (Quebec's default); no name: no blank.
        QCOMPARE(onMyWaySms(QString(), QString(), summer, false),
            u"TARGO : Bonjour, votre technicien est en route. Arrivée prévue vers 10 h 35."_s);
        QCOMPARE(smsClock(utc(2026, 7, 15, 4, 5), u"fr"_s), u"0 h 05"_s);
        QCOMPARE(smsClock(utc(2026, 7, 15, 4, 5), u"en"_s), u"00:05"_s);
    }

    void smsFitsOneGsmSegment()
    {
        const QDateTime eta = utc(2026, 7, 15, 14, 35);
        for (const QString &language : {u"fr"_s, u"en"_s}) {
            for (bool corrected : {false, true}) {
                const QString text = onMyWaySms(language, u"Marc-André"_s, eta, corrected);
                const integrations::SmsSegments s = integrations::smsSegments(text);
                QCOMPARE(s.encoding, integrations::SmsSegments::Encoding::Gsm7);
                QCOMPARE(s.segments, 1);
            }
        }
    }

    void firstNameOnly()
    {
        QCOMPARE(firstName(u"Marc-André Roy"_s), u"Marc-André"_s);
        QCOMPARE(firstName(u"  Julie   Tremblay "_s), u"Julie"_s);
        QCOMPARE(firstName(u"Kim"_s), u"Kim"_s);
        QCOMPARE(firstName(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestEta)
#include "TestEta.moc"

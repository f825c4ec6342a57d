#include "core/dispatch/Eta.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace ops::dispatch {

namespace {

QDateTime ceilToMinute(const QDateTime &utc)
{
    const qint64 ms = utc.toMSecsSinceEpoch();
    const qint64 minute = 60 * 1000;
    const qint64 floored = ms - ((ms % minute) + minute) % minute;
    return QDateTime::fromMSecsSinceEpoch(floored == ms ? ms : floored + minute, Qt::UTC);
}

} // namespace

EtaEstimate estimateEta(const Position &from, const GeoPoint &to, const TravelSettings &travel, const QDateTime &now,
    const QDateTime &windowEnd, const QDateTime &announced)
{
    EtaEstimate e;
    e.positionAt = from.at;
    e.windowEnd = windowEnd;
    e.announced = announced;
    e.distanceKm = haversineKm(from.point, to);
    e.minutes = travelMinutes(from.point, to, travel);
    QDateTime start = now.toUTC();
    if (from.at.isValid() && from.at > start)
        start = from.at.toUTC();
    e.at = ceilToMinute(start.addSecs(qint64(e.minutes) * 60));
    e.slip = etaSlip(e.at, windowEnd, announced);
    return e;
}

EtaSlip etaSlip(const QDateTime &eta, const QDateTime &windowEnd, const QDateTime &announced)
{
    if (!eta.isValid())
        return EtaSlip::None;
    if (windowEnd.isValid() && eta > windowEnd)
        return EtaSlip::PastWindow;
    if (announced.isValid() && eta > announced.addSecs(qint64(kEtaSlipToleranceMin) * 60))
        return EtaSlip::PastAnnounced;
    return EtaSlip::None;
}

std::optional<Position> newerPosition(const std::optional<Position> &a, const std::optional<Position> &b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return b->at > a->at ? b : a;
}

QString smsClock(const QDateTime &utc, const QString &language)
{
    const QTime t = utc.toTimeZone(boardZone()).time();
    if (language == QLatin1String("en"))
        return t.toString(QStringLiteral("HH:mm"));
    return QStringLiteral("%1 h %2").arg(t.hour()).arg(t.minute(), 2, 10, QLatin1Char('0'));
}

QString firstName(const QString &fullName)
{
    const QString trimmed = fullName.simplified();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    return space < 0 ? trimmed : trimmed.left(space);
}

QString onMyWaySms(const QString &language, const QString &technicianFirstName, const QDateTime &etaUtc, bool corrected)
{
    const bool en = language == QLatin1String("en");
    const QString clock = smsClock(etaUtc, en ? QStringLiteral("en") : QStringLiteral("fr"));
    const QString name = technicianFirstName.simplified();
    // The customer's language, whatever the dispatcher's screen shows: both texts live here, not in the .ts files.
    if (en) {
        const QString who =
            name.isEmpty() ? QStringLiteral("your technician") : QStringLiteral("your technician %1").arg(name);
        return corrected
            ? QStringLiteral("TARGO: Update: %1 will now arrive around %2. Sorry for the delay.").arg(who, clock)
            : QStringLiteral("TARGO: Hello, %1 is on the way. Expected arrival around %2.").arg(who, clock);
    }
    const QString who =
        name.isEmpty() ? QStringLiteral("votre technicien") : QStringLiteral("votre technicien %1").arg(name);
    return corrected ? QStringLiteral("TARGO : Mise à jour, %1 arrivera vers %2. Désolés du retard.").arg(who, clock)
                     : QStringLiteral("TARGO : Bonjour, %1 est en route. Arrivée prévue vers %2.").arg(who, clock);
}

QString etaSlipText(const EtaEstimate &estimate)
{
    const auto clock = [](const QDateTime &utc) {
        return utc.toTimeZone(boardZone()).time().toString(QStringLiteral("HH:mm"));
    };
    switch (estimate.slip) {
    case EtaSlip::None:
        return {};
    case EtaSlip::PastWindow:
        return QCoreApplication::translate("ops::dispatch", "ETA %1 is after the end of the customer's window (%2).")
            .arg(clock(estimate.at), clock(estimate.windowEnd));
    case EtaSlip::PastAnnounced: {
        const int lateMin = int(estimate.announced.secsTo(estimate.at) / 60); // (lupdate hangs on it inline)
        return QCoreApplication::translate(
            "ops::dispatch", "ETA %1 is %n minute(s) later than the ETA the customer was given (%2).", nullptr, lateMin)
            .arg(clock(estimate.at), clock(estimate.announced));
    }
    }
    return {};
}

} // namespace ops::dispatch

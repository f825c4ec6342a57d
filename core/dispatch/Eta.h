#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

#include "core/dispatch/DispatchTypes.h"

namespace ops::dispatch {

// An ETA that moved past the announced one by more than this is "slipped" (the board offers a corrected SMS).
constexpr int kEtaSlipToleranceMin = 15;

enum class EtaSlip : quint8
{
    None,
    PastWindow, // the ETA is after the end of the customer's time window
    PastAnnounced, // the ETA is more than kEtaSlipToleranceMin after the ETA the last SMS announced
};

// The estimated arrival of a technician at a job, from one position, by the board's travel estimate (haversine x road
// factor at the average speed, dispatch_settings) until a routing service is configured.
struct EtaEstimate
{
    QDateTime at; // UTC, on a whole minute (rounded up)
    int minutes = 0; // travel time from the position
    double distanceKm = 0; // straight line from the position to the job
    QDateTime positionAt; // UTC, when the position was fixed
    QDateTime windowEnd; // UTC; invalid: the job has no window
    QDateTime announced; // UTC; invalid: no "on my way" SMS sent yet
    EtaSlip slip = EtaSlip::None;

    bool slipped() const { return slip != EtaSlip::None; }
};

// Travel starts at the later of now and the position's fix time (a fix from the future, a skewed clock, never makes
// the ETA earlier than the fix). Pure: the same inputs always give the same estimate.
EtaEstimate estimateEta(const Position &from, const GeoPoint &to, const TravelSettings &travel, const QDateTime &now,
    const QDateTime &windowEnd = {}, const QDateTime &announced = {});

// Past the window's end (at all), else past the announced ETA by more than kEtaSlipToleranceMin.
EtaSlip etaSlip(const QDateTime &eta, const QDateTime &windowEnd, const QDateTime &announced);

// The more recent of two positions (a live one from Traccar and the last stored one); nullopt when both are.
std::optional<Position> newerPosition(const std::optional<Position> &a, const std::optional<Position> &b);

// Local wall-clock time of a UTC instant in the board's zone, as the SMS writes it: "10 h 35" (fr), "10:35" (en).
QString smsClock(const QDateTime &utc, const QString &language);

// The first word of a technician's name ("Marc-André Roy" -> "Marc-André"); the customer sees only that.
QString firstName(const QString &fullName);

// The "on my way" SMS in the customer's language (fr unless "en"), with the technician's first name and the ETA.
// corrected: a new ETA after a slip ("Update: ... will now arrive around ..."). Kept to one GSM-7 segment for usual
// names (no character outside GSM 03.38 in the fixed text).
QString onMyWaySms(
    const QString &language, const QString &technicianFirstName, const QDateTime &etaUtc, bool corrected);

// Why an ETA slipped, translated for the dispatcher ("ETA 11:20 is after the window's end (11:00)."); empty for None.
QString etaSlipText(const EtaEstimate &estimate);

} // namespace ops::dispatch

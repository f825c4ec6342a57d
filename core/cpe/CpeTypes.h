#pragma once

#include <QDateTime>
#include <QString>

namespace ops::cpe {

// What one sync wrote (docs/network.md).
struct CpeSyncReport
{
    bool incremental = false; // only devices that informed since the stored cursor
    qint64 fetched = 0; // devices GenieACS returned
    qint64 inserted = 0; // devices seen for the first time
    qint64 updated = 0; // devices whose state changed
    qint64 unchanged = 0;
    qint64 unmatched = 0; // devices that match none of our equipment (by GenieACS id, then serial)
    qint64 rejected = 0; // devices whose document could not be stored (id too long); counted, not stored
    int pages = 0;
    QString cursor; // the stored cursor afterwards (ISO 8601 last inform)
};

// How the outage scan judges a port. A location counts when it has a CPE in the status store; it is "normally
// online" when its newest CPE informed within normalHours, and "silent" when it did so but not within silentMinutes.
// Locations silent for longer than normalHours are that port's normal (a closed cottage) and are left out of both
// counts. A port is flagged when at least minLocations are normally online and silent/normal ≥ thresholdPercent.
struct OutageOptions
{
    int silentMinutes = 15;
    int normalHours = 24;
    int thresholdPercent = 50;
    int minLocations = 3;
};

struct PortHealth
{
    QString olt; // service_locations.olt_name
    QString port; // service_locations.olt_port, e.g. "1/1/3"
    int locations = 0; // locations with a CPE on the port
    int normallyOnline = 0;
    int silent = 0;
    int customers = 0; // distinct customers of the silent locations
    QDateTime since; // the newest last inform among the silent locations (≈ when the port went dark); UTC
    bool flagged = false;
    qint64 outageId = 0; // the open outage of the port, 0: none
    QString parentTicketCode;

    int silentPercent() const { return normallyOnline > 0 ? silent * 100 / normallyOnline : 0; }
    QString key() const { return olt + QLatin1Char(':') + port; } // "OLT-SJR-01:1/1/3", as the CLI takes it
};

struct OpenedOutage
{
    qint64 outageId = 0;
    bool created = false; // false: the port's outage was already open (children added for newly silent customers)
    QString parentTicketCode;
    QDateTime since; // when the port went dark (UTC), as the scan saw it
    int childrenCreated = 0;
    int childrenTotal = 0;
    QString campaignCode; // the draft SMS campaign; empty when no affected customer has a mobile
    int campaignRecipients = 0;
    int campaignSkipped = 0;
    QString campaignProblem; // why no draft was made although customers are affected (a role without campaigns)
};

struct ClosedOutage
{
    qint64 outageId = 0;
    QString parentTicketCode;
    int ticketsClosed = 0;
    QString campaignCode; // the recovery SMS draft, if any customer has a mobile
    int campaignRecipients = 0;
};

} // namespace ops::cpe

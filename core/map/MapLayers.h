#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What the Map section draws (issue 15), read in one pass on the DB executor: every service location with a GPS
// position and its status, today's jobs, open tickets, CPE that stopped informing, OLT ports in outage and the
// technicians. Plain values: no Qt GUI type, so the repository, the service, the tests and the benchmark share them.
namespace ops::map {

enum class Layer : quint8
{
    Locations,
    Technicians,
    Jobs,
    Tickets,
    OfflineDevices,
    Outages,
};
constexpr int kLayerCount = 6;

// A location's colour on the map: its own status combined with its customer's.
enum class LocationState : quint8
{
    Active, // an active location of an active customer
    Suspended, // the customer is suspended (dunning, request)
    Planned, // the location is planned or the customer a prospect
    Inactive, // the location is inactive or the customer terminated
};
constexpr int kLocationStateCount = 4;

struct MapLocation
{
    qint64 id = 0;
    qint64 customerId = 0;
    double latitude = 0;
    double longitude = 0;
    LocationState state = LocationState::Active;
    QString code; // LOC-00001
};

enum class JobState : quint8
{
    Scheduled,
    EnRoute,
    InProgress,
    Completed,
    Unscheduled, // unscheduled jobs whose window is today
};
constexpr int kJobStateCount = 5;

struct MapJob
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString code; // DJ-00001
    JobState state = JobState::Scheduled;
    double latitude = 0;
    double longitude = 0;
    QDateTime scheduledStart; // UTC; invalid when unscheduled
    qint64 technicianId = 0; // the lead technician, 0: none
};

struct MapTicket
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString code; // TCK-00001
    bool important = false;
    double latitude = 0; // the ticket's location, else the customer's first located one
    double longitude = 0;
};

struct MapDevice
{
    qint64 equipmentId = 0;
    qint64 customerId = 0;
    QString serial;
    double latitude = 0;
    double longitude = 0;
    QDateTime lastInform; // UTC
};

struct MapOutagePort
{
    QString olt;
    QString port;
    int locations = 0; // on the port, with a CPE in the status store
    int silent = 0;
    int silentPercent = 0;
    QDateTime since; // UTC
    qint64 outageId = 0; // open outage, 0: none yet
    double latitude = 0; // the middle of the port's located service locations
    double longitude = 0;

    QString key() const { return olt + QLatin1Char(':') + port; }
};

struct MapTechnician
{
    qint64 id = 0;
    QString code;
    QString name;
    QString colour; // #rrggbb
    qint64 traccarDeviceId = 0; // 0: none
};

// Everything the Map section shows but the live positions (those come from dispatch::LivePositions). A layer the
// signed-in role may not read is empty and named in `refused` (the others still load).
struct MapData
{
    QList<MapLocation> locations;
    QList<MapJob> jobs;
    QList<MapTicket> tickets;
    QList<MapDevice> offlineDevices;
    QList<MapOutagePort> outages;
    QList<MapTechnician> technicians;
    QList<Layer> refused;
    QDateTime readAt; // UTC
    int offlineMinutes = 0; // a device is offline when silent this long
};

// What "offline" and "in outage" mean for a load (the outage scan's thresholds, shared with the outage list).
struct MapLoadOptions
{
    int offlineMinutes = 15; // a CPE silent this long is offline (the outage scan's silent minutes)
    int outageThresholdPercent = 50; // OutageOptions: a port is in outage above this share of silent ONTs
    int outageMinLocations = 3;
};

// The small card shown when an item is clicked.
struct MapCard
{
    QString title; // "LOC-00042 · 12 rue des Érables, Saint-Jérôme"
    QStringList lines; // customer, status, times, counts: already translated
    qint64 customerId = 0; // 0: no customer file to open
    qint64 jobId = 0;
    qint64 ticketId = 0;
    QString portKey; // an OLT port in outage ("OLT:PORT"): its outage list entry
};

} // namespace ops::map

Q_DECLARE_METATYPE(ops::map::MapData)
Q_DECLARE_METATYPE(ops::map::MapCard)

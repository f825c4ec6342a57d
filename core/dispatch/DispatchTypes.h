#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

class QTimeZone;

namespace ops::dispatch {

// unscheduled -> scheduled -> dispatched -> en_route -> on_site -> completed, or cancelled (migration 0016).
enum class JobStatus : quint8
{
    Unscheduled,
    Scheduled,
    Dispatched,
    EnRoute,
    OnSite,
    Completed,
    Cancelled
};
QString statusKey(JobStatus status); // "unscheduled", "en_route"…
std::optional<JobStatus> statusFromKey(QStringView key);
QString statusLabel(JobStatus status); // translated, for the board and the history
QList<JobStatus> allStatuses();
// Whether a job may go from one status to the other by hand (the board's status menu, `dispatch status`). Moving
// on the timeline is separate: assign/unassign set scheduled/unscheduled themselves.
bool statusChangeAllowed(JobStatus from, JobStatus to);
// Statuses whose jobs take room on a technician's row (they count for overlap and travel).
bool occupiesRow(JobStatus status);

QString jobTypeLabel(const QString &type); // translated: installation, repair, maintenance, removal, survey

struct TagLevel
{
    qint64 tagId = 0;
    int level = 0; // 1..5
};

struct Tag
{
    qint64 id = 0;
    QString name;
    QString category; // skill | service | region
};

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

struct Position
{
    GeoPoint point;
    QDateTime at; // UTC
    double speedKmh = 0;
};

struct Technician
{
    qint64 id = 0;
    QString code; // DT-00001
    QString name;
    QString phone;
    QString colour; // #rrggbb
    qint64 traccarDeviceId = 0; // 0: none
    std::optional<GeoPoint> home;
    int shiftStartMin = 8 * 60; // minutes after local midnight
    int shiftEndMin = 16 * 60 + 30;
    int workDays = 31; // bit 0 = Monday … bit 6 = Sunday
    bool active = true;
    QList<TagLevel> tags; // skills, services and regions, with levels
    std::optional<Position> lastPosition;

    int level(qint64 tagId) const; // 0 when the technician does not have the tag
    bool worksOn(const QDate &localDay) const;
};

struct Absence
{
    qint64 id = 0;
    qint64 technicianId = 0;
    QString kind; // vacation | sick | training | other
    QDateTime start; // UTC
    QDateTime end;
    QString note;
};
QString absenceKindLabel(const QString &kind); // translated

struct Job
{
    qint64 id = 0;
    QString code; // DJ-00001
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString customerLanguage; // fr | en
    QString customerPhone; // mobile first when known
    qint64 locationId = 0;
    QString address; // one line
    QString city;
    std::optional<GeoPoint> point;
    qint64 ticketId = 0;
    QString ticketCode;
    QString type; // installation | repair | maintenance | removal | survey
    JobStatus status = JobStatus::Unscheduled;
    QString statusReason;
    int priority = 3; // 1 (urgent) .. 5
    QDateTime windowStart; // UTC; invalid: no window
    QDateTime windowEnd;
    QDateTime start; // UTC; invalid: unscheduled
    int durationMin = 60;
    bool pinned = false;
    qint64 regionTagId = 0; // 0: unknown region
    QList<TagLevel> required;
    qint64 leadTechnicianId = 0; // 0: none
    QList<qint64> crew; // the other technicians on the job (not the lead)
    QString notes;
    int version = 1;
    QDateTime createdAt;
    QDateTime etaAnnounced; // the ETA of the last "on my way" SMS; invalid: none sent

    bool scheduled() const { return start.isValid(); }
    QDateTime end() const { return start.addSecs(qint64(durationMin) * 60); }
    bool hasTechnician(qint64 technicianId) const
    {
        return leadTechnicianId == technicianId || crew.contains(technicianId);
    }
};

struct TravelSettings
{
    int roadFactorPct = 130; // road distance = straight line x this / 100
    int averageSpeedKmh = 60;
};

// Everything the board shows for a range of local days [from, to]: the active technicians, the jobs scheduled in the
// range (any status), the unscheduled queue, the absences overlapping the range. Times are UTC; local days and shift
// hours are in zone (America/Toronto for Quebec).
struct Board
{
    QDate from;
    QDate to;
    QList<Tag> tags;
    QList<Technician> technicians; // active ones, by name
    QList<Job> jobs; // scheduled in the range, then the queue (unscheduled)
    QList<Absence> absences;
    TravelSettings travel;
    QDateTime loadedAt; // UTC, from the server clock

    const Technician *technician(qint64 id) const;
    const Job *job(qint64 id) const;
    Job *job(qint64 id);
    const Tag *tag(qint64 id) const;
    // Rebuilds the id lookups after technicians/jobs/tags changed (loaders and tests call it once filled).
    void reindex();

private:
    QHash<qint64, qsizetype> m_techIndex;
    QHash<qint64, qsizetype> m_jobIndex;
    QHash<qint64, qsizetype> m_tagIndex;
};

// The local time zone of the board (Quebec).
const QTimeZone &boardZone();
// UTC instant of a local day + minutes after local midnight.
QDateTime localDayTime(const QDate &day, int minutes);
// Local day and minutes after midnight of a UTC instant.
QDate localDay(const QDateTime &utc);
int localMinutes(const QDateTime &utc);

// Great-circle distance in km, and the travel estimate the rules use until a routing service is configured.
double haversineKm(const GeoPoint &a, const GeoPoint &b);
int travelMinutes(const GeoPoint &a, const GeoPoint &b, const TravelSettings &settings);

} // namespace ops::dispatch

Q_DECLARE_METATYPE(ops::dispatch::Board)

#include "core/dispatch/DispatchTypes.h"

#include <cmath>

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QTimeZone>

namespace ops::dispatch {

namespace {
constexpr const char *kStatusKeys[] = {
    "unscheduled", "scheduled", "dispatched", "en_route", "on_site", "completed", "cancelled"};
} // namespace

QString statusKey(JobStatus status)
{
    return QString::fromLatin1(kStatusKeys[static_cast<int>(status)]);
}

std::optional<JobStatus> statusFromKey(QStringView key)
{
    for (int i = 0; i < int(std::size(kStatusKeys)); ++i) {
        if (key == QLatin1String(kStatusKeys[i]))
            return static_cast<JobStatus>(i);
    }
    return std::nullopt;
}

QList<JobStatus> allStatuses()
{
    return {JobStatus::Unscheduled, JobStatus::Scheduled, JobStatus::Dispatched, JobStatus::EnRoute, JobStatus::OnSite,
        JobStatus::Completed, JobStatus::Cancelled};
}

QString statusLabel(JobStatus status)
{
    switch (status) {
    case JobStatus::Unscheduled:
        return QCoreApplication::translate("ops::dispatch", "Unscheduled", "job status");
    case JobStatus::Scheduled:
        return QCoreApplication::translate("ops::dispatch", "Scheduled", "job status");
    case JobStatus::Dispatched:
        return QCoreApplication::translate("ops::dispatch", "Dispatched", "job status");
    case JobStatus::EnRoute:
        return QCoreApplication::translate("ops::dispatch", "En route", "job status");
    case JobStatus::OnSite:
        return QCoreApplication::translate("ops::dispatch", "On site", "job status");
    case JobStatus::Completed:
        return QCoreApplication::translate("ops::dispatch", "Completed", "job status");
    case JobStatus::Cancelled:
        return QCoreApplication::translate("ops::dispatch", "Cancelled", "job status");
    }
    return {};
}

bool statusChangeAllowed(JobStatus from, JobStatus to)
{
    if (from == to)
        return false;
    switch (to) {
    case JobStatus::Unscheduled:
    case JobStatus::Scheduled:
        return false; // by placing on / removing from the timeline
    case JobStatus::Dispatched:
        return from == JobStatus::Scheduled || from == JobStatus::EnRoute;
    case JobStatus::EnRoute:
        return from == JobStatus::Scheduled || from == JobStatus::Dispatched || from == JobStatus::OnSite;
    case JobStatus::OnSite:
        return from == JobStatus::Scheduled || from == JobStatus::Dispatched || from == JobStatus::EnRoute;
    case JobStatus::Completed:
        return from == JobStatus::OnSite || from == JobStatus::EnRoute || from == JobStatus::Dispatched;
    case JobStatus::Cancelled:
        return from != JobStatus::Completed;
    }
    return false;
}

bool occupiesRow(JobStatus status)
{
    return status != JobStatus::Unscheduled && status != JobStatus::Cancelled;
}

QString jobTypeLabel(const QString &type)
{
    if (type == QLatin1String("installation"))
        return QCoreApplication::translate("ops::dispatch", "Installation", "job type");
    if (type == QLatin1String("repair"))
        return QCoreApplication::translate("ops::dispatch", "Repair", "job type");
    if (type == QLatin1String("maintenance"))
        return QCoreApplication::translate("ops::dispatch", "Maintenance", "job type");
    if (type == QLatin1String("removal"))
        return QCoreApplication::translate("ops::dispatch", "Removal", "job type");
    if (type == QLatin1String("survey"))
        return QCoreApplication::translate("ops::dispatch", "Survey", "job type");
    return type;
}

QString absenceKindLabel(const QString &kind)
{
    if (kind == QLatin1String("vacation"))
        return QCoreApplication::translate("ops::dispatch", "Vacation", "absence");
    if (kind == QLatin1String("sick"))
        return QCoreApplication::translate("ops::dispatch", "Sick", "absence");
    if (kind == QLatin1String("training"))
        return QCoreApplication::translate("ops::dispatch", "Training", "absence");
    return QCoreApplication::translate("ops::dispatch", "Absent", "absence");
}

int Technician::level(qint64 tagId) const
{
    for (const TagLevel &t : tags) {
        if (t.tagId == tagId)
            return t.level;
    }
    return 0;
}

bool Technician::worksOn(const QDate &localDay) const
{
    return localDay.isValid() && (workDays & (1 << (localDay.dayOfWeek() - 1))) != 0;
}

const Technician *Board::technician(qint64 id) const
{
    const auto it = m_techIndex.constFind(id);
    return it == m_techIndex.cend() ? nullptr : &technicians.at(*it);
}

const Job *Board::job(qint64 id) const
{
    const auto it = m_jobIndex.constFind(id);
    return it == m_jobIndex.cend() ? nullptr : &jobs.at(*it);
}

Job *Board::job(qint64 id)
{
    const auto it = m_jobIndex.constFind(id);
    return it == m_jobIndex.cend() ? nullptr : &jobs[*it];
}

const Tag *Board::tag(qint64 id) const
{
    const auto it = m_tagIndex.constFind(id);
    return it == m_tagIndex.cend() ? nullptr : &tags.at(*it);
}

void Board::reindex()
{
    m_techIndex.clear();
    m_jobIndex.clear();
    m_tagIndex.clear();
    m_techIndex.reserve(technicians.size());
    m_jobIndex.reserve(jobs.size());
    m_tagIndex.reserve(tags.size());
    for (qsizetype i = 0; i < technicians.size(); ++i)
        m_techIndex.insert(technicians.at(i).id, i);
    for (qsizetype i = 0; i < jobs.size(); ++i)
        m_jobIndex.insert(jobs.at(i).id, i);
    for (qsizetype i = 0; i < tags.size(); ++i)
        m_tagIndex.insert(tags.at(i).id, i);
}

const QTimeZone &boardZone()
{
    static const QTimeZone zone(QByteArrayLiteral("America/Toronto"));
    return zone;
}

QDateTime localDayTime(const QDate &day, int minutes)
{
    return QDateTime(day, QTime(0, 0), boardZone()).addSecs(qint64(minutes) * 60).toUTC();
}

QDate localDay(const QDateTime &utc)
{
    return utc.toTimeZone(boardZone()).date();
}

int localMinutes(const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(boardZone());
    return int(QDateTime(local.date(), QTime(0, 0), boardZone()).secsTo(local) / 60);
}

double haversineKm(const GeoPoint &a, const GeoPoint &b)
{
    // The great-circle distance of Qt Positioning (QGeoCoordinate: haversine on the mean Earth radius, 6371.0072 km).
    return QGeoCoordinate(a.lat, a.lon).distanceTo(QGeoCoordinate(b.lat, b.lon)) / 1000.0;
}

int travelMinutes(const GeoPoint &a, const GeoPoint &b, const TravelSettings &settings)
{
    const double km = haversineKm(a, b) * settings.roadFactorPct / 100.0;
    const int speed = qMax(1, settings.averageSpeedKmh);
    return int(std::ceil(km * 60.0 / speed));
}

} // namespace ops::dispatch

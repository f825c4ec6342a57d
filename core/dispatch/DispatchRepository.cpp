#include "core/dispatch/DispatchRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"

using namespace Qt::StringLiterals;

namespace ops::dispatch {

namespace {

// The columns of a job row, in the order readJob() reads them. $-parameters are the caller's.
constexpr const char *kJobSelect =
    "SELECT j.id, j.code, coalesce(j.customer_id, 0), coalesce(c.code, ''), coalesce(c.display_name, ''),"
    "  coalesce(c.language, 'fr'), coalesce(nullif(c.phone, ''), c.phone_alt, ''), coalesce(j.location_id, 0),"
    "  coalesce(l.civic_number || ' ' || l.street || coalesce(', app. ' || l.unit, '') || ', ' || l.city, ''),"
    "  coalesce(l.city, ''), l.latitude, l.longitude, coalesce(j.ticket_id, 0), coalesce(t.code, ''), j.job_type,"
    "  j.status, coalesce(j.status_reason, ''), j.priority, j.window_start, j.window_end, j.scheduled_start,"
    "  j.duration_minutes, j.pinned, coalesce(j.region_tag_id, 0), coalesce(j.notes, ''), j.version, j.created_at,"
    "  j.eta_announced,"
    "  (SELECT coalesce(max(jt.technician_id) FILTER (WHERE jt.is_lead), 0) FROM job_technicians jt"
    "    WHERE jt.job_id = j.id),"
    "  (SELECT string_agg(jt.technician_id::text, ',' ORDER BY jt.technician_id) FROM job_technicians jt"
    "    WHERE jt.job_id = j.id AND NOT jt.is_lead),"
    "  (SELECT string_agg(rt.tag_id || ':' || rt.min_level, ',' ORDER BY rt.tag_id) FROM job_required_tags rt"
    "    WHERE rt.job_id = j.id)"
    " FROM dispatch_jobs j"
    " LEFT JOIN customers c ON c.id = j.customer_id"
    " LEFT JOIN service_locations l ON l.id = j.location_id"
    " LEFT JOIN tickets t ON t.id = j.ticket_id ";

QList<TagLevel> parseTagLevels(const QString &text)
{
    QList<TagLevel> out;
    if (text.isEmpty())
        return out;
    for (const QString &part : text.split(u',')) {
        const qsizetype colon = part.indexOf(u':');
        if (colon <= 0)
            continue;
        out.append(TagLevel{part.left(colon).toLongLong(), part.mid(colon + 1).toInt()});
    }
    return out;
}

Job readJob(const db::PgResult &r, int row)
{
    Job j;
    int c = 0;
    j.id = r.int64(row, c++);
    j.code = r.text(row, c++);
    j.customerId = r.int64(row, c++);
    j.customerCode = r.text(row, c++);
    j.customerName = r.text(row, c++);
    j.customerLanguage = r.text(row, c++);
    j.customerPhone = r.text(row, c++);
    j.locationId = r.int64(row, c++);
    j.address = r.text(row, c++);
    j.city = r.text(row, c++);
    if (!r.isNull(row, c) && !r.isNull(row, c + 1))
        j.point = GeoPoint{r.real(row, c), r.real(row, c + 1)};
    c += 2;
    j.ticketId = r.int64(row, c++);
    j.ticketCode = r.text(row, c++);
    j.type = r.text(row, c++);
    j.status = statusFromKey(r.text(row, c++)).value_or(JobStatus::Unscheduled);
    j.statusReason = r.text(row, c++);
    j.priority = r.int32(row, c++);
    j.windowStart = r.isNull(row, c) ? QDateTime() : r.timestamp(row, c);
    ++c;
    j.windowEnd = r.isNull(row, c) ? QDateTime() : r.timestamp(row, c);
    ++c;
    j.start = r.isNull(row, c) ? QDateTime() : r.timestamp(row, c);
    ++c;
    j.durationMin = r.int32(row, c++);
    j.pinned = r.boolean(row, c++);
    j.regionTagId = r.int64(row, c++);
    j.notes = r.text(row, c++);
    j.version = r.int32(row, c++);
    j.createdAt = r.timestamp(row, c++);
    j.etaAnnounced = r.isNull(row, c) ? QDateTime() : r.timestamp(row, c);
    ++c;
    j.leadTechnicianId = r.int64(row, c++);
    if (!r.isNull(row, c)) {
        for (const QString &id : r.text(row, c).split(u','))
            j.crew.append(id.toLongLong());
    }
    ++c;
    j.required = parseTagLevels(r.text(row, c++));
    return j;
}

Result<QList<Job>> selectJobs(db::PgConnection &c, const QString &where, const db::SqlParams &params)
{
    auto r = c.exec(QString::fromLatin1(kJobSelect) + where, params);
    if (!r.ok())
        return r.error();
    QList<Job> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i)
        out.append(readJob(r.value(), i));
    return out;
}

Result<std::optional<Job>> selectJob(db::PgConnection &c, qint64 jobId)
{
    auto r = selectJobs(c, u"WHERE j.id = $1"_s, db::SqlParams().add(jobId));
    if (!r.ok())
        return r.error();
    if (r.value().isEmpty())
        return std::optional<Job>();
    return std::optional<Job>(r.value().constFirst());
}

// Technicians (active, or the given ids), with their tags and last position.
Result<QList<Technician>> selectTechnicians(db::PgConnection &c, const QList<qint64> &only)
{
    QString where = u"WHERE d.active"_s;
    db::SqlParams params;
    if (!only.isEmpty()) {
        QStringList ids;
        for (qint64 id : only)
            ids << QString::number(id);
        where = u"WHERE d.id = ANY ($1::bigint[])"_s;
        params.add(u"{"_s + ids.join(u',') + u"}"_s);
    }
    auto r = c.exec(u"SELECT d.id, d.code, d.name, coalesce(d.phone, ''), d.colour, coalesce(d.traccar_device_id, 0),"
                    "  d.home_latitude, d.home_longitude,"
                    "  (extract(epoch FROM d.shift_start) / 60)::int, (extract(epoch FROM d.shift_end) / 60)::int,"
                    "  d.work_days, d.active,"
                    "  (SELECT string_agg(tt.tag_id || ':' || tt.level, ',' ORDER BY tt.tag_id) FROM technician_tags tt"
                    "    WHERE tt.technician_id = d.id),"
                    "  p.latitude, p.longitude, p.fix_time, p.speed_kmh"
                    " FROM dispatch_technicians d"
                    " LEFT JOIN LATERAL (SELECT g.latitude, g.longitude, g.fix_time, g.speed_kmh FROM gps_positions g"
                    "   WHERE g.technician_id = d.id AND g.valid ORDER BY g.fix_time DESC LIMIT 1) p ON true "_s
            + where + u" ORDER BY d.name, d.id"_s,
        params);
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    QList<Technician> out;
    out.reserve(res.rows());
    for (int i = 0; i < res.rows(); ++i) {
        Technician t;
        t.id = res.int64(i, 0);
        t.code = res.text(i, 1);
        t.name = res.text(i, 2);
        t.phone = res.text(i, 3);
        t.colour = res.text(i, 4);
        t.traccarDeviceId = res.int64(i, 5);
        if (!res.isNull(i, 6) && !res.isNull(i, 7))
            t.home = GeoPoint{res.real(i, 6), res.real(i, 7)};
        t.shiftStartMin = res.int32(i, 8);
        t.shiftEndMin = res.int32(i, 9);
        t.workDays = res.int32(i, 10);
        t.active = res.boolean(i, 11);
        t.tags = parseTagLevels(res.text(i, 12));
        if (!res.isNull(i, 13))
            t.lastPosition =
                Position{GeoPoint{res.real(i, 13), res.real(i, 14)}, res.timestamp(i, 15), res.real(i, 16)};
        out.append(std::move(t));
    }
    return out;
}

Result<QList<Absence>> selectAbsences(
    db::PgConnection &c, const QDateTime &from, const QDateTime &to, qint64 technicianId)
{
    auto r = c.exec("SELECT id, technician_id, kind, starts_at, ends_at, coalesce(note, '') FROM technician_absences"
                    " WHERE starts_at < $2 AND ends_at > $1 AND ($3 = 0 OR technician_id = $3)"
                    " ORDER BY technician_id, starts_at",
        db::SqlParams().add(from).add(to).add(technicianId));
    if (!r.ok())
        return r.error();
    QList<Absence> out;
    for (int i = 0; i < r.value().rows(); ++i) {
        const db::PgResult &a = r.value();
        out.append(
            Absence{a.int64(i, 0), a.int64(i, 1), a.text(i, 2), a.timestamp(i, 3), a.timestamp(i, 4), a.text(i, 5)});
    }
    return out;
}

// Tags, travel settings and the server clock: one round trip.
Status selectTagsAndSettings(db::PgConnection &c, Board &board)
{
    auto r = c.exec("SELECT t.id, t.name, t.category, s.road_factor_pct, s.average_speed_kmh, now()"
                    " FROM dispatch_tags t LEFT JOIN dispatch_settings s ON true ORDER BY t.category, t.name");
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    for (int i = 0; i < res.rows(); ++i) {
        board.tags.append(Tag{res.int64(i, 0), res.text(i, 1), res.text(i, 2)});
        if (i == 0) {
            if (!res.isNull(i, 3))
                board.travel = TravelSettings{res.int32(i, 3), res.int32(i, 4)};
            board.loadedAt = res.timestamp(i, 5);
        }
    }
    if (!board.loadedAt.isValid())
        board.loadedAt = QDateTime::currentDateTimeUtc();
    return success();
}

Error notFoundJob()
{
    return Error::make(
        Error::Kind::NotFound, QCoreApplication::translate("ops::dispatch", "This job no longer exists."));
}

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

QString hhmm(const QDateTime &utc)
{
    const int m = localMinutes(utc);
    return u"%1:%2"_s.arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

// "Alice Roy moved DJ-01234 to 13:30 a moment ago": who changed the job last (audit log) and where it is now.
QString staleMessage(db::PgConnection &c, const Job &current)
{
    QString who = QCoreApplication::translate("ops::dispatch", "Someone else");
    QString when = QCoreApplication::translate("ops::dispatch", "a moment ago");
    // Through ops_last_change (migration 0017): dispatchers may not read the audit log itself.
    auto r = c.exec("SELECT who, at FROM ops_last_change('dispatch_job', $1)", db::SqlParams().add(current.id));
    if (r.ok() && r.value().rows() > 0) {
        who = r.value().text(0, 0);
        const QDateTime at = r.value().timestamp(0, 1);
        if (at.isValid() && at.secsTo(QDateTime::currentDateTimeUtc()) > 120)
            when = QCoreApplication::translate("ops::dispatch", "at %1").arg(hhmm(at));
    }
    QString techName;
    if (current.leadTechnicianId) {
        auto t = c.exec(
            "SELECT name FROM dispatch_technicians WHERE id = $1", db::SqlParams().add(current.leadTechnicianId));
        if (t.ok() && t.value().rows() > 0)
            techName = t.value().text(0, 0);
    }
    if (current.status == JobStatus::Unscheduled)
        return QCoreApplication::translate("ops::dispatch", "%1 put %2 back in the queue %3.")
            .arg(who, current.code, when);
    if (current.scheduled() && !techName.isEmpty())
        return QCoreApplication::translate("ops::dispatch", "%1 moved %2 to %3 (%4) %5.")
            .arg(who, current.code, hhmm(current.start), techName, when);
    return QCoreApplication::translate("ops::dispatch", "%1 changed %2 %3 (now: %4).")
        .arg(who, current.code, when, statusLabel(current.status));
}

// Everything checkSlot needs for one technician on one local day, read inside the write's transaction.
Result<Board> scopedBoard(db::PgConnection &c, const Job &job, qint64 technicianId, const QDate &day)
{
    Board b;
    b.from = day;
    b.to = day;
    auto techs = selectTechnicians(c, {technicianId});
    if (!techs.ok())
        return techs.error();
    b.technicians = techs.value();
    const QDateTime from = localDayTime(day, 0);
    const QDateTime to = localDayTime(day.addDays(1), 0);
    auto jobs = selectJobs(c,
        u"WHERE j.id <> $1 AND j.scheduled_start >= $2 AND j.scheduled_start < $3"
        "  AND j.status NOT IN ('unscheduled', 'cancelled')"
        "  AND EXISTS (SELECT 1 FROM job_technicians jt WHERE jt.job_id = j.id AND jt.technician_id = $4)"_s,
        db::SqlParams().add(job.id).add(from.addDays(-1)).add(to).add(technicianId));
    if (!jobs.ok())
        return jobs.error();
    b.jobs = jobs.value();
    b.jobs.append(job);
    auto absences = selectAbsences(c, from, to, technicianId);
    if (!absences.ok())
        return absences.error();
    b.absences = absences.value();
    auto s = selectTagsAndSettings(c, b);
    if (!s.ok())
        return s.error();
    b.reindex();
    return b;
}

// One board write: lock, version check, optional rule check, the statements, the job as it now is.
struct Write
{
    qint64 jobId = 0;
    int expectedVersion = 0;
    qint64 lockTechnicianId = 0; // 0: no technician row to lock
    // Before the statements, on the job as it is (same version): an error refuses the write.
    std::function<std::optional<Error>(db::PgConnection &, const Job &)> validate;
    // Hard-rule check (assign): violations refuse the write.
    std::function<Result<Verdict>(db::PgConnection &, const Job &)> rules;
    std::function<Status(db::PgConnection &, const Job &)> apply;
};

DispatchWriteResult runWrite(db::PgConnection &c, const Write &w)
{
    std::optional<QList<Violation>> refused;
    std::optional<std::pair<QString, std::optional<Job>>> stale;
    auto r = db::withTransaction<Job>(c, [&](db::PgConnection &tx) -> Result<Job> {
        refused.reset();
        stale.reset();
        if (w.lockTechnicianId) {
            auto t = tx.exec("SELECT active FROM dispatch_technicians WHERE id = $1 FOR UPDATE",
                db::SqlParams().add(w.lockTechnicianId));
            if (!t.ok())
                return t.error();
            if (t.value().rows() == 0 || !t.value().boolean(0, 0))
                return Error::make(Error::Kind::NotFound,
                    QCoreApplication::translate("ops::dispatch", "This technician no longer exists or is inactive."));
        }
        auto v = tx.exec("SELECT version FROM dispatch_jobs WHERE id = $1 FOR UPDATE", db::SqlParams().add(w.jobId));
        if (!v.ok())
            return v.error();
        if (v.value().rows() == 0)
            return notFoundJob();
        auto current = selectJob(tx, w.jobId);
        if (!current.ok())
            return current.error();
        if (!current.value())
            return notFoundJob();
        const Job &job = *current.value();
        if (v.value().int32(0, 0) != w.expectedVersion) {
            const QString message = staleMessage(tx, job);
            stale = std::make_pair(message, current.value());
            return Error::make(Error::Kind::Conflict, message);
        }
        if (w.validate) {
            if (auto e = w.validate(tx, job))
                return *e;
        }
        if (w.rules) {
            auto verdict = w.rules(tx, job);
            if (!verdict.ok())
                return verdict.error();
            if (!verdict.value().allowed()) {
                refused = verdict.value().violations;
                return Error::make(Error::Kind::Validation, verdict.value().summary());
            }
        }
        if (auto s = w.apply(tx, job); !s.ok())
            return s.error();
        auto after = selectJob(tx, w.jobId);
        if (!after.ok())
            return after.error();
        if (!after.value())
            return notFoundJob();
        return *after.value();
    });
    if (r.ok())
        return DispatchWriteResult(std::move(r).value());
    if (stale)
        return DispatchWriteResult::stale(stale->first, stale->second);
    if (refused)
        return DispatchWriteResult::refused(*refused);
    return DispatchWriteResult(std::move(r).error());
}

Status execOk(db::PgConnection &c, const QString &sql, const db::SqlParams &params)
{
    auto r = c.exec(sql, params);
    if (!r.ok())
        return r.error();
    return success();
}

} // namespace

DispatchRepository::DispatchRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<Board> DispatchRepository::loadBoard(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 31)
        return invalid(QCoreApplication::translate("ops::dispatch", "The board shows one to 31 days."));
    Board b;
    b.from = from;
    b.to = to;
    auto techs = selectTechnicians(m_c, {});
    if (!techs.ok())
        return techs.error();
    b.technicians = std::move(techs).value();
    const QDateTime start = localDayTime(from, 0);
    const QDateTime end = localDayTime(to.addDays(1), 0);
    auto jobs = selectJobs(m_c,
        u"WHERE (j.scheduled_start >= $1 AND j.scheduled_start < $2) OR j.status = 'unscheduled'"
        " ORDER BY j.scheduled_start NULLS LAST, j.priority, j.created_at, j.id"_s,
        db::SqlParams().add(start).add(end));
    if (!jobs.ok())
        return jobs.error();
    b.jobs = std::move(jobs).value();
    auto absences = selectAbsences(m_c, start, end, 0);
    if (!absences.ok())
        return absences.error();
    b.absences = std::move(absences).value();
    if (auto s = selectTagsAndSettings(m_c, b); !s.ok())
        return s.error();
    b.reindex();
    return b;
}

Result<QList<Job>> DispatchRepository::jobs(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<Job>();
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    return selectJobs(m_c, u"WHERE j.id = ANY ($1::bigint[]) ORDER BY j.id"_s,
        db::SqlParams().add(u"{"_s + list.join(u',') + u"}"_s));
}

Result<qint64> DispatchRepository::jobIdByCode(const QString &code)
{
    auto r = m_c.exec("SELECT id FROM dispatch_jobs WHERE code = upper($1)", db::SqlParams().add(code.trimmed()));
    if (!r.ok())
        return r.error();
    return r.value().rows() ? r.value().int64(0, 0) : qint64(0);
}

Result<qint64> DispatchRepository::technicianIdByCode(const QString &code)
{
    auto r =
        m_c.exec("SELECT id FROM dispatch_technicians WHERE code = upper($1)", db::SqlParams().add(code.trimmed()));
    if (!r.ok())
        return r.error();
    return r.value().rows() ? r.value().int64(0, 0) : qint64(0);
}

Result<QDate> DispatchRepository::busiestDay(const QDate &from, const QDate &to)
{
    auto r = m_c.exec("SELECT (scheduled_start AT TIME ZONE 'America/Toronto')::date AS d FROM dispatch_jobs"
                      " WHERE scheduled_start >= $1 AND scheduled_start < $2 AND status <> 'cancelled'"
                      " GROUP BY d ORDER BY count(*) DESC, d LIMIT 1",
        db::SqlParams().add(localDayTime(from, 0)).add(localDayTime(to.addDays(1), 0)));
    if (!r.ok())
        return r.error();
    return r.value().rows() ? r.value().date(0, 0) : from;
}

Result<QHash<qint64, QString>> DispatchRepository::technicianCodes()
{
    auto r = m_c.exec("SELECT id, code FROM dispatch_technicians");
    if (!r.ok())
        return r.error();
    QHash<qint64, QString> out;
    for (int i = 0; i < r.value().rows(); ++i)
        out.insert(r.value().int64(i, 0), r.value().text(i, 1));
    return out;
}

Result<Verdict> DispatchRepository::check(const Slot &slot)
{
    auto job = selectJob(m_c, slot.jobId);
    if (!job.ok())
        return job.error();
    if (!job.value())
        return notFoundJob();
    const QDateTime start = slot.crew ? job.value()->start : slot.start;
    if (!start.isValid())
        return invalid(QCoreApplication::translate("ops::dispatch", "Give a start time."));
    auto board = scopedBoard(m_c, *job.value(), slot.technicianId, localDay(start));
    if (!board.ok())
        return board.error();
    if (!board.value().technician(slot.technicianId))
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::dispatch", "This technician no longer exists or is inactive."));
    const BoardIndex index(board.value());
    return checkSlot(board.value(), index, slot);
}

DispatchWriteResult DispatchRepository::assign(const Slot &slot, int expectedVersion)
{
    if (!slot.crew && !slot.start.isValid())
        return DispatchWriteResult(invalid(QCoreApplication::translate("ops::dispatch", "Give a start time.")));
    if (!slot.crew && slot.durationMin != 0 && (slot.durationMin < 5 || slot.durationMin > 1440))
        return DispatchWriteResult(
            invalid(QCoreApplication::translate("ops::dispatch", "The duration goes from 5 minutes to 24 hours.")));
    Write w;
    w.jobId = slot.jobId;
    w.expectedVersion = expectedVersion;
    w.lockTechnicianId = slot.technicianId;
    w.validate = [&slot](db::PgConnection &, const Job &job) -> std::optional<Error> {
        if (job.status == JobStatus::Completed || job.status == JobStatus::Cancelled)
            return invalid(QCoreApplication::translate("ops::dispatch", "%1 is %2: it can no longer be moved.")
                               .arg(job.code, statusLabel(job.status).toLower()));
        if (slot.crew) {
            if (!job.scheduled())
                return invalid(QCoreApplication::translate(
                    "ops::dispatch", "Place %1 on the timeline before adding a crew member.")
                                   .arg(job.code));
            if (job.hasTechnician(slot.technicianId))
                return invalid(
                    QCoreApplication::translate("ops::dispatch", "This technician is already on %1.").arg(job.code));
            return std::nullopt;
        }
        const bool moves = job.start != slot.start || job.leadTechnicianId != slot.technicianId;
        if (job.pinned && moves)
            return invalid(
                QCoreApplication::translate("ops::dispatch", "%1 is pinned: unpin it before moving it.").arg(job.code));
        return std::nullopt;
    };
    w.rules = [&slot](db::PgConnection &c, const Job &job) -> Result<Verdict> {
        const QDateTime start = slot.crew ? job.start : slot.start;
        auto board = scopedBoard(c, job, slot.technicianId, localDay(start));
        if (!board.ok())
            return board.error();
        const BoardIndex index(board.value());
        return checkSlot(board.value(), index, slot);
    };
    w.apply = [&slot](db::PgConnection &c, const Job &job) -> Status {
        if (slot.crew) {
            if (auto s = execOk(c,
                    u"INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES ($1, $2, false)"
                    " ON CONFLICT (job_id, technician_id) DO NOTHING"_s,
                    db::SqlParams().add(job.id).add(slot.technicianId));
                !s.ok())
                return s;
            return execOk(
                c, u"UPDATE dispatch_jobs SET updated_at = now() WHERE id = $1"_s, db::SqlParams().add(job.id));
        }
        const int duration = slot.durationMin > 0 ? slot.durationMin : job.durationMin;
        if (auto s = execOk(c,
                u"UPDATE dispatch_jobs b SET scheduled_start = $2, duration_minutes = $3,"
                "  status = CASE WHEN b.status = 'unscheduled' THEN 'scheduled' ELSE b.status END,"
                "  status_reason = CASE WHEN b.status = 'unscheduled' THEN NULL ELSE b.status_reason END"
                " WHERE b.id = $1"_s,
                db::SqlParams().add(job.id).add(slot.start).add(duration));
            !s.ok())
            return s;
        if (job.leadTechnicianId == slot.technicianId)
            return success();
        if (auto s = execOk(c, u"DELETE FROM job_technicians WHERE job_id = $1 AND (is_lead OR technician_id = $2)"_s,
                db::SqlParams().add(job.id).add(slot.technicianId));
            !s.ok())
            return s;
        return execOk(c, u"INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES ($1, $2, true)"_s,
            db::SqlParams().add(job.id).add(slot.technicianId));
    };
    return runWrite(m_c, w);
}

DispatchWriteResult DispatchRepository::unassign(qint64 jobId, int expectedVersion)
{
    Write w;
    w.jobId = jobId;
    w.expectedVersion = expectedVersion;
    w.validate = [](db::PgConnection &, const Job &job) -> std::optional<Error> {
        if (job.status == JobStatus::Unscheduled)
            return invalid(QCoreApplication::translate("ops::dispatch", "%1 is already in the queue.").arg(job.code));
        if (job.status != JobStatus::Scheduled && job.status != JobStatus::Dispatched)
            return invalid(
                QCoreApplication::translate("ops::dispatch", "%1 is %2: it can no longer go back to the queue.")
                    .arg(job.code, statusLabel(job.status).toLower()));
        if (job.pinned)
            return invalid(
                QCoreApplication::translate("ops::dispatch", "%1 is pinned: unpin it before moving it.").arg(job.code));
        return std::nullopt;
    };
    w.apply = [](db::PgConnection &c, const Job &job) -> Status {
        if (auto s = execOk(c, u"DELETE FROM job_technicians WHERE job_id = $1"_s, db::SqlParams().add(job.id));
            !s.ok())
            return s;
        return execOk(c,
            u"UPDATE dispatch_jobs SET scheduled_start = NULL, status = 'unscheduled', status_reason = NULL,"
            "  eta_sent_at = NULL, eta_announced = NULL WHERE id = $1"_s,
            db::SqlParams().add(job.id));
    };
    return runWrite(m_c, w);
}

DispatchWriteResult DispatchRepository::removeCrewMember(qint64 jobId, qint64 technicianId, int expectedVersion)
{
    Write w;
    w.jobId = jobId;
    w.expectedVersion = expectedVersion;
    w.validate = [technicianId](db::PgConnection &, const Job &job) -> std::optional<Error> {
        if (!job.crew.contains(technicianId))
            return invalid(QCoreApplication::translate("ops::dispatch", "This technician is not a crew member of %1.")
                               .arg(job.code));
        return std::nullopt;
    };
    w.apply = [technicianId](db::PgConnection &c, const Job &job) -> Status {
        if (auto s =
                execOk(c, u"DELETE FROM job_technicians WHERE job_id = $1 AND technician_id = $2 AND NOT is_lead"_s,
                    db::SqlParams().add(job.id).add(technicianId));
            !s.ok())
            return s;
        return execOk(c, u"UPDATE dispatch_jobs SET updated_at = now() WHERE id = $1"_s, db::SqlParams().add(job.id));
    };
    return runWrite(m_c, w);
}

DispatchWriteResult DispatchRepository::setPinned(qint64 jobId, bool pinned, int expectedVersion)
{
    Write w;
    w.jobId = jobId;
    w.expectedVersion = expectedVersion;
    w.validate = [pinned](db::PgConnection &, const Job &job) -> std::optional<Error> {
        if (pinned && !job.scheduled())
            return invalid(QCoreApplication::translate("ops::dispatch", "Place %1 on the timeline before pinning it.")
                               .arg(job.code));
        return std::nullopt;
    };
    w.apply = [pinned](db::PgConnection &c, const Job &job) -> Status {
        return execOk(
            c, u"UPDATE dispatch_jobs SET pinned = $2 WHERE id = $1"_s, db::SqlParams().add(job.id).add(pinned));
    };
    return runWrite(m_c, w);
}

DispatchWriteResult DispatchRepository::setStatus(
    qint64 jobId, JobStatus status, const QString &reason, int expectedVersion)
{
    const QString why = reason.trimmed();
    if (why.size() > kMaxReasonChars)
        return DispatchWriteResult(
            invalid(QCoreApplication::translate("ops::dispatch", "The reason is too long (at most %1 characters).")
                        .arg(kMaxReasonChars)));
    if (status == JobStatus::Cancelled && why.isEmpty())
        return DispatchWriteResult(
            invalid(QCoreApplication::translate("ops::dispatch", "Give the reason for cancelling this job.")));
    Write w;
    w.jobId = jobId;
    w.expectedVersion = expectedVersion;
    w.validate = [status](db::PgConnection &, const Job &job) -> std::optional<Error> {
        if (!statusChangeAllowed(job.status, status))
            return invalid(QCoreApplication::translate("ops::dispatch", "%1 cannot go from “%2” to “%3”.")
                               .arg(job.code, statusLabel(job.status), statusLabel(status)));
        return std::nullopt;
    };
    w.apply = [status, why](db::PgConnection &c, const Job &job) -> Status {
        return execOk(c,
            u"UPDATE dispatch_jobs SET status = $2, status_reason = nullif($3, ''),"
            "  completed_at = CASE WHEN $2 = 'completed' THEN now() ELSE NULL END WHERE id = $1"_s,
            db::SqlParams().add(job.id).add(statusKey(status)).add(why));
    };
    return runWrite(m_c, w);
}

Status DispatchRepository::announcePresence(const QString &jobModeSession)
{
    auto r = m_c.exec("SELECT pg_notify('ops_dispatch_presence', split_part($1, ':', 1) || ':'"
                      " || coalesce(ops_current_staff_id(), 0)::text || ':' || split_part($1, ':', 2) || ':'"
                      " || split_part($1, ':', 3))",
        db::SqlParams().add(jobModeSession));
    if (!r.ok())
        return r.error();
    return success();
}

Result<QString> DispatchRepository::staffName(qint64 staffId)
{
    auto r = m_c.exec("SELECT display_name FROM staff WHERE id = $1", db::SqlParams().add(staffId));
    if (!r.ok())
        return r.error();
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

Result<QList<StatusChange>> DispatchRepository::history(qint64 jobId)
{
    auto r = m_c.exec("SELECT coalesce(h.from_status, ''), h.to_status, coalesce(h.reason, ''),"
                      "  coalesce(s.display_name, h.db_role), h.changed_at"
                      " FROM job_status_history h LEFT JOIN staff s ON s.id = h.staff_id"
                      " WHERE h.job_id = $1 ORDER BY h.changed_at, h.id",
        db::SqlParams().add(jobId));
    if (!r.ok())
        return r.error();
    QList<StatusChange> out;
    for (int i = 0; i < r.value().rows(); ++i) {
        const db::PgResult &h = r.value();
        out.append(StatusChange{h.text(i, 0), h.text(i, 1), h.text(i, 2), h.text(i, 3), h.timestamp(i, 4)});
    }
    return out;
}

} // namespace ops::dispatch

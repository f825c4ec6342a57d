#include "core/dispatch/OptimizerRepository.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/dispatch/DispatchRepository.h"
#include "core/dispatch/DispatchRules.h"

using namespace Qt::StringLiterals;

namespace ops::dispatch {

namespace {

QString idArray(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return u"{"_s + list.join(u',') + u"}"_s;
}

Status execOk(db::PgConnection &c, const QString &sql, const db::SqlParams &params)
{
    auto r = c.exec(sql, params);
    if (!r.ok())
        return r.error();
    return success();
}

Error refusal(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

} // namespace

OptimizerRepository::OptimizerRepository(db::PgConnection &c)
    : m_c(c)
{}

ApplyResult OptimizerRepository::apply(const DayProposal &proposal)
{
    if (proposal.changes.isEmpty())
        return ApplyResult(0);
    QList<qint64> jobIds;
    QSet<qint64> techSet;
    for (const JobChange &ch : proposal.changes) {
        if (ch.toLead && !ch.toStart.isValid())
            return ApplyResult(
                refusal(QCoreApplication::translate("ops::dispatch", "%1 has no time in the plan.").arg(ch.code)));
        jobIds << ch.jobId;
        for (qint64 t : QList<qint64>{ch.fromLead, ch.toLead} + ch.fromCrew + ch.toCrew) {
            if (t)
                techSet.insert(t);
        }
    }
    std::sort(jobIds.begin(), jobIds.end());
    if (std::adjacent_find(jobIds.cbegin(), jobIds.cend()) != jobIds.cend())
        return ApplyResult(
            refusal(QCoreApplication::translate("ops::dispatch", "The plan changes the same job twice.")));
    QList<qint64> techIds(techSet.cbegin(), techSet.cend());
    std::sort(techIds.begin(), techIds.end());

    QList<qint64> staleJobs;
    auto r = db::withTransaction<int>(m_c, [&](db::PgConnection &tx) -> Result<int> {
        staleJobs.clear();
        // 1. The technicians' rows, then the jobs: in id order, like every board write, so writers queue up.
        auto t = tx.exec("SELECT id, active FROM dispatch_technicians WHERE id = ANY ($1::bigint[])"
                         " ORDER BY id FOR UPDATE",
            db::SqlParams().add(idArray(techIds)));
        if (!t.ok())
            return t.error();
        QSet<qint64> active;
        for (int i = 0; i < t.value().rows(); ++i) {
            if (t.value().boolean(i, 1))
                active.insert(t.value().int64(i, 0));
        }
        auto v = tx.exec("SELECT id, version FROM dispatch_jobs WHERE id = ANY ($1::bigint[]) ORDER BY id FOR UPDATE",
            db::SqlParams().add(idArray(jobIds)));
        if (!v.ok())
            return v.error();
        QHash<qint64, int> versions;
        for (int i = 0; i < v.value().rows(); ++i)
            versions.insert(v.value().int64(i, 0), v.value().int32(i, 1));
        // 2. Every job as the plan saw it, else nothing.
        QStringList staleCodes;
        for (const JobChange &ch : proposal.changes) {
            if (versions.value(ch.jobId, -1) != ch.expectedVersion) {
                staleJobs << ch.jobId;
                staleCodes << ch.code;
            }
        }
        if (!staleJobs.isEmpty())
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate(
                    "ops::dispatch", "The board changed since the plan was made (%1): nothing was written; plan again.")
                    .arg(staleCodes.join(u", "_s)));
        auto current = DispatchRepository(tx).jobs(jobIds);
        if (!current.ok())
            return current.error();
        QHash<qint64, Job> byId;
        for (const Job &j : current.value())
            byId.insert(j.id, j);
        QStringList problems;
        for (const JobChange &ch : proposal.changes) {
            const Job &j = byId[ch.jobId];
            if (j.pinned)
                problems << QCoreApplication::translate("ops::dispatch", "%1 is pinned: unpin it before moving it.")
                                .arg(j.code);
            else if (j.status != JobStatus::Unscheduled && j.status != JobStatus::Scheduled
                && j.status != JobStatus::Dispatched)
                problems << QCoreApplication::translate("ops::dispatch", "%1 is %2: it can no longer be moved.")
                                .arg(j.code, statusLabel(j.status).toLower());
            for (qint64 tech : QList<qint64>{ch.toLead} + ch.toCrew) {
                if (tech && !active.contains(tech))
                    problems << QCoreApplication::translate(
                        "ops::dispatch", "This technician no longer exists or is inactive.");
            }
        }
        if (!problems.isEmpty()) {
            problems.removeDuplicates();
            return refusal(problems.join(u'\n'));
        }
        // 3. The placements, four statements whatever the size of the plan.
        QList<qint64> toQueue, placedIds, memberJobs, members;
        QStringList starts, leads;
        for (const JobChange &ch : proposal.changes) {
            if (!ch.toLead) {
                toQueue << ch.jobId;
                continue;
            }
            placedIds << ch.jobId;
            starts << ch.toStart.toUTC().toString(Qt::ISODateWithMs);
            for (qint64 member : QList<qint64>{ch.toLead} + ch.toCrew) {
                memberJobs << ch.jobId;
                members << member;
                leads << (member == ch.toLead ? u"t"_s : u"f"_s);
            }
        }
        if (auto s = execOk(tx, u"DELETE FROM job_technicians WHERE job_id = ANY ($1::bigint[])"_s,
                db::SqlParams().add(idArray(jobIds)));
            !s.ok())
            return s.error();
        if (!toQueue.isEmpty()) {
            if (auto s = execOk(tx,
                    u"UPDATE dispatch_jobs SET scheduled_start = NULL, status = 'unscheduled', status_reason = NULL,"
                    "  eta_sent_at = NULL, eta_announced = NULL WHERE id = ANY ($1::bigint[])"_s,
                    db::SqlParams().add(idArray(toQueue)));
                !s.ok())
                return s.error();
        }
        if (!placedIds.isEmpty()) {
            if (auto s = execOk(tx,
                    u"UPDATE dispatch_jobs b SET scheduled_start = v.start,"
                    "  status = CASE WHEN b.status = 'unscheduled' THEN 'scheduled' ELSE b.status END,"
                    "  status_reason = CASE WHEN b.status = 'unscheduled' THEN NULL ELSE b.status_reason END"
                    " FROM unnest($1::bigint[], $2::timestamptz[]) AS v (id, start) WHERE b.id = v.id"_s,
                    db::SqlParams().add(idArray(placedIds)).add(u"{"_s + starts.join(u',') + u"}"_s));
                !s.ok())
                return s.error();
            if (auto s = execOk(tx,
                    u"INSERT INTO job_technicians (job_id, technician_id, is_lead)"
                    " SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::boolean[])"_s,
                    db::SqlParams()
                        .add(idArray(memberJobs))
                        .add(idArray(members))
                        .add(u"{"_s + leads.join(u',') + u"}"_s));
                !s.ok())
                return s.error();
        }
        // 4. The hard rules, on the server, from the day(s) as they now are.
        QDate from, to;
        for (const JobChange &ch : proposal.changes) {
            if (!ch.toLead)
                continue;
            const QDate d = localDay(ch.toStart);
            from = !from.isValid() || d < from ? d : from;
            to = !to.isValid() || d > to ? d : to;
        }
        if (from.isValid()) {
            auto board = DispatchRepository(tx).loadBoard(from, to);
            if (!board.ok())
                return board.error();
            const BoardIndex index(board.value());
            QStringList broken;
            for (const JobChange &ch : proposal.changes) {
                if (!ch.toLead)
                    continue;
                QList<Slot> toCheck{Slot{ch.jobId, ch.toLead, ch.toStart, 0, false}};
                for (qint64 crew : ch.toCrew)
                    toCheck << Slot{ch.jobId, crew, ch.toStart, 0, true};
                for (const Slot &slot : toCheck) {
                    const Verdict verdict = checkSlot(board.value(), index, slot);
                    for (const Violation &x : verdict.violations) {
                        if (x.hard)
                            broken << x.message;
                    }
                }
            }
            if (!broken.isEmpty()) {
                broken.removeDuplicates();
                return refusal(broken.join(u'\n'));
            }
        }
        return int(proposal.changes.size());
    });
    if (r.ok())
        return ApplyResult(r.value());
    ApplyResult out(std::move(r).error());
    if (!staleJobs.isEmpty()) {
        out.stale = true;
        out.staleJobs = staleJobs;
    }
    return out;
}

} // namespace ops::dispatch

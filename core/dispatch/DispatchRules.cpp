#include "core/dispatch/DispatchRules.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>

namespace ops::dispatch {

namespace {

QString hhmm(const QDateTime &utc)
{
    const int m = localMinutes(utc);
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

Violation hard(Rule rule, QString message)
{
    return Violation{rule, true, std::move(message)};
}

} // namespace

QString ruleCode(Rule rule)
{
    switch (rule) {
    case Rule::Skill:
        return QStringLiteral("skill");
    case Rule::Region:
        return QStringLiteral("region");
    case Rule::Shift:
        return QStringLiteral("shift");
    case Rule::Absence:
        return QStringLiteral("absence");
    case Rule::Overlap:
        return QStringLiteral("overlap");
    case Rule::Window:
        return QStringLiteral("window");
    case Rule::Travel:
        return QStringLiteral("travel");
    case Rule::Version:
        return QStringLiteral("version");
    }
    return {};
}

bool Verdict::allowed() const
{
    return std::none_of(violations.cbegin(), violations.cend(), [](const Violation &v) { return v.hard; });
}

bool Verdict::hasWarnings() const
{
    return std::any_of(violations.cbegin(), violations.cend(), [](const Violation &v) { return !v.hard; });
}

QStringList Verdict::codes() const
{
    QStringList out;
    for (const Violation &v : violations)
        out << ruleCode(v.rule);
    return out;
}

QString Verdict::summary() const
{
    QStringList lines;
    for (const Violation &v : violations)
        lines << v.message;
    return lines.join(QLatin1Char('\n'));
}

BoardIndex::BoardIndex(const Board &board)
{
    rebuild(board);
}

void BoardIndex::rebuild(const Board &board)
{
    m_rows.clear();
    m_absences.clear();
    for (const Job &j : board.jobs) {
        if (!j.scheduled() || !occupiesRow(j.status))
            continue;
        const Placed p{j.id, j.start, j.end()};
        if (j.leadTechnicianId)
            m_rows[j.leadTechnicianId].append(p);
        for (qint64 t : j.crew)
            m_rows[t].append(p);
    }
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it)
        std::sort(it->begin(), it->end(), [](const Placed &a, const Placed &b) { return a.start < b.start; });
    for (const Absence &a : board.absences)
        m_absences[a.technicianId].append(&a);
}

const QList<BoardIndex::Placed> &BoardIndex::row(qint64 technicianId) const
{
    static const QList<Placed> empty;
    const auto it = m_rows.constFind(technicianId);
    return it == m_rows.cend() ? empty : *it;
}

const QList<const Absence *> &BoardIndex::absences(qint64 technicianId) const
{
    static const QList<const Absence *> empty;
    const auto it = m_absences.constFind(technicianId);
    return it == m_absences.cend() ? empty : *it;
}

Verdict checkSlot(const Board &board, const BoardIndex &index, const Slot &slot)
{
    Verdict v;
    const Job *job = board.job(slot.jobId);
    const Technician *tech = board.technician(slot.technicianId);
    if (!job || !tech) {
        v.violations << hard(Rule::Version,
            QCoreApplication::translate("ops::dispatch", "This job or technician is no longer on the board."));
        return v;
    }
    const QDateTime start = slot.crew ? job->start : slot.start;
    const int duration = slot.crew || slot.durationMin <= 0 ? job->durationMin : slot.durationMin;
    if (!start.isValid()) {
        v.violations << hard(Rule::Shift,
            QCoreApplication::translate("ops::dispatch", "%1 has no time yet: place it on the timeline first.")
                .arg(job->code));
        return v;
    }
    const QDateTime end = start.addSecs(qint64(duration) * 60);

    // Skills (and services): every required non-region tag at its minimum level.
    for (const TagLevel &need : job->required) {
        const Tag *tag = board.tag(need.tagId);
        if (tag && tag->category == QLatin1String("region"))
            continue; // the region rule below
        const int have = tech->level(need.tagId);
        if (have < need.level) {
            const QString name = tag ? tag->name : QString::number(need.tagId);
            v.violations << hard(Rule::Skill,
                have == 0 ? QCoreApplication::translate("ops::dispatch", "%1 requires %2 %3; %4 does not have %2.")
                                .arg(job->code, name)
                                .arg(need.level)
                                .arg(tech->name)
                          : QCoreApplication::translate("ops::dispatch", "%1 requires %2 %3; %4 is %2 %5.")
                                .arg(job->code, name)
                                .arg(need.level)
                                .arg(tech->name)
                                .arg(have));
        }
    }
    // Region: the job's region among the technician's region tags (required region tags too).
    const auto regionOk = [&](qint64 regionId) {
        return tech->level(regionId) > 0;
    };
    if (job->regionTagId && !regionOk(job->regionTagId)) {
        const Tag *tag = board.tag(job->regionTagId);
        v.violations << hard(Rule::Region,
            QCoreApplication::translate("ops::dispatch", "%1 is in %2, outside %3's regions.")
                .arg(job->code, tag ? tag->name : QString(), tech->name));
    } else {
        for (const TagLevel &need : job->required) {
            const Tag *tag = board.tag(need.tagId);
            if (tag && tag->category == QLatin1String("region") && tech->level(need.tagId) < need.level) {
                v.violations << hard(Rule::Region,
                    QCoreApplication::translate("ops::dispatch", "%1 is in %2, outside %3's regions.")
                        .arg(job->code, tag->name, tech->name));
                break;
            }
        }
    }
    // Shift: a work day, within the shift hours.
    const QDate day = localDay(start);
    const int startMin = localMinutes(start);
    const int endMin = startMin + duration;
    const auto shiftText = [&] {
        return QStringLiteral("%1:%2–%3:%4")
            .arg(tech->shiftStartMin / 60, 2, 10, QLatin1Char('0'))
            .arg(tech->shiftStartMin % 60, 2, 10, QLatin1Char('0'))
            .arg(tech->shiftEndMin / 60, 2, 10, QLatin1Char('0'))
            .arg(tech->shiftEndMin % 60, 2, 10, QLatin1Char('0'));
    };
    if (!tech->worksOn(day)) {
        v.violations << hard(Rule::Shift,
            QCoreApplication::translate("ops::dispatch", "%1 does not work on %2.")
                .arg(tech->name, QLocale().standaloneDayName(day.dayOfWeek(), QLocale::LongFormat)));
    } else if (startMin < tech->shiftStartMin || endMin > tech->shiftEndMin) {
        v.violations << hard(Rule::Shift,
            QCoreApplication::translate("ops::dispatch", "%1–%2 is outside %3's shift (%4).")
                .arg(hhmm(start), hhmm(end), tech->name, shiftText()));
    }
    // Absences.
    for (const Absence *a : index.absences(tech->id)) {
        if (a->start < end && start < a->end) {
            v.violations << hard(Rule::Absence,
                QCoreApplication::translate("ops::dispatch", "%1 is absent (%2) at that time.")
                    .arg(tech->name, absenceKindLabel(a->kind).toLower()));
            break;
        }
    }
    // Overlap with the row's other jobs, and the neighbours for travel.
    const QList<BoardIndex::Placed> &row = index.row(tech->id);
    const BoardIndex::Placed *prev = nullptr;
    const BoardIndex::Placed *next = nullptr;
    for (const BoardIndex::Placed &p : row) {
        if (p.jobId == job->id)
            continue;
        if (p.start < end && start < p.end) {
            const Job *other = board.job(p.jobId);
            v.violations << hard(Rule::Overlap,
                QCoreApplication::translate("ops::dispatch", "Overlaps %1 (%2–%3) on %4's row.")
                    .arg(other ? other->code : QString(), hhmm(p.start), hhmm(p.end), tech->name));
            continue;
        }
        if (p.end <= start && localDay(p.start) == day)
            prev = &p; // sorted by start: the last one before wins
        else if (p.start >= end && !next && localDay(p.start) == day)
            next = &p;
    }
    // The customer's window.
    const bool windowPassed = job->windowEnd.isValid() && board.loadedAt.isValid() && job->windowEnd < board.loadedAt;
    if (!slot.crew && windowPassed) {
        // An expired window (a job left in the queue) binds nothing any more: the dispatcher confirms a new time.
        v.violations << Violation{Rule::Window, false,
            QCoreApplication::translate("ops::dispatch",
                "The customer's window for %1 (%2) has passed: confirm the new time with the customer.")
                .arg(job->code, QLocale().toString(localDay(job->windowStart), QLocale::ShortFormat))};
    } else if (!slot.crew && job->windowStart.isValid() && job->windowEnd.isValid()
        && (start < job->windowStart || end > job->windowEnd)) {
        v.violations << hard(Rule::Window,
            QCoreApplication::translate("ops::dispatch", "The customer's window for %1 is %2–%3.")
                .arg(job->code, hhmm(job->windowStart), hhmm(job->windowEnd)));
    }
    // Travel from the previous job (or home), and to the next one: warnings.
    if (job->point) {
        std::optional<GeoPoint> from;
        QDateTime freeAt;
        if (prev) {
            const Job *pj = board.job(prev->jobId);
            if (pj && pj->point) {
                from = pj->point;
                freeAt = prev->end;
            }
        } else if (tech->home) {
            from = tech->home;
            freeAt = localDayTime(day, tech->shiftStartMin);
        }
        if (from) {
            const int minutes = travelMinutes(*from, *job->point, board.travel);
            v.travelBeforeMin = minutes;
            const QDateTime arrive = freeAt.addSecs(qint64(minutes) * 60);
            if (prev && arrive > start) {
                v.violations << Violation{Rule::Travel, false,
                    QCoreApplication::translate("ops::dispatch",
                        "About %1 min of travel from the previous job: %2 would arrive at %3, after %4.")
                        .arg(minutes)
                        .arg(tech->name, hhmm(arrive), hhmm(start))};
            }
        }
        if (next) {
            const Job *nj = board.job(next->jobId);
            if (nj && nj->point) {
                const int minutes = travelMinutes(*job->point, *nj->point, board.travel);
                const QDateTime arrive = end.addSecs(qint64(minutes) * 60);
                if (arrive > next->start) {
                    v.violations << Violation{Rule::Travel, false,
                        QCoreApplication::translate("ops::dispatch",
                            "The next job, %1 at %2, would start late: about %3 min of travel, arrival at %4.")
                            .arg(nj->code, hhmm(next->start))
                            .arg(minutes)
                            .arg(hhmm(arrive))};
                }
            }
        }
    }
    return v;
}

} // namespace ops::dispatch

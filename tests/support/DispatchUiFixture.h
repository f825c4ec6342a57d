#pragma once

// A small in-memory dispatch board for the assistant and optimizer UI tests (the same shape as TestDispatchBoard's):
// Tuesday 2026-12-08, tags Fibre (skill 1), Laurentides (region 2), Montréal (region 3). Alice Roy (10) Fibre 3,
// Benoit Caron (11) Fibre 2, Chloé Dubé (12) Fibre 3 but sick all day, Denis Fortin (13) Fibre 3 in Montréal. Jobs:
// DJ-00100 (Fibre 3) on Alice 9:00, DJ-00101 (Fibre 1) on Alice 13:00, DJ-00102 (Fibre 3, window 10:00–16:00) in the
// queue, DJ-00103 pinned on Benoit 10:00. Header-only.
#include <memory>

#include "core/dispatch/DispatchTypes.h"
#include "tests/support/FakeDispatchApi.h"

namespace ops::test::dispatchui {

inline const QDate kDay(2026, 12, 8);

inline QDateTime at(int hour, int minute = 0)
{
    return dispatch::localDayTime(kDay, hour * 60 + minute);
}

inline dispatch::Technician tech(qint64 id, const QString &name, const QString &colour, QList<dispatch::TagLevel> tags)
{
    dispatch::Technician t;
    t.id = id;
    t.code = QStringLiteral("DT-%1").arg(id, 5, 10, QLatin1Char('0'));
    t.name = name;
    t.colour = colour;
    t.tags = std::move(tags);
    t.shiftStartMin = 8 * 60;
    t.shiftEndMin = 16 * 60 + 30;
    t.workDays = 31;
    t.home = dispatch::GeoPoint{45.78, -74.00};
    return t;
}

inline dispatch::Job job(qint64 id, const QString &type, QList<dispatch::TagLevel> required, qint64 lead,
    const QDateTime &start, int minutes)
{
    dispatch::Job j;
    j.id = id;
    j.code = QStringLiteral("DJ-%1").arg(id, 5, 10, QLatin1Char('0'));
    j.customerName = QStringLiteral("Client %1").arg(id);
    j.city = QStringLiteral("Saint-Jérôme");
    j.address = QStringLiteral("%1 rue Labelle, Saint-Jérôme").arg(id);
    j.point = dispatch::GeoPoint{45.78 + id * 0.0005, -74.00};
    j.type = type;
    j.status = start.isValid() ? dispatch::JobStatus::Scheduled : dispatch::JobStatus::Unscheduled;
    j.start = start;
    j.durationMin = minutes;
    j.leadTechnicianId = lead;
    j.regionTagId = 2;
    j.required = std::move(required);
    j.createdAt = at(8).addDays(-3);
    return j;
}

inline std::unique_ptr<FakeDispatchApi> makeDispatchApi()
{
    auto api = std::make_unique<FakeDispatchApi>();
    dispatch::Board &b = api->board;
    b.tags = {{1, QStringLiteral("Fibre"), QStringLiteral("skill")},
        {2, QStringLiteral("Laurentides"), QStringLiteral("region")},
        {3, QStringLiteral("Montréal"), QStringLiteral("region")}};
    b.technicians = {tech(10, QStringLiteral("Alice Roy"), QStringLiteral("#1f77b4"), {{1, 3}, {2, 1}}),
        tech(11, QStringLiteral("Benoit Caron"), QStringLiteral("#ff7f0e"), {{1, 2}, {2, 1}}),
        tech(12, QStringLiteral("Chloé Dubé"), QStringLiteral("#2ca02c"), {{1, 3}, {2, 1}}),
        tech(13, QStringLiteral("Denis Fortin"), QStringLiteral("#9467bd"), {{1, 3}, {3, 1}})};
    b.jobs = {job(100, QStringLiteral("installation"), {{1, 3}}, 10, at(9), 60),
        job(101, QStringLiteral("repair"), {{1, 1}}, 10, at(13), 60),
        job(102, QStringLiteral("installation"), {{1, 3}}, 0, QDateTime(), 60),
        job(103, QStringLiteral("maintenance"), {{1, 1}}, 11, at(10), 60)};
    b.jobs[2].windowStart = at(10);
    b.jobs[2].windowEnd = at(16);
    b.jobs[3].pinned = true;
    b.absences = {dispatch::Absence{7, 12, QStringLiteral("sick"), at(0), at(23, 59), QString()}};
    b.reindex();
    return api;
}

} // namespace ops::test::dispatchui

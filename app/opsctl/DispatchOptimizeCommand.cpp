#include "app/opsctl/DispatchOptimizeCommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/dispatch/DispatchRepository.h"
#include "core/dispatch/OptimizerRepository.h"
#include "core/dispatch/OptimizerService.h"
#include "core/dispatch/TravelSource.h"
#include "core/integrations/ProviderSettings.h"

using namespace Qt::StringLiterals;

namespace ops {

namespace {

using namespace dispatch;

constexpr int kRefused = 3; // as the other dispatch commands: the write was refused (version or a rule)

QString iso(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(boardZone()).toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(iso(utc)) : QJsonValue(QJsonValue::Null);
}

QString hhmm(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(boardZone()).toString(u"HH:mm"_s) : QString();
}

double round1(double v)
{
    return qRound64(v * 10) / 10.0;
}

struct Names
{
    QHash<qint64, QString> tech; // id -> DT code
    QHash<qint64, QString> job; // id -> DJ code

    QJsonArray techs(const QList<qint64> &ids) const
    {
        QJsonArray a;
        for (qint64 id : ids)
            a.append(tech.value(id));
        return a;
    }
    QJsonArray jobs(const QList<qint64> &ids) const
    {
        QJsonArray a;
        for (qint64 id : ids)
            a.append(job.value(id));
        return a;
    }
};

QJsonObject placementJson(const Names &n, qint64 lead, const QList<qint64> &crew, const QDateTime &start)
{
    return QJsonObject{{u"technician"_s, lead ? QJsonValue(n.tech.value(lead)) : QJsonValue(QJsonValue::Null)},
        {u"crew"_s, n.techs(crew)}, {u"start"_s, isoOrNull(start)}};
}

QJsonObject proposalJson(const DayProposal &p, const Names &n, double seconds)
{
    QJsonArray changes;
    for (const JobChange &c : p.changes)
        changes.append(QJsonObject{{u"job"_s, c.code}, {u"version"_s, c.expectedVersion},
            {u"from"_s, placementJson(n, c.fromLead, c.fromCrew, c.fromStart)},
            {u"to"_s, placementJson(n, c.toLead, c.toCrew, c.toStart)}});
    QJsonArray techs;
    for (const TechnicianDiff &d : p.technicians)
        techs.append(QJsonObject{{u"technician"_s, n.tech.value(d.technicianId)}, {u"name"_s, d.name},
            {u"jobs_before"_s, d.jobsBefore}, {u"jobs_after"_s, d.jobsAfter}, {u"km_before"_s, round1(d.kmBefore)},
            {u"km_after"_s, round1(d.kmAfter)}, {u"minutes_before"_s, d.minutesBefore},
            {u"minutes_after"_s, d.minutesAfter}, {u"added"_s, n.jobs(d.added)}, {u"removed"_s, n.jobs(d.removed)},
            {u"moved"_s, n.jobs(d.moved)}});
    QJsonArray unassigned;
    for (const LeftOut &u : p.unassigned)
        unassigned.append(QJsonObject{{u"job"_s, u.code}, {u"reason_code"_s, u.reasonCode}, {u"reason"_s, u.reason}});
    return QJsonObject{{u"date"_s, p.day.toString(Qt::ISODate)}, {u"rest_of_today"_s, p.restOfToday},
        {u"planned_at"_s, isoOrNull(p.plannedAt)}, {u"seconds"_s, seconds}, {u"first_plan_ms"_s, round1(p.firstPlanMs)},
        {u"solve_ms"_s, round1(p.solveMs)}, {u"jobs_placed"_s, p.jobsPlaced}, {u"km_before"_s, round1(p.kmBefore)},
        {u"km_after"_s, round1(p.kmAfter)}, {u"minutes_before"_s, p.minutesBefore},
        {u"minutes_after"_s, p.minutesAfter}, {u"changes"_s, changes}, {u"technicians"_s, techs},
        {u"unassigned"_s, unassigned}, {u"travel_source"_s, p.travelSource},
        {u"travel_warning"_s, p.travelWarning.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.travelWarning)},
        {u"applied"_s, false}};
}

void printProposal(CommandContext &ctx, const DayProposal &p, const Names &n)
{
    ctx.out << QCoreApplication::translate("opsctl",
        "Plan for %1: %2 changes, %3 jobs placed, %4 left unassigned; driving %5 km, %6 min -> %7 km, %8 min "
        "(first plan %9 ms)")
                   .arg(p.day.toString(Qt::ISODate))
                   .arg(p.changes.size())
                   .arg(p.jobsPlaced)
                   .arg(p.unassigned.size())
                   .arg(round1(p.kmBefore))
                   .arg(p.minutesBefore)
                   .arg(round1(p.kmAfter))
                   .arg(p.minutesAfter)
                   .arg(qRound(p.firstPlanMs))
            << Qt::endl;
    ctx.out << QCoreApplication::translate("opsctl", "Travel times: %1").arg(p.travelSource) << Qt::endl;
    if (!p.travelWarning.isEmpty())
        ctx.out << u"  "_s << p.travelWarning << Qt::endl;
    for (const TechnicianDiff &d : p.technicians) {
        if (d.added.isEmpty() && d.removed.isEmpty() && d.moved.isEmpty())
            continue;
        ctx.out << u"  "_s << n.tech.value(d.technicianId) << u"  "_s << d.name << u"  "_s
                << QCoreApplication::translate("opsctl", "%1 jobs -> %2, %3 km -> %4 km, %5 min -> %6 min")
                       .arg(d.jobsBefore)
                       .arg(d.jobsAfter)
                       .arg(round1(d.kmBefore))
                       .arg(round1(d.kmAfter))
                       .arg(d.minutesBefore)
                       .arg(d.minutesAfter)
                << Qt::endl;
    }
    const QString queue = QCoreApplication::translate("opsctl", "queue");
    for (const JobChange &c : p.changes) {
        const QString from = c.fromLead ? n.tech.value(c.fromLead) + u' ' + hhmm(c.fromStart) : queue;
        const QString to = c.toLead ? n.tech.value(c.toLead) + u' ' + hhmm(c.toStart) : queue;
        ctx.out << u"    "_s << c.code << u"  "_s << from << u" -> "_s << to << Qt::endl;
    }
    for (const LeftOut &u : p.unassigned)
        ctx.out << QCoreApplication::translate("opsctl", "  unassigned %1 (%2): %3").arg(u.code, u.reasonCode, u.reason)
                << Qt::endl;
}

} // namespace

int runDispatchOptimize(QStringList args, CommandContext &ctx)
{
    const QString dateText = takeOption(args, u"--date"_s);
    const QString secondsText = takeOption(args, u"--seconds"_s);
    const QString travelText = takeOption(args, u"--travel"_s);
    const bool apply = takeFlag(args, u"--apply"_s);
    const QDate day = QDate::fromString(dateText, Qt::ISODate);
    bool secondsOk = true;
    const double seconds = secondsText.isEmpty() ? 2.0 : secondsText.toDouble(&secondsOk);
    if (!args.isEmpty() || !day.isValid() || !secondsOk || seconds <= 0 || seconds > 600)
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "usage: dispatch optimize --date YYYY-MM-DD [--seconds S] [--travel straight|osrm|FILE] [--apply] "
                "[--json] (S: 0 to 600)"));
    // Travel times: TARGO_TRAVEL_SOURCE / TARGO_TRAVEL_MATRIX_FILE and TARGO_OSRM_BASE_URL (as the other services),
    // or --travel: straight, osrm, or the path of a matrix file (its places in FILE.points).
    TravelSourceSettings travel;
    travel.applyEnvironment();
    if (!travelText.isEmpty() && !TravelSourceSettings::parseMode(travelText, travel.mode)) {
        travel.mode = TravelMode::MatrixFile;
        travel.matrixFile = travelText;
    }
    std::unique_ptr<TravelSource> travelSource;
    if (travel.mode != TravelMode::StraightLine) {
        integrations::IntegrationSettings services;
        services.applyEnvironment();
        TravelConfig config;
        config.mode = travel.mode;
        config.matrixFile = travel.matrixFile;
        if (const integrations::ProviderSettings &osrm = services.provider(u"osrm"_s); osrm.isConfigured())
            config.osrm = osrm.netConfig();
        travelSource = std::make_unique<TravelSource>(config);
    }
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto board = DispatchRepository(*c.value()).loadBoard(day, day);
    if (!board.ok())
        return fail(ctx, board.error());
    auto codes = DispatchRepository(*c.value()).technicianCodes();
    if (!codes.ok())
        return fail(ctx, codes.error());
    Names names;
    names.tech = codes.value();
    for (const Job &j : std::as_const(board.value().jobs))
        names.job.insert(j.id, j.code);
    auto planned = OptimizerService::plan(board.value(), day, false, seconds, nullptr, 1, travelSource.get());
    if (!planned.ok())
        return fail(ctx, planned.error());
    const DayProposal &p = planned.value();
    QJsonObject json = proposalJson(p, names, seconds);
    if (!ctx.json)
        printProposal(ctx, p, names);
    int rc = 0;
    if (apply) {
        const ApplyResult r = OptimizerRepository(*c.value()).apply(p);
        if (r.ok()) {
            json.insert(u"applied"_s, true);
            json.insert(u"written"_s, r.value());
            if (!ctx.json)
                ctx.out << QCoreApplication::translate("opsctl", "Applied: %1 jobs written.").arg(r.value())
                        << Qt::endl;
        } else if (r.stale || r.error().kind == Error::Kind::Validation) {
            QStringList stale;
            for (qint64 id : r.staleJobs)
                stale << names.job.value(id);
            json.insert(u"stale"_s, r.stale);
            json.insert(u"stale_jobs"_s, QJsonArray::fromStringList(stale));
            json.insert(u"message"_s, r.error().userMessage);
            ctx.err << QCoreApplication::translate("opsctl", "refused:") << Qt::endl
                    << u"  "_s << r.error().userMessage << Qt::endl;
            rc = kRefused;
        } else {
            if (ctx.json)
                ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
            return fail(ctx, r.error());
        }
    }
    if (ctx.json)
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return rc;
}

} // namespace ops

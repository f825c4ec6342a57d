#include "app/opsctl/DispatchCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include "app/opsctl/CommandLine.h"
#include "app/opsctl/DispatchEtaCommand.h"
#include "app/opsctl/DispatchOptimizeCommand.h"
#include "core/db/PgConnection.h"
#include "core/dispatch/DispatchRepository.h"

using namespace Qt::StringLiterals;

namespace ops {

namespace {

using dispatch::DispatchRepository;
using dispatch::DispatchWriteResult;
using dispatch::Job;
using dispatch::Violation;

constexpr int kRefused = 3; // a rule (or the version) refused the change

QString iso(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(dispatch::boardZone()).toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(iso(utc)) : QJsonValue(QJsonValue::Null);
}

// ISO 8601; without an offset the time is local to the board (Quebec).
std::optional<QDateTime> parseStart(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), dispatch::boardZone());
    return t.toUTC();
}

struct Resolved
{
    std::unique_ptr<db::PgConnection> c;
    qint64 jobId = 0;
    qint64 techId = 0;
};

// Connects and resolves the JOB (DJ-…) and optional --tech (DT-…) codes; an error message and exit code otherwise.
std::optional<int> resolve(CommandContext &ctx, const QString &jobCode, const QString &techCode, Resolved &out)
{
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    out.c = std::move(c).value();
    DispatchRepository repo(*out.c);
    auto job = repo.jobIdByCode(jobCode);
    if (!job.ok())
        return fail(ctx, job.error());
    if (job.value() == 0)
        return fail(ctx,
            Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("opsctl", "No dispatch job has the code %1.").arg(jobCode)));
    out.jobId = job.value();
    if (!techCode.isEmpty()) {
        auto tech = repo.technicianIdByCode(techCode);
        if (!tech.ok())
            return fail(ctx, tech.error());
        if (tech.value() == 0)
            return fail(ctx,
                Error::make(Error::Kind::NotFound,
                    QCoreApplication::translate("opsctl", "No technician has the code %1.").arg(techCode)));
        out.techId = tech.value();
    }
    return std::nullopt;
}

QJsonArray violationsJson(const QList<Violation> &violations)
{
    QJsonArray a;
    for (const Violation &v : violations)
        a.append(QJsonObject{{u"code"_s, dispatch::ruleCode(v.rule)}, {u"hard"_s, v.hard}, {u"message"_s, v.message}});
    return a;
}

QJsonObject jobJson(const Job &j, const QHash<qint64, QString> &techCodes)
{
    QJsonArray crew;
    for (qint64 t : j.crew)
        crew.append(techCodes.value(t));
    QJsonArray required;
    return QJsonObject{{u"job"_s, j.code}, {u"type"_s, j.type}, {u"status"_s, dispatch::statusKey(j.status)},
        {u"priority"_s, j.priority},
        {u"technician"_s, j.leadTechnicianId ? techCodes.value(j.leadTechnicianId) : QJsonValue()}, {u"crew"_s, crew},
        {u"start"_s, isoOrNull(j.start)}, {u"end"_s, isoOrNull(j.scheduled() ? j.end() : QDateTime())},
        {u"duration_minutes"_s, j.durationMin}, {u"pinned"_s, j.pinned}, {u"customer"_s, j.customerCode},
        {u"address"_s, j.address}, {u"window_start"_s, isoOrNull(j.windowStart)},
        {u"window_end"_s, isoOrNull(j.windowEnd)}, {u"version"_s, j.version}};
}

QHash<qint64, QString> technicianCodes(db::PgConnection &c)
{
    auto r = DispatchRepository(c).technicianCodes();
    return r.ok() ? r.value() : QHash<qint64, QString>();
}

// The outcome of a write: the job as it now is, or every reason it was refused (exit 3), or the error (exit 1).
int report(CommandContext &ctx, db::PgConnection &c, const DispatchWriteResult &r)
{
    if (r.ok()) {
        if (ctx.json) {
            QJsonObject o = jobJson(r.value(), technicianCodes(c));
            o.insert(u"ok"_s, true);
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            const Job &j = r.value();
            ctx.out << QCoreApplication::translate("opsctl", "%1: %2, version %3")
                           .arg(j.code, dispatch::statusLabel(j.status))
                           .arg(j.version);
            if (j.scheduled())
                ctx.out << u", "_s << iso(j.start) << u" – "_s << iso(j.end());
            ctx.out << Qt::endl;
        }
        return 0;
    }
    QList<Violation> violations = r.violations;
    if (r.isStale())
        violations = {Violation{dispatch::Rule::Version, true, r.error().userMessage}};
    if (violations.isEmpty())
        return fail(ctx, r.error());
    if (ctx.json) {
        QJsonObject o{{u"ok"_s, false}, {u"violations"_s, violationsJson(violations)}};
        if (r.current)
            o.insert(u"current"_s, jobJson(*r.current, technicianCodes(c)));
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    ctx.err << QCoreApplication::translate("opsctl", "refused:") << Qt::endl;
    for (const Violation &v : violations) {
        if (v.hard)
            ctx.err << u"  "_s << dispatch::ruleCode(v.rule) << u": "_s << v.message << Qt::endl;
    }
    return kRefused;
}

int board(QStringList args, CommandContext &ctx)
{
    const QString dateText = takeOption(args, u"--date"_s);
    const QDate date = dateText.isEmpty() ? dispatch::localDay(QDateTime::currentDateTimeUtc())
                                          : QDate::fromString(dateText, Qt::ISODate);
    if (!args.isEmpty() || !date.isValid())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: dispatch board --date YYYY-MM-DD [--json]"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto b = DispatchRepository(*c.value()).loadBoard(date, date);
    if (!b.ok())
        return fail(ctx, b.error());
    const dispatch::Board &board = b.value();
    QHash<qint64, QString> codes;
    for (const auto &t : board.technicians)
        codes.insert(t.id, t.code);
    QHash<qint64, QList<const Job *>> rows;
    QList<const Job *> queue;
    for (const Job &j : board.jobs) {
        if (!j.scheduled()) {
            queue.append(&j);
            continue;
        }
        if (j.leadTechnicianId)
            rows[j.leadTechnicianId].append(&j);
        for (qint64 t : j.crew)
            rows[t].append(&j);
    }
    if (ctx.json) {
        QJsonArray techs;
        for (const auto &t : board.technicians) {
            QJsonArray jobs;
            for (const Job *j : rows.value(t.id))
                jobs.append(jobJson(*j, codes));
            QJsonArray absences;
            for (const auto &a : board.absences) {
                if (a.technicianId == t.id)
                    absences.append(
                        QJsonObject{{u"kind"_s, a.kind}, {u"start"_s, iso(a.start)}, {u"end"_s, iso(a.end)}});
            }
            techs.append(QJsonObject{{u"technician"_s, t.code}, {u"name"_s, t.name}, {u"works"_s, t.worksOn(date)},
                {u"shift_start"_s,
                    u"%1:%2"_s.arg(t.shiftStartMin / 60, 2, 10, QLatin1Char('0'))
                        .arg(t.shiftStartMin % 60, 2, 10, QLatin1Char('0'))},
                {u"shift_end"_s,
                    u"%1:%2"_s.arg(t.shiftEndMin / 60, 2, 10, QLatin1Char('0'))
                        .arg(t.shiftEndMin % 60, 2, 10, QLatin1Char('0'))},
                {u"absences"_s, absences}, {u"jobs"_s, jobs}});
        }
        QJsonArray q;
        for (const Job *j : queue)
            q.append(jobJson(*j, codes));
        ctx.out << QJsonDocument(
            QJsonObject{{u"date"_s, date.toString(Qt::ISODate)}, {u"technicians"_s, techs}, {u"queue"_s, q}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        return 0;
    }
    for (const auto &t : board.technicians) {
        const auto &jobs = rows.value(t.id);
        ctx.out << t.code << u"  "_s << t.name;
        if (!t.worksOn(date))
            ctx.out << u"  ("_s << QCoreApplication::translate("opsctl", "day off") << u')';
        ctx.out << Qt::endl;
        for (const Job *j : jobs) {
            ctx.out << u"    "_s << iso(j->start).mid(11, 5) << u"–"_s << iso(j->end()).mid(11, 5) << u"  "_s << j->code
                    << u"  "_s << dispatch::jobTypeLabel(j->type) << u"  "_s << dispatch::statusLabel(j->status);
            if (j->pinned)
                ctx.out << u"  📌"_s;
            ctx.out << u"  "_s << j->address << Qt::endl;
        }
    }
    ctx.out << QCoreApplication::translate("opsctl", "Queue: %1 unscheduled jobs").arg(queue.size()) << Qt::endl;
    return 0;
}

int check(QStringList args, CommandContext &ctx)
{
    const QString techCode = takeOption(args, u"--tech"_s);
    const QString startText = takeOption(args, u"--start"_s);
    const QString durationText = takeOption(args, u"--duration"_s);
    const auto start = parseStart(startText);
    if (args.size() != 1 || techCode.isEmpty() || !start)
        return usageError(ctx,
            QCoreApplication::translate(
                "opsctl", "usage: dispatch check JOB --tech DT-CODE --start ISO8601 [--duration MIN]"));
    Resolved r;
    if (auto rc = resolve(ctx, args.first(), techCode, r))
        return *rc;
    const dispatch::Slot slot{r.jobId, r.techId, *start, durationText.toInt(), false};
    auto verdict = DispatchRepository(*r.c).check(slot);
    if (!verdict.ok())
        return fail(ctx, verdict.error());
    const auto &v = verdict.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{u"job"_s, args.first().toUpper()}, {u"technician"_s, techCode.toUpper()},
                {u"start"_s, iso(*start)}, {u"allowed"_s, v.allowed()}, {u"travel_minutes"_s, v.travelBeforeMin},
                {u"violations"_s, violationsJson(v.violations)}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << (v.allowed() ? QCoreApplication::translate("opsctl", "allowed")
                                : QCoreApplication::translate("opsctl", "refused"))
                << Qt::endl;
        for (const Violation &x : v.violations)
            ctx.out << u"  "_s << dispatch::ruleCode(x.rule) << (x.hard ? u": "_s : u" (warning): "_s) << x.message
                    << Qt::endl;
    }
    return v.allowed() ? 0 : kRefused;
}

// The version to base a write on: --expect-version N, else the job's current version.
std::optional<int> baseVersion(CommandContext &ctx, const QString &text, Resolved &r, int &rc)
{
    if (!text.isEmpty()) {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < 1) {
            rc = usageError(ctx, QCoreApplication::translate("opsctl", "--expect-version takes a positive number."));
            return std::nullopt;
        }
        return v;
    }
    auto jobs = DispatchRepository(*r.c).jobs({r.jobId});
    if (!jobs.ok() || jobs.value().isEmpty()) {
        rc = fail(ctx,
            jobs.ok() ? Error::make(
                Error::Kind::NotFound, QCoreApplication::translate("opsctl", "This job no longer exists."))
                      : jobs.error());
        return std::nullopt;
    }
    return jobs.value().constFirst().version;
}

int assign(QStringList args, CommandContext &ctx)
{
    const QString techCode = takeOption(args, u"--tech"_s);
    const QString startText = takeOption(args, u"--start"_s);
    const QString durationText = takeOption(args, u"--duration"_s);
    const QString versionText = takeOption(args, u"--expect-version"_s);
    const auto start = parseStart(startText);
    bool durationOk = true;
    const int duration = durationText.isEmpty() ? 0 : durationText.toInt(&durationOk);
    if (args.size() != 1 || techCode.isEmpty() || !start || !durationOk)
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "usage: dispatch assign JOB --tech DT-CODE --start ISO8601 [--duration MIN] "
                "[--expect-version N]"));
    Resolved r;
    if (auto rc = resolve(ctx, args.first(), techCode, r))
        return *rc;
    int rc = 0;
    const auto version = baseVersion(ctx, versionText, r, rc);
    if (!version)
        return rc;
    return report(ctx, *r.c,
        DispatchRepository(*r.c).assign(dispatch::Slot{r.jobId, r.techId, *start, duration, false}, *version));
}

int unassign(QStringList args, CommandContext &ctx)
{
    const QString versionText = takeOption(args, u"--expect-version"_s);
    if (args.size() != 1)
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: dispatch unassign JOB [--expect-version N]"));
    Resolved r;
    if (auto rc = resolve(ctx, args.first(), {}, r))
        return *rc;
    int rc = 0;
    const auto version = baseVersion(ctx, versionText, r, rc);
    if (!version)
        return rc;
    return report(ctx, *r.c, DispatchRepository(*r.c).unassign(r.jobId, *version));
}

int status(QStringList args, CommandContext &ctx)
{
    const QString reason = takeOption(args, u"--reason"_s);
    const QString versionText = takeOption(args, u"--expect-version"_s);
    const auto target = args.size() == 2 ? dispatch::statusFromKey(args.at(1)) : std::nullopt;
    if (!target) {
        QStringList keys;
        for (auto s : dispatch::allStatuses())
            keys << dispatch::statusKey(s);
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "usage: dispatch status JOB STATUS [--reason TEXT] [--expect-version N] "
                "(STATUS: %1)")
                .arg(keys.join(u'|')));
    }
    Resolved r;
    if (auto rc = resolve(ctx, args.first(), {}, r))
        return *rc;
    int rc = 0;
    const auto version = baseVersion(ctx, versionText, r, rc);
    if (!version)
        return rc;
    return report(ctx, *r.c, DispatchRepository(*r.c).setStatus(r.jobId, *target, reason, *version));
}

} // namespace

int runDispatchCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("board"))
        return board(args, ctx);
    if (sub == QLatin1String("check"))
        return check(args, ctx);
    if (sub == QLatin1String("assign"))
        return assign(args, ctx);
    if (sub == QLatin1String("unassign"))
        return unassign(args, ctx);
    if (sub == QLatin1String("status"))
        return status(args, ctx);
    if (sub == QLatin1String("eta"))
        return runDispatchEta(args, ctx);
    if (sub == QLatin1String("optimize"))
        return runDispatchOptimize(args, ctx);
    return usageError(ctx,
        QCoreApplication::translate("opsctl", "usage: dispatch board|check|assign|unassign|status|eta|optimize ..."));
}

} // namespace ops

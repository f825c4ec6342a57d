#include "app/opsctl/CpeCommands.h"

#include <memory>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app/opsctl/CommandLine.h"
#include "app/opsctl/IntegrationCommands.h"
#include "core/cpe/CpeSync.h"
#include "core/cpe/CpeSyncPump.h"
#include "core/cpe/OutageActions.h"
#include "core/cpe/OutageRepository.h"
#include "core/db/PgConnection.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/integrations/ProviderSettings.h"

namespace ops {

namespace {

using integrations::ProviderSettings;

QJsonObject syncJson(const cpe::CpeSyncReport &r, double seconds)
{
    return QJsonObject{{QStringLiteral("incremental"), r.incremental}, {QStringLiteral("fetched"), r.fetched},
        {QStringLiteral("inserted"), r.inserted}, {QStringLiteral("updated"), r.updated},
        {QStringLiteral("unchanged"), r.unchanged}, {QStringLiteral("unmatched"), r.unmatched},
        {QStringLiteral("rejected"), r.rejected}, {QStringLiteral("pages"), r.pages},
        {QStringLiteral("cursor"), r.cursor}, {QStringLiteral("seconds"), qRound64(seconds * 1000) / 1000.0}};
}

int cpeSync(QStringList args, CommandContext &ctx)
{
    cpe::CpeSyncOptions options;
    options.full = takeFlag(args, QStringLiteral("--full"));
    options.pageSize = takeOption(args, QStringLiteral("--page"), QStringLiteral("1000")).toInt();
    const QString serial = takeOption(args, QStringLiteral("--serial"));
    if (!args.isEmpty() || options.pageSize < 1 || options.pageSize > 10000)
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "usage: cpe sync [--full] [--page N] [--serial SERIAL] [--json]"));
    auto provider = providerFromEnvironment(QStringLiteral("genieacs"));
    if (!provider.ok())
        return usageError(ctx, provider.error().userMessage);
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    QElapsedTimer t;
    t.start();
    auto report = cpe::CpeSyncPump::syncOnce(*c.value(), provider.value(), options, serial);
    if (!report.ok())
        return fail(ctx, report.error());
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const cpe::CpeSyncReport &r = report.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(syncJson(r, seconds)).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QLocale l;
    ctx.out << QCoreApplication::translate("opsctl",
        "CPE sync (%1): %2 device(s) read from GenieACS in %3 s: %4 new, %5 changed, %6 unchanged; %7 "
        "match none of our equipment.")
                   .arg(!serial.isEmpty()  ? serial
                           : r.incremental ? QCoreApplication::translate("opsctl", "since the last sync")
                                           : QCoreApplication::translate("opsctl", "all devices"),
                       l.toString(r.fetched), l.toString(seconds, 'f', 1), l.toString(r.inserted),
                       l.toString(r.updated), l.toString(r.unchanged), l.toString(r.unmatched))
            << Qt::endl;
    if (r.rejected > 0)
        ctx.out << QCoreApplication::translate(
            "opsctl", "%n device(s) had an unusable id and were not stored.", nullptr, int(r.rejected))
                << Qt::endl;
    return 0;
}

cpe::OutageOptions outageOptions(QStringList &args, bool *valid)
{
    cpe::OutageOptions o;
    bool ok1 = true, ok2 = true, ok3 = true;
    o.silentMinutes = takeOption(args, QStringLiteral("--silent-minutes"), QStringLiteral("15")).toInt(&ok1);
    o.thresholdPercent = takeOption(args, QStringLiteral("--threshold"), QStringLiteral("50")).toInt(&ok2);
    o.minLocations = takeOption(args, QStringLiteral("--min"), QStringLiteral("3")).toInt(&ok3);
    *valid = ok1 && ok2 && ok3 && o.silentMinutes >= 1 && o.silentMinutes < o.normalHours * 60
        && o.thresholdPercent >= 1 && o.thresholdPercent <= 100 && o.minLocations >= 1;
    return o;
}

QJsonObject portJson(const cpe::PortHealth &p)
{
    return QJsonObject{{QStringLiteral("port"), p.key()}, {QStringLiteral("olt"), p.olt},
        {QStringLiteral("olt_port"), p.port}, {QStringLiteral("locations"), p.locations},
        {QStringLiteral("normally_online"), p.normallyOnline}, {QStringLiteral("silent"), p.silent},
        {QStringLiteral("silent_percent"), p.silentPercent()}, {QStringLiteral("customers"), p.customers},
        {QStringLiteral("since"), p.since.isValid() ? p.since.toString(Qt::ISODate) : QString()},
        {QStringLiteral("flagged"), p.flagged},
        {QStringLiteral("outage_ticket"),
            p.parentTicketCode.isEmpty() ? QJsonValue() : QJsonValue(p.parentTicketCode)}};
}

int outageScan(QStringList args, CommandContext &ctx)
{
    const bool all = takeFlag(args, QStringLiteral("--all"));
    bool valid = false;
    const cpe::OutageOptions options = outageOptions(args, &valid);
    if (!args.isEmpty() || !valid)
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "usage: outage scan [--all] [--silent-minutes N] [--threshold PERCENT] [--min LOCATIONS] [--json]"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto ports = cpe::OutageRepository(*c.value()).scan(options, QDateTime::currentDateTimeUtc());
    if (!ports.ok())
        return fail(ctx, ports.error());
    QList<cpe::PortHealth> shown;
    for (const cpe::PortHealth &p : ports.value())
        if (all || p.flagged)
            shown << p;
    if (ctx.json) {
        QJsonArray a;
        for (const cpe::PortHealth &p : shown)
            a.append(portJson(p));
        ctx.out << QJsonDocument(
            QJsonObject{{QStringLiteral("ports_scanned"), int(ports.value().size())}, {QStringLiteral("ports"), a}})
                       .toJson(QJsonDocument::Indented);
        return 0;
    }
    int flagged = 0;
    for (const cpe::PortHealth &p : ports.value())
        flagged += p.flagged ? 1 : 0;
    ctx.out << QCoreApplication::translate("opsctl", "%1 port(s) scanned, %2 flagged.")
                   .arg(ports.value().size())
                   .arg(flagged)
            << Qt::endl;
    const QLocale l;
    for (const cpe::PortHealth &p : shown)
        ctx.out << QCoreApplication::translate("opsctl", "%1  %2  %3/%4 silent (%5 %), %6 customer(s), since %7%8")
                       .arg(p.flagged ? QStringLiteral("!") : QStringLiteral(" "), p.key().leftJustified(20))
                       .arg(p.silent)
                       .arg(p.normallyOnline)
                       .arg(p.silentPercent())
                       .arg(p.customers)
                       .arg(p.since.isValid() ? l.toString(p.since.toLocalTime(), QLocale::ShortFormat)
                                              : QStringLiteral("-"),
                           p.parentTicketCode.isEmpty()
                               ? QString()
                               : QCoreApplication::translate("opsctl", ", outage ticket %1").arg(p.parentTicketCode))
                << Qt::endl;
    return 0;
}

int outageOpen(QStringList args, CommandContext &ctx)
{
    const bool force = takeFlag(args, QStringLiteral("--force"));
    bool valid = false;
    const cpe::OutageOptions options = outageOptions(args, &valid);
    const QString key = args.size() == 1 ? args.first() : QString();
    if (key.isEmpty() || !valid)
        return usageError(ctx,
            QCoreApplication::translate(
                "opsctl", "usage: outage open OLT:PORT [--force] [--silent-minutes N] [--json]"));
    auto port = cpe::parsePortKey(key);
    if (!port.ok())
        return usageError(ctx, port.error().userMessage);
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto opened = cpe::openOutage(
        *c.value(), port.value().first, port.value().second, options, QDateTime::currentDateTimeUtc(), 0, force);
    if (!opened.ok())
        return fail(ctx, opened.error());
    const cpe::OpenedOutage &o = opened.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{QStringLiteral("outage"), o.outageId}, {QStringLiteral("created"), o.created},
                {QStringLiteral("parent_ticket"), o.parentTicketCode},
                {QStringLiteral("children_created"), o.childrenCreated}, {QStringLiteral("children"), o.childrenTotal},
                {QStringLiteral("campaign"), o.campaignCode},
                {QStringLiteral("campaign_recipients"), o.campaignRecipients},
                {QStringLiteral("campaign_problem"), o.campaignProblem}})
                       .toJson(QJsonDocument::Indented);
        return 0;
    }
    ctx.out << (o.created
            ? QCoreApplication::translate("opsctl", "Outage opened on %1: parent ticket %2.")
            : QCoreApplication::translate("opsctl", "The outage of %1 was already open: parent ticket %2."))
                   .arg(key, o.parentTicketCode)
            << Qt::endl
            << QCoreApplication::translate("opsctl", "%1 child ticket(s) created, %2 in all.")
                   .arg(o.childrenCreated)
                   .arg(o.childrenTotal)
            << Qt::endl;
    if (!o.campaignProblem.isEmpty())
        ctx.err << QCoreApplication::translate("opsctl", "No SMS campaign was drafted: %1").arg(o.campaignProblem)
                << Qt::endl;
    if (!o.campaignCode.isEmpty())
        ctx.out << QCoreApplication::translate(
            "opsctl", "Draft SMS campaign %1 to %2 recipient(s): review it, then `targo-opsctl campaign send %1`.")
                       .arg(o.campaignCode)
                       .arg(o.campaignRecipients)
                << Qt::endl;
    return 0;
}

int outageClose(QStringList args, CommandContext &ctx)
{
    const QString message = takeOption(args, QStringLiteral("--message"));
    const QString key = args.size() == 1 ? args.first() : QString();
    if (key.isEmpty() || message.trimmed().isEmpty())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: outage close OLT:PORT --message TEXT [--json]"));
    auto port = cpe::parsePortKey(key);
    if (!port.ok())
        return usageError(ctx, port.error().userMessage);
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto closed = cpe::closeOutage(*c.value(), port.value().first, port.value().second, message);
    if (!closed.ok())
        return fail(ctx, closed.error());
    const cpe::ClosedOutage &o = closed.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{QStringLiteral("outage"), o.outageId}, {QStringLiteral("parent_ticket"), o.parentTicketCode},
                {QStringLiteral("tickets_closed"), o.ticketsClosed}, {QStringLiteral("campaign"), o.campaignCode},
                {QStringLiteral("campaign_recipients"), o.campaignRecipients}})
                       .toJson(QJsonDocument::Indented);
        return 0;
    }
    ctx.out << QCoreApplication::translate("opsctl", "Outage of %1 closed: %2 ticket(s) closed with the recovery note.")
                   .arg(key)
                   .arg(o.ticketsClosed)
            << Qt::endl;
    if (!o.campaignCode.isEmpty())
        ctx.out << QCoreApplication::translate("opsctl", "Draft recovery SMS campaign %1 to %2 recipient(s).")
                       .arg(o.campaignCode)
                       .arg(o.campaignRecipients)
                << Qt::endl;
    return 0;
}

} // namespace

int runCpeSyncCommand(QStringList args, CommandContext &ctx)
{
    return cpeSync(std::move(args), ctx);
}

int runOutageCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == u"scan")
        return outageScan(std::move(args), ctx);
    if (sub == u"open")
        return outageOpen(std::move(args), ctx);
    if (sub == u"close")
        return outageClose(std::move(args), ctx);
    return usageError(ctx, QCoreApplication::translate("opsctl", "usage: outage scan|open|close ..."));
}

std::unique_ptr<QObject> startCpeSyncPump(const QString &conninfo, QTextStream &err, int intervalMs)
{
    auto provider = providerFromEnvironment(QStringLiteral("genieacs"));
    if (!provider.ok())
        return nullptr; // no GenieACS configured: nothing to sync
    auto pump = std::make_unique<cpe::CpeSyncPump>(); // off the worker's main thread: a sync waits on GenieACS
    if (!pump->start(conninfo, provider.value(), intervalMs))
        return nullptr;
    const int minutes = qMax(1, intervalMs / 60000);
    err << QCoreApplication::translate(
        "opsctl", "CPE status synced from GenieACS every %n minute(s).", nullptr, minutes)
        << Qt::endl;
    return pump;
}

} // namespace ops

#include "app/opsctl/OutboxCommands.h"

#include <utility>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QTimer>

#include "app/opsctl/CampaignSendCommands.h"
#include "app/opsctl/CommandLine.h"
#include "app/opsctl/CpeCommands.h"
#include "core/campaigns/InboundPump.h"
#include "core/concurrency/StopSignals.h"
#include "core/db/PgConnection.h"
#include "core/integrations/ProviderSettings.h"
#include "core/outbox/OutboxDrainController.h"
#include "core/outbox/OutboxRepository.h"
#include "core/outbox/OutboxWorker.h"

namespace ops {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject outboxItemJson(const outbox::OutboxItem &it)
{
    QJsonObject o{{QStringLiteral("id"), it.id}, {QStringLiteral("provider"), it.provider},
        {QStringLiteral("operation"), it.operation}, {QStringLiteral("status"), outbox::statusName(it.status)},
        {QStringLiteral("attempts"), it.attempts}, {QStringLiteral("max_attempts"), it.maxAttempts},
        {QStringLiteral("next_attempt_at"), iso(it.nextAttemptAt)}, {QStringLiteral("claimed_by"), it.claimedBy},
        {QStringLiteral("last_http_status"), it.lastHttpStatus}, {QStringLiteral("last_error"), it.lastError},
        {QStringLiteral("provider_ref"), it.providerRef}, {QStringLiteral("idempotency_key"), it.idempotencyKey},
        {QStringLiteral("created_at"), iso(it.createdAt)}, {QStringLiteral("sent_at"), iso(it.sentAt)}};
    if (it.businessId)
        o.insert(QStringLiteral("business"),
            QString(it.businessEntity + QLatin1Char(':') + QString::number(*it.businessId)));
    return o;
}

namespace {

int list(QStringList args, CommandContext &ctx)
{
    outbox::OutboxFilter filter;
    const QString status = takeOption(args, QStringLiteral("--status"));
    if (!status.isEmpty()) {
        filter.status = outbox::statusFromName(status);
        if (!filter.status)
            return usageError(ctx,
                QCoreApplication::translate(
                    "ops::outbox", "unknown status %1 (pending, sending, sent, failed, ambiguous, cancelled)")
                    .arg(status));
    }
    filter.provider = takeOption(args, QStringLiteral("--provider"));
    filter.limit = takeOption(args, QStringLiteral("--limit"), QStringLiteral("100")).toInt();
    const QString before = takeOption(args, QStringLiteral("--before"));
    if (!before.isEmpty())
        filter.beforeId = before.toLongLong();
    if (!args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("ops::outbox", "unexpected argument: %1").arg(args.first()));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto items = outbox::OutboxRepository(*c.value()).list(filter);
    if (!items.ok())
        return fail(ctx, items.error());
    if (ctx.json) {
        QJsonArray a;
        for (const auto &it : std::as_const(items.value()))
            a.append(outboxItemJson(it));
        ctx.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto &it : std::as_const(items.value())) {
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5/%6")
                       .arg(it.id, 8)
                       .arg(outbox::statusName(it.status), -9)
                       .arg(it.provider, -8)
                       .arg(it.operation, -24)
                       .arg(it.attempts)
                       .arg(it.maxAttempts);
        if (it.lastHttpStatus > 0)
            ctx.out << QStringLiteral("  HTTP %1").arg(it.lastHttpStatus);
        if (!it.lastError.isEmpty())
            ctx.out << QStringLiteral("  ") << it.lastError.left(160).simplified();
        ctx.out << Qt::endl;
    }
    if (items.value().isEmpty())
        ctx.err << QCoreApplication::translate("ops::outbox", "The outbox holds no matching item.") << Qt::endl;
    return 0;
}

int retryOrCancel(const QString &action, QStringList args, CommandContext &ctx)
{
    const bool allFailed = action == u"retry" && takeFlag(args, QStringLiteral("--all-failed"));
    const QString provider = takeOption(args, QStringLiteral("--provider"));
    bool isNumber = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&isNumber) : 0;
    if (allFailed ? !args.isEmpty() : !isNumber)
        return usageError(ctx,
            QCoreApplication::translate(
                "ops::outbox", "usage: outbox retry ID | outbox retry --all-failed [--provider P] | outbox cancel ID"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    outbox::OutboxRepository repo(*c.value());
    if (allFailed) {
        auto n = repo.retryAllFailed(provider);
        if (!n.ok())
            return fail(ctx, n.error());
        ctx.out << QCoreApplication::translate(
            "ops::outbox", "%n failed item(s) will be sent again.", nullptr, n.value())
                << Qt::endl;
        return 0;
    }
    Status s = action == u"retry" ? repo.retry(id) : repo.cancel(id);
    if (!s.ok())
        return fail(ctx, s.error());
    if (action == u"retry")
        ctx.out << QCoreApplication::translate("ops::outbox", "Outbox item %1 will be sent again.").arg(id) << Qt::endl;
    else
        ctx.out << QCoreApplication::translate("ops::outbox", "Outbox item %1 is cancelled.").arg(id) << Qt::endl;
    return 0;
}

} // namespace

int runOutboxCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == u"list")
        return list(args, ctx);
    if (sub == u"retry" || sub == u"cancel")
        return retryOrCancel(sub, args, ctx);
    return usageError(ctx, QCoreApplication::translate("ops::outbox", "usage: outbox list|retry|cancel ..."));
}

int runWorkerCommand(QStringList args, CommandContext &ctx)
{
    outbox::OutboxWorkerOptions options;
    options.workerId = takeOption(args, QStringLiteral("--id"));
    options.batchSize = takeOption(args, QStringLiteral("--batch"), QStringLiteral("16")).toInt();
    options.leaseSeconds = takeOption(args, QStringLiteral("--lease"), QStringLiteral("120")).toInt();
    if (!args.isEmpty() || options.batchSize < 1 || options.leaseSeconds < 1)
        return usageError(
            ctx, QCoreApplication::translate("ops::outbox", "usage: worker [--batch N] [--lease SECONDS] [--id NAME]"));
    // Checks the connection and the schema before running; the worker opens its own connection.
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    c.value().reset();
    auto conninfo = ctx.conninfo();
    if (!conninfo.ok())
        return fail(ctx, conninfo.error());

    StopSignals stopSignals;
    if (!stopSignals.isActive())
        return fail(ctx, Error::internal(QStringLiteral("cannot watch stop signals")));

    // The same drain the GUI runs, with the settings from the environment (TARGO_*).
    QThreadPool retirePool;
    outbox::OutboxDrainController drain(nullptr, nullptr, retirePool);
    drain.setWorkerOptions(options, std::max(4, std::min(options.batchSize, 16)));
    const Result<QStringList> started = drain.startWith(conninfo.value(), integrations::IntegrationSettings());
    if (!started.ok())
        return usageError(ctx, started.error().userMessage);
    bool stopping = false;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &stopSignals, [&drain, &stopping, &ctx] {
        if (std::exchange(stopping, true))
            return;
        ctx.err << QCoreApplication::translate("ops::outbox", "Stopping: finishing the messages in flight...")
                << Qt::endl;
        drain.requestStop();
    });
    QObject::connect(&drain, &outbox::OutboxDrainController::finished, QCoreApplication::instance(),
        &QCoreApplication::quit, Qt::QueuedConnection);
    // The campaigns being sent go on here: their rows are collected and their next recipients queued.
    std::unique_ptr<QTimer> campaignPump = startCampaignPump(conninfo.value(), ctx.err);
    campaigns::InboundPump inboundPump(
        retirePool); // unsubscribes and SMS answers pulled every minute (TARGO_MAILJET/TWILIO_*)
    inboundPump.startWith(conninfo.value(), integrations::IntegrationSettings());
    // The CPE status store follows GenieACS here too (when it is configured), on its own thread.
    std::unique_ptr<QObject> cpeSync = startCpeSyncPump(conninfo.value(), ctx.err);
    ctx.err << QCoreApplication::translate("ops::outbox", "Outbox worker %1 running for: %2")
                   .arg(drain.workerId(), started.value().join(QStringLiteral(", ")))
            << Qt::endl;
    QCoreApplication::exec();
    campaignPump.reset();
    inboundPump.stop();
    cpeSync.reset();
    const Status result = drain.join();
    if (!result.ok())
        return fail(ctx, result.error());
    const auto st = drain.stats();
    ctx.err << QCoreApplication::translate("ops::outbox", "Stopped: %1 sent, %2 to retry, %3 failed, %4 ambiguous.")
                   .arg(st.sent)
                   .arg(st.retried)
                   .arg(st.failed)
                   .arg(st.ambiguous)
            << Qt::endl;
    return 0;
}

} // namespace ops

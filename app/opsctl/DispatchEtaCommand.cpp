#include "app/opsctl/DispatchEtaCommand.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/dispatch/OnMyWayRepository.h"
#include "core/integrations/ProviderSettings.h"

namespace ops {

namespace {

using namespace dispatch;

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString slipKey(EtaSlip slip)
{
    switch (slip) {
    case EtaSlip::None:
        break;
    case EtaSlip::PastWindow:
        return QStringLiteral("past_window");
    case EtaSlip::PastAnnounced:
        return QStringLiteral("past_announced");
    }
    return {};
}

QJsonObject etaJson(const OnMyWayPreview &p)
{
    const EtaContext &c = p.context;
    const EtaEstimate &e = p.estimate;
    QJsonObject o{{QStringLiteral("job"), c.jobCode}, {QStringLiteral("technician"), c.technicianCode},
        {QStringLiteral("eta"), isoOrNull(e.at)}, {QStringLiteral("minutes"), e.minutes},
        {QStringLiteral("distance_km"), qRound(e.distanceKm * 100) / 100.0},
        {QStringLiteral("position_at"), isoOrNull(e.positionAt)},
        {QStringLiteral("window_end"), isoOrNull(e.windowEnd)}, {QStringLiteral("slipped"), e.slipped()}};
    const QString slip = slipKey(e.slip);
    o.insert(QStringLiteral("slip"), slip.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(slip));
    o.insert(QStringLiteral("announced"), isoOrNull(e.announced));
    o.insert(QStringLiteral("status"), statusKey(c.status));
    o.insert(QStringLiteral("version"), c.version);
    o.insert(QStringLiteral("can_send"), p.canSend());
    o.insert(QStringLiteral("blocker"), p.canSend() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.blocker));
    o.insert(QStringLiteral("sms"), p.sms);
    return o;
}

QString localClock(const QDateTime &utc)
{
    return utc.toTimeZone(boardZone()).time().toString(QStringLiteral("HH:mm"));
}

void printEta(CommandContext &ctx, const OnMyWayPreview &p)
{
    const EtaContext &c = p.context;
    const EtaEstimate &e = p.estimate;
    ctx.out << QCoreApplication::translate(
        "opsctl", "%1  %2 (%3)  ETA %4: %n min, %5 km from the position of %6.", nullptr, e.minutes)
                   .arg(c.jobCode, c.technicianName, c.technicianCode, localClock(e.at),
                       QString::number(e.distanceKm, 'f', 1), localClock(e.positionAt))
            << Qt::endl;
    if (e.windowEnd.isValid())
        ctx.out << QCoreApplication::translate("opsctl", "Window ends at %1.").arg(localClock(e.windowEnd)) << Qt::endl;
    if (e.slipped())
        ctx.out << QCoreApplication::translate("opsctl", "SLIPPED: %1").arg(etaSlipText(e)) << Qt::endl;
    ctx.out << QCoreApplication::translate("opsctl", "SMS: %1").arg(p.sms) << Qt::endl;
    if (!p.canSend())
        ctx.out << QCoreApplication::translate("opsctl", "Cannot be sent: %1").arg(p.blocker) << Qt::endl;
}

} // namespace

int runDispatchEta(QStringList args, CommandContext &ctx)
{
    const bool send = takeFlag(args, QStringLiteral("--send"));
    const QString expect = takeOption(args, QStringLiteral("--expect-version"));
    bool expectOk = true;
    const int expectedVersion = expect.isEmpty() ? 0 : expect.toInt(&expectOk);
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")) || !expectOk || (send && expectedVersion < 0))
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "usage: dispatch eta JOB [--send] [--expect-version N] [--json]"));

    SmsSender sender;
    if (send) {
        integrations::IntegrationSettings settings;
        settings.applyEnvironment();
        const integrations::ProviderSettings twilio = settings.provider(QStringLiteral("twilio"));
        sender.accountSid = twilio.account;
        sender.from = twilio.sender;
        if (!sender.isSet())
            return usageError(ctx,
                smsNotSetUpText() + QLatin1Char(' ')
                    + QCoreApplication::translate("opsctl", "Set TARGO_TWILIO_ACCOUNT_SID and TARGO_TWILIO_FROM."));
    }

    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    OnMyWayRepository repo(*c.value());
    auto jobId = repo.jobIdOf(args.first());
    if (!jobId.ok())
        return fail(ctx, jobId.error());
    auto preview = repo.preview(jobId.value());
    if (!preview.ok())
        return fail(ctx, preview.error());

    if (!send) {
        if (ctx.json)
            ctx.out << QJsonDocument(etaJson(preview.value())).toJson(QJsonDocument::Indented);
        else
            printEta(ctx, preview.value());
        return 0;
    }

    const int version = expect.isEmpty() ? preview.value().context.version : expectedVersion;
    auto sent = repo.send(jobId.value(), version, sender);
    if (!sent.ok()) {
        if (ctx.json) // what the ETA is, and why nothing was sent
            ctx.out << QJsonDocument(etaJson(preview.value())).toJson(QJsonDocument::Indented);
        return fail(ctx, sent.error());
    }
    const OnMyWaySent &s = sent.value();
    if (ctx.json) {
        OnMyWayPreview now = preview.value();
        now.estimate = s.estimate;
        now.sms = s.text;
        now.context.version = s.version;
        QJsonObject o = etaJson(now);
        o.insert(QStringLiteral("outbox_id"), s.outboxId);
        o.insert(QStringLiteral("to"), s.to);
        o.insert(QStringLiteral("corrected"), s.corrected);
        o.insert(QStringLiteral("sent_at"), isoOrNull(s.sentAt));
        o.insert(QStringLiteral("announced"), isoOrNull(s.estimate.at));
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << QCoreApplication::translate("opsctl",
            "SMS to %1 queued (outbox item %2): “%3”. `targo-opsctl worker` or the open application sends it.")
                       .arg(s.to)
                       .arg(s.outboxId)
                       .arg(s.text)
                << Qt::endl;
    }
    return 0;
}

} // namespace ops

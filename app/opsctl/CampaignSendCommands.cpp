#include "app/opsctl/CampaignSendCommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include "app/opsctl/CommandLine.h"
#include "core/campaigns/CampaignMessage.h"
#include "core/campaigns/CampaignRenderer.h"
#include "core/campaigns/CampaignReport.h"
#include "core/campaigns/CampaignRun.h"
#include "core/campaigns/CampaignSendRepository.h"
#include "core/campaigns/CampaignSender.h"
#include "core/db/PgConnection.h"
#include "core/integrations/ProviderSettings.h"
#include "core/logging/Logger.h"

namespace ops {

namespace {

using campaigns::CampaignProgress;
using campaigns::CampaignSender;
using campaigns::CampaignSendRepository;

// The sender's identity from the integration settings (TARGO_* environment).
campaigns::SendConfig sendConfig(const integrations::IntegrationSettings &s)
{
    return campaigns::sendConfigOf(s);
}

integrations::IntegrationSettings environmentIntegrations()
{
    integrations::IntegrationSettings s;
    s.applyEnvironment();
    return s;
}

QString providerOf(const campaigns::Campaign &c)
{
    return c.channel == campaigns::Channel::Sms ? QStringLiteral("twilio") : QStringLiteral("mailjet");
}

// An e-mail address is stored lower-cased (migration 0024); a phone number as given (E.164).
QString normalisedAddress(const QString &address)
{
    const QString a = address.trimmed();
    return a.contains(QLatin1Char('@')) ? a.toLower() : a;
}

QJsonObject progressJson(const QString &code, const CampaignProgress &p)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("status"), p.status},
        {QStringLiteral("total"), p.total}, {QStringLiteral("pending"), p.pending},
        {QStringLiteral("queued"), p.queued}, {QStringLiteral("sent"), p.sent}, {QStringLiteral("failed"), p.failed},
        {QStringLiteral("skipped"), p.skipped}, {QStringLiteral("ambiguous"), p.ambiguous},
        {QStringLiteral("cancelled"), p.cancelled}, {QStringLiteral("rate_per_sec"), p.ratePerSec}};
}

void printProgress(CommandContext &ctx, const QString &code, const CampaignProgress &p, QJsonObject extra = {})
{
    if (ctx.json) {
        QJsonObject o = progressJson(code, p);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            o.insert(it.key(), it.value());
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    ctx.out << QCoreApplication::translate("opsctl",
        "Campaign %1 (%2): %3 sent, %4 failed, %5 skipped, %6 ambiguous, %7 cancelled, %8 pending, %9 queued; "
        "%10 per second over the last 10 s.")
                   .arg(code, p.status)
                   .arg(p.sent)
                   .arg(p.failed)
                   .arg(p.skipped)
                   .arg(p.ambiguous)
                   .arg(p.cancelled)
                   .arg(p.pending)
                   .arg(p.queued)
                   .arg(QLocale().toString(p.ratePerSec, 'f', 1))
            << Qt::endl;
}

// The campaign a command names, found on the command's own connection.
struct NamedCampaign
{
    std::unique_ptr<db::PgConnection> c;
    campaigns::Campaign campaign;

    CampaignSendRepository repository() const { return CampaignSendRepository(*c); }
    // A sender on that connection, with the audience's renderer (templates, CASL footer, unsubscribe link).
    CampaignSender sender(const campaigns::SendConfig &config = {}) const
    {
        return CampaignSender(*c, campaigns::makeRenderer(*c, campaigns::configuredUnsubscribeUrl()), config);
    }
};

Result<NamedCampaign> namedCampaign(CommandContext &ctx, const QString &code)
{
    auto c = ctx.connect(false);
    if (!c.ok())
        return c.error();
    auto campaign = CampaignSendRepository(*c.value()).findByCode(code);
    if (!campaign.ok())
        return campaign.error();
    return NamedCampaign{std::move(c.value()), std::move(campaign.value())};
}

int send(QStringList args, CommandContext &ctx)
{
    const bool wait = takeFlag(args, QStringLiteral("--wait"));
    const int lease = takeOption(args, QStringLiteral("--lease"), QStringLiteral("30")).toInt();
    const QString code = args.isEmpty() ? QString() : args.takeFirst();
    if (!args.isEmpty() || code.isEmpty() || lease < 1)
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: campaign send CODE [--wait] [--json]"));
    auto named = namedCampaign(ctx, code);
    if (!named.ok())
        return fail(ctx, named.error());
    const campaigns::Campaign *campaign = &named->campaign;
    CampaignSendRepository repo = named->repository();
    const integrations::IntegrationSettings settings = environmentIntegrations();
    const integrations::ProviderSettings provider = settings.provider(providerOf(*campaign));
    if (wait && !provider.problems().isEmpty())
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "%1 is not configured: %2 Set %3.")
                .arg(integrations::ProviderSettings::displayName(provider.id),
                    provider.problems().join(QLatin1Char(' ')),
                    integrations::IntegrationSettings::environmentNames(provider.id)
                        .mid(0, 4)
                        .join(QStringLiteral(", "))));
    CampaignSender sender = named->sender(sendConfig(settings));
    if (Status s = sender.start(campaign->id); !s.ok())
        return fail(ctx, s.error());
    if (!wait) {
        auto queued = sender.queueStep(campaign->id);
        if (!queued.ok())
            return fail(ctx, queued.error());
        auto p = repo.progress(campaign->id);
        if (!p.ok())
            return fail(ctx, p.error());
        if (!ctx.json)
            ctx.err << QCoreApplication::translate("opsctl",
                "Campaign %1 is being sent: %2 recipient(s) queued. `targo-opsctl worker` (or the open application) "
                "sends them and continues the campaign.")
                           .arg(code)
                           .arg(queued.value().queued)
                    << Qt::endl;
        printProgress(ctx, code, p.value());
        return 0;
    }
    auto conninfo = ctx.conninfo();
    if (!conninfo.ok())
        return fail(ctx, conninfo.error());
    QElapsedTimer clock;
    clock.start();
    campaigns::CampaignRunOptions options;
    options.leaseSeconds = lease;
    auto done = campaigns::runCampaignToEnd(
        *named->c, conninfo.value(), campaign->id, provider.netConfig(), provider.authHeaders(), sender, options);
    if (!done.ok())
        return fail(ctx, done.error());
    printProgress(ctx, code, done.value(), {{QStringLiteral("elapsed_ms"), clock.elapsed()}});
    return done.value().failed + done.value().ambiguous == 0 ? 0 : 1;
}

int changeState(const QString &sub, QStringList args, CommandContext &ctx)
{
    const QString code = args.isEmpty() ? QString() : args.takeFirst();
    if (!args.isEmpty() || code.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: campaign pause|resume|cancel CODE"));
    auto named = namedCampaign(ctx, code);
    if (!named.ok())
        return fail(ctx, named.error());
    const campaigns::Campaign *campaign = &named->campaign;
    CampaignSender sender = named->sender();
    if (sub == u"cancel") {
        auto n = sender.cancel(campaign->id);
        if (!n.ok())
            return fail(ctx, n.error());
        ctx.err << QCoreApplication::translate(
            "opsctl", "Campaign %1 cancelled: %n recipient(s) will not be sent.", nullptr, n.value())
                       .arg(code)
                << Qt::endl;
    } else {
        Status s = sub == u"pause" ? sender.pause(campaign->id) : sender.resume(campaign->id);
        if (!s.ok())
            return fail(ctx, s.error());
        ctx.err << (sub == u"pause" ? QCoreApplication::translate(
                        "opsctl", "Campaign %1 paused: the messages already queued finish, no new ones start.")
                                    : QCoreApplication::translate("opsctl", "Campaign %1 resumed."))
                       .arg(code)
                << Qt::endl;
    }
    auto p = named->repository().progress(campaign->id);
    if (!p.ok())
        return fail(ctx, p.error());
    printProgress(ctx, code, p.value());
    return 0;
}

int resend(QStringList args, CommandContext &ctx)
{
    const QString recipient = normalisedAddress(takeOption(args, QStringLiteral("--recipient")));
    const bool all = takeFlag(args, QStringLiteral("--all-failed"));
    const QString code = args.isEmpty() ? QString() : args.takeFirst();
    if (!args.isEmpty() || code.isEmpty() || all == !recipient.isEmpty())
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "usage: campaign resend CODE (--recipient ADDR | --all-failed)"));
    auto named = namedCampaign(ctx, code);
    if (!named.ok())
        return fail(ctx, named.error());
    const campaigns::Campaign *campaign = &named->campaign;
    CampaignSender sender = named->sender();
    auto n = sender.resend(campaign->id, recipient);
    if (!n.ok())
        return fail(ctx, n.error());
    ctx.err << QCoreApplication::translate("opsctl",
        "%n failed recipient(s) of campaign %1 will be sent again (`campaign send %1 --wait` or the worker).", nullptr,
        n.value())
                   .arg(code)
            << Qt::endl;
    if (ctx.json)
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("resent"), n.value()}})
                       .toJson(QJsonDocument::Indented);
    return 0;
}

int decide(QStringList args, CommandContext &ctx)
{
    const QString recipient = normalisedAddress(takeOption(args, QStringLiteral("--recipient")));
    const bool sent = takeFlag(args, QStringLiteral("--sent"));
    const bool again = takeFlag(args, QStringLiteral("--resend"));
    const QString code = args.isEmpty() ? QString() : args.takeFirst();
    if (!args.isEmpty() || code.isEmpty() || recipient.isEmpty() || sent == again)
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "usage: campaign decide CODE --recipient ADDR (--sent | --resend)"));
    auto named = namedCampaign(ctx, code);
    if (!named.ok())
        return fail(ctx, named.error());
    const campaigns::Campaign *campaign = &named->campaign;
    CampaignSender sender = named->sender();
    if (Status s = sender.decideAmbiguous(campaign->id, recipient, sent); !s.ok())
        return fail(ctx, s.error());
    ctx.err << (sent ? QCoreApplication::translate("opsctl", "%1 is recorded as sent.")
                     : QCoreApplication::translate("opsctl", "%1 will be sent again."))
                   .arg(recipient)
            << Qt::endl;
    return 0;
}

int status(QStringList args, CommandContext &ctx)
{
    const QString code = args.isEmpty() ? QString() : args.takeFirst();
    if (!args.isEmpty() || code.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: campaign status CODE [--json]"));
    auto named = namedCampaign(ctx, code);
    if (!named.ok())
        return fail(ctx, named.error());
    const campaigns::Campaign *campaign = &named->campaign;
    CampaignSendRepository repo = named->repository();
    auto p = repo.progress(campaign->id);
    if (!p.ok())
        return fail(ctx, p.error());
    printProgress(ctx, code, p.value());
    return 0;
}

int report(QStringList args, CommandContext &ctx)
{
    const QString out = takeOption(args, QStringLiteral("--out"));
    const QString code = args.isEmpty() ? QString() : args.takeFirst();
    if (!args.isEmpty() || code.isEmpty() || out.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: campaign report CODE --out FILE.csv"));
    auto named = namedCampaign(ctx, code);
    if (!named.ok())
        return fail(ctx, named.error());
    const campaigns::Campaign *campaign = &named->campaign;
    auto rows = campaigns::writeCampaignReport(*named->c, campaign->id, out);
    if (!rows.ok())
        return fail(ctx, rows.error());
    ctx.err
        << QCoreApplication::translate("opsctl", "%n recipient(s) written to %1.", nullptr, int(rows.value())).arg(out)
        << Qt::endl;
    return 0;
}

} // namespace

bool isCampaignSendCommand(const QString &sub)
{
    static const QSet<QString> subs{QStringLiteral("send"), QStringLiteral("pause"), QStringLiteral("resume"),
        QStringLiteral("cancel"), QStringLiteral("resend"), QStringLiteral("decide"), QStringLiteral("status"),
        QStringLiteral("report")};
    return subs.contains(sub);
}

int runCampaignSendCommand(const QString &sub, QStringList args, CommandContext &ctx)
{
    if (sub == u"send")
        return send(args, ctx);
    if (sub == u"pause" || sub == u"resume" || sub == u"cancel")
        return changeState(sub, args, ctx);
    if (sub == u"resend")
        return resend(args, ctx);
    if (sub == u"decide")
        return decide(args, ctx);
    if (sub == u"status")
        return status(args, ctx);
    if (sub == u"report")
        return report(args, ctx);
    return usageError(ctx,
        QCoreApplication::translate(
            "opsctl", "usage: campaign send|pause|resume|cancel|resend|decide|status|report CODE ..."));
}

std::unique_ptr<QTimer> startCampaignPump(const QString &conninfo, QTextStream &err, int intervalMs)
{
    struct Pump
    {
        QString conninfo;
        std::unique_ptr<db::PgConnection> c;
        campaigns::SendConfig config = sendConfig(environmentIntegrations());
        QString unsubscribePage = campaigns::configuredUnsubscribeUrl();
        QString lastError;
    };
    auto pump = std::make_shared<Pump>();
    pump->conninfo = conninfo;
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(intervalMs);
    QObject::connect(timer.get(), &QTimer::timeout, timer.get(), [pump, &err] {
        if (!pump->c) {
            auto opened = db::PgConnection::open(pump->conninfo);
            if (!opened.ok())
                return; // the database is away: the next tick tries again
            pump->c = std::move(opened).value();
        }
        CampaignSender sender(*pump->c, campaigns::makeRenderer(*pump->c, pump->unsubscribePage), pump->config);
        auto done = sender.tick();
        if (!done.ok()) {
            const QString text = done.error().userMessage;
            if (text != pump->lastError)
                err << QCoreApplication::translate("opsctl", "Campaigns: %1").arg(text) << Qt::endl;
            pump->lastError = text;
            if (!pump->c->isOk())
                pump->c.reset();
            return;
        }
        pump->lastError.clear();
        if (done.value().completed)
            log::get("campaign")->info("a campaign completed");
    });
    timer->start();
    return timer;
}

} // namespace ops

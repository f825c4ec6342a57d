#include "app/opsctl/IntegrationCommands.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "app/opsctl/CommandLine.h"
#include "app/opsctl/CpeCommands.h"
#include "app/opsctl/OutboxCommands.h"
#include "app/opsctl/PpaCommands.h"
#include "app/opsctl/StripeCommands.h"
#include "core/concurrency/DbExecutor.h"
#include "core/concurrency/StopSignals.h"
#include "core/cpe/CpeService.h"
#include "core/cpe/CpeWifi.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/integrations/ConnectionCheck.h"
#include "core/integrations/CursorRepository.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/integrations/GpsPrivacyRepository.h"
#include "core/integrations/MailjetClient.h"
#include "core/integrations/PositionRecorder.h"
#include "core/integrations/PositionRepository.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/SmsText.h"
#include "core/integrations/StripeEventFeed.h"
#include "core/integrations/TraccarClient.h"
#include "core/integrations/TraccarLive.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/NetExecutor.h"
#include "core/outbox/OutboxRepository.h"
#include "core/outbox/OutboxWorker.h"

namespace ops {

namespace {

using integrations::IntegrationSettings;
using integrations::ProviderSettings;

IntegrationSettings environmentSettings()
{
    IntegrationSettings s;
    s.applyEnvironment();
    return s;
}

// The provider's settings when usable, else a usage-level error naming the variables to set.
Result<ProviderSettings> configuredProvider(const IntegrationSettings &all, const QString &id)
{
    const ProviderSettings p = all.provider(id);
    const QStringList problems = p.problems();
    if (problems.isEmpty())
        return p;
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate("opsctl", "%1 is not configured: %2 Set %3.")
            .arg(ProviderSettings::displayName(id), problems.join(QLatin1Char(' ')),
                IntegrationSettings::environmentNames(id).mid(0, 4).join(QStringLiteral(", "))));
}

template <typename T> T await(QFuture<T> f)
{
    f.waitForFinished(); // targo-opsctl has no GUI: its main thread may wait
    return f.result();
}

// Enqueues request in its own transaction, sends it at once through the outbox (same rules as the worker), waits
// for the outcome and prints it. 0 when sent.
int sendThroughOutbox(
    CommandContext &ctx, const ProviderSettings &provider, const outbox::OutboxRequest &request, int waitSeconds)
{
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto conninfo = ctx.conninfo();
    if (!conninfo.ok())
        return fail(ctx, conninfo.error());
    std::function<Result<outbox::OutboxItem>(db::PgConnection &)> fn = [&request](db::PgConnection &tx) {
        return outbox::enqueue(tx, request);
    };
    auto item = db::withTransaction(*c.value(), fn);
    if (!item.ok())
        return fail(ctx, item.error());
    net::NetExecutor net(2);
    outbox::OutboxWorker worker(
        conninfo.value(), net, {{provider.id, provider.netConfig()}}, {{provider.id, provider.authHeaders()}});
    auto done = worker.sendNow(*c.value(), item.value().id, waitSeconds * 1000);
    net.shutdown();
    if (!done.ok())
        return fail(ctx, done.error());
    const outbox::OutboxItem &row = done.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(outboxItemJson(row)).toJson(QJsonDocument::Indented);
    } else {
        switch (row.status) {
        case outbox::OutboxStatus::Sent:
            ctx.out << QCoreApplication::translate("opsctl", "Sent (outbox item %1, %2 reference %3).")
                           .arg(row.id)
                           .arg(ProviderSettings::displayName(row.provider), row.providerRef)
                    << Qt::endl;
            break;
        case outbox::OutboxStatus::Pending:
            ctx.err << QCoreApplication::translate("opsctl",
                "Not sent yet (outbox item %1): %2. The outbox will try again at %3; `targo-opsctl worker` sends it.")
                           .arg(row.id)
                           .arg(
                               row.lastError, QLocale().toString(row.nextAttemptAt.toLocalTime(), QLocale::ShortFormat))
                    << Qt::endl;
            break;
        case outbox::OutboxStatus::Ambiguous:
            ctx.err << QCoreApplication::translate("opsctl",
                "Outcome unknown (outbox item %1): %2. It may have been delivered; check before sending it again "
                "(targo-opsctl outbox retry %1).")
                           .arg(row.id)
                           .arg(row.lastError)
                    << Qt::endl;
            break;
        case outbox::OutboxStatus::Sending:
            ctx.err << QCoreApplication::translate(
                "opsctl", "Still being sent by another worker (outbox item %1); see targo-opsctl outbox list.")
                           .arg(row.id)
                    << Qt::endl;
            break;
        default:
            ctx.err << QCoreApplication::translate("opsctl", "Failed (outbox item %1): %2")
                           .arg(row.id)
                           .arg(row.lastHttpStatus > 0
                                   ? QStringLiteral("HTTP %1: %2").arg(row.lastHttpStatus).arg(row.lastError)
                                   : row.lastError)
                    << Qt::endl;
        }
    }
    return row.status == outbox::OutboxStatus::Sent ? 0 : 1;
}

int waitOption(QStringList &args)
{
    return std::max(1, takeOption(args, QStringLiteral("--wait"), QStringLiteral("60")).toInt());
}

int check(QStringList args, CommandContext &ctx)
{
    if (!args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: integrations check"));
    const IntegrationSettings all = environmentSettings();
    net::NetExecutor net(4);
    QList<std::pair<ProviderSettings, std::optional<QFuture<Result<QString>>>>> checks;
    for (const ProviderSettings &p : all.all()) {
        if (p.id == u"osrm" && p.baseUrl.isEmpty())
            continue; // the routing server is optional: checked only once its address is set
        if (p.isConfigured())
            checks.append({p, integrations::checkConnection(net, p)});
        else
            checks.append({p, std::nullopt});
    }
    int failed = 0;
    QJsonArray json;
    for (auto &[p, future] : checks) {
        QString state;
        QString text;
        if (!future) {
            state = QStringLiteral("not-configured");
            text = p.problems().join(QLatin1Char(' '));
        } else {
            const Result<QString> r = await(*future);
            state = r.ok() ? QStringLiteral("ok") : QStringLiteral("failed");
            text = r.ok() ? r.value() : r.error().userMessage;
            failed += r.ok() ? 0 : 1;
        }
        if (ctx.json) {
            json.append(QJsonObject{{QStringLiteral("provider"), p.id}, {QStringLiteral("state"), state},
                {QStringLiteral("base_url"), p.baseUrl.toString()}, {QStringLiteral("message"), text}});
        } else {
            const QString label = state == u"ok" ? QCoreApplication::translate("opsctl", "ok")
                : state == u"failed"             ? QCoreApplication::translate("opsctl", "FAILED")
                                                 : QCoreApplication::translate("opsctl", "not configured");
            ctx.out
                << QStringLiteral("%1  %2  %3").arg(ProviderSettings::displayName(p.id), -9).arg(label, -15).arg(text)
                << Qt::endl;
        }
    }
    net.shutdown();
    if (ctx.json)
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return failed == 0 ? 0 : 1;
}

int smsSend(QStringList args, CommandContext &ctx)
{
    const QString to = takeOption(args, QStringLiteral("--to"));
    const QString body = takeOption(args, QStringLiteral("--body"));
    const int wait = waitOption(args);
    if (!args.isEmpty() || to.isEmpty())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: sms send --to NUMBER --body TEXT [--wait SECONDS]"));
    auto provider = configuredProvider(environmentSettings(), QStringLiteral("twilio"));
    if (!provider.ok())
        return usageError(ctx, provider.error().userMessage);
    auto number = integrations::normalizeQuebecPhone(to);
    if (!number.ok())
        return fail(ctx, number.error());
    integrations::TwilioConfig config;
    config.accountSid = provider.value().account;
    net::NetExecutor unused(1);
    integrations::TwilioClient client(unused, config);
    integrations::TwilioSms sms;
    sms.to = number.value();
    (provider.value().sender.startsWith(u"MG") ? sms.messagingServiceSid : sms.from) = provider.value().sender;
    sms.body = body;
    auto request = client.sendSmsRequest(sms);
    if (!request.ok())
        return fail(ctx, request.error());
    const integrations::SmsSegments segments = integrations::smsSegments(body);
    if (!ctx.json)
        ctx.err
            << QCoreApplication::translate("opsctl", "To %1, %n segment(s).", nullptr, segments.segments).arg(sms.to)
            << Qt::endl;
    return sendThroughOutbox(ctx, provider.value(), request.value(), wait);
}

int emailSend(QStringList args, CommandContext &ctx)
{
    const QString to = takeOption(args, QStringLiteral("--to"));
    const QString subject = takeOption(args, QStringLiteral("--subject"));
    const QString text = takeOption(args, QStringLiteral("--text"));
    const QString html = takeOption(args, QStringLiteral("--html"));
    const int wait = waitOption(args);
    if (!args.isEmpty() || to.isEmpty())
        return usageError(ctx,
            QCoreApplication::translate(
                "opsctl", "usage: email send --to ADDRESS --subject S --text T [--html H] [--wait SECONDS]"));
    auto provider = configuredProvider(environmentSettings(), QStringLiteral("mailjet"));
    if (!provider.ok())
        return usageError(ctx, provider.error().userMessage);
    integrations::MailjetConfig config;
    config.fromEmail = provider.value().sender;
    config.fromName = QStringLiteral("TARGO");
    net::NetExecutor unused(1);
    integrations::MailjetClient client(unused, config);
    integrations::MailjetMessage m;
    m.to = {integrations::MailjetAddress{to, {}}};
    m.subject = subject;
    m.textPart = text;
    m.htmlPart = html;
    auto requests = client.sendRequests({m});
    if (!requests.ok())
        return fail(ctx, requests.error());
    return sendThroughOutbox(ctx, provider.value(), requests.value().first(), wait);
}

QJsonObject cpeJson(const integrations::CpeStatus &s)
{
    QJsonObject o{{QStringLiteral("device_id"), s.deviceId}, {QStringLiteral("serial"), s.serial},
        {QStringLiteral("manufacturer"), s.manufacturer}, {QStringLiteral("product_class"), s.productClass},
        {QStringLiteral("online"), s.online},
        {QStringLiteral("last_inform"), s.lastInform.isValid() ? s.lastInform.toString(Qt::ISODate) : QString()},
        {QStringLiteral("firmware"), s.firmware},
        {QStringLiteral("wifi_ssids"), QJsonArray::fromStringList(s.wifiSsids)}};
    if (s.rxPowerDbm)
        o.insert(QStringLiteral("rx_power_dbm"), *s.rxPowerDbm);
    if (s.txPowerDbm)
        o.insert(QStringLiteral("tx_power_dbm"), *s.txPowerDbm);
    return o;
}

// The one device with this serial, or an error saying why not.
Result<integrations::CpeStatus> findCpe(integrations::GenieAcsClient &client, const QString &serial)
{
    auto found = await(client.findBySerial(serial, QDateTime::currentDateTimeUtc()));
    if (!found.ok())
        return integrations::GenieAcsClient::mapError(found.error());
    if (found.value().isEmpty())
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("opsctl", "GenieACS knows no device with serial %1.").arg(serial));
    if (found.value().size() > 1)
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("opsctl", "%1 devices have serial %2 in GenieACS; use its device id.")
                .arg(found.value().size())
                .arg(serial));
    return found.value().first();
}

// cpe wifi SERIAL --ssid S [--password-stdin]: the first Wi-Fi network renamed (and its passphrase set, read from
// stdin so that it stays out of the shell history and the process list), through the outbox.
int cpeWifi(QStringList args, CommandContext &ctx, const integrations::CpeStatus &device,
    const ProviderSettings &provider, integrations::GenieAcsClient &client, int wait)
{
    const QString ssid = takeOption(args, QStringLiteral("--ssid"));
    std::optional<QString> passphrase;
    if (takeFlag(args, QStringLiteral("--password-stdin"))) {
        QTextStream in(stdin);
        passphrase = in.readLine();
    }
    if (!args.isEmpty() || ssid.isEmpty())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: cpe wifi SERIAL --ssid NAME [--password-stdin]"));
    auto task = cpe::wifiChangeTask(device.tr181, ssid, passphrase);
    if (!task.ok())
        return usageError(ctx, task.error().userMessage);
    auto request = client.taskRequest(device.deviceId, task.value());
    if (!request.ok())
        return fail(ctx, request.error());
    return sendThroughOutbox(ctx, provider, request.value(), wait);
}

int cpeCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    const int wait = waitOption(args);
    const QString serial = args.isEmpty() || args.first().startsWith(u"--") ? QString() : args.takeFirst();
    const QString task = sub == u"task" && !args.isEmpty() ? args.takeFirst() : QString();
    const bool valid = (sub == u"show" && !serial.isEmpty() && args.isEmpty())
        || (sub == u"task" && !serial.isEmpty() && (task == u"refresh" || task == u"reboot") && args.isEmpty())
        || (sub == u"wifi" && !serial.isEmpty());
    if (!valid)
        return usageError(ctx,
            sub == u"wifi"
                ? QCoreApplication::translate("opsctl", "usage: cpe wifi SERIAL --ssid NAME [--password-stdin]")
                : QCoreApplication::translate("opsctl",
                    "usage: cpe show SERIAL | cpe task SERIAL refresh|reboot | cpe wifi SERIAL --ssid "
                    "NAME [--password-stdin] | cpe sync [--full]"));
    auto provider = configuredProvider(environmentSettings(), QStringLiteral("genieacs"));
    if (!provider.ok())
        return usageError(ctx, provider.error().userMessage);
    net::NetExecutor net(2);
    if (Status s = net.setProvider(provider.value().netConfig()); !s.ok())
        return fail(ctx, s.error());
    integrations::GenieAcsClient client(net, cpe::genieAcsConfig(provider.value()));
    auto device = findCpe(client, serial);
    if (!device.ok())
        return fail(ctx, device.error());
    if (sub == u"wifi") {
        const int rc = cpeWifi(args, ctx, device.value(), provider.value(), client, wait);
        net.shutdown();
        return rc;
    }
    const integrations::CpeStatus &s = device.value();
    if (sub == u"show") {
        if (ctx.json) {
            ctx.out << QJsonDocument(cpeJson(s)).toJson(QJsonDocument::Indented);
            return 0;
        }
        const auto dbm = [](const std::optional<double> &v) {
            return v ? QStringLiteral("%1 dBm").arg(*v, 0, 'f', 2) : QStringLiteral("-");
        };
        ctx.out << QCoreApplication::translate("opsctl", "Device     %1").arg(s.deviceId) << Qt::endl
                << QCoreApplication::translate("opsctl", "Model      %1 %2").arg(s.manufacturer, s.productClass)
                << Qt::endl
                << QCoreApplication::translate("opsctl", "State      %1 (last inform %2)")
                       .arg(s.online ? QCoreApplication::translate("opsctl", "online")
                                     : QCoreApplication::translate("opsctl", "offline"),
                           s.lastInform.isValid() ? QLocale().toString(s.lastInform.toLocalTime(), QLocale::ShortFormat)
                                                  : QCoreApplication::translate("opsctl", "never"))
                << Qt::endl
                << QCoreApplication::translate("opsctl", "Firmware   %1").arg(s.firmware) << Qt::endl
                << QCoreApplication::translate("opsctl", "Optical    RX %1, TX %2")
                       .arg(dbm(s.rxPowerDbm), dbm(s.txPowerDbm))
                << Qt::endl
                << QCoreApplication::translate("opsctl", "Wi-Fi      %1").arg(s.wifiSsids.join(QStringLiteral(", ")))
                << Qt::endl;
        return 0;
    }
    integrations::CpeTask t;
    t.kind = task == u"reboot" ? integrations::CpeTaskKind::Reboot : integrations::CpeTaskKind::Refresh;
    auto request = client.taskRequest(s.deviceId, t);
    net.shutdown();
    if (!request.ok())
        return fail(ctx, request.error());
    return sendThroughOutbox(ctx, provider.value(), request.value(), wait);
}

integrations::TraccarConfig traccarConfig(const ProviderSettings &p)
{
    integrations::TraccarConfig config;
    if (p.account.isEmpty()) {
        config.token = p.secret;
    } else {
        config.user = p.account;
        config.password = p.secret;
    }
    return config;
}

// --retention-days N: 1..365, else -1 (a usage error).
int retentionDaysOption(const QString &value)
{
    bool ok = false;
    const int days = value.toInt(&ok);
    return ok && days >= integrations::GpsPrivacySettings::kMinRetentionDays
            && days <= integrations::GpsPrivacySettings::kMaxRetentionDays
        ? days
        : -1;
}

// gps follow: live positions over Traccar's WebSocket, stored as they come, until SIGTERM/SIGINT.
int gpsFollow(QStringList args, CommandContext &ctx)
{
    integrations::PositionRecorder::Options options; // retentionDays 0: the company setting
    const QString retention = takeOption(args, QStringLiteral("--retention-days"));
    if (!retention.isEmpty())
        options.retentionDays = retentionDaysOption(retention);
    if (!args.isEmpty() || options.retentionDays < 0)
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: gps follow [--retention-days N]"));
    auto provider = configuredProvider(environmentSettings(), QStringLiteral("traccar"));
    if (!provider.ok())
        return usageError(ctx, provider.error().userMessage);
    auto c = ctx.connect(false); // checks the connection and the schema first
    if (!c.ok())
        return fail(ctx, c.error());
    c.value().reset();
    auto conninfo = ctx.conninfo();
    if (!conninfo.ok())
        return fail(ctx, conninfo.error());
    StopSignals stopSignals;
    if (!stopSignals.isActive())
        return fail(ctx, Error::internal(QStringLiteral("cannot watch stop signals")));
    net::NetExecutor net(1);
    if (Status s = net.setProvider(provider.value().netConfig()); !s.ok())
        return fail(ctx, s.error());
    DbExecutor db(conninfo.value(), 2);
    integrations::TraccarLive live(net, traccarConfig(provider.value()));
    integrations::PositionRecorder recorder(db, options);
    recorder.attach(&live);
    QObject::connect(
        &live, &integrations::TraccarLive::stateChanged, &live, [&ctx, &live](integrations::TraccarLive::State state) {
            if (state == integrations::TraccarLive::State::Connected)
                ctx.err << QCoreApplication::translate("opsctl", "Connected to Traccar: receiving positions.")
                        << Qt::endl;
            else if (state == integrations::TraccarLive::State::Reconnecting && !live.lastError().isEmpty())
                ctx.err << QCoreApplication::translate("opsctl", "Traccar connection lost (%1); reconnecting...")
                               .arg(live.lastError())
                        << Qt::endl;
        });
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &live, [&live, &recorder] {
        live.stop();
        recorder.flush();
        // Give the last write a moment to land, then quit.
        QTimer::singleShot(500, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    live.start();
    QCoreApplication::exec();
    db.shutdown();
    net.shutdown();
    ctx.err << QCoreApplication::translate("opsctl", "Stopped: %1 position(s) stored.").arg(recorder.stored())
            << Qt::endl;
    if (recorder.dropped() > 0)
        ctx.err << QCoreApplication::translate("opsctl", "%1 position(s) outside a technician's shift not kept.")
                       .arg(recorder.dropped())
                << Qt::endl;
    return 0;
}

// gps notice: the technicians' GPS notice (Law 25), as the company settings say, in French or English.
int gpsNotice(QStringList args, CommandContext &ctx)
{
    // main() renamed this command's --lang (takeDocumentLanguage): the global --lang stays the messages' language.
    const QString lang = takeOption(args, QStringLiteral("--document-lang"), QStringLiteral("fr"));
    if (!args.isEmpty() || (lang != u"fr" && lang != u"en"))
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: gps notice [--lang fr|en]"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto settings = integrations::GpsPrivacyRepository(*c.value()).load();
    if (!settings.ok())
        return fail(ctx, settings.error());
    ctx.out << settings->notice(lang) << Qt::endl;
    return 0;
}

int gps(QStringList args, CommandContext &ctx)
{
    if (args.value(0) == u"follow")
        return gpsFollow(args.mid(1), ctx);
    if (args.value(0) == u"notice")
        return gpsNotice(args.mid(1), ctx);
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    const QString device = takeOption(args, QStringLiteral("--device"));
    const QString retention = takeOption(args, QStringLiteral("--retention-days"));
    const int retentionDays = retention.isEmpty() ? 0 : retentionDaysOption(retention); // 0: the company setting
    const bool store = !takeFlag(args, QStringLiteral("--no-store"));
    if (sub != u"positions" || !args.isEmpty() || retentionDays < 0)
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "usage: gps positions [--device ID] [--no-store] [--retention-days N] | gps follow | gps notice"));
    auto provider = configuredProvider(environmentSettings(), QStringLiteral("traccar"));
    if (!provider.ok())
        return usageError(ctx, provider.error().userMessage);
    net::NetExecutor net(2);
    if (Status s = net.setProvider(provider.value().netConfig()); !s.ok())
        return fail(ctx, s.error());
    integrations::TraccarClient client(net, traccarConfig(provider.value()));
    std::optional<qint64> deviceId;
    if (!device.isEmpty())
        deviceId = device.toLongLong();
    auto positions = await(client.positions(deviceId));
    net.shutdown();
    if (!positions.ok())
        return fail(ctx, integrations::TraccarClient::mapError(positions.error()));
    int stored = 0;
    int dropped = 0;
    if (store && !positions.value().isEmpty()) {
        // Latest positions are kept in PostgreSQL for the dispatch board, within the retention window.
        auto c = ctx.connect(false);
        if (!c.ok())
            return fail(ctx, c.error());
        integrations::PositionRepository repo(*c.value());
        auto n = repo.store(positions.value());
        if (!n.ok())
            return fail(ctx, n.error());
        stored = n->inserted;
        dropped = n->outsideShift;
        int days = retentionDays;
        if (days == 0) {
            auto settings = integrations::GpsPrivacyRepository(*c.value()).load();
            if (!settings.ok())
                return fail(ctx, settings.error());
            days = settings->retentionDays;
        }
        auto pruned = repo.prune(days, 100000);
        if (!pruned.ok())
            return fail(ctx, pruned.error());
    }
    if (ctx.json) {
        QJsonArray a;
        for (const auto &p : std::as_const(positions.value()))
            a.append(QJsonObject{{QStringLiteral("device_id"), p.deviceId}, {QStringLiteral("latitude"), p.latitude},
                {QStringLiteral("longitude"), p.longitude}, {QStringLiteral("speed_kmh"), p.speedKmh()},
                {QStringLiteral("fix_time"), p.fixTime.toString(Qt::ISODate)}});
        ctx.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto &p : std::as_const(positions.value()))
        ctx.out << QStringLiteral("%1  %2, %3  %4 km/h  %5")
                       .arg(p.deviceId, 6)
                       .arg(p.latitude, 0, 'f', 5)
                       .arg(p.longitude, 0, 'f', 5)
                       .arg(p.speedKmh(), 0, 'f', 0)
                       .arg(QLocale().toString(p.fixTime.toLocalTime(), QLocale::ShortFormat))
                << Qt::endl;
    ctx.err << QCoreApplication::translate(
        "opsctl", "%n position(s), %1 new stored.", nullptr, int(positions.value().size()))
                   .arg(stored)
            << Qt::endl;
    if (dropped > 0)
        ctx.err << QCoreApplication::translate("opsctl", "%1 position(s) outside a technician's shift not kept.")
                       .arg(dropped)
                << Qt::endl;
    return 0;
}

// stripe events: Stripe's events since the stored cursor, oldest first; the cursor then moves past them.
int stripeEvents(QStringList args, CommandContext &ctx)
{
    const bool peek = takeFlag(args, QStringLiteral("--peek"));
    const int maxPages = takeOption(args, QStringLiteral("--max-pages"), QStringLiteral("10")).toInt();
    if (args.value(0) != u"events" || args.size() != 1 || maxPages < 1)
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: stripe events [--peek] [--max-pages N]"));
    auto provider = configuredProvider(environmentSettings(), QStringLiteral("stripe"));
    if (!provider.ok())
        return usageError(ctx, provider.error().userMessage);
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    integrations::CursorRepository cursors(*c.value());
    auto cursor = cursors.get(integrations::kStripeEventsCursor);
    if (!cursor.ok())
        return fail(ctx, cursor.error());
    net::NetExecutor net(1);
    if (Status s = net.setProvider(provider.value().netConfig()); !s.ok())
        return fail(ctx, s.error());
    integrations::StripeConfig config;
    config.secretKey = provider.value().secret;
    integrations::StripeClient client(net, config);
    auto batch = integrations::readStripeEvents(client, cursor.value(), maxPages);
    net.shutdown();
    if (!batch.ok())
        return fail(ctx, batch.error());
    QJsonArray json;
    for (const auto &e : std::as_const(batch.value().events)) {
        if (ctx.json)
            json.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("type"), e.type},
                {QStringLiteral("created"), e.created.toString(Qt::ISODate)}});
        else
            ctx.out << QStringLiteral("%1  %2  %3").arg(e.created.toString(Qt::ISODate), e.id, e.type) << Qt::endl;
    }
    if (ctx.json)
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!peek && !batch.value().newestId.isEmpty()) {
        Status moved = cursors.advance(integrations::kStripeEventsCursor, cursor.value(), batch.value().newestId);
        if (!moved.ok())
            return fail(ctx, moved.error());
    }
    if (cursor.value().isEmpty())
        ctx.err << QCoreApplication::translate(
            "opsctl", "First read: events are followed from now on (earlier events are not replayed).")
                << Qt::endl;
    else
        ctx.err << (batch.value().more
                ? QCoreApplication::translate(
                    "opsctl", "%n new event(s); more remain: run it again.", nullptr, int(batch.value().events.size()))
                : QCoreApplication::translate("opsctl", "%n new event(s).", nullptr, int(batch.value().events.size())))
                << Qt::endl;
    return 0;
}

} // namespace

int runStripeCommand(QStringList args, CommandContext &ctx)
{
    if (args.value(0) == u"apply-events")
        return runStripeApplyEvents(args.mid(1), ctx);
    if (args.value(0) == u"setup-link")
        return runStripeSetupLink(args.mid(1), ctx);
    return stripeEvents(args, ctx);
}

int runIntegrationsCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == u"check")
        return check(args, ctx);
    return usageError(ctx, QCoreApplication::translate("opsctl", "usage: integrations check"));
}

int runSmsCommand(QStringList args, CommandContext &ctx)
{
    if (args.value(0) == u"send")
        return smsSend(args.mid(1), ctx);
    return usageError(ctx, QCoreApplication::translate("opsctl", "usage: sms send --to NUMBER --body TEXT"));
}

int runEmailCommand(QStringList args, CommandContext &ctx)
{
    if (args.value(0) == u"send")
        return emailSend(args.mid(1), ctx);
    return usageError(
        ctx, QCoreApplication::translate("opsctl", "usage: email send --to ADDRESS --subject S --text T"));
}

Result<integrations::ProviderSettings> providerFromEnvironment(const QString &id)
{
    return configuredProvider(environmentSettings(), id);
}

int runCpeCommand(QStringList args, CommandContext &ctx)
{
    if (args.value(0) == u"sync")
        return runCpeSyncCommand(args.mid(1), ctx);
    return cpeCommand(args, ctx);
}

int runGpsCommand(QStringList args, CommandContext &ctx)
{
    return gps(args, ctx);
}

} // namespace ops

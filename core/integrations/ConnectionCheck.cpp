#include "core/integrations/ConnectionCheck.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/dispatch/OsrmTable.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/integrations/MailjetClient.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/StripeClient.h"
#include "core/integrations/TraccarClient.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/NetExecutor.h"

namespace ops::integrations {

namespace {

// The provider's errors mapped to what the operator should fix (mapping twice is harmless).
Error mapped(const QString &id, const Error &e)
{
    if (id == u"twilio")
        return TwilioClient::mapError(e);
    if (id == u"mailjet")
        return MailjetClient::mapError(e);
    if (id == u"stripe")
        return StripeClient::mapError(e);
    if (id == u"traccar")
        return TraccarClient::mapError(e);
    if (id == u"genieacs")
        return GenieAcsClient::mapError(e);
    if (id == u"osrm")
        return dispatch::OsrmTable::mapError(e);
    return e;
}

template <typename T, typename F> QFuture<Result<QString>> describe(const QString &id, QFuture<Result<T>> future, F f)
{
    return future.then(QtFuture::Launch::Sync, [id, f = std::move(f)](const Result<T> &r) -> Result<QString> {
        return r.ok() ? Result<QString>(f(r.value())) : Result<QString>(mapped(id, r.error()));
    });
}

} // namespace

QFuture<Result<QString>> checkConnection(net::NetExecutor &net, const ProviderSettings &settings)
{
    const QStringList problems = settings.problems();
    if (!problems.isEmpty())
        return QtFuture::makeReadyFuture(Result<QString>(Error::make(Error::Kind::Validation, problems.join(u'\n'))));
    Status registered = net.setProvider(settings.netConfig());
    if (!registered.ok())
        return QtFuture::makeReadyFuture(Result<QString>(registered.error()));
    const QString id = settings.id;
    // The clients are short-lived: each future holds what it needs (the executor outlives the check).
    if (id == u"twilio") {
        TwilioConfig c;
        c.accountSid = settings.account;
        c.authToken = settings.secret;
        TwilioClient client(net, c);
        return describe(id, client.listMessages(1, 1), [sid = c.accountSid](const QList<TwilioMessage> &) {
            return QCoreApplication::translate("ops::integrations", "Twilio accepted account %1.").arg(sid);
        });
    }
    if (id == u"mailjet") {
        MailjetConfig c;
        c.apiKey = settings.account;
        c.secretKey = settings.secret;
        c.fromEmail = settings.sender;
        MailjetClient client(net, c);
        MailjetMessage m;
        m.to = {
            MailjetAddress{settings.sender.isEmpty() ? QStringLiteral("verification@targo.ca") : settings.sender, {}}};
        m.subject = QStringLiteral("Targo Ops: connection test");
        m.textPart = QStringLiteral("Sandbox check: Mailjet validates this message and delivers nothing.");
        return client.send({m}, true).then(QtFuture::Launch::Sync, [](const Result<MailjetSendReport> &r) {
            if (!r.ok())
                return Result<QString>(MailjetClient::mapError(r.error()));
            if (!r.value().allSent() && !r.value().results.isEmpty())
                return Result<QString>(Error::make(Error::Kind::Validation, r.value().results.first().userMessage));
            return Result<QString>(QCoreApplication::translate(
                "ops::integrations", "Mailjet accepted the API keys (test message in sandbox mode, nothing sent)."));
        });
    }
    if (id == u"stripe") {
        StripeConfig c;
        c.secretKey = settings.secret;
        StripeClient client(net, c);
        StripeEventQuery q;
        q.limit = 1;
        const bool live = settings.secret.startsWith(u"sk_live_") || settings.secret.startsWith(u"rk_live_");
        return describe(id, client.listEvents(q), [live](const StripeList<StripeEvent> &) {
            return live ? QCoreApplication::translate("ops::integrations", "Stripe accepted the key (live mode).")
                        : QCoreApplication::translate("ops::integrations", "Stripe accepted the key (test mode).");
        });
    }
    if (id == u"traccar") {
        TraccarConfig c;
        if (settings.account.isEmpty()) {
            c.token = settings.secret;
        } else {
            c.user = settings.account;
            c.password = settings.secret;
        }
        TraccarClient client(net, c);
        return describe(id, client.server(), [](const TraccarServerInfo &info) {
            return QCoreApplication::translate("ops::integrations", "Traccar %1 answered.").arg(info.version);
        });
    }
    if (id == u"genieacs") {
        GenieAcsConfig c;
        c.user = settings.account;
        c.password = settings.secret;
        GenieAcsClient client(net, c);
        return describe(id, client.findDevices(QStringLiteral("{}"), QDateTime::currentDateTimeUtc(), 1),
            [](const QList<CpeStatus> &devices) {
                return devices.isEmpty()
                    ? QCoreApplication::translate("ops::integrations", "GenieACS answered (no device registered yet).")
                    : QCoreApplication::translate("ops::integrations", "GenieACS answered and lists devices.");
            });
    }
    if (id == u"osrm") {
        // A two-point table in Montréal: what every plan asks, at its smallest.
        dispatch::OsrmTable table(net);
        return describe(id, table.table({{45.5017, -73.5673}, {45.5088, -73.5540}}), [](const sched::TravelMatrix &m) {
            return QCoreApplication::translate(
                "ops::integrations", "The routing server answered: %1 min between two points of Montréal.")
                .arg(QString::number(m.time(0, 1), 'f', 1));
        });
    }
    return QtFuture::makeReadyFuture(Result<QString>(Error::make(
        Error::Kind::Validation, QCoreApplication::translate("ops::integrations", "Unknown service %1.").arg(id))));
}

} // namespace ops::integrations

#include "core/campaigns/InboundPull.h"

#include <algorithm>
#include <memory>

#include <QCoreApplication>
#include <QJsonObject>

#include "core/campaigns/InboundRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/integrations/CursorRepository.h"
#include "core/integrations/MailjetContacts.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/SmsText.h"
#include "core/integrations/TwilioClient.h"
#include "core/logging/Logger.h"
#include "core/net/NetExecutor.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::campaigns {

namespace {

constexpr int kOverlapSeconds = 600; // Twilio's list may show a message late: read the last 10 minutes again
constexpr int kFirstReadDays = 1; // no cursor yet: the last day only, not the account's whole history
constexpr int kTwilioPageSize = 1000;
constexpr int kTwilioMaxPages = 20;

template <typename T> Result<T> inTransaction(db::PgConnection &c, std::function<Result<T>(db::PgConnection &)> fn)
{
    return db::withTransaction(c, fn);
}

// Provider errors come back as `providerError` (the pull goes on); database errors as the result.
Status pullMailjet(
    db::PgConnection &c, integrations::MailjetContacts &mailjet, InboundSummary &s, std::optional<Error> &providerError)
{
    auto contacts = mailjet.allExcluded();
    if (!contacts.ok()) {
        providerError = contacts.error();
        return success();
    }
    QList<InboundConsentEvent> events;
    QStringList refs;
    for (const integrations::MailjetExcludedContact &k : std::as_const(contacts.value())) {
        InboundConsentEvent e;
        e.channel = u"email"_s;
        e.address = k.email.trimmed().toLower();
        e.source = u"mailjet"_s;
        e.providerRef = u"contact:%1:%2"_s.arg(k.id).arg(k.raw.value(u"ExclusionFromCampaignsUpdatedAt"_s).toString());
        e.evidence = k.raw;
        e.at = k.excludedAt;
        if (e.address.size() < 3 || e.address.size() > 320)
            continue; // no address the ledger can hold (casl_unsubscribes.address): not an e-mail anyway
        refs << e.providerRef;
        events << e;
    }
    InboundRepository repo(c);
    auto known = repo.knownUnsubscribes(u"mailjet"_s, refs);
    if (!known.ok())
        return known.error();
    for (const InboundConsentEvent &e : std::as_const(events)) {
        if (known.value().contains(e.providerRef)) {
            ++s.alreadyKnown;
            continue;
        }
        auto added = inTransaction<bool>(
            c, [&e](db::PgConnection &t) { return InboundRepository(t).recordUnsubscribeInTransaction(e); });
        if (!added.ok())
            return added.error();
        added.value() ? ++s.mailjetUnsubscribes : ++s.alreadyKnown;
    }
    return success();
}

QJsonObject evidenceOf(const integrations::TwilioMessage &m)
{
    return QJsonObject{{u"sid"_s, m.sid}, {u"from"_s, m.from}, {u"to"_s, m.to}, {u"body"_s, m.body},
        {u"direction"_s, m.direction}, {u"status"_s, m.status},
        {u"date_sent"_s, m.dateSent.isValid() ? m.dateSent.toString(Qt::ISODate) : QString()},
        {u"messaging_service_sid"_s, m.messagingServiceSid}};
}

QDateTime sentAt(const integrations::TwilioMessage &m)
{
    return m.dateSent.isValid() ? m.dateSent : m.dateCreated;
}

// One message in its own transaction.
Status storeSms(db::PgConnection &c, const integrations::TwilioMessage &m, InboundSummary &s)
{
    auto e164 = integrations::normalizeQuebecPhone(m.from);
    const QString from = e164.ok() ? e164.value() : m.from.trimmed();
    // A sender the ledger cannot hold as an address (a two-digit short code, say): its message goes to a ticket.
    const SmsKeyword keyword = from.size() < 3 || from.size() > 320 ? SmsKeyword::None : smsKeyword(m.body);
    if (keyword != SmsKeyword::None) {
        InboundConsentEvent e;
        e.channel = u"sms"_s;
        e.address = from;
        e.source = u"twilio"_s;
        e.providerRef = m.sid;
        e.evidence = evidenceOf(m);
        e.at = sentAt(m);
        auto added = inTransaction<bool>(c, [&e, keyword](db::PgConnection &t) {
            InboundRepository repo(t);
            return keyword == SmsKeyword::OptOut ? repo.recordUnsubscribeInTransaction(e)
                                                 : repo.recordOptInRequestInTransaction(e);
        });
        if (!added.ok())
            return added.error();
        if (!added.value())
            ++s.alreadyKnown;
        else if (keyword == SmsKeyword::OptOut)
            ++s.twilioUnsubscribes;
        else
            ++s.optInRequests;
        return success();
    }
    InboundSms sms;
    sms.sid = m.sid;
    sms.from = from;
    sms.body = m.body;
    sms.at = sentAt(m);
    auto threaded = inTransaction<ThreadedSms>(
        c, [&sms](db::PgConnection &t) { return InboundRepository(t).threadSmsInTransaction(sms); });
    if (!threaded.ok())
        return threaded.error();
    switch (threaded.value().outcome) {
    case ThreadedSms::Outcome::Already:
        ++s.alreadyKnown;
        return success();
    case ThreadedSms::Outcome::Threaded:
        ++s.messagesThreaded;
        break;
    case ThreadedSms::Outcome::Created:
        ++s.ticketsCreated;
        break;
    }
    if (threaded.value().customerId == 0)
        ++s.unmatched;
    return success();
}

Status pullTwilio(db::PgConnection &c, integrations::TwilioClient &twilio, const QString &ourNumber, InboundSummary &s,
    std::optional<Error> &providerError)
{
    integrations::CursorRepository cursors(c);
    auto cursor = cursors.get(kTwilioInboundCursor);
    if (!cursor.ok())
        return cursor.error();
    const QDateTime stored = QDateTime::fromString(cursor.value(), Qt::ISODate);
    integrations::TwilioMessageFilter filter;
    filter.to = ourNumber;
    filter.sentAfter =
        stored.isValid() ? stored.addSecs(-kOverlapSeconds) : QDateTime::currentDateTimeUtc().addDays(-kFirstReadDays);
    auto pending = twilio.listMessages(kTwilioPageSize, kTwilioMaxPages, filter);
    pending.waitForFinished();
    const Result<QList<integrations::TwilioMessage>> listed = pending.result(); // a copy, alive while read below
    if (!listed.ok()) {
        providerError = listed.error();
        return success();
    }
    QList<integrations::TwilioMessage> inbound;
    for (const integrations::TwilioMessage &m : listed.value())
        if (m.direction == u"inbound"_s && !m.from.trimmed().isEmpty())
            inbound << m;
    if (listed.value().size() >= kTwilioPageSize * kTwilioMaxPages)
        log::get("campaign")
            ->warn(
                "inbound pull: Twilio listed {} messages, the most read at once: older ones of that span were not read",
                listed.value().size());
    std::stable_sort(
        inbound.begin(), inbound.end(), [](const integrations::TwilioMessage &a, const integrations::TwilioMessage &b) {
            return sentAt(a) < sentAt(b);
        });
    QDateTime newest = stored;
    Status failed = success();
    for (const integrations::TwilioMessage &m : std::as_const(inbound)) {
        failed = storeSms(c, m, s);
        if (!failed.ok())
            break;
        if (sentAt(m).isValid() && (!newest.isValid() || sentAt(m) > newest))
            newest = sentAt(m);
    }
    s.twilioCursor = stored.isValid() ? stored.toUTC().toString(Qt::ISODate) : QString();
    if (newest.isValid() && newest != stored) {
        const QString value = newest.toUTC().toString(Qt::ISODate);
        Status moved = cursors.advance(kTwilioInboundCursor, cursor.value(), value);
        if (moved.ok())
            s.twilioCursor = value;
        else if (moved.error().kind != Error::Kind::Conflict) // another puller moved it: both stored the same SMS
            return moved.error();
    }
    return failed;
}

} // namespace

SmsKeyword smsKeyword(const QString &body)
{
    QString word;
    for (const QChar ch : body.normalized(QString::NormalizationForm_D)) {
        if (ch.isLetter())
            word += ch.toUpper();
        else if (ch.isSpace() || ch.isPunct() || ch.category() == QChar::Mark_NonSpacing)
            continue;
        else
            return SmsKeyword::None; // digits, symbols: a sentence, not a keyword
    }
    static const QStringList optOut{u"STOP"_s, u"STOPALL"_s, u"UNSUBSCRIBE"_s, u"CANCEL"_s, u"END"_s, u"QUIT"_s,
        u"REVOKE"_s, u"OPTOUT"_s, u"ARRET"_s};
    static const QStringList optIn{u"START"_s, u"UNSTOP"_s};
    if (optOut.contains(word))
        return SmsKeyword::OptOut;
    if (optIn.contains(word))
        return SmsKeyword::OptIn;
    return SmsKeyword::None;
}

Result<InboundSummary> pullInbound(db::PgConnection &c, integrations::MailjetContacts *mailjet,
    integrations::TwilioClient *twilio, const QString &ourNumber)
{
    InboundSummary s;
    if (mailjet) {
        std::optional<Error> providerError;
        Status done = pullMailjet(c, *mailjet, s, providerError);
        if (!done.ok())
            return done.error();
        if (providerError) {
            s.errors << providerError->userMessage;
            log::get("campaign")->warn("inbound pull: Mailjet: {}", providerError->detail);
        } else {
            s.mailjetPulled = true;
        }
    }
    if (twilio) {
        std::optional<Error> providerError;
        Status done = pullTwilio(c, *twilio, ourNumber, s, providerError);
        if (!done.ok())
            return done.error();
        if (providerError) {
            s.errors << providerError->userMessage;
            log::get("campaign")->warn("inbound pull: Twilio: {}", providerError->detail);
        } else {
            s.twilioPulled = true;
        }
    }
    return s;
}

bool inboundMailjetConfigured(const integrations::IntegrationSettings &settings)
{
    return settings.provider(u"mailjet"_s).isConfigured();
}

bool inboundTwilioConfigured(const integrations::IntegrationSettings &settings)
{
    const integrations::ProviderSettings &tw = settings.provider(u"twilio"_s);
    return tw.isConfigured() && !tw.sender.trimmed().isEmpty();
}

Result<InboundSummary> pullInbound(db::PgConnection &c, const integrations::IntegrationSettings &settings)
{
    const integrations::ProviderSettings &mj = settings.provider(u"mailjet"_s);
    const integrations::ProviderSettings &tw = settings.provider(u"twilio"_s);
    const bool useMailjet = inboundMailjetConfigured(settings);
    const bool useTwilio = inboundTwilioConfigured(settings);
    if (!useMailjet && !useTwilio)
        return InboundSummary{};
    net::NetExecutor net(2);
    std::unique_ptr<integrations::MailjetContacts> mailjet;
    std::unique_ptr<integrations::TwilioClient> twilio;
    if (useMailjet) {
        if (Status added = net.setProvider(mj.netConfig()); !added.ok())
            return added.error();
        integrations::MailjetConfig config;
        config.apiKey = mj.account;
        config.secretKey = mj.secret;
        mailjet = std::make_unique<integrations::MailjetContacts>(net, config);
    }
    QString ourNumber;
    if (useTwilio) {
        if (Status added = net.setProvider(tw.netConfig()); !added.ok())
            return added.error();
        integrations::TwilioConfig config;
        config.accountSid = tw.account;
        config.authToken = tw.secret;
        twilio = std::make_unique<integrations::TwilioClient>(net, config);
        if (!tw.sender.startsWith(u"MG"_s)) // a messaging service: its numbers are all the account's
            ourNumber = tw.sender.trimmed();
    }
    auto r = pullInbound(c, mailjet.get(), twilio.get(), ourNumber);
    net.shutdown();
    return r;
}

} // namespace ops::campaigns

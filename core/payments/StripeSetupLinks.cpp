#include "core/payments/StripeSetupLinks.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUrl>
#include <QUrlQuery>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/integrations/MailjetClient.h"
#include "core/integrations/OutboxMessages.h"
#include "core/integrations/SmsText.h"
#include "core/integrations/StripeClient.h"
#include "core/outbox/OutboxRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

namespace {

Error invalid(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Validation, message, detail);
}

template <typename T> T await(QFuture<T> f)
{
    f.waitForFinished(); // a worker thread: the NetExecutor answers on its own thread
    return f.result();
}

} // namespace

Result<QString> checkSetupLink(const SetupLinkInput &in, const SetupCustomer &customer, const SetupLinkSender &sender)
{
    if (in.methodType != u"card"_s && in.methodType != u"acss_debit"_s)
        return invalid(QCoreApplication::translate("ops::payments::StripeSetupLinks",
            "Choose what the customer saves: a card (card) or a bank account for pre-authorized debits (acss_debit)."));
    if (in.channel != u"email"_s && in.channel != u"sms"_s)
        return invalid(QCoreApplication::translate(
            "ops::payments::StripeSetupLinks", "Choose how the link is sent: by e-mail (email) or by SMS (sms)."));
    const QUrl page(sender.pageUrl.trimmed());
    if (sender.pageUrl.trimmed().isEmpty() || !page.isValid() || page.host().isEmpty()
        || (page.scheme() != u"https"_s && page.scheme() != u"http"_s))
        return invalid(QCoreApplication::translate("ops::payments::StripeSetupLinks",
            "The payment page address is not set (Stripe settings): the link would lead nowhere."));
    if (in.channel == u"email"_s) {
        const QString to = (in.recipient.trimmed().isEmpty() ? customer.email : in.recipient).trimmed();
        const int at = to.indexOf(QLatin1Char('@'));
        if (to.isEmpty())
            return invalid(QCoreApplication::translate(
                "ops::payments::StripeSetupLinks", "Customer %1 has no e-mail address: give one or send an SMS.")
                               .arg(customer.code));
        if (at < 1 || at == to.size() - 1 || to.contains(QLatin1Char(' ')) || to.size() > 320)
            return invalid(
                QCoreApplication::translate("ops::payments::StripeSetupLinks", "“%1” is not an e-mail address.")
                    .arg(to));
        if (sender.mailFromEmail.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("ops::payments::StripeSetupLinks",
                "E-mail is not set up (Mailjet has no sender address in the integration settings)."));
        return to;
    }
    const QString raw = (in.recipient.trimmed().isEmpty() ? customer.phone : in.recipient).trimmed();
    if (raw.isEmpty())
        return invalid(QCoreApplication::translate(
            "ops::payments::StripeSetupLinks", "Customer %1 has no phone number: give one or send an e-mail.")
                           .arg(customer.code));
    auto phone = integrations::normalizeQuebecPhone(raw);
    if (!phone.ok())
        return phone.error();
    if (sender.twilioAccountSid.trimmed().isEmpty() || sender.smsFrom.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("ops::payments::StripeSetupLinks",
            "SMS is not set up (Twilio has no account or sender number in the integration settings)."));
    return phone.value();
}

QString setupLinkUrl(
    const QString &pageUrl, const QString &clientSecret, const QString &methodType, const QString &language)
{
    QUrl url(pageUrl.trimmed());
    QUrlQuery q(url);
    q.addQueryItem(u"setup_intent_client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(clientSecret)));
    q.addQueryItem(u"method"_s, methodType);
    q.addQueryItem(u"lang"_s, language == u"en"_s ? u"en"_s : u"fr"_s);
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

// Customer-facing text in the customer's language (not the screen's): both versions live here.
QString setupMailSubject(const QString &language, const QString &methodType)
{
    const bool card = methodType == u"card"_s;
    if (language == u"en"_s)
        return card ? u"Save a card for your automatic payments"_s
                    : u"Authorize pre-authorized debits from your bank account"_s;
    return card ? u"Enregistrez une carte pour vos paiements automatiques"_s
                : u"Autorisez les débits préautorisés de votre compte bancaire"_s;
}

QString setupMessageBody(
    const QString &language, const QString &methodType, const QString &customerName, const QString &link, bool sms)
{
    const bool card = methodType == u"card"_s;
    if (language == u"en"_s) {
        if (sms)
            return (card ? u"Save your card for automatic payments: %1"_s
                         : u"Authorize pre-authorized debits from your bank account: %1"_s)
                .arg(link);
        return u"Hello %1,\n\n%2\n\n%3\n\nThe page is secured by Stripe; we never see your full %4.\n"_s.arg(
            customerName,
            card ? u"To pay your invoices automatically, save a card on our secure page:"_s
                 : u"To pay your invoices by pre-authorized debit, enter your bank account on our secure page:"_s,
            link, card ? u"card number"_s : u"account number"_s);
    }
    if (sms)
        return (card ? u"Enregistrez votre carte pour vos paiements automatiques : %1"_s
                     : u"Autorisez les débits préautorisés de votre compte bancaire : %1"_s)
            .arg(link);
    return u"Bonjour %1,\n\n%2\n\n%3\n\nLa page est sécurisée par Stripe; nous ne voyons jamais votre %4 au complet.\n"_s
        .arg(customerName,
            card ? u"Pour payer vos factures automatiquement, enregistrez une carte sur notre page sécurisée :"_s
                 : u"Pour payer vos factures par débit préautorisé, inscrivez votre compte bancaire sur notre page "
                   "sécurisée :"_s,
            link, card ? u"numéro de carte"_s : u"numéro de compte"_s);
}

Result<SetupLinkResult> sendSetupLink(
    db::PgConnection &c, integrations::StripeClient &client, const SetupLinkInput &in, const SetupLinkSender &sender)
{
    SetupLinkRepository repo(c);
    auto customer = repo.customer(in.customerId, in.customerCode);
    if (!customer.ok())
        return customer.error();
    const SetupCustomer &cust = customer.value();
    auto recipient = checkSetupLink(in, cust, sender);
    if (!recipient.ok())
        return recipient.error();
    const bool english = cust.language == u"en"_s;

    QString stripeCustomer = cust.stripeId;
    if (stripeCustomer.isEmpty()) {
        integrations::StripeCustomerInput input;
        input.name = cust.name;
        if (!cust.email.isEmpty())
            input.email = cust.email;
        input.preferredLocales = {english ? u"en-CA"_s : u"fr-CA"_s};
        input.metadata.insert(u"ops_customer_id"_s, QString::number(cust.id));
        input.metadata.insert(u"ops_customer_code"_s, cust.code);
        auto created = await(client.createCustomer(input, u"ops-customer-%1"_s.arg(cust.id)));
        if (!created.ok())
            return integrations::StripeClient::mapError(created.error());
        auto saved = repo.setStripeCustomer(cust.id, created.value().id);
        if (!saved.ok())
            return saved.error();
        stripeCustomer = saved.value();
    }

    auto request = repo.record(cust.id, in.methodType, in.channel, recipient.value());
    if (!request.ok())
        return request.error();
    SetupLinkResult out = request.value();
    auto intent = await(client.createSetupIntent(stripeCustomer, in.methodType,
        {{u"ops_customer_id"_s, QString::number(cust.id)}, {u"ops_setup_request_id"_s, QString::number(out.requestId)}},
        out.idempotencyKey));
    if (!intent.ok()) {
        const Error e = integrations::StripeClient::mapError(intent.error());
        Status failed = repo.fail(out.requestId, e.userMessage);
        if (!failed.ok())
            return failed.error();
        return e;
    }
    if (Status s = repo.recordIntent(out.requestId, intent.value().id); !s.ok())
        return s.error();
    out.link = setupLinkUrl(sender.pageUrl, intent.value().clientSecret, in.methodType, cust.language);

    Result<outbox::OutboxRequest> message = Error::make(Error::Kind::Internal, u"no message"_s);
    if (in.channel == u"email"_s) {
        integrations::MailjetMessage m;
        m.to = {integrations::MailjetAddress{recipient.value(), cust.name}};
        m.subject = setupMailSubject(cust.language, in.methodType);
        m.textPart = setupMessageBody(cust.language, in.methodType, cust.name, out.link, false);
        m.customId = u"setup-%1"_s.arg(out.requestId);
        message = integrations::mailOutboxRequest(sender.mailFromEmail, sender.mailFromName, m);
    } else {
        message = integrations::smsOutboxRequest(sender.twilioAccountSid, sender.smsFrom, recipient.value(),
            setupMessageBody(cust.language, in.methodType, cust.name, out.link, true));
    }
    if (!message.ok())
        return message.error();
    outbox::OutboxRequest r = message.value();
    r.businessEntity = u"customer"_s;
    r.businessId = cust.id;
    auto outboxId = repo.markSent(out.requestId, r);
    if (!outboxId.ok())
        return outboxId.error();
    auto now = repo.load(out.requestId);
    if (!now.ok())
        return now.error();
    const QString link = out.link;
    out = now.value();
    out.link = link;
    return out;
}

} // namespace ops::payments

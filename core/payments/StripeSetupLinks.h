#pragma once

#include <QMetaType>
#include <QString>

#include "core/common/Result.h"
#include "core/payments/SetupLinkRepository.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {
class StripeClient;
}

namespace ops::payments {

// "Send a link to save a card / bank account": the customer saves a card or a pre-authorized debit mandate on a page
// of ours (out of this application: Stripe.js with the SetupIntent's client secret), never typed by a clerk.
struct SetupLinkInput
{
    qint64 customerId = 0; // or, when 0, customerCode
    QString customerCode;
    QString methodType; // card, acss_debit
    QString channel; // email, sms
    QString recipient; // empty: the customer's e-mail address or phone number
};

// Where the link points and who sends it (integration settings).
struct SetupLinkSender
{
    QString pageUrl; // the payment page; the link adds setup_intent_client_secret, method and lang
    QString mailFromEmail; // Mailjet's verified sender
    QString mailFromName; // empty: the company name
    QString twilioAccountSid;
    QString smsFrom; // E.164 number or MG... messaging service
};

// No database: the method, the channel, the recipient (an e-mail address, or a Quebec phone number normalised to
// E.164) and the page URL (http or https). Returns the recipient to use.
Result<QString> checkSetupLink(const SetupLinkInput &in, const SetupCustomer &customer, const SetupLinkSender &sender);
// pageUrl?setup_intent_client_secret=...&method=card&lang=fr
QString setupLinkUrl(
    const QString &pageUrl, const QString &clientSecret, const QString &methodType, const QString &language);
// The text of the e-mail (subject, body) and of the SMS, in the customer's language (not the screen's).
QString setupMailSubject(const QString &language, const QString &methodType);
QString setupMessageBody(
    const QString &language, const QString &methodType, const QString &customerName, const QString &link, bool sms);

// The whole link, blocking (a DB executor thread or targo-opsctl, never the GUI thread): the Stripe customer created
// when the customer has none (key "ops-customer-<id>", metadata ops_customer_id, preferred locale from the
// language), the request recorded with its key, the SetupIntent created with that key, then the e-mail (Mailjet) or
// SMS (Twilio) put in the outbox in the customer's language, in the transaction that marks the request sent.
Result<SetupLinkResult> sendSetupLink(
    db::PgConnection &c, integrations::StripeClient &client, const SetupLinkInput &in, const SetupLinkSender &sender);

} // namespace ops::payments

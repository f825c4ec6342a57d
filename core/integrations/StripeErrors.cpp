#include <QCoreApplication>
#include <QRegularExpression>

#include "core/integrations/IntegrationSupport.h"
#include "core/integrations/StripeClient.h"
#include "core/net/Outcome.h"

namespace ops::integrations {

namespace {

// A field of Stripe's error object, also from a truncated excerpt.
QString errorField(const Error &error, const QString &name)
{
    const QJsonObject body = providerBodyOf(error);
    if (!body.isEmpty())
        return body.value(u"error").toObject().value(name).toString();
    const QRegularExpression re(QStringLiteral("\"%1\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").arg(name));
    const QRegularExpressionMatch m = re.match(error.detail);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

Error StripeClient::mapError(const Error &error)
{
    if (!error.code.startsWith(u"net/"))
        return error;
    Error e = error;
    const int status = net::httpStatusOf(error);
    const QString code = errorField(error, QStringLiteral("code"));
    const QString type = errorField(error, QStringLiteral("type"));
    const QString decline = errorField(error, QStringLiteral("decline_code"));
    const QString param = errorField(error, QStringLiteral("param"));
    QString message = errorField(error, QStringLiteral("message"));
    if (message.isEmpty())
        message = providerMessageOf(error);

    if (code == u"card_declined" && (decline == u"insufficient_funds"))
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "The card was declined for insufficient funds. Ask the customer for another card or another payment "
            "method.");
    else if (code == u"card_declined" && (decline == u"lost_card" || decline == u"stolen_card"))
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "The card was declined (reported lost or stolen). Do not retry: ask the customer for another payment "
            "method.");
    else if (code == u"card_declined")
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "The card was declined by the bank (%1). Ask the customer to contact the bank or to use another card.")
                            .arg(decline.isEmpty() ? message : decline);
    else if (code == u"expired_card")
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "The card has expired. Ask the customer for a valid card, then save it again.");
    else if (code == u"incorrect_cvc" || code == u"invalid_cvc")
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "The card's security code is incorrect. Ask the customer to enter the card again.");
    else if (code == u"incorrect_number" || code == u"invalid_number" || code == u"invalid_expiry_month"
        || code == u"invalid_expiry_year")
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "The card details are invalid (%1). Ask the customer to enter the card again.")
                            .arg(message);
    else if (code == u"authentication_required")
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "The bank requires the customer to authenticate this payment. Send the customer a payment link "
            "instead of charging the saved card.");
    else if (code == u"processing_error")
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "Stripe could not process the card this time. Try the payment again in a moment.");
    else if (code == u"resource_missing")
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "Stripe does not know %1: %2. Refresh the customer's payment information.")
                            .arg(param.isEmpty() ? QStringLiteral("this item") : param, message);
    else if (type == u"idempotency_error" || code == u"idempotency_key_in_use")
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Stripe refused a repeated request that differs from the first one with the same key (%1). Check the "
            "payment in Stripe before creating a new one.")
                            .arg(message);
    else if (status == 401 || type == u"authentication_error")
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "Stripe refused the API key. Check the Stripe secret key in the settings.");
    else if (status == 429 || type == u"rate_limit_error")
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "Stripe's rate limit was reached. The request will be sent again shortly.");
    else if (status >= 400 && status < 500 && !message.isEmpty())
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "Stripe refused the request: %1. Correct it, then try again.")
                            .arg(message);
    return e;
}

} // namespace ops::integrations

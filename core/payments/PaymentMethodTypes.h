#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ops::payments {

// A payment method saved at Stripe for a customer (customer_payment_methods, migration 0021): never a card number,
// only what Stripe reports (brand or bank, last four digits, expiry).
struct SavedPaymentMethod
{
    qint64 id = 0;
    QString type; // card, acss_debit
    QString brand; // card brand (visa, mastercard…) or bank name
    QString last4;
    int expMonth = 0; // 0: none (pre-authorized debits)
    int expYear = 0;
    bool isDefault = false;
    QDateTime createdAt;
    int version = 1;
};

// A link sent to the customer that is still waiting for Stripe's setup_intent.succeeded.
struct PendingSetupLink
{
    qint64 id = 0;
    QDateTime createdAt;
    QString methodType; // card, acss_debit
    QString channel; // email, sms
    QString recipient;
    QString status; // requested, sent
};

// The customer file's "Payment methods" tab in one read.
struct PaymentMethodsView
{
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString language; // fr, en: the customer's, for the link's message
    QString email;
    QString phone;
    bool ppaEnabled = false;
    QList<SavedPaymentMethod> methods; // attached only: default first, then newest
    QList<PendingSetupLink> pending; // newest first

    bool hasDefault() const
    {
        for (const SavedPaymentMethod &m : methods)
            if (m.isDefault)
                return true;
        return false;
    }
};

// What Remove did.
struct RemoveMethodResult
{
    bool wasDefault = false;
    bool ppaTurnedOff = false; // it was the default and PPA was on: PPA is off now
};

// "Send a link to save a card / bank account": what the clerk chose.
struct SetupLinkRequest
{
    qint64 customerId = 0;
    QString methodType; // card, acss_debit
    QString channel; // email, sms
    QString recipient; // empty: the customer's e-mail address or phone number
};

// The message the customer will receive, in the customer's language (not the screen's).
struct SetupLinkPreview
{
    QString subject; // e-mail only
    QString body;
};

// The link sent: the request row and the outbox row that carries the message.
struct SetupLinkSent
{
    qint64 requestId = 0;
    qint64 outboxId = 0;
    QString recipient;
    QString channel;
    QString status; // sent
};

// A card's expiry as the list shows it: a card is valid through the last day of its expiry month; it "expires soon"
// within kExpiresSoonDays of that. Methods without an expiry (pre-authorized debits) are Valid.
enum class ExpiryState
{
    Valid,
    ExpiresSoon,
    Expired
};
constexpr int kExpiresSoonDays = 60;
ExpiryState expiryState(int expMonth, int expYear, const QDate &today);

} // namespace ops::payments

Q_DECLARE_METATYPE(ops::payments::PaymentMethodsView)
Q_DECLARE_METATYPE(ops::payments::RemoveMethodResult)
Q_DECLARE_METATYPE(ops::payments::SetupLinkSent)

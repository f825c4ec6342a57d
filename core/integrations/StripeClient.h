#pragma once

#include <optional>

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/outbox/OutboxTypes.h"

namespace ops::net {
class NetExecutor;
}

namespace ops::integrations {

struct StripeConfig
{
    QString providerId = QStringLiteral("stripe"); // base URL https://api.stripe.com
    QString secretKey; // sk_live_... / sk_test_...
    QString apiVersion = QStringLiteral("2023-08-16"); // the shapes of shared/specs/stripe.json
};

struct StripeCustomer
{
    QString id;
    QString email;
    QString name;
    QString phone;
    QString defaultPaymentMethod; // invoice_settings.default_payment_method
    QMap<QString, QString> metadata;
    static Result<StripeCustomer> fromJson(const QJsonObject &o);
};

struct StripeCustomerInput
{
    std::optional<QString> email; // unset: not sent (update keeps the value)
    std::optional<QString> name;
    std::optional<QString> phone;
    std::optional<QString> description;
    std::optional<QString> defaultPaymentMethod;
    QStringList preferredLocales; // "fr-CA"
    QMap<QString, QString> metadata; // "ops_customer_id" -> "4711"
    QJsonObject toParams() const;
};

struct StripeSetupIntent
{
    QString id;
    QString status;
    QString customer;
    QString paymentMethod;
    QString clientSecret;
    static Result<StripeSetupIntent> fromJson(const QJsonObject &o);
};

struct StripePaymentMethod
{
    QString id;
    QString type;
    QString customer;
    QString cardBrand;
    QString cardLast4;
    int expMonth = 0;
    int expYear = 0;
    static Result<StripePaymentMethod> fromJson(const QJsonObject &o);
};

struct StripePaymentIntentInput
{
    qint64 amount = 0; // minor units (cents)
    QString currency = QStringLiteral("cad");
    QString customer;
    QString paymentMethod;
    bool offSessionConfirm = false; // confirm=true, off_session=true: charge a saved method without the customer
    QString description;
    QString statementDescriptorSuffix;
    QMap<QString, QString> metadata;
    QJsonObject toParams() const;
};

struct StripePaymentIntent
{
    QString id;
    QString status; // requires_payment_method, requires_confirmation, requires_action, processing, succeeded, canceled
    qint64 amount = 0;
    qint64 amountReceived = 0;
    QString currency;
    QString customer;
    QString paymentMethod;
    QString latestCharge;
    QString lastErrorCode; // last_payment_error.code
    QString lastErrorMessage;
    static Result<StripePaymentIntent> fromJson(const QJsonObject &o);
};

struct StripeRefund
{
    QString id;
    QString status;
    qint64 amount = 0;
    QString currency;
    QString paymentIntent;
    static Result<StripeRefund> fromJson(const QJsonObject &o);
};

struct StripeEvent
{
    QString id;
    QString type; // "payment_intent.succeeded", ...
    QDateTime created; // UTC
    QJsonObject object; // data.object
    static Result<StripeEvent> fromJson(const QJsonObject &o);
};

template <typename T> struct StripeList
{
    QList<T> data;
    bool hasMore = false;
    QString nextPage; // search results only
};

struct StripeEventQuery
{
    QString startingAfter; // cursor: events older than this one (next page of a listing)
    QString endingBefore; // cursor: events newer than this one (catch up from the last processed event)
    int limit = 100;
    QStringList types; // empty: all
};

// Stripe over the NetExecutor: Bearer key, pinned Stripe-Version, bracket form encoding, and an Idempotency-Key on
// every POST (the caller's: the outbox row's key, so a retry can never charge twice). Each POST operation also
// exists as ...Request() building the outbox row.
class StripeClient
{
public:
    StripeClient(net::NetExecutor &net, StripeConfig config);

    const StripeConfig &config() const { return m_config; }
    net::RawHeaders authHeaders() const; // Authorization and Stripe-Version

    // Refuses an empty idempotency key (Validation).
    Result<outbox::OutboxRequest> postRequest(
        const QString &operation, const QString &path, const QJsonObject &params, const QString &idempotencyKey) const;

    // The outbox rows of the POST operations below (no secrets; the key becomes the row's Idempotency-Key).
    Result<outbox::OutboxRequest> createCustomerRequest(
        const StripeCustomerInput &input, const QString &idempotencyKey) const;
    Result<outbox::OutboxRequest> updateCustomerRequest(
        const QString &customerId, const StripeCustomerInput &input, const QString &idempotencyKey) const;
    Result<outbox::OutboxRequest> createSetupIntentRequest(
        const QString &customerId, const QString &idempotencyKey) const;
    // A SetupIntent for one method type: "card", or "acss_debit" (a Canadian pre-authorized debit: CAD, a personal
    // mandate on an interval schedule described as the monthly invoice, automatic verification), with metadata.
    Result<outbox::OutboxRequest> createSetupIntentRequest(const QString &customerId, const QString &methodType,
        const QMap<QString, QString> &metadata, const QString &idempotencyKey) const;
    Result<outbox::OutboxRequest> attachPaymentMethodRequest(
        const QString &paymentMethodId, const QString &customerId, const QString &idempotencyKey) const;
    Result<outbox::OutboxRequest> detachPaymentMethodRequest(
        const QString &paymentMethodId, const QString &idempotencyKey) const;
    Result<outbox::OutboxRequest> cancelPaymentIntentRequest(
        const QString &id, const QString &reason, const QString &idempotencyKey) const;
    Result<outbox::OutboxRequest> createRefundRequest(const QString &paymentIntentId, std::optional<qint64> amount,
        const QString &reason, const QString &idempotencyKey) const;

    QFuture<Result<StripeCustomer>> createCustomer(const StripeCustomerInput &input, const QString &idempotencyKey);
    QFuture<Result<StripeCustomer>> updateCustomer(
        const QString &customerId, const StripeCustomerInput &input, const QString &idempotencyKey);
    // Stripe search query language, e.g. metadata['ops_customer_id']:'4711' or email:'a@b.c'.
    QFuture<Result<StripeList<StripeCustomer>>> searchCustomers(
        const QString &query, int limit = 10, const QString &page = {});

    QFuture<Result<StripeSetupIntent>> createSetupIntent(const QString &customerId, const QString &idempotencyKey);
    QFuture<Result<StripeSetupIntent>> createSetupIntent(const QString &customerId, const QString &methodType,
        const QMap<QString, QString> &metadata, const QString &idempotencyKey);

    QFuture<Result<StripeList<StripePaymentMethod>>> listPaymentMethods(
        const QString &customerId, const QString &type = QStringLiteral("card"));
    QFuture<Result<StripePaymentMethod>> attachPaymentMethod(
        const QString &paymentMethodId, const QString &customerId, const QString &idempotencyKey);
    QFuture<Result<StripePaymentMethod>> detachPaymentMethod(
        const QString &paymentMethodId, const QString &idempotencyKey);

    Result<outbox::OutboxRequest> createPaymentIntentRequest(
        const StripePaymentIntentInput &input, const QString &idempotencyKey) const;
    QFuture<Result<StripePaymentIntent>> createPaymentIntent(
        const StripePaymentIntentInput &input, const QString &idempotencyKey);
    QFuture<Result<StripePaymentIntent>> fetchPaymentIntent(const QString &id);
    QFuture<Result<StripePaymentIntent>> cancelPaymentIntent(
        const QString &id, const QString &reason, const QString &idempotencyKey);

    // amount: empty for a full refund.
    QFuture<Result<StripeRefund>> createRefund(const QString &paymentIntentId, std::optional<qint64> amount,
        const QString &reason, const QString &idempotencyKey);

    QFuture<Result<StripeList<StripeEvent>>> listEvents(const StripeEventQuery &query);

    // A core/net Error from a Stripe call, with a translated message from Stripe's error object (card_declined and
    // its decline_code, expired_card, authentication_required, idempotency_error, ...).
    static Error mapError(const Error &error);

private:
    template <typename T> QFuture<Result<T>> post(const Result<outbox::OutboxRequest> &request);
    template <typename T> QFuture<Result<T>> get(const QString &path, const QList<std::pair<QString, QString>> &query);

    net::NetExecutor &m_net;
    StripeConfig m_config;
};

} // namespace ops::integrations

Q_DECLARE_METATYPE(ops::integrations::StripeCustomer)
Q_DECLARE_METATYPE(ops::integrations::StripeSetupIntent)
Q_DECLARE_METATYPE(ops::integrations::StripePaymentMethod)
Q_DECLARE_METATYPE(ops::integrations::StripePaymentIntent)
Q_DECLARE_METATYPE(ops::integrations::StripeRefund)
Q_DECLARE_METATYPE(ops::integrations::StripeEvent)
Q_DECLARE_METATYPE(ops::integrations::StripeList<ops::integrations::StripeCustomer>)
Q_DECLARE_METATYPE(ops::integrations::StripeList<ops::integrations::StripePaymentMethod>)
Q_DECLARE_METATYPE(ops::integrations::StripeList<ops::integrations::StripeEvent>)

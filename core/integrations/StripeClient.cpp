#include "core/integrations/StripeClient.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/integrations/IntegrationSupport.h"
#include "core/integrations/StripeForm.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"

namespace ops::integrations {

namespace {

// Expandable fields arrive as the id string, or as the object when expanded.
QString idOf(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value(u"id").toString() : v.toString();
}

Status requireObject(const QJsonObject &o, const char16_t *object)
{
    if (!o.value(u"id").toString().isEmpty() && o.value(u"object").toString() == QStringView(object))
        return success();
    return Error::make(Error::Kind::Schema,
        QCoreApplication::translate(
            "ops::integrations", "Stripe sent an answer this version cannot read. Check the Stripe service address."),
        QStringLiteral("expected a Stripe %1, got object \"%2\"")
            .arg(QStringView(object).toString(), o.value(u"object").toString()));
}

QMap<QString, QString> metadataOf(const QJsonObject &o)
{
    QMap<QString, QString> out;
    const QJsonObject m = o.value(u"metadata").toObject();
    for (auto it = m.begin(); it != m.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QJsonObject metadataJson(const QMap<QString, QString> &metadata)
{
    QJsonObject o;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString pathPart(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

template <typename T> struct Parser
{
    static Result<T> parse(const QJsonObject &o) { return T::fromJson(o); }
};

template <typename T> struct Parser<StripeList<T>>
{
    static Result<StripeList<T>> parse(const QJsonObject &o)
    {
        const QString object = o.value(u"object").toString();
        if ((object != u"list" && object != u"search_result") || !o.value(u"data").isArray())
            return Error::make(Error::Kind::Schema,
                QCoreApplication::translate("ops::integrations",
                    "Stripe sent a list this version cannot read. Check the Stripe service address."),
                QStringLiteral("expected a Stripe list, got object \"%1\"").arg(object));
        StripeList<T> list;
        for (const QJsonValue &v : o.value(u"data").toArray()) {
            Result<T> item = T::fromJson(v.toObject());
            if (!item)
                return item.error();
            list.data << std::move(item).value();
        }
        list.hasMore = o.value(u"has_more").toBool();
        list.nextPage = o.value(u"next_page").toString();
        return list;
    }
};

} // namespace

Result<StripeCustomer> StripeCustomer::fromJson(const QJsonObject &o)
{
    if (Status s = requireObject(o, u"customer"); !s)
        return s.error();
    StripeCustomer c;
    c.id = o.value(u"id").toString();
    c.email = o.value(u"email").toString();
    c.name = o.value(u"name").toString();
    c.phone = o.value(u"phone").toString();
    c.defaultPaymentMethod = idOf(o.value(u"invoice_settings").toObject().value(u"default_payment_method"));
    c.metadata = metadataOf(o);
    return c;
}

QJsonObject StripeCustomerInput::toParams() const
{
    QJsonObject p;
    if (email)
        p.insert(QStringLiteral("email"), *email);
    if (name)
        p.insert(QStringLiteral("name"), *name);
    if (phone)
        p.insert(QStringLiteral("phone"), *phone);
    if (description)
        p.insert(QStringLiteral("description"), *description);
    if (defaultPaymentMethod)
        p.insert(QStringLiteral("invoice_settings"),
            QJsonObject{{QStringLiteral("default_payment_method"), *defaultPaymentMethod}});
    if (!preferredLocales.isEmpty())
        p.insert(QStringLiteral("preferred_locales"), QJsonArray::fromStringList(preferredLocales));
    if (!metadata.isEmpty())
        p.insert(QStringLiteral("metadata"), metadataJson(metadata));
    return p;
}

Result<StripeSetupIntent> StripeSetupIntent::fromJson(const QJsonObject &o)
{
    if (Status s = requireObject(o, u"setup_intent"); !s)
        return s.error();
    return StripeSetupIntent{o.value(u"id").toString(), o.value(u"status").toString(), idOf(o.value(u"customer")),
        idOf(o.value(u"payment_method")), o.value(u"client_secret").toString()};
}

Result<StripePaymentMethod> StripePaymentMethod::fromJson(const QJsonObject &o)
{
    if (Status s = requireObject(o, u"payment_method"); !s)
        return s.error();
    StripePaymentMethod m;
    m.id = o.value(u"id").toString();
    m.type = o.value(u"type").toString();
    m.customer = idOf(o.value(u"customer"));
    const QJsonObject card = o.value(u"card").toObject();
    m.cardBrand = card.value(u"brand").toString();
    m.cardLast4 = card.value(u"last4").toString();
    m.expMonth = card.value(u"exp_month").toInt();
    m.expYear = card.value(u"exp_year").toInt();
    return m;
}

QJsonObject StripePaymentIntentInput::toParams() const
{
    QJsonObject p{{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency.toLower()}};
    if (!customer.isEmpty())
        p.insert(QStringLiteral("customer"), customer);
    if (!paymentMethod.isEmpty())
        p.insert(QStringLiteral("payment_method"), paymentMethod);
    if (offSessionConfirm) {
        p.insert(QStringLiteral("confirm"), true);
        p.insert(QStringLiteral("off_session"), true);
    }
    if (!description.isEmpty())
        p.insert(QStringLiteral("description"), description);
    if (!statementDescriptorSuffix.isEmpty())
        p.insert(QStringLiteral("statement_descriptor_suffix"), statementDescriptorSuffix);
    if (!metadata.isEmpty())
        p.insert(QStringLiteral("metadata"), metadataJson(metadata));
    return p;
}

Result<StripePaymentIntent> StripePaymentIntent::fromJson(const QJsonObject &o)
{
    if (Status s = requireObject(o, u"payment_intent"); !s)
        return s.error();
    StripePaymentIntent pi;
    pi.id = o.value(u"id").toString();
    pi.status = o.value(u"status").toString();
    pi.amount = o.value(u"amount").toInteger();
    pi.amountReceived = o.value(u"amount_received").toInteger();
    pi.currency = o.value(u"currency").toString();
    pi.customer = idOf(o.value(u"customer"));
    pi.paymentMethod = idOf(o.value(u"payment_method"));
    pi.latestCharge = idOf(o.value(u"latest_charge"));
    const QJsonObject err = o.value(u"last_payment_error").toObject();
    pi.lastErrorCode = err.value(u"decline_code").toString();
    if (pi.lastErrorCode.isEmpty())
        pi.lastErrorCode = err.value(u"code").toString();
    pi.lastErrorMessage = err.value(u"message").toString();
    return pi;
}

Result<StripeRefund> StripeRefund::fromJson(const QJsonObject &o)
{
    if (Status s = requireObject(o, u"refund"); !s)
        return s.error();
    return StripeRefund{o.value(u"id").toString(), o.value(u"status").toString(), o.value(u"amount").toInteger(),
        o.value(u"currency").toString(), idOf(o.value(u"payment_intent"))};
}

Result<StripeEvent> StripeEvent::fromJson(const QJsonObject &o)
{
    if (Status s = requireObject(o, u"event"); !s)
        return s.error();
    return StripeEvent{o.value(u"id").toString(), o.value(u"type").toString(),
        QDateTime::fromSecsSinceEpoch(o.value(u"created").toInteger(), Qt::UTC),
        o.value(u"data").toObject().value(u"object").toObject()};
}

StripeClient::StripeClient(net::NetExecutor &net, StripeConfig config)
    : m_net(net)
    , m_config(std::move(config))
{}

net::RawHeaders StripeClient::authHeaders() const
{
    return {{QByteArrayLiteral("Authorization"), net::bearerAuthorization(m_config.secretKey)},
        {QByteArrayLiteral("Stripe-Version"), m_config.apiVersion.toLatin1()}};
}

Result<outbox::OutboxRequest> StripeClient::postRequest(
    const QString &operation, const QString &path, const QJsonObject &params, const QString &idempotencyKey) const
{
    if (idempotencyKey.trimmed().isEmpty() || idempotencyKey.size() > 255)
        return Error::make(Error::Kind::Internal,
            QCoreApplication::translate("ops::integrations",
                "The payment request has no valid idempotency key, so it was not sent. Report this problem."),
            QStringLiteral("Stripe %1: idempotency key missing or longer than 255 characters").arg(operation));
    outbox::OutboxRequest r;
    r.provider = m_config.providerId;
    r.operation = operation;
    r.method = QByteArrayLiteral("POST");
    r.path = path;
    r.headers = {{QStringLiteral("Stripe-Version"), m_config.apiVersion}};
    r.form = stripeFormFields(params);
    if (r.form.isEmpty())
        r.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    r.idempotencyKey = idempotencyKey;
    return r;
}

template <typename T> QFuture<Result<T>> StripeClient::post(const Result<outbox::OutboxRequest> &request)
{
    if (!request)
        return QtFuture::makeReadyFuture(Result<T>(request.error()));
    net::HttpRequest http = toHttpRequest(request.value(), authHeaders());
    if (http.contentType.isEmpty())
        http.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return mapResult<T>(m_net.send(http), [](const Result<net::HttpResponse> &r) -> Result<T> {
        if (!r)
            return mapError(r.error());
        Result<QJsonObject> o = jsonObjectOf(r.value(), QStringLiteral("Stripe"));
        if (!o)
            return o.error();
        return Parser<T>::parse(o.value());
    });
}

template <typename T>
QFuture<Result<T>> StripeClient::get(const QString &path, const QList<std::pair<QString, QString>> &query)
{
    QUrl url(path);
    if (!query.isEmpty()) {
        QByteArray q;
        for (const auto &[k, v] : query)
            q += (q.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
        url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    }
    net::HttpRequest http = net::HttpRequest::get(url);
    http.providerId = m_config.providerId;
    http.headers = authHeaders();
    http.expectJson = true;
    return mapResult<T>(m_net.send(http), [](const Result<net::HttpResponse> &r) -> Result<T> {
        if (!r)
            return mapError(r.error());
        Result<QJsonObject> o = jsonObjectOf(r.value(), QStringLiteral("Stripe"));
        if (!o)
            return o.error();
        return Parser<T>::parse(o.value());
    });
}

Result<outbox::OutboxRequest> StripeClient::createCustomerRequest(
    const StripeCustomerInput &input, const QString &idempotencyKey) const
{
    return postRequest(
        QStringLiteral("customer.create"), QStringLiteral("/v1/customers"), input.toParams(), idempotencyKey);
}

Result<outbox::OutboxRequest> StripeClient::updateCustomerRequest(
    const QString &customerId, const StripeCustomerInput &input, const QString &idempotencyKey) const
{
    return postRequest(QStringLiteral("customer.update"), QStringLiteral("/v1/customers/%1").arg(pathPart(customerId)),
        input.toParams(), idempotencyKey);
}

Result<outbox::OutboxRequest> StripeClient::createSetupIntentRequest(
    const QString &customerId, const QString &idempotencyKey) const
{
    const QJsonObject params{{QStringLiteral("customer"), customerId},
        {QStringLiteral("usage"), QStringLiteral("off_session")},
        {QStringLiteral("payment_method_types"), QJsonArray{QStringLiteral("card")}}};
    return postRequest(
        QStringLiteral("setup_intent.create"), QStringLiteral("/v1/setup_intents"), params, idempotencyKey);
}

Result<outbox::OutboxRequest> StripeClient::createSetupIntentRequest(const QString &customerId,
    const QString &methodType, const QMap<QString, QString> &metadata, const QString &idempotencyKey) const
{
    QJsonObject params{{QStringLiteral("customer"), customerId},
        {QStringLiteral("usage"), QStringLiteral("off_session")},
        {QStringLiteral("payment_method_types"), QJsonArray{methodType}}};
    if (methodType == u"acss_debit") {
        const QJsonObject mandate{{QStringLiteral("payment_schedule"), QStringLiteral("interval")},
            {QStringLiteral("interval_description"), QStringLiteral("Monthly invoice / Facture mensuelle")},
            {QStringLiteral("transaction_type"), QStringLiteral("personal")}};
        params.insert(QStringLiteral("payment_method_options"),
            QJsonObject{{QStringLiteral("acss_debit"),
                QJsonObject{{QStringLiteral("currency"), QStringLiteral("cad")},
                    {QStringLiteral("mandate_options"), mandate},
                    {QStringLiteral("verification_method"), QStringLiteral("automatic")}}}});
    }
    if (!metadata.isEmpty()) {
        QJsonObject m;
        for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
            m.insert(it.key(), it.value());
        params.insert(QStringLiteral("metadata"), m);
    }
    return postRequest(
        QStringLiteral("setup_intent.create"), QStringLiteral("/v1/setup_intents"), params, idempotencyKey);
}

Result<outbox::OutboxRequest> StripeClient::attachPaymentMethodRequest(
    const QString &paymentMethodId, const QString &customerId, const QString &idempotencyKey) const
{
    return postRequest(QStringLiteral("payment_method.attach"),
        QStringLiteral("/v1/payment_methods/%1/attach").arg(pathPart(paymentMethodId)),
        QJsonObject{{QStringLiteral("customer"), customerId}}, idempotencyKey);
}

Result<outbox::OutboxRequest> StripeClient::detachPaymentMethodRequest(
    const QString &paymentMethodId, const QString &idempotencyKey) const
{
    return postRequest(QStringLiteral("payment_method.detach"),
        QStringLiteral("/v1/payment_methods/%1/detach").arg(pathPart(paymentMethodId)), {}, idempotencyKey);
}

Result<outbox::OutboxRequest> StripeClient::cancelPaymentIntentRequest(
    const QString &id, const QString &reason, const QString &idempotencyKey) const
{
    QJsonObject params;
    if (!reason.isEmpty())
        params.insert(QStringLiteral("cancellation_reason"), reason);
    return postRequest(QStringLiteral("payment_intent.cancel"),
        QStringLiteral("/v1/payment_intents/%1/cancel").arg(pathPart(id)), params, idempotencyKey);
}

Result<outbox::OutboxRequest> StripeClient::createRefundRequest(const QString &paymentIntentId,
    std::optional<qint64> amount, const QString &reason, const QString &idempotencyKey) const
{
    QJsonObject params{{QStringLiteral("payment_intent"), paymentIntentId}};
    if (amount)
        params.insert(QStringLiteral("amount"), *amount);
    if (!reason.isEmpty())
        params.insert(QStringLiteral("reason"), reason);
    return postRequest(QStringLiteral("refund.create"), QStringLiteral("/v1/refunds"), params, idempotencyKey);
}

QFuture<Result<StripeCustomer>> StripeClient::createCustomer(
    const StripeCustomerInput &input, const QString &idempotencyKey)
{
    return post<StripeCustomer>(createCustomerRequest(input, idempotencyKey));
}

QFuture<Result<StripeCustomer>> StripeClient::updateCustomer(
    const QString &customerId, const StripeCustomerInput &input, const QString &idempotencyKey)
{
    return post<StripeCustomer>(updateCustomerRequest(customerId, input, idempotencyKey));
}

QFuture<Result<StripeList<StripeCustomer>>> StripeClient::searchCustomers(
    const QString &query, int limit, const QString &page)
{
    QList<std::pair<QString, QString>> q{
        {QStringLiteral("query"), query}, {QStringLiteral("limit"), QString::number(qBound(1, limit, 100))}};
    if (!page.isEmpty())
        q << std::pair{QStringLiteral("page"), page};
    return get<StripeList<StripeCustomer>>(QStringLiteral("/v1/customers/search"), q);
}

QFuture<Result<StripeSetupIntent>> StripeClient::createSetupIntent(
    const QString &customerId, const QString &idempotencyKey)
{
    return post<StripeSetupIntent>(createSetupIntentRequest(customerId, idempotencyKey));
}

QFuture<Result<StripeSetupIntent>> StripeClient::createSetupIntent(const QString &customerId, const QString &methodType,
    const QMap<QString, QString> &metadata, const QString &idempotencyKey)
{
    return post<StripeSetupIntent>(createSetupIntentRequest(customerId, methodType, metadata, idempotencyKey));
}

QFuture<Result<StripeList<StripePaymentMethod>>> StripeClient::listPaymentMethods(
    const QString &customerId, const QString &type)
{
    return get<StripeList<StripePaymentMethod>>(QStringLiteral("/v1/payment_methods"),
        {{QStringLiteral("customer"), customerId}, {QStringLiteral("type"), type},
            {QStringLiteral("limit"), QStringLiteral("100")}});
}

QFuture<Result<StripePaymentMethod>> StripeClient::attachPaymentMethod(
    const QString &paymentMethodId, const QString &customerId, const QString &idempotencyKey)
{
    return post<StripePaymentMethod>(attachPaymentMethodRequest(paymentMethodId, customerId, idempotencyKey));
}

QFuture<Result<StripePaymentMethod>> StripeClient::detachPaymentMethod(
    const QString &paymentMethodId, const QString &idempotencyKey)
{
    return post<StripePaymentMethod>(detachPaymentMethodRequest(paymentMethodId, idempotencyKey));
}

Result<outbox::OutboxRequest> StripeClient::createPaymentIntentRequest(
    const StripePaymentIntentInput &input, const QString &idempotencyKey) const
{
    if (input.amount <= 0 || input.currency.size() != 3)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::integrations", "A payment needs a positive amount and a 3-letter currency. Correct the amount."));
    if (input.offSessionConfirm && (input.customer.isEmpty() || input.paymentMethod.isEmpty()))
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations",
                "Charging a saved card needs the customer and the saved payment method. Choose a saved card."));
    return postRequest(QStringLiteral("payment_intent.create"), QStringLiteral("/v1/payment_intents"), input.toParams(),
        idempotencyKey);
}

QFuture<Result<StripePaymentIntent>> StripeClient::createPaymentIntent(
    const StripePaymentIntentInput &input, const QString &idempotencyKey)
{
    return post<StripePaymentIntent>(createPaymentIntentRequest(input, idempotencyKey));
}

QFuture<Result<StripePaymentIntent>> StripeClient::fetchPaymentIntent(const QString &id)
{
    return get<StripePaymentIntent>(QStringLiteral("/v1/payment_intents/%1").arg(pathPart(id)), {});
}

QFuture<Result<StripePaymentIntent>> StripeClient::cancelPaymentIntent(
    const QString &id, const QString &reason, const QString &idempotencyKey)
{
    return post<StripePaymentIntent>(cancelPaymentIntentRequest(id, reason, idempotencyKey));
}

QFuture<Result<StripeRefund>> StripeClient::createRefund(
    const QString &paymentIntentId, std::optional<qint64> amount, const QString &reason, const QString &idempotencyKey)
{
    return post<StripeRefund>(createRefundRequest(paymentIntentId, amount, reason, idempotencyKey));
}

QFuture<Result<StripeList<StripeEvent>>> StripeClient::listEvents(const StripeEventQuery &query)
{
    QList<std::pair<QString, QString>> q{{QStringLiteral("limit"), QString::number(qBound(1, query.limit, 100))}};
    if (!query.startingAfter.isEmpty())
        q << std::pair{QStringLiteral("starting_after"), query.startingAfter};
    if (!query.endingBefore.isEmpty())
        q << std::pair{QStringLiteral("ending_before"), query.endingBefore};
    for (qsizetype i = 0; i < query.types.size(); ++i)
        q << std::pair{QStringLiteral("types[%1]").arg(i), query.types.at(i)};
    return get<StripeList<StripeEvent>>(QStringLiteral("/v1/events"), q);
}

} // namespace ops::integrations

#pragma once

#include <functional>
#include <utility>

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/net/HttpResponse.h"
#include "core/outbox/OutboxTypes.h"

namespace ops::integrations {

using FormFields = QList<std::pair<QString, QString>>;

// application/x-www-form-urlencoded: UTF-8, every reserved character percent-encoded (brackets too), keys in order.
QByteArray formEncode(const FormFields &fields);

// The HTTP call for an outbox request, as the clients send it directly (the outbox worker builds the same call from
// the stored row): path under the provider's base URL, authHeaders then the request's headers, body, idempotency key.
net::HttpRequest toHttpRequest(const outbox::OutboxRequest &request, const net::RawHeaders &authHeaders);

// The provider's answer text carried by a core/net Error (its detail ends with the response excerpt): the JSON
// object when it is complete, else empty.
QJsonObject providerBodyOf(const Error &error);
// The provider's own message in a core/net Error: Twilio "message", Stripe "error.message", Mailjet
// "ErrorMessage" / "Errors[].ErrorMessage", problem+json "detail"/"title"/"validation[].message"; empty when none.
QString providerMessageOf(const Error &error);

// A 2xx JSON object body, or an Error naming the provider when the body is not a JSON object.
Result<QJsonObject> jsonObjectOf(const net::HttpResponse &response, const QString &provider);

// f applied to the future's result on the thread that finishes it (no event loop needed).
template <typename T, typename F> auto mapResult(QFuture<Result<net::HttpResponse>> future, F f)
{
    return future.then(
        QtFuture::Launch::Sync, [f = std::move(f)](const Result<net::HttpResponse> &r) -> Result<T> { return f(r); });
}

} // namespace ops::integrations

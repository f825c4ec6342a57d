#include "core/net/HttpRequest.h"

namespace ops::net {

QByteArray findHeader(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return QByteArrayLiteral("Basic ") + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QByteArray bearerAuthorization(const QString &token)
{
    return QByteArrayLiteral("Bearer ") + token.toUtf8();
}

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

HttpRequest HttpRequest::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = url;
    r.body = body;
    r.contentType = contentType;
    return r;
}

HttpRequest HttpRequest::postJson(const QUrl &url, const QByteArray &json)
{
    HttpRequest r = post(url, json, QByteArrayLiteral("application/json"));
    r.expectJson = true;
    return r;
}

HttpRequest HttpRequest::postForm(const QUrl &url, const QByteArray &urlEncoded)
{
    return post(url, urlEncoded, QByteArrayLiteral("application/x-www-form-urlencoded"));
}

HttpRequest &HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const RawHeader &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isEmpty())
        headers.append({name, value});
    return *this;
}

HttpRequest &HttpRequest::setBasicAuth(const QString &user, const QString &password)
{
    return setHeader(QByteArrayLiteral("Authorization"), basicAuthorization(user, password));
}

HttpRequest &HttpRequest::setBearerToken(const QString &token)
{
    return setHeader(QByteArrayLiteral("Authorization"), bearerAuthorization(token));
}

bool HttpRequest::isSafeMethod() const
{
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "OPTIONS";
}

bool HttpRequest::isIdempotent() const
{
    return !idempotencyKey.isEmpty() || isSafeMethod();
}

} // namespace ops::net

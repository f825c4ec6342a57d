#include "core/integrations/IntegrationSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ops::integrations {

QByteArray formEncode(const FormFields &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

net::HttpRequest toHttpRequest(const outbox::OutboxRequest &request, const net::RawHeaders &authHeaders)
{
    net::HttpRequest http;
    http.method = request.method;
    http.url = QUrl(request.path);
    http.providerId = request.provider;
    http.headers = authHeaders;
    for (const auto &[name, value] : request.headers)
        http.setHeader(name.toUtf8(), value.toUtf8());
    if (!request.form.isEmpty()) {
        http.body = formEncode(request.form);
        http.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    } else if (request.json) {
        http.body = QJsonDocument(*request.json).toJson(QJsonDocument::Compact);
        http.contentType = QByteArrayLiteral("application/json");
    } else if (!request.body.isEmpty()) {
        http.body = request.body;
        http.contentType = request.contentType;
    }
    http.idempotencyKey = request.idempotencyKey;
    http.expectJson = true;
    // Mailjet answers a partly failed batch with 400 and one result per message: the caller reads them.
    if (request.provider == u"mailjet" && request.path.endsWith(u"/send"))
        http.answerStatuses = {400};
    return http;
}

QJsonObject providerBodyOf(const Error &error)
{
    // Outcome.cpp: "<METHOD> <url> -> <what> [<outcome>; attempt N; M ms]: <body excerpt>"
    const qsizetype at = error.detail.indexOf(QStringLiteral(" ms]: "));
    if (at < 0)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(error.detail.mid(at + 6).toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject();
}

QString providerMessageOf(const Error &error)
{
    const QJsonObject o = providerBodyOf(error);
    if (!o.isEmpty()) {
        if (o.value(u"error").isObject())
            return o.value(u"error").toObject().value(u"message").toString();
        QStringList problems; // Prism's problem+json: the validation messages say what is wrong
        for (const QJsonValue &v : o.value(u"validation").toArray())
            problems << v.toObject().value(u"message").toString();
        problems.removeAll(QString());
        if (!problems.isEmpty())
            return problems.join(QStringLiteral("; "));
        for (const char16_t *key : {u"message", u"ErrorMessage", u"detail", u"title"}) {
            if (o.value(key).isString() && !o.value(key).toString().isEmpty())
                return o.value(key).toString();
        }
        QStringList parts;
        for (const QJsonValue &m : o.value(u"Messages").toArray()) {
            for (const QJsonValue &e : m.toObject().value(u"Errors").toArray())
                parts << e.toObject().value(u"ErrorMessage").toString();
        }
        parts.removeAll(QString());
        return parts.join(QStringLiteral("; "));
    }
    // A truncated excerpt: take the first message-like string.
    static const QRegularExpression re(
        QStringLiteral("\"(?:message|ErrorMessage|detail)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    const QRegularExpressionMatch m = re.match(error.detail);
    return m.hasMatch() ? m.captured(1) : QString();
}

Result<QJsonObject> jsonObjectOf(const net::HttpResponse &response, const QString &provider)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (!doc.isObject())
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate("ops::integrations",
                "%1 sent an answer this version cannot read. Check the service address in the settings.")
                .arg(provider),
            QStringLiteral("HTTP %1, not a JSON object: %2").arg(response.status).arg(pe.errorString()));
    return doc.object();
}

} // namespace ops::integrations

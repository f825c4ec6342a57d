#include "core/integrations/TwilioClient.h"

#include <memory>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QPromise>

#include "core/integrations/IntegrationSupport.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"

namespace ops::integrations {

namespace {

QString text(const QJsonObject &o, const char16_t *key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

} // namespace

QDateTime parseRfc2822Date(const QString &value)
{
    QDateTime d = QDateTime::fromString(value.trimmed(), Qt::RFC2822Date);
    if (!d.isValid())
        d = QLocale::c().toDateTime(value.trimmed(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss t"));
    return d.isValid() ? d.toUTC() : QDateTime();
}

Result<TwilioMessage> TwilioMessage::fromJson(const QJsonObject &o)
{
    TwilioMessage m;
    m.sid = text(o, u"sid");
    if (m.sid.isEmpty())
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate(
                "ops::integrations", "Twilio sent a message without an identifier. Check the Twilio service address."),
            QStringLiteral("no sid in Twilio message"));
    m.status = text(o, u"status");
    m.to = text(o, u"to");
    m.from = text(o, u"from");
    m.messagingServiceSid = text(o, u"messaging_service_sid");
    m.body = text(o, u"body");
    m.direction = text(o, u"direction");
    m.errorCode = text(o, u"error_code").toInt();
    m.errorMessage = text(o, u"error_message");
    m.numSegments = text(o, u"num_segments").toInt();
    m.price = text(o, u"price");
    m.priceUnit = text(o, u"price_unit");
    m.dateCreated = parseRfc2822Date(text(o, u"date_created"));
    m.dateSent = parseRfc2822Date(text(o, u"date_sent"));
    m.dateUpdated = parseRfc2822Date(text(o, u"date_updated"));
    return m;
}

bool TwilioMessage::isFinal() const
{
    return status == u"delivered" || status == u"undelivered" || status == u"failed" || status == u"received"
        || status == u"canceled" || status == u"read";
}

TwilioClient::TwilioClient(net::NetExecutor &net, TwilioConfig config)
    : m_net(net)
    , m_config(std::move(config))
{}

net::RawHeaders TwilioClient::authHeaders() const
{
    const QString user = m_config.apiKeySid.isEmpty() ? m_config.accountSid : m_config.apiKeySid;
    return {{QByteArrayLiteral("Authorization"), net::basicAuthorization(user, m_config.authToken)}};
}

QString TwilioClient::messagesPath() const
{
    return QStringLiteral("/2010-04-01/Accounts/%1/Messages.json")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_config.accountSid)));
}

Result<outbox::OutboxRequest> TwilioClient::sendSmsRequest(const TwilioSms &sms) const
{
    if (sms.to.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations", "The SMS has no recipient. Enter the mobile number."));
    if (sms.from.trimmed().isEmpty() && sms.messagingServiceSid.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations",
                "No Twilio sender is configured. Set the sending number or the messaging service in the settings."));
    if (sms.body.trimmed().isEmpty() && sms.mediaUrls.isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations", "The SMS is empty. Write the message text."));
    if (sms.body.size() > 1600)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::integrations", "The SMS has %1 characters; Twilio accepts at most 1600. Shorten the text.")
                .arg(sms.body.size()));

    outbox::OutboxRequest r;
    r.provider = m_config.providerId;
    r.operation = QStringLiteral("sms.send");
    r.method = QByteArrayLiteral("POST");
    r.path = messagesPath();
    r.form << std::pair{QStringLiteral("To"), sms.to.trimmed()};
    if (!sms.messagingServiceSid.trimmed().isEmpty())
        r.form << std::pair{QStringLiteral("MessagingServiceSid"), sms.messagingServiceSid.trimmed()};
    if (!sms.from.trimmed().isEmpty())
        r.form << std::pair{QStringLiteral("From"), sms.from.trimmed()};
    if (!sms.body.isEmpty())
        r.form << std::pair{QStringLiteral("Body"), sms.body};
    for (const QString &url : sms.mediaUrls)
        r.form << std::pair{QStringLiteral("MediaUrl"), url};
    if (!sms.statusCallback.isEmpty())
        r.form << std::pair{QStringLiteral("StatusCallback"), sms.statusCallback};
    return r;
}

QFuture<Result<TwilioMessage>> TwilioClient::sendOne(const net::HttpRequest &request)
{
    return mapResult<TwilioMessage>(
        m_net.send(request), [](const Result<net::HttpResponse> &r) -> Result<TwilioMessage> {
            if (!r)
                return mapError(r.error());
            Result<QJsonObject> o = jsonObjectOf(r.value(), QStringLiteral("Twilio"));
            if (!o)
                return o.error();
            return TwilioMessage::fromJson(o.value());
        });
}

QFuture<Result<TwilioMessage>> TwilioClient::sendSms(const TwilioSms &sms)
{
    Result<outbox::OutboxRequest> request = sendSmsRequest(sms);
    if (!request)
        return QtFuture::makeReadyFuture(Result<TwilioMessage>(request.error()));
    return sendOne(toHttpRequest(request.value(), authHeaders()));
}

QFuture<Result<TwilioMessage>> TwilioClient::fetchMessage(const QString &sid)
{
    net::HttpRequest r =
        net::HttpRequest::get(QUrl(QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json")
                                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_config.accountSid)),
                                           QString::fromLatin1(QUrl::toPercentEncoding(sid)))));
    r.providerId = m_config.providerId;
    r.headers = authHeaders();
    r.expectJson = true;
    return sendOne(r);
}

Result<QList<TwilioMessage>> TwilioClient::parseMessagePage(const QJsonObject &page, QString *nextPageUri)
{
    QList<TwilioMessage> out;
    if (!page.value(u"messages").isArray())
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate(
                "ops::integrations", "Twilio sent a message list this version cannot read. Check the service address."),
            QStringLiteral("no messages array"));
    for (const QJsonValue &v : page.value(u"messages").toArray()) {
        Result<TwilioMessage> m = TwilioMessage::fromJson(v.toObject());
        if (!m)
            return m.error();
        out << std::move(m).value();
    }
    if (nextPageUri)
        *nextPageUri = page.value(u"next_page_uri").toString();
    return out;
}

namespace {

struct ListState
{
    QPromise<Result<QList<TwilioMessage>>> promise;
    QList<TwilioMessage> items;
    int pagesLeft = 0;
};

void fetchPage(net::NetExecutor &net, net::HttpRequest request, std::shared_ptr<ListState> state)
{
    net.send(request).then(QtFuture::Launch::Sync, [&net, request, state](const Result<net::HttpResponse> &r) {
        auto finish = [&](Result<QList<TwilioMessage>> result) {
            state->promise.addResult(std::move(result));
            state->promise.finish();
        };
        if (!r)
            return finish(TwilioClient::mapError(r.error()));
        Result<QJsonObject> o = jsonObjectOf(r.value(), QStringLiteral("Twilio"));
        if (!o)
            return finish(o.error());
        QString next;
        Result<QList<TwilioMessage>> page = TwilioClient::parseMessagePage(o.value(), &next);
        if (!page)
            return finish(page.error());
        state->items += page.value();
        if (next.isEmpty() || --state->pagesLeft <= 0)
            return finish(state->items);
        net::HttpRequest nextRequest = request;
        nextRequest.url = QUrl(next); // relative: resolved against the provider's base URL
        if (state->promise.isCanceled())
            return finish(state->items); // the caller gave up: send nothing more
        fetchPage(net, nextRequest, state);
    });
}

} // namespace

QFuture<Result<QList<TwilioMessage>>> TwilioClient::listMessages(
    int pageSize, int maxPages, const TwilioMessageFilter &filter)
{
    auto state = std::make_shared<ListState>();
    state->pagesLeft = qMax(1, maxPages);
    QFuture<Result<QList<TwilioMessage>>> future = state->promise.future();
    state->promise.start();
    QByteArray query;
    auto add = [&query](const QByteArray &key, const QString &value) {
        query += (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(QString::fromLatin1(key)) + '='
            + QUrl::toPercentEncoding(value);
    };
    if (!filter.to.isEmpty())
        add("To", filter.to);
    if (!filter.from.isEmpty())
        add("From", filter.from);
    if (filter.sentAfter.isValid())
        add("DateSent>", filter.sentAfter.toUTC().toString(Qt::ISODate));
    add("PageSize", QString::number(qBound(1, pageSize, 1000)));
    QUrl url(messagesPath());
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    net::HttpRequest r = net::HttpRequest::get(url);
    r.providerId = m_config.providerId;
    r.headers = authHeaders();
    r.expectJson = true;
    fetchPage(m_net, r, state);
    return future;
}

std::optional<TwilioMessage> TwilioClient::findSent(const QList<TwilioMessage> &candidates, const TwilioSms &sms,
    const QDateTime &since, const QSet<QString> &alreadyRecorded)
{
    for (const TwilioMessage &m : candidates) {
        if (alreadyRecorded.contains(m.sid))
            continue;
        if (m.to == sms.to.trimmed() && m.body == sms.body && m.direction.startsWith(u"outbound")
            && (!since.isValid() || !m.dateCreated.isValid() || m.dateCreated >= since.addSecs(-1)))
            return m;
    }
    return std::nullopt;
}

Error TwilioClient::mapError(const Error &error)
{
    if (error.code.isEmpty() || !error.code.startsWith(u"net/"))
        return error;
    Error e = error;
    const QString code = net::providerCodeOf(error);
    const QString message = providerMessageOf(error);
    const int status = net::httpStatusOf(error);
    const int n = code.toInt();
    if (n == 21211 || n == 21614 || n == 21217)
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "Twilio refused the recipient number (%1: %2). Check the customer's mobile number.")
                            .arg(code, message);
    else if (n == 21610)
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "The recipient has unsubscribed from our SMS (replied STOP). Reach the customer another way.");
    else if (n == 21408 || n == 21612)
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Twilio cannot send to this destination (%1: %2). Check the number or the account's geographic "
            "permissions.")
                            .arg(code, message);
    else if (n == 21606 || n == 21603 || n == 21212 || n == 21704)
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Twilio refused the sender (%1: %2). Check the sending number or messaging service in the settings.")
                            .arg(code, message);
    else if (n == 20003 || status == 401)
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Twilio refused the credentials. Check the Account SID and auth token in the settings.");
    else if (n == 20429 || status == 429)
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Twilio is busy (too many requests at once). The SMS was not sent; it will be sent again shortly.");
    else if (status == 404)
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "Twilio does not know this message (%1). Check the message identifier.")
                            .arg(message.isEmpty() ? code : message);
    else if (status >= 400 && status < 500 && !message.isEmpty())
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "Twilio refused the SMS: %1 (error %2). Correct it, then send it again.")
                            .arg(message, code.isEmpty() ? QString::number(status) : code);
    return e;
}

} // namespace ops::integrations

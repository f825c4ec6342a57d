#include "core/integrations/MailjetClient.h"

#include <memory>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

#include "core/integrations/IntegrationSupport.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"

namespace ops::integrations {

namespace {

QJsonObject addressJson(const MailjetAddress &a)
{
    QJsonObject o{{QStringLiteral("Email"), a.email.trimmed()}};
    if (!a.name.isEmpty())
        o.insert(QStringLiteral("Name"), a.name);
    return o;
}

QJsonArray addressesJson(const QList<MailjetAddress> &list)
{
    QJsonArray a;
    for (const MailjetAddress &x : list)
        a.append(addressJson(x));
    return a;
}

bool plausibleEmail(const QString &email)
{
    const QString e = email.trimmed();
    const qsizetype at = e.indexOf(u'@');
    return at > 0 && at == e.lastIndexOf(u'@') && e.indexOf(u'.', at) > at + 1 && !e.endsWith(u'.')
        && !e.contains(u' ');
}

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

} // namespace

QList<int> MailjetSendReport::failedIndexes() const
{
    QList<int> out;
    for (const MailjetMessageResult &r : results) {
        if (!r.success && !r.ambiguous)
            out << r.index;
    }
    return out;
}

QList<int> MailjetSendReport::ambiguousIndexes() const
{
    QList<int> out;
    for (const MailjetMessageResult &r : results) {
        if (r.ambiguous)
            out << r.index;
    }
    return out;
}

int MailjetSendReport::sentCount() const
{
    int n = 0;
    for (const MailjetMessageResult &r : results)
        n += r.success ? 1 : 0;
    return n;
}

MailjetClient::MailjetClient(net::NetExecutor &net, MailjetConfig config)
    : m_net(net)
    , m_config(std::move(config))
{}

net::RawHeaders MailjetClient::authHeaders() const
{
    return {{QByteArrayLiteral("Authorization"), net::basicAuthorization(m_config.apiKey, m_config.secretKey)}};
}

Result<QJsonObject> MailjetClient::messageJson(const MailjetMessage &m) const
{
    MailjetAddress from = m.from.value_or(MailjetAddress{m_config.fromEmail, m_config.fromName});
    if (!plausibleEmail(from.email))
        return invalid(QCoreApplication::translate("ops::integrations",
            "No valid sender address for e-mail. Set the Mailjet sender address in the settings."));
    if (m.to.isEmpty())
        return invalid(
            QCoreApplication::translate("ops::integrations", "The e-mail has no recipient. Enter an e-mail address."));
    if (m.to.size() > kMaxRecipientsPerList || m.cc.size() > kMaxRecipientsPerList
        || m.bcc.size() > kMaxRecipientsPerList)
        return invalid(QCoreApplication::translate("ops::integrations",
            "An e-mail can have at most 50 recipients in To, Cc and Bcc each. Send it as several e-mails."));
    for (const QList<MailjetAddress> *list : {&m.to, &m.cc, &m.bcc}) {
        for (const MailjetAddress &a : *list) {
            if (!plausibleEmail(a.email))
                return invalid(QCoreApplication::translate(
                    "ops::integrations", "\"%1\" is not a valid e-mail address. Correct the address.")
                                   .arg(a.email));
        }
    }
    if (m.textPart.isEmpty() && m.htmlPart.isEmpty())
        return invalid(
            QCoreApplication::translate("ops::integrations", "The e-mail has no content. Write the message text."));
    if (m.subject.size() > 255)
        return invalid(QCoreApplication::translate(
            "ops::integrations", "The e-mail subject is longer than 255 characters. Shorten it."));

    QJsonObject o;
    o.insert(QStringLiteral("From"), addressJson(from));
    o.insert(QStringLiteral("To"), addressesJson(m.to));
    if (!m.cc.isEmpty())
        o.insert(QStringLiteral("Cc"), addressesJson(m.cc));
    if (!m.bcc.isEmpty())
        o.insert(QStringLiteral("Bcc"), addressesJson(m.bcc));
    if (m.replyTo)
        o.insert(QStringLiteral("ReplyTo"), addressJson(*m.replyTo));
    o.insert(QStringLiteral("Subject"), m.subject);
    if (!m.textPart.isEmpty())
        o.insert(QStringLiteral("TextPart"), m.textPart);
    if (!m.htmlPart.isEmpty())
        o.insert(QStringLiteral("HTMLPart"), m.htmlPart);
    if (!m.headers.isEmpty()) {
        QJsonObject h;
        for (const auto &[name, value] : m.headers)
            h.insert(name, value);
        o.insert(QStringLiteral("Headers"), h);
    }
    if (!m.customId.isEmpty())
        o.insert(QStringLiteral("CustomID"), m.customId);
    if (!m.attachments.isEmpty()) {
        QJsonArray a;
        for (const MailjetAttachment &att : m.attachments) {
            if (att.filename.isEmpty() || att.content.isEmpty())
                return invalid(QCoreApplication::translate("ops::integrations",
                    "An attachment of the e-mail is empty or has no file name. Attach the file again."));
            a.append(QJsonObject{
                {QStringLiteral("ContentType"),
                    att.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : att.contentType},
                {QStringLiteral("Filename"), att.filename},
                {QStringLiteral("Base64Content"), QString::fromLatin1(att.content.toBase64())}});
        }
        o.insert(QStringLiteral("Attachments"), a);
    }
    return o;
}

QList<QList<MailjetMessage>> MailjetClient::splitBatches(const QList<MailjetMessage> &messages, int max)
{
    QList<QList<MailjetMessage>> out;
    max = qBound(1, max, kMaxMessagesPerCall);
    for (qsizetype i = 0; i < messages.size(); i += max)
        out << messages.mid(i, max);
    return out;
}

Result<QList<outbox::OutboxRequest>> MailjetClient::sendRequests(
    const QList<MailjetMessage> &messages, bool sandbox) const
{
    if (messages.isEmpty())
        return invalid(QCoreApplication::translate("ops::integrations", "There is no e-mail to send."));
    QList<outbox::OutboxRequest> out;
    for (const QList<MailjetMessage> &batch : splitBatches(messages)) {
        QJsonArray list;
        for (const MailjetMessage &m : batch) {
            Result<QJsonObject> json = messageJson(m);
            if (!json)
                return json.error();
            list.append(json.value());
        }
        outbox::OutboxRequest r;
        r.provider = m_config.providerId;
        r.operation = QStringLiteral("email.send");
        r.method = QByteArrayLiteral("POST");
        r.path = QStringLiteral("/v3.1/send");
        QJsonObject body{{QStringLiteral("Messages"), list}};
        if (sandbox)
            body.insert(QStringLiteral("SandboxMode"), true);
        r.json = body;
        out << r;
    }
    return out;
}

Result<QList<MailjetMessageResult>> MailjetClient::parseSendResponse(
    const QJsonObject &body, int firstIndex, int batchSize)
{
    const QJsonArray messages = body.value(u"Messages").toArray();
    if (!body.value(u"Messages").isArray() || messages.size() != batchSize)
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate("ops::integrations",
                "Mailjet answered with %1 results for %2 e-mails. Check in Mailjet which e-mails were sent.")
                .arg(messages.size())
                .arg(batchSize),
            QStringLiteral("Messages: %1 entries, expected %2").arg(messages.size()).arg(batchSize));
    QList<MailjetMessageResult> out;
    for (int i = 0; i < batchSize; ++i) {
        const QJsonObject m = messages.at(i).toObject();
        MailjetMessageResult r;
        r.index = firstIndex + i;
        r.success = m.value(u"Status").toString() == u"success";
        r.customId = m.value(u"CustomID").toString();
        for (const QJsonValue &to : m.value(u"To").toArray()) {
            r.messageIds << to.toObject().value(u"MessageID").toInteger();
            r.messageUuids << to.toObject().value(u"MessageUUID").toString();
        }
        for (const QJsonValue &ev : m.value(u"Errors").toArray()) {
            const QJsonObject e = ev.toObject();
            r.errorCodes << e.value(u"ErrorCode").toString();
            QString text = e.value(u"ErrorMessage").toString();
            const QStringList related = e.value(u"ErrorRelatedTo").toVariant().toStringList();
            if (!related.isEmpty())
                text += QStringLiteral(" (%1)").arg(related.join(QStringLiteral(", ")));
            r.errorMessages << text;
        }
        if (!r.success)
            r.userMessage = QCoreApplication::translate(
                "ops::integrations", "Mailjet refused this e-mail: %1. Correct it, then send it again.")
                                .arg(r.errorMessages.isEmpty() ? m.value(u"Status").toString()
                                                               : r.errorMessages.join(QStringLiteral("; ")));
        out << r;
    }
    return out;
}

QList<MailjetMessageResult> MailjetClient::failedBatch(const Error &error, int firstIndex, int batchSize)
{
    const Error mapped = mapError(error);
    QList<MailjetMessageResult> out;
    for (int i = 0; i < batchSize; ++i) {
        MailjetMessageResult r;
        r.index = firstIndex + i;
        r.ambiguous = net::outcomeOf(error) == net::Outcome::Ambiguous;
        r.errorCodes << net::providerCodeOf(error);
        r.errorMessages << providerMessageOf(error);
        r.userMessage = mapped.userMessage;
        out << r;
    }
    return out;
}

Error MailjetClient::mapError(const Error &error)
{
    if (!error.code.startsWith(u"net/"))
        return error;
    Error e = error;
    const int status = net::httpStatusOf(error);
    const QString message = providerMessageOf(error);
    if (status == 401 || status == 403)
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Mailjet refused the API keys (%1). Check the Mailjet API key and secret key in the settings.")
                            .arg(message.isEmpty() ? QString::number(status) : message);
    else if (status == 429)
        e.userMessage = QCoreApplication::translate("ops::integrations",
            "Mailjet's sending limit was reached. The e-mails were not sent; they will be sent again shortly.");
    else if (status >= 400 && status < 500 && !message.isEmpty())
        e.userMessage = QCoreApplication::translate(
            "ops::integrations", "Mailjet refused the e-mail: %1. Correct it, then send it again.")
                            .arg(message);
    return e;
}

namespace {

struct SendState
{
    QPromise<Result<MailjetSendReport>> promise;
    QList<outbox::OutboxRequest> requests;
    QList<int> sizes;
    net::RawHeaders auth;
    MailjetSendReport report;
    int next = 0;
    int firstIndex = 0;
};

void sendBatch(net::NetExecutor &net, std::shared_ptr<SendState> state)
{
    if (state->next >= state->requests.size() || state->promise.isCanceled()) {
        state->promise.addResult(std::move(state->report));
        state->promise.finish();
        return;
    }
    const net::HttpRequest request = toHttpRequest(state->requests.at(state->next), state->auth);
    net.send(request).then(QtFuture::Launch::Sync, [&net, state, request](const Result<net::HttpResponse> &r) {
        const int size = state->sizes.at(state->next);
        const int first = state->firstIndex;
        QJsonObject body;
        if (r)
            body = QJsonDocument::fromJson(r.value().body).object(); // 2xx, or 400 with per-message results
        Result<QList<MailjetMessageResult>> parsed = MailjetClient::parseSendResponse(body, first, size);
        if (parsed) {
            state->report.results += parsed.value();
        } else if (r && r.value().status == 400) {
            // A 400 without per-message results refused the whole call: nothing was sent.
            state->report.results += MailjetClient::failedBatch(net::errorOfAnswer(request, r.value()), first, size);
        } else if (r) {
            // Accepted, but the per-message answer is unreadable: the e-mails may have been sent.
            QList<MailjetMessageResult> unknown = MailjetClient::failedBatch(parsed.error(), first, size);
            for (MailjetMessageResult &m : unknown)
                m.ambiguous = true;
            state->report.results += unknown;
        } else {
            QList<MailjetMessageResult> failed = MailjetClient::failedBatch(r.error(), first, size);
            // A 400 whose per-message results cannot be read may have sent some of them (not a global error).
            const bool globalError = body.contains(u"ErrorCode") || body.contains(u"validation");
            if (net::httpStatusOf(r.error()) == 400 && !globalError) {
                for (MailjetMessageResult &m : failed)
                    m.ambiguous = true;
            }
            state->report.results += failed;
        }
        state->firstIndex += size;
        ++state->report.batches;
        ++state->next;
        sendBatch(net, state);
    });
}

} // namespace

QFuture<Result<MailjetSendReport>> MailjetClient::send(const QList<MailjetMessage> &messages, bool sandbox)
{
    Result<QList<outbox::OutboxRequest>> requests = sendRequests(messages, sandbox);
    if (!requests)
        return QtFuture::makeReadyFuture(Result<MailjetSendReport>(requests.error()));
    auto state = std::make_shared<SendState>();
    state->requests = std::move(requests).value();
    for (const QList<MailjetMessage> &b : splitBatches(messages))
        state->sizes << int(b.size());
    state->auth = authHeaders();
    QFuture<Result<MailjetSendReport>> future = state->promise.future();
    state->promise.start();
    sendBatch(m_net, state);
    return future;
}

} // namespace ops::integrations

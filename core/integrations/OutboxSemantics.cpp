#include "core/integrations/OutboxSemantics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include "core/integrations/MailjetClient.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/Outcome.h"

namespace ops::integrations {

namespace {

constexpr int kLookupPageSize = 50;

QString formValue(const QJsonObject &request, const QString &name)
{
    const std::optional<outbox::OutboxRequest> r =
        outbox::OutboxRequest::fromJson(QStringLiteral("twilio"), QStringLiteral("sms.send"), request);
    if (!r)
        return {};
    for (const auto &[k, v] : r->form)
        if (k == name)
            return v;
    return {};
}

outbox::SendVerdict mailjetVerdict(const outbox::OutboxItem &item, const net::HttpResponse &response)
{
    outbox::SendVerdict v;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    v.response = body;
    const std::optional<outbox::OutboxRequest> request =
        outbox::OutboxRequest::fromJson(item.provider, item.operation, item.request);
    const QJsonArray messages = request && request->json ? request->json->value(u"Messages").toArray() : QJsonArray();
    const auto parsed = MailjetClient::parseSendResponse(body, 0, int(messages.size()));
    if (!parsed) {
        if (response.status == 400) {
            v.kind = outbox::SendVerdict::Kind::Failed;
            net::HttpRequest plain;
            plain.method = QByteArrayLiteral("POST");
            plain.url = QUrl(request ? request->path : QString());
            plain.providerId = item.provider;
            v.error = net::errorOfAnswer(plain, response).detail;
        } else {
            v.kind = outbox::SendVerdict::Kind::Ambiguous;
            v.error = parsed.error().detail + QStringLiteral(": ") + net::responseExcerpt(response.body, 2000);
        }
        return v;
    }
    QJsonArray failed;
    QStringList errors;
    int sent = 0;
    for (const MailjetMessageResult &m : parsed.value()) {
        if (m.success) {
            ++sent;
            if (v.providerRef.isEmpty() && !m.messageIds.isEmpty())
                v.providerRef = QString::number(m.messageIds.first());
            continue;
        }
        failed.append(messages.at(m.index));
        errors << QStringLiteral("#%1%2: %3")
                      .arg(m.index + 1)
                      .arg(m.customId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.customId))
                      .arg(m.errorMessages.isEmpty() ? m.errorCodes.join(QStringLiteral(", "))
                                                     : m.errorMessages.join(QStringLiteral("; ")));
    }
    if (failed.isEmpty())
        return v; // Sent
    v.kind = sent == 0 ? outbox::SendVerdict::Kind::Failed : outbox::SendVerdict::Kind::PartlyFailed;
    v.error = QStringLiteral("HTTP %1: Mailjet sent %2 of %3 messages; refused: %4")
                  .arg(response.status)
                  .arg(sent)
                  .arg(messages.size())
                  .arg(errors.join(QStringLiteral(" | ")));
    if (sent > 0) {
        QJsonObject narrowed = item.request;
        QJsonObject json = narrowed.value(u"json").toObject();
        json.insert(QStringLiteral("Messages"), failed);
        narrowed.insert(QStringLiteral("json"), json);
        v.remainingRequest = narrowed;
    }
    return v;
}

} // namespace

QString providerRefOf(const QString &provider, const QJsonObject &body)
{
    if (provider == u"twilio")
        return body.value(u"sid").toString();
    if (provider == u"mailjet") {
        const QJsonValue id = body.value(u"Messages")
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"To")
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"MessageID");
        return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    }
    const QJsonValue id = body.contains(u"id") ? body.value(u"id") : body.value(u"_id");
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

outbox::SendVerdict interpretAnswer(const outbox::OutboxItem &item, const net::HttpResponse &response)
{
    if (item.provider == u"mailjet" && item.operation == u"email.send")
        return mailjetVerdict(item, response);
    outbox::SendVerdict v;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    v.response = doc.object();
    v.providerRef = providerRefOf(item.provider, v.response);
    return v;
}

int rateWeightOf(const outbox::OutboxItem &item)
{
    if (item.provider != u"mailjet" || item.operation != u"email.send")
        return 1;
    const QJsonArray messages = item.request.value(u"json").toObject().value(u"Messages").toArray();
    return std::max<int>(1, int(messages.size()));
}

QStringList reconcilableProviders()
{
    return {QStringLiteral("twilio")};
}

QStringList reconcilableOperations()
{
    return {QStringLiteral("sms.send")};
}

std::optional<net::HttpRequest> reconcileRequest(const outbox::OutboxItem &item, const net::RawHeaders &auth)
{
    if (item.provider != u"twilio" || item.operation != u"sms.send")
        return std::nullopt;
    const QString path = item.request.value(u"path").toString();
    const QString to = formValue(item.request, QStringLiteral("To"));
    if (!path.endsWith(u"/Messages.json") || to.isEmpty())
        return std::nullopt;
    const auto stored = outbox::OutboxRequest::fromJson(item.provider, item.operation, item.request);
    if (!stored || !stored->checkPinned().ok())
        return std::nullopt;
    QUrl url(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("To"), QString::fromLatin1(QUrl::toPercentEncoding(to)));
    query.addQueryItem(QStringLiteral("PageSize"), QString::number(kLookupPageSize));
    url.setQuery(query);
    net::HttpRequest r = net::HttpRequest::get(url);
    r.providerId = item.provider;
    r.pinnedToProvider = true; // the path comes from the row
    r.headers = auth;
    r.expectJson = true;
    return r;
}

QStringList reconcileCandidates(const Result<net::HttpResponse> &answer)
{
    QStringList sids;
    if (!answer.ok())
        return sids;
    QString next;
    const auto page = TwilioClient::parseMessagePage(QJsonDocument::fromJson(answer.value().body).object(), &next);
    if (page.ok()) {
        for (const TwilioMessage &m : page.value())
            if (!m.sid.isEmpty())
                sids << m.sid;
    }
    return sids;
}

outbox::Reconciliation readReconcile(
    const outbox::OutboxItem &item, const Result<net::HttpResponse> &answer, const QSet<QString> &alreadyRecorded)
{
    outbox::Reconciliation rec;
    const QString checkedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!answer.ok()) {
        rec.note =
            QStringLiteral("[%1] could not look the message up at Twilio: %2")
                .arg(checkedAt, answer.error().detail.isEmpty() ? answer.error().userMessage : answer.error().detail);
        return rec;
    }
    QString next;
    const auto page = TwilioClient::parseMessagePage(QJsonDocument::fromJson(answer.value().body).object(), &next);
    if (!page.ok()) {
        rec.note =
            QStringLiteral("[%1] Twilio's message list could not be read: %2").arg(checkedAt, page.error().detail);
        return rec;
    }
    TwilioSms sms;
    sms.to = formValue(item.request, QStringLiteral("To"));
    sms.body = formValue(item.request, QStringLiteral("Body"));
    // The message cannot be older than its row; a minute of slack for clocks that disagree.
    const auto found = TwilioClient::findSent(page.value(), sms, item.createdAt.addSecs(-60), alreadyRecorded);
    if (!found) {
        const bool taken = TwilioClient::findSent(page.value(), sms, item.createdAt.addSecs(-60)).has_value();
        rec.note = taken ? QStringLiteral("[%1] Twilio's messages to %2 with this text are all recorded on other "
                                          "outbox rows: this one was most likely not sent")
                               .arg(checkedAt, sms.to)
                         : QStringLiteral("[%1] Twilio holds no message to %2 with this text since the row was "
                                          "created: it was most likely not sent")
                               .arg(checkedAt, sms.to);
        return rec;
    }
    rec.found = true;
    rec.providerRef = found->sid;
    rec.response = QJsonObject{{QStringLiteral("sid"), found->sid}, {QStringLiteral("status"), found->status},
        {QStringLiteral("reconciled"), true}};
    rec.note = QStringLiteral("[%1] found at Twilio as %2 (%3) after an ambiguous send")
                   .arg(checkedAt, found->sid, found->status);
    return rec;
}

} // namespace ops::integrations

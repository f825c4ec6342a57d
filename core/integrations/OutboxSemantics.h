#pragma once

#include <optional>

#include <QSet>
#include <QStringList>

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/net/HttpResponse.h"
#include "core/outbox/OutboxTypes.h"

// Each provider's rules for the outbox worker: how an answer is read (a Mailjet batch can partly fail), and how an
// ambiguous row is looked up at the provider (Twilio has no idempotency key, but lists the messages it holds).
namespace ops::integrations {

// The answer to a row (a 2xx, or a status its request reads itself) read by the provider's rules.
outbox::SendVerdict interpretAnswer(const outbox::OutboxItem &item, const net::HttpResponse &response);

// The provider's id for what it did: Stripe "id", Twilio "sid", Mailjet Messages[0].To[0].MessageID, GenieACS "_id".
QString providerRefOf(const QString &provider, const QJsonObject &body);

// What the provider's rate limit counts for this row (net::HttpRequest::rateWeight): a Mailjet "email.send" counts
// its messages (Mailjet limits messages per second, a batch of 50 counts 50), anything else 1.
int rateWeightOf(const outbox::OutboxItem &item);

// The operations whose ambiguous rows can be looked up (Twilio "sms.send").
QStringList reconcilableProviders();
QStringList reconcilableOperations();
// The lookup for an ambiguous row: Twilio's message list for the row's recipient. nullopt: cannot be looked up.
std::optional<net::HttpRequest> reconcileRequest(const outbox::OutboxItem &item, const net::RawHeaders &auth);
// The provider's ids of every message in a lookup's answer (to ask which are already recorded on other rows).
QStringList reconcileCandidates(const Result<net::HttpResponse> &answer);
// The lookup's answer: found when the provider holds a message matching the row (same recipient and text, created
// after the row was) whose id is not in alreadyRecorded (ids recorded on other outbox rows).
outbox::Reconciliation readReconcile(
    const outbox::OutboxItem &item, const Result<net::HttpResponse> &answer, const QSet<QString> &alreadyRecorded = {});

} // namespace ops::integrations

#include "core/campaigns/CampaignSendRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/db/PgConnection.h"

namespace ops::campaigns {

namespace {

constexpr int kMaxPage = 5000;

constexpr const char *kRecipientColumns =
    "r.id, r.campaign_id, r.customer_id, r.address, r.language, coalesce(r.first_name, ''), r.origin, r.status, "
    "coalesce(r.skip_reason, ''), r.attempts, coalesce(r.last_error, ''), coalesce(r.error_code, ''), "
    "coalesce(r.http_status, 0), coalesce(r.provider_message_id, ''), r.outbox_id, r.next_attempt_at, r.sent_at, "
    "r.created_at, r.updated_at, r.unsubscribe_token::text, r.queued_at";
constexpr int kRecipientColumnCount = 21;

constexpr const char *kCampaignColumns =
    "id, code, name, channel, classification, coalesce(subject_fr, ''), coalesce(subject_en, ''), body_fr, body_en, "
    "status, source, coalesce(segment::text, '{}'), created_at, started_at, completed_at, cancelled_at, version";

QDateTime optionalTime(const db::PgResult &r, int row, int col)
{
    return r.isNull(row, col) ? QDateTime() : r.timestamp(row, col);
}

Recipient recipientAt(const db::PgResult &r, int row, int c = 0)
{
    Recipient x;
    x.id = r.int64(row, c++);
    x.campaignId = r.int64(row, c++);
    if (!r.isNull(row, c))
        x.customerId = r.int64(row, c);
    ++c;
    x.address = r.text(row, c++);
    x.language = r.text(row, c++);
    x.firstName = r.text(row, c++);
    x.origin = r.text(row, c++);
    x.status = r.text(row, c++);
    x.skipReason = r.text(row, c++);
    x.attempts = r.int32(row, c++);
    x.lastError = r.text(row, c++);
    x.errorCode = r.text(row, c++);
    x.httpStatus = r.int32(row, c++);
    x.providerMessageId = r.text(row, c++);
    if (!r.isNull(row, c))
        x.outboxId = r.int64(row, c);
    ++c;
    x.nextAttemptAt = optionalTime(r, row, c++);
    x.sentAt = optionalTime(r, row, c++);
    x.createdAt = optionalTime(r, row, c++);
    x.updatedAt = optionalTime(r, row, c++);
    x.unsubscribeToken = QUuid::fromString(r.text(row, c++));
    x.queuedAt = optionalTime(r, row, c++);
    return x;
}

QList<Recipient> recipientsOf(const db::PgResult &r)
{
    QList<Recipient> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out.append(recipientAt(r, i));
    return out;
}

Campaign campaignAt(const db::PgResult &r, int row)
{
    Campaign x;
    int c = 0;
    x.id = r.int64(row, c++);
    x.code = r.text(row, c++);
    x.name = r.text(row, c++);
    x.channel = channelFromName(r.text(row, c++)).value_or(Channel::Email);
    x.classification = classificationFromName(r.text(row, c++)).value_or(Classification::Commercial);
    x.subjectFr = r.text(row, c++);
    x.subjectEn = r.text(row, c++);
    x.bodyFr = r.text(row, c++);
    x.bodyEn = r.text(row, c++);
    x.status = r.text(row, c++);
    x.source = r.text(row, c++);
    x.segment = QJsonDocument::fromJson(r.bytes(row, c++)).object();
    x.createdAt = optionalTime(r, row, c++);
    x.startedAt = optionalTime(r, row, c++);
    x.completedAt = optionalTime(r, row, c++);
    x.cancelledAt = optionalTime(r, row, c++);
    x.version = r.int32(row, c++);
    return x;
}

QString idArray(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return QStringLiteral("{%1}").arg(list.join(QLatin1Char(',')));
}

QString textArray(const QStringList &values)
{
    QStringList quoted;
    for (const QString &s : values)
        quoted << QLatin1Char('"') + QString(s).remove(QLatin1Char('"')).remove(QLatin1Char('\\')) + QLatin1Char('"');
    return QStringLiteral("{%1}").arg(quoted.join(QLatin1Char(',')));
}

std::optional<QString> nonEmpty(const QString &s)
{
    return s.isEmpty() ? std::optional<QString>() : std::optional<QString>(s);
}

} // namespace

CampaignSendRepository::CampaignSendRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<Campaign> CampaignSendRepository::findByCode(const QString &code)
{
    auto r = m_c.exec(
        QByteArray(QByteArrayLiteral("SELECT ") + kCampaignColumns + " FROM campaigns WHERE code = $1").constData(),
        db::SqlParams().add(code.trimmed()));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::campaigns", "No campaign has the code %1.").arg(code.trimmed()));
    return campaignAt(r.value(), 0);
}

Result<Campaign> CampaignSendRepository::find(qint64 id)
{
    auto r = m_c.exec(
        QByteArray(QByteArrayLiteral("SELECT ") + kCampaignColumns + " FROM campaigns WHERE id = $1").constData(),
        db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::campaigns", "Campaign %1 does not exist.").arg(id));
    return campaignAt(r.value(), 0);
}

Result<QList<qint64>> CampaignSendRepository::sendingCampaigns()
{
    // Paused and cancelled campaigns still collect the rows that were in flight.
    auto r = m_c.exec("SELECT c.id FROM campaigns c WHERE c.status = 'sending' OR (c.status IN ('paused', 'cancelled') "
                      "AND EXISTS (SELECT 1 FROM campaign_recipients r WHERE r.campaign_id = c.id "
                      "AND r.status = 'queued')) ORDER BY c.id");
    if (!r.ok())
        return r.error();
    QList<qint64> ids;
    for (int i = 0; i < r.value().rows(); ++i)
        ids << r.value().int64(i, 0);
    return ids;
}

Result<QString> CampaignSendRepository::lockStatus(qint64 campaignId)
{
    auto r = m_c.exec("SELECT status FROM campaigns WHERE id = $1 FOR SHARE", db::SqlParams().add(campaignId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::campaigns", "Campaign %1 does not exist.").arg(campaignId));
    return r.value().text(0, 0);
}

Result<bool> CampaignSendRepository::setStatus(qint64 campaignId, const QStringList &from, const QString &to)
{
    db::SqlParams p;
    p.add(campaignId).add(textArray(from)).add(to);
    auto r = m_c.exec("UPDATE campaigns SET status = $3, "
                      "started_at = CASE WHEN $3 = 'sending' THEN coalesce(started_at, now()) ELSE started_at END, "
                      "completed_at = CASE WHEN $3 = 'completed' THEN now() WHEN $3 = 'sending' THEN NULL "
                      "ELSE completed_at END, "
                      "paused_at = CASE WHEN $3 = 'paused' THEN now() ELSE NULL END, "
                      "cancelled_at = CASE WHEN $3 = 'cancelled' THEN now() ELSE cancelled_at END "
                      "WHERE id = $1 AND status = ANY($2::text[])",
        p);
    if (!r.ok())
        return r.error();
    return r.value().affectedRows() == 1;
}

Result<bool> CampaignSendRepository::completeIfDone(qint64 campaignId)
{
    auto r = m_c.exec("UPDATE campaigns c SET status = 'completed', completed_at = now() WHERE c.id = $1 "
                      "AND c.status = 'sending' AND NOT EXISTS (SELECT 1 FROM campaign_recipients r "
                      "WHERE r.campaign_id = c.id AND r.status IN ('pending', 'queued', 'sending'))",
        db::SqlParams().add(campaignId));
    if (!r.ok())
        return r.error();
    return r.value().affectedRows() == 1;
}

Result<QList<DueRecipient>> CampaignSendRepository::claimDue(qint64 campaignId, int limit)
{
    db::SqlParams p;
    p.add(campaignId).add(std::clamp(limit, 1, kMaxPage));
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kRecipientColumns
        + ", coalesce(ops_casl_block(c.channel, r.address, r.customer_id, c.classification), '') "
          "FROM campaign_recipients r JOIN campaigns c ON c.id = r.campaign_id "
          "WHERE r.campaign_id = $1 AND r.status = 'pending' AND (r.next_attempt_at IS NULL OR "
          "r.next_attempt_at <= now()) ORDER BY r.id LIMIT $2 FOR UPDATE OF r SKIP LOCKED";
    auto r = m_c.exec(sql.constData(), p);
    if (!r.ok())
        return r.error();
    QList<DueRecipient> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i)
        out.append(DueRecipient{recipientAt(r.value(), i), r.value().text(i, kRecipientColumnCount)});
    return out;
}

Result<qint64> CampaignSendRepository::queuedCount(qint64 campaignId)
{
    auto r = m_c.exec("SELECT count(*) FROM campaign_recipients WHERE campaign_id = $1 AND status = 'queued'",
        db::SqlParams().add(campaignId));
    if (!r.ok())
        return r.error();
    return r.value().int64(0, 0);
}

Status CampaignSendRepository::markSkipped(qint64 recipientId, const QString &reason)
{
    auto r = m_c.exec("UPDATE campaign_recipients SET status = 'skipped', skip_reason = $2, next_attempt_at = NULL "
                      "WHERE id = $1",
        db::SqlParams().add(recipientId).add(reason));
    return r.ok() ? success() : Status(r.error());
}

Status CampaignSendRepository::markUnsendable(qint64 recipientId, const QString &error, const QString &code)
{
    auto r = m_c.exec("UPDATE campaign_recipients SET status = 'failed', last_error = $2, error_code = $3, "
                      "http_status = NULL, next_attempt_at = NULL WHERE id = $1",
        db::SqlParams().add(recipientId).add(error).add(code));
    return r.ok() ? success() : Status(r.error());
}

Status CampaignSendRepository::markQueued(const QList<qint64> &recipientIds, qint64 outboxId)
{
    auto r = m_c.exec("UPDATE campaign_recipients SET status = 'queued', outbox_id = $2, queued_at = now(), "
                      "next_attempt_at = NULL WHERE id = ANY($1::bigint[])",
        db::SqlParams().add(idArray(recipientIds)).add(outboxId));
    return r.ok() ? success() : Status(r.error());
}

Result<QList<qint64>> CampaignSendRepository::finishedOutboxRows(qint64 campaignId, int limit)
{
    db::SqlParams p;
    p.add(campaignId).add(std::clamp(limit, 1, kMaxPage));
    auto r = m_c.exec("SELECT DISTINCT r.outbox_id FROM campaign_recipients r JOIN outbox o ON o.id = r.outbox_id "
                      "WHERE r.campaign_id = $1 AND ((r.status = 'queued' AND o.status IN ('sent', 'failed', "
                      "'ambiguous', 'cancelled')) OR (r.status = 'ambiguous' AND o.status = 'sent')) "
                      "ORDER BY r.outbox_id LIMIT $2",
        p);
    if (!r.ok())
        return r.error();
    QList<qint64> ids;
    for (int i = 0; i < r.value().rows(); ++i)
        ids << r.value().int64(i, 0);
    return ids;
}

Result<std::optional<OutboxOutcome>> CampaignSendRepository::lockOutboxRow(qint64 outboxId)
{
    auto r = m_c.exec("SELECT id, provider, status, coalesce(last_http_status, 0), coalesce(last_error, ''), "
                      "coalesce(provider_ref, ''), coalesce(response::text, '{}'), sent_at FROM outbox WHERE id = $1 "
                      "FOR UPDATE",
        db::SqlParams().add(outboxId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return std::optional<OutboxOutcome>();
    const db::PgResult &x = r.value();
    OutboxOutcome o;
    o.id = x.int64(0, 0);
    o.provider = x.text(0, 1);
    o.status = x.text(0, 2);
    o.httpStatus = x.int32(0, 3);
    o.lastError = x.text(0, 4);
    o.providerRef = x.text(0, 5);
    o.response = QJsonDocument::fromJson(x.bytes(0, 6)).object();
    o.sentAt = optionalTime(x, 0, 7);
    return std::optional<OutboxOutcome>(o);
}

Result<QList<Recipient>> CampaignSendRepository::recipientsOfOutbox(qint64 outboxId)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kRecipientColumns
        + " FROM campaign_recipients r WHERE r.outbox_id = $1 AND r.status IN ('queued', 'ambiguous') ORDER BY r.id "
          "FOR UPDATE";
    auto r = m_c.exec(sql.constData(), db::SqlParams().add(outboxId));
    if (!r.ok())
        return r.error();
    return recipientsOf(r.value());
}

Status CampaignSendRepository::update(const RecipientUpdate &u)
{
    db::SqlParams p;
    p.add(u.id).add(u.status).add(u.attempts).add(nonEmpty(u.lastError)).add(nonEmpty(u.errorCode));
    p.add(u.httpStatus > 0 ? std::optional<int>(u.httpStatus) : std::optional<int>());
    p.add(nonEmpty(u.providerMessageId));
    p.add(u.sentAt.isValid() ? std::optional<QDateTime>(u.sentAt) : std::optional<QDateTime>());
    p.add(u.retryInMs);
    auto r = m_c.exec("UPDATE campaign_recipients SET status = $2, attempts = $3, last_error = $4, error_code = $5, "
                      "http_status = $6, provider_message_id = coalesce($7, provider_message_id), "
                      "sent_at = coalesce($8, sent_at), next_attempt_at = CASE WHEN $9::bigint IS NULL THEN NULL "
                      "ELSE now() + $9::bigint * interval '1 millisecond' END WHERE id = $1",
        p);
    return r.ok() ? success() : Status(r.error());
}

Status CampaignSendRepository::closeOutboxRow(qint64 outboxId, const QString &note)
{
    auto r = m_c.exec("UPDATE outbox SET status = 'cancelled', lease_until = NULL, "
                      "last_error = concat_ws(E'\\n', last_error, $2::text) "
                      "WHERE id = $1 AND status IN ('failed', 'ambiguous')",
        db::SqlParams().add(outboxId).add(note));
    return r.ok() ? success() : Status(r.error());
}

Result<int> CampaignSendRepository::cancelRecipients(qint64 campaignId)
{
    auto r = m_c.exec("WITH rows AS (UPDATE outbox o SET status = 'cancelled', "
                      "last_error = concat_ws(E'\\n', o.last_error, 'the campaign was cancelled') "
                      "WHERE o.status = 'pending' AND o.id IN (SELECT outbox_id FROM campaign_recipients "
                      "WHERE campaign_id = $1 AND status = 'queued') RETURNING o.id) "
                      "UPDATE campaign_recipients SET status = 'cancelled', next_attempt_at = NULL "
                      "WHERE campaign_id = $1 AND (status = 'pending' OR (status = 'queued' AND "
                      "outbox_id IN (SELECT id FROM rows)))",
        db::SqlParams().add(campaignId));
    if (!r.ok())
        return r.error();
    return static_cast<int>(r.value().affectedRows());
}

Result<int> CampaignSendRepository::resendFailed(qint64 campaignId, const QString &address)
{
    db::SqlParams p;
    p.add(campaignId).add(nonEmpty(address));
    auto r = m_c.exec("UPDATE campaign_recipients SET status = 'pending', attempts = 0, next_attempt_at = NULL, "
                      "last_error = NULL, error_code = NULL, http_status = NULL "
                      "WHERE campaign_id = $1 AND status = 'failed' AND ($2::text IS NULL OR address = $2)",
        p);
    if (!r.ok())
        return r.error();
    return static_cast<int>(r.value().affectedRows());
}

Result<std::optional<Recipient>> CampaignSendRepository::findRecipient(qint64 campaignId, const QString &address)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kRecipientColumns
        + " FROM campaign_recipients r WHERE r.campaign_id = $1 AND r.address = $2 FOR UPDATE";
    auto r = m_c.exec(sql.constData(), db::SqlParams().add(campaignId).add(address));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return std::optional<Recipient>();
    return std::optional<Recipient>(recipientAt(r.value(), 0));
}

Result<CampaignProgress> CampaignSendRepository::progress(qint64 campaignId)
{
    auto r = m_c.exec("SELECT c.status, count(r.id), count(*) FILTER (WHERE r.status = 'pending'), "
                      "count(*) FILTER (WHERE r.status IN ('queued', 'sending')), "
                      "count(*) FILTER (WHERE r.status IN ('sent', 'delivered')), "
                      "count(*) FILTER (WHERE r.status = 'failed'), count(*) FILTER (WHERE r.status = 'skipped'), "
                      "count(*) FILTER (WHERE r.status = 'ambiguous'), count(*) FILTER (WHERE r.status = 'cancelled'), "
                      "count(*) FILTER (WHERE r.status IN ('sent', 'delivered') AND r.sent_at > now() - "
                      "interval '10 seconds') "
                      "FROM campaigns c LEFT JOIN campaign_recipients r ON r.campaign_id = c.id WHERE c.id = $1 "
                      "GROUP BY c.status",
        db::SqlParams().add(campaignId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::campaigns", "Campaign %1 does not exist.").arg(campaignId));
    const db::PgResult &x = r.value();
    CampaignProgress p;
    p.status = x.text(0, 0);
    p.total = x.int64(0, 1);
    p.pending = x.int64(0, 2);
    p.queued = x.int64(0, 3);
    p.sent = x.int64(0, 4);
    p.failed = x.int64(0, 5);
    p.skipped = x.int64(0, 6);
    p.ambiguous = x.int64(0, 7);
    p.cancelled = x.int64(0, 8);
    p.ratePerSec = static_cast<double>(x.int64(0, 9)) / 10.0;
    return p;
}

Result<QList<Recipient>> CampaignSendRepository::recipients(qint64 campaignId, qint64 afterId, int limit)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kRecipientColumns
        + " FROM campaign_recipients r WHERE r.campaign_id = $1 AND r.id > $2 ORDER BY r.id LIMIT $3";
    auto r =
        m_c.exec(sql.constData(), db::SqlParams().add(campaignId).add(afterId).add(std::clamp(limit, 1, kMaxPage)));
    if (!r.ok())
        return r.error();
    return recipientsOf(r.value());
}

Result<QList<CustomerCampaignEntry>> CampaignSendRepository::recipientsOfCustomer(qint64 customerId, int limit)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kRecipientColumns
        + ", c.id, c.code, c.name, c.channel, c.classification FROM campaign_recipients r "
          "JOIN campaigns c ON c.id = r.campaign_id WHERE r.customer_id = $1 "
          "ORDER BY r.created_at DESC, r.id DESC LIMIT $2";
    auto r = m_c.exec(sql.constData(), db::SqlParams().add(customerId).add(std::clamp(limit, 1, kMaxPage)));
    if (!r.ok())
        return r.error();
    QList<CustomerCampaignEntry> out;
    for (int i = 0; i < r.value().rows(); ++i) {
        CustomerCampaignEntry e;
        e.recipient = recipientAt(r.value(), i);
        int c = kRecipientColumnCount;
        e.campaignId = r.value().int64(i, c++);
        e.campaignCode = r.value().text(i, c++);
        e.campaignName = r.value().text(i, c++);
        e.channel = r.value().text(i, c++);
        e.classification = r.value().text(i, c++);
        out.append(e);
    }
    return out;
}

} // namespace ops::campaigns

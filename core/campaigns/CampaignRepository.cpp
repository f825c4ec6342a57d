#include "core/campaigns/CampaignRepository.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include "core/campaigns/CampaignAddress.h"
#include "core/campaigns/SegmentRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"

using namespace Qt::StringLiterals;

namespace ops::campaigns {

namespace {

constexpr int kCodeAttempts = 8;

constexpr const char *kCampaignColumns =
    "id, code, name, channel, classification, coalesce(subject_fr, ''), coalesce(subject_en, ''), body_fr, body_en,"
    " status, source, coalesce(segment, '{}')::text, created_at, started_at, completed_at, cancelled_at, version";

constexpr const char *kRecipientColumns =
    "id, campaign_id, customer_id, address, language, coalesce(first_name, ''), origin, status,"
    " coalesce(skip_reason, ''), attempts, coalesce(last_error, ''), coalesce(error_code, ''), coalesce(http_status, "
    "0),"
    " coalesce(provider_message_id, ''), outbox_id, next_attempt_at, sent_at, created_at, updated_at, "
    "unsubscribe_token";

Campaign campaignAt(const db::PgResult &r, int i, int col = 0)
{
    Campaign c;
    c.id = r.int64(i, col);
    c.code = r.text(i, col + 1);
    c.name = r.text(i, col + 2);
    c.channel = channelFromName(r.text(i, col + 3)).value_or(Channel::Email);
    c.classification = classificationFromName(r.text(i, col + 4)).value_or(Classification::Transactional);
    c.subjectFr = r.text(i, col + 5);
    c.subjectEn = r.text(i, col + 6);
    c.bodyFr = r.text(i, col + 7);
    c.bodyEn = r.text(i, col + 8);
    c.status = r.text(i, col + 9);
    c.source = r.text(i, col + 10);
    c.segment = QJsonDocument::fromJson(r.bytes(i, col + 11)).object();
    c.createdAt = r.timestamp(i, col + 12);
    c.startedAt = r.isNull(i, col + 13) ? QDateTime() : r.timestamp(i, col + 13);
    c.completedAt = r.isNull(i, col + 14) ? QDateTime() : r.timestamp(i, col + 14);
    c.cancelledAt = r.isNull(i, col + 15) ? QDateTime() : r.timestamp(i, col + 15);
    c.version = r.int32(i, col + 16);
    return c;
}

Recipient recipientAt(const db::PgResult &r, int i)
{
    Recipient x;
    x.id = r.int64(i, 0);
    x.campaignId = r.int64(i, 1);
    if (!r.isNull(i, 2))
        x.customerId = r.int64(i, 2);
    x.address = r.text(i, 3);
    x.language = r.text(i, 4).trimmed();
    x.firstName = r.text(i, 5);
    x.origin = r.text(i, 6);
    x.status = r.text(i, 7);
    x.skipReason = r.text(i, 8);
    x.attempts = r.int32(i, 9);
    x.lastError = r.text(i, 10);
    x.errorCode = r.text(i, 11);
    x.httpStatus = r.int32(i, 12);
    x.providerMessageId = r.text(i, 13);
    if (!r.isNull(i, 14))
        x.outboxId = r.int64(i, 14);
    const auto ts = [&r, i](int col) {
        return r.isNull(i, col) ? QDateTime() : r.timestamp(i, col);
    };
    x.nextAttemptAt = ts(15);
    x.sentAt = ts(16);
    x.createdAt = ts(17);
    x.updatedAt = ts(18);
    x.unsubscribeToken = QUuid(r.text(i, 19));
    return x;
}

QString randomSuffix()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString s;
    for (int i = 0; i < 6; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return s;
}

QJsonObject recipientJson(
    std::optional<qint64> customer, const QString &address, const QString &language, const QString &firstName)
{
    QJsonObject o{
        {u"address"_s, address}, {u"language"_s, language == u"en" ? u"en"_s : u"fr"_s}, {u"first_name"_s, firstName}};
    o.insert(u"customer_id"_s, customer ? QJsonValue(static_cast<double>(*customer)) : QJsonValue());
    return o;
}

Error notFound(const QString &code)
{
    return Error::make(Error::Kind::NotFound,
        QCoreApplication::translate("ops::campaigns", "No campaign has the code %1.").arg(code.left(40)));
}

} // namespace

CampaignRepository::CampaignRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<Campaign> CampaignRepository::insertCampaign(
    const Campaign &d, const QString &source, const QJsonObject &segment)
{
    const QString segmentText =
        source == u"segment" ? QString::fromUtf8(QJsonDocument(segment).toJson(QJsonDocument::Compact)) : QString();
    for (int attempt = 0; attempt < kCodeAttempts; ++attempt) {
        db::SqlParams p;
        p.add(randomSuffix())
            .add(d.name.trimmed())
            .add(channelName(d.channel))
            .add(classificationName(d.classification))
            .add(d.subjectFr.trimmed())
            .add(d.subjectEn.trimmed())
            .add(d.bodyFr)
            .add(d.bodyEn)
            .add(source)
            .add(segmentText);
        auto r =
            m_c.exec(u"INSERT INTO campaigns (code, name, channel, classification, subject_fr, subject_en, body_fr,"
                     " body_en, source, segment, created_by)"
                     " VALUES ('CMP-' || to_char(now() AT TIME ZONE 'America/Montreal', 'YYYYMMDD') || '-' || $1,"
                     " $2, $3, $4, nullif($5, ''), nullif($6, ''), $7, $8, $9, nullif($10, '')::jsonb,"
                     " (SELECT id FROM staff WHERE pg_role = current_user))"
                     " ON CONFLICT (code) DO NOTHING RETURNING "_s
                    + QLatin1String(kCampaignColumns),
                p);
        if (!r.ok())
            return r.error();
        if (r.value().rows() == 1)
            return campaignAt(r.value(), 0);
    }
    return Error::make(Error::Kind::Conflict,
        QCoreApplication::translate("ops::campaigns", "No free campaign code was found; try again."));
}

Status CampaignRepository::insertRecipients(CreatedCampaign &created, const QJsonArray &rows, const QString &origin)
{
    if (rows.isEmpty())
        return success();
    auto r = m_c.exec(
        "WITH ins AS (INSERT INTO campaign_recipients (campaign_id, customer_id, address, language, first_name, origin,"
        "   status, skip_reason)"
        " SELECT $1, x.customer_id, x.address, x.language, nullif(x.first_name, ''), $2,"
        "        CASE WHEN b.reason IS NULL THEN 'pending' ELSE 'skipped' END, b.reason"
        "   FROM jsonb_to_recordset($3::jsonb) AS x(customer_id bigint, address text, language text, first_name text)"
        "   CROSS JOIN LATERAL (SELECT ops_casl_block($4, x.address, x.customer_id, $5) AS reason) b"
        " ON CONFLICT (campaign_id, address) DO NOTHING RETURNING skip_reason)"
        " SELECT coalesce(skip_reason, ''), count(*) FROM ins GROUP BY 1",
        db::SqlParams()
            .add(created.campaign.id)
            .add(origin)
            .add(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)))
            .add(channelName(created.campaign.channel))
            .add(classificationName(created.campaign.classification)));
    if (!r.ok())
        return r.error();
    for (int i = 0; i < r.value().rows(); ++i) {
        const QString reason = r.value().text(i, 0);
        const int n = r.value().int32(i, 1);
        created.recipients += n;
        if (!reason.isEmpty()) {
            created.skipped += n;
            created.skipReasons[reason] += n;
        }
    }
    return success();
}

Result<CreatedCampaign> CampaignRepository::createFromSegment(const Campaign &draft, const SegmentFilter &segment)
{
    return db::withTransaction<CreatedCampaign>(m_c, [&](db::PgConnection &) -> Result<CreatedCampaign> {
        auto audience = SegmentRepository(m_c).resolve(segment, draft.channel);
        if (!audience.ok())
            return audience.error();
        auto campaign = insertCampaign(draft, u"segment"_s, segment.toJson());
        if (!campaign.ok())
            return campaign.error();
        CreatedCampaign created;
        created.campaign = campaign.value();
        QJsonArray rows;
        for (const AudienceRow &a : audience.value())
            rows.append(recipientJson(a.customerId, a.address, a.language, a.firstName));
        if (Status s = insertRecipients(created, rows, u"segment"_s); !s.ok())
            return s.error();
        return created;
    });
}

Result<CreatedCampaign> CampaignRepository::createFromCsv(const Campaign &draft, const CsvImport &csv)
{
    return db::withTransaction<CreatedCampaign>(m_c, [&](db::PgConnection &) -> Result<CreatedCampaign> {
        CreatedCampaign created;
        created.csvReport = csv.issues;
        // Customer codes named by the file.
        QStringList codes;
        QStringList unlinked;
        for (const CsvRecipient &r : csv.rows) {
            if (!r.customerCode.isEmpty())
                codes << r.customerCode;
            else
                unlinked << r.address;
        }
        struct Customer
        {
            qint64 id = 0;
            QString language, firstName;
        };
        QHash<QString, Customer> byCode;
        if (!codes.isEmpty()) {
            auto r = m_c.exec("SELECT code, id, language, coalesce(first_name, '') FROM customers"
                              " WHERE code IN (SELECT jsonb_array_elements_text($1::jsonb))",
                db::SqlParams().add(QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact))));
            if (!r.ok())
                return r.error();
            for (int i = 0; i < r.value().rows(); ++i)
                byCode.insert(r.value().text(i, 0),
                    Customer{r.value().int64(i, 1), r.value().text(i, 2).trimmed(), r.value().text(i, 3)});
        }
        auto owners = SegmentRepository(m_c).customersAt(draft.channel, unlinked);
        if (!owners.ok())
            return owners.error();
        QHash<QString, Customer> byAddress;
        for (const AudienceRow &a : owners.value())
            byAddress.insert(a.address, Customer{a.customerId, a.language, a.firstName});

        QJsonArray rows;
        for (const CsvRecipient &r : csv.rows) {
            std::optional<Customer> customer;
            if (!r.customerCode.isEmpty()) {
                if (!byCode.contains(r.customerCode)) {
                    created.csvReport << CsvIssue{r.line, u"unknown_customer"_s, r.customerCode,
                        QCoreApplication::translate("ops::campaigns", "No customer has the code %1.")
                            .arg(r.customerCode)};
                    continue;
                }
                customer = byCode.value(r.customerCode);
            } else if (byAddress.contains(r.address)) {
                customer = byAddress.value(r.address);
            }
            const QString language = !r.language.isEmpty() ? r.language : customer ? customer->language : u"fr"_s;
            const QString firstName = !r.firstName.isEmpty() ? r.firstName : customer ? customer->firstName : QString();
            rows.append(recipientJson(
                customer ? std::optional<qint64>(customer->id) : std::nullopt, r.address, language, firstName));
        }
        std::sort(created.csvReport.begin(), created.csvReport.end(),
            [](const CsvIssue &a, const CsvIssue &b) { return a.line < b.line; });
        auto campaign = insertCampaign(draft, u"csv"_s, {});
        if (!campaign.ok())
            return campaign.error();
        created.campaign = campaign.value();
        if (Status s = insertRecipients(created, rows, u"csv"_s); !s.ok())
            return s.error();
        return created;
    });
}

Result<Recipient> CampaignRepository::addRecipient(const QString &campaignCode, const QString &address,
    const QString &customerCode, const QString &language, const QString &firstName)
{
    return db::withTransaction<Recipient>(m_c, [&](db::PgConnection &) -> Result<Recipient> {
        auto r =
            m_c.exec(u"SELECT "_s + QLatin1String(kCampaignColumns) + u" FROM campaigns WHERE code = $1 FOR UPDATE"_s,
                db::SqlParams().add(campaignCode.trimmed()));
        if (!r.ok())
            return r.error();
        if (r.value().rows() == 0)
            return notFound(campaignCode);
        CreatedCampaign created;
        created.campaign = campaignAt(r.value(), 0);
        if (created.campaign.status == u"completed" || created.campaign.status == u"cancelled")
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::campaigns", "The campaign %1 is %2: no recipient can be added.")
                    .arg(created.campaign.code, created.campaign.status));
        auto normalized = normalizeAddress(created.campaign.channel, address);
        if (!normalized.ok())
            return normalized.error();
        if (!language.isEmpty() && language != u"fr" && language != u"en")
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::campaigns", "“%1” is not a language: use fr or en.")
                    .arg(language.left(40)));
        std::optional<qint64> customer;
        QString lang = language;
        QString first = firstName.trimmed().left(100);
        if (!customerCode.trimmed().isEmpty()) {
            auto c = m_c.exec("SELECT id, language, coalesce(first_name, '') FROM customers WHERE code = $1",
                db::SqlParams().add(customerCode.trimmed().toUpper()));
            if (!c.ok())
                return c.error();
            if (c.value().rows() == 0)
                return Error::make(Error::Kind::Validation,
                    QCoreApplication::translate("ops::campaigns", "No customer has the code %1.")
                        .arg(customerCode.trimmed().left(40)));
            customer = c.value().int64(0, 0);
            if (lang.isEmpty())
                lang = c.value().text(0, 1).trimmed();
            if (first.isEmpty())
                first = c.value().text(0, 2);
        } else {
            auto owners = SegmentRepository(m_c).customersAt(created.campaign.channel, {normalized.value()});
            if (!owners.ok())
                return owners.error();
            if (!owners.value().isEmpty()) {
                const AudienceRow &o = owners.value().first();
                customer = o.customerId;
                if (lang.isEmpty())
                    lang = o.language;
                if (first.isEmpty())
                    first = o.firstName;
            }
        }
        if (Status s = insertRecipients(
                created, QJsonArray{recipientJson(customer, normalized.value(), lang, first)}, u"manual"_s);
            !s.ok())
            return s.error();
        if (created.recipients == 0)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::campaigns", "%1 is already a recipient of %2.")
                    .arg(normalized.value(), created.campaign.code));
        auto added = recipient(created.campaign.id, normalized.value());
        if (!added.ok())
            return added.error();
        if (!added.value())
            return Error::internal(u"added recipient not found"_s);
        return *added.value();
    });
}

Result<QList<CampaignSummary>> CampaignRepository::list(int limit)
{
    auto r = m_c.exec(u"SELECT "_s + QLatin1String(kCampaignColumns)
            + u", n.total, n.pending, n.skipped, n.sent, n.failed, n.ambiguous FROM campaigns c"
              " CROSS JOIN LATERAL (SELECT count(*) AS total, count(*) FILTER (WHERE status = 'pending') AS pending,"
              "   count(*) FILTER (WHERE status = 'skipped') AS skipped,"
              "   count(*) FILTER (WHERE status IN ('sent', 'delivered')) AS sent,"
              "   count(*) FILTER (WHERE status = 'failed') AS failed,"
              "   count(*) FILTER (WHERE status = 'ambiguous') AS ambiguous"
              "   FROM campaign_recipients r WHERE r.campaign_id = c.id) n"
              " ORDER BY c.created_at DESC, c.id DESC LIMIT $1"_s,
        db::SqlParams().add(qBound(1, limit, 10000)));
    if (!r.ok())
        return r.error();
    QList<CampaignSummary> out;
    for (int i = 0; i < r.value().rows(); ++i) {
        CampaignSummary s;
        s.campaign = campaignAt(r.value(), i);
        s.recipients = r.value().int32(i, 17);
        s.pending = r.value().int32(i, 18);
        s.skipped = r.value().int32(i, 19);
        s.sent = r.value().int32(i, 20);
        s.failed = r.value().int32(i, 21);
        s.ambiguous = r.value().int32(i, 22);
        out << s;
    }
    return out;
}

Result<Campaign> CampaignRepository::load(const QString &code)
{
    auto r = m_c.exec(u"SELECT "_s + QLatin1String(kCampaignColumns) + u" FROM campaigns WHERE code = $1"_s,
        db::SqlParams().add(code.trimmed()));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return notFound(code);
    return campaignAt(r.value(), 0);
}

Result<std::optional<Recipient>> CampaignRepository::recipient(qint64 campaignId, const QString &address)
{
    auto r = m_c.exec(u"SELECT "_s + QLatin1String(kRecipientColumns)
            + u" FROM campaign_recipients WHERE campaign_id = $1 AND ($2 = '' OR address = $2)"
              " ORDER BY (status = 'skipped'), id LIMIT 1"_s,
        db::SqlParams().add(campaignId).add(address));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return std::optional<Recipient>();
    return std::optional<Recipient>(recipientAt(r.value(), 0));
}

Result<SenderIdentity> CampaignRepository::senderIdentity()
{
    auto r = m_c.exec("SELECT company_name, address_line1, address_line2, address_line3, phone, email"
                      " FROM billing_settings WHERE id = 1");
    if (!r.ok())
        return r.error();
    SenderIdentity s;
    if (r.value().rows() == 0)
        return s;
    s.companyName = r.value().text(0, 0);
    s.addressLine1 = r.value().text(0, 1);
    s.addressLine2 = r.value().text(0, 2);
    s.addressLine3 = r.value().text(0, 3);
    s.phone = r.value().text(0, 4);
    s.email = r.value().text(0, 5);
    return s;
}

Result<TemplateContext> CampaignRepository::recipientContext(const Recipient &recipient)
{
    TemplateContext ctx;
    ctx.language = recipient.language == u"en" ? u"en"_s : u"fr"_s;
    ctx.firstName = recipient.firstName;
    if (!recipient.customerId)
        return ctx;
    auto r = m_c.exec(
        "SELECT c.code, coalesce(c.first_name, ''), coalesce(c.last_name, ''), c.balance_cents,"
        "       coalesce(l.civic_number, ''), coalesce(l.street, ''), coalesce(l.unit, ''), coalesce(l.city, ''),"
        "       j.day, coalesce(t.name, '')"
        "  FROM customers c"
        "  LEFT JOIN LATERAL (SELECT civic_number, street, unit, city FROM service_locations"
        "                      WHERE customer_id = c.id ORDER BY (status = 'active') DESC, id LIMIT 1) l ON true"
        "  LEFT JOIN LATERAL (SELECT id, (scheduled_start AT TIME ZONE 'America/Montreal')::date AS day"
        "                       FROM dispatch_jobs WHERE customer_id = c.id AND scheduled_start >= now()"
        "                        AND status NOT IN ('completed', 'cancelled')"
        "                      ORDER BY scheduled_start LIMIT 1) j ON true"
        "  LEFT JOIN LATERAL (SELECT t.name FROM job_technicians jt JOIN dispatch_technicians t"
        "                         ON t.id = jt.technician_id WHERE jt.job_id = j.id"
        "                      ORDER BY t.id LIMIT 1) t ON true"
        " WHERE c.id = $1",
        db::SqlParams().add(*recipient.customerId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return ctx;
    const db::PgResult &x = r.value();
    ctx.customerCode = x.text(0, 0);
    if (ctx.firstName.isEmpty())
        ctx.firstName = x.text(0, 1);
    ctx.lastName = x.text(0, 2);
    ctx.balanceCents = x.int64(0, 3);
    ctx.civicNumber = x.text(0, 4);
    ctx.street = x.text(0, 5);
    ctx.unit = x.text(0, 6);
    ctx.city = x.text(0, 7);
    ctx.date = x.isNull(0, 8) ? QDate() : x.date(0, 8);
    ctx.technician = x.text(0, 9);
    return ctx;
}

} // namespace ops::campaigns

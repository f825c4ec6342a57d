#include "core/campaigns/SegmentRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/db/KeysetQuery.h"
#include "core/db/PgConnection.h"
#include "core/integrations/SmsText.h"

using namespace Qt::StringLiterals;

namespace ops::campaigns {

namespace {

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString quebecAreaCodes()
{
    QJsonArray codes;
    for (int area = 200; area < 1000; ++area)
        if (integrations::isQuebecAreaCode(area))
            codes.append(QString::number(area));
    return jsonText(codes);
}

// A phone text as E.164, or NULL: normalizeQuebecPhone's rules (trimmed; digits, spaces, ( ) - . and a leading +;
// 10 digits, or 11 starting with 1; a Quebec area code; an exchange not starting with 0 or 1), in three steps that
// PostgreSQL flattens into plain expressions (no regular expression, no sub-select per row: the live count runs it
// over every customer). cleanSql: trimmed, separators removed; d10Sql: the 10 digits or NULL; validSql: "+1…" or NULL
// (areas: the parameter holding the area codes).
QString cleanSql(const QString &x)
{
    return uR"SQL(translate(btrim(%1, E' \t\n\r\f\x0b\u00a0'), ' ().-', ''))SQL"_s.arg(x);
}

QString d10Sql(const QString &t)
{
    return uR"SQL(CASE WHEN left(%1, 1) = '+' THEN CASE WHEN length(%1) = 12 AND substr(%1, 2, 1) = '1'
                    AND translate(substr(%1, 2), '0123456789', '') = '' THEN substr(%1, 3) END
     WHEN translate(%1, '0123456789', '') <> '' THEN NULL
     WHEN length(%1) = 11 AND left(%1, 1) = '1' THEN substr(%1, 2)
     WHEN length(%1) = 10 THEN %1 END)SQL"_s.arg(t);
}

QString validSql(const QString &d, const QString &areas)
{
    return uR"SQL(CASE WHEN left(%1, 3) = ANY (ARRAY(SELECT jsonb_array_elements_text(%2::jsonb)))
                  AND substr(%1, 4, 1) NOT IN ('0', '1') THEN '+1' || %1 END)SQL"_s.arg(d, areas);
}

struct SegmentSql
{
    db::KeysetQuery q;
    QString from; // "customers c CROSS JOIN LATERAL (...) a WHERE ..." with a.address, a.mobile
};

SegmentSql build(const SegmentFilter &f, Channel channel)
{
    SegmentSql s;
    db::KeysetQuery &q = s.q;
    const QString email = u"nullif(lower(btrim(c.email)), '')"_s;
    const bool needMobile = channel == Channel::Sms || f.hasMobile.has_value();
    QString mobile = u"NULL::text"_s;
    QString phones;
    if (needMobile) {
        const QString areas = q.bind(quebecAreaCodes());
        phones =
            u" CROSS JOIN LATERAL (SELECT %1 AS t1, %2 AS t2) p CROSS JOIN LATERAL (SELECT %3 AS d1, %4 AS d2) q"_s.arg(
                cleanSql(u"c.phone_alt"_s), cleanSql(u"c.phone"_s), d10Sql(u"p.t1"_s), d10Sql(u"p.t2"_s));
        mobile = u"coalesce(%1, %2)"_s.arg(validSql(u"q.d1"_s, areas), validSql(u"q.d2"_s, areas));
    }
    const QString address = channel == Channel::Email ? u"email"_s : u"mobile"_s;
    const auto list = [&q](const QStringList &l) {
        return q.bind(jsonText(QJsonArray::fromStringList(l)));
    };

    if (!f.statuses.isEmpty())
        q.where(u"c.status IN (SELECT jsonb_array_elements_text(%1::jsonb))"_s.arg(list(f.statuses)));
    if (!f.regions.isEmpty())
        q.where(
            u"EXISTS (SELECT 1 FROM service_locations l JOIN dispatch_tags g ON g.id = l.region_tag_id"
            " WHERE l.customer_id = c.id AND lower(g.name) IN (SELECT lower(v) FROM jsonb_array_elements_text(%1::jsonb) v))"_s
                .arg(list(f.regions)));
    if (!f.cities.isEmpty())
        q.where(u"EXISTS (SELECT 1 FROM service_locations l WHERE l.customer_id = c.id"
                " AND lower(l.city) IN (SELECT lower(v) FROM jsonb_array_elements_text(%1::jsonb) v))"_s.arg(
                    list(f.cities)));
    if (!f.plans.isEmpty())
        q.where(
            u"EXISTS (SELECT 1 FROM subscriptions s JOIN items i ON i.id = s.item_id WHERE s.customer_id = c.id"
            " AND s.status <> 'cancelled' AND (s.end_date IS NULL OR s.end_date >= current_date)"
            " AND upper(i.sku) IN (SELECT upper(v) FROM jsonb_array_elements_text(%1::jsonb) v))"_s.arg(list(f.plans)));
    if (!f.customers.isEmpty())
        q.where(u"c.code IN (SELECT jsonb_array_elements_text(%1::jsonb))"_s.arg(list(f.customers)));
    if (!f.olts.isEmpty())
        q.where(u"EXISTS (SELECT 1 FROM service_locations l WHERE l.customer_id = c.id"
                " AND l.olt_name IN (SELECT jsonb_array_elements_text(%1::jsonb)))"_s.arg(list(f.olts)));
    if (!f.oltPorts.isEmpty()) {
        QJsonArray ports;
        for (const OltPort &p : f.oltPorts)
            ports.append(QJsonObject{{u"olt"_s, p.olt}, {u"port"_s, p.port}});
        q.where(
            u"EXISTS (SELECT 1 FROM service_locations l JOIN jsonb_to_recordset(%1::jsonb) AS p(olt text, port text)"
            " ON l.olt_name = p.olt AND l.olt_port = p.port WHERE l.customer_id = c.id)"_s.arg(
                q.bind(jsonText(ports))));
    }
    if (f.balanceOverCents)
        q.where(u"c.balance_cents > %1::bigint"_s.arg(q.bind(*f.balanceOverCents)));
    if (!f.language.isEmpty())
        q.where(u"c.language = %1"_s.arg(q.bind(f.language)));
    if (f.hasEmail)
        q.where(*f.hasEmail ? u"a.email IS NOT NULL"_s : u"a.email IS NULL"_s);
    if (f.hasMobile)
        q.where(*f.hasMobile ? u"a.mobile IS NOT NULL"_s : u"a.mobile IS NULL"_s);
    if (f.consent) {
        // ops_casl_block(channel, address, customer, 'commercial') IS NULL, set-based (see count()).
        const QString ch = q.bind(channelName(channel));
        q.where(
            u"(NOT EXISTS (SELECT 1 FROM casl_unsubscribes u WHERE u.channel = %1 AND u.address = a.%2)"
            " AND EXISTS (SELECT 1 FROM casl_consents k WHERE k.customer_id = c.id AND k.channel = %1"
            " AND k.revoked_at IS NULL AND k.granted_at <= now() AND (k.expires_at IS NULL OR k.expires_at > now())))"
            " = %3::boolean"_s.arg(ch, address, q.bind(*f.consent)));
    }
    s.from = u"customers c%1 CROSS JOIN LATERAL (SELECT %2 AS email, %3 AS mobile) a WHERE %4"_s.arg(
        phones, email, mobile, q.whereSql());
    return s;
}

QString addressColumn(Channel channel)
{
    return channel == Channel::Email ? u"a.email"_s : u"a.mobile"_s;
}

} // namespace

SegmentRepository::SegmentRepository(db::PgConnection &c)
    : m_c(c)
{}

// The count's CASL reasons are ops_casl_block's rules (migration 0024) evaluated set-based: one call of that SQL
// function per address costs ~30 µs (not inlinable: it has sub-selects), 200 ms over the base, past the live count's
// target. Creation and the sender still call ops_casl_block itself; TestCampaignAudience checks, on every filter,
// that this count's skipped addresses equal ops_casl_block's.
Result<SegmentCount> SegmentRepository::count(
    const SegmentFilter &filter, Channel channel, Classification classification)
{
    SegmentSql s = build(filter, channel);
    const QString ch = s.q.bind(channelName(channel));
    const QString cls = s.q.bind(classificationName(classification));
    const QString sql = uR"SQL(
WITH m AS MATERIALIZED (SELECT c.id, %1 AS address FROM %2),
d AS (SELECT DISTINCT ON (address) id, address FROM m WHERE address IS NOT NULL ORDER BY address, id),
b AS (SELECT CASE WHEN %4 = 'transactional' THEN NULL WHEN u.address IS NOT NULL THEN 'unsubscribed'
                  WHEN k.valid THEN NULL WHEN k.revoked THEN 'consent_revoked' WHEN k.customer_id IS NOT NULL
                  THEN 'consent_expired' ELSE 'no_consent' END AS reason
        FROM d
        LEFT JOIN (SELECT DISTINCT address FROM casl_unsubscribes WHERE channel = %3) u ON u.address = d.address
        LEFT JOIN (SELECT customer_id, bool_or(revoked_at IS NULL AND granted_at <= now()
                                               AND (expires_at IS NULL OR expires_at > now())) AS valid,
                          bool_or(revoked_at IS NOT NULL) AS revoked
                     FROM casl_consents WHERE channel = %3 GROUP BY customer_id) k ON k.customer_id = d.id)
SELECT (SELECT count(*) FROM m), (SELECT count(address) FROM m), (SELECT count(*) FROM d),
       coalesce((SELECT jsonb_object_agg(reason, n) FROM (SELECT reason, count(*) AS n FROM b
                  WHERE reason IS NOT NULL GROUP BY reason) x), '{}')::text)SQL"_s.arg(
        addressColumn(channel), s.from, ch, cls);
    auto r = m_c.exec(sql, s.q.params());
    if (!r.ok())
        return r.error();
    SegmentCount out;
    out.customers = r.value().int32(0, 0);
    out.withAddress = r.value().int32(0, 1);
    out.addresses = r.value().int32(0, 2);
    const QJsonObject reasons = QJsonDocument::fromJson(r.value().bytes(0, 3)).object();
    for (auto it = reasons.begin(); it != reasons.end(); ++it) {
        out.skipReasons.insert(it.key(), it.value().toInt());
        out.skipped += it.value().toInt();
    }
    return out;
}

Result<QList<AudienceRow>> SegmentRepository::resolve(const SegmentFilter &filter, Channel channel)
{
    return rows(filter, channel, nullptr);
}

Result<QList<AudienceRow>> SegmentRepository::customersAt(Channel channel, const QStringList &addresses)
{
    if (addresses.isEmpty())
        return QList<AudienceRow>{};
    return rows(SegmentFilter{}, channel, &addresses);
}

Result<QList<AudienceRow>> SegmentRepository::rows(
    const SegmentFilter &filter, Channel channel, const QStringList *addresses)
{
    SegmentSql s = build(filter, channel);
    const QString only = addresses ? u" AND address IN (SELECT jsonb_array_elements_text(%1::jsonb))"_s.arg(
                             s.q.bind(jsonText(QJsonArray::fromStringList(*addresses))))
                                   : QString();
    const QString sql = u"SELECT DISTINCT ON (address) id, address, language, first_name FROM"
                        " (SELECT c.id, %1 AS address, c.language::text AS language, coalesce(c.first_name, '') AS "
                        "first_name FROM %2) m WHERE address IS NOT NULL%3 ORDER BY address, id"_s.arg(
                            addressColumn(channel), s.from, only);
    auto r = m_c.exec(sql, s.q.params());
    if (!r.ok())
        return r.error();
    QList<AudienceRow> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i)
        out.append(AudienceRow{
            r.value().int64(i, 0), r.value().text(i, 1), r.value().text(i, 2).trimmed(), r.value().text(i, 3)});
    return out;
}

Status SegmentRepository::checkNames(const SegmentFilter &filter)
{
    const auto missing = [this](const QStringList &values, const char *sql) -> Result<QStringList> {
        if (values.isEmpty())
            return QStringList{};
        auto r = m_c.exec(sql, db::SqlParams().add(jsonText(QJsonArray::fromStringList(values))));
        if (!r.ok())
            return r.error();
        QStringList out;
        for (int i = 0; i < r.value().rows(); ++i)
            out << r.value().text(i, 0);
        return out;
    };
    auto regions = missing(filter.regions,
        "SELECT v FROM jsonb_array_elements_text($1::jsonb) v WHERE NOT EXISTS"
        " (SELECT 1 FROM dispatch_tags g WHERE lower(g.name) = lower(v) AND g.id IN"
        "  (SELECT region_tag_id FROM region_rules UNION SELECT region_tag_id FROM service_locations))");
    if (!regions.ok())
        return regions.error();
    if (!regions.value().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::campaigns", "Segment “region”: no region is named %1.")
                .arg(regions.value().join(u", "_s)));
    auto plans = missing(filter.plans,
        "SELECT v FROM jsonb_array_elements_text($1::jsonb) v WHERE NOT EXISTS"
        " (SELECT 1 FROM items i WHERE upper(i.sku) = upper(v))");
    if (!plans.ok())
        return plans.error();
    if (!plans.value().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::campaigns", "Segment “plan”: no plan or product has the code %1.")
                .arg(plans.value().join(u", "_s)));
    return success();
}

Result<SegmentChoices> SegmentRepository::choices()
{
    auto r = m_c.exec("SELECT 'region', name FROM dispatch_tags WHERE id IN"
                      " (SELECT region_tag_id FROM region_rules UNION SELECT region_tag_id FROM service_locations)"
                      " UNION ALL SELECT 'city', city FROM (SELECT DISTINCT city FROM service_locations) x"
                      " UNION ALL SELECT 'plan', sku FROM items WHERE active"
                      " UNION ALL SELECT 'olt', olt_name FROM (SELECT DISTINCT olt_name FROM service_locations"
                      "  WHERE olt_name IS NOT NULL) y ORDER BY 1, 2");
    if (!r.ok())
        return r.error();
    SegmentChoices out;
    for (int i = 0; i < r.value().rows(); ++i) {
        const QString kind = r.value().text(i, 0);
        (kind == u"region"        ? out.regions
                : kind == u"city" ? out.cities
                : kind == u"plan" ? out.plans
                                  : out.olts)
            << r.value().text(i, 1);
    }
    return out;
}

Result<QString> SegmentRepository::sqlMobile(const QString &phone)
{
    auto r = m_c.exec(u"SELECT coalesce(%1, '') FROM (SELECT %2 AS t1) p CROSS JOIN LATERAL (SELECT %3 AS d1) q"_s.arg(
                          validSql(u"q.d1"_s, u"$2"_s), cleanSql(u"$1::text"_s), d10Sql(u"p.t1"_s)),
        db::SqlParams().add(phone).add(quebecAreaCodes()));
    if (!r.ok())
        return r.error();
    return r.value().text(0, 0);
}

} // namespace ops::campaigns

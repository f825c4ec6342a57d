#include "core/campaigns/InboundRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/campaigns/SegmentRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::campaigns {

namespace {

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDateTime atOrNow(const QDateTime &at)
{
    return at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
}

// Tickets a customer's message may still go to.
constexpr const char *kOpenStatuses = "('open', 'in_progress', 'waiting')";

} // namespace

InboundRepository::InboundRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<QSet<QString>> InboundRepository::knownUnsubscribes(const QString &source, const QStringList &refs)
{
    QSet<QString> known;
    if (refs.isEmpty())
        return known;
    const QString list =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(refs)).toJson(QJsonDocument::Compact));
    auto r = m_c.exec("SELECT provider_ref FROM casl_unsubscribes WHERE source = $1"
                      " AND provider_ref IN (SELECT jsonb_array_elements_text($2::jsonb))",
        db::SqlParams().add(source).add(list));
    if (!r.ok())
        return r.error();
    for (int i = 0; i < r.value().rows(); ++i)
        known.insert(r.value().text(i, 0));
    return known;
}

Result<qint64> InboundRepository::customerIdFor(const QString &channel, const QString &address)
{
    if (channel == u"email"_s) {
        auto r = m_c.exec("SELECT id FROM customers WHERE lower(btrim(email)) = $1 ORDER BY id LIMIT 2",
            db::SqlParams().add(address));
        if (!r.ok())
            return r.error();
        return r.value().rows() == 1 ? r.value().int64(0, 0) : qint64(0);
    }
    auto rows = SegmentRepository(m_c).customersAt(Channel::Sms, {address});
    if (!rows.ok())
        return rows.error();
    return rows.value().isEmpty() ? qint64(0) : rows.value().first().customerId;
}

Result<bool> InboundRepository::recordUnsubscribeInTransaction(const InboundConsentEvent &e)
{
    auto customer = customerIdFor(e.channel, e.address);
    if (!customer.ok())
        return customer.error();
    const QDateTime at = atOrNow(e.at);
    auto inserted = m_c.exec(
        "INSERT INTO casl_unsubscribes (channel, address, customer_id, source, evidence, at, provider_ref)"
        " VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (source, provider_ref) DO NOTHING RETURNING id",
        db::SqlParams()
            .add(e.channel)
            .add(e.address)
            .add(customer.value() > 0 ? std::optional<qint64>(customer.value()) : std::nullopt)
            .add(e.source)
            .add(jsonText(e.evidence))
            .add(at)
            .add(e.providerRef));
    if (!inserted.ok())
        return inserted.error();
    if (inserted.value().rows() == 0)
        return false;
    if (customer.value() > 0) {
        auto revoked = m_c.exec("UPDATE casl_consents SET revoked_at = $3"
                                " WHERE customer_id = $1 AND channel = $2 AND revoked_at IS NULL",
            db::SqlParams().add(customer.value()).add(e.channel).add(at));
        if (!revoked.ok())
            return revoked.error();
    }
    return true;
}

Result<bool> InboundRepository::recordOptInRequestInTransaction(const InboundConsentEvent &e)
{
    auto customer = customerIdFor(e.channel, e.address);
    if (!customer.ok())
        return customer.error();
    auto inserted = m_c.exec(
        "INSERT INTO casl_optin_requests (channel, address, customer_id, source, evidence, at, provider_ref)"
        " VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (source, provider_ref) DO NOTHING RETURNING id",
        db::SqlParams()
            .add(e.channel)
            .add(e.address)
            .add(customer.value() > 0 ? std::optional<qint64>(customer.value()) : std::nullopt)
            .add(e.source)
            .add(jsonText(e.evidence))
            .add(atOrNow(e.at))
            .add(e.providerRef));
    if (!inserted.ok())
        return inserted.error();
    return inserted.value().rows() == 1;
}

Result<ThreadedSms> InboundRepository::threadSmsInTransaction(const InboundSms &m)
{
    ThreadedSms out;
    // Two pullers (the GUI and a worker) may read the same message: the second waits here, then finds it.
    auto locked =
        m_c.exec("SELECT pg_advisory_xact_lock(hashtextextended('inbound-sms:' || $1, 0))", db::SqlParams().add(m.sid));
    if (!locked.ok())
        return locked.error();
    auto seen = m_c.exec("SELECT ticket_id FROM ticket_messages WHERE provider_ref = $1", db::SqlParams().add(m.sid));
    if (!seen.ok())
        return seen.error();
    if (seen.value().rows() > 0) {
        out.ticketId = seen.value().int64(0, 0);
        return out;
    }
    auto customer = customerIdFor(u"sms"_s, m.from);
    if (!customer.ok())
        return customer.error();
    out.customerId = customer.value();
    QString author = m.from;
    Result<db::PgResult> open = out.customerId > 0
        ? m_c.exec(QStringLiteral("SELECT c.display_name, (SELECT t.id FROM tickets t WHERE t.customer_id = c.id"
                                  " AND t.status IN %1 ORDER BY t.created_at DESC, t.id DESC LIMIT 1)"
                                  " FROM customers c WHERE c.id = $1")
                       .arg(QLatin1String(kOpenStatuses)),
            db::SqlParams().add(out.customerId))
        : m_c.exec(QStringLiteral("SELECT $1::text, (SELECT t.id FROM tickets t WHERE t.customer_id IS NULL"
                                  " AND t.status IN %1 AND EXISTS (SELECT 1 FROM ticket_messages x"
                                  " WHERE x.ticket_id = t.id AND x.channel = 'sms' AND x.provider_ref IS NOT NULL"
                                  " AND x.author_name = $1) ORDER BY t.created_at DESC, t.id DESC LIMIT 1)")
                       .arg(QLatin1String(kOpenStatuses)),
            db::SqlParams().add(m.from));
    if (!open.ok())
        return open.error();
    if (open.value().rows() == 1) {
        if (!open.value().text(0, 0).trimmed().isEmpty())
            author = open.value().text(0, 0).trimmed();
        out.ticketId = open.value().int64(0, 1);
    }
    out.outcome = ThreadedSms::Outcome::Threaded;
    if (out.ticketId == 0) {
        const QString subject =
            QCoreApplication::translate("ops::campaigns::InboundRepository", "SMS from %1").arg(author).left(500);
        auto created = m_c.exec("INSERT INTO tickets (customer_id, subject, issue_type, status)"
                                " VALUES ($1, $2, 'sms', 'open') RETURNING id",
            db::SqlParams()
                .add(out.customerId > 0 ? std::optional<qint64>(out.customerId) : std::nullopt)
                .add(subject));
        if (!created.ok())
            return created.error();
        out.ticketId = created.value().int64(0, 0);
        out.outcome = ThreadedSms::Outcome::Created;
    }
    // An unknown number is its author's name, so its next messages find this ticket again.
    auto added = m_c.exec(
        "INSERT INTO ticket_messages (ticket_id, author_name, channel, is_internal, body, created_at, provider_ref)"
        " VALUES ($1, $2, 'sms', false, $3, $4, $5)",
        db::SqlParams()
            .add(out.ticketId)
            .add(out.customerId > 0 ? author : m.from)
            .add(m.body)
            .add(atOrNow(m.at))
            .add(m.sid));
    if (!added.ok())
        return added.error();
    return out;
}

} // namespace ops::campaigns

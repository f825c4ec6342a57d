#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"

// Campaigns for the sender's tests and bench, as the audience side would create them (its creation is another
// helper's work): a campaign in 'draft' with FR/EN templates, and its recipients.
namespace ops::test {

struct SeedRecipient
{
    QString address;
    QString language = QStringLiteral("fr");
    std::optional<qint64> customerId;
    QString firstName;
};

// Returns the campaign's id, or -1 when an insert failed.
inline qint64 seedCampaign(db::PgConnection &c, const QString &code, const QString &channel,
    const QString &classification, const QList<SeedRecipient> &recipients)
{
    db::SqlParams p;
    p.add(code).add(QStringLiteral("Test ") + code).add(channel).add(classification);
    auto campaign = c.exec("INSERT INTO campaigns (code, name, channel, classification, subject_fr, subject_en, "
                           "body_fr, body_en) VALUES ($1, $2, $3, $4, 'Nouvelles de TARGO', 'TARGO news', "
                           "'Bonjour {first_name}, la fibre arrive.', 'Hello {first_name}, fiber is coming.') "
                           "RETURNING id",
        p);
    if (!campaign.ok())
        return -1;
    const qint64 id = campaign.value().int64(0, 0);
    for (const SeedRecipient &r : recipients) {
        db::SqlParams q;
        q.add(id).add(r.address).add(r.language).add(r.customerId).add(r.firstName);
        if (!c.exec("INSERT INTO campaign_recipients (campaign_id, address, language, customer_id, first_name) "
                    "VALUES ($1, $2, $3, $4, nullif($5, ''))",
                  q)
                 .ok())
            return -1;
    }
    return id;
}

// n e-mail recipients user<i>@<domain> (i from 1), French, no customer: for the bench and the crash test.
inline bool seedManyEmailRecipients(db::PgConnection &c, qint64 campaignId, int n, const QString &domain)
{
    db::SqlParams p;
    p.add(campaignId).add(n).add(domain);
    return c
        .exec("INSERT INTO campaign_recipients (campaign_id, address, language, first_name) "
              "SELECT $1, 'user' || g || '@' || $3, 'fr', 'Client ' || g FROM generate_series(1, $2) g",
            p)
        .ok();
}

// A customer (code drawn by the database) with an express consent for channel (or none): returns the id, or -1.
inline qint64 seedCustomer(db::PgConnection &c, const QString &name, const QString &consentChannel = {})
{
    auto r = c.exec(
        "INSERT INTO customers (display_name, language) VALUES ($1, 'fr') RETURNING id", db::SqlParams().add(name));
    if (!r.ok())
        return -1;
    const qint64 id = r.value().int64(0, 0);
    if (!consentChannel.isEmpty()
        && !c.exec("INSERT INTO casl_consents (customer_id, channel, kind, granted_at, source) VALUES ($1, $2, "
                   "'express', now() - interval '1 day', 'test')",
                 db::SqlParams().add(id).add(consentChannel))
                .ok())
        return -1;
    return id;
}

} // namespace ops::test

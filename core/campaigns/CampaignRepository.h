#pragma once

#include <optional>

#include <QList>
#include <QMap>
#include <QString>

#include "core/campaigns/CampaignCsvImport.h"
#include "core/campaigns/CampaignMessage.h"
#include "core/campaigns/CampaignSegment.h"
#include "core/campaigns/CampaignTypes.h"

class QJsonArray;

namespace ops::db {
class PgConnection;
}

namespace ops::campaigns {

struct CreatedCampaign
{
    Campaign campaign;
    int recipients = 0; // rows written, skipped ones included
    int skipped = 0; // CASL said no (skip_reason)
    QMap<QString, int> skipReasons;
    QList<CsvIssue> csvReport; // the CSV's rejected lines (bad address, duplicate, unknown customer, ...)
};

struct CampaignSummary
{
    Campaign campaign;
    int recipients = 0, pending = 0, skipped = 0, sent = 0, failed = 0, ambiguous = 0;
};

// Campaigns and their recipients (migration 0024). Creation is one transaction: the campaign (code
// CMP-yyyymmdd-xxxxxx, Quebec date, 6 random letters and digits, drawn again on a collision) and its recipients,
// deduplicated by address, each evaluated by ops_casl_block: skipped with its reason, or pending.
class CampaignRepository
{
public:
    explicit CampaignRepository(db::PgConnection &c);

    // draft: name, channel, classification, subjects and bodies (validateCampaign first).
    Result<CreatedCampaign> createFromSegment(const Campaign &draft, const SegmentFilter &segment);
    // The CSV's customer codes are looked up (unknown: a report line, not imported); a line without one is linked to
    // the customer whose address it is, if any (their consent then counts).
    Result<CreatedCampaign> createFromCsv(const Campaign &draft, const CsvImport &csv);
    // A manual addition to a campaign not completed nor cancelled; Conflict when the address is already there.
    Result<Recipient> addRecipient(const QString &campaignCode, const QString &address,
        const QString &customerCode = {}, const QString &language = {}, const QString &firstName = {});

    Result<QList<CampaignSummary>> list(int limit = 200);
    Result<Campaign> load(const QString &code); // NotFound when no campaign has it
    // The recipient with this address, or (address empty) the first one that is not skipped, else the first.
    Result<std::optional<Recipient>> recipient(qint64 campaignId, const QString &address = {});

    Result<SenderIdentity> senderIdentity(); // billing_settings
    // The variables of one recipient: the customer's data (first service address, balance, next job and its
    // technician) or, for another address, the recipient's own first name.
    Result<TemplateContext> recipientContext(const Recipient &r);

private:
    Result<Campaign> insertCampaign(const Campaign &draft, const QString &source, const QJsonObject &segment);
    Status insertRecipients(CreatedCampaign &created, const QJsonArray &rows, const QString &origin);
    db::PgConnection &m_c;
};

} // namespace ops::campaigns

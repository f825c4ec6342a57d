#pragma once

#include <optional>

#include <QFuture>
#include <QList>
#include <QString>

#include "core/campaigns/CampaignCsvImport.h"
#include "core/campaigns/CampaignRenderer.h"
#include "core/campaigns/CampaignRepository.h"
#include "core/campaigns/CampaignSegment.h"
#include "core/campaigns/CampaignSendRepository.h"
#include "core/campaigns/CampaignTypes.h"
#include "core/campaigns/SegmentRepository.h"
#include "core/common/Result.h"

// What the Campaigns section and the customer file's Campaigns tab ask (issue 14, docs/campaigns.md "The
// Campaigns section"): every call answers later through a QFuture, the GUI thread never waits on SQL. The session
// owns the PostgreSQL implementation (CampaignUiService, Session::campaigns()); UI tests may give a fake.
namespace ops::campaigns {

// One address added by hand to a new campaign (customerCode: optional CUST-#####).
struct ManualRecipient
{
    QString address;
    QString customerCode;
};

// A new campaign as the editor gives it: the draft and its recipients, a segment or a CSV import, plus manual
// additions (made after creation, each through CampaignRepository::addRecipient like `campaign` commands).
struct CampaignInput
{
    Campaign draft;
    std::optional<SegmentFilter> segment;
    std::optional<CsvImport> csv;
    QList<ManualRecipient> manual;
};

struct CampaignCreated
{
    CreatedCampaign created;
    int manualAdded = 0;
    QStringList manualRefused; // "address: reason", translated
};

// The outbox row of a test send to oneself.
struct TestSendResult
{
    qint64 outboxId = 0;
    QString address;
};

class CampaignApi
{
public:
    virtual ~CampaignApi() = default;

    virtual QFuture<Result<QList<CampaignSummary>>> list() = 0;
    virtual QFuture<Result<SegmentChoices>> choices() = 0;
    virtual QFuture<Result<SegmentCount>> count(
        const SegmentFilter &filter, Channel channel, Classification classification) = 0;
    // Validates (templates, sender identity, segment names) then creates, like `campaign create`.
    virtual QFuture<Result<CampaignCreated>> create(const CampaignInput &input) = 0;
    virtual QFuture<Result<Recipient>> addRecipient(
        const QString &code, const QString &address, const QString &customerCode) = 0;
    virtual QFuture<Result<CampaignPreview>> preview(const QString &code, const QString &address) = 0;

    virtual QFuture<Result<CampaignProgress>> progress(qint64 campaignId) = 0;
    // The recipients in id order (at most limit), for the dashboard's table.
    virtual QFuture<Result<QList<Recipient>>> recipients(qint64 campaignId, int limit) = 0;
    virtual QFuture<Status> send(qint64 campaignId) = 0;
    virtual QFuture<Status> pause(qint64 campaignId) = 0;
    virtual QFuture<Status> resume(qint64 campaignId) = 0;
    virtual QFuture<Result<int>> cancel(qint64 campaignId) = 0;
    virtual QFuture<Result<int>> resend(qint64 campaignId, const QString &address) = 0; // empty: all failed
    virtual QFuture<Status> decideAmbiguous(qint64 campaignId, const QString &address, bool markSent) = 0;
    // Writes the report CSV at path off the GUI thread; returns the rows written.
    virtual QFuture<Result<qint64>> exportReport(qint64 campaignId, const QString &path) = 0;
    // The campaign's first recipient's message sent to address (e-mail or SMS) through the outbox.
    virtual QFuture<Result<TestSendResult>> testSend(const QString &code, const QString &address) = 0;
    // The outbox row's status and error ("sent", "failed: …"): the test send's result.
    virtual QFuture<Result<QString>> outboxState(qint64 outboxId) = 0;

    virtual QFuture<Result<QList<CustomerCampaignEntry>>> ofCustomer(qint64 customerId) = 0;
};

} // namespace ops::campaigns

#pragma once

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/integrations/MailjetClient.h"

namespace ops::integrations {

// One contact of Mailjet's global contact list that is excluded from campaigns (it unsubscribed, or was excluded in
// Mailjet's interface).
struct MailjetExcludedContact
{
    qint64 id = 0;
    QString email; // as Mailjet has it
    QDateTime excludedAt; // ExclusionFromCampaignsUpdatedAt (UTC); invalid when Mailjet sent none
    QJsonObject raw; // the contact as received: the evidence
};

struct MailjetContactPage
{
    QList<MailjetExcludedContact> contacts;
    int total = 0; // Mailjet's Total
    int rows = 0; // contacts in this page's Data (excluded or not)
};

// Mailjet's REST contact resource, read-only: GET /v3/REST/contact?IsExcludedFromCampaigns=true&Limit=&Offset=
// (Basic auth with the API keys, provider "mailjet" of the NetExecutor). Mailjet has no pull API for its unsubscribe
// events; the contact's exclusion flag is what its unsubscribe link sets (docs/campaigns.md).
class MailjetContacts
{
public:
    static constexpr int kPageSize = 1000; // Mailjet's largest Limit

    MailjetContacts(net::NetExecutor &net, MailjetConfig config);

    QFuture<Result<MailjetContactPage>> excluded(int offset, int limit = kPageSize);
    // Every excluded contact, page after page (blocking: never on the GUI thread), at most maxPages pages.
    Result<QList<MailjetExcludedContact>> allExcluded(int maxPages = 50);

    // {"Count":n,"Data":[...],"Total":n}: a contact without ID or Email, or a body of another shape, is a Schema
    // error (the caller writes nothing).
    static Result<MailjetContactPage> parsePage(const QJsonObject &body);

private:
    net::NetExecutor &m_net;
    MailjetClient m_client; // the authentication headers
};

} // namespace ops::integrations

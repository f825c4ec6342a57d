#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ops::campaigns {
struct CampaignPreview;
}

// The Campaigns screens' words for the database's spellings (statuses, skip reasons, channels) and the preview's
// HTML, shared by the list, the dashboard and the customer file's Campaigns tab.
class CampaignLabels
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLabels)
public:
    static QString channel(const QString &name); // email, sms
    static QString classification(const QString &name); // transactional, commercial
    static QString campaignStatus(const QString &status);
    static QString recipientStatus(const QString &status);
    static QString skipReason(const QString &reason);
    static QString csvIssue(const QString &kind); // CsvIssue::kind: bad_address, duplicate, ...
    static const QStringList &recipientStatuses(); // migration 0024's, in the dashboard filter's order
    // The message as the recipient will get it: who, subject, the HTML part (e-mail) or the text and its SMS
    // segments, and the List-Unsubscribe header of a commercial e-mail.
    static QString previewHtml(const ops::campaigns::CampaignPreview &preview);
};

inline QString recipientStatusText(const QString &s)
{
    return CampaignLabels::recipientStatus(s);
}
inline QString campaignStatusText(const QString &s)
{
    return CampaignLabels::campaignStatus(s);
}
inline QString skipReasonText(const QString &s)
{
    return CampaignLabels::skipReason(s);
}
inline const QStringList &recipientStatuses()
{
    return CampaignLabels::recipientStatuses();
}
inline QString previewHtml(const ops::campaigns::CampaignPreview &p)
{
    return CampaignLabels::previewHtml(p);
}

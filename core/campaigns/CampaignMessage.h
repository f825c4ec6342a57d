#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include "core/campaigns/CampaignTemplate.h"
#include "core/campaigns/CampaignTypes.h"

class QProcessEnvironment;

namespace ops {
class Settings;
}

// One recipient's message composed from a campaign's templates (docs/campaigns.md "CASL"): a commercial e-mail gets
// the sender identification footer and the unsubscribe link, a commercial SMS the sender's name and the STOP line, in
// the recipient's language (written here in both languages, like the invoice's and dunning's texts: the customer's
// language, not the clerk's screen).
namespace ops::campaigns {

// CASL's sender identification: the company's name, mailing address and contact (billing settings, migration 0018).
struct SenderIdentity
{
    QString companyName;
    QString addressLine1, addressLine2, addressLine3;
    QString phone, email;
};

struct MessageSettings
{
    SenderIdentity sender;
    QString unsubscribeUrl; // the unsubscribe page; "?t=<token>" is added per recipient
};

// A campaign's templates, parsed (validated) once.
struct CampaignTexts
{
    CampaignTemplate subjectFr, subjectEn, bodyFr, bodyEn;
};

// Everything a campaign needs before it is created: a name, both bodies (and both subjects for e-mail, none for
// SMS), known variables only, and for a commercial message the sender's name (and for e-mail its mailing address
// and an http(s) unsubscribe page). A Validation error names what is missing.
Result<CampaignTexts> validateCampaign(const Campaign &campaign, const MessageSettings &settings);

// The message of one recipient (ctx.language chooses the template; ctx.company is set from settings).
RenderedMessage composeMessage(const Campaign &campaign, const CampaignTexts &texts, TemplateContext ctx,
    const MessageSettings &settings, const QUuid &unsubscribeToken);

// "<page>?t=<token>" (or "&t=" when the page already has a query).
QString unsubscribeLink(const QString &pageUrl, const QUuid &token);
// The unsubscribe page: TARGO_CAMPAIGN_UNSUBSCRIBE_URL, else the setting Integrations/campaigns/unsubscribeUrl.
QString configuredUnsubscribeUrl(const QProcessEnvironment &env, const Settings *settings);
// The same for this process (its environment, its settings): targo-opsctl's create, preview and send.
QString configuredUnsubscribeUrl();

// The SMS segments of each language's message for the sample recipient (sampleContext), French then English.
struct SmsSample
{
    QString language;
    QString text;
    int segments = 0;
    bool ucs2 = false;
    int units = 0;
};
QList<SmsSample> smsSamples(const Campaign &campaign, const CampaignTexts &texts, const MessageSettings &settings);
SmsSample smsSample(const QString &language, const QString &text);

} // namespace ops::campaigns

#pragma once

#include <QString>

#include "core/campaigns/CampaignTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::campaigns {

// The MessageRenderer the sender calls per recipient (blocking, on the thread that owns c): loads the recipient's
// context (customer, balance, first service address, next job and technician) and composes the message in the
// recipient's language. The sender identity is read once, each campaign's templates are parsed once (per version).
// unsubscribePageUrl: the page of the unsubscribe link (configuredUnsubscribeUrl); a commercial e-mail without it,
// or a recipient without a token, is a Validation error, never a message without its link.
MessageRenderer makeRenderer(db::PgConnection &c, const QString &unsubscribePageUrl);

// A recipient's message as it will leave (`campaign preview`, the Campaigns section's preview).
struct CampaignPreview
{
    Campaign campaign;
    Recipient recipient; // address empty: no recipient yet, the sample recipient (French)
    RenderedMessage message;
};

// The campaign with this code (NotFound), its recipient at address (any form normalizeAddress takes; not one of its
// recipients: NotFound; empty: the first one not skipped) rendered by makeRenderer, or the sample recipient when the
// campaign has none. Bad templates or address: Validation. Blocking.
Result<CampaignPreview> previewCampaign(
    db::PgConnection &c, const QString &code, const QString &address, const QString &unsubscribePageUrl);

} // namespace ops::campaigns

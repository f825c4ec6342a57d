#include "core/campaigns/CampaignRenderer.h"

#include <memory>

#include <QCoreApplication>

#include "core/campaigns/CampaignMessage.h"
#include "core/campaigns/CampaignRepository.h"

using namespace Qt::StringLiterals;

namespace ops::campaigns {

namespace {

struct RendererState
{
    db::PgConnection *connection = nullptr;
    QString pageUrl;
    std::optional<SenderIdentity> sender;
    qint64 campaignId = -1;
    int campaignVersion = -1;
    std::optional<CampaignTexts> texts;
};

} // namespace

MessageRenderer makeRenderer(db::PgConnection &c, const QString &unsubscribePageUrl)
{
    auto state = std::make_shared<RendererState>();
    state->connection = &c;
    state->pageUrl = unsubscribePageUrl.trimmed();
    return [state](const Campaign &campaign, const Recipient &recipient) -> Result<RenderedMessage> {
        CampaignRepository repo(*state->connection);
        if (!state->sender) {
            auto s = repo.senderIdentity();
            if (!s.ok())
                return s.error();
            state->sender = s.value();
        }
        const MessageSettings settings{*state->sender, state->pageUrl};
        if (!state->texts || state->campaignId != campaign.id || state->campaignVersion != campaign.version) {
            auto t = validateCampaign(campaign, settings);
            if (!t.ok())
                return t.error();
            state->texts = std::move(t).value();
            state->campaignId = campaign.id;
            state->campaignVersion = campaign.version;
        }
        if (campaign.classification == Classification::Commercial && campaign.channel == Channel::Email
            && recipient.unsubscribeToken.isNull())
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::campaigns", "The recipient %1 has no unsubscribe token.")
                    .arg(recipient.address),
                u"null unsubscribe token"_s);
        auto ctx = repo.recipientContext(recipient);
        if (!ctx.ok())
            return ctx.error();
        return composeMessage(campaign, *state->texts, ctx.value(), settings, recipient.unsubscribeToken);
    };
}

} // namespace ops::campaigns

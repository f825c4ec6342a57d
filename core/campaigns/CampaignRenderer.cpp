#include "core/campaigns/CampaignRenderer.h"

#include <memory>

#include <QCoreApplication>

#include "core/campaigns/CampaignAddress.h"
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

Result<CampaignPreview> previewCampaign(
    db::PgConnection &c, const QString &code, const QString &address, const QString &unsubscribePageUrl)
{
    CampaignRepository repo(c);
    auto campaign = repo.load(code);
    if (!campaign.ok())
        return campaign.error();
    CampaignPreview out;
    out.campaign = campaign.value();
    const Campaign &cmp = out.campaign;
    QString wanted;
    if (!address.trimmed().isEmpty()) {
        auto normalized = normalizeAddress(cmp.channel, address);
        if (!normalized.ok())
            return normalized.error();
        wanted = normalized.value();
    }
    auto recipient = repo.recipient(cmp.id, wanted);
    if (!recipient.ok())
        return recipient.error();
    if (!wanted.isEmpty() && !recipient.value())
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::campaigns::CampaignRenderer", "%1 is not a recipient of %2.")
                .arg(wanted, cmp.code));
    if (recipient.value()) {
        out.recipient = *recipient.value();
        auto rendered = makeRenderer(c, unsubscribePageUrl)(cmp, out.recipient);
        if (!rendered.ok())
            return rendered.error();
        out.message = rendered.value();
        return out;
    }
    // No recipient at all: the sample recipient, in French.
    auto sender = repo.senderIdentity();
    if (!sender.ok())
        return sender.error();
    const MessageSettings settings{sender.value(), unsubscribePageUrl};
    auto texts = validateCampaign(cmp, settings);
    if (!texts.ok())
        return texts.error();
    out.message = composeMessage(cmp, texts.value(), sampleContext(u"fr"_s), settings, QUuid::createUuid());
    out.recipient.language = u"fr"_s;
    return out;
}

} // namespace ops::campaigns

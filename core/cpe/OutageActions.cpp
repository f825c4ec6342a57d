#include "core/cpe/OutageActions.h"

#include <QCoreApplication>
#include <QTimeZone>

#include "core/campaigns/CampaignMessage.h"
#include "core/campaigns/CampaignRepository.h"
#include "core/campaigns/CampaignSegment.h"
#include "core/cpe/OutageRepository.h"

using namespace Qt::StringLiterals;

namespace ops::cpe {

namespace {

// The segment takes at most 200 customer codes; a port has at most 128 ONTs, an outage over more falls back to the
// whole port.
constexpr int kMaxListedCustomers = 200;

// Braces are template syntax: a free text goes in doubled.
QString literal(QString text)
{
    return text.replace(u"{"_s, u"{{"_s).replace(u"}"_s, u"}}"_s);
}

// The draft campaign named name, or a new one (transactional SMS to customers, French and English bodies).
Result<campaigns::CreatedCampaign> draftSms(db::PgConnection &c, const QString &name, const QString &olt,
    const QString &port, const QStringList &customers, const QString &bodyFr, const QString &bodyEn)
{
    campaigns::CampaignRepository repo(c);
    campaigns::Campaign draft;
    draft.name = name;
    draft.channel = campaigns::Channel::Sms;
    draft.classification = campaigns::Classification::Transactional; // service information, outside CASL's consent
    draft.bodyFr = bodyFr;
    draft.bodyEn = bodyEn;
    auto sender = repo.senderIdentity();
    if (!sender.ok())
        return sender.error();
    if (auto texts = campaigns::validateCampaign(draft, {sender.value(), campaigns::configuredUnsubscribeUrl()});
        !texts.ok())
        return texts.error();
    campaigns::SegmentFilter segment;
    if (customers.size() <= kMaxListedCustomers)
        segment.customers = customers;
    else
        segment.oltPorts = {{olt, port}};
    segment.hasMobile = true;
    return repo.createFromSegment(draft, segment);
}

QString quebecTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return u"?"_s;
    return utc.toTimeZone(QTimeZone("America/Montreal")).toString(u"HH:mm"_s);
}

} // namespace

Result<std::pair<QString, QString>> parsePortKey(const QString &key)
{
    const qsizetype colon = key.indexOf(u':');
    const QString olt = key.left(colon).trimmed();
    const QString port = key.mid(colon + 1).trimmed();
    if (colon <= 0 || olt.isEmpty() || port.isEmpty() || olt.size() > 120 || port.size() > 120)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::cpe", "Write the port as OLT:PORT, for example OLT-SJR-01:1/1/3."));
    return std::pair{olt, port};
}

Result<OpenedOutage> openOutage(db::PgConnection &c, const QString &olt, const QString &port,
    const OutageOptions &options, const QDateTime &now, qint64 staffId, bool force)
{
    OutageRepository repo(c);
    auto tickets = repo.openTickets(olt, port, options, now, staffId, force);
    if (!tickets.ok())
        return tickets.error();
    OpenedOutage out = tickets.value().opened;
    if (tickets.value().campaignId > 0 || tickets.value().customerCodes.isEmpty())
        return out;
    // Created in its own transaction (the campaign's), then linked: a stop in between leaves a draft that the next
    // run finds by its name instead of making a second one.
    auto drafted = [&]() -> Status {
        auto existing = repo.draftCampaignNamed(tickets.value().campaignName);
        if (!existing.ok())
            return existing.error();
        qint64 campaignId = existing.value().value_or(0);
        if (campaignId == 0) {
            const QString since = quebecTime(out.since);
            auto created = draftSms(c, tickets.value().campaignName, olt, port, tickets.value().customerCodes,
                literal(
                    u"TARGO : une panne touche le service Internet de votre secteur depuis %1. Nos équipes y "
                    "travaillent; nous vous écrirons dès le retour du service. Merci de votre patience."_s.arg(since)),
                literal(u"TARGO: an outage has been affecting Internet service in your area since %1. Our teams are "
                        "on it; we will write again as soon as service is back. Thank you for your patience."_s.arg(
                            since)));
            if (!created.ok())
                return created.error();
            campaignId = created.value().campaign.id;
            out.campaignCode = created.value().campaign.code;
            out.campaignRecipients = created.value().recipients;
            out.campaignSkipped = created.value().skipped;
        }
        return repo.linkCampaign(out.outageId, campaignId);
    }();
    if (!drafted.ok() && drafted.error().kind == Error::Kind::Forbidden) {
        // Dispatchers open outages; campaigns belong to billing and admins. The tickets stand; a later `outage open`
        // by an admin drafts the SMS (or billing writes one from the Campaigns section).
        out.campaignProblem = drafted.error().userMessage;
        return out;
    }
    if (!drafted.ok())
        return drafted.error();
    return out;
}

Result<ClosedOutage> closeOutage(
    db::PgConnection &c, const QString &olt, const QString &port, const QString &recoveryMessage, qint64 staffId)
{
    OutageRepository repo(c);
    auto tickets = repo.closeTickets(olt, port, recoveryMessage, staffId);
    if (!tickets.ok())
        return tickets.error();
    ClosedOutage out = tickets.value().closed;
    if (tickets.value().customerCodes.isEmpty())
        return out;
    const QString text = literal(recoveryMessage.trimmed());
    auto created = draftSms(c, tickets.value().campaignName, olt, port, tickets.value().customerCodes, text, text);
    if (!created.ok())
        return created.error();
    out.campaignCode = created.value().campaign.code;
    out.campaignRecipients = created.value().recipients;
    if (Status s = repo.linkRecoveryCampaign(out.outageId, created.value().campaign.id); !s.ok())
        return s.error();
    return out;
}

} // namespace ops::cpe

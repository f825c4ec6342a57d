#include "core/campaigns/CampaignUiService.h"

#include <QCoreApplication>
#include <QTimer>

#include "core/campaigns/CampaignAddress.h"
#include "core/campaigns/CampaignMessage.h"
#include "core/campaigns/CampaignRenderer.h"
#include "core/campaigns/CampaignReport.h"
#include "core/concurrency/Async.h"
#include "core/concurrency/DbExecutor.h"
#include "core/logging/Logger.h"
#include "core/outbox/OutboxRepository.h"
#include "core/staff/StaffRepository.h"

using namespace Qt::StringLiterals;

namespace ops::campaigns {

namespace {

// The campaign with this id and a sender on c (the audience's renderer: templates, CASL footer, unsubscribe link).
struct SenderOn
{
    CampaignSender sender;
    SenderOn(db::PgConnection &c, const QString &page, const SendConfig &config)
        : sender(c, makeRenderer(c, page), config)
    {}
};

Result<CampaignCreated> createCampaign(db::PgConnection &c, const CampaignInput &in, const QString &page)
{
    CampaignRepository repo(c);
    auto sender = repo.senderIdentity();
    if (!sender.ok())
        return sender.error();
    auto texts = validateCampaign(in.draft, MessageSettings{sender.value(), page});
    if (!texts.ok())
        return texts.error();
    if (in.segment.has_value() == in.csv.has_value())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::campaigns::CampaignUiService", "Choose the recipients: a segment or a CSV file."));
    if (in.segment) {
        if (Status s = SegmentRepository(c).checkNames(*in.segment); !s.ok())
            return s.error();
    }
    // Manual addresses are checked before anything is written: a bad one refuses the whole campaign.
    QList<ManualRecipient> manual;
    for (const ManualRecipient &m : in.manual) {
        auto address = normalizeAddress(in.draft.channel, m.address);
        if (!address.ok())
            return Error::make(Error::Kind::Validation, u"%1: %2"_s.arg(m.address, address.error().userMessage));
        manual << ManualRecipient{address.value(), m.customerCode.trimmed()};
    }
    auto created = in.segment ? repo.createFromSegment(in.draft, *in.segment) : repo.createFromCsv(in.draft, *in.csv);
    if (!created.ok())
        return created.error();
    CampaignCreated out;
    out.created = std::move(created.value());
    for (const ManualRecipient &m : manual) {
        auto added = repo.addRecipient(out.created.campaign.code, m.address, m.customerCode);
        if (added.ok())
            ++out.manualAdded;
        else
            out.manualRefused << u"%1: %2"_s.arg(m.address, added.error().userMessage);
    }
    return out;
}

} // namespace

CampaignUiService::CampaignUiService(DbExecutor &db, QString unsubscribePageUrl, SendConfig config, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_unsubscribePage(std::move(unsubscribePageUrl))
    , m_config(std::move(config))
{}

CampaignUiService::~CampaignUiService() = default;

void CampaignUiService::configure(QString unsubscribePageUrl, SendConfig config)
{
    m_unsubscribePage = std::move(unsubscribePageUrl);
    m_config = std::move(config);
}

void CampaignUiService::startPump(int intervalMs)
{
    if (!m_pump) {
        m_pump = new QTimer(this);
        connect(m_pump, &QTimer::timeout, this, &CampaignUiService::tick);
    }
    m_pump->start(qMax(10, intervalMs));
}

void CampaignUiService::stopPump()
{
    if (m_pump)
        m_pump->stop();
}

bool CampaignUiService::pumping() const
{
    return m_pump && m_pump->isActive();
}

void CampaignUiService::tick()
{
    if (m_tickRunning)
        return; // the previous tick still runs: skip this one
    m_tickRunning = true;
    auto job = [page = m_unsubscribePage, config = m_config](db::PgConnection &c) -> Result<SendStepStats> {
        return SenderOn(c, page, config).sender.tick();
    };
    runThen(m_db.run(std::move(job)), this, [this](const Result<SendStepStats> &r) {
        m_tickRunning = false;
        ++m_ticks;
        if (!r.ok()) {
            if (r.error().userMessage != m_lastPumpError)
                log::get("campaign")->warn("campaign pump: {}", r.error().userMessage);
            m_lastPumpError = r.error().userMessage;
        } else {
            m_lastPumpError.clear();
            if (r.value().completed)
                log::get("campaign")->info("a campaign completed");
        }
        emit tickFinished();
    });
}

QFuture<Result<QList<CampaignSummary>>> CampaignUiService::list()
{
    return m_db.run([](db::PgConnection &c) { return CampaignRepository(c).list(); });
}

QFuture<Result<SegmentChoices>> CampaignUiService::choices()
{
    return m_db.run([](db::PgConnection &c) { return SegmentRepository(c).choices(); });
}

QFuture<Result<SegmentCount>> CampaignUiService::count(
    const SegmentFilter &filter, Channel channel, Classification classification)
{
    return m_db.run([filter, channel, classification](
                        db::PgConnection &c) { return SegmentRepository(c).count(filter, channel, classification); });
}

QFuture<Result<CampaignCreated>> CampaignUiService::create(const CampaignInput &input)
{
    return m_db.run([input, page = m_unsubscribePage](db::PgConnection &c) { return createCampaign(c, input, page); });
}

QFuture<Result<Recipient>> CampaignUiService::addRecipient(
    const QString &code, const QString &address, const QString &customerCode)
{
    return m_db.run([code, address, customerCode](db::PgConnection &c) -> Result<Recipient> {
        CampaignRepository repo(c);
        auto campaign = repo.load(code);
        if (!campaign.ok())
            return campaign.error();
        auto normalized = normalizeAddress(campaign.value().channel, address);
        if (!normalized.ok())
            return normalized.error();
        return repo.addRecipient(code, normalized.value(), customerCode.trimmed());
    });
}

QFuture<Result<CampaignPreview>> CampaignUiService::preview(const QString &code, const QString &address)
{
    return m_db.run([code, address, page = m_unsubscribePage](
                        db::PgConnection &c) { return previewCampaign(c, code, address, page); });
}

QFuture<Result<CampaignProgress>> CampaignUiService::progress(qint64 campaignId)
{
    return m_db.run([campaignId](db::PgConnection &c) { return CampaignSendRepository(c).progress(campaignId); });
}

QFuture<Result<QList<Recipient>>> CampaignUiService::recipients(qint64 campaignId, int limit)
{
    return m_db.run([campaignId, limit](
                        db::PgConnection &c) { return CampaignSendRepository(c).recipients(campaignId, 0, limit); });
}

QFuture<Status> CampaignUiService::send(qint64 campaignId)
{
    // Only the state change: the pump (here or in a worker) queues and collects.
    return m_db.run([campaignId, page = m_unsubscribePage, config = m_config](
                        db::PgConnection &c) { return SenderOn(c, page, config).sender.start(campaignId); });
}

QFuture<Status> CampaignUiService::pause(qint64 campaignId)
{
    return m_db.run([campaignId, page = m_unsubscribePage, config = m_config](
                        db::PgConnection &c) { return SenderOn(c, page, config).sender.pause(campaignId); });
}

QFuture<Status> CampaignUiService::resume(qint64 campaignId)
{
    return m_db.run([campaignId, page = m_unsubscribePage, config = m_config](
                        db::PgConnection &c) { return SenderOn(c, page, config).sender.resume(campaignId); });
}

QFuture<Result<int>> CampaignUiService::cancel(qint64 campaignId)
{
    return m_db.run([campaignId, page = m_unsubscribePage, config = m_config](
                        db::PgConnection &c) { return SenderOn(c, page, config).sender.cancel(campaignId); });
}

QFuture<Result<int>> CampaignUiService::resend(qint64 campaignId, const QString &address)
{
    return m_db.run([campaignId, address, page = m_unsubscribePage, config = m_config](
                        db::PgConnection &c) { return SenderOn(c, page, config).sender.resend(campaignId, address); });
}

QFuture<Status> CampaignUiService::decideAmbiguous(qint64 campaignId, const QString &address, bool markSent)
{
    return m_db.run([campaignId, address, markSent, page = m_unsubscribePage, config = m_config](db::PgConnection &c) {
        return SenderOn(c, page, config).sender.decideAmbiguous(campaignId, address, markSent);
    });
}

QFuture<Result<qint64>> CampaignUiService::exportReport(qint64 campaignId, const QString &path)
{
    return m_db.run([campaignId, path](db::PgConnection &c) { return writeCampaignReport(c, campaignId, path); });
}

QFuture<Result<TestSendResult>> CampaignUiService::testSend(const QString &code, const QString &address)
{
    return m_db.run([code, address, page = m_unsubscribePage, config = m_config](
                        db::PgConnection &c) -> Result<TestSendResult> {
        auto preview = previewCampaign(c, code, QString(), page);
        if (!preview.ok())
            return preview.error();
        const Campaign &campaign = preview.value().campaign;
        QString to = address.trimmed();
        if (to.isEmpty() && campaign.channel == Channel::Email) { // e-mail: the signed-in staff's own address
            auto self = staff::StaffRepository(c).self();
            if (!self.ok())
                return self.error();
            to = self.value().email;
            if (to.trimmed().isEmpty())
                return Error::make(Error::Kind::Validation,
                    QCoreApplication::translate("ops::campaigns::CampaignUiService",
                        "Your staff account has no e-mail address: type the address to send the test to."));
        }
        auto normalized = normalizeAddress(campaign.channel, to);
        if (!normalized.ok())
            return normalized.error();
        auto row =
            SenderOn(c, page, config).sender.queueTestMessage(campaign, normalized.value(), preview.value().message);
        if (!row.ok())
            return row.error();
        return TestSendResult{row.value(), normalized.value()};
    });
}

QFuture<Result<QString>> CampaignUiService::outboxState(qint64 outboxId)
{
    return m_db.run([outboxId](db::PgConnection &c) -> Result<QString> {
        auto row = outbox::OutboxRepository(c).find(outboxId);
        if (!row.ok())
            return row.error();
        const QString status = outbox::statusName(row.value().status);
        return row.value().lastError.isEmpty() ? status : u"%1: %2"_s.arg(status, row.value().lastError);
    });
}

QFuture<Result<QList<CustomerCampaignEntry>>> CampaignUiService::ofCustomer(qint64 customerId)
{
    return m_db.run(
        [customerId](db::PgConnection &c) { return CampaignSendRepository(c).recipientsOfCustomer(customerId); });
}

} // namespace ops::campaigns

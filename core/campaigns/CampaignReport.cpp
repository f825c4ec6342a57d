#include "core/campaigns/CampaignReport.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/campaigns/CampaignSendRepository.h"
#include "core/export/CsvWriter.h"

namespace ops::campaigns {

namespace {

Error cannotWrite(const QString &path, const QString &why)
{
    return Error::make(Error::Kind::Unavailable,
        QCoreApplication::translate("ops::campaigns::CampaignReport", "Cannot write %1: %2").arg(path, why));
}

} // namespace

Result<qint64> writeCampaignReport(db::PgConnection &c, qint64 campaignId, const QString &path)
{
    CampaignSendRepository repo(c);
    csv::CsvFile file(path, csv::CsvOptions::forLocale(QLocale()));
    if (!file.open())
        return cannotWrite(path, file.errorString());
    csv::CsvWriter &w = file.writer();
    w.writeRow({QCoreApplication::translate("ops::campaigns::CampaignReport", "Recipient"),
        QCoreApplication::translate("ops::campaigns::CampaignReport", "Language"),
        QCoreApplication::translate("ops::campaigns::CampaignReport", "Status"),
        QCoreApplication::translate("ops::campaigns::CampaignReport", "Attempts"),
        QCoreApplication::translate("ops::campaigns::CampaignReport", "Error"),
        QCoreApplication::translate("ops::campaigns::CampaignReport", "Error code"),
        QCoreApplication::translate("ops::campaigns::CampaignReport", "Message ID"),
        QCoreApplication::translate("ops::campaigns::CampaignReport", "Queued at"),
        QCoreApplication::translate("ops::campaigns::CampaignReport", "Sent at")});
    qint64 after = 0;
    qint64 rows = 0;
    for (;;) {
        auto page = repo.recipients(campaignId, after, 1000);
        if (!page.ok())
            return page.error();
        for (const Recipient &r : page.value()) {
            w.addField(r.address);
            w.addField(r.language);
            w.addField(r.status);
            w.addNumber(r.attempts);
            w.addField(r.status == u"skipped" ? r.skipReason : r.lastError);
            w.addField(r.errorCode);
            w.addField(r.providerMessageId);
            w.addDateTime(r.queuedAt);
            w.addDateTime(r.sentAt);
            w.endRow();
            after = r.id;
            ++rows;
        }
        if (page.value().size() < 1000)
            break;
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return rows;
}

} // namespace ops::campaigns

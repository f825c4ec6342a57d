#pragma once

#include <QPromise>

#include "core/campaigns/CampaignApi.h"
#include "tests/support/Await.h"

namespace ops::test {

// A CampaignApi whose answers a UI test sets (count: held promises, answered in any order; the rest: not here).
// Header-only: the support library does not link ops_campaigns.
class FakeCampaignApi : public campaigns::CampaignApi
{
public:
    struct PendingCount
    {
        campaigns::SegmentFilter filter;
        std::shared_ptr<QPromise<Result<campaigns::SegmentCount>>> promise;
    };
    QList<PendingCount> counts; // in the order asked

    void answerCount(int index, int addresses)
    {
        campaigns::SegmentCount n;
        n.customers = n.withAddress = n.addresses = addresses;
        counts[index].promise->addResult(Result<campaigns::SegmentCount>(n));
        counts[index].promise->finish();
    }

    QFuture<Result<campaigns::SegmentCount>> count(
        const campaigns::SegmentFilter &filter, campaigns::Channel, campaigns::Classification) override
    {
        auto p = std::make_shared<QPromise<Result<campaigns::SegmentCount>>>();
        p->start();
        counts << PendingCount{filter, p};
        return p->future();
    }
    QFuture<Result<campaigns::SegmentChoices>> choices() override
    {
        return ready(Result<campaigns::SegmentChoices>(campaigns::SegmentChoices{}));
    }

    template <typename T> static QFuture<Result<T>> no()
    {
        return ready(Result<T>(Error::make(Error::Kind::Unavailable, QStringLiteral("not in this fake"))));
    }
    QFuture<Result<QList<campaigns::CampaignSummary>>> list() override
    {
        return no<QList<campaigns::CampaignSummary>>();
    }
    QFuture<Result<campaigns::CampaignCreated>> create(const campaigns::CampaignInput &) override
    {
        return no<campaigns::CampaignCreated>();
    }
    QFuture<Result<campaigns::Recipient>> addRecipient(const QString &, const QString &, const QString &) override
    {
        return no<campaigns::Recipient>();
    }
    QFuture<Result<campaigns::CampaignPreview>> preview(const QString &, const QString &) override
    {
        return no<campaigns::CampaignPreview>();
    }
    QFuture<Result<campaigns::CampaignProgress>> progress(qint64) override { return no<campaigns::CampaignProgress>(); }
    QFuture<Result<QList<campaigns::Recipient>>> recipients(qint64, int) override
    {
        return no<QList<campaigns::Recipient>>();
    }
    QFuture<Status> send(qint64) override { return no<Unit>(); }
    QFuture<Status> pause(qint64) override { return no<Unit>(); }
    QFuture<Status> resume(qint64) override { return no<Unit>(); }
    QFuture<Result<int>> cancel(qint64) override { return no<int>(); }
    QFuture<Result<int>> resend(qint64, const QString &) override { return no<int>(); }
    QFuture<Status> decideAmbiguous(qint64, const QString &, bool) override { return no<Unit>(); }
    QFuture<Result<qint64>> exportReport(qint64, const QString &) override { return no<qint64>(); }
    QFuture<Result<campaigns::TestSendResult>> testSend(const QString &, const QString &) override
    {
        return no<campaigns::TestSendResult>();
    }
    QFuture<Result<QString>> outboxState(qint64) override { return no<QString>(); }
    QFuture<Result<QList<campaigns::CustomerCampaignEntry>>> ofCustomer(qint64) override
    {
        return no<QList<campaigns::CustomerCampaignEntry>>();
    }
};

} // namespace ops::test

#include "core/integrations/StripeEventFeed.h"

#include <algorithm>

namespace ops::integrations {

Result<StripeEventBatch> readStripeEvents(StripeClient &client, const QString &cursor, int maxPages)
{
    StripeEventBatch batch;
    batch.previousCursor = cursor;
    StripeEventQuery q;
    if (cursor.isEmpty()) {
        q.limit = 1;
        auto newest = client.listEvents(q);
        newest.waitForFinished();
        if (!newest.result().ok())
            return StripeClient::mapError(newest.result().error());
        if (!newest.result().value().data.isEmpty())
            batch.newestId = newest.result().value().data.first().id;
        return batch;
    }
    q.limit = 100;
    QString after = cursor;
    for (int page = 0; page < std::max(1, maxPages); ++page) {
        q.endingBefore = after;
        auto f = client.listEvents(q);
        f.waitForFinished();
        const Result<StripeList<StripeEvent>> &r = f.result();
        if (!r.ok())
            return StripeClient::mapError(r.error());
        const QList<StripeEvent> &data = r.value().data; // newest first, all newer than `after`
        if (data.isEmpty())
            return batch;
        for (auto it = data.crbegin(); it != data.crend(); ++it)
            batch.events.append(*it);
        after = data.first().id;
        batch.newestId = after;
        if (!r.value().hasMore)
            return batch;
    }
    batch.more = true;
    return batch;
}

} // namespace ops::integrations

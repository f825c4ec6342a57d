#pragma once

#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/integrations/StripeClient.h"

namespace ops::integrations {

// Stripe's events since the stored cursor ("stripe.events"), oldest first. Stripe lists newest first; the feed asks
// for the events newer than the cursor (ending_before) page after page, moving the cursor to the newest of each
// page, until none is left or maxPages pages were read (the rest comes at the next read). With no stored cursor,
// only the newest event is read and it becomes the starting point: history before the first read is not replayed.
// Blocking (waits on the NetExecutor): never on the GUI thread.
struct StripeEventBatch
{
    QList<StripeEvent> events; // oldest first
    QString previousCursor;
    QString newestId; // the cursor to store once the events are processed; empty when nothing new
    bool more = false; // maxPages reached: read again
};

Result<StripeEventBatch> readStripeEvents(StripeClient &client, const QString &cursor, int maxPages = 10);

inline const QString kStripeEventsCursor = QStringLiteral("stripe.events");

} // namespace ops::integrations

#pragma once

#include <QSet>

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::customers {

// One customer's timeline: tickets opened/closed, ticket messages, invoices, payments, subscriptions started/ended,
// dispatch jobs scheduled/completed and equipment installed, merged newest first. Keyset pages on (time, kind, id):
// one round trip per page whatever the depth; each source is read through a (customer, time) index and bounded by
// the page size before the merge.
class TimelineRepository
{
public:
    static constexpr int kDefaultPageSize = 100;

    explicit TimelineRepository(db::PgConnection &c);

    // kinds: the kinds to include (empty: none). language: "fr" or "en" for plan names.
    Result<TimelinePage> page(qint64 customerId, const QSet<TimelineKind> &kinds, const TimelineCursor &after = {},
        int pageSize = kDefaultPageSize, const QString &language = QStringLiteral("fr"));

    static QSet<TimelineKind> allKinds();

private:
    db::PgConnection &m_c;
};

} // namespace ops::customers

#pragma once

#include "core/common/Result.h"
#include "core/tickets/TicketTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::tickets {

// The ticket list over all tickets. Keyset pagination only: a page is one statement, ordered by the sort key with the
// id as tiebreaker, that fetches limit + 1 rows after the cursor (never OFFSET, never a count over the table).
class TicketRepository
{
public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;

    explicit TicketRepository(db::PgConnection &c);

    // One round trip. A null cursor starts at the top.
    Result<TicketPage> page(const TicketFilter &filter, TicketSort sort = TicketSort::CreatedDesc,
        const TicketCursor &cursor = {}, int limit = kDefaultLimit);
    // The children of an outage parent, oldest first. One round trip.
    Result<QList<TicketRow>> children(qint64 parentId);
    // Active staff and the issue types in use, for the filter bar. One round trip.
    Result<TicketFilterOptions> filterOptions();

    // "50%_off" -> "%50\%\_off%": a literal ILIKE pattern (backslash is ILIKE's default escape).
    static QString containsPattern(const QString &text);

private:
    db::PgConnection &m_c;
};

} // namespace ops::tickets

#pragma once

// Internal to the ticket repository's files: the one SELECT list of a thread's messages (ticket_messages m, with the
// delivery of outbound replies from their outbox row o) and its reader.
#include "core/tickets/TicketTypes.h"

namespace ops::db {
class PgResult;
}

namespace ops::tickets {

// Columns read by readMessage(), over `ticket_messages m LEFT JOIN outbox o ON o.id = m.outbox_id`.
extern const char *const kMessageColumns;
extern const char *const kMessageFrom; // " FROM ticket_messages m LEFT JOIN outbox o …"
inline constexpr int kMessageColumnCount = 14;
TicketMessage readMessage(const db::PgResult &r, int i);

} // namespace ops::tickets
